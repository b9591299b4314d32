"""Loads the real-world signature forms (tests/data/signature_forms.py) and scores the parser."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine

_PATH = Path(__file__).parent / "data" / "signature_forms.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("signature_forms", _PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["signature_forms"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


forms_module = _load()
FORMS = forms_module.FORMS


@dataclass
class Outcome:
    all_right: bool  # every part of every expert
    core_right: bool  # names, credentials and the number of experts
    text_right: bool  # no signature text in the answer, no answer line lost


def run(form) -> Outcome:
    lines = [SigLine(text, para_start=(i == 0)) for i, text in enumerate(form.lines)]
    found = attribute(lines)
    if found.start is None:
        kept = list(form.lines)
    elif found.head is not None:
        kept = [*form.lines[:-1], found.head]
    else:
        kept = list(form.lines[: found.start])
    expected_kept = list(form.lines[: form.prose_lines])
    if found.head is not None and form.experts:
        expected_kept = [*form.lines[:-1]]
    text_right = kept == expected_kept or (
        found.head is not None
        and kept[:-1] == list(form.lines[:-1])
        and form.lines[-1].startswith(found.head)
    )
    got, want = found.experts, list(form.experts)
    core = [(e.name, e.degrees) for e in got] == [(e.name, e.degrees) for e in want]
    return Outcome(got == want, core, text_right)


def shares(forms) -> tuple[float, float, float]:
    outcomes = [run(f) for f in forms]
    n = len(outcomes)
    return (
        sum(o.all_right for o in outcomes) / n,
        sum(o.core_right for o in outcomes) / n,
        sum(o.text_right for o in outcomes) / n,
    )
