"""Stacked credit lines: each 'By' / 'Written by' / 'Edited by' / 'Reviewed by' line names one person.

Health magazines and health-information sites put a page's credits on lines of their own, one
person a line, each opened by its role in the making of the page:
- https://mymsaa.org/publications/motivator/summer-fall23/cover-story-importance-of-nutrition/
  (set 26 o08: 'By <Name>' / 'Edited by <Name>' / 'Reviewed by <Name>, MD', under the title);
- the issue's "Written by" and "Medically reviewed by" lead-ins, seen stacked on the sets' health
  sites (a writer with no credentials over a clinician reviewer with them).

Only the last person usually has credentials. A block of credit lines is read whole: the writer
and the editor are people of the block as much as the reviewer, and no credit line is left in
the answer. The content below is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import found

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def people(a) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.degrees) for e in a.experts]


def test_writer_editor_and_reviewer_are_three_people():
    a = found(
        "By Tobias Renwick",
        "Edited by Ilse Marchetti Dunne",
        "Reviewed by Harriet O. Penhallow, MD",
        prose=PROSE,
    )
    assert people(a) == [
        ("Tobias Renwick", ()),
        ("Ilse Marchetti Dunne", ()),
        ("Harriet O. Penhallow", ("MD",)),
    ]
    assert a.start == len(PROSE)  # every credit line leaves the answer


def test_a_writer_without_credentials_over_a_reviewer_with_them():
    a = found(
        "Written by Tobias Renwick", "Medically reviewed by Harriet Penhallow, MD", prose=PROSE
    )
    assert people(a) == [("Tobias Renwick", ()), ("Harriet Penhallow", ("MD",))]
    assert a.start == len(PROSE)


def test_the_reviewer_first_then_the_writer():
    a = found(
        "Medically reviewed by Harriet Penhallow, MD", "Written by Tobias Renwick", prose=PROSE
    )
    assert people(a) == [("Harriet Penhallow", ("MD",)), ("Tobias Renwick", ())]
    assert a.start == len(PROSE)


def test_edited_by_alone_credits_its_editor():
    a = found("Edited by Ilse Marchetti Dunne", prose=PROSE)
    assert people(a) == [("Ilse Marchetti Dunne", ())]


NAMES = st.sampled_from(
    ["Tobias Renwick", "Ilse Marchetti Dunne", "Harriet O. Penhallow", "Kwame Asante", "Lena Vogt"]
)
LEADS = st.sampled_from(["By", "Written by", "Edited by", "Reviewed by", "Medically reviewed by"])


@st.composite
def credit_lines(draw) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    names = draw(st.lists(NAMES, min_size=2, max_size=3, unique=True))
    leads = draw(st.lists(LEADS, min_size=len(names), max_size=len(names), unique=True))
    # the last person alone may carry credentials, as on the pages above
    degrees = draw(st.sampled_from([(), ("MD",), ("MD", "PhD"), ("RN",)]))
    lines, want = [], []
    for i, (lead, name) in enumerate(zip(leads, names, strict=True)):
        own = degrees if i == len(names) - 1 else ()
        lines.append(", ".join((f"{lead} {name}", *own)))
        want.append((name, own))
    return lines, want


@settings(max_examples=60, deadline=None)
@given(credit_lines())
def test_every_credit_line_is_one_person_in_order_and_none_stays_in_the_answer(case):
    lines, want = case
    a = found(*lines, prose=PROSE)
    assert people(a) == want
    assert a.start == len(PROSE)
