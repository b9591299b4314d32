"""The blog date (``span.date-text``) and the blog's day/month order.

Weebly prints the date in the order of the site's region and gives no ISO date anywhere in
the HTML: ``9/8/2014`` is 8 September on a US site and 9 August on a Singapore or Dubai one
(weebly-markup.md §8.4). The order is a property of the blog, so it is decided once per blog
from what the blog itself shows (``OrderEvidence``) or fixed by a site spider, and every date
is then read in that order (``read_date``). A date that fits only the other order, or that
cannot be read without knowing the order, is reported, never swapped or guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import dateparser

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from msqa_scraper.extract.records import ListingEntry, Post
    from msqa_scraper.extract.urls import BlogUrls, PageRef

DateOrder = Literal["MDY", "DMY"]
ORDERS: tuple[DateOrder, ...] = ("MDY", "DMY")
ORDER_NAMES = {"MDY": "month-first", "DMY": "day-first"}

_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")

_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_LOCALE_DATE_ORDER": False,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def check_order(value: str | None) -> DateOrder | None:
    """A setting's value as an order: ``MDY``, ``DMY`` or empty/None (infer)."""
    if value is None or not str(value).strip():
        return None
    order = str(value).strip().upper()
    if order not in ORDERS:
        raise ValueError(f"a date order is MDY or DMY, not {value!r}")
    return order  # type: ignore[return-value]


def recorded_order(order: str | None, source: str | None) -> DateOrder | None:
    """The order a crawl read dates in, from its ``crawls`` row: a crawl recorded before the
    order was (``date_order_source`` NULL too) read them month-first."""
    if order in ORDERS:
        return order  # type: ignore[return-value]
    return "MDY" if source is None else None


def _clean(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def readings(text: str) -> dict[DateOrder, str]:
    """Every valid reading of a numeric date, by order: ``9/8/2014`` has two, ``31/8/2014``
    only the day-first one, ``8/8/2014`` two that agree. {} for anything not numeric."""
    numeric = _NUMERIC.fullmatch(_clean(text))
    if not numeric:
        return {}
    first, second, year = map(int, numeric.groups())
    found: dict[DateOrder, str] = {}
    for order, (month, day) in (("MDY", (first, second)), ("DMY", (second, first))):
        try:
            found[order] = date(year, month, day).isoformat()
        except ValueError:
            continue
    return found


def is_ambiguous(text: str) -> bool:
    """Does the order change what this date means?"""
    found = readings(text)
    return len(set(found.values())) > 1


@lru_cache(maxsize=4096)
def _parse_words(text: str, order: DateOrder) -> str | None:
    # Worded dates ("September 10, 2024") carry their own order; the setting only matters
    # for a numeric form dateparser would otherwise guess.
    parsed = dateparser.parse(text, languages=["en"], settings={**_SETTINGS, "DATE_ORDER": order})
    return parsed.date().isoformat() if parsed else None


@dataclass(frozen=True)
class DateReading:
    """A date read in the blog's order. ``code`` names the problem (for a stat), if any."""

    iso: str | None
    problem: str | None = None
    code: str | None = None  # ambiguous, contradicts_order, unparseable


def read_date(text: str, order: DateOrder | None) -> DateReading:
    """Read ``text`` in ``order``; with ``order=None`` only a date no order can change."""
    text = _clean(text)
    if not text:
        return DateReading(None, "unparseable date ''", "unparseable")
    found = readings(text)
    if not found:
        if _NUMERIC.fullmatch(text):
            return DateReading(None, f"unparseable date {text!r}", "unparseable")
        iso = _parse_words(text, order or "MDY")
        if iso is None:
            return DateReading(None, f"unparseable date {text!r}", "unparseable")
        return DateReading(iso)
    if order is None:
        if len(set(found.values())) == 1:
            return DateReading(next(iter(found.values())))
        return DateReading(
            None,
            f"ambiguous date {text!r}: the blog's day/month order is not known",
            "ambiguous",
        )
    if order in found:
        return DateReading(found[order])
    other = ORDER_NAMES["DMY" if order == "MDY" else "MDY"]
    return DateReading(
        None,
        f"date {text!r} is not a {ORDER_NAMES[order]} date (it reads only {other}); not swapped",
        "contradicts_order",
    )


def parse_blog_date(text: str, order: DateOrder | None = "MDY") -> str | None:
    """``9/10/2024`` → ``2024-09-10`` (month-first by default); None when the text is not a
    full date in that order (never a guess)."""
    return read_date(text, order).iso


def archive_contradiction(iso: str | None, month: str | None) -> str | None:
    """A problem when a date falls outside the archive month (``MM-YYYY``) listing the post."""
    if not iso or not month:
        return None
    if f"{iso[5:7]}-{iso[:4]}" == month:
        return None
    return f"date {iso} is not in the archive month {month} that lists the post"


@dataclass(frozen=True)
class OrderDecision:
    """The order a crawl reads dates in, and why: ``setting``, ``evidence`` or ``unknown``."""

    order: DateOrder | None
    source: str
    votes: dict[str, int] = field(default_factory=dict)

    @property
    def contradicting(self) -> int:
        """Pieces of evidence that point the other way."""
        if self.order is None:
            return 0
        return sum(n for o, n in self.votes.items() if o != self.order)


class OrderEvidence:
    """What a blog shows about its date order. Each piece that fits one order only is a vote.

    - a date that reads one way only (``31/8/2014``) is itself evidence;
    - an archive month page (``archives/08-2014``) listing a post dates it to that month;
    - a feed item's ``pubDate`` dates it to the day (GMT, so a day either way);
    - a sitemap ``lastmod`` is the last edit: the post cannot be dated after it.
    """

    def __init__(self) -> None:
        self.votes: Counter[str] = Counter()
        self.by_source: Counter[str] = Counter()
        self.months: dict[str, str] = {}  # post key (id or URL) → archive month listing it

    def _vote(self, source: str, fits: list[DateOrder]) -> None:
        if len(fits) == 1:
            self.votes[fits[0]] += 1
            self.by_source[source] += 1

    def add_date(self, text: str) -> None:
        found = readings(text)
        if len(found) == 1:
            self._vote("dates", list(found))

    def add_month(self, text: str, month: str, key: str | None = None) -> None:
        """``text`` is shown on the archive page of ``month`` (``MM-YYYY``)."""
        if key:
            self.months[key] = month
        self.add_date(text)
        if not is_ambiguous(text):
            return
        fits = [o for o, iso in readings(text).items() if f"{iso[5:7]}-{iso[:4]}" == month]
        self._vote("archive", fits)

    def add_day(self, text: str, iso_day: str) -> None:
        """A feed ``pubDate`` (its date in GMT) for the post showing ``text``."""
        if not is_ambiguous(text):
            return
        known = date.fromisoformat(iso_day)
        fits = [
            o
            for o, iso in readings(text).items()
            if abs((date.fromisoformat(iso) - known).days) <= 1
        ]
        self._vote("feed", fits)

    def add_not_after(self, text: str, iso_day: str) -> None:
        """A sitemap ``lastmod`` date for the post showing ``text``."""
        if not is_ambiguous(text):
            return
        limit = date.fromisoformat(iso_day) + timedelta(days=1)
        fits = [o for o, iso in readings(text).items() if date.fromisoformat(iso) <= limit]
        self._vote("sitemap", fits)

    def decide(self, fixed: DateOrder | None = None) -> OrderDecision:
        votes = dict(self.votes)
        if fixed is not None:
            return OrderDecision(fixed, "setting", votes)
        mdy, dmy = self.votes["MDY"], self.votes["DMY"]
        if mdy == dmy:
            return OrderDecision(None, "unknown", votes)
        return OrderDecision("MDY" if mdy > dmy else "DMY", "evidence", votes)

    def month_of(self, key: str) -> str | None:
        return self.months.get(key)


def month_candidates(texts: list[str]) -> list[str]:
    """Archive months (``MM-YYYY``) worth reading to settle the order of these dates: for each
    ambiguous date, the month of each reading (a month page shows every post of that month)."""
    months: list[str] = []
    for text in texts:
        if not is_ambiguous(text):
            continue
        for iso in readings(text).values():
            month = f"{iso[5:7]}-{iso[:4]}"
            if month not in months:
                months.append(month)
    return months


class BlogDates:
    """One crawl's dates of one blog: the evidence it gathers, the order it decides, and the
    checks on each post. Crawl-free: the spider (and a replay) feed it what the pages show.

    ``fixed`` is an order a site spider or setting imposes; evidence against it is counted.
    """

    def __init__(self, fixed: DateOrder | None = None) -> None:
        self.fixed = fixed
        self.evidence = OrderEvidence()
        self.feed_days: dict[str, str] = {}  # post URL → GMT date of its feed item
        self.decision: OrderDecision | None = None

    @property
    def order(self) -> DateOrder | None:
        if self.decision is None:
            return self.fixed
        return self.decision.order

    def note_entry(self, entry: ListingEntry, ref: PageRef) -> None:
        """A post block on a listing: its date, and on an archive page, its month."""
        if ref.kind == "archive":
            self.evidence.add_month(entry.posted_date_text, ref.key, entry.id)
        else:
            self.evidence.add_date(entry.posted_date_text)

    def note_feed_day(self, post_url: str, day: str) -> None:
        self.feed_days[post_url] = day

    def _full_evidence(
        self, entries: Iterable[ListingEntry], lastmods: Mapping[str, str | None]
    ) -> OrderEvidence:
        evidence = OrderEvidence()
        evidence.votes.update(self.evidence.votes)
        evidence.by_source.update(self.evidence.by_source)
        for entry in entries:
            if day := self.feed_days.get(entry.url):
                evidence.add_day(entry.posted_date_text, day)
            if (lastmod := lastmods.get(entry.url)) and len(lastmod) >= 10:
                evidence.add_not_after(entry.posted_date_text, lastmod[:10])
        return evidence

    def decide(
        self, entries: Iterable[ListingEntry], lastmods: Mapping[str, str | None]
    ) -> OrderDecision:
        """The order the crawl reads post dates in (once the listings are read)."""
        self.decision = self._full_evidence(entries, lastmods).decide(self.fixed)
        return self.decision

    def months_to_read(
        self,
        entries: list[ListingEntry],
        lastmods: Mapping[str, str | None],
        archive_urls: list[str],
        urls: BlogUrls,
        limit: int = 2,
    ) -> list[str]:
        """Archive month URLs to read before the posts: none when the order is fixed or
        already settled, or no post to fetch has an ambiguous date."""
        if self.fixed is not None:
            return []
        if self._full_evidence(entries, lastmods).decide().order is not None:
            return []
        listed = {}
        for url in archive_urls:
            ref = urls.classify(url)
            if ref is not None and ref.kind == "archive":
                listed[ref.key] = url
        months = month_candidates([e.posted_date_text for e in entries])
        return [listed[m] for m in months if m in listed][:limit]

    def check_post(self, post: Post) -> list[str]:
        """Date problem codes of a post (``date/...``), after adding any archive-month
        contradiction to its problems. The date itself is never changed here."""
        problem = archive_contradiction(post.posted_date, self.evidence.month_of(post.id))
        if problem:
            post.problems.append(problem)
            post.problem_codes.append("date/contradicts_archive")
        return [code for code in post.problem_codes if code.startswith("date/")]
