"""Template drift (``ReplicaServer.set_drift``, ``SiteConfig.drift``) and extra robots.txt
Disallow lines (``SiteConfig.robots_disallow``): synthetic test knobs, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from parsel import Selector

from msqa_scraper.replica import DRIFT_MODES, ReplicaServer, SiteConfig
from msqa_scraper.replica.feeds import robots_disallows

BLOG = "/q--a-for-virtual-ms-center"


@pytest.fixture
def server() -> Iterator[ReplicaServer]:
    with ReplicaServer(SiteConfig(posts=12)) as replica:
        yield replica


def _signed(posts: list[dict]) -> dict:
    """The first post signed under its answer: a closing bio or a quoted speaker (rounds 16-17)
    names its expert inside the answer and has no signature block for a drift to restyle."""
    return next(p for p in posts if not any(e["name"] in p["answer"] for e in p["experts"]))


def _pages(server: ReplicaServer, fetch) -> dict[str, bytes]:
    post = _signed(server.truth()["posts"])
    paths = {"index": BLOG, "post": f"{BLOG}/{post['slug']}", "all": f"{BLOG}/category/all"}
    return {name: fetch(server.base_url + path).body for name, path in paths.items()}


def test_renamed_post_class_hides_every_post_block(server, fetch) -> None:
    before_truth = server.truth()
    server.set_drift("renamed-post-class")
    assert server.drift == "renamed-post-class"
    for name, raw in _pages(server, fetch).items():
        page = Selector(text=raw.decode())
        assert not page.css("div.blog-post"), name
        assert not page.css("[id^=blog-post-]"), name
        blocks = page.css("div.wsite-blog-post-item")
        assert blocks and all(b.attrib["id"].startswith("post-") for b in blocks), name
        assert page.css("div.blog-content"), name
    after = server.truth()
    assert after["drift"] == "renamed-post-class"
    assert after["posts"] == before_truth["posts"]


def test_renamed_content_keeps_posts_without_content_or_signature(server, fetch) -> None:
    posts = server.truth()["posts"]
    server.set_drift("renamed-content")
    pages = _pages(server, fetch)
    for name, raw in pages.items():
        page = Selector(text=raw.decode())
        assert page.css("div.blog-post[id^=blog-post-]"), name
        assert not page.css("div.blog-content"), name
        assert page.css("div.blog-post > div.blog-entry-body"), name
    body = Selector(text=pages["post"].decode()).css("div.blog-entry-body")
    last = "".join(body.css("div.paragraph")[-1].css("::text").getall())
    expert = _signed(posts)["experts"][0]
    assert "This answer was provided by " + expert["name"] in last
    assert last.endswith(".")
    assert server.truth()["posts"] == posts


def test_drift_off_restores_the_exact_bytes(server, fetch) -> None:
    before = _pages(server, fetch)
    feed = fetch(server.base_url + "/2/feed").body
    etag = fetch(server.blog_url).headers["ETag"]
    for mode in DRIFT_MODES:
        server.set_drift(mode)
        assert _pages(server, fetch)["index"] != before["index"]
        assert fetch(server.blog_url).headers["ETag"] != etag
        assert fetch(server.base_url + "/2/feed").body == feed  # the feed is not themed
    server.set_drift(None)
    assert _pages(server, fetch) == before
    assert server.truth()["drift"] is None


def test_drift_from_config_and_validation(fetch) -> None:
    with ReplicaServer(SiteConfig(posts=5, drift="renamed-post-class")) as replica:
        assert b'class="blog-post"' not in fetch(replica.blog_url).body
        assert replica.truth()["drift"] == "renamed-post-class"
        with pytest.raises(ValueError):
            replica.set_drift("renamed-everything")
    with pytest.raises(ValueError):
        SiteConfig(drift="nope")


def test_robots_disallow_lines_are_added_and_still_served(fetch) -> None:
    extra = (f"{BLOG}/category/", "/private*.html$")
    with ReplicaServer(SiteConfig(posts=8, robots_disallow=list(extra))) as replica:
        assert replica.config.robots_disallow == extra
        robots = fetch(replica.base_url + "/robots.txt").text
        agents = robots.split("User-agent: *\n", 1)[1]
        assert agents == (
            f"Disallow: /ajax/\nDisallow: /apps/\nDisallow: {BLOG}/category/\n"
            "Disallow: /private*.html$\n"
        )
        assert "User-agent: NerdyBot\nDisallow: /\n" in robots
        assert fetch(f"{replica.base_url}{BLOG}/category/all").status == 200
        assert fetch(replica.blog_url).status == 200
        logged = [r["path"] for r in replica.requests]
        assert f"{BLOG}/category/all" in logged
        assert [r["path"] for r in replica.disallowed_requests()] == [f"{BLOG}/category/all"]


def test_robots_rule_matching_and_validation() -> None:
    rules = ("/apps/", "/private*.html$")
    assert robots_disallows("/apps/search?q=x", rules)
    assert robots_disallows("/private/notes.html", rules)
    assert not robots_disallows("/private/notes.html?x=1", rules)
    assert not robots_disallows("/about.html", rules)
    for bad in ("no-slash", "/with space", "/a\nDisallow: /", ""):
        with pytest.raises(ValueError):
            SiteConfig(robots_disallow=(bad,))
    with pytest.raises(ValueError):
        SiteConfig(robots_disallow="/apps/")  # type: ignore[arg-type]
