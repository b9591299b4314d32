"""Archive every post into the SQLite store and record the crawl that captured it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from msqa_scraper.pipelines import is_post_item, is_post_seen_item
from msqa_scraper.store import Archive, ArchiveError, FinalStatus, UnknownPostError

logger = logging.getLogger(__name__)

RESULTS: tuple[str, ...] = ("new", "changed", "unchanged", "revived")


def _stat(stats: Mapping[str, Any], key: str) -> int:
    return int(stats.get(key) or 0)


def decide_status(reason: str, stats: Mapping[str, Any]) -> tuple[FinalStatus, str]:
    """The crawl's final status and a human reason, from its stats and finish reason.

    Only a ``complete`` crawl may mark posts removed, so anything that could have hidden a post
    (a failed page, an item we could not validate or store, a crawl cut short) makes it partial.
    """
    seen = sum(_stat(stats, f"msqa/posts/{result}") for result in RESULTS)
    collapse = coverage_collapse(stats)
    if collapse:
        return "failed", "; ".join([reason, collapse])
    problems = []
    for key, label in (
        ("msqa/pages_failed", "pages failed"),
        ("msqa/items_invalid", "invalid items"),
        ("msqa/store_errors", "items not stored"),
        ("spider_exceptions/count", "spider exceptions"),
    ):
        if count := _stat(stats, key):
            problems.append(f"{count} {label}")
    if seen == 0:
        return "failed", "; ".join([reason, "no post stored", *problems])
    if reason != "finished" or problems:
        return "partial", "; ".join([reason, *problems])
    return "complete", reason


# Below this many post pages a few odd pages say nothing about the template.
MIN_PAGES_FOR_COVERAGE = 5


def coverage_collapse(stats: Mapping[str, Any]) -> str | None:
    """Why extraction looks broken across the crawl (template drift), or None.

    When most post pages yield no post, or most posts lack an expert or an answer, the site's
    template has probably changed: the run is failed (so nothing is marked removed) and the
    per-post regression guard has already kept such captures from replacing good data.
    """
    parsed = _stat(stats, "msqa/post/parsed")
    broken = _stat(stats, "msqa/post/not_a_post")
    if parsed + broken >= MIN_PAGES_FOR_COVERAGE and broken * 2 > parsed + broken:
        return f"extraction collapsed: {broken} of {parsed + broken} post pages had no post"
    if parsed < MIN_PAGES_FOR_COVERAGE:
        return None
    for key, what in (
        ("msqa/field/experts/missing", "without an expert"),
        ("msqa/items_invalid", "without a question or answer"),
    ):
        if _stat(stats, key) * 2 > parsed:
            return f"extraction collapsed: {_stat(stats, key)} of {parsed} posts {what}"
    return None


def crawl_counts(stats: Mapping[str, Any], removed: int) -> dict[str, int]:
    return {
        "pages": _stat(stats, "msqa/pages"),
        "posts_discovered": _stat(stats, "msqa/posts_discovered"),
        "posts_new": _stat(stats, "msqa/posts/new"),
        "posts_changed": _stat(stats, "msqa/posts/changed"),
        "posts_unchanged": _stat(stats, "msqa/posts/unchanged"),
        "posts_revived": _stat(stats, "msqa/posts/revived"),
        "posts_touched": _stat(stats, "msqa/posts/touched"),
        "posts_removed": removed,
        "errors": _stat(stats, "msqa/pages_failed")
        + _stat(stats, "msqa/store_errors")
        + _stat(stats, "spider_exceptions/count"),
        "invalid_items": _stat(stats, "msqa/items_invalid"),
        # The spider's data: hand-offs between phases are not HTTP requests.
        "requests": _stat(stats, "downloader/request_count")
        - _stat(stats, "msqa/internal_requests"),
        "bytes": _stat(stats, "downloader/response_bytes"),
    }


class StorePostPipeline:
    """Stores ``PostItem``s and touches ``PostSeenItem``s; finishes the crawl on close.

    The crawl is finished from the ``spider_closed`` signal rather than ``close_spider``: item
    pipelines close before the engine reports why the spider closed, and the status depends
    on that reason.
    """

    def __init__(self, crawler: Crawler, db_path: str, crawl_id: int | None) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.crawl_id = crawl_id
        self.archive: Archive | None = None
        self.seen_ids: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        db_path = crawler.settings.get("MSQA_DB") or ""
        if not db_path:
            raise NotConfigured("MSQA_DB is empty: posts are not archived")
        crawl_id = crawler.settings.getint("MSQA_CRAWL_ID") or None
        pipeline = cls(crawler, db_path, crawl_id)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.archive = Archive.open(self.db_path)
        if self.crawl_id is None:
            spider = self.crawler.spider
            self.crawl_id = self.archive.begin_crawl(
                base_url=_base_url(spider), spider=getattr(spider, "name", None)
            )
        else:
            crawl = self.archive.get_crawl(self.crawl_id)
            if crawl is None or crawl["status"] != "running":
                raise ArchiveError(f"MSQA_CRAWL_ID={self.crawl_id} is not a running crawl")
        self._stats.set_value("msqa/crawl_id", self.crawl_id)
        logger.info("Archiving to %s as crawl %s", self.db_path, self.crawl_id)

    def process_item(self, item: Any) -> Any:
        if not (is_post_item(item) or is_post_seen_item(item)):
            return item
        assert self.archive is not None and self.crawl_id is not None
        item.crawl_id = self.crawl_id
        if is_post_item(item) and (lost := self.archive.regressions(item)):
            return self._keep_good_data(item, lost)
        try:
            if is_post_seen_item(item):
                result = self.archive.touch_post(
                    item.id,
                    self.crawl_id,
                    getattr(item, "categories", None),
                    getattr(item, "disclaimer", None),
                    getattr(item, "listing_hash", None),
                    source_url=getattr(item, "source_url", None),
                    lastmod=getattr(item, "lastmod", None),
                )
                self._stats.inc_value("msqa/posts/touched")
            else:
                result = self.archive.store_post(item)
        except UnknownPostError:
            # A listing showed a post whose page could not be read, and the archive has never
            # stored it: nothing to keep, nothing to mark removed.
            self._stats.inc_value("msqa/posts/seen_unknown")
            return item
        except Exception as exc:
            # The transaction rolled back; count it so the crawl cannot pass as complete.
            self._stats.inc_value("msqa/store_errors")
            url = getattr(item, "url", None) or getattr(item, "id", None)
            logger.exception("Could not archive post %s", url)
            raise DropItem(f"Could not archive post {url}: {exc}") from exc
        self._stats.inc_value(f"msqa/posts/{result}")
        self.seen_ids.add(str(item.id))
        return item

    def _keep_good_data(self, item: Any, lost: list[str]) -> Any:
        assert self.archive is not None and self.crawl_id is not None
        self._stats.inc_value("msqa/quality/regressed")
        logger.warning(
            "%s: page lost %s that the archive has; keeping the archived version",
            item.url,
            ", ".join(lost),
        )
        self.archive.touch_post(item.id, self.crawl_id, None, item.disclaimer, None)
        self.seen_ids.add(str(item.id))
        raise DropItem(f"{item.url}: capture would empty {', '.join(lost)}")

    def spider_closed(self, reason: str) -> None:
        if self.archive is None or self.crawl_id is None:
            return
        try:
            stats = self._stats.get_stats()
            status, why = decide_status(reason, stats)
            removed = 0
            if status == "complete":
                removed = self.archive.mark_removed(self.crawl_id, self.seen_ids)
            self._stats.set_value("msqa/posts/removed", removed)
            order = stats.get("msqa/date_order")
            self.archive.finish_crawl(
                self.crawl_id,
                status,
                crawl_counts(stats, removed),
                why,
                date_order=order if order in ("MDY", "DMY") else None,
                date_order_source=stats.get("msqa/date_order_source"),
            )
            self._stats.set_value("msqa/crawl_status", status)
            logger.info("Crawl %s finished: %s (%s)", self.crawl_id, status, why)
        finally:
            self.archive.close()
            self.archive = None

    @property
    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats


def _base_url(spider: Any) -> str | None:
    base_url = getattr(spider, "base_url", None)
    if base_url:
        return str(base_url)
    start_urls = getattr(spider, "start_urls", None) or []
    return str(start_urls[0]) if start_urls else None
