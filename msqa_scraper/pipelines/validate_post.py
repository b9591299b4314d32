"""Drop posts the archive cannot key or read; count softer gaps without dropping."""

from __future__ import annotations

import logging
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from msqa_scraper.pipelines import is_post_item, is_post_seen_item

logger = logging.getLogger(__name__)

# Without these a capture is not a Q&A post the archive can store or a researcher can use.
REQUIRED_POST_FIELDS: tuple[str, ...] = ("id", "url", "question", "answer")
# A post of pictures, a video or an embed, or one with an empty body, has no text, but an
# archive keeps it all the same: its id, URL, title, date, categories and media are known
# (the extractor marks it ``text_free`` and notes the problem).
TEXT_FIELDS: tuple[str, ...] = ("question", "answer")
REQUIRED_SEEN_FIELDS: tuple[str, ...] = ("id",)
# Worth knowing about, not worth losing the post over.
OPTIONAL_POST_FIELDS: tuple[str, ...] = (
    "slug",
    "title",
    "answer_html",
    "posted_date",
    "comments_closed",
    "experts",
    "disclaimer",
)


def missing_required(item: Any) -> list[str]:
    """The required fields ``item`` lacks; a text-free post needs no question or answer."""
    text_free = bool(getattr(item, "text_free", False))
    return [
        name
        for name in REQUIRED_POST_FIELDS
        if _missing(getattr(item, name, None)) and not (text_free and name in TEXT_FIELDS)
    ]


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not value
    return False


class ValidatePostPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if is_post_seen_item(item):
            fields = REQUIRED_SEEN_FIELDS
            self._require(item, [n for n in fields if _missing(getattr(item, n, None))])
        elif is_post_item(item):
            self._require(item, missing_required(item))
            self._count_gaps(item)
        return item

    def _require(self, item: Any, missing: list[str]) -> None:
        stats = self.crawler.stats
        assert stats is not None
        if not missing:
            return
        for name in missing:
            stats.inc_value(f"msqa/invalid/missing_{name}")
        stats.inc_value("msqa/items_invalid")
        url = getattr(item, "url", None) or getattr(item, "source_url", None) or "<no url>"
        logger.warning("Invalid post at %s: missing %s", url, ", ".join(missing))
        # Said above in one line and counted: Scrapy's own "Dropped:" line (with the whole
        # item) only at DEBUG, so a drop is not logged twice.
        raise DropItem(f"Invalid post at {url}: missing {', '.join(missing)}", log_level="DEBUG")

    def _count_gaps(self, item: Any) -> None:
        stats = self.crawler.stats
        assert stats is not None
        text_free = bool(getattr(item, "text_free", False))
        if text_free:
            # Counted as a post (the coverage gate's denominator), not as one missing a text
            # field or a signature: there is no text a signature could sit under.
            if not getattr(item, "media", None):
                kind = "empty"
            else:
                kind = "media_answer" if not _missing(item.question) else "media_only"
            stats.inc_value(f"msqa/post/{kind}")
        for name in OPTIONAL_POST_FIELDS:
            if text_free and name in ("answer_html", "experts"):
                continue
            if _missing(getattr(item, name, None)):
                stats.inc_value(f"msqa/field/{name}/missing")
        problems = getattr(item, "problems", None) or []
        if problems:
            stats.inc_value("msqa/items_with_problems")
            stats.inc_value("msqa/problems", len(problems))
        # A signature the parser was unsure of stayed in the answer: one for `experts --review`.
        if getattr(item, "signature", None) and not getattr(item, "experts", None):
            stats.inc_value("msqa/signature/unsure")
