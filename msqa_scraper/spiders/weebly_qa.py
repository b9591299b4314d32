"""A reusable spider for Q&A blogs hosted on Weebly.

A site spider only names itself and its blog root::

    class SomeBlogSpider(WeeblyQASpider):
        name = "some_blog"
        default_base_url = "https://www.example.org/ask-the-expert"

The crawl runs in phases, each starting when the engine goes idle after the previous one:

1. discovery: the index pagination, the sitemap, and (on a full crawl) the feed. Weebly shows
   each post in full on every listing, so the listings tell which posts exist and whether their
   content changed since the archive last saw them. The archive months repeat the index; they
   are read only when the index proves incomplete (a page failed, or the sitemap or feed names
   a post it lacks);
2. categories: every category with its pagination (a post's categories appear nowhere else).
   A full crawl reads them during discovery; a recrawl only when something on the blog changed;
3. posts: each distinct post page, fetched once, becomes a ``PostItem`` with its categories.
   On a recrawl, a post whose listing block and sitemap ``lastmod`` are unchanged is not
   fetched again: it becomes a ``PostSeenItem``.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from msqa_scraper.extract import (
    BlogUrls,
    Category,
    ListingEntry,
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
from msqa_scraper.items import PostItem, PostSeenItem

# "All" lists exactly what the index lists; fetching it would only repeat the index.
ALL_CATEGORY = "all"
PHASES = ("discovery", "categories", "posts", "done")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class WeeblyQASpider(scrapy.Spider):
    name = "weebly_qa"
    default_base_url = ""
    # The blog's day/month order ("MDY", "DMY"), when the site spider knows it; None infers it
    # from the blog (``BlogDates``). The MSQA_DATE_ORDER setting overrides both.
    date_order: str | None = None

    def __init__(self, base_url: str | None = None, full: str | bool = False, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.urls = BlogUrls(base_url or self.default_base_url)
        self.base_url = self.urls.base_url
        host = self.urls.netloc.rsplit(":", 1)[0] if "]" not in self.urls.netloc else ""
        self.allowed_domains = [host] if host else []
        self.force_full = str(full).lower() in ("1", "true", "yes")
        self.previous: dict[str, dict[str, Any]] = {}
        self.incremental = False
        self.entries: dict[str, ListingEntry] = {}  # post id → first listing entry seen
        self.memberships: dict[str, set[str]] = defaultdict(set)  # post id → category slugs
        self.category_names: dict[str, str] = {}  # slug → name, from the sidebar
        self.category_urls: list[str] = []
        self.lastmods: dict[str, str | None] = {}  # post URL (sitemap, feed) → lastmod
        self.disclaimer: str | None = None
        self.fetched_ids: set[str] = set()
        self.pending: deque[Request] = deque()
        self.sidebar_done = False
        self.category_failures = 0
        self.index_failures = 0
        self.archive_urls: list[str] = []
        self.phase = PHASES[0]
        self.categories_read = False
        self.dates = BlogDates(check_order(self.date_order))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # -- phase 1: discovery ------------------------------------------------------------
    async def start(self):
        self.previous = self.load_previous()
        settings = self.crawler.settings
        self.incremental = (
            bool(self.previous)
            and not self.force_full
            and settings.getbool("MSQA_INCREMENTAL", True)
        )
        self.crawler.stats.set_value("msqa/mode", "incremental" if self.incremental else "full")
        if settings.get("MSQA_DATE_ORDER"):
            self.dates.fixed = check_order(settings.get("MSQA_DATE_ORDER"))
        yield self.listing_request(PageRef("index"))
        yield Request(
            self.urls.url_for(PageRef("sitemap")),
            callback=self.parse_sitemap,
            errback=self.on_optional_error,
            meta={"msqa_kind": "sitemap"},
        )

    def load_previous(self) -> dict[str, dict[str, Any]]:
        """What the archive knows of each post: which to skip on a recrawl, and the categories
        to keep when a category page fails. {} without an archive."""
        db = self.crawler.settings.get("MSQA_DB")
        if not db or not Path(db).is_file():
            return {}
        from msqa_scraper.store import Archive

        with Archive.open(db) as archive:
            return archive.recrawl_state()

    def listing_request(self, ref: PageRef) -> Request:
        return Request(
            self.urls.url_for(ref),
            callback=self.parse_listing,
            errback=self.on_error,
            cb_kwargs={"ref": ref},
            meta={"msqa_kind": "listing"},
            priority=10,
        )

    def parse_listing(self, response: Response, ref: PageRef):
        if not self._usable(response):
            yield from self._retry_broken(response)
            return
        self._count("msqa/pages")
        page = extract_listing(
            response.body, response.url, self.base_url, with_sidebar=not self.sidebar_done
        )
        if not page.entries:
            self._warn(response, "listing/no_posts", "listing page shows no posts")
        for entry in page.entries:
            self.entries.setdefault(entry.id, entry)
            self.dates.note_entry(entry, ref)
            if ref.kind == "category":
                self.memberships[entry.id].add(ref.key)
        if page.previous_url:
            older = self.urls.classify(page.previous_url)
            if older and older.kind == ref.kind and older.key == ref.key:
                yield self.listing_request(older)
        # Every blog page repeats the sidebar: read it once, from the first listing.
        if not self.sidebar_done and (page.categories or page.archive_urls):
            self.sidebar_done = True
            self.disclaimer = page.disclaimer
            for href in page.ignored_links:
                self._warn(response, "links/ignored", f"not following {href!r}: not a blog page")
            yield from self.read_sidebar(page.archive_urls, page.categories, page.feed_urls)

    def read_sidebar(self, archive_urls, categories, feed_urls):
        for name, url in categories:
            ref = self.urls.classify(url)
            if ref and ref.key != ALL_CATEGORY:
                self.category_names[ref.key] = name
                self.category_urls.append(url)
        # The archive months repeat the index: read only if the index turns out incomplete.
        self.archive_urls = list(archive_urls)
        if self.incremental:
            # The sitemap already tells what changed; the feed only repeats it.
            return
        self.categories_read = True
        for url in self.category_urls:
            yield self.listing_request(self.urls.classify(url))
        for url in feed_urls[:1]:
            yield Request(
                url,
                callback=self.parse_feed,
                errback=self.on_optional_error,
                meta={"msqa_kind": "feed"},
            )

    def parse_sitemap(self, response: Response):
        if not is_complete(response.body, "sitemap"):
            yield from self._retry_broken(response, optional=True)
            return
        self._count("msqa/pages")
        for loc, lastmod in parse_sitemap(response.body):
            self.add_post_url(loc, lastmod)

    def parse_feed(self, response: Response):
        if not is_complete(response.body, "feed"):
            yield from self._retry_broken(response, optional=True)
            return
        self._count("msqa/pages")
        for link, day in parse_feed_dates(response.body):
            found = self.urls.canonical(link)
            if found and found[1].kind == "post":
                self.dates.note_feed_day(found[0], day)
        for link in parse_feed(response.body):
            self.add_post_url(link, None)

    def add_post_url(self, url: str, lastmod: str | None) -> None:
        found = self.urls.canonical(url)
        if found and found[1].kind == "post" and (lastmod or found[0] not in self.lastmods):
            self.lastmods[found[0]] = lastmod

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
        yield from self.date_evidence_requests()
        if self.index_incomplete():
            self.logger.info("The index does not list every post: reading the archive months")
            self._count("msqa/archives_read")
            for url in self.archive_urls:
                yield self.listing_request(self.urls.classify(url))
        if self.categories_read:
            return
        if not self.blog_changed():
            self.logger.info("No post or category changed: category pages not re-read")
            return
        self.categories_read = True
        for url in self.category_urls:
            yield self.listing_request(self.urls.classify(url))

    def index_incomplete(self) -> bool:
        """Did an index page fail, or does the sitemap or feed name a post the index lacks?"""
        listed = {entry.url for entry in self.entries.values()}
        return bool(self.index_failures) or any(url not in listed for url in self.lastmods)

    def blog_changed(self) -> bool:
        """Does anything on the listings or sitemap differ from what the archive has?"""
        known_categories = {
            c["slug"]: c["name"] for p in self.previous.values() for c in p["categories"] or ()
        }
        if any(known_categories.get(slug) != name for slug, name in self.category_names.items()):
            return True
        if set(known_categories) - set(self.category_names):
            return True
        live = {pid for pid, p in self.previous.items() if not p.get("removed_at")}
        if live - set(self.entries):
            return True
        return any(self.needs_fetch(pid, entry) for pid, entry in self.entries.items())

    def needs_fetch(self, post_id: str, entry: ListingEntry) -> bool:
        prev = self.previous.get(post_id)
        if prev is None or prev.get("removed_at"):
            return True
        if prev.get("listing_hash") != entry.content_hash:
            return True
        lastmod = self.lastmods.get(entry.url)
        # A "Read More" excerpt hides most of the answer: only the sitemap can tell an edit.
        return bool(lastmod) and lastmod != prev.get("lastmod")

    def date_evidence_requests(self) -> Iterator[Request]:
        """Archive month pages that settle the blog's date order, when nothing else does."""
        if self.index_incomplete():
            return  # every archive month is read anyway
        wanted = [e for pid, e in self.entries.items() if self.needs_fetch(pid, e)]
        for url in self.dates.months_to_read(wanted, self.lastmods, self.archive_urls, self.urls):
            self._count("msqa/date/archive_months_read")
            yield self.listing_request(self.urls.classify(url))

    def decide_date_order(self) -> OrderDecision:
        decision = self.dates.decide(self.entries.values(), self.lastmods)
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
        known_urls = {entry.url for entry in self.entries.values()}
        loose = [url for url in self.lastmods if url not in known_urls]
        self.crawler.stats.set_value("msqa/posts_discovered", len(self.entries) + len(loose))
        for post_id, entry in self.entries.items():
            for output in self.post_requests(post_id, entry):
                if isinstance(output, Request):
                    self.pending.append(output)
                else:
                    yield output
        for url in loose:
            self.pending.append(
                Request(
                    url, callback=self.parse_post, errback=self.on_error, meta={"msqa_kind": "post"}
                )
            )
        # A window of post requests, refilled as each one ends: the scheduler never holds
        # thousands of requests at once, which is what a 10,000-post blog would cost in memory.
        for _ in range(self.settings.getint("MSQA_POST_WINDOW", 100)):
            yield from self._next_post()

    def _next_post(self) -> Iterator[Request]:
        if self.pending:
            yield self.pending.popleft()

    def post_requests(self, post_id: str, entry: ListingEntry) -> Iterator[Request | PostSeenItem]:
        if self.incremental and not self.needs_fetch(post_id, entry):
            self._count("msqa/posts_skipped")
            yield PostSeenItem(
                id=post_id,
                url=entry.url,
                categories=self.category_dicts(post_id) if self.categories_known else None,
                disclaimer=self.disclaimer,
                listing_hash=entry.content_hash,
                lastmod=self.lastmods.get(entry.url),
                source_url=entry.url,
            )
            return
        yield Request(
            entry.url,
            callback=self.parse_post,
            errback=self.on_error,
            cb_kwargs={"expected_id": post_id},
            meta={"msqa_kind": "post"},
        )

    def parse_post(self, response: Response, expected_id: str | None = None):
        if not self._usable(response):
            retry = list(self._retry_broken(response))
            yield from retry or self._next_post()
            return
        yield from self._read_post(response, expected_id)
        yield from self._next_post()

    def _read_post(self, response: Response, expected_id: str | None):
        self._count("msqa/pages")
        try:
            post = extract_post(
                response.body, response.url, self.base_url, date_order=self.dates.order
            )
        except NotABlogPage as exc:
            self._warn(response, "post/not_a_post", f"not a post page: {exc}")
            if expected_id:
                # The listing shows the post: it exists, whatever its page says today.
                yield PostSeenItem(id=expected_id, url=response.url, disclaimer=self.disclaimer)
            return
        self._count("msqa/post/parsed")
        for code in self.dates.check_post(post):
            self._count(f"msqa/{code}")
        if post.id in self.fetched_ids:
            self._count("msqa/post/duplicate")
            return
        self.fetched_ids.add(post.id)
        if expected_id and post.id != expected_id:
            self._warn(response, "post/id_mismatch", f"listing said {expected_id}, page {post.id}")
        entry = self.entries.get(post.id)
        meta = response.request.meta if response.request else {}
        item = PostItem.from_post(
            post,
            self.categories_of(post.id),
            source_url=response.url,
            # The capture's own time, so a rebuild from captures dates the version the same.
            fetched_at=meta.get("msqa_fetched_at") or utc_now(),
            http_status=response.status,
            crawl_id=None,
            spider=self.name,
        )
        item.listing_hash = entry.content_hash if entry else None
        item.lastmod = self.lastmods.get(post.url)
        item.capture_id = meta.get("msqa_capture_id")
        yield item

    @property
    def categories_known(self) -> bool:
        """Were the category listings read, and read whole, in this crawl?"""
        return self.categories_read and not self.category_failures

    def categories_of(self, post_id: str) -> list[Category]:
        # A category page that failed leaves memberships incomplete: keep what the archive has
        # rather than record a post as having lost its categories.
        if not self.categories_known and post_id in self.previous:
            stored = self.previous[post_id]["categories"] or []
            return [Category(c["name"], c["slug"]) for c in stored]
        return [
            Category(self.category_names.get(slug, slug), slug)
            for slug in sorted(self.memberships.get(post_id, ()))
        ]

    def category_dicts(self, post_id: str) -> list[dict]:
        return [{"name": c.name, "slug": c.slug} for c in self.categories_of(post_id)]

    # -- errors ----------------------------------------------------------------------
    def on_error(self, failure):
        # HttpError (a 404, a 500 after retries) is an IgnoreRequest too, but a real failure.
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt forbids it: a choice the site made, not a failure of the crawl.
            self._count("msqa/robots_skipped")
            self.logger.info("Not fetching %s: forbidden by robots.txt", failure.request.url)
            expected_id = failure.request.cb_kwargs.get("expected_id")
            if expected_id:
                yield PostSeenItem(id=expected_id, url=failure.request.url)
        else:
            self._page_failed(failure.request, failure.getErrorMessage())
        if failure.request.meta.get("msqa_kind") == "post":
            yield from self._next_post()

    def _page_failed(self, request: Request, why: str) -> None:
        self._count("msqa/pages_failed")
        ref = request.cb_kwargs.get("ref")
        if ref is not None and ref.kind == "category":
            self.category_failures += 1
        elif ref is not None and ref.kind == "index":
            self.index_failures += 1
        message = f"{request.url}: {why}"
        self.crawler.stats.set_value("msqa/last_error", message)
        self.logger.warning("Failed to fetch %s", message)

    def on_optional_error(self, failure) -> None:
        # The sitemap and feed only add to discovery; a blog without them is still complete.
        self._count("msqa/optional_failed")
        self.logger.info("Optional page %s failed: %s", failure.request.url, failure.value)

    def _usable(self, response: Response) -> bool:
        """Is this a whole HTML page? Warns (and counts) what it finds odd about it."""
        if not isinstance(response, TextResponse):
            self._warn(response, "page/not_html", "response is not HTML")
            return False
        body = response.body
        if len(body) > self.settings.getint("MSQA_PAGE_WARN_BYTES", 1_000_000):
            self._warn(response, "page/large", f"unusually large page ({len(body):,} bytes)")
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            self._warn(response, "page/invalid_utf8", f"invalid UTF-8 at byte {exc.start}")
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
            self._count("msqa/optional_failed")
        else:
            self._page_failed(response.request, "incomplete body")

    def _warn(self, response: Response, stat: str, message: str) -> None:
        self._count(f"msqa/{stat}")
        self.logger.warning("%s: %s", response.url, message)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
