"""Scrapy extensions used by ``msqa crawl``."""

from __future__ import annotations

import sys

from scrapy import signals
from twisted.internet import task


class ProgressLine:
    """On a terminal, keep one status line up to date: pages fetched, posts stored."""

    interval = 0.5

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.loop = task.LoopingCall(self.show)

    @classmethod
    def from_crawler(cls, crawler) -> ProgressLine:
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self) -> None:
        self.loop.start(self.interval, now=True)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
        self.show()
        sys.stderr.write("\n")

    def show(self) -> None:
        stats = self.crawler.stats
        pages = stats.get_value("msqa/pages", 0)
        posts = stats.get_value("item_scraped_count", 0)
        requests = stats.get_value("downloader/request_count", 0)
        failed = stats.get_value("msqa/pages_failed", 0)
        sys.stderr.write(
            f"\r\033[Kpages {pages} · posts {posts} · requests {requests} · failed {failed}"
        )
        sys.stderr.flush()
