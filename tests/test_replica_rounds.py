"""Rounds: a later round edits, removes and adds posts, and the server shows it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from parsel import Selector

from msqa_scraper.replica import ReplicaServer, SiteConfig, build_site, truth

BLOG = "/q--a-for-virtual-ms-center"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def rounds() -> Iterator[tuple[ReplicaServer, dict, dict]]:
    """A server moved from round 0 to round 1, with both truths."""
    with ReplicaServer(SiteConfig(posts=40, seed=3)) as server:
        before = server.truth()
        server.set_round(1)
        after = server.truth()
        yield server, before, after


def _by_id(truth_: dict) -> dict[str, dict]:
    return {p["id"]: p for p in truth_["posts"]}


def _answer_text(page: Selector) -> str:
    return " ".join(" ".join(page.css("div.blog-content ::text").getall()).split())


def test_edited_answers_change_on_the_page(rounds, fetch) -> None:
    server, before, after = rounds
    old, new = _by_id(before), _by_id(after)
    edited = [i for i in old.keys() & new.keys() if old[i]["answer"] != new[i]["answer"]]
    assert edited
    for post_id in edited:
        assert new[post_id]["lastmod"] > old[post_id]["lastmod"]
        added = new[post_id]["answer"].removeprefix(old[post_id]["answer"]).strip()
        assert added, "the edit extends the answer"
        page = Selector(text=fetch(new[post_id]["url"]).text)
        assert " ".join(added.split()) in _answer_text(page)
    sitemap = ET.fromstring(fetch(server.base_url + "/sitemap.xml").body)
    lastmods = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in sitemap}
    for post_id in edited:
        assert lastmods[new[post_id]["url"]] == new[post_id]["lastmod"]


def test_removed_posts_are_gone(rounds, fetch) -> None:
    server, before, after = rounds
    removed = after["removed"]
    assert removed and set(removed) <= _by_id(before).keys()
    assert not set(removed) & _by_id(after).keys()
    urls = {p["id"]: p["url"] for p in before["posts"]}
    feed = fetch(server.base_url + "/2/feed").text
    sitemap = fetch(server.base_url + "/sitemap.xml").text
    listed = {i for pages in after["listing"]["pages"].values() for page in pages for i in page}
    for post_id in removed:
        assert fetch(urls[post_id]).status == 404
        assert urls[post_id] not in feed and urls[post_id] not in sitemap
        assert post_id not in listed


def test_new_posts_are_newest_and_listed(rounds, fetch) -> None:
    server, before, after = rounds
    added = [p for p in after["posts"] if p["id"] not in _by_id(before)]
    assert added
    assert after["posts"][: len(added)] == added, "new posts are the newest"
    first_page = Selector(text=fetch(server.blog_url).text)
    shown = [i.removeprefix("blog-post-") for i in first_page.css(".blog-post::attr(id)").getall()]
    assert shown[: len(added)] == [p["id"] for p in added]
    for post in added:
        assert fetch(post["url"]).status == 200
    feed = fetch(server.base_url + "/2/feed").text
    assert all(p["url"] in feed for p in added)


def test_disclaimer_reworded(rounds, fetch) -> None:
    server, before, after = rounds
    assert before["disclaimer"] != after["disclaimer"]
    page = Selector(text=fetch(server.blog_url).text)
    block = page.css("ul.columnlist-blog > div.paragraph")[0]
    assert " ".join(" ".join(block.css("::text").getall()).split()) == after["disclaimer"]


def test_category_renamed_and_post_moved(rounds, fetch) -> None:
    server, before, after = rounds
    old = {c["slug"]: c["name"] for c in before["listing"]["categories"]}
    new = {c["slug"]: c["name"] for c in after["listing"]["categories"]}
    assert set(old) != set(new), "a category was renamed (its slug changed)"
    for slug in set(old) - set(new):
        assert fetch(f"{server.base_url}{BLOG}/category/{slug}").status == 404
    for slug in set(new) - set(old):
        assert fetch(f"{server.base_url}{BLOG}/category/{slug}").status == 200
    # Round 1 renames exactly one category; map old names to new ones, then look for a move.
    (gone,) = (old[s] for s in set(old) - set(new))
    (came,) = (new[s] for s in set(new) - set(old))
    after_posts = _by_id(after)
    moved = [
        post_id
        for post_id, post in _by_id(before).items()
        if post_id in after_posts
        and sorted(came if n == gone else n for n in post["categories"])
        != after_posts[post_id]["categories"]
    ]
    assert moved, "a post moved to another category"


def test_etags_change_only_where_content_changed(fetch) -> None:
    with ReplicaServer(SiteConfig(posts=40, seed=8, round=1)) as server:
        first = server.truth()
        tags = {p["url"]: fetch(p["url"]).headers["ETag"] for p in first["posts"]}
        server.set_round(2)
        second = _by_id(server.truth())
        unchanged = 0
        for post in first["posts"]:
            if post["id"] not in second:
                continue
            response = fetch(post["url"], {"If-None-Match": tags[post["url"]]})
            same = second[post["id"]]["answer"] == post["answer"]
            if response.status == 304:
                unchanged += 1
                assert same
        assert unchanged, "pages that did not change still answer 304"


def test_rounds_are_deterministic_and_cumulative() -> None:
    config = SiteConfig(posts=40, seed=6)
    base = "http://h:1/q--a-for-virtual-ms-center"
    two = truth(build_site.__wrapped__(config, 2), base)
    assert json.dumps(two) == json.dumps(truth(build_site.__wrapped__(config, 2), base))
    one = truth(build_site(config, 1), base)
    assert set(one["removed"]) < set(two["removed"])
    assert len(two["posts"]) == len(one["posts"]) + 2 - (len(two["removed"]) - len(one["removed"]))
