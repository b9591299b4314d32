"""Train the learned signature reader (msqa_scraper/extract/signature/learned.py).

Training sequences come from every yardstick (tests/data/signature_eval_cases*.json): each case
is rendered in each of its containers by scripts/signature_eval.py's render(), run through
extract_post, and the lines the signature readers are given (the SigLines qa.py builds) are
captured, so the model sees exactly what the parser sees. The corpus of forms
(tests/data/signature_forms.py) adds its forms as plain lines. Each token of the last lines is
labelled by aligning the case's expected experts with the signature text:
O (prose), SIG (signature text that is no field), B-/I- NAME, DEG, TITLE, INST, PLACE.

Run:  .venv/bin/python scripts/train_signature_model.py [--exclude-set 17] [--out PATH]
Deterministic: the same data and options give the same model (L-BFGS, no sampling; the data
order is fixed and --seed shuffles it reproducibly when asked).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from msqa_scraper.extract.records import Expert  # noqa: E402
from msqa_scraper.extract.signature import learned  # noqa: E402
from msqa_scraper.extract.signature.find import SigLine  # noqa: E402
from msqa_scraper.extract.signature.vocabulary import vocabulary  # noqa: E402

DATA = ROOT / "tests" / "data"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def set_of(path: Path) -> int:
    m = re.search(r"_(\d+)\.json$", path.name)
    return int(m.group(1)) if m else 1


# The labelled sets the model learns from: 1..19. Later sets are the lead's blind yardsticks
# (measured on, never trained on), whatever else tests/data holds.
LAST_SET = 19


def eval_files() -> list[Path]:
    files = DATA.glob("signature_eval_cases*.json")
    return sorted((p for p in files if set_of(p) <= LAST_SET), key=set_of)


def captured_lines(case: dict, container: str) -> list[SigLine]:
    """The SigLines qa.py hands the signature readers for this case in this container."""
    import signature_eval as ev

    from msqa_scraper.extract import extract_post, qa
    from msqa_scraper.extract.experts import Attribution

    seen: list[list[SigLine]] = []
    real = qa.attribute

    def spy(lines, *a, **k):
        seen.append(list(lines))  # the lines only: no reader runs (nor the model being trained)
        return Attribution([], None, None, None, None, None)

    slug = f"train-{case['id']}-{container}"
    page = ev.PAGE.format(title="A question about MS", pid="7000001", slug=slug,
                          content=ev.render(case, container))  # fmt: skip
    qa.attribute = spy
    try:
        extract_post(page, f"{ev.BASE}/{slug}", ev.BASE)
    finally:
        qa.attribute = real
    return seen[-1] if seen else []


# -- labelling --------------------------------------------------------------------------------
def _pattern(value: str, kind: str) -> re.Pattern[str]:
    """A lenient pattern for a field's expected text (as the eval compares: dots and spaces in a
    credential, commas in an institution or place, a leading "the")."""
    if kind == "DEG":
        chars = [re.escape(ch) for ch in re.sub(r"[.\s]", "", value)]
        return re.compile(r"[.\s]*".join(chars) + r"\.?", re.IGNORECASE)
    words = [re.escape(w.strip(",;")) for w in value.split() if w.strip(",;")]
    body = r"[\s,;]*".join(words)
    if kind in ("INST", "PLACE"):
        body = r"(?:the\s+)?" + body
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def _fields(x: Expert) -> Iterator[tuple[str, str]]:
    yield "NAME", x.name
    for d in x.degrees:
        yield "DEG", d
    for t in x.titles:
        yield "TITLE", t
    if x.institution:
        yield "INST", x.institution
    if x.place:
        yield "PLACE", x.place


def char_labels(text: str, sig_at: int, experts: Sequence[Expert]) -> list[str]:
    """A label per character of ``text`` (the window's lines joined by newlines): O before
    ``sig_at``, then the fields found in order, SIG for the rest of the signature."""
    labels = ["O"] * sig_at + ["SIG"] * (len(text) - sig_at)
    begins: set[int] = set()
    cursor = sig_at
    for x in experts:
        name_at = None
        for kind, value in _fields(x):
            pat = _pattern(value, kind)
            # the field's first free occurrence after the previous expert's fields; a role
            # before the name ("Neurologist Name, MD") is found from the expert's start too
            # a field after its name first ("Thank you for choosing X Pharmacy ... Name, X
            # Pharmacy"), else from the expert's start (a role before the name)
            starts = (cursor,) if kind == "NAME" or name_at is None else (name_at, cursor)
            m = next(
                (
                    m
                    for at in starts
                    for m in pat.finditer(text, at)
                    if all(labels[i] == "SIG" for i in range(m.start(), m.end()))
                ),
                None,
            )
            if m is None and kind == "NAME":
                # a nickname or an honorific inside the written name: its words one by one
                for w in value.split():
                    wm = next(
                        (
                            m
                            for m in _pattern(w, "NAME").finditer(text, cursor)
                            if labels[m.start()] == "SIG"
                        ),
                        None,
                    )
                    if wm is not None:
                        for i in range(wm.start(), wm.end()):
                            labels[i] = "NAME"
                        if name_at is None:
                            name_at = wm.start()
                            begins.add(wm.start())
                continue
            if m is None:
                continue
            for i in range(m.start(), m.end()):
                labels[i] = kind
            begins.add(m.start())
            if kind == "NAME":
                name_at = m.start()
        if name_at is not None:
            last = max((i for i, lab in enumerate(labels) if lab not in ("O", "SIG")), default=0)
            cursor = max(cursor, min(last + 1, len(text)))
    return [lab if lab in ("O", "SIG") else ("B-" if i in begins else "I-") + lab
            for i, lab in enumerate(labels)]  # fmt: skip


def token_labels(
    lines: Sequence[SigLine], sig: str, experts: Sequence[Expert]
) -> tuple[list[learned.Token], list[str]] | None:
    """Tokens of the model's window and their labels; None when the signature is not found at
    the end of the lines (the renderer or the extractor changed the text)."""
    toks = learned.tokens_of(lines)
    if not toks:
        return None
    first = toks[0].line
    offsets: dict[int, int] = {}
    parts: list[str] = []
    at = 0
    for i in range(first, len(lines)):
        offsets[i] = at
        parts.append(lines[i].text)
        at += len(lines[i].text) + 1
    text = "\n".join(parts)
    if sig:
        want = "".join(sig.split())
        solid = [i for i, ch in enumerate(text) if not ch.isspace()]
        if len(solid) < len(want) or "".join(text[i] for i in solid[-len(want) :]) != want:
            return None
        sig_at = solid[-len(want)]  # the signature's first character, whatever the line breaks
    else:
        sig_at = len(text)
    chars = char_labels(text, sig_at, experts if sig else ())
    labels: list[str] = []
    prev = None
    for t in toks:
        span = chars[offsets[t.line] + t.start : offsets[t.line] + t.end]
        lab = next((c for c in span if c.startswith("B-")), None) or span[0]
        kind = lab.split("-", 1)[-1]
        if lab.startswith("I-") and prev != kind:
            lab = "B-" + kind
        labels.append(lab)
        prev = kind if lab not in ("O", "SIG") else None
    return toks, labels


def _expert(d: dict) -> Expert:
    return Expert(
        d["name"],
        tuple(d.get("degrees") or ()),
        tuple(d.get("titles") or ()),
        d.get("institution"),
        d.get("place"),
    )


def case_sequences(case: dict) -> Iterator[tuple[list[list[str]], list[str]]]:
    import signature_eval as ev

    experts = [_expert(x) for x in case["experts"]]
    sig = " ".join(case["sig"])
    for container in ev.containers_for(case):
        lines = captured_lines(case, container)
        got = token_labels(lines, sig, experts)
        if got is None:
            continue
        toks, labels = got
        yield learned.features(lines, toks), labels


def form_sequences() -> Iterator[tuple[list[list[str]], list[str]]]:
    """The corpus's forms: the first line is prose, the rest the signature (as the corpus's tests
    read them), one line each and in one paragraph each."""
    sys.path.insert(0, str(ROOT / "tests" / "data"))
    from signature_forms import FORMS

    for f in FORMS:
        prose, sig = f.lines[0], list(f.lines[1:])
        for para in (False, True):
            lines = [SigLine(prose, False, True), *(SigLine(s, False, para) for s in sig)]
            got = token_labels(lines, " ".join(sig), list(f.experts))
            if got is not None:
                toks, labels = got
                yield learned.features(lines, toks), labels


def sequences(
    exclude: set[int], limit: int | None = None, forms: bool = True
) -> list[tuple[list[list[str]], list[str]]]:
    out = []
    for path in eval_files():
        if set_of(path) in exclude:
            continue
        cases = json.loads(path.read_text())["cases"]
        for case in cases[:limit]:
            out.extend(case_sequences(case))
    if forms:
        out.extend(form_sequences())
    return out


def train(data: Sequence[tuple[list[list[str]], list[str]]], out: Path, seed: int = 13) -> None:
    import pycrfsuite

    order = list(range(len(data)))
    random.Random(seed).shuffle(order)
    trainer = pycrfsuite.Trainer(verbose=False)
    for i in order:
        trainer.append(*data[i])
    trainer.set_params({**PARAMS, "feature.minfreq": 2})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    Path(str(out) + ".version").write_text(vocabulary().version + "\n", "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude-set", type=int, action="append", default=[])
    ap.add_argument("--limit", type=int, help="the first N cases of each set (a quick run)")
    ap.add_argument("--no-forms", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=str(ROOT / "msqa_scraper" / "extract" / learned.MODEL_FILE))
    args = ap.parse_args(argv)
    data = sequences(set(args.exclude_set), args.limit, not args.no_forms)
    train(data, Path(args.out), args.seed)
    print(f"{len(data)} sequences -> {args.out} ({Path(args.out).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
