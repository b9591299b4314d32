"""Held-out evaluation of the issue-12 signature parser on real-world signature FORMS.

Each case in cases.json follows a form seen on a public MS Q&A / expert page (url kept),
written with invented people, institutions and answer sentences. Every case is rendered into a
minimal Weebly post page in several containers and run through
``msqa_scraper.extract.extract_post`` (the route the crawler uses).

Run:  .venv/bin/python scripts/signature_eval.py [--short] [--verbose] [--json out.json]

The cases were collected by a developer who did not write the parser, from public pages that
tests/data/signature_forms.py does not cite: a yardstick of unseen forms. Tuning on them spends
that; a later round should collect fresh forms the same way before measuring again.

Scores (per rendered answer):
  all   every part of every expert right (name, degrees, titles, institution, place) and the
        number of experts right
  core  names, credentials and number of experts right
  text  the answer keeps every prose sentence and no signature text
Comparison is lenient on punctuation only: case, whitespace, dots and spaces inside credentials
("M.D." == "MD"), commas/semicolons inside institutions and places, a leading "the".
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
TARGETS = {"all": 0.80, "core": 0.95, "text": 0.97}

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>{title} - Healthcare Journey</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body class="wsite-blog-post"><div class="wrapper"><div class="container">
<div class="wsite-elements wsite-not-footer">
<table id="blogTable"><tr><td valign="top">
<div id="763184205719358201-blog" class="blog-body"><div id="wsite-content">
<div id="blog-post-{pid}" class="blog-post">
<div class="blog-header"><h2 class="blog-title">
<a class="blog-title-link blog-link" href="//www.healthcarejourney.com/q--a-for-virtual-ms-center/{slug}">{title}</a>
</h2><p class="blog-date"><span class="date-text">9/26/2024</span></p>
<p class="blog-comments"><a href="#comments" class="blog-link">0 Comments</a></p></div>
<div class="blog-separator">&nbsp;</div>
<div class="blog-content">
{content}
</div>
<div class="blog-post-separator"></div></div>
<a name="comments" id="comments"></a>
<div id="commentArea"><div class="blog-comment-area"><div id="commentText"></div><br />
<div class="blog-notice-comments-closed">Comments are closed.</div></div></div>
</div></div></td></tr></table></div></div></div></body></html>
"""

QUESTION = "I have relapsing MS and wonder whether this matters for me. What do you advise?"
FIRST = "Thank you for your question."


def e(s: str) -> str:
    return html.escape(s, quote=False)


def render(case: dict, container: str) -> str:
    prose = case["prose"]  # answer paragraphs (the last one ends the answer)
    sig = case["sig"]
    q = f"<strong>Q:</strong> {e(QUESTION)}"
    a_paras = [f"<strong>A:</strong> {e(FIRST)}", *[e(p) for p in prose]]
    if container == "inline":
        joined = " ".join(sig)
        a_paras[-1] = a_paras[-1] + " " + e(joined)
        sig = []
    if container == "br":
        body = "<br /><br />".join([q, *a_paras])
        if sig:
            body += "<br /><br />" + "<br />".join(e(s) for s in sig)
        return f'<div class="paragraph">{body}</div>'
    head = f'<div class="paragraph">{q}<br /><br />' + "<br /><br />".join(a_paras) + "</div>"
    if not sig:
        return head
    if container == "paras":
        return head + f'  <div class="paragraph">{"<br />".join(e(s) for s in sig)}</div>'
    if container == "blocks":
        return head + "".join(f'  <div class="paragraph">{e(s)}</div>' for s in sig)
    if container == "strong":
        lines = [f"<strong>{e(sig[0])}</strong>", *[e(s) for s in sig[1:]]]
        return head + f'  <div class="paragraph">{"<br />".join(lines)}</div>'
    if container == "flat":
        return head + f'  <div class="paragraph">{e(" ".join(sig))}</div>'
    raise ValueError(container)


def containers_for(case: dict) -> list[str]:
    if case.get("containers"):
        return case["containers"]
    if not case["sig"]:
        return ["br", "paras"]
    out = ["br", "paras", "strong"]
    if len(case["sig"]) > 1:
        out += ["blocks", "flat"]
    if case.get("inline"):
        out.append("inline")
    return out


# -- comparison -------------------------------------------------------------------------------
def _n(s: str | None) -> str:
    return " ".join((s or "").split()).casefold().strip(" ,;:.")


def _deg(s: str) -> str:
    return re.sub(r"[.\s]", "", s).casefold()


def _place(s: str | None) -> str:
    s = _n(s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"\s*[,;]\s*", " ", s)
    return " ".join(s.split())


def norm_expert(x: dict) -> tuple:
    return (
        _n(x.get("name")),
        tuple(_deg(d) for d in x.get("degrees") or ()),
        tuple(_n(t) for t in x.get("titles") or ()),
        _place(x.get("institution")),
        _place(x.get("place")),
    )


def score(case: dict, post) -> dict:
    got = [x.to_dict() for x in post.experts]
    want = case["experts"]
    g = [norm_expert(x) for x in got]
    wants = [[norm_expert(x) for x in ws] for ws in [want, *case.get("alt", [])]]
    w = wants[0]
    # an alternative parse the case accepts counts for core as it does for all
    core = any([(x[0], x[1]) for x in g] == [(x[0], x[1]) for x in w2] for w2 in wants)
    allr = any(g == w2 for w2 in wants)

    # lenient variant: institution and place may be merged / split differently
    def merged(xs):
        return [(x[0], x[1], x[2], _place(x[3] + " " + x[4])) for x in xs]

    gl = merged(g)
    wl = merged(w) if not any(gl == merged(w2) for w2 in wants) else gl
    # a signature that names nobody (experts == []) must stay in the answer
    kept = [*case["prose"], *([] if case["experts"] else case["sig"])]
    want_text = " ".join(" ".join([FIRST, *kept]).split())
    other = [*case["prose"], *(case["sig"] if case["experts"] else [])]
    other_text = " ".join(" ".join([FIRST, *other]).split())
    got_text = " ".join(post.answer.split())
    return {
        "all": allr,
        "all_merged_place": gl == wl,
        "core": core,
        # text_either: the block may stay or go. An organisation byline ("By X News Service")
        # is no answer sentence; a bio sentence ("Name is a neurologist at X.") is one.
        "text": got_text == want_text or (bool(case.get("text_either")) and got_text == other_text),
        "got_experts": got,
        "got_answer_tail": got_text[len(FIRST) :][-220:] if got_text != want_text else "",
        "confidence": post.signature_confidence,
        "problems": post.problems,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=str(HERE.parent))
    ap.add_argument(
        "--cases", default=str(HERE.parent / "tests" / "data" / "signature_eval_cases.json")
    )
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", help="write every result to this file")
    ap.add_argument("--short", action="store_true", help="one line per failing form")
    args = ap.parse_args()
    sys.path.insert(0, args.repo)
    from msqa_scraper.extract import extract_post

    commit = subprocess.run(
        ["git", "-C", args.repo, "log", "-1", "--oneline"], capture_output=True, text=True
    ).stdout.strip()
    cases = json.loads(Path(args.cases).read_text())["cases"]
    results = []
    for case in cases:
        for c in containers_for(case):
            slug = f"eval-{case['id']}-{c}"
            page = PAGE.format(
                title="A question about MS",
                pid=str(7000000 + len(results)),
                slug=slug,
                content=render(case, c),
            )
            try:
                post = extract_post(page, f"{BASE}/{slug}", BASE)
                r = score(case, post)
            except Exception as exc:  # a crash counts as a failure of everything
                r = {
                    "all": False,
                    "all_merged_place": False,
                    "core": False,
                    "text": False,
                    "got_experts": f"CRASH {type(exc).__name__}: {exc}",
                    "got_answer_tail": "",
                    "confidence": None,
                    "problems": [],
                }
            r.update(id=case["id"], form=case["form"], family=case["family"], container=c)
            results.append(r)

    bycase0 = {c["id"]: c for c in cases}

    def share(rs, k):
        return sum(r[k] for r in rs) / len(rs) if rs else 0.0

    print(f"commit measured: {commit}")
    print(
        f"cases (forms): {len(cases)}; rendered answers: {len(results)}; "
        f"sources: {len({c['url'] for c in cases})}"
    )
    print()
    print("OVERALL (per rendered answer)")
    for k in ("all", "core", "text"):
        s = share(results, k)
        print(f"  {k:5} {s:6.1%}  target {TARGETS[k]:.0%}  {'PASS' if s >= TARGETS[k] else 'FAIL'}")
    print(
        f"  (all, place merged into institution allowed: {share(results, 'all_merged_place'):.1%})"
    )
    plain = [r for r in results if r["container"] in ("br", "paras")]
    print(
        f"  only the br/paras containers (n={len(plain)}): all {share(plain, 'all'):.1%}  "
        f"core {share(plain, 'core'):.1%}  text {share(plain, 'text'):.1%}"
    )
    pos = [r for r in results if bycase0[r["id"]]["experts"]]
    neg = [r for r in results if not bycase0[r["id"]]["experts"]]
    print(
        f"  answers with a signature (n={len(pos)}): all {share(pos, 'all'):.1%}  "
        f"core {share(pos, 'core'):.1%}  text {share(pos, 'text'):.1%}"
    )
    print(
        f"  answers without one (n={len(neg)}): no invented expert and text kept "
        f"{share(neg, 'all'):.1%} / {share(neg, 'text'):.1%}"
    )
    # per case: a form counts as right only when right in every container
    per_case = defaultdict(list)
    for r in results:
        per_case[r["id"]].append(r)
    print()
    print("OVERALL (per form: right in every container)")
    for k in ("all", "core", "text"):
        s = sum(all(r[k] for r in rs) for rs in per_case.values()) / len(per_case)
        print(f"  {k:5} {s:6.1%}")
    print()
    print("PER CONTAINER")
    by_c = defaultdict(list)
    for r in results:
        by_c[r["container"]].append(r)
    for c, rs in by_c.items():
        print(
            f"  {c:7} n={len(rs):3}  all {share(rs, 'all'):6.1%}  core {share(rs, 'core'):6.1%}  "
            f"text {share(rs, 'text'):6.1%}"
        )
    print()
    print("PER FAMILY")
    by_f = defaultdict(list)
    for r in results:
        by_f[r["family"]].append(r)
    for f, rs in sorted(by_f.items()):
        print(
            f"  {f:22} n={len(rs):3}  all {share(rs, 'all'):6.1%}  core {share(rs, 'core'):6.1%}  "
            f"text {share(rs, 'text'):6.1%}"
        )
    print()
    print("PER FORM (share of containers right: all / core / text)")
    for case in cases:
        rs = per_case[case["id"]]
        print(
            f"  {case['id']} {share(rs, 'all'):4.0%} {share(rs, 'core'):4.0%} {share(rs, 'text'):4.0%}"
            f"  {case['form']}"
        )
    print()
    print("FAILURES")
    bycase = {c["id"]: c for c in cases}
    if args.short:
        for case in cases:
            rs = per_case[case["id"]]
            bad = [r for r in rs if not (r["all"] and r["core"] and r["text"])]
            if not bad:
                continue
            r = bad[0]
            flags = ",".join(k for k in ("all", "core", "text") if not r[k])
            conts = "/".join(x["container"] for x in bad)
            got = r["got_experts"]
            if isinstance(got, list):
                got = (
                    "; ".join(
                        f"{x['name']}|{','.join(x['degrees'])}|{' + '.join(x['titles'])}|"
                        f"{x['institution'] or ''}|{x.get('place') or ''}"
                        for x in got
                    )
                    or "none"
                )
            want = (
                "; ".join(
                    f"{x['name']}|{','.join(x['degrees'])}|{' + '.join(x['titles'])}|"
                    f"{x['institution'] or ''}|{x.get('place') or ''}"
                    for x in case["experts"]
                )
                or "none"
            )
            print(
                f"- {case['id']} [{flags}] ({conts}) {' / '.join(case['sig']) or case['prose'][-1]!s}"
                f"  => want {want}  got {got}"
            )
        results_iter = []
    else:
        results_iter = results
    for r in results_iter:
        bad = [k for k in ("all", "core", "text") if not r[k]]
        if not bad:
            continue
        case = bycase[r["id"]]
        print(f"- {r['id']}/{r['container']} [{','.join(bad)}] sig={case['sig']!r}")
        if args.verbose or "all" in bad:
            print(f"    want: {json.dumps(case['experts'], ensure_ascii=False)}")
            print(
                f"    got:  {json.dumps(r['got_experts'], ensure_ascii=False)} "
                f"conf={r['confidence']}"
            )
        if not r["text"]:
            print(f"    answer ends: ...{r['got_answer_tail'][-160:]!r}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"commit": commit, "results": results}, indent=1, ensure_ascii=False)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
