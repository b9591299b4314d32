"""Scheduled recrawls: history kept, changes found, little fetched when nothing changed."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time

import pytest
from crawling import FAST, archived_posts, crawl, field_mismatches

from msqa_scraper.cli import exitcodes
from msqa_scraper.replica import ReplicaServer, SiteConfig

TRUTH_FIELDS = ("title", "question", "answer", "posted_date", "experts", "categories")


def rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def snapshot(db) -> dict[str, list[tuple]]:
    """Every researcher-facing row, minus the columns a recrawl may move."""
    return {
        "posts": rows(
            db,
            "SELECT id, url, title, question, answer, answer_html, posted_date, comments_closed,"
            " disclaimer_id, version, first_seen, removed_at FROM posts ORDER BY id",
        ),
        "post_versions": rows(db, "SELECT * FROM post_versions ORDER BY post_id, version"),
        "post_events": rows(db, "SELECT * FROM post_events ORDER BY id"),
        "experts": rows(db, "SELECT * FROM experts ORDER BY id"),
        "post_experts": rows(db, "SELECT * FROM post_experts ORDER BY post_id, position"),
        "categories": rows(db, "SELECT * FROM categories ORDER BY id"),
        "post_categories": rows(db, "SELECT * FROM post_categories ORDER BY post_id, category_id"),
        "disclaimers": rows(db, "SELECT id, text, sha256, first_seen FROM disclaimers"),
    }


@pytest.fixture(scope="module", params=[True, False], ids=["etag", "no-etag"])
def history(request, tmp_path_factory):
    """Round 0 crawled twice, then round 1 crawled, on a 500-post replica."""
    db = tmp_path_factory.mktemp("recrawl") / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=500, seed=5), etag=request.param) as server:
        runs = {}
        for name in ("first", "again"):
            server.clear_requests()
            result = crawl(server.blog_url, db)
            runs[name] = (result, len(server.requests), snapshot(db))
        truth0 = server.truth()
        server.set_round(1)
        server.clear_requests()
        result = crawl(server.blog_url, db)
        runs["round1"] = (result, len(server.requests), snapshot(db))
        yield runs, truth0, server.truth(), db


def test_every_run_complete(history):
    runs, _, _, _ = history
    for result, _, _ in runs.values():
        assert result.returncode == 0, result.stderr[-2000:]


def test_unchanged_recrawl_changes_nothing_but_last_seen(history):
    runs, _, _, db = history
    assert runs["again"][2] == runs["first"][2]
    assert rows(db, "SELECT status FROM crawls ORDER BY id")[:2] == [("complete",), ("complete",)]


def test_unchanged_recrawl_costs_a_fifth_of_a_full_crawl(history):
    runs, _, _, _ = history
    full, again = runs["first"][1], runs["again"][1]
    assert again <= 0.2 * full, (again, full)
    assert "0 new, 0 changed, 500 unchanged, 0 removed" in runs["again"][0].stdout


def test_round_found_everything(history):
    _, _, truth1, db = history
    assert field_mismatches(truth1["posts"], archived_posts(db)) == []


def test_edited_posts_have_a_new_version_and_keep_the_old(history):
    _, truth0, truth1, db = history
    before = {p["id"]: p for p in truth0["posts"]}
    edited = [
        p for p in truth1["posts"]
        if p["id"] in before and any(p[f] != before[p["id"]][f] for f in TRUTH_FIELDS)
    ]  # fmt: skip
    assert edited
    for post in edited:
        versions = rows(
            db, f"SELECT version, answer FROM post_versions WHERE post_id = '{post['id']}'"
        )
        assert len(versions) == 2
        if post["answer"] != before[post["id"]]["answer"]:
            assert versions[0][1] == before[post["id"]]["answer"]
            assert versions[1][1] == post["answer"]


def test_untouched_posts_have_exactly_one_version(history):
    _, truth0, truth1, db = history
    before = {p["id"]: p for p in truth0["posts"]}
    untouched = {
        p["id"] for p in truth1["posts"]
        if p["id"] in before and all(p[f] == before[p["id"]][f] for f in TRUTH_FIELDS)
    }  # fmt: skip
    counts = dict(rows(db, "SELECT post_id, COUNT(*) FROM post_versions GROUP BY post_id"))
    assert untouched and {counts[i] for i in untouched} == {1}


def test_removed_posts_marked_and_kept(history):
    _, _, truth1, db = history
    removed = set(truth1["removed"])
    assert removed
    marked = {r[0] for r in rows(db, "SELECT id FROM posts WHERE removed_at IS NOT NULL")}
    assert marked == removed
    kept = {r[0] for r in rows(db, "SELECT DISTINCT post_id FROM post_versions")}
    assert removed <= kept


def test_new_posts_appear(history):
    _, truth0, truth1, db = history
    new = {p["id"] for p in truth1["posts"]} - {p["id"] for p in truth0["posts"]}
    assert new
    events = {
        r[0]
        for r in rows(db, "SELECT post_id FROM post_events WHERE event = 'new' AND crawl_id = 3")
    }
    assert events == new


def test_disclaimer_change_recorded(history):
    _, truth0, truth1, db = history
    texts = rows(db, "SELECT id, text FROM disclaimers ORDER BY id")
    assert [t for _, t in texts] == [truth0["disclaimer"], truth1["disclaimer"]]
    old_id, new_id = texts[0][0], texts[1][0]
    live = rows(db, "SELECT DISTINCT disclaimer_id FROM posts WHERE removed_at IS NULL")
    assert live == [(new_id,)]
    first_versions = rows(db, "SELECT DISTINCT disclaimer_id FROM post_versions WHERE crawl_id = 1")
    assert first_versions == [(old_id,)]


def test_second_concurrent_crawl_exits_with_the_lock_code(tmp_path):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=40)) as server:
        slow = subprocess.Popen(
            [sys.executable, "-m", "msqa_scraper", "crawl", "--base-url", server.blog_url,
             "--db", str(db), "--no-progress", "-s", "DOWNLOAD_DELAY=0.5"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            deadline = time.time() + 30
            while not server.requests and time.time() < deadline:
                time.sleep(0.05)
            second = crawl(server.blog_url, db)
        finally:
            slow.kill()
            slow.wait()
    assert second.returncode == exitcodes.LOCKED
    assert second.stderr.strip().splitlines()[-1].startswith("msqa: error:")
    assert "locked by a running crawl (pid" in second.stderr


def test_server_down_fails_with_one_line_and_a_failed_crawl(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = tmp_path / "msqa.sqlite"
    result = crawl(
        f"http://127.0.0.1:{port}/q--a-for-virtual-ms-center", db, *FAST, "-s", "RETRY_TIMES=1"
    )
    assert result.returncode == exitcodes.FAILED
    assert len(result.stdout.strip().splitlines()) == 1
    assert "failed" in result.stdout and "Traceback" not in result.stdout + result.stderr
    assert rows(db, "SELECT status FROM crawls") == [("failed",)]
