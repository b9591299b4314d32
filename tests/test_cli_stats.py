"""``msqa stats``: counts by month, expert, category and therapy, and the crawl history."""

from __future__ import annotations

import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes


def test_json_has_every_section(research_db: Path) -> None:
    result = run("stats", "--json", "--db", research_db)
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    totals = stats["totals"]
    assert (totals["live_posts"], totals["removed_posts"], totals["versions"]) == (6, 1, 8)
    assert totals["experts"] == 2 and totals["crawls"] == 2
    assert totals["posts_mentioning_therapies"] == 6
    months = {m["month"]: m["posts"] for m in stats["posts_per_month"]}
    assert months == {None: 1, "2022-11": 0, "2023-01": 1, "2023-03": 1, "2024-02": 2, "2024-03": 1}
    assert [(e["expert"], e["answers"]) for e in stats["answers_per_expert"]] == [
        ("Jane Doe", 4),
        ("Revere (Rip) Kinkel", 3),
    ]
    assert {c["category"]: c["posts"] for c in stats["posts_per_category"]} == {
        "Treatments": 5,
        "Symptoms": 2,
    }
    therapies = {t["drug"]: t for t in stats["therapy_mentions"]}
    assert therapies["natalizumab"]["posts"] == 2
    assert "fingolimod" not in therapies  # dropped from 2002's answer by the second crawl
    crawls = stats["crawls"]
    assert [c["id"] for c in crawls] == [2, 1]
    assert crawls[0]["status"] == "complete" and crawls[0]["posts_removed"] == 1


def test_table_output(research_db: Path) -> None:
    result = run("stats", "--db", research_db)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(f"Archive {research_db}: 6 live posts (1 removed)")
    for title in (
        "Posts per month",
        "Answers per expert",
        "Posts per category",
        "Therapy mentions",
        "Crawls",
    ):
        assert f"\n{title}" in out
    assert "no date" in out and "Jane Doe" in out and "natalizumab" in out


def test_crawl_limit(research_db: Path) -> None:
    stats = json.loads(run("stats", "--json", "--crawls", "1", "--db", research_db).stdout)
    assert [c["id"] for c in stats["crawls"]] == [2]


def test_bad_input(tmp_path: Path) -> None:
    assert_one_line_error(
        run("stats", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    negative = run("stats", "--crawls", "-1", "--db", tmp_path / "x.sqlite")
    assert negative.exit_code == exitcodes.BAD_INPUT and "Traceback" not in negative.output


def test_help() -> None:
    result = run("stats", "--help")
    assert result.exit_code == 0 and "--crawls" in result.stdout and "--json" in result.stdout
