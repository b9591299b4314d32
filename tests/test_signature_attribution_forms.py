"""Forms of development sets 17-19 read by a general rule each (people and places invented):

- a quotation dash, the horizontal bar '―', before an endorsement's signer
  (https://github.com/jcavell/naomifisherpsychology/blob/b0b0647c73252e022cac5a8fc389436a7194378c/
  src/content/book-reviews/psychology-of-mental-health.md);
- the same name twice, an author box over the byline (http://punchng.com/tags/health/): one
  expert (experts.one_each);
- a quotation closing the answer, then "~Name": the quotation's author, not the signer
  (https://github.com/nbertagnolli/counsel-chat/blob/e202e19c5002482f4f6631af754c276dd9adf7f2/
  data/20200325_counsel_chat.csv#L2250; find.quoted_attribution);
- a flat page's comment furniture run into the signature's last part ("Name, MD, Neurologist
  Leave a Reply", the WordPress comment form's heading; the finder's property test draws the
  form on flat pages): never an institution (experts.without_furniture).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import (
    QUOTED,
    attribute,
    experts_of_lines,
    one_each,
    without_furniture,
)
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.given_names import name_lists
from msqa_scraper.extract.signature.mention import read_mention

PROSE = "Rest and pacing help most people with this kind of fatigue."


def _lines(*texts: str) -> list[SigLine]:
    return [SigLine(t, False, True) for t in texts]


# -- the horizontal bar ------------------------------------------------------------------------


def test_a_horizontal_bar_leads_in_a_signature() -> None:
    (e,) = experts_of_lines([PROSE, "― Ilse Marwood, Senior Lecturer, University of Northmoor"])
    assert e.to_dict() == {
        "name": "Ilse Marwood",
        "degrees": [],
        "titles": ["Senior Lecturer"],
        "institution": "University of Northmoor",
    }


def test_a_horizontal_bar_run_on_after_the_last_sentence_leads_in_a_signature() -> None:
    # the inline container: the bar and the signer run on at the end of the last paragraph
    (e,) = experts_of_lines([f"{PROSE} ― Ilse Marwood, Senior Lecturer, University of Northmoor"])
    assert (e.name, e.institution) == ("Ilse Marwood", "University of Northmoor")


# -- the same name twice -----------------------------------------------------------------------


def test_the_same_name_twice_is_one_expert() -> None:
    found = attribute(_lines(PROSE, "Dr. Chinedu Okafor", "Dr. Chinedu Okafor"))
    assert [e.name for e in found.experts] == ["Chinedu Okafor"]
    assert found.start == 1  # both lines leave the answer


def test_one_each_keeps_what_a_later_mention_adds() -> None:
    first = Expert("Ilse Marwood", ("MD",))
    later = Expert("ILSE  MARWOOD", ("MD", "PhD"), ("Neurologist",), "Northgate Clinic", "Leeds")
    assert one_each([first, later]) == [
        Expert("Ilse Marwood", ("MD", "PhD"), ("Neurologist",), "Northgate Clinic", "Leeds")
    ]


def test_two_people_stay_two() -> None:
    a, b = Expert("Ilse Marwood", ("MD",)), Expert("Tomas Brandt", ("MD",))
    assert one_each([a, b]) == [a, b]


_NAMES = st.sampled_from(["Ilse Marwood", "Tomas Brandt", "Gwen Albrecht", "Priya Okafor"])
_EXPERTS = st.builds(
    Expert,
    _NAMES,
    st.lists(st.sampled_from(["MD", "PhD", "RN"]), unique=True, max_size=2).map(tuple),
)


@settings(max_examples=100)
@given(st.lists(_EXPERTS, max_size=4))
def test_one_each_names_each_person_once_in_order(experts: list[Expert]) -> None:
    names = [e.name for e in one_each(experts)]
    assert names == list(dict.fromkeys(e.name for e in experts))
    assert one_each(one_each(experts)) == one_each(experts)


# -- a quotation's source ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "mark"),
    [
        ('"We heal when we are seen and heard without judgment."', "~"),
        ("“Small steps, taken daily, carry us far.”", "— "),
        ('"Patience is a form of courage".', "– "),
    ],
)
def test_a_bare_name_under_a_quotation_is_its_source(quote: str, mark: str) -> None:
    found = attribute(_lines(PROSE, quote, f"{mark}Clara Westbrook"))
    assert found.experts == []
    assert found.start is None  # the quotation and its source stay in the answer
    assert found.problem == QUOTED


def test_a_bare_name_under_a_quotation_on_the_same_line_is_its_source() -> None:
    found = attribute(_lines(PROSE, '"We heal when we are seen and heard." ~Clara Westbrook'))
    assert found.experts == [] and found.start is None


def test_a_bare_name_under_prose_still_signs() -> None:
    found = attribute(_lines(PROSE, "We heal when we are seen and heard.", "~Clara Westbrook"))
    assert [e.name for e in found.experts] == ["Clara Westbrook"]


def test_a_credentialed_name_under_a_quotation_still_signs() -> None:
    found = attribute(_lines(PROSE, '"We heal when we are seen."', "~Clara Westbrook, LMFT"))
    assert [e.name for e in found.experts] == ["Clara Westbrook"]


def test_a_sentence_holding_a_quotation_is_no_quotation() -> None:
    text = 'My patients say "slow down" more than anything else, and "rest" too.'
    found = attribute(_lines(PROSE, text, "~Clara Westbrook"))
    assert [e.name for e in found.experts] == ["Clara Westbrook"]


# -- page furniture is never a part of an expert -----------------------------------------------


def test_comment_furniture_run_into_the_role_is_no_institution() -> None:
    (e,) = experts_of_lines([PROSE, "Marta Lindqvist, MD, Neurologist Leave a Reply"])
    assert e.institution is None and e.titles == ("Neurologist",)


def test_furniture_after_an_institution_is_cut_from_it() -> None:
    (e,) = experts_of_lines([PROSE, "Marta Lindqvist, MD, Northgate Clinic Leave a Reply"])
    assert e.institution == "Northgate Clinic"


def test_an_institution_with_one_furniture_word_stays_whole() -> None:
    (e,) = experts_of_lines([PROSE, "Marta Lindqvist, MD, Home Care Services"])
    assert e.institution == "Home Care Services"


_PHRASES = sorted(x for x in name_lists().furniture if " " in x)


@settings(max_examples=100)
@given(
    st.sampled_from(["Northgate Clinic", "Larkfield MS Centre", "University of Westhaven"]),
    st.sampled_from(_PHRASES),
    st.sampled_from([str.title, str.lower, str.upper]),
    st.sampled_from(["", "Cancel reply", "Posted in News"]),
)
def test_no_furniture_phrase_survives_in_an_institution(
    org: str, phrase: str, case: Callable[[str], str], after: str
) -> None:
    e = without_furniture(Expert("Marta Lindqvist", ("MD",), (), f"{org} {case(phrase)} {after}"))
    assert e.institution == org


# -- a credit inside a pointer to another text -------------------------------------------------


def _mention(sentence: str) -> list[Expert]:
    found = read_mention([SigLine(PROSE, False, True), SigLine(sentence, False, True)])
    return found.experts if found else []


@pytest.mark.parametrize("verb", ["Read", "See", "Watch", "Download"])
def test_a_credit_in_a_pointer_to_another_text_names_no_answerer(verb: str) -> None:
    # the role shape claims "dentist" (no list word): the frame alone must refuse the credit
    assert (
        _mention(f"{verb} the guide written by Dr Helen Marsh, a dentist at Northgate Clinic.")
        == []
    )


def test_a_credit_of_this_text_names_its_author() -> None:
    (e,) = _mention("This article was written by Dr Helen Marsh, a dentist at Northgate Clinic.")
    assert e.name == "Helen Marsh" and e.titles == ("dentist",)


# -- a letters page: its heading label, its towns' provinces and states ------------------------


def test_a_letters_page_heading_is_a_label() -> None:
    # "Letter of the week: Dr Name, Town" (https://nzherald.co.nz/nz/letters-delivering-
    # healthcare-cross-leases-rsa-facilities-steve-braunias-and-the-bayfair-flyover/
    # RVLOEUB6S5AODIMM4IGDA3BHNY)
    found = attribute(_lines(PROSE, "Letter of the week: Dr K. Mere Tawhiri, Whakatāne"))
    assert [e.name for e in found.experts] == ["K. Mere Tawhiri"] and found.start == 1


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # https://www.theglobeandmail.com/opinion/letters/article-do-we-really-need-provinces-
        # fixing-health-care-in-canada-plus-other/ : "Name MD Town, Man."
        ("Priya Okafor MD Brandon, Man.", "Brandon, Man."),
        ("Priya Okafor MD Lethbridge, Alta.", "Lethbridge, Alta."),
        # https://viewer.joomag.com/ausdoc-12th-dec/0700235001765150436/p17 : "Town, Vic"
        ("Dr Lena Marsh Neurologist, Kelso Bay, Tas", "Kelso Bay, Tas"),
        ("Dr Lena Marsh Neurologist, Larkfield, Qld", "Larkfield, Qld"),
    ],
)
def test_a_province_or_state_as_the_press_abbreviates_it_ends_a_place(
    line: str, place: str
) -> None:
    (e,) = experts_of_lines([PROSE, line])
    assert e.place == place and e.institution is None


@pytest.mark.parametrize(
    ("lines", "institution", "place"),
    [
        # https://irishtimes-irishtimes-prod.web.arc-cdn.net/opinion/letters/overcrowding-in-a-e-
        # units-1.454047 : "Dr NAME, Role, Hospital, Dublin 7." on one line
        (
            ["Dr MAEVE KINSELLA, Consultant Neurologist, St Aidan's Hospital, Dublin 7."],
            "St Aidan's Hospital",
            "Dublin 7.",
        ),
        # https://irishtimes.com/opinion/letters/cancer-care-in-ireland-1.1046716 : each part on
        # its own line, the district's last
        (
            ["Dr ROISIN HEALY,", "St Aidan's Hospital,", "Dublin 11."],
            "St Aidan's Hospital",
            "Dublin 11.",
        ),
    ],
)
def test_a_city_and_its_postal_district_is_a_place(
    lines: list[str], institution: str, place: str
) -> None:
    (e,) = experts_of_lines([PROSE, *lines])
    assert e.institution == institution and e.place == place


def test_a_gazetteer_town_and_its_compass_point_is_a_place() -> None:
    # http://www.theage.com.au/comment/the-age-letters/the-high-cost-of-those-trivial-
    # complaints-20140105-30bo0.html : "Name, GP, Suburb North" on a letters page
    (e,) = experts_of_lines([PROSE, "Imogen Farrow, GP, Croydon North"])
    assert e.titles == ("GP",) and e.place == "Croydon North" and e.institution is None


def test_a_gazetteer_town_written_with_its_marks_is_a_place() -> None:
    # https://nzherald.co.nz/nz/letters-delivering-healthcare-cross-leases-rsa-facilities-steve-
    # braunias-and-the-bayfair-flyover/RVLOEUB6S5AODIMM4IGDA3BHNY : "Dr Name, Whakatāne" (the
    # gazetteer's ASCII name is "Whakatane")
    (e,) = experts_of_lines([PROSE, "Dr Aroha Ngata, Whakatāne"])
    assert e.place == "Whakatāne" and e.institution is None
