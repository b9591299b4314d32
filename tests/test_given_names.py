"""The given-name gazetteer: built from Faker by a script, minus ordinary words and vocabulary."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.signature.given_names import (
    given_name_share,
    given_names,
    is_given_name,
)
from msqa_scraper.extract.signature.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "msqa_scraper" / "extract" / "data"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_given_names", ROOT / "scripts" / "build_given_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _file_names() -> list[str]:
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith("#")]


def test_the_file_is_what_the_build_script_writes() -> None:
    assert (DATA / "given_names.txt").read_text(encoding="utf-8") == _build_script().render()


def test_the_file_is_sorted_unique_and_folded() -> None:
    names = _file_names()
    assert names == sorted(set(names))
    assert all(n == n.casefold() and n.strip() == n and len(n) >= 2 for n in names)
    assert len(names) > 15000  # eighty locales: a thin list would vouch for few signers


@pytest.mark.parametrize(
    "word",
    ["Marta", "MARTA", "marta", "Tobias", "Rosalind,", "Noémie", "Mary-Kate", "Adaeze", "Tomasz"],
)
def test_known_given_names_in_any_case_and_punctuation(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize(
    "word",
    [
        "Will",
        "May",
        "Hope",
        "Doctor",
        "Dean",
        "Md",
        "Regards",
        "Hospital",
        "Society",
        "The",
        "J.",
        "M",
    ],
)
def test_words_with_another_meaning_and_initials_are_no_given_names(word: str) -> None:
    assert not is_given_name(word)


def test_the_stoplist_keeps_its_words_out_of_the_file() -> None:
    stop = _build_script().stoplist()
    assert "will" in stop and "hope" in stop
    assert not stop & set(_file_names())


def test_no_vocabulary_credential_honorific_or_closing_is_a_given_name() -> None:
    vocab = vocabulary()
    words = [*vocab.credentials, *vocab.honorifics, *vocab.closings, *vocab.months]
    assert [w for w in words if is_given_name(w)] == []


def test_share_counts_given_names_among_words() -> None:
    assert given_name_share(["Greta", "Holloway"]) == 0.5
    assert given_name_share([]) == 0.0
    assert given_name_share(["National", "MS", "Society"]) == 0.0


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(sorted(given_names())), st.sampled_from([str.upper, str.title, str.lower]))
def test_every_gazetteer_name_is_given_in_any_case(name: str, case: Callable[[str], str]) -> None:
    assert is_given_name(case(name))
    assert is_given_name(case(name) + ",")
