"""Attributions inside the answer's last prose paragraph, round 21 (signature/mention.py).

Each test names the development-set case whose real page shows the form
(tests/data/signature_eval_cases_N.json) and that page's site; every person, organisation and
town here is invented. The frame words are data (data/mention_frames.json) and the role heads
the vocabulary's (data/signature_vocabulary.json).
"""

from __future__ import annotations

from signature_helpers import E

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import read_mention

PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."
# a bio or a self-introduction closes an answer of more than one sentence
BODY = "Cooling vests help some people. Others plan walks for the early morning."


def read(*last: str) -> Expert | None:
    """The expert read from an answer of one prose line and then the ``last`` lines."""
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.expert if got else None


# -- the appositive ---------------------------------------------------------------------------
def test_a_word_leaning_on_the_appositive_is_no_part():  # og27 (set 30), ausdoc.com.au
    line = (
        "Dr Tamsin Arkwright, herself a consultant neurologist at Wexley General Hospital,"
        " says an early scan spares weeks of doubt."
    )
    assert read(line) == E(
        "Tamsin Arkwright", titles=["consultant neurologist"], institution="Wexley General Hospital"
    )


def test_a_workplace_counted_not_named_is_no_part():  # og27 (set 30), ausdoc.com.au
    line = (
        "Dr Tamsin Arkwright, a consultant neurologist at two hospitals in Wexley, says an"
        " early scan spares weeks of doubt."
    )
    assert read(line) == E("Tamsin Arkwright", titles=["consultant neurologist"])


def test_an_outlet_before_a_prose_role_is_the_employer():  # t22 (set 7), mult-sclerosis.org
    line = "Dr Colm Breslin, The Evening Ledger medical expert, answers your questions on MS."
    assert read(line) == E(
        "Colm Breslin", titles=["medical expert"], institution="The Evening Ledger"
    )


def test_expert_is_a_prose_role_head():  # oi19 (set 32), "a leading expert on ..."
    line = "We spoke with Dr. Ingrid Solvang, a leading expert on fatigue."
    assert read(line) == E("Ingrid Solvang", titles=["leading expert on fatigue"])


def test_an_english_cleft_introduces_the_person():  # oi10 (set 32), castbox.fm
    line = (
        "The first to answer was Dr Maeve Corrigan, Consultant in Neurology at Shannonside"
        " University Hospital."
    )
    assert read(line) == E(
        "Maeve Corrigan",
        titles=["Consultant in Neurology"],
        institution="Shannonside University Hospital",
    )


def test_a_cleft_about_the_narrators_doctor_is_no_signature():
    line = "My neurologist was Dr Maeve Corrigan, Consultant in Neurology at Shannonside Hospital."
    assert read(line) is None


# -- an organisation, a lower-case role, a name ---------------------------------------------
def test_organisation_then_lower_case_role_then_name():  # oj22 (set 33), sleepreviewmag.com
    line = (
        "An interview with Harrowgate Tech associate professor Daniel Ferreira ran in the"
        " Weekly Courier ahead of his talk on sleep."
    )
    assert read(line) == E(
        "Daniel Ferreira", titles=["associate professor"], institution="Harrowgate Tech"
    )


def test_the_narrators_own_doctor_by_organisation_and_role_is_no_signature():
    line = "My Harrowgate Hospital neurologist Daniel Ferreira told me to rest in the heat."
    assert read(line) is None


# -- a bio's roles ------------------------------------------------------------------------------
def test_self_introduction_next_sentence_two_roles_and_employer():  # t09 (set 7), thermapparel
    line = (
        "My name is Dr. Freya Lindholm. I'm a physical therapist and Balance Clinic Specialist"
        " at The Even Keel. Feel free to write to me with your questions."
    )
    assert read(BODY, line) == E(
        "Freya Lindholm",
        titles=["physical therapist", "Balance Clinic Specialist"],
        institution="The Even Keel",
    )


def test_bio_roles_joined_by_and_split_at_a_capitalised_role():  # e19 (set 21), txteam.com
    line = (
        "Owen Marsh, MOT, OTR/L is an occupational therapist and Certified Hand Therapist at"
        " Riverbend Therapy in Ashby."
    )
    got = read(BODY, line)
    assert got is not None
    assert got.titles == ("occupational therapist", "Certified Hand Therapist")


def test_a_roles_unit_stays_the_roles_when_at_names_the_employer():  # i19 (set 24), mda.org
    line = (
        "Imke Vollrath is executive director of the Harbour MS Research Center at the"
        " University of Wexley."
    )
    got = read(BODY, line)
    assert got is not None
    assert got.titles == ("executive director of the Harbour MS Research Center",)
    assert got.institution == "the University of Wexley"


# -- a role before the name ---------------------------------------------------------------------
def test_role_words_then_a_known_given_name_then_a_verb():  # m06 (set 10), mstrust.org.uk
    line = (
        "Consultant neuropsychologist Harriet Quayle worked in the NHS for twelve years before"
        " she joined the charity."
    )
    assert read(line) == E("Harriet Quayle", titles=["Consultant neuropsychologist"])


def test_role_words_then_a_name_the_narrator_saw_is_no_signature():
    assert read("Neurologist Harriet Quayle treated me for years.") is None


# -- a self-introduction ------------------------------------------------------------------------
def test_the_hosts_role_before_the_name_alone_is_the_title():  # oj02 (set 33), uchicagomedicine.org
    assert read(BODY, "I'm your host, Marit Lindqvist.") == E("Marit Lindqvist", titles=["host"])


def test_the_hosts_role_gives_way_to_the_roles_after_the_name():
    got = read(BODY, "I'm your host, Dr. Marit Lindqvist, Clinic Manager at Harbour MS Care.")
    assert got is not None and got.titles == ("Clinic Manager",)


# -- a bio under its heading in one paragraph --------------------------------------------------
def test_a_bio_heading_run_on_before_the_name():  # og24 (set 30), my.clevelandclinic.org
    line = (
        "About the Speaker Ines Carvalho, MD, is a staff neurologist at Harbourside Clinic."
        " Her interests include headache and sleep."
    )
    assert read(BODY, line) == E(
        "Ines Carvalho", ["MD"], ["staff neurologist"], "Harbourside Clinic"
    )


# -- roles read as the employer ------------------------------------------------------------------
def test_two_roles_joined_by_and_read_as_the_employer_are_titles():  # p28 (set 11), npalliance.org
    line = (
        "This excerpt is from an article written by Lena Okafor, MD, Ashby area pediatrician"
        " and NPA Board Member."
    )
    assert read(BODY, line) == E(
        "Lena Okafor", ["MD"], ["Ashby area pediatrician", "NPA Board Member"]
    )


# -- a surname after the quotation, the full name in the paragraph above ----------------------
def test_surname_then_verb_after_a_quotation_reads_the_person_named_above():  # oj12 (set 33)
    # vetmed.tamu.edu: the full name and the appositive one paragraph up, then '"...," X said.'
    above = (
        "Dr. Nora Ekwall, clinical assistant professor at the Harwick College of Nursing, said"
        " a cooling vest is one of the simplest aids."
    )
    last = "\u201cA vest cannot slip off the way a scarf can,\u201d Ekwall said."
    assert read(above, last) == E(
        "Nora Ekwall",
        titles=["clinical assistant professor"],
        institution="the Harwick College of Nursing",
    )


def test_an_acronym_shaped_employer_before_a_role_with_its_object():  # oj23 (set 33)
    # news.arizona.edu: "Name, a UArizona associate professor of X, describes ..."
    above = (
        "Marta Quiroga, a UHarwick associate professor of nursing sciences, describes rest as"
        " a buffer against stress."
    )
    last = "\u201cWhen we sleep badly, small troubles feel much larger,\u201d Quiroga said."
    assert read(above, last) == E(
        "Marta Quiroga", titles=["associate professor of nursing sciences"], institution="UHarwick"
    )


def test_surname_after_a_quotation_reads_the_lead_author_named_above():  # oj04 (set 33)
    # physiciansweekly.com: "Name, M.D., from X Hospital in Y, and colleagues compared ..."
    above = (
        "Petra L. Sandvik, M.D., from Eastholm General Hospital in Brightsea, and colleagues"
        " compared outcomes at clinics with and without a nurse line."
    )
    last = "\u201cA nurse line keeps people out of the emergency room,\u201d Sandvik said."
    assert read(above, last) == E(
        "Petra L. Sandvik", ["M.D."], institution="Eastholm General Hospital", place="Brightsea"
    )


def test_a_name_line_run_on_before_its_own_bio():  # m38 (set 10), msaustralia.org.au
    line = "Moira Keane Moira Keane is a consultant neurologist at Harbour Hospital."
    assert read(BODY, line) == E(
        "Moira Keane", titles=["consultant neurologist"], institution="Harbour Hospital"
    )


def test_a_blogs_label_list_run_on_after_the_bio():  # p17 (set 11), blog.acphospitalist.org
    line = (
        "Anton Reyes, MD, is a hospital epidemiologist at Harwick General Hospital."
        " This post originally appeared at the blog Ward Notes. Labels: , , ,"
    )
    got = read(BODY, line)
    assert got is not None and got.name == "Anton Reyes" and got.degrees == ("MD",)


# -- a transcript's last turn ----------------------------------------------------------------
def test_the_last_turn_of_a_dialogue_names_the_answerer():  # oh33 (set 31), rtl.be
    above = "Mirela Ionescu: Is fatigue common at work?"
    last = "Tomas Hallberg: Yes, and many people change their hours because of it."
    assert read(above, last) == E("Tomas Hallberg")


def test_an_honorific_and_a_full_name_label_the_answer():  # oj26 (set 33), vice.com
    last = "Dr Hanna Sorensen: I hope attitudes change, so that sleep is no longer seen as weak."
    assert read(BODY, last) == E("Hanna Sorensen")


def test_an_honorific_and_a_surname_alone_label_no_answer():  # the corpus's r144
    assert read(BODY, "Dr. Vance: You're welcome, thanks for having me on the show.") is None


def test_a_label_with_a_timestamp():  # oh04 (set 31), nationalmigrainecentre.org.uk
    last = "Dr Ines Varga [00:41:12] Thank you for listening, and do send us your questions."
    assert read(BODY, last) == E("Ines Varga")


def test_a_bare_name_label_without_a_dialogue_or_a_question_reads_no_turn():
    assert read(BODY, "Tomas Hallberg: thank you for the answer, it helped.") is None
    above = "Mirela Ionescu: Is fatigue common at work?"
    assert read(above, "Tomas Hallberg: Does it get worse in summer?") is None


def test_a_cited_studys_author_by_organisation_and_role_is_no_signature():
    line = "A 2019 study by Harwick University neurologist Daniel Ferreira found that vests help."
    assert read(line) is None
    assert read("Neurologist Harriet Quayle led the trial in 2019.") is None


def test_a_cleft_naming_a_studys_author_is_no_signature():
    line = "The lead author of the study was Dr Maeve Corrigan, a neurologist at Shannon Hospital."
    assert read(line) is None
