"""Dates, times and page metadata in a signature block: kept in the raw block, out of every field.

A byline often carries its post's metadata: "By Name / September 22, 2021", "Medically reviewed
by Name, MD on October 23, 2023", "Posted by Name on May 17, 2005 at 12:30 PM in News |
Permalink", "BY: Name, MD DATE: July 31, 2022 TOPIC: News", "5 minute read", "3/20/2023 by Name".
One grammar, built once from the data file's month, weekday and time-unit words, finds such spans;
a date needs a number next to its month, so "May" or "March" alone stays a name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from msqa_scraper.extract.signature.vocabulary import Vocabulary

_DIGIT = re.compile(r"\d")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _grammar(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month = rf"(?:{_alt(v.months)})\.?"
    day = r"\d{1,2}(?: ?(?:st|nd|rd|th)\b|\.)?"  # "14th", "14 th" (a PDF's spaced ordinal), "14."
    # "2023г.", "2023 r.": a year with its mark (Russian, Polish, Croatian dates)
    marks = rf"(?: ?(?:{_alt(v.year_marks)}))?" if v.year_marks else ""
    year = rf"(?:19|20)\d{{2}}{marks}"
    time = r"\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?)(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    # after a date, a time may take a full stop or an "h" ("| 10.42", "à 14h30")
    clock = rf"(?:{time}|\d{{1,2}}[.h]\d{{2}}(?![\d.]))"
    # "4 de abril de 2023", "14 marzo 2026": the day, month and year in other languages
    of = r"(?:of|de|del)\s+"
    date = (
        rf"(?:(?:{_alt(v.weekdays)})\.?,?\s+)?"
        rf"(?:{month}\s+{day}(?:,?\s+{year})?|{day}\s+(?:{of})?{month},?\s+(?:de\s+)?{year}"
        rf"|{month},?\s+{year}"
        r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
        # "2022년 9월 12일", "2021年3月12日": the year, month and day marks of Korean, Japanese
        # and Chinese dates
        r"|(?:19|20)\d{2} ?[年년] ?\d{1,2} ?[月월](?: ?\d{1,2} ?[日일])?)"
        rf"(?:(?:,?\s+|\s*\|\s*)(?:at\s+|à\s+|um\s+|@\s*)?{clock})?"
    )
    reading = rf"\d+\s*-?\s*(?:{_alt(v.time_units)})\.?\s+(?:read|listen|watch)"
    # a blog platform's relative date under the byline: "2 days ago", "an hour ago"
    ago = rf"(?:\d+|an?)\s+(?:{_alt(v.time_units)})\s+ago"
    span = re.compile(rf"(?i)(?<![\w/.-])(?:{date}|{reading}|{ago}|{time})(?![\w/-])")
    label = re.compile(
        rf"(?i)(?:^|(?<=\s)|(?<=\|))(?:{_alt(v.metadata_labels)})\s*(?::|$|(?=\s*\|))"
    )
    lead = re.compile(rf"(?i)^(?:{_alt(v.metadata_leads)})\b\s*:?\s*")
    return span, label, lead


# A news dateline's town before its date: capitals only ("CEBU,", "PORT ELLIS,"), as wires write
# it (a capitalised "Helen Marsh, March 2021" is a name and its date, no dateline).
_DATELINE = re.compile(r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}, ")


# Pure on (text, vocabulary), and asked of each line under and inside every candidate block.
@lru_cache(maxsize=4096)
def is_meta_line(text: str, v: Vocabulary) -> bool:
    """A line of page metadata only: "September 22, 2021", "Posted on <date>", "TOPIC: News"."""
    bare = text.strip(" |·•-—–")
    if not bare or len(bare) > 80:
        return False  # a metadata line is short
    # no number, label or bar: only a lone label word ("Permalink") is one, or "an hour ago"
    plain = ":" not in bare and "|" not in bare and not _DIGIT.search(bare) and " " in bare
    if plain and not bare.casefold().endswith(" ago"):
        return False
    span, label, lead = _grammar(v)
    if label.match(bare):
        return True  # "DATE: July 31, 2022", "TOPIC: MS Center News", "Permalink"
    rest = lead.sub("", bare, count=1)
    m = span.match(rest)
    if m is None and (place := _DATELINE.match(rest)) is not None:
        m = span.match(rest, place.end())  # "CEBU, MARCH 4, 2011": a news dateline's town
    if m is None:
        return False
    tail = rest[m.end() :].strip(" ,.|·•")
    return not tail or bool(label.match(tail)) or tail.casefold().startswith("in ")


def cut_meta(text: str, v: Vocabulary) -> str:
    """The text before the first date, time or metadata label after the start of a line.

    "Name, MD on October 23, 2023" gives "Name, MD"; "Name, MD DATE: July 31" gives "Name, MD".
    A date only cuts where a byline puts one: after "on", a comma, a dash or a bar, or at the end.
    """
    if len(text) > 160 or (not _DIGIT.search(text) and ":" not in text and "|" not in text):
        return text  # most lines: long prose, or no number, label or bar (cheap tests first)
    span, label, _lead = _grammar(v)
    cut = len(text)
    for m in label.finditer(text):
        if m.start() > 0:
            cut = m.start()
            break
    for m in span.finditer(text, 0, cut):
        if m.start() == 0:
            continue
        before = text[: m.start()].rstrip()
        # "| Published: March 4th, 2019": a lead may end in a colon
        led = _lead_before(before[:-1].rstrip() if before.endswith(":") else before, v)
        if led is not None or before[-1:] in ",|-—–·" or not text[m.end() :].strip(" .,|"):
            cut = led if led is not None else m.start()
            break
    return text[:cut].rstrip(" ,;|·-—–") if cut < len(text) else text


def _lead_before(before: str, v: Vocabulary) -> int | None:
    """Where a metadata lead ("on", "Posted on", "Published:") ends the text before a date."""
    before = before.rstrip(" :")  # "| Published: March 4th, 2019": the lead's own colon
    folded = before.casefold()
    for lead in v.metadata_leads:  # longest first
        if folded.endswith(lead) and (len(folded) == len(lead) or folded[-len(lead) - 1] == " "):
            return len(before) - len(lead)
    return None


def strip_leading_date(text: str, v: Vocabulary) -> tuple[str, str]:
    """(date as written, rest) for "3/20/2023 by Name", "14th March 2016 by X"; else ("", text)."""
    rest = text.lstrip()
    if not _DIGIT.search(rest[:40]):
        return "", text  # a leading date has its number near the start
    span, _label, lead = _grammar(v)
    m = span.match(rest, len(rest) - len(lead.sub("", rest, count=1)))
    if m is None and (place := _DATELINE.match(rest)) is not None:
        m = span.match(rest, place.end())  # "CEBU, MARCH 4, 2011 (POST) By Name": a dateline
    if m is None:
        return "", text
    after = rest[m.end() :].lstrip(" ,|·-—–")
    if not after[:1].isalpha() and not after.startswith("("):
        return "", text
    return rest[: len(rest) - len(after)], after
