"""Score the signature reader on many yardstick sets at once, and compare two runs.

    python scripts/signature_eval_sets.py 1-22              # the development sets
    python scripts/signature_eval_sets.py 23-25 --families  # and their families
    python scripts/signature_eval_sets.py 1-25 --json run.json --compare old.json

Set 1 is ``tests/data/signature_eval_cases.json``, set N is ``signature_eval_cases_N.json``.
Every rendered answer is scored as ``signature_eval.py`` scores it (``all``/``core``/``text``);
``--compare`` lists each answer whose score changed since an earlier ``--json`` run, so a rule
that mends one form and breaks another shows both.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import signature_eval as ev  # noqa: E402

KEYS = ("all", "core", "text")


def set_path(n: int) -> Path:
    data = HERE.parent / "tests" / "data"
    return data / ("signature_eval_cases.json" if n == 1 else f"signature_eval_cases_{n}.json")


def parse_sets(spec: list[str]) -> list[int]:
    out: list[int] = []
    for part in spec:
        for piece in part.split(","):
            lo, _, hi = piece.partition("-")
            out.extend(range(int(lo), int(hi or lo) + 1))
    return [n for n in out if set_path(n).exists()]


def run_set(n: int) -> list[dict]:
    from msqa_scraper.extract import extract_post

    cases = json.loads(set_path(n).read_text())["cases"]
    results = []
    for case in cases:
        for c in ev.containers_for(case):
            slug = f"eval-{case['id']}-{c}"
            page = ev.PAGE.format(
                title="A question about MS",
                pid=str(7000000 + len(results)),
                slug=slug,
                content=ev.render(case, c),
            )
            try:
                r = ev.score(case, extract_post(page, f"{ev.BASE}/{slug}", ev.BASE))
            except Exception as exc:  # a crash is a failure of everything, shown in got
                r = dict.fromkeys(KEYS, False) | {"got_experts": f"CRASH {exc!r}"}
            r.update(set=n, id=case["id"], family=case["family"], container=c)
            r["sig"] = " / ".join(case["sig"]) or (case["prose"] or [""])[-1]
            results.append(r)
    return results


def line(label: str, rs: list[dict]) -> str:
    shares = "  ".join(f"{k} {sum(r[k] for r in rs) / len(rs):6.1%}" for k in KEYS)
    return f"  {label:24} n={len(rs):4}  {shares}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="set numbers or ranges: 1-22 23,24")
    ap.add_argument("--families", action="store_true", help="shares per family too")
    ap.add_argument("--json", help="write every result to this file")
    ap.add_argument("--compare", help="an earlier --json run: list the answers that changed")
    args = ap.parse_args()
    results: list[dict] = []
    for n in parse_sets(args.sets):
        rs = run_set(n)
        results.extend(rs)
        print(line(f"set {n}", rs))
    print(line("ALL", results))
    if args.families:
        by_f: dict[str, list[dict]] = defaultdict(list)
        for r in results:
            by_f[r["family"]].append(r)
        for f, rs in sorted(by_f.items(), key=lambda kv: -len(kv[1])):
            print(line(f, rs))
    if args.compare:
        old = {
            (r["set"], r["id"], r["container"]): r
            for r in json.loads(Path(args.compare).read_text())["results"]
        }
        better = worse = 0
        for r in results:
            o = old.get((r["set"], r["id"], r["container"]))
            if o is None or all(o[k] == r[k] for k in KEYS):
                continue
            delta = sum(r[k] for k in KEYS) - sum(o[k] for k in KEYS)
            better += delta > 0
            worse += delta < 0
            flags = " ".join(f"{k}{'+' if r[k] else '-'}" for k in KEYS if o[k] != r[k])
            print(
                f"{'BETTER' if delta > 0 else 'WORSE '} {r['set']}/{r['id']}/{r['container']} "
                f"{flags}  {r['sig'][:110]}"
            )
        print(f"changed answers: {better} better, {worse} worse")
    if args.json:
        commit = subprocess.run(
            ["git", "-C", str(HERE.parent), "log", "-1", "--oneline"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        Path(args.json).write_text(json.dumps({"commit": commit, "results": results}, indent=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
