"""``msqa export-warc``: the stored captures as a WARC 1.1 file (see docs/warc.md).

One ``warcinfo`` record first, then for every capture, in the order received, a ``request``
record and a ``response`` record naming each other (``WARC-Concurrent-To``). A capture whose
body is already in the file, or a 304 that confirmed an earlier capture, gets a ``revisit``
record (profile identical-payload-digest) in place of the response, so the payload is written
once.

What differs from the bytes on the wire: Scrapy decoded the bodies (chunked transfer, gzip)
before they were stored, so the payloads are decoded. The response headers are kept as
received, except that ``Content-Encoding`` and ``Transfer-Encoding`` are renamed
``X-Msqa-Orig-…``, and ``Content-Length`` is set to the payload's length (the received value
renamed likewise) where they disagree: the record's headers then describe its payload, and
nothing received is dropped.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib.metadata import version
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from sqlite_utils import Database
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from msqa_scraper import PROJECT_URL, __version__, outputs
from msqa_scraper.store.captures import CaptureRow, CaptureStore

WARC_VERSION = "WARC/1.1"
ORIGINAL = "X-Msqa-Orig-"
# Removed by Scrapy's HttpCompressionMiddleware and Twisted's HTTP client before storage.
DECODED_HEADERS = ("content-encoding", "transfer-encoding")

PAYLOAD_NOTE = (
    "Payloads are the bodies as Scrapy handed them over: transfer and content encodings "
    "(chunked, gzip, deflate, br) already removed. In response and revisit records the HTTP "
    "headers are as received, except that Content-Encoding and Transfer-Encoding are renamed "
    f"{ORIGINAL}Content-Encoding and {ORIGINAL}Transfer-Encoding, and Content-Length is the "
    f"payload's length wherever the received one differs (kept as {ORIGINAL}Content-Length). "
    "Request records are rebuilt from the request headers Scrapy recorded; the Host header "
    "comes from the URL. Status lines carry the standard reason phrase, not the server's."
)
REVISIT_NOTE = (
    "A body already in this file is a revisit record (identical-payload-digest) that refers to "
    "its first response record. A 304 Not Modified answer to a conditional request is a "
    "revisit record holding the 304's headers as received; its payload digest is that of the "
    "earlier capture the server confirmed unchanged, which it refers to."
)


class UnknownCrawlError(ValueError):
    """``--since`` names a crawl the archive does not have."""


@dataclass
class WarcSummary:
    captures: int = 0
    responses: int = 0
    revisits: int = 0
    crawls: list[int] = field(default_factory=list)
    payload_bytes: int = 0


@dataclass(frozen=True)
class _Written:
    """A response record in this file, for revisits to refer to."""

    uri: str
    date: str
    record_id: str
    digest: str


def export_warc(
    db: Database, out: BinaryIO, *, since: int | None = None, filename: str | None = None
) -> WarcSummary:
    """Write the captures of every crawl (or of crawl ``since`` and later) to ``out``."""
    try:
        crawls = CaptureStore(db).crawls_from(since)
    except KeyError:
        raise UnknownCrawlError(f"no crawl {since} in the archive") from None
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    fields = _warc_fields(_info_fields(db, crawls))
    info = writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(fields),
        length=len(fields),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Filename": filename} if filename else None,
    )
    writer.write_record(info)
    exporter = _Exporter(db, writer, info.rec_headers.get_header("WARC-Record-ID"))
    summary = WarcSummary(crawls=[int(c["id"]) for c in crawls])
    for capture in CaptureStore(db).captures(since):
        exporter.write(capture, summary)
    return summary


def digest(body: bytes) -> str:
    """``sha1:`` + base32, as warcio computes WARC-Payload-Digest."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


# -- warcinfo -------------------------------------------------------------------------------------


def _info_fields(db: Database, crawls: list[dict[str, Any]]) -> list[tuple[str, str]]:
    fields = [
        ("software", f"msqa-scraper/{__version__} (+{PROJECT_URL}); warcio/{version('warcio')}"),
        ("format", "WARC File Format 1.1"),
        (
            "conformsTo",
            "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        ),
        ("description", "Captures of the msqa archive: every response its crawls received."),
        ("robots", "obey"),
    ]
    fields += [("http-header-user-agent", agent) for agent in _user_agents(db, crawls)]
    for crawl in crawls:
        fields.append(
            (
                "crawl",
                f"{crawl['id']} {crawl['base_url'] or ''} started {crawl['started_at']} "
                f"finished {crawl['finished_at'] or '-'} {crawl['status']}",
            )
        )
    for text in CaptureStore(db).disclaimer_texts():
        fields.append(("disclaimer", " ".join(text.split())))
    fields += [("msqa-payloads", PAYLOAD_NOTE), ("msqa-revisits", REVISIT_NOTE)]
    return fields


def _user_agents(db: Database, crawls: list[dict[str, Any]]) -> list[str]:
    """The User-Agent the covered crawls sent, as recorded (the configured one if none)."""
    agents: dict[str, None] = {}  # in the order first sent
    if crawls:
        agents = dict.fromkeys(CaptureStore(db).user_agents(crawls[0]["id"]))
    if not agents:
        from msqa_scraper.settings import USER_AGENT

        return [USER_AGENT]
    return list(agents)


def _warc_fields(fields: list[tuple[str, str]]) -> bytes:
    # Field values are single lines: a line break would start a new field.
    return b"".join(
        f"{name}: {' '.join(str(value).split())}\r\n".encode() for name, value in fields
    )


# -- captures -------------------------------------------------------------------------------------


class _Exporter:
    def __init__(self, db: Database, writer: WARCWriter, warcinfo_id: str) -> None:
        self.db = db
        self.writer = writer
        self.warcinfo_id = warcinfo_id
        self.by_body: dict[str, _Written] = {}  # body sha256 → its first response record
        self.by_capture: dict[int, _Written] = {}  # capture id → its response record

    def write(self, capture: CaptureRow, summary: WarcSummary) -> None:
        request_id = _record_id()
        response_id = _record_id()
        self._write_request(capture, request_id, response_id)
        earlier = self._earlier(capture)
        if earlier is not None:
            self._write_revisit(capture, response_id, request_id, earlier)
            summary.revisits += 1
        else:
            body = self._body(capture.body_sha256)
            written = self._write_response(capture, response_id, request_id, body)
            if body:
                self.by_body.setdefault(capture.body_sha256, written)
            self.by_capture[capture.id] = written
            summary.responses += 1
            summary.payload_bytes += len(body)
        summary.captures += 1

    def _earlier(self, capture: CaptureRow) -> _Written | None:
        """The response this capture repeats: the one its 304 confirmed, or the same body."""
        if capture.status == 304 and capture.refers_to is not None:
            return self.by_capture.get(capture.refers_to) or self._outside(capture.refers_to)
        return self.by_body.get(capture.body_sha256)

    def _outside(self, capture_id: int) -> _Written | None:
        """A confirmed capture from before ``--since``: its URL, date and digest, no record."""
        try:
            row = CaptureStore(self.db).capture(capture_id)
        except KeyError:
            return None
        return _Written(row.url, row.fetched_at, "", digest(self._body(row.body_sha256)))

    def _body(self, sha256: str) -> bytes:
        return CaptureStore(self.db).body(sha256)

    def _headers(self, record_id: str, concurrent: str, date: str) -> dict[str, str]:
        return {
            "WARC-Record-ID": record_id,
            "WARC-Date": date,
            "WARC-Warcinfo-ID": self.warcinfo_id,
            "WARC-Concurrent-To": concurrent,
        }

    def _write_request(self, capture: CaptureRow, record_id: str, response_id: str) -> None:
        parts = urlsplit(capture.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = list(capture.request_headers)
        if not any(name.lower() == "host" for name, _ in headers):
            headers.insert(0, ("Host", parts.netloc))
        http = StatusAndHeaders(
            f"{capture.method} {target} {capture.protocol or 'HTTP/1.1'}",
            headers,
            is_http_request=True,
        )
        record = self.writer.create_warc_record(
            capture.url,
            "request",
            http_headers=http,
            warc_headers_dict=self._headers(record_id, response_id, capture.fetched_at),
        )
        self.writer.write_record(record)

    def _write_response(
        self, capture: CaptureRow, record_id: str, request_id: str, body: bytes
    ) -> _Written:
        payload_digest = digest(body)
        headers = self._headers(record_id, request_id, capture.fetched_at)
        headers["WARC-Payload-Digest"] = payload_digest
        record = self.writer.create_warc_record(
            capture.url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=_status(capture, body_headers(capture.response_headers, len(body))),
            warc_headers_dict=headers,
        )
        self.writer.write_record(record)
        return _Written(capture.url, capture.fetched_at, record_id, payload_digest)

    def _write_revisit(
        self, capture: CaptureRow, record_id: str, request_id: str, earlier: _Written
    ) -> None:
        headers = self._headers(record_id, request_id, capture.fetched_at)
        if earlier.record_id:
            headers["WARC-Refers-To"] = earlier.record_id
        if capture.status == 304:
            http_headers = list(capture.response_headers)  # no payload: nothing was decoded
        else:
            size = CaptureStore(self.db).body_size(capture.body_sha256)
            http_headers = body_headers(capture.response_headers, size)
        record = self.writer.create_revisit_record(
            capture.url,
            earlier.digest,
            earlier.uri,
            earlier.date,
            http_headers=_status(capture, http_headers),
            warc_headers_dict=headers,
        )
        self.writer.write_record(record)


def body_headers(headers: list[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    """Response headers that describe the decoded payload; replaced values are kept renamed."""
    out: list[tuple[str, str]] = []
    decoded = False
    for name, value in headers:
        lower = name.lower()
        if lower in DECODED_HEADERS:
            out.append((ORIGINAL + name, value))
            decoded = True
        elif lower == "content-length" and value.strip() != str(size):
            out += [(ORIGINAL + name, value), (name, str(size))]
        else:
            out.append((name, value))
    if decoded and not any(name.lower() == "content-length" for name, _ in out):
        out.append(("Content-Length", str(size)))
    return out


def _status(capture: CaptureRow, headers: list[tuple[str, str]]) -> StatusAndHeaders:
    try:
        reason = HTTPStatus(capture.status).phrase
    except ValueError:
        reason = ""
    status = f"{capture.status} {reason}".strip()
    return StatusAndHeaders(status, headers, protocol=capture.protocol or "HTTP/1.1")


def _record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def write_file(
    db: Database,
    path: Path,
    *,
    since: int | None = None,
    protect: Iterable[str | Path] = (),
    force: bool = False,
) -> WarcSummary:
    """Export to ``path`` under ``outputs.writing``'s rules (never the archive ``protect``,
    never a half-written WARC, links and FIFOs written through)."""
    with outputs.writing(path, "wb", protect=protect, force=force) as out:
        return export_warc(db, out, since=since, filename=Path(path).name)
