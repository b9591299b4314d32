"""Replay one stored crawl into an archive, as the spider and the store pipeline did it live.

The captures say what the crawl fetched and in which order; they are fed, as events, into the
same crawl policy the spider drives (``msqa_scraper.crawl``): which categories a post has,
whether its categories were re-read, which posts a recrawl only saw on a listing, the
regression guard, which post a 404 removes. A rebuild so follows the current policy and the
extractor's current parsing.

Times come from the captures and the crawl row: a version is dated by its page's capture, a
post seen only on a listing by the end of the crawl's listing phase (the store touched it
then), a removal and the crawl's end by ``crawls.finished_at``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from msqa_scraper.crawl import Bounds, CrawlPolicy, Ignore, KeepArchived, Touch
from msqa_scraper.extract import (
    BlogUrls,
    ListingPage,
    PageRef,
    Post,
    is_complete,
    parse_feed,
    parse_sitemap,
)
from msqa_scraper.extract.dates import BlogDates, recorded_order
from msqa_scraper.items import PostItem
from msqa_scraper.offline.extract_pool import Extractor, Failed, Job, JobKind, Result
from msqa_scraper.store import Archive, UnknownPostError

logger = logging.getLogger(__name__)

# Every post id a listing body can show: extract_listing reads ``div.blog-post#blog-post-<id>``.
# Catching more than that only makes a page look new, which costs a parse, never a post.
_POST_ID = re.compile(rb"blog-post-([^\"'\s<>]+)")
_ID_ATTRIBUTE = re.compile(rb"""\bid\s*=\s*["']?\Z""", re.IGNORECASE)


@dataclass(frozen=True)
class StoredCapture:
    """A capture as the spider received it: a revalidated 304 is the page it confirmed."""

    id: int
    url: str
    status: int
    kind: str | None
    fetched_at: str
    sha256: str
    charset: str | None = None  # as recorded with the capture: the text is decoded with it

    @property
    def ok(self) -> bool:
        # Scrapy's HttpErrorMiddleware hands only 2xx responses to the callbacks.
        return 200 <= self.status < 300


@dataclass
class Tally:
    """What the replay of one crawl did, by the names of the crawl's count columns."""

    results: Counter[str] = field(default_factory=Counter)
    touched: int = 0
    invalid: int = 0
    failed: int = 0  # pages the extractor raised on
    removed: int = 0
    seen: set[str] = field(default_factory=set)
    posts: int = 0  # post pages stored

    def counts(self) -> dict[str, int]:
        return {
            "posts_new": self.results["new"],
            "posts_changed": self.results["changed"],
            "posts_unchanged": self.results["unchanged"],
            "posts_revived": self.results["revived"],
            "posts_touched": self.touched,
            "posts_removed": self.removed,
            "invalid_items": self.invalid,
        }


class CrawlReplay:
    """One crawl: its listings, sitemap and feed, then the posts it only saw there, then its
    post pages, each an event for a ``CrawlPolicy``.

    ``start`` hands the pages to the extractor (its pool starts on them at once); ``run``
    replays the crawl under the name of the spider that made it; ``finish`` closes it.
    """

    def __init__(
        self,
        archive: Archive,
        crawl: Mapping[str, Any],
        captures: list[StoredCapture],
        extractor: Extractor,
        read_body: Callable[[str], bytes],
        base_url: str,
    ) -> None:
        self.archive = archive
        self.crawl = crawl
        self.crawl_id = int(crawl["id"])
        self.captures = captures
        self.extractor = extractor
        self.read_body = read_body
        self.urls = BlogUrls(base_url)
        self.listings = [c for c in captures if c.ok and c.kind == "listing"]
        self.posts = [c for c in captures if c.kind == "post"]
        self.tally = Tally()
        # The bounds the crawl ran under, as it recorded them: the policy cuts the same
        # listings it cut (``crawl_bounds``).
        self.bounds = crawl_bounds(crawl)
        self.policy = CrawlPolicy(base_url, bounds=self.bounds)
        # The order the crawl read dates in, as it recorded it: a rebuild reads them the same,
        # and checks them against the archive months as the spider did.
        self.date_order = recorded_order(crawl.get("date_order"), crawl.get("date_order_source"))
        self.dates = BlogDates(self.date_order)
        self.spider_name = ""
        self._by_url: dict[str, str] | None = None  # listed post URL → id, once listings are read
        self._plan: dict[int, tuple[Job | None, set[str]]] | None = None
        self._pages: Iterator[Result] = iter(())
        self._post_results: Iterator[Result] = iter(())

    def start(self) -> None:
        if self._plan is not None:
            return
        self._plan = self._plan_listings()
        self._pages = self.extractor.extract(job for job, _ in self._plan.values() if job)
        self._post_results = self.extractor.extract(
            self._job("post", c) for c in self.posts if c.ok
        )

    def run(self, spider_name: str) -> Tally:
        self.start()
        assert self._plan is not None
        self.spider_name = spider_name
        previous = self.archive.recrawl_state()
        # A full crawl (``--full``, or a first crawl) loads nothing from the archive, and is the
        # only kind that reads the feed.
        full = not previous or any(c.kind == "feed" for c in self.captures)
        policy = self.policy = CrawlPolicy(
            self.urls.base_url, previous, incremental=not full, bounds=self.bounds
        )
        phase_two = False
        for capture in self.captures:
            if capture.kind == "post":
                continue
            ref = self.urls.classify(capture.url) if capture.kind == "listing" else None
            if not phase_two and ref is not None and self._starts_phase_two(ref, full):
                phase_two = True
                policy.categories_phase()
            self._discovery_event(capture, ref)
        if not phase_two:
            policy.categories_phase()
        touches, _ = policy.posts_phase()
        self._touch(touches)
        results = iter(zip([c for c in self.posts if c.ok], self._post_results, strict=True))
        for capture in self.posts:
            if capture.ok:
                _, result = next(results)
                self._post_page(capture, result)
            else:
                self._post_answer(capture)
        return self.tally

    def finish(self) -> None:
        """``StorePostPipeline.spider_closed``: the crawl's status and counts.

        The status is the one recorded, unless the current extractor finds invalid posts (or
        none at all) in a crawl that was complete.
        """
        crawl = self.crawl
        if crawl["status"] not in ("complete", "partial", "failed"):
            return  # killed while running: it never finished
        status, reason = crawl["status"], crawl["reason"]
        tally = self.tally
        if status == "complete" and not tally.seen:
            status, reason = "failed", f"{reason}; no post stored (rebuild)"
        elif status == "complete" and (tally.invalid or tally.failed):
            problems = [f"{tally.invalid} invalid items"] if tally.invalid else []
            if tally.failed:
                problems.append(f"extractor failed on {tally.failed} page(s)")
            status, reason = "partial", f"{reason}; {', '.join(problems)} (rebuild)"
        self.archive.finish_crawl(
            self.crawl_id, status, self.tally.counts(), reason, at=crawl["finished_at"]
        )

    # -- discovery --------------------------------------------------------------------

    def _starts_phase_two(self, ref: PageRef, full: bool) -> bool:
        """Archive months are only read after discovery; a recrawl's categories too."""
        return ref.kind == "archive" or (ref.kind == "category" and not full)

    def _discovery_event(self, capture: StoredCapture, ref: PageRef | None) -> None:
        policy = self.policy
        if capture.kind == "listing":
            if ref is None:
                return
            if capture.ok:
                job, ids = self._plan[capture.id] if self._plan else (None, set())
                self._read_listing(capture, ref, job, next(self._pages) if job else None, ids)
            elif capture.status in (404, 410):
                policy.listing_answered(ref, capture.status)
            return
        if not capture.ok or capture.kind not in ("sitemap", "feed"):
            return
        body = self.read_body(capture.sha256)
        if not is_complete(body, capture.kind):
            return  # the spider retried it; the retry is another capture
        if capture.kind == "sitemap":
            policy.sitemap_read(parse_sitemap(body))
        else:
            policy.feed_read(parse_feed(body))

    def _job(self, kind: JobKind, capture: StoredCapture, sidebar: bool = False) -> Job:
        return Job(
            kind,
            capture.sha256,
            capture.url,
            self.urls.base_url,
            sidebar,
            capture.charset,
            self.date_order,
        )

    def _plan_listings(self) -> dict[int, tuple[Job | None, set[str]]]:
        """Which listings to parse. Every post is on the index and on its archive month, and a
        page only adds posts not seen on an earlier one: a page whose posts all appeared
        earlier is left out (``_read_listing`` parses it after all if that guess was wrong).
        Index and category pages are always parsed: their pagination and the posts they show
        are what the policy reads."""
        plan = {}
        earlier: set[str] = set()
        for n, capture in enumerate(self.listings):
            ids = listing_post_ids(self.read_body(capture.sha256))
            ref = self.urls.classify(capture.url)
            skip = n > 0 and ids <= earlier and not (ref and ref.kind in ("category", "index"))
            # The spider reads the sidebar from its first listing page.
            plan[capture.id] = (None if skip else self._job("listing", capture, n == 0), ids)
            earlier |= ids
        return plan

    def _read_listing(
        self, capture: StoredCapture, ref: PageRef, job: Job | None, page: Result, ids: set[str]
    ) -> None:
        """``WeeblyQASpider.parse_listing`` without the requests it makes."""
        policy = self.policy
        if job is None:
            if policy.sidebar_done and ids <= policy.entries.keys():
                return  # every post it shows is known already: nothing to learn from it
            page = self._extract_now(capture)
        elif not policy.sidebar_done and not job.sidebar:
            page = self._extract_now(capture)
        if isinstance(page, Failed):
            self._failed(capture, page)
        if not isinstance(page, ListingPage):
            return  # cut short: the spider retried it, and the retry is another capture
        for entry in page.entries:
            self.dates.note_entry(entry, ref)
        policy.listing_read(ref, page)

    def _extract_now(self, capture: StoredCapture) -> Result:
        sidebar = not self.policy.sidebar_done
        return next(self.extractor.extract([self._job("listing", capture, sidebar)]))

    # -- posts ------------------------------------------------------------------------

    def _touch(self, touches: list[Touch]) -> None:
        """The posts a recrawl saw on the listings and did not refetch (``PostSeenItem``)."""
        at = self._listing_phase_end()
        for touch in touches:
            self._touch_one(touch.post_id, touch.categories, touch.listing_hash, touch, at)

    def _touch_one(
        self,
        post_id: str,
        categories: list[dict[str, str]] | None,
        listing_hash: str | None,
        touch: Touch | None,
        at: str,
        disclaimer: str | None = None,
    ) -> None:
        try:
            result = self.archive.touch_post(
                post_id,
                self.crawl_id,
                categories,
                disclaimer if touch is None else self.policy.disclaimer,
                listing_hash,
                source_url=touch.url if touch else None,
                lastmod=touch.lastmod if touch else None,
                at=at,
            )
        except UnknownPostError:
            logger.warning(
                "crawl %s: post %s was never stored; not touched", self.crawl_id, post_id
            )
            return
        self.tally.touched += 1  # as the store pipeline counts every PostSeenItem
        self.tally.results[result] += 1
        self.tally.seen.add(post_id)

    def _listing_phase_end(self) -> str:
        """When the store touched the skipped posts: just after the last non-post response."""
        times = [c.fetched_at for c in self.captures if c.kind != "post"]
        return max(times) if times else str(self.crawl["started_at"])

    def _post_page(self, capture: StoredCapture, post: Result) -> None:
        """``WeeblyQASpider.parse_post``, the validate pipeline and the store pipeline."""
        if isinstance(post, Failed):
            self._failed(capture, post)
            return
        if not isinstance(post, Post):
            body = self.read_body(capture.sha256)
            entry = self._listed(capture.url)
            if is_complete(body) and entry is not None:
                # Not a post page, but the listing shows the post: the spider touched it.
                self._touch_one(entry, None, None, None, capture.fetched_at, self.policy.disclaimer)
            return
        self.dates.check_post(post)
        fields = {"question": post.question, "answer": post.answer, "experts": post.experts}
        decision = self.policy.post_extracted(
            post.id, post.url, fields, self.policy.previous.get(post.id)
        )
        if isinstance(decision, Ignore):
            return
        if isinstance(decision, KeepArchived):
            # The regression guard, as live: the archived version stays; the post was seen.
            self._touch_one(post.id, None, None, None, capture.fetched_at, post.disclaimer)
            return
        item = PostItem.from_post(
            post,
            decision.categories,
            source_url=capture.url,
            fetched_at=capture.fetched_at,
            http_status=capture.status,
            crawl_id=self.crawl_id,
            spider=self.spider_name,
        )
        item.listing_hash = decision.listing_hash
        item.lastmod = decision.lastmod
        item.capture_id = capture.id
        # Imported late: the pipelines import Scrapy, which should load while the pool parses.
        from msqa_scraper.pipelines.validate_post import missing_required

        if missing_required(item):
            self.tally.invalid += 1
            return
        self.tally.results[self.archive.store_post(item)] += 1
        self.tally.posts += 1
        self.tally.seen.add(post.id)

    def _listed(self, url: str) -> str | None:
        if self._by_url is None:
            self._by_url = {entry.url: pid for pid, entry in self.policy.entries.items()}
        return self._by_url.get(url)

    def _post_answer(self, capture: StoredCapture) -> None:
        """A post URL's error answer: a probe's 404 or 410 removes the post, as live."""
        if capture.status not in (404, 410):
            return  # retried, or a failed page: the recorded status says so
        expected = self.policy.probes.get(capture.url) or self._listed(capture.url)
        removal = self.policy.post_answered(capture.url, expected, capture.status)
        if removal is not None and self.archive.remove_post(
            removal.post_id, self.crawl_id, at=capture.fetched_at
        ):
            self.tally.removed += 1

    def _failed(self, capture: StoredCapture, failure: Failed) -> None:
        self.tally.failed += 1
        logger.warning("crawl %s: cannot extract %s: %s", self.crawl_id, capture.url, failure.error)


def crawl_bounds(crawl: Mapping[str, Any]) -> Bounds:
    """The crawl policy's bounds the crawl ran under: those its row records, else (a crawl
    made before they were recorded) those the project's settings configure, as an ``msqa
    crawl`` without ``-s`` would run under."""
    return Bounds.from_record(crawl.get("bounds")) or configured_bounds()


@cache
def configured_bounds() -> Bounds:
    # msqa_scraper/settings.py read as Scrapy reads it, without importing Scrapy (the rebuild
    # imports it late, while the pool parses).
    from msqa_scraper import settings

    return Bounds.from_settings(vars(settings))


def listing_post_ids(body: bytes) -> set[str]:
    # The literal first, the attribute name behind it second: one pass over the page.
    return {
        found.group(1).decode("utf-8", "replace")
        for found in _POST_ID.finditer(body)
        if _ID_ATTRIBUTE.search(body, max(0, found.start() - 16), found.start())
    }
