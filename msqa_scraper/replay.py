"""Replay one stored crawl into an archive, as the spider and the store pipeline did it live.

The captures say what the crawl fetched and in which order; the spider's own rules (which
categories a post has, whether its categories were re-read, which posts a recrawl only saw on
a listing) are asked of a spider object holding the state the replay rebuilds, so a rebuild
follows the spider's current navigation logic and the extractor's current parsing.

Times come from the captures and the crawl row: a version is dated by its page's capture, a
post seen only on a listing by the end of the crawl's listing phase (the store touched it
then), a removal and the crawl's end by ``crawls.finished_at``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from msqa_scraper.extract import (
    BlogUrls,
    ListingPage,
    Post,
    is_complete,
    parse_feed,
    parse_sitemap,
)
from msqa_scraper.extract.dates import recorded_order
from msqa_scraper.extract_pool import Extractor, Failed, Job, JobKind, Result
from msqa_scraper.items import PostItem
from msqa_scraper.store import Archive, UnknownPostError

if TYPE_CHECKING:
    from msqa_scraper.spiders.weebly_qa import WeeblyQASpider

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
    """One crawl: its listings, then the posts it only saw there, then its post pages.

    ``start`` hands the pages to the extractor (its pool starts on them at once); ``run``
    replays the crawl with a spider object of the class that made it; ``finish`` closes it.
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
        # The order the crawl read dates in, as it recorded it: a rebuild reads them the same.
        self.date_order = recorded_order(crawl.get("date_order"), crawl.get("date_order_source"))
        self.listings = [c for c in captures if c.ok and c.kind == "listing"]
        self.posts = [c for c in captures if c.ok and c.kind == "post"]
        self.tally = Tally()
        self.spider: WeeblyQASpider  # the crawl's spider, given to ``run``
        self._plan: list[tuple[StoredCapture, Job | None, set[str]]] | None = None
        self._pages: Iterator[Result] = iter(())
        self._post_results: Iterator[Result] = iter(())

    def start(self) -> None:
        if self._plan is not None:
            return
        self._plan = self._plan_listings()
        self._pages = self.extractor.extract(job for _, job, _ in self._plan if job)
        self._post_results = self.extractor.extract(self._job("post", c) for c in self.posts)

    def run(self, spider: WeeblyQASpider) -> Tally:
        self.start()
        assert self._plan is not None
        self.spider = spider
        previous = self.archive.recrawl_state()
        # A full crawl (``--full``, or a first crawl) loads nothing from the archive, and is the
        # only kind that reads the archive months and the feed.
        full = not previous or any(self._is_full_only(c) for c in self.captures)
        spider.previous = previous
        spider.incremental = not full
        for capture, job, ids in self._plan:
            self._read_listing(capture, job, next(self._pages) if job else None, ids)
        self._read_loose()
        spider.categories_read = self._categories_read(full)
        spider.category_failures = self._failed_categories()
        stored: Iterable[tuple[StoredCapture, Result]]
        if spider.incremental:
            # The spider hands over the posts it skips before any post page comes back.
            extracted = list(zip(self.posts, self._post_results, strict=True))
            self._touch({p.id for _, p in extracted if isinstance(p, Post)})
            stored = extracted
        else:
            stored = zip(self.posts, self._post_results, strict=True)
        for capture, post in stored:
            if isinstance(post, Post):
                self._store(capture, post)
            elif isinstance(post, Failed):
                self._failed(capture, post)
        return self.tally

    def finish(self) -> None:
        """``StorePostPipeline.spider_closed``: removals, then the crawl's status and counts.

        The status is the one recorded, unless the current extractor finds invalid posts (or
        none at all) in a crawl that was complete: it then cannot show a removal either.
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
        at = crawl["finished_at"]
        if status == "complete":
            self.tally.removed = self.archive.mark_removed(self.crawl_id, self.tally.seen, at=at)
        self.archive.finish_crawl(self.crawl_id, status, self.tally.counts(), reason, at=at)

    # -- listings ---------------------------------------------------------------------

    def _is_full_only(self, capture: StoredCapture) -> bool:
        # Only a full crawl reads the feed (archive months are a fallback of either kind).
        return capture.kind == "feed"

    def _job(self, kind: JobKind, capture: StoredCapture, sidebar: bool = False) -> Job:
        return Job(kind, capture.sha256, capture.url, self.urls.base_url, sidebar, self.date_order)

    def _plan_listings(self) -> list[tuple[StoredCapture, Job | None, set[str]]]:
        """Which listings to parse. Every post is on the index and on its archive month, and a
        page only adds posts not seen on an earlier one: a page whose posts all appeared
        earlier is left out (``_read_listing`` parses it after all if that guess was wrong).
        Category pages are always parsed: they say which posts are in the category."""
        plan = []
        earlier: set[str] = set()
        for n, capture in enumerate(self.listings):
            ids = listing_post_ids(self.read_body(capture.sha256))
            ref = self.urls.classify(capture.url)
            skip = n > 0 and ids <= earlier and not (ref and ref.kind == "category")
            # The spider reads the sidebar from its first listing page.
            plan.append((capture, None if skip else self._job("listing", capture, n == 0), ids))
            earlier |= ids
        return plan

    def _read_listing(
        self, capture: StoredCapture, job: Job | None, page: Result, ids: set[str]
    ) -> None:
        """``WeeblyQASpider.parse_listing`` without the requests it makes."""
        spider = self.spider
        if job is None:
            if spider.sidebar_done and ids <= spider.entries.keys():
                return  # every post it shows is known already: nothing to learn from it
            page = self._extract_now(capture)
        elif not spider.sidebar_done and not job.sidebar:
            page = self._extract_now(capture)
        if isinstance(page, Failed):
            self._failed(capture, page)
        if not isinstance(page, ListingPage):
            return  # cut short: the spider retried it, and the retry is another capture
        ref = self.urls.classify(capture.url)
        for entry in page.entries:
            spider.entries.setdefault(entry.id, entry)
            if ref is not None:
                spider.dates.note_entry(entry, ref)
            if ref is not None and ref.kind == "category":
                spider.memberships[entry.id].add(ref.key)
        if not spider.sidebar_done and (page.categories or page.archive_urls):
            spider.sidebar_done = True
            spider.disclaimer = page.disclaimer
            # Run for its state (category names, and categories_read on a full crawl).
            for _ in spider.read_sidebar(page.archive_urls, page.categories, page.feed_urls):
                pass

    def _extract_now(self, capture: StoredCapture) -> Result:
        sidebar = not self.spider.sidebar_done
        return next(self.extractor.extract([self._job("listing", capture, sidebar)]))

    def _read_loose(self) -> None:
        """Post URLs and lastmods from the sitemap and the feed, as the spider reads them."""
        for capture in self.captures:
            if not capture.ok or capture.kind not in ("sitemap", "feed"):
                continue
            body = self.read_body(capture.sha256)
            if not is_complete(body, capture.kind):
                continue
            if capture.kind == "sitemap":
                for loc, lastmod in parse_sitemap(body):
                    self.spider.add_post_url(loc, lastmod)
            else:
                for link in parse_feed(body):
                    self.spider.add_post_url(link, None)

    def _failed_categories(self) -> int:
        """Category listing URLs of this crawl that never came back whole (the spider then
        keeps the archive's categories). A request that failed without any response left no
        capture, so it cannot be seen here."""
        whole: dict[str, bool] = {}
        for capture in self.captures:
            ref = self.urls.classify(capture.url) if capture.kind == "listing" else None
            if ref is None or ref.kind != "category":
                continue
            ok = capture.ok and is_complete(self.read_body(capture.sha256))
            whole[capture.url] = whole.get(capture.url, False) or ok
        return sum(1 for ok in whole.values() if not ok)

    def _categories_read(self, full: bool) -> bool:
        """Did the crawl read the category listings (so a post's categories are what they
        showed, not what the archive had)? The captures say (a failed request counts: the
        spider had decided to read them); the spider decides only for a blog without
        categories, where there is nothing to capture."""
        spider = self.spider
        if full:
            return True
        refs = (self.urls.classify(c.url) for c in self.captures if c.kind == "listing")
        if any(ref is not None and ref.kind == "category" for ref in refs):
            return True
        return not spider.category_urls and spider.blog_changed()

    # -- posts ------------------------------------------------------------------------

    def _touch(self, fetched_ids: set[str]) -> None:
        """The posts a recrawl saw on the listings and did not refetch (``PostSeenItem``)."""
        spider = self.spider
        requested = {c.url for c in self.captures if c.kind == "post"}
        complete = self.crawl["status"] == "complete"
        at = self._listing_phase_end()
        for post_id, entry in spider.entries.items():
            if post_id in fetched_ids or entry.url in requested:
                continue
            # A complete crawl got an answer to every request, so a post without a capture was
            # skipped. In a partial one it may have failed without any response: ask the spider.
            if not complete and spider.needs_fetch(post_id, entry):
                continue
            try:
                result = self.archive.touch_post(
                    post_id,
                    self.crawl_id,
                    spider.category_dicts(post_id) if spider.categories_known else None,
                    spider.disclaimer,
                    entry.content_hash,
                    source_url=entry.url,
                    lastmod=spider.lastmods.get(entry.url),
                    at=at,
                )
            except UnknownPostError:
                logger.warning(
                    "crawl %s: post %s was never stored; not touched", self.crawl_id, post_id
                )
                continue
            self.tally.touched += 1
            self.tally.results[result] += 1
            self.tally.seen.add(post_id)

    def _listing_phase_end(self) -> str:
        """When the store touched the skipped posts: just after the last non-post response."""
        times = [c.fetched_at for c in self.captures if c.kind != "post"]
        return max(times) if times else str(self.crawl["started_at"])

    def _store(self, capture: StoredCapture, post: Post) -> None:
        """``WeeblyQASpider.parse_post``, the validate pipeline and the store pipeline."""
        spider = self.spider
        if post.id in spider.fetched_ids:
            return
        spider.fetched_ids.add(post.id)
        spider.dates.check_post(post)
        item = PostItem.from_post(
            post,
            spider.categories_of(post.id),
            source_url=capture.url,
            fetched_at=capture.fetched_at,
            http_status=capture.status,
            crawl_id=self.crawl_id,
            spider=spider.name,
        )
        entry = spider.entries.get(post.id)
        item.listing_hash = entry.content_hash if entry else None
        item.lastmod = spider.lastmods.get(post.url)
        item.capture_id = capture.id
        # Imported late: the pipelines import Scrapy, which should load while the pool parses.
        from msqa_scraper.pipelines.validate_post import missing_required

        if missing_required(item):
            self.tally.invalid += 1
            return
        self.tally.results[self.archive.store_post(item)] += 1
        self.tally.posts += 1
        self.tally.seen.add(post.id)

    def _failed(self, capture: StoredCapture, failure: Failed) -> None:
        self.tally.failed += 1
        logger.warning("crawl %s: cannot extract %s: %s", self.crawl_id, capture.url, failure.error)


def listing_post_ids(body: bytes) -> set[str]:
    # The literal first, the attribute name behind it second: one pass over the page.
    return {
        found.group(1).decode("utf-8", "replace")
        for found in _POST_ID.finditer(body)
        if _ID_ATTRIBUTE.search(body, max(0, found.start() - 16), found.start())
    }
