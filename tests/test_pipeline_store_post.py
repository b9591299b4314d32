"""StorePostPipeline: archive items, count outcomes, finish the crawl with the right status."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler
from store_fixtures import db_path_fixture, make_item  # noqa: F401

from msqa_scraper.crawl import decide_status
from msqa_scraper.items import PostRemovedItem, PostSeenItem
from msqa_scraper.pipelines.store_post import StorePostPipeline
from msqa_scraper.store import Archive

BASE_URL = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"


class BlogSpider(Spider):
    name = "msqa"
    base_url = BASE_URL


def make_crawler(settings: dict[str, Any]) -> Crawler:
    crawler = get_crawler(BlogSpider, settings)
    crawler.spider = BlogSpider()
    return crawler


def run(
    db: Path, items: list[Any], reason: str = "finished", **stats: int
) -> tuple[Crawler, StorePostPipeline]:
    crawler = make_crawler({"MSQA_DB": str(db)})
    pipeline = StorePostPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for item in items:
        with contextlib.suppress(DropItem):
            pipeline.process_item(item)
    assert crawler.stats is not None
    for key, value in stats.items():
        crawler.stats.set_value(key.replace("__", "/"), value)
    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason=reason)
    return crawler, pipeline


def crawls(db: Path) -> list[dict[str, Any]]:
    with Archive.open(db) as archive:
        return list(archive.db.query("SELECT * FROM crawls ORDER BY id"))


def live_ids(db: Path) -> list[str]:
    with Archive.open(db) as archive:
        return [r["id"] for r in archive.db.query("SELECT id FROM qa ORDER BY id")]


def test_empty_msqa_db_disables_the_pipeline() -> None:
    with pytest.raises(NotConfigured):
        StorePostPipeline.from_crawler(make_crawler({"MSQA_DB": ""}))


def test_stores_items_counts_stats_and_completes(db_path: Path) -> None:
    crawler, _ = run(
        db_path,
        [make_item("1"), make_item("2"), make_item("1")],
        msqa__pages=4,
        msqa__posts_discovered=2,
        downloader__request_count=5,
        downloader__response_bytes=1234,
    )
    assert crawler.stats is not None
    got = crawler.stats.get_stats()
    assert got["msqa/posts/new"] == 2 and got["msqa/posts/unchanged"] == 1
    assert got["msqa/crawl_id"] == 1 and got["msqa/crawl_status"] == "complete"
    [row] = crawls(db_path)
    assert row["status"] == "complete" and row["reason"] == "finished"
    assert row["base_url"] == BASE_URL and row["spider"] == "msqa"
    assert (row["pages"], row["posts_discovered"], row["posts_new"], row["posts_unchanged"]) == (
        4,
        2,
        2,
        1,
    )
    assert (row["requests"], row["bytes"], row["errors"], row["invalid_items"]) == (5, 1234, 0, 0)
    assert row["finished_at"] is not None


def test_absence_removes_nothing_and_touch_counts_as_seen(db_path: Path) -> None:
    run(db_path, [make_item("1"), make_item("2"), make_item("3")])
    seen = PostSeenItem(
        id="2",
        url=f"{BASE_URL}/post-2",
        categories=[{"name": "Treatments", "slug": "treatments"}],
        listing_hash="lh",
        lastmod="2026-11-20",
    )
    crawler, _ = run(db_path, [make_item("1"), seen])
    assert crawler.stats is not None
    got = crawler.stats.get_stats()
    assert got["msqa/posts/touched"] == 1 and "msqa/posts/removed" not in got
    # Post 3 was on no listing of a complete crawl: still live.
    assert live_ids(db_path) == ["1", "2", "3"]
    assert crawls(db_path)[1]["posts_removed"] == 0
    assert crawls(db_path)[1]["posts_touched"] == 1
    with Archive.open(db_path) as archive:
        assert archive.recrawl_state()["2"]["lastmod"] == "2026-11-20"


def test_a_removal_item_marks_the_post_removed_at_its_answer_time(db_path: Path) -> None:
    run(db_path, [make_item("1"), make_item("2")])
    gone = PostRemovedItem(
        id="2", url=f"{BASE_URL}/post-2", http_status=410, removed_at="2026-11-21T10:00:00Z"
    )
    run(db_path, [make_item("1"), gone], msqa__posts__removed=1)
    assert live_ids(db_path) == ["1"]
    with Archive.open(db_path) as archive:
        [(at,)] = archive.db.execute("SELECT removed_at FROM posts WHERE id = '2'").fetchall()
        events = archive.db.execute(
            "SELECT event FROM post_events WHERE post_id = '2' ORDER BY id"
        ).fetchall()
    assert at == "2026-11-21T10:00:00Z" and events[-1] == ("removed",)
    assert crawls(db_path)[1]["posts_removed"] == 1


@pytest.mark.parametrize(
    ("reason", "stats", "status"),
    [
        ("finished", {"msqa__pages_failed": 1}, "partial"),
        ("finished", {"msqa__items_invalid": 2}, "partial"),
        ("shutdown", {}, "partial"),
    ],
)
def test_partial_crawls_remove_nothing(
    db_path: Path, reason: str, stats: dict[str, int], status: str
) -> None:
    run(db_path, [make_item("1"), make_item("2")])
    run(db_path, [make_item("1")], reason=reason, **stats)
    assert crawls(db_path)[1]["status"] == status
    assert live_ids(db_path) == ["1", "2"]


def test_crawl_that_stored_nothing_failed(db_path: Path) -> None:
    run(db_path, [make_item("1")])
    run(db_path, [], reason="finished")
    row = crawls(db_path)[1]
    assert row["status"] == "failed" and "no post stored" in row["reason"]
    assert live_ids(db_path) == ["1"]


def test_store_errors_are_counted_and_make_the_crawl_partial(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Archive, item: Any, crawl_id: int | None = None) -> str:
        raise RuntimeError("boom")

    run(db_path, [make_item("1"), make_item("2")])
    crawler = make_crawler({"MSQA_DB": str(db_path)})
    pipeline = StorePostPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.process_item(make_item("1"))
    monkeypatch.setattr(Archive, "store_post", broken)
    with pytest.raises(DropItem, match="post-2"):
        pipeline.process_item(make_item("2"))
    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")
    assert crawler.stats is not None and crawler.stats.get_value("msqa/store_errors") == 1
    row = crawls(db_path)[1]
    assert row["status"] == "partial" and row["errors"] == 1
    assert live_ids(db_path) == ["1", "2"]


def test_uses_a_crawl_created_by_the_caller(db_path: Path) -> None:
    with Archive.open(db_path) as archive:
        crawl_id = archive.begin_crawl(BASE_URL, "msqa")
    crawler = make_crawler({"MSQA_DB": str(db_path), "MSQA_CRAWL_ID": crawl_id})
    pipeline = StorePostPipeline.from_crawler(crawler)
    pipeline.open_spider()
    item = make_item("1")
    pipeline.process_item(item)
    assert item.crawl_id == crawl_id
    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")
    assert [r["status"] for r in crawls(db_path)] == ["complete"]


def test_decide_status() -> None:
    assert decide_status("finished", {"msqa/posts/new": 1}) == ("complete", "finished")
    assert decide_status("finished", {"msqa/posts/unchanged": 3, "msqa/pages_failed": 2}) == (
        "partial",
        "finished; 2 pages failed",
    )
    assert decide_status("closespider_errorcount", {})[0] == "failed"


def test_real_crawl_end_to_end(tmp_path: Path) -> None:
    """A real Scrapy run: items from start(), pipelines from settings, reason from the engine."""
    db = tmp_path / "msqa.sqlite"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from scrapy import Spider
        from scrapy.crawler import CrawlerProcess
        from store_fixtures import db_path_fixture, make_item  # noqa: F401

        class Blog(Spider):
            name = "msqa"
            base_url = {BASE_URL!r}

            async def start(self):
                self.crawler.stats.set_value("msqa/posts_discovered", 3)
                yield make_item("1")
                yield make_item("2", answer="")
                yield make_item("3")

        process = CrawlerProcess(settings={{
            "ITEM_PIPELINES": {{
                "msqa_scraper.pipelines.validate_post.ValidatePostPipeline": 200,
                "msqa_scraper.pipelines.store_post.StorePostPipeline": 800,
            }},
            "MSQA_DB": {str(db)!r},
            "LOG_LEVEL": "WARNING",
        }})
        process.crawl(Blog)
        process.start()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert done.returncode == 0, done.stderr
    assert "missing answer" in done.stderr
    [row] = crawls(db)
    assert (
        row["status"] == "partial"
        and "1 invalid item" in row["reason"]
        and "items" not in row["reason"]
    )
    assert (row["posts_new"], row["invalid_items"], row["posts_discovered"]) == (2, 1, 3)
    assert live_ids(db) == ["1", "3"]
