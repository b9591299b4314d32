"""Read queries for researchers: every SQL statement the ``msqa`` read commands and the report run.

Functions take a sqlite-utils ``Database`` or an ``Archive`` and return plain dicts and lists,
so the CLI only formats. Bad input (an FTS syntax error, an unknown post or drug) raises a
``QueryError`` whose message is fit to show as is.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from msqa_scraper.store import therapies
from msqa_scraper.store.archive import Archive
from msqa_scraper.store.captures import migrations as capture_migrations
from msqa_scraper.store.readonly import connect_read_only, sidecars
from msqa_scraper.store.schema import BUSY_TIMEOUT_MS, ArchiveError, check_not_newer, migrations

Source = Database | Archive
T = TypeVar("T")
Row = dict[str, Any]


class QueryError(ValueError):
    """The question cannot be answered as asked; the message says why in one line."""


class NotAnArchiveError(ArchiveError):
    """The file is an SQLite database but not an msqa archive."""


def _db(source: Source) -> Database:
    return source.db if isinstance(source, Archive) else source


def _rows(source: Source, sql: str, params: dict[str, Any] | list[Any] | None = None) -> list[Row]:
    return list(_db(source).query(sql, params or {}))


# Opening


class _UpgradedCopy(Database):
    """A read-only connection to a private, migrated copy of an older archive; closing it
    removes the copy."""

    def __init__(self, conn: sqlite3.Connection, folder: Path) -> None:
        super().__init__(conn)
        self.folder = folder

    def close(self) -> None:
        try:
            super().close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def pending_migrations(db: Database) -> list[str]:
    """Migrations this code has that the archive does not record (``set:name``)."""
    # Raw captures have a migration set of their own (store/captures.py).
    return [f"{s.name}:{m.name}" for s in (migrations, capture_migrations) for m in s.pending(db)]


def open_for_reading(path: str | Path, *, scratch_dir: str | Path | None = None) -> Database:
    """A read-only connection that waits for writers; it never writes the archive.

    Read-only so that looking never takes a write lock from a running crawl; WAL lets it read
    while the crawl writes. Closing it leaves the archive's folder as it was: no ``-wal`` or
    ``-shm`` is left behind (``store.readonly``). An archive made by older code (migrations
    pending) is not upgraded: it is copied (SQLite's backup, one consistent snapshot) into a
    private folder under ``scratch_dir`` (the temp folder by default), the copy is migrated
    and read, and closing the connection removes it. ``upgraded_copy(db)`` tells the two cases
    apart. Only a crawl, ``msqa retag`` and an in-place ``msqa rebuild`` upgrade an archive
    itself: they write anyway.
    """
    path = Path(path)
    db = _connect_read_only(path)
    try:
        if not pending_in(db, path):
            return db
    except BaseException:
        db.close()
        raise
    try:
        return _upgraded_copy(db, path, scratch_dir)
    finally:
        db.close()


def pending_upgrade(path: str | Path) -> list[str]:
    """The migrations the archive at ``path`` lacks, read without writing it (``look``)."""
    return look(path, lambda db: pending_in(db, path))


def pending_in(db: Database, path: str | Path) -> list[str]:
    """The migrations the archive ``db`` (at ``path``) lacks; ``NotAnArchiveError`` if it is
    no msqa archive."""
    if "posts" not in db.table_names():
        raise NotAnArchiveError(f"{path} is not an msqa archive (it has no posts table)")
    return pending_migrations(db)


def look(path: str | Path, read: Callable[[Database], T]) -> T:
    """``read`` run on a read-only look at the database at ``path`` that leaves the folder
    exactly as it was, its own modification time included: for the checks a command makes
    before it refuses, or before it takes the crawl lock.

    With no ``-wal`` beside the database, no connection has it open, so SQLite is told the
    file is ``immutable``: it then creates no ``-wal`` and ``-shm`` (a read-only open's pair,
    removed on close, whose coming and going still changes the folder's time). Immutable takes
    no lock: a crawl that begins writing at that very moment could show the look a torn page,
    so any SQLite error there is settled by one more, ordinary, read (``read_only``), and a
    command that goes on to write checks again under the crawl lock. With a ``-wal`` there (a
    crawl, a reader, a killed crawl's commits) the look is that ordinary read, which sees them.
    """
    real = Path(path).resolve()
    if not sidecars(real)[0].exists():
        try:
            peek = Database(sqlite3.connect(f"{real.as_uri()}?mode=ro&immutable=1", uri=True))
        except sqlite3.Error:
            peek = None
        if peek is not None:
            try:
                return read(peek)
            except sqlite3.Error:
                pass  # read once more below, the ordinary way: its error is the true one
            finally:
                peek.close()
    db = read_only(path)
    try:
        return read(db)
    finally:
        db.close()


def check_writable(db: Database, path: str | Path) -> None:
    """Refuse a database a writing command (a crawl) may not open to write: what that open
    would refuse (``ArchiveTooNew``), and ``NotAnArchiveError`` for somebody else's SQLite
    database, with tables, none of them msqa's (the open would add the archive's tables to it
    and turn it to WAL). An empty file (``touch``) or one with no table (a marked demo
    database) is no one's data: a first crawl makes it an archive."""
    tables = [name for name in db.table_names() if not name.startswith("sqlite_")]
    check_not_newer(db, path)
    if tables and "posts" not in tables and not _has_msqa_migrations(db):
        shown = ", ".join(tables[:3]) + (", ..." if len(tables) > 3 else "")
        raise NotAnArchiveError(
            f"{path} is a SQLite database but not an msqa archive (its tables: {shown}); "
            "msqa writes only its own archives: choose another --db"
        )


def _has_msqa_migrations(db: Database) -> bool:
    """Whether a first crawl of ours began migrating this file (killed before ``posts``)."""
    if "_sqlite_migrations" not in db.table_names():
        return False
    row = db.execute(
        "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'msqa_scraper' "
        "OR migration_set LIKE 'msqa\\_scraper.%' ESCAPE '\\' LIMIT 1"
    ).fetchone()
    return row is not None


def upgraded_copy(db: Database) -> bool:
    """Whether ``db`` reads a migrated private copy of an older archive (``open_for_reading``)."""
    return isinstance(db, _UpgradedCopy)


def _upgraded_copy(source: Database, path: Path, scratch_dir: str | Path | None) -> Database:
    # Newer code's archive: say so about the archive, not about the copy.
    check_not_newer(source, path)
    try:
        folder = Path(tempfile.mkdtemp(prefix=".msqa-upgraded-", dir=scratch_dir))
    except OSError as exc:
        where = scratch_dir or tempfile.gettempdir()
        raise ArchiveError(
            f"{path} needs a schema upgrade to be read, and no upgraded copy can be made in "
            f"{where}: {exc.strerror}"
        ) from None
    copy = folder / path.name  # the same name: Datasette names a database after its file
    try:
        target = sqlite3.connect(copy)
        try:
            source.conn.backup(target)
        finally:
            target.close()
        try:
            Archive.open(copy).close()
        except sqlite3.OperationalError as exc:
            raise ArchiveError(f"cannot upgrade a copy of {path} in {folder}: {exc}") from exc
        return _connect_read_only(copy, lambda conn: _UpgradedCopy(conn, folder))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def read_only(path: str | Path) -> Database:
    """A read-only look at the archive at ``path``, as every read command takes it: it waits
    for writers, never writes, and closed leaves no ``-wal`` or ``-shm`` its open created."""
    return _connect_read_only(Path(path))


def _connect_read_only(
    path: Path, wrap: Callable[[sqlite3.Connection], Database] = Database
) -> Database:
    # Closing it removes the -wal and -shm its open created, unless a crawl still uses them.
    conn = connect_read_only(path)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return wrap(conn)


# Therapies


def resolve_drug(name: str) -> str:
    """The generic name for a generic, brand or alias (``Tysabri`` -> ``natalizumab``)."""
    if not name.strip():
        raise QueryError("empty drug name (see `msqa therapies` for the names)")
    known = therapies.packaged()
    try:
        return known.resolve(name)
    except therapies.UnknownTherapyError:
        close = known.suggestions(name)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise QueryError(f"unknown drug {name!r}{hint} (see `msqa therapies`)") from None


def therapy_list(source: Source) -> list[Row]:
    """The therapies table with live post counts, most mentioned first."""
    rows = _rows(source, "SELECT * FROM therapy_stats")
    for row in rows:
        row["brands"] = json.loads(row["brands"])
    return rows


# Search

_FTS_ERROR = re.compile(r"fts5|syntax error|unterminated string|no such column|unknown special")

_EXPERT_NAMES = """(
    SELECT group_concat(name, '; ') FROM (
        SELECT e.name FROM post_experts pe JOIN experts e ON e.id = pe.expert_id
        WHERE pe.post_id = p.id ORDER BY pe.position
    )
)"""
_DRUG_NAMES = """(
    SELECT group_concat(drug, '; ') FROM (
        SELECT drug FROM post_drugs WHERE post_id = p.id ORDER BY drug
    )
)"""
_FILTERS = """
    (:include_removed OR p.removed_at IS NULL)
    AND (:drug IS NULL OR p.id IN (SELECT post_id FROM post_drugs WHERE drug = :drug))
"""


# A researcher's search is bounded: an FTS5 query of 20,000 OR-ed terms ran for ten minutes
# in 400 MB. Both bounds can be raised (``msqa search --max-terms/--timeout`` or the env).
MAX_TERMS = 64
TIMEOUT_SECONDS = 10.0
_TERM = re.compile(r'"[^"]*"?|[^\s()"]+')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
# SQLite calls the progress handler every this many virtual machine instructions (~µs each).
_PROGRESS_STEPS = 1000


def query_terms(query: str) -> int:
    """How many terms an FTS5 query holds: words and quoted phrases, operators not counted."""
    return sum(1 for m in _TERM.finditer(query) if m[0] not in _OPERATORS)


@contextmanager
def time_limit(source: Source, seconds: float, what: str) -> Iterator[None]:
    """Interrupt the statements run inside after ``seconds``: a ``QueryError`` naming ``what``."""
    conn = _db(source).conn
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        raise QueryError(
            f"{what} stopped after {seconds:g} s; narrow it or allow more time"
        ) from None
    finally:
        conn.set_progress_handler(None, 0)


def search(
    source: Source,
    query: str,
    *,
    limit: int = 20,
    drug: str | None = None,
    include_removed: bool = False,
    max_terms: int = MAX_TERMS,
    timeout: float = TIMEOUT_SECONDS,
) -> list[Row]:
    """Posts matching an FTS5 query, best first (title hits weigh most), with a snippet.

    ``drug`` is a generic name (see ``resolve_drug``). A query of more than ``max_terms``
    terms, or one running longer than ``timeout`` seconds, is a ``QueryError``.
    """
    if not query.strip():
        # FTS5 itself says only `fts5: syntax error near ""`.
        raise QueryError("empty search query: give a word or phrase to search for")
    terms = query_terms(query)
    if terms > max_terms:
        raise QueryError(
            f"the search has {terms:,} terms, more than the {max_terms:,} allowed;"
            " narrow it or raise the limit (--max-terms, MSQA_SEARCH_MAX_TERMS)"
        )
    # bm25 is lower-is-better; weights: title 4, question 2, answer 1.
    sql = f"""
        SELECT p.id, p.posted_date, p.title, {_EXPERT_NAMES} AS experts,
               {_DRUG_NAMES} AS therapies,
               snippet(posts_fts, -1, '[', ']', '…', 24) AS snippet,
               p.url, round(-bm25(posts_fts, 4.0, 2.0, 1.0), 3) AS score, p.removed_at
        FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid
        WHERE posts_fts MATCH :query AND {_FILTERS}
        ORDER BY bm25(posts_fts, 4.0, 2.0, 1.0), p.id
        LIMIT :limit
    """
    params = {
        "query": query,
        "limit": limit,
        "drug": drug,
        "include_removed": int(include_removed),
    }
    try:
        with time_limit(source, timeout, "the search (--timeout, MSQA_SEARCH_TIMEOUT)"):
            return _rows(source, sql, params)
    except sqlite3.OperationalError as exc:
        if _FTS_ERROR.search(str(exc)):
            raise QueryError(f"bad search query {query!r}: {exc} (FTS5 syntax)") from None
        raise


# Export


def export_rows(
    source: Source, *, drug: str | None = None, include_removed: bool = False
) -> Iterator[Row]:
    """One row per post, newest first, with experts, categories, therapies and disclaimer.

    List fields are Python lists (experts: dicts of id, name, degrees, titles, institution;
    ``id`` is the whole ``experts.id``, so an export joins back to the archive).
    """
    sql = f"""
        SELECT p.id, p.url, p.title, p.posted_date,
            (
                SELECT json_group_array(json_object(
                    'id', id, 'name', name, 'degrees', json(degrees), 'titles', json(titles),
                    'institution', institution))
                FROM (
                    SELECT e.id, e.name, e.degrees, e.titles, e.institution
                    FROM post_experts pe JOIN experts e ON e.id = pe.expert_id
                    WHERE pe.post_id = p.id ORDER BY pe.position
                )
            ) AS experts,
            (
                SELECT json_group_array(name) FROM (
                    SELECT c.name FROM post_categories pc
                    JOIN categories c ON c.id = pc.category_id
                    WHERE pc.post_id = p.id ORDER BY c.name
                )
            ) AS categories,
            (
                SELECT json_group_array(drug) FROM (
                    SELECT drug FROM post_drugs WHERE post_id = p.id ORDER BY drug
                )
            ) AS therapies,
            p.question, p.answer, p.version, p.first_seen, p.changed_at, p.removed_at,
            d.text AS disclaimer
        FROM posts p LEFT JOIN disclaimers d ON d.id = p.disclaimer_id
        WHERE {_FILTERS}
        ORDER BY p.posted_date DESC, p.id
    """
    params = {"drug": drug, "include_removed": int(include_removed)}
    for row in _db(source).query(sql, params):
        for name in ("experts", "categories", "therapies"):
            row[name] = json.loads(row[name])
        yield row


# Statistics


def current_disclaimers(source: Source) -> list[str]:
    """The disclaimer texts live posts are shown with now, newest first (normally one)."""
    rows = _rows(
        source,
        "SELECT DISTINCT d.id, d.text FROM disclaimers d JOIN posts p ON p.disclaimer_id = d.id "
        "WHERE p.removed_at IS NULL ORDER BY d.id DESC",
    )
    return [row["text"] for row in rows]


def totals(source: Source) -> Row:
    row = _rows(
        source,
        """
        SELECT
            (SELECT count(*) FROM posts WHERE removed_at IS NULL) AS live_posts,
            (SELECT count(*) FROM posts WHERE removed_at IS NOT NULL) AS removed_posts,
            (SELECT count(*) FROM post_versions) AS versions,
            (SELECT count(DISTINCT name_key) FROM experts) AS experts,
            (SELECT count(*) FROM categories) AS categories,
            (SELECT count(DISTINCT pd.post_id) FROM post_drugs pd
                JOIN posts p ON p.id = pd.post_id WHERE p.removed_at IS NULL)
                AS posts_mentioning_therapies,
            (SELECT count(*) FROM crawls) AS crawls,
            (SELECT max(started_at) FROM crawls WHERE status = 'complete')
                AS last_complete_crawl,
            (SELECT min(posted_date) FROM posts WHERE removed_at IS NULL) AS first_posted,
            (SELECT max(posted_date) FROM posts WHERE removed_at IS NULL) AS last_posted,
            (SELECT max(therapies_version) FROM therapies) AS therapies_version
        """,
    )
    return row[0]


def posts_per_month(source: Source) -> list[Row]:
    """Live posts per ``YYYY-MM`` (``month`` NULL: no date), oldest first."""
    return _rows(
        source, "SELECT month, posts, posts_including_removed FROM posts_per_month ORDER BY month"
    )


def answers_per_expert(source: Source) -> list[Row]:
    """Live answers per person (all signatures of one ``name_key`` together), most first."""
    return _rows(
        source,
        """
        SELECT
            (SELECT x.name FROM experts x WHERE x.name_key = e.name_key ORDER BY x.id DESC
             LIMIT 1) AS expert,
            e.name_key,
            count(DISTINCT p.id) AS answers,
            min(p.posted_date) AS first_posted,
            max(p.posted_date) AS last_posted
        FROM experts e
        JOIN post_experts pe ON pe.expert_id = e.id
        JOIN posts p ON p.id = pe.post_id AND p.removed_at IS NULL
        GROUP BY e.name_key
        ORDER BY answers DESC, expert
        """,
    )


def posts_per_category(source: Source) -> list[Row]:
    return _rows(source, "SELECT category, slug, posts FROM category_stats")


def therapy_mentions(source: Source) -> list[Row]:
    """Therapies mentioned by at least one live post, most posts first."""
    return _rows(
        source,
        "SELECT drug, class, posts, answer_posts, mentions FROM therapy_stats WHERE posts > 0",
    )


def crawl_history(source: Source, limit: int | None = None) -> list[Row]:
    """Crawls, newest first."""
    return _rows(
        source,
        """
        SELECT id, started_at, finished_at, status, reason, pages, posts_new, posts_changed,
               posts_unchanged, posts_removed, posts_revived, errors
        FROM crawls ORDER BY id DESC LIMIT :limit
        """,
        {"limit": -1 if limit is None else limit},
    )


def changes_per_crawl(source: Source) -> list[Row]:
    """Post events per crawl, oldest crawl first, from ``post_events`` (what actually happened)."""
    return _rows(
        source,
        """
        SELECT c.id AS crawl_id, c.started_at, c.status,
               count(ev.id) FILTER (WHERE ev.event = 'new') AS new,
               count(ev.id) FILTER (WHERE ev.event = 'changed') AS changed,
               count(ev.id) FILTER (WHERE ev.event = 'removed') AS removed,
               count(ev.id) FILTER (WHERE ev.event = 'revived') AS revived
        FROM crawls c LEFT JOIN post_events ev ON ev.crawl_id = c.id
        GROUP BY c.id
        ORDER BY c.id
        """,
    )


# Experts


def experts(source: Source) -> list[Row]:
    """Every expert (one row per person) with credentials and answer counts, most live answers
    first."""
    rows = _rows(
        source,
        """
        SELECT e.id, e.name, e.name_key, e.degrees, e.titles, e.institution,
               count(p.id) FILTER (WHERE p.removed_at IS NULL) AS answers,
               count(p.id) AS answers_including_removed,
               min(p.posted_date) FILTER (WHERE p.removed_at IS NULL) AS first_posted,
               max(p.posted_date) FILTER (WHERE p.removed_at IS NULL) AS last_posted,
               e.first_seen
        FROM experts e
        LEFT JOIN post_experts pe ON pe.expert_id = e.id
        LEFT JOIN posts p ON p.id = pe.post_id
        GROUP BY e.id
        ORDER BY answers DESC, e.name, e.id
        """,
    )
    for row in rows:
        row["degrees"] = json.loads(row["degrees"])
        row["titles"] = json.loads(row["titles"])
        row["credentials"] = ", ".join(row["degrees"])
    return rows


# One post


def post_detail(source: Source, key: str) -> Row:
    """A post (by id or slug) with its disclaimer, relations, versions and events."""
    found = _rows(
        source,
        """
        SELECT p.*, d.text AS disclaimer FROM posts p
        LEFT JOIN disclaimers d ON d.id = p.disclaimer_id
        WHERE p.id = :key OR p.slug = :key
        ORDER BY p.id = :key DESC, p.last_seen DESC
        """,
        {"key": key.strip()},
    )
    if not found:
        raise QueryError(f"no post with id or slug {key!r}")
    post = found[0]
    post_id = post["id"]
    post["problems"] = json.loads(post["problems"])
    post["experts"] = _rows(
        source,
        """
        SELECT e.id, e.name, e.degrees, e.titles, e.institution FROM post_experts pe
        JOIN experts e ON e.id = pe.expert_id WHERE pe.post_id = ? ORDER BY pe.position
        """,
        [post_id],
    )
    for expert in post["experts"]:
        expert["degrees"] = json.loads(expert["degrees"])
        expert["titles"] = json.loads(expert["titles"])
    post["categories"] = [
        r["name"]
        for r in _rows(
            source,
            "SELECT c.name FROM post_categories pc JOIN categories c ON c.id = pc.category_id "
            "WHERE pc.post_id = ? ORDER BY c.name",
            [post_id],
        )
    ]
    post["therapies"] = _rows(
        source,
        "SELECT drug, mentions, answer_mentions, terms, therapies_version FROM post_drugs "
        "WHERE post_id = ? ORDER BY drug",
        [post_id],
    )
    for tag in post["therapies"]:
        tag["terms"] = json.loads(tag["terms"])
    versions = _rows(
        source,
        """
        SELECT v.*, d.text AS disclaimer FROM post_versions v
        LEFT JOIN disclaimers d ON d.id = v.disclaimer_id
        WHERE v.post_id = ? ORDER BY v.version
        """,
        [post_id],
    )
    for version in versions:
        for name in ("experts", "categories", "links", "problems"):
            version[name] = json.loads(version[name])
    events = _rows(
        source,
        "SELECT id, at, event, version, fields, crawl_id FROM post_events "
        "WHERE post_id = ? ORDER BY id",
        [post_id],
    )
    for event in events:
        event["fields"] = json.loads(event["fields"]) if event["fields"] else None
    return {"post": post, "versions": versions, "events": events}


def signature_review(source: Source, below: float = 0.8) -> list[Row]:
    """Latest versions whose signature was left unparsed or parsed with confidence < ``below``."""
    return _rows(
        source,
        """
        SELECT v.post_id, v.version, p.url, p.title, v.signature, v.signature_confidence,
               v.experts, CASE WHEN v.experts = '[]' THEN 'unparsed' ELSE 'low' END AS status
        FROM posts p
        JOIN post_versions v ON v.post_id = p.id AND v.version = p.version
        WHERE v.signature IS NOT NULL
          AND (v.experts = '[]' OR coalesce(v.signature_confidence, 0) < :below)
        ORDER BY coalesce(v.signature_confidence, 0), v.post_id
        """,
        {"below": below},
    )
