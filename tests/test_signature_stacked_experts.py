"""Stacked blocks of several people (a faculty list, a letter signed by two office-holders)
and "Role, Unit" lines under a name (segment.py ``_stacked_name``, ``_role_unit_line``;
find.py ``MAX_LINES``). Every person, institution and town is invented; the comment names the
real page the form was seen on (the yardstick case's url)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found, parsed

# -- a bare name line that opens the next person's block -------------------------------------


def test_a_bare_name_over_a_role_line_opens_the_next_block():
    # https://clinical.med-iq.com/primary-care/free-cme-course/effectively-navigating-a-complex-ms-diagnostic-and-treatment-terrain-a-focus-on-the-primary-care-setting.html
    # (set 23 g16: planners stacked as name, role, 'City, ST'; one planner with no credentials)
    assert parsed(
        "Wilhelmina Ostrova, MSN, RN",
        "Director of Continuing Education",
        "Pinebrook, WI",
        "Anselm Dravecky",
        "Director of CME",
        "Marlow Falls, ID",
    ) == [
        E(
            "Wilhelmina Ostrova",
            ("MSN", "RN"),
            ("Director of Continuing Education",),
            None,
            "Pinebrook, WI",
        ),
        E("Anselm Dravecky", (), ("Director of CME",), None, "Marlow Falls, ID"),
    ]


def test_two_office_holders_each_over_their_own_title_and_body():
    # https://the-independent.com/voices/letter-difficult-choices-over-ms-drug-1342114.html
    # (set 16 j08: 'Dr Name' / 'Chief Executive' / authority / 'Name' / 'Chief Executive' / trust)
    assert parsed(
        "Dr Hester Moravec",
        "Chief Executive",
        "Greywater Health Board",
        "Oliver Brandstrom",
        "Chief Executive",
        "Kingsmere Community NHS Trust",
    ) == [
        E("Hester Moravec", (), ("Chief Executive",), "Greywater Health Board"),
        E("Oliver Brandstrom", (), ("Chief Executive",), "Kingsmere Community NHS Trust"),
    ]


def test_a_bare_name_with_no_role_under_it_stays_the_first_persons_part():
    # no role line under the second name line: nothing repeats the first block's shape, and a
    # name-shaped line under a block is its place or body (the reader never invents a person)
    got = parsed("Dr Hester Moravec", "Chief Executive", "Glen Haven")
    assert [e.name for e in got] == ["Hester Moravec"]


# -- "Role, Unit": one title ---------------------------------------------------------------------


def test_a_role_and_its_field_on_one_line_are_one_title():
    # https://clinical.med-iq.com/primary-care/free-cme-course/effectively-navigating-a-complex-ms-diagnostic-and-treatment-terrain-a-focus-on-the-primary-care-setting.html
    # (set 23 g15: 'Clinical Professor, Neurology & Neurological Sciences', 'Chief, Division of
    # Neuroimmunology' over the school and 'City, ST')
    assert parsed(
        "Corvin Aldous, MD, FAAN",
        "Associate Professor, Neurology & Rehabilitation Sciences",
        "Chief, Section of Neuro-Ophthalmology",
        "Westerlund College of Medicine",
        "Harlow Springs, NE",
    ) == [
        E(
            "Corvin Aldous",
            ("MD", "FAAN"),
            (
                "Associate Professor, Neurology & Rehabilitation Sciences",
                "Chief, Section of Neuro-Ophthalmology",
            ),
            "Westerlund College of Medicine",
            "Harlow Springs, NE",
        )
    ]


def test_a_role_and_a_field_of_common_words_is_one_title_without_an_institution():
    # same page, set 23 g16 ('Associate Director, Education Quality and Compliance' / 'City, ST')
    assert parsed(
        "Juno Pellegrin, RN", "Senior Manager, Learning and Accreditation", "Tarrant, KY"
    ) == [
        E(
            "Juno Pellegrin",
            ("RN",),
            ("Senior Manager, Learning and Accreditation",),
            None,
            "Tarrant, KY",
        )
    ]


def test_a_proper_name_or_a_named_body_after_the_role_stays_the_institution():
    # "Office of Research" (a body's name with its object), "Harbourview Neuro" (a proper name)
    assert parsed("Juno Pellegrin", "Director, Office of Clinical Trials") == [
        E("Juno Pellegrin", (), ("Director",), "Office of Clinical Trials")
    ]
    assert parsed("Juno Pellegrin, MD", "Neurologist, Harbourview Neuro") == [
        E("Juno Pellegrin", ("MD",), ("Neurologist",), "Harbourview Neuro")
    ]


# -- two blocks of five lines under an answer (find.py MAX_LINES) -------------------------------


def test_two_five_line_faculty_blocks_under_an_answer_give_two_experts():
    # set 23 g15: two blocks of name, two 'Role, Unit' lines, school, 'City, ST' (ten lines)
    a = found(
        "Ilse Varnham, MD",
        "Assistant Professor, Neurology & Neurological Sciences",
        "Director, Neuroimmunology Fellowship Program",
        "Carrick University School of Medicine",
        "Dunmore, OR",
        "Benedek Salo, MD, PhD",
        "Professor, Neurology & Neurological Sciences",
        "Chief, Division of Neuroimmunology",
        "Carrick University School of Medicine",
        "Dunmore, OR",
        prose=["This course covers the first months after a diagnosis of MS, step by step."],
    )
    assert [e.name for e in a.experts] == ["Ilse Varnham", "Benedek Salo"]
    assert a.experts[0].titles == (
        "Assistant Professor, Neurology & Neurological Sciences",
        "Director, Neuroimmunology Fellowship Program",
    )
    assert a.experts[1].institution == "Carrick University School of Medicine"
    assert a.start == 1  # the whole block leaves the answer, the prose line stays


# -- property: well-formed stacked blocks give every person, in order ---------------------------

GIVEN = ["Teodor", "Marisol", "Peter", "Nadia", "Priya", "Gideon", "Bronwyn", "Élise"]
SURNAMES = ["Lindqvist", "Okafor", "Farrow-Lute", "Brandstrom", "Moravec", "Núñez", "Achebe"]
ROLES = ["Chief Executive", "Director of CME", "Medical Director", "Clinical Nurse Specialist"]
BODIES = [
    "Greywater Health Board",
    "Carrick University School of Medicine",
    "Tamarack Health System",
]
TOWNS = ["Dunmore, OR", "Pinebrook, WI", "Harlow Springs, NE"]


@st.composite
def stacked_people(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str, str | None]]]:
    count = draw(st.integers(2, 3))
    names = draw(
        st.lists(
            st.tuples(st.sampled_from(GIVEN), st.sampled_from(SURNAMES)),
            min_size=count,
            max_size=count,
            unique_by=lambda t: t[0],
        )
    )
    lines: list[str] = []
    want: list[tuple[str, str, str | None]] = []
    for i, (given_name, surname) in enumerate(names):
        name = f"{given_name} {surname}"
        role = draw(st.sampled_from(ROLES))
        body = draw(st.sampled_from([None, *BODIES]))
        # the first person's credentials or honorific vouch for the block; later ones bare
        first = f"Dr {name}" if i == 0 else name
        lines.extend([first, role, *([body] if body else [])])
        want.append((name, role, body))
    return lines, want


@settings(max_examples=60, deadline=None)
@given(stacked_people())
def test_stacked_blocks_give_every_person_in_order(case):
    lines, want = case
    got = parsed(*lines)
    assert [(e.name, e.titles, e.institution) for e in got] == [
        (name, (role,), body) for name, role, body in want
    ]


# -- a lead-in word that modifies the label's role ---------------------------------------------


def test_a_lead_in_word_before_a_role_head_is_the_titles_modifier():
    # https://issuu.com/kathryn.mccann/docs/dear_doctor_2013 (set 24 i27: 'GUEST EDITOR' over
    # 'Dr Name'); https://journals.lww.com/continuum/toc/2007/10000 (set 4 w12: 'Guest Editor:')
    a = found("Guest Editor: Dr Perpetua Mallins", prose=["This issue looks at MS and sleep."])
    assert [(e.name, e.titles) for e in a.experts] == [("Perpetua Mallins", ("Guest Editor",))]
    # "Guest" alone stays a lead-in, and so does "Guest Post By"
    a = found("Guest: Dr Perpetua Mallins, neurologist", prose=["We talked about MS and sleep."])
    assert [(e.name, e.titles) for e in a.experts] == [("Perpetua Mallins", ("neurologist",))]
    a = found("Guest Post By Perpetua Mallins", prose=["We talked about MS and sleep."])
    assert [(e.name, e.titles) for e in a.experts] == [("Perpetua Mallins", ())]


def test_a_plural_role_heading_lists_the_people_under_it():
    # https://docslib.org/doc/8096911/sexual-intimacy (set 25 l06: a magazine masthead's
    # 'Contributing Writers' heading, one contributor a line, the first with no credentials)
    a = found(
        "Contributing Editors",
        "Marguerite Solberg",
        "Anton Pieterse, RN, MSCN",
        "Dr. Ysolde Barrow, PsyD",
        prose=["Write to us with the topics you would like us to cover next year."],
    )
    assert [e.name for e in a.experts] == ["Marguerite Solberg", "Anton Pieterse", "Ysolde Barrow"]
    assert a.start == 1  # the heading leaves the answer with its list


def test_a_town_and_its_dotted_state_under_a_block_is_no_second_person():
    # https://www.washingtonpost.com/archive/lifestyle/wellness/2004/07/13/interactions/a1823b92-721d-471e-ac07-7f0c82264d59/
    # (set 12 q38: a letter's block ending 'Glen Haven, Pa.'; "Pa." is also a listed degree)
    got = parsed("Osric Velander", "Professor of Neurology", "Tamsworth College", "Carl Hill, Pa.")
    assert [(e.name, e.place) for e in got] == [("Osric Velander", "Carl Hill, Pa.")]
    # in capitals after a name it is the physician assistant's degree
    got = parsed("Osric Velander, MD", "Amos Hollander, PA")
    assert [(e.name, e.degrees) for e in got] == [
        ("Osric Velander", ("MD",)),
        ("Amos Hollander", ("PA",)),
    ]


def test_a_clinics_team_cards_give_one_expert_a_card_with_their_role():
    # https://github.com/mxdgroup/sydneychiropractorcbd.com.au/blob/45e23ad518ae2d781248c81b071743ead1027eed/astro/src/data/team.ts
    # (set 20 d37: cards of 'Dr Name' over a role line; the last card a bare name over its role;
    # "Chiropractor", "Osteopath", "Assistant" are role heads of the vocabulary)
    assert parsed(
        "Dr Ivo Marchetti",
        "Practice Principal & Osteopath",
        "Dr Selma Rautio",
        "Chiropractor",
        "Jonas Ekwueme",
        "Senior Clinic Assistant",
    ) == [
        E("Ivo Marchetti", (), ("Practice Principal & Osteopath",)),
        E("Selma Rautio", (), ("Chiropractor",)),
        E("Jonas Ekwueme", (), ("Senior Clinic Assistant",)),
    ]


# -- a journal's correspondence line -------------------------------------------------------------


def test_a_correspondence_line_with_its_e_mail_names_its_author():
    # https://paperzz.com/doc/9142181/write-a-clinical-letter (set 24 i39: 'Correspondence to
    # Dr Initials Surname, Role, Division, Hospital, City postcode, UK; e-mail' in one line)
    a = found(
        "Correspondence to Dr R J Tallis, Consultant Neurologist, Kelvin Royal Infirmary, "
        "Perth PH9 2ZZ, UK; rjt@example.org",
        prose=["Copy every clinic letter to the patient as well as to the GP."],
    )
    assert [(e.name, e.titles, e.institution) for e in a.experts] == [
        ("R J Tallis", ("Consultant Neurologist",), "Kelvin Royal Infirmary")
    ]
    assert a.start == 1
    # http://www.thisisms.com/forum/viewtopic.php?f=1&t=2404&start=0&view=print&sid=efe2d0f18f7fb8b1e8c6815799cac6bc
    # (set 25 l07: 'Address correspondence to Name, MD, PhD, Department, School, address')
    a = found(
        "Address correspondence to Oona Petrakis, MD, PhD, Department of Neurology, "
        "Kestrel School of Medicine",
        prose=["Early treatment changes the course of MS for many people."],
    )
    assert [(e.name, e.degrees) for e in a.experts] == [("Oona Petrakis", ("MD", "PhD"))]


# -- credit labels that are no title --------------------------------------------------------------


def test_a_writer_or_author_credit_label_is_no_title():
    # https://www.cogent-rehab.com/post/multiple-sclerosis-physiotherapy-burlington (set 19
    # c25: 'Writer: Name PT PhD'); https://www.drugtopics.com/authors/jim-plagakis-rph (set 24
    # i29: 'Author | Name, RPh', a label, a spaced pipe, the name)
    a = found("Writer: Solveig Amadi PT DPT", prose=["Balance work helps many people with MS."])
    assert [(e.name, e.degrees, e.titles) for e in a.experts] == [
        ("Solveig Amadi", ("PT", "DPT"), ())
    ]
    a = found("Author | Benedikt Orlov, PharmD", prose=["Ask us before you start a supplement."])
    assert [(e.name, e.degrees, e.titles) for e in a.experts] == [
        ("Benedikt Orlov", ("PharmD",), ())
    ]
    # a label whose head is a role stays the title
    a = found("Academic Editor: Henrike Solberg", prose=["The paper was peer reviewed."])
    assert [(e.name, e.titles) for e in a.experts] == [("Henrike Solberg", ("Academic Editor",))]


def test_a_titles_field_after_a_modified_professor_is_no_person():
    # https://www.sdu.dk/en/forskning/phd/phd_skoler/phdskolensundhedsvidenskab/phd_students/forskeruddannelsesprogrammer
    # (set 22 f03: 'Professor, Head of Research Unit, Clinical Professor <specialty>' under a
    # bare name): "Clinical Professor Neurology" is a title and its field, never "Neurology"
    got = parsed(
        "Ragna T. Holmgaard", "Professor, Head of Research Unit, Clinical Professor Neurology"
    )
    assert [e.name for e in got] == ["Ragna T. Holmgaard"]
    assert "Clinical Professor Neurology" in got[0].titles


def test_a_surgerys_who_to_see_label_lists_its_people():
    # https://manorplacesurgery.co.uk/diabetes_t55974.html?a=0 (set 24 i42: 'Who to See: Dr
    # Name, Name, Name, Name', only the first with an honorific; "who to see" a label phrase)
    a = found(
        "Who to See: Dr Maelle Brodeur, Kofi Asante-Lind, Ingrid Salas",
        prose=["We review every patient with MS twice a year."],
    )
    assert [e.name for e in a.experts] == ["Maelle Brodeur", "Kofi Asante-Lind", "Ingrid Salas"]


def test_a_markdown_bold_label_and_its_source_line():
    # https://tomesphere.com/paper/PMC12022374.md (set 22 f24: '**Authors:** A, B, C' over a
    # source line 'PMC · DOI: ... · Journal · yyyy-mm-dd')
    a = found(
        "**Authors:** Laila Haddad, Yusuf Rahmani, Sana Mirza",
        "PMC · DOI: 10.5555/demo.2024.17 · Neuro Notes · 2024-06-11",
        prose=["A team approach to fatigue is recommended."],
    )
    assert [e.name for e in a.experts] == ["Laila Haddad", "Yusuf Rahmani", "Sana Mirza"]
    assert a.start == 1  # the source line leaves with the block; it names no one
