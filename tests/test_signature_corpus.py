"""The parser on 113 real-world signature forms (tests/data/signature_forms.py).

The held-out third was written with the rest but never used to tune the parser; its shares are
asserted separately, at the floors they reached when first measured, so a regression fails.
"""

import pytest
from signature_corpus import FORMS, run, shares


def test_the_corpus_has_over_a_hundred_forms_with_sources():
    assert len(FORMS) >= 100
    assert all(f.url.startswith("http") and f.features for f in FORMS)
    assert len({f.lines for f in FORMS}) == len(FORMS)


def test_tuning_part_meets_the_issue_shares():
    all_right, core_right, text_right = shares([f for f in FORMS if not f.heldout])
    assert all_right >= 0.8
    assert core_right >= 0.95
    assert text_right >= 0.97


def test_held_out_part_shares():
    # Measured once, never tuned on: 0.81 all right, 0.92 core right, 0.97 text right.
    all_right, core_right, text_right = shares([f for f in FORMS if f.heldout])
    assert all_right >= 0.8
    assert core_right >= 0.9
    assert text_right >= 0.97


@pytest.mark.parametrize(
    "form", [f for f in FORMS if not f.experts and not f.heldout], ids=lambda f: f.id
)
def test_forms_without_an_expert_invent_none_and_lose_nothing(form):
    outcome = run(form)
    assert outcome.all_right and outcome.text_right
