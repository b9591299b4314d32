"""Round 19, wave 2: non-English signature blocks rendered after the answer.

Mechanisms, not single forms: a line that is one list of bare names is never cut at an
initial's stop; a credit "Name per/für/pour <Outlet>" names the writer and the outlet; a label
glued to its list of names reads each name; a name line over a bio sentence in any language.
One test per real form of the development yardsticks (the comment names the set, the case and
the site; every name, institution and town is invented), then hypothesis properties.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.signature import vocabulary

PROSE = {
    "de": "Die Behandlung der MS hat sich in den letzten Jahren stark verbessert.",
    "it": "La sclerosi multipla è una malattia cronica che oggi si può curare in modo efficace.",
    "fr": "La sclérose en plaques est une maladie chronique que l'on soigne de mieux en mieux.",
    "es": "La esclerosis múltiple es una enfermedad crónica que hoy se puede tratar con eficacia.",
    "nl": "MS is een chronische ziekte van het zenuwstelsel die goed te behandelen is.",
    "pt": "A esclerose múltipla é uma doença crónica que hoje se trata com eficácia.",
}


def read(lang: str, *lines: str) -> list[E]:
    """The experts read under a sentence of the language, the block right after it."""
    got = found(*lines, prose=[PROSE[lang]])
    assert got.start == 1, got
    return list(got.experts)


# -- an author line of initials and surnames ---------------------------------------------------


def test_german_author_line_of_initials_and_surnames_is_one_line():
    # set 30 og17, a German medical publisher's article page (mgo-fachverlage.de)
    assert read("de", "T. Brandl, M. J. Okonkwo, F. Seidlitz, E. Raabe") == [
        E("T. Brandl"),
        E("M. J. Okonkwo"),
        E("F. Seidlitz"),
        E("E. Raabe"),
    ]


_SURNAMES = ["Brandl", "Okonkwo", "Seidlitz", "Raabe", "Vogelsang", "Dufresne", "Marchetti"]
_INITIALS = st.lists(st.sampled_from("ABDEFGHKLMNRST"), min_size=1, max_size=2).map(
    lambda cs: " ".join(f"{c}." for c in cs)
)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(_INITIALS, st.sampled_from(_SURNAMES)),
        min_size=2,
        max_size=5,
        unique_by=lambda t: t[1],
    )
)
def test_generated_initialled_author_lines_read_every_author(authors):
    line = ", ".join(f"{i} {s}" for i, s in authors)
    assert [e.name for e in read("de", line)] == [f"{i} {s}" for i, s in authors]


# -- a reporter's credit for a quoted outlet ---------------------------------------------------


def test_italian_reporter_credit_per_a_quoted_newspaper():
    # set 30 og06, an Italian news aggregator's repost of a newspaper interview (dagospia.com)
    assert read("it", "Tommaso Ferri per “il Quotidiano del Lago”") == [
        E("Tommaso Ferri", institution="il Quotidiano del Lago")
    ]


@pytest.mark.parametrize(
    ("lang", "line", "outlet"),
    [
        ("de", "Jonas Weber für „Der Tagesbote“", "Der Tagesbote"),
        ("fr", "Claire Martin pour «Le Petit Matin»", "Le Petit Matin"),
        ("es", 'Ana Ruiz para "El Diario del Sur"', "El Diario del Sur"),
        ("nl", "Pieter de Vries voor ‘Het Avondblad’", "Het Avondblad"),
    ],
)
def test_outlet_credits_of_other_languages(lang, line, outlet):
    name = line.split(" „")[0].split(" «")[0].split(' "')[0].split(" ‘")[0].rsplit(" ", 1)[0]
    assert read(lang, line) == [E(name, institution=outlet)]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Wir danken allen Lesern für „die Geduld“.",
            "Vielen Dank für „Ihre Fragen“ zum Thema MS.",
            "Grazie mille per “il vostro sostegno” in questi anni.",
            "Merci beaucoup pour «votre aide».",
            "Gracias a todos para “la campaña”.",
        ]
    ),
    st.booleans(),
)
def test_sentences_thanking_for_a_quoted_thing_name_no_one(sentence, own_paragraph):
    got = found(sentence, prose=[PROSE["de"]], own_paragraph=own_paragraph)
    assert not got.experts
    assert got.start is None


# -- German feminine roles -----------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Professorin", "Oberärztin", "Direktorin", "professorin"])
def test_a_german_feminine_role_is_a_role_head_when_its_masculine_form_is(word):
    assert vocabulary().is_role_word_any(word)


@pytest.mark.parametrize("word", ["Berlin", "Medizin", "Martin", "Kristin", "Protein", "Karin"])
def test_words_ending_in_in_with_no_masculine_role_are_no_role(word):
    assert not vocabulary().is_role_word_any(word)


# -- a name line over a bio sentence, in any language ------------------------------------------


def test_german_interview_heading_over_a_bio_sentence_without_its_subject():
    # set 30 og12, a German MS magazine's interview page (msundich.de)
    got = found(
        "Prof. Dr. med. Sabine Wendholt",
        "ist Professorin für Neurologie und leitet das Register für MS und Familienplanung. "
        "Sie ist außerdem niedergelassene Neurologin in einer Gemeinschaftspraxis in Lünebach.",
        prose=[PROSE["de"]],
    )
    assert got.start == 1
    assert list(got.experts) == [E("Sabine Wendholt", titles=["Professorin für Neurologie"])]


@pytest.mark.parametrize(
    ("lang", "heading", "bio", "expert"),
    [
        (
            "it",
            "Dott.ssa Chiara Donati",
            "è neurologa presso l'Ospedale San Carlo di Pavia.",
            E("Chiara Donati", titles=["neurologa"], institution="Ospedale San Carlo di Pavia"),
        ),
        (
            "fr",
            "Dr. Claire Martin",
            "Claire Martin est neurologue au CHU de Lyon et dirige le centre SEP.",
            E("Claire Martin", titles=["neurologue"], institution="CHU de Lyon"),
        ),
        (
            "es",
            "Dra. Ana Ruiz",
            "es neuróloga del Hospital General de Valdecuervo.",
            E("Ana Ruiz", titles=["neuróloga"], institution="Hospital General de Valdecuervo"),
        ),
        (
            "de",
            "PD Dr. Jonas Weber",
            "ist Oberarzt und leitet die MS-Ambulanz.",
            E("Jonas Weber", titles=["Oberarzt"]),
        ),
    ],
)
def test_a_name_line_over_a_bio_sentence_in_other_languages(lang, heading, bio, expert):
    got = found(heading, bio, prose=[PROSE[lang]])
    assert got.start == 1
    assert list(got.experts) == [expert]


@pytest.mark.parametrize(
    ("heading", "bio"),
    [
        ("Prof. Dr. Jane Marlow", "Peter Hall ist Professor für Neurologie."),  # someone else
        ("Neue Therapien", "ist ein Thema für viele Menschen."),  # no person heads it
        ("Anna Weber", "ist heute nicht erreichbar, sagt die Praxis."),  # no role follows
    ],
)
def test_a_bio_sentence_about_no_one_named_above_stays(heading, bio):
    got = found(heading, bio, prose=[PROSE["de"]])
    assert got.start is None  # the lines stay (a mention reader may still read the sentence)
    assert all(e.name != heading.split()[-2] + " " + heading.split()[-1] for e in got.experts)


_ROLES = [
    ("ist", "Oberärztin an der Neurologischen Klinik Halde", "Oberärztin"),
    ("ist", "Neurologin", "Neurologin"),
    ("è", "neurologo", "neurologo"),
    ("est", "neurologue", "neurologue"),
    ("es", "neurólogo", "neurólogo"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Prof. Dr.", "Dr.", "PD Dr.", "Prof."]),
    st.sampled_from(["Sabine", "Jonas", "Claire", "Marco", "Elena"]),
    st.sampled_from(["Wendholt", "Brandl", "Seidlitz", "Marchetti", "Dufresne"]),
    st.sampled_from(_ROLES),
    st.booleans(),
)
def test_generated_headings_over_bios_read_the_person_and_role(title, given_, surname, role, named):
    verb, complement, head = role
    subject = f"{given_} {surname} " if named else ""
    got = found(
        f"{title} {given_} {surname}", f"{subject}{verb} {complement}.", prose=[PROSE["de"]]
    )
    assert got.start == 1
    assert [e.name for e in got.experts] == [f"{given_} {surname}"]
    assert got.experts[0].titles[0].split()[0] == head


# -- a copyright line under the block ----------------------------------------------------------


def test_german_podcast_label_over_a_copyright_photo_credit():
    # set 31 oh11, a German university's podcast page (uni-muenster.de)
    got = found(
        "Interview mit Prof. Dr. Matthias Ortloff", "© Uni HB - Carla Niemeyer", prose=[PROSE["de"]]
    )
    assert got.start == 1
    assert list(got.experts) == [E("Matthias Ortloff")]


@pytest.mark.parametrize("credit", ["© Klinik Halde / Jonas Brandl", "Copyright 2021 Eva Raabe"])
def test_a_copyright_credit_names_no_expert_under_a_byline(credit):
    got = found("Von Dr. Sabine Wendholt", credit, prose=[PROSE["de"]])
    assert [e.name for e in got.experts] == ["Sabine Wendholt"]


# -- a colophon: credit labels glued to their lists of names -----------------------------------


def test_italian_booklet_colophon_with_glued_labels():
    # set 30 og18, an Italian MS association's booklet on a document-sharing site (fdocumenti.com)
    got = found(
        "Progetto e testi a cura di:Elena Marchetti, Paola Ruffino, Chiara Donati",
        "Coordinamento editoriale:Luisa Carbone",
        "Prima edizione: 2021 Copyright Associazione Lago Blu 2021",
        prose=[PROSE["it"]],
    )
    assert got.start == 1
    texts = ["Progetto e testi"]
    assert list(got.experts) == [
        E("Elena Marchetti", titles=texts),
        E("Paola Ruffino", titles=texts),
        E("Chiara Donati", titles=texts),
        E("Luisa Carbone", titles=["Coordinamento editoriale"]),
    ]


_COLOPHON_NAMES = ["Elena Marchetti", "Jonas Brandl", "Eva Raabe", "Luisa Carbone", "Marco Ferri"]
_COLOPHON_NAMES += ["Sabine Wendholt", "Claire Martin", "Paola Ruffino"]


@settings(max_examples=30, deadline=None)
@given(
    st.permutations(["Koordination", "Grafik und Satz", "Lektorat", "Traduzione"]),
    st.permutations(_COLOPHON_NAMES),
    st.lists(st.integers(1, 2), min_size=2, max_size=4),
    st.booleans(),
)
def test_generated_colophons_credit_every_name_with_its_label(labels, names, sizes, glued):
    credits, at = [], 0
    for label, size in zip(labels, sizes, strict=False):
        credits.append((label, names[at : at + size]))
        at += size
    gap = "" if glued else " "
    got = found(*(f"{lab}:{gap}{', '.join(ns)}" for lab, ns in credits), prose=[PROSE["de"]])
    assert got.start == 1
    want = [(name, (label,)) for label, ns in credits for name in ns]
    assert [(e.name, e.titles) for e in got.experts] == want


def test_a_label_word_credits_no_title_in_a_colophon():
    got = found("Redaktion: Elena Marchetti", "Lektorat: Jonas Brandl", prose=[PROSE["de"]])
    assert [(e.name, e.titles) for e in got.experts] == [
        ("Elena Marchetti", ()),
        ("Jonas Brandl", ("Lektorat",)),
    ]


# -- a production credit run on at a caption's end ---------------------------------------------


def test_german_newspaper_photo_captions_with_a_run_on_foto_credit():
    # set 31 oh07, a German regional newspaper's readers' forum write-up (volksstimme.de)
    got = found(
        "Konrad Weißhaupt, Ärztlicher Direktor der Lindental-Kliniken in Lindtal. Foto: Brenneke",
        "Sabine Korthals, Oberärztin an der Uniklinik für Neurologie in Halde. Foto: Brenneke",
        prose=[PROSE["de"]],
    )
    assert got.start == 1
    assert [e.name for e in got.experts] == ["Konrad Weißhaupt", "Sabine Korthals"]
    assert all("Foto" not in t and "Brenneke" not in t for e in got.experts for t in e.titles)
    assert all(e.institution != "Brenneke" for e in got.experts)


@pytest.mark.parametrize("credit", ["Foto: Jonas Brandl", "Photo : Eva Raabe", "© Klinik Halde"])
def test_a_run_on_production_credit_is_no_part_of_the_expert(credit):
    got = found(f"Dr. Sabine Wendholt, Neurologin. {credit}", prose=[PROSE["de"]])
    assert list(got.experts) == [E("Sabine Wendholt", titles=["Neurologin"])]


# -- Korean label lines ------------------------------------------------------------------------

KO_PROSE = "다발성 경화증은 꾸준히 치료하면 조절할 수 있는 병입니다."


@pytest.mark.parametrize(
    ("line", "expert"),
    [
        # set 31 oh19, a Korean community board's pasted TV-science transcript (guest label)
        (
            "■ 한도윤 / 누리솔대학교병원 신경과 교수",
            E("한도윤", (), ["교수"], "누리솔대학교병원 신경과"),
        ),
        # set 31 oh20, the same board: a video title, its topic and credit joined by "_"
        (
            "다발성 경화증 증상과 치료법_새솔대 동해병원 신경과 문가람 교수",
            E("문가람", (), ["교수"], "새솔대 동해병원 신경과"),
        ),
        # set 31 oh21, a Korean neurological association's newsletter (neuronews.or.kr)
        ("한지석 교수님 INTERVIEW", E("한지석", (), ["교수"])),
    ],
)
def test_korean_label_lines(line, expert):
    got = found(line, prose=[KO_PROSE])
    assert got.start == 1
    assert list(got.experts) == [expert]


@pytest.mark.parametrize(
    "line",
    [
        "■ 치료 방법 / 약물 치료와 재활",  # a bullet of topics, no name or role
        "증상과 치료법_다발성 경화증 안내",  # a title with an underscore, no credit
        "오늘의 INTERVIEW",
    ],
)
def test_korean_lines_with_the_same_marks_but_no_person_stay(line):
    got = found(line, prose=[KO_PROSE])
    assert not got.experts
    assert got.start is None


# -- a post's date over its author -------------------------------------------------------------


def test_polish_date_before_a_lower_case_honorific_and_the_name():
    # set 29 od07, a Polish MS portal's article footer (date, then the author)
    got = found("2026-03-11 prof. Halina Wróblewska", prose=[PROSE["de"]])
    assert got.start == 1
    assert list(got.experts) == [E("Halina Wróblewska")]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["2026-03-11", "2024-11-02", "2025-01-30"]),
    st.sampled_from(["prof.", "Prof.", "dr", "Dr.", "dott."]),
    st.sampled_from(["Halina Wróblewska", "Sabine Wendholt", "Marco Ferri", "Eva Raabe"]),
)
def test_generated_dated_author_lines_read_the_author(date, honorific, name):
    got = found(f"{date} {honorific} {name}", prose=[PROSE["de"]])
    assert got.start == 1
    assert [e.name for e in got.experts] == [name]


def test_a_dated_line_with_no_honorific_is_not_read_so():
    got = found("2026-03-11 Neue Studie zur Therapie", prose=[PROSE["de"]])
    assert not got.experts
