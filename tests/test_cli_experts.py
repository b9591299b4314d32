"""``msqa experts``: each expert signature with credentials and answer counts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.experts import COLUMNS


def test_json(research_db: Path) -> None:
    result = run("experts", "--json", "--db", research_db)
    assert result.exit_code == 0, result.output
    doe, kinkel = json.loads(result.stdout)
    assert doe["name"] == "Jane Doe"
    assert doe["degrees"] == ["MD", "PhD"] and doe["credentials"] == "MD, PhD"
    assert doe["titles"] == ["Associate Professor of Neurology"]
    assert doe["institution"] == "Example MS Center"
    assert (doe["answers"], doe["first_posted"], doe["last_posted"]) == (
        4,
        "2023-01-15",
        "2024-03-10",
    )
    # Kinkel signed the removed post 2006 too: counted apart from live answers.
    assert (kinkel["answers"], kinkel["answers_including_removed"]) == (3, 4)
    assert kinkel["name_key"] == "revere (rip) kinkel"


def test_table_and_csv(research_db: Path) -> None:
    table = run("experts", "--db", research_db).stdout
    assert table.splitlines()[0].split()[:3] == ["id", "expert", "credentials"]
    assert "Jane Doe" in table and "MD, PhD" in table and "Example MS Center" in table
    rows = list(csv.DictReader(io.StringIO(run("experts", "--csv", "--db", research_db).stdout)))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["answers"] for r in rows] == ["4", "3"]


def test_empty_archive_and_bad_input(tmp_path: Path) -> None:
    from msqa_scraper.store import Archive

    empty = tmp_path / "empty.sqlite"
    Archive.open(empty).close()
    result = run("experts", "--db", empty)
    assert result.exit_code == 0 and "No experts" in result.stdout
    assert_one_line_error(
        run("experts", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )


def test_help() -> None:
    result = run("experts", "--help")
    assert result.exit_code == 0 and "--json" in result.stdout and "--db" in result.stdout


def test_review_lists_unparsed_and_low_confidence_signatures(tmp_path: Path) -> None:
    from store_fixtures import make_item

    from msqa_scraper.store import Archive

    db = tmp_path / "review.db"
    with Archive.open(db) as archive:
        crawl = archive.begin_crawl(None, "test")
        archive.store_post(
            make_item(
                "1", experts=[], signature="Gideon Granville (Barts MS)", signature_confidence=0.01
            ),
            crawl,
        )
        archive.store_post(
            make_item("2", signature="Revere (Rip) Kinkel MD", signature_confidence=0.55), crawl
        )
        archive.store_post(
            make_item("3", signature="Jane Doe, MD", signature_confidence=0.99), crawl
        )
    result = run("experts", "--review", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["post_id"], r["status"]) for r in rows] == [("1", "unparsed"), ("2", "low")]
    assert rows[0]["signature"] == "Gideon Granville (Barts MS)"
    assert "Gideon Granville (Barts MS)" in run("experts", "--review", "--db", db).stdout
    empty = run("experts", "--review", "--below", "0.1", "--db", db)
    assert [
        r["post_id"]
        for r in json.loads(
            run("experts", "--review", "--below", "0.1", "--json", "--db", db).stdout
        )
    ] == ["1"]
    assert empty.exit_code == 0


def test_a_review_threshold_that_is_no_number_in_range_is_one_line(research_db: Path) -> None:
    # "nan" passed click's FloatRange, and no confidence is below NaN: an empty review list.
    for value in ("nan", "NaN", "-0.1", "1.5", "inf", "lots"):
        result = run("experts", "--review", "--below", value, "--db", research_db)
        assert_one_line_error(result, exitcodes.BAD_INPUT, "--below")
    assert run("experts", "--review", "--below", "1", "--db", research_db).exit_code == 0


def test_the_table_shows_each_full_id_a_researcher_can_join_on(research_db: Path) -> None:
    """experts.id is 48 bits (15 digits): the table cut it to "245…", which joins nothing."""
    import sqlite3

    with sqlite3.connect(research_db) as conn:
        ids = {name: str(i) for i, name in conn.execute("SELECT id, name FROM experts")}
    assert all(len(i) > 4 for i in ids.values())
    lines = run("experts", "--db", research_db).stdout.splitlines()[2:]
    shown = {line.split()[0] for line in lines}
    assert shown == set(ids.values())
    for name, expert_id in ids.items():  # each on its own expert's row
        assert any(line.split()[0] == expert_id and name in line for line in lines)
    listed = {
        str(e["id"]) for e in json.loads(run("experts", "--json", "--db", research_db).stdout)
    }
    assert listed == shown


def test_the_review_table_shows_the_whole_post_id(tmp_path: Path) -> None:
    from store_fixtures import make_item

    from msqa_scraper.store import Archive

    db = tmp_path / "review.db"
    long_id = "8587322173956349461234"  # longer than the column the table used to give it
    with Archive.open(db) as archive:
        crawl = archive.begin_crawl(None, "test")
        archive.store_post(
            make_item(long_id, experts=[], signature="Ada Quill", signature_confidence=0.01),
            crawl,
        )
    table = run("experts", "--review", "--db", db).stdout
    assert long_id in table and "…" not in table.splitlines()[2].split()[0]
