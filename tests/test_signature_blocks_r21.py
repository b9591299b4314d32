"""Round 21: signature blocks after the prose that the finder got wrong (issue 12).

Journal and booklet author blocks, group lists and credit lines of sets 1-33. Each test names
the form's set/case id and the kind of page it was seen on; the content is invented, the form
is real.
"""

from __future__ import annotations

from signature_helpers import found

from msqa_scraper.extract.experts import Attribution

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def read(a: Attribution) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    return [(e.name, e.degrees, e.titles, e.institution) for e in a.experts]


# -- a numbered author list ----------------------------------------------------------------------
# set 19 c27, a neurology journal's 'Letter from New Zealand' (author list under the title):
# '1. Name*,' / '2. Name', then the affiliations numbered again from 1.
def test_a_numbered_author_list_over_numbered_affiliations_is_the_block():
    a = found(
        "1. Mereana Tahu*,",
        "2. Colin Ashworth",
        "1. *Nelson and",
        "2. Napier, New Zealand; E-mail: mtahu{at}example.org",
        prose=PROSE,
    )
    assert [e.name for e in a.experts] == ["Mereana Tahu", "Colin Ashworth"]
    assert a.start == len(PROSE)  # the affiliations leave with the authors


# set 13 r30, a multi-physician advisory post: a 'Contributors' heading over a numbered list,
# one doctor an item with credentials and a handle after a semicolon.
def test_a_numbered_list_of_contributors_with_handles_is_the_block():
    a = found(
        "Contributors",
        "1. Ingrid Sollberg, M.D.; @isollberg",
        "2. Tomas Varga, MD FACP; @NeuroTomas",
        "3. Amara Obi, MBBS, @DrAmaraO",
        prose=PROSE,
    )
    assert read(a) == [
        ("Ingrid Sollberg", ("M.D.",), (), None),
        ("Tomas Varga", ("MD", "FACP"), (), None),
        ("Amara Obi", ("MBBS",), (), None),
    ]
    assert a.start == len(PROSE)


def test_a_numbered_list_of_things_names_no_one():
    a = found("1. Regular Exercise", "2. Cooling Vests", "3. Afternoon Rest", prose=PROSE)
    assert a.experts == []


# -- a credit's names after a role in the plural ---------------------------------------------------
# set 9 k11, a clinic's page about its patient book: 'Written by doctors A, M.D., and B, Ph.D.,
# LP' (the lower-case plural is the credit's word for both, no one's title).
def test_written_by_doctors_and_two_names_with_credentials():
    a = found(
        "Written by doctors Lukas Brenner, M.D., and Maren T. Oyelaran, Ph.D., LP", prose=PROSE
    )
    assert read(a) == [
        ("Lukas Brenner", ("M.D.",), (), None),
        ("Maren T. Oyelaran", ("Ph.D.", "LP"), (), None),
    ]


def test_written_by_neurologists_and_two_bare_names():
    a = found("Written by neurologists Lukas Brenner and Maren Oyelaran", prose=PROSE)
    assert [(e.name, e.titles) for e in a.experts] == [
        ("Lukas Brenner", ()),
        ("Maren Oyelaran", ()),
    ]


# -- two authors on one line joined by '; and', each with a lower-case role --------------------
# set 5 v48, a UK nursing journal's 'Authors' block: 'Name, lower-case role, Trust, Town; and
# Name, role, School, University, Town.' and the first author's e-mail after the full stop.
def test_two_authors_joined_by_semicolon_and_with_their_towns_and_an_email():
    a = found(
        "Authors",
        "Ffion Rees, continence nurse specialist, Westbay NHS Trust, Leeds; and Omar J Haddad, "
        "associate dean, School of Health Sciences, Harbury University, Leeds. "
        "Email: f.rees@westbay.example.nhs.uk",
        prose=PROSE,
    )
    assert [(e.name, e.titles, e.institution, e.place) for e in a.experts] == [
        ("Ffion Rees", ("continence nurse specialist",), "Westbay NHS Trust", "Leeds"),
        (
            "Omar J Haddad",
            ("associate dean",),
            "School of Health Sciences, Harbury University",
            "Leeds",
        ),
    ]
    assert a.start == len(PROSE)  # the heading and the e-mail leave with the block


def test_a_sentence_that_ends_in_a_town_after_a_comma_is_still_prose():
    from msqa_scraper.extract.signature.segment import is_sentence

    assert is_sentence("Our nurses run clinics across the county, in Harrogate, Leeds.")
    assert is_sentence("Dr. Marsh is Professor of Psychiatry, Northgate University, Leeds.")
    a = found("We now see most of our patients at the new clinic, Leeds.", prose=PROSE)
    assert a.experts == []


# -- authors marked with footnote stars ----------------------------------------------------------
# set 33 oj28, an open-access psychology journal's article page: 'Name *; Name **; Name ***'
# (one, two, three stars, semicolons between), the university under it, then a link line to
# the correspondence address.
def test_starred_authors_parted_by_semicolons_share_the_affiliation_under_them():
    a = found(
        "Marta Lindqvist Sousa *; Rui Alves Pinto **; Clara M. Reis Lobo ***",
        "University of Northbay",
        prose=PROSE,
    )
    assert read(a) == [
        ("Marta Lindqvist Sousa", (), (), "University of Northbay"),
        ("Rui Alves Pinto", (), (), "University of Northbay"),
        ("Clara M. Reis Lobo", (), (), "University of Northbay"),
    ]


# set 33 oj07, a psychiatry portal's reprint of a journal review: 'I. Name*, I. Name**, I. Name*'
# over one affiliation line per star mark ('* Unit, Hospital', '** Unit, University').
def test_starred_affiliation_lines_go_to_the_authors_with_those_stars():
    a = found(
        "R. Calloway*, T. Brennan**, J. Moreau*",
        "* Department of Psychiatry, Eastvale Hospital",
        "** School of Medicine, Harbour University",
        prose=PROSE,
    )
    assert read(a) == [
        ("R. Calloway", (), (), "Department of Psychiatry, Eastvale Hospital"),
        ("T. Brennan", (), (), "School of Medicine, Harbour University"),
        ("J. Moreau", (), (), "Department of Psychiatry, Eastvale Hospital"),
    ]
    assert a.start == len(PROSE)


def test_a_starred_list_of_things_names_no_one():
    a = found("Tips for hot days:", "* Cooling vests", "** Cold drinks", prose=PROSE)
    assert a.experts == []


# set 10 m32, a nursing review's author list on a journal site: the name with its
# post-nominals, a numbered affiliation, then the site's link line to the author's papers.
def test_the_journal_sites_link_to_more_papers_leaves_with_the_block():
    a = found(
        "Gwen Pryce BSc MSc RGN,",
        "1. Research Fellow, School of Nursing, Harbury University, Wexcombe, UK",
        "Search for more papers by this author",
        prose=PROSE,
    )
    assert [(e.name, e.degrees) for e in a.experts] == [("Gwen Pryce", ("BSc", "MSc", "RGN"))]
    assert a.start == len(PROSE)


# -- a role label over one line of several people ------------------------------------------------
# set 4 w12, a journal issue's page: 'Guest Editor:' (singular) over 'A, MD; B, MD' on one line;
# the label is each one's title.
def test_a_role_label_over_one_line_of_names_is_each_ones_title():
    a = found("Guest Editor:", "Anika Sorensen, MD; Felix R. Adeyemi, MD", prose=PROSE)
    assert read(a) == [
        ("Anika Sorensen", ("MD",), ("Guest Editor",), None),
        ("Felix R. Adeyemi", ("MD",), ("Guest Editor",), None),
    ]
    a = found("Guest Editor: Anika Sorensen, MD; Felix R. Adeyemi, MD", prose=PROSE)
    assert [e.titles for e in a.experts] == [("Guest Editor",), ("Guest Editor",)]


def test_a_role_label_over_stacked_people_with_their_own_roles_stays_the_firsts():
    a = found(
        "Guest Editor:",
        "Anika Sorensen, MD",
        "Felix R. Adeyemi, MD, Staff Neurologist",
        prose=PROSE,
    )
    assert [e.titles for e in a.experts] == [("Guest Editor",), ("Staff Neurologist",)]


# -- a name line and its unit's line flattened into one -------------------------------------------
# set 3 z49, an Indian journal's 'Correspondence Address:' block in one paragraph: the name
# (a middle initial, no dot) run straight into 'Department of Neurology, College, City, State'.
def test_a_name_run_into_its_department_is_the_name_over_the_unit():
    a = found(
        "Correspondence Address: Kiran D Malhotra Department of Neurology, Sahyadri Medical "
        "College, Pune, Maharashtra",
        prose=PROSE,
    )
    assert [(e.name, e.institution, e.place) for e in a.experts] == [
        (
            "Kiran D Malhotra",
            "Department of Neurology, Sahyadri Medical College",
            "Pune, Maharashtra",
        )
    ]


def test_an_organisation_run_into_its_department_names_no_one():
    a = found("Harbour Valley Clinic Department of Neurology, Pune, Maharashtra", prose=PROSE)
    assert a.experts == []


# -- a card printed twice over its bio -----------------------------------------------------------
# set 32 oi34, a drug information site's 'Editorial Team': 'Name, PharmD - Role', then the
# photo caption 'Name, PharmD' and 'Role' again, then a bio sentence opening with the given name.
def test_a_card_printed_twice_over_a_bio_by_the_given_name_is_one_block():
    a = found(
        "Imelda Rourke, PharmD - Senior Drug Information Pharmacist",
        "Imelda Rourke, PharmD",
        "Senior Drug Information Pharmacist",
        "Imelda is a residency-trained pharmacist with more than fifteen years of editorial work.",
        prose=PROSE,
    )
    assert read(a) == [
        ("Imelda Rourke", ("PharmD",), ("Senior Drug Information Pharmacist",), None)
    ]
    assert a.start == len(PROSE)  # the bio leaves with the card


# -- credentials parted by spaced semicolons -----------------------------------------------------
# set 21 e32, a pharmacy staffing blog's author block: 'Name R.Ph ; BPharm (London) ; M.R.P.S'
# (the UK society's membership written with dots and no last one).
def test_credentials_parted_by_spaced_semicolons_with_a_dotted_membership():
    a = found(
        "Devika Raman R.Ph ; BPharm (London) ; M.R.P.S",
        "Vice President, Recruitment",
        "Harbour RxStaff",
        prose=PROSE,
    )
    assert read(a) == [
        (
            "Devika Raman",
            ("R.Ph", "BPharm (London)", "M.R.P.S"),
            ("Vice President, Recruitment",),
            "Harbour RxStaff",
        )
    ]


# -- a credit sentence ending in 'by:' run on before the names ----------------------------------
# set 33 oj32, a foundation's treatment guide in a document viewer: 'This book was written and
# reviewed by:' then one author a line, here flattened into one paragraph.
def test_a_credit_sentence_ending_in_by_and_a_colon_leads_in_the_flattened_names():
    a = found(
        "This book was written and reviewed by: Ines Carvalho, MD, MSc Tobias Wren, MD",
        prose=PROSE,
    )
    assert read(a) == [
        ("Ines Carvalho", ("MD", "MSc"), (), None),
        ("Tobias Wren", ("MD",), (), None),
    ]


def test_a_sentence_with_a_colon_after_by_is_no_credit():
    a = found("Most of these leaflets were sent by: Harbour Clinic, Leeds", prose=PROSE)
    assert a.experts == []


# -- a bio heading over a card ------------------------------------------------------------------
# set 20 d02, a dietitian's site: 'Meet the Founder' over 'Name (RDN, MScPH)' and a bio; the
# heading ('Founder' a role's head) is no title of the person.
def test_a_bio_heading_over_a_card_is_no_title():
    a = found(
        "Meet the Founder",
        "Adaeze N. Okafor (RDN, MScPH)",
        "Adaeze is a Registered Dietitian with clinics in Lagos and Leeds.",
        prose=PROSE,
    )
    assert [(e.name, e.degrees) for e in a.experts] == [("Adaeze N. Okafor", ("RDN", "MScPH"))]
    assert all("Meet the Founder" not in e.titles for e in a.experts)
    assert a.start == len(PROSE)


# -- a syndicated column's number under the byline block ------------------------------------------
# set 11 p05, a medical school's syndicated question-and-answer column: the byline, the title
# and the college, then the column's number with its desk code ('1234-FM') and a numeric date.
def test_a_columns_number_and_desk_code_is_no_place():
    a = found(
        "By Hollis K. Varga, D.O., M.B.A.",
        "Associate Professor of Family Medicine",
        "Northbay College of Osteopathic Medicine",
        "5310-FM",
        "04/11/13",
        prose=PROSE,
    )
    assert [(e.name, e.institution, e.place) for e in a.experts] == [
        ("Hollis K. Varga", "Northbay College of Osteopathic Medicine", None)
    ]
    assert a.start == len(PROSE)
