"""Attributions inside the answer's last prose paragraph, round 19, wave 2 (signature/mention.py).

The "introduced" shape: a frame word anywhere in the sentence (a reporting verb, a cleft's
copula, an interview's preposition), an article or a contracted preposition, the person and an
appositive set off by a comma, in any language; the words are data (data/mention_frames.json).
Each test names the development-set case whose real page shows the form
(tests/data/signature_eval_cases_N.json) and that page's site; every person, organisation and
town here is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import frames, read_mention

PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def read(*last: str) -> Expert | None:
    """The expert read from an answer of one prose line and then the ``last`` lines."""
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.expert if got else None


# -- the introduced shape --------------------------------------------------------------------
def test_portuguese_cleft_quem_o_diz_e_o_dr():  # og09 (set 30), news-medical neurology portal
    line = (
        "Quem o diz é o Dr. Vasco Terra, presidente do Colégio de Neurologia da Sociedade"
        " Clínica do Centro, a propósito do dia nacional da doença."
    )
    assert read(line) == E(
        "Vasco Terra",
        titles=["presidente do Colégio de Neurologia"],
        institution="Sociedade Clínica do Centro",
    )


def test_italian_cleft_e_il_professor_a_tracciare():  # og19 (set 30), Italian news site
    line = (
        "È il professor Fabio Cervi, presidente della Fondazione Studio Midollo (Fsm), a"
        " spiegare come cambia la malattia."
    )
    assert read(line) == E(
        "Fabio Cervi", titles=["presidente"], institution="Fondazione Studio Midollo (Fsm)"
    )


def test_spanish_verb_then_an_adverbial_then_la_doctora():  # og38 (set 30), Spanish clinic news
    line = (
        "«Así se reduce el riesgo», declaró en la nota de prensa del hospital la doctora"
        " Lucía Ferrán Soto, neuróloga pediatra."
    )
    assert read(line) == E("Lucía Ferrán Soto", titles=["neuróloga pediatra"])


def test_french_avec_le_prof_first_of_two_employers():  # oh34 (set 31), Swiss health magazine
    line = (
        "Troisième partie du dossier, avec le Prof. Gilles Morand, neurologue au Centre"
        " hospitalier de Val-Rouge et au réseau de soins du Bas-Lac à (...)"
    )
    assert read(line) == E(
        "Gilles Morand", titles=["neurologue"], institution="Centre hospitalier de Val-Rouge"
    )


def test_portuguese_falamos_com_reads_the_person():  # og08 (set 30), Portuguese senior magazine
    line = (
        "Para perceber melhor a doença falámos com Nuno Sarmento Pires, neurologista e Diretor"
        " da Clínica Bom Passo."
    )
    got = read(line)
    assert got is not None and got.name == "Nuno Sarmento Pires"


def test_portuguese_two_roles_and_a_role_adjective():  # og08 (set 30), Portuguese senior magazine
    line = (
        "Para perceber melhor a doença falámos com Nuno Sarmento Pires, neurologista e Diretor"
        " Clínico da Clínica Bom Passo."
    )
    assert read(line) == E(
        "Nuno Sarmento Pires",
        titles=["neurologista", "Diretor Clínico"],
        institution="Clínica Bom Passo",
    )


def test_a_town_before_a_lower_case_role_is_the_place():  # og32 (set 30), US TV station site
    line = "It can also bring muscle weakness, says Dr. Alan Pruett, a Brookfield neurologist."
    assert read(line) == E("Alan Pruett", titles=["neurologist"], place="Brookfield")


def test_german_honorific_name_then_a_relative_clause():  # oh12 (set 31), university podcast page
    line = (
        "Zum Welt-MS-Tag schildert Prof. Dr. Lukas Brammer, der seit 2015 an der Universität"
        " Nordstadt lehrt, im Podcast die Fortschritte der Forschung."
    )
    assert read(line) == E("Lukas Brammer")


def test_french_opener_long_title_split_at_the_named_body():  # od28 (set 29), Swiss radio site
    line = (
        "Les explications du professeur Émile Rossier, chef du service de neurologie du Centre"
        " hospitalier universitaire de Vallorbe (CHUV)."
    )
    assert read(line) == E(
        "Émile Rossier",
        titles=["chef du service de neurologie"],
        institution="Centre hospitalier universitaire de Vallorbe (CHUV)",
    )


def test_french_elided_article_after_a_joiner():  # oh31 (set 31), Swiss regional TV site
    line = (
        "Nous accueillons le Dr Luc Pittet, chef du service de neurologie à l'Hôpital des"
        " Trois-Lacs."
    )
    assert read(line) == E(
        "Luc Pittet",
        titles=["chef du service de neurologie"],
        institution="Hôpital des Trois-Lacs",
    )


def test_dutch_ziet_lower_case_role_before_the_name():  # og43 (set 30), Dutch health news site
    line = "Toch wordt het nog vaak niet serieus genomen, ziet hoogleraar neurologie Anouk Brink."
    assert read(line) == E("Anouk Brink", titles=["hoogleraar neurologie"])


def test_dutch_met_role_before_the_name_and_an_age():  # oh09 (set 31), Dutch patient magazine
    line = "Met neuroloog in opleiding Anna Visscher (29) praat ik over wat MS is."
    assert read(line) == E("Anna Visscher", titles=["neuroloog in opleiding"])


def test_a_role_before_an_organisation_reads_nobody():
    assert read("Ze sprak met neuroloog Anna Visscher Kliniek Oost over MS.") is None


def test_german_sagt_role_im_unit():  # oh30 (set 31), Swiss rehabilitation clinic page
    line = (
        "«Wir hören zu und suchen gemeinsam Wege», sagt Prof. Dr. med. Jakob Imhof, Senior"
        " Berater im Rehazentrum Talblick."
    )
    assert read(line) == E(
        "Jakob Imhof", titles=["Senior Berater"], institution="Rehazentrum Talblick"
    )


def test_german_von_der_role_honorific_and_a_relative_als_clause():  # og15 (set 30), MS magazine
    line = (
        "Gegründet wurde es von der Neurologin PD Dr. Greta Hollmann, die als Oberärztin am"
        " Elisenstift in Marbeck tätig ist."
    )
    assert read(line) == E(
        "Greta Hollmann",
        titles=["Neurologin", "Oberärztin"],
        institution="Elisenstift",
        place="Marbeck",
    )


def test_german_a_citation_von_dr_is_no_agent():
    assert read("Eine Studie von Dr. Greta Hollmann, Oberärztin am Elisenstift, zeigt das.") is None


def test_german_sagt_role_im_unit_in_town():  # oh30 (set 31), Swiss rehabilitation clinic page
    line = (
        "«Wir hören zu», sagt Prof. Dr. med. Jakob Imhof, Senior Berater im Rehazentrum"
        " Talblick in Oberwangen."
    )
    assert read(line) == E(
        "Jakob Imhof",
        titles=["Senior Berater"],
        institution="Rehazentrum Talblick",
        place="Oberwangen",
    )


# -- English appositives -------------------------------------------------------------------------
def test_says_name_company_then_lower_case_role():  # og11 (set 30), MS chapter newsletter (issuu)
    line = "\u201cIt meant a lot to the whole team,\u201d says Ross Calder, Harrow Motors chief engineer."
    assert read(line) == E("Ross Calder", titles=["chief engineer"], institution="Harrow Motors")


def test_a_workplace_named_before_is_dropped():  # oh02 (set 31), UK newspaper health page
    line = "\u201cNobody at work takes it seriously,\u201d says Dr Ines Rowe, research director at the clinic."
    assert read(line) == E("Ines Rowe", titles=["research director"])


def test_a_surname_subject_with_an_article_and_a_role():  # og26 (set 30), US newspaper feature
    line = "Lindqvist, an associate professor at Carden University, thinks sleep matters more."
    assert read(line) == E(
        "Lindqvist", titles=["associate professor"], institution="Carden University"
    )


def test_an_unclosed_appositive_before_a_past_tense_verb():  # oh13 (set 31), Indian city news
    line = (
        "Dr. Kiran Bhave, Chief Neurologist, Sunrise Hospital Hill Park delivered a talk on how"
        " stress affects people with MS."
    )
    assert read(line) == E(
        "Kiran Bhave", titles=["Chief Neurologist"], institution="Sunrise Hospital Hill Park"
    )


def test_a_surname_in_passing_reads_nobody():
    assert read("Lindqvist, a friend of mine, thinks sleep matters more.") is None


# -- a leading verb: the unit's organisation is the employer -------------------------------------
def test_italian_il_professor_coordina_dell_istituto():  # og07 (set 30), dagospia.com
    lines = [
        "Il professor Carlo Bensi coordina l'area neurologica dell'Istituto San Rocco di"
        " Mantova. È tra i maggiori esperti italiani di sclerosi multipla."
    ]
    assert read(*lines) == E("Carlo Bensi", institution="Istituto San Rocco di Mantova")


def test_english_leads_the_service_at_an_organisation():  # og07's shape in English
    line = "Dr. Jane Whitlow leads the MS service at Fenwick General Hospital."
    assert read(line) == E("Jane Whitlow", institution="Fenwick General Hospital")


def test_a_task_for_an_organisation_is_no_employer():
    assert read("Dr. Jane Whitlow leads the walk for the MS Society.") is None


def test_the_frame_words_are_data():
    f = frames()
    assert ("com",) in f.introducing_words and ("è",) in f.introducing_words
    assert ("von", "der") in f.person_articles and ("o",) in f.person_articles
    assert "coordina" in f.leading_verbs and "leitet" in f.leading_verbs
    assert "der" in f.relative_pronouns and ("die", "als") in f.relative_as
    assert "von" in f.agent_prepositions and "meiner" in f.narrator_possessives


# -- refusals ----------------------------------------------------------------------------------
def test_a_passing_mention_after_with_reads_nobody():
    assert read("I went there with my neurologist, Dr. Anna Berg, neurologist at X Clinic.") is None


def test_an_organisation_after_the_frame_reads_nobody():
    line = "È la Fondazione Studio Midollo, con il Centro Sclerosi Multipla, a spiegare la cura."
    assert read(line) is None


# -- properties --------------------------------------------------------------------------------
GIVEN = ["Maren", "Tobias", "Ingrid", "Rashid", "Odile", "José", "Zofia", "Ananya"]
SURNAMES = ["Falkner", "Oyelaran", "Brennan", "Martínez", "Kowalczyk", "Ng-Harper"]
# (sentence, role, organisation) per language: the frame word, an article, the person, the
# appositive; "{who}" is honorific, given name and surname
INTRODUCED = [
    (
        "Quem o explica é o {who}, {role} do {org}, a propósito do dia.",
        "presidente",
        "Hospital Vale Verde",
    ),
    (
        "È il {who}, {role} della {org}, a tracciare il quadro.",
        "presidente",
        "Fondazione Nervi Sani",
    ),
    ("«Es un avance», declaró en la rueda de prensa la {who}, {role}.", "neuróloga pediatra", None),
    (
        "Dazu sprechen wir mit {who}, {role} am {org}, über die Therapie.",
        "Neurologin",
        "Klinikum Talheim",
    ),
    (
        "Pour en parler, avec le {who}, {role} au {org}.",
        "neurologue",
        "Centre hospitalier de Morand",
    ),
    ("Para saber más, hablamos con el {who}, {role} del {org}.", "neurólogo", "Hospital San Telmo"),
]
HONORIFICS = {
    "Quem": "Dr.",
    "È": "professor",
    "«Es": "doctora",
    "Dazu": "Prof. Dr.",
    "Pour": "Prof.",
    "Para": "doctor",
}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(INTRODUCED))
def test_an_introduced_person_is_read_in_any_language(first, last, form):
    sentence, role, org = form
    honorific = HONORIFICS[sentence.split()[0]]
    line = sentence.format(who=f"{honorific} {first} {last}", role=role, org=org)
    got = found(line, prose=[PROSE])
    assert got.experts == [E(f"{first} {last}", titles=[role], institution=org)]
    assert got.start is None and got.raw == line  # the sentence stays in the answer


# the writer's own doctor, a citation, a task: passing mentions in the shape's languages
PASSING = [
    "Ich sprach mit meiner Neurologin {who}, Oberärztin am Klinikum Talheim, über die Therapie.",
    "Hablé con mi neuróloga, la {who}, jefa del servicio de neurología del Hospital San Telmo.",
    "J'ai parlé avec mon neurologue, le {who}, chef du service de neurologie à l'Hôpital Nord.",
    "Eine Studie von {who}, Oberärztin am Klinikum Talheim, zeigt einen kleinen Nutzen.",
    "Fui com o meu neurologista, o {who}, diretor da Clínica Bom Passo, ao hospital.",
    "{who} leads the walk for the MS Society every spring.",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Dr.", "Prof. Dr.", "Professor"]),
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(PASSING),
)
def test_a_passing_mention_in_any_language_yields_none(honorific, first, last, mention):
    line = mention.format(who=f"{honorific} {first} {last}")
    got = found(line, prose=[PROSE])
    assert got.experts == [] and got.start is None


ORG_WORDS = ["MS Society", "MS Center of Fenwick", "Fenwick University", "Centro Sclerosi Multipla"]
ORG_SENTENCES = [
    "Quem o diz é a {a}, com o {b}, a propósito do dia.",
    "È il {a}, presidente della {b}, a tracciare il quadro.",
    "Hablamos con la {a}, del {b}, sobre la enfermedad.",
    "We spoke with the {a}, the {b} and the {c} about fatigue.",
    "Dazu sprechen wir mit der {a}, am {b}, über die Therapie.",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_SENTENCES),
)
def test_organisations_after_a_frame_word_yield_no_expert_and_lose_no_text(a, b, c, sentence):
    line = sentence.format(a=a, b=b, c=c)
    got = found(line, prose=[PROSE])
    assert got.experts == [] and got.start is None
