"""Model time: the blog's local time is US Pacific, and every date format Weebly prints."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

_PDT = timezone(timedelta(hours=-7))
_PST = timezone(timedelta(hours=-8))


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    first_sunday = first + timedelta(days=(6 - first.weekday()) % 7)
    return first_sunday + timedelta(weeks=n - 1)


def pacific_zone(day: date) -> timezone:
    """US rule since 2007, at day granularity (no post is dated in the 2 a.m. gap)."""
    if _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1):
        return _PDT
    return _PST


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """An aware datetime on the blog's wall clock."""
    tz = pacific_zone(date(year, month, day))
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


def to_local(moment: datetime) -> datetime:
    utc = moment.astimezone(UTC)
    guess = utc.astimezone(_PST).date()
    return utc.astimezone(pacific_zone(guess))


def us_date(moment: datetime) -> str:
    """``9/10/2024``: month first, no zero padding, as US Weebly sites print ``span.date-text``."""
    day = to_local(moment)
    return f"{day.month}/{day.day}/{day.year}"


def blog_date(moment: datetime, order: str = "MDY") -> str:
    """``span.date-text`` in the blog's order: ``9/10/2024`` (MDY) or ``10/9/2024`` (DMY)."""
    if order == "MDY":
        return us_date(moment)
    day = to_local(moment)
    return f"{day.day}/{day.month}/{day.year}"


def iso_date(moment: datetime) -> str:
    return to_local(moment).date().isoformat()


def iso_local(moment: datetime) -> str:
    """Sitemap lastmod of a post: its own edit time in the local offset."""
    return to_local(moment).isoformat(timespec="seconds")


def iso_utc(moment: datetime) -> str:
    """Sitemap lastmod of a page: the site publish time, ``+00:00``."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def rss_gmt(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def rss_local(moment: datetime) -> str:
    return format_datetime(to_local(moment))


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def comment_stamp(moment: datetime) -> str:
    """``12/18/2019 11:07:24 am``, the blogCommentDate format."""
    t = to_local(moment)
    hour = t.hour % 12 or 12
    half = "am" if t.hour < 12 else "pm"
    return f"{t.month}/{t.day}/{t.year} {hour}:{t.minute:02d}:{t.second:02d} {half}"
