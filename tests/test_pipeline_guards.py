"""Guards that keep good data: coverage collapse, interrupted crawls."""

from __future__ import annotations

from store_fixtures import db_path_fixture, make_item  # noqa: F401
from test_pipeline_store_post import crawls, run

from msqa_scraper.crawl import coverage_collapse, decide_status
from msqa_scraper.store import Archive


def post(db, post_id: str) -> dict:
    with Archive.open(db) as archive:
        return next(archive.db.query("SELECT * FROM posts WHERE id = ?", [post_id]))


# The regression guard itself is the crawl policy's: tests/test_crawl_policy.py.


def test_an_edit_that_keeps_the_fields_is_stored(db_path):
    run(db_path, [make_item("1")])
    crawler, _ = run(db_path, [make_item("1", answer="A rewritten answer.")])
    assert crawler.stats.get_value("msqa/posts/changed") == 1
    assert post(db_path, "1")["version"] == 2


def test_most_pages_without_a_post_is_a_collapse():
    stats = {"msqa/post/parsed": 2, "msqa/post/not_a_post": 8}
    assert "8 of 10 post pages had no post" in coverage_collapse(stats)
    status, reason = decide_status("finished", {**stats, "msqa/posts/unchanged": 2})
    assert status == "failed" and "extraction collapsed" in reason


def test_most_posts_without_an_expert_is_a_collapse():
    stats = {"msqa/post/parsed": 10, "msqa/field/experts/missing": 6, "msqa/posts/new": 10}
    assert decide_status("finished", stats)[0] == "failed"


def test_a_few_odd_pages_are_not_a_collapse():
    stats = {"msqa/post/parsed": 40, "msqa/post/not_a_post": 2, "msqa/field/experts/missing": 3}
    assert coverage_collapse(stats) is None
    assert decide_status("finished", {**stats, "msqa/posts/new": 40})[0] == "complete"


def test_failed_collapse_marks_nothing_removed(db_path):
    run(db_path, [make_item("1"), make_item("2")])
    run(db_path, [make_item("1")], **{"msqa__post__parsed": 1, "msqa__post__not_a_post": 9})
    assert crawls(db_path)[-1]["status"] == "failed"
    assert post(db_path, "2")["removed_at"] is None


def test_interrupted_crawls_are_marked_failed(db_path):
    with Archive.open(db_path) as archive:
        killed = archive.begin_crawl("http://example.org/blog", "msqa")
        assert archive.abandon_running_crawls() == [killed]
        crawl = archive.get_crawl(killed)
    assert crawl["status"] == "failed" and crawl["reason"].startswith("interrupted")
