"""A lower-case role run together with its organisation: the role is the title, the rest the
institution.

Real form: a physician assistants' society president's letter on a suburban paper ends 'Name,
president' over the society's name (set 21 e18:
https://www.phillyburbs.com/story/opinion/letters/2020/11/15/lte-guest-writer-undermines-physician-assistants-and-nurse-practitioners/6292713002/);
where a page or a feed runs the lines together ('Name, president Society of ...') the whole
'president Society of ...' was stored as the institution. The capitalised form ('Staff
Neurologist Cleveland Clinic') was already cut there; the lower-case head noun now is too. The
names are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine

PROSE = "Fatigue in MS often improves with pacing, so talk to your team about it."


def _read(*sig: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    lines = [SigLine(PROSE, False, True), *(SigLine(t, False, True) for t in sig)]
    return [(e.name, e.titles, e.institution) for e in attribute(lines).experts]


@pytest.mark.parametrize(
    ("sig", "title", "institution"),
    [
        (
            "Wren Ostby, president Keystone Society of Neurology",
            "president",
            "Keystone Society of Neurology",
        ),
        (
            "Wren Ostby, staff neurologist Northgate General Hospital",
            "staff neurologist",
            "Northgate General Hospital",
        ),
        ("Wren Ostby, neurologist Harbour MS Clinic", "neurologist", "Harbour MS Clinic"),
    ],
)
def test_a_lower_case_role_run_into_its_organisation(
    sig: str, title: str, institution: str
) -> None:
    assert _read(sig) == [("Wren Ostby", (title,), institution)]


def test_the_stacked_form_reads_the_same() -> None:
    assert _read("Wren Ostby", "president", "Keystone Society of Neurology") == [
        ("Wren Ostby", ("president",), "Keystone Society of Neurology")
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["president", "neurologist", "staff neurologist", "director", "chair"]),
    st.sampled_from(
        ["Keystone Society of Neurology", "Northgate General Hospital", "Harbour MS Clinic"]
    ),
)
def test_any_lower_case_role_before_an_organisation(role: str, org: str) -> None:
    flat = _read(f"Wren Ostby, {role} {org}")
    assert flat == _read("Wren Ostby", role, org) == [("Wren Ostby", (role,), org)]


# A lower-case role's field after a comma is part of the title: a US letter's sign-off
# 'Yours sincerely,' / the name / 'director, public and media relations' (set 21 e08, a
# professional association's letter to a journal editor: http://www.apta.org/Media/Letters/2014/1/14/). A body has a proper name; words all in lower case are no body.
@pytest.mark.parametrize(
    ("role_line", "title"),
    [
        ("director, public and media relations", "director, public and media relations"),
        ("manager, patient services", "manager, patient services"),
    ],
)
def test_a_lower_case_role_keeps_its_field(role_line: str, title: str) -> None:
    lines = [SigLine(PROSE, False, True)]
    lines += [SigLine(t, False, True) for t in ("Yours sincerely,", "Tomas E. Varga", role_line)]
    [expert] = attribute(lines).experts
    assert (expert.name, expert.titles, expert.institution) == ("Tomas E. Varga", (title,), None)


def test_a_proper_name_after_a_lower_case_role_is_still_the_institution() -> None:
    assert _read("Wren Ostby, neurologist, Harbour Clinic") == [
        ("Wren Ostby", ("neurologist",), "Harbour Clinic")
    ]
