"""Does the signature parser compose? Score it on every combination of observed parts.

Each yardstick (tests/data/signature_eval_cases*.json) holds whole forms as one page wrote
them. A parser can learn each form and still fail the same parts put together another way:
"Dr. J. Smith" parsed, "J. Smith, MD" not. This grid takes the PARTS that recorded forms of the
development sets use (a lead-in dash or word, a closing, an honorific, a name shape, credentials,
a role, an organisation, a place, one line or stacked lines), each part with the recorded case
that shows it, combines them freely, renders each combination as scripts/signature_eval.py does and
scores it the same way. It reports the share per part value, so the parts that do not compose
stand out.

Run: .venv/bin/python scripts/signature_grid.py [--n 1000] [--seed 7] [--repo PATH] [--json out]
     [--nicknames]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Part:
    text: str
    source: str = ""  # a case of sets 1-5 ('h08', 'v66') or "corpus"; '' for an absent part
    shows: str = ""  # a pattern one of that case's signature lines matches


# Each part as the development sets (1-5) or the corpus write it, never the blind sets (6-8):
# tests/test_signature_grid.py checks every source.
LEADS = [
    Part(""),
    Part("– ", "w20", r"^– [A-Z]"),
    Part("-- ", "y35", r"^-- [A-Z]"),
    Part("By ", "h08", r"^By [A-Z]"),
    Part("Answered by ", "z11", r"^Answered by "),
]
CLOSINGS = [
    Part(""),
    Part("Sincerely,", "v11", r"^Sincerely,$"),
    Part("Thank you,", "y43", r"^Thank you,$"),
    Part("Best wishes", "corpus", r"^Best wishes$"),
    Part("Kind regards,", "z06", r"^Kind regards"),
    Part("Warm regards.", "corpus", r"^Warm regards\.$"),
]
HONORIFICS = [
    Part(""),
    Part("Dr ", "h01", r"^Dr [A-Z]"),
    Part("Dr. ", "h31", r"^Dr\. [A-Z]"),
    Part("Professor ", "z24", r"^Professor [A-Z]"),
    Part("Mrs ", "v66", r"^Mrs [A-Z]"),
]
# name shapes: a given name alone, a full name, a middle initial, an initial and a surname,
# a hyphenated surname
NAMES = [
    (Part("{g}", "v70", r"^[A-Z][a-z]+$"), "given"),
    (Part("{g} {s}", "h10", r"^[A-Z][a-z]+ [A-Z][a-z]+, MD"), "full"),
    (Part("{g} {m}. {s}", "h15", r"^[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+"), "middle initial"),
    (Part("{i}. {s}", "h05", r"^[A-Z]\. [A-Z][a-z]+"), "initial"),
    (Part("{g} {s}-{s2}", "z24", r"[A-Z][a-z]+-[A-Z][a-z]+, MD"), "hyphenated"),
    (Part("{G} {S}", "h19", r"^[A-Z]+ [A-Z]+, RN"), "capitals"),
    (Part("{g} van der {s}", "y66", r"^[A-Z][a-z]+ van der [A-Z][a-z]+, MD$"), "particle"),
    (Part("{g} O'{s}", "y03", r"^\S+ O'[A-Z][a-z]+, CNP$"), "apostrophe"),
    (Part("{g} {s} Jr.", "corpus", r"^[A-Z][a-z]+ [A-Z][a-z]+ Jr\., MD$"), "suffix Jr."),
    (Part("{g} “{n}” {s}", "w28", r"^[A-Z][a-z]+ “[A-Z][a-z]+” [A-Z][a-z]+ DNP"), "nickname"),
]
NICKNAMES = ["Wren", "Bee", "Kit", "Sunny"]
# w28's truth leaves a quoted nickname out of the name; find and segment keep it ("Rebecca “Wren”
# Okonkwo"), which no second opinion can change: the shape is drawn only with --nicknames.
DEFAULT_NAMES = [x for x in NAMES if x[1] != "nickname"]
GIVEN = ["Marta", "Tobias", "Helena", "Anders", "Noémie", "Rosalind", "Declan", "Priya"]
SURNAMES = ["Lindqvist", "Okafor", "Brennan", "Castellano", "Whitcombe", "Ferrante", "Haldane"]
CREDENTIALS = [
    ([], Part("")),
    (["MD"], Part(", MD", "h10", r", MD$")),
    (["RN", "MSCN"], Part(", RN, MSCN", "y71", r", RN, MSCN$")),
    (["M.D.", "Ph.D."], Part(", M.D., Ph.D.", "v52", r", M\.D\., Ph\.D\.")),
    (["PT", "MSCS"], Part(", PT, MSCS", "h09", r", PT, MSCS$")),
]
ROLES = [
    Part(""),
    Part("Neurologist", "h01", r"Neurologist$"),
    Part("Consultant Neurologist", "h01", r"Consultant Neurologist"),
    Part("MS Nurse Specialist", "w60", r"MS Nurse Specialist"),
]
ORGS = [
    Part(""),
    Part("Riverbend MS Clinic", "h40", r"MS Clinic$"),
    Part("Northgate University Hospital", "v59", r"University Hospital"),
]
# credentials after a comma each ("Name, MD, PhD") or after spaces ("Name MD PhD")
CRED_STYLES = [
    Part(", ", "h10", r", MD$"),
    Part(" ", "h73", r"^[A-Z][a-z]+ [A-Z][a-z]+ MD PhD$"),
]
# a role before the name ("Neurologist Name, M.B."): it is the expert's first title
PRE_ROLES = [
    Part(""),
    Part("Neurologist ", "h04", r"^Neurologist [A-Z][a-z]+ [A-Z][a-z]+, M\.B\."),
]
# lines under the block that leave the answer with it and fill no field
TRAILERS = [
    Part(""),
    Part("203-555-0177", "y72", r"^\d{3}-\d{3}-\d{4}$"),
    Part("Tel: +60 3-5555 0190", "v09", r"^Tel: \+\d"),
    Part("ilse.marwood@fenwick-ms.org", "y72", r"^[a-z.]+@[a-z-]+\.org$"),
    Part("Email: info@fenwick-ms.org", "y41", r"^Email: [a-z]+@"),
    Part("www.fenwick-ms.org", "y41", r"^www\.[a-z]+\.org$"),
]
# a second expert after the first, on the same line
SECOND = [
    Part(""),
    Part("; ", "y48", r"MSCN; [A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+, RN"),
    Part(" and ", "h68", r"^Dr\. .+ and Dr\. [A-Z][a-z]+ [A-Z][a-z]+$"),
]
PLACES = [
    Part(""),
    Part("Duluth, Minnesota", "h05", r"in [A-Z][a-z]+, Minnesota$"),
    Part("Queensland, Australia", "y71", r"^[A-Z][a-z]+, Australia$"),
]
# -- round 10: part kinds seen in the spent sets 6-8 (each with the case that shows it) ---------
# a closing phrase the closings list does not hold, ended by a comma or "!-"
VALEDICTIONS = [
    Part("Stay well,", "u09", r"^Stay well,$"),
    Part("With heartfelt thanks,", "u15", r"^With heartfelt thanks,$"),
    Part("Best wishes,", "x13", r"^Best wishes,$"),
    Part("Thank you!-", "u11", r"^Thank you!- [A-Z][a-z]+$"),
]
# a label before the name: a field label ("Name:", "Signature:") or a form's row label
LABEL_LEADS = [
    Part("Signature: ", "x17", r"Signature: [A-Z][a-z]+ [A-Z][a-z]+$"),
    Part("Doctor's Name ", "x21", r"^Doctor's Name Dr\. [A-Z]"),
    Part("Name: ", "t21", r"^Name: [A-Z][a-z]+ [A-Z][a-z]+$"),
]
# name shapes of letters and blogs: initials run together, a given name and an initial, initials
# alone (under a dash or a closing), a one-word handle (under a closing)
LETTER_NAMES = [
    (Part("{i}.{m}. {s}", "t11", r"^[A-Z]\.[A-Z]\. [A-Z][a-z]+$"), "glued initials"),
    (Part("{g} {m}.", "x08", r"^[A-Z][a-z]+ [A-Z]\.$"), "given and initial"),
    (Part("{i}.{m}.", "t04", r"^- [A-Z]\.[A-Z]\.$"), "initials only"),
    (Part("Nurse{g}", "u09", r"^Nurse[A-Z][a-z]+$"), "handle"),
]
# lines in the block that fill no field: under it, over it
NOISE_LINES = [
    Part("#", "t07", r"^#$"),
    Part("Posted in Charity, Events", "x15", r"^Posted in [A-Z][a-z]+, [A-Z]"),
    Part("Comments are closed", "x17", r"^Comments are closed$"),
    Part("On behalf of the partners", "u19", r"^On behalf of the partners$"),
    Part("22 October 2018", "u13", r"^\d{1,2} [A-Z][a-z]+ \d{4}$"),
]
NOISE_HEADS = [Part("Image removed.", "x18", r"^Image removed\.$")]
# the name alone over its block, a noise line between (a response's byline repeated)
REPEAT = Part("{name}\nCompeting interests: None declared", "u12", r"^Competing interests: None")
# words after a name that name nobody
NAME_TAILS = [
    Part(" and staff", "u15", r"^Dr [A-Z][a-z]+ and staff$"),
    Part(" (address withheld)", "t03", r" \(address withheld\)$"),
]
# a bare town (or a town over its county) on lines of its own under the name: the place
TOWN_LINES = [
    (["Staunton"], Part("Staunton", "t07", r"^Staunton$")),
    (["Sequim"], Part("Sequim", "u32", r"^Sequim$")),
    (["Portishead", "Somerset"], Part("Portishead / Somerset", "u23", r"^Portishead$")),
]
# organisations no head of the vocabulary's list ends: a practice, a charity named for MS
PRACTICES = [
    Part("Highfield Veterinary Surgery", "u23", r"^Highfield Veterinary Surgery$"),
    Part("Cypress Lake Pharmacy", "u38", r"^Cypress Lake Pharmacy$"),
    Part("MS-Anchor", "x15", r", MS-Anchor$"),
]
# doctors listed without "and": after commas (x34) or one honorific after the other (x28)
LISTED = [
    Part(", ", "x34", r"Dr\. [A-Z][a-z]+ [A-Z][a-z]+, Dr\. [A-Z]"),
    Part(" ", "x28", r"Dr [A-Z][a-z]+ [A-Z][a-z]+ Dr [A-Z]"),
]
# a bare town ending the credentials' line (or on a line of its own under them)
TOWN_AFTER = Part("Southport", "u31", r", MD, Southport$")
# a photo caption's lead over the doctors it lists (x34)
CAPTION = Part("Team - L to R - ", "x34", r"^Team - L to R - Dr\. ")
ABBREVIATIONS = {"N.B.", "P.M.", "A.M.", "P.S.", "D.C."}
# a role run on after the credentials without a comma ("..., CRRN Director of ...")
RUN_ON = Part(" ", "x23", r"CRRN Director of Clinical Services")

PROSE = [
    "Fatigue in MS often eases with pacing, cooling and a regular sleep routine.",
    "Ask your neurologist whether a short course of physiotherapy would help your balance.",
]


def _load_eval(repo: str) -> ModuleType:
    sys.path.insert(0, repo)
    spec = importlib.util.spec_from_file_location("signature_eval", HERE / "signature_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _letter(rng: random.Random, n: int) -> tuple[dict, dict[str, str]]:
    """A letter's or a blog's signature of the round-10 part kinds: a valediction or a label lead,
    a letter's name shape, a name tail, a town line, a practice, noise lines over and under."""
    g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
    m, i = rng.choice("ABCJLMR"), g[0]
    if f"{i}.{m}." in ABBREVIATIONS:
        m = "J"  # "N.B.", "P.M.": initials that abbreviate something else sign nothing
    name_part, kind = rng.choice(LETTER_NAMES)
    name = name_part.text.format(g=g, s=s, m=m, i=i)
    opener = rng.choice([*VALEDICTIONS, *LABEL_LEADS, Part("– ", "w20", r"^– [A-Z]")])
    if kind == "handle" and opener not in VALEDICTIONS:
        opener = rng.choice(VALEDICTIONS)  # u09: a handle signs under a closing
    if kind in ("initials only", "given and initial") and opener.text == "– ":
        opener = rng.choice(VALEDICTIONS)  # under a bare dash a reader's (corpus f043, round 4)
    honorific = Part("")
    if kind == "glued initials" and rng.random() < 0.3:
        honorific = Part("Dr ", "h01", r"^Dr [A-Z]")
    tail = rng.choice(NAME_TAILS) if kind != "handle" and rng.random() < 0.25 else Part("")
    if tail.text == " and staff":
        honorific = Part("Dr ", "h01", r"^Dr [A-Z]")  # u15: "Dr Name and staff"
    town, town_part = rng.choice(TOWN_LINES) if rng.random() < 0.4 else ([], Part(""))
    org = rng.choice(PRACTICES) if rng.random() < 0.3 else Part("")
    role = rng.choice(ROLES[1:]) if org.text and rng.random() < 0.5 else Part("")
    if opener in LABEL_LEADS or tail.text:
        town, town_part, org, role = [], Part(""), Part(""), Part("")  # one field: the name
    under = rng.choice(NOISE_LINES) if rng.random() < 0.4 else Part("")
    over = rng.choice([*NOISE_HEADS, REPEAT]) if rng.random() < 0.3 else Part("")
    if len(town) > 1 and role.text and opener in VALEDICTIONS:
        role = Part("")  # the reader reads at most five lines (compose.MAX_LINES)
    if over is REPEAT and (kind != "glued initials" or honorific.text or tail.text):
        over = NOISE_HEADS[0]  # u12 repeats a name that opens its line
    head = honorific.text + name + tail.text
    if opener in VALEDICTIONS:
        same_line = opener.text.endswith("!-") or rng.random() < 0.3
        lines = [f"{opener.text} {head}"] if same_line else [opener.text, head]
    else:
        lines = [opener.text + head]
    lines += [x.text for x in (role, org) if x.text] + town
    if under.text:
        lines.append(under.text)
    if over is REPEAT:
        opener = Part("")
        lines[0] = head  # u12: "Name / Competing interests: None declared / Name, Role"
        lines[:0] = over.text.format(name=name).split("\n")
    elif over.text:
        lines.insert(0, over.text)
    expert = {
        "name": name,
        "degrees": [],
        "titles": [role.text] if role.text else [],
        "institution": org.text or None,
    }
    if town:
        expert["place"] = ", ".join(town)
    case = {
        "id": f"grid{n:04}",
        "family": "grid",
        "form": "a combination of recorded parts (round 10)",
        "url": "https://example.org/grid",
        "prose": [rng.choice(PROSE)],
        "sig": lines,
        "experts": [expert],
    }
    values = {
        "opener": opener.text.strip() or "(none)",
        "letter name": kind,
        "name tail": tail.text.strip() or "(none)",
        "town line": town_part.text or "(none)",
        "practice": org.text or "(none)",
        "noise under": under.text or "(none)",
        "noise over": "repeated name (u12)" if over is REPEAT else over.text or "(none)",
    }
    return case, values


def combination(
    rng: random.Random,
    n: int,
    names: list[tuple[Part, str]] = DEFAULT_NAMES,
    new_parts: bool = True,
) -> tuple[dict, dict[str, str]]:
    """One case in the yardsticks' schema, and the part values it was made of. With
    ``new_parts`` a third of the cases are letters of the round-10 part kinds (``_letter``) and
    a run-on role may follow the credentials; without, the draw is the old grid's exactly."""
    if new_parts and rng.random() < 1 / 3:
        return _letter(rng, n)
    lead = rng.choice(LEADS)
    # a closing goes over a plain or dashed name, not over a "By" credit
    closing = CLOSINGS[0] if lead.text[:1].isalpha() else rng.choice(CLOSINGS)
    name_part, name_kind = rng.choice(names)
    honorific = rng.choice(HONORIFICS)
    creds, cred_part = rng.choice(CREDENTIALS)
    if honorific.text.startswith("Mrs") or name_kind == "given":
        creds, cred_part = CREDENTIALS[0]  # "Mrs Name, MD" and "Marta, MD" are not written
    if name_kind == "given" and honorific.text not in ("", "Dr. "):
        honorific = HONORIFICS[0]
    role, org, place = rng.choice(ROLES), rng.choice(ORGS), rng.choice(PLACES)
    pre_role = PRE_ROLES[1] if rng.random() < 0.3 else PRE_ROLES[0]
    if pre_role.text.strip() == role.text:
        role = ROLES[0]  # "Neurologist Name, Neurologist" is not written
    if honorific.text.startswith("Mrs"):
        role, org = ROLES[0], ORGS[0]
    if name_kind == "capitals" and not creds:
        creds, cred_part = CREDENTIALS[1]  # "MARGUERITE OSEI, RN": capitals come with credentials
    if name_kind == "nickname":
        honorific = HONORIFICS[0]  # w28 writes the nickname between given name and surname
    style = rng.choice(CRED_STYLES) if creds else CRED_STYLES[0]
    if creds:
        cred_part = Part(style.text + style.text.join(creds), cred_part.source, cred_part.shows)
    if honorific.text or lead.text[:1].isalpha() or name_kind == "given":
        pre_role = PRE_ROLES[0]  # h04 writes the role where an honorific or credit would stand
    # the new kinds of part come in a third of the combinations, so the older parts keep their say
    trailer = rng.choice(TRAILERS[1:]) if rng.random() < 0.3 else TRAILERS[0]
    second = rng.choice(SECOND[1:]) if rng.random() < 0.3 else SECOND[0]
    if second.text == "; " and not creds:
        second = SECOND[0]  # "A, MD; B, MD": each expert with credentials
    if second.text == " and " and (creds or not honorific.text.startswith("Dr")):
        second = SECOND[0]  # "Dr. A and Dr. B"
    if name_kind in ("given", "capitals") or pre_role.text:
        second = SECOND[0]
    listable = honorific.text.startswith("Dr") and not creds and name_kind != "given"
    if new_parts and listable and not pre_role.text and rng.random() < 0.6:
        second = rng.choice(LISTED)  # "Dr. A, Dr. B", "Dr A Dr B": doctors without "and"
    if second.text:
        role, org, place = ROLES[0], ORGS[0], PLACES[0]  # one line of names only
    elif new_parts and creds and not place.text and rng.random() < 0.3:
        place = TOWN_AFTER  # u31: "Name, MD, Southport"
    stacked = rng.random() < 0.5
    g, s, s2 = rng.choice(GIVEN), *rng.sample(SURNAMES, 2)
    m, i = rng.choice("ABCJLMR"), g[0]
    nick = rng.choice(NICKNAMES)
    name = name_part.text.format(g=g, s=s, s2=s2, m=m, i=i, G=g.upper(), S=s.upper(), n=nick)
    head = pre_role.text + honorific.text + name + cred_part.text
    experts_names = [name.replace(f"“{nick}” ", "")]
    if second.text:
        g2, s3 = rng.choice([x for x in GIVEN if x != g]), s2
        other = f"{g2} {m}. {s3}" if second.text == "; " else f"{g2} {s3}"
        head += second.text + honorific.text + other + cred_part.text
        experts_names.append(other)
    tail = [x.text for x in (role, org, place) if x.text]
    # "MD MS Nurse Specialist" would read MS as a degree: x23's run-on role opens with no MS
    run_on = new_parts and bool(creds) and role.text[:3] not in ("", "MS ") and rng.random() < 0.3
    if run_on:  # x23: "Name, RN, CRRN Director of ...": the role after the credentials
        head += RUN_ON.text + tail.pop(0)
    lines = [lead.text + head, *tail] if stacked else [", ".join([lead.text + head, *tail])]
    caption = second is LISTED[0] and rng.random() < 0.7
    if caption:  # x34: "Team - L to R - Dr. A, Dr. B", where a lead and a closing would stand
        lines[0] = CAPTION.text + lines[0][len(lead.text) :]
        lead, closing = LEADS[0], CLOSINGS[0]
    if trailer.text:
        lines.append(trailer.text)
    same_line = bool(closing.text) and rng.random() < 0.5
    if same_line:
        lines[0] = f"{closing.text} {lines[0]}"
    elif closing.text:
        lines.insert(0, closing.text)
    titles = [x.text.strip() for x in (pre_role, role) if x.text]
    experts = []
    for who in experts_names:
        expert = {
            "name": who,
            "degrees": creds,
            "titles": titles,
            "institution": org.text or None,
        }
        if place.text:
            expert["place"] = place.text
        experts.append(expert)
    case = {
        "id": f"grid{n:04}",
        "family": "grid",
        "form": "a combination of recorded parts",
        "url": "https://example.org/grid",
        "prose": [rng.choice(PROSE)],
        "sig": lines,
        "experts": experts,
    }
    values = {
        "lead": lead.text.strip() or "(none)",
        "closing": f"{closing.text} {'same line' if same_line else 'own line'}"
        if closing.text
        else "(none)",
        "honorific": honorific.text.strip() or "(none)",
        "name": name_kind,
        "credentials": ", ".join(creds) or "(none)",
        "cred style": ("spaces" if style.text == " " else "commas") if creds else "(none)",
        "role before": pre_role.text.strip() or "(none)",
        "role": role.text or "(none)",
        "organisation": org.text or "(none)",
        "place": place.text or "(none)",
        "layout": "stacked" if stacked and len(tail) else "one line",
        "trailer": trailer.text or "(none)",
        "second expert": repr(second.text) if second.text else "(none)",
    }
    if new_parts:
        values["run-on role"] = "yes" if run_on else "(none)"
        values["caption"] = CAPTION.text.strip() if caption else "(none)"
    return case, values


def run_grid(
    n: int,
    seed: int,
    repo: str = str(HERE.parent),
    nicknames: bool = False,
    new_parts: bool = True,
) -> list[dict]:
    """Score ``n`` combinations (drawn with ``seed``) with the parser found under ``repo``;
    ``new_parts=False`` draws the old grid (the parts of sets 1-5 and the corpus) alone."""
    ev = _load_eval(repo)
    from msqa_scraper.extract import extract_post

    rng = random.Random(seed)
    results: list[dict] = []
    for k in range(n):
        case, values = combination(rng, k, NAMES if nicknames else DEFAULT_NAMES, new_parts)
        container = rng.choice(["br", "paras", "strong"])
        page = ev.PAGE.format(
            title="A question about MS",
            pid=str(8000000 + k),
            slug=f"grid-{k}",
            content=ev.render(case, container),
        )
        post = extract_post(page, f"{ev.BASE}/grid-{k}", ev.BASE)
        r = ev.score(case, post)
        results.append({**r, "values": values, "sig": case["sig"], "container": container})
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=str(HERE.parent))
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", help="write every result to this file")
    ap.add_argument("--nicknames", action="store_true", help="draw quoted nicknames too")
    ap.add_argument("--old-parts", action="store_true", help="the grid before round 10's parts")
    args = ap.parse_args()
    results = run_grid(args.n, args.seed, args.repo, args.nicknames, not args.old_parts)

    def share(rs: list[dict], k: str) -> float:
        return sum(r[k] for r in rs) / len(rs) if rs else 0.0

    print(f"combinations: {len(results)} (seed {args.seed})")
    print("OVERALL  " + "  ".join(f"{k} {share(results, k):6.1%}" for k in ("all", "core", "text")))
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in results:
        for part, value in r["values"].items():
            by[(part, value)].append(r)
    print("\nPER PART VALUE (n, all / core / text), worst core first within each part")
    parts = list(dict.fromkeys(p for r in results for p in r["values"]))
    for part in parts:
        rows = sorted(
            ((v, rs) for (p, v), rs in by.items() if p == part), key=lambda x: share(x[1], "core")
        )
        for value, rs in rows:
            print(
                f"  {part:12} {value:28} n={len(rs):4}  {share(rs, 'all'):6.1%} "
                f"{share(rs, 'core'):6.1%} {share(rs, 'text'):6.1%}"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
