"""Non-English signatures (Spanish, Italian, German, French, Portuguese) read as English ones do.

Each class of the vocabulary's non-English entries has its own test (break a class and its test
fails), then one test per real form seen on a non-English page of the development yardsticks (the
comment names the set, the case and the site; every name, institution and town is invented), then
a property test: generated non-English signatures parse back exactly.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.signature import is_sentence, vocabulary
from msqa_scraper.extract.signature.dates import cut_meta, is_meta_line
from msqa_scraper.extract.signature.find import strip_lead_in

PROSE = ["La risonanza magnetica resta l'esame più utile per seguire la malattia."]


def one(*lines: str):
    """The one expert read under the prose, and the block starting right after it."""
    read = found(*lines, prose=PROSE)
    assert read.start == 1, read
    assert len(read.experts) == 1, read.experts
    return read.experts[0]


# -- each class -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "honorific",
    ["Dott.", "Dott.ssa", "Dr.ssa", "Dra.", "Pr", "Prof. Dr. med.", "Priv.-Doz. Dr.", "PD Dr."],
)
def test_honorifics_are_neither_name_nor_degree(honorific):
    expert = one(f"{honorific} Begoña Arrieta Solís")
    assert (expert.name, expert.degrees) == ("Begoña Arrieta Solís", ())


def test_an_abbreviated_honorific_in_lower_case_is_no_prose_word():
    # "Prof. Dr. med.": "med." would count as a lower-case prose word and the line as a sentence
    line = "Prof. Dr. med. Begoña Nuñez, Praticien hospitalier, Chef du service de neurologie"
    assert not is_sentence(line)


@pytest.mark.parametrize(
    "role", ["Neuróloga", "Neurologue", "Neurologista", "Oberärztin", "Chefarzt", "Primario"]
)
def test_role_heads(role):
    assert one("Dr. Jörg Weißhaupt", role).titles == (role,)


def test_role_modifiers():
    assert one("Dr. Jörg Weißhaupt", "Leitender Oberarzt").titles == ("Leitender Oberarzt",)


@pytest.mark.parametrize("role", ["Neuroradiologue", "Psicoterapeuta", "Neuropsicóloga"])
def test_role_shapes_of_other_languages(role):
    # no list names these: their endings (-ologue, -terapeuta, -óloga) make them role heads
    assert role not in frozenset(vocabulary().role_heads)  # the listed words only
    assert role in vocabulary().role_heads
    assert one("Inês Albuquerque Sá", role).titles == (role,)


def test_lower_case_prose_role_heads():
    expert = one("Elena Marchetti, coordinatrice del centro sclerosi multipla")
    assert expert.titles == ("coordinatrice del centro sclerosi multipla",)


@pytest.mark.parametrize(
    "org",
    [
        "Universitätsklinikum Lindtal",
        "CHU de Bellerive",
        "Hospital Universitario de Valdemora",
        "Ospedale San Carlo",
        "Azienda Ospedaliera San Carlo",
        "Hôpital Sainte-Aure",
        "Fondation Sainte-Clothilde",
        "Centro Hospitalar de Vale Alto",
    ],
)
def test_organisation_heads(org):
    expert = one("Dra. Begoña Arrieta", "Neuróloga", org)
    assert (expert.titles, expert.institution) == (("Neuróloga",), org)


@pytest.mark.parametrize(
    "role, org",
    [
        ("Direktor der Klinik für Neurologie", "Universitätsklinikum Lindtal"),
        ("Jefa de Servicio de Neurología", "Hospital Universitario de Valdemora"),
        ("Responsabile del Centro Sclerosi Multipla", "Azienda Ospedaliera San Carlo"),
    ],
)
def test_object_openers(role, org):
    # "der", "de", "del" open the role's object as "of" does: the title runs on to its object
    expert = one("Dr. Jörg Weißhaupt", role, org)
    assert (expert.titles, expert.institution) == ((role,), org)


def test_connectors_join_a_title_in_other_languages():
    assert one("Dr Hélène Vautrin, Présidente de la SFN").titles == ("Présidente de la SFN",)


@pytest.mark.parametrize(
    "lead",
    [
        "Por",
        "Par",
        "Von",
        "von",
        "di",
        "Entrevista con",
        "Intervista a",
        "Interview mit",
        "Entretien avec",
        "Escrito por",
        "Scritto da",
    ],
)
def test_lead_ins(lead):
    assert strip_lead_in(f"{lead} Ulrike Brandstätter", vocabulary())[1] == "Ulrike Brandstätter"


@pytest.mark.parametrize("name", ["Von Hippel", "Di Stefanelli", "Da Ponte"])
def test_a_capitalised_particle_opens_a_surname_unless_a_given_name_follows(name):
    # "Von Sabine Oberhuber" is "by Sabine Oberhuber"; "Von Hippel, MD" is Dr Von Hippel
    assert strip_lead_in(f"{name}, MD", vocabulary()) == ("", f"{name}, MD")
    assert one(f"{name}, MD").name == name


@pytest.mark.parametrize("name", ["Renata Du Lac", "Marco Del Rio", "Ineke van der Wal"])
def test_name_particles_stay_in_names_though_they_join_organisations(name):
    # "du", "del", "di" are connectors ("Ospedale di X"); a name may still write them capitalised
    assert one(f"{name}, MSW").name == name


def test_a_single_letter_connector_is_an_initial_in_a_name():
    # Italian "e" joins two roles; "Elspeth E Gullane" holds an initial without its full stop
    assert one("Elspeth E Gullane, PhD").name == "Elspeth E Gullane"


@pytest.mark.parametrize("conjunction", ["et", "y", "und"])
def test_conjunctions_part_two_experts_each_with_an_honorific(conjunction):
    read = found(f"Pr Agnès Lemercier {conjunction} Dr. Iñaki Zubeldia", prose=PROSE)
    assert [e.name for e in read.experts] == ["Agnès Lemercier", "Iñaki Zubeldia"]


def test_joiners_and_places_of_other_languages():
    # set 24 i12, a Swiss health portal: "médecin neurologue au <hospital> à <town>, <country>"
    expert = one(
        "Révision médicale : Prof. Odile Vernier, médecin neurologue au CHUV à Lausanne, Suisse"
    )
    assert (expert.titles, expert.institution, expert.place) == (
        ("médecin neurologue",),
        "CHUV",
        "Lausanne, Suisse",
    )


@pytest.mark.parametrize(
    "closing",
    ["Mit freundlichen Grüßen,", "Cordialement,", "Saludos cordiales,", "Cordiali saluti,"],
)
def test_closings(closing):
    assert one(closing, "Dott. Renato Bellandi").name == "Renato Bellandi"


@pytest.mark.parametrize("label", ["Auteur :", "Autor:", "Autora:", "Révision médicale :"])
def test_label_words(label):
    expert = one(f"{label} Lucienne Maréchal, pharmacienne")
    assert (expert.name, expert.titles) == ("Lucienne Maréchal", ("pharmacienne",))


@pytest.mark.parametrize(
    "line",
    [
        "Ultima modifica: 12 Marzo 2023",
        "Aktualisiert am 14.02.2024",
        "Última modificação do conteúdo mar 2021",
        "Martes, 4 abril 2023, 00:41",
        "le 14 Mars 2019",
        "14 marzo 2026 | 10.42",
        "Publicado el 4 de abril de 2023",
        "Stand: 14. Februar 2024",
        "Pubblicato il 3 giugno 2022",
        "Dernière mise à jour : 03.02.2024",
    ],
)
def test_months_weekdays_and_metadata_leads(line):
    assert is_meta_line(line, vocabulary())
    expert = one("Dra. Begoña Arrieta", "Neuróloga", line)
    assert (expert.titles, expert.institution, expert.place) == (("Neuróloga",), None, None)


@pytest.mark.parametrize("line", ["Mars Hill", "Version 10.42 notes", "Mai Linh Tran"])
def test_a_month_alone_is_no_date(line):
    assert not is_meta_line(line, vocabulary())


def test_a_date_after_a_town_is_cut_from_a_flattened_line():
    text = "Dr Agathe Valmont (CHU Bellerive) Saint-Aubrac, le 14 Mars 2019"
    assert cut_meta(text, vocabulary()) == "Dr Agathe Valmont (CHU Bellerive) Saint-Aubrac"


def test_sentence_words_of_other_languages_keep_a_bio_sentence_in_the_answer():
    # set 26 o16: the sentence under the interview heading is the answer's text, never a field
    text = "Prof. Dr Weißhaupt ist Leitender Oberarzt an der Neurologischen Klinik Lindtal."
    assert is_sentence(text)


def test_an_editorial_desk_is_no_person():
    assert "Redazione" in vocabulary().not_person_words


# -- real forms (content invented, form as on the page) --------------------------------------------


def test_caption_honorific_dash_role_over_last_modified():
    # set 26 o09, asst-valleolona.it: "Dott. Name - responsabile ..." over "Ultima modifica:"
    expert = one(
        "Dott. Renato Bellandi - responsabile SC Neurologia Valtorre",
        "Ultima modifica: 3 Aprile 2024",
    )
    assert (expert.name, expert.degrees) == ("Renato Bellandi", ())
    assert "Aprile" not in " ".join(
        filter(None, [*expert.titles, expert.institution, expert.place])
    )


def test_name_comma_lower_case_roles_over_a_dateline_and_a_desk():
    # set 26 o12, adnkronos.com: "Name, coordinatrice ... e direttrice ..." / date | time / desk
    read = found(
        "Elena Marchetti, coordinatrice del centro cefalee e direttrice Uoc Neurologia Ao San Carlo",
        "2 aprile 2025 | 09.15",
        "Redazione Salutenews",
        prose=PROSE,
    )
    assert [e.name for e in read.experts] == ["Elena Marchetti"]
    assert read.experts[0].titles[0].startswith("coordinatrice del centro cefalee")


def test_portuguese_byline_por_then_name_then_comma_credentials():
    # set 26 o15, msdmanuals.com (pt-br): "Por" / Name / ", MD, Faculdade ..." / "Última modificação"
    read = found(
        "Por",
        "Inês Albuquerque Sá",
        ", MD, Faculdade de Medicina, Universidade de Porto Alvo",
        "Última modificação do conteúdo abr 2022",
        prose=PROSE,
    )
    assert read.experts == [
        E("Inês Albuquerque Sá", ["MD"], [], "Faculdade de Medicina, Universidade de Porto Alvo")
    ]


def test_spanish_name_over_jefa_de_servicio_and_hospital():
    # set 26 o18, elcomercio.es: "Name" / "Jefa de ... de Neurología" / hospital
    expert = one("Rosa Elvira Quiñones", "Jefa de Servicio de Neurología", "Hospital de Valdemora")
    assert expert == E(
        "Rosa Elvira Quiñones", [], ["Jefa de Servicio de Neurología"], "Hospital de Valdemora"
    )


def test_spanish_role_object_then_del_hospital_on_one_line():
    # set 26 o18, elcomercio.es: "Jefa de sección de Neurología del Hospital de <Town>"
    expert = one("Rosa Elvira Quiñones", "Jefa de sección de Neurología del Hospital de Valdemora")
    assert (expert.titles, expert.institution) == (
        ("Jefa de sección de Neurología",),
        "Hospital de Valdemora",
    )


def test_german_von_byline_over_aktualisiert_am():
    # set 27 ob22, netdoktor.de: "Von Name, Medizinredakteurin ..." / "Aktualisiert am <date>"
    expert = one("Von Ulrike Brandstätter, Medizinredakteurin", "Aktualisiert am 02.05.2024")
    assert expert == E("Ulrike Brandstätter", [], ["Medizinredakteurin"])


def test_interview_lead_in_over_a_lower_case_honorific():
    # set 26 o10, asst-valleolona.it: "Intervista al dott. Name Responsabile ... – <unit> di <town>"
    read = found(
        "Intervista al dott. Renato Bellandi Responsabile della Struttura Complessa Neurologia"
        " – Presidio di Valtorre",
        prose=PROSE,
    )
    assert read.experts == [
        E(
            "Renato Bellandi",
            [],
            ["Responsabile della Struttura Complessa Neurologia"],
            "Presidio di Valtorre",
        )
    ]


def test_french_surname_in_capitals_with_organisation_in_brackets_and_dated_town():
    # set 26 o34, a French neurology newsletter: "Dr Prénom NOM (CHU X) Town, le <date>"
    expert = one("Dr Agathe VALMONTIER (CHU Bellerive) Saint-Aubrac, le 14 Mars 2019")
    assert expert == E("Agathe VALMONTIER", [], [], "CHU Bellerive", "Saint-Aubrac")


@pytest.mark.parametrize("line", ["Jane DOE PT", "John Smith FACHE", "Agathe DOE, MD"])
def test_a_word_in_capitals_after_a_name_is_a_surname_only_when_it_reads_as_one(line):
    # "DOE" is too short to tell from an acronym, "FACHE" has a credential's few vowels
    assert all(
        e.name not in ("Jane DOE", "John Smith FACHE") for e in found(line, prose=PROSE).experts
    )


def test_a_town_in_brackets_after_an_honorific_full_name():
    # set 24 i15/i16, lerhumatologue.fr: "Dr Name (Town)", "Pr A (Town) et Pr B (Town)"
    assert one("Dr Yves Castelvieux (Mirecourt)") == E(
        "Yves Castelvieux", [], [], None, "Mirecourt"
    )
    read = found("Pr Agnès Lemercier (Nantes) et Pr Rémi Fauchard (Mirecourt)", prose=PROSE)
    assert read.experts == [
        E("Agnès Lemercier", [], [], None, "Nantes"),
        E("Rémi Fauchard", [], [], None, "Mirecourt"),
    ]


@pytest.mark.parametrize("line", ["Henrietta (Etta) Varga, PhD", "Dr Xiu Lam (Sherry)"])
def test_a_nickname_in_brackets_is_no_town(line):
    assert all(e.place is None for e in found(line, prose=PROSE).experts)


def test_italian_di_byline():
    # set 26 o26, leggo.it: "di Name" alone under the article
    assert one("di Giulia Ferraresi") == E("Giulia Ferraresi")


def test_german_letter_closing_over_dr_med_and_specialty():
    # set 15 n09, a German practice's site: "Mit freundlichen Grüßen," / "Dr. med. Name" / field
    expert = one("Mit freundlichen Grüßen,", "Dr. med. Anja Kessler", "Fachärztin für Neurologie")
    assert expert == E("Anja Kessler", [], ["Fachärztin für Neurologie"])


def test_french_name_over_role_and_town():
    # set 20 d19, an osteopaths' publication site: "Name" / "Ostéopathe ..." / "Town, France"
    expert = one("Mathis Duréault", "Ostéopathe", "Lyon, France")
    assert expert == E("Mathis Duréault", [], ["Ostéopathe"], None, "Lyon, France")


def test_french_dr_name_comma_presidente_of_a_society():
    # set 24 i14, lerhumatologue.fr: "Dr Name, Présidente de la <acronym>"
    assert one("Dr Hélène Vautrin, Présidente de la SFN") == E(
        "Hélène Vautrin", [], ["Présidente de la SFN"]
    )


# -- property: generated non-English signatures parse back exactly --------------------------------

HONORIFICS = ["Dott.", "Dott.ssa", "Dr.ssa", "Dra.", "Pr", "Prof. Dr. med.", "PD Dr.", "Dr. med."]
FIRST = ["Inês", "Begoña", "Jörg", "Hélène", "Chiara", "Iñaki", "Søren", "Agnès", "Ulrike"]
LAST = ["Weißhaupt", "Arrieta Solís", "Vautrin", "Fumagalli", "Albuquerque Sá", "Nuñez-Roldán"]
ROLES = [
    "Neuróloga",
    "Neurologue",
    "Neurologista",
    "Leitender Oberarzt",
    "Chefarzt",
    "Praticien hospitalier",
    "Jefa de Servicio de Neurología",
    "Direktor der Klinik für Neurologie",
    "Responsabile del Centro Sclerosi Multipla",
    "Coordinatrice",
    "Medizinredakteurin",
    "Présidente de la SFN",
    "Chef du service de neurologie",
    "Directora de la Unidad de Esclerosis Múltiple",
]
ORGS = [
    "Universitätsklinikum Lindtal",
    "CHU de Bellerive",
    "Hospital Universitario de Valdemora",
    "Ospedale San Carlo",
    "Azienda Ospedaliera San Carlo",
    "Hôpital Sainte-Aure",
    "Centro Hospitalar de Vale Alto",
    "Policlinico San Marco",
]
LEADS = ["", "Por ", "Par ", "Von ", "di ", "Entrevista con ", "Interview mit ", "Scritto da "]
CLOSINGS = [None, "Mit freundlichen Grüßen,", "Cordialement,", "Saludos cordiales,"]
DATES = [None, "Aktualisiert am 14.02.2024", "Ultima modifica: 12 Marzo 2023", "le 14 mars 2019"]


@st.composite
def non_english_signatures(draw):
    honorific = draw(st.sampled_from(HONORIFICS))
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    roles = draw(st.lists(st.sampled_from(ROLES), max_size=2, unique=True))
    org = draw(st.none() | st.sampled_from(ORGS))
    lead = draw(st.sampled_from(LEADS))
    closing = None if lead else draw(st.sampled_from(CLOSINGS))
    date = draw(st.sampled_from(DATES))
    head = f"{lead}{honorific} {name}"
    parts = [*roles, *([org] if org else [])]
    one_line = bool(parts) and draw(st.booleans())
    lines = [", ".join([head, *parts])] if one_line else [head, *parts]
    lines = [*([closing] if closing else []), *lines, *([date] if date else [])]
    return lines, E(name, [], roles, org)


@settings(deadline=None, max_examples=120)
@given(non_english_signatures())
def test_generated_non_english_signatures_parse_back_exactly(sig):
    lines, expert = sig
    read = found(*lines, prose=PROSE)
    assert read.experts == [expert]
    assert read.start == 1
