"""Round 13, the fields of stacked and author blocks (segment.py): a line is typed by the evidence
it holds wherever it stands in the block (a line of credentials is degrees; a labelled register
number or a letter's record is no field), footnote marks are matched between an author line and
its affiliation lines, a fellowship's bracketed post-nominal is a degree. Every example is
invented; the comment names the yardstick case (set/id) and the public page the form was seen
on."""

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, parsed
from test_signature_field_typing import FIRST, LAST, ORGS, ROLES

from msqa_scraper.extract.signature import parse_block, vocabulary
from msqa_scraper.extract.signature.segment import (
    _fellowships,
    _glued_marks,
    _record_line,
    _unglued_breaks,
)

# -- a line of credentials is the expert's degrees wherever it stands ---------------------------


def test_a_credential_line_under_the_role_is_the_degrees():
    # set 17 a10: a clinic letter's signature section, post-nominals under the role line
    # https://github.com/GIG-Cymru-NHS-Wales/testing/blob/98e5b015076396c09394d13adc387dd21aa0e42c/fabrications/letters/clinical-consultation-letter/index.html
    assert parsed(
        "Dr. Morwenna T. Quillan",
        "Consultant Neurologist",
        "MBBCh, MD, FRCP",
        "Kestrel Health Board",
    ) == [
        E(
            "Morwenna T. Quillan",
            ("MBBCh", "MD", "FRCP"),
            ("Consultant Neurologist",),
            "Kestrel Health Board",
        )
    ]


def test_a_credential_line_of_uk_pharmacy_post_nominals():
    # set 17 a12: a pharmacy letter, 'MPharm, MRPharmS' under 'Superintendent Pharmacist'
    # https://github.com/GIG-Cymru-NHS-Wales/testing/blob/4e1f71280e61531a2ae16427c8d1d9cde01227c9/fabrications/letters/pharmacy-prescription-renewal-letter/index.html
    assert parsed(
        "Mrs Gwenllian Rhys", "Superintendent Pharmacist", "MPharm, MRPharmS", "Quayside Pharmacy"
    ) == [
        E(
            "Gwenllian Rhys",
            ("MPharm", "MRPharmS"),
            ("Superintendent Pharmacist",),
            "Quayside Pharmacy",
        )
    ]


def test_a_degree_with_its_subject_on_a_credential_line():
    # set 17 a11: an optometrist's letter, 'BSc (Hons) Optometry, FBCO, MCOPTOM' over the role
    # https://github.com/GIG-Cymru-NHS-Wales/testing/blob/78067a1e9ace8c04e4caa931d3ef1b7b0a0730b8/fabrications/letters/eye-exam-letter/index.html
    assert parsed(
        "Mr. Idris P. Vaughan",
        "BSc (Hons) Optometry, FBCO, MCOptom",
        "Specialist Optometrist",
        "Harbour Vision Centre",
    ) == [
        E(
            "Idris P. Vaughan",
            ("BSc (Hons) Optometry", "FBCO", "MCOptom"),
            ("Specialist Optometrist",),
            "Harbour Vision Centre",
        )
    ]


def test_a_state_alone_under_a_city_is_no_credential_line():
    # "MD" alone is Maryland's abbreviation as much as a degree: alone on its line it is no
    # line of credentials
    got = parsed("Ingrid Holm, RN", "Harbour Clinic", "Baltimore", "MD")
    assert got[0].degrees == ("RN",)


def test_a_line_of_words_is_no_credential_line():
    # a subject needs a listed credential before it; an organisation's words are no subject
    got = parsed("Ana Okafor, RN", "Nurse Practitioner", "MSc Neurology Associates")
    assert got[0].degrees == ("RN",)


LISTED = ["RN", "MSN", "PhD", "MBBCh", "FRCP", "MPharm", "MRPharmS", "DPT", "MSCN"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.lists(st.sampled_from(LISTED), min_size=1, max_size=3, unique=True),
    st.lists(st.sampled_from(ROLES) | st.sampled_from(ORGS), max_size=2, unique=True),
    st.data(),
)
def test_a_credential_line_anywhere_reads_as_the_credentials_after_the_name(
    first, last, creds, rest, data
):
    name = f"{first} {last}"
    at = data.draw(st.integers(min_value=0, max_value=len(rest)))
    stacked = [name, *rest[:at], ", ".join(creds), *rest[at:]]
    assert parsed(*stacked) == parsed(f"{name}, {', '.join(creds)}", *rest)


# -- a labelled record is no field --------------------------------------------------------------


def test_register_numbers_and_a_letters_records_are_no_field():
    # set 17 a10 ('GMC: number', 'Dictated: date / Typed: date / Authorised: date'), a11 ('GOC
    # Registration: number', 'Ref: code'): a register's number and a letter's administration
    assert parsed(
        "Dr. Morwenna T. Quillan",
        "Consultant Neurologist",
        "Kestrel Health Board",
        "GMC: 1234567",
        "Dictated: 11/02/2024",
        "Typed: 12/02/2024",
        "Ref: KH-NE-2024-0211",
    ) == [E("Morwenna T. Quillan", (), ("Consultant Neurologist",), "Kestrel Health Board")]


def test_record_line_reads_each_kind():
    v = vocabulary()
    for line in (
        "GMC: 1234567",
        "GOC Registration: 01-23456",
        "Examination: 02/03/2024",
        "Ref: KH-NE-2024-0211",
        "GMC No. 1234567",
        "NMC Number: 12A3456E",
        "Dictated:",  # its date cut off as page metadata by the finder
    ):
        assert _record_line(line, v), line
    for line in (
        "Kestrel Health Board",
        "12 Harbour Road, Leeds",
        "Dr Ana Holm: 14 May",  # a person's name is no label
        "Consultant Neurologist:",  # a role is no record's label
        "Suite 4, Floor 2",
    ):
        assert not _record_line(line, v), line


RECORDS = ["GMC: 7654321", "Typed: 04/09/2025", "Ref: WV-RE-2025-0902", "GOC Registration: 8765"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.lists(st.sampled_from(ROLES) | st.sampled_from(ORGS), max_size=2, unique=True),
    st.sampled_from(RECORDS),
    st.data(),
)
def test_a_record_line_anywhere_changes_no_expert(first, last, rest, record, data):
    lines = [f"Dr {first} {last}", *rest]
    at = data.draw(st.integers(min_value=1, max_value=len(lines)))
    assert parsed(*lines[:at], record, *lines[at:]) == parsed(*lines)


# -- footnote marks between an author line and its affiliation lines ----------------------------


def test_roman_marks_glued_to_names_and_affiliations():
    # set 19 c28: a journal's author line, roman numerals glued to the names and to the
    # openings of the affiliation lines, credentials first in an affiliation
    # http://www.scielo.org.za/scielo.php?script=sci_arttext&pid=S0256-95742008000500024&lng=pt&nrm=iso&tlng=en
    assert parsed(
        "Sipho MabenaI; Naledi KhumaloII",
        "IPhD, FCP (SA); Department of Neurology, Kestrel University, Kimberley",
        "IIMultiple Sclerosis Society of the Karoo",
    ) == [
        E(
            "Sipho Mabena",
            ("PhD", "FCP (SA)"),
            (),
            "Department of Neurology, Kestrel University",
            "Kimberley",
        ),
        E("Naledi Khumalo", (), (), "Multiple Sclerosis Society of the Karoo"),
    ]


def test_a_name_ending_in_a_capital_i_without_affiliation_lines_is_no_mark():
    lines = ["Ana HolmI; Mei LiII", "Harbour Clinic"]  # no line opens with a numeral
    assert _glued_marks(lines) == lines
    assert _glued_marks(["Ana HolmI", "IPhD"]) == ["Ana Holm 1", "1 PhD"]
    # every mark of the author line must open a line, and only those
    assert _glued_marks(["Ana HolmI; Mei NakamuraII", "IPhD"]) == [
        "Ana HolmI; Mei NakamuraII",
        "IPhD",
    ]


def test_a_numbered_list_started_again_is_the_affiliations():
    # set 19 c27: numbered authors ('1. Name*,' / '2. Name'), then the affiliations numbered
    # again from 1; the asterisk marks the corresponding author, no part of the name
    # https://pn.bmj.com/content/2/4/234
    assert parsed(
        "1. Mere Tawhiri*,",
        "2. Callum Ashby",
        "1. *Department of Neurology, Harbour Hospital, Nelson",
        "2. Kestrel University, Timaru",
    ) == [
        E("Mere Tawhiri", (), (), "Department of Neurology, Harbour Hospital", "Nelson"),
        E("Callum Ashby", (), (), "Kestrel University", "Timaru"),
    ]


def test_affiliations_that_run_into_each_other_are_no_one_s():
    # set 19 c27 ('1. *Town and' / '2. Town, Country'): one phrase parted by the numbering
    assert parsed(
        "1. Mere Tawhiri*,", "2. Callum Ashby", "1. *Nelson and", "2. Timaru, New Zealand"
    ) == [E("Mere Tawhiri"), E("Callum Ashby")]


# -- a fellowship's bracketed post-nominal is a degree ------------------------------------------


def test_fellowships_with_their_post_nominals_are_the_degrees():
    # set 19 c35: a guest consultant's bio line naming two fellowships with bracketed acronyms,
    # the first bracket glued to the word
    # https://olasmedicalblog.com/posts/
    assert parsed(
        "Dr Chidi Okonkwo",
        "A Fellow of the Coastal College of Physicians(FCCP), and also a Fellow of the Harbour "
        "Postgraduate Medical College (FHPMC).",
    ) == [E("Chidi Okonkwo", ("FCCP", "FHPMC"))]


def test_fellowships_reads_only_a_line_of_fellowships():
    assert _fellowships("a Member of the Kestrel Academy of Neurology (MKAN)") == "MKAN"
    # the post-nominal opens with the head's initial: "(MSAA)" after "Fellow" is the body's own
    assert _fellowships("a Fellow of the MS Association of America (MSAA)") is None
    # other words on the line: a sentence about the expert, read as before
    assert _fellowships("She is a Fellow of the Coastal College of Physicians (FCCP).") is None
    assert _fellowships("Director of the Harbour MS Centre (HMSC)") is None


# -- honorific after the name, a role's acronym after the name ----------------------------------


def test_an_honorific_in_brackets_after_the_name():
    # set 19 c14: a letters page, 'NAME (Dr), role, organisation'
    # https://www.theage.com.au/articles/2002/09/07/1031115956287.html
    assert parsed("BRIDGET O'SHEA (Dr), chairwoman, Coastal MS Nurses Network") == [
        E("BRIDGET O'SHEA", (), ("chairwoman",), "Coastal MS Nurses Network")
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(["Dr", "Prof"]))
def test_an_honorific_after_the_name_reads_as_the_one_before(first, last, honorific):
    after = parsed(f"{first} {last} ({honorific}), chairwoman, Coastal MS Nurses Network")
    assert after == parsed(f"{honorific} {first} {last}, chairwoman, Coastal MS Nurses Network")


def test_a_role_acronym_after_a_mixed_case_name():
    # set 19 c15: a trade paper's readers' page, 'Dr Name GP, City, State'
    # https://viewer.joomag.com/ausdoc-12th-dec/0700235001765150436/p17
    assert parsed("Dr Meera Pillai GP, Bendigo, Vic") == [
        E("Meera Pillai", (), ("GP",), None, "Bendigo, Vic")
    ]
    # only a name in mixed case: in capitals ("HAMISH TREVALLY CEO", set 6 x33) the words'
    # kinds decide as before
    assert parsed("Dr Meera Pillai, GP") == parsed("Dr Meera Pillai GP")


# -- a degree still studied for is a title ------------------------------------------------------


def test_a_candidate_for_a_degree_is_a_title():
    # set 18 b25: a pharmacy trade page's byline, three 'Name, PharmD Candidate' after semicolons
    # https://github.com/silverfoxy/JSCryptoMinerStudy/blob/afccd315654b9e4091c20fd0c385a89b1bbb3b3c/pagesource/pharmacytimes.com
    assert parsed(
        "Rosa Lindqvist, PharmD Candidate; Emeka Abara, PharmD Candidate; Mei Holm, DNP Student"
    ) == [
        E("Rosa Lindqvist", (), ("PharmD Candidate",)),
        E("Emeka Abara", (), ("PharmD Candidate",)),
        E("Mei Holm", (), ("DNP Student",)),
    ]


# -- places after a letter writer's credentials -------------------------------------------------


def test_a_town_after_the_credentials_without_a_comma():
    # set 19 c06, c07: a national paper's letters page, 'Name MD Town, Prov.' and 'Name MD Town'
    # https://www.theglobeandmail.com/opinion/letters/article-do-we-really-need-provinces-fixing-health-care-in-canada-plus-other/
    assert parsed("Anil Castellane MD Brandon, Man.") == [
        E("Anil Castellane", ("MD",), (), None, "Brandon, Man.")
    ]
    assert parsed("Odile Penhallow MD Halifax") == [
        E("Odile Penhallow", ("MD",), (), None, "Halifax")
    ]


def test_a_canadian_press_province_under_the_credentials():
    # set 19 c20: a nursing magazine's feedback page, 'Name, RN, BSN' / 'Town, Prov.'
    # https://canadian-nurse.com/en/articles/issues/2017/january-february-2017/feedback
    assert parsed("Greta Lindqvist, RN, BSN", "Red Deer, Alta.") == [
        E("Greta Lindqvist", ("RN", "BSN"), (), None, "Red Deer, Alta.")
    ]


# -- lines glued where a scrape dropped the breaks ----------------------------------------------


def test_lines_glued_without_breaks_are_parted():
    # set 18 b10: a counselling site's answer, 'Name PhD' glued to the role, the state and
    # country glued to the practice's domain, the domain to the telephone number
    # https://github.com/nbertagnolli/counsel-chat/blob/e202e19c5002482f4f6631af754c276dd9adf7f2/data/20200325_counsel_chat.csv#L2985
    assert parsed(
        "Tomasz Abara PhDLicensed Professional Counselor GA, USACalmPath.example.com555.201.0199"
    ) == [E("Tomasz Abara", ("PhD",), ("Licensed Professional Counselor",), None, "GA, USA")]


def test_glued_words_part_only_on_evidence():
    v = vocabulary()
    for text in (
        "MSTrack Foundation",
        "MDAnderson Cancer Center",
        "Ian McDonald",
        "Ana DeVries",
        "PT PhD MScNeuro MScPT",  # set 19 c26: a degree glued to its subject is one credential
    ):
        assert _unglued_breaks(text, v) == text  # a brand's or a name's own capitals
    assert _unglued_breaks("Ana Holm PhDNurse Specialist", v) == "Ana Holm PhD Nurse Specialist"


def test_a_credential_with_a_countrys_abbreviation_in_brackets():
    # set 19 c28 ('FCP (SA)'): as 'MRCP(UK)' glued on
    got = parse_block(["Sipho Mabena, FCP (SA), MRCP (UK)"])
    assert got[0].degrees == ["FCP (SA)", "MRCP (UK)"]


# -- a team above its organisation is no institution of its own ---------------------------------


def test_a_team_above_its_organisation_is_no_institution():
    # set 17 a15: a vaccination reminder letter, the team line, then the health board
    # https://github.com/GIG-Cymru-NHS-Wales/testing/blob/d6b008779b1f68ef7a9699e94306b7d230f529bd/fabrications/letters/vaccination-reminder-letter/index.html
    assert parsed(
        "Dr. Carys Monk",
        "Consultant in Public Health Medicine",
        "Harbourside Immunisation Team",
        "Harbourside and Moor Health Board",
    ) == [
        E(
            "Carys Monk",
            (),
            ("Consultant in Public Health Medicine",),
            "Harbourside and Moor Health Board",
        )
    ]


def test_a_team_alone_or_in_a_role_stays():
    # no organisation under it: the team is what the block names; "Team Leader" is a role
    assert parsed("Dr. Carys Monk", "Harbourside Immunisation Team")[0].institution == (
        "Harbourside Immunisation Team"
    )
    assert parsed("Dr. Carys Monk", "MS Team Leader", "Harbour Hospital") == [
        E("Carys Monk", (), ("MS Team Leader",), "Harbour Hospital")
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ROLES), st.data())
def test_a_team_line_above_an_organisation_changes_nothing_else(first, last, role, data):
    org = data.draw(st.sampled_from(ORGS))
    team = data.draw(st.sampled_from(["Kestrel Neurology Team", "Community MS Team"]))
    lines = [f"Dr {first} {last}", role, org]
    assert parsed(*lines[:2], team, *lines[2:]) == parsed(*lines)


def test_a_dotted_run_that_repeats_a_credential_stays_one_token():
    # drawn by test_a_credential_shaped_token_in_the_run_is_a_degree: "B.A.B.A." parted into
    # "B.A." twice; nobody lists a degree twice, so the run is the one token written
    assert parse_block(["Ana Holm, B.A.B.A."])[0].degrees == ["B.A.B.A."]
    # dotted single letters are one acronym's, whatever they spell ("B.C.B.A.")
    assert parse_block(["Ana Holm, B.C.B.A."])[0].degrees == ["B.C.B.A."]


def test_names_in_capitals_under_a_collective_closing_are_people_not_credential_lines():
    # a group of physicians' letter to a local paper, one "NAME IN CAPITALS, MD" a line
    # (https://scnow.com/opinion/letters/letter-to-the-editor-getting-vaccine-is-an-act-of-strength/
    # article_d787a672-06b1-11ec-9649-47742c3fe15e.html): each line's name is credential-shaped
    # word by word, but a part of several unlisted capitals words is a name
    lines = [
        "MARTA L. OYELARAN, MD",
        "JONAS WEKESA, MD FACP",
        "OKSANA MELNYK, MD",
    ]
    got = [(e.name, list(e.degrees)) for e in parse_block(lines, vocabulary())]
    assert got == [
        ("MARTA L. OYELARAN", ["MD"]),
        ("JONAS WEKESA", ["MD", "FACP"]),
        ("OKSANA MELNYK", ["MD"]),
    ]
