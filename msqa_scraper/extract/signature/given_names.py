"""A gazetteer of given names: evidence that a short line or phrase names a person.

The names come from ``data/given_names.txt`` (Faker's per-locale first-name lists, built by
``scripts/build_given_names.py``). A word the signature vocabulary already reads as something else
(a credential, an honorific, a role or organisation head, a closing, a month, a place) is never a
given name here, whatever the list says: "Dean", "Md" and "Regards" keep their vocabulary meaning.
It is a feature, never proof: "Marta" alone is a likely signer only where the rest of the line
(no verb, no final full stop, its place in the answer) agrees.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Protocol, TypeVar

from .vocabulary import Vocabulary, cred_key, fold, vocabulary

_STRIP = ".,;:!?()[]\"'“”‘’"


def _vocabulary_words(vocab: Vocabulary) -> set[str]:
    words: set[str] = {key.casefold() for key in vocab.credentials}
    words |= set(vocab.honorifics)
    classes: Iterable[Iterable[str]] = (
        vocab.role_heads,
        vocab.role_modifiers,
        vocab.org_heads,
        vocab.org_lead_heads,
        vocab.unit_heads,
        vocab.closings,
        vocab.months,
        vocab.weekdays,
        vocab.sentence_words,
        vocab.label_words,
        vocab.not_name_words,
        vocab.not_person_words,
        vocab.condition_words,
    )
    for entries in classes:
        words |= {fold(w) for entry in entries for w in entry.split()}
    # two-letter state abbreviations ("AL", "ED"...) stay out: "Al" and "Ed" are given names
    words |= {fold(p) for p in vocab.places if len(p) > 3 and " " not in p}
    return words


@cache
def given_names() -> frozenset[str]:
    text = (
        resources.files("msqa_scraper.extract")
        .joinpath("data/given_names.txt")
        .read_text(encoding="utf-8")
    )
    names = {line for line in text.splitlines() if line and not line.startswith("#")}
    # "ALTINBIKE" casefolds to "altinbike", not the file's "altınbike" (Turkish dotless i)
    names |= {name.upper().casefold() for name in names}
    return frozenset(names - _vocabulary_words(vocabulary()))


def is_given_name(word: str) -> bool:
    """True for a known given name in any case ("Marta", "MARTA", "Noémie", "Mary-Kate")."""
    key = word.strip(_STRIP).casefold()
    if len(key) < 2 or cred_key(word) != key.upper().replace(".", ""):
        return False  # "M.", "J.R.": initials are no given name
    names = given_names()
    if key in names:
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in names for p in parts)


def given_name_share(words: Sequence[str]) -> float:
    """The share of the words that are known given names (0.0 for no words)."""
    if not words:
        return 0.0
    return sum(is_given_name(w) for w in words) / len(words)


# -- name plausibility ----------------------------------------------------------------------------
#
# One scored check of whether words read as a name are a person's: evidence FOR (an honorific, a
# credential after the name, a credit's lead-in, a known given name, an initial, a surname-shaped
# word) against evidence AGAINST (a disease or condition, page furniture, a function word, a
# place's generic word, words that are all common English and no gazetteer's name). The word
# lists are data files (data/surnames.txt, data/common_words.txt, data/places.txt,
# data/not_names.txt; their headers give each list's source). Weights: a strong kind
# (honorific, credential) outweighs one kind against (a place: "Sierra Madre, MD" is a
# person), a hard kind (condition, furniture, function word) outweighs one strong kind
# ("Optic Neuritis, MD" is a topic).

_HONORIFIC = 2.0
_CREDENTIAL = 2.0
_CONDITION_CREDENTIAL = 0.5  # "MS" after the words: first of all the disease in an MS archive
_CREDIT = 1.0  # "By", "Answered by", a closing: the line says someone signs
_GIVEN = 1.5
_INITIAL = 1.0
_SURNAME = 1.0
_HARD = -3.0  # a condition, page furniture, a function word
_PLACE = -2.0
_WORDS_ONLY = -1.5  # every word a common English word that no gazetteer knows as a name
_REPEATED = -1.0  # "Balance Balance"
_DATELINE = -1.0  # "-- Albert Lea, Minn.": a dash, words and a state, as a column's dateline
ACCEPT_NAME = 1.0
# "J.", "JR", "Т.С.": one to three capitals of any cased script, dotted or not
_INITIAL_RE = re.compile(r"^(?:[^\W\d_]\.?){1,3}$")


@dataclass(frozen=True)
class NameLists:
    surnames: frozenset[str]
    common: frozenset[str]
    conditions: frozenset[str]
    condition_phrases: tuple[str, ...]
    furniture: frozenset[str]
    function: frozenset[str]
    place_first: frozenset[str]
    place_last: frozenset[str]
    event_last: frozenset[str]
    places: frozenset[str]  # towns of two words or more, whole ("albert lea")


def _data_lines(name: str) -> list[str]:
    text = resources.files("msqa_scraper.extract").joinpath(f"data/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[:1] != "#"]


@cache
def name_lists() -> NameLists:
    v = vocabulary()
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _data_lines("not_names.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line.casefold())
    surnames = frozenset(_data_lines("surnames.txt"))
    names = surnames | given_names()
    conditions = [*sections["conditions"], *(" ".join(n).casefold() for n in v.condition_names)]
    # a gazetteer's name in a soft list counts as a name ("Link", "West", "Park")
    return NameLists(
        surnames=surnames,
        common=frozenset(_data_lines("common_words.txt")),
        conditions=frozenset(w for w in conditions if " " not in w),
        condition_phrases=tuple(w for w in conditions if " " in w),
        furniture=frozenset(sections["furniture"]) - names,
        function=frozenset(sections["function"]) - names,
        place_first=frozenset(sections["place_first"]) - names,
        place_last=frozenset(sections["place_last"]) - names,
        event_last=frozenset(sections.get("event_last", [])) - names,
        places=frozenset(_data_lines("places.txt")),
    )


def plausible_name(
    name: str,
    honorific: bool = False,
    degrees: Sequence[str] = (),
    credit: bool = False,
    dateline: bool = False,
) -> bool:
    """Do these words, read as a name, name a person? (the finder's test for every candidate)

    ``credit``: a lead-in of words opens the line ("By", "Answered by", a closing);
    ``dateline``: a dash opens it and a state's abbreviation alone follows the name.
    """
    return name_evidence(name, honorific, tuple(degrees), credit, dateline) >= ACCEPT_NAME


@lru_cache(maxsize=4096)
def name_evidence(
    name: str,
    honorific: bool = False,
    degrees: tuple[str, ...] = (),
    credit: bool = False,
    dateline: bool = False,
) -> float:
    """Evidence for minus evidence against ``name`` being a person's; -inf when nothing in the
    name itself vouches for one (a credit's lead-in alone vouches for no words)."""
    lists, v = name_lists(), vocabulary()
    words = [w.strip(_STRIP) for w in name.split()]
    words = [w for w in words if w and w not in v.particles and w not in v.suffixes]
    keys = [w.casefold() for w in words]
    if not keys:
        return -math.inf
    score = 0.0
    if honorific:
        score += _HONORIFIC
    if any(d not in v.condition_words for d in degrees):
        score += _CREDENTIAL
    elif degrees:
        score += _CONDITION_CREDENTIAL
    initials = [_INITIAL_RE.match(w) is not None and w.isupper() for w in words]
    first = next((i for i, ini in enumerate(initials) if not ini), None)
    if any(initials) and first is not None:
        score += _INITIAL
    if first is not None and is_given_name(words[first]):
        score += _GIVEN
    # the surname: any word after the first one spelled out, or that word alone ("M. Lindqvist",
    # "Dr. Rich")
    spelled = [k for k, ini in zip(keys, initials, strict=True) if not ini]
    if any(_surname_shaped(k, lists) for k in (spelled[1:] or spelled)):
        score += _SURNAME
    if score <= 0.0:
        return -math.inf  # no honorific, credential, given name, initial or surname
    if credit:
        score += _CREDIT
    # evidence against
    phrase = " ".join(keys)
    parts = {p for k in spelled for p in k.split("-")}  # "A." is an initial, not the article
    if parts & lists.conditions or any(c in phrase for c in lists.condition_phrases):
        score += _HARD
    if parts & lists.furniture or phrase in lists.furniture:
        score += _HARD
    if parts & lists.function:
        score += _HARD
    if keys[-1] in lists.event_last:  # "Nordic Neuro Week": a meeting's name, not a person's
        score += _HARD
    if len(words) > 1 and len(words[0]) > 3 and words[0] in v.org_lead_heads:
        score += _HARD  # "Przychodnia Zdrowia", "Hospital Santa Lucia": a body's name opens so
    if (
        keys[0] in lists.place_first
        or keys[-1] in lists.place_last
        or (len(keys) > 1 and (phrase in lists.places or v.is_place(" ".join(words))))
    ):
        score += _PLACE
    if all(_word_only(k, lists) for k in spelled):
        score += _WORDS_ONLY
    if len(set(keys)) < len(keys):
        score += _REPEATED
    if dateline:
        score += _DATELINE
    return score


def _surname_shaped(key: str, lists: NameLists) -> bool:
    """A known surname, or a word no common-word list holds ("Quarrie", "McAllister")."""
    parts = [p for p in key.replace("’", "'").split("-") if p]
    return any(
        p in lists.surnames
        or (p.isalpha() and len(p) > 2 and p not in lists.common and p not in lists.function)
        or (p[:2] == "o'" and len(p) > 3)
        for p in parts
    )


def _word_only(key: str, lists: NameLists) -> bool:
    return key in lists.common and key not in lists.surnames and key not in given_names()


# -- one implausible person in a block of several -------------------------------------------------
#
# A block read as several people can hold one "person" that is no one: "Mara Lindqvist, PhD" /
# "Senior Programs Consultant, Open Path MS" reads "Open Path, MS" as a second person, "Gwen
# Albrecht, RN, BSN" / "Red Deer, Alta." reads the town line as one. Vetoing the whole block for
# it loses a right first expert; dropping the "person" alone would lose its words. Its words are
# the person's before it: an organisation, or a place when they read as one. Only a soft reason
# against (a place, common words, the disease after the words) is read so: a "person" holding
# page furniture or a function word, or carrying an honorific, keeps the whole block unsure.


class _Folded(Protocol):
    """The parts of a parsed expert the fold reads and writes (segment.ParsedExpert)."""

    name: str
    honorific: bool
    degrees: list[str]
    titles: list[str]
    orgs: list[str]
    places: list[str]


E = TypeVar("E", bound=_Folded)


def fold_implausible(
    experts: list[E],
    lines: Sequence[str],
    lead: str,
    plausible: Callable[[list[E], str], bool],
) -> list[E]:
    """``experts`` with each implausible one after a plausible first folded into the expert
    before it, its text as the block writes it kept as that expert's organisation (or place);
    the list unchanged when no one, every one, or the first is implausible, or when one can't
    be folded (``plausible`` is the finder's test of a list of experts after the lead-in)."""
    if len(experts) < 2 or not plausible(experts[:1], lead):
        return experts
    verdicts = [plausible([e], lead) for e in experts]
    if all(verdicts):
        return experts
    text = " ".join(line.strip() for line in lines)
    starts: list[int] = []
    at = 0
    for e in experts:  # where each expert's name is written, in order
        found = text.find(e.name, at)
        if found < 0:
            return experts  # a name nameparser reordered: its words can't be placed
        starts.append(found)
        at = found + len(e.name)
    kept: list[E] = []
    for i, (e, ok) in enumerate(zip(experts, verdicts, strict=True)):
        if ok:
            kept.append(e)
            continue
        end = starts[i + 1] if i + 1 < len(experts) else len(text)
        words = text[starts[i] : end].strip(" ,;")
        if e.honorific or not words or not _foldable(words):
            return experts
        # a copy: the block's parse may be a cached one, read again for another boundary
        before = kept[-1] = copy.copy(kept[-1])
        if _place_words(words):
            before.places = [*before.places, words]
        else:
            before.orgs = [*before.orgs, words]
    return kept


def _foldable(words: str) -> bool:
    """No page furniture ("Leave a Reply", "Older Posts") and no function word in the words."""
    lists = name_lists()
    keys = {w.strip(_STRIP).casefold() for w in words.split()}
    phrase = " ".join(words.casefold().split())
    furniture = any(f in phrase for f in lists.furniture if " " in f)
    return not (furniture or keys & lists.furniture or keys & lists.function)


def _place_words(words: str) -> bool:
    """ "Red Deer, Alta.", "Albert Lea": a known town of several words, or words ending in a
    region or a state's abbreviation ("..., Alta.", "..., Minn.")."""
    v = vocabulary()
    pieces = [p.strip() for p in words.split(",") if p.strip()]
    head = pieces[0].casefold()
    last = pieces[-1]
    return (
        v.is_place(last)
        or (last.isalpha() and v.is_place(last + "."))  # "Alta" as the finder leaves "Alta."
        or (len(pieces) == 1 and head in name_lists().places)
    )
