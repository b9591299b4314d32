"""Round 21: non-English signatures and attributions (the words are data: the vocabulary JSON and
data/mention_frames.json).

Each test names the development-set case whose real page shows the form
(tests/data/signature_eval_cases_N.json) and that page's site; every person, organisation and
town here is invented.
"""

from __future__ import annotations

import pytest
from signature_helpers import E, found, parsed

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import read_mention

PROSE = "La esclerosis múltiple es una enfermedad crónica que hoy se puede tratar con eficacia."


def read(*last: str) -> Expert | None:
    """The expert read from an answer of one prose line and then the ``last`` lines."""
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.expert if got else None


# -- attributions inside the last paragraph ---------------------------------------------------
def test_spanish_reporting_verb_manifesto_before_a_role_and_name():  # oi33 (set 32), Mexican news
    line = (
        "Las dietas muy estrictas pueden dejar sin energía a quien vive con MS, manifestó la"
        " neuróloga Teresa Ucán Pech."
    )
    assert read(line) == E("Teresa Ucán Pech", titles=["neuróloga"])


def test_french_reporting_verb_confirme_before_name_and_role():  # oj08 (set 33), a French consumer survey
    line = "« Un oubli pareil n’a pas sa place en officine », confirme Hugo Larrieu, président du syndicat."
    assert read(line) == E("Hugo Larrieu", titles=["président du syndicat"])


# -- blocks after the prose -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "want"),
    [
        # og40 (set 30), a clinic's Spanish epilepsy page: the adjective after the role's head
        (
            "Dra. Lidia Ferrán-Soto, neuróloga pediátrica de Clínica Levante",
            E("Lidia Ferrán-Soto", titles=["neuróloga pediátrica"], institution="Clínica Levante"),
        ),
        (
            "Dott. Marco Zanin, neurologo pediatrico",
            E("Marco Zanin", titles=["neurologo pediatrico"]),
        ),
    ],
)
def test_a_romance_role_head_with_its_adjective_after_it(line, want):
    assert parsed(line) == [want]


def test_a_sentence_with_a_postmodified_role_stays_prose():
    read = found(
        "La neuróloga pediátrica del hospital recomienda dormir bien.",
        prose=[PROSE],
    )
    assert read.experts == []


def test_a_postmodified_role_before_the_name_in_a_presenting_sentence():  # og41 (set 30)
    line = "La neuróloga pediátrica Lidia Ferrán-Soto, M.D. responde las preguntas más comunes."
    assert read(line) == E("Lidia Ferrán-Soto", degrees=["M.D"], titles=["neuróloga pediátrica"])


def test_a_postmodified_role_before_the_name_on_a_caption_line():
    assert parsed("Neurólogo pediátrico Tomás Ibarra") == [
        E("Tomás Ibarra", titles=["Neurólogo pediátrico"])
    ]


def test_german_kolumne_von_column_byline():  # oj34 (set 33), a German daily's column
    assert [e for e in found("Kolumne von Gerda Pichlmayr", prose=[PROSE]).experts] == [
        E("Gerda Pichlmayr")
    ]


def test_dutch_reporting_verb_benadrukt_names_the_speaker():  # oj27 (set 33), a Flemish news site
    line = "'Een scan helpt pas na een aanval', benadrukt dr. Pieter Wauters, neuroloog."
    assert read(line) == E("Pieter Wauters", titles=["neuroloog"])


def test_dutch_van_het_before_a_body_is_the_employer():  # oj27 (set 33): "neuroloog van het AZ X"
    assert parsed("dr. Pieter Wauters, neuroloog van het AZ Kempenhof") == [
        E("Pieter Wauters", titles=["neuroloog"], institution="AZ Kempenhof")
    ]


KO = "다발성경화증은 중추신경계를 공격하는 자가면역질환이다."


def test_korean_byline_with_two_roles_joined_by_a_middle_dot():  # oi29 (set 32), a Korean daily
    read = found("김도현 기자·의사 dohyun@example.com", prose=[KO])
    assert read.experts == [E("김도현", [], ["기자", "의사"])]


def test_a_middle_dot_between_words_that_are_no_roles_stays_in_the_answer():
    read = found("김도현 서울·부산 dohyun@example.com", prose=[KO])
    assert read.experts == []


JA = "多発性硬化症は中枢神経の病気で、早めの治療が大切です。"


def test_japanese_round_table_label_and_pharmacy_employers():  # oj20 (set 33), a pharmacy round-table leaflet
    read = found(
        "(鼎談) 東浜大学薬学部臨床薬学研究室 高田 直樹 先生",
        "ひかり薬局 三浦 和也 先生",
        "あおばファーマシー 小野 誠 先生",
        prose=[JA],
    )
    assert read.experts == [
        E("高田 直樹", institution="東浜大学薬学部臨床薬学研究室"),
        E("三浦 和也", institution="ひかり薬局"),
        E("小野 誠", institution="あおばファーマシー"),
    ]


def test_a_bracket_that_is_no_role_or_label_still_rejects_the_line():
    assert found("(東京) 高田 直樹 先生", prose=[JA]).experts == []


@pytest.mark.parametrize(
    "closing",
    ["vriendelijke groeten,", "Cordialement,", "Atentamente,", "Mit freundlichen Grüßen,"],
)
def test_a_long_closing_word_run_on_after_the_last_sentence(
    closing,
):  # f06 (set 22), a Dutch newspaper letter
    last = f"Een neuroloog die een onbewezen behandeling weigert, beschermt zijn patiënt. {closing}"
    read = found(prose=["Dank voor uw vraag.", f"{last} Maarten Verhoeven"])
    assert read.experts == [E("Maarten Verhoeven")]


def test_austrian_meduni_after_the_role_s_object_is_the_employer():  # ob21 (set 27), an Austrian TV listing
    assert parsed(
        "Prof. Eva Lindner, Leiterin der Universitätsklinik für Neurologie der MedUni Tarnau"
    ) == [
        E(
            "Eva Lindner",
            titles=["Leiterin der Universitätsklinik für Neurologie"],
            institution="MedUni Tarnau",
        )
    ]


def test_swiss_french_honorific_doctoresse_before_the_guest():  # oh31 (set 31), a Swiss radio page
    line = (
        "Nous accueillons la doctoresse Léa Marchand, médecin cheffe du service de neurologie"
        " à l'Hôpital des Trois-Lacs."
    )
    assert read(line) == E(
        "Léa Marchand",
        titles=["médecin cheffe du service de neurologie"],
        institution="Hôpital des Trois-Lacs",
    )
