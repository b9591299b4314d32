"""One test per item of "Facts a faithful replica must reproduce" (weebly-markup.md), checked
with parsel/lxml selectors on the raw bytes the server sends."""

from __future__ import annotations

import json
import re

import pytest
from parsel import Selector

from msqa_scraper.replica import posts_with_variant
from msqa_scraper.replica.slugs import weebly_slug

BLOG = "/q--a-for-virtual-ms-center"
SITE = "Healthcare Journey"


@pytest.fixture(scope="module")
def pages(replica, replica_truth, fetch) -> dict[str, bytes]:
    """Raw bytes of one page of each kind, and of every post."""
    out = {}
    for name, path in {
        "index": BLOG,
        "index_html": f"{BLOG}.html",
        "page2": f"{BLOG}/previous/2",
        "archive": replica_truth["listing"]["archives"][0]["path"],
        "category": replica_truth["listing"]["categories"][1]["path"],
        "all": f"{BLOG}/category/all",
    }.items():
        response = fetch(replica.base_url + path)
        assert response.status == 200
        out[name] = response.body
    for post in replica_truth["posts"]:
        out[post["id"]] = fetch(post["url"]).body
    return out


def _sel(raw: bytes) -> Selector:
    return Selector(body=raw, type="html")


def _post_bodies(pages: dict[str, bytes], truth: dict) -> list[tuple[dict, bytes]]:
    return [(p, pages[p["id"]]) for p in truth["posts"]]


def test_fact_blog_page_and_post_urls(replica, replica_truth, pages, fetch) -> None:
    assert fetch(replica.base_url + f"{BLOG}.html").status == 200
    assert fetch(replica.base_url + BLOG).status == 200
    for post in replica_truth["posts"]:
        assert re.fullmatch(rf"http://127\.0\.0\.1:\d+{BLOG}/[a-z0-9-]+", post["url"])
        assert fetch(post["url"] + ".html").status == 404
        assert fetch(post["url"] + "/").status == 404
    nav = _sel(pages["index"]).css("ul.wsite-menu-default a::attr(href)").getall()
    assert f"{BLOG}.html" in nav


def test_fact_blog_table_skeleton(pages, replica_truth) -> None:
    for raw in (pages["index"], pages[replica_truth["posts"][0]["id"]], pages["archive"]):
        page = _sel(raw)
        cells = page.css("table#blogTable > tr > td")
        assert len(cells) == 2
        assert cells[0].attrib["valign"] == "top"
        body = cells[0].css(":scope > div.blog-body")
        assert re.fullmatch(r"\d{18}-blog", body.attrib["id"])
        assert body.css(":scope > div#wsite-content")
        assert cells[1].attrib["class"] == "blog-sidebar"
        assert b"<!-- bid: $blog_id -->" in raw


def test_fact_post_block(pages, replica, replica_truth) -> None:
    host = f"127.0.0.1:{replica.port}"
    for post, raw in _post_bodies(pages, replica_truth):
        page = _sel(raw)
        block = page.css("div.blog-post")
        assert len(block) == 1
        assert block.attrib["id"] == f"blog-post-{post['id']}"
        assert re.fullmatch(r"blog-post-\d{18}", block.attrib["id"])
        children = [c.attrib.get("class") for c in block.xpath("./div")]
        assert children == [
            "blog-header",
            "blog-separator",
            "blog-content",
            "blog-social  ",
            "blog-comments-bottom",
            "blog-post-separator",
        ]
        link = block.css("div.blog-header > h2.blog-title > a.blog-title-link.blog-link")
        assert link.attrib["href"] == f"//{host}{BLOG}/{post['slug']}"
        assert link.css("::text").get() == post["title"]
        date = block.css("p.blog-date > span.date-text::text").get()
        year, month, day = (int(x) for x in post["posted_date"].split("-"))
        assert date == f"\n\t{month}/{day}/{year}\n"
        count = block.css("p.blog-comments > a::text").get().strip()
        bottom = block.css("div.blog-comments-bottom > a::text").get().strip()
        n = post["comment_count"]
        assert count == bottom == (f"{n} Comment" if n == 1 else f"{n} Comments")
        assert block.css("div.blog-separator::text").get() == "\xa0"
        assert block.css("div.blog-content > div.paragraph")
    everything = b"".join(pages[p["id"]] for p in replica_truth["posts"])
    assert b'<div class="blog-social  ">' in everything
    assert b"<br />" in everything and b"<strong>" in everything
    combined = _sel(everything)
    assert combined.xpath('//div[@class="blog-content"]/div[@class="paragraph"]/ul/li')
    assert combined.xpath('//div[@class="blog-content"]/div[@class="paragraph"]/ol/li')


def test_fact_comment_area_on_post_pages_only(pages, replica_truth) -> None:
    for post, raw in _post_bodies(pages, replica_truth):
        assert b'<a name="comments" id="comments"></a>\n<div id="commentArea">' in raw
        area = _sel(raw).css("#commentArea")
        closed = area.css("div.blog-notice-comments-closed::text").getall()
        if post["comments_closed"]:
            assert closed == ["Comments are closed."]
            assert not area.css("iframe")
        else:
            assert closed == []
            assert area.css("div.blog-notice-comments-pending")
            assert area.css("h2#commentReplyTitle::text").get() == "Leave a Reply."
        assert len(area.css("div.blogCommentWrap")) == post["comment_count"]
    assert any(not p["comments_closed"] for p in replica_truth["posts"])
    for name in ("index", "page2", "archive", "category", "all"):
        assert not _sel(pages[name]).css("#commentArea, a#comments")


def test_fact_post_head(pages, replica, replica_truth) -> None:
    host = f"127.0.0.1:{replica.port}"
    for post, raw in _post_bodies(pages, replica_truth):
        page = _sel(raw)
        shown = post["seo_title"] or post["title"]
        assert page.css("title::text").get() == f"{shown} - {SITE}"
        assert re.search(
            rb"</title><meta property=\"og:site_name\" content=\"Healthcare Journey\"", raw
        )
        assert page.css("meta[property='og:title']::attr(content)").get() == shown
        if "'" in shown:
            assert b"&#039;" in raw
        description = page.css("meta[property='og:description']::attr(content)").get()
        assert description.endswith("...")
        images = page.css("meta[property='og:image']::attr(content)").getall()
        assert len(images) == len(page.css("div.blog-content div.wsite-image img"))
        assert all(i.startswith(f"http://{host}/uploads/") for i in images)
        year, month, _ = post["posted_date"].split("-")
        assert page.css("meta[property='og:url']::attr(content)").get() == (
            f"http://{host}/2/post/{year}/{month}/{post['slug']}.html"
        )
        assert not page.css("link[rel=canonical]")
        assert b"article:" not in raw and b"<time" not in raw and b"ld+json" not in raw
        assert b"initPublishedFlyoutMenus" in raw and b'_W.configDomain = "www.weebly.com"' in raw
        assert 30_000 < len(raw) < 70_000
    seo = [p for p in replica_truth["posts"] if p["seo_title"]]
    assert seo
    for post in seo:
        page = _sel(pages[post["id"]])
        assert page.css("a.blog-title-link::text").get() == post["title"] != post["seo_title"]


def test_fact_listings(pages, replica_truth) -> None:
    first, second = pages["index"], pages["page2"]
    assert (
        b'\t<div class="blog-page-nav-previous">\n'
        b'\t\t<a href="/q--a-for-virtual-ms-center/previous/2" class="blog-link">'
        b"&lt;&lt;Previous</a>\n\t</div>\n" in first
    )
    assert b"blog-page-nav-next" not in first
    assert (
        b'\t<div class="blog-page-nav-next">\n'
        b'\t\t<a href="/q--a-for-virtual-ms-center" class="blog-link">Forward&gt;&gt;</a>\n'
        b"\t</div>\n" in second
    )
    for name in ("index", "index_html", "page2", "archive", "category", "all"):
        page = _sel(pages[name])
        assert "wsite-blog-index" in page.css("body::attr(class)").get()
        assert not page.css("#commentArea")
        blocks = page.css("div.blog-post")
        assert 0 < len(blocks) <= replica_truth["listing"]["per_page"]
        for block in blocks:
            assert block.css("div.blog-header a.blog-title-link")
    post = _sel(pages[replica_truth["posts"][0]["id"]])
    assert "wsite-blog-post" in post.css("body::attr(class)").get()
    titles = {
        "index": (f"{SITE} - Q & A for Virtual MS Center", "Q & A for Virtual MS Center"),
        "page2": (f"Blog Posts - {SITE}", "Blog Posts"),
        "archive": (f"Blog Archives - {SITE}", "Blog Archives"),
        "all": (f"All Categories - {SITE}", "All Categories"),
    }
    for name, (title, og_title) in titles.items():
        page = _sel(pages[name])
        assert page.css("title::text").get() == title
        assert page.css("meta[property='og:title']::attr(content)").get() == og_title


def test_fact_sidebar_on_every_blog_page(pages, replica, replica_truth) -> None:
    names = ["index", "page2", "archive", "category", "all", replica_truth["posts"][0]["id"]]
    for name in names:
        raw = pages[name]
        assert (
            b'class="columnlist-blog" style="margin:0; padding: 0;">\n<div class="paragraph"' in raw
        )
        side = _sel(raw).css("td.blog-sidebar ul.columnlist-blog")
        assert side.css("h2.blog-archives-title") and side.css("h2.blog-category-title")
        months = side.css("p.blog-archive-list a")
        assert [a.attrib["href"] for a in months] == [
            a["path"] for a in replica_truth["listing"]["archives"]
        ]
        assert all(re.fullmatch(rf"{BLOG}/archives/\d\d-\d{{4}}", a.attrib["href"]) for a in months)
        assert months[0].css("::text").get() == "September 2024"
        assert [a.css("::text").get() for a in months][:3] == [
            "September 2024",
            "August 2024",
            "July 2024",
        ]
        assert len(side.css("p.blog-archive-list br")) == len(months)
        categories = side.css("p.blog-category-list a")
        texts = [a.css("::text").get() for a in categories]
        assert texts[0] == "All" and categories[0].attrib["href"] == f"{BLOG}/category/all"
        assert texts[1:] == sorted(texts[1:], key=str.casefold)
        for a, text in zip(categories[1:], texts[1:], strict=True):
            assert a.attrib["href"] == f"{BLOG}/category/{weebly_slug(text)}"
        assert "Sjögren's Syndrome" in texts
        assert f"{BLOG}/category/sjoumlgrens-syndrome" in [a.attrib["href"] for a in categories]
        assert side.css("p.blog-feed-link a::attr(href)").get() == "/2/feed"
        assert side.css("p.blog-feed-link link[rel=alternate]::attr(href)").get() == ""


def test_fact_feed_urls(replica, fetch) -> None:
    for path in ("/2/feed", f"{BLOG}/feed"):
        response = fetch(replica.base_url + path)
        assert response.status == 200
        assert response.body.count(b"<item>") == 10
        assert (
            b"]]></description>" in response.body and b" [...] ]]></description>" in response.body
        )
        assert b"<content:encoded><![CDATA[" in response.body


def test_fact_disclaimer_is_the_sidebars_first_module(pages, replica_truth) -> None:
    names = ["index", "archive", "category", *(p["id"] for p in replica_truth["posts"][:5])]
    for name in names:
        page = _sel(pages[name])
        first = page.css("ul.columnlist-blog > *")[0]
        assert first.root.tag == "div" and first.attrib["class"] == "paragraph"
        text = " ".join(" ".join(first.css("::text").getall()).split())
        assert text == replica_truth["disclaimer"]
        assert "PLEASE NOTE" not in " ".join(page.css("div.blog-content ::text").getall())
        assert "PLEASE NOTE" not in " ".join(page.css("div.wsite-footer ::text").getall())
        header = page.css("div.wsite-header-elements")
        assert "PLEASE NOTE" not in " ".join(header.css("::text").getall())
        assert (
            header.css("h2.wsite-content-title::text").get() == "Welcome to the Virtual MS Center!"
        )


def test_fact_robots_and_sitemap(replica, fetch) -> None:
    robots = fetch(replica.base_url + "/robots.txt").text
    assert robots.startswith(f"Sitemap: {replica.base_url}/sitemap.xml\n")
    assert "User-agent: NerdyBot\nDisallow: /\n" in robots
    sitemap = fetch(replica.base_url + "/sitemap.xml").text
    assert "<lastmod>" in sitemap and "/archives/" not in sitemap and "/category/" not in sitemap


def test_fact_encoding_messy_text_links_and_duplicate_nav(
    replica, pages, replica_truth, fetch
) -> None:
    response = fetch(replica.blog_url)
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in response.body
    site = replica.site

    def content_of(spec) -> bytes:
        return _sel(pages[spec.id]).css("div.blog-content").get().encode()

    assert "\u200b".encode() in content_of(posts_with_variant(site, "zwsp_raw")[0])
    assert b"&#8203;" in pages[posts_with_variant(site, "zwsp_entity")[0].id]
    assert b"&nbsp;" in pages[posts_with_variant(site, "nbsp")[0].id]
    assert b"&rsquo;" in pages[posts_with_variant(site, "entities")[0].id]
    raw = pages["index"]
    assert b'href="//127.0.0.1:' in raw and b'href="/q--a-for-virtual-ms-center/' in raw
    page = _sel(raw)
    desktop, mobile = page.css("ul.wsite-menu-default")
    assert desktop.css("a::attr(href)").getall() == mobile.css("a::attr(href)").getall()
    flyout = re.search(rb"initPublishedFlyoutMenus\(\s*(\[.*?\]),\n", raw, re.S)
    titles = [item["title"] for item in json.loads(flyout[1])]
    assert titles == [t.strip() for t in desktop.css("a.wsite-menu-item::text").getall()]
