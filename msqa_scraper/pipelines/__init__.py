"""Item pipelines, one per module, named ``<Verb><Noun>Pipeline`` (order in settings.py)."""

from __future__ import annotations

from typing import Any

from msqa_scraper.items import PostItem, PostRemovedItem, PostSeenItem


def is_post_seen_item(item: Any) -> bool:
    """A post seen on a listing but not refetched: the store only touches it."""
    return isinstance(item, PostSeenItem)


def is_post_item(item: Any) -> bool:
    return isinstance(item, PostItem)


def is_post_removed_item(item: Any) -> bool:
    """A post whose own URL answered 404 or 410."""
    return isinstance(item, PostRemovedItem)
