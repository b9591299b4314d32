"""Credentials written after the role are still the name's degrees.

Real form: a national public-health institute's English research page ends
'Name, Researcher, MSc., PhD' (set 22 f01:
http://www.si-folkesundhed.dk/Forskning/Sygdomme%20og%20tilskadekomst/Sclerose.aspx?lang=en),
and a medical faculty's brochure lists 'Name, Head of the Doctoral School, PhD, Dr. Med.'
(set 22 f05: https://docslib.org/doc/1266639/the-faculty-of-medicine-aalborg-university). The
credentials after the role were stored as the institution and the place ('MD, PhD' as a town).
The names are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine

PROSE = "Fatigue in MS often improves with pacing, so talk to your team about it."


def _read(sig: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None]]:
    lines = [SigLine(PROSE, False, True), SigLine(sig, False, True)]
    return [(e.name, e.degrees, e.titles, e.institution, e.place) for e in attribute(lines).experts]


@pytest.mark.parametrize(
    ("sig", "degrees", "title"),
    [
        ("Mette Vang Holm, Researcher, MSc., PhD", ("MSc.", "PhD"), "Researcher"),
        ("Ines Marrow, Professor of Neurology, MD, PhD", ("MD", "PhD"), "Professor of Neurology"),
        ("Ines Marrow, Consultant Neurologist, FRCP", ("FRCP",), "Consultant Neurologist"),
    ],
)
def test_credentials_after_the_role_are_degrees(
    sig: str, degrees: tuple[str, ...], title: str
) -> None:
    [(_name, got_degrees, titles, institution, place)] = _read(sig)
    assert (got_degrees, titles, institution, place) == (degrees, (title,), None, None)


def test_the_disease_alone_after_a_role_is_no_degree() -> None:
    # "MS" after a role: in an MS archive first of all the disease, never read as a degree here
    [(_name, degrees, _titles, _inst, _place)] = _read("Ines Marrow, Nurse Specialist, MS")
    assert "MS" not in degrees


CREDENTIALS = ["MD", "PhD", "MSc", "FRCP", "MPH", "RN", "DO", "FAAN", "MBBS", "FRACP"]
ROLES = ["Researcher", "Neurologist", "Professor of Neurology", "Clinical Nurse Specialist"]


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from(ROLES),
    st.lists(st.sampled_from(CREDENTIALS), min_size=1, max_size=3, unique=True),
)
def test_any_listed_credentials_after_a_role_are_degrees(role: str, creds: list[str]) -> None:
    [(name, degrees, titles, institution, place)] = _read(
        f"Ines Marrow, {role}, {', '.join(creds)}"
    )
    assert (name, degrees, titles, institution, place) == (
        "Ines Marrow",
        tuple(creds),
        (role,),
        None,
        None,
    )
