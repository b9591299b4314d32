"""A second opinion on an answer's signature: its last lines read as a sequence of parts.

``find_signature`` scores the forms it knows; when it finds no block, or only an unsure one, this
reader tries the lines under the answer's last sentence (at most ``MAX_LINES``) as one grammar:

    [closing] [lead] [role] [honorific ...] NAME [credential ...] (, or line break) part ...
        (; or "and") [honorific ...] NAME ...        a further expert, with evidence of its own
    trailer lines                                   contact or date lines: in the block, no field

A closing is a run of the vocabulary's ``closings`` (with sentence function words: "Thank you");
a lead is one of its dashes or ``lead_ins``; parts are cut at commas, line breaks and the joiners
"at", "with", "from", "in", and every part after the name must be claimed whole by the vocabulary
as a role, an organisation (``segment.segment``) or a place (``Vocabulary.is_place``), or be a
town before a place ("Duluth, Minnesota") or after "in". A part no class claims makes the
reading unsure: nothing is taken, and the post keeps what ``find_signature`` gave it. A role
before the name is words ``segment`` claims whole as one role, then the name ("Neurologist
Name, MD"), and then the name needs credentials (over a bare name it is a headline); an
honorific there is read as one. A ';' or 'and' before an honorific or a name word
opens a further expert when every piece reads as a confident person (else the line is read as
one). Lines at the foot that are only a telephone number, an e-mail or web address (after at
most a label) or a dated metadata line (``dates.is_meta_line``) leave with the block.

The NAME needs evidence, scored: an honorific, credentials after it, a known given name
(``given_names``), an initial with a surname, two or more name-shaped words, a closing or lead
above it, a role or organisation after it. At least one kind must be strong (honorific,
credentials, given name, initial with surname). A name that holds a word the vocabulary claims
(``name_kind``), a place or a team word, or that reads as a sentence, is no name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.dates import is_meta_line
from msqa_scraper.extract.signature.find import SigLine, Signature
from msqa_scraper.extract.signature.given_names import is_given_name
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
# a trailer line: at most a short label ("Tel:", "Email:", "Ph.") and then one address on the web,
# an e-mail address or a telephone number of seven digits or more
_LABEL = re.compile(r"^(?:[^\W\d_][^\W\d_-]{0,15}(?: [^\W\d_]{1,15})?(?::\s*|\.\s+)){0,2}")
_ADDRESS = re.compile(r"^\S*[^\W_](?:@|\.(?:com|org|net|edu|gov|info)\b|://)\S*$|^www\.\S+$")
_PHONE = re.compile(r"^\+?[\d(][\d ().-]*\d$")


@dataclass
class _Reading:
    closing: bool = False
    lead: str = ""  # "dash" ("--", "–") or "credit" ("By", "Answered by")
    role_before: bool = False  # "Neurologist Name, MD"
    honorifics: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


def _prose(text: str, v: Vocabulary) -> bool:
    """A line of the answer's prose: the block starts below the last one."""
    stripped = text.rstrip()
    if not stripped:
        return False
    tokens = tokenize(stripped)
    if all(t in _SEPARATORS for t in tokens[_closing_end(tokens, v) :]):
        return False  # "Warm regards.", "Thank you,": a closing alone goes with the name below
    last = stripped.split()[-1]
    ends = stripped[-1] in "!?" or (stripped[-1] == "." and last[:1].islower())
    return ends or is_sentence(stripped, v)


def _trailer(text: str, v: Vocabulary) -> bool:
    """A contact line (a telephone number, an e-mail or web address, after at most a label) or a
    dated metadata line: it leaves the answer with the block and fills no field."""
    rest = _LABEL.sub("", text.strip(), count=1).strip()
    if _ADDRESS.match(rest.rstrip(".")):
        return True
    if _PHONE.match(rest) and sum(c.isdigit() for c in rest) >= 7:
        return True
    return any(c.isdigit() for c in text) and is_meta_line(text, v)


def _stream(lines: list[str]) -> list[str]:
    tokens: list[str] = []
    for line in lines:
        if tokens:
            tokens.append("\n")
        tokens.extend(tokenize(line))
    return tokens


def _closing_end(tokens: list[str], v: Vocabulary) -> int:
    """How many tokens a closing ("Kind regards", "Thank you", "Warm regards.") takes first."""
    end, closes = 0, False
    for i, tok in enumerate(tokens[:_LONGEST_CLOSING]):
        word = fold(tok).rstrip(".!")
        # "With kind regards", "Thank you": a closing word, and function words before or after it
        if not (word in v.closings or word in v.sentence_words or word in v.not_name_words):
            break
        closes = closes or word in v.closings
        end = i + 1 if closes else 0
    return end


def _lead(tokens: list[str], v: Vocabulary) -> tuple[str, int]:
    """The lead's kind and how many tokens it takes: a dash ("--", "–") or a credit ("By")."""
    if tokens and tokens[0] in v.dashes:
        return "dash", 1
    for n in range(min(4, len(tokens)), 0, -1):
        if any(t in _SEPARATORS for t in tokens[:n]):
            continue
        if " ".join(fold(t) for t in tokens[:n]) in v.lead_ins:
            return "credit", n + (tokens[n : n + 1] == [":"])
    return "", 0


def _parts(tokens: list[str], v: Vocabulary) -> list[tuple[str, list[str]]]:
    """The tokens cut at commas, line breaks and joiners ("Neurologist at X Clinic in Town"):
    (what came before, the part's tokens)."""
    parts: list[tuple[str, list[str]]] = []
    sep, cur = "\n", []
    for tok in tokens:
        if cur and tok in _JOINERS:
            parts.append((sep, cur))
            sep, cur = tok, []
            continue
        if tok not in _SEPARATORS:
            cur.append(tok)
            continue
        if cur:
            parts.append((sep, cur))
            sep, cur = ",", []
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
    return name_kind(tok, v) == "initial" or (len(tok) == 1 and tok.isupper())


def _town(tokens: list[str], v: Vocabulary) -> bool:
    return 0 < len(tokens) <= 3 and all(name_kind(t, v) == "word" for t in tokens)


def _credential(tok: str, r: _Reading, v: Vocabulary) -> bool:
    if any(name_kind(t, v) == "caps" for t in r.name):
        return v.is_credential(tok)  # "BRENDA, MS TRUST": in capitals any word looks an acronym
    return is_cred(tok, v)


def _classify(rest: list[tuple[str, list[str]]], r: _Reading, v: Vocabulary) -> bool:
    """Each part after the name is one role, organisation or place; else the reading is unsure."""
    i = 0
    while i < len(rest) and all(_credential(t, r, v) for t in rest[i][1]):
        r.degrees.extend(rest[i][1])  # the credentials run right after the name
        i += 1
    while i < len(rest):
        sep, tokens = rest[i]
        spans = segment(tokens, sep, v)
        label = spans[0][0] if len(spans) == 1 else None
        text = " ".join(tokens)
        if v.is_place(text) or v.postcoded(text):  # a street or a bare word is no place here
            r.places.append(text)
        elif sep == "in" and _town(tokens, v):
            r.places.append(text)  # "... Clinic in Duluth": a town named after "in"
        elif r.places:
            return False  # a place ends the block
        elif label == "role":
            # "a neurologist at X": an appositive's article is no part of the title
            r.titles.append(" ".join(tokens[1:]) if tokens[0] in v.articles else text)
        elif label in ("org", "unit"):
            r.orgs.append(text)
        elif i + 1 < len(rest) and _town(tokens, v) and v.is_place(" ".join(rest[i + 1][1])):
            r.places.append(text)  # "Duluth, Minnesota": a town before its region
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


def _read(tokens: list[str], v: Vocabulary) -> _Reading | None:
    last = tokens[-1] if tokens else ""
    if last.endswith(".") and not (
        v.is_credential(last) or v.is_place(last) or name_kind(last, v) == "initial"
    ):
        tokens = [*tokens[:-1], last[:-1]]  # "..., Fenwick MS Clinic.": the block's full stop
    r = _Reading()
    i = _closing_end(tokens, v)
    r.closing = i > 0
    while i < len(tokens) and tokens[i] in _SEPARATORS:
        i += 1
    r.lead, taken = _lead(tokens[i:], v)
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
    while i < len(tokens) and tokens[i] not in _SEPARATORS and _credential(tokens[i], r, v):
        if tokens[i] in v.condition_words:
            return None  # "Overcoming MS": run on after words, MS names the disease
        r.degrees.append(tokens[i])  # "Jane Doe MD": credentials without a comma
        i += 1
    kinds = {name_kind(t, v) for t in r.name}
    if not r.name or len(r.name) > _LONGEST_NAME or _initial(r.name[-1], v):
        return None  # "Marisol T": a name ends in a surname, not an initial
    if {"caps", "word"} <= kinds:
        return None  # "GRETA HOLLOWAY Pasadena": a name keeps one case, the town does not
    if i < len(tokens) and tokens[i] not in _SEPARATORS:
        return None  # the name's part holds words that are neither name nor credential
    if not _classify(_parts(tokens[i:], v), r, v):
        return None
    return r


def _evidence(r: _Reading, v: Vocabulary) -> float:
    """How sure the reading names a person; 0 when no strong kind of evidence vouches."""
    initial = len(r.name) > 1 and any(_initial(t.rstrip("."), v) for t in r.name[:-1])
    given = is_given_name(r.name[0])
    if not (r.honorifics or r.degrees or given or initial):
        return 0.0
    if len(r.name) == 1 and not (r.honorifics or given):
        return 0.0  # "Harwell, MD": a lone surname needs an honorific
    if r.role_before and not r.degrees:
        return 0.0  # "MS Trust CEO Name": role words over a bare name are a headline
    vouched = r.honorifics or r.degrees or r.titles or r.orgs or r.closing or r.lead == "credit"
    if r.places and not vouched:
        return 0.0  # "-- Springfield, Ill.": a town over its region under a dash is a dateline
    score = _STRONG * (bool(r.honorifics) + bool(r.degrees) + given)
    score += _WEAK * (initial + (len(r.name) > 1) + (r.closing or bool(r.lead)))
    return score + _WEAK * bool(r.titles or r.orgs)


def _pieces(tokens: list[str], v: Vocabulary) -> list[list[str]]:
    """The stream cut before each further expert: a ';' or an 'and' whose next word is an
    honorific or a name word ("A, MD; B, MD", "Dr. A and Dr. B", "A, MD; and B, PA"); a mark
    left at a piece's end is an empty part."""
    pieces: list[list[str]] = [[]]
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        opens = v.is_honorific(nxt) or _is_name_word(nxt, v)
        if tok in (";", "and") and opens and pieces[-1]:
            pieces.append([])
            continue
        pieces[-1].append(tok)
    return pieces


def _experts(pieces: list[list[str]], v: Vocabulary) -> tuple[list[Expert], float] | None:
    """Every piece a confident person (the first may open with a closing or lead), or None."""
    experts: list[Expert] = []
    least = float("inf")
    for piece in pieces:
        reading = _read(piece, v)
        if reading is None:
            return None
        name = " ".join(reading.name)
        score = _evidence(reading, v)
        if is_sentence(name, v) or score < ACCEPT_EVIDENCE:
            return None
        least = min(least, score)
        experts.append(
            Expert(
                name=name,
                degrees=tuple(reading.degrees),
                titles=tuple(reading.titles),
                institution=", ".join(reading.orgs) or None,
                place=", ".join(reading.places) or None,
            )
        )
    return experts, least


def compose_signature(lines: list[SigLine], v: Vocabulary | None = None) -> Signature | None:
    """The answer's last lines read by the grammar, when the reading is confident; else None."""
    if not lines or _prose(lines[-1].text, v := v or vocabulary()):
        return None  # most answers end in a sentence: the cheap test first
    end = len(lines)
    while end > 0 and len(lines) - end < MAX_TRAILERS and _trailer(lines[end - 1].text, v):
        end -= 1  # "203-555-0177", "www.x.org" under the block: they leave with it
    if not end or _prose(lines[end - 1].text, v):
        return None
    start = end - 1
    while start > 0 and not _prose(lines[start - 1].text, v):
        start -= 1
        if end - start > MAX_LINES:
            return None
    if start == 0:
        return None  # no sentence above: nothing says where the answer ends
    texts = [line.text for line in lines[start:]]
    tokens = _stream(texts[: end - start])
    pieces = _pieces(tokens, v)
    read = _experts(pieces, v)
    if read is None and len(pieces) > 1:
        read = _experts([tokens], v)  # "Dr. A, Head of Research and Development": one person
    if read is None:
        return None
    experts, score = read
    return Signature(start, texts, experts, score / (score + 1.0))
