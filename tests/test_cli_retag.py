"""``msqa retag``: reload the therapies table and re-tag every post after the data file changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import therapies


@pytest.fixture
def archive_copy(research_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "msqa.sqlite"
    with sqlite3.connect(research_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def tags(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT post_id, drug FROM post_drugs"))


def test_retag_restores_the_tags(archive_copy: Path) -> None:
    before = tags(archive_copy)
    with sqlite3.connect(archive_copy) as conn:
        conn.execute("DELETE FROM post_drugs")
    result = run("retag", "--db", archive_copy)
    assert result.exit_code == 0, result.output
    version = therapies.packaged().version
    assert result.stdout.strip() == (
        f"Tagged 7 posts with therapies data {version} "
        f"({len(therapies.packaged().therapies)} therapies): 6 mention at least one."
    )
    assert tags(archive_copy) == before


def test_retag_applies_a_changed_data_file(
    archive_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = therapies.Therapies.from_json(
        {
            "version": "2099.1",
            "date": "2099-01-01",
            "therapies": {
                "cholecalciferol": {"brands": [], "aliases": ["vitamin D"], "class": "symptomatic"}
            },
        }
    )
    monkeypatch.setattr(therapies, "packaged", lambda: changed)
    assert run("retag", "--db", archive_copy).exit_code == 0
    # Only the new therapy is left; removed post 2006 is re-tagged too.
    assert tags(archive_copy) == {("2006", "cholecalciferol")}
    with sqlite3.connect(archive_copy) as conn:
        assert conn.execute("SELECT generic, therapies_version FROM therapies").fetchall() == [
            ("cholecalciferol", "2099.1")
        ]
        assert conn.execute("SELECT DISTINCT therapies_version FROM post_drugs").fetchall() == [
            ("2099.1",)
        ]


def test_bad_input(tmp_path: Path) -> None:
    assert_one_line_error(
        run("retag", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    assert_one_line_error(run("retag", "--db", foreign), exitcodes.DATABASE, "not an msqa archive")
    with sqlite3.connect(foreign) as conn:  # left alone: no archive tables created in it
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["birds"]


def test_help() -> None:
    result = run("retag", "--help")
    assert result.exit_code == 0 and "ms_therapies.json" in result.stdout
