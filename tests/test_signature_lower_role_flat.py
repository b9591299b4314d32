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
