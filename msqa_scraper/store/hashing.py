"""Normalisation and hashes: what counts as "the same" post, expert, category or disclaimer.

Hashes are sha256 over canonical JSON (sorted keys, no spaces, UTF-8) of normalised values, so
they do not depend on dict order, whitespace noise or the order listing pages were crawled in.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

# Fields whose change is a change of substance (the researcher-facing ``content_hash``).
CONTENT_FIELDS: tuple[str, ...] = (
    "title",
    "question",
    "answer",
    "experts",
    "categories",
    "posted_date",
)
# Everything else captured from the page; a change here is still a new version (an archive
# keeps every distinct capture), but ``content_hash`` stays the same.
PAGE_FIELDS: tuple[str, ...] = (
    "url",
    "slug",
    "answer_html",
    "comments_closed",
    "links",
    "media",
)
VERSIONED_FIELDS: tuple[str, ...] = CONTENT_FIELDS + PAGE_FIELDS

_BLANK_RUNS = re.compile(r"\n{3,}")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_text(value: str | None) -> str | None:
    """NFC, unified newlines, whitespace runs collapsed within lines, at most one blank line.

    Case and punctuation are kept: a corrected typo is a real edit.
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def slugify(name: str) -> str:
    return _SLUG_JUNK.sub("-", name.casefold()).strip("-")


def normalise_expert(expert: Mapping[str, Any]) -> dict[str, Any]:
    out = {
        "name": normalise_text(expert.get("name")) or "",
        "degrees": [normalise_text(d) or "" for d in expert.get("degrees") or []],
        "titles": [normalise_text(t) or "" for t in expert.get("titles") or []],
        "institution": normalise_text(expert.get("institution")) or None,
    }
    # Only when present, so the hashes of posts stored before places were read do not move.
    place = normalise_text(expert.get("place"))
    if place:
        out["place"] = place
    return out


def normalise_categories(categories: Iterable[Mapping[str, Any]] | None) -> list[dict[str, str]]:
    """Deduplicated by slug and sorted: the order category pages were crawled means nothing."""
    by_slug: dict[str, dict[str, str]] = {}
    for category in categories or []:
        name = normalise_text(category.get("name")) or ""
        slug = normalise_text(category.get("slug")) or slugify(name)
        if slug:
            by_slug.setdefault(slug, {"name": name, "slug": slug})
    return [by_slug[slug] for slug in sorted(by_slug)]


def normalise_link(link: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "url": (link.get("url") or "").strip(),
        "text": normalise_text(link.get("text")) or "",
        "internal": bool(link.get("internal")),
        "post_slug": link.get("post_slug") or None,
    }


def normalise_medium(medium: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "kind": (medium.get("kind") or "").strip(),
        "url": (medium.get("url") or "").strip(),
        "provider": (medium.get("provider") or "").strip(),
        "via": (medium.get("via") or "").strip(),
    }


def normalise_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """The normalised form of every versioned field of a post (an item or a stored version)."""
    closed = record.get("comments_closed")
    return {
        "title": normalise_text(record.get("title")),
        "question": normalise_text(record.get("question")),
        "answer": normalise_text(record.get("answer")),
        "experts": [normalise_expert(e) for e in record.get("experts") or []],
        "categories": normalise_categories(record.get("categories")),
        "posted_date": (record.get("posted_date") or None),
        "url": (record.get("url") or "").strip(),
        "slug": normalise_text(record.get("slug")),
        "answer_html": (record.get("answer_html") or "").strip() or None,
        "comments_closed": None if closed is None else bool(closed),
        "links": [normalise_link(link) for link in record.get("links") or []],
        "media": [normalise_medium(m) for m in record.get("media") or []],
    }


def content_hash(normalised: Mapping[str, Any]) -> str:
    return sha256_text(canonical_json({f: normalised[f] for f in CONTENT_FIELDS}))


# Fields added after archives existed: hashed only when non-empty, so a post without them
# keeps the hash (and version) it was stored with.
_HASHED_IF_PRESENT: frozenset[str] = frozenset({"media"})


def full_hash(normalised: Mapping[str, Any]) -> str:
    hashed = {
        f: normalised[f]
        for f in VERSIONED_FIELDS
        if f not in _HASHED_IF_PRESENT or normalised.get(f)
    }
    return sha256_text(canonical_json(hashed))


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    return [f for f in VERSIONED_FIELDS if old.get(f) != new.get(f)]


def expert_identity(expert: Mapping[str, Any]) -> str:
    """A signature normalised without case, dots or credential order (kept as a record of the
    expert row's first capture; rows themselves are one per person, by ``expert_name_key``)."""
    norm = normalise_expert(expert)

    def key(value: str) -> str:
        return " ".join(value.replace(".", "").casefold().split())

    return canonical_json(
        {
            "name": key(norm["name"]),
            "degrees": sorted({key(d) for d in norm["degrees"] if d}),
            "titles": sorted({key(t) for t in norm["titles"] if t}),
            "institution": key(norm["institution"] or ""),
        }
    )


def expert_name_key(name: str | None) -> str:
    """The person, whatever credentials they signed with: for "every answer by X"."""
    return " ".join((normalise_text(name) or "").replace(".", "").casefold().split())


def expert_row_id(name_key: str, attempt: int = 0) -> int:
    """The ``experts.id`` of a person: derived from ``name_key``, so two archives of the same
    blog agree on it. 48 bits (exact in JavaScript's numbers); ``attempt`` > 0 resolves the
    unlikely case of two people on one id."""
    digest = hashlib.sha256(f"{name_key}\n{attempt}".encode() if attempt else name_key.encode())
    return int.from_bytes(digest.digest()[:6], "big")


def normalise_disclaimer(text: str | None) -> str | None:
    """Whitespace-normalised disclaimer text, or ``None`` when the page had none."""
    normalised = normalise_text(text)
    return normalised or None
