"""The archive: every write the crawler makes goes through ``Archive``.

Rules the methods keep:

- A post and everything hanging off it (version, event, experts, categories, links, disclaimer)
  is written inside one ``db.atomic()``: it is all there or none of it is.
- Nothing captured is overwritten: ``posts`` shows the latest version, ``post_versions`` keeps
  every distinct one, ``post_events`` says when and why each appeared.
- A post is marked removed only when its own URL answered 404 or 410 (``remove_post``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from sqlite_utils import Database

from msqa_scraper import __version__
from msqa_scraper.store import hashing, schema, therapies
from msqa_scraper.store.capture import Capture, fields_from_version, item_value
from msqa_scraper.store.clock import to_utc, utc_now
from msqa_scraper.store.schema import CRAWL_COUNT_COLUMNS, ArchiveError
from msqa_scraper.store.transactions import writing

logger = logging.getLogger(__name__)

StoreResult = Literal["new", "changed", "unchanged", "revived"]
TouchResult = Literal["changed", "unchanged", "revived"]
FinalStatus = Literal["complete", "partial", "failed"]


# What storing a capture needs of the post's row (not its answer and HTML, the bulk of it).
_CURRENT = "SELECT id, version, full_hash, removed_at FROM posts WHERE id = ?"


class UnknownPostError(ArchiveError, KeyError):
    """``touch_post`` was asked about a post the archive has never stored."""


class Archive:
    """An archive database: open with ``Archive.open(path)``, which runs pending migrations."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._private = False
        # Rows this connection wrote, remembered while it is the file's only writer (a
        # rebuild's scratch file): sha256 -> (id, last_seen), slug -> (id, name).
        self._disclaimers: dict[str, tuple[int, str]] = {}
        self._categories: dict[str, tuple[int, str]] = {}

    def keep_private(self) -> None:
        """Declare this connection the file's only one (a rebuild's scratch file): no write
        lock to take before each post, and disclaimer and category rows are remembered instead
        of read back. Never for a live archive, which a crawl and the CLI share."""
        self._private = True

    @classmethod
    def open(cls, path: str | Path) -> Self:
        db = schema.connect(path)
        try:
            schema.migrate(db)
        except Exception:
            db.close()
            raise
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Crawls

    def begin_crawl(self, base_url: str | None, spider: str | None) -> int:
        cursor = self.db.execute(
            "INSERT INTO crawls (started_at, status, base_url, spider, software) "
            "VALUES (?, 'running', ?, ?, ?)",
            [utc_now(), base_url, spider, f"msqa-scraper {__version__}"],
        )
        crawl_id = cursor.lastrowid
        assert crawl_id is not None
        return crawl_id

    def record_bounds(self, crawl_id: int, bounds: str) -> None:
        """Record the crawl policy's bounds a running crawl uses (``Bounds.to_record()``)."""
        with self._writing():
            self._running_crawl(crawl_id)
            self.db.execute("UPDATE crawls SET bounds = ? WHERE id = ?", [bounds, crawl_id])

    def bound_site(self) -> str | None:
        """The blog this archive holds: the base URL of the first crawl that archived a post
        (None while it holds none). One archive per blog."""
        row = self.db.execute(
            "SELECT base_url FROM crawls WHERE id = (SELECT min(first_crawl_id) FROM posts)"
        ).fetchone()
        return row[0] if row else None

    def get_crawl(self, crawl_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM crawls WHERE id = ?", [crawl_id])

    def finish_crawl(
        self,
        crawl_id: int,
        status: FinalStatus,
        counts: Mapping[str, int] | None = None,
        reason: str | None = None,
        at: str | None = None,
        date_order: str | None = None,
        date_order_source: str | None = None,
    ) -> None:
        """Close a running crawl with its final status and counts (columns of ``crawls``).

        ``at`` (default: now) lets ``msqa rebuild`` replay a crawl with its recorded times.
        ``date_order`` (``MDY``/``DMY``) is the day/month order the crawl read dates in, and
        ``date_order_source`` why (``setting``, ``evidence``); None leaves what is recorded.
        """
        if status not in ("complete", "partial", "failed"):
            raise ValueError(f"a crawl cannot finish as {status!r}")
        counts = dict(counts or {})
        unknown = set(counts) - set(CRAWL_COUNT_COLUMNS)
        if unknown:
            raise ValueError(f"unknown crawl counts: {', '.join(sorted(unknown))}")
        assignments = ", ".join(f"{name} = :{name}" for name in counts)
        with self._writing():
            crawl = self._running_crawl(crawl_id)
            self.db.execute(
                "UPDATE crawls SET finished_at = :finished_at, status = :status, reason = :reason"
                ", date_order = coalesce(:date_order, date_order)"
                ", date_order_source = coalesce(:date_order_source, date_order_source)"
                + (f", {assignments}" if assignments else "")
                + " WHERE id = :id",
                {
                    **{k: int(v or 0) for k, v in counts.items()},
                    "finished_at": at or utc_now(),
                    "status": status,
                    "reason": reason,
                    "date_order": date_order,
                    "date_order_source": date_order_source,
                    "id": crawl["id"],
                },
            )

    def abandon_running_crawls(self) -> list[int]:
        """Mark crawls still ``running`` as failed: call only while holding the crawl lock,
        when no crawl can be running, so these are runs whose process died (kill -9, power)."""
        with self._writing():
            stale = [
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM crawls WHERE status = 'running' ORDER BY id"
                ).fetchall()
            ]
            for crawl_id in stale:
                self.db.execute(
                    "UPDATE crawls SET status = 'failed', finished_at = ?, reason = ? WHERE id = ?",
                    [
                        utc_now(),
                        "interrupted: the crawl process stopped before finishing",
                        crawl_id,
                    ],
                )
        return stale

    def regressions(self, item: Any) -> list[str]:
        """Fields a capture would empty that the archive's latest version has.

        A page that suddenly has no answer, question or expert is far more often a broken
        page or a changed template than an edit; such a capture is not stored over good data.
        """
        current = self._one(
            "SELECT question, answer, (SELECT experts FROM post_versions v WHERE v.post_id = p.id"
            " AND v.version = p.version) AS experts FROM posts p WHERE id = ?",
            [str(item_value(item, "id"))],
        )
        if current is None:
            return []
        lost = [
            name
            for name in ("question", "answer")
            if (current[name] or "").strip() and not (item_value(item, name) or "").strip()
        ]
        if json.loads(current["experts"] or "[]") and not item_value(item, "experts"):
            lost.append("experts")
        return lost

    def seen_in_crawl(self, crawl_id: int) -> set[str]:
        rows = self.db.execute("SELECT id FROM posts WHERE last_crawl_id = ?", [crawl_id])
        return {row[0] for row in rows}

    def mark_removed(self, crawl_id: int, seen_ids: Iterable[str], at: str | None = None) -> int:
        """Mark live posts that a complete crawl did not see as removed; returns how many.

        Posts the archive recorded under this crawl count as seen even if the caller forgot
        them. A crawl that saw nothing proves nothing, so it removes nothing. ``at`` (default:
        now) is the removal time, for ``msqa rebuild``.
        """
        now = at or utc_now()
        removed = 0
        with self._writing():
            crawl = self.get_crawl(crawl_id)
            if crawl is None:
                raise ArchiveError(f"no crawl {crawl_id}")
            if crawl["status"] in ("partial", "failed"):
                raise ArchiveError(
                    f"crawl {crawl_id} is {crawl['status']}: only a complete crawl can show "
                    "that a post was removed"
                )
            seen = {str(post_id) for post_id in seen_ids} | self.seen_in_crawl(crawl_id)
            if not seen:
                logger.warning("Crawl %s saw no posts; not marking any post removed", crawl_id)
                return 0
            live = self.db.execute(
                "SELECT id, version FROM posts WHERE removed_at IS NULL"
            ).fetchall()
            for post_id, version in live:
                if post_id in seen:
                    continue
                self.db.execute("UPDATE posts SET removed_at = ? WHERE id = ?", [now, post_id])
                self._event(post_id, crawl_id, now, "removed", version)
                removed += 1
        return removed

    # Posts

    def store_post(self, item: Any, crawl_id: int | None = None) -> StoreResult:
        """Archive one captured post page (a ``PostItem`` or anything with its fields).

        ``crawl_id`` defaults to ``item.crawl_id``. Returns what the capture was to the archive.
        """
        capture = Capture.from_item(item)
        crawl_id = crawl_id if crawl_id is not None else item_value(item, "crawl_id")
        if crawl_id is None:
            raise ValueError(f"post {capture.post_id}: no crawl_id to record it under")
        captured_at = to_utc(capture.fetched_at) or utc_now()
        with self._writing():
            disclaimer_id = self._disclaimer_id(capture.disclaimer, captured_at, crawl_id)
            current = self._one(_CURRENT, [capture.post_id])
            if current is None:
                self._insert_post(capture, crawl_id, captured_at, disclaimer_id)
                return "new"
            result: StoreResult = "unchanged"
            if capture.full_hash != current["full_hash"]:
                latest = self._latest_version(capture.post_id)
                changed = hashing.changed_fields(
                    hashing.normalise_fields(fields_from_version(latest)), capture.normalised
                )
                self._new_version(
                    current, capture, crawl_id, captured_at, disclaimer_id, "page", changed
                )
                result = "changed"
            self._mark_seen(
                current,
                crawl_id,
                captured_at,
                disclaimer_id,
                capture.listing_hash,
                capture.lastmod,
            )
            if current["removed_at"] is not None:
                self._revive(current, crawl_id, captured_at)
                result = "revived"
            return result

    def touch_post(
        self,
        post_id: str,
        crawl_id: int,
        categories: list[Mapping[str, Any]] | None,
        disclaimer: str | None,
        listing_hash: str | None,
        source_url: str | None = None,
        lastmod: str | None = None,
        at: str | None = None,
    ) -> TouchResult:
        """Record that a listing showed a post whose page was not refetched.

        Moves ``last_seen``; if the post's categories differ (``None`` means "not known"), adds a
        version that copies the latest one with the new categories. ``at`` (default: now) is
        when the listing showed it, for ``msqa rebuild``.
        """
        now = at or utc_now()
        with self._writing():
            current = self._one(_CURRENT, [post_id])
            if current is None:
                raise UnknownPostError(post_id)
            disclaimer_id = self._disclaimer_id(disclaimer, now, crawl_id)
            result: TouchResult = "unchanged"
            # Most listings confirm what is stored: read the whole latest version (its answer,
            # HTML and JSON columns) only when the categories moved.
            stored = self._latest_categories(post_id)
            new_categories = hashing.normalise_categories(categories)
            if categories is not None and new_categories != hashing.normalise_categories(stored):
                latest = self._latest_version(post_id)
                old_fields = fields_from_version(latest)
                capture = Capture.from_fields(
                    post_id,
                    {**old_fields, "categories": new_categories},
                    disclaimer=disclaimer,
                    problems=json.loads(latest["problems"]),
                    listing_hash=listing_hash,
                    lastmod=lastmod,
                    source_url=source_url,
                    spider=latest["spider"],
                    signature=latest["signature"],
                    signature_confidence=latest["signature_confidence"],
                )
                # A listing without a disclaimer says nothing about it: keep the latest one.
                version_disclaimer = (
                    disclaimer_id if disclaimer_id is not None else latest["disclaimer_id"]
                )
                self._new_version(
                    current, capture, crawl_id, now, version_disclaimer, "listing", ["categories"]
                )
                result = "changed"
            self._mark_seen(current, crawl_id, now, disclaimer_id, listing_hash, lastmod)
            if current["removed_at"] is not None:
                self._revive(current, crawl_id, now)
                result = "revived"
            return result

    def latest_signatures(self) -> list[dict[str, Any]]:
        """Every post's latest signature block and the experts it is linked to now."""
        rows = self.db.query(
            "SELECT p.id AS post_id, v.signature, v.experts FROM posts p "
            "JOIN post_versions v ON v.post_id = p.id AND v.version = p.version ORDER BY p.id"
        )
        out = []
        for row in rows:
            linked = self.db.execute(
                "SELECT e.name, e.degrees, e.titles, e.institution, e.place FROM post_experts pe "
                "JOIN experts e ON e.id = pe.expert_id WHERE pe.post_id = ? ORDER BY pe.position",
                [row["post_id"]],
            ).fetchall()
            out.append(
                {
                    "post_id": row["post_id"],
                    "signature": row["signature"],
                    "experts": json.loads(row["experts"] or "[]"),
                    "linked": [
                        {
                            "name": n,
                            "degrees": json.loads(d),
                            "titles": json.loads(t),
                            "institution": i,
                            "place": p,
                        }
                        for n, d, t, i, p in linked
                    ],
                }
            )
        return out

    def relink_experts(self, post_id: str, experts: list[Mapping[str, Any]]) -> None:
        """Point a post at these experts (``msqa retag`` after the curation file changed).

        Only the links move: every version keeps the experts it was captured with.
        """
        now = utc_now()
        with self._writing():
            self.db.execute("DELETE FROM post_experts WHERE post_id = ?", [post_id])
            for position, expert in enumerate(experts, start=1):
                expert_id = self._expert_id(expert, now)
                norm = hashing.normalise_expert(expert)
                # A curated expert is right by definition: its row takes the curated values.
                self.db.execute(
                    "UPDATE experts SET name = ?, degrees = ?, titles = ?, institution = ?, "
                    "place = ? WHERE id = ?",
                    [
                        norm["name"],
                        json.dumps(norm["degrees"], ensure_ascii=False),
                        json.dumps(norm["titles"], ensure_ascii=False),
                        norm["institution"],
                        norm.get("place"),
                        expert_id,
                    ],
                )
                self.db.execute(
                    "INSERT INTO post_experts (post_id, expert_id, position) VALUES (?, ?, ?)",
                    [post_id, expert_id, position],
                )

    def recrawl_state(self) -> dict[str, dict[str, Any]]:
        """What the spider needs to decide which post pages to refetch, keyed by post id."""
        rows = self.db.query(
            "SELECT p.id, p.url, p.slug, p.listing_hash, p.content_hash, p.full_hash, "
            "p.lastmod, p.version, p.last_seen, p.removed_at, v.categories, "
            "p.question, p.answer, v.experts "
            "FROM posts p JOIN post_versions v ON v.post_id = p.id AND v.version = p.version"
        )
        state: dict[str, dict[str, Any]] = {}
        for row in rows:
            row["categories"] = json.loads(row["categories"])
            # What the regression guard compares a new capture with.
            row["experts"] = bool(json.loads(row["experts"] or "[]"))
            state[row.pop("id")] = row
        return state

    def remove_post(self, post_id: str, crawl_id: int, at: str | None = None) -> bool:
        """Mark a live post removed: its own URL answered 404 or 410 in this crawl. Returns
        False when the post is unknown or already removed."""
        now = at or utc_now()
        with self._writing():
            self._running_crawl(crawl_id)
            current = self._one(
                "SELECT version FROM posts WHERE id = ? AND removed_at IS NULL", [post_id]
            )
            if current is None:
                return False
            self.db.execute("UPDATE posts SET removed_at = ? WHERE id = ?", [now, post_id])
            self._event(post_id, crawl_id, now, "removed", current["version"])
        return True

    def limit_size(self, max_bytes: int) -> None:
        """Refuse to grow this connection's database past ``max_bytes`` (0: no limit): writes
        past it fail as on a full disk (``SQLITE_FULL``)."""
        if max_bytes > 0:
            page_size = self.db.execute("PRAGMA page_size").fetchone()[0]
            self.db.execute(f"PRAGMA max_page_count = {max(1, max_bytes // page_size)}")

    # Internals

    def _writing(self) -> AbstractContextManager[None]:
        return self._private_writing() if self._private else writing(self.db)

    @contextmanager
    def _private_writing(self) -> Iterator[None]:
        try:
            with self.db.atomic():
                yield
        except BaseException:
            # Rolled back: what was remembered may name rows that are gone.
            self._disclaimers.clear()
            self._categories.clear()
            raise

    # The helpers below run inside a transaction opened by a public method.

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def _running_crawl(self, crawl_id: int) -> dict[str, Any]:
        crawl = self.get_crawl(crawl_id)
        if crawl is None:
            raise ArchiveError(f"no crawl {crawl_id}")
        if crawl["status"] != "running":
            raise ArchiveError(f"crawl {crawl_id} already finished ({crawl['status']})")
        return crawl

    def _latest_version(self, post_id: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM post_versions WHERE post_id = ? ORDER BY version DESC LIMIT 1",
            [post_id],
        )
        if row is None:
            raise ArchiveError(f"post {post_id} has no versions: the archive is inconsistent")
        return row

    def _latest_categories(self, post_id: str) -> list[dict[str, Any]]:
        """The categories of the post's latest version, as ``fields_from_version`` reads them."""
        row = self.db.execute(
            "SELECT categories FROM post_versions WHERE post_id = ? ORDER BY version DESC LIMIT 1",
            [post_id],
        ).fetchone()
        if row is None:
            raise ArchiveError(f"post {post_id} has no versions: the archive is inconsistent")
        return json.loads(row[0]) if row[0] else []

    def _disclaimer_id(self, text: str | None, seen_at: str, crawl_id: int) -> int | None:
        normalised = hashing.normalise_disclaimer(text)
        if normalised is None:
            return None
        digest = hashing.sha256_text(normalised)
        known = self._disclaimers.get(digest)
        if known is not None:  # private: the row as this connection left it
            disclaimer_id, last_seen = known
            if seen_at > last_seen:  # SQLite's max() of two texts orders them the same way
                self.db.execute(
                    "UPDATE disclaimers SET last_seen = ? WHERE id = ?", [seen_at, disclaimer_id]
                )
                self._disclaimers[digest] = (disclaimer_id, seen_at)
            return disclaimer_id
        self.db.execute(
            "INSERT INTO disclaimers (text, sha256, first_seen, last_seen, first_crawl_id) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (sha256) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)",
            [normalised, digest, seen_at, seen_at, crawl_id],
        )
        row = self.db.execute(
            "SELECT id, last_seen FROM disclaimers WHERE sha256 = ?", [digest]
        ).fetchone()
        if self._private:
            self._disclaimers[digest] = (int(row[0]), row[1])
        return int(row[0])

    def _insert_post(
        self, capture: Capture, crawl_id: int, captured_at: str, disclaimer_id: int | None
    ) -> None:
        self._insert_row(
            "posts",
            {
                "id": capture.post_id,
                **self._post_columns(capture),
                "disclaimer_id": disclaimer_id,
                "version": 1,
                "listing_hash": capture.listing_hash,
                "lastmod": capture.lastmod,
                "first_seen": captured_at,
                "last_seen": captured_at,
                "changed_at": captured_at,
                "removed_at": None,
                "first_crawl_id": crawl_id,
                "last_crawl_id": crawl_id,
            },
        )
        self._insert_version(capture, 1, crawl_id, captured_at, disclaimer_id, "page")
        self._event(capture.post_id, crawl_id, captured_at, "new", 1)
        # A private file holds no row of a post it has just inserted: nothing to replace.
        self._write_relations(capture, captured_at, replace=not self._private)

    def _new_version(
        self,
        current: Mapping[str, Any],
        capture: Capture,
        crawl_id: int,
        captured_at: str,
        disclaimer_id: int | None,
        via: str,
        changed: list[str],
    ) -> None:
        version = int(current["version"]) + 1
        self._update_post(
            capture.post_id,
            {**self._post_columns(capture), "version": version, "changed_at": captured_at},
        )
        self._insert_version(capture, version, crawl_id, captured_at, disclaimer_id, via)
        self._event(capture.post_id, crawl_id, captured_at, "changed", version, changed)
        self._write_relations(capture, captured_at)

    def _mark_seen(
        self,
        current: Mapping[str, Any],
        crawl_id: int,
        seen_at: str,
        disclaimer_id: int | None,
        listing_hash: str | None,
        lastmod: str | None,
    ) -> None:
        # The page's current disclaimer is what a reader of the post sees now; each version keeps
        # the one shown when it was captured. A page without one keeps the last known.
        self.db.execute(
            "UPDATE posts SET last_seen = max(last_seen, :seen), last_crawl_id = :crawl, "
            "listing_hash = coalesce(:listing_hash, listing_hash), "
            "lastmod = coalesce(:lastmod, lastmod), "
            "disclaimer_id = coalesce(:disclaimer_id, disclaimer_id) WHERE id = :id",
            {
                "seen": seen_at,
                "crawl": crawl_id,
                "listing_hash": listing_hash,
                "lastmod": lastmod,
                "disclaimer_id": disclaimer_id,
                "id": current["id"],
            },
        )

    def _revive(self, current: Mapping[str, Any], crawl_id: int, at: str) -> None:
        self.db.execute("UPDATE posts SET removed_at = NULL WHERE id = ?", [current["id"]])
        version = self._one("SELECT version FROM posts WHERE id = ?", [current["id"]])
        assert version is not None
        self._event(current["id"], crawl_id, at, "revived", version["version"])

    @staticmethod
    def _post_columns(capture: Capture) -> dict[str, Any]:
        fields = capture.fields
        return {
            "url": fields["url"],
            "slug": fields["slug"],
            "title": fields["title"],
            "question": fields["question"],
            "answer": fields["answer"],
            "answer_html": fields["answer_html"],
            "posted_date": fields["posted_date"],
            "comments_closed": fields["comments_closed"],
            "problems": json.dumps(capture.problems, ensure_ascii=False),
            "content_hash": capture.content_hash,
            "full_hash": capture.full_hash,
        }

    def _insert_row(self, table: str, row: Mapping[str, Any]) -> None:
        # A plain INSERT: sqlite-utils' Table.insert re-reads the table's schema on every call,
        # which is most of the cost of storing a post during a rebuild. Names come from code.
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))

    def _update_post(self, post_id: str, columns: Mapping[str, Any]) -> None:
        # A plain UPDATE, as _insert_row: sqlite-utils' Table.update reads the table's schema
        # twice and the row once per call. The values are already what SQLite stores.
        sets = ", ".join(f"{name} = ?" for name in columns)
        cursor = self.db.execute(
            f"UPDATE posts SET {sets} WHERE id = ?", [*columns.values(), post_id]
        )
        if cursor.rowcount != 1:
            raise ArchiveError(f"post {post_id} is not in the archive: cannot version it")

    def _insert_version(
        self,
        capture: Capture,
        version: int,
        crawl_id: int,
        captured_at: str,
        disclaimer_id: int | None,
        via: str,
    ) -> None:
        fields = capture.fields
        self._insert_row(
            "post_versions",
            {
                "post_id": capture.post_id,
                "version": version,
                "captured_at": captured_at,
                "crawl_id": crawl_id,
                "via": via,
                **{name: fields[name] for name in hashing.VERSIONED_FIELDS},
                **{
                    name: json.dumps(fields[name], ensure_ascii=False)
                    for name in ("experts", "categories", "links", "media")
                },
                "problems": json.dumps(capture.problems, ensure_ascii=False),
                "disclaimer_id": disclaimer_id,
                "content_hash": capture.content_hash,
                "full_hash": capture.full_hash,
                "source_url": capture.source_url,
                "capture_id": capture.capture_id,
                "lastmod": capture.lastmod,
                "http_status": capture.http_status,
                "spider": capture.spider,
                "signature": capture.signature,
                "signature_confidence": capture.signature_confidence,
            },
        )

    def _event(
        self,
        post_id: str,
        crawl_id: int | None,
        at: str,
        event: str,
        version: int,
        fields: list[str] | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO post_events (post_id, crawl_id, at, event, version, fields) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [post_id, crawl_id, at, event, version, json.dumps(fields) if fields else None],
        )

    def _write_relations(self, capture: Capture, seen_at: str, *, replace: bool = True) -> None:
        """Point the post at its latest experts, categories and links (versions keep the rest)."""
        post_id = capture.post_id
        if replace:
            for table in ("post_experts", "post_categories", "post_links", "post_media"):
                self.db.execute(f"DELETE FROM {table} WHERE post_id = ?", [post_id])
        for position, expert in enumerate(capture.fields["experts"], start=1):
            expert_id = self._expert_id(expert, seen_at)
            self.db.execute(
                "INSERT INTO post_experts (post_id, expert_id, position) VALUES (?, ?, ?)",
                [post_id, expert_id, position],
            )
        for category in capture.fields["categories"]:
            category_id = self._category_id(category, seen_at)
            self.db.execute(
                "INSERT INTO post_categories (post_id, category_id) VALUES (?, ?)",
                [post_id, category_id],
            )
        for position, link in enumerate(capture.fields["links"], start=1):
            self.db.execute(
                "INSERT INTO post_links (post_id, position, url, text, internal, target_slug) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    post_id,
                    position,
                    link.get("url") or "",
                    link.get("text"),
                    int(bool(link.get("internal"))),
                    link.get("post_slug"),
                ],
            )
        for position, medium in enumerate(capture.fields.get("media") or [], start=1):
            self.db.execute(
                "INSERT INTO post_media (post_id, position, kind, url, provider, via) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    post_id,
                    position,
                    medium.get("kind") or "",
                    medium.get("url") or "",
                    medium.get("provider"),
                    medium.get("via"),
                ],
            )
        therapies.tag_post(self.db, post_id, capture.fields, replace=replace)

    def _expert_id(self, expert: Mapping[str, Any], seen_at: str) -> int:
        # One row per person (name_key): "Dr. Rachel Kim" and "Rachel Kim, MD" are one expert.
        # A signature that names credentials the row lacks fills them in; the exact signature
        # of each answer stays in post_versions.experts.
        norm = hashing.normalise_expert(expert)
        name_key = hashing.expert_name_key(norm["name"])
        degrees = json.dumps(norm["degrees"], ensure_ascii=False)
        titles = json.dumps(norm["titles"], ensure_ascii=False)
        row = self.db.execute(
            "SELECT id, degrees, titles, institution, place FROM experts WHERE name_key = ?",
            [name_key],
        ).fetchone()
        if row is not None:
            expert_id, old_degrees, old_titles, old_institution, old_place = row
            if norm.get("place") and not old_place:
                self.db.execute(
                    "UPDATE experts SET place = ? WHERE id = ?", [norm["place"], expert_id]
                )
            if (
                (norm["degrees"] and old_degrees == "[]")
                or (norm["titles"] and old_titles == "[]")
                or (norm["institution"] and not old_institution)
            ):
                self.db.execute(
                    "UPDATE experts SET degrees = ?, titles = ?, institution = ? WHERE id = ?",
                    [
                        degrees if old_degrees == "[]" else old_degrees,
                        titles if old_titles == "[]" else old_titles,
                        old_institution or norm["institution"],
                        expert_id,
                    ],
                )
            return int(expert_id)
        expert_id = self._free_expert_id(name_key)
        self.db.execute(
            "INSERT INTO experts (id, name, degrees, titles, institution, place, name_key, "
            "identity, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                expert_id,
                norm["name"],
                degrees,
                titles,
                norm["institution"],
                norm.get("place"),
                name_key,
                hashing.expert_identity(expert),
                seen_at,
            ],
        )
        return expert_id

    def _free_expert_id(self, name_key: str) -> int:
        return free_expert_id(self.db, name_key)

    def _category_id(self, category: Mapping[str, Any], seen_at: str) -> int:
        # Categories are identified by slug; the name shown is the latest seen (each version's
        # categories JSON keeps the name as captured then).
        name, slug = category["name"], category["slug"]
        known = self._categories.get(slug)
        if known is not None:  # private: the row as this connection left it
            category_id, known_name = known
            if name != known_name:
                self.db.execute("UPDATE categories SET name = ? WHERE id = ?", [name, category_id])
                self._categories[slug] = (category_id, name)
            return category_id
        self.db.execute(
            "INSERT INTO categories (name, slug, first_seen) VALUES (?, ?, ?) "
            "ON CONFLICT (slug) DO UPDATE SET name = excluded.name",
            [name, slug, seen_at],
        )
        row = self.db.execute("SELECT id FROM categories WHERE slug = ?", [slug]).fetchone()
        if self._private:
            self._categories[slug] = (int(row[0]), name)
        return int(row[0])


def free_expert_id(db: Database, name_key: str) -> int:
    """The person's derived id, or the next attempt when another person holds it."""
    attempt = 0
    while True:
        candidate = hashing.expert_row_id(name_key, attempt)
        row = db.execute("SELECT name_key FROM experts WHERE id = ?", [candidate]).fetchone()
        if row is None or row[0] == name_key:
            return candidate
        attempt += 1
