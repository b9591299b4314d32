"""Scrapy extensions used by ``msqa crawl``."""

from __future__ import annotations

import time

from scrapy import signals
from twisted.internet import task

from msqa_scraper.console import ProgressConsole, progress_console
from msqa_scraper.crawl.status import crawl_counts, plural
from msqa_scraper.signals import backoff_wait


class ProgressLine:
    """On a terminal, keep one status line up to date: pages, posts, requests, errors.

    The figures are the ones the summary line prints (``crawl_counts``), and log records are
    printed above the line by the same console (see ``msqa_scraper.console``).
    """

    interval = 0.5

    def __init__(self, crawler, console: ProgressConsole) -> None:
        self.crawler = crawler
        self.console = console
        self.loop = task.LoopingCall(self.show)
        self.waiting: tuple[float, str] | None = None

    @classmethod
    def from_crawler(cls, crawler) -> ProgressLine:
        ext = cls(crawler, progress_console() or ProgressConsole())
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.on_backoff, signal=backoff_wait)
        crawler.signals.connect(ext.on_response, signal=signals.response_received)
        return ext

    def opened(self) -> None:
        self.console.start()
        self.loop.start(self.interval, now=True)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
        self.waiting = None
        self.show()
        self.console.stop()

    def on_backoff(self, delay: float, why: str) -> None:
        self.waiting = (time.monotonic() + delay, why)
        self.show()

    def on_response(self) -> None:
        self.waiting = None

    def line(self) -> str:
        counts = crawl_counts(self.crawler.stats.get_stats())
        text = (
            f"{plural(counts['pages'], 'page')} · {plural(counts['posts_discovered'], 'post')} "
            f"({counts['posts_new']} new, {counts['posts_changed']} changed) · "
            f"{plural(counts['requests'], 'request')} · {plural(counts['errors'], 'error')}"
        )
        if self.waiting is not None:
            left = self.waiting[0] - time.monotonic()
            if left > 0:
                text += f" · retrying in {left:.0f} s: {self.waiting[1]}"
        return text

    def show(self) -> None:
        self.console.update(self.line())
