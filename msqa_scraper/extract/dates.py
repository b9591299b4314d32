"""The blog date: ``span.date-text``, US month-first, no time."""

from __future__ import annotations

from functools import lru_cache

import dateparser

_SETTINGS = {
    "DATE_ORDER": "MDY",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_LOCALE_DATE_ORDER": False,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@lru_cache(maxsize=4096)
def parse_blog_date(text: str) -> str | None:
    """``9/10/2024`` → ``2024-09-10``; None when the text is not a full date (never a guess)."""
    text = " ".join(text.split())
    if not text:
        return None
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return parsed.date().isoformat() if parsed else None
