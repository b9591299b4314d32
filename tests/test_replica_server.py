"""HTTP behaviour of the replica server: redirects, caching headers, Host, HEAD, request log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from parsel import Selector

from msqa_scraper.replica import ReplicaServer, SiteConfig

BLOG = "/q--a-for-virtual-ms-center"


def _legacy(post: dict) -> str:
    year, month, _ = post["posted_date"].split("-")
    return f"/2/post/{year}/{month}/{post['slug']}.html"


def test_legacy_post_urls_redirect(replica, replica_truth, fetch) -> None:
    for post in replica_truth["posts"][:8]:
        response = fetch(replica.base_url + _legacy(post))
        assert response.status == 301
        assert response.headers["Location"] == post["url"]
    post = replica_truth["posts"][0]
    wrong_month = _legacy(post).replace("/post/2024/", "/post/2023/")
    assert fetch(replica.base_url + wrong_month).status == 404


def test_legacy_listing_urls_redirect(replica, replica_truth, fetch) -> None:
    archive = replica_truth["listing"]["archives"][0]["path"]
    key = archive.rsplit("/", 1)[1]
    response = fetch(f"{replica.base_url}/2/archives/{key}")
    assert response.status == 301
    assert response.headers["Location"] == replica.base_url + archive
    response = fetch(f"{replica.base_url}/2/category/all")
    assert response.headers["Location"] == f"{replica.base_url}{BLOG}/category/all"


def test_unknown_paths_get_a_weebly_404_page(replica, fetch) -> None:
    for path in ("/nope", f"{BLOG}/no-such-post", f"{BLOG}/", f"{BLOG}/category/nope"):
        response = fetch(replica.base_url + path)
        assert response.status == 404, path
        page = Selector(text=response.text)
        assert page.css("h2.wsite-content-title::text").get() == "Page Not Found"
        assert page.css("ul.wsite-menu-default")


def test_site_pages_and_assets(replica, fetch) -> None:
    for path in ("/", "/index.html", "/about.html", "/contact.html", "/virtual-ms-center.html"):
        response = fetch(replica.base_url + path)
        assert response.status == 200, path
        assert "wsite-blog" not in Selector(text=response.text).css("body::attr(class)").get()
    assert fetch(replica.base_url + "/files/main_style.css?123").status == 200
    image = fetch(replica.base_url + "/uploads/1/3/0/8/130829418/mri-flair-lesions_orig.jpg")
    assert image.status == 200 and image.headers["Content-Type"] == "image/jpeg"


def test_etag_and_last_modified_give_304(replica, replica_truth, fetch) -> None:
    url = replica_truth["posts"][0]["url"]
    first = fetch(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    again = fetch(url, {"If-None-Match": etag})
    assert again.status == 304 and again.body == b""
    assert again.headers["ETag"] == etag
    assert fetch(url, {"If-Modified-Since": modified}).status == 304
    assert fetch(url, {"If-None-Match": '"other"'}).status == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}).status == 200
    for path in ("/2/feed", "/sitemap.xml", BLOG):
        response = fetch(replica.base_url + path)
        assert (
            fetch(replica.base_url + path, {"If-None-Match": response.headers["ETag"]}).status
            == 304
        )


def test_no_etag_mode(fetch) -> None:
    with ReplicaServer(SiteConfig(posts=5), etag=False) as server:
        response = fetch(server.blog_url)
        assert response.headers.get("ETag") is None
        assert response.headers.get("Last-Modified") is None
        assert fetch(server.blog_url, {"If-None-Match": "*"}).status == 200


def test_links_render_for_the_host_header(replica, replica_truth, fetch) -> None:
    post = replica_truth["posts"][0]
    response = fetch(post["url"], {"Host": f"localhost:{replica.port}"})
    page = Selector(text=response.text)
    href = page.css("a.blog-title-link::attr(href)").get()
    assert href == f"//localhost:{replica.port}{BLOG}/{post['slug']}"
    assert (
        page.css("meta[property='og:url']::attr(content)")
        .get()
        .startswith(f"http://localhost:{replica.port}/2/post/")
    )
    default = Selector(text=fetch(post["url"]).text)
    assert default.css("a.blog-title-link::attr(href)").get() == (
        f"//127.0.0.1:{replica.port}{BLOG}/{post['slug']}"
    )


def test_other_methods_are_refused(replica, fetch) -> None:
    response = fetch(replica.blog_url, method="POST")
    assert response.status == 405
    assert response.headers["Allow"] == "GET, HEAD"


def test_head_requests(replica, fetch) -> None:
    full = fetch(replica.blog_url)
    head = fetch(replica.blog_url, method="HEAD")
    assert head.status == 200 and head.body == b""
    assert int(head.headers["Content-Length"]) == len(full.body)


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[tuple[ReplicaServer, Path]]:
    log = tmp_path / "requests.jsonl"
    with ReplicaServer(SiteConfig(posts=6), request_log=log) as server:
        yield server, log


def test_request_log_records_every_request(logged, fetch) -> None:
    server, log = logged
    paths = [BLOG, "/robots.txt", "/nope", BLOG]
    etag = None
    for path in paths:
        headers = {"User-Agent": "msqa-test/1.0"}
        if path == BLOG and etag:
            headers["If-None-Match"] = etag
        response = fetch(server.base_url + path, headers)
        etag = etag or response.headers.get("ETag")
    server.stop()
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert lines == server.requests
    assert [r["path"] for r in lines] == paths
    assert [r["status"] for r in lines] == [200, 200, 404, 304]
    for record in lines:
        assert record["method"] == "GET"
        assert record["user_agent"] == "msqa-test/1.0"
        assert record["fault"] is None
        assert {"time", "bytes", "if_none_match", "if_modified_since"} <= record.keys()
    assert lines[0]["bytes"] > 30000 and lines[3]["bytes"] == 0
    assert lines[3]["if_none_match"] == etag
