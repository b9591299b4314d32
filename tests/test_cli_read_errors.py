"""What every read command shares: one-line errors for unusable databases, reading while a crawl
writes, and reading an archive made before therapy tagging (through an upgraded copy)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, build_archive, run

from msqa_scraper.cli import browse, exitcodes

COMMANDS = {
    "search": ["search", "tysabri"],
    "export": ["export"],
    "stats": ["stats"],
    "experts": ["experts"],
    "show": ["show", "2001"],
    "therapies": ["therapies"],
    "retag": ["retag"],
    "browse": ["browse"],
}


@pytest.fixture(autouse=True)
def no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browse, "run_datasette", lambda args: None)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return build_archive(tmp_path / "msqa.sqlite")


def command(name: str, db: Path, tmp_path: Path) -> list[str | Path]:
    if name == "report":
        return ["report", tmp_path / "r.html", "--db", db]
    return [*COMMANDS[name], "--db", db]


ALL = [*COMMANDS, "report"]


@pytest.mark.parametrize("name", ALL)
def test_missing_file(name: str, tmp_path: Path) -> None:
    result = run(*command(name, tmp_path / "missing.sqlite", tmp_path))
    assert_one_line_error(result, exitcodes.DATABASE, "no archive at")


@pytest.mark.parametrize("name", ALL)
def test_not_a_database(name: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("these are not the bytes you are looking for\n" * 100)
    assert_one_line_error(run(*command(name, junk, tmp_path)), exitcodes.DATABASE, str(junk))


@pytest.mark.parametrize("name", ALL)
def test_a_database_that_is_not_an_archive(name: str, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    result = run(*command(name, foreign, tmp_path))
    assert_one_line_error(result, exitcodes.DATABASE, "not an msqa archive")


@pytest.mark.parametrize("name", ["search", "export", "stats", "experts", "show", "report"])
def test_reads_while_another_connection_is_writing(
    name: str, archive: Path, tmp_path: Path
) -> None:
    writer = sqlite3.connect(archive, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock, as a crawl storing a post does
        writer.execute("INSERT INTO crawls (started_at) VALUES ('2026-12-01T00:00:00Z')")
        result = run(*command(name, archive, tmp_path))
        assert result.exit_code == 0, result.output
        if name == "stats":
            assert "2 crawls" in result.stdout  # the uncommitted crawl is not visible
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_an_archive_from_before_therapy_tagging_is_read_through_an_upgraded_copy(
    archive: Path,
) -> None:
    with sqlite3.connect(archive) as conn:
        conn.executescript(
            """
            DROP VIEW qa_browse; DROP VIEW therapy_stats;
            DROP TABLE post_drugs; DROP TABLE therapies;
            DELETE FROM _sqlite_migrations WHERE name = '005_therapies';
            """
        )
    before = archive.read_bytes()
    result = run("search", "tysabri OR safe", "--drug", "natalizumab", "--json", "--db", archive)
    assert result.exit_code == 0, result.output
    assert {r["id"] for r in json.loads(result.stdout)} == {"2001", "2002"}
    assert archive.read_bytes() == before  # reading never upgrades the archive itself
