"""RSS feed, sitemap.xml and robots.txt in Weebly's native forms."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from msqa_scraper.replica import ReplicaServer, SiteConfig

BLOG = "/q--a-for-virtual-ms-center"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PACIFIC = ZoneInfo("America/Los_Angeles")


def test_feed_is_rss2_with_the_ten_newest_posts(replica, replica_truth, fetch) -> None:
    response = fetch(replica.base_url + "/2/feed")
    assert response.status == 200
    assert "xml" in response.headers["Content-Type"]
    raw = response.text
    assert raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')
    assert "<generator>Weebly</generator>" in raw
    channel = ET.fromstring(response.body).find("channel")
    assert channel.findtext("title") == "Healthcare Journey - Q & A for Virtual MS Center"
    assert channel.findtext("link") == replica.blog_url
    assert re.search(r" -0[78]00$", channel.findtext("pubDate"))
    items = channel.findall("item")
    newest = replica_truth["posts"][:10]
    assert len(items) == 10
    assert [i.findtext("link") for i in items] == [p["url"] for p in newest]
    for item, post in zip(items, newest, strict=True):
        assert item.findtext("title") == post["title"]
        assert item.findtext("guid") == post["url"]
        assert item.find("guid").get("isPermaLink") == "false"
        assert item.findtext("comments") == post["url"] + "#comments"
        assert item.findtext("pubDate").endswith(" GMT")
        moment = parsedate_to_datetime(item.findtext("pubDate"))
        assert moment.astimezone(PACIFIC).date().isoformat() == post["posted_date"]
        assert [c.text for c in item.findall("category")] == (
            post["categories"] or ["Uncategorized"]
        )
        description = item.findtext("description")
        assert description.endswith(" [...] ") and len(description) <= 520
        encoded = item.findtext(CONTENT)
        assert 'class="paragraph"' in encoded
        assert 'src="/uploads' not in encoded
        if "image" in post["variants"]:
            assert f'src="{replica.base_url}/uploads/' in encoded
    for tag in ("title", "link", "description", "content:encoded"):
        assert f"<{tag}><![CDATA[" in raw


def test_midnight_posts_show_seven_or_eight_gmt(fetch) -> None:
    # Every post of a one-month site with many bulk-imported posts is in the feed's window.
    with ReplicaServer(SiteConfig(posts=12, months=1, seed=3)) as server:
        truth = server.truth()
        channel = ET.fromstring(fetch(server.base_url + "/2/feed").body).find("channel")
    stamps = {i.findtext("link"): i.findtext("pubDate") for i in channel.findall("item")}
    midnight = [p for p in truth["posts"] if "midnight_post" in p["variants"]]
    in_feed = [p for p in midnight if p["url"] in stamps]
    assert in_feed
    for post in in_feed:
        assert stamps[post["url"]].endswith(" 07:00:00 GMT")


def test_blog_feed_path_serves_the_same_feed(replica, fetch) -> None:
    a = fetch(replica.base_url + "/2/feed").body
    b = fetch(replica.base_url + BLOG + "/feed").body
    assert a == b


def test_sitemap_lists_pages_and_every_live_post(replica, replica_truth, fetch) -> None:
    response = fetch(replica.base_url + "/sitemap.xml")
    assert response.status == 200
    root = ET.fromstring(response.body)
    rows = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root}
    posts = {p["url"]: p["lastmod"] for p in replica_truth["posts"]}
    for url, lastmod in posts.items():
        assert rows[url] == lastmod
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[78]:00", lastmod)
    pages = {url: mod for url, mod in rows.items() if url not in posts}
    base = replica.base_url
    assert set(pages) == {
        f"{base}/",
        f"{base}/virtual-ms-center.html",
        f"{base}{BLOG}.html",
        f"{base}/about.html",
        f"{base}/privacy-policy.html",
        f"{base}/contact.html",
    }
    assert all(mod.endswith("+00:00") for mod in pages.values())
    for url in rows:
        assert not re.search(r"/(archives|category|previous|feed)\b", url)


def test_robots_txt_is_weebly_native(replica, fetch) -> None:
    response = fetch(replica.base_url + "/robots.txt")
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text == (
        f"Sitemap: {replica.base_url}/sitemap.xml\n\n"
        "User-agent: NerdyBot\nDisallow: /\n\n"
        "User-agent: *\nDisallow: /ajax/\nDisallow: /apps/\n"
    )
