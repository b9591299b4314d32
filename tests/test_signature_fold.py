"""One implausible "person" in a block of several is folded into the expert before it.

Forms (people, organisations and towns invented; sources kept):
- a psychologist's answer on a US MS charity's FAQ page, "Name, PhD" over "Title, Organisation
  MS" (https://cando-ms.org/frequently-asked-ms-questions/home-and-work/): the organisation's
  closing "MS" reads it as a second person "Open Path, MS";
- a nurse's letter on a Canadian nursing magazine's feedback page, "-- Name, RN, BSN" over
  "Town, Prov." (https://canadian-nurse.com/en/articles/issues/2017/january-february-2017/
  feedback): the town line reads as a second person.

The finder's own test of a person (find._plausible) decides who is implausible; the folded words
stay in the block and become the expert's organisation, or place when they read as one. Page
furniture and function words are never folded: the block stays unsure as before.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.signature.find import _plausible
from msqa_scraper.extract.signature.given_names import fold_implausible
from msqa_scraper.extract.signature.segment import ParsedExpert, parse_block
from msqa_scraper.extract.signature.vocabulary import vocabulary


def _fold(lines: list[str], lead: str = "") -> list[ParsedExpert]:
    return fold_implausible(parse_block(lines, vocabulary()), lines, lead, _plausible)


def test_an_organisation_read_as_a_second_person_is_the_first_ones_organisation() -> None:
    lines = ["Ilse Marwood, PhD", "Senior Programs Consultant, Open Path MS"]
    assert len(parse_block(lines, vocabulary())) == 2  # the reading the fold repairs
    (e,) = _fold(lines)
    assert e.to_expert().to_dict() == {
        "name": "Ilse Marwood",
        "degrees": ["PhD"],
        "titles": ["Senior Programs Consultant"],
        "institution": "Open Path MS",
    }


def test_a_town_line_read_as_a_second_person_is_the_first_ones_place() -> None:
    # "MS" is Mississippi here, read as the town's credential: a second "person"
    lines = ["Gwen Albrecht, RN, BSN", "Traverse City, MS"]
    assert [e.name for e in parse_block(lines, vocabulary())] == ["Gwen Albrecht", "Traverse City"]
    (e,) = _fold(lines, "–")
    assert e.name == "Gwen Albrecht"
    assert e.degrees == ["RN", "BSN"]
    assert e.places == ["Traverse City, MS"] and e.orgs == []


def test_a_canadian_press_province_ends_a_place() -> None:
    # "Red Deer, Alta.": the town and the province as the Canadian Press abbreviates it
    (e,) = parse_block(["Gwen Albrecht, RN, BSN", "Red Deer, Alta."], vocabulary())
    assert e.to_expert().place == "Red Deer, Alta." and e.orgs == []


def test_two_plausible_people_stay_two() -> None:
    lines = ["Ilse Marwood, MD; Tomas Brandt, MD"]
    experts = _fold(lines)
    assert [e.name for e in experts] == ["Ilse Marwood", "Tomas Brandt"]


def test_an_implausible_first_person_keeps_the_block_as_it_was() -> None:
    # the whole block stays unsure: another boundary (after the first line) is the finder's
    parsed = parse_block(["Open Path MS", "Ilse Marwood, PhD"], vocabulary())
    assert fold_implausible(parsed, ["Open Path MS", "Ilse Marwood, PhD"], "", _plausible) == parsed


def test_furniture_is_never_folded_into_an_expert() -> None:
    # "Leave a Reply" after a flat page's signature: page furniture, never an organisation
    first = ParsedExpert(name="Ilse Marwood", name_score=0.7, degrees=["MD"])
    furniture = ParsedExpert(name="Leave a Reply", name_score=1.0, degrees=["MS"])
    experts = [first, furniture]
    lines = ["Ilse Marwood, MD Leave a Reply MS"]
    assert fold_implausible(experts, lines, "", _plausible) == experts
    assert first.orgs == []


def test_the_parse_it_was_given_is_not_changed() -> None:
    # parse_block is cached: the fold must copy the expert it adds to, never edit it
    lines = ["Ilse Marwood, PhD", "Senior Programs Consultant, Open Path MS"]
    before = parse_block(lines, vocabulary())
    _fold(lines)
    _fold(lines)
    assert before[0].orgs == [] and len(before) == 2
    (e,) = _fold(lines)
    assert e.orgs == ["Open Path MS"]


_SURNAMES = ["Marwood", "Albrecht", "Quarrie", "Lindqvist", "Okonkwo", "Brandvold"]
_GIVEN = ["Ilse", "Gwen", "Tomas", "Marta", "Priya", "Anders"]
_ORGS = ["Open Path MS", "Open Door MS", "Clear Water MS"]  # no person: common words, the disease


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["PhD", "MD", "RN, BSN", "MSc"]),
    st.sampled_from(["Senior Programs Consultant", "Director", "Nurse Educator"]),
    st.sampled_from(_ORGS),
)
def test_no_word_of_the_block_is_lost_by_the_fold(
    first: str, last: str, creds: str, title: str, org: str
) -> None:
    lines = [f"{first} {last}, {creds}", f"{title}, {org}"]
    experts = _fold(lines)
    assert len(experts) == 1
    written = " ".join(
        " ".join([e.name, *e.degrees, *e.titles, *e.orgs, *e.places]) for e in experts
    )
    for word in " ".join(lines).replace(",", " ").split():
        assert word in written


def test_the_finder_folds_the_organisation_read_as_a_second_person() -> None:
    # the whole route (find_signature through attribute), not only the fold: the finder calls it
    from msqa_scraper.extract.experts import experts_of_lines

    lines = [
        "A physical or occupational therapist can measure strength during the tasks that tire you.",
        "Psychologist Response:",
        "Ilse Marwood, PhD",
        "Senior Programs Consultant, Open Path MS",
    ]
    (e,) = experts_of_lines(lines)
    assert (e.name, e.degrees, e.institution) == ("Ilse Marwood", ("PhD",), "Open Path MS")
