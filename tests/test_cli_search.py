"""``msqa search``: ranked full-text results with snippets, filters, formats and bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.search import COLUMNS, around_match


def search_json(db: Path, *args: str) -> list[dict]:
    result = run("search", *args, "--json", "--db", db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_results_are_ranked_with_snippet_experts_and_date(research_db: Path) -> None:
    rows = search_json(research_db, "flushing")
    assert [r["id"] for r in rows] == ["2005"]
    (row,) = rows
    assert row["posted_date"] == "2024-02-28"
    assert row["experts"] == "Revere (Rip) Kinkel"
    assert "[flushing]" in row["snippet"].lower()
    assert row["therapies"] == "dimethyl fumarate; diroximel fumarate"
    assert set(row) == set(COLUMNS)

    # A title hit outranks a body-only hit: both posts name Tysabri, only 2001 in its answer too,
    # but both titles do; stemming finds "switching" from "switch".
    assert [r["id"] for r in search_json(research_db, "switch")] == ["2002"]
    ranked = search_json(research_db, "tysabri")
    assert {r["id"] for r in ranked} == {"2001", "2002"}
    assert ranked[0]["score"] >= ranked[1]["score"]


def test_table_is_the_default_and_says_when_nothing_matches(research_db: Path) -> None:
    result = run("search", "spasticity", "--db", research_db)
    assert result.exit_code == 0
    header, _rule, *rows = result.stdout.splitlines()
    assert header.split()[:3] == ["date", "id", "title"]
    assert len(rows) == 1 and "Spasticity at night" in rows[0]

    nothing = run("search", "hovercraft", "--db", research_db)
    assert nothing.exit_code == 0
    assert nothing.stdout.strip() == "No posts match 'hovercraft'."


def test_csv_has_a_header_and_full_values(research_db: Path) -> None:
    result = run("search", "tysabri OR kesimpta", "--csv", "--db", research_db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS)
    assert {r["id"] for r in rows} == {"2001", "2002", "2007"}


def test_limit(research_db: Path) -> None:
    assert len(search_json(research_db, "tysabri OR kesimpta", "--limit", "2")) == 2


def test_drug_filter_accepts_brand_generic_or_alias(research_db: Path) -> None:
    # 2002 names Tysabri in its title and ocrelizumab (Ocrevus) in its changed answer.
    for name in ("Ocrevus", "ocrelizumab", "OCREVUS ZUNOVO"):
        assert [r["id"] for r in search_json(research_db, "patients", "--drug", name)] == ["2002"]
    assert {r["id"] for r in search_json(research_db, "safe OR switch", "--drug", "tysabri")} == {
        "2001",
        "2002",
    }
    assert search_json(research_db, "patients", "--drug", "baclofen") == []


def test_removed_posts_only_on_request(research_db: Path) -> None:
    assert search_json(research_db, "vitamin") == []
    (row,) = search_json(research_db, "vitamin", "--include-removed")
    assert row["id"] == "2006" and row["removed_at"]


def test_bad_fts_syntax_is_one_line(research_db: Path) -> None:
    for query in ('"unbalanced', "AND", "nosuchcolumn:word"):
        result = run("search", query, "--db", research_db)
        assert_one_line_error(result, exitcodes.BAD_INPUT, "bad search query")


def test_unknown_drug_is_one_line_with_a_suggestion(research_db: Path) -> None:
    result = run("search", "pml", "--drug", "tysabr", "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "unknown drug 'tysabr'", "Tysabri")
    result = run("search", "pml", "--drug", "aspirin", "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "unknown drug 'aspirin'")


def test_missing_database(tmp_path: Path) -> None:
    result = run("search", "pml", "--db", tmp_path / "nope.sqlite")
    assert_one_line_error(result, exitcodes.DATABASE, "no archive at")


def test_help() -> None:
    result = run("search", "--help")
    assert result.exit_code == 0
    for option in ("--limit", "--drug", "--include-removed", "--json", "--csv", "--db"):
        assert option in result.stdout


def test_table_snippets_start_near_the_match() -> None:
    snippet = "…" + "word " * 30 + "and [Natalizumab] (Tysabri) binds"
    shown = around_match(snippet, 70)
    assert shown.startswith("…word") and shown.index("[Natalizumab]") < 30
    assert around_match("short [hit] here", 70) == "short [hit] here"
