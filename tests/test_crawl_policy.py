"""The crawl policy, one rule per test: events in, decisions out, no network, no database."""

from __future__ import annotations

from typing import Any

import pytest

from msqa_scraper.crawl import (
    Bounds,
    CrawlPolicy,
    Ignore,
    KeepArchived,
    StoreVersion,
    decide_status,
    regressions,
)
from msqa_scraper.extract import ListingEntry, ListingPage, PageRef

BASE = "http://blog.example:8080/ask"
INDEX = PageRef("index")


def entry(n: int) -> ListingEntry:
    return ListingEntry(
        id=str(n),
        url=f"{BASE}/post-{n}",
        slug=f"post-{n}",
        title=f"Post {n}",
        posted_date_text="9/1/2024",
        content_hash=f"h{n}",
        truncated=False,
    )


def page(
    ids: list[int],
    older: str | None = None,
    categories: tuple[str, ...] = (),
    sidebar: bool = True,
) -> ListingPage:
    cats = [(slug.title(), f"{BASE}/category/{slug}") for slug in categories]
    if sidebar:
        cats.insert(0, ("All", f"{BASE}/category/all"))
    return ListingPage(
        entries=[entry(n) for n in ids],
        previous_url=older,
        forward_url=None,
        archive_urls=[f"{BASE}/archives/09-2024"] if sidebar else [],
        categories=cats,
        feed_urls=[],
        disclaimer="Disclaimer.",
        ignored_links=[],
    )


def archived(
    n: int, categories: tuple[str, ...] = (), removed: bool = False, **extra: Any
) -> dict[str, Any]:
    return {
        "url": f"{BASE}/post-{n}",
        "listing_hash": f"h{n}",
        "lastmod": None,
        "removed_at": "2024-01-01T00:00:00Z" if removed else None,
        "categories": [{"name": c.title(), "slug": c} for c in categories],
        "question": "Q?",
        "answer": "A.",
        "experts": True,
        **extra,
    }


def fields(**over: Any) -> dict[str, Any]:
    return {"question": "Q?", "answer": "A.", "experts": ["someone"], **over}


# -- removal only on the post's own answer ---------------------------------------------------


def test_absence_from_every_listing_only_fetches_the_post_url() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1), "2": archived(2)}, incremental=True)
    policy.listing_read(INDEX, page([1]))
    policy.categories_phase()
    touches, fetches = policy.posts_phase()
    assert [t.post_id for t in touches] == ["1"]
    probe = [f for f in fetches if f.probe]
    assert [(f.url, f.expected_id) for f in probe] == [(f"{BASE}/post-2", "2")]


def test_a_probe_answering_404_or_410_removes_the_post() -> None:
    for status in (404, 410):
        policy = CrawlPolicy(BASE, {"1": archived(1), "2": archived(2)}, incremental=True)
        policy.listing_read(INDEX, page([1]))
        policy.posts_phase()
        removal = policy.post_answered(f"{BASE}/post-2", "2", status)
        assert removal is not None and removal.post_id == "2" and removal.status == status


def test_a_probe_answering_500_is_a_failed_page_not_a_removal() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1), "2": archived(2)}, incremental=True)
    policy.listing_read(INDEX, page([1]))
    policy.posts_phase()
    assert policy.post_answered(f"{BASE}/post-2", "2", 500) is None
    assert policy.counts["msqa/pages_failed"] == 1


def test_a_404_of_a_listed_post_is_a_failed_page() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1)}, incremental=False)
    policy.listing_read(INDEX, page([1]))
    policy.posts_phase()
    assert policy.post_answered(f"{BASE}/post-1", "1", 404) is None


def test_no_removal_when_the_index_was_not_read() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1), "2": archived(2)}, incremental=True)
    policy.listing_failed(INDEX, "HTTP 500")
    policy.posts_phase()
    assert policy.post_answered(f"{BASE}/post-2", "2", 404) is None


# -- unusable listings -----------------------------------------------------------------------


def test_an_empty_index_where_the_archive_has_posts_is_unusable() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1)}, incremental=True)
    assert policy.listing_read(INDEX, page([], sidebar=False)) == []
    assert policy.counts["msqa/listing/unusable"] == 1
    assert policy.counts["msqa/pages_failed"] == 1
    assert not policy.index_ok


def test_an_empty_index_of_a_new_archive_is_usable() -> None:
    policy = CrawlPolicy(BASE, {})
    policy.listing_read(INDEX, page([], sidebar=False))
    assert policy.counts["msqa/pages_failed"] == 0 and policy.index_ok


# -- categories change only from fully read listings -----------------------------------------


def test_categories_come_from_fully_read_category_listings() -> None:
    policy = CrawlPolicy(BASE, {})
    policy.listing_read(INDEX, page([1, 2], categories=("diet",)))
    policy.listing_read(PageRef("category", "diet"), page([2]))
    assert [c.slug for c in policy.categories_of("2")] == ["diet"]
    assert policy.categories_of("1") == []


def test_a_failed_category_page_keeps_the_archived_categories() -> None:
    prev = {"1": archived(1, ("diet",)), "2": archived(2)}
    policy = CrawlPolicy(BASE, prev, incremental=False)
    policy.listing_read(INDEX, page([1, 2], categories=("diet",)))
    policy.listing_read(PageRef("category", "diet"), page([1], older=f"{BASE}/category/diet/2"))
    policy.listing_failed(PageRef("category", "diet", 2), "HTTP 500")
    assert [c.slug for c in policy.categories_of("1")] == ["diet"]
    assert policy.categories_of("2") == []  # not added by a half-read listing either
    assert not policy.categories_known


def test_an_empty_category_listing_where_the_archive_had_posts_is_unusable() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1, ("diet",))}, incremental=False)
    policy.listing_read(INDEX, page([1], categories=("diet",)))
    policy.listing_read(PageRef("category", "diet"), page([], sidebar=False))
    assert [c.slug for c in policy.categories_of("1")] == ["diet"]


def test_a_failed_index_never_wipes_categories() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1, ("diet",))}, incremental=True)
    policy.listing_failed(INDEX, "HTTP 503")
    policy.categories_phase()
    touches, _ = policy.posts_phase()
    assert [c.slug for c in policy.categories_of("1")] == ["diet"]
    assert all(t.categories is None or t.categories for t in touches)


def test_a_category_gone_from_the_sidebar_is_dropped_only_on_its_own_404() -> None:
    prev = {"1": archived(1, ("old",))}
    for status, kept in ((404, []), (500, ["old"])):
        policy = CrawlPolicy(BASE, prev, incremental=False)
        fetches = policy.listing_read(INDEX, page([1], categories=("new",)))
        assert f"{BASE}/category/old" in [f.url for f in fetches]
        policy.listing_read(PageRef("category", "new"), page([]))
        policy.listing_answered(PageRef("category", "old"), status)
        assert [c.slug for c in policy.categories_of("1") if c.slug == "old"] == kept


# -- bounds ----------------------------------------------------------------------------------


def test_pagination_that_repeats_earlier_posts_stops_and_is_bounded() -> None:
    policy = CrawlPolicy(BASE, {})
    policy.listing_read(INDEX, page([1, 2], older=f"{BASE}/previous/2"))
    fetches = policy.listing_read(PageRef("index", "", 2), page([1, 2], f"{BASE}/previous/3"))
    assert fetches == [] and policy.bounded
    assert policy.counts["msqa/listing/bounded"] == 1
    assert decide_status("finished", {**policy.counts, "msqa/posts/new": 2})[0] == "partial"


def test_pagination_stops_at_the_page_bound() -> None:
    policy = CrawlPolicy(BASE, {}, bounds=Bounds(max_listing_pages=3))
    fetched = []
    for n in range(1, 10):
        older = f"{BASE}/previous/{n + 1}"
        out = policy.listing_read(PageRef("index", "", n), page([n], older, sidebar=n == 1))
        fetched += [f.url for f in out if f.url == older]
        if not out or older not in [f.url for f in out]:
            break
    assert len(fetched) == 2 and policy.bounded


def test_a_listing_showing_far_more_posts_than_the_archive_holds_is_cut() -> None:
    prev = {str(n): archived(n) for n in range(1, 11)}
    policy = CrawlPolicy(BASE, prev, bounds=Bounds(growth_factor=2, growth_floor=15))
    fetches = policy.listing_read(INDEX, page(list(range(1, 101)), f"{BASE}/previous/2"))
    assert len(policy.entries) == 20
    assert f"{BASE}/previous/2" not in [f.url for f in fetches]
    assert policy.bounded


def test_a_first_crawl_has_no_growth_bound() -> None:
    policy = CrawlPolicy(BASE, {}, bounds=Bounds(growth_floor=5))
    policy.listing_read(INDEX, page(list(range(1, 101))))
    assert len(policy.entries) == 100 and not policy.bounded


def test_too_long_a_url_is_refused_and_counted() -> None:
    policy = CrawlPolicy(BASE, {}, bounds=Bounds(url_length=60))
    fetch = policy.listing_fetch(PageRef("post", "x" * 80))
    assert not policy.allowed(fetch)
    assert policy.counts["msqa/skipped/url_length"] == 1


# -- skips and status ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reason", ["robots", "offsite", "off_origin", "dupefilter", "url_length", "redirect_loop"]
)
def test_every_skip_reason_makes_the_crawl_partial(reason: str) -> None:
    policy = CrawlPolicy(BASE, {})
    policy.page_skipped(reason, f"{BASE}/post-1")
    status, why = decide_status("finished", {**policy.counts, "msqa/posts/new": 3})
    assert status == "partial" and reason.replace("_", " ") in why


def test_a_skipped_listing_page_leaves_its_chain_unread() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1, ("diet",))}, incremental=False)
    policy.listing_read(INDEX, page([1], categories=("diet",)))
    policy.page_skipped("robots", f"{BASE}/category/diet", PageRef("category", "diet"))
    assert not policy.category_complete("diet")


def test_unknown_skip_reasons_are_refused() -> None:
    with pytest.raises(ValueError):
        CrawlPolicy(BASE, {}).page_skipped("whim", BASE)


def test_a_write_failure_fails_the_crawl() -> None:
    policy = CrawlPolicy(BASE, {})
    policy.write_failed("database or disk is full")
    stats = {**policy.counts, "msqa/posts/new": 5, "msqa/write_error": "disk full"}
    status, why = decide_status("write_failed", stats)
    assert status == "failed" and "could not be written" in why


def test_complete_needs_every_page_read_and_a_post() -> None:
    assert decide_status("finished", {"msqa/posts/unchanged": 2}) == ("complete", "finished")
    assert decide_status("finished", {})[0] == "failed"
    assert decide_status("shutdown", {"msqa/posts/new": 1})[0] == "partial"


# -- the regression guard --------------------------------------------------------------------


def test_the_guard_keeps_the_archived_version_when_a_capture_empties_a_field() -> None:
    for lost in ("question", "answer", "experts"):
        policy = CrawlPolicy(BASE, {"1": archived(1)})
        empty = [] if lost == "experts" else ""
        decision = policy.post_extracted(
            "1", f"{BASE}/post-1", fields(**{lost: empty}), archived(1)
        )
        assert isinstance(decision, KeepArchived) and decision.lost == [lost]


def test_the_guard_lets_an_edit_through() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1)})
    decision = policy.post_extracted("1", f"{BASE}/post-1", fields(answer="New."), archived(1))
    assert isinstance(decision, StoreVersion)
    assert regressions(None, fields(answer="")) == []


def test_a_post_read_twice_is_stored_once() -> None:
    policy = CrawlPolicy(BASE, {})
    assert isinstance(policy.post_extracted("1", f"{BASE}/post-1", fields(), None), StoreVersion)
    assert isinstance(policy.post_extracted("1", f"{BASE}/post-1", fields(), None), Ignore)


def test_a_category_404_before_the_index_ends_still_counts_once_the_index_is_read() -> None:
    policy = CrawlPolicy(BASE, {"1": archived(1, ("old",))}, incremental=False)
    policy.listing_read(INDEX, page([1], older=f"{BASE}/previous/2", categories=("new",)))
    policy.listing_answered(PageRef("category", "old"), 404)
    assert not policy.category_complete("old")  # the index is not read yet
    policy.listing_read(PageRef("index", "", 2), page([2], sidebar=False))
    policy.listing_read(PageRef("category", "new"), page([]))
    assert policy.category_complete("old") and policy.categories_of("1") == []
