"""Turn what a spider captured into the values the archive stores and compares.

The store reads items by attribute (or key) so it depends on the shape of ``PostItem``, not on
Scrapy; raw values are stored as captured, normalised ones only decide what is "the same".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from msqa_scraper.store import hashing


def item_value(item: Any, name: str, default: Any = None) -> Any:
    """Read a field from a dataclass/attribute item or a mapping."""
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


@dataclass
class Capture:
    """One capture of one post page, ready for the archive."""

    post_id: str
    fields: dict[str, Any]  # raw versioned fields, as they will be stored
    normalised: dict[str, Any]
    content_hash: str
    full_hash: str
    disclaimer: str | None
    problems: list[str] = field(default_factory=list)
    listing_hash: str | None = None
    lastmod: str | None = None
    source_url: str | None = None
    fetched_at: str | None = None
    http_status: int | None = None
    spider: str | None = None
    capture_id: int | None = None  # the raw response (``captures``) this was extracted from
    # The raw signature block and the parser's confidence: kept, not hashed, so a later parser
    # can re-read the block without the network.
    signature: str | None = None
    signature_confidence: float | None = None

    @classmethod
    def from_item(cls, item: Any) -> Capture:
        post_id = item_value(item, "id")
        if not post_id or not str(post_id).strip():
            raise ValueError("cannot archive a post without an id")
        if not item_value(item, "url"):
            raise ValueError(f"cannot archive post {post_id} without a url")
        closed = item_value(item, "comments_closed")
        raw = {
            "url": item_value(item, "url"),
            "slug": item_value(item, "slug"),
            "title": item_value(item, "title"),
            "question": item_value(item, "question"),
            "answer": item_value(item, "answer"),
            "answer_html": item_value(item, "answer_html"),
            "posted_date": item_value(item, "posted_date"),
            "comments_closed": None if closed is None else bool(closed),
            "experts": [dict(e) for e in item_value(item, "experts") or []],
            # Sorted and deduplicated: category order only reflects crawl order.
            "categories": hashing.normalise_categories(item_value(item, "categories")),
            "links": [dict(link) for link in item_value(item, "links") or []],
            "media": [dict(m) for m in item_value(item, "media") or []],
        }
        return cls.from_fields(
            str(post_id).strip(),
            raw,
            disclaimer=item_value(item, "disclaimer"),
            problems=list(item_value(item, "problems") or []),
            listing_hash=item_value(item, "listing_hash"),
            lastmod=item_value(item, "lastmod"),
            source_url=item_value(item, "source_url"),
            fetched_at=item_value(item, "fetched_at"),
            http_status=item_value(item, "http_status"),
            spider=item_value(item, "spider"),
            capture_id=item_value(item, "capture_id"),
            signature=item_value(item, "signature"),
            signature_confidence=item_value(item, "signature_confidence"),
        )

    @classmethod
    def from_fields(cls, post_id: str, raw: dict[str, Any], **extra: Any) -> Capture:
        normalised = hashing.normalise_fields(raw)
        return cls(
            post_id=post_id,
            fields=raw,
            normalised=normalised,
            content_hash=hashing.content_hash(normalised),
            full_hash=hashing.full_hash(normalised),
            **extra,
        )


JSON_FIELDS: tuple[str, ...] = ("experts", "categories", "links", "media")


def fields_from_version(row: Mapping[str, Any]) -> dict[str, Any]:
    """The raw versioned fields of a stored ``post_versions`` row (JSON columns decoded)."""
    fields = {name: row.get(name) for name in hashing.VERSIONED_FIELDS}
    for name in JSON_FIELDS:
        fields[name] = json.loads(row[name]) if row.get(name) else []
    if fields["comments_closed"] is not None:
        fields["comments_closed"] = bool(fields["comments_closed"])
    return fields
