"""``msqa therapies``: the curated list with live post counts."""

from __future__ import annotations

import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import therapies


def test_lists_every_therapy_of_the_data_file_most_mentioned_first(research_db: Path) -> None:
    result = run("therapies", "--json", "--db", research_db)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["drug"] for r in rows} == set(therapies.packaged().therapies)
    assert rows[0]["drug"] == "natalizumab" and rows[0]["posts"] == 2
    assert rows[0]["brands"] == ["Tysabri", "Tyruko"] and rows[0]["class"] == "DMT"
    assert {r["drug"]: r["posts"] for r in rows}["alemtuzumab"] == 0


def test_table_and_csv(research_db: Path) -> None:
    table = run("therapies", "--db", research_db).stdout
    assert "natalizumab" in table and "Tysabri" in table
    csv_out = run("therapies", "--csv", "--db", research_db).stdout
    assert csv_out.startswith("drug,class,brands,posts")


def test_bad_input(tmp_path: Path) -> None:
    assert_one_line_error(
        run("therapies", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )


def test_help() -> None:
    result = run("therapies", "--help")
    assert result.exit_code == 0 and "--drug" in result.stdout
