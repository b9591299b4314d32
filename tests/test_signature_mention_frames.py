"""The mention reader's prose frames: a self-introduction, an interview, an answering or
explaining verb, an opening phrase before the subject, and a closing bio sentence.

Every person, organisation and town here is invented; each form names the real page it follows
(the yardstick case's "url" in tests/data/signature_eval_cases_N.json). The sentence always stays
in the answer: only the expert is read from it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract import extract_post
from msqa_scraper.extract.experts import MENTIONED
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import read_mention

GREETING = "Thank you for writing in."
PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def read(last: str, *, body: bool = True):
    """The expert read from ``last`` after an answer's greeting and (``body``) one prose line."""
    head = [GREETING, PROSE] if body else [GREETING]
    got = read_mention([*(SigLine(p, para_start=True) for p in head), SigLine(last, True)])
    return got.expert if got else None


def frame(last: str) -> str | None:
    got = read_mention([SigLine(p, para_start=True) for p in (GREETING, PROSE, last)])
    return got.frame if got else None


# -- a self-introduction ----------------------------------------------------------------------
# g05 (set 23): https://www.msaustralia.org.au/raw-nerve/the-value-of-ms-nurses-and-ms-nurse-practitioners
def test_self_introduction_host_role_and_organisation():
    got = read(
        "I'm your host, Dr. Imogen Talbot, Community Programs Manager at Harbourline MS Network."
    )
    assert got == E(
        "Imogen Talbot",
        titles=["Community Programs Manager"],
        institution="Harbourline MS Network",
    )
    assert frame("I'm your host, Dr. Imogen Talbot, Community Programs Manager at Kestrel.") == (
        "self"
    )


# w58 (set 4): https://www.abovems.com/en_us/home/treatment/journey/what-you-may-expect.html
def test_self_introduction_name_alone():
    assert read("My name is Dr. Rafael Quintero.") == E("Rafael Quintero")


def test_self_introduction_with_a_clause_after_it_reads_nothing():  # y57 (set 2), d38 (set 20)
    assert (
        read(
            "Hi, I'm Dr Priya Nandakumar, Head of Nursing at the Coastline MS Trust and I will"
            " chair today's session."
        )
        is None
    )
    # "I am the founder of X" is a clause, never an institution: its role is the writer's (d38,
    # set 20, labels the founder role; frames 2026-12-03.3b)
    got = read("Hello, my name is Bryony Vance and I am the founder of Calm Kitchen.")
    assert got == E("Bryony Vance", titles=["founder of Calm Kitchen"])


def test_self_introduction_that_is_the_whole_answer_reads_nothing():  # h51 (set 1)
    assert read("I'm Dr. Tamsin Rees, a psychologist at the Lakeside Clinic.", body=False) is None


# -- an interview -----------------------------------------------------------------------------
# g06 (set 23): https://worldmsday.org/ms-nurses-care-and-connections/
def test_interview_role_before_name_then_complement():
    got = read("We asked Harbour MS Network's CEO, Matthias Oyelowo-Grant, to explain the plan.")
    assert got == E("Matthias Oyelowo-Grant", titles=["CEO"], institution="Harbour MS Network")


def test_interview_name_then_appositive_then_about():
    got = read("We spoke to Dr Ines Halloran, a neurologist at Kestrel Hospital, about fatigue.")
    assert got == E("Ines Halloran", titles=["neurologist"], institution="Kestrel Hospital")


def test_interview_needs_a_person():
    assert read("We asked our readers, many of them living with MS, to tell us more.") is None
    assert read("Ask your MS nurse, Delia Harcourt, about it.") is None  # advice, no interview
    # a possessive is never a name: "Trust's director, Name" is not read as the person "Trust's"
    got = read("We asked Fenland Neuro Trust's director, Matthias Oyelowo-Grant, to explain it.")
    assert got is None or got.name == "Matthias Oyelowo-Grant"


# -- an opening phrase, a relative clause, an answering or explaining verb ---------------------
# g09 (set 23): http://www.mstrust.org.uk/information/opendoor/
def test_opening_phrase_and_relative_clause_before_the_verb():
    got = read(
        "To open the series, Professor Alasdair Quenby, who is chair of the Fatigue Research"
        " Forum, explains what is new."
    )
    assert got == E("Alasdair Quenby", titles=["chair of the Fatigue Research Forum"])


# g10 (set 23): http://www.mstrust.org.uk/information/opendoor/
def test_explains_what_needs_no_appositive():
    assert read("Dr Imelda Carrow explains how the trial was run.") == E("Imelda Carrow")


def test_explains_a_thing_is_a_mention_in_passing():  # h46 (set 1)
    assert read("Dr Imelda Carrow explains the results in her new book.") is None
    assert read("Dr. Lyle Corwin discusses the latest research on stem cells on page 12.") is None


# i24 (set 24): https://news.repithwin.com/christmas-bug-warning-and-worrying-cancer-checks-dr-zoe-williams-on-your-top-health-issues
def test_answers_questions_role_before_name():
    got = read("NHS pharmacist Dr Kwame Osei answers your questions on medicines")
    assert got == E("Kwame Osei", titles=["pharmacist"], institution="NHS")


def test_answers_without_questions_needs_an_appositive():
    assert read("Dr Kwame Osei answers the phone on Mondays.") is None


# -- a closing bio sentence -------------------------------------------------------------------
# i22 (set 24): https://prdapp3-as2.qualityhealth.com/diabetes-expert-qa/how-i-sure-my-diabetes-expert-de-meeting-all-my-needs
def test_bio_name_credentials_copula_role_institution_place():
    got = read(
        "Helena Marsh-Okafor, PhD, is a clinical psychologist at Ridgeway University in Dunmore, Ohio."
    )
    assert got == E(
        "Helena Marsh-Okafor",
        degrees=["PhD"],
        titles=["clinical psychologist"],
        institution="Ridgeway University",
        place="Dunmore, Ohio",
    )
    assert frame("Helena Marsh-Okafor, PhD, is a psychologist at Ridgeway University.") == "bio"


# v49 (set 5): http://www.healthline.com/health/lupus-support/lupus-researcher-interview
def test_bio_honorific_and_role_with_object():
    got = read(
        "Dr. Lorna Fitzwilliam is the head of the Sleep Unit at Harrowgate Health in Denton, TX."
    )
    assert got == E(
        "Lorna Fitzwilliam",
        titles=["head of the Sleep Unit"],
        institution="Harrowgate Health",
        place="Denton, TX",
    )


# d17 (set 20): https://github.com/homearanya/alistair-psychologist/blob/0fd2129367fecf780a121778bacd45b38c5e7efc/src/pages/about.md
def test_bio_goes_on_about_the_same_person():
    line = "Anwen Tregarth is a registered dietitian at Kestrel Hospital. She runs a weekly clinic."
    assert read(line) == E(
        "Anwen Tregarth", titles=["registered dietitian"], institution="Kestrel Hospital"
    )


def test_bio_followed_by_another_subject_reads_nothing():
    assert (
        read("Anwen Tregarth is a dietitian at Kestrel Hospital. The clinic opens daily.") is None
    )


def test_bio_negatives():  # h42, h76, y55, y62, z63 (sets 1-3), and the body rule (h55, y61)
    assert read("Dr. Tregarth is a registered dietitian at Kestrel Hospital.") is None  # surname
    assert (
        read("Board-certified neurologist Corwin Ashby, MD, is the director of Bay Clinic.") is None
    )
    # MS is the disease: no credential, no employer ("living with MS" is a clause, cut: the
    # MS-certified nurse of y55 reads since frames 2026-12-03.3b, as sets 4, 5 and 26 label it)
    assert read("Odette Blanche, MS, is a nurse at Kestrel Hospital.") is None
    assert read("Odette Blanche is a nurse at MS.") is None
    assert read("Odette Blanche is a nurse with MS.") is None
    assert read("Helen Marsh and Tobias Wren are joint heads of the helpline at Kestrel.") is None
    assert read("Marisa Delvalle, MSW serves as the Director of Programs at the Bay Fund.") is None
    line = "Helena Marsh-Okafor, PhD, is a clinical psychologist at Ridgeway University."
    assert read(line, body=False) is None  # all the answer says: its subject, not its writer


def test_bio_under_a_one_paragraph_answer_of_several_sentences():
    # The replica's closing-bio posts (round 16) found this: an answer of one paragraph is still
    # an answer above the bio, when it says more than one sentence.
    line = "Helena Marsh-Okafor, PhD, is a clinical psychologist at Ridgeway University."
    paragraph = f"{PROSE} Rest in a cool room if it does not."
    got = read_mention([SigLine(paragraph, para_start=True), SigLine(line, True)])
    assert got is not None and got.expert.name == "Helena Marsh-Okafor"
    # one sentence above: the bio is all the answer says (its subject, not its writer)
    assert read_mention([SigLine(PROSE, para_start=True), SigLine(line, True)]) is None


# -- what the answer keeps --------------------------------------------------------------------
def test_bio_sentence_stays_in_the_answer():
    line = "Helena Marsh-Okafor, PhD, is a clinical psychologist at Ridgeway University."
    got = found(line, prose=[GREETING, PROSE])
    assert got.experts == [
        E(
            "Helena Marsh-Okafor",
            degrees=["PhD"],
            titles=["clinical psychologist"],
            institution="Ridgeway University",
        )
    ]
    assert got.start is None and got.head is None and got.raw == line
    assert got.problem == MENTIONED


# a post page of the replica's shape (as scripts/signature_eval.py renders one)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Heat - Healthcare Journey</title></head>
<body class="wsite-blog-post"><div id="wsite-content"><div id="blog-post-7000001" class="blog-post">
<div class="blog-header"><h2 class="blog-title">
<a class="blog-title-link blog-link" href="//www.healthcarejourney.com/q--a-for-virtual-ms-center/q">Heat</a>
</h2><p class="blog-date"><span class="date-text">9/26/2024</span></p></div>
<div class="blog-content"><div class="paragraph"><strong>Q:</strong> Does heat matter?<br /><br />
<strong>A:</strong> {greeting}<br /><br />{prose}<br /><br />{last}</div></div>
</div></div></body></html>"""


# -- properties -------------------------------------------------------------------------------
GIVEN = ["Helena", "Anwen", "Kwame", "Imogen", "Rafael", "Ines", "Matthias", "Zoë"]
SURNAMES = ["Marsh-Okafor", "Tregarth", "Osei", "Talbot", "Quintero", "Halloran", "Núñez"]
ROLES = ["clinical psychologist", "registered dietitian", "physiotherapist", "neurologist"]
ORGS = ["Ridgeway University", "Kestrel Hospital", "Harrowgate Health"]
FRAMES = [
    "{name}, PhD, is a {role} at {org}.",
    "I'm your host, Dr. {name}, {role} at {org}.",
    "We spoke to Dr {name}, a {role} at {org}, about fatigue.",
    "To open the series, Dr {name}, a {role} at {org}, explains what is new.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(ROLES),
    st.sampled_from(ORGS),
    st.sampled_from(FRAMES),
)
def test_generated_frames_yield_that_expert_and_keep_the_sentence(first, last, role, org, form):
    line = form.format(name=f"{first} {last}", role=role, org=org)
    got = found(line, prose=[GREETING, PROSE])
    assert [(e.name, e.titles, e.institution) for e in got.experts] == [
        (f"{first} {last}", (role,), org)
    ]
    assert got.start is None and got.head is None  # nothing leaves the answer


LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)


@settings(max_examples=80, deadline=None)
@given(st.lists(LOWER, min_size=2, max_size=14), st.sampled_from(FRAMES))
def test_no_capitalised_name_pair_no_expert(words, form):
    # a frame's words around lower-case words only: no two capitalised words, so no person
    line = form.format(name=" ".join(words[:2]), role=" ".join(words[2:4]) or "nurse", org="it")
    line = line.replace("Dr ", "").replace("Dr. ", "")
    assert read(line) is None


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(FRAMES))
def test_answer_text_unchanged_by_a_mention_reading(first, last, form):
    line = form.format(name=f"{first} {last}", role="neurologist", org="Kestrel Hospital")
    page = PAGE.format(greeting=GREETING, prose=PROSE, last=line)
    base = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
    post = extract_post(page, f"{base}/q", base)
    assert [e.name for e in post.experts] == [f"{first} {last}"]
    assert " ".join(post.answer.split()).endswith(" ".join(line.split()))
    assert MENTIONED in post.problems


# i19 (set 24): https://www.mda.org/quest/article/mda-genetic-counseling-webinar
def test_bio_panel_two_paragraphs_two_experts():
    lines = [
        GREETING,
        PROSE,
        "Our speakers",
        "Ottilie Brandvik is a nurse consultant at the Harrowgate MS Unit.",
        "Kwame Osei is a pharmacist at Kestrel Hospital, where he runs the infusion service.",
    ]
    got = read_mention([SigLine(x, para_start=True) for x in lines])
    assert got is not None and got.frame == "bio"
    assert got.experts == [
        E("Ottilie Brandvik", titles=["nurse consultant"], institution="the Harrowgate MS Unit"),
        E("Kwame Osei", titles=["pharmacist"], institution="Kestrel Hospital"),
    ]
    assert got.raw == "\n".join(lines[-2:])  # both sentences are the raw text; both stay


def test_bio_panel_stops_at_prose():
    lines = [GREETING, PROSE, "Kwame Osei is a pharmacist at Kestrel Hospital."]
    got = read_mention([SigLine(x, para_start=True) for x in lines])
    assert got is not None and [e.name for e in got.experts] == ["Kwame Osei"]


# i41 (set 24): https://gmcuk.wordpress.com/2019/03/14/please-write-to-me-guidance-from-the-academy-of-medical-royal-colleges/
def test_two_people_in_one_subject_are_two_experts():
    line = (
        "Here, Prof Imogen Talbot, Professor of Nursing, Kestrel University and Dr Kwame Osei,"
        " pharmacist at Kestrel Hospital, explains how it works."
    )
    got = read_mention([SigLine(GREETING, True), SigLine(PROSE, True), SigLine(line, True)])
    # never "Dr Kwame Osei" inside the first one's institution: each is read as themself
    assert got is not None and got.experts == [
        E("Imogen Talbot", titles=["Professor of Nursing"], institution="Kestrel University"),
        E("Kwame Osei", titles=["pharmacist"], institution="Kestrel Hospital"),
    ]


# g12 (set 23): https://pdfslide.us/documents/ms-voice-sept-2011.html
def test_contents_blurb_over_a_page_reference():
    lines = [GREETING, PROSE, "Sleep and fatigue", "Rosalind Achebe tells us how naps can help"]
    got = read_mention([SigLine(x, para_start=True) for x in [*lines, "Page 14"]])
    assert got is not None and got.expert == E("Rosalind Achebe")
    assert got.raw == lines[-1]  # the page reference is furniture, not the raw sentence


def test_explaining_frame_needs_a_vouched_name():
    assert read("Kestrel Trust tells us how the service works") is None  # no person
    assert read("Rosalind Achebe tells a story about her garden") is None  # no wh- object


def test_interview_is_questions_put_not_a_patient_story():
    # a task for a doctor, and a family's visit, are no interview with the answerer
    assert read("We asked Dr. Ada Lindqvist, our neurologist, to check the scan again.") is None
    assert (
        read("We spoke to Dr Ada Lindqvist, a neurologist at Kestrel Hospital, about my son.")
        is None
    )
