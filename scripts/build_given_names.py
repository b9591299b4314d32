"""Build msqa_scraper/extract/data/given_names.txt from Faker's per-locale first-name lists.

Faker (MIT licence, pinned in requirements.txt) carries the given names of about eighty locales,
most taken from national statistics. The signature parser uses them as a gazetteer: a line of
name-shaped words whose first word is a known given name is more likely a signer. Only names
written in a cased script are kept (Latin, Cyrillic, Greek: a capital there marks a name),
folded to lower case; ordinary English words that are also given names ("will", "hope",
"doctor") are listed in given_names_not.txt and left out, so the gazetteer never vouches for a
sentence's word.

Run: .venv/bin/python scripts/build_given_names.py  (tests/test_given_names.py checks the file is
what this script writes).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import faker
import faker.providers.person as person

DATA = Path(__file__).resolve().parent.parent / "msqa_scraper" / "extract" / "data"
OUT = DATA / "given_names.txt"
NOT = DATA / "given_names_not.txt"


def _is_name_list(attribute: str) -> bool:
    # first_names, first_names_female_hinduism, first_romanized_names_male, ...: lists and
    # weighted dicts of names; first_name_pairs and *_abbreviated hold no single names
    return attribute.startswith(("first_names", "first_romanized_names", "first_kana_names"))


def _entries(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [x for x in value if isinstance(x, str)]
    return []


# Cased scripts only: a name's capital is evidence there ("Марина Голованова", "Νικόλαος"); in a
# caseless script (CJK, Arabic) any word of a sentence could stand as a name.
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def cased_word(name: str) -> bool:
    """A word of one cased script (Latin, Cyrillic or Greek), hyphen and apostrophe allowed."""
    if len(name) < 2:
        return False
    scripts = {
        next((s for s in _SCRIPTS if s in unicodedata.name(ch, "")), None)
        for ch in name
        if ch not in "-'"
    }
    letters = all(ch.isalpha() or ch in "-'" for ch in name)
    return letters and len(scripts) == 1 and None not in scripts


def faker_given_names() -> set[str]:
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, value in vars(provider).items():
            if _is_name_list(attribute):
                names.update(n.strip().casefold() for n in _entries(value))
    return {n for n in names if cased_word(n)}


def stoplist() -> set[str]:
    lines = NOT.read_text(encoding="utf-8").splitlines()
    return {w.strip().casefold() for w in lines if w.strip() and not w.startswith("#")}


def render() -> str:
    names = sorted(faker_given_names() - stoplist())
    header = [
        "# Given names (Latin, Cyrillic and Greek scripts, folded to lower case): a gazetteer for",
        "# the signature parser.",
        f"# Built by scripts/build_given_names.py from Faker {faker.VERSION}'s per-locale",
        "# first-name lists (Faker: MIT licence, (c) joke2k and contributors), less the words in",
        f"# given_names_not.txt. {len(names)} names.",
    ]
    return "\n".join([*header, *names]) + "\n"


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(OUT.read_text(encoding='utf-8').splitlines()) - 5} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
