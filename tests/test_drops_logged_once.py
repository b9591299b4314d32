"""A dropped post is said once: the pipeline's one warning line and its counted stat, and
Scrapy's own "Dropped:" line (which repeats it with the whole item) only at DEBUG."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from store_fixtures import db_path_fixture, make_item  # noqa: F401

from msqa_scraper.pipelines.store_post import StorePostPipeline
from msqa_scraper.pipelines.validate_post import ValidatePostPipeline
from msqa_scraper.store import Archive

TESTS = Path(__file__).parent

# A real crawl process: the spider yields one post without an answer and one without an id.
SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from store_fixtures import make_item

    class Drops(scrapy.Spider):
        name = "drops"

        async def start(self):
            yield make_item("2001", answer="  ")
            yield make_item("2002", id=None)

    process = CrawlerProcess({{
        "ITEM_PIPELINES": {{
            "msqa_scraper.pipelines.validate_post.ValidatePostPipeline": 200,
        }},
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
    }})
    process.crawl(Drops)
    process.start()
    """
)


def test_a_crawl_logs_each_dropped_post_once(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(tests=str(TESTS))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stderr
    for post in ("post-2001", "post-2002"):
        lines = [line for line in log.splitlines() if post in line]
        assert len(lines) == 1 and "WARNING: Invalid post at" in lines[0], lines
    assert "Dropped:" not in log
    assert "'log_count/WARNING': 2" in log
    assert "'msqa/items_invalid': 2" in log


def test_the_drop_itself_is_logged_at_debug() -> None:
    crawler = get_crawler(Spider)
    crawler.spider = Spider(name="msqa")
    pipeline = ValidatePostPipeline.from_crawler(crawler)
    with pytest.raises(DropItem) as dropped:
        pipeline.process_item(make_item(answer=""))
    assert dropped.value.log_level == "DEBUG"
    entry = crawler.logformatter.dropped(make_item(), dropped.value, None, crawler.spider)
    assert entry["level"] == logging.DEBUG


class BlogSpider(Spider):
    name = "msqa"
    base_url = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"


def store_pipeline(db: Path) -> tuple[Any, StorePostPipeline]:
    crawler = get_crawler(BlogSpider, {"MSQA_DB": str(db)})
    crawler.spider = BlogSpider()
    pipeline = StorePostPipeline.from_crawler(crawler)
    pipeline.open_spider()
    return crawler, pipeline


def test_a_post_the_archive_cannot_take_is_one_warning_and_counted(
    db_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Archive, item: Any, crawl_id: int | None = None) -> str:
        raise sqlite3.OperationalError("database or disk is full")

    crawler, pipeline = store_pipeline(db_path)
    closed: list[str] = []
    crawler.engine = SimpleNamespace(close_spider_async=lambda reason: closed.append(reason))
    monkeypatch.setattr(Archive, "store_post", full)
    caplog.set_level(logging.INFO)
    for post_id in ("1", "2"):
        with pytest.raises(DropItem) as dropped:
            pipeline.process_item(make_item(post_id))
        assert dropped.value.log_level == "DEBUG"
    assert crawler.stats.get_value("msqa/posts/not_archived") == 2
    assert closed == ["write_failed"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        f"Post {make_item(post_id).url} not archived: the archive cannot be written"
        for post_id in ("1", "2")
    ]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "cannot be written" in errors[0].getMessage()  # the cause, once
    pipeline.archive.close()
