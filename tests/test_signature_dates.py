"""Dates, times and page metadata around a byline stay in the raw block and out of every field.

Forms seen on public MS pages (sources in tests/data/signature_eval_cases_2.json, written here
with invented people): a date line under the byline (healthline-style "By Name / Month D, YYYY"),
a date on the byline ("Medically Reviewed by Name, MD on Month D, YYYY"), a blog footer ("Posted
by Name on <date> at <time> in <category> | Permalink"), labelled footer fields ("BY: Name, MD
DATE: ... TOPIC: ..."), a reading time or update line above the byline, a date before "by".
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine, vocabulary
from msqa_scraper.extract.signature.dates import cut_meta, is_meta_line, strip_leading_date

PROSE = "Rest when the fatigue is worst and plan the day around it."


def parse(*lines):
    sig = [SigLine(t, para_start=i == 0) for i, t in enumerate(lines)]
    return attribute([SigLine(PROSE, para_start=True), *sig])


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["By Odette Marchal", "September 22, 2021"], [E("Odette Marchal")]),
        (
            ["Medically reviewed by Lars Fenning, M.D.", "Posted on March 23, 2021"],
            [E("Lars Fenning", ["M.D."])],
        ),
        (["Medically Reviewed by Ruth Amsel, MD on October 23, 2023"], [E("Ruth Amsel", ["MD"])]),
        (
            ["Posted by Kaia Brenner on May 17, 2005 at 12:30 PM in Clinic News | Permalink"],
            [E("Kaia Brenner")],
        ),
        (
            ["BY: Tomas Hartig, MD DATE: July 31, 2022 TOPIC: Center News"],
            [E("Tomas Hartig", ["MD"])],
        ),
        (
            ["BY: Tomas Hartig, MD", "DATE: July 31, 2022", "TOPIC: Center News"],
            [E("Tomas Hartig", ["MD"])],
        ),
        (["3/20/2023 by Anneke Sorel, APRN, DNP"], [E("Anneke Sorel", ["APRN", "DNP"])]),
        (["Updated on May 12, 2020 By Ivo Pranic, RN, MSCN"], [E("Ivo Pranic", ["RN", "MSCN"])]),
        # a site builder's relative date: https://www.physiotherapybahamas.com/post/multiple-
        # sclerosis-what-it-is-and-how-physiotherapy-can-make-life-easier (set 27 ob41: '- Name'
        # / '- 1 day ago' / '- 3 min read'); an episode page's 'published 2 weeks ago by Dr.
        # Name': https://speedflix.com/episodes/286198/ (set 27 ob12)
        (["Noor Abadi-Lennox", "3 days ago", "5 min read"], [E("Noor Abadi-Lennox")]),
        (["Noor Abadi-Lennox, MD", "an hour ago"], [E("Noor Abadi-Lennox", ["MD"])]),
        (["published 3 weeks ago by Dr. Ansel P. Corrigan"], [E("Ansel P. Corrigan")]),
    ],
)
def test_dates_are_no_part_of_the_expert(lines, want):
    found = parse(*lines)
    assert found.experts == want
    assert found.start == 1  # every line of the block left the answer
    assert found.raw == "\n".join(lines)  # the date stays in the raw block


@pytest.mark.parametrize("above", ["Updated on May 12, 2020", "5 minute read", "Mon, 4 Mar 2019"])
def test_a_metadata_line_above_the_byline_leaves_the_answer_with_it(above):
    found = parse(above, "By Ivo Pranic, RN, MSCN")
    assert found.experts == [E("Ivo Pranic", ["RN", "MSCN"])]
    assert found.start == 1


def test_a_month_without_a_number_is_a_name():
    v = vocabulary()
    assert not is_meta_line("May Ostrander", v)
    assert strip_leading_date("May Ostrander, MD", v) == ("", "May Ostrander, MD")
    assert cut_meta("June Abernathy, MD, Director", v) == "June Abernathy, MD, Director"
    assert parse("June Abernathy, MD").experts == [E("June Abernathy", ["MD"])]


def test_a_date_inside_a_sentence_is_no_metadata():
    # The sentence stays in the answer: a date never makes prose a signature.
    found = parse("The trial results were published on March 3, 2021 in a journal.")
    assert found.experts == []
    assert found.start is None


MONTHS = ["January", "Feb.", "March", "Sept", "December", "Oct"]


@st.composite
def dates(draw):
    month = draw(st.sampled_from(MONTHS))
    day = draw(st.integers(1, 28))
    year = draw(st.integers(1995, 2030))
    suffix = draw(st.sampled_from(["", "th"])) if day > 3 else ""
    form = draw(st.sampled_from(["mdy", "dmy", "my", "num", "iso"]))
    text = {
        "mdy": f"{month} {day}{suffix}, {year}",
        "dmy": f"{day}{suffix} {month} {year}",
        "my": f"{month} {year}",
        "num": f"{day}/{draw(st.integers(1, 12))}/{year}",
        "iso": f"{year}-{draw(st.integers(1, 12)):02d}-{day:02d}",
    }[form]
    if draw(st.booleans()):
        text += draw(st.sampled_from([" at 12:30 PM", ", 9:05 am", " at 7pm"]))
    return text


NAMES = ["Zoë Halvard", "Kwame Osei", "Begoña Ruiz-Peña", "Mei Tanaka"]


@settings(deadline=None, max_examples=60)
@given(
    name=st.sampled_from(NAMES),
    creds=st.lists(st.sampled_from(["MD", "PhD", "RN", "MSCN"]), max_size=2, unique=True),
    date=dates(),
    where=st.sampled_from(["on", "line", "posted", "label", "before"]),
)
def test_a_byline_with_any_date_parses_back(name, creds, date, where):
    head = f"{name}{''.join(', ' + c for c in creds)}"
    lines = {
        "on": [f"Reviewed by {head} on {date}"],
        "line": [f"By {head}", date],
        "posted": [f"By {head}", f"Posted on {date}"],
        "label": [f"BY: {head} DATE: {date}"],
        "before": [f"{date} by {head}"],
    }[where]
    found = parse(*lines)
    assert found.experts == [E(name, creds)]
    assert found.start == 1


def test_a_publication_credit_with_its_date():
    # "Valley Courier, by Dale Ostrowski, 10/12/09" (a news digest's source line).
    found = parse("Harbour Courier, by Oriel Vandamme, 10/12/09")
    assert found.experts == [E("Oriel Vandamme", institution="Harbour Courier")]
    assert found.start == 1


def test_a_name_before_by_is_no_publication():
    assert parse("Oriel Vandamme, MD, by Harbour Courier").experts != [
        E("Harbour Courier", institution="Oriel Vandamme")
    ]


@pytest.mark.parametrize(
    "line", ["14th March 2016 by Oriel", "Posted by Oriel on May 17, 2005", "3/20/2023 by Oriel"]
)
def test_a_dated_byline_may_credit_a_given_name_alone(line):
    found = parse(line)
    assert found.experts == [E("Oriel")]
    assert found.start == 1


@pytest.mark.parametrize(
    "line", ["By Oriel", "14th March 2016 by Tuesday", "Posted by admin on May 17, 2005"]
)
def test_a_lone_word_needs_a_dated_byline_and_a_name_shape(line):
    assert parse(line).experts == []
