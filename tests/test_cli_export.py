"""``msqa export``: one clean row per Q&A (CSV or JSON Lines), the disclaimer kept alongside."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.export import CSV_COLUMNS
from msqa_scraper.store.hashing import expert_name_key, expert_row_id


def test_csv_to_stdout_is_clean_and_the_disclaimer_goes_to_stderr(research_db: Path) -> None:
    result = run("export", "--db", research_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ",".join(CSV_COLUMNS)  # nothing to skip
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # Live posts only, newest first (no date last).
    assert [r["id"] for r in rows] == ["2007", "2005", "2004", "2003", "2002", "2001"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["2003"]["experts"] == "Revere (Rip) Kinkel; Jane Doe"
    assert by_id["2003"]["expert_credentials"] == "MD; MD, PhD"
    assert by_id["2003"]["expert_institutions"].endswith("; Example MS Center")
    # The whole experts.id of each, by position: an exported row joins back to the archive.
    ids = [str(expert_row_id(expert_name_key(n))) for n in ("Revere (Rip) Kinkel", "Jane Doe")]
    assert by_id["2003"]["expert_ids"] == "; ".join(ids)
    assert by_id["2003"]["therapies"] == "baclofen; tizanidine"
    assert by_id["2004"]["categories"] == "Symptoms; Treatments"
    assert by_id["2002"]["version"] == "2"
    assert "\n\n" in by_id["2001"]["answer"]  # multi-paragraph answers survive quoting
    assert all(r["disclaimer"] == DISCLAIMER for r in rows)
    assert result.stderr.strip() == DISCLAIMER


def test_jsonl_file_with_sidecar(research_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "qa.jsonl"
    result = run("export", "--format", "jsonl", "-o", out, "--db", research_db)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Exported 6 posts" in result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6
    first = records[0]
    assert first["id"] == "2007"
    assert first["experts"][0] == {
        "id": expert_row_id(expert_name_key("Jane Doe")),  # whole, to join experts
        "name": "Jane Doe",
        "degrees": ["MD", "PhD"],
        "titles": ["Associate Professor of Neurology"],
        "institution": "Example MS Center",
    }
    assert first["categories"] == ["Treatments"] and first["therapies"] == ["ofatumumab"]
    sidecar = tmp_path / "qa.jsonl.disclaimer.txt"
    text = sidecar.read_text()
    assert text.startswith(DISCLAIMER)
    assert "6 posts" in text and str(research_db) in text


def test_csv_file_with_drug_filter_and_removed_posts(research_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tysabri.csv"
    assert run("export", "-o", out, "--drug", "Tysabri", "--db", research_db).exit_code == 0
    rows = list(csv.DictReader(out.open(newline="")))
    assert [r["id"] for r in rows] == ["2002", "2001"]
    assert (tmp_path / "tysabri.csv.disclaimer.txt").exists()

    everything = run("export", "--include-removed", "--db", research_db)
    rows = list(csv.DictReader(io.StringIO(everything.stdout)))
    assert len(rows) == 7
    assert [r["removed_at"] != "" for r in rows if r["id"] == "2006"] == [True]


def test_bad_input(research_db: Path, tmp_path: Path) -> None:
    assert_one_line_error(
        run("export", "--drug", "snake oil", "--db", research_db),
        exitcodes.BAD_INPUT,
        "unknown drug",
    )
    assert_one_line_error(
        run("export", "-o", tmp_path / "no" / "such" / "dir.csv", "--db", research_db),
        exitcodes.BAD_INPUT,
        "does not exist",
    )
    assert_one_line_error(
        run("export", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    bad_format = run("export", "--format", "xlsx", "--db", research_db)
    assert bad_format.exit_code == exitcodes.BAD_INPUT
    assert "Traceback" not in bad_format.output


def test_help() -> None:
    result = run("export", "--help")
    assert result.exit_code == 0
    for text in ("--format", "--output", "--drug", "--include-removed", "--db", "pandas"):
        assert text in result.stdout
