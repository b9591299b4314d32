"""A learned reader of an answer's last lines: a linear-chain CRF (python-crfsuite).

The rule readers (find.py, compose.py, mention.py) are fitted to the forms their authors saw. This
reader was trained (scripts/train_signature_model.py) on every labelled yardstick and on the
corpus of forms: each token of the answer's last lines is tagged O (answer prose), SIG (signature
text that is no field: a closing, a dash, a date, a contact line), or B-/I- of NAME, DEG, TITLE,
INST, PLACE. A B-NAME opens a new expert (the boundary between two experts).

Its features are word classes (the project's vocabulary and name lists), shape and the token's
place in its line and in the answer, never the words themselves beyond a closed class of
function words: the aim is to learn the class of forms, not the training set's spellings.

``read_learned`` is a pure function of the lines. experts.py calls it only when the rule readers
leave the answer unsigned; a reading is accepted only above ``THRESHOLD`` (the least of the
model's marginal probabilities over the reading's tokens and the prose token before it) and
only when every expert has a plausible name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.find import SigLine, Signature, _places_run, thing_item
from msqa_scraper.extract.signature.given_names import (
    is_given_name,
    name_lists,
    plausible_name,
)
from msqa_scraper.extract.signature.segment import is_sentence
from msqa_scraper.extract.signature.vocabulary import fold, vocabulary

MODEL_FILE = "data/signature_crf.model"
# The model is trained against one vocabulary: a model file records it (<model>.version) and
# the reader refuses a model of another vocabulary, whose word classes would mean other things
# (retrain: scripts/train_signature_model.py).
WINDOW = 6  # the answer's last lines the model reads
MAX_TOKENS = 60  # a line's last tokens (a long prose line's head never holds a signature)
THRESHOLD = 0.6  # chosen by leave-one-set-out cross-validation (scripts/signature_cv.py)

LABELS = ("O", "SIG", "NAME", "DEG", "TITLE", "INST", "PLACE")
TOKEN = re.compile(r"\w+(?:[.'’&/-]\w+)*\.?|[^\w\s]")
_DASHES = frozenset("-–—―")
_WORD = re.compile(r"\w")
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$")


@dataclass(frozen=True)
class Token:
    line: int  # index in the lines given
    start: int  # character offsets in the line's text
    end: int
    text: str


@dataclass
class LearnedSignature(Signature):
    """A learned reading: accepted above the reader's own threshold (its confidence is the
    model's probability, not the rule finder's score)."""

    threshold: float = THRESHOLD

    @property
    def accepted(self) -> bool:
        return bool(self.experts) and self.confidence >= self.threshold


def tokens_of(lines: Sequence[SigLine]) -> list[Token]:
    """The tokens the model reads: the last WINDOW lines, each line's last MAX_TOKENS tokens."""
    out: list[Token] = []
    first = max(0, len(lines) - WINDOW)
    for i in range(first, len(lines)):
        found = [Token(i, m.start(), m.end(), m.group()) for m in TOKEN.finditer(lines[i].text)]
        out.extend(found[-MAX_TOKENS:])
    return out


def _shape(text: str) -> str:
    s = re.sub(r"[A-Z]", "X", text)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\W\d_]", "u", s)  # other letters (accented)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


@cache
def _classes() -> dict[str, frozenset[str]]:
    v = vocabulary()
    lists = name_lists()
    org = {fold(w) for w in v.org_heads | v.org_lead_heads | v.unit_heads}
    return {
        "org": frozenset(org),
        "connector": frozenset(fold(w) for w in v.connectors | v.joiners | v.articles),
        "leadin": frozenset(v.lead_in_words),
        "closing": frozenset(fold(w).split()[0].strip(",") for w in v.closings if w.strip()),
        "month": frozenset(fold(w) for w in v.months),
        "contact": frozenset(v.contact_labels),
        "address": frozenset(fold(w) for w in v.address_words),
        "condition": frozenset(fold(w) for w in v.condition_words),
        "sentence": frozenset(fold(w) for w in v.sentence_words | v.sentence_verbs),
        "surname": lists.surnames,
        "common": lists.common,
        "function": lists.function,
    }


@lru_cache(maxsize=8192)
def _word_features(text: str) -> tuple[str, ...]:
    """A token's own features (cached: the same words recur in every answer)."""
    v = vocabulary()
    c = _classes()
    bare = text.strip(".,;:()[]\"'“”‘’")
    key = bare.casefold()
    f = ["shape=" + _shape(text)[:8]]
    if not _WORD.search(text):
        f.append("punct=" + text)
        if text in _DASHES:
            f.append("dash")
        return tuple(f)
    if text[0].isupper():
        f.append("cap")
    if text.isupper() and len(bare) > 1:
        f.append("upper")
    if text.islower():
        f.append("lower")
    if text.endswith("."):
        f.append("dot")
    if any(ch.isdigit() for ch in text):
        f.append("digit")
    if "@" in text or key.startswith(("http", "www")):
        f.append("contact")
    if bare and v.is_credential(bare):
        f.append("cred")
    if bare and v.is_honorific(bare):
        f.append("hon")
    if bare and v.is_head_noun(bare):
        f.append("rolehead")
    elif bare and v.is_role_word_any(bare):
        f.append("roleword")
    if bare and is_given_name(bare):
        f.append("given")
    for name, words in c.items():
        if key in words:
            f.append(name)
    if bare and v.is_place(bare):
        f.append("place")
    # the word itself only for a closed class (function words, closings, lead-ins, connectors):
    # a name or an institution's words would teach the training set's spellings
    if key in c["function"] or key in c["connector"] or key in c["closing"] or key in c["leadin"]:
        f.append("w=" + key)
    f.append("len=" + str(min(len(bare), 6)))
    return tuple(f)


def features(lines: Sequence[SigLine], toks: Sequence[Token]) -> list[list[str]]:
    """One feature list per token: its word classes, its neighbours' and its place in the lines."""
    n_lines = len(lines)
    per_line: dict[int, list[int]] = {}
    for k, t in enumerate(toks):
        per_line.setdefault(t.line, []).append(k)
    own = [_word_features(t.text) for t in toks]
    out: list[list[str]] = []
    for k, t in enumerate(toks):
        idx = per_line[t.line]
        pos = idx.index(k)
        line = lines[t.line]
        text = line.text.rstrip()
        f = ["bias", *own[k]]
        f.append("from_end=" + str(n_lines - 1 - t.line))
        f.append("pos=" + str(min(pos, 4)))
        f.append("pos_end=" + str(min(len(idx) - 1 - pos, 4)))
        f.append("line_len=" + str(min(len(idx) // 4, 8)))
        if text.endswith((".", "?", "!")):
            f.append("line_stop")
        if line.bold:
            f.append("bold")
        if line.para_start:
            f.append("para")
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < len(toks) and toks[j].line == t.line:
                f.extend(f"{d}:{x}" for x in own[j] if not x.startswith("len="))
            else:
                f.append(f"{d}:edge")
        out.append(f)
    return out


def _spans(toks: Sequence[Token], tags: Sequence[str]) -> list[tuple[str, list[Token]]]:
    spans: list[tuple[str, list[Token]]] = []
    for t, tag in zip(toks, tags, strict=True):
        kind = tag.split("-", 1)[-1]
        if tag.startswith("B-") or not spans or spans[-1][0] != kind or tag in ("O", "SIG"):
            spans.append((kind, [t]))
        else:
            spans[-1][1].append(t)
    return spans


def _text(lines: Sequence[SigLine], part: list[Token]) -> str:
    if part[0].line == part[-1].line:
        raw = lines[part[0].line].text[part[0].start : part[-1].end]
    else:
        raw = " ".join(t.text for t in part)
    return " ".join(raw.split()).strip(" ,;:")


def _name_text(text: str) -> str:
    """A sentence's full stop after a surname is no part of the name ("... Lalitha Menon."); an
    initial's or a suffix's dot is ("Moriyama H.", "Jr.")."""
    last = text.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last.rstrip(".")) > 2 and not last[:-1].count("."):
        return text[:-1].rstrip()
    return text


def experts_of(
    lines: Sequence[SigLine], toks: Sequence[Token], tags: Sequence[str]
) -> list[Expert]:
    """The experts a labelling reads: a field before the first name belongs to the first expert
    ("Neurologist Name, MD"), every later one to the name before it."""
    people: list[dict] = []
    pending: list[tuple[str, str]] = []
    for kind, part in _spans(toks, tags):
        if kind in ("O", "SIG"):
            continue
        text = _text(lines, part)
        if not text:
            continue
        if kind == "NAME":
            text = _name_text(text)
            people.append({"name": text, "DEG": [], "TITLE": [], "INST": [], "PLACE": []})
            for k, x in pending:
                people[-1][k].append(x)
            pending = []
        elif people:
            people[-1][kind].append(text)
        else:
            pending.append((kind, text))
    return [
        Expert(
            p["name"],
            tuple(p["DEG"]),
            tuple(p["TITLE"]),
            ", ".join(p["INST"]) or None,
            ", ".join(p["PLACE"]) or None,
        )
        for p in people
    ]


@cache
def _tagger(path: str | None = None):
    import pycrfsuite

    where = Path(path) if path else Path(str(resources.files("msqa_scraper.extract") / MODEL_FILE))
    recorded = Path(str(where) + ".version").read_text("utf-8").strip()
    if recorded != vocabulary().version:
        # the extractor goes on with the rules alone (tests/test_signature_learned.py fails)
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(where))
    return tagger


# ENABLED: whether experts.attribute asks this reader at all (off: the rules alone).
# model: another model file (cross-validation, tests); None: the packaged one.
SETTINGS: dict[str, object] = {"enabled": True, "threshold": THRESHOLD, "model": None}


def enabled() -> bool:
    return bool(SETTINGS["enabled"])


def tag(lines: Sequence[SigLine]) -> tuple[list[Token], list[str], list[float]]:
    """The tokens, their best labelling and each token's marginal probability of its label."""
    toks = tokens_of(lines)
    if not toks:
        return toks, [], []
    model = SETTINGS["model"]
    tagger = _tagger(model if isinstance(model, str) else None)
    if tagger is None:
        return toks, ["O"] * len(toks), [1.0] * len(toks)  # a stale model reads no signature
    tagger.set(features(lines, toks))
    tags = list(tagger.tag())
    return toks, tags, [tagger.marginal(t, i) for i, t in enumerate(tags)]


def read_learned(
    lines: Sequence[SigLine], threshold: float | None = None
) -> LearnedSignature | None:
    """The learned reading of the lines' end, or None when it is below the threshold, names no
    one plausibly, does not end the answer, or begins inside a line other than after a dash in
    the last one."""
    if threshold is None:
        threshold = float(SETTINGS["threshold"])  # type: ignore[arg-type]
    toks, tags, marginals = tag(lines)
    if not toks:
        return None
    # the signature is the last run of non-prose tokens: it ends the answer, and a token the
    # model tagged as signature text earlier, with prose after it, stays in the answer
    last_prose = max((k for k, t in enumerate(tags) if t == "O"), default=-1)
    first = last_prose + 1
    if first >= len(tags) or first == 0:
        return None  # no signature, or no prose kept above it: nothing the answer could lose
    # the reading's confidence: its least sure token, the prose token before it included (the
    # boundary), from the model's marginals; the prose above does not dilute it
    prob = min(marginals[max(first - 1, 0) :])
    if prob < threshold:
        return None
    experts = experts_of(lines, toks[first:], tags[first:])
    if not experts or not all(_person(toks, tags, e) for e in experts):
        return None  # never invent: a name with no evidence of a person stays in the answer
    at = toks[first]
    # keep every sentence: a block holding a line that reads as a sentence stays in the answer
    block_text = [lines[at.line].text[at.start :], *(s.text for s in lines[at.line + 1 :])]
    if any(is_sentence(text) for text in block_text):
        return None
    if any(thing_item(text) for text in block_text):
        return None  # "- Regular exercise" / "- Anne Frank House": a list of things, no one
    if any("," in e.name or ";" in e.name for e in experts):
        return None  # "Monica, Mich.": a name holds no comma (two fields read as one)
    # a name read inside a sentence ("Just how many Owen Tak, MDs are out there?") is none; a
    # name followed on its line by lower-case words the model reads as no field ("Gideon
    # Granville (our team)") is unsure, as the finder holds it
    name_lines = {toks[k].line for k in range(first, len(toks)) if tags[k] == "B-NAME"}
    for k in range(first, len(toks)):
        if tags[k] == "B-NAME":
            text = lines[toks[k].line].text[(at.start if toks[k].line == at.line else 0) :]
            if is_sentence(text):
                return None
        named = any(tags[j] == "B-NAME" and toks[j].line == toks[k].line for j in range(first, k))
        if tags[k] == "SIG" and toks[k].line in name_lines and named and toks[k].text.islower():
            return None
    head = None
    if at.start > 0 and lines[at.line].text[: at.start].strip():
        if at.line != len(lines) - 1 or at.text not in _DASHES:
            return None  # a block begins mid-line only after a dash in the answer's last line
        head = lines[at.line].text[: at.start].rstrip()
    block = [lines[at.line].text[at.start :].strip(), *(s.text for s in lines[at.line + 1 :])]
    return LearnedSignature(at.line, block, experts, prob, head, threshold)


def _person(toks: Sequence[Token], tags: Sequence[str], expert: Expert) -> bool:
    """Evidence in the words that the name is a person's (given_names.plausible_name), with an
    honorific the model read as signature text right before it ("Dr. Lindqvist"). One word
    alone ("Atentamente," over a team) must be a given name unless a title or degree backs it."""
    v = vocabulary()
    honorific = any(
        tags[k] == "B-NAME"
        and toks[k].text == expert.name.split()[0]
        and toks[k - 1].line == toks[k].line
        and v.is_honorific(toks[k - 1].text)
        for k in range(1, len(toks))
    )
    if not plausible_name(expert.name, honorific=honorific, degrees=expert.degrees):
        return False
    words = expert.name.split()
    if not all(w[:1].isupper() for w in words):
        return False  # "bluefinch, BSN, RN": a handle, not a name as a person writes it
    if any(ch.isdigit() for ch in expert.name):
        return False  # "RN207, BSN": a digit marks a forum handle, never a person's name
    if any(w in v.org_heads or w in v.org_lead_heads for w in words):
        return False  # "Autor: Przychodnia Zdromed": a clinic credited as the author, no one
    # "Austin" under "Further Reading", "Marisol T" after prose: a given name alone, or with an
    # initial, names a person only with an honorific or a degree (as the rules read them)
    spelled = [w for w in words if not _INITIAL.match(w)]
    # a state read as a degree ("Monica, Mich.", "WA") backs no name: a dateline's town
    backed = honorific or any(not v.is_place(d) for d in expert.degrees)
    if not (len(spelled) >= 2 or backed):
        return False
    if v.is_place(expert.name) or " ".join(expert.name.casefold().split()) in name_lists().places:
        return False  # "Santa Monica, WA": a town and its state, not a person
    # "Albert Lea Santa Monica", "Santa Monica, WA" (a state read as a degree): towns are no
    # name (the finder's own test); only an honorific vouches for one
    return honorific or not _places_run(expert.name)
