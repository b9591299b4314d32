"""The SQL ``msqa rebuild`` runs on the archive it reads and the one it builds (the in-place
swap stays beside it in ``rebuild.py``)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def crawl_rows(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM crawls ORDER BY id"))


def versions_without_capture(db: Database) -> int:
    """Page versions no stored capture backs (crawled before captures were kept)."""
    return int(
        db.execute(
            "SELECT count(*) FROM post_versions WHERE via = 'page' AND capture_id IS NULL"
        ).fetchone()[0]
    )


def begin_snapshot(db: Database) -> None:
    """One read transaction: a crawl writing meanwhile is not seen half-way."""
    db.execute("BEGIN")


def as_scratch(db: Database) -> None:
    """A scratch file until it is complete: durability buys nothing there, speed does. Foreign
    keys are checked once at the end instead of on every insert."""
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")


def dangling_references(db: Database) -> list[tuple[Any, ...]]:
    return db.execute("PRAGMA foreign_key_check").fetchall()


def row_count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def close_journal(db: Database) -> None:
    """No -wal beside the file when it is renamed or attached."""
    db.execute("PRAGMA journal_mode = DELETE")


def copy_crawls(db: Database, crawls: list[dict[str, Any]]) -> None:
    """Every crawl as it started (the replay finishes it): captures and versions point at
    crawl ids, so they keep theirs."""
    for crawl in crawls:
        row = dict(crawl)
        if row["status"] != "running":
            row.update(status="running", finished_at=None)
        db["crawls"].insert(row)


# The full-text index's triggers on ``posts`` (migration 002). A scratch build indexes once at
# the end instead of row by row: the index then holds the same documents, and indexing every
# insert (and every changed post's delete and re-insert) was the dearest statement of a rebuild.
FTS_TRIGGERS: tuple[str, ...] = ("posts_ai", "posts_ad", "posts_au")


def pause_full_text(db: Database) -> list[str]:
    """Drop the index's triggers; returns their SQL for ``resume_full_text``."""
    marks = ", ".join("?" for _ in FTS_TRIGGERS)
    rows = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) "
        "ORDER BY rowid",
        list(FTS_TRIGGERS),
    ).fetchall()
    for name, _ in rows:
        db.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def resume_full_text(db: Database, triggers: list[str], *, reindex: bool) -> None:
    """Put the triggers back and, with ``reindex``, index every post in one pass (FTS5's
    'rebuild' reads the content table, ``posts``, by rowid)."""
    for sql in triggers:
        db.execute(sql)
    if reindex:
        db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')")
