"""An archive made by an older msqa-scraper (fewer migrations recorded) is never written by a
command that only reads it: read commands and ``msqa rebuild --into`` read a migrated private
copy; only a crawl, ``msqa retag`` and an in-place rebuild upgrade the archive itself."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from capture_history import History, make_history
from research_fixtures import assert_one_line_error, build_archive, run
from sqlite_utils import Database

from msqa_scraper.cli import browse, exitcodes
from msqa_scraper.store import queries

# The two newest migrations, undone as an archive made before them would lack them.
OLDER = (
    "msqa_scraper.store:007_media_and_date_order",
    "msqa_scraper.store.captures:010_capture_charset",
)


def make_older(db: Path) -> None:
    """Take ``db`` back to the schema a release before 007 and 010 made."""
    with sqlite3.connect(db) as conn:
        conn.executescript(
            """
            DROP TABLE post_media;
            ALTER TABLE crawls DROP COLUMN date_order;
            ALTER TABLE crawls DROP COLUMN date_order_source;
            ALTER TABLE post_versions DROP COLUMN media;
            ALTER TABLE captures DROP COLUMN charset;
            DELETE FROM _sqlite_migrations
            WHERE name IN ('007_media_and_date_order', '010_capture_charset');
            """
        )
        assert queries.pending_migrations(Database(conn)) == list(OLDER)
    conn.close()
    assert not Path(f"{db}-wal").exists()


def state(db: Path) -> dict[str, tuple[str, int]]:
    """The archive file and its -wal: content digest and modification time."""
    found = {}
    for suffix in ("", "-wal"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            found[suffix] = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    return found


def assert_untouched(db: Path, before: dict[str, tuple[str, int]]) -> None:
    after = state(db)
    assert after[""] == before[""], "the archive file was written"
    # A read-only reader of a WAL database may leave an empty -wal (and its -shm index) behind
    # (SQLite's own bookkeeping); it must hold no frame, i.e. no page of the archive changed.
    if "-wal" in before:
        assert after["-wal"] == before["-wal"]
    elif "-wal" in after:
        assert Path(f"{db}-wal").stat().st_size == 0
    assert queries.pending_upgrade(db) == list(OLDER)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder the private copies go to, checked empty afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(browse, "run_datasette", lambda args: None)
    return folder


READS = {
    "search": ["search", "tysabri"],
    "export": ["export"],
    "stats": ["stats"],
    "experts": ["experts"],
    "show": ["show", "2001"],
    "therapies": ["therapies"],
    "metadata": ["metadata"],
    "browse": ["browse"],
}


@pytest.mark.parametrize("name", [*READS, "report", "export-warc"])
def test_read_commands_leave_an_older_archive_as_it_is(
    name: str, tmp_path: Path, scratch: Path
) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    make_older(db)
    before = state(db)
    outputs = {
        "report": ["report", tmp_path / "r.html"],
        "export-warc": ["export-warc", tmp_path / "c.warc.gz"],
    }
    args = outputs.get(name, READS.get(name))
    result = run(*args, "--db", db)
    assert result.exit_code == 0, result.output
    assert_untouched(db, before)
    assert f"msqa: note: {db} was made by an older msqa-scraper" in result.stderr
    assert list(scratch.iterdir()) == []  # the upgraded copy is gone


def test_an_older_archive_reads_as_the_current_schema(tmp_path: Path, scratch: Path) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    current = run("export", "--db", db).stdout
    make_older(db)
    reader = queries.open_for_reading(db)
    try:
        assert queries.upgraded_copy(reader)
        assert queries.pending_migrations(reader) == []
        assert "post_media" in reader.table_names()
    finally:
        reader.close()
    assert run("export", "--db", db).stdout == current
    assert list(scratch.iterdir()) == []


def test_a_current_archive_is_read_in_place(tmp_path: Path) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    reader = queries.open_for_reading(db)
    try:
        assert not queries.upgraded_copy(reader)
    finally:
        reader.close()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return make_history(tmp_path_factory.mktemp("old-history"), posts=12, seed=5)


def posts(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT id, url, title, question, answer, removed_at FROM posts ORDER BY id"
        ).fetchall()
    conn.close()
    return rows


def older_copy(db: Path, old: Path) -> Path:
    """A copy of ``db`` at ``old``, taken back to the older schema (``db`` is left as it is)."""
    with sqlite3.connect(db) as conn, sqlite3.connect(old) as copy:
        conn.backup(copy)
    conn.close()
    copy.close()
    make_older(old)
    return old


def test_rebuild_into_leaves_an_older_archive_untouched(history: History, tmp_path: Path) -> None:
    old = older_copy(history.db, tmp_path / "old.sqlite")
    before = state(old)
    new = tmp_path / "new" / "rebuilt.sqlite"
    new.parent.mkdir()
    result = run("rebuild", "--into", new, "--db", old, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert_untouched(old, before)
    assert queries.pending_upgrade(new) == []
    assert posts(new) == posts(old) != []
    assert sorted(p.name for p in new.parent.iterdir()) == ["rebuilt.sqlite"]


def test_rebuild_in_place_upgrades_an_older_archive(history: History, tmp_path: Path) -> None:
    old = older_copy(history.db, tmp_path / "old.sqlite")
    want = posts(old)
    result = run("rebuild", "--db", old, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert queries.pending_upgrade(old) == []
    assert posts(old) == want


def test_retag_upgrades_an_older_archive_without_a_copy(tmp_path: Path, scratch: Path) -> None:
    # retag writes the archive anyway (tags, expert links): it upgrades it in place, as a crawl.
    db = build_archive(tmp_path / "msqa.sqlite")
    make_older(db)
    result = run("retag", "--db", db)
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr
    assert queries.pending_upgrade(db) == []
    assert list(scratch.iterdir()) == []


def test_no_room_for_the_upgraded_copy_is_one_line(tmp_path: Path, scratch: Path) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    make_older(db)
    before = state(db)
    tempfile.tempdir = str(tmp_path / "missing")  # the scratch fixture restores it
    result = run("stats", "--db", db)
    assert_one_line_error(result, exitcodes.DATABASE, f"{db} needs a schema upgrade to be read")
    assert_untouched(db, before)


def test_an_older_archive_with_a_newer_migration_is_named_as_such(
    tmp_path: Path, scratch: Path
) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    make_older(db)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('msqa_scraper.store', '099_from_the_future', '2030-01-01')"
        )
    conn.close()
    result = run("stats", "--db", db)
    assert_one_line_error(result, exitcodes.DATABASE, f"{db} was written by a newer msqa-scraper")
    assert list(scratch.iterdir()) == []
