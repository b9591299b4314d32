"""scripts/signature_grid.py: every part comes from a recorded form; the grid holds its floor.

The grid combines the parts of recorded signature forms freely (see the script's docstring). Its
parts must come from the development sets or the corpus, never from the blind sets, so the blind
sets keep measuring whether what composes on the grid transfers to forms nobody collected for the
parser. Sets 1-5 were the development sets until round 9; sets 6-8 were measured blind once and
are spent since round 10 (its part kinds cite them); the blind sets now are 9-11, which no part
may cite.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import signature_grid as grid  # noqa: E402
from test_signature_eval_data import _case_problems  # noqa: E402

DEVELOPMENT = ["", "_2", "_3", "_4", "_5", "_6", "_7", "_8"]
# Raised as the parser learns to compose; lowering it needs a reason in the commit message.
# Round 7, the second-opinion reader (signature/compose.py): 300 combinations 1.00 / 1.00 / 0.99
# (main before it: 0.697 / 0.697 / 0.687). Grown grid (trailers, a second expert, a role before
# the name, credentials after spaces, capitals, particles, apostrophes, Jr.): main 0.917 / 0.920 /
# 0.897; compose reading them 0.993 / 0.997 / 0.973. The floor sits 0.01 under that, rounded
# down, so a merge that loses one or two combinations elsewhere does not fail for nothing.
FLOOR = {"all": 0.98, "core": 0.98, "text": 0.96}
# Round 10 (comp10): the round-10 part kinds (letters: valedictions, label leads, letter name
# shapes, name tails, town lines, practices, noise lines over and under, a repeated name; a
# run-on role, a town after the credentials, doctors listed without "and" under a caption) in
# about a third of the combinations. 1000 combinations, seed 7: main 0.633 / 0.650 / 0.644;
# compose reading them 0.997 / 0.998 / 0.990 (300: 0.997 / 1.00 / 0.997). The old grid alone
# (new_parts=False) is unchanged, answer by answer: 0.998 / 0.999 / 0.984 on main and here.
# Floors 0.01 under, rounded down, as above.
FLOOR_NEW = {"all": 0.98, "core": 0.98, "text": 0.98}


def _sig_lines() -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for suffix in DEVELOPMENT:
        path = DATA / f"signature_eval_cases{suffix}.json"
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            lines[case["id"]] = case["sig"]
    return lines


def _corpus_strings() -> list[str]:
    text = (DATA / "signature_forms.py").read_text(encoding="utf-8")
    return re.findall(r'"((?:[^"\\]|\\.)*)"', text)


def _parts() -> list[grid.Part]:
    parts = [*grid.LEADS, *grid.CLOSINGS, *grid.HONORIFICS, *grid.ROLES, *grid.ORGS]
    parts += [*grid.PLACES, *(p for p, _ in grid.NAMES), *(p for _, p in grid.CREDENTIALS)]
    parts += [*grid.CRED_STYLES, *grid.PRE_ROLES, *grid.TRAILERS, *grid.SECOND]
    parts += [*grid.VALEDICTIONS, *grid.LABEL_LEADS, *(p for p, _ in grid.LETTER_NAMES)]
    parts += [*grid.NOISE_LINES, *grid.NOISE_HEADS, *grid.NAME_TAILS, *grid.PRACTICES]
    parts += [*(p for _, p in grid.TOWN_LINES), grid.RUN_ON, *grid.LISTED, grid.REPEAT]
    parts += [grid.CAPTION, grid.TOWN_AFTER]
    return parts


@pytest.mark.parametrize("part", [p for p in _parts() if p.text], ids=lambda p: p.text)
def test_every_part_is_shown_by_its_recorded_source(part: grid.Part) -> None:
    shown_by = _corpus_strings() if part.source == "corpus" else _sig_lines().get(part.source)
    assert shown_by, f"{part.source} is no case of sets 1-8 and not the corpus"
    assert any(re.search(part.shows, line) for line in shown_by)


def test_no_part_cites_a_blind_set() -> None:
    # sets 9-11, when they are committed, measure blind: no part may take its source from them
    # (a source must be a development case; an id a blind set happens to reuse is no citation)
    blind = set()
    for path in sorted(DATA.glob("signature_eval_cases_*.json")):
        if path.stem.rsplit("_", 1)[-1] not in {x.lstrip("_") for x in DEVELOPMENT}:
            blind |= {c["id"] for c in json.loads(path.read_text(encoding="utf-8"))["cases"]}
    assert not {p.source for p in _parts()} & (blind - set(_sig_lines()))


def test_absent_parts_have_no_source() -> None:
    assert all(not p.source and not p.shows for p in _parts() if not p.text)


def test_combinations_follow_the_yardstick_schema_and_vary() -> None:
    rng = random.Random(3)
    cases = [grid.combination(rng, n)[0] for n in range(200)]
    assert [p for case in cases for p in _case_problems(case)] == []
    assert len({tuple(case["sig"]) for case in cases}) > 150


def test_the_grid_holds_its_floor() -> None:
    results = grid.run_grid(300, 7, new_parts=False)
    shares = {k: sum(r[k] for r in results) / len(results) for k in FLOOR}
    assert all(shares[k] >= FLOOR[k] for k in FLOOR), shares


def test_the_grid_with_the_round_10_parts_holds_its_floor() -> None:
    results = grid.run_grid(300, 7)
    assert any("letter name" in r["values"] for r in results)  # the new kinds are drawn
    shares = {k: sum(r[k] for r in results) / len(results) for k in FLOOR_NEW}
    assert all(shares[k] >= FLOOR_NEW[k] for k in FLOOR_NEW), shares


def test_the_old_grid_draws_as_before() -> None:
    # new_parts=False keeps the old grid's draw, so its figures compare across rounds
    rng = random.Random(7)
    cases = [grid.combination(rng, n, new_parts=False)[0] for n in range(50)]
    assert all(case["form"] == "a combination of recorded parts" for case in cases)
