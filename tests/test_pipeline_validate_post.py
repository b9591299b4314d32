"""ValidatePostPipeline: drop what cannot be archived, count what is merely missing."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from store_fixtures import make_item

from msqa_scraper.items import PostSeenItem
from msqa_scraper.pipelines.validate_post import ValidatePostPipeline


@pytest.fixture
def crawler() -> Crawler:
    crawler = get_crawler(Spider)
    crawler.spider = Spider(name="msqa")
    return crawler


@pytest.fixture
def pipeline(crawler: Crawler) -> ValidatePostPipeline:
    return ValidatePostPipeline.from_crawler(crawler)


def stats(crawler: Crawler) -> dict[str, Any]:
    assert crawler.stats is not None
    return {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("msqa/")}


def test_valid_post_passes_untouched(pipeline: ValidatePostPipeline, crawler: Crawler) -> None:
    item = make_item()
    assert pipeline.process_item(item) is item
    assert stats(crawler) == {}


@pytest.mark.parametrize("missing", ["id", "url", "question", "answer"])
def test_post_missing_a_required_field_is_dropped_and_counted(
    pipeline: ValidatePostPipeline,
    crawler: Crawler,
    missing: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    item = make_item(**{missing: "  " if missing != "id" else None})
    with pytest.raises(DropItem, match=missing) as dropped:
        pipeline.process_item(item)
    url = item.url or item.source_url
    assert str(url) in str(dropped.value)
    assert stats(crawler) == {f"msqa/invalid/missing_{missing}": 1, "msqa/items_invalid": 1}
    assert any(r.levelname == "WARNING" and str(url) in r.getMessage() for r in caplog.records)


def test_soft_gaps_are_counted_not_dropped(
    pipeline: ValidatePostPipeline, crawler: Crawler
) -> None:
    item = make_item(experts=[], posted_date=None, problems=["date unparseable", "no signature"])
    assert pipeline.process_item(item) is item
    assert stats(crawler) == {
        "msqa/field/experts/missing": 1,
        "msqa/field/posted_date/missing": 1,
        "msqa/items_with_problems": 1,
        "msqa/problems": 2,
    }


def test_post_seen_items_need_only_an_id(pipeline: ValidatePostPipeline, crawler: Crawler) -> None:
    seen = PostSeenItem(id="1001", url="http://x/p")
    assert pipeline.process_item(seen) is seen
    with pytest.raises(DropItem):
        pipeline.process_item(PostSeenItem(id="", url="http://x/p"))
    assert stats(crawler) == {"msqa/invalid/missing_id": 1, "msqa/items_invalid": 1}


def test_other_items_pass_through(pipeline: ValidatePostPipeline, crawler: Crawler) -> None:
    other = {"anything": 1}
    assert pipeline.process_item(other) is other
    assert stats(crawler) == {}


@pytest.mark.parametrize(
    ("media", "kind"),
    [
        (
            [{"kind": "iframe", "url": "https://www.youtube.com/embed/x", "via": "iframe"}],
            "media_only",
        ),
        ([], "empty"),
    ],
)
def test_text_free_posts_pass_and_are_counted(
    pipeline: ValidatePostPipeline, crawler: Crawler, media: list, kind: str
) -> None:
    # A video-only or empty post (FCE, tooniebuckerooni/fat-city-entertainment @5c50163b):
    # no question, answer or signature, and still a post the archive keeps.
    item = make_item(
        question="",
        answer="",
        answer_html="",
        experts=[],
        media=media,
        text_free=True,
        problems=["no answer text"],
    )
    assert pipeline.process_item(item) is item
    assert stats(crawler) == {
        f"msqa/post/{kind}": 1,
        "msqa/items_with_problems": 1,
        "msqa/problems": 1,
    }


def test_a_post_with_media_but_lost_text_is_still_invalid(
    pipeline: ValidatePostPipeline, crawler: Crawler
) -> None:
    # Media alone do not excuse a missing answer: only the extractor's text_free verdict does.
    item = make_item(answer="", media=[{"kind": "image", "url": "http://h/a.jpg", "via": "img"}])
    with pytest.raises(DropItem):
        pipeline.process_item(item)
