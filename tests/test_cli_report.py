"""``msqa report``: one self-contained HTML page with four charts and the disclaimer on top."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from parsel import Selector
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import Archive

CHARTS = ("posts-per-month", "answers-per-expert", "therapy-mentions", "changes-per-crawl")


def bars(page: Selector, chart: str) -> dict[str, int]:
    found = page.css(f"figure.chart#{chart} svg rect.bar")
    return {r.attrib["data-label"]: int(r.attrib["data-value"]) for r in found}


def test_report_has_charts_disclaimer_and_provenance(research_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", out, "--db", research_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Wrote {out}")
    html = out.read_text()
    page = Selector(text=html)
    assert page.css("#disclaimer p::text").get() == DISCLAIMER
    # The disclaimer comes before any chart.
    assert html.index(DISCLAIMER) < html.index('<figure class="chart"')
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.css("#generated-at::text").get())
    assert page.css("#database-path::text").get() == str(research_db.resolve())

    months = bars(page, "posts-per-month")
    assert months == {"2023-01": 1, "2023-03": 1, "2024-02": 2, "2024-03": 1}
    assert len(page.css("#posts-per-month svg text.x-label")) == 15  # every month 2023-01..2024-03
    assert "1 without a readable date" in page.css("#posts-per-month figcaption").get()
    assert bars(page, "answers-per-expert") == {"Jane Doe": 4, "Revere (Rip) Kinkel": 3}
    therapies = bars(page, "therapy-mentions")
    assert therapies["natalizumab"] == 2 and "fingolimod" not in therapies
    assert page.css("#therapy-mentions rect.class-symptomatic")
    assert bars(page, "changes-per-crawl") == {
        "#1 new": 6,
        "#2 new": 1,
        "#2 changed": 1,
        "#2 removed": 1,
    }


def test_report_loads_nothing_from_the_network(research_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run("report", out, "--db", research_db)
    html = out.read_text()
    for resource in ("<script", "<link", "<img", "src=", "url(", "@import"):
        assert resource not in html, resource


def test_empty_archive_still_makes_a_page(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    Archive.open(db).close()
    out = tmp_path / "empty.html"
    assert run("report", out, "--db", db).exit_code == 0
    page = Selector(text=out.read_text())
    for chart in CHARTS:
        assert page.css(f"figure.chart#{chart} p.empty"), chart
    assert DISCLAIMER in page.css("#disclaimer").get()  # the site's text even before a crawl


def test_bad_input(research_db: Path, tmp_path: Path) -> None:
    assert_one_line_error(
        run("report", tmp_path / "nope" / "r.html", "--db", research_db),
        exitcodes.BAD_INPUT,
        "does not exist",
    )
    assert_one_line_error(
        run("report", tmp_path / "r.html", "--db", tmp_path / "missing.sqlite"),
        exitcodes.DATABASE,
        "no archive",
    )
    assert not (tmp_path / "r.html").exists()


def test_help() -> None:
    result = run("report", "--help")
    assert result.exit_code == 0 and "OUT.html" in result.stdout


def test_changes_chart_shows_dates_values_and_the_first_crawl_apart(
    research_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert run("report", out, "--db", research_db).exit_code == 0
    figure = Selector(text=out.read_text()).css("#changes-per-crawl")
    first = figure.css(".first-crawl svg")
    later = figure.css(".later-crawls svg")
    assert len(first) == 1 and len(later) == 1
    # The first crawl's six new posts have their own chart, so crawl 2's single events are not
    # flattened: each of crawl 2's segments is drawn at least a third of the later chart's height.
    assert [r.attrib["data-label"] for r in first.css("rect.bar")] == ["#1 new"]
    heights = [float(r.attrib["height"]) for r in later.css("rect.bar")]
    assert len(heights) == 3 and min(heights) > 60
    # Dates under the columns, values on the segments and totals above them.
    conn = sqlite3.connect(research_db)
    days = [row[0][:10] for row in conn.execute("SELECT started_at FROM crawls ORDER BY id")]
    conn.close()
    assert first.css("text.x-label::text").get() == f"#1 {days[0]}"
    assert later.css("text.x-label::text").get() == f"#2 {days[1]}"
    assert first.css("text.segment-value::text").getall() == ["6"]
    assert later.css("text.segment-value::text").getall() == ["1", "1", "1"]
    assert later.css("text.total-value::text").getall() == ["3"]


def test_only_the_changes_chart_writes_values_on_its_bars(
    research_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert run("report", out, "--db", research_db).exit_code == 0
    page = Selector(text=out.read_text())
    assert not page.css("#posts-per-month text.segment-value, #posts-per-month text.total-value")
    assert page.css("#changes-per-crawl text.segment-value")
