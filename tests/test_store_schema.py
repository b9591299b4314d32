"""Schema and connection: migrations, pragmas, and the researcher-facing names."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import archive_fixture, db_path_fixture  # noqa: F401

from msqa_scraper.store import Archive, ArchiveError
from msqa_scraper.store.schema import THERAPY_VIEWS, VIEWS, connect, migrations

TABLES = {
    "posts",
    "experts",
    "post_experts",
    "categories",
    "post_categories",
    "disclaimers",
    "crawls",
    "post_versions",
    "post_events",
    "post_links",
    "posts_fts",
    "therapies",
    "post_drugs",
}
VIEW_NAMES = {
    "qa",
    "expert_answers",
    "expert_stats",
    "posts_per_month",
    "category_stats",
    "post_history",
    "removed_posts",
    "qa_browse",
    "therapy_stats",
}


def test_open_creates_every_table_and_view(archive: Archive) -> None:
    assert set(archive.db.table_names()) >= TABLES
    assert set(archive.db.view_names()) == VIEW_NAMES == set(VIEWS) | set(THERAPY_VIEWS)


def test_migrations_are_idempotent(db_path: Path) -> None:
    with Archive.open(db_path) as first:
        schema = first.db.schema
        applied = [m.name for m in migrations.applied(first.db)]
    with Archive.open(db_path) as second:
        assert second.db.schema == schema
        assert [m.name for m in migrations.applied(second.db)] == applied
        assert migrations.pending(second.db) == []
    assert applied == [m.name for m in migrations._migrations]


def test_every_connection_uses_wal_busy_timeout_and_foreign_keys(archive: Archive) -> None:
    assert archive.db.journal_mode == "wal"
    assert archive.db.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
    assert archive.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "msqa.sqlite"
    with pytest.raises(ArchiveError, match="does not exist"):
        Archive.open(missing)
    assert not missing.parent.exists()


def test_posts_has_fts_with_sync_triggers(archive: Archive) -> None:
    assert archive.db["posts"].detect_fts() == "posts_fts"
    assert {t.name for t in archive.db["posts"].triggers} == {"posts_ai", "posts_ad", "posts_au"}


def test_crawl_status_and_event_names_are_enforced(archive: Archive) -> None:
    crawl_id = archive.begin_crawl("http://example.test", "msqa")
    with pytest.raises(Exception, match="CHECK"):
        archive.db.execute("UPDATE crawls SET status = 'done' WHERE id = ?", [crawl_id])


def test_older_archive_is_upgraded_in_place(db_path: Path) -> None:
    db = connect(db_path)
    migrations.apply(db, stop_before="004_lastmod")
    db.execute("INSERT INTO crawls (started_at) VALUES ('2026-11-26T10:54:26Z')")
    db.close()
    with Archive.open(db_path) as archive:
        assert "lastmod" in archive.db["posts"].columns_dict
        assert migrations.pending(archive.db) == []
        assert archive.get_crawl(1) is not None
