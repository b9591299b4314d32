"""A reusable spider for Q&A blogs hosted on Weebly.

A site spider only names itself and its blog root::

    class SomeBlogSpider(WeeblyQASpider):
        name = "some_blog"
        default_base_url = "https://www.example.org/ask-the-expert"

The spider only turns the crawl policy's decisions (``msqa_scraper.crawl``) into requests and
its responses into the policy's events. The crawl runs in phases, each starting when the
engine goes idle after the previous one:

1. discovery: the index pagination, the sitemap, and (on a full crawl) the feed. Weebly shows
   each post in full on every listing, so the listings tell which posts exist and whether their
   content changed since the archive last saw them. The archive months repeat the index; they
   are read only when the index proves incomplete (a page failed, or the sitemap or feed names
   a post it lacks);
2. categories: every category with its pagination (a post's categories appear nowhere else).
   A full crawl reads them during discovery; a recrawl only when something on the blog changed;
3. posts: each distinct post page, fetched once, becomes a ``PostItem`` with its categories.
   On a recrawl, a post whose listing block and sitemap ``lastmod`` are unchanged is not
   fetched again: it becomes a ``PostSeenItem``. A post the archive holds that no listing,
   sitemap or feed names is fetched too: only its own 404 or 410 marks it removed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from msqa_scraper.crawl import (
    Bounds,
    CrawlPolicy,
    Fetch,
    Ignore,
    KeepArchived,
    Touch,
)
from msqa_scraper.errors import OffOrigin, WriteFailed
from msqa_scraper.extract import (
    BlogUrls,
    NotABlogPage,
    PageRef,
    extract_listing,
    extract_post,
    is_complete,
    parse_feed,
    parse_sitemap,
)
from msqa_scraper.extract.dates import BlogDates, OrderDecision, check_order
from msqa_scraper.extract.feeds import parse_feed_dates
from msqa_scraper.items import PostItem, PostRemovedItem, PostSeenItem

PHASES = ("discovery", "categories", "posts", "done")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def skip_reason(failure: Any) -> str | None:
    """Why a middleware refused a request (``SKIP_REASONS``), or None for a real failure."""
    if failure.check(OffOrigin):
        return "off_origin"
    if not failure.check(IgnoreRequest) or failure.check(HttpError):
        return None
    message = str(failure.value).lower()
    if "robots" in message:
        return "robots"
    if "redirect" in message:
        return "redirect_loop"
    if "offsite" in message:
        return "offsite"
    return None  # refused for another reason: a failed page


class WeeblyQASpider(scrapy.Spider):
    name = "weebly_qa"
    default_base_url = ""
    # The blog's day/month order ("MDY", "DMY"), when the site spider knows it; None infers it
    # from the blog (``extract.dates.BlogDates``). The MSQA_DATE_ORDER setting overrides both.
    date_order: str | None = None

    def __init__(self, base_url: str | None = None, full: str | bool = False, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.urls = BlogUrls(base_url or self.default_base_url)
        self.base_url = self.urls.base_url
        # The origin check (scheme, host and port) is OriginMiddleware's.
        self.allowed_domains = None
        self.force_full = str(full).lower() in ("1", "true", "yes")
        self.policy = CrawlPolicy(self.base_url)
        self.pending: deque[Request] = deque()
        self.phase = PHASES[0]
        self.dates = BlogDates(check_order(self.date_order))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    # -- phase 1: discovery ------------------------------------------------------------
    async def start(self):
        previous = self.load_previous()
        settings = self.crawler.settings
        incremental = (
            bool(previous) and not self.force_full and settings.getbool("MSQA_INCREMENTAL", True)
        )
        self.policy = CrawlPolicy(
            self.base_url, previous, incremental=incremental, bounds=bounds_from(settings)
        )
        self.crawler.stats.set_value("msqa/mode", "incremental" if incremental else "full")
        if settings.get("MSQA_DATE_ORDER"):
            self.dates.fixed = check_order(settings.get("MSQA_DATE_ORDER"))
        for request in self.requests(self.policy.start()):
            yield request

    def load_previous(self) -> dict[str, dict[str, Any]]:
        """What the archive knows of each post. {} without an archive."""
        db = self.crawler.settings.get("MSQA_DB")
        if not db or not Path(db).is_file():
            return {}
        from msqa_scraper.store import Archive

        with Archive.open(db) as archive:
            return archive.recrawl_state()

    def requests(self, fetches: Iterable[Fetch]) -> Iterator[Request]:
        """The policy's fetch decisions as requests (too long a URL is refused, counted)."""
        for fetch in fetches:
            if not self.policy.allowed(fetch):
                continue
            if fetch.kind == "listing":
                yield Request(
                    fetch.url,
                    callback=self.parse_listing,
                    errback=self.on_error,
                    cb_kwargs={"ref": fetch.ref},
                    meta={"msqa_kind": "listing", "msqa_fetch": fetch},
                    priority=10,
                )
            elif fetch.kind == "post":
                yield Request(
                    fetch.url,
                    callback=self.parse_post,
                    errback=self.on_error,
                    cb_kwargs={"expected_id": fetch.expected_id},
                    meta={"msqa_kind": "post", "msqa_fetch": fetch},
                )
            else:
                parse = self.parse_sitemap if fetch.kind == "sitemap" else self.parse_feed
                yield Request(
                    fetch.url,
                    callback=parse,
                    errback=self.on_optional_error,
                    meta={"msqa_kind": fetch.kind, "msqa_fetch": fetch},
                )
        self._sync()

    def parse_listing(self, response: Response, ref: PageRef):
        if not self._usable(response):
            yield from self._retry_broken(response)
            return
        page = extract_listing(
            response.body,
            response.url,
            self.base_url,
            with_sidebar=not self.policy.sidebar_done,
            encoding=response.encoding,
        )
        if not page.entries:
            self._warn(response, "listing/no_posts", "listing page shows no posts")
        for entry in page.entries:
            self.dates.note_entry(entry, ref)
        sidebar_done = self.policy.sidebar_done
        fetches = self.policy.listing_read(ref, page)
        if not sidebar_done and self.policy.sidebar_done:
            for href in page.ignored_links:
                self._warn(response, "links/ignored", f"not following {href!r}: not a blog page")
        yield from self.requests(fetches)

    def parse_sitemap(self, response: Response):
        if not is_complete(response.body, "sitemap"):
            yield from self._retry_broken(response, optional=True)
            return
        self.policy.sitemap_read(parse_sitemap(response.body))
        self._sync()

    def parse_feed(self, response: Response):
        if not is_complete(response.body, "feed"):
            yield from self._retry_broken(response, optional=True)
            return
        for link, day in parse_feed_dates(response.body):
            found = self.urls.canonical(link)
            if found and found[1].kind == "post":
                self.dates.note_feed_day(found[0], day)
        self.policy.feed_read(parse_feed(response.body))
        self._sync()

    # -- phase changes -------------------------------------------------------------------
    def on_idle(self) -> None:
        if self.phase == "done":
            return
        self.phase = PHASES[PHASES.index(self.phase) + 1]
        if self.phase == "done":
            return
        callback = self.start_categories if self.phase == "categories" else self.start_posts
        # A data: request costs no network round trip; its callback hands the next phase's
        # requests and items to the engine like any other callback.
        self._count("msqa/internal_requests")
        self.crawler.engine.crawl(
            Request(
                f"data:,{self.phase}",
                callback=callback,
                dont_filter=True,
                meta={"allow_offsite": True},
            )
        )
        raise DontCloseSpider

    # -- phase 2: categories -------------------------------------------------------------
    def start_categories(self, response: Response):
        fetches = self.policy.categories_phase()
        fetches += self.date_evidence_fetches(fetches)
        if any(f.ref and f.ref.kind == "archive" for f in fetches):
            self.logger.info("The index does not list every post: reading the archive months")
        elif not self.policy.categories_read:
            self.logger.info("No post or category changed: category pages not re-read")
        yield from self.requests(fetches)

    def date_evidence_fetches(self, planned: list[Fetch]) -> list[Fetch]:
        """Archive month pages that settle the blog's date order, when nothing else does."""
        if any(f.ref and f.ref.kind == "archive" for f in planned):
            return []  # every archive month is read anyway
        policy = self.policy
        wanted = [e for pid, e in policy.entries.items() if policy.needs_fetch(pid, e)]
        fetches = []
        for url in self.dates.months_to_read(
            wanted, policy.lastmods, policy.archive_urls, self.urls
        ):
            ref = self.urls.classify(url)
            if ref is not None:
                self._count("msqa/date/archive_months_read")
                fetches.append(policy.listing_fetch(ref))
        return fetches

    def decide_date_order(self) -> OrderDecision:
        decision = self.dates.decide(self.policy.entries.values(), self.policy.lastmods)
        stats = self.crawler.stats
        stats.set_value("msqa/date_order", decision.order or "unknown")
        stats.set_value("msqa/date_order_source", decision.source)
        if decision.contradicting:
            stats.set_value("msqa/date/evidence_against_order", decision.contradicting)
            self.logger.warning(
                "%d dates on the blog contradict its %s date order (%s)",
                decision.contradicting,
                decision.order,
                decision.votes,
            )
        self.logger.info("Date order %s (%s: %s)", decision.order, decision.source, decision.votes)
        return decision

    # -- phase 3: posts -------------------------------------------------------------------
    def start_posts(self, response: Response):
        self.decide_date_order()
        touches, fetches = self.policy.posts_phase()
        for touch in touches:
            yield self.seen_item(touch)
        if self.policy.probes:
            self.logger.info(
                "%d archived posts are on no listing: fetching their own URLs",
                len(self.policy.probes),
            )
        self.pending.extend(self.requests(fetches))
        # A window of post requests, refilled as each one ends: the scheduler never holds
        # thousands of requests at once, which is what a 10,000-post blog would cost in memory.
        for _ in range(self.settings.getint("MSQA_POST_WINDOW", 100)):
            yield from self._next_post()

    def seen_item(self, touch: Touch) -> PostSeenItem:
        return PostSeenItem(
            id=touch.post_id,
            url=touch.url,
            categories=touch.categories,
            disclaimer=self.policy.disclaimer,
            listing_hash=touch.listing_hash,
            lastmod=touch.lastmod,
            source_url=touch.url,
        )

    def _next_post(self) -> Iterator[Request]:
        if self.pending:
            yield self.pending.popleft()

    def parse_post(self, response: Response, expected_id: str | None = None):
        if not self._usable(response):
            retry = list(self._retry_broken(response))
            yield from retry or self._next_post()
            return
        yield from self._read_post(response, expected_id)
        self._sync()
        yield from self._next_post()

    def _read_post(self, response: Response, expected_id: str | None):
        self.policy.counts["msqa/pages"] += 1
        try:
            post = extract_post(
                response.body,
                response.url,
                self.base_url,
                response.encoding,
                date_order=self.dates.order,
            )
        except NotABlogPage as exc:
            self._warn(response, "post/not_a_post", f"not a post page: {exc}")
            entry = self.policy.entries.get(expected_id or "")
            if entry is not None:
                # The listing shows the post: it exists, whatever its page says today.
                yield PostSeenItem(id=entry.id, url=entry.url, disclaimer=self.policy.disclaimer)
            return
        for code in self.dates.check_post(post):
            self._count(f"msqa/{code}")
        if expected_id and post.id != expected_id:
            self._warn(response, "post/id_mismatch", f"listing said {expected_id}, page {post.id}")
        fields = {
            "question": post.question,
            "answer": post.answer,
            "experts": post.experts,
        }
        decision = self.policy.post_extracted(
            post.id, post.url, fields, self.policy.previous.get(post.id)
        )
        if isinstance(decision, Ignore):
            return
        if isinstance(decision, KeepArchived):
            self.logger.warning(
                "%s: page lost %s that the archive has; keeping the archived version",
                response.url,
                ", ".join(decision.lost),
            )
            yield PostSeenItem(id=post.id, url=post.url, disclaimer=post.disclaimer)
            return
        meta = response.request.meta if response.request else {}
        item = PostItem.from_post(
            post,
            decision.categories,
            source_url=response.url,
            # The capture's own time, so a rebuild from captures dates the version the same.
            fetched_at=meta.get("msqa_fetched_at") or utc_now(),
            http_status=response.status,
            crawl_id=None,
            spider=self.name,
        )
        item.listing_hash = decision.listing_hash
        item.lastmod = decision.lastmod
        item.capture_id = meta.get("msqa_capture_id")
        yield item

    # -- errors ----------------------------------------------------------------------
    def on_error(self, failure):
        request = failure.request
        fetch: Fetch | None = request.meta.get("msqa_fetch")
        ref = fetch.ref if fetch else request.cb_kwargs.get("ref")
        if failure.check(WriteFailed):
            pass  # the crawl is stopping; the store said why
        elif (reason := skip_reason(failure)) is not None:
            self.policy.page_skipped(reason, request.url, ref)
        elif failure.check(HttpError) and fetch is not None and fetch.kind == "post":
            response = failure.value.response
            removal = self.policy.post_answered(request.url, fetch.expected_id, response.status)
            if removal is not None:
                self.logger.info(
                    "%s answers %s: post %s removed", request.url, removal.status, removal.post_id
                )
                yield PostRemovedItem(
                    id=removal.post_id,
                    url=request.url,
                    http_status=removal.status,
                    removed_at=request.meta.get("msqa_fetched_at") or utc_now(),
                )
            else:
                self._failed_line(request, failure.getErrorMessage())
        elif failure.check(HttpError) and fetch is not None and fetch.kind == "listing":
            self.policy.listing_answered(ref, failure.value.response.status)
            if ref.key not in self.policy.gone_categories:
                self._failed_line(request, failure.getErrorMessage())
        else:
            self.policy.page_failed(f"{request.url}: {failure.getErrorMessage()}", ref)
            self._failed_line(request, failure.getErrorMessage())
        self._sync()
        if request.meta.get("msqa_kind") == "post":
            yield from self._next_post()

    def on_dropped(self, request: Request) -> None:
        """The scheduler dropped a request as a duplicate: a redirect that came back to a page
        already requested is a loop."""
        fetch: Fetch | None = request.meta.get("msqa_fetch")
        if fetch is None:
            return
        reason = "redirect_loop" if request.meta.get("redirect_urls") else "dupefilter"
        self.policy.page_skipped(reason, request.url, fetch.ref)
        self._sync()
        if fetch.kind == "post":
            for next_request in self._next_post():
                self.crawler.engine.crawl(next_request)

    def _failed_line(self, request: Request, why: str) -> None:
        # The policy's warning already says it; this is the line the summary repeats.
        self.crawler.stats.set_value("msqa/last_error", f"{request.url}: {why}")

    def on_optional_error(self, failure) -> None:
        request = failure.request
        reason = skip_reason(failure)
        if reason is not None and not failure.check(WriteFailed):
            self.policy.page_skipped(reason, request.url)
        else:
            self.policy.optional_failed()
        self._sync()
        self.logger.info("Optional page %s failed: %s", request.url, failure.value)

    def _usable(self, response: Response) -> bool:
        """Is this a whole HTML page? Warns (and counts) what it finds odd about it."""
        if not isinstance(response, TextResponse):
            self._warn(response, "page/not_html", "response is not HTML")
            return False
        body = response.body
        if len(body) > self.settings.getint("MSQA_PAGE_WARN_BYTES", 1_000_000):
            self._warn(response, "page/large", f"unusually large page ({len(body):,} bytes)")
        # The charset a browser would use (header, meta, sniff): a byte invalid in it means the
        # stored text holds U+FFFD where the page had a character.
        try:
            body.decode(response.encoding)
        except UnicodeDecodeError as exc:
            stat = "invalid_utf8" if response.encoding == "utf-8" else "invalid_charset"
            self._warn(response, f"page/{stat}", f"invalid {response.encoding} at byte {exc.start}")
        if not is_complete(body):
            self._warn(response, "page/truncated", "page ends before </html>: body cut short")
            return False
        return True

    def _retry_broken(self, response: Response, optional: bool = False):
        """Fetch a broken page again (Scrapy's retry budget); count it failed when spent."""
        retry = get_retry_request(response.request, spider=self, reason="incomplete body")
        if retry is not None:
            # Ask for the whole page: a stored copy of it may be the broken one.
            retry.meta["msqa_revalidate"] = False
            yield retry
        elif optional:
            self.policy.optional_failed()
        else:
            request = response.request
            self.policy.page_failed(f"{request.url}: incomplete body", request.cb_kwargs.get("ref"))
            self._failed_line(request, "incomplete body")
        self._sync()

    def _sync(self) -> None:
        """The policy's tallies into the crawl's stats (the status is decided from them)."""
        stats = self.crawler.stats
        for key, value in self.policy.counts.items():
            stats.set_value(key, value)
        while self.policy.warnings:
            self.logger.warning("%s", self.policy.warnings.pop(0))

    def _warn(self, response: Response, stat: str, message: str) -> None:
        self._count(f"msqa/{stat}")
        self.logger.warning("%s: %s", response.url, message)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)


def bounds_from(settings: Any) -> Bounds:
    # One reading of the settings for the crawl, the row it records and a rebuild (runner.py).
    return Bounds.from_settings(settings)
