"""The bold mark in a signature line's score (find.py caches the words' part, adds bold last).

Bold counts for a line that could be a signature (a name, a credential line) and never for a line
that is already final: empty, a list item, a link or a sentence. Caching the words' part must not
change either (a regression the speed round could have made silently).
"""

from __future__ import annotations

import pytest

from msqa_scraper.extract.signature.find import SigLine, _line_score
from msqa_scraper.extract.signature.vocabulary import vocabulary


def _score(text: str, *, bold: bool) -> float:
    return _line_score(SigLine(text, bold=bold), text, vocabulary())


@pytest.mark.parametrize("text", ["Lena Marsh, MD", "Tomas Reyes", "Neurologist, Lakeview Clinic"])
def test_bold_adds_half_a_point_to_a_line_that_can_sign(text: str) -> None:
    assert _score(text, bold=True) == _score(text, bold=False) + 0.5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "- a list item about fatigue",
        "https://www.example.org/ms-fatigue",
        "The National MS Society has helpful fact sheets on this topic.",
    ],
)
def test_bold_adds_nothing_to_a_final_line(text: str) -> None:
    assert _score(text, bold=True) == _score(text, bold=False)


def test_a_bold_link_scores_as_a_plain_link() -> None:
    assert _score("https://www.example.org/ms-fatigue", bold=True) == -6.0
