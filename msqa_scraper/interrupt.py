"""Ctrl-C and SIGTERM during a crawl: stop promptly, store nothing half-done, count honestly.

Scrapy's own handling closes the spider gracefully, which with a download delay means working
through every request already handed to the downloader (the engine passes it up to
``CONCURRENT_REQUESTS`` at a time, each waiting its turn behind the delay), and a retry's
back-off wait. Here the first signal closes the spider at once with the reason
``interrupted by SIGINT`` and drops every request that is not on the wire: the one being
transferred is finished and stored, the rest were never sent and are taken out of the counts.
The crawl then ends as ``partial`` (exit 3) through the store's normal close.

A second signal does not wait for the in-flight response either: the reactor is stopped on the
spot and the runner closes the crawl record from the stats (see ``runner``).
"""

from __future__ import annotations

import logging
import signal
from typing import Any

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.ossignal import install_shutdown_handlers, signal_names

logger = logging.getLogger(__name__)


class Interrupts:
    """Installs the crawl's SIGINT/SIGTERM handlers once the reactor runs."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.signame: str | None = None
        self.forced = False
        self.second: str | None = None

    @property
    def reason(self) -> str:
        if self.forced:
            return f"interrupted by {self.signame}, then {self.second}: stopped at once"
        return f"interrupted by {self.signame}"

    def install(self) -> None:
        """Call once the reactor is installed (after ``CrawlerProcess.crawl``) and start it with
        ``install_signal_handlers=False``, so neither Twisted nor Scrapy replaces these."""
        install_shutdown_handlers(self._first)

    def crawl_over(self) -> None:
        """The reactor has stopped: a late signal must not kill the process while it writes the
        crawl record and prints the summary (a few milliseconds)."""
        install_shutdown_handlers(signal.SIG_IGN)

    # Signal handlers only note the signal and hand over to the reactor thread: logging or
    # touching the engine inside a handler could interrupt a write to the same stream.
    def _first(self, signum: int, _frame: Any) -> None:
        from twisted.internet import reactor

        install_shutdown_handlers(self._second)
        self.signame = signal_names.get(signum, str(signum))
        reactor.callFromThread(self._stop)

    def _second(self, signum: int, _frame: Any) -> None:
        from twisted.internet import reactor

        install_shutdown_handlers(signal.SIG_IGN)
        self.forced = True
        self.second = signal_names.get(signum, str(signum))
        reactor.callFromThread(self._kill)

    def _stop(self) -> None:
        from twisted.internet import reactor

        engine = self.crawler.engine
        if engine is None or engine.spider is None or not engine.running:
            # The spider is still opening: stop it as soon as it can be stopped.
            reactor.callLater(0.05, self._stop)
            return
        logger.warning("Received %s: stopping now (send it again to stop at once)", self.signame)
        deferred_from_coro(engine.close_spider_async(reason=self.reason))
        self._drop_waiting(keep_transferring=True)

    def _kill(self) -> None:
        from twisted.internet import reactor

        logger.warning("Received %s after %s: stopping at once", self.second, self.signame)
        self._drop_waiting(keep_transferring=False)
        # crash(), not stop(): stop() runs Scrapy's shutdown triggers, which wait for the
        # graceful close this second signal is meant to cut short.
        reactor.crash()

    def _drop_waiting(self, *, keep_transferring: bool) -> None:
        """Drop requests queued behind the delay and end retry back-offs.

        A queued request is handed back to the engine as a request (as a redirect is), which
        the closing engine never schedules again, so no callback or errback sees it. It already
        passed the downloader middlewares, so ``downloader/request_count`` counted it: it is
        uncounted, so the crawl's ``requests`` equals the requests actually sent. A request in
        a back-off ends as the failure that caused the retry.
        """
        engine = self.crawler.engine
        if engine is None:
            return
        stats = self.crawler.stats
        unsent: list[Any] = []
        for slot in engine.downloader.slots.values():
            if slot.latercall:
                slot.latercall.cancel()
                slot.latercall = None
            while slot.queue:
                request, queued = slot.queue.popleft()
                unsent.append(request)
                # dont_filter: the scheduler keeps it (never to run) rather than dropping it as
                # a duplicate, which the spider would count as a page skipped.
                queued.callback(request.replace(dont_filter=True))
            if not keep_transferring:
                unsent += list(slot.transferring)
        for middleware in engine.downloader.middleware.middlewares:
            if hasattr(middleware, "cancel_waits"):
                middleware.cancel_waits()
        if stats is not None:
            for request in unsent:
                stats.inc_value("downloader/request_count", -1)
                stats.inc_value(f"downloader/request_method_count/{request.method}", -1)
            stats.inc_value("msqa/requests_dropped", len(unsent))
