"""An in-place ``msqa rebuild`` keeps the columns it does not know and refuses an archive
written by newer code (store/swap.py, store/schema.py)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from crawling import crawl, msqa
from safety_fixtures import archive_fixture, captured_fixture, fingerprint  # noqa: F401
from sqlite_utils import Database

from msqa_scraper.cli import exitcodes
from msqa_scraper.store.lock import crawl_lock

NOWHERE = "http://127.0.0.1:9/q--a-for-virtual-ms-center"


def query(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def test_in_place_rebuild_keeps_a_column_it_does_not_know(archive: Path) -> None:
    with closing(sqlite3.connect(archive)) as conn:
        conn.execute("ALTER TABLE posts ADD COLUMN my_notes TEXT")
        conn.execute("UPDATE posts SET my_notes = 'note on ' || id")
        conn.execute("ALTER TABLE post_versions ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0")
        conn.execute("UPDATE post_versions SET reviewed = 1 WHERE rowid % 2 = 0")
        conn.commit()
    notes = query(archive, "SELECT id, my_notes FROM posts ORDER BY id")
    reviewed = query(archive, "SELECT post_id, version, reviewed FROM post_versions ORDER BY 1, 2")
    assert len(notes) == 5 and {r for *_, r in reviewed} == {0, 1}
    result = msqa("rebuild", "--db", str(archive), "--workers", "1")
    assert result.returncode == 0, result.stderr[-1500:]
    assert query(archive, "SELECT id, my_notes FROM posts ORDER BY id") == notes
    assert query(archive, "SELECT post_id, version, reviewed FROM post_versions ORDER BY 1, 2") == (
        reviewed
    )
    # The full-text index still finds the rebuilt posts.
    assert query(archive, "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'MS'")[0][0] > 0


def test_a_column_that_cannot_be_kept_refuses_the_swap(archive: Path) -> None:
    # A NOT NULL column with no default, and a row the rebuild brings back that the archive
    # lost: the new row would have no value for it.
    db = Database(archive)
    db["therapies"].add_column("checked", int)
    db.execute("UPDATE therapies SET checked = 1")
    db["therapies"].transform(not_null={"checked"})
    db.execute("DELETE FROM therapies WHERE generic = (SELECT min(generic) FROM therapies)")
    db.conn.commit()
    db.close()
    before = fingerprint(archive)
    result = msqa("rebuild", "--db", str(archive), "--workers", "1")
    assert result.returncode == exitcodes.DATABASE, result.stderr[-1500:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("msqa: error: cannot rebuild")
    assert "nothing was changed" in lines[0]
    assert fingerprint(archive) == before


def add_future_migration(db: Path) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('msqa_scraper.store', '099_from_the_future', '2030-01-01')"
        )
        conn.commit()


def test_rebuild_refuses_an_archive_with_newer_migrations(archive: Path, tmp_path: Path) -> None:
    add_future_migration(archive)
    before = fingerprint(archive)
    for extra in ([], ["--into", str(tmp_path / "rebuilt.sqlite")]):
        result = msqa("rebuild", "--db", str(archive), *extra)
        assert result.returncode == exitcodes.DATABASE, result.stderr[-1500:]
        assert result.stderr.strip() == (
            f"msqa: error: {archive} was written by a newer msqa-scraper (unknown migrations: "
            "msqa_scraper.store:099_from_the_future); upgrade first"
        )
    assert fingerprint(archive) == before
    assert not (tmp_path / "rebuilt.sqlite").exists()


def test_a_crawl_refuses_an_archive_with_newer_migrations(archive: Path) -> None:
    add_future_migration(archive)
    crawls = query(archive, "SELECT count(*) FROM crawls")
    result = crawl(NOWHERE, archive)
    assert result.returncode == exitcodes.DATABASE, result.stderr[-1500:]
    assert result.stderr.strip().splitlines()[-1].startswith("msqa: error: ")
    assert "newer msqa-scraper" in result.stderr and "Traceback" not in result.stderr
    assert query(archive, "SELECT count(*) FROM crawls") == crawls


def test_rebuild_into_an_archive_a_crawl_is_writing_waits_for_no_crawl(
    archive: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.sqlite"
    shutil.copy(archive, target)
    before = fingerprint(target)
    with crawl_lock(target):
        result = msqa("rebuild", "--db", str(archive), "--into", str(target), "--force")
    assert result.returncode == exitcodes.LOCKED, result.stderr[-1500:]
    assert "locked by a running crawl" in result.stderr
    assert fingerprint(target) == before


def test_rebuild_into_refuses_a_stale_wal_beside_the_target(archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    wal = tmp_path / "new.sqlite-wal"
    wal.write_bytes(b"left over")
    refused = msqa("rebuild", "--db", str(archive), "--into", str(target))
    assert refused.returncode == exitcodes.BAD_INPUT
    assert refused.stderr.strip() == (
        f"msqa: error: {wal} is left beside {target} (use --force to remove it)"
    )
    assert wal.read_bytes() == b"left over" and not target.exists()
    forced = msqa("rebuild", "--db", str(archive), "--into", str(target), "--force")
    assert forced.returncode == 0, forced.stderr[-1500:]
    assert query(target, "SELECT count(*) FROM posts") == query(
        archive, "SELECT count(*) FROM posts"
    )
