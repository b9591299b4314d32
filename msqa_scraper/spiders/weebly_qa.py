"""A reusable spider for Q&A blogs hosted on Weebly.

A site spider only names itself and its blog root::

    class SomeBlogSpider(WeeblyQASpider):
        name = "some_blog"
        default_base_url = "https://www.example.org/ask-the-expert"

The crawl has two phases. Discovery walks the listings (the index pagination, every archive
month, every category with its pagination), the sitemap and the feed: Weebly shows each post in
full on several of them, and the category listings are the only place a post's categories
appear. When discovery is done (the engine goes idle), each distinct post page is fetched once
and becomes an item carrying the categories that listed it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response, TextResponse

from msqa_scraper.extract import (
    BlogUrls,
    Category,
    ListingEntry,
    NotABlogPage,
    PageRef,
    extract_listing,
    extract_post,
    parse_feed,
    parse_sitemap,
)
from msqa_scraper.items import PostItem

# "All" lists exactly what the index lists; fetching it would only repeat the index.
ALL_CATEGORY = "all"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class WeeblyQASpider(scrapy.Spider):
    name = "weebly_qa"
    default_base_url = ""

    def __init__(self, base_url: str | None = None, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.urls = BlogUrls(base_url or self.default_base_url)
        self.base_url = self.urls.base_url
        host = self.urls.netloc.rsplit(":", 1)[0] if "]" not in self.urls.netloc else ""
        self.allowed_domains = [host] if host else []
        self.entries: dict[str, ListingEntry] = {}  # post id → first listing entry seen
        self.memberships: dict[str, set[str]] = defaultdict(set)  # post id → category slugs
        self.category_names: dict[str, str] = {}
        self.loose_urls: dict[str, str | None] = {}  # post URL (sitemap, feed) → lastmod
        self.fetched_ids: set[str] = set()
        self.sidebar_done = False
        self.post_phase = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # -- discovery -------------------------------------------------------------------
    async def start(self):
        yield self.listing_request(PageRef("index"))
        yield Request(
            self.urls.url_for(PageRef("sitemap")),
            callback=self.parse_sitemap,
            errback=self.on_optional_error,
        )

    def listing_request(self, ref: PageRef) -> Request:
        return Request(
            self.urls.url_for(ref),
            callback=self.parse_listing,
            errback=self.on_error,
            cb_kwargs={"ref": ref},
            priority=10,
        )

    def parse_listing(self, response: Response, ref: PageRef):
        if not self._is_html(response):
            return
        self._count("msqa/pages")
        page = extract_listing(
            response.body, response.url, self.base_url, with_sidebar=not self.sidebar_done
        )
        if not page.entries:
            self._warn(response, "listing/no_posts", "listing page shows no posts")
        for entry in page.entries:
            self.entries.setdefault(entry.id, entry)
            if ref.kind == "category":
                self.memberships[entry.id].add(ref.key)
        if page.previous_url:
            older = self.urls.classify(page.previous_url)
            if older and older.kind == ref.kind and older.key == ref.key:
                yield self.listing_request(older)
        if page.categories or page.archive_urls:
            self.sidebar_done = True
            yield from self.follow_sidebar(page.archive_urls, page.categories, page.feed_urls)

    def follow_sidebar(self, archive_urls, categories, feed_urls):
        for url in archive_urls:
            yield self.listing_request(self.urls.classify(url))
        for name, url in categories:
            ref = self.urls.classify(url)
            if ref.key == ALL_CATEGORY:
                continue
            self.category_names[ref.key] = name
            yield self.listing_request(ref)
        for url in feed_urls[:1]:
            yield Request(url, callback=self.parse_feed, errback=self.on_optional_error)

    def parse_sitemap(self, response: Response):
        self._count("msqa/pages")
        for loc, lastmod in parse_sitemap(response.body):
            self._add_loose(loc, lastmod)

    def parse_feed(self, response: Response):
        self._count("msqa/pages")
        for link in parse_feed(response.body):
            self._add_loose(link, None)

    def _add_loose(self, url: str, lastmod: str | None) -> None:
        found = self.urls.canonical(url)
        if found and found[1].kind == "post":
            if lastmod or found[0] not in self.loose_urls:
                self.loose_urls[found[0]] = lastmod

    # -- posts -----------------------------------------------------------------------
    def on_idle(self) -> None:
        if self.post_phase:
            return
        self.post_phase = True
        # A data: request costs no network round trip; its callback hands the post requests
        # (and any items) to the engine like any other callback.
        self.crawler.engine.crawl(
            Request(
                "data:,posts",
                callback=self.start_posts,
                dont_filter=True,
                meta={"allow_offsite": True},
            )
        )
        raise DontCloseSpider

    def start_posts(self, response: Response):
        known_urls = {entry.url for entry in self.entries.values()}
        loose = [url for url in self.loose_urls if url not in known_urls]
        self.crawler.stats.set_value("msqa/posts_discovered", len(self.entries) + len(loose))
        for post_id, entry in self.entries.items():
            yield from self.post_requests(post_id, entry)
        for url in loose:
            yield Request(url, callback=self.parse_post, errback=self.on_error)

    def post_requests(self, post_id: str, entry: ListingEntry):
        """Requests (or items) for one post found on the listings. Subclass hook."""
        yield Request(
            entry.url,
            callback=self.parse_post,
            errback=self.on_error,
            cb_kwargs={"expected_id": post_id},
        )

    def parse_post(self, response: Response, expected_id: str | None = None):
        if not self._is_html(response):
            return
        self._count("msqa/pages")
        try:
            post = extract_post(response.body, response.url, self.base_url)
        except NotABlogPage as exc:
            self._warn(response, "post/not_a_post", f"not a post page: {exc}")
            return
        if post.id in self.fetched_ids:
            self._count("msqa/post/duplicate")
            return
        self.fetched_ids.add(post.id)
        if expected_id and post.id != expected_id:
            self._warn(response, "post/id_mismatch", f"listing said {expected_id}, page {post.id}")
        entry = self.entries.get(post.id)
        item = PostItem.from_post(
            post,
            self.categories_of(post.id),
            source_url=response.url,
            fetched_at=utc_now(),
            http_status=response.status,
            crawl_id=None,
            spider=self.name,
        )
        item.listing_hash = entry.content_hash if entry else None
        yield item

    def categories_of(self, post_id: str) -> list[Category]:
        return [
            Category(self.category_names.get(slug, slug), slug)
            for slug in sorted(self.memberships.get(post_id, ()))
        ]

    # -- errors ----------------------------------------------------------------------
    def on_error(self, failure) -> None:
        request = failure.request
        self._count("msqa/pages_failed")
        self.logger.warning("Failed to fetch %s: %s", request.url, failure.getErrorMessage())

    def on_optional_error(self, failure) -> None:
        # The sitemap and feed only add to discovery; a blog without them is still complete.
        self._count("msqa/optional_failed")
        self.logger.info("Optional page %s failed: %s", failure.request.url, failure.value)

    def _is_html(self, response: Response) -> bool:
        if isinstance(response, TextResponse):
            return True
        self._warn(response, "page/not_html", "response is not HTML")
        return False

    def _warn(self, response: Response, stat: str, message: str) -> None:
        self._count(f"msqa/{stat}")
        self.logger.warning("%s: %s", response.url, message)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
