"""Archive every post into the SQLite store and record the crawl that captured it."""

from __future__ import annotations

import logging
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from msqa_scraper.crawl import crawl_counts, decide_status
from msqa_scraper.errors import is_write_failure
from msqa_scraper.middlewares import stop_on_write_failure
from msqa_scraper.pipelines import is_post_item, is_post_removed_item, is_post_seen_item
from msqa_scraper.store import Archive, ArchiveError, UnknownPostError

logger = logging.getLogger(__name__)

# Every drop here is logged once by the pipeline (one line) and counted: Scrapy's own
# "Dropped:" line, which repeats it with the whole item, only at DEBUG.
QUIET: dict[str, str] = {"log_level": "DEBUG"}


class StorePostPipeline:
    """Stores ``PostItem``s, touches ``PostSeenItem``s, marks ``PostRemovedItem``s removed
    (the crawl policy made each decision); finishes the crawl on close.

    The crawl is finished from the ``spider_closed`` signal rather than ``close_spider``: item
    pipelines close before the engine reports why the spider closed, and the status depends
    on that reason.
    """

    def __init__(self, crawler: Crawler, db_path: str, crawl_id: int | None) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.crawl_id = crawl_id
        self.archive: Archive | None = None

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
        self.archive.limit_size(self.crawler.settings.getint("MSQA_DB_MAX_BYTES", 0))
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
        if not (is_post_item(item) or is_post_seen_item(item) or is_post_removed_item(item)):
            return item
        assert self.archive is not None and self.crawl_id is not None
        if self._stats.get_value("msqa/write_error"):
            url = self._not_archived(item)
            raise DropItem(f"Could not archive post {url}: the archive cannot be written", **QUIET)
        item.crawl_id = self.crawl_id
        try:
            if is_post_removed_item(item):
                if self.archive.remove_post(item.id, self.crawl_id, at=item.removed_at):
                    self._stats.inc_value("msqa/posts/removed_stored")
                return item
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
            url = getattr(item, "url", None) or getattr(item, "id", None)
            if is_write_failure(exc):
                stop_on_write_failure(self.crawler, exc)  # the cause, once, as an error
                self._not_archived(item)
                raise DropItem(f"Could not archive post {url}: {exc}", **QUIET) from None
            # The transaction rolled back; count it so the crawl cannot pass as complete.
            self._stats.inc_value("msqa/store_errors")
            logger.exception("Could not archive post %s", url)
            raise DropItem(f"Could not archive post {url}: {exc}", **QUIET) from exc
        self._stats.inc_value(f"msqa/posts/{result}")
        return item

    def _not_archived(self, item: Any) -> object:
        """Count and log (one line) a post the archive cannot take once it cannot be written."""
        url = getattr(item, "url", None) or getattr(item, "id", None)
        self._stats.inc_value("msqa/posts/not_archived")
        logger.warning("Post %s not archived: the archive cannot be written", url)
        return url

    def spider_closed(self, reason: str) -> None:
        if self.archive is None or self.crawl_id is None:
            return
        try:
            stats = self._stats.get_stats()
            status, why = decide_status(reason, stats)
            order = stats.get("msqa/date_order")
            self.archive.finish_crawl(
                self.crawl_id,
                status,
                crawl_counts(stats),
                why,
                date_order=order if order in ("MDY", "DMY") else None,
                date_order_source=stats.get("msqa/date_order_source"),
            )
            self._stats.set_value("msqa/crawl_status", status)
            logger.info("Crawl %s finished: %s (%s)", self.crawl_id, status, why)
        except Exception as exc:
            if not is_write_failure(exc):
                raise
            # The runner records the crawl failed once it can; never a traceback for this.
            logger.error("Could not record crawl %s's end: %s", self.crawl_id, exc)
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
