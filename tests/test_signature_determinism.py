"""A reading depends on the answer's lines only: never on what was parsed before it.

find.py and segment.py cache their per-line functions (``lru_cache``, ``cache``) because the same
lines recur post after post. That is sound only while the cached functions are pure and their
results are never changed by a caller. This test reads every rendered answer of the yardsticks
(sets 1-19, every container) from cold caches in one order, from cold caches in the reverse
order, again with the caches warm, and in a fresh process in a shuffled order, and asks for the
same reading of every answer each time.
"""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from unittest import mock

import pytest

from msqa_scraper.extract import qa
from msqa_scraper.extract.experts import Attribution, attribute
from msqa_scraper.extract.post import extract_post
from msqa_scraper.extract.signature import SigLine

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
_MODULES = (
    "msqa_scraper.extract.signature.find",
    "msqa_scraper.extract.signature.segment",
    "msqa_scraper.extract.signature.compose",
    "msqa_scraper.extract.signature.mention",
    "msqa_scraper.extract.signature.given_names",
    "msqa_scraper.extract.signature.vocabulary",
    "msqa_scraper.extract.signature.dates",
    "msqa_scraper.extract.signature.curation",
)


def _eval_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "signature_eval_for_determinism", ROOT / "scripts" / "signature_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _answers() -> Iterator[list[SigLine]]:
    """The lines ``attribute`` is given for every rendered answer of every yardstick."""
    se = _eval_script()
    seen: list[list[SigLine]] = []

    def spy(lines: list[SigLine], *args: object, **kwargs: object) -> Attribution:
        seen.append(list(lines))
        return attribute(lines)

    files = sorted(DATA.glob("signature_eval_cases*.json"))
    assert len(files) >= 19
    with mock.patch.object(qa, "attribute", spy):
        for path in files:
            for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
                for container in se.containers_for(case):
                    slug = f"eval-{case['id']}-{container}"
                    content = se.render(case, container)
                    page = se.PAGE.format(
                        title="A question", pid="7000001", slug=slug, content=content
                    )
                    extract_post(page, f"{se.BASE}/{slug}", se.BASE)
                    yield seen.pop()


def clear_caches() -> None:
    """Empty every cache of the signature parser (as a fresh process has them)."""
    for name in _MODULES:
        module = sys.modules.get(name) or importlib.import_module(name)
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def reading(lines: list[SigLine]) -> str:
    found = attribute(lines)
    return json.dumps(
        {
            "experts": [e.to_dict() for e in found.experts],
            "start": found.start,
            "head": found.head,
            "raw": found.raw,
            "confidence": found.confidence,
            "problem": found.problem,
        },
        sort_keys=True,
    )


def readings(answers: list[list[SigLine]], order: list[int]) -> list[str]:
    """Every answer's reading, read in ``order``, listed in the answers' own order."""
    out: dict[int, str] = {i: reading(answers[i]) for i in order}
    return [out[i] for i in range(len(answers))]


@pytest.fixture(scope="module")
def answers() -> list[list[SigLine]]:
    return list(_answers())


@pytest.fixture(scope="module")
def forward(answers: list[list[SigLine]]) -> list[str]:
    clear_caches()
    return readings(answers, list(range(len(answers))))


def _differences(a: list[str], b: list[str], answers: list[list[SigLine]]) -> list[str]:
    return [
        f"{[x.text for x in answers[i][-3:]]}: {a[i]} != {b[i]}"
        for i in range(len(a))
        if a[i] != b[i]
    ][:5]


def test_the_reverse_order_from_cold_caches_reads_the_same(
    answers: list[list[SigLine]], forward: list[str]
) -> None:
    clear_caches()
    backward = readings(answers, list(range(len(answers)))[::-1])
    assert _differences(forward, backward, answers) == []


def test_warm_caches_read_the_same(answers: list[list[SigLine]], forward: list[str]) -> None:
    order = list(range(len(answers)))
    random.Random(12).shuffle(order)
    assert _differences(forward, readings(answers, order), answers) == []


_CHILD = """
import json, random, sys
from msqa_scraper.extract.signature import SigLine
sys.path.insert(0, sys.argv[2])
from test_signature_determinism import readings
raw = json.loads(open(sys.argv[1], encoding="utf-8").read())
answers = [[SigLine(*line) for line in lines] for lines in raw]
order = list(range(len(answers)))
random.Random(7).shuffle(order)
print(json.dumps(readings(answers, order)))
"""


def test_a_fresh_process_in_a_shuffled_order_reads_the_same(
    answers: list[list[SigLine]], forward: list[str], tmp_path: Path
) -> None:
    lines = [[[x.text, x.bold, x.para_start] for x in a] for a in answers]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(lines), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(ROOT / "tests")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert _differences(forward, json.loads(run.stdout), answers) == []


def test_the_yardsticks_give_enough_answers(answers: list[list[SigLine]]) -> None:
    assert len(answers) > 2000
