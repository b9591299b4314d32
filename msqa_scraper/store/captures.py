"""Raw captures: every response the crawler received, kept so data can be re-derived offline.

A capture row holds the URL, time, status and headers; its body lives in ``bodies``, stored
once per SHA-256 of its content and zlib-compressed, so recrawls of an unchanged blog add rows
of a few hundred bytes and no new bodies.

What differs from the bytes on the wire: Scrapy hands over bodies after removing the transfer
and content encodings (chunked, gzip), so ``bodies`` holds the decoded payload, and the stored
headers still name the encodings that were removed. ``export-warc`` says so in its warcinfo.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from msqa_scraper.store.clock import utc_now
from msqa_scraper.store.transactions import writing

migrations = Migrations("msqa_scraper.store.captures")

Headers = Sequence[tuple[str, str]]
Packed = tuple[str, bytes]  # (compression, data) as stored in ``bodies``


def unpack(packed: Packed) -> bytes:
    compression, data = packed
    return zlib.decompress(data) if compression == "zlib" else bytes(data)


@migrations()
def m001_captures(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE bodies (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            stored_size INTEGER NOT NULL,
            compression TEXT NOT NULL CHECK (compression IN ('zlib', 'none')),
            data BLOB NOT NULL,
            first_seen TEXT NOT NULL
        );
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawls(id),
            fetched_at TEXT NOT NULL,
            method TEXT NOT NULL,
            url TEXT NOT NULL,
            status INTEGER NOT NULL,
            protocol TEXT,
            request_headers TEXT NOT NULL DEFAULT '[]',
            response_headers TEXT NOT NULL DEFAULT '[]',
            body_sha256 TEXT NOT NULL REFERENCES bodies(sha256),
            body_size INTEGER NOT NULL,
            kind TEXT,
            -- A 304 answer to a conditional request: the capture whose body it confirmed.
            refers_to INTEGER REFERENCES captures(id)
        );
        CREATE INDEX captures_crawl_id ON captures(crawl_id);
        CREATE INDEX captures_url ON captures(url);
        CREATE INDEX captures_body ON captures(body_sha256);
        ALTER TABLE post_versions ADD COLUMN capture_id INTEGER REFERENCES captures(id);
        """
    )


@migrations(name="010_capture_charset")
def m010_capture_charset(db: Database) -> None:
    # The charset the page was decoded with (HTTP header, else meta charset, else a sniff), so
    # a rebuild reads the text as the crawl did. NULL: not a text response, or captured before.
    db.execute("ALTER TABLE captures ADD COLUMN charset TEXT")


def migrate(db: Database) -> None:
    migrations.apply(db)


@dataclass
class CaptureRow:
    id: int
    crawl_id: int | None
    fetched_at: str
    method: str
    url: str
    status: int
    protocol: str | None
    request_headers: list[tuple[str, str]]
    response_headers: list[tuple[str, str]]
    body_sha256: str
    body_size: int
    kind: str | None
    refers_to: int | None
    charset: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> CaptureRow:
        row = dict(row)
        return cls(
            **{
                **row,
                "request_headers": [tuple(h) for h in json.loads(row["request_headers"])],
                "response_headers": [tuple(h) for h in json.loads(row["response_headers"])],
            }
        )


class CaptureStore:
    """Writes and reads captures on an open archive database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        *,
        crawl_id: int | None,
        method: str,
        url: str,
        status: int,
        request_headers: Headers,
        response_headers: Headers,
        body: bytes,
        protocol: str | None = None,
        kind: str | None = None,
        fetched_at: str | None = None,
        refers_to: int | None = None,
        charset: str | None = None,
    ) -> int:
        digest = hashlib.sha256(body).hexdigest()
        now = fetched_at or utc_now()
        with writing(self.db):
            known = self.db.execute("SELECT 1 FROM bodies WHERE sha256 = ?", [digest]).fetchone()
            if not known:
                packed = zlib.compress(body, 6)
                self.db.execute(
                    "INSERT INTO bodies (sha256, size, stored_size, compression, data, first_seen)"
                    " VALUES (?, ?, ?, 'zlib', ?, ?)",
                    [digest, len(body), len(packed), packed, now],
                )
            cursor = self.db.execute(
                "INSERT INTO captures (crawl_id, fetched_at, method, url, status, protocol,"
                " request_headers, response_headers, body_sha256, body_size, kind, refers_to,"
                " charset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    crawl_id,
                    now,
                    method,
                    url,
                    status,
                    protocol,
                    json.dumps([list(h) for h in request_headers]),
                    json.dumps([list(h) for h in response_headers]),
                    digest,
                    len(body),
                    kind,
                    refers_to,
                    charset,
                ],
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def packed(self, sha256: str) -> Packed:
        """A body as stored: (compression, data). ``KeyError`` when it is missing."""
        row = self.db.execute(
            "SELECT compression, data FROM bodies WHERE sha256 = ?", [sha256]
        ).fetchone()
        if row is None:
            raise KeyError(sha256)
        return row[0], row[1]

    def body(self, sha256: str) -> bytes:
        return unpack(self.packed(sha256))

    def captures(self, since_crawl: int | None = None) -> Iterator[CaptureRow]:
        """Captures in the order they were made, optionally from crawl ``since_crawl`` on."""
        where, params = ("WHERE crawl_id >= ?", [since_crawl]) if since_crawl else ("", [])
        for row in self.db.query(f"SELECT * FROM captures {where} ORDER BY id", params):
            yield CaptureRow.from_row(row)

    def capture(self, capture_id: int) -> CaptureRow:
        row = next(iter(self.db.query("SELECT * FROM captures WHERE id = ?", [capture_id])), None)
        if row is None:
            raise KeyError(capture_id)
        return CaptureRow.from_row(row)

    def latest_ok(self, url: str) -> CaptureRow | None:
        """The newest 200 capture of ``url`` with a body, to revalidate or to stand in for a 304."""
        row = next(
            iter(
                self.db.query(
                    "SELECT * FROM captures WHERE url = ? AND status = 200"
                    " ORDER BY id DESC LIMIT 1",
                    [url],
                )
            ),
            None,
        )
        return CaptureRow.from_row(row) if row else None

    def stored_body_bytes(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(stored_size), 0) FROM bodies").fetchone()[0]

    def crawls_from(self, since: int | None) -> list[dict[str, Any]]:
        """The crawls whose captures an export covers: all, or crawl ``since`` and later.
        ``KeyError`` when there is no crawl ``since``."""
        known = "SELECT 1 FROM crawls WHERE id = ?"
        if since is not None and self.db.execute(known, [since]).fetchone() is None:
            raise KeyError(since)
        return list(self.db.query("SELECT * FROM crawls WHERE id >= ? ORDER BY id", [since or 0]))

    def disclaimer_texts(self) -> list[str]:
        return [text for (text,) in self.db.execute("SELECT text FROM disclaimers ORDER BY id")]

    def body_size(self, sha256: str) -> int:
        """A stored body's size before compression."""
        row = self.db.execute("SELECT size FROM bodies WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise KeyError(sha256)
        return int(row[0])

    def replay_rows(
        self, crawl_id: int
    ) -> Iterator[tuple[int, str, int, str | None, str, str, str | None]]:
        """One crawl's captures as its spider received them, in order: (id, url, status, kind,
        fetched_at, body sha256, charset). A revalidated 304 reached the spider as the page it
        confirmed, with status 200 and that page's charset."""
        rows = self.db.execute(
            "SELECT c.id, c.url, c.status, c.kind, c.fetched_at, c.body_sha256, c.refers_to,"
            " r.body_sha256, coalesce(r.charset, c.charset)"
            " FROM captures c LEFT JOIN captures r ON r.id = c.refers_to"
            " WHERE c.crawl_id = ? ORDER BY c.id",
            [crawl_id],
        )
        for cid, url, status, kind, fetched_at, sha256, refers_to, referred, charset in rows:
            if status == 304 and refers_to is not None and referred is not None:
                status, sha256 = 200, referred
            yield cid, url, status, kind, fetched_at, sha256, charset

    def user_agents(self, since_crawl: int) -> list[str]:
        """The User-Agent headers sent from crawl ``since_crawl`` on, in the order first sent."""
        rows = self.db.execute(
            "SELECT json_extract(h.value, '$[1]') FROM captures c, json_each(c.request_headers) h"
            " WHERE c.crawl_id >= ? AND lower(json_extract(h.value, '$[0]')) = 'user-agent'"
            " ORDER BY c.id",
            [since_crawl],
        )
        return list({agent: None for (agent,) in rows if agent})

    def copy_to(self, target: Database) -> None:
        """Every body and capture into ``target`` (an archive with no captures yet), ids kept."""
        for table, columns, order in (
            ("bodies", _BODY_COLUMNS, ""),
            ("captures", _CAPTURE_COLUMNS, " ORDER BY id"),
        ):
            marks = ", ".join("?" * len(columns.split(",")))
            target.conn.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                self.db.execute(f"SELECT {columns} FROM {table}{order}"),
            )


_CAPTURE_COLUMNS = (
    "id, crawl_id, fetched_at, method, url, status, protocol, request_headers, "
    "response_headers, body_sha256, body_size, kind, refers_to, charset"
)
_BODY_COLUMNS = "sha256, size, stored_size, compression, data, first_seen"
