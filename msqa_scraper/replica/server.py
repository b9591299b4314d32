"""The replica over real HTTP on loopback: a threaded server with caching headers, conditional
requests, fault injection and a request log."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from msqa_scraper.replica import hostile as _hostile
from msqa_scraper.replica.clock import http_date
from msqa_scraper.replica.config import BLOG_PATH, SiteConfig, check_drift
from msqa_scraper.replica.faults import FaultConfig, FaultInjector
from msqa_scraper.replica.feeds import ROBOTS_DISALLOW, robots_disallows
from msqa_scraper.replica.hostile import Hostility, hostile_slugs
from msqa_scraper.replica.model import Site
from msqa_scraper.replica.pages import ERROR_PAGE, THROTTLE_PAGE
from msqa_scraper.replica.rounds import build_site
from msqa_scraper.replica.routes import HTML, Response, fill_addresses, render
from msqa_scraper.replica.truth import truth

_HOST_HEADER = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")
_CACHE_SIZE = 512


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""
    # Idle keep-alive connections are dropped after this many seconds.
    timeout = 15

    def do_GET(self) -> None:
        self.server.replica._handle(self, head=False)  # type: ignore[attr-defined]

    def do_HEAD(self) -> None:
        self.server.replica._handle(self, head=True)  # type: ignore[attr-defined]

    # Other methods are refused, but still logged like any request.
    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests go to the replica's own log instead of stderr."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class ReplicaServer:
    """Serve ``config``'s site on ``host:port`` (port 0 picks a free one) until stopped.

    Use as a context manager. Links render for the Host header the client sent (or the bound
    address). ``requests`` holds one dict per request; ``request_log`` also gets them as JSON
    lines.
    """

    def __init__(
        self,
        config: SiteConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        etag: bool = True,
        faults: FaultConfig | None = None,
        request_log: str | Path | None = None,
        hostility: Hostility | None = None,
    ) -> None:
        self.config = config or SiteConfig()
        self.hostility = hostility or Hostility()
        self.etag = etag
        self.faults = FaultInjector(faults or FaultConfig(), self.config.seed)
        self.requests: list[dict] = []
        self._site = build_site(self.config)
        self._drift = self.config.drift
        self._bind = (host, port)
        self._log_path = Path(request_log) if request_log else None
        self._log_file: IO[str] | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[int, str, str, str | None], tuple[Response, str]] = (
            OrderedDict()
        )
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> ReplicaServer:
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer(self._bind, _Handler)
        self._httpd.replica = self  # type: ignore[attr-defined]
        if self._log_path is not None:
            self._log_file = self._log_path.open("a", encoding="utf-8")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None
        self._httpd = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- addresses and state ------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._bind[0]

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def blog_url(self) -> str:
        return self.base_url + BLOG_PATH

    @property
    def site(self) -> Site:
        return self._site

    @property
    def round(self) -> int:
        return self._site.round

    def set_round(self, round_: int) -> None:
        """Switch to round ``round_`` (rebuilt deterministically from round 0)."""
        site = build_site(self.config, round_)
        with self._lock:
            self._site = site
            self._cache.clear()

    @property
    def drift(self) -> str | None:
        return self._drift

    def set_drift(self, mode: str | None) -> None:
        """Template drift from the next request on: ``"renamed-post-class"`` writes every post
        block as ``div#post-<id>.wsite-blog-post-item`` (no ``.blog-post``); ``"renamed-content"``
        keeps the blocks but writes ``div.blog-entry-body`` for ``div.blog-content`` and the
        signature as prose; None restores Weebly's markup. Synthetic (never seen on the live
        site): drift changes markup only, never the content or the ground truth's posts."""
        check_drift(mode)
        with self._lock:
            self._drift = mode
            self._cache.clear()

    def set_hostility(self, hostility: Hostility | None) -> None:
        """A hostile copy of the site from the next request on (``replica/hostile.py``)."""
        with self._lock:
            self.hostility = hostility or Hostility()

    def hostile_slugs(self) -> dict[str, list[str]]:
        """The posts each redirecting or long-URL knob hits."""
        return hostile_slugs(self._site, self.hostility)

    def truth(self) -> dict:
        data = truth(self._site, self.blog_url)
        data["drift"] = self._drift
        return data

    def disallowed_requests(self) -> list[dict]:
        """Logged requests whose path robots.txt disallows for ``User-agent: *`` (Weebly's own
        ``/ajax/`` and ``/apps/`` plus ``SiteConfig.robots_disallow``)."""
        rules = (*ROBOTS_DISALLOW, *self.config.robots_disallow, *self.hostility.robots_disallow)
        with self._lock:
            return [r for r in self.requests if robots_disallows(r["path"], rules)]

    def reset_faults(self) -> None:
        self.faults.reset()

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    # --- serving ------------------------------------------------------------------------------

    def _render(self, site: Site, host: str, path: str) -> tuple[Response, str]:
        drift = self._drift
        key = (site.round, host, path, drift)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        response = render(site, host, path, drift)
        entry = (response, '"' + hashlib.sha1(response.body).hexdigest()[:24] + '"')
        with self._lock:
            self._cache[key] = entry
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return entry

    def _handle(self, handler: BaseHTTPRequestHandler, head: bool) -> None:
        target = handler.path
        path = unquote(urlsplit(target).path) or "/"
        sent_host = handler.headers.get("Host", "")
        host = sent_host if _HOST_HEADER.fullmatch(sent_host) else f"{self.host}:{self.port}"
        site = self._site
        hostility = self.hostility
        fault = self.faults.decide(path)
        exchange = _Exchange(
            handler,
            self._log,
            {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "method": handler.command,
                "path": target,
                "status": None,
                "bytes": 0,
                "user_agent": handler.headers.get("User-Agent"),
                "if_none_match": handler.headers.get("If-None-Match"),
                "if_modified_since": handler.headers.get("If-Modified-Since"),
                "fault": fault,
                "round": site.round,
            },
            head,
        )
        try:
            if handler.command not in ("GET", "HEAD"):
                # A request body we do not read would poison a kept-alive connection.
                handler.close_connection = True
                exchange.send(405, b"", HTML, [("Allow", "GET, HEAD")])
            elif fault == "stall" and self._stopping.wait(self.faults.config.stall_seconds):
                handler.close_connection = True
            elif fault == "500":
                exchange.send(500, ERROR_PAGE.encode(), HTML)
            elif fault == "429":
                exchange.send(429, THROTTLE_PAGE.encode(), HTML, [("Retry-After", "1")])
            elif (
                hostility.active
                and (
                    swapped := _hostile.before(hostility, site, host, path, urlsplit(target).query)
                )
                is not None
            ):
                self._send_page(exchange, site, swapped, "")
            else:
                response, etag = self._render(site, host, _hostile.page_for(hostility, site, path))
                if hostility.active:
                    response = _hostile.after(hostility, site, host, path, response)
                    etag = '"' + hashlib.sha1(response.body).hexdigest()[:24] + '"'
                filled = fill_addresses(site, response)
                if filled is not response:
                    # Cloudflare drops a rewritten page's validators: every fetch is whole.
                    response, etag = filled, ""
                if fault == "truncate":
                    exchange.send_truncated(response)
                else:
                    self._send_page(exchange, site, response, etag)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            handler.close_connection = True
        finally:
            exchange.commit()

    def _send_page(self, exchange: _Exchange, site: Site, response: Response, etag: str) -> None:
        extra: list[tuple[str, str]] = []
        if response.location:
            extra.append(("Location", response.location))
        if response.status == 200 and self.etag and etag:
            extra += [("ETag", etag), ("Last-Modified", http_date(site.published))]
            if self._not_modified(exchange.record, etag, site):
                exchange.send(304, b"", response.content_type, extra, body_allowed=False)
                return
        exchange.send(response.status, response.body, response.content_type, extra)

    @staticmethod
    def _not_modified(record: dict[str, Any], etag: str, site: Site) -> bool:
        match = record["if_none_match"]
        if match is not None:
            tags = {t.strip().removeprefix("W/") for t in match.split(",")}
            return "*" in tags or etag in tags
        since = record["if_modified_since"]
        if since is None:
            return False
        try:
            moment = parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return site.published.replace(microsecond=0) <= moment

    def _log(self, record: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(record)
            if self._log_file is not None:
                self._log_file.write(json.dumps(record) + "\n")
                self._log_file.flush()


class _Exchange:
    """One request/response. The log record is committed just before the headers go out, so a
    client that has its response can rely on the request being in the log."""

    def __init__(
        self,
        handler: BaseHTTPRequestHandler,
        log: Callable[[dict[str, Any]], None],
        record: dict[str, Any],
        head: bool,
    ) -> None:
        self.handler = handler
        self.record = record
        self.head = head
        self._log = log
        self._committed = False

    def commit(self) -> None:
        if not self._committed:
            self._committed = True
            self._log(self.record)

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        extra: list[tuple[str, str]] | None = None,
        body_allowed: bool = True,
    ) -> None:
        handler = self.handler
        handler.send_response(status)
        if body_allowed:
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
        for name, value in extra or []:
            handler.send_header(name, value)
        self.record["status"] = status
        self.record["bytes"] = 0 if self.head else len(body)
        self.commit()
        handler.end_headers()
        if body_allowed and not self.head:
            handler.wfile.write(body)

    def send_truncated(self, response: Response) -> None:
        """Status 200 without Content-Length, half the body, then the connection closes: the
        client cannot tell from the framing that the page is cut."""
        handler = self.handler
        half = response.body[: len(response.body) // 2]
        handler.send_response(200)
        handler.send_header("Content-Type", response.content_type)
        handler.send_header("Connection", "close")
        self.record["status"] = 200
        self.record["bytes"] = len(half)
        self.commit()
        handler.end_headers()
        handler.wfile.write(half)
        handler.wfile.flush()
        handler.close_connection = True
