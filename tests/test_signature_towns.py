"""A town of several words after a letter's credentials is the writer's place, not an institution.

Letters pages sign 'First Last, M.D., Town' on one line (set 21's e02, a US state paper's letters
page: https://www.courant.com/opinion/letters/hc-xpm-2014-03-26-hcrs-19407-20140323-story.html;
e39, 'First M. Last, MSN, Town Town':
http://www.newsobserver.com/2013/03/06/2730383/barbara-hotelling-needed-midwives.html) or put
the town on its own line (e16:
https://allroundfitness.co.uk/letter-to-the-editor-coverage-neglects-patient-centered-education-of-allopathic-physicians/).
A one-word town was read by the gazetteer (towns.txt); a town of two or three words
("Cedar Falls", "Grand Rapids") was stored as the expert's institution. Now it is the place when
the gazetteer of several words (places.txt) has it or its last word is a place's generic word
(not_names.txt [place_last]), and it stands before any organisation. The names are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine, vocabulary
from msqa_scraper.extract.signature.given_names import name_lists

PROSE = "Fatigue in MS often improves with pacing, so talk to your team about it."


def _read(*sig: str) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    lines = [SigLine(PROSE, False, True), *(SigLine(t, False, True) for t in sig)]
    return [(e.name, e.degrees, e.institution, e.place) for e in attribute(lines).experts]


@pytest.mark.parametrize(
    ("sig", "want"),
    [
        (("Ines Marrow, M.D., Cedar Falls",), ("Ines Marrow", ("M.D.",), None, "Cedar Falls")),
        (("Ines Marrow, MD, Grand Rapids",), ("Ines Marrow", ("MD",), None, "Grand Rapids")),
        (("Ines Marrow, MSN, Menlo Park",), ("Ines Marrow", ("MSN",), None, "Menlo Park")),
        (("Ines Marrow, MD", "Grand Rapids"), ("Ines Marrow", ("MD",), None, "Grand Rapids")),
        # a bare name and a town of two words: the letter's writer and her town
        (("Tobin Aske, Albert Lea",), ("Tobin Aske", (), None, "Albert Lea")),
        (("TOBIN ASKE, Fenwick Township",), ("TOBIN ASKE", (), None, "Fenwick Township")),
    ],
)
def test_a_town_of_several_words_is_the_place(
    sig: tuple[str, ...], want: tuple[str, tuple[str, ...], str | None, str | None]
) -> None:
    assert _read(*sig) == [want]


def test_an_organisation_is_still_the_institution() -> None:
    assert _read("Ines Marrow, MD, Kaiser Permanente") == [
        ("Ines Marrow", ("MD",), "Kaiser Permanente", None)
    ]
    assert _read("Ines Marrow, MD, Mayo Clinic, Grand Rapids") == [
        ("Ines Marrow", ("MD",), "Mayo Clinic", "Grand Rapids")
    ]


def test_a_place_word_inside_an_organisation_stays_in_it() -> None:
    # set 3's z45 form: a region's name between an organisation's parts is the organisation's
    [(name, _, institution, place)] = _read(
        "Wren A Colby, PhD, RN, Nursing, Hudson Valley, the State University of New York, "
        "Kingston, NY"
    )
    assert name == "Wren A Colby"
    assert place == "Kingston, NY"
    assert institution is not None and "Hudson Valley" in institution


def _gazetteer_towns() -> list[str]:
    v = vocabulary()
    out = []
    for place in sorted(name_lists().places):
        words = place.title().split()
        if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            continue
        if any(w in v.org_heads or w in v.org_lead_heads or v.is_role_word(w) for w in words):
            continue
        if v.is_place(" ".join(words)):
            continue
        out.append(" ".join(words))
    return out


TOWNS = _gazetteer_towns()


def test_the_gazetteer_gives_many_towns_of_several_words() -> None:
    assert len(TOWNS) > 1000


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TOWNS), st.sampled_from(["MD", "M.D.", "RN", "PhD", "MSN, RN"]))
def test_any_gazetteer_town_after_the_credentials_is_the_place(town: str, creds: str) -> None:
    [(name, degrees, institution, place)] = _read(f"Ines Marrow, {creds}, {town}")
    assert (name, institution, place) == ("Ines Marrow", None, town)
    assert ", ".join(degrees) == creds
