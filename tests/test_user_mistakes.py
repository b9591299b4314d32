"""Every user mistake is one ``msqa: error:`` line and a non-zero exit (issue 16), and CSV
exports keep 18-digit post ids exact when read back as text."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["demo", "--posts", "0"], "Invalid value for '--posts': 0 is not in the range"),
        (["demo", "--posts", "many"], "'many' is not a valid integer"),
        (["search"], "Missing argument 'QUERY'"),
        (["crawl", "--nope"], "No such option '--nope'"),
        (["crawl", "-s", "DOWNLOAD_DELAY"], "expected NAME=VALUE"),
        (["nosuchcommand"], "No such command 'nosuchcommand'"),
    ],
)
def test_usage_mistakes_are_one_line(args: list[str], fragment: str) -> None:
    result = run(*args)
    assert_one_line_error(result, exitcodes.BAD_INPUT, fragment, "--help`)")


def test_usage_mistake_from_the_installed_command_has_no_usage_block() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msqa_scraper", "demo", "--posts", "0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("msqa: error: ") and done.stderr.count("\n") == 1
    assert "Usage:" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_is_refused(research_db: Path, query: str) -> None:
    result = run("search", query, "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "empty search query")
    assert "fts5" not in result.stderr


@pytest.mark.parametrize("command", [["search", "relapse"], ["export"]])
def test_an_empty_drug_is_refused_not_ignored(research_db: Path, command: list[str]) -> None:
    result = run(*command, "--drug", "", "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "empty drug name")


def test_help_and_version_still_exit_zero() -> None:
    assert run("--help").exit_code == 0
    assert run("--version").exit_code == 0
    assert run("crawl", "--help").exit_code == 0


# -- CSV ids ---------------------------------------------------------------------------------


def test_csv_ids_read_back_exactly_as_text(tmp_path: Path) -> None:
    """18-digit Weebly ids do not survive a float (R's read.csv default, pandas' int64 is fine
    but a missing value makes it float): read the column as text, as docs/researchers.md says."""
    from store_fixtures import make_item

    from msqa_scraper.store import Archive

    db = tmp_path / "msqa.sqlite"
    ids = ["421213105116572426", "876094769213365585", "314663847678658241"]
    with Archive.open(db) as archive:
        crawl = archive.begin_crawl("http://example.com/blog", "msqa")
        for post_id in ids:
            item = make_item(post_id, links=[])
            item.crawl_id = crawl
            archive.store_post(item)
        archive.finish_crawl(crawl, "complete", {"posts_new": 3})
    out = tmp_path / "qa.csv"
    assert run("export", "-o", out, "--db", db).exit_code == 0
    with out.open(newline="", encoding="utf-8") as handle:
        read = [row["id"] for row in csv.DictReader(handle)]
    assert sorted(read) == sorted(ids)
    # Why the recipe matters: as a double the ids change.
    assert any(str(int(float(post_id))) != post_id for post_id in ids)


def test_the_csv_recipe_is_documented() -> None:
    researchers = (ROOT / "docs" / "researchers.md").read_text()
    assert 'colClasses = c(id = "character")' in researchers
    assert 'dtype={"id": str}' in researchers


def test_counts_of_one_are_singular() -> None:
    from msqa_scraper.cli.stats import summary_line
    from msqa_scraper.runner import CrawlOutcome

    one = {"live_posts": 1, "removed_posts": 0, "versions": 1, "experts": 1, "categories": 1}
    line = summary_line(
        {**one, "first_posted": None, "last_posted": None, "posts_mentioning_therapies": 1,
         "crawls": 1, "last_complete_crawl": None}
    )  # fmt: skip
    assert line == (
        "1 live post (0 removed), 1 version, 1 expert, 1 category; posted ? to ?; "
        "1 post mentions a therapy; 1 crawl, last complete never"
    )
    crawl = {"posts_discovered": 1, "posts_new": 1, "pages": 1, "requests": 1, "errors": 1}
    summary = CrawlOutcome(7, "partial", crawl).summary()
    assert summary.startswith("crawl 7 partial: 1 post (1 new, 0 changed, 0 unchanged, 0 removed)")
    assert "1 page, 1 request, 0.0 MB, 1 error" in summary
