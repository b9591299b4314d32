"""A command that refuses leaves the archive's folder exactly as it was: the same files, with
the same sizes and modification times, the folder's own time unchanged, and no lock file
(beside the archive or in the temp folder's ``msqa-locks``) that was not there before.

Every refusal the archive's own state or the command's arguments give is found read-only
before the crawl lock is taken (``runner.check_crawl_target``, ``demo.check_demo_target``,
``offline.rebuild.check_rebuild_source``): taking the lock creates ``ARCHIVE.lock`` or rewrites
the pid in it. The checks read through ``queries.look``, which opens a WAL archive nobody has
open without creating its ``-wal`` and ``-shm``. Refused because another crawl holds the lock, a command only opens the lock
file that crawl made (tests/test_demo_safety.py, tests/test_lock.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from research_fixtures import BASE_URL, assert_one_line_error, build_archive, run

from msqa_scraper.cli import exitcodes
from msqa_scraper.store.demo import mark_demo
from msqa_scraper.store.lock import crawl_lock, inode_lock_path

State = dict[str, tuple[int, int]]
# Nothing listens there: should a refusal be missed, the crawl fails at once instead of waiting
# for DNS (CliRunner runs it in this process).
NOWHERE = ["--base-url", "http://127.0.0.1:9/q--a-for-virtual-ms-center", "-s", "RETRY_TIMES=0"]


def folder_state(folder: Path, db: Path) -> tuple[State, tuple[int, int] | None]:
    """Every file in ``folder`` (name -> size, mtime), and the archive file's lock in the temp
    folder (size, mtime) if there is one."""
    files = {p.name: (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.iterdir()}
    # The folder's own time too: it changes when any file is made or removed in it, even a
    # -wal and -shm that a read-only open creates and its close removes.
    files["."] = (0, folder.stat().st_mtime_ns)
    inode_lock = None
    if db.exists():
        st = db.stat()
        lock = inode_lock_path(st.st_dev, st.st_ino)
        if lock.exists():
            inode_lock = (lock.stat().st_size, lock.stat().st_mtime_ns)
    return files, inode_lock


def assert_refused_and_untouched(db: Path, code: int, fragment: str, *args: str) -> None:
    before = folder_state(db.parent, db)
    result = run(*args, "--db", db)
    assert_one_line_error(result, code, fragment)
    assert folder_state(db.parent, db) == before


def real_archive(folder: Path) -> Path:
    """An archive with posts from the live blog's address, as a crawl makes it, copied into a
    folder without its lock file (restored from a backup, say)."""
    folder.mkdir()
    return build_archive(folder / "msqa.sqlite")


def text_file(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "notes.sqlite"
    path.write_text("my notes, not a database\n")
    return path


def foreign_database(folder: Path) -> Path:
    """Somebody's own SQLite database, which msqa did not create."""
    folder.mkdir()
    path = folder / "notes.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
        conn.commit()
    return path


def newer_archive(folder: Path) -> Path:
    db = real_archive(folder)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('msqa_scraper.store', '099_from_the_future', '2030-01-01')"
        )
        conn.commit()
    return db


def no_captures_archive(folder: Path) -> Path:
    """An archive whose versions no capture backs: a rebuild would lose them."""
    return real_archive(folder)


Make = Callable[[Path], Path]

# (command line before --db, how the file is made, exit code, fragment of the error)
REFUSALS: dict[str, tuple[list[str], Make, int, str]] = {
    "demo-real-archive": (["demo"], real_archive, exitcodes.BAD_INPUT, "not a demo database"),
    "demo-text-file": (["demo"], text_file, exitcodes.BAD_INPUT, "not a demo database"),
    "demo-foreign-database": (
        ["demo"],
        foreign_database,
        exitcodes.BAD_INPUT,
        "not a demo database",
    ),
    "crawl-another-site": (
        ["crawl", "--base-url", "http://127.0.0.1:9/blog", "-s", "RETRY_TIMES=0"],
        real_archive,
        exitcodes.BAD_INPUT,
        "one archive per blog",
    ),
    "crawl-unknown-spider": (
        ["crawl", "--spider", "nope", *NOWHERE],
        real_archive,
        exitcodes.BAD_INPUT,
        "unknown spider 'nope'",
    ),
    "crawl-text-file": (
        ["crawl", *NOWHERE],
        text_file,
        exitcodes.DATABASE,
        "file is not a database",
    ),
    "crawl-foreign-database": (
        ["crawl", *NOWHERE],
        foreign_database,
        exitcodes.DATABASE,
        "not an msqa archive",
    ),
    "crawl-newer-archive": (
        ["crawl", *NOWHERE],
        newer_archive,
        exitcodes.DATABASE,
        "newer msqa-scraper",
    ),
    "rebuild-text-file": (["rebuild"], text_file, exitcodes.DATABASE, "not a database"),
    "rebuild-foreign-database": (
        ["rebuild"],
        foreign_database,
        exitcodes.DATABASE,
        "not an msqa archive",
    ),
    "rebuild-newer-archive": (
        ["rebuild"],
        newer_archive,
        exitcodes.DATABASE,
        "newer msqa-scraper",
    ),
    "rebuild-versions-without-captures": (
        ["rebuild"],
        no_captures_archive,
        exitcodes.DATABASE,
        "without a stored capture",
    ),
    "retag-text-file": (["retag"], text_file, exitcodes.DATABASE, "not a database"),
    "retag-foreign-database": (
        ["retag"],
        foreign_database,
        exitcodes.DATABASE,
        "not an msqa archive",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refusal_leaves_the_folder_as_it_was(case: str, tmp_path: Path) -> None:
    args, make, code, fragment = REFUSALS[case]
    db = make(tmp_path / "data")
    assert not Path(f"{db}.lock").exists()
    assert_refused_and_untouched(db, code, fragment, *args)


@pytest.mark.parametrize(
    "case", ["demo-real-archive", "crawl-another-site", "rebuild-newer-archive"]
)
def test_a_refusal_leaves_an_existing_lock_file_as_it_was(case: str, tmp_path: Path) -> None:
    """The lock file of an earlier crawl keeps its bytes and time: a refusal takes no lock."""
    args, make, code, fragment = REFUSALS[case]
    db = make(tmp_path / "data")
    with crawl_lock(db):
        pass  # as a finished crawl left it: "pid N"
    assert Path(f"{db}.lock").read_text().startswith("pid ")
    assert_refused_and_untouched(db, code, fragment, *args)


def test_a_demo_refused_beside_a_stale_wal_leaves_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "demo.sqlite"
    Path(f"{db}-wal").write_bytes(b"frames of a database that is gone")
    assert_refused_and_untouched(db, exitcodes.BAD_INPUT, "without its database", "demo")


def test_a_crawl_still_writes_an_empty_or_marked_file(tmp_path: Path) -> None:
    """What the check lets through: an empty file (``touch``) and a marked demo database are
    no one's data; an archive with a table of the researcher's own is still an archive."""
    from msqa_scraper.runner import check_crawl_target

    empty = tmp_path / "empty.sqlite"
    empty.touch()
    marked = tmp_path / "demo.sqlite"
    mark_demo(marked)
    own_table = build_archive(tmp_path / "msqa.sqlite")
    with closing(sqlite3.connect(own_table)) as conn:
        conn.execute("CREATE TABLE my_notes (post_id TEXT, note TEXT)")
        conn.commit()
    for path in (empty, marked, own_table, tmp_path / "absent.sqlite"):
        check_crawl_target(path, BASE_URL)  # raises nothing


def test_a_crawl_into_a_foreign_database_names_its_tables(tmp_path: Path) -> None:
    db = foreign_database(tmp_path / "data")
    result = run("crawl", *NOWHERE, "--db", db)
    assert_one_line_error(result, exitcodes.DATABASE, "not an msqa archive", "notes")
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_look_sees_commits_still_in_the_wal(tmp_path: Path) -> None:
    """With a -wal beside the archive (a crawl writing, or one killed before its checkpoint),
    the look is an ordinary read: it sees those commits, which an immutable open would miss."""
    from msqa_scraper.store.queries import look

    db = build_archive(tmp_path / "msqa.sqlite")
    count = "SELECT count(*) FROM crawls"
    writer = sqlite3.connect(db)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        before = writer.execute(count).fetchone()[0]
        writer.execute("INSERT INTO crawls (started_at, status) VALUES ('2030-01-01', 'running')")
        writer.commit()
        assert Path(f"{db}-wal").stat().st_size > 0
        assert look(db, lambda conn: conn.execute(count).fetchone()[0]) == before + 1
    finally:
        writer.close()


def test_a_look_at_a_file_that_is_no_database_raises_the_ordinary_error(tmp_path: Path) -> None:
    from msqa_scraper.store.queries import look

    path = text_file(tmp_path / "data")
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        look(path, lambda conn: conn.table_names())
