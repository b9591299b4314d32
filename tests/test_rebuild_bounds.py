"""Rebuild equals crawl under non-default bounds: a crawl records the crawl policy's bounds it
ran under (``crawls.bounds``) and a rebuild replays it under the same ones.

The history: two crawls of the replica with ``-s MSQA_GROWTH_FLOOR=1 -s
MSQA_GROWTH_FACTOR=0.5``, so the listings may show at most half the posts the archive (or the
sitemap) knows; past that the crawl stops following them, and the recrawl touches fewer posts
and re-reads fewer categories than it would under the defaults.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from crawling import crawl
from test_rebuild import differences, table_rows

from msqa_scraper.crawl import Bounds
from msqa_scraper.offline.rebuild import rebuild
from msqa_scraper.offline.replay import configured_bounds, crawl_bounds
from msqa_scraper.replica import ReplicaServer, SiteConfig

BOUND = ["-s", "MSQA_GROWTH_FLOOR=1", "-s", "MSQA_GROWTH_FACTOR=0.5"]
RECORDED = {
    "MSQA_GROWTH_FACTOR": 0.5,
    "MSQA_GROWTH_FLOOR": 1,
    "MSQA_MAX_LISTING_PAGES": 5000,
    "URLLENGTH_LIMIT": 2083,
}


@pytest.fixture(scope="module")
def bounded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("bounded") / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=60, seed=5)) as server:
        for round_ in (0, 1):
            if server.round != round_:
                server.set_round(round_)
            result = crawl(server.blog_url, db, *BOUND)
            # The bound cuts listings: partial (exit 3), and the summary says why.
            assert result.returncode == 3, result.stderr[-3000:]
            assert "cut at a bound" in result.stdout
    return db


def test_a_crawl_records_the_bounds_it_ran_under(bounded: Path) -> None:
    rows = table_rows(bounded, "SELECT bounds FROM crawls ORDER BY id")
    assert [json.loads(row["bounds"]) for row in rows] == [RECORDED, RECORDED]


def test_rebuild_into_replays_each_crawl_under_its_bounds(bounded: Path, tmp_path: Path) -> None:
    into = tmp_path / "rebuilt.sqlite"
    rebuild(bounded, into)
    assert differences(bounded, into) == []


def test_rebuild_in_place_replays_each_crawl_under_its_bounds(
    bounded: Path, tmp_path: Path
) -> None:
    copy = Path(shutil.copy(bounded, tmp_path / "msqa.sqlite"))
    rebuild(copy)
    assert differences(bounded, copy) == []


def test_the_bound_changes_what_a_replay_derives(bounded: Path, tmp_path: Path) -> None:
    """Without the record (a crawl made before bounds were recorded) the replay runs under
    the configured defaults, and derives another archive: the bound is what made it equal."""
    copy = Path(shutil.copy(bounded, tmp_path / "unrecorded.sqlite"))
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE crawls SET bounds = NULL")
    conn.close()
    into = tmp_path / "rebuilt.sqlite"
    rebuild(copy, into)
    found = differences(bounded, into)
    assert any(line.startswith("crawls.posts_touched") for line in found), found


def test_recorded_bounds_round_trip_and_unrecorded_ones_are_the_settings() -> None:
    bounds = Bounds(url_length=100, growth_factor=1.5, growth_floor=7, max_listing_pages=3)
    assert Bounds.from_record(bounds.to_record()) == bounds
    assert crawl_bounds({"bounds": bounds.to_record()}) == bounds
    # -s values arrive as text; a setting the record lacks has its default.
    assert Bounds.from_settings({"MSQA_GROWTH_FACTOR": "0.5"}) == Bounds(growth_factor=0.5)
    assert Bounds.from_record('{"MSQA_GROWTH_FLOOR": 2}') == Bounds(growth_floor=2)
    assert Bounds.from_record(None) is None
    assert crawl_bounds({"bounds": None}) == configured_bounds()
    from msqa_scraper import settings

    assert configured_bounds() == Bounds(
        url_length=settings.URLLENGTH_LIMIT,
        growth_factor=settings.MSQA_GROWTH_FACTOR,
        growth_floor=settings.MSQA_GROWTH_FLOOR,
        max_listing_pages=settings.MSQA_MAX_LISTING_PAGES,
    )
