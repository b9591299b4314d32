"""The learned signature reader (signature/learned.py): its model, its readings, its vetoes.

The model is trained by scripts/train_signature_model.py on the yardsticks and the corpus; the
examples below are invented, one or two per family of form it learned (closings over a bare
name, stacked name / role / employer blocks, a dash before a one-line signature in the answer's
last line). The families come from the yardsticks' forms, e.g. the letter closings of
https://github.com/goldpointecoa/doula/blob/2348f544b62bcb798a5b6f4745ced70ad116da0c/content/blog/2025-01-01-welcome-to-my-blog.md
and the run-on '―' endorsements of
https://github.com/jcavell/naomifisherpsychology/blob/b0b0647c73252e022cac5a8fc389436a7194378c/src/content/book-reviews/psychology-of-mental-health.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.experts import LEARNED, attribute
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine, find_signature, learned, vocabulary

ROOT = Path(__file__).resolve().parent.parent
PROSE = "Fatigue in MS often improves with pacing and regular exercise, so talk to your team."


def _lines(*texts: str) -> list[SigLine]:
    return [SigLine(t, False, True) for t in texts]


def test_model_loads_and_its_vocabulary_version_matches() -> None:
    model = ROOT / "msqa_scraper" / "extract" / learned.MODEL_FILE
    assert model.exists()
    assert Path(str(model) + ".version").read_text().strip() == vocabulary().version
    # a model of another vocabulary is refused (its word classes would mean other things):
    # after a vocabulary bump, retrain with scripts/train_signature_model.py
    assert learned._tagger(None) is not None
    assert model.stat().st_size < 1_000_000  # small enough to commit


def test_a_model_of_another_vocabulary_is_refused(tmp_path: Path) -> None:
    model = ROOT / "msqa_scraper" / "extract" / learned.MODEL_FILE
    other = tmp_path / "m.model"
    other.write_bytes(model.read_bytes())
    Path(str(other) + ".version").write_text("1999-01-01.old\n")
    assert learned._tagger(str(other)) is None
    learned.SETTINGS["model"] = str(other)
    try:  # a stale model reads no signature: the rules alone decide
        assert learned.read_learned(_lines(PROSE, "Kind regards,", "Wilma Garrow"), 0.0) is None
    finally:
        learned.SETTINGS["model"] = None


def test_reading_is_deterministic() -> None:
    lines = _lines(PROSE, "Warm regards,", "Tamsin Okonkwo-Reyes")
    first = learned.tag(lines)
    for _ in range(3):
        assert learned.tag(lines) == first


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # a closing over a bare name
        ((PROSE, "Warm regards,", "Tamsin Okonkwo-Reyes"), [Expert("Tamsin Okonkwo-Reyes")]),
        # a stacked block: name with credentials, a role and its employer
        (
            (PROSE, "Tamsin Okonkwo-Reyes, RN, MSCN", "Nurse Coordinator, Halvard MS Clinic"),
            [
                Expert(
                    "Tamsin Okonkwo-Reyes",
                    ("RN", "MSCN"),
                    ("Nurse Coordinator",),
                    "Halvard MS Clinic",
                )
            ],
        ),
        # an honorific over a name, a role and a hospital, each on its own line
        (
            (PROSE, "Dr. Piet Marlowe", "Consultant Neurologist", "Eastmere Hospital"),
            [Expert("Piet Marlowe", (), ("Consultant Neurologist",), "Eastmere Hospital")],
        ),
    ],
)
def test_invented_examples_of_the_families_it_learned(
    texts: tuple[str, ...], want: list[Expert]
) -> None:
    got = learned.read_learned(_lines(*texts), threshold=0.0)
    assert got is not None
    assert got.experts == want
    assert got.start == 1  # the prose line stays in the answer


def test_a_reading_with_no_plausible_name_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    """The negatives' rule: whatever the model tags, no person without evidence of one."""
    lines = _lines(PROSE, "Regards,", "The Helpline Team")
    toks = learned.tokens_of(lines)
    tags = ["O"] * len(toks)
    start = next(k for k, t in enumerate(toks) if t.line == 1)
    tags[start:] = ["SIG", "SIG", "B-NAME", "I-NAME", "I-NAME"]
    monkeypatch.setattr(learned, "tag", lambda _lines: (toks, tags, [0.99] * len(toks)))
    assert learned.read_learned(lines, threshold=0.0) is None


def test_prose_after_a_reading_keeps_it_in_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(PROSE, "Dr. Piet Marlowe", "See you at the clinic next week.")
    toks = learned.tokens_of(lines)
    tags = ["O" if t.line != 1 else "B-NAME" for t in toks]
    monkeypatch.setattr(learned, "tag", lambda _lines: (toks, tags, [0.99] * len(toks)))
    assert learned.read_learned(lines, threshold=0.0) is None


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (("Lalitha", "Menon."), "Lalitha Menon"),  # a sentence's full stop after the surname
        (("Moriyama", "H."), "Moriyama H."),  # an initial keeps its dot
        (("Dana", "Ruiz", "Jr."), "Dana Ruiz Jr."),  # and so does a suffix
        (("Ann", "B.A.B."), "Ann B.A.B."),  # a dotted run is not a sentence's end
    ],
)
def test_a_name_ends_without_the_sentence_full_stop(words: tuple[str, ...], name: str) -> None:
    lines = _lines(PROSE, "Warm regards from " + " ".join(words))
    toks = learned.tokens_of(lines)
    tags = ["O"] * len(toks)
    named = [k for k, t in enumerate(toks) if t.line == 1][-len(words) :]
    tags[named[0]] = "B-NAME"
    for k in named[1:]:
        tags[k] = "I-NAME"
    assert [e.name for e in learned.experts_of(lines, toks, tags)] == [name]


SENTENCES = [
    "The National MS Society has helpful fact sheets on this topic.",
    "Ask the MS Center at your University hospital about a second opinion.",
    "Your local Society chapter runs a support group every month.",
    "The University Medical Center offers an MS wellness program.",
    "Many people with MS find the Society's helpline useful.",
    "Dr. Hale at the MS Center can tell you more.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_never_invents_on_sentences_and_loses_no_text(
    ends: list[str], para: bool, bold: bool
) -> None:
    """Answers ending in sentences that mention MS, Society, Center or University: no expert
    from the learned reader, nothing leaves the answer."""
    lines = [SigLine(PROSE, False, True), *(SigLine(s, bold, para) for s in ends)]
    got = learned.read_learned(lines, threshold=0.0)
    found = attribute(lines)
    assert got is None or not any(
        w in e.name for e in got.experts for w in ("MS", "Society", "Center", "University")
    )
    assert found.start is None  # no line leaves the answer
    assert not any(w in e.name for e in found.experts for w in ("Society", "Center", "University"))


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # a credit line of words before a name with a credential
        ((PROSE, "Written and published by Corin Malvey, MD"), Expert("Corin Malvey", ("MD",))),
        # a label run into a dash, an honorific and a name with joined initials
        (
            (PROSE, "Article contributor- Dr. Nathan P.Q. Holloway"),
            Expert("Nathan P.Q. Holloway"),
        ),
        # a credit of words the lead-in list lacks, a name and a lower-case role (round 13's
        # rules came to read the form this case once held, "Dr Name GP, Geelong, Vic")
        (
            (PROSE, "Words by Maren Holt, registered dietitian"),
            Expert("Maren Holt", (), ("registered dietitian",)),
        ),
        (
            (PROSE, "Answered from the clinic by Petra Lindahl, PT, DPT"),
            Expert("Petra Lindahl", ("PT", "DPT")),
        ),
    ],
)
def test_the_fallback_signs_what_the_rules_leave_unsigned(
    texts: tuple[str, ...], want: Expert, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forms the rule finder has no candidate for and the learned reader reads above its
    threshold (invented after the yardsticks' byline, label and role-after forms)."""
    lines = _lines(*texts)
    monkeypatch.setitem(learned.SETTINGS, "enabled", False)
    assert attribute(lines).experts == []
    monkeypatch.setitem(learned.SETTINGS, "enabled", True)
    found = attribute(lines)
    assert found.experts == [want]
    assert find_signature(lines) is None  # the finder's own veto is never overridden
    assert found.start == 1 and found.confidence is not None
    assert found.confidence >= learned.THRESHOLD
    assert found.problem == LEARNED  # such rows can be found and reviewed


def test_the_fallback_runs_only_when_the_rules_sign_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = learned.read_learned

    def spy(lines, threshold=None):
        calls.append(1)
        return real(lines, threshold)

    monkeypatch.setattr(learned, "read_learned", spy)
    monkeypatch.setitem(learned.SETTINGS, "enabled", True)
    signed = _lines(PROSE, "Marta Lindqvist, MD", "Staff Neurologist, Kestrel Hospital")
    assert attribute(signed).experts
    assert calls == []


def test_training_script_runs_on_a_small_subset(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_signature_model as tr

    out = tmp_path / "tiny.model"
    assert tr.main(["--limit", "2", "--no-forms", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert Path(str(out) + ".version").read_text().strip() == vocabulary().version
    # the same data and seed give the same model
    again = tmp_path / "again.model"
    assert tr.main(["--limit", "2", "--no-forms", "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    learned.SETTINGS["model"] = str(out)
    try:
        toks, tags, probs = learned.tag(_lines(PROSE, "Warm regards,", "Tamsin Okonkwo-Reyes"))
        assert len(tags) == len(toks) == len(probs) and all(0.0 <= p <= 1.0 for p in probs)
    finally:
        learned.SETTINGS["model"] = None
