"""Role words by their shape: an agent noun of medicine or care is a role head though the
vocabulary's list lacks it (vocabulary.RoleShapes, data: ``role_shapes``).

Forms seen (people and places invented):
- "Dr Name" / "Consultant Nephrologist" under a renal letter
  (https://github.com/airslie/renalware-core/blob/6250a574b29ee9271eddf45830f05b80fcded467/app/
  views/renalware/letters/formatted_letters/_letter.html.slim);
- "Dr. Name, Pediatrician, Pulmonology" on a Q&A site
  (https://github.com/silverfoxy/JSCryptoMinerStudy/blob/afccd315654b9e4091c20fd0c385a89b1bbb3b3c/
  pagesource/healthcaremagic.com#record-326036);
- "Dr Name Anaesthetist, Town, NSW" (https://viewer.joomag.com/ad-6th-oct-issue/
  0188857001696291328/p15);
- "Name (Neuro Physio)" (http://www.gosportandfarehamms.org.uk/index.php?s=small&page=physio),
  "Patron of MS ..." (https://www.yumpu.com/en/document/view/28926029/
  download-pdf-commemorative-issue-ms-ireland): listed words, no shape.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import experts_of_lines
from msqa_scraper.extract.signature.vocabulary import RoleShapes, vocabulary

PROSE = "Rest and pacing help most people with this kind of fatigue."


def _titles(*sig: str) -> list[tuple[str, ...]]:
    return [e.titles for e in experts_of_lines([PROSE, *sig])]


# -- one class of ending a test ---------------------------------------------------------------


def test_an_ologist_is_a_role() -> None:
    assert "Nephrologist" not in vocabulary().credentials  # no listed word: the shape reads it
    assert _titles("Dr Ilse Marwood", "Consultant Nephrologist") == [("Consultant Nephrologist",)]


def test_an_ician_is_a_role() -> None:
    assert _titles("Dr. Tomas Brandt, Paediatrician, Larkfield Children's Hospital") == [
        ("Paediatrician",)
    ]


def test_an_iatrist_is_a_role() -> None:
    assert _titles("Dr Gwen Albrecht", "Consultant Podiatrist") == [("Consultant Podiatrist",)]


def test_a_therapist_is_a_role() -> None:
    assert _titles("Marta Quarrie", "Senior Hydrotherapist") == [("Senior Hydrotherapist",)]


def test_an_agent_noun_in_ist_is_a_role() -> None:
    assert _titles("Dr Priya Okonkwo Anaesthetist, Bundara, NSW") == [("Anaesthetist",)]


@pytest.mark.parametrize(
    "word",
    ["Nephrologist", "Rheumatologist", "Paediatrician", "Pediatrician", "Podiatrist",
     "Hydrotherapist", "Anaesthetist", "Orthoptist", "Dentist", "Neuro-nephrologist"],
)  # fmt: skip
def test_each_shape_is_a_role_head_in_either_case(word: str) -> None:
    v = vocabulary()
    assert word in v.role_heads
    assert word.casefold() in v.role_heads_folded
    assert v.is_head_noun(word) and v.is_head_noun(word.casefold())


@pytest.mark.parametrize(
    ("ending", "word"),
    [("ologist", "Nephrologist"), ("ician", "Paediatrician"), ("iatrist", "Podiatrist"),
     ("therapist", "Hydrotherapist")],
)  # fmt: skip
def test_each_ending_reads_its_class_alone(ending: str, word: str) -> None:
    # the data's ending, not the agent rule in "-ist", reads the class
    file = vocabulary().role_heads._shapes  # type: ignore[attr-defined]
    assert ending in file.endings
    alone = RoleShapes((ending,), "ist", 99, file.not_role_endings, file.not_roles)
    assert alone.fits(word)
    assert not RoleShapes((), "ist", 99, file.not_role_endings, file.not_roles).fits(word)


def test_listed_roles_without_a_shape() -> None:
    v = vocabulary()
    assert "Physio" in v.role_heads and "Patron" in v.role_heads


# -- the guard: words of the shape that are no role -------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["Baptist", "Methodist", "Adventist", "Lindqvist", "Almquist", "Nykvist", "persist",
     "Persist", "resist", "exist", "Christ", "Twist", "Patrician", "Galician", "Christian",
     "Brian", "Technic", "list"],
)  # fmt: skip
def test_no_role_by_shape(word: str) -> None:
    v = vocabulary()
    assert word not in v.role_heads
    assert word.casefold() not in v.role_heads_folded
    assert not v.is_head_noun(word)


def test_the_shape_keeps_its_set_case() -> None:
    # the listed heads are capitalised; the folded set is lower-case: a shape follows each
    v = vocabulary()
    assert "nephrologist" not in v.role_heads and "NEPHROLOGIST" not in v.role_heads
    assert "Nephrologist" not in v.role_heads_folded


def test_a_baptist_hospital_stays_an_organisation() -> None:
    (e,) = experts_of_lines([PROSE, "Dr Ilse Marwood, MD", "Larkfield Baptist Hospital"])
    assert e.institution == "Larkfield Baptist Hospital" and e.titles == ()


def test_a_swedish_surname_stays_a_name() -> None:
    (e,) = experts_of_lines([PROSE, "Dr Anders Lindqvist", "Consultant Neurologist"])
    assert e.name == "Anders Lindqvist" and e.titles == ("Consultant Neurologist",)


_STEMS = st.text(alphabet="abcdefghiklmnoprstuvy", min_size=3, max_size=8)


@settings(max_examples=200)
@given(_STEMS, st.sampled_from(["ologist", "ician", "iatrist", "therapist"]))
def test_any_stem_with_a_care_ending_is_a_role(stem: str, ending: str) -> None:
    word = (stem + ending).capitalize()
    assert word in vocabulary().role_heads


@settings(max_examples=200)
@given(_STEMS, st.sampled_from(["qvist", "kvist", "quist", "sist", "xist"]))
def test_no_stem_with_a_non_role_ending_is_a_role(stem: str, ending: str) -> None:
    word = (stem + ending).capitalize()
    assert word not in vocabulary().role_heads
