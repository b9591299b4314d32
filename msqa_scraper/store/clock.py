"""Timestamps: every time the archive writes is ISO 8601 UTC with a ``Z``, to the second."""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_now() -> str:
    """The current time, e.g. ``2026-11-26T10:54:26Z``."""
    return datetime.now(UTC).strftime(_FORMAT)


def to_utc(value: str | datetime | None) -> str | None:
    """Normalise a timestamp from an item (``fetched_at``) to the archive's format.

    Naive values are taken as UTC; anything unparseable gives ``None`` so the caller falls back
    to the current time rather than storing a string nobody can sort.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(_FORMAT)
