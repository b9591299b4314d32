"""Crawl the running replica with ``msqa crawl`` and compare every field with the ground truth."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from crawling import archived_posts, crawl, field_mismatches, requested_paths

from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.store import METADATA_PATH
from msqa_scraper.store.hashing import expert_name_key


@pytest.fixture(scope="module", params=[4, 10], ids=["4-per-page", "10-per-page"])
def crawled(request, tmp_path_factory):
    config = SiteConfig(posts=320, per_page=request.param, months=8, categories=8, seed=3)
    db = tmp_path_factory.mktemp("crawl") / "msqa.sqlite"
    with ReplicaServer(config) as server:
        result = crawl(server.blog_url, db)
        yield server, server.truth(), db, result


def test_crawl_exits_complete(crawled):
    _, _, _, result = crawled
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("crawl 1 complete: 320 posts (320 new")


def test_every_post_found_once(crawled):
    _, truth, db, _ = crawled
    archived = archived_posts(db)
    assert sorted(archived) == sorted(p["id"] for p in truth["posts"])


def test_every_field_equals_the_truth(crawled):
    _, truth, db, _ = crawled
    assert field_mismatches(truth["posts"], archived_posts(db)) == []


def test_disclaimer_stored_once_and_linked(crawled):
    _, truth, db, _ = crawled
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text FROM disclaimers").fetchall() == [(truth["disclaimer"],)]
    unlinked = conn.execute("SELECT COUNT(*) FROM posts WHERE disclaimer_id IS NULL").fetchone()
    assert unlinked == (0,)


def test_no_url_fetched_twice(crawled):
    server, _, _, _ = crawled
    counts = Counter(requested_paths(server))
    assert [path for path, n in counts.items() if n > 1] == []


def test_fetches_each_post_page_and_no_page_outside_the_blog(crawled):
    server, truth, _, _ = crawled
    paths = set(requested_paths(server))
    blog = "/q--a-for-virtual-ms-center"
    assert {f"{blog}/{p['slug']}" for p in truth["posts"]} <= paths
    outside = {p for p in paths if not p.startswith(blog)} - {
        "/robots.txt",
        "/sitemap.xml",
        "/2/feed",
    }
    assert outside == set()


def test_one_expert_row_per_person_linked_in_signature_order(crawled):
    _, truth, db, _ = crawled
    conn = sqlite3.connect(db)
    names = [row[0] for row in conn.execute("SELECT name FROM experts")]
    assert len(names) == len(set(names))
    # One row per person: "HELEN MARSH" (a signature in capitals) is Helen Marsh.
    people = {expert_name_key(e["name"]) for p in truth["posts"] for e in p["experts"]}
    assert {expert_name_key(n) for n in names} == people
    for post in truth["posts"][:50]:
        linked = conn.execute(
            "SELECT e.name FROM post_experts pe JOIN experts e ON e.id = pe.expert_id"
            " WHERE pe.post_id = ? ORDER BY pe.position",
            [post["id"]],
        ).fetchall()
        assert [expert_name_key(n) for (n,) in linked] == [
            expert_name_key(e["name"]) for e in post["experts"]
        ]


def mentions(post: dict, word: str) -> bool:
    text = " ".join((post["title"], post["question"], post["answer"]))
    return re.search(rf"\b{word}\b", text, re.I) is not None


@pytest.mark.parametrize("drug", ["natalizumab", "Ocrevus", "alemtuzumab"])
def test_full_text_search_finds_exactly_the_posts_naming_a_drug(crawled, drug):
    _, truth, db, _ = crawled
    conn = sqlite3.connect(db)
    found = {
        row[0]
        for row in conn.execute(
            "SELECT p.id FROM posts p JOIN posts_fts f ON f.rowid = p.rowid WHERE posts_fts MATCH ?",
            [drug],
        )
    }
    assert found == {p["id"] for p in truth["posts"] if mentions(p, drug)}
    assert found


def test_sqlite_utils_and_datasette_work_on_the_crawled_archive(crawled):
    _, truth, db, _ = crawled
    bin_dir = Path(sys.executable).parent
    search = subprocess.run(
        [str(bin_dir / "sqlite-utils"), "search", str(db), "posts", "natalizumab", "-c", "id"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    want = {p["id"] for p in truth["posts"] if mentions(p, "natalizumab")}
    assert {row["id"] for row in json.loads(search.stdout)} == want
    for path, expect in (
        ("/msqa/posts?_search=natalizumab", truth["disclaimer"]),
        ("/msqa/qa", truth["disclaimer"]),
        ("/-/metadata.json", '"databases"'),
    ):
        page = subprocess.run(
            [str(bin_dir / "datasette"), "serve", str(db), "-m", str(METADATA_PATH), "--get", path],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert expect in html.unescape(page.stdout), path


def test_archive_months_are_not_fetched_when_the_index_is_whole(crawled):
    server, _, _, _ = crawled
    assert not [p for p in requested_paths(server) if "/archives/" in p or "/category/all" in p]


def test_archive_months_stand_in_for_an_index_page_it_cannot_read(tmp_path):
    db = tmp_path / "msqa.sqlite"
    blocked = "/q--a-for-virtual-ms-center/previous/3"  # robots.txt forbids it: the walk stops
    with ReplicaServer(SiteConfig(posts=60, robots_disallow=(blocked,), seed=6)) as server:
        result = crawl(server.blog_url, db)
        truth = server.truth()
        paths = requested_paths(server)
    # Every post is archived, but a listing page went unread: partial, never complete.
    assert result.returncode == 3, result.stderr[-2000:]
    assert "1 skipped (robots)" in result.stdout
    assert blocked not in paths and any("/archives/" in p for p in paths)
    assert field_mismatches(truth["posts"], archived_posts(db)) == []
