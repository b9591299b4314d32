"""The seed's Lemtrada post renders with the seed page's text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from parsel import Selector
from seeds import seed_text

from msqa_scraper.replica import ReplicaServer, SiteConfig

SEED_URL_PATH = "/q--a-for-virtual-ms-center/how-does-lemtrada-work"


def _collapse(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return seed_text().splitlines()


@pytest.fixture(scope="module")
def live_state() -> Iterator[ReplicaServer]:
    """The live site's state at capture: one archive month, no categories."""
    with ReplicaServer(SiteConfig(months=1, categories=0)) as server:
        yield server


def test_seed_post_body_matches_the_seed_text(live_state, seed_lines, fetch) -> None:
    page = Selector(text=fetch(live_state.base_url + SEED_URL_PATH).text)
    start = next(i for i, line in enumerate(seed_lines) if line.startswith("Question:"))
    end = next(i for i, line in enumerate(seed_lines) if "Comments are closed." in line)
    expected = _collapse(seed_lines[start : end + 1]).removesuffix(" Comments are closed.")
    assert _collapse(page.css("div.blog-content ::text").getall()) == expected


def test_seed_page_reads_in_the_seed_order(live_state, seed_lines, fetch) -> None:
    """Header text, post body, "Comments are closed.", then the sidebar: disclaimer, Archives
    (only September 2024), Categories (only All)."""
    page = Selector(text=fetch(live_state.base_url + SEED_URL_PATH).text)
    header = _collapse(page.css("div.wsite-header-elements ::text").getall())
    assert header == _collapse(seed_lines[:2])
    notice = page.css("#commentArea .blog-notice-comments-closed::text").get()
    assert notice == "Comments are closed."
    sidebar = _collapse(page.css("td.blog-sidebar ::text").getall())
    bar = seed_lines.index("|")
    after = _collapse(seed_lines[bar + 1 : -1])
    assert sidebar.startswith(after), (sidebar, after)
    # The replica adds Weebly's RSS module after Categories, as the brief asks.
    assert sidebar.removeprefix(after).strip() == "RSS Feed"


def test_seed_link_points_at_the_replica(live_state, fetch) -> None:
    page = Selector(text=fetch(live_state.base_url + SEED_URL_PATH).text)
    link = page.css("div.blog-content a")
    assert link.css("::text").get() == (
        "http://www.healthcarejourney.com/q--a-for-virtual-ms-center/"
        "what-long-term-data-is-there-on-lemtrada"
    )
    target = link.attrib["href"]
    assert target == live_state.blog_url + "/what-long-term-data-is-there-on-lemtrada"
    assert fetch(target).status == 200
    date = page.css("span.date-text::text").get().strip()
    assert date == "9/10/2024"


def test_seed_is_read_beside_the_repository_and_its_absence_fails(tmp_path, monkeypatch) -> None:
    import seeds

    assert seeds.SEED_FILE.resolve().parent == (seeds.REPO_ROOT.parent / "shared" / "seeds")
    monkeypatch.setattr(seeds, "SEED_FILE", tmp_path / "absent.txt")
    with pytest.raises(pytest.fail.Exception, match="seed page text is missing"):
        seeds.seed_text()
