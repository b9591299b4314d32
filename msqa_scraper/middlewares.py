"""Downloader middlewares."""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.defer import CancelledError, Deferred
from twisted.internet.task import deferLater

from msqa_scraper.errors import OffOrigin, WriteFailed, is_write_failure
from msqa_scraper.extract import BlogUrls
from msqa_scraper.signals import backoff_wait
from msqa_scraper.store import Archive
from msqa_scraper.store.captures import CaptureStore
from msqa_scraper.store.clock import utc_now

logger = logging.getLogger(__name__)

CAPTURE_ID = "msqa_capture_id"
FETCHED_AT = "msqa_fetched_at"
# Set to False in a request's meta to fetch it unconditionally (a retry of a broken body).
REVALIDATE = "msqa_revalidate"
_BASIS = "msqa_revalidation_basis"


def stop_on_write_failure(crawler: Crawler, exc: BaseException) -> None:
    """Record why, say it in one line, and stop the crawl: no more fetching."""
    stats = crawler.stats
    assert stats is not None
    if stats.get_value("msqa/write_error"):
        return
    message = f"{type(exc).__name__}: {exc}"
    stats.set_value("msqa/write_error", message)
    policy = getattr(crawler.spider, "policy", None)
    if policy is not None:
        policy.write_failed(message)
    logger.error("The archive cannot be written (%s): stopping the crawl", message)
    if crawler.engine is not None and crawler.spider is not None:
        deferred_from_coro(crawler.engine.close_spider_async(reason="write_failed"))


class OriginMiddleware:
    """Refuse every request outside the blog's origin (scheme, host and port), redirects
    included: nothing from another origin is fetched or stored. Scrapy's own offsite check
    compares host names only."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._origin: tuple[str, str, int | None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not _is_http(request):
            return
        if self._origin is None:
            urls: BlogUrls | None = getattr(self.crawler.spider, "urls", None)
            if urls is None:
                return
            self._origin = origin_of(urls.base_url)
        if origin_of(request.url) != self._origin:
            self.crawler.stats.inc_value("msqa/off_origin_refused")
            scheme, host, port = self._origin
            raise OffOrigin(f"{request.url} is not on the blog's origin {scheme}://{host}:{port}")


def origin_of(url: str) -> tuple[str, str, int | None]:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port or default
    except ValueError:
        port = -1
    return parts.scheme, (parts.hostname or "").removeprefix("www."), port


class CaptureResponsesMiddleware:
    """Keep every response (posts, listings, feed, sitemap, robots.txt, error pages) as received,
    and revalidate pages the archive already holds.

    It sits just after HTTP decompression and before retries and redirects, so it sees each
    attempt's response, error pages included, with a decoded body. The capture id goes into the
    request's meta, where the spider finds it to link a post version to its capture.

    When the archive has a 200 capture of the URL carrying an ``ETag`` or ``Last-Modified``, the
    request asks ``If-None-Match`` / ``If-Modified-Since``; a 304 is captured as such and the
    spider gets the stored page, so an unchanged page costs the site no body.
    """

    def __init__(self, crawler: Crawler, db_path: str, revalidate: bool) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.revalidate = revalidate
        self.archive: Archive | None = None
        self._store: CaptureStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        db_path = settings.get("MSQA_DB") or ""
        if not db_path or not settings.getbool("MSQA_CAPTURE", True):
            raise NotConfigured("captures are off (no MSQA_DB, or MSQA_CAPTURE=False)")
        middleware = cls(crawler, db_path, settings.getbool("MSQA_REVALIDATE", True))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    @property
    def store(self) -> CaptureStore:
        if self._store is None:
            self.archive = Archive.open(self.db_path)
            self.archive.limit_size(self.crawler.settings.getint("MSQA_DB_MAX_BYTES", 0))
            self._store = CaptureStore(self.archive.db)
        return self._store

    def process_request(self, request: Request) -> None:
        if not self.revalidate or not _is_http(request) or not request.meta.get(REVALIDATE, True):
            return
        basis = self.store.latest_ok(request.url)
        if basis is None:
            return
        headers = dict((name.lower(), value) for name, value in basis.response_headers)
        if "etag" in headers:
            request.headers["If-None-Match"] = headers["etag"]
        if "last-modified" in headers:
            request.headers["If-Modified-Since"] = headers["last-modified"]
        if "etag" in headers or "last-modified" in headers:
            request.meta[_BASIS] = basis.id

    def process_response(self, request: Request, response: Response) -> Response:
        if not _is_http(request):
            return response  # the spider's own data: hand-off requests
        stats = self.crawler.stats
        crawl_id = self.crawler.settings.getint("MSQA_CRAWL_ID") or stats.get_value("msqa/crawl_id")
        basis = request.meta.get(_BASIS) if response.status == 304 else None
        request.meta[FETCHED_AT] = fetched_at = utc_now()
        try:
            request.meta[CAPTURE_ID] = self._add(request, response, crawl_id, fetched_at, basis)
        except Exception as exc:
            if not is_write_failure(exc):
                raise
            stop_on_write_failure(self.crawler, exc)
            raise WriteFailed(f"capture of {response.url} not stored") from None
        stats.inc_value("msqa/captures")
        if basis is None:
            return response
        stats.inc_value("msqa/not_modified")
        stored = self.store.capture(basis)
        body = self.store.body(stored.body_sha256)
        # The stored page's own class and charset: a 304 carries no Content-Type, and
        # ``replace`` would keep the charset guessed for its empty body.
        cls = responsetypes.from_args(headers=stored.response_headers, url=response.url, body=body)
        charset = {"encoding": stored.charset} if issubclass(cls, TextResponse) else {}
        return cls(
            url=response.url,
            status=200,
            headers=stored.response_headers,
            body=body,
            flags=[*response.flags, "revalidated"],
            request=response.request,
            certificate=response.certificate,
            ip_address=response.ip_address,
            protocol=response.protocol,
            **charset,
        )

    def _add(
        self, request: Request, response: Response, crawl_id: int | None, fetched_at: str, basis
    ) -> int:
        return self.store.add(
            fetched_at=fetched_at,
            crawl_id=crawl_id,
            method=request.method,
            url=response.url,
            status=response.status,
            protocol=response.protocol,
            request_headers=_pairs(request.headers),
            response_headers=_pairs(response.headers),
            body=response.body,
            kind=request.meta.get("msqa_kind"),
            refers_to=basis,
            charset=response.encoding if isinstance(response, TextResponse) else None,
        )

    def spider_closed(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = self._store = None


def _is_http(request: Request) -> bool:
    return request.url.startswith(("http://", "https://"))


def _pairs(headers) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but waiting before each one: ``Retry-After`` when the server sends it
    (429, 503), else exponential back-off (``RETRY_BACKOFF_BASE`` · 2^(attempt-1) seconds, with
    jitter), never longer than ``RETRY_BACKOFF_MAX``. Scrapy itself retries at once, which
    hammers a struggling server.
    """

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self._waits: set[Deferred[None]] = set()

    async def process_response(self, request: Request, response: Response):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            why = f"{response.status} from {request.url}"
            if not await self._wait(request, response.headers.get(b"Retry-After"), why):
                return response  # the crawl is stopping: this attempt's answer stands
        return result

    async def process_exception(self, request: Request, exception: Exception):
        result = super().process_exception(request, exception)
        why = f"{type(exception).__name__} on {request.url}"
        if isinstance(result, Request) and not await self._wait(request, None, why):
            return None  # the crawl is stopping: the exception stands
        return result

    def cancel_waits(self) -> None:
        """End every back-off now (the crawl was interrupted)."""
        for waiting in list(self._waits):
            waiting.cancel()

    async def _wait(self, request: Request, retry_after: bytes | None, why: str = "") -> bool:
        """Sleep before a retry; False when the wait was cancelled."""
        attempt = request.meta.get("retry_times", 0) + 1
        delay = retry_after_seconds(retry_after)
        if delay is None:
            delay = self.base * 2 ** (attempt - 1) * (0.5 + random.random() / 2)
        delay = min(delay, self.cap)
        if delay > 0:
            logger.debug("Waiting %.1fs before retrying %s", delay, request.url)
            if crawler := getattr(self, "crawler", None):
                crawler.signals.send_catch_log(backoff_wait, delay=delay, why=why)
            waiting = deferLater(reactor, delay, lambda: None)
            self._waits.add(waiting)
            try:
                await maybe_deferred_to_future(waiting)
            except CancelledError:
                return False
            finally:
                self._waits.discard(waiting)
        return True


def retry_after_seconds(value: bytes | None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; None when absent or garbled."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
