"""Biography sentences, self-introductions and two people in one sentence (signature/mention.py).

Round 17's forms of the mention reader's weakest families on the development sets: a closing or
heading bio paragraph ("Name is a ROLE at Org. She ..."), a speaker introducing themself ("My
name is Name, and I'm ...", an all-lower-case transcript), and two people named in one sentence
("Dr A and Professor B answer ..."): both are read, or neither. Every person, organisation and
town here is invented; each test names the development-set case whose real page shows the form
(tests/data/signature_eval_cases_N.json) and that page's site. The sentence always stays in the
answer: only the experts are read from it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.experts import MENTIONED
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import Mention, read_mention

GREETING = "Thank you for writing in."
PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def mention(*last: str) -> Mention | None:
    """The reading of an answer (a greeting and one prose line) that ends with ``last``."""
    lines = [GREETING, PROSE, *last]
    return read_mention([SigLine(t, para_start=True) for t in lines])


def experts(*last: str) -> list:
    got = mention(*last)
    return got.experts if got else []


# -- closing and heading bio paragraphs ----------------------------------------------------------
def test_ms_certified_nurse_is_a_role_not_a_degree():  # o05 (set 26), msfocus.org
    bio = (
        "Wilma Harrow is a MS-certified nurse living with MS. She is the patient liaison for"
        " Cedar MS Alliance and a member of its Patient Voices panel. Her monthly column"
        " addresses the issues of living with MS."
    )
    assert experts("Ask the MS Nurse", bio) == [
        E(
            "Wilma Harrow",
            titles=["MS-certified nurse", "patient liaison"],
            institution="Cedar MS Alliance",
        )
    ]


def test_role_acronym_in_brackets_founder_and_based_in():  # d11 (set 20), a dietitian's site
    bio = (
        "Mirren Astley is an Accredited Practising Dietitian (APD) and Founder of Tidewater"
        " Nutrition, based in Hobart and specialising in nutrition for walkers living with MS."
    )
    assert experts(bio) == [
        E(
            "Mirren Astley",
            ["APD"],
            ["Accredited Practising Dietitian", "Founder of Tidewater Nutrition"],
            place="Hobart",
        )
    ]


def test_role_based_in_town_then_he_offers():  # d17 (set 20), a psychologist's about page
    bio = "Tobias Venter is a Counselling psychologist based in Kleinfontein. He offers coaching."
    assert experts(bio) == [
        E("Tobias Venter", titles=["Counselling psychologist"], place="Kleinfontein")
    ]


def test_rank_before_the_roles_is_no_part():  # m38 (set 10), an MS organisation's news article
    bio = "Owen Petrie was one of the first MS Specialist Nurses and the first MS Nurse Consultant in Wales."
    assert experts("Owen Petrie", bio) == [
        E("Owen Petrie", titles=["MS Specialist Nurse", "MS Nurse Consultant"])
    ]


def test_repost_note_and_label_line_under_a_bio():  # p17 (set 11), a physicians' Blogger blog
    bio = (
        "Marcus Farrant, MD, FACP, is a hospital epidemiologist in Ames, IA, with a focus on"
        " infection control, and sees patients on the wards. This post originally appeared at"
        " the blog Ward Notes."
    )
    assert experts(bio, "Labels: , , ,") == [
        E("Marcus Farrant", ["MD", "FACP"], ["hospital epidemiologist"], place="Ames, IA")
    ]
    # another sentence after the bio still moves the paragraph on to something else
    moved = bio.replace("This post originally appeared", "The ward team posted it")
    assert experts(moved, "Labels: , , ,") == []


def test_credentials_before_the_copula_keep_the_name():  # q39 (set 12), a trade magazine
    bio = (
        "Nadia Okonjo, MA, MSW, is a member of the Carers Today editorial advisory board and is"
        " CEO of Okonjo Family Counselling in Dayton."
    )
    got = experts("\u2014NADIA", bio)
    assert [(e.name, e.degrees) for e in got] == [("Nadia Okonjo", ("MA", "MSW"))]


def test_bio_in_another_language_reads_with_the_vocabulary():  # o19 (set 26), a regional paper
    bio = (
        "Ramiro Lasarte Ibáñez es el coordinador de la unidad de esclerosis múltiple del"
        " Hospital Clínico San Telmo de Valdemora."
    )
    got = experts(bio)
    assert [e.name for e in got] == ["Ramiro Lasarte Ibáñez"]


def test_answers_to_reader_questions_from_name():  # i05 (set 24), a newspaper's expert feature
    line = (
        "This is the second set of answers to reader questions from Marcus Dunmore, chief staff"
        " officer for rehabilitation at the Northfield Neurological Association, and a former"
        " chairman of the department of physical therapy at Westbrook University."
    )
    got = experts(line)
    assert [(e.name, e.institution) for e in got] == [
        ("Marcus Dunmore", "the Northfield Neurological Association")
    ]
    assert experts("We publish answers to questions from readers every month.") == []


def test_quoted_speaker_then_a_bio_by_surname():  # l36 (set 25), a science-news wire
    said = "\u201cThese projects could change MS care,\u201d said Dr. Owen Marlow, chair of the Ridge Fund."
    got = mention(said, "Dr. Marlow is a Consultant Neurologist at Kestrel University.")
    assert got is not None and got.frame == "reported" and got.sentence == said
    assert [e.name for e in got.experts] == ["Owen Marlow"]
    # a surname bio under someone else's quotation reads nobody
    assert experts(said, "Dr. Petrie is a Consultant Neurologist at Kestrel University.") == []


def test_article_honorific_name_bracketed_role_answers():  # o01 (set 26), a clinic's FAQ page
    line = "La Dra. Marta Olmedo (neuróloga) responde las preguntas más frecuentes sobre la EM."
    assert experts(line) == [E("Marta Olmedo", titles=["neuróloga"])]
    # no answering frame: the bracket is no role of a person who answers
    assert experts("La Dra. Marta Olmedo (neuróloga) trabaja en la consulta.") == []


# -- self-introductions ----------------------------------------------------------------------------
def test_my_name_is_then_i_am_a_role():  # d16 (set 20), a psychologist's blog
    line = "Hi there. My name is Tobias Venter. I am a psychologist, and I love long walks."
    assert experts(line) == [E("Tobias Venter", titles=["psychologist"])]


def test_my_name_is_and_im_one_of_the_hosts():  # ob04 (set 27), a webinar transcript
    first = "My name is Bryony Castellan, and I'm one of the co-hosts for tonight."
    got = mention(first, "And I'm joining you from sunny Dorset in the UK.")
    assert got is not None and got.experts == [E("Bryony Castellan")]
    assert got.sentence == first  # the introduction is the raw text; the next line stays too


def test_my_name_is_and_i_am_the_founder():  # d38 (set 20), a midwife's about block
    line = (
        "Hello, my name is Bryony Vance and I am the founder of Calm Kitchen. I am a"
        " physiotherapist in the UK and a mother of two."
    )
    assert experts("Bryony", line) == [
        E("Bryony Vance", titles=["founder of Calm Kitchen", "physiotherapist"])
    ]


def test_lower_case_transcript_introduction():  # ob13 (set 27), an auto-captioned talk
    line = (
        "um i am helen farrant i'm a neurologist that works at riverside health partners i've"
        " been here for about a year"
    )
    assert experts(line) == [
        E("helen farrant", titles=["neurologist"], institution="riverside health partners")
    ]


def test_lower_case_transcript_needs_a_role_and_a_given_name():
    assert experts("so i am really glad i'm a part of this group tonight") == []
    assert experts("um i am helen farrant and i live in riverside with my family") == []


# -- two people in one sentence --------------------------------------------------------------------
def test_two_neurologists_share_one_appositive():  # o22 (set 26), a Spanish hospital's page
    line = (
        "Lucía Ferrer y Marta Olmedo, actuales neurólogas de la consulta, confirman que hay"
        " «opciones nuevas»."
    )
    role = ["actuales neurólogas de la consulta"]
    assert experts(line) == [E("Lucía Ferrer", titles=role), E("Marta Olmedo", titles=role)]


def test_see_our_blog_by_two_honorifics():  # ob05 (set 27), an MS lifestyle charity
    line = (
        "To read more on what it means, see our blog by Dr Nadia Petrie and Professor Owen Marlow."
    )
    assert experts(line) == [E("Nadia Petrie"), E("Owen Marlow")]


def test_host_and_professor_answer_your_questions():  # ob21 (set 27), a TV guide
    line = (
        "Konrad Farrant und Prof. Ingrid Dunmore, Leiterin der Universitätsklinik für Neurologie"
        " der MedUni Talheim beantworten Ihre Fragen."
    )
    got = experts(line)
    assert [e.name for e in got] == ["Konrad Farrant", "Ingrid Dunmore"]
    assert got[0].titles == () and got[0].institution is None  # the role is the professor's


def test_two_appositives_then_explains_how():  # i41 (set 24), a regulator's blog
    line = (
        "Here, Prof Delia Arkwright, Professor of Nursing, Kestrel University and Dr Owen"
        " Castellan, Consultant Neurologist at the Fenwick Hospitals NHS Foundation Trust,"
        " explains how the guidance helps."
    )
    assert experts(line) == [
        E("Delia Arkwright", titles=["Professor of Nursing"], institution="Kestrel University"),
        E(
            "Owen Castellan",
            titles=["Consultant Neurologist"],
            institution="the Fenwick Hospitals NHS Foundation Trust",
        ),
    ]


def test_two_people_read_both_or_neither():
    # no honorific, credentials or role for either: nobody, and never one inside the other
    assert experts("Helen Marsh and Owen Petrie said the trial was small.") == []
    assert experts("Helen Marsh of Fenwick Hospital and Owen Petrie said it was small.") == []
    # a patient's story, and another text's authors
    assert experts("My neurologist Dr Helen Marsh and Dr Owen Petrie said that it was fine.") == []
    assert experts("Read the article by Dr Helen Marsh and Dr Owen Petrie.") == []


def test_two_people_keep_the_sentence_with_its_note():
    line = "Dr Nadia Petrie and Professor Owen Marlow answer your questions."
    got = found(line, prose=[GREETING, PROSE])
    assert [e.name for e in got.experts] == ["Nadia Petrie", "Owen Marlow"]
    assert got.start is None and got.raw == line and got.problem == MENTIONED


# -- properties ------------------------------------------------------------------------------------
GIVEN = ["Harriet", "Delia", "Owen", "Bryony", "Marcus", "Helen", "Tobias", "Nadia", "Ingrid"]
SURNAMES = ["Arkwright", "Marlow", "Petrie", "Castellan", "Dunmore", "Farrant", "Okonjo", "Núñez"]
ROLES = [
    "neurologist",
    "clinical psychologist",
    "Consultant Neurologist",
    "Clinical Nurse Specialist",
    "registered dietitian",
    "physiotherapist",
]
ORGS = ["Lakeshore Medical Center", "Fenwick Hospital", "Kestrel University", "Harbour Clinic"]
FOLLOWERS = [
    "{p} sees people with MS every week.",
    "{p} has worked in MS care for ten years.",
    "{p} also writes for the newsletter.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(ROLES),
    st.sampled_from(ORGS),
    st.sampled_from(["He", "She"]),
    st.sampled_from(FOLLOWERS),
)
def test_generated_closing_bio_yields_exactly_that_expert(first, last, role, org, pronoun, more):
    article = "an" if role[0].lower() in "aeiou" else "a"
    sentence = f"{first} {last} is {article} {role} at {org}."
    bio = f"{sentence} {more.format(p=pronoun)}"
    got = found(bio, prose=[GREETING, PROSE])
    assert got.experts == [E(f"{first} {last}", titles=[role], institution=org)]
    assert got.start is None and got.raw == sentence  # the text stays in the answer
    assert got.problem == MENTIONED


PASSING = [
    "My sister went to see {who}, who is {article} {role} at {org}, last spring.",
    "We read that {who} is {article} {role} at {org}, and booked a visit.",
    "Ask whether {who} is still {article} {role} at {org} before you go.",
    "{who} is {article} {role} at {org}. The clinic opens at nine.",
    "Last year {who} was {article} {role} at {org}, my cousin says.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["Dr. ", "Dr ", ""]),
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(ROLES),
    st.sampled_from(ORGS),
    st.sampled_from(PASSING),
)
def test_bio_of_a_person_mentioned_in_passing_yields_none(honorific, first, last, role, org, form):
    article = "an" if role[0].lower() in "aeiou" else "a"
    who = f"{honorific}{first} {last}"
    line = form.format(who=who, article=article, role=role, org=org)
    got = found(line, prose=[GREETING, PROSE])
    assert got.experts == [] and got.start is None
