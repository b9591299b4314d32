"""A gazetteer of given names: evidence that a short line or phrase names a person.

The names come from ``data/given_names.txt`` (Faker's per-locale first-name lists, built by
``scripts/build_given_names.py``). A word the signature vocabulary already reads as something else
(a credential, an honorific, a role or organisation head, a closing, a month, a place) is never a
given name here, whatever the list says: "Dean", "Md" and "Regards" keep their vocabulary meaning.
It is a feature, never proof: "Marta" alone is a likely signer only where the rest of the line
(no verb, no final full stop, its place in the answer) agrees.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

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
