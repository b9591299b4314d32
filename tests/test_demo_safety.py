"""``msqa demo`` replaces only a database it made itself; a real archive is never touched."""

from __future__ import annotations

from pathlib import Path

from crawling import msqa
from safety_fixtures import archive_fixture, captured_fixture, fingerprint  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import Archive
from msqa_scraper.store.demo import is_demo, mark_demo
from msqa_scraper.store.lock import crawl_lock


def assert_refused(result, code: int, fragment: str) -> None:
    assert result.returncode == code, result.stderr[-1500:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("msqa: error: ") and fragment in lines[0]
    assert "Replica serving" not in result.stdout


def test_demo_refuses_a_real_archive(archive: Path) -> None:
    before = fingerprint(archive)
    result = msqa("demo", "--db", str(archive), "--posts", "5")
    assert_refused(result, exitcodes.BAD_INPUT, "is not a demo database")
    assert fingerprint(archive) == before


def test_demo_refuses_a_real_archive_through_a_link(archive: Path, tmp_path: Path) -> None:
    link = tmp_path / "demo.sqlite"
    link.symlink_to(archive)
    before = fingerprint(archive)
    assert_refused(msqa("demo", "--db", str(link)), exitcodes.BAD_INPUT, "not a demo database")
    assert fingerprint(archive) == before and link.is_symlink()


def test_demo_refuses_a_foreign_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my notes, not a database")
    assert_refused(msqa("demo", "--db", str(notes)), exitcodes.BAD_INPUT, "not a demo database")
    assert notes.read_text() == "my notes, not a database"


def test_a_marked_database_crawled_from_a_real_site_is_not_a_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    mark_demo(db)
    assert is_demo(db)
    with Archive.open(db) as archive:
        archive.begin_crawl("http://www.healthcarejourney.com/q--a-for-virtual-ms-center", "x")
    assert not is_demo(db)
    assert_refused(msqa("demo", "--db", str(db)), exitcodes.BAD_INPUT, "not a demo database")


def test_demo_waits_for_no_crawl(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    mark_demo(db)
    before = db.read_bytes()
    with crawl_lock(db):
        result = msqa("demo", "--db", str(db))
    assert_refused(result, exitcodes.LOCKED, "locked by a running crawl")
    assert db.read_bytes() == before


def test_the_demo_database_is_marked_as_the_demo_s(tmp_path: Path) -> None:
    # Replacing it on a second run: tests/test_entry_points.py.
    db = tmp_path / "demo.sqlite"
    result = msqa("demo", "--db", str(db), "--posts", "4")
    assert result.returncode == 0, result.stderr[-1500:]
    assert is_demo(db)
