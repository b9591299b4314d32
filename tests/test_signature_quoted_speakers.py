"""A quotation's speaker and a reported speaker are the expert (signature/mention.py, "reported").

Round 17's policy: a person the answer's last sentence quotes or reports, named with a role,
credentials, an honorific or an organisation, is the expert ("who said what" is the archive's
point). The sentence stays in the answer and the post gets its own problem note. Every person,
organisation and town here is invented; each test names the development-set case whose real
page shows the form (tests/data/signature_eval_cases_N.json) and that page's site. The non-English
frames are tested with English roles: the other languages' role and organisation words are the
vocabulary's (signature_vocabulary.json), not the frames'.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.experts import MENTIONED, REPORTED
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import frames, read_mention

PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def read(*last: str):
    """The expert read from an answer of one prose line and then the ``last`` lines."""
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.expert if got else None


def name(*last: str) -> str | None:
    got = read(*last)
    return got.name if got else None


# -- the verb after the quotation: '"...," said Name, ROLE at ORG.' ---------------------------
def test_explained_name_role_at_org():  # ob01 (set 27), psychiatrictimes.com
    line = (
        '"We start with what a relapse is and what it is not," explained Mirela Voskuijl,'
        " director of family services at the Tarrow Valley MS Alliance."
    )
    assert read(line) == E(
        "Mirela Voskuijl",
        titles=["director of family services"],
        institution="the Tarrow Valley MS Alliance",
    )


def test_said_dr_name_three_lower_case_roles():  # l39 (set 25), globenewswire.com
    line = (
        "\u201cThe whole institute backed the bid,\u201d said Dr. Casimir Adeyemi, chairman of"
        " the department of neurobiology, director of the Brain Institute and NRP Principal"
        " Investigator."
    )
    assert name(line) == "Casimir Adeyemi"


def test_said_name_roles_joined_by_and():  # l03 (set 25), financialtribune.com
    line = (
        "Three MS clinics will open next year in the northern provinces, said Darius Farahani,"
        " senior neurologist and deputy head of the Eastmoor MS Society."
    )
    got = read(line)
    assert got.name == "Darius Farahani" and got.institution == "the Eastmoor MS Society"


def test_said_doctor_spelled_out_then_a_second_verb():  # l19 (set 25), wchstv.com
    line = (
        "\u201cNo one doctor knows every part of the care,\u201d said Doctor Aldo Brenneke,"
        " Chairman of the Department of Neurology says nurses belong to the team."
    )
    assert read(line) == E("Aldo Brenneke", titles=["Chairman of the Department of Neurology"])


def test_says_inside_a_paraphrase():  # y56 (set 2): a paraphrased quotation's speaker
    line = (
        "Most people can keep working, says Dr. Oona Pellegrini, a neurologist at Fenmore Hospital."
    )
    assert read(line) == E(
        "Oona Pellegrini", titles=["neurologist"], institution="Fenmore Hospital"
    )


def test_according_to_name_degrees_roles_places():  # o31 (set 26), ajmc.com
    line = (
        "Some months carry extra risk, such as those after delivery, according to Liesbet"
        " Vandamme, MD, PhD, neurologist at the Scheldt MS Centre, Oostveld, in Brugmont,"
        " Belgium, and consultant neurologist at the University Hospital in Brugmont, Belgium."
    )
    got = read(line)
    assert (got.name, got.degrees) == ("Liesbet Vandamme", ("MD", "PhD"))


def test_according_to_opening_the_sentence():  # y58 (set 2)
    line = (
        "According to Dr Revathi Iyer, Professor, Department of Neurology, Institute of Clinical"
        " Sciences, \u2018Early diagnosis slows the disease\u2019."
    )
    assert name(line) == "Revathi Iyer"


# -- the speaker before the verb ------------------------------------------------------------------
def test_name_role_at_org_said_colon():  # l27 (set 25), bucksfreepress.co.uk
    line = (
        "Greta Holloway, Chief Executive at the Southern MS Society, said: \u201cResearch has"
        " brought us to a point where nobody's MS need get worse.\u201d"
    )
    assert read(line) == E(
        "Greta Holloway", titles=["Chief Executive"], institution="the Southern MS Society"
    )


def test_name_role_said_without_a_quotation():  # h43 (set 1)
    line = "Harriet Lowell, chief executive of the Wessex MS Society, said the findings were grim."
    assert read(line) == E(
        "Harriet Lowell", titles=["chief executive"], institution="the Wessex MS Society"
    )


def test_name_degree_role_for_org_told_an_outlet():  # ob06 (set 27), newsroom.ohiohealth.com
    line = (
        "Tobiah Renwick, MD, neuroimmunologist for Larchmont Health Neuroscience told a health"
        " magazine the evidence is promising but not conclusive."
    )
    assert read(line) == E(
        "Tobiah Renwick",
        ["MD"],
        ["neuroimmunologist"],
        institution="Larchmont Health Neuroscience",
    )


def test_possessive_organisation_role_for_an_area():  # o37 (set 26), barkinganddagenhampost
    line = (
        "Winifred Ashcombe, the MS Society's service development officer for Thornbury, said:"
        " \u201cMS nurses reassure people as they face each day.\u201d"
    )
    assert read(line) == E(
        "Winifred Ashcombe",
        titles=["service development officer"],
        institution="MS Society",
        place="Thornbury",
    )


def test_role_of_org_first_then_name_explained():  # o38 (set 26), barkinganddagenhampost
    line = (
        "Medical director of the hospital trust, Desmond Achterberg, explained: \u201cA review"
        " found the community clinics missed many appointments.\u201d"
    )
    assert read(line) == E("Desmond Achterberg", titles=["Medical director of the hospital trust"])


def test_role_first_name_said_no_comma_after():  # o06 (set 26), freedom2live.com.au
    line = "MS Westland chief executive, Philippa Marchbank said most people know little of MS."
    assert name(line) == "Philippa Marchbank"


def test_director_of_public_affairs_name_said():  # ob33 (set 27), yorkshirepost.co.uk
    line = (
        'Director of public affairs, Ottilie Brannagh, said: "Without specialists people cope'
        ' less well."'
    )
    assert read(line) == E("Ottilie Brannagh", titles=["Director of public affairs"])


def test_long_role_then_at_org_then_name():  # ob34 (set 27), yorkshirepost.co.uk
    line = (
        "Deputy director of operations for the division of medicine, at Ravensholt Hospitals,"
        ' Cedric Fairweather, said: "We are recruiting a specialist MS consultant."'
    )
    assert read(line) == E(
        "Cedric Fairweather",
        titles=["Deputy director of operations for the division of medicine"],
        institution="Ravensholt Hospitals",
    )


def test_role_then_org_as_two_appositives_said():  # ob25 (set 27), safaheadline.com
    line = (
        "Obinna Eze, consultant neurologist, the University of Ikorodu Teaching Hospital said"
        " awareness of the disease must grow."
    )
    assert read(line) == E(
        "Obinna Eze",
        titles=["consultant neurologist"],
        institution="the University of Ikorodu Teaching Hospital",
    )


def test_after_a_quotation_name_appositive_said_tuesday():  # l04 (set 25), reddeeradvocate.com
    line = (
        "\u201cWe want care and research under one roof,\u201d Dr. Lucinda Faria, a clinician"
        " and researcher recruited to lead the centre, said Tuesday in a release."
    )
    assert name(line) == "Lucinda Faria"


def test_relative_clause_between_name_and_verb():  # ob26 (set 27), westafricanpilotnews.com
    line = (
        "The secretary Plateau Society of Neurological Sciences (PSNS), Prof.Yakubu Bello, who"
        " disclosed this in Kanem during a walk, said early diagnosis helps."
    )
    assert name(line) == "Yakubu Bello"


# -- a surname alone ---------------------------------------------------------------------------
def test_honorific_surname_told_a_writer():  # ob07 (set 27), newsroom.ohiohealth.com
    line = '"No diet undoes the damage," Dr. Pennington told writer Maisie Colquhoun.'
    assert read(line) == E("Pennington")


def test_surname_with_a_relative_role():  # ob18 (set 27), taintedkernel.com
    line = (
        '"Two people with the same scan can end up far apart," said Haldorsen, who previously'
        " was director of the Eastfield Clinic's MS program."
    )
    assert name(line) == "Haldorsen"


def test_surname_named_in_full_above():  # ob32 (set 27), newsflash.org
    above = 'According to neurologist and MS expert Dr. Emilio Barranco, "Awareness has grown."'
    assert name(above, '"Symptoms depend on where the lesion is," said Barranco.') == (
        "Emilio Barranco"
    )


def test_bare_surname_with_nothing_above_reads_nothing():  # no role, no honorific, no one above
    assert read('"Symptoms depend on where the lesion is," said Barranco.') is None
    assert read('"Symptoms depend on where the lesion is," said Tuesday.') is None


# -- a leader, an appositive subject, a quotation that goes on -------------------------------
def test_unit_led_by_name_degree():  # ob36 (set 27), neuroimmunology.wustl.edu
    line = (
        "The pediatric neurology faculty at Larkspur Children's Hospital (LCH) led by Minh Vo,"
        " MD, often works with the adult MS group."
    )
    assert read(line) == E("Minh Vo", ["MD"])


def test_appositive_subject_with_a_role_any_verb():  # ob24 (set 27), newindianexpress.com
    line = (
        "Dr Ravindra Kulkarni, senior consultant neurologist and professor at Sahyadri Hospital,"
        " was visiting a colleague when he saw the scan."
    )
    assert read(line) == E(
        "Ravindra Kulkarni",
        titles=["senior consultant neurologist", "professor"],
        institution="Sahyadri Hospital",
    )


def test_quotation_going_on_in_its_own_paragraph():  # l20 (set 25), wvuhealthcare.com
    lines = [
        "\u201cMS strikes people just starting out,\u201d explained Ambrose Quill, M.D.,"
        " professor and chair of the Northgate University Department of Neurology.",
        "\u201cThe diagnosis is far easier to make today.\u201d",
    ]
    got = read(*lines)
    assert (got.name, got.degrees) == ("Ambrose Quill", ("M.D.",))


# -- other languages' frames, with English roles -------------------------------------------------
def test_german_so_after_a_quotation():  # o17 (set 26), helios-gesundheit.de
    assert name("\u201eDas Ziel ist ein gutes Leben\u201c, so Dr. Brandl.") == "Brandl"


def test_german_so_then_a_role_before_a_surname():  # o17 (set 26): 'so Chefarzt Surname'
    assert read("\u201eDas Ziel ist ein gutes Leben\u201c, so neurologist Brandl.") == E(
        "Brandl", titles=["neurologist"]
    )
    assert read('"Symptoms vary," said neurologist Tuesday.') is None


def test_german_sagt():  # o28 (set 26), faz.net
    line = (
        "\u201eWir sind weit gekommen\u201c, sagt Jonas Heckmann, neurologist at Klinikum Ostheim."
    )
    assert read(line) == E("Jonas Heckmann", titles=["neurologist"], institution="Klinikum Ostheim")


def test_german_erklaert_professor():  # o33 (set 26), ga.de
    line = (
        "\u201eDer Name beschreibt einen Zustand\u201c, erklärt Professor Anselm Voigt, Director"
        " of the Neurology Clinic at Lindau University Hospital."
    )
    assert name(line) == "Anselm Voigt"


def test_italian_spiega_before_a_quotation():  # o14 (set 26), ilmessaggero.it
    line = (
        "Per essere certi, spiega Silvano Ruggeri, neurologist at Santa Chiara Hospital,"
        " \u00aboccorrono diversi esami\u00bb."
    )
    assert read(line) == E(
        "Silvano Ruggeri", titles=["neurologist"], institution="Santa Chiara Hospital"
    )


def test_spanish_tal_y_como_explica_then_the_clause():  # o21 (set 26), ideal.es
    line = (
        "Tal y como explica Ramiro Ledesma, neurologist at Virgen del Mar Hospital, la"
        " enfermedad produce síntomas de movimiento, sensibilidad y visión."
    )
    assert read(line) == E(
        "Ramiro Ledesma", titles=["neurologist"], institution="Virgen del Mar Hospital"
    )


def test_spanish_explica_para_un_diario_que():  # o23 (set 26), 103news.com
    line = (
        "Head of neurology at San Telmo Hospital, Nicanor Arjol explica para un diario local que"
        " \u00abel premio reconoce muchos años de trabajo\u00bb."
    )
    assert name(line) == "Nicanor Arjol"


def test_a_phrase_before_the_name_is_no_role():  # the role-first reading needs a role
    assert read("After the long meeting, Helen Marsh said it was fine.") is None
    assert read("In a statement on Tuesday, Helen Marsh said it was fine.") is None


def test_french_explique_after_guillemets():
    line = (
        "\u00ab Le repos aide \u00bb, explique Dr. Aurore Marchal, neurologist at Clinique Vauban."
    )
    assert name(line) == "Aurore Marchal"


def test_the_frames_are_data():
    f = frames()
    assert f.version >= "2026-12-03.2m"
    for verb in ("said", "explica", "spiega", "sagt", "erklärt", "explique"):
        assert any(verb in phrase for phrase in f.quote_verbs)
    assert "so" in f.quote_only_verbs
    assert ("según",) in f.speaker_openers and ("selon",) in f.speaker_openers
    assert ("a", "dirlo", "è") in f.speaker_openers
    assert ("led", "by") in f.leading_frames


# -- what the answer keeps, and the note -------------------------------------------------------
def test_the_sentence_stays_and_the_note_says_it_was_quoted():  # y56 (set 2)
    line = "\u201cChoices are hard,\u201d said Lucas Brandvik, M.D., Westcombe Clinic neurologist."
    got = found(line, prose=[PROSE])
    assert got.experts == [E("Lucas Brandvik", ["M.D."], ["neurologist"], "Westcombe Clinic")]
    assert got.start is None and got.raw == line  # nothing leaves the answer
    assert got.problem == REPORTED and got.problem != MENTIONED
    assert got.confidence == 0.6


# -- refusals that protect against invention ---------------------------------------------------
def test_passing_mentions_read_nothing():
    for line in (
        "Dr. Smithers's 2019 study showed a small benefit of vitamin D.",
        "Ask your neurologist, Dr. Leland, about it at your next visit.",
        "Your neurologist, Dr. Leland, said it was nothing to worry about.",
        "When I asked Dr. Helen Marsh, she said it was fine.",
        "A study led by Dr. Helen Marsh, MD, found a small benefit.",
        "Dr Imelda Carrow explains the results in her new book.",
    ):
        assert read(line) is None, line


def test_a_citation_and_an_organisation_read_nothing():
    assert read("\u201cRest helps,\u201d said Marsh et al. (2019).") is None
    assert read("According to the MS Society, rest helps most people.") is None
    assert read('"It is no longer defensible," said a spokesperson for the MS Association.') is None


def test_no_role_no_credentials_no_honorific_reads_nothing():
    assert read("\u201cRest helps,\u201d said Helen Marsh.") is None
    assert read("Harriet Lowe said it was worrying.") is None


def test_the_disease_is_no_credential_or_employer():
    assert read("\u201cRest helps,\u201d said Helen Marsh, MS.") is None
    assert read("\u201cRest helps,\u201d said Helen Marsh, a patient living with MS.") is None


def test_two_speakers_where_one_would_be_read():
    assert (
        read("\u201cRest helps,\u201d said Dr. Helen Marsh, a neurologist, and Dr. Owen Petrie.")
        is None
    )
    # a subject of two, each named so: both are read (tests/test_signature_bio_sentences.py);
    # one of them alone is never read ("Helen Marsh and Owen Petrie said ..." reads nobody)
    assert read("Helen Marsh and Owen Petrie said the trial was small.") is None
    assert read("Helen Marsh of Fenwick Hospital and Owen Petrie said it was small.") is None


def test_a_label_over_ones_own_words_is_no_attribution():  # test_signature_families' Dr. Brix
    assert read("Dr. Brix: You're welcome, it was good to talk about this.") is None


# -- properties ------------------------------------------------------------------------------------
GIVEN = ["Harriet", "Delia", "Owen", "Bryony", "Marcus", "Helen", "Tobias", "Nadia", "Ingrid"]
SURNAMES = ["Arkwright", "Marlow", "Petrie", "Castellan", "Dunmore", "Farrant", "Okonjo", "Núñez"]
DEGREES = [(), ("MD",), ("MD", "PhD"), ("RN", "MSCN"), ("PharmD",)]
ROLES = [
    "neurologist",
    "clinical psychologist",
    "Consultant Neurologist",
    "Clinical Nurse Specialist",
]
ORGS = ["Lakeshore Medical Center", "Fenwick Hospital", "Kestrel University", "Harbour Clinic"]
QUOTES = ["Rest helps most people", "Most relapses settle within weeks", "Keep moving every day"]
FORMS = [
    "\u201c{q},\u201d said {who}, {role} at {org}.",
    "\u201c{q},\u201d explained {who}, {role} at {org}.",
    "{who}, {role} at {org}, said: \u201c{q}.\u201d",
    "{q}, says {who}, {role} at {org}.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(DEGREES),
    st.sampled_from(ROLES),
    st.sampled_from(ORGS),
    st.sampled_from(QUOTES),
    st.sampled_from(FORMS),
)
def test_generated_quotation_yields_exactly_its_speaker(first, last, degrees, role, org, q, form):
    who = ", ".join((f"{first} {last}", *degrees))
    line = form.format(q=q, who=who, role=role, org=org)
    got = found(line, prose=[PROSE])
    assert got.experts == [E(f"{first} {last}", degrees, [role], org)]
    assert got.start is None and got.raw == line  # the sentence stays in the answer
    assert got.problem == REPORTED


MENTIONS = [
    "{who}'s study showed a small benefit of vitamin D.",
    "Ask your neurologist, {who}, about it at your next visit.",
    "My neurologist, {who}, said it was nothing to worry about.",
    "I read a book by {who} last year and it helped.",
    "We saw {who} at the conference, and the talk was good.",
    "{who} discusses the latest research on stem cells on page 12.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["Dr. ", "Dr ", "Professor ", ""]),
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(MENTIONS),
)
def test_sentences_that_mention_a_doctor_yield_none(honorific, first, last, mention):
    line = mention.format(who=f"{honorific}{first} {last}")
    got = found(line, prose=[PROSE])
    assert got.experts == [] and got.start is None
