"""The crawl lock is per file, not per spelling (store/lock.py), and a crawl's log file is
checked before its crawl row exists."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from crawling import crawl, msqa

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import Archive
from msqa_scraper.store.lock import CrawlLocked, crawl_lock, lock_path

# Nothing listens here: a crawl that got past the lock would fail (exit 4), not exit 5.
NOWHERE = "http://127.0.0.1:9/q--a-for-virtual-ms-center"


def test_a_second_crawl_through_a_link_or_another_spelling_gets_the_lock_error(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "msqa.sqlite"
    Archive.open(db).close()  # an existing archive: its file is locked too (hard links)
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    hard = tmp_path / "hard.sqlite"
    os.link(db, hard)
    # The first crawl, as far as the lock goes (a real concurrent crawl:
    # tests/test_recrawl.py::test_second_concurrent_crawl_exits_with_the_lock_code).
    with crawl_lock(db):
        seconds = {
            "symlink": crawl(NOWHERE, link),
            "dotdot": crawl(NOWHERE, data / ".." / "data" / "msqa.sqlite"),
            "hard link": crawl(NOWHERE, hard),
        }
    for spelling, second in seconds.items():
        assert second.returncode == exitcodes.LOCKED, (spelling, second.stderr[-1500:])
        assert second.stderr.strip().splitlines()[-1].startswith("msqa: error:"), spelling
        assert f"locked by a running crawl (pid {os.getpid()})" in second.stderr, spelling
    assert link.is_symlink()
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM crawls").fetchone() == (0,)


def test_the_lock_never_opens_the_archive_file(tmp_path: Path) -> None:
    # Closing any descriptor of a SQLite file drops the process' POSIX locks on it, SQLite's
    # own included: the lock may stat the archive, never open it.
    db = tmp_path / "msqa.sqlite"
    Archive.open(db).close()
    before = set(_open_files())
    with crawl_lock(db):
        Archive.open(db).close()  # schema.connect adopts the file into the held lock
        opened = set(_open_files()) - before
        assert os.path.realpath(db) not in opened
        assert any(path.endswith(".lock") for path in opened)


def _open_files() -> list[str]:
    fds = Path("/proc/self/fd")
    return [os.path.realpath(fd) for fd in fds.iterdir() if fd.is_symlink()]


def test_the_lock_file_sits_beside_the_real_archive(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(db)
    assert lock_path(link) == lock_path(db) == tmp_path / "msqa.sqlite.lock"
    with crawl_lock(link):
        assert (tmp_path / "msqa.sqlite.lock").read_text() == f"pid {os.getpid()}"
        assert not (link.parent / "link.sqlite.lock").exists()


def test_the_lock_is_reentrant_in_one_process_and_exclusive_across_processes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "msqa.sqlite"
    probe = [sys.executable, "-c",
             "import sys; from msqa_scraper.store.lock import crawl_lock, CrawlLocked\n"
             "try:\n    crawl_lock(sys.argv[1]).__enter__()\nexcept CrawlLocked:\n"
             "    sys.exit(5)", str(db)]  # fmt: skip
    with crawl_lock(db), crawl_lock(tmp_path / "." / "msqa.sqlite"):
        assert subprocess.run(probe, check=False).returncode == 5
    assert subprocess.run(probe, check=False).returncode == 0


def test_a_lock_held_elsewhere_is_an_error_here(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from msqa_scraper.store.lock import crawl_lock\n"
         "with crawl_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        link = tmp_path / "link.sqlite"
        link.symlink_to(db)
        match = rf"locked by a running crawl \(pid {holder.pid}\)"
        with pytest.raises(CrawlLocked, match=match), crawl_lock(link):
            pass
    finally:
        holder.kill()
        holder.wait()


def crawl_rows(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, status FROM crawls").fetchall()


def test_a_log_file_in_a_missing_folder_is_one_line_and_leaves_no_crawl_row(
    tmp_path: Path,
) -> None:
    db = tmp_path / "msqa.sqlite"
    log = tmp_path / "no" / "such" / "crawl.log"
    result = msqa("crawl", "--base-url", NOWHERE, "--db", str(db), "--log-file", str(log))
    assert result.returncode == exitcodes.BAD_INPUT, result.stderr[-1500:]
    assert (
        result.stderr.strip() == f"msqa: error: --log-file: the folder {log.parent} does not exist"
    )
    assert crawl_rows(db) == [] and not log.parent.exists()


def test_the_log_file_may_not_be_the_archive(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    db.write_bytes(b"")
    link = tmp_path / "log.txt"
    link.symlink_to(db)
    result = msqa("crawl", "--base-url", NOWHERE, "--db", str(db), "--log-file", str(link))
    assert result.returncode == exitcodes.BAD_INPUT
    assert (
        result.stderr.startswith("msqa: error: --log-file: ") and "is the archive" in result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == b""


def test_the_log_file_may_not_be_any_other_archive(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    Archive.open(other).close()
    before = other.read_bytes()
    db = tmp_path / "msqa.sqlite"
    result = msqa("crawl", "--base-url", NOWHERE, "--db", str(db), "--log-file", str(other))
    assert result.returncode == exitcodes.BAD_INPUT
    assert result.stderr.strip() == (
        f"msqa: error: --log-file: {other} is a SQLite database; refusing to append to it"
    )
    assert other.read_bytes() == before and crawl_rows(db) == []


def test_a_first_crawl_locks_the_file_it_creates(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    hard = tmp_path / "hard.sqlite"
    with crawl_lock(db):
        assert not db.exists()
        Archive.open(db).close()  # what the crawl does first, under the lock
        os.link(db, hard)
        second = crawl(NOWHERE, hard)
    assert second.returncode == exitcodes.LOCKED, second.stderr[-1500:]
    assert "locked by a running crawl" in second.stderr
