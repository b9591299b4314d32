"""Leave-one-SET-out cross-validation of the learned signature reader.

For each held-out yardstick (default sets 9..19): train the model on every other set and the
corpus of forms (scripts/train_signature_model.py), then score the held-out set with
scripts/signature_eval.py's render() and score() through extract_post, twice: the rules alone
(the learned reader off) and rules + learned fallback. The fallback's reading replaces the
rules' only where the rules leave the answer unsigned, so one run with threshold 0 gives every
threshold's outcome: an answer takes the learned result when its confidence clears it.

Run:  .venv/bin/python scripts/signature_cv.py [--sets 9-19] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import signature_eval as ev  # noqa: E402
import train_signature_model as tr  # noqa: E402

from msqa_scraper.extract import extract_post  # noqa: E402
from msqa_scraper.extract.signature import learned  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98)
KEYS = ("all", "core", "text")


def run_set(cases: list[dict]) -> list[dict]:
    out = []
    for case in cases:
        for c in ev.containers_for(case):
            slug = f"cv-{case['id']}-{c}"
            page = ev.PAGE.format(
                title="A question about MS", pid="7000001", slug=slug, content=ev.render(case, c)
            )
            post = extract_post(page, f"{ev.BASE}/{slug}", ev.BASE)
            r = ev.score(case, post)
            out.append(
                {
                    "id": case["id"],
                    "container": c,
                    "negative": not case["experts"],
                    **{k: bool(r[k]) for k in KEYS},
                    "got": r["got_experts"],
                    "answer": post.answer,
                    "confidence": r["confidence"],
                }
            )
    return out


def combine(rules: list[dict], both: list[dict], t: float) -> list[dict]:
    """Per answer: the learned result where it differs from the rules' and clears ``t``."""
    out = []
    for a, b in zip(rules, both, strict=True):
        changed = a["got"] != b["got"] or a["answer"] != b["answer"]
        out.append(b if changed and (b["confidence"] or 0.0) >= t else a)
    return out


def shares(rs: list[dict]) -> dict[str, float]:
    return {k: sum(r[k] for r in rs) / len(rs) for k in KEYS}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="9-19")
    ap.add_argument("--json")
    args = ap.parse_args()
    lo, _, hi = args.sets.partition("-")
    held = list(range(int(lo), int(hi or lo) + 1))
    files = {tr.set_of(p): p for p in tr.eval_files()}
    # the training sequences of every set, built once
    per_set = {}
    for s, path in files.items():
        seqs = []
        for case in json.loads(path.read_text())["cases"]:
            seqs.extend(tr.case_sequences(case))
        per_set[s] = seqs
    forms = list(tr.form_sequences())
    report = {}
    tmp = Path(tempfile.mkdtemp(prefix="sigcv-"))
    for k in held:
        data = [x for s, seqs in per_set.items() if s != k for x in seqs] + forms
        model = tmp / f"without_{k}.model"
        tr.train(data, model)
        cases = json.loads(files[k].read_text())["cases"]
        learned.SETTINGS.update(enabled=False)
        rules = run_set(cases)
        learned.SETTINGS.update(enabled=True, threshold=0.0, model=str(model))
        learned._tagger.cache_clear()
        both = run_set(cases)
        learned.SETTINGS.update(enabled=True, threshold=learned.THRESHOLD, model=None)
        report[k] = {"rules": rules, "both": both, "n": len(rules)}
        base = shares(rules)
        line = f"set {k:2} n={len(rules):3} rules " + "/".join(f"{base[x]:.1%}" for x in KEYS)
        for t in (0.5, 0.7, 0.9):
            got = shares(combine(rules, both, t))
            line += f" | t={t} " + "/".join(f"{got[x]:.1%}" for x in KEYS)
        print(line, flush=True)
    print()
    print("threshold: answers changed, better/worse per score (all,core,text), negatives worse")
    summary = {}
    for t in THRESHOLDS:
        gains = {x: 0 for x in KEYS}
        losses = {x: 0 for x in KEYS}
        neg_worse = changed = 0
        sets_gain = 0
        for _k, rep in report.items():
            comb = combine(rep["rules"], rep["both"], t)
            d = 0
            for a, b in zip(rep["rules"], comb, strict=True):
                if a is not b:
                    changed += 1
                for x in KEYS:
                    gains[x] += b[x] and not a[x]
                    losses[x] += a[x] and not b[x]
                    d += int(b[x]) - int(a[x])
                if a["negative"] and any(a[x] and not b[x] for x in KEYS):
                    neg_worse += 1
            sets_gain += d > 0
        summary[t] = {"changed": changed, "gains": gains, "losses": losses,
                      "neg_worse": neg_worse, "sets_with_gain": sets_gain}  # fmt: skip
        print(
            f"  t={t:<4} changed {changed:3}  "
            + "  ".join(f"{x} +{gains[x]}/-{losses[x]}" for x in KEYS)
            + f"  negatives worse {neg_worse}  sets gaining {sets_gain}/{len(report)}"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": summary, "sets": report}, indent=1, ensure_ascii=False)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
