"""An archive made before migration 008 (an older msqa-scraper), read by a scheduled job.

What such a job needs: its output on stdout exactly as for a current archive (a pipe, a
``--json`` parser), its exit code unchanged, one note per command on stderr that names the
command upgrading the archive in place (``msqa upgrade``), and, once that has run, no note and
no temporary copy any more. ``msqa upgrade`` applies only the pending migrations; on a current
archive, and on anything it refuses, it leaves the folder as it was.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, build_archive, run

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import queries

NOTE = "msqa: note: "


def make_pre_008(db: Path) -> Path:
    """Take ``db`` back to the schema of a release before 008_crawl_bounds."""
    with closing(sqlite3.connect(db)) as conn:
        conn.executescript(
            """
            ALTER TABLE crawls DROP COLUMN bounds;
            DELETE FROM _sqlite_migrations WHERE name = '008_crawl_bounds';
            """
        )
        conn.commit()
    assert queries.pending_upgrade(db) == ["msqa_scraper.store:008_crawl_bounds"]
    return db


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder the upgraded copies go to (checked empty afterwards)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def old(tmp_path: Path) -> Path:
    folder = tmp_path / "my archive"  # a space: the suggested command must still paste
    folder.mkdir()
    return make_pre_008(build_archive(folder / "msqa.sqlite"))


def copies(scratch: Path) -> list[Path]:
    """The upgraded copies left in the temp folder (the crawl lock keeps its own folder)."""
    return [path for path in scratch.iterdir() if path.name != "msqa-locks"]


def notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(NOTE)]


# Read commands whose stdout a script reads.
PIPED = {
    "search-json": ["search", "tysabri", "--json"],
    "search-csv": ["search", "tysabri", "--csv"],
    "export-csv": ["export"],
    "export-jsonl": ["export", "--format", "jsonl"],
    "stats-json": ["stats", "--json"],
    "experts-json": ["experts", "--json"],
    "experts-review": ["experts", "--review", "--json"],
    "show-json": ["show", "2002", "--json"],
    "therapies-csv": ["therapies", "--csv"],
    "metadata": ["metadata"],
}


@pytest.mark.parametrize("name", list(PIPED))
def test_a_read_of_an_older_archive_notes_once_on_stderr_and_keeps_stdout_as_is(
    name: str, old: Path, scratch: Path
) -> None:
    args = PIPED[name]
    before = run(*args, "--db", old)
    assert before.exit_code == 0, before.output
    [note] = notes(before.stderr)  # once per command
    assert f"`msqa upgrade --db {shlex.quote(str(old))}`" in note
    assert NOTE not in before.stdout
    if "--json" in args or name == "metadata":
        json.loads(before.stdout)  # stdout is the JSON alone
    assert copies(scratch) == []

    upgraded = run("upgrade", "--db", old)
    assert upgraded.exit_code == 0, upgraded.output
    after = run(*args, "--db", old)
    assert after.exit_code == 0, after.output
    assert after.stdout == before.stdout  # the copy read the same rows
    assert notes(after.stderr) == []
    assert copies(scratch) == []  # no copy any more


def test_a_failing_read_keeps_its_exit_code_and_one_error_line(old: Path, scratch: Path) -> None:
    result = run("show", "no-such-post", "--db", old)
    assert result.exit_code == exitcodes.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(notes(result.stderr)) == 1 and lines[-1].startswith("msqa: error: ")
    assert result.stdout == ""


def test_upgrade_applies_the_pending_migrations_in_place(old: Path, scratch: Path) -> None:
    posts = run("export", "--format", "jsonl", "--db", old).stdout
    result = run("upgrade", "--db", old)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"upgraded {old} in place: 1 schema migration (008_crawl_bounds)\n"
    assert result.stderr == ""
    assert queries.pending_upgrade(old) == []
    with closing(sqlite3.connect(old)) as conn:
        assert "bounds" in {row[1] for row in conn.execute("PRAGMA table_info(crawls)")}
    assert run("export", "--format", "jsonl", "--db", old).stdout == posts
    # No -wal or -shm left by the upgrade's write; its lock file, as a crawl's.
    assert sorted(p.name for p in old.parent.iterdir()) == ["msqa.sqlite", "msqa.sqlite.lock"]


def folder_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file's size and time, and the folder's own time (a -wal coming and going)."""
    files = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}
    return {**files, ".": (0, folder.stat().st_mtime_ns)}


def test_upgrade_of_a_current_archive_changes_nothing(tmp_path: Path) -> None:
    db = build_archive(tmp_path / "msqa.sqlite")
    before = folder_state(tmp_path)
    result = run("upgrade", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{db} is up to date: no schema upgrade pending\n"
    assert folder_state(tmp_path) == before  # not even a lock file


def test_upgrade_waits_for_no_crawl_and_leaves_the_archive_older(old: Path) -> None:
    # The lock is re-entrant within a process: a crawl of its own holds it.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from msqa_scraper.store.lock import crawl_lock\n"
         "with crawl_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)", str(old)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = folder_state(old.parent)
        result = run("upgrade", "--db", old)
    finally:
        holder.kill()
        holder.wait()
    assert_one_line_error(result, exitcodes.LOCKED, "locked by a running crawl", "msqa upgrade")
    assert folder_state(old.parent) == before
    assert queries.pending_upgrade(old) == ["msqa_scraper.store:008_crawl_bounds"]


def test_upgrade_refusals_are_one_line_and_leave_the_folder(tmp_path: Path) -> None:
    notes_file = tmp_path / "notes.sqlite"
    notes_file.write_text("not a database")
    foreign = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE notes (x)")
    newer = build_archive(tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('msqa_scraper.store', '099_from_the_future', '2030-01-01')"
        )
        conn.commit()
    cases = {
        notes_file: "file is not a database",
        foreign: "not an msqa archive",
        newer: "newer msqa-scraper",
        tmp_path / "absent.sqlite": "no archive at",
    }
    for path, fragment in cases.items():
        before = folder_state(tmp_path)
        result = run("upgrade", "--db", path)
        assert_one_line_error(result, exitcodes.DATABASE, fragment)
        assert folder_state(tmp_path) == before, path


def test_upgrade_of_a_read_only_older_archive_is_refused(old: Path) -> None:
    old.chmod(0o444)
    try:
        result = run("upgrade", "--db", old)
    finally:
        old.chmod(0o644)
    assert_one_line_error(result, exitcodes.DATABASE, "is read-only")
    assert queries.pending_upgrade(old) == ["msqa_scraper.store:008_crawl_bounds"]
