"""Bad pages, template drift and robots.txt, end to end against the replica's knobs."""

from __future__ import annotations

import re
import sqlite3

import pytest
from crawling import archived_posts, crawl, field_mismatches

from msqa_scraper.replica import ReplicaServer, SiteConfig


def crawl_stats(stderr: str) -> dict[str, int]:
    """The ``msqa/...`` counters from Scrapy's closing stats dump in the log."""
    dump = stderr.rsplit("Dumping Scrapy stats:", 1)[-1]
    return {key: int(n) for key, n in re.findall(r"'(msqa/[^']+)': (\d+)", dump)}


@pytest.fixture(scope="module")
def bad_crawl(tmp_path_factory):
    db = tmp_path_factory.mktemp("bad") / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=30, bad_pages=True, seed=12)) as server:
        result = crawl(server.blog_url, db)
        yield server.truth(), db, result


def test_crawl_goes_on_and_completes(bad_crawl):
    _, _, result = bad_crawl
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]


def test_bad_pages_stored_right_or_skipped(bad_crawl):
    truth, db, _ = bad_crawl
    archived = archived_posts(db)
    assert field_mismatches(truth["posts"], archived) == []
    for kind, page in truth["bad_pages"].items():
        if page["expect"] == "skipped" and page["id"]:
            assert page["id"] not in archived, kind


def test_each_bad_page_warned_with_its_url(bad_crawl):
    truth, _, result = bad_crawl
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    for kind in ("no_body", "not_a_post", "huge", "invalid_utf8"):
        url = truth["bad_pages"][kind]["url"]
        assert any(url in line for line in warnings), kind
    for target in ("example.org", "/apps/search", "mailto:", "javascript:"):
        assert any("not following" in line and target in line for line in warnings), target


def test_each_bad_page_counted(bad_crawl):
    _, _, result = bad_crawl
    stats = crawl_stats(result.stderr)
    for key in (
        "msqa/post/not_a_post",
        "msqa/page/large",
        "msqa/page/invalid_utf8",
        "msqa/links/ignored",
    ):
        assert stats.get(key, 0) >= 1, key
    assert stats.get("msqa/field/experts/missing", 0) >= 2  # no_signature, no_labels_no_signature


def test_answer_html_never_carries_script(bad_crawl):
    truth, db, _ = bad_crawl
    conn = sqlite3.connect(db)
    post_id = truth["bad_pages"]["scripts"]["id"]
    (html,) = conn.execute("SELECT answer_html FROM posts WHERE id = ?", [post_id]).fetchone()
    assert html and not re.search(r"<script|<style|<iframe|onclick|javascript:", html, re.I)
    for (html,) in conn.execute("SELECT answer_html FROM post_versions"):
        assert not re.search(r"<script|<iframe", html, re.I)


def test_hostile_title_stored_verbatim(bad_crawl):
    truth, db, _ = bad_crawl
    page = truth["bad_pages"]["hostile_title"]
    want = next(p for p in truth["posts"] if p["id"] == page["id"])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT title FROM posts WHERE id = ?", [page["id"]]).fetchone() == (
        want["title"],
    )
    assert conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] > 1  # no table was dropped


def test_no_partial_rows(bad_crawl):
    _, db, _ = bad_crawl
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute(
        "SELECT COUNT(*) FROM posts p WHERE NOT EXISTS"
        " (SELECT 1 FROM post_versions v WHERE v.post_id = p.id AND v.version = p.version)"
    ).fetchone() == (0,)


def test_response_size_is_capped(tmp_path):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=12, bad_pages=True, seed=12)) as server:
        result = crawl(server.blog_url, db, "-s", "DOWNLOAD_MAXSIZE=1500000")
        huge = server.truth()["bad_pages"]["huge"]
    assert result.returncode == 3  # partial: one page could not be read
    assert huge["id"] not in archived_posts(db)
    assert "1500000" in result.stderr or "maxsize" in result.stderr.lower()


def test_robots_disallow_is_obeyed(tmp_path):
    db = tmp_path / "msqa.sqlite"
    blocked = "/q--a-for-virtual-ms-center/category/"
    with ReplicaServer(SiteConfig(posts=30, robots_disallow=(blocked,))) as server:
        result = crawl(server.blog_url, db)
        assert server.disallowed_requests() == []
        assert not [r for r in server.requests if r["path"].startswith(blocked)]
    # Obeyed, counted, and the crawl says it did not read everything: partial.
    assert result.returncode == 3, result.stderr[-2000:]
    assert crawl_stats(result.stderr).get("msqa/skipped/robots", 0) >= 1
    assert "skipped (robots)" in result.stdout


def snapshot(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT p.id, p.title, p.question, p.answer, p.version, p.removed_at, v.experts"
            " FROM posts p JOIN post_versions v ON v.post_id = p.id AND v.version = p.version"
            " ORDER BY p.id"
        ).fetchall()


@pytest.mark.parametrize("mode", ["renamed-post-class", "renamed-content"])
def test_template_drift_fails_the_run_and_keeps_good_data(tmp_path, mode):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=30, seed=13)) as server:
        assert crawl(server.blog_url, db).returncode == 0
        before = snapshot(db)
        server.set_drift(mode)
        result = crawl(server.blog_url, db)
    assert result.returncode == 4, result.stdout
    assert "extraction collapsed" in result.stdout or "no post stored" in result.stdout
    assert snapshot(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM crawls ORDER BY id").fetchall() == [
            ("complete",),
            ("failed",),
        ]
