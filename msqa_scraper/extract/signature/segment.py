"""Segment a signature block into experts: name | credentials | role phrases | institution | place.

A block is cut into *units* at its hard marks (line breaks, commas, semicolons, colons, bracketed
credential lists, and the joiners "at", "with", "from", "in <place>"). A unit that holds a name
gives the name (``nameparser`` checks it), its credentials and, on a flattened line, the rest.
Every other run of words is split into phrases by a scored segmentation: dynamic programming over
the unit's token spans, each span scored as a role phrase, an organisation, a unit of an
organisation ("Division of ...") or a place from the vocabulary, each cut scored on the evidence
that a new part starts there (a completed role head, the end of a role's object, "University
of"). A cut without evidence costs more than it gains, so phrases stay whole unless the words say
otherwise.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from nameparser import HumanName
from nameparser.config import Constants

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.vocabulary import Vocabulary, fold, vocabulary

_TOKEN = re.compile(
    r"[A-Za-z]+\([A-Za-z]\)"  # FRCP(C)
    r"|\([^()]*\)"  # (Rip), (Cantab), (MB, BCh, BAO)
    r"|[“\"][^“”\"]+[”\"]"  # "Rip"
    r"|[,;:]"
    r"|[^\s,;:()]+"
)
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,2}$")
_WORD = re.compile(r"^[^\W\d_][\w'’\-.]*$")
_NICK = re.compile(r"^[(“\"][^\W\d_][\w'’\-. ]*[)”\"]$")
_PUNCT = str.maketrans("", "", ".!?\"'(),;:")
_ROLE, _ORG, _UNIT, _PLACE, _OTHER = "role", "org", "unit", "place", "other"

# Span and cut scores of the segmentation. A cut pays _CUT and earns its evidence back.
_SPAN = 1.5
_CUT = 3.0
_LONGEST = 16


@dataclass
class Unit:
    tokens: list[str]
    line: int
    sep: str  # what came before it: "\n" (a new line), ",", ";", ":", "at", "with", "in", "and"


@dataclass
class ParsedExpert:
    name: str
    name_score: float  # how sure the name is a person's name
    honorific: bool = False
    degrees: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    unknown: int = 0  # parts no vocabulary class claimed (kept as institution)

    def to_expert(self) -> Expert:
        return Expert(
            name=self.name,
            degrees=tuple(self.degrees),
            titles=tuple(self.titles),
            institution=", ".join(self.orgs) or None,
            place=", ".join(self.places) or None,
        )


@cache
def _name_constants() -> Constants:
    # A private nameparser configuration fed the data file's credentials and honorifics.
    v = vocabulary()
    base = Constants()
    return Constants(
        suffix_acronyms=set(base.suffix_acronyms)
        | {c.lower().replace(".", "") for c in v.credentials.values()},
        titles=set(base.titles) | {h for h in v.honorifics if h.isalpha()},
    )


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def is_cred(token: str, v: Vocabulary) -> bool:
    if v.is_credential(token):
        return True
    bare = token.strip(",;.")
    # An unlisted credential: a short capitalised acronym with another capital in it (DipABLM).
    return bool(
        re.fullmatch(r"[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,4}(?:-[A-Z]{1,3})?", bare)
    ) and not (bare in v.places or bare in v.role_heads or bare in v.org_heads)


def name_kind(token: str, v: Vocabulary) -> str | None:
    """What a token is inside a name, or None when it cannot be part of one."""
    if token in v.particles:
        return "particle"
    if token.strip(",") in v.suffixes:
        return "suffix"
    if _NICK.match(token):
        return "nick"
    if v.is_credential(token) and "." in token and len(token) > 2:
        return None  # "M.D.", not two initials
    if _INITIAL.match(token):
        return "initial"
    bare = token.strip(",")
    if not _WORD.match(bare) or not bare[:1].isupper() or (bare.isupper() and len(bare) > 1):
        return None
    if v.is_credential(bare) or bare in v.role_heads or bare in v.role_modifiers:
        return None
    if bare in v.org_heads or bare in v.org_lead_heads or bare in v.unit_heads:
        return None
    f = fold(bare).rstrip(".")
    if f in v.sentence_words or f in v.closings or f in v.connectors:
        return None
    return "word"


def is_sentence(text: str, v: Vocabulary | None = None) -> bool:
    """Does this read as a sentence of prose? Then it is never a name or a signature part."""
    v = v or vocabulary()
    words = text.split()
    if not words:
        return False
    lower = verbs = 0
    # The first 16 words decide: a signature line is never longer, a sentence says so by then.
    for w in words[:16]:
        f = w.casefold().translate(_PUNCT)
        if f in v.sentence_words:
            verbs += 1
        if w[0].islower() and f not in v.sentence_skip:
            lower += 1
    last = words[-1]
    ends = last[-1:] in "!?" or (
        last.endswith(".")
        and not _INITIAL.match(last)
        and not v.is_credential(last)
        and last not in v.places
        and last not in v.suffixes
        and last.rstrip(".") not in ("Inc", "Ltd", "Co", "St", "Dr", "Jr", "Sr")
    )
    if verbs >= 1 and lower >= 2:
        return True
    if ends and lower >= 2:
        return True
    return lower >= 4


# -- units ----------------------------------------------------------------------------------------


def units_of(lines: list[str], v: Vocabulary) -> list[Unit]:
    units: list[Unit] = []
    for li, line in enumerate(lines):
        tokens = tokenize(line)
        sep = "\n"
        cur: list[str] = []

        def flush(next_sep: str, li: int = li) -> None:
            nonlocal cur, sep
            if cur:
                units.append(Unit(cur, li, sep))
            cur = []
            sep = next_sep

        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok in (",", ";", ":"):
                flush(sep if not cur and sep != "\n" else tok)
                continue
            if tok.startswith("(") and tok.endswith(")"):
                inner = tok[1:-1].strip()
                words = inner.replace(",", " ").replace(";", " ").split()
                if words and all(is_cred(w, v) for w in words):
                    flush(",")
                    units.extend(Unit([w], li, ",") for w in words)
                    continue
                if len(words) >= 2 and cur:
                    # "Gideon Granville (Barts MS)": an organisation in brackets.
                    flush("(")
                    units.append(Unit(words, li, "("))
                    continue
                if inner in v.qualifiers:
                    target = cur if cur else (units[-1].tokens if units else None)
                    if target:
                        target[-1] = f"{target[-1]} {tok}"
                        continue
            opens = nxt[:1].isupper() or (
                nxt == "the" and i + 2 < len(tokens) and tokens[i + 2][:1].isupper()
            )
            if tok in ("at", "with", "from") and opens:
                flush(tok) if cur else None
                sep = tok
                continue
            if tok == "in" and cur and nxt[:1].isupper() and _place_follows(tokens, i + 1, v):
                flush("in")
                continue
            if (
                tok in ("and", "&")
                and cur
                and is_cred(cur[-1], v)
                and nxt[:1].isupper()
                and not v.is_role_word(cur[0])
                and "of" not in cur
            ):
                flush("and")
                continue
            cur.append(tok)
        flush("\n")
    return units


def _place_follows(tokens: list[str], start: int, v: Vocabulary) -> bool:
    chunk: list[str] = []
    chunks: list[str] = []
    for tok in tokens[start:]:
        if tok in (",", ";"):
            chunks.append(" ".join(chunk))
            chunk = []
            continue
        chunk.append(tok)
    chunks.append(" ".join(chunk))
    return any(v.is_place(c) for c in chunks[:2])


# -- names ----------------------------------------------------------------------------------------


@dataclass
class NameSplit:
    prefix: list[str]  # role or organisation words before the name ("Cleveland Clinic neurologist")
    honorific: bool
    name: list[str]
    degrees: list[str]
    rest: list[str]


def split_name(tokens: list[str], v: Vocabulary) -> NameSplit | None:
    """``[role words] [honorific] Name [credentials] [flattened parts]``, or None."""
    starts = [0] + [
        i
        for i in range(1, len(tokens))
        if tokens[i - 1] in v.role_heads
        or fold(tokens[i - 1]) in v.prose_role_heads
        or tokens[i - 1] in v.org_heads
    ]
    for start in starts:
        i = start
        honorific = False
        while i + 1 < len(tokens):
            if v.is_honorific(tokens[i]):
                i += 1
            elif (
                tokens[i] in v.role_modifiers
                and v.is_honorific(tokens[i + 1])
                and i + 2 < len(tokens)
            ):
                i += 2  # "Associate Professor Vilma Jokubauskas"
            else:
                break
            honorific = True
        j = i
        while j < len(tokens) and name_kind(tokens[j], v):
            j += 1
        name = tokens[i:j]
        words = [t for t in name if name_kind(t, v) in ("word", "initial")]
        full = [t for t in name if name_kind(t, v) == "word" and len(t.strip(".")) > 1]
        if len(full) < (1 if honorific else 2):
            continue
        if len(words) > 6 or name_kind(name[0], v) in ("particle", "suffix"):
            continue
        k = j
        while k < len(tokens) and is_cred(tokens[k], v):
            k += 1
        rest = tokens[k:]
        if start and k == j and rest:
            continue  # "Neurologist Jane Doe" needs credentials or the end of the unit after it
        return NameSplit(tokens[:start], honorific, name, tokens[j:k], rest)
    return None


@lru_cache(maxsize=4096)
def _full_name(name: str) -> bool:
    # nameparser is slow to build a name (~ms): the same experts sign post after post.
    parsed = HumanName(name, constants=_name_constants())
    return bool(parsed.first and parsed.last)


def name_score(name: str, honorific: bool, degrees: list[str], v: Vocabulary) -> float:
    """0..1: how much this reads as a person's name."""
    score = 0.4
    if _full_name(name):
        score += 0.3
    if degrees or honorific:
        score += 0.3
    return min(score, 1.0)


# -- phrases --------------------------------------------------------------------------------------


def _head_zone(span: list[str]) -> tuple[list[str], list[str]]:
    for i, tok in enumerate(span):
        if tok in ("of", "for", "in", "on"):
            return span[:i], span[i:]
    return span, []


def _score(label: str, span: list[str], sep: str, v: Vocabulary) -> float:
    text = " ".join(span)
    head, obj = _head_zone(span)
    bad_obj = any(
        tok in v.org_lead_heads and obj[i - 1] not in v.connectors for i, tok in enumerate(obj) if i
    )
    if label == _PLACE:
        if v.is_place(text):
            return 4.0
        if span[0][:1].isdigit() or any(t.strip(",.") in v.address_words for t in span):
            return 2.5
        return -9.0
    if label == _ROLE:
        prose = (span[0] in ("a", "an") or len(span) == 1) and any(
            fold(t) in v.prose_role_heads for t in span
        )
        if not (v.is_role_word(span[0]) or prose):
            return -9.0
        score = 2.0 + (2.0 if any(v.is_role_head(t) for t in head) or prose else -4.0)
        if any(t in v.org_heads or t in v.org_lead_heads for t in head if t not in v.role_heads):
            score -= 3.0
        if bad_obj:
            score -= 3.0
        if _object_ended(obj, v):
            score -= 2.5  # "of Neurology Cascade Health": the object ended, something else began
        if sep in ("at", "with", "from"):
            score -= 2.0
        return score
    if label == _UNIT:
        if not (span[0] in v.unit_heads and obj):
            return -9.0
        return 3.0 - (3.0 if bad_obj else 0.0) - (2.5 if _object_ended(obj, v) else 0.0)
    if label == _ORG:
        score = -0.2  # a name of a place of work with no head word: as likely anything else
        if any(t in v.org_heads or t in v.org_lead_heads for t in span):
            score += 2.7
        if span[0] in v.org_lead_heads:
            score += 1.0
        if any(t in v.role_heads for t in head[:2]) and span[0] not in v.org_lead_heads:
            score -= 2.0
        if sep in ("at", "with", "from"):
            score += 2.0
        if _object_ended(obj, v):
            score -= 2.5
        return score
    return 0.0  # _OTHER: claimed by no class


def _object_ended(obj: list[str], v: Vocabulary) -> bool:
    """ "of Neurology Cascade Health": the object ended and something else began."""
    return any(
        tok.strip(",") in v.object_ends
        and nxt[:1].isupper()
        and nxt not in v.connectors
        and nxt not in v.object_ends
        for tok, nxt in itertools.pairwise(obj)
    )


def _cut_evidence(tokens: list[str], i: int, v: Vocabulary, in_object: bool) -> float:
    prev, tok = tokens[i - 1], tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if prev in v.connectors or tok in v.connectors:
        return -99.0
    if not tok[:1].isupper():
        # Only a prose role ends a run of capitalised words: "Cleveland Clinic | neurologist".
        return 3.0 if fold(tok) in v.prose_role_heads and i == len(tokens) - 1 else -99.0
    evidence = 0.0
    if in_object and prev.strip(",") in v.object_ends:
        evidence += 1.5
        if v.is_role_word(tok) and tok not in v.object_ends:
            evidence += 1.5
    if not in_object and prev in v.role_heads and not v.is_role_word(tok):
        evidence += 3.0  # "Staff Neurologist | Cleveland Clinic"
    if tok in v.org_lead_heads and nxt in ("of", "for"):
        evidence += 1.0
        if prev in v.org_heads and prev not in v.org_lead_heads:
            evidence += 2.0  # "Multiple Sclerosis Program | University of Lakemoor"
    if v.is_place(tok):
        evidence += 2.0
    return evidence


def segment(tokens: list[str], sep: str, v: Vocabulary) -> list[tuple[str, list[str]]]:
    """Best split of one unit's words into labelled phrases (dynamic programming over cuts)."""
    return list(_segment(tuple(tokens), sep, v))


def _labels_for(span: list[str], v: Vocabulary) -> tuple[str, ...]:
    # Only the labels a span can take at all: the others score -9 and would only cost time.
    first = span[0]
    labels = [_ORG, _OTHER]
    if v.is_role_word(first) or first in ("a", "an") or len(span) == 1:
        labels.append(_ROLE)
    if first in v.unit_heads:
        labels.append(_UNIT)
    if len(span) <= 6:
        labels.append(_PLACE)
    return tuple(labels)


@lru_cache(maxsize=8192)
def _segment(tokens: tuple[str, ...], sep: str, v: Vocabulary) -> tuple[tuple[str, list[str]], ...]:
    n = len(tokens)
    words = list(tokens)
    best: list[tuple[float, list[tuple[str, list[str]]]]] = [(0.0, [])] + [
        (-1e9, []) for _ in range(n)
    ]
    for end in range(1, n + 1):
        # A phrase is at most _LONGEST words: bounds the search on a long flattened line.
        for start in range(max(0, end - _LONGEST), end):
            if best[start][0] <= -1e8:
                continue
            cut = 0.0
            if start:
                in_object = any(t in ("of", "for") for t in _last_span(best[start][1]))
                cut = _cut_evidence(words, start, v, in_object) - _CUT
                if cut < -50:
                    continue  # never after a connector, never before a lower-case word
            span = words[start:end]
            span_sep = sep if start == 0 else ""
            label, score = max(
                ((lab, _score(lab, span, span_sep, v)) for lab in _labels_for(span, v)),
                key=lambda x: x[1],
            )
            total = best[start][0] + score + cut - _SPAN
            if total > best[end][0]:
                best[end] = (total, [*best[start][1], (label, span)])
    return tuple(best[n][1])


def _last_span(spans: list[tuple[str, list[str]]]) -> list[str]:
    return spans[-1][1] if spans else []


# -- the block ------------------------------------------------------------------------------------


def _starts_expert(unit: Unit, units: list[Unit], idx: int, v: Vocabulary) -> NameSplit | None:
    tokens = unit.tokens
    if tokens and tokens[0] in ("and", "&"):
        tokens = tokens[1:]
    found = split_name(tokens, v)
    if found is None:
        return None
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    creds_follow = bool(found.degrees) or (
        nxt is not None
        and nxt.line == unit.line
        and nxt.sep == ","
        and all(is_cred(t, v) for t in nxt.tokens)
    )
    if found.honorific or creds_follow:
        return found
    return None


def parse_block(lines: list[str], v: Vocabulary | None = None) -> list[ParsedExpert]:
    """The experts of a signature block whose first line holds the (first) name; [] if none."""
    # Cached and shared: callers read the result, never change it.
    return list(_parse_block(tuple(lines), v or vocabulary()))


@lru_cache(maxsize=4096)
def _parse_block(lines: tuple[str, ...], v: Vocabulary) -> tuple[ParsedExpert, ...]:
    return tuple(_parse(list(lines), v))


def _parse(lines: list[str], v: Vocabulary) -> list[ParsedExpert]:
    units = units_of(lines, v)
    experts: list[ParsedExpert] = []
    pending: list[tuple[str, list[str]]] = []  # parts met before the first name
    last_was_name = False  # credentials still follow the name
    for idx, unit in enumerate(units):
        split = None
        if not experts:
            split = split_name(unit.tokens, v)
            if split is None and (unit.line != 0 or idx > 1):
                return []
        elif unit.sep in ("\n", ";", "and", ",", ":"):
            split = _starts_expert(unit, units, idx, v)
        if split is not None:
            if pending and not experts and unit.line != 0:
                return []  # the first line was no part of a signature
            name = " ".join(split.name)
            expert = ParsedExpert(
                name=name,
                name_score=name_score(name, split.honorific, split.degrees, v),
                honorific=split.honorific,
                degrees=list(split.degrees),
            )
            if split.prefix:
                pending.extend(segment(split.prefix, "\n", v))
            if not experts and any(label == _OTHER for label, _ in pending):
                return []  # words before the name that no class claims: not a signature we know
            experts.append(expert)
            last_was_name = not split.rest
            if split.rest:
                _add_parts(expert, segment(split.rest, "", v), v)
            if pending and len(experts) == 1:
                _add_parts(expert, pending, v)
            continue
        if not experts:
            if idx == 0 and unit.line == 0:
                pending.extend(segment(unit.tokens, unit.sep, v))
                continue
            return []
        current = experts[-1]
        if all(is_cred(t, v) for t in unit.tokens) and last_was_name:
            current.degrees.extend(unit.tokens)
            continue
        last_was_name = False
        parts = segment(unit.tokens, unit.sep, v)
        if unit.sep == "," and parts and parts[0][0] == _UNIT and current.titles:
            # "Chief, Division of Neuroimmunology": one title, not a title and an institution.
            current.titles[-1] = f"{current.titles[-1]}, {' '.join(parts[0][1])}"
            parts = parts[1:]
        _add_parts(current, parts, v)
    _merge_places(experts, v)
    return experts


def _add_parts(expert: ParsedExpert, parts: list[tuple[str, list[str]]], v: Vocabulary) -> None:
    for label, span in parts:
        text = " ".join(span).strip(" ,;")
        if not text:
            continue
        if label in (_ROLE, _UNIT):
            expert.titles.append(text)
        elif label == _PLACE:
            expert.places.append(text)
        else:
            if label == _OTHER:
                expert.unknown += 1
            expert.orgs.append(text)


def _merge_places(experts: list[ParsedExpert], v: Vocabulary) -> None:
    # "Palo Alto, CA": a bare word group right before a place is the place's city.
    for expert in experts:
        while expert.places and expert.orgs:
            last = expert.orgs[-1]
            words = last.split()
            if len(words) > 3 or any(w in v.org_heads or w in v.org_lead_heads for w in words):
                break
            if not all(w[:1].isupper() for w in words):
                break
            expert.places.insert(0, expert.orgs.pop())
            expert.unknown = max(0, expert.unknown - 1)
