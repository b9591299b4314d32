"""Signatures in the caseless scripts (CJK, Hangul, Arabic, Hebrew, Devanagari, Thai): read
only on explicit evidence.

In Latin, Cyrillic or Greek text a capital marks a name; in Chinese, Japanese, Korean, Arabic,
Hebrew, Hindi or Thai text nothing does, and any word of a sentence could stand as one. So this
reader never guesses:

- A block is the answer's last lines (at most four) written mostly in a caseless script.
- A line that holds a sentence mark (。！？, "…", a list comma) or ends with a full stop is
  prose: no block reaches above it, and none is read from it.
- The block needs evidence of a signer: a label ("監修:", "讲解医师:", "글:"), a closing line above
  the name ("감사합니다,"), an honorific before or after the name ("先生", "الدكتور"), or a role
  word right after it ("기자", "교수").
- Every other token of a name line must be a role (its token ends with a role head, "特命担当教授")
  or an organisation ("北陸医科大学", "脳神経内科"); a token no class reads rejects the block.
- A name is two to four Han or kana characters (one token, or family and given name as two),
  one Hangul token of two to four syllables, or two to four words of a script written in words
  (Arabic, Hebrew, Devanagari, Thai).

The words are the data file's ``caseless_parts``; ``find_signature`` asks this reader only when
no other reading was found.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from msqa_scraper.extract.records import Expert

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
# scripts written in words, no capital: Arabic, Hebrew, Devanagari, Thai ("كريم منصور")
_WORDED = f"{_ARABIC}\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f"
_CASELESS = re.compile(f"[{_HAN}{_KANA}{_HANGUL}{_WORDED}]")
_LETTER = re.compile(r"[^\W\d_]")
_HAN_NAME = re.compile(f"^[{_HAN}{_KANA}]+$")
_HANGUL_NAME = re.compile(f"^[{_HANGUL}]{{2,4}}$")
_WORD_OF_NAME = re.compile(f"^[{_WORDED}\u0591-\u05c7'׳״\"-]{{2,}}$")
_CONTACT = re.compile(r"\S+@\S+\.\S+|https?://\S+|www\.\S+")
_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]")
_LABEL_SEP = ":："
MAX_BLOCK = 4
MAX_TOKENS = 8
CONFIDENCE = 0.8


@dataclass(frozen=True)
class CaselessParts:
    labels: frozenset[str]
    employer_labels: frozenset[str]
    honorifics_after: frozenset[str]
    honorifics_before: frozenset[str]
    surnames_han: frozenset[str]  # one character each: the first of a one-token Chinese name
    surnames_hangul: frozenset[str]  # one syllable each: the first of a Korean name
    role_heads: tuple[str, ...]
    organisation_heads: tuple[str, ...]
    closings: frozenset[str]
    sentence_marks: frozenset[str]
    # "한지석 교수님 INTERVIEW": a section's label after the name line, no part of it
    section_labels: frozenset[str] = frozenset()
    list_marks: frozenset[str] = frozenset()  # "■ 한도윤 / ...": a list's or a label's mark
    role_joiners: tuple[str, ...] = ()  # "기자·의사": two roles joined by a middle dot


@cache
def caseless_parts() -> CaselessParts:
    raw = json.loads(
        resources.files("msqa_scraper.extract")
        .joinpath("data/signature_vocabulary.json")
        .read_text(encoding="utf-8")
    )["caseless_parts"]
    return CaselessParts(
        labels=frozenset(raw["labels"]),
        employer_labels=frozenset(raw["employer_labels"]),
        honorifics_after=frozenset(raw["honorifics_after"]),
        honorifics_before=frozenset(raw["honorifics_before"]),
        surnames_han=frozenset(raw["surnames_han"]),
        surnames_hangul=frozenset(raw["surnames_hangul"]),
        role_heads=tuple(sorted(raw["role_heads"], key=len, reverse=True)),
        organisation_heads=tuple(sorted(raw["organisation_heads"], key=len, reverse=True)),
        closings=frozenset(raw["closings"]),
        sentence_marks=frozenset(raw["sentence_marks"]),
        section_labels=frozenset(raw.get("section_labels", ())),
        list_marks=frozenset(raw.get("list_marks", ())),
        role_joiners=tuple(raw.get("role_joiners", ())),
    )


def caseless_line(text: str) -> bool:
    """Most of the line's letters (contact data aside) are of a caseless script."""
    letters = _LETTER.findall(_CONTACT.sub(" ", text))
    if not letters:
        return False
    return sum(bool(_CASELESS.match(ch)) for ch in letters) >= 0.6 * len(letters)


def is_prose(text: str, p: CaselessParts | None = None) -> bool:
    """A caseless line that reads as a sentence: a sentence mark in it, or a final full stop."""
    p = p or caseless_parts()
    bare = _CONTACT.sub(" ", text).strip()
    return any(mark in bare for mark in p.sentence_marks) or bare.endswith((".", "．"))


@dataclass
class _Person:
    name: str
    honorific: bool = False
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)

    def expert(self) -> Expert:
        return Expert(self.name, (), tuple(self.titles), " ".join(self.orgs) or None, None)


def _label(text: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """(label, rest): "監修:北陸医科大学 ...", "讲解医师:", or a label and a space ("글 홍길동")."""
    for i, ch in enumerate(text):
        if ch in _LABEL_SEP:
            head = text[:i].strip()
            return (head, text[i + 1 :].strip()) if head in labels else None
    head, _, rest = text.partition(" ")
    return (head, rest.strip()) if head in labels and rest else None


def _ends_with(token: str, heads: tuple[str, ...]) -> bool:
    return any(token.endswith(h) for h in heads)


def _name_tokens(tokens: list[str], p: CaselessParts) -> int:
    """How many tokens at the end of ``tokens`` are a name (0 when they are none)."""
    if not tokens:
        return 0
    last = tokens[-1]
    heads = (*p.role_heads, *p.organisation_heads)
    if _HANGUL_NAME.match(last) and last[0] in p.surnames_hangul and not _ends_with(last, heads):
        return 1
    for n in (2, 1):  # "森田 恵子": the family name and the given name as two tokens
        part = tokens[-n:]
        if len(part) < n or not all(_HAN_NAME.match(t) for t in part):
            continue
        if any(_ends_with(t, heads) for t in part):
            continue
        size = sum(len(t) for t in part)
        if n == 2 and all(len(t) <= 3 for t in part) and size <= 5:
            return n  # "森田 恵子": the space between family and given name marks the name
        if n == 1 and 2 <= size <= 4 and part[0][0] in p.surnames_han:
            return n  # "周建明": one token, opened by a surname of the list
    worded = 0  # "كريم منصور", "דנה לוי", "अनीता शर्मा": two to four words, the whole line
    while worded < min(4, len(tokens)) and _WORD_OF_NAME.match(tokens[-1 - worded]):
        worded += 1
    return worded if worded >= 2 and worded == len(tokens) else 0


def _person(text: str, p: CaselessParts) -> tuple[_Person, bool] | None:
    """The person of a name line and whether its words vouch for one (an honorific, a role right
    after the name); None when a token is no name, role or organisation."""
    titles: list[str] = []
    for inner in _BRACKET.findall(text):
        if inner.strip() in p.section_labels:
            continue  # "(鼎談) Org Name 先生": a round-table's label, no title
        if not _ends_with(inner.strip(), p.role_heads):
            return None
        titles.append(inner.strip())  # "周建明 (副主任医师)": the rank in brackets
    tokens = _tokens(_BRACKET.sub(" ", _CONTACT.sub(" ", text)), p)
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    vouched = False
    honorific = False
    if tokens[0] in p.honorifics_before:
        tokens, honorific = tokens[1:], True
    if tokens and tokens[-1] in p.honorifics_after:
        tokens, honorific = tokens[:-1], True
    after: list[str] = []
    while len(tokens) > 1 and tokens[-1] in p.role_heads:
        after.insert(0, tokens.pop())  # "김태윤 기자": the role words after the name
        vouched = True
    n = _name_tokens(tokens, p)
    if not n:
        return None
    person = _Person(" ".join(tokens[-n:]), honorific)
    for tok in tokens[:-n]:
        if _ends_with(tok, p.role_heads):
            person.titles.append(tok)
        elif _ends_with(tok, p.organisation_heads):
            person.orgs.append(tok)
        else:
            return None  # a word no class reads: never guess which words are the name
    person.titles.extend([*after, *titles])
    return person, vouched or honorific or bool(titles)


def _tokens(text: str, p: CaselessParts) -> list[str]:
    """A name line's tokens in the reader's order: a list mark and a section label off
    ("■", "INTERVIEW"), a video title's topic off before its underscore ("<topic>_<credit>"),
    "Name / Org Dept Role" as "Org Dept Name Role" (the slash parts the person from the
    affiliation), and an honorific glued to a role ("교수님": "교수", "님")."""
    if "_" in text:
        text = text.rsplit("_", 1)[1]
    tokens = text.split()
    if tokens and tokens[0] in p.list_marks:
        tokens = tokens[1:]
    if tokens and tokens[-1] in p.section_labels:
        tokens = tokens[:-1]
    if "/" in tokens and tokens.index("/") == 1 and len(tokens) > 2:
        name, rest = tokens[0], tokens[2:]
        role = [rest.pop()] if len(rest) > 1 and _ends_with(rest[-1], p.role_heads) else []
        tokens = [*rest, name, *role]
    tokens = [part for tok in tokens for part in _joined_roles(tok, p)]
    if tokens:
        last = tokens[-1]
        for honorific in p.honorifics_after:
            bare = last.removesuffix(honorific)
            if bare != last and bare in p.role_heads:
                tokens = [*tokens[:-1], bare, honorific]
                break
    return tokens


def _joined_roles(token: str, p: CaselessParts) -> list[str]:
    """ "기자·의사" is the roles "기자" and "의사" when each side is a role word; else the token."""
    for mark in p.role_joiners:
        if mark in token:
            parts = token.split(mark)
            if all(part in p.role_heads for part in parts):
                return parts
    return [token]


def read_caseless(texts: list[str]) -> tuple[int, list[Expert]] | None:
    """(index of the block's first line, its experts) for an answer's lines, or None."""
    if not texts or not _CASELESS.search(texts[-1]):
        return None  # the cheap test first: most answers end in a cased script
    p = caseless_parts()
    start = len(texts)
    while start > 0 and len(texts) - start < MAX_BLOCK:
        text = texts[start - 1].strip()
        words = text.split()
        if len(words) > 1 and words[-1] in p.section_labels:
            text = " ".join(words[:-1])  # "Name 교수님 INTERVIEW": the label's script aside
        if not text or not caseless_line(text):
            break
        if is_prose(text, p) and text.rstrip(",、，").strip() not in p.closings:
            break
        start -= 1
    # the longest block that reads, at least one line of prose kept above it
    for first in range(max(start, 1), len(texts)):
        people = _block([t.strip() for t in texts[first:]], p)
        if people:
            return first, people
    return None


def _labelled_parts(line: str, p: CaselessParts) -> list[str]:
    """A flattened block cut back at its labels: "讲解医师: 周建明 (副主任医师) 就职单位:..." is
    the label's line, the name's and the employer's."""
    cuts = sorted(
        m.start()
        for label in (*p.labels, *p.employer_labels)
        for m in re.finditer(f"(?<=\\s){re.escape(label)}(?=[{_LABEL_SEP}])", line)
    )
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds) if line[a:b].strip()]


def _block(block: list[str], p: CaselessParts) -> list[Expert] | None:
    closed = block[0].rstrip(",、，").strip() in p.closings
    lines = [part for line in (block[1:] if closed else block) for part in _labelled_parts(line, p)]
    people: list[_Person] = []
    evidence = closed
    for line in lines:
        if is_prose(line, p):
            return None
        labelled = _label(line, p.employer_labels)
        if labelled is not None:
            if not people or not labelled[1]:
                return None
            people[-1].orgs.append(labelled[1])  # "就职单位:江北医科大学...": the employer
            continue
        labelled = _label(line, p.labels)
        if labelled is not None:
            evidence = True
            line = labelled[1]
            if not line:
                continue  # "讲解医师:" alone above the name
        read = _person(line, p)
        if read is None:
            return None
        people.append(read[0])
        evidence = evidence or read[1]
    if not people or not evidence:
        return None
    return [person.expert() for person in people]
