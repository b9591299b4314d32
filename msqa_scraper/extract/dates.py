"""The blog date: ``span.date-text``, US month-first, no time."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import dateparser

# Weebly's US form, M/D/YYYY, read directly: the same answer dateparser gives in month-first
# order, without its start-up cost in every rebuild worker. Anything else goes to dateparser.
_US_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")

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
    if numeric := _US_NUMERIC.fullmatch(text):
        month, day, year = map(int, numeric.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return parsed.date().isoformat() if parsed else None
