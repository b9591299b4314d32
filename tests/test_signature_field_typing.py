"""Round 11, field typing: each part of a signature block find has found gets a type by evidence
before a field takes it (segment.py: no_field, degree_shaped, the town gazetteer, role and
organisation heads). Every example is invented; the comment names the yardstick case (set/id)
the class was seen in. A part no evidence types stays the segmentation's."""

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found, parsed

from msqa_scraper.extract.signature import parse_block, vocabulary
from msqa_scraper.extract.signature.find import _places_run
from msqa_scraper.extract.signature.segment import degree_shaped, is_town, no_field

# -- signature text of no field: dates, years, copyright and credit trailers, contact data -----


def test_a_date_after_a_role_is_no_institution():
    # set 9 k01 ("By Dr. Name, Director May 9,2016")
    assert parsed("Dr. Odile Sandford, Director June 3,2019") == [
        E("Odile Sandford", (), ("Director",))
    ]


def test_a_copyright_line_is_no_institution():
    # set 9 k04 ("By Dr. Name • Copyright 1999")
    assert parsed("Dr. Bertil Ashgrove • Copyright 2004") == [E("Bertil Ashgrove")]


def test_a_reprint_credit_is_no_institution():
    # set 10 m03 ("Reproduced with the kind permission of <outlet>")
    assert parsed("Fenella Marsh", "Reprinted with the permission of Harbour Weekly") == [
        E("Fenella Marsh")
    ]


def test_a_trailer_that_opens_its_line_takes_the_line():
    # set 6 x15 ("Posted in Charity, Events, Fundraising" under the role line)
    assert parsed(
        "Bronagh Teale", "Events Officer, MS-Lantern", "Posted in News, Walks, Appeals"
    ) == [E("Bronagh Teale", (), ("Events Officer",), "MS-Lantern")]


def test_page_furniture_under_a_name_is_no_field():
    # set 11 p13 ("Dr. A & Dr. B / Recent Posts / See All")
    assert parsed("Dr. Tamsin Rowe", "Recent Posts", "See All") == [E("Tamsin Rowe")]


def test_a_typists_reference_is_no_field():
    # set 11 p20 ("Name, M.D. / /c RLT")
    assert parsed("Osric Penhallow, M.D.", "/jm KLT") == [E("Osric Penhallow", ("M.D.",))]


def test_a_column_number_is_no_place():
    # set 11 p05 (http://www.oucom.ohiou.edu/communications/FamilyMedicine/2011/3429.htm: a
    # syndicated column's number and series code under the college's name)
    assert parsed(
        "Ysolde Carrick, D.O.", "Professor of Family Medicine", "Harbour College", "5210-FM"
    ) == [E("Ysolde Carrick", ("D.O.",), ("Professor of Family Medicine",), "Harbour College")]


def test_a_captions_action_is_no_institution():
    # set 27 ob29 (https://www.singhealth.com.sg/news/awards/exploring-the-ms-brain.html: a photo
    # caption "<rank> <Name> receiving the <award> <year>")
    assert parsed("Asst Prof Lim Wei Ling receiving the Harbour Research Award 2024") == [
        E("Lim Wei Ling")
    ]


def test_a_specialty_after_a_title_is_a_title():
    # set 18 b17 (https://github.com/silverfoxy/JSCryptoMinerStudy/blob/afccd315654b9e4091c20fd0c
    # 385a89b1bbb3b3c/pagesource/healthcaremagic.com: "Dr. Name, Pediatrician, Pulmonology")
    assert parsed("Dr. Anand, Pediatrician, Pulmonology") == [
        E("Anand", (), ("Pediatrician", "Pulmonology"))
    ]


def test_a_body_then_its_lower_case_role_before_the_name():
    # set 10 m26 (https://www.thehindu.com/news/cities/Kochi/early-detection-makes-progression-
    # of-ms-slower/article24428889.ece: a caption "<Body> national secretary <Name>.")
    assert parsed("Fjord Neuro Society of Norway national secretary Ingrid Dahl") == [
        E("Ingrid Dahl", (), ("national secretary",), "Fjord Neuro Society of Norway")
    ]


def test_no_field_reads_each_kind():
    v = vocabulary()
    for text in ("May 9", "2016", "Copyright 1999", "© 2020 Harbour Press", "jo@example.org"):
        assert no_field(text, v), text
    for text in ("Harbour Clinic", "Director", "Boise", "8th Floor", "Wexcombe WX1 8AA"):
        assert not no_field(text, v), text


# -- credentials: listed or of a credential's shape, anywhere in the run after the name ---------


def test_every_credential_of_the_run_is_a_degree():
    # set 10 m02 ("Name, DNP, ARNP-c, MSCN / President ...")
    assert parsed("Liesel A. Brandvold, DNP, APRN-c, MSCN", "Nurse Practitioner") == [
        E("Liesel A. Brandvold", ("DNP", "APRN-c", "MSCN"), ("Nurse Practitioner",))
    ]


def test_a_dotted_credential_before_a_joiner():
    # set 11 p27 ("By Name, P.N.P. for Orchard Lane Pediatrics")
    assert parsed("Corisande Vail, P.N.P. for Meadow Lane Pediatrics") == [
        E("Corisande Vail", ("P.N.P.",), (), "Meadow Lane Pediatrics")
    ]


def test_credential_shape_is_no_place():
    v = vocabulary()
    assert degree_shaped("ARNP-c", v) and degree_shaped("P.N.P.", v)
    assert not degree_shaped("U.K.", v) and not degree_shaped("WA", v)


# -- places: a one-word town of the gazetteer alone in its part ---------------------------------


def test_a_town_line_under_the_name_is_the_place():
    # set 8 u30 ("Name, MD / Rehoboth"), u32 ("Dr. Name / Sequim")
    assert is_town("Brenham") and not is_town("Hospital")
    assert parsed("Imelda Crosthwaite, MD", "Brenham") == [
        E("Imelda Crosthwaite", ("MD",), (), None, "Brenham")
    ]


def test_a_street_names_an_address_only_when_its_word_ends_it():
    # set 11 p27: "Orchard Lane Pediatrics" is a practice named for its street
    assert parsed("Ines Garbutt, MD, of Birch Lane Paediatrics") == [
        E("Ines Garbutt", ("MD",), (), "Birch Lane Paediatrics")
    ]


# -- roles and organisations --------------------------------------------------------------------


def test_a_relative_clause_stays_with_its_role():
    # set 2 y34 ("Name, MD, neurologist who has MS")
    assert parsed("Anwen Pryce, MD, nurse who has MS") == [
        E("Anwen Pryce", ("MD",), ("nurse who has MS",))
    ]


def test_a_clause_that_names_a_body_leaves_the_role_alone():
    # set 9 k25 ("a neurologist who directs the MS Program at Carrow Medical Center")
    assert parsed(
        "Dr. Idris Penrose, a neurologist who leads the Myelin Program at Tolland Medical Center"
    ) == [E("Idris Penrose", (), ("neurologist",), "Tolland Medical Center")]


def test_a_possessive_keeps_its_abbreviation_and_what_it_owns():
    # set 9 k24 ("director of Eastbrook Hospital’s (EBH) Multiple Sclerosis Center")
    assert parsed(
        "Bryn Castellane, M.D., director of Westmoor Hospital’s (WMH) Multiple Sclerosis Center"
    ) == [
        E(
            "Bryn Castellane",
            ("M.D.",),
            ("director",),
            "Westmoor Hospital’s (WMH) Multiple Sclerosis Center",
        )
    ]


def test_an_object_with_a_lower_case_word_is_the_titles():
    # set 9 k22 ("director of the new MS Center"): no proper name, one title
    assert parsed("Alma Treherne, M.D., director of the new MS Center") == [
        E("Alma Treherne", ("M.D.",), ("director of the new MS Center",))
    ]


# -- properties ----------------------------------------------------------------------------------

FIRST = ["Ana", "Ingrid", "Kwame", "Mei", "Aoife", "Priya", "Tomasz", "Odile"]
LAST = ["Holm", "Okafor", "Lindqvist", "Nakamura", "Abara", "Castellane", "Penhallow"]
CREDS = ["RN", "MSN", "MD", "PhD", "FNP-BC", "MSCN", "DPT"]
ROLES = ["Nurse Practitioner", "Medical Director", "Consultant Neurologist"]
ORGS = ["Harbour Neurology Associates", "Kestrel University Hospital", "Tamarack Health System"]
PLACES = ["Duluth, Minnesota", "Tacoma, Washington", "Halifax, Nova Scotia, Canada"]
NO_FIELD = [
    "May 9, 2016",
    "14 March 2021",
    "03/09/12",
    "Copyright 2019",
    "© 2020 Harbour Press",
    "Posted on 6th Jul 2022",
    "Reprinted with the permission of Lakeside Weekly",
    "jdoe@kestrel.example.edu",
]


@st.composite
def blocks(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    creds = draw(st.lists(st.sampled_from(CREDS), min_size=0, max_size=3, unique=True))
    first = ", ".join([name, *creds])
    rest = draw(
        st.lists(
            st.sampled_from(ROLES) | st.sampled_from(ORGS), min_size=0, max_size=2, unique=True
        )
    )
    if draw(st.booleans()):
        rest.append(draw(st.sampled_from(PLACES)))
    return [first, *rest]


def _experts(lines):
    return [e.to_expert() for e in parse_block(lines)]


@settings(max_examples=150, deadline=None)
@given(blocks(), st.sampled_from(NO_FIELD), st.data())
def test_a_no_field_line_anywhere_changes_no_expert(lines, extra, data):
    at = data.draw(st.integers(min_value=1, max_value=len(lines)))
    assert _experts([*lines[:at], extra, *lines[at:]]) == _experts(lines)


@settings(max_examples=150, deadline=None)
@given(blocks(), st.sampled_from(NO_FIELD[:5]), st.booleans())
def test_a_date_after_a_comma_changes_no_expert(lines, extra, on_first):
    at = 0 if on_first or len(lines) == 1 else len(lines) - 1
    with_it = [*lines[:at], f"{lines[at]}, {extra}", *lines[at + 1 :]]
    assert _experts(with_it) == _experts(lines)


SHAPES = st.from_regex(r"\A[A-Z]{2,5}(?:-[a-zA-Z]{1,2})?\Z|\A(?:[A-Z]\.){2,4}\Z", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(blocks(), SHAPES)
def test_a_credential_shaped_token_in_the_run_is_a_degree(lines, shape):
    v = vocabulary()
    bare = shape.replace(".", "")
    if v.is_place(shape) or v.is_place(bare) or bare in v.condition_words:
        return  # "WA", "U.K.": a state or a country after a name is its place
    if bare in v.role_heads or bare in v.org_heads or bare in v.suffixes:
        return  # a role's or an organisation's head word in capitals, a name's "II"
    first = lines[0]
    name = first.split(",")[0]
    got = _experts([f"{first}, {shape}", *lines[1:]])
    assert [e.name for e in got] == [name]
    # A run of dotted initials may be credentials glued ("M.D.Ph.D."): the shape is read
    # whole or as consecutive degrees that spell it.
    degrees = got[0].degrees
    assert shape in degrees or any(
        "".join(degrees[i:j]) == shape
        for i in range(len(degrees))
        for j in range(i + 2, len(degrees) + 1)
    )


def test_a_dotted_run_splits_only_into_different_credentials():
    # the draw that once failed the property above: "B.A.B.A." is no two degrees of one name
    assert [list(e.degrees) for e in _experts(["Ana Holm, B.A.B.A."])] == [["B.A.B.A."]]
    assert [list(e.degrees) for e in _experts(["Ana Holm, M.D.Ph.D."])] == [["M.D.", "Ph.D."]]


def test_a_class_year_is_no_field():
    # set 9 k03 ("Name, M.D. / GMS '04 / Boise, Idaho")
    assert parsed("Tamsin K. Orde, M.D.", "HMS '07", "Duluth, Minnesota") == [
        E("Tamsin K. Orde", ("M.D.",), (), None, "Duluth, Minnesota")
    ]


PROSE = ["Thank you for writing.", "Most relapses settle within weeks; keep a symptom diary."]


@settings(max_examples=60, deadline=None)
@given(blocks(), st.sampled_from(NO_FIELD), st.data())
def test_an_answer_with_a_no_field_line_names_the_same_expert(lines, extra, data):
    at = data.draw(st.integers(min_value=1, max_value=len(lines)))
    plain = found(*lines, prose=PROSE).experts
    assert found(*lines[:at], extra, *lines[at:], prose=PROSE).experts == plain


def test_two_town_lines_run_together_are_no_name():
    # tests/test_signature_name_plausibility.py's finder property (flat container): "Traverse
    # City" / "Santa Monica" run onto one line read as a four-word name before round 11
    prose = ["Thank you for writing.", "Most relapses settle within weeks."]
    with patch("msqa_scraper.extract.experts.compose_signature", return_value=None):
        assert found("Albert Lea Santa Monica", prose=prose).experts == []  # the finder alone
    assert _places_run("Albert Lea Santa Monica") and not _places_run("Austin Lincoln")
