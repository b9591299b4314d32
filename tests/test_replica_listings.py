"""Index, previous/N, archive and category listings hold the model's posts in Weebly's order."""

from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector

from msqa_scraper.replica import ReplicaServer

BLOG = "/q--a-for-virtual-ms-center"


@pytest.fixture(scope="module", params=["per_page_10", "per_page_4"])
def served(request, replica, replica_per_page_4) -> tuple[ReplicaServer, dict]:
    server = replica if request.param == "per_page_10" else replica_per_page_4
    return server, server.truth()


def _ids(page: Selector) -> list[str]:
    return [i.removeprefix("blog-post-") for i in page.css("div.blog-post::attr(id)").getall()]


def _nav(page: Selector) -> tuple[str | None, str | None]:
    return (
        page.css("div.blog-page-nav-previous a::attr(href)").get(),
        page.css("div.blog-page-nav-next a::attr(href)").get(),
    )


def _date(text: str) -> date:
    month, day, year = (int(x) for x in text.strip().split("/"))
    return date(year, month, day)


def test_every_listing_page_holds_the_truth_posts(served, fetch) -> None:
    server, truth = served
    per_page = truth["listing"]["per_page"]
    for listing, pages in truth["listing"]["pages"].items():
        paths = truth["listing"]["page_paths"][listing]
        for n, (path, expected) in enumerate(zip(paths, pages, strict=True), start=1):
            response = fetch(server.base_url + path)
            assert response.status == 200, path
            page = Selector(text=response.text)
            assert _ids(page) == expected, path
            assert len(expected) == per_page or n == len(pages)
            previous, forward = _nav(page)
            assert previous == (paths[n] if n < len(pages) else None)
            assert forward == (paths[n - 2] if n > 1 else None)
            assert "wsite-blog-index" in page.css("body::attr(class)").get()
            assert not page.css("#commentArea")
        beyond = (
            f"{BLOG}/previous/{len(pages) + 1}"
            if listing == BLOG
            else f"{listing}/{len(pages) + 1}"
        )
        assert fetch(server.base_url + beyond).status == 404


def test_index_is_newest_first_and_pages_by_per_page(served, fetch) -> None:
    server, truth = served
    per_page = truth["listing"]["per_page"]
    seen: list[str] = []
    dates: list[date] = []
    path = BLOG
    while path:
        page = Selector(text=fetch(server.base_url + path).text)
        seen += _ids(page)
        dates += [_date(t) for t in page.css("span.date-text::text").getall()]
        path = _nav(page)[0]
    assert seen == [p["id"] for p in truth["posts"]]
    assert dates == sorted(dates, reverse=True)
    assert len(truth["listing"]["pages"][BLOG]) == -(-len(seen) // per_page)


def test_page_two_forward_goes_to_the_blog_root(served, fetch) -> None:
    server, _ = served
    page = Selector(text=fetch(server.base_url + f"{BLOG}/previous/2").text)
    assert _nav(page)[1] == BLOG


def test_three_spellings_of_page_one(served, fetch) -> None:
    server, _ = served
    ids = [
        _ids(Selector(text=fetch(server.base_url + p).text))
        for p in (BLOG, f"{BLOG}.html", f"{BLOG}/previous/1")
    ]
    assert ids[0] == ids[1] == ids[2]


def test_category_all_equals_the_index(served, fetch) -> None:
    server, truth = served
    index = truth["listing"]["page_paths"][BLOG]
    for n in range(1, len(index) + 1):
        a = Selector(text=fetch(server.base_url + index[n - 1]).text)
        b = Selector(text=fetch(server.base_url + f"{BLOG}/category/all/{n}").text)
        assert _ids(a) == _ids(b)
    first = Selector(text=fetch(server.base_url + f"{BLOG}/category/all").text)
    assert _ids(first) == _ids(Selector(text=fetch(server.base_url + BLOG).text))


def test_archive_pages_hold_only_their_month(served, fetch) -> None:
    server, truth = served
    for archive in truth["listing"]["archives"]:
        month, year = (int(x) for x in archive["path"].rsplit("/", 1)[1].split("-"))
        expected = [
            p["id"] for p in truth["posts"] if p["posted_date"][:7] == f"{year}-{month:02d}"
        ]
        shown: list[str] = []
        for path in truth["listing"]["page_paths"][archive["path"]]:
            page = Selector(text=fetch(server.base_url + path).text)
            shown += _ids(page)
            for text in page.css("span.date-text::text").getall():
                day = _date(text)
                assert (day.year, day.month) == (year, month)
        assert shown == expected


def test_category_pages_hold_exactly_their_posts(served, fetch) -> None:
    server, truth = served
    for category in truth["listing"]["categories"][1:]:
        expected = [p["id"] for p in truth["posts"] if category["name"] in p["categories"]]
        listed = [i for page in truth["listing"]["pages"][category["path"]] for i in page]
        assert listed == expected
        page = Selector(text=fetch(server.base_url + category["path"]).text)
        assert page.css("meta[property='og:title']::attr(content)").get() == (
            f"Category: {category['name']}"
        )


def test_read_more_excerpts_on_listings(served, fetch) -> None:
    server, truth = served
    cut = [p for p in truth["posts"] if p["has_excerpt"]]
    assert cut
    position = {p["id"]: n for n, p in enumerate(truth["posts"])}
    per_page = truth["listing"]["per_page"]
    for post in cut:
        path = truth["listing"]["page_paths"][BLOG][position[post["id"]] // per_page]
        page = Selector(text=fetch(server.base_url + path).text)
        block = page.css(f"#blog-post-{post['id']}")
        more = block.css("div.blog-content div.blog-read-more a")
        assert more.css("::text").get() == "Read More"
        assert more.attrib["href"].endswith(f"{BLOG}/{post['slug']}")
        assert "BLOG_SUMMARY_END" not in block.get()
        full = Selector(text=fetch(post["url"]).text)
        assert "<!--BLOG_SUMMARY_END-->" in full.css("div.blog-content").get()
        assert not full.css("div.blog-read-more")
