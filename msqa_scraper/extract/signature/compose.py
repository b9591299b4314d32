"""A second opinion on an answer's signature: its last lines read as a sequence of parts.

``find_signature`` scores the forms it knows; when it finds no block, or only an unsure one, this
reader tries the lines under the answer's last sentence (at most ``MAX_LINES``) as one grammar:

    [closing] [lead] [role] [honorific ...] NAME [credential ...] (, or line break) part ...
        (; "and" "," "&" or an honorific) [honorific ...] NAME ...   a further expert
    trailer and noise lines                      contact, date, noise lines: in the block, no field

A closing is a run of the vocabulary's ``closings`` (with sentence function words: "Thank you",
"Thank you!-") or any valediction: a capitalised word and lower-case words before a comma ("Stay
well,"). A lead is one of its dashes, ``lead_ins`` or the part kinds' ``label_leads``
("Signature:", "Doctor's Name", "From the desk of", then perhaps the role it names). Parts are
cut at commas, line breaks and the joiners "at", "with", "from", "in", and every part after the
name must be claimed whole by the vocabulary as a role, an organisation (``segment.segment``, a
practice's head, a charity named with a hyphen: "MS-Anchor") or a place (``Vocabulary.is_place``),
or be a town before a place ("Duluth, Minnesota"), after "in", or on lines of its own at the end
("Name / Staunton"). A role may run on after the name or its credentials without a comma. A part
no class claims makes the reading unsure: nothing is taken, and the post keeps what
``find_signature`` gave it. A role before the name is words ``segment`` claims whole as one role,
then the name ("Neurologist Name, MD"), and then the name needs credentials (over a bare name it
is a headline). Lines at the foot that are only a telephone number, an e-mail or web address, a
dated metadata line (``dates.is_meta_line``) or a noise line (``noise_lines``: "#", "Posted in
...", "On behalf of ...") leave with the block; noise lines over it ("Image removed."), field
rows that fill nothing ("Date: ..."), a name's tail ("and staff", "(address withheld)") and a
name repeated over its block are in the block and fill no field. The part kinds of round 10 are
the data file's ``compose_parts`` (``part_vocabulary``), one class each.

The NAME needs evidence, scored: an honorific, credentials after it, a known given name
(``given_names``), an initial with a surname, two or more name-shaped words, a closing or lead
above it, a role or organisation after it. At least one kind must be strong (honorific,
credentials, given name, initial with surname; a letter's initials alone under a closing or a
label, a one-word handle under a closing). A name that holds a word the vocabulary claims
(``name_kind``), a place, a team word or a practice, or that reads as a sentence, is no name.

``second_opinion`` looks again at a block ``find_signature`` accepted when cheap tests show a
part only this grammar knows, and takes this reader's block when it names the same experts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.dates import is_meta_line
from msqa_scraper.extract.signature.find import (
    SigLine,
    Signature,
    run_on_closing,
    unglued,
)
from msqa_scraper.extract.signature.given_names import is_given_name, name_lists, plausible_name
from msqa_scraper.extract.signature.segment import (
    is_cred,
    is_sentence,
    name_kind,
    segment,
    tokenize,
)
from msqa_scraper.extract.signature.vocabulary import Vocabulary, fold, vocabulary

MAX_LINES = 5
_SEPARATORS = frozenset((",", ";", ":", "|", "•", "·", "\n"))
# "Neurologist at X Clinic", "Nurse with X Health", "... in Duluth": a joiner starts a part
_JOINERS = frozenset(("at", "with", "from", "in"))
# a bracket after a name is as often an affiliation as a nickname ("(Barts MS)"): left to find
_NAME_KINDS = frozenset(("word", "caps", "initial", "particle", "suffix"))
_LONGEST_CLOSING = 4
_LONGEST_NAME = 5
_LONGEST_ROLE_BEFORE = 3
_STRONG = 1.0  # an honorific, credentials, a known given name
_WEAK = 0.5  # an initial with a surname, two name words, a closing or lead, a role or employer
ACCEPT_EVIDENCE = 1.0  # with one strong kind: confidence evidence / (evidence + 1) >= 0.5
MAX_TRAILERS = 3
_FIELD_OF = frozenset(("role", "org", "unit"))  # the spans a run-on part may hold
_LONGEST_VALEDICTION = 5  # "With all my best wishes,": a closing phrase before its comma
_LONGEST_LEAD = 5  # "From the desk of": a label lead's words
# name shapes the grammar reads besides words: initials run together ("L.M."), initials only
# ("R.T.", under a closing or a label, or with a town), a one-word handle ("NurseJim", under a
# closing: ``_handle``)
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
_GLUED = re.compile(r"^(?:[A-Z]\.){1,3}$")
_CAPS_INITIALS = re.compile(r"^[A-Z]{2,3}$")  # "KL Marsh": capitals before a surname


@dataclass(frozen=True)
class PartVocabulary:
    """The data file's ``compose_parts``: the part kinds of round 10, one class each."""

    label_leads: tuple[str, ...]  # folded, longest first: "Signature:", "From the desk of"
    field_labels: dict[str, str]  # folded label -> "part" (kept) or "noise" (the line leaves)
    noise_lines: tuple[str, ...]  # folded line openings: "Posted in", "#", "On behalf of"
    name_tails: tuple[tuple[str, ...], ...]  # folded words after a name: "and staff"
    noise_brackets: frozenset[str]  # folded: "(address withheld)"
    not_initials: frozenset[str]  # "P.S.", "U.S.": dotted capitals that are no person
    organisation_heads: frozenset[str]  # "Surgery", "Pharmacy": a practice's last word
    tail_ends: frozenset[str] = frozenset()  # the name tails' last words: the cheap first test
    label_lead_spaced: tuple[str, ...] = ()  # the label leads and a space: a name's opening
    noise_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the openings
    noise_inside: re.Pattern[str] = re.compile(r"(?!)")  # a noise line's words mid-line
    block_marks: re.Pattern[str] = re.compile(r"(?!)")  # any of the above in a block's text
    field_inside: re.Pattern[str] = re.compile(r"(?!)")  # a capitalised "Label:" mid-line


@cache
def part_vocabulary() -> PartVocabulary:
    raw = json.loads(
        resources.files("msqa_scraper.extract")
        .joinpath("data/signature_vocabulary.json")
        .read_text(encoding="utf-8")
    )["compose_parts"]
    labels = {fold(x): kind for kind, xs in raw["field_labels"].items() for x in xs}
    return PartVocabulary(
        label_leads=tuple(sorted((fold(x) for x in raw["label_leads"]), key=len, reverse=True)),
        field_labels=labels,
        noise_lines=tuple(sorted((x.casefold() for x in raw["noise_lines"]), key=len)),
        name_tails=tuple(tuple(x.casefold().split()) for x in raw["name_tails"]),
        noise_brackets=frozenset(x.casefold() for x in raw["noise_brackets"]),
        not_initials=frozenset(raw["not_initials"]),
        organisation_heads=frozenset(raw["organisation_heads"]),
        tail_ends=frozenset(x.casefold().split()[-1] for x in raw["name_tails"]),
        label_lead_spaced=tuple(fold(x) + " " for x in raw["label_leads"]),
        noise_by_first=_by_first(x.casefold() for x in raw["noise_lines"]),
        noise_inside=_inside(raw["noise_lines"]),
        block_marks=_marks(raw),
        field_inside=_fields_inside([*labels, *raw["label_leads"]]),
    )


def _fields_inside(labels: list[str]) -> re.Pattern[str]:
    """Where a field starts inside a line: spaces before a capitalised label and its colon."""
    spelled = sorted({x[:1].upper() + x[1:] for x in labels if x[:1].isalpha()}, key=len)
    alternatives = "|".join(re.escape(x) for x in reversed(spelled))
    return re.compile(rf"\s+(?=(?:{alternatives}):)")


def _by_first(openings) -> dict[str, tuple[str, ...]]:
    """The openings by their first character: a line is tried against its own few."""
    by: dict[str, list[str]] = {}
    for opening in openings:
        by.setdefault(opening[:1], []).append(opening)
    return {k: tuple(sorted(xs, key=len)) for k, xs in by.items()}


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, factored by first character: Python's engine tries
    the branches of a flat alternation one by one at every position."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longest_first = sorted(set(rests), key=len, reverse=True)
        branches.append(re.escape(first) + "(?:" + "|".join(map(re.escape, longest_first)) + ")")
    return "|".join(branches)


def _marks(raw: dict) -> re.Pattern[str]:
    """One pattern for a block's lines: a noise line's opening (any case, at a line's start), a
    noise bracket, a name's tail at a line's end."""
    starts = _alternation([x.casefold() for x in raw["noise_lines"]])
    brackets = _alternation([x.casefold() for x in raw["noise_brackets"]])
    tails = _alternation([x.casefold() for x in raw["name_tails"]])
    # a noise phrase run into a line is the flat block's, which find never accepts: not here
    return re.compile(rf"(?im:^[ \t]*(?:{starts})(?![^\W_])|(?:{brackets})|\s(?:{tails})[ \t]*$)")


def _inside(openings: list[str]) -> re.Pattern[str]:
    """The noise openings of two words or more, capitalised, after a space inside a line."""
    words = [x[:1].upper() + x[1:] for x in openings if " " in x.strip() and x[:1].isalpha()]
    return re.compile(rf"\s(?:{_alternation(words)})(?![^\W_])")


# a trailer line: at most a short label ("Tel:", "Email:", "Ph.") and then one address on the web,
# an e-mail address or a telephone number of seven digits or more
_LABEL = re.compile(r"^(?:[^\W\d_][^\W\d_-]{0,15}(?: [^\W\d_]{1,15})?(?::\s*|\.\s+)){0,2}")
_ADDRESS = re.compile(r"^\S*[^\W_](?:@|\.(?:com|org|net|edu|gov|info)\b|://)\S*$|^www\.\S+$")
_PHONE = re.compile(r"^\+?[\d(][\d ().-]*\d$")


@dataclass
class _Reading:
    closing: bool = False
    lead: str = ""  # "dash" ("--", "–") or "credit" ("By", "Answered by", "Signature:")
    role_before: bool = False  # "Neurologist Name, MD"
    honorifics: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    town_line: bool = False  # a bare town on a line of its own under the name


def _prose(text: str, v: Vocabulary) -> bool:
    """A line of the answer's prose: the block starts below the last one."""
    stripped = text.rstrip()
    if not stripped:
        return False
    tokens = tokenize(stripped)
    end = _closing_end(tokens, v)
    if all(t in _SEPARATORS for t in tokens[end:]):
        return False  # "Warm regards.", "Thank you,": a closing alone goes with the name below
    if end and (tokens[end] == "," or tokens[end - 1].endswith("!-")):
        # "Thank you!- M.M.", "With heartfelt thanks, H.B. Name": a punctuated closing before
        # a name on its line; the rest of the line says whether it is prose
        stripped = " ".join(t for t in tokens[end:] if t not in _SEPARATORS)
    last = stripped.split()[-1]
    ends = stripped[-1] in "!?" or (stripped[-1] == "." and last[:1].islower())
    return ends or is_sentence(stripped, v)


def _noise(text: str, pv: PartVocabulary) -> bool:
    """A line in the block that fills no field: "#", "Posted in ...", "Comments are closed",
    "Image removed.", "On behalf of the partners" (the data file's ``noise_lines``)."""
    head = text[:40].strip().casefold()
    for opening in pv.noise_by_first.get(head[:1], ()):
        if head.startswith(opening) and not head[len(opening) : len(opening) + 1].isalnum():
            return True
    return False


def _cut_noise(text: str, pv: PartVocabulary) -> str:
    """The line up to a noise phrase that opens in its middle, capitalised ("Dr Name On behalf
    of the partners", "Name Posted in Events"): the flat block's noise line."""
    found = pv.noise_inside.search(text)
    return text[: found.start()].rstrip() if found else text


def _trailer(text: str, v: Vocabulary) -> bool:
    """A contact line (a telephone number, an e-mail or web address, after at most a label) or a
    dated metadata line: it leaves the answer with the block and fills no field."""
    rest = _LABEL.sub("", text.strip(), count=1).strip()
    if _ADDRESS.match(rest.rstrip(".")):
        return True
    if _PHONE.match(rest) and sum(c.isdigit() for c in rest) >= 7:
        return True
    return any(c.isdigit() for c in text) and is_meta_line(text, v)


def _field(text: str, pv: PartVocabulary, in_block: bool = False) -> tuple[str, str] | None:
    """A field line's kind and value: "Location: X" ("part": X is read as a part), "Date: ..."
    ("noise": the line fills no field). A label of two words or more needs no colon ("Date of
    Production March 3, 2012"); one word does ("Time: 09:07 AM"), except a noise label in a
    block of fields (``in_block``: "Condition Multiple Sclerosis" over "Doctor's Name ...")."""
    label, colon, value = text.partition(":")
    kind = pv.field_labels.get(fold(label)) if colon and len(label) <= 30 else None
    if kind:
        return kind, value.strip()
    words = text.split()
    if fold(text).startswith(pv.label_lead_spaced):
        return None  # "Posted by Name": a label lead, no "Posted" field
    for n in (4, 3, 2, 1):
        kind = pv.field_labels.get(" ".join(fold(w) for w in words[:n]))
        if not kind or len(words) <= n:
            continue
        # a one-word label without its colon: a noise row in a block of fields, before a
        # capitalised value ("Condition Multiple Sclerosis")
        if n > 1 or (in_block and kind == "noise" and words[n][:1].isupper()):
            return kind, " ".join(words[n:])
    return None


def _clean(texts: list[str], pv: PartVocabulary, v: Vocabulary) -> list[str]:
    """The block's lines as parts: fields run together cut apart ("This date: May 2, 2016
    Signature: Name"), noise lines and noise fields out, a part field's label off, a name's
    noise tail ("and staff", "(address withheld)") off, a line
    that a later one repeats (a byline's name over its block) out."""
    out: list[str] = []
    # "Name: X Location: Y Date: Z" on one line: a field per label
    texts = [f for text in texts for f in pv.field_inside.split(_cut_noise(text, pv))]
    # a block of fields: one line with a field label, or a name after a label lead
    in_block = any(_field(t, pv) or fold(t).startswith(pv.label_lead_spaced) for t in texts)
    for text in texts:
        if _noise(text, pv) or _trailer(text, v):
            continue  # "22 October 2018", "Posted in ...": in the block, no field
        found = _field(text, pv, in_block)
        if found and found[0] == "noise":
            continue  # "Date: 07/09/2009", "Condition Multiple Sclerosis": no field
        elif found:
            text = found[1]
        out.append(_untail(text, pv))
    out = [t for t in out if t]
    # "Name / Competing interests: None / Name, Physician": a name over its own block repeats it
    return [
        t
        for k, t in enumerate(out)
        if not any(u == t or u.startswith(t + ",") for u in out[k + 1 :])
    ]


def _untail(text: str, pv: PartVocabulary) -> str:
    """ "Dr Kessel and staff", "Mrs P Hadley (address withheld)": the tail names nobody."""
    if (
        ")" not in text
        and text.rsplit(None, 1)[-1:] != []
        and (text.rsplit(None, 1)[-1].casefold() not in pv.tail_ends)
    ):
        return text  # the cheap test first: most lines end in neither
    for bracket in pv.noise_brackets:
        at = text.casefold().find(bracket)
        if at >= 0:
            text = (text[:at] + text[at + len(bracket) :]).strip()
    words = text.split()
    for tail in pv.name_tails:
        if len(words) > len(tail) and tuple(w.casefold() for w in words[-len(tail) :]) == tail:
            return " ".join(words[: -len(tail)])
    return text


def _stream(lines: list[str], v: Vocabulary) -> list[str]:
    tokens: list[str] = []
    for line in lines:
        if tokens:
            tokens.append("\n")
        line_tokens = tokenize(line)
        first = line_tokens[0] if line_tokens else ""
        dash = next((d for d in v.dashes if first.startswith(d)), "")
        if dash and first[len(dash) :][:1].isalpha():
            line_tokens[:1] = [dash, first[len(dash) :]]  # "–J.M. Oregon": the dash, the name
        tokens.extend(line_tokens)
    return tokens


def _closing_end(tokens: list[str], v: Vocabulary) -> int:
    """How many tokens a closing ("Kind regards", "Thank you!-", "Stay well,") takes first."""
    end, closes = 0, False
    for i, tok in enumerate(tokens[:_LONGEST_CLOSING]):
        if len(tok) == 2 and tok[0].isupper() and tok[1] == ".":
            break  # "Best wishes I. Marwood": a dotted capital is an initial, not the pronoun
        word = fold(tok).rstrip(".!-")
        # "With kind regards", "Thank you": a closing word, and function words before or after it
        if not (word in v.closings or word in v.sentence_words or word in v.not_name_words):
            break
        closes = closes or word in v.closings
        end = i + 1 if closes else 0
        if tok.endswith("!-"):
            break  # "Thank you!- Lorna": the mark ends the closing
    # "With love and light,": the closing words stop at "light", the valediction runs to its
    # comma; the longer reading is the closing (the name starts after it)
    return max(end, _valediction(tokens, v))


def _valediction(tokens: list[str], v: Vocabulary) -> int:
    """A closing phrase the word list does not hold: a capitalised word and then lower-case
    words, ended by a comma ("Stay well,", "With heartfelt thanks,", "Lubos na umaasa,"). On a
    line of its own any such phrase is one; before a name on its line it needs a closing or
    wish word ("Stay well, NurseJim")."""
    for i, tok in enumerate(tokens[: _LONGEST_VALEDICTION + 1]):
        if tok == ",":
            if i == 0:
                return 0
            alone = tokens[i + 1 : i + 2] in ([], ["\n"])
            words = [fold(t) for t in tokens[:i]]
            wished = any(w in v.closings or w in v.wish_openers for w in words)
            return i if alone or wished else 0
        if tok in _SEPARATORS or not tok[:1].isalpha():
            return 0
        if i == 0 and not tok[:1].isupper():
            return 0
        if i > 0 and not tok.islower():
            return 0
    return 0


def _lead(tokens: list[str], v: Vocabulary, pv: PartVocabulary) -> tuple[str, int]:
    """The lead's kind and how many tokens it takes: a dash ("--", "–") or a credit ("By",
    "Signature:", "From the desk of")."""
    if tokens and tokens[0] in v.dashes:
        return "dash", 1
    caption = _caption(tokens, v)
    if caption:
        return "credit", caption
    for n in range(min(_LONGEST_LEAD, len(tokens)), 0, -1):
        if any(t in _SEPARATORS for t in tokens[:n]):
            continue
        phrase = " ".join(fold(t) for t in tokens[:n])
        if phrase in v.lead_ins or phrase in pv.label_leads:
            return "credit", n + (tokens[n : n + 1] == [":"])
    return "", 0


def _caption(tokens: list[str], v: Vocabulary) -> int:
    """A photo caption's lead: at most two capitalised words, a dash or colon, a caption mark
    ("L to R", "Pictured"), a dash or colon: "Team - L to R - Dr. A, Dr. B". How many tokens."""
    for head in range(0, 3):
        if head and not (tokens[head : head + 1] and tokens[head] in (*v.dashes, ":")):
            continue
        if any(not t[:1].isupper() for t in tokens[:head]):
            break
        at = head + (1 if head else 0)
        for n in range(4, 0, -1):
            if " ".join(fold(t) for t in tokens[at : at + n]) in v.caption_marks:
                end = at + n
                if tokens[end : end + 1] and tokens[end] in (*v.dashes, ":"):
                    return end + 1
    return 0


def _parts(tokens: list[str], v: Vocabulary) -> list[tuple[str, list[str]]]:
    """The tokens cut at commas, line breaks and joiners ("Neurologist at X Clinic in Town"):
    (what came before, the part's tokens)."""
    parts: list[tuple[str, list[str]]] = []
    sep, cur = "\n", []
    for k, tok in enumerate(tokens):
        if cur and tok in _JOINERS:
            parts.append((sep, cur))
            sep, cur = tok, []
            continue
        if tok not in _SEPARATORS:
            cur.append(tok)
            continue
        if cur or not k:
            parts.extend([(sep, cur)] if cur else [])
            sep, cur = ",", []  # "Name, Southport": the first part comes after a comma too
        if tok == "\n":
            sep = "\n"
    if cur:
        parts.append((sep, cur))
    return parts


def _is_name_word(tok: str, v: Vocabulary) -> bool:
    if name_kind(tok, v) not in _NAME_KINDS or v.is_honorific(tok):
        return False
    bare = tok.strip(",.")
    if any(c.isdigit() for c in bare):
        return False  # "RN207": a user name, no person's
    return not (bare in v.not_person_words or v.is_place(bare) or fold(bare) in v.not_name_words)


def _initial(tok: str, v: Vocabulary) -> bool:
    return (
        name_kind(tok, v) == "initial"
        or (len(tok) == 1 and tok.isupper())
        or bool(_GLUED.match(tok) or _GLUED.match(tok + "."))
    )


def _handle(tok: str) -> bool:
    """ "NurseJim", "MSWarriorAnn": a one-word handle, a capital inside lower-case letters."""
    return (
        tok.isalpha()
        and tok[:1].isupper()
        and tok[1:2].islower()
        and any(c.isupper() for c in tok[2:])
    )


def _town(tokens: list[str], v: Vocabulary) -> bool:
    return 0 < len(tokens) <= 3 and all(name_kind(t, v) == "word" for t in tokens)


def _credential(tok: str, r: _Reading, v: Vocabulary) -> bool:
    if any(name_kind(t, v) == "caps" for t in r.name):
        return v.is_credential(tok)  # "BRENDA, MS TRUST": in capitals any word looks an acronym
    return is_cred(tok, v)


def _role(tokens: list[str], v: Vocabulary) -> str | None:
    """The tokens as one role ("Head of Services", "the CEO"), or None."""
    if tokens and fold(tokens[0]) in v.articles:
        tokens = tokens[1:]
    spans = segment(tokens, "\n", v) if tokens else []
    return " ".join(tokens) if len(spans) == 1 and spans[0][0] == "role" else None


def _organisation(tokens: list[str], v: Vocabulary, pv: PartVocabulary) -> bool:
    """An organisation ``segment`` does not claim: one named for the disease with a hyphen
    ("MS-Anchor"), or title-case words ending in a practice's head ("Highfield Veterinary
    Surgery", "Cypress Lake Pharmacy")."""
    first = tokens[0].split("-", 1)
    if first[0] in v.condition_words and len(first) == 2 and len(tokens) <= 3:
        # "MS-Anchor": the hyphen joins the name; "MS TRUST SUPPORTER" in capitals is no name
        rest = [first[1], *tokens[1:]]
        return all(t[:1].isupper() and not t.isupper() for t in rest)
    return (
        1 < len(tokens) <= 5
        and tokens[-1] in pv.organisation_heads
        and all(t[:1].isupper() for t in tokens)
    )


def _classify(
    rest: list[tuple[str, list[str]]], r: _Reading, v: Vocabulary, pv: PartVocabulary
) -> bool:
    """Each part after the name is one role, organisation or place; else the reading is unsure."""
    i = 0
    rest = list(rest)
    while i < len(rest) and all(_credential(t, r, v) for t in rest[i][1]):
        r.degrees.extend(rest[i][1])  # the credentials run right after the name
        i += 1
    if i < len(rest) and not r.titles:
        sep, tokens = rest[i]
        k = 0
        # "MS Nurse Specialist": before a role, MS is the disease, no degree
        while (
            k < len(tokens) - 1
            and _credential(tokens[k], r, v)
            and tokens[k] not in v.condition_words
        ):
            k += 1
        if k:  # "Name, RN, MSCN Neurologist": the run's last credentials, then a role run on
            r.degrees.extend(tokens[:k])
            rest[i] = (sep, tokens[k:])
    while i < len(rest):
        sep, tokens = rest[i]
        spans = segment(tokens, sep, v)
        label = spans[0][0] if len(spans) == 1 else None
        text = " ".join(tokens)
        if len(spans) > 1 and not r.places and all(s[0] in _FIELD_OF for s in spans):
            for kind, words in spans:  # "Neurologist Riverbend MS Clinic": parts run on
                (r.titles if kind == "role" else r.orgs).append(" ".join(words))
        elif v.is_place(text) or v.postcoded(text):  # a street or a bare word is no place here
            r.places.append(text)
        elif sep == "in" and _town(tokens, v):
            r.places.append(text)  # "... Clinic in Duluth": a town named after "in"
        elif r.places and not (sep == "\n" and _town(tokens, v)):
            return False  # a place ends the block (a town over its county: "Portishead / Somerset")
        elif label == "role" and not r.places:
            # "a neurologist at X": an appositive's article is no part of the title
            r.titles.append(" ".join(tokens[1:]) if tokens[0] in v.articles else text)
        elif (label in ("org", "unit") or _organisation(tokens, v, pv)) and not r.places:
            r.orgs.append(text)
        elif (
            i + 1 < len(rest)
            and _town(tokens, v)
            and v.is_place(region := " ".join(rest[i + 1][1]))
            and not (v.is_credential(region) and is_given_name(tokens[0]))
        ):
            # "Duluth, Minnesota": a town before its region ("Tobias Okafor, MD" is a person)
            r.places.append(text)
        elif sep == "\n" and _town(tokens, v) and all(_town(p[1], v) for p in rest[i + 1 :]):
            # "Helen Varga / Staunton": a bare town on its own line ends a letter's signature
            r.places.append(text)
            r.town_line = True
        elif (
            i == len(rest) - 1
            and len(tokens) == 1
            and _town(tokens, v)
            and r.degrees
            and not (r.titles or r.orgs)
        ):
            # "Warren P. Name, MD, Southport": one word right after the credentials ends the
            # line ("Name, MD, Neurologist, Pellworth" keeps its employer: round 4)
            r.places.append(text)
        else:
            return False
        i += 1
    return True


def _role_before(tokens: list[str], i: int, v: Vocabulary) -> int:
    """How many tokens a role phrase right before the name takes: words the vocabulary claims
    whole as one role, then an honorific or a name word. An honorific is no role here."""
    if i < len(tokens) and v.is_honorific(tokens[i]):
        return 0  # "Professor Name": the honorific reading comes first
    for n in range(min(_LONGEST_ROLE_BEFORE, len(tokens) - i - 1), 0, -1):
        span, nxt = tokens[i : i + n], tokens[i + n]
        if any(t in _SEPARATORS for t in span) or not (
            v.is_honorific(nxt) or _is_name_word(nxt, v)
        ):
            continue
        spans = segment(span, "\n", v)
        if len(spans) == 1 and spans[0][0] == "role":
            return n
    return 0


def _heading_role(tokens: list[str], i: int, v: Vocabulary) -> int:
    """After a label lead, the role it names: the rest of its line ("From the desk of THE CEO")
    or, on one line, "the" and a role before the name ("From the desk of the CEO Name CEO"):
    how many tokens it takes, a line break included."""
    end = tokens.index("\n", i) if "\n" in tokens[i:] else -1
    if end > i and _role(tokens[i:end], v) is not None:
        return end - i + 1
    if i >= len(tokens) or fold(tokens[i]) not in v.articles:
        return 0
    for n in range(min(_LONGEST_ROLE_BEFORE + 1, len(tokens) - i - 1), 1, -1):
        span, nxt = tokens[i : i + n], tokens[i + n]
        if any(t in _SEPARATORS for t in span):
            continue
        if (v.is_honorific(nxt) or _is_name_word(nxt, v)) and _role(span, v) is not None:
            return n
    return 0


def _run_on(r: _Reading, tail: list[str], v: Vocabulary) -> bool:
    """What follows the name on its part without a comma: a role ("Priya Head of Services"), a
    place ("J.M. Oregon"); or the name's last words are a role ("HAMISH TREVALLY CEO")."""
    if tail:
        role = _role(tail, v)
        # "By Metro Press Staff": one word and a role is a byline, unless a closing signs it
        if role is not None and (len(r.name) > 1 or r.closing):
            r.titles.append(role)
            return True
        if v.is_place(" ".join(tail)):
            r.places.append(" ".join(tail))
            return True
        return False
    for k in range(1, len(r.name) - 1):
        role = _role(r.name[-k:], v)
        if role is not None and all(name_kind(t, v) == "caps" for t in r.name):
            r.titles.append(role)
            del r.name[-k:]
            return True
    return True


def _read(tokens: list[str], v: Vocabulary, pv: PartVocabulary) -> _Reading | None:
    last = tokens[-1] if tokens else ""
    if last.endswith(".") and not (v.is_credential(last) or v.is_place(last) or _initial(last, v)):
        tokens = [*tokens[:-1], last[:-1]]  # "..., Fenwick MS Clinic.": the block's full stop
    r = _Reading()
    i = _closing_end(tokens, v)
    r.closing = i > 0
    while i < len(tokens) and tokens[i] in _SEPARATORS:
        i += 1
    r.lead, taken = _lead(tokens[i:], v, pv)
    i += taken
    if r.lead == "credit":
        taken = _heading_role(tokens, i, v)
        if taken:
            heading = tokens[i : i + taken]
            r.titles.append(_role(heading[:-1] if heading[-1] == "\n" else heading, v) or "")
            i += taken
    while i < len(tokens) and tokens[i] == "\n":
        i += 1
    taken = _role_before(tokens, i, v)
    if taken:
        r.titles.append(" ".join(tokens[i : i + taken]))  # "Neurologist Name, MD" (h04)
        r.role_before = True
        i += taken
    while i < len(tokens) and v.is_honorific(tokens[i]):
        r.honorifics.append(tokens[i])
        i += 1
    while i < len(tokens) and tokens[i] not in _SEPARATORS and _is_name_word(tokens[i], v):
        r.name.append(tokens[i])
        i += 1
    if (
        not r.name
        and i + 1 < len(tokens)
        and _GLUED.match(tokens[i])
        and _is_name_word(tokens[i + 1], v)
    ):
        # "M.A. Lindqvist": dotted capitals before a surname are initials, not a degree
        r.name.append(tokens[i])
        i += 1
        while i < len(tokens) and tokens[i] not in _SEPARATORS and _is_name_word(tokens[i], v):
            r.name.append(tokens[i])
            i += 1
    if not r.name and i < len(tokens) and _INITIALS.match(tokens[i]):
        r.name.append(tokens[i])  # "- R.T.": a letter signed with initials only
        i += 1
    while i < len(tokens) and tokens[i] not in _SEPARATORS and _credential(tokens[i], r, v):
        if tokens[i] in v.condition_words:
            return None  # "Overcoming MS": run on after words, MS names the disease
        r.degrees.append(tokens[i])  # "Jane Doe MD": credentials without a comma
        i += 1
    end = i
    while end < len(tokens) and tokens[end] not in _SEPARATORS:
        end += 1
    if not r.name or not _run_on(r, tokens[i:end], v):
        return None  # the name's part holds words that are neither name, credential nor role
    i = end
    if len(r.name) > _LONGEST_NAME or not _name_ends_well(r, v, pv):
        return None
    # "KL Marsh": capitals before a surname are initials, not a name in capitals
    lead = 1 if len(r.name) > 1 and _CAPS_INITIALS.match(r.name[0]) else 0
    kinds = {name_kind(t, v) for t in r.name[lead:]}
    if {"caps", "word"} <= kinds:
        return None  # "GRETA HOLLOWAY Pasadena": a name keeps one case, the town does not
    if not _classify(_parts(tokens[i:], v), r, v, pv):
        return None
    return r


def _name_ends_well(r: _Reading, v: Vocabulary, pv: PartVocabulary) -> bool:
    """A name ends in a surname ("Marisol T" is no name); "Wendy P.", a known given name and a
    dotted initial under a closing or lead, is one, and so are initials alone ("R.T.") that
    abbreviate nothing else."""
    if len(r.name) == 1 and _INITIALS.match(r.name[0]):
        return r.name[0] not in pv.not_initials
    if not _initial(r.name[-1], v):
        return True
    # without a closing or a lead over it a lone initial is too little (round 4: "Marisa K.")
    dotted = len(r.name) == 2 and r.name[-1].endswith(".") and is_given_name(r.name[0])
    return dotted and (r.closing or bool(r.lead))


def _evidence(r: _Reading, v: Vocabulary) -> float:
    """How sure the reading names a person; 0 when no strong kind of evidence vouches."""
    initial = len(r.name) > 1 and any(_initial(t.rstrip("."), v) for t in r.name[:-1])
    given = is_given_name(r.name[0])
    # a letter's signer: initials alone under a closing or a label, or with the writer's town
    # ("-- D.K., Hopkinsville, Ky."; under a bare dash they are a reader's, the corpus's f043),
    # a one-word handle under a closing ("Stay well, / NurseJim")
    lone = len(r.name) == 1 and (
        (bool(_INITIALS.match(r.name[0])) and (r.closing or r.lead == "credit" or bool(r.places)))
        or (_handle(r.name[0]) and r.closing)
    )
    if not (r.honorifics or r.degrees or given or initial or lone):
        return 0.0
    if len(r.name) == 1 and not (r.honorifics or given or lone):
        return 0.0  # "Harwell, MD": a lone surname needs an honorific
    if r.role_before and not r.degrees:
        return 0.0  # "MS Trust CEO Name": role words over a bare name are a headline
    vouched = r.honorifics or r.degrees or r.titles or r.orgs or r.closing or r.lead == "credit"
    # a town on its own line under a given name and surname is the writer's, no dateline
    signed = r.town_line and given and len(r.name) > 1
    if r.places and not (vouched or lone or signed or _INITIALS.match(r.name[0])):
        return 0.0  # "-- Springfield, Ill.": a town over its region under a dash is a dateline
    score = _STRONG * (bool(r.honorifics) + bool(r.degrees) + given + lone)
    score += _WEAK * (initial + (len(r.name) > 1) + (r.closing or bool(r.lead)))
    return score + _WEAK * bool(r.titles or r.orgs)


def _pieces(tokens: list[str], v: Vocabulary) -> list[list[str]]:
    """The stream cut before each further expert: a ';' or an 'and' whose next word is an
    honorific or a name word ("A, MD; B, MD", "Dr. A and Dr. B", "A, MD; and B, PA"), a ',' or
    '&' before an honorific, an honorific right after a name; a mark left at a piece's end is
    an empty part. When a piece reads as no person the line is read again as one."""
    pieces: list[list[str]] = [[]]
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        opens = v.is_honorific(nxt) or _is_name_word(nxt, v)
        if tok in (";", "and") and opens and pieces[-1]:
            pieces.append([])
            continue
        if tok in (",", "&") and v.is_honorific(nxt) and pieces[-1]:
            pieces.append([])  # "Dr. A, Dr. B & Dr. C": a list of doctors
            continue
        prev = tokens[k - 1] if k else ""
        if (
            v.is_honorific(tok)
            and _is_name_word(prev, v)
            and _is_name_word(nxt, v)
            and sum(_is_name_word(t, v) or _initial(t, v) for t in pieces[-1]) >= 2
        ):
            pieces.append([])  # "Dr A Name Dr B Name": an honorific opens the next person
        pieces[-1].append(tok)
    return pieces


def _experts(
    pieces: list[list[str]], v: Vocabulary, pv: PartVocabulary
) -> tuple[list[Expert], float] | None:
    """Every piece a confident person (the first may open with a closing or lead), or None."""
    experts: list[Expert] = []
    least = float("inf")
    for piece in pieces:
        reading = _read(piece, v, pv)
        if reading is None:
            return None
        name = " ".join(reading.name)
        score = _evidence(reading, v)
        if is_sentence(name, v) or score < ACCEPT_EVIDENCE:
            return None
        if _organisation(reading.name, v, pv):
            return None  # "Highfield Veterinary Surgery": a practice's name is no person's
        least = min(least, score)
        experts.append(
            Expert(
                name=name,
                degrees=tuple(reading.degrees),
                titles=tuple(dict.fromkeys(t for t in reading.titles if t)),
                institution=", ".join(reading.orgs) or None,
                place=", ".join(reading.places) or None,
            )
        )
    return experts, least


def compose_signature(lines: list[SigLine], v: Vocabulary | None = None) -> Signature | None:
    """The answer's last lines read by the grammar, when the reading is confident; else None.

    A sign-off whose closing is glued to the name ("Sincerely, Lucia~Harbour Light
    Counseling", "Warmly,Greta") is read as find reads it (``unglued``: the closing's line over
    the name's lines); the block leaves the answer as its lines were written."""
    return _compose_glued(lines, v or vocabulary())


def _compose_glued(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    found = _compose(lines, v)
    if found is not None or not lines:
        return found
    glued = unglued(lines, v)
    if glued is None:
        return _run_on_sign_off(lines, v)
    work, origin = glued
    found = _compose(work, v)
    if found is None:
        return _run_on_sign_off(lines, v)
    start = origin[found.start]
    if found.start > 0 and origin[found.start - 1] == start:
        return None  # the block would begin inside a written line: read as written only
    return replace(found, start=start, lines=[line.text for line in lines[start:]])


def _run_on_sign_off(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """A closing run on after the last sentence of the last paragraph, the name after it
    ("...your daughter. Sincerely, Lucia~Harbour Light Counseling"): the sign-off read as the
    closing's line over the name's lines; the prose before it stays (``tail_split``)."""
    last = lines[-1]
    split = run_on_closing(last.text, v)
    if split is None:
        return None
    head, tail = split
    parts = unglued([SigLine(tail, last.bold, False)], v)
    tail_lines = parts[0] if parts is not None else [SigLine(tail, last.bold, False)]
    work = [*lines[:-1], SigLine(head, last.bold, last.para_start), *tail_lines]
    found = _compose(work, v)
    if found is None or found.start != len(lines):
        return None  # the block must begin where the sign-off does
    return replace(found, start=len(lines) - 1, lines=[tail], tail_split=head)


def _compose(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    if not lines:
        return None
    pv = part_vocabulary()
    last = lines[-1].text
    if _prose(last, v) and not _noise(last, pv):
        cut = _cut_noise(last, pv)  # "Name The writer is a retired internist.": flat noise
        if cut == last or not cut or _prose(cut, v):
            return None  # most answers end in a sentence: the cheap test first
    end = len(lines)
    while (
        end > 0
        and len(lines) - end < MAX_TRAILERS
        and (_trailer(lines[end - 1].text, v) or _noise(lines[end - 1].text, pv))
    ):
        end -= 1  # "203-555-0177", "www.x.org", "Posted in ..." under the block: they leave with it
    if not end or _prose(_cut_noise(lines[end - 1].text, pv), v):
        return None
    start, read_lines = end - 1, 1
    while start > 0:
        above = _cut_noise(lines[start - 1].text, pv)
        noise = _noise(above, pv)
        if _prose(above, v) and not noise:
            break
        start -= 1
        read_lines += not noise  # "Image removed." over the name: in the block, not counted
        if read_lines > MAX_LINES:
            return None
    if start == 0:
        return None  # no sentence above: nothing says where the answer ends
    texts = [line.text for line in lines[start:]]
    cleaned = _clean(texts[: end - start], pv, v)
    if not cleaned:
        return None
    tokens = _stream(cleaned, v)
    pieces = _pieces(tokens, v)
    read = _experts(pieces, v, pv)
    if read is None and len(pieces) > 1:
        read = _experts([tokens], v, pv)  # "Dr. A, Head of Research and Development": one person
    if read is None:
        return None
    experts, score = read
    return Signature(start, texts, experts, score / (score + 1.0))


def worth_a_second_look(lines: list[SigLine], found: Signature) -> bool:
    """Cheap signs that an accepted block holds a part this reader knows and ``find_signature``
    read as a field or left out: a closing over the block ("Stay well,"), a noise line over or
    in it ("Image removed.", "On behalf of the partners"), a label lead, a bracket or a
    practice in a name ("Doctor's Name Dr. X", "(address withheld)", "Highfield Veterinary
    Surgery"), a name's noise tail ("and staff"), a bare town on a line of its own read into
    the institution ("Name, MD / Rehoboth"), a practice read as the place."""
    pv, v = part_vocabulary(), vocabulary()
    if found.start > 0 and (above := lines[found.start - 1].text):
        if _noise(above, pv) or above.strip() in {e.name for e in found.experts}:
            return True  # "Image removed." or the name alone over the block
        # "Stay well," over the block: a closing find left in the answer ("Thanks for your
        # support." is a sentence of the answer, "Best wishes" without its comma the prose's end)
        tokens = tokenize(above) if above.rstrip().endswith((",", "!-")) else []
        if tokens and all(t in _SEPARATORS for t in tokens[_closing_end(tokens, v) :]):
            return True
    if pv.block_marks.search("\n".join(found.lines)):
        return True  # a noise line, a noise bracket or a name's tail: one search for them all
    own_lines = {text.strip() for text in found.lines}
    for expert in found.experts:
        words = expert.name.split()
        if _organisation(words, v, pv):
            return True  # "Highfield Veterinary Surgery" read as the name
        if (fold(expert.name) + " ").startswith(pv.label_lead_spaced):
            return True  # "Doctor's Name Dr. X", "Doctor's Name" read as the name
        if any(fold(t).rstrip(".") in v.honorifics for t in words[1:]):
            return True  # "H. Name Dr Other Name": two people read as one
        # "Name, MD / Rehoboth", "Name / Practice / Portishead / Somerset": a town line read
        # into the institution; a practice read as the place
        parts = (expert.institution or "").split(", ")
        if any(p in own_lines and _town(p.split(), v) for p in parts):
            return True
        # "Name, MD, Southport": one word ending a line, read as the employer
        one = len(parts) == 1 and bool(parts[0]) and " " not in parts[0]
        if one and any(line.endswith(", " + parts[0]) for line in found.lines):
            return True
        if expert.place and any(
            _organisation(p.split(), v, pv) for p in expert.place.split(", ") if p
        ):
            return True
    return False


def second_opinion(lines: list[SigLine], found: Signature) -> Signature:
    """The reader's block instead of an accepted one (``_instead``), and over it the lines that
    repeat an expert's name or fill no field ("Name / Competing interests: None / Name, Role")."""
    if not worth_a_second_look(lines, found):
        return found
    return _over_repeats(lines, _instead(lines, found))


def _over_repeats(lines: list[SigLine], found: Signature) -> Signature:
    """The block grown upwards over a line that is only an expert's name, and the noise lines
    between it and the block (at most ``MAX_TRAILERS`` lines)."""
    if found.tail_split is not None:
        return found
    pv, names = part_vocabulary(), {e.name for e in found.experts}
    start, top = found.start, found.start
    while start > 0 and found.start - start < MAX_TRAILERS:
        above = lines[start - 1].text.strip()
        if above in names:
            top = start - 1
        elif not _noise(above, pv):
            break
        start -= 1
    if top == found.start or top == 0:
        return found  # no repeated name, or nothing above it says where the answer ends
    return replace(found, start=top, lines=[x.text for x in lines[top : found.start]] + found.lines)


def _instead(lines: list[SigLine], found: Signature) -> Signature:
    """The reader's block instead of an accepted one when it is confident, starts no later and
    names the same experts, or the same with a label or noise taken out of a name."""
    composed = compose_signature(lines)
    if composed is None or composed.start > found.start:
        return found
    pv, v = part_vocabulary(), vocabulary()
    # "Highfield Veterinary Surgery" or "Doctor's Name" read as a person: neither names one
    people = [
        f
        for f in found.experts
        if not (_organisation(f.name.split(), v, pv) or fold(f.name) in pv.label_leads)
    ]
    if not people:
        return composed  # find named only the practice
    if len(composed.experts) == len(people):
        same = all(c.name in f.name for c, f in zip(composed.experts, people, strict=True))
        return composed if same else found
    # "Dr A Name Dr B Name" read as one name: each of the reader's names inside one of find's,
    # and each of find's holding one of them
    names = [c.name for c in composed.experts]
    inside = all(any(n in f.name for f in people) for n in names)
    return composed if inside and all(any(n in f.name for n in names) for f in people) else found


def is_dateline(found: Signature) -> bool:
    """A town and its region and nothing else, no signer: "-- Traverse City, Mich." (one line, a
    dash, the town's first word no given name), or words ending in a known two-word town before
    its region ("Older Posts Santa Monica, Mich.": what is left names no one either). The
    grammar's place rule, applied to a block ``find_signature`` accepted."""
    v = vocabulary()
    if len(found.experts) != 1:
        return False
    expert = found.experts[0]
    if expert.degrees or expert.titles or expert.institution or not expert.place:
        return False
    town = expert.name.split()
    if len(town) >= 3 and " ".join(town[-2:]).casefold() in name_lists().places:
        return not plausible_name(" ".join(town[:-2]))
    if len(found.lines) != 1:
        return False
    tokens = tokenize(found.lines[0].strip())
    if not tokens or tokens[0] not in v.dashes:
        return False
    return _town(town, v) and v.is_place(expert.place) and not is_given_name(town[0])


@cache
def _furniture_phrases() -> re.Pattern[str]:
    """The name lists' page furniture of two words or more ("older posts", "read more")."""
    phrases = sorted((x for x in name_lists().furniture if " " in x), key=len, reverse=True)
    return re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, phrases)) + r")(?: |$)")


def names_no_one(found: Signature) -> bool:
    """A block ``find_signature`` accepted that names no one: a dateline (``is_dateline``), or
    a name holding a phrase of page furniture ("-- Older Posts Read More" read as "Older Posts
    Read": a flat page's links run together)."""
    if is_dateline(found):
        return True
    furniture = _furniture_phrases()
    if any(furniture.search(" ".join(e.name.casefold().split())) for e in found.experts):
        return True
    # "-- Marta Lindqvist Leave a Reply", "-- Rose Hill Multiple Sclerosis, MD", "Albert Lea
    # Santa Monica, Ill." (flat pages): the name runs into a phrase of furniture, a condition or
    # a town, which starts inside the name and ends after it; which words are a person's is unsure
    return any(_runs_on(expert.name, found.raw) for expert in found.experts)


_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4096)
def _runs_on(name: str, raw: str) -> bool:
    """Whether a phrase of ``_run_on_phrases`` starts inside the name as written in the block and
    ends after it (word by word: a few set lookups, no scan of the block with every phrase)."""
    phrases, longest = _run_on_phrases()
    words = _WORD.findall(raw.casefold())
    mine = _WORD.findall(name.casefold())
    n = len(mine)
    if n < 2:
        return False
    for at in range(len(words) - n + 1):
        if words[at : at + n] != mine:
            continue
        end = at + n
        for start in range(at + 1, end):
            for stop in range(end + 1, min(start + longest, len(words)) + 1):
                if " ".join(words[start:stop]) in phrases:
                    return True
    return False


@cache
def _run_on_phrases() -> tuple[frozenset[str], int]:
    """Phrases of two words or more no person's name runs into (furniture, conditions, towns),
    as their words joined by one space, and the most words any has."""
    lists = name_lists()
    raw = {x for x in lists.furniture if " " in x} | set(lists.condition_phrases) | lists.places
    phrases = frozenset(" ".join(_WORD.findall(x)) for x in raw)
    return phrases, max(len(x.split()) for x in phrases)
