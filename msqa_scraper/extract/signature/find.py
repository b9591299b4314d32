"""Where an answer's signature starts: a scored choice among the answer's last lines.

Every start among the last ``MAX_LINES`` lines is a candidate. A candidate's score is the sum of
its lines' features (short, title case, credentials, honorifics, role and organisation heads,
lead-in marks, bold, its own paragraph; a sentence, a list item or a link counts hard against)
plus what its parse shows (a name with credentials, how many parts no vocabulary claimed). The
best candidate wins; its score, squashed to 0..1, is the parse confidence. Below ``ACCEPT`` the
signature stays in the answer and the post gets a problem: never invent, never lose.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.segment import (
    ParsedExpert,
    is_cred,
    is_sentence,
    parse_block,
)
from msqa_scraper.extract.signature.vocabulary import Vocabulary, fold, vocabulary

MAX_LINES = 8
ACCEPT = 0.5
_LIST_ITEM = re.compile(r"^(?:[-•*]|\d+[.)])\s")
_WORDS = re.compile(r"[\s,;:()]+")
_LINK = re.compile(r"https?://|www\.|@\w+\.")
_CONTACT = re.compile(
    r"(?i)(?:(?:tel|phone|ph|fax|email|e-mail|web|website|twitter)\.?\s*[:.]?\s*)?"
    r"(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\+?[\d(][\d\s().-]{6,}\d)$"
)


@dataclass
class SigLine:
    text: str
    bold: bool = False
    para_start: bool = False


@dataclass
class Signature:
    start: int  # index of the first signature line in the lines given
    lines: list[str]  # the block as written (lead-in line included)
    experts: list[Expert]
    confidence: float
    tail_split: str | None = None  # text kept in the answer when the block began mid-line

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)

    @property
    def accepted(self) -> bool:
        return bool(self.experts) and self.confidence >= ACCEPT


# A label: a short capitalised phrase, then a colon or a spaced dash ("Guest contributor:").
_LABEL = re.compile(r"^([A-Z][\w&/.'’-]*(?: [\w&/.'’-]+){0,3}) ?(?::|\s[–—-])(?:\s+|$)")


def _label(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """(label as written, rest) when the line opens with a label of the data file's label words.

    A label whose head is a role ("MS Program Lead: Dr. X") is a title: it stays in the text.
    """
    m = _LABEL.match(rest)
    if m is None:
        words = rest.split(None, 2)
        # "Contributor Dr Name": a label word right before an honorific needs no colon.
        if len(words) > 2 and fold(words[0]) in v.label_words and v.is_honorific(words[1]):
            return rest[: len(rest) - len(rest.split(None, 1)[1])], rest.split(None, 1)[1]
        return None
    phrase = m.group(1).split()
    if any(v.is_honorific(w) or v.is_credential(w) for w in phrase if w.isupper() or "." in w):
        return None
    head = fold(phrase[-1])
    if head in v.label_words or fold(" ".join(phrase)) in v.label_words:
        return m.group(0), rest[m.end() :]
    return None


def _role_label(text: str, v: Vocabulary) -> bool:
    """ "Chapter president: Name", "MS Program Lead: Dr. Name": a label that is the title."""
    m = _LABEL.match(text)
    if m is None or not m.group(0).rstrip().endswith(":"):
        return False
    phrase = m.group(1).split()
    return v.is_head_noun(phrase[-1]) and bool(text[m.end() :].strip())


def _name_over_organisation(first: ParsedExpert, lines: list[str], v: Vocabulary) -> bool:
    """A bare name alone on its line with its organisation's line under it (no credentials)."""
    words = lines[0].split()
    return (
        2 <= len(words) <= 3
        and " ".join(words) == first.name
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and bool(first.orgs)
        and not first.unknown
    )


def strip_lead_in(text: str, v: Vocabulary) -> tuple[str, str]:
    """(lead-in as written, rest): "— ", "Answered by:", "Medically reviewed by" ..."""
    rest = text.lstrip()
    lead = ""
    if rest.startswith("[") and rest.rstrip().endswith("]") and len(rest) > 2:
        # "[Dr. Halvorsen]", "[Name, M.D., Chair, ...]": a bracketed speaker caption.
        lead, rest = "[", rest.rstrip()[1:-1].strip()
    for dash in v.dashes:
        if rest.startswith(dash) and (len(rest) > len(dash)):
            after = rest[len(dash) :]
            if dash == "-" and not after[:1].isspace():
                continue
            lead, rest = rest[: len(dash)], after.lstrip()
            break
    folded = rest.casefold()
    first = folded.split(None, 1)[0].rstrip(":") if folded else ""
    for phrase in v.lead_ins if first in v.lead_in_words else ():
        if folded.startswith(phrase) and (
            len(rest) == len(phrase) or not rest[len(phrase)].isalnum()
        ):
            after = rest[len(phrase) :]
            stripped = after.lstrip(" :-—–").lstrip()
            if not stripped or stripped[:1].isupper() or after.lstrip().startswith(":"):
                lead += rest[: len(rest) - len(stripped)]
                rest = stripped
                break
    if not lead or lead == "[":
        labelled = _label(rest, v)
        if labelled is not None:
            return lead + labelled[0], labelled[1]
    if not lead:
        prefixed = _prefixed_lead_in(rest, v)
        if prefixed is not None:
            return prefixed
    if not lead and "," in rest[:40]:
        # "Best wishes, Dr Jane Doe": a closing and its comma, then the name on the same line.
        closing, _, after = rest.partition(",")
        words = closing.split()
        if 0 < len(words) <= 3 and all(fold(w) in v.closings for w in words):
            after = after.lstrip()
            if after[:1].isupper():
                return rest[: len(rest) - len(after)], after
    if not lead and rest.rstrip().endswith(":"):
        # "MedicalResearch.com Interview with:": a line that ends in a lead-in is one.
        bare = folded.rstrip(" :")
        for phrase in v.lead_ins:
            if len(phrase) > 3 and bare.endswith(phrase) and rest.rstrip().endswith(":"):
                return rest, ""
    return lead, rest


def _prefixed_lead_in(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "Online Health Chat with Jane Doe, MD": a lead-in phrase after a few title-case words."""
    words = rest.split()
    if not any(fold(w) in v.lead_in_words for w in words[1:5]):
        return None  # most lines: no lead-in word near their start
    for p in range(1, min(5, len(words) - 1)):
        w = words[p - 1]
        if not (w[:1].isupper() or w[:1].isdigit() or w in v.connectors):
            return None
        if "," in w or v.is_honorific(w) or v.is_credential(w):
            return None  # a name or its credentials came first: this is no lead-in
        tail = " ".join(words[p:])
        folded = tail.casefold()
        for phrase in v.lead_ins:
            # Phrases of two words or more: "Neurologist from Pinecrest" is a role, not a lead;
            # one word only before an honorific ("Transcript of Episode 4 with Dr. Koval").
            if not folded.startswith(phrase):
                continue
            if len(tail) > len(phrase) and tail[len(phrase)].isalnum():
                continue
            stripped = tail[len(phrase) :].lstrip(" :-—–").lstrip()
            if " " not in phrase and not v.is_honorific(
                stripped.split(None, 1)[0] if stripped else ""
            ):
                continue
            if stripped[:1].isupper():
                return rest[: len(rest) - len(stripped)], stripped
    return None


def _cut_not_experts(text: str, v: Vocabulary) -> str:
    folded = text.casefold()
    for phrase in v.not_experts:
        at = folded.find(phrase)
        if at > 0:
            return text[:at].rstrip(" ,;")
        if at == 0:
            return ""  # "— Updated on March 3, 2021": a trailer of the credits, no part
    return text


def _line_score(line: SigLine, body: str, v: Vocabulary) -> float:
    text = line.text
    words = text.split()
    if not words:
        return 0.0
    if _LIST_ITEM.match(text):
        return -8.0
    if _LINK.search(text):
        return -6.0
    if is_sentence(body, v):
        return -8.0
    score = 0.5
    if len(words) > 24:
        score -= 2.0
    tokens = _WORDS.split(text)
    if any(
        t in v.credential_spellings
        or (t[1:2].isupper() and is_cred(t, v))
        or ("." in t and v.is_credential(t))  # "M.D.", "Ph.D." ("Ms", "Do" are words)
        for t in tokens
        if t[:1].isupper()
    ):
        score += 1.5
    if any(t in v.role_heads or t in v.org_heads for t in tokens):
        score += 1.0
    if line.bold:
        score += 0.5
    return score


def _squash(score: float) -> float:
    return round(1 / (1 + math.exp(-(score - 2.0))), 3)


@cache
def _honorific_after_stop(v: Vocabulary) -> re.Pattern[str]:
    # Academic honorifics only: "Mr"/"Ms" after a full stop open sentences as often as sign-offs.
    words = sorted(
        (h for h in v.honorifics if h[:1] in "dp" and h.isalpha()), key=len, reverse=True
    )
    alt = "|".join(re.escape(w.capitalize()) for w in words)
    return re.compile(rf"[.!?\"”)] +(?=(?:{alt})\.? [A-Z])")


def _split_inline_lead_in(line: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "...last sentence. — Jane Doe, MD" -> (sentence, "— Jane Doe, MD")."""
    for dash in ("—", "–", " -- ", " - ", "~"):
        at = line.rfind(dash)
        if at <= 0:
            continue
        head, tail = line[:at].rstrip(), line[at:].strip()
        if head[-1:] in '.!?"”)' and tail:
            return head, tail
    # "...last sentence. Dr Jane Doe, Consultant Neurologist": a sign-off run on without a dash,
    # opened by an honorific (a plain name after a full stop is the next sentence's subject).
    found = None
    for m in _honorific_after_stop(v).finditer(line):
        found = m
    if found is not None:
        head, tail = line[: found.start() + 1], line[found.end() :]
        if len(tail.split()) <= 16:
            return head, tail
    # "...last sentence. Guest post by Jane Doe – ...": a lead-in of two words or more.
    at = line.rfind(". ")
    if at > 0 and len(line) - at < 160:
        tail = line[at + 2 :]
        folded = tail.casefold()
        first = folded.split(None, 1)[0] if folded else ""
        if first in v.lead_in_words or first in v.label_words:
            lead, rest = strip_lead_in(tail, v)
            if " " in lead.strip() and rest[:1].isupper():
                return line[: at + 1], tail
    return None


def find_signature(lines: list[SigLine], v: Vocabulary | None = None) -> Signature | None:
    """The best signature candidate at the end of an answer's lines, or None."""
    v = v or vocabulary()
    if not lines:
        return None
    work = list(lines)
    tail_split = None
    split = _split_inline_lead_in(work[-1].text, v)
    if split and not is_sentence(split[1].lstrip("—–-~ "), v):
        tail_split = split[0]
        work = [*work[:-1], SigLine(split[0], work[-1].bold, work[-1].para_start)]
        work.append(SigLine(split[1], work[-1].bold, False))
    n = len(work)
    best: Signature | None = None
    best_score = -math.inf
    # Filled from the bottom up: lines above a sentence are never read.
    scores = [0.0] * n
    leads: list[str] = [""] * n
    bodies: list[str] = [""] * n
    # "www.harbourclinic.org", "Phone: 555-0142" under a sign-off: contact lines go with the
    # block (they leave the answer with it) but are no part of the expert.
    trailer = 0
    while trailer < min(3, n - 1) and _CONTACT.match(work[n - 1 - trailer].text.strip()):
        trailer += 1
    for k in range(n - 1, max(-1, n - 1 - MAX_LINES - trailer), -1):
        if k >= n - trailer:
            continue  # bodies stay empty: the parse never reads a contact line
        leads[k], rest = strip_lead_in(work[k].text, v)
        bodies[k] = _cut_not_experts(rest, v)
        scores[k] = _line_score(work[k], bodies[k], v)
        if scores[k] <= -6.0:
            break  # a sentence, a list item or a link: the signature cannot start above it
        block = work[k:]
        texts = [line.text for line in block]
        body = bodies[k:]
        lead_only = not body[0].strip() and bool(leads[k])
        parse_lines = [b for b in (body[1:] if lead_only else body) if b.strip()]
        if not parse_lines:
            continue
        experts = parse_block(parse_lines, v, listed=bool(leads[k]))
        if not experts:
            continue
        score = sum(scores[k:]) if not lead_only else sum(scores[k + 1 :]) + 0.5
        lead_in = bool(leads[k]) or lead_only or _role_label(bodies[k], v)
        score += _parse_score(experts, lead_in, block, k, work, tail_split)
        if len(parse_lines) > 1 and _name_over_organisation(experts[0], parse_lines, v):
            score += 1.5
        if score > best_score:
            best_score = score
            best = Signature(
                start=k,
                lines=texts,
                experts=[e.to_expert() for e in experts],
                confidence=_squash(score),
                tail_split=tail_split if k == n - 1 else None,
            )
    if best is not None and tail_split is not None and best.tail_split is None:
        # The block took the whole last line (its head as well): it is one line again.
        best.lines = [line.text for line in lines[best.start :]]
    return best


def _parse_score(
    experts: list[ParsedExpert],
    lead_in: bool,
    block: list[SigLine],
    k: int,
    work: list[SigLine],
    tail_split: str | None,
) -> float:
    score = 0.0
    first = experts[0]
    if lead_in:
        score += 2.5
    if first.degrees:
        score += 1.5
    if first.honorific:
        score += 1.0
    if first.bracketed:
        score += 1.5  # "Name (Barts MS)": an affiliation in brackets marks a sign-off
    if not (first.degrees or first.honorific or lead_in or first.bracketed):
        if first.prefixed:
            score -= 3.0  # "MS Trust CEO Declan Martell": a headline's apposition, not a sign-off
        elif first.titles and first.orgs and first.name_score >= 0.7:
            score += 0.5  # "Milo Hennick Jr., president of Larchmont Group": role and employer
        elif first.places and not (first.titles or first.orgs) and first.name_score >= 0.7:
            # "Matthias Kellermann, Düsseldorf, Germany": a full name and a known place only.
            last = first.places[-1]
            known = vocabulary().is_place(last) and not vocabulary().is_credential(last)
            score += 1.0 if known else -1.0  # "Barts, MS": in capitals MS is no state here
        else:
            score -= 1.0 if (first.titles or first.orgs) else 3.0
    score += 2.0 * (min(e.name_score for e in experts) - 0.7)
    score -= 1.5 * sum(e.unknown for e in experts)
    if block[0].para_start or k == 0:
        score += 0.5
    if tail_split is not None and k == len(work) - 1:
        score += 1.0
    return score
