"""``msqa show``: a post with its versions, a readable diff between them, events, disclaimer."""

from __future__ import annotations

import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

from msqa_scraper.cli import exitcodes


def test_changed_post_shows_versions_diff_and_events(research_db: Path) -> None:
    result = run("show", "2002", "--db", research_db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Switching from Tysabri\n")
    assert "posted 2023-01-15 · live" in out
    assert "experts: Jane Doe, MD, PhD (Example MS Center)" in out
    assert "therapies: natalizumab (2×); ocrelizumab (2×)" in out
    assert " ".join(DISCLAIMER.split()[:8]) in out
    assert "Versions (2):" in out
    assert "changed  v2  crawl 2  [answer]" in out
    # The diff: one sentence per line, old and new version named.
    assert "--- version 1 (2026-11-01T10:00:00Z)" in out
    assert "+++ version 2 (2026-11-08T10:00:00Z, via page)" in out
    assert (
        "-Many patients move from Tysabri to Gilenya (fingolimod) or an anti-CD20 therapy." in out
    )
    assert "+Plan the switch with your neurologist." in out
    assert "\n question:" not in out.split("+++")[1]  # unchanged question is not in the hunk


def test_lookup_by_slug_and_removed_post(research_db: Path) -> None:
    result = run("show", "post-2006", "--db", research_db)
    assert result.exit_code == 0
    assert "Vitamin D dose" in result.stdout and "· removed 2" in result.stdout
    assert "removed " in result.stdout.split("Events:")[1]


def test_json(research_db: Path) -> None:
    detail = json.loads(run("show", "2002", "--json", "--db", research_db).stdout)
    assert detail["post"]["id"] == "2002" and detail["post"]["disclaimer"] == DISCLAIMER
    assert [v["version"] for v in detail["versions"]] == [1, 2]
    assert [e["event"] for e in detail["events"]] == ["new", "changed"]
    assert len(detail["diffs"]) == 1 and "+Plan the switch" in detail["diffs"][0]
    assert {t["drug"]: t["terms"] for t in detail["post"]["therapies"]} == {
        "natalizumab": ["Tysabri"],
        "ocrelizumab": ["ocrelizumab", "Ocrevus"],  # sorted without case
    }


def test_unchanged_post_has_no_diff(research_db: Path) -> None:
    detail = json.loads(run("show", "2003", "--json", "--db", research_db).stdout)
    assert len(detail["versions"]) == 1 and detail["diffs"] == []


def test_bad_input(research_db: Path, tmp_path: Path) -> None:
    assert_one_line_error(
        run("show", "999999", "--db", research_db), exitcodes.BAD_INPUT, "no post", "999999"
    )
    assert_one_line_error(
        run("show", "2002", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    missing_id = run("show", "--db", research_db)
    assert missing_id.exit_code == exitcodes.BAD_INPUT and "Traceback" not in missing_id.output


def test_help() -> None:
    result = run("show", "--help")
    assert result.exit_code == 0 and "ID" in result.stdout and "--json" in result.stdout
