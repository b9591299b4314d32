"""Crawl the whole replica breadth-first: every same-host link resolves."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterator
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from parsel import Selector

from msqa_scraper.replica import ReplicaServer, SiteConfig

_LINK_XPATH = (
    "//a/@href | //link/@href | //img/@src | //script/@src | //iframe/@src"
    " | //*[name()='fb:like']/@href"
)


def _links(url: str, body: bytes, content_type: str) -> Iterator[str]:
    if content_type.startswith("text/html"):
        for raw in Selector(body=body, type="html").xpath(_LINK_XPATH).getall():
            if raw and not raw.startswith(("javascript:", "mailto:", "#")):
                yield urljoin(url, raw)
    elif "xml" in content_type:
        root = ET.fromstring(body)
        for el in root.iter():
            if el.tag.endswith("loc") or el.tag in ("link", "guid", "comments"):
                yield el.text.strip()


def crawl(server: ReplicaServer, fetch: Callable) -> dict[str, int]:
    """Status of every same-host URL reachable from the home page, blog, sitemap and feed."""
    netloc = urlsplit(server.base_url).netloc
    start = ["/", "/q--a-for-virtual-ms-center", "/sitemap.xml", "/2/feed", "/robots.txt"]
    queue = deque(server.base_url + p for p in start)
    seen = set(queue)
    status: dict[str, int] = {}
    while queue:
        url = queue.popleft()
        response = fetch(url)
        status[url] = response.status
        found = list(_links(url, response.body, response.headers.get("Content-Type", "")))
        if response.status == 301:
            found.append(response.headers["Location"])
        for link in found:
            link = urldefrag(link)[0]
            parts = urlsplit(link)
            if parts.scheme == "http" and parts.netloc == netloc and link not in seen:
                seen.add(link)
                queue.append(link)
    return status


def test_every_link_resolves(replica: ReplicaServer, replica_truth: dict, fetch) -> None:
    status = crawl(replica, fetch)
    bad = {url: code for url, code in status.items() if code not in (200, 301)}
    assert bad == {}
    # The crawl reached every post, listing page and archive/category page.
    crawled = {urlsplit(u).path for u in status}
    for post in replica_truth["posts"]:
        assert urlsplit(post["url"]).path in crawled
    for paths in replica_truth["listing"]["page_paths"].values():
        assert set(paths) <= crawled
    assert len(status) > 100
    # The legacy URLs of fb:like and og:url-style links redirect rather than fail.
    assert sum(code == 301 for code in status.values()) >= len(replica_truth["posts"])


@pytest.fixture(scope="module")
def round_two() -> Iterator[ReplicaServer]:
    with ReplicaServer(SiteConfig(posts=40, seed=4, round=2)) as server:
        yield server


def test_only_removed_posts_answer_404_after_rounds(round_two: ReplicaServer, fetch) -> None:
    truth = round_two.truth()
    assert truth["removed"], "rounds remove posts"
    removed = {p["slug"] for p in truth["removed_posts"]}
    status = crawl(round_two, fetch)
    not_found = [u for u, code in status.items() if code == 404]
    for url in not_found:
        path = urlsplit(url).path
        slug = path.rsplit("/", 1)[-1].removesuffix(".html")
        assert slug in removed, url
    assert {code for code in status.values()} <= {200, 301, 404}
    for post in truth["removed_posts"]:
        assert fetch(post["url"]).status == 404
