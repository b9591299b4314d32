"""Round 19, wave 2: English signature blocks after the answer that the finder did not find.

On the newest sets (30 and 31) most English blocks stayed in the answer whole: a link line or a
note under the block ("Learn more", "Back to top", "*N.B: ...", a magazine's disclaimer, an
episode's "Theme:"), a dash item opening with an honorific, a letter's note naming the writer by
the surname, a column's mail-in line. Each test names the form's set/case id and the kind of
site it was seen on; the content is invented, the form is real.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import found

from msqa_scraper.extract.experts import Attribution

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def read(a: Attribution) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    return [(e.name, e.degrees, e.titles, e.institution) for e in a.experts]


# -- a dash item opening with an honorific, a link line under it -------------------------------
# set 30 og02, a hospital's 'in the news' page reposting a TV site's story: '- Dr. Name, Role,
# Role, Centre, Hospital' on its own line under the quote, then 'Learn more'.
def test_a_dash_line_with_an_honorific_over_learn_more_is_the_block():
    a = found(
        "- Dr. Orla Tennant, Director of Neuroimmunology, Brookfield General Hospital",
        "Learn more",
        prose=PROSE,
    )
    assert read(a) == [
        ("Orla Tennant", (), ("Director of Neuroimmunology",), "Brookfield General Hospital")
    ]
    assert a.start == len(PROSE)  # the link line leaves with the block


def test_a_dash_line_of_a_role_and_its_field_is_a_persons_line():
    # the og02 shape itself: a role and its field after the name ("Professor, Neurology")
    a = found(
        "- Dr. Orla Tennant, Professor, Neurology, Brookfield General Hospital",
        "Learn more",
        prose=PROSE,
    )
    assert [e.name for e in a.experts] == ["Orla Tennant"]
    assert a.start == len(PROSE)


def test_a_dash_item_of_things_is_still_no_person():
    a = found("Things that help:", "- Cool showers", "- Dr. Seuss books", prose=PROSE)
    assert a.experts == []


# -- a letter's furniture under the signer: a note and 'Back to top' --------------------------
# set 31 oh42, a neurological charities' alliance re-posting its chief executive's letter to a
# newspaper: name / 'Chief executive, <Alliance>' / '*N.B: ...' / 'Back to top'.
def test_a_note_and_back_to_top_under_a_letters_signer():
    a = found(
        "Bronagh Kilduff",
        "Chief executive, Brain Charities Alliance",
        "*N.B: The debate we mention was moved to the spring.",
        "Back to top",
        prose=PROSE,
    )
    assert read(a) == [("Bronagh Kilduff", (), ("Chief executive",), "Brain Charities Alliance")]
    # the note is a sentence: it stays, and the block with it (no line leaves the answer)
    assert a.start in (None, len(PROSE) + 4)


# -- a magazine's disclaimer under its editor's contact line --------------------------------
# set 30 og45, an MND charity's magazine on a document-sharing site: 'Editorial enquiries:
# Name, Editor, <phone>' / 'The views expressed in this magazine are not ...'.
def test_a_disclaimer_of_views_under_an_editors_contact_line():
    a = found(
        "Editorial and advertising enquiries: Wilhelmina Stroud, Editor, 01632 960555",
        "The views expressed in this magazine are not necessarily those of the charity.",
        prose=PROSE,
    )
    assert [(e.name, e.titles) for e in a.experts] == [("Wilhelmina Stroud", ("Editor",))]
    assert a.start in (None, len(PROSE) + 2)  # the disclaimer is a sentence: all stays


# -- a podcast episode's fields under its hosts ----------------------------------------------
# set 31 oh36, a podcast-summary site's episode page: 'Hosts: A, Ph.D. & B, MD, Ph.D.' /
# 'Theme: ...'.
def test_an_episode_theme_under_the_hosts_label():
    a = found(
        "Hosts: Rosamund Pike-Ellery, Ph.D. & Oswin Tarrant, MD, Ph.D.",
        "Theme: How a relapse is told apart from a bad week.",
        prose=PROSE,
    )
    assert [(e.name, e.degrees) for e in a.experts] == [
        ("Rosamund Pike-Ellery", ("Ph.D.",)),
        ("Oswin Tarrant", ("MD", "Ph.D.")),
    ]


# -- a letter's note naming the writer by the surname ----------------------------------------
# set 30 og21, a newspaper archive's letters page: 'NAME IN CAPITALS' / town / 'Surname is the
# <region> director of <role> for the <society>.'
def test_a_surname_note_under_a_letter_gives_the_role_and_the_employer():
    a = found(
        "BEATRIX L. HOLLOWAY",
        "Westfield",
        "Holloway is the regional director of outreach for the Lakeside MS Society.",
        prose=PROSE,
    )
    assert [(e.name, e.titles, e.institution, e.place) for e in a.experts] == [
        (
            "BEATRIX L. HOLLOWAY",
            ("regional director of outreach",),
            "Lakeside MS Society",
            "Westfield",
        )
    ]


def test_a_note_about_someone_else_is_no_role_of_the_signer():
    a = found(
        "BEATRIX L. HOLLOWAY",
        "Westfield",
        "Marsh is the regional director of outreach for the Lakeside MS Society.",
        prose=PROSE,
    )
    assert all(not e.titles for e in a.experts)


# set 30 og34, a psychiatry journal's article page: 'by Name, MD, JD' / 'Dr. Surname is
# Professor, Department of ..., Director, ..., <university>, <city>, <state>.'
def test_a_bio_note_with_an_honorific_under_a_byline():
    a = found(
        "by Cosmo Ferrante, MD, JD",
        "Dr. Ferrante is Professor, Department of Psychiatry, Northmoor University, Fairview,"
        " Maryland.",
        prose=PROSE,
    )
    assert [(e.name, e.degrees, e.titles[:1]) for e in a.experts] == [
        ("Cosmo Ferrante", ("MD", "JD"), ("Professor, Department of Psychiatry",))
    ]


# -- a column's mail-in line -------------------------------------------------------------------
# set 30 og30, an archived syndicated column: 'Write to Name, M.D., P.O. Box <n>, <City>, <ST>
# <ZIP>.' closing the answer.
def test_a_mail_in_line_names_the_columnist_and_no_address():
    a = found("Write to Ambrose Keplinger, M.D., P.O. Box 5120, Lakemont, FL 32999.", prose=PROSE)
    assert [(e.name, e.degrees, e.institution, e.place) for e in a.experts] == [
        ("Ambrose Keplinger", ("M.D.",), None, None)
    ]
    assert a.start == len(PROSE)


# set 27 ob10, a syndicated newspaper health column: 'Write to <First Last> in care of this
# newspaper.'
def test_a_mail_in_line_in_care_of_the_paper():
    a = found("Write to Harold Vane in care of this newspaper.", prose=PROSE)
    assert read(a) == [("Harold Vane", (), (), None)]


# set 13 r12, a newspaper doctor's Q&A column: 'Write to Dr Surname at <desk>, <paper>,
# <address> or email ...' over the paper's 'Replies should be taken ...' note.
def test_a_mail_in_line_over_the_papers_note():
    a = found(
        "Write to Dr Lindqvist at Your Health, Morning Echo, 4 Quay Street, Tadley or email"
        " health@example.com.",
        "Replies should be taken in a general context.",
        prose=PROSE,
    )
    assert [e.name for e in a.experts] == ["Lindqvist"]
    assert a.start is None or a.start >= len(PROSE) + 2  # the paper's note stays


def test_a_mail_in_line_to_a_desk_or_to_us_names_no_one():
    for line in (
        "Write to us at the clinic, 12 Mill Lane, Tadley.",
        "Write to Health Matters, Evening Courier, 12 Mill Lane.",
        "Write to your neurologist in care of the clinic.",
    ):
        assert found(line, prose=PROSE).experts == [], line


# -- properties -----------------------------------------------------------------------------
LINKS = st.sampled_from(["Learn more", "Read more", "Continue reading…", "Back to top"])
SIGNERS = st.sampled_from(
    [
        ("Orla Tennant", "Director of Neuroimmunology", "Brookfield General Hospital"),
        ("Pascoe Winterbourne", "Clinical Nurse Specialist", "Harbour MS Clinic"),
        ("Ysolde Marchbank", "Consultant Neurologist", "Kestrel Valley Hospital"),
    ]
)


@settings(max_examples=30, deadline=None)
@given(SIGNERS, LINKS)
def test_a_link_line_under_a_block_changes_nothing_it_reads(signer, link):
    name, role, org = signer
    plain = found(name, f"{role}, {org}", prose=PROSE)
    linked = found(name, f"{role}, {org}", link, prose=PROSE)
    assert read(linked) == read(plain) == [(name, (), (role,), org)]
    assert linked.start == plain.start == len(PROSE)


BOXES = st.tuples(
    st.integers(min_value=10, max_value=99999),
    st.sampled_from(["Lakemont, FL", "Tadley, OH", "Northgate, TX"]),
    st.integers(min_value=10000, max_value=99999),
)


@settings(max_examples=30, deadline=None)
@given(SIGNERS, st.sampled_from(["M.D.", "MD", "Ph.D.", "RN"]), BOXES)
def test_a_mail_in_line_reads_the_name_and_degree_whatever_the_box(signer, degree, box):
    number, town, zipcode = box
    a = found(f"Write to {signer[0]}, {degree}, P.O. Box {number}, {town} {zipcode}.", prose=PROSE)
    assert read(a) == [(signer[0], (degree,), (), None)]
    assert [e.place for e in a.experts] == [None]


@settings(max_examples=20, deadline=None)
@given(SIGNERS, st.sampled_from(["Westfield", "Bellefonte"]))
def test_a_surname_note_gives_the_signers_role(signer, town):
    name, role, org = signer
    a = found(name, town, f"{name.split()[-1]} is the {role} at {org}.", prose=PROSE)
    assert [(e.name, e.titles, e.institution, e.place) for e in a.experts] == [
        (name, (role,), org, town)
    ]


# set 20 d21, a clinic's team page: a card's last line is a link to the profile, ending in an
# arrow ('See <Name>'s profile →'); set 22 f31, a charity's news page: 'Page Tags:' under the
# quoted officer. A link's text and a tag box are furniture under the block.
def test_an_arrowed_link_line_under_a_block_is_furniture():
    a = found(
        "Pascoe Winterbourne",
        "Clinical Nurse Specialist, Harbour MS Clinic",
        "See Pascoe's profile →",
        prose=PROSE,
    )
    assert read(a) == [
        ("Pascoe Winterbourne", (), ("Clinical Nurse Specialist",), "Harbour MS Clinic")
    ]
    assert a.start == len(PROSE)


def test_a_sentence_ending_in_an_arrow_is_no_link():
    a = found(
        "Pascoe Winterbourne",
        "Clinical Nurse Specialist, Harbour MS Clinic",
        "We will talk about this again next month →",
        prose=PROSE,
    )
    assert a.start != len(PROSE)  # a sentence never leaves the answer
