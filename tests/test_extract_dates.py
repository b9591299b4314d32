"""The blog date and the blog's day/month order.

Real forms (``span.date-text``, whitespace-padded, unpadded numbers):
- month-first: FCE, tooniebuckerooni/fat-city-entertainment @5c50163b,
  ``_tools/scraped/triviahostresources/*.html``: "1/30/2017", "1/6/2021";
- day-first: IBA, abidasad/project-iba ``blog.html``: "14/12/2017"; ``blog/15-kms-long-range-
  camera`` (HTTrack .tmp): "9/8/2014", which only the blog's order can read; WGY,
  adperez13-1986/whengodmadeyou ``site/`` (a Singapore *.weebly.com site, d/m/Y).
"""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.dates import (
    OrderEvidence,
    archive_contradiction,
    check_order,
    is_ambiguous,
    month_candidates,
    parse_blog_date,
    read_date,
    readings,
    recorded_order,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("9/10/2024", "2024-09-10"),
        ("\n\t4/30/2018\n", "2018-04-30"),
        ("1/2/2023", "2023-01-02"),
    ],
)
def test_us_month_first(text, iso):
    assert parse_blog_date(text) == iso


@pytest.mark.parametrize("text", ["", "13/45/2024", "2/30/2024", "10/2024", "soon"])
def test_unparseable_is_none_not_a_guess(text):
    assert parse_blog_date(text) is None


def test_day_first_reads_the_iba_and_wgy_forms():
    assert parse_blog_date("\n\t\t14/12/2017\n\t", "DMY") == "2017-12-14"
    assert parse_blog_date("9/8/2014", "DMY") == "2014-08-09"
    assert parse_blog_date("9/8/2014", "MDY") == "2014-09-08"


def test_a_date_of_the_other_order_is_reported_not_swapped():
    reading = read_date("14/12/2017", "MDY")
    assert reading.iso is None and reading.code == "contradicts_order"
    assert "not a month-first date" in reading.problem


def test_without_an_order_only_unambiguous_dates_are_read():
    assert read_date("14/12/2017", None).iso == "2017-12-14"
    assert read_date("8/8/2014", None).iso == "2014-08-08"
    reading = read_date("9/8/2014", None)
    assert (reading.iso, reading.code) == (None, "ambiguous")


def test_worded_dates_need_no_order():
    assert parse_blog_date("September 10, 2024", "DMY") == "2024-09-10"


def test_evidence_from_unambiguous_dates_and_archive_months():
    evidence = OrderEvidence()
    evidence.add_date("14/12/2017")  # IBA: only day-first
    assert evidence.decide().order == "DMY"
    months = OrderEvidence()
    months.add_month("9/8/2014", "08-2014", key="1")  # listed on archives/08-2014
    decision = months.decide()
    assert (decision.order, decision.source) == ("DMY", "evidence")
    assert months.month_of("1") == "08-2014"


def test_feed_and_sitemap_evidence():
    feed = OrderEvidence()
    feed.add_day("9/8/2014", "2014-08-09")  # a feed pubDate, GMT (a day either way)
    assert feed.decide().order == "DMY"
    sitemap = OrderEvidence()
    sitemap.add_not_after("9/3/2024", "2024-03-09")  # lastmod: the post existed by then
    assert sitemap.decide().order == "DMY"


def test_no_evidence_no_order_and_a_fixed_order_counts_dissent():
    assert OrderEvidence().decide().order is None
    evidence = OrderEvidence()
    evidence.add_date("14/12/2017")
    decision = evidence.decide("MDY")
    assert (decision.order, decision.source, decision.contradicting) == ("MDY", "setting", 1)


def test_archive_contradiction():
    assert archive_contradiction("2014-08-09", "08-2014") is None
    assert "09-2014" in archive_contradiction("2014-08-09", "09-2014")


def test_months_to_read_for_ambiguous_dates():
    assert month_candidates(["9/8/2014", "14/12/2017", "3/3/2020"]) == ["09-2014", "08-2014"]


def test_settings_and_recorded_orders():
    assert check_order("dmy") == "DMY" and check_order("") is None
    with pytest.raises(ValueError):
        check_order("YMD")
    assert recorded_order(None, None) == "MDY"  # a crawl from before the order was recorded
    assert recorded_order(None, "unknown") is None
    assert recorded_order("DMY", "evidence") == "DMY"


days = st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31))


@settings(deadline=None, max_examples=200)
@given(days, st.sampled_from(["MDY", "DMY"]))
def test_any_date_round_trips_in_its_order_and_is_never_swapped(day, order):
    text = (
        f"{day.month}/{day.day}/{day.year}"
        if order == "MDY"
        else f"{day.day}/{day.month}/{day.year}"
    )
    assert parse_blog_date(text, order) == day.isoformat()
    other = "DMY" if order == "MDY" else "MDY"
    got = parse_blog_date(text, other)
    # Read the other way it is either the swapped date (ambiguous), the same day, or nothing.
    assert got in (
        None,
        day.isoformat(),
        date(day.year, day.day, day.month).isoformat() if day.day <= 12 else None,
    )
    assert is_ambiguous(text) == (day.day <= 12 and day.day != day.month)
    assert set(readings(text).values()) >= {day.isoformat()}


@settings(deadline=None, max_examples=50)
@given(st.lists(days, min_size=1, max_size=30), st.sampled_from(["MDY", "DMY"]))
def test_archive_months_never_vote_against_the_truth(published, order):
    evidence = OrderEvidence()
    for day in published:
        text = (
            f"{day.month}/{day.day}/{day.year}"
            if order == "MDY"
            else f"{day.day}/{day.month}/{day.year}"
        )
        evidence.add_month(text, f"{day.month:02d}-{day.year}")
        evidence.add_day(text, (day + timedelta(days=1)).isoformat())
    decision = evidence.decide()
    assert decision.order in (order, None)
    assert decision.contradicting == 0
