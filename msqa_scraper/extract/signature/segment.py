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

import html
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from nameparser import HumanName
from nameparser.config import Constants

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.dates import is_meta_line
from msqa_scraper.extract.signature.given_names import is_given_name, name_lists
from msqa_scraper.extract.signature.vocabulary import Vocabulary, cred_key, fold, vocabulary

_TOKEN = re.compile(
    r"[A-Za-z]+\([A-Za-z]\)"  # FRCP(C)
    r"|\([^()]*\)"  # (Rip), (Cantab), (MB, BCh, BAO)
    r"|[“\"][^“”\"]+[”\"]"  # "Rip"
    r"|[,;:|•·]"
    r"|[^\s,;:()|•·]+"
)
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,2}$")
_WORD = re.compile(r"^[^\W\d_][\w'’\-.]*$")
_GLUED_PARTICLE = re.compile(r"^([a-z]{2,3})[A-Z][a-z]{2,}$")
_NICK = re.compile(r"^[(“\"][^\W\d_][\w'’\-. ]*[)”\"]$")
# An e-mail address or a web address alone in its part: contact data, no institution.
_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)\.?$")
_PUNCT = str.maketrans("", "", ".!?\"'(),;:")
_ROLE, _ORG, _UNIT, _PLACE, _OTHER = "role", "org", "unit", "place", "other"
_META = "meta"  # signature text that is no field: a date, a copyright line (no_field)
_ORG_SEPS = frozenset(("at", "with", "from", "of", "for", "to"))
_DASHES = frozenset(("–", "—", "--", "-", "~"))

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
    prefixed: bool = False  # role or organisation words stood before the name
    bracketed: bool = False  # an affiliation in brackets right after the name
    _city: tuple[int, int] | None = None  # (line, index in orgs) of a bare word group: a city?
    _org_line: int | None = None  # the line the last organisation was read on
    _last_org: bool = False  # the last part read was an organisation
    _place_closed: bool = False  # a title came after the place: its address has ended
    _mark: str | None = None  # an author line's affiliation mark after the name ("Name 1, MD")
    _author: bool = False  # read from an article's author line (Medline style, or numbered)

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
        | {c.lower().replace(".", "") for c in v.credentials.values() if " " not in c},
        titles=set(base.titles) | {h for h in v.honorifics if h.isalpha()},
    )


_DOTTED = re.compile(r"^[A-Z][a-z]?\.$")


def tokenize(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    if " " not in text:
        return _unglued(tokens, text, vocabulary()) if _GLUE_HINT.search(text) else tokens
    v = vocabulary()
    if any(t in v.spaced_lower for t in tokens):
        tokens = _spaced_lower(tokens, v)
    # "BSc Pharm": a listed credential written as two words is one token.
    tokens = _joined_pairs(
        tokens,
        lambda tok, nxt, after: (
            nxt[:1].isupper() and tok[:1].isupper() and cred_key(tok + nxt) in v.spaced_credentials
        ),
    )
    if _GLUE_HINT.search(text):  # one search on the line: most lines glue nothing
        tokens = _unglued(tokens, text, v)
    if ". " not in text:
        return tokens
    # "Ph. D.", "M. D.": a dotted credential written with an inner space is one token, but only
    # at the end of a name's run ("J. D. Salinger" keeps its initials: a name word follows).
    return _joined_pairs(
        tokens,
        lambda tok, nxt, after: (
            bool(_DOTTED.match(tok))
            and bool(_DOTTED.match(nxt))
            and v.is_credential(tok + nxt)
            and not after[:1].isalpha()
        ),
    )


def _spaced_lower(tokens: list[str], v: Vocabulary) -> list[str]:
    """ "Prof. dr. sc. Name, dr. med.", "Dr. rer. nat. Name": a credential of several words whose
    later words are lower case (Croatian, Polish, Czech degrees; a German doctorate) is one
    token, the longest the file lists first ("dr hab. n. med.")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for spelling in v.spaced_lower.get(tokens[i], ()):
            n = spelling.count(" ") + 1
            if " ".join(tokens[i : i + n]) == spelling:
                out.append(spelling)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


_GLUED_QUALIFIER = re.compile(r"^\((?:\d|[A-Z]{2,3})\)$")  # "(1)", "(UK)"
# What _unglued can part or join: a bracket glued to a word; a third part after two dots
# ("MB.CHb.MRCGP."), or a word of capitals after an acronym's dot ("MRCGP.MRCP.").
_GLUE_HINT = re.compile(
    r"[A-Za-z]\((?:\d|[A-Z]{2,3})\)|[A-Za-z]\.[A-Za-z]+\.[A-Za-z]|[A-Za-z]{2}\.[A-Z][A-Za-z]{2,}\."
)


def _unglued(tokens: list[str], text: str, v: Vocabulary) -> list[str]:
    """Credentials a writer ran together: "MB.CHb.MRCGP." (listed credentials glued by their
    dots) is each of them, as the spaced run "MB.CHb. MRCGP." would be; "MRCP(UK)", "FFRCA(1)"
    (a credential with its country or mark glued on, no space) is one credential token."""
    out: list[str] = []
    for tok in tokens:
        if (
            out
            and _GLUED_QUALIFIER.match(tok)
            and is_cred(out[-1], v)
            and out[-1] + tok in text
            and (tok[1].isdigit() or v.is_place(tok[1:-1]))
        ):
            out[-1] += tok
            continue
        out.extend(_dotted_run(tok, v) if tok.count(".") >= 2 else (tok,))
    return out


@lru_cache(maxsize=4096)
def _dotted_run(tok: str, v: Vocabulary) -> tuple[str, ...]:
    """ "MB.CHb.MRCGP." as its listed credentials ("MB.CHb.", "MRCGP."), longest first; the
    token itself when it is one credential or does not part wholly into listed ones."""
    if v.is_credential(tok) or not tok[:1].isupper():
        return (tok,)
    pieces = re.findall(r"[^.]+\.?", tok)
    if all(len(p.rstrip(".")) == 1 for p in pieces):
        return (tok,)  # "B.C.B.A.", "P.N.P.": dotted single letters are one acronym's
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            group = "".join(pieces[i:j])
            # a lone initial ("J.") is no credential of the run
            if (j - i > 1 or len(pieces[i].rstrip(".")) > 1) and v.is_credential(group):
                out.append(group)
                i = j
                break
        else:
            return (tok,)
    # "B.A.B.A.": nobody lists a degree twice, so a run that parts into one twice is no run
    distinct = len({cred_key(p) for p in out}) == len(out)
    return tuple(out) if len(out) >= 2 and distinct else (tok,)


def _joined_pairs(tokens: list[str], joins: Callable[[str, str, str], bool]) -> list[str]:
    """Tokens with each pair that ``joins(token, next, the one after)`` accepts made one."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ","
        if nxt and joins(tok, nxt, after):
            out.append(f"{tok} {nxt}")
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def _qualifier(inner: str, v: Vocabulary) -> bool:
    """ "(Cantab)", "(hon)"; "(Neurology)": a credential's specialty ("FCPS (Neurology)"); one
    letter ("PhD(c)": a candidate, "DMSc(h)": honorary) is the credential's own mark."""
    return (
        inner in v.qualifiers
        or inner in v.object_ends
        or (len(inner) == 1 and inner.isalpha())
        or _specialty(inner, v)
        # "FCP (SA)", "MRCP (UK)": a country's abbreviation, as glued on ("MRCP(UK)")
        or (2 <= len(inner) <= 3 and inner.isupper() and inner.isalpha() and v.is_place(inner))
    )


def _specialty(inner: str, v: Vocabulary) -> bool:
    """ "DNB (Neuro)", "MD (Med.)": one capitalised word in brackets after a credential is its
    field, unless it is a role, an organisation's head or a place."""
    word = inner.rstrip(".")
    return (
        3 <= len(word) <= 12
        and word.isalpha()
        and word.istitle()
        and not (
            v.is_role_word(word)
            or v.is_head_noun(word)
            or word in v.org_heads
            or word in v.org_lead_heads
            or v.is_place(word)
        )
    )


def _listed_cred(token: str, v: Vocabulary) -> bool:
    base, _, qualifier = token.partition(" (")
    return v.is_credential(base) and (not qualifier or _qualifier(qualifier.rstrip(")"), v))


@lru_cache(maxsize=8192)
def is_cred(token: str, v: Vocabulary) -> bool:
    if v.is_credential(token):
        return True
    if "/" in token and not token.startswith("/"):
        # "RN/CNP": credentials joined by a slash (OTR/L is listed whole)
        return all(part and is_cred(part, v) for part in token.split("/"))
    base, _, qualifier = token.partition(" (")
    if not qualifier and token.endswith(")") and "(" in token[1:]:
        base, _, qualifier = token.partition("(")  # "CNN(C)": certified in Canada
        if _GLUED_QUALIFIER.match("(" + qualifier) and is_cred(base, v):
            return True  # "MRCP(UK)", "FFRCA(1)": tokenize glued them only to a credential
    if qualifier and _qualifier(qualifier.rstrip(")"), v):
        return is_cred(base, v)  # "BChir (Cantab)": a credential with its university
    bare = token.strip(",;.")
    # An unlisted credential: a short capitalised acronym with another capital in it (DipABLM).
    return bool(
        re.fullmatch(r"[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,4}(?:-[A-Z]{1,3})?", bare)
    ) and not (bare in v.places or bare in v.role_heads or bare in v.org_heads)


@lru_cache(maxsize=8192)  # pure on (token, vocabulary): the same words recur in every block
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
    if not _WORD.match(bare):
        return None
    if not bare[:1].isupper():
        # "vanOosten", "deGrasse", "diMarco": a particle written glued to the capitalised
        # surname it opens is one word of the name
        glued = _GLUED_PARTICLE.match(bare)
        if glued is None or glued.group(1) not in v.particles:
            return None
    caps = bare.isupper() and len(bare) > 1
    if caps and (v.is_credential(bare) or bare in v.places):
        return None  # "MD", "MS", "WA": in capitals these are credentials or places
    word = bare.capitalize() if caps else bare
    if v.is_credential(word) or word in v.role_heads or word in v.role_modifiers:
        return None
    if word in v.org_heads or word in v.org_lead_heads or word in v.unit_heads:
        return None
    f = fold(bare).rstrip(".")
    if f in v.name_stops:
        return None  # "Thrive With MS": "With" joins an organisation's name, no name's word
    if f in name_lists().conditions:
        return None  # "Optic Neuritis, MD": a condition's word names no one (data/not_names.txt)
    return "caps" if caps else "word"


@lru_cache(maxsize=16384)
def _bare_folded(word: str) -> str:
    """A word casefolded without its punctuation: prose words recur on every page, and
    ``str.translate`` with a deletion table is slow for what it does."""
    return word.casefold().translate(_PUNCT)


def is_sentence(text: str, v: Vocabulary | None = None) -> bool:
    """Does this read as a sentence of prose? Then it is never a name or a signature part."""
    return _is_sentence(text, v or vocabulary())


# Pure on (text, vocabulary), and asked of the same lines several times per answer (the line's
# score, the line above a candidate, the fragments of a run-on sign-off) and of the same
# signature lines on every post of an expert.
@lru_cache(maxsize=8192)
def _is_sentence(text: str, v: Vocabulary) -> bool:
    words = text.split()
    if not words:
        return False
    lower = verbs = 0
    case_object = 0  # words left of a role's object in its case ("клиники «Верес»")
    # The first 16 words decide: a signature line is never longer, a sentence says so by then.
    for i, w in enumerate(words[:16]):
        f = _bare_folded(w)
        if f in v.sentence_words and not (w[:2].isupper() and v.is_credential(w)):
            verbs += 1  # "DO," in capitals is a credential, not the verb "do"
        if case_object:
            # "врач-невролог клиники «Верес»", "kierownik kliniki neurologii": up to three words
            # of the head's object, to its comma, are no prose words
            case_object = 0 if w[-1:] in ",;" else case_object - 1
            continue
        if fold(w) in v.case_object_heads and w[-1:] not in ",;":
            case_object = 3
        if (
            w[0].islower()
            and fold(w) in v.role_modifiers_folded
            and i + 1 < len(words)
            and v.is_head_noun(words[i + 1].strip(",;"))
        ):
            continue  # "медицинский директор": a role's modifier before its head
        if w[0].islower() and f not in v.sentence_skip:
            lower += 1
            if lower >= 4 or (verbs and lower >= 2):
                return True  # decided whatever follows (both tests below only ever say True)
    last = words[-1]
    ends = last[-1:] in "!?" or (
        last.endswith(".")
        and not _INITIAL.match(last)
        and not v.is_credential(last)
        and last not in v.places
        and last not in v.suffixes
        and last.rstrip(".") not in ("Inc", "Ltd", "Co", "St", "Dr", "Jr", "Sr")
    )
    # "..., Northgate University, Leeds.": an address's town after its comma ends a block (a UK
    # journal's author line with lower-case roles); a verb still makes it a sentence
    addressed = ends and len(words) > 2 and words[-2].endswith(",") and is_town(last[:-1])
    # "..., nurse administrator at X Clinic's Stroke Center in Oregon.": so does a state or
    # country after the joiner "in" (a credit sentence's closing place)
    addressed = addressed or (
        ends and len(words) > 3 and words[-2] == "in" and v.is_place(last[:-1])
    )
    if verbs >= 1 and lower >= 2:
        return True
    if ends and any(_bare_folded(w) in v.sentence_verbs for w in words[:16]):
        return True  # "Jane Doe, MD, is a neurologist at Harbour Clinic."
    if ends and lower >= 2 and not addressed:
        return True
    return lower >= 4


# -- field types ----------------------------------------------------------------------------------
# Each part of a block gets a type by evidence before any field takes it: signature text that is no
# field (a date, a year, a copyright or credit trailer, contact data, page furniture), a credential
# (listed, or of a credential's shape in the run after the name), a place (the gazetteers), a role
# or an organisation (by their heads, in the scored segmentation). A part that no evidence types
# is the segmentation's; only then does it fall back to an institution.

_YEAR = re.compile(r"^(?:(?:19|20)\d{2}|[’']\d{2})$")  # "2016", "’04"
_CLASS_YEAR = re.compile(r"^[A-Z]{2,6} [’']\d{2}$|^[Cc]lass of (?:19|20)\d{2}$")
# "ARNP-c", "CRNP-AC", "P.N.P.", "M.Sc.": capitals (a lower-case mark after a hyphen), or dotted
# capitals. Read only in the run right after a name, where initials no longer stand.
_CRED_SHAPE = re.compile(
    r"[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,4}(?:-[A-Za-z]{1,3})?|[A-Z]{2,6}-[A-Za-z]{1,3}"
    r"|(?:[A-Z]\.){2,5}(?:[a-z]{1,2}\.)?|[A-Z]\.[A-Z][a-z]{1,2}\.(?:[A-Z][a-z]?\.)?"
)


@cache
def _field_lists() -> tuple[tuple[str, ...], frozenset[str]]:
    """(leads, furniture) of data/field_types.txt, with not_names.txt's page furniture."""
    sections = _field_sections()
    leads = tuple(sorted(sections.get("leads", ()), key=len, reverse=True))
    return leads, frozenset(sections.get("furniture", ())) | name_lists().furniture


@cache
def _stamp_leads() -> tuple[str, ...]:
    """data/field_types.txt's [stamps]: the openings of a record system's signing stamp."""
    return tuple(_field_sections().get("stamps", ()))


def _stamp(line: str) -> bool:
    """ "ELECTRONICALLY SIGNED BY NAME AT 14:05 ON 03-MAR-2025": a record system's stamp of who
    signed and when (a time or date in it) is signature text of no field and no second person;
    the name it repeats is the signer's, read from the signature below or above it."""
    folded = " ".join(line.split()).casefold()
    return any(c.isdigit() for c in line) and any(folded.startswith(s) for s in _stamp_leads())


@cache
def _field_sections() -> dict[str, list[str]]:
    from importlib import resources

    text = (
        resources.files("msqa_scraper.extract")
        .joinpath("data/field_types.txt")
        .read_text(encoding="utf-8")
    )
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line.casefold())
    return sections


@cache
def _towns() -> frozenset[str]:
    """One-word towns (data/towns.txt, from GeoNames): a bare part that is one is a place."""
    from importlib import resources

    text = resources.files("msqa_scraper.extract").joinpath("data/towns.txt").read_text("utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


# Pure on (text, vocabulary): the same trailers and dates recur under every post of a column.
@lru_cache(maxsize=8192)
def no_field(text: str, v: Vocabulary) -> bool:
    """Is this part signature text that is never a field? A date or time, a year, a copyright or
    credit trailer ("Copyright 1999", "Reproduced with the kind permission of X"), an e-mail or
    web address, a telephone number, page furniture, a mark that opens with no word ("/c RLT")."""
    bare = text.strip(" ,;.|·•-—–")
    if not bare:
        return False
    if not (bare[0].isalnum() or bare[0] in "(“\"'’©&"):
        return True  # "/c RLT", "#4": a typist's reference, no field
    if _COLUMN_NUMBER.match(bare):
        return True  # "4127-FM": a syndicated column's number and its series' letters
    if _YEAR.match(bare) or _CONTACT.match(bare) or re.fullmatch(_PHONE_RE, bare):
        return True
    if _CLASS_YEAR.search(bare):
        return True  # "GMS ’04", "Class of 1998": a school's class year, no affiliation
    folded = bare.casefold()
    leads, furniture = _field_lists()
    if folded in furniture:
        return True
    if any(folded == lead or folded.startswith(lead + " ") for lead in leads):
        return True
    if not any(c.isdigit() for c in bare):
        return False  # every date and time has a number
    if (m := _REGISTER.match(bare)) and not v.is_place(m.group(1)):
        return True  # "CRM-SP 123456", "GMC 7654321": a register's number ("WA 98101" a place)
    return is_meta_line(bare, v) or _date_part(bare.split(), v)


# A syndicated column's number with its series code ("4127-FM" under a medical school's
# family-medicine column): one token, digits, a hyphen, capitals.
_COLUMN_NUMBER = re.compile(r"^\d{3,5}-[A-Z]{1,3}$")
# A register's acronym (a state's after a dash or slash) and its number: a licence, no field.
_REGISTER = re.compile(r"^([A-Z]{3,6})(?:[-/ ][A-Z]{2})?:?\s*(?:[Nn][º°o]\.?\s*)?\d[\d./-]{3,}$")


@lru_cache(maxsize=8192)
def degree_shaped(token: str, v: Vocabulary) -> bool:
    """A credential in the run right after a name: a listed one, or one of a credential's shape
    ("ARNP-c", "P.N.P.") that is no place ("U.K."), role, organisation head or the disease."""
    if is_cred(token, v):
        return True
    bare = token.strip(",;")
    return bool(_CRED_SHAPE.fullmatch(bare)) and not (
        v.is_place(bare)
        or v.is_place(bare.replace(".", ""))
        or bare in v.role_heads
        or bare in v.org_heads
        or bare in v.condition_words
    )


def is_town(text: str) -> bool:
    """A one-word town of the gazetteer (data/towns.txt)."""
    return text in _towns() or (not text.isascii() and _unaccented(text) in _towns())


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    # GeoNames' ASCII names are the gazetteer's ("Whakatane"); a page writes the town with its
    # marks ("Whakatāne", a New Zealand letters page's macron); the given-name list holds
    # "Siobhán" as "siobhan" (find.py)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_town_name(text: str, v: Vocabulary) -> bool:
    """A bare part that reads as a town alone: a one-word town of the gazetteer, one of several
    words ("Albert Lea", data/places.txt) or of a town's shape ("Fenwick Township")."""
    return _town(text.split(), v)


def _town(tokens: list[str], v: Vocabulary) -> bool:
    """ "Rehoboth" read alone: a known one-word town (a region's name is the vocabulary's place,
    read by the parts' own rules: "Thun, Switzerland" after an organisation is its city)."""
    if not tokens or len(tokens) > 3 or not all(t.isalpha() and t.istitle() for t in tokens):
        return False
    if any(t in v.org_heads or t in v.org_lead_heads or v.is_role_word(t) for t in tokens):
        return False
    text = " ".join(tokens)
    if v.is_place(text):
        return False
    if len(tokens) == 1:
        return is_town(text)
    if len(tokens) == 2 and any(
        a in _COMPASS_WORDS and is_town(b) for a, b in (tokens, tokens[::-1])
    ):
        return True  # "Croydon North", "West Bromley": a town's quarter by its compass point
    # "Name, M.D., Cedar Falls": a gazetteer's town of several words (data/places.txt), or one
    # of a town's shape, its last word a place's generic word ("... Rapids", "... Heights";
    # not_names.txt [place_last]); an organisation's words were refused above
    lists = name_lists()
    return text.casefold() in lists.places or tokens[-1].casefold() in lists.place_last


# -- units ----------------------------------------------------------------------------------------


def units_of(lines: list[str], v: Vocabulary) -> list[Unit]:
    units: list[Unit] = []
    for li, line in enumerate(lines):
        tokens = _without_joined_articles(tokenize(line), v)
        sep = "\n"
        cur: list[str] = []

        def flush(next_sep: str, li: int = li) -> None:
            nonlocal cur, sep
            if cur:
                units.append(Unit(cur, li, sep))
            cur = []
            sep = next_sep

        skip = False
        skip_conjunction = False  # the "et" after a bracketed town, read as the next expert's
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if skip_conjunction:
                skip_conjunction = False
                continue
            if skip:
                if tok not in (",", ";"):
                    continue
                skip = False
            if not cur and sep == "," and fold(tok) in v.clause_openers and tok[:1].islower():
                skip = True  # ", specializing in MS,": a clause describes the expert, no part
                continue
            if tok in ("|", "•", "·"):
                tok = ","  # "Jane Doe, MD | Harbour Clinic": a web signature's separator
            if tok in (",", ";", ":"):
                flush(sep if not cur and sep != "\n" else tok)
                continue
            if tok in _DASHES and cur and not nxt[:1].isdigit():
                # "Name – Director of the MS Center": a spaced dash parts like a comma (not the
                # one before a postcode: "Mumbai - 400 079").
                flush(",")
                continue
            if tok.startswith("(") and tok.endswith(")"):
                inner = tok[1:-1].strip()
                words = inner.replace(",", " ").replace(";", " ").split()
                if _honorific_after(cur, inner, v):
                    # "MARGARET O'HALLORAN (Dr)": a letters page's honorific after the name is
                    # the one a signature writes before it
                    cur.insert(0, inner)
                    continue
                if _abbreviates(cur, inner, sep, v):
                    # "Multiple Sclerosis Eastern Cape (MSEC)", "occupational therapist (OT)":
                    # the phrase's own abbreviation stays with it
                    cur.append(tok)
                    continue
                if _initials_of(cur, inner, v):
                    continue  # "Ricardo Alvear (RA)": an author's initials, no credential
                if cur and cur[-1].endswith(_POSSESSIVE) and nxt[:1].isupper():
                    # "Eastbrook Hospital’s (EBH) Multiple Sclerosis Center": a possessive wants
                    # what it owns; the bracket between is the owner's abbreviation
                    cur.append(tok)
                    continue
                if (
                    len(cur) == 1
                    and len(words) == 1
                    and name_kind(cur[0], v) in ("word", "caps")
                    and name_kind(nxt, v) in ("word", "caps")
                ):
                    cur.append(tok)  # "THOMAS (TOM) NGUYEN": a nickname between the names
                    continue
                if cur and words and _bracket_belongs(cur, words, v):
                    cur.append(tok)  # "Society of Kerala (MSSK)", "Vice Chair (Clinical Affairs)"
                    continue
                if words and all(is_cred(w, v) for w in words):
                    flush(",")
                    units.extend(Unit([w], li, ",") for w in words)
                    continue
                if cur and _bracketed_role(words, v):
                    # "Name, MD (Chair)": a panel's or a board's role in brackets is a title.
                    flush(",")
                    units.append(Unit(words, li, ","))
                    continue
                if _bracketed_town(cur, words, nxt, v):
                    # "Dr Yves Castagnède (Mirecourt)", "Pr A (Nantes) et Pr B (Dijon)": a French
                    # programme's town in brackets after the full name (a nickname sits between
                    # the names: "Henrietta (Etta) Varga"), read as a town after "in" is
                    flush(",")
                    units.append(Unit(words, li, "in"))
                    if (
                        nxt in v.conjunctions
                        and i + 2 < len(tokens)
                        and v.is_honorific(tokens[i + 2])
                    ):
                        sep = "and"  # "... (Nantes) et Pr B": the next expert's name
                        skip_conjunction = True
                    continue
                if cur and _credited_person(cur, words, v):
                    continue  # "Dr. Brodsky (Helga Morrow)": the photographer's name, no field
                if (
                    len(words) >= 2
                    and cur
                    and words[0][:1].isupper()
                    and all(w[:1].isupper() or w in v.connectors for w in words)
                ):
                    # "Gideon Granville (Barts MS)": an organisation in brackets; "Name
                    # (Tasmania, Harbour Party)": its parts between commas, each read alone.
                    flush("(")
                    if "," in inner:
                        # "[": a part of a bracket of parts, read as a part after a comma is
                        units.extend(
                            Unit(p.split(), li, "[") for p in inner.split(",") if p.strip()
                        )
                    else:
                        units.append(Unit(words, li, "("))
                    continue
                target = cur if cur else (units[-1].tokens if units else None)
                if target and (
                    inner in v.qualifiers or (_qualifier(inner, v) and is_cred(target[-1], v))
                ):
                    target[-1] = f"{target[-1]} {tok}"
                    continue
            opens = (
                nxt[:1].isupper()
                or (
                    nxt in v.joiner_articles and i + 2 < len(tokens) and tokens[i + 2][:1].isupper()
                )
                # "presso l'Ospedale X": the article glued on
                or (nxt[:2] in v.joiner_articles and nxt[2:3].isupper())
            )
            if tok in v.joiners and opens and (tok != "of" or not cur):
                # "at", "with", "from"; "of" only opening a part ("Jane Doe, MD, of Harbour
                # Clinic"): inside one it is a role's object ("Director of the MS Center").
                flush(tok) if cur else None
                sep = tok
                continue
            if (
                tok in v.object_openers
                and tok not in _ORG_SEPS
                and tok != "in"
                and len(cur) > 2
                and _ends_object(cur[-1], v)
                and nxt in v.org_lead_heads
                and i + 2 < len(tokens)
            ):
                # "Jefa de sección de Neurología del Hospital de X": after the role's object, a
                # genitive before a body's head names the employer, as "at" would
                flush("at")
                continue
            if (
                tok in v.role_org_connectors
                and cur
                and opens
                and _role_ends(cur, v)
                and (_org_follows(tokens, i + 1, v) or _prose_role_for_body(cur, tokens, i + 1, v))
            ):
                # "Vice President ... for the Northern Plains MS Society", "Consultant to the ..."
                flush(tok)
                continue
            if (
                tok == "in"
                and nxt[:1].isupper()
                and (cur or sep == ",")
                and (_place_follows(tokens, i + 1, v) or _town_ends(cur, tokens, i + 1, v))
            ):
                flush("in") if cur else None
                sep = "in"
                continue
            if (
                tok in ("and", "&")
                and cur
                and (
                    (nxt in v.articles and nxt != "the" and cur[0] in v.articles)
                    or (sep in _ORG_SEPS and _role_opens(tokens, i + 1, v))
                    or (_lower_role(cur, v) and _lower_role(_role_words(tokens, i + 1), v))
                    or (
                        _ends_full_role(cur, v)
                        and _role_opens(tokens, i + 1, v)
                        and (tok == "and" or _modified_role(_part_from(tokens, i + 1), v))
                    )
                )
            ):
                # "a neurologist and an MS specialist": two appositive roles; "... at Poornima
                # Clinics and Honorary Consultant to ...": a second role after an organisation.
                flush(",")
                continue
            if (
                tok in v.conjunctions  # "Pr A (Nantes) et Pr B (Dijon)": and in other languages
                and cur
                and (is_cred(cur[-1], v) or (v.is_honorific(nxt) and v.is_honorific(cur[0])))
                and nxt[:1].isupper()
                and not v.is_role_word(cur[0])
                and "of" not in cur
            ):
                flush("and")
                continue
            if tok in ("and", "&") and cur and _name_with_credentials(tokens, i + 1, v):
                # "Dr. Ann Roe & Bea Lind, RD": a second full name that takes its own credentials
                flush("and")
                continue
            if (
                tok in ("and", "&")
                and cur
                and _plural_honorific(units, cur, v)
                and name_kind(nxt, v) is not None
            ):
                flush("and")  # "Drs. Jane Doe and John Roe": the honorific is both names'
                continue
            if (
                tok in ("and", "&")
                and cur
                and sep in _ORG_SEPS
                and v.is_honorific(nxt)
                and i + 2 < len(tokens)
                and name_kind(tokens[i + 2], v) is not None
            ):
                # "Dr A from Lotus Health and Dr B from ...": a second expert after the first's
                # organisation.
                flush("and")
                continue
            if _credential_after_role(cur, tok, nxt, v):
                # "Kinésithérapeute D.E.", "Ostéopathe D.O & Développeur": the role's holder's
                # degree, written after the role; a role after it is a second one
                flush(",")
                units.append(Unit([tok], li, ","))
                skip_conjunction = nxt in v.conjunctions
                continue
            cur.append(tok)
        flush("\n")
    return units


def _credential_after_role(cur: list[str], tok: str, nxt: str, v: Vocabulary) -> bool:
    """A listed credential right after a role's head noun, ending the part or before "&"."""
    return (
        bool(cur)
        and v.is_head_noun(cur[-1])
        and tok not in v.condition_words
        and v.is_credential(tok)
        and (sum(c.isupper() for c in tok) >= 2 or "." in tok)  # "BSc", "D.O": no word
        and (not nxt or nxt in v.conjunctions)
    )


def _without_joined_articles(tokens: list[str], v: Vocabulary) -> list[str]:
    """ "neuroloog bij het Amphia Ziekenhuis", "presso l'Ospedale San Luca": the article after a
    joiner is no word of the organisation's name ("the" stays, as English writes it)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if prev in v.joiners and tok != "the" and tok in v.joiner_articles and nxt[:1].isupper():
            continue
        if prev in v.joiners and tok[:2] in v.joiner_articles and tok[2:3].isupper():
            tok = tok[2:]
        out.append(tok)
    return out


def _bracketed_town(cur: list[str], words: list[str], nxt: str, v: Vocabulary) -> bool:
    """A bracket of one capitalised word that closes a full name opened by an honorific, at the
    end of its part: the expert's town (no credential, role, honorific or organisation)."""
    if len(words) != 1 or len(cur) < 3 or not v.is_honorific(cur[0]):
        return False
    if nxt and nxt not in (",", ";", "et", "and", "y", "e", "und", "|"):
        return False
    word = words[0]
    if not (word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()):
        return False
    if v.is_credential(word) or v.is_honorific(word) or v.is_role_word_any(word):
        return False
    if is_given_name(word):
        return False  # "Dr Xiu Lam (Sherry)": a nickname written after the name
    if v.is_head_noun(word) or word in v.org_heads or word in v.org_lead_heads:
        return False
    return all(name_kind(t, v) is not None or v.is_honorific(t) for t in cur)


def _honorific_after(cur: list[str], inner: str, v: Vocabulary) -> bool:
    """A bracket that holds only an honorific ("(Dr)", "(Prof.)") right after the words of a
    name (two or more, no honorific before them)."""
    if len(cur) < 2 or " " in inner or not v.is_honorific(inner) or v.is_honorific(cur[0]):
        return False
    return all(name_kind(w, v) in ("word", "caps", "initial", "particle") for w in cur)


def _credited_person(cur: list[str], words: list[str], v: Vocabulary) -> bool:
    """A bracket after a name that holds another person's full name: a known given name first,
    every word a name's (no organisation or role word): a picture's credit."""
    if not 2 <= len(words) <= 3 or not is_given_name(words[0]):
        return False
    if not all(name_kind(w, v) in ("word", "initial", "particle") for w in words):
        return False
    return all(name_kind(w, v) is not None or v.is_honorific(w) for w in cur)


def _name_with_credentials(tokens: list[str], start: int, v: Vocabulary) -> bool:
    """A full name of two words or more from ``start``, then its credentials (after a comma)."""
    j = start
    while j < len(tokens) and name_kind(tokens[j], v) in ("word", "initial", "particle"):
        j += 1
    if j - start < 2 or j >= len(tokens) or not tokens[start][:1].isupper():
        return False
    k = j + 1 if tokens[j] == "," else j
    if not (k < len(tokens) and is_cred(tokens[k], v) and tokens[k] not in v.condition_words):
        return False
    return _full_name(" ".join(tokens[start:j]))  # nameparser last: it is the slow part


def _plural_honorific(units: list[Unit], cur: list[str], v: Vocabulary) -> bool:
    """ "Drs. Jane Doe and John Roe": the block opens with an honorific in the plural."""
    first = units[0].tokens[0] if units else cur[0]
    return fold(first).rstrip(".") in v.plural_honorifics


def _initials_of(cur: list[str], inner: str, v: Vocabulary) -> bool:
    """ "(RA)" after "Ricardo Alvear", "(J.M.)" after "Jana Mraz": the name's own initials."""
    letters = inner.replace(".", "").replace(" ", "")
    if len(cur) < 2 or not 2 <= len(letters) <= 4 or not letters.isupper():
        return False
    if not all(name_kind(w, v) in ("word", "initial", "particle") for w in cur):
        return False
    heads = "".join(w[0] for w in cur if w not in v.particles)
    return letters == heads.upper()


def _abbreviates(cur: list[str], inner: str, sep: str, v: Vocabulary) -> bool:
    """A bracket that spells the initials of the phrase before it (or of its object after "of"
    or "at"), in a phrase that is no name: one after "at"/"with"/"from", or one holding a word no
    name holds ("therapist", "Sclerosis"). A name's own initials ("Ricardo Alvear (RA)") are
    _initials_of's."""
    letters = inner.replace(".", "").replace(" ", "")
    if not cur or not 2 <= len(letters) <= 8 or not letters.isalpha() or not letters.isupper():
        return False
    if not (sep in _ORG_SEPS or any(name_kind(w, v) is None for w in cur)):
        return False
    starts = [0] + [k + 1 for k, w in enumerate(cur) if w in ("of", "at")]
    for start in starts:
        words = [w for w in cur[start:] if w not in v.connectors and w not in v.articles]
        # "MS Society of Kedah (MSSK)": a word in capitals lends all its letters
        spelled = "".join(w if w.isupper() else w[0] for w in words).upper()
        if words and letters in (spelled, "".join(w[0] for w in words).upper()):
            return True
    return False


def _bracket_belongs(cur: list[str], words: list[str], v: Vocabulary) -> bool:
    """A bracket that is part of the phrase before it, not credentials or an affiliation."""
    if any(t in v.org_heads or t in v.org_lead_heads for t in cur):
        return len(words) == 1 and words[0].isupper()  # "Society of Kerala (MSSK)"
    if v.is_head_noun(cur[-1]) and any(v.is_role_word(t) or v.is_head_noun(t) for t in cur):
        # "Professor and Vice Chair (Clinical Affairs)": a role's own bracket; one that holds an
        # organisation's head is the employer ("Neurologist (Eastgate Health)")
        if any(w in v.org_heads or w in v.org_lead_heads for w in words):
            return False
        return all(w[:1].isupper() for w in words) and not all(is_cred(w, v) for w in words)
    return False


def _ends_full_role(cur: list[str], v: Vocabulary) -> bool:
    """ "... Professor of Neurology", "... Senior Research Fellow": the words before "and" end
    in a whole title, so a role after "and" is a second title, not the first one's object."""
    return any(
        (v.is_role_word(cur[k]) or v.is_head_noun(cur[k])) and _full_role(cur[k:], v)
        for k in range(max(0, len(cur) - 6), len(cur) - 1)
    )


def _lower_role(words: list[str], v: Vocabulary) -> bool:
    """ "consultant urological surgeon", "vice chairperson", "secretary general": a role written
    in lower case (a head noun among at most five lower-case words, no verb)."""
    return (
        0 < len(words) <= 5
        and all(w[:1].islower() for w in words)
        and any(v.is_head_noun(w) for w in words)
        and not any(fold(w).rstrip(".") in v.sentence_words for w in words)
    )


def _role_words(tokens: list[str], start: int) -> list[str]:
    """The words from ``start`` up to their part's end or a role's object ("of", "at", "for")."""
    out: list[str] = []
    for tok in tokens[start:]:
        if tok in (",", ";", ":", "of", "at", "for", "with", "in", "and"):
            break
        out.append(tok)
    return out


def _part_from(tokens: list[str], start: int) -> list[str]:
    """The tokens from ``start`` to the end of their part (the next comma, semicolon, colon)."""
    end = next((k for k in range(start, len(tokens)) if tokens[k] in (",", ";", ":")), len(tokens))
    return tokens[start:end]


def _modified_role(words: list[str], v: Vocabulary) -> bool:
    """ "Board Member", "Head of Neurology": a title of two words or more, no bare head."""
    head, _obj = _head_zone(words, v)
    return len(words) >= 2 and bool(head) and v.is_head_noun(head[-1])


def _full_role(cur: list[str], v: Vocabulary) -> bool:
    """ "Senior Consultant", "Professor of Neurology": a title of its own, more than a head."""
    head, _obj = _head_zone(cur, v)
    return (
        len(cur) >= 2
        and bool(head)
        and cur[0][:1].isupper()
        and v.is_head_noun(head[-1])
        and (len(head) == 1 or v.is_role_word(head[0]) or v.is_head_noun(head[0]))
    )


def _role_ends(cur: list[str], v: Vocabulary) -> bool:
    """A role's head noun, and no organisation's head after it: "Director Ashford Center for MS"
    goes on with the organisation's own "for"."""
    heads = [i for i, t in enumerate(cur) if v.is_head_noun(t)]
    return bool(heads) and not any(
        t in v.org_heads or t in v.org_lead_heads for t in cur[heads[-1] + 1 :]
    )


def _bracketed_role(words: list[str], v: Vocabulary) -> bool:
    """ "(Chair)", "(Vice Chair)", "(Panel Co-Chair)": capitalised role words ending in a head."""
    return (
        len(words) <= 4
        and v.is_head_noun(words[-1])
        and all(w[:1].isupper() or w in ("&", "and") for w in words)
        and not any(w in v.org_heads or w in v.org_lead_heads or is_cred(w, v) for w in words)
    )


def _prose_role_for_body(cur: list[str], tokens: list[str], start: int, v: Vocabulary) -> bool:
    """ "the patient liaison for MS Horizons": a role written in lower case, then a body named
    for the disease (capitalised, up to the part's end): the body is the organisation."""
    if not cur[-1][:1].islower():
        return False
    end = next((k for k in range(start, len(tokens)) if tokens[k] in (",", ";", ":")), len(tokens))
    return _named_for_condition(tokens[start:end], v)


def _org_follows(tokens: list[str], start: int, v: Vocabulary) -> bool:
    for tok in tokens[start:]:
        if tok in (",", ";", ":") or tok in ("at", "with", "from"):
            return False  # "Clinical Lead for MS at the X Hospital": the body is after "at"
        if (tok in v.org_heads or tok in v.org_lead_heads) and tok not in v.object_ends:
            return True
    return False


def _role_opens(tokens: list[str], start: int, v: Vocabulary) -> bool:
    """ "Honorary Consultant to ...": capitalised role words up to a head noun."""
    for tok in tokens[start : start + 5]:
        if v.is_head_noun(tok) and tok[:1].isupper():
            return True
        if not (v.is_role_word(tok) or tok[:1].isupper()):
            return False
    return False


def _town_ends(cur: list[str], tokens: list[str], start: int, v: Vocabulary) -> bool:
    """ "... at Kestrel Health in Denver": one or two words that end the line after an
    organisation's name are its town (up to the part's end: ", who specializes ...")."""
    rest = _part_from(tokens, start)
    return (
        1 <= len(rest) <= 2
        and all(t.isalpha() and t.istitle() for t in rest)
        and not any(_runs_into_org(t, v) or v.is_role_word(t) for t in rest)
        and any(t in v.org_heads or t in v.org_lead_heads for t in cur)
    )


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
    if chunks[0] in v.condition_words:
        return False  # "an interest in MS": after "in" MS is the disease, not Mississippi
    return any(v.is_place(c) for c in chunks[:2])


# -- names ----------------------------------------------------------------------------------------


@dataclass
class NameSplit:
    prefix: list[str]  # role or organisation words before the name ("Cleveland Clinic neurologist")
    honorific: bool
    name: list[str]
    degrees: list[str]
    rest: list[str]


def split_name(
    tokens: list[str], v: Vocabulary, after: list[str] | None = None, place_first: bool = False
) -> NameSplit | None:
    """``[role words] [honorific] Name [credentials] [flattened parts]``, or None.

    ``after``: the tokens of the next part on the line, when a credential there may vouch for
    a short name ("Marisol T., OT").
    """
    starts = [0] + [
        i
        for i in range(1, len(tokens))
        if (
            tokens[i - 1] in v.role_heads
            or fold(tokens[i - 1]) in v.prose_role_heads
            or tokens[i - 1] in v.org_heads
            or _postmodifier_ends(tokens, i, v)  # "la neuróloga pediátrica | Name"
        )
        # "Przychodnia Zdrowia X", "Hospital Gregorio Marañón": the words after a body's lead
        # head alone are its name, no person's; so are they after "de la Universidad", "of the
        # University" (a body's head after a connector opens the body's name)
        and not (i == 1 and tokens[0] in v.org_lead_heads)
        and not (
            i >= 2
            and tokens[i - 1] in v.org_lead_heads
            and (tokens[i - 2] in v.connectors or tokens[i - 2] in v.joiner_articles)
        )
    ]
    if place_first:
        # "... Baltimore, Maryland Colleen R. Hartigan, RN": stacked blocks run onto one line, the
        # one expert's place before the next one's name
        places = [i for i in range(1, min(4, len(tokens) - 1)) if v.is_place(" ".join(tokens[:i]))]
        starts = [*places, *starts]
    for start in starts:
        i = start
        honorific = False
        # "Prof. dr. sc. Name": a doctorate written in lower case before the name (Croatian,
        # Slovene usage) is a degree; "Dr. med. Name" (German) stays an honorific
        before: list[str] = []
        while i + 1 < len(tokens):
            if " " in tokens[i] and cred_key(tokens[i]) in v.spaced_credentials:
                if tokens[i][:1].islower():
                    before.append(tokens[i])
                i += 1
            elif v.is_honorific(tokens[i]):
                i += 1
            elif v.is_prenominal(tokens[i]):
                before.append(tokens[i])
                i += 1
            elif (m := _modified_honorific(tokens, i, v)) is not None:
                i = m  # "Associate Professor Vilma Jokubauskas", "Clinical Assoc Prof Ravi Nair"
            else:
                break
            honorific = True
        j = i
        # "Dr VS Kulkarni", "KL Marsh BVM&S MRCVS": initials written together in capitals, after
        # an honorific or before the credentials that vouch for the name
        fused = _fused_initials(tokens, i, v) and (honorific or _credited_initials(tokens, i, v))
        if fused:
            j += 1  # "Dr VS Kulkarni": initials written together in capitals
        while j < len(tokens) and name_kind(tokens[j], v):
            j += 1
        if j - i > 2 and _modifies_role(tokens, j, v):
            j -= 1  # "Dr Fiona Marsh Renal Specialist Nurse": the role's modifier, no name word
        while j - i > 2 and tokens[j - 1] in v.role_heads and tokens[j - 1].isupper():
            # "Dr Sunita Varghese GP, Geelong": a role's acronym after a name written in mixed
            # case is the role (in a name in capitals, "HAMISH TREVALLY CEO", the kinds decide)
            if not any(name_kind(t, v) == "word" for t in tokens[i : j - 1]):
                break
            j -= 1
        name = tokens[i:j]
        kinds = [name_kind(t, v) for t in name]
        if fused:
            kinds[0] = "initial"
        words = [t for t, k in zip(name, kinds, strict=True) if k in ("word", "caps", "initial")]
        full = [
            t
            for t, k in zip(name, kinds, strict=True)
            if k in ("word", "caps") and len(t.strip(".")) > 1
        ]
        if "caps" in kinds and "word" in kinds and not _caps_surname(name, kinds):
            continue  # "MARGUERITE OSEI" is a name in capitals; "Jane DOE PT" is not one
        if v.is_discipline(name):
            continue  # "Occupational Therapy" under a name in a list is its field, no person
        if honorific and len(name) == 1 and name[0] in v.object_ends:
            continue  # "Clinical Professor Neurology": the title's field, no person's name
        if (
            len(full) < (1 if honorific or fused else 2)
            and not _initialled(full, kinds, [*tokens[j:], *(after or ())], v)
            and not (start == 0 and _surname_appositive(name, tokens[j:], after, v))
        ):
            continue
        if (
            j < len(tokens)
            and _runs_into_org(tokens[j], v)
            and not _name_over_unit(name, tokens, j, v)
        ):
            continue  # "Multiple Sclerosis Society of ...": the words were an organisation's
        if len(words) > 6 or name_kind(name[0], v) in ("particle", "suffix"):
            continue
        k = j
        while k < len(tokens) and is_cred(tokens[k], v):
            if k == j and _disease_before_words(tokens, k, v):
                # "Rise Above MS Programs Consultant": MS alone before more words is the disease
                # ("Name MD MS Medical Director": after another credential it is a degree).
                break
            k += 1
        rest = tokens[k:]
        # "Neurologist Jane Doe" needs credentials, the end of the unit or (role-first in a
        # sentence: "registered dietitian Lucia Ferreira of Bright Plate Nutrition") a joiner
        # before a capitalised organisation after it
        joined = len(rest) > 1 and rest[0] in v.joiners and rest[1][:1].isupper()
        if start and k == j and rest and not joined:
            continue
        return NameSplit(tokens[:start], honorific, name, [*before, *tokens[j:k]], rest)
    return None


_VOWELS = frozenset("AEIOUYÀÂÄÁÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜ")


def _caps_surname(name: list[str], kinds: list[str | None]) -> bool:
    """ "Agathe FONTREMIS", "Lucien BRASSART": a French-style name, a known given name and then
    the surname in capitals, last. A word in capitals is a surname only when it reads as one (five
    letters or more, two vowels or more: "FACHE"-like credentials have fewer)."""
    last = name[-1].strip(",")
    if kinds[-1] != "caps" or "caps" in kinds[:-1] or not is_given_name(name[0]):
        return False
    vowels = sum(ch in _VOWELS for ch in last)
    return len(last) >= 6 and vowels >= 2 and vowels / len(last) >= 0.3


def _modifies_role(tokens: list[str], j: int, v: Vocabulary) -> bool:
    """Is the word before ``j`` (read as the name's last) the modifier of a role phrase that
    starts at ``j``? A common word that is no surname or given name ("Renal", "Neuro"), then
    capitalised role words up to a head noun ("Specialist Nurse")."""
    word = tokens[j - 1]
    key = word.casefold()
    lists = name_lists()
    return (
        j < len(tokens)
        and word.istitle()
        and key in lists.common
        and key not in lists.surnames
        and not is_given_name(word)
        and (v.is_role_word(tokens[j]) or v.is_head_noun(tokens[j]))
        and _role_opens(tokens, j, v)
    )


def _modified_honorific(tokens: list[str], i: int, v: Vocabulary) -> int | None:
    """Where the name starts after role modifiers and an honorific ("Clinical Assoc Prof")."""
    k = i
    while k < len(tokens) and k - i < 3 and tokens[k] in v.role_modifiers:
        k += 1
    # only a rank takes modifiers ("Associate Professor"); "Chief Executive Dr Name" is a role,
    # then the honorific
    rank = fold(tokens[k]).rstrip(".") not in _SOCIAL_HONORIFICS if k < len(tokens) else False
    if k > i and k + 1 < len(tokens) and v.is_honorific(tokens[k]) and rank:
        return k + 1
    return None


_SOCIAL_HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame"))


def _disease_before_words(tokens: list[str], k: int, v: Vocabulary) -> bool:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return tokens[k] in v.condition_words and nxt[:1].isupper() and not is_cred(nxt, v)


def _initialled(full: list[str], kinds: list[str | None], after: list[str], v: Vocabulary) -> bool:
    """ "Marisol T., OT": a given name and a surname's initial, then a listed credential."""
    nxt = next((t for t in after if t not in (",", ";")), "")
    return len(full) == 1 and kinds[-1] == "initial" and v.is_credential(nxt)


def _surname_appositive(
    name: list[str], rest: list[str], after: list[str] | None, v: Vocabulary
) -> bool:
    """ "Ames-Okoro, a nurse with X": a quote's speaker named by the surname alone, then an
    appositive role with its article (a person's role: a prose head noun)."""
    if len(name) != 1 or rest or not after or len(after) < 2 or name[0].isupper():
        return False
    if v.is_place(name[0]) or fold(name[0]) in v.not_name_words:
        return False
    role = _role_words(after, 1)
    return (
        after[0] in ("a", "an")
        and bool(role)
        and fold(role[-1]) in v.prose_role_heads
        and all(w[:1].islower() for w in role)
    )


def _fused_initials(tokens: list[str], i: int, v: Vocabulary) -> bool:
    tok = tokens[i] if i < len(tokens) else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        2 <= len(tok) <= 3
        and tok.isalpha()
        and tok.isupper()
        and name_kind(nxt, v) == "word"
        and len(nxt) > 1
    )


def _credited_initials(tokens: list[str], i: int, v: Vocabulary) -> bool:
    """Capitals before a surname that credentials follow ("KL Marsh BVM&S"): the initials of a
    name, no credential, place or condition of their own ("RN Marsh", "MS Society")."""
    tok = tokens[i]
    if v.is_credential(tok) or tok in v.places or tok in v.condition_words:
        return False
    k = i + 2
    while k < len(tokens) and tokens[k] in (",", ", "):
        k += 1
    return k < len(tokens) and is_cred(tokens[k], v) and "." not in tokens[k][-1:]


def _name_over_unit(name: list[str], tokens: list[str], j: int, v: Vocabulary) -> bool:
    """ "Sunil V Kelkar Department of Neurology, ...": a name line and the unit's line under it
    flattened into one; a known given name or a middle initial vouches for the name, a unit's
    head and its "of" open the organisation ("Harbour Clinic Department of ..." is one body's
    name)."""
    return (
        2 <= len(name) <= 4
        # a middle initial vouches as a known given name does ("Sunil V Kelkar")
        and (is_given_name(name[0]) or any(re.fullmatch(r"[A-Z]\.?", w) for w in name[1:-1]))
        and tokens[j] in v.unit_heads
        and j + 1 < len(tokens)
        and tokens[j + 1] in ("of", "for")
    )


def _runs_into_org(token: str, v: Vocabulary) -> bool:
    return token in v.org_heads or token in v.org_lead_heads or token in v.unit_heads


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


def _head_zone(span: list[str], v: Vocabulary) -> tuple[list[str], list[str]]:
    for i, tok in enumerate(span):
        # "Director of ...", "Jefa de sección de ...", "Direktor der Klinik für ...": the object
        if tok in v.object_openers or tok == "on":
            return span[:i], span[i:]
        if i + 1 < len(span) and fold(tok) in v.case_object_heads:
            return span[: i + 1], span[i + 1 :]  # "Kierownik Kliniki Neurologii": no opener
    return span, []


def _score(
    label: str, span: list[str], sep: str, v: Vocabulary, last: bool = True, flat: bool = False
) -> float:
    if label == _OTHER:
        return 0.0  # claimed by no class
    if label == _META:
        # Over any field's score: a date or a copyright line is nobody's institution or place.
        return 5.0 if no_field(" ".join(span), v) else -9.0
    if label == _PLACE:
        text = " ".join(span)
        if not last:
            # A place ends its part ("Seattle, WA"); "MS Institute", "MS Australia" are no places.
            return -6.0 if v.is_place(text) else -9.0
        if v.is_place(text):
            return 4.0
        if sep == "in" and len(span) <= 2 and all(t.isalpha() and t.istitle() for t in span):
            return 3.0  # "... Health in Denver": a town named after "in"
        if 2 <= len(span) <= 3 and span[-1] in v.town_endings and all(t.istitle() for t in span):
            return 3.0  # "Bayshore Point", "Ashford Hollow": a town's name by its ending
        if _address(span, v) or v.postcoded(text):
            return 2.5
        if _district(span):
            return 3.0
        return -9.0
    if label == _ROLE and (rel := _relative_at(span)):
        # "neurologist who has MS", "a neurologist who directs the MS Program": a role and the
        # relative clause that describes it are one role phrase, read by the role before it
        return _score(_ROLE, span[:rel], sep, v, last, flat)
    head, obj = _head_zone(span, v)
    # "of the Neuroimmunology Fellowship University of Kestrel": an institution began inside the
    # object. An organisation head that ends the span is the object's own head ("of the MS Center").
    bad_obj = any(
        tok in v.org_lead_heads
        and obj[i - 1] not in v.connectors
        and i < len(obj) - 1
        and not _named_centre(obj, i, v)
        for i, tok in enumerate(obj)
        if i
    )
    if label == _ROLE:
        if ((sep == "\n" or flat) and v.is_discipline(span)) or (
            sep == "\n" and len(span) == 1 and _specialty_word(span[0].rstrip("."), v)
        ):
            # "Nursing", "Occupational Therapy": a discipline heading on its own line is the
            # expert's field ("..., Nursing, Delaware University" after a comma is the school's).
            # It scores under an organisation's head: "Rehabilitation Institute of X" stays whole;
            # a whole line that is one ("Emergency Medicine") is over one ("Medicine" is a head).
            floor = 3.0 if sep == "\n" and last and v.is_discipline(span) else 2.0
            return max(floor, _role_score(span, sep, head, obj, bad_obj, v))
        return _role_score(span, sep, head, obj, bad_obj, v)
    if label == _UNIT:
        if not (span[0] in v.unit_heads and obj):
            return -9.0
        return 3.0 - (3.0 if bad_obj else 0.0) - (2.5 if _object_ended(obj, v) else 0.0)
    if label == _ORG:
        score = -0.2  # a name of a place of work with no head word: as likely anything else
        if len(span) == 1 and (_org_acronym(span[0], v) or _glued_condition(span[0], v)):
            score += 1.0  # "MSAA", "AIIMS": an organisation's acronym; "RunMS": its brand
        if (
            any(t in v.org_heads or t in v.org_lead_heads for t in span)
            or (span[-1] in v.unit_heads and len(span) > 1)  # "Multiple Sclerosis Unit"
            # "Onward MS": a name that ends in the disease names a body ("an MS specialist" not)
            or (span[-1] in v.condition_words and len(span) > 1 and span[0][:1].isupper())
        ):
            score += 2.7
        if span[0] in v.org_lead_heads:
            score += 1.0
        if any(t in v.role_heads for t in head[:2]) and span[0] not in v.org_lead_heads:
            score -= 2.0
        if sep in _ORG_SEPS:
            score += 2.0
        if _object_ended(obj, v):
            score -= 2.5
        return score
    return 0.0  # _OTHER: claimed by no class


def _named_centre(obj: list[str], i: int, v: Vocabulary) -> bool:
    """ "of the Loretta Wyse Center for Multiple Sclerosis": a body named for its donor and its
    purpose ("for") is the object's own head, when no other head came before it in the object
    (no institution began inside it, as in "of the MS Fellowship University of X")."""
    return (
        obj[i + 1] == "for"
        and obj[1] in v.articles
        and not any(t in v.org_heads or t in v.unit_heads or v.is_head_noun(t) for t in obj[2:i])
    )


def _relative_at(span: list[str]) -> int:
    """Where a relative clause opens a role's description ("who", "that" and a lower-case
    word after a word or more): 0 when none does."""
    for i in range(1, len(span) - 1):
        if span[i] in _CLAUSE_WORDS and span[i + 1][:1].islower():
            return i
    return 0


def _role_score(
    span: list[str], sep: str, head: list[str], obj: list[str], bad_obj: bool, v: Vocabulary
) -> float:
    article = span[0] in v.articles and len(span) > 1
    bare = _without_postmodifiers(span, v)
    prose = (
        ((article or len(bare) == 1) and any(fold(t) in v.prose_role_heads for t in bare))
        or (len(bare) > 2 and fold(bare[0]) in v.prose_role_heads and bare[1] in v.object_openers)
        or (article and _credential_noun(span, v))
    )
    # A role phrase is modifiers before a head noun: "Communications & Campaigns Officer",
    # "Clinic Coordinator/Social Worker", "ST5 Neurologist", "the vice president".
    core = _without_postmodifiers(head[1:] if article else head, v)
    head_final = (
        bool(core)
        and v.is_head_noun(core[-1])
        and _modifiers(core[:-1], v)
        # "UW professor of ...", "MSAA Chief Medical Consultant": an acronym first is an
        # organisation's unless an article opens the phrase ("an MS specialist").
        and (
            article
            or not core[:-1]
            or not _org_acronym(core[0], v, 2 if core[-1][:1].islower() else 3)
        )
    )
    if not (v.is_role_word(span[0]) or prose or head_final):
        return -9.0
    score = 2.0 + (2.0 if any(v.is_role_head(t) for t in head) or prose or head_final else -4.0)
    if not head_final and any(
        t in v.org_heads or t in v.org_lead_heads for t in head if t not in v.role_heads
    ):
        score -= 3.0
    if bad_obj:
        score -= 3.0
    if _object_ended(obj, v):
        score -= 2.5  # "of Neurology Cascade Health": the object ended, something else began
    if obj and head and head[-1] in v.org_lead_heads:
        score -= 2.0  # "Faculty of Medicine": a head that names a body too names it before "of"
    if not head_final and _words_after_head(head, v):
        score -= 2.5  # "Director Fenwick MS Research Unit": other words went on after the head
    if sep in _ORG_SEPS:
        score -= 2.0
    return score


def _without_postmodifiers(span: list[str], v: Vocabulary) -> list[str]:
    """ "neuróloga pediátrica de X" read as "neuróloga de X": in the Romance languages the
    adjective follows the role's head; lower-case ones of the class right after the head go."""
    h = 1 if span and fold(span[0]) in v.joiner_articles else 0  # "la neuróloga pediátrica"
    if len(span) < h + 2 or fold(span[h]) not in v.prose_role_heads or not span[h][:1].islower():
        return span
    k = h + 1
    while k < len(span) and k <= h + 2 and span[k].islower() and span[k] in v.role_postmodifiers:
        k += 1
    return span if k == h + 1 else [*span[: h + 1], *span[k:]]


def _credential_noun(span: list[str], v: Vocabulary) -> bool:
    """ "a licensed OT", "an RN", "a certified MSCN": an article, lower-case modifiers and a
    credential in capitals used as the noun of a role."""
    last = span[-1]
    return (
        2 <= len(span) <= 4
        and last.isupper()
        and len(last) >= 2
        and v.is_credential(last)
        and last not in v.condition_words
        and all(w.islower() and w.isalpha() for w in span[1:-1])
    )


def _words_after_head(head: list[str], v: Vocabulary) -> bool:
    last = max((i for i, t in enumerate(head) if v.is_head_noun(t)), default=-1)
    after = head[last + 1 :] if last >= 0 else []
    return any(
        w[:1].isupper() and not (v.is_role_word(w) or _ends_object(w, v) or w in v.connectors)
        for w in after
    )


def _org_acronym(token: str, v: Vocabulary, shortest: int = 3) -> bool:
    """ "MSAA", "UCSF", "NHS": capitals that are no credential and no role word."""
    return (
        len(token) >= shortest
        and token.isalpha()
        and token.isupper()
        and not v.is_credential(token)
        and not v.is_role_word(token)
        and token not in v.condition_words  # "ALS Specialist": the disease's specialist
    )


_CAMEL_PART = re.compile(r"(?<=[a-z])[A-Z]{2,4}(?=[A-Z][a-z]|$)")


def _glued_condition(token: str, v: Vocabulary) -> bool:
    """ "RunMS", "IslaMSCenter": the disease's acronym glued inside one capitalised word names
    a charity, a campaign or a centre (a person's name never holds it)."""
    return (
        token[:1].isupper()
        and token.isalpha()
        and any(m.group() in v.condition_words for m in _CAMEL_PART.finditer(token))
    )


def _modifiers(words: list[str], v: Vocabulary) -> bool:
    """Words that may stand before a role's head noun: words, numbers, '&', hyphenations."""
    # "Care Navigator/ Outreach and Enablement Services Navigator": a slash joins two roles,
    # the bound holds for the last one's modifiers
    slash = max((i for i, w in enumerate(words) if "/" in w), default=-1)
    if len(words) - slash - (1 if slash >= 0 and words[slash].endswith("/") else 0) > 5:
        return False
    return (
        all(
            w[:1].isupper()
            or w[:1].isdigit()
            or w in ("&", "and", "/")
            or (w[:1] == "/" and w[1:2].isupper())  # "Care Navigator /Outreach ... Navigator"
            or w.isalpha()  # "Māori health lead"
            or (w[:1].islower() and "-" in w)  # "board-certified Neurologist"
            for w in words
        )
        and not any(fold(w).rstrip(".") in v.sentence_words for w in words)
    )


def _ends_object(token: str, v: Vocabulary) -> bool:
    """ "Neurology", "MS/Neuroimmunology" (its last part), "(MS/Neuroimmunology)" after one."""
    bare = token.strip(",()")
    return bare in v.object_ends or bare.rsplit("/", 1)[-1] in v.object_ends


def _object_ended(obj: list[str], v: Vocabulary) -> bool:
    """ "of Neurology Cascade Health": the object ended and something else began. A body's head
    that ends the object is the object's own ("Head of the Neuroinflammation Group")."""
    return any(
        _ends_object(tok, v)
        and nxt[:1].isupper()
        and nxt not in v.connectors
        and nxt not in v.object_ends
        and not (i == len(obj) - 2 and nxt in v.org_heads and nxt not in v.org_lead_heads)
        for i, (tok, nxt) in enumerate(itertools.pairwise(obj))
    )


def _cut_evidence(
    tokens: list[str], i: int, v: Vocabulary, in_object: bool, flat: bool = False
) -> float:
    prev, tok = tokens[i - 1], tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if prev in v.connectors or tok in v.connectors:
        return -99.0
    if not tok[:1].isupper():
        # Only a prose role ends a run of capitalised words: "Cleveland Clinic | neurologist".
        # "UW | professor of rehabilitation medicine": or a prose role with its object.
        if (
            fold(tok) in v.prose_role_heads
            and prev[:1].isupper()
            # "Consultant neurologist", "Senior nurse": a role word before the head is its modifier
            and not (v.is_role_word(prev) or v.is_head_noun(prev))
            and (i == len(tokens) - 1 or nxt in v.object_openers)
        ):
            return 3.0
        rest = tokens[i:]
        if (
            2 <= len(rest) <= 3
            and prev[:1].isupper()
            and not (v.is_role_word(prev) or v.is_head_noun(prev))
            and all(w.isalpha() and w.islower() for w in rest)
            and fold(rest[-1]) in v.prose_role_heads
        ):
            # "Neuro Care Society of India | national secretary", "The Courier | medical
            # expert": a body, then its lower-case role with a modifier, ending the part
            return 3.0
        return -99.0
    evidence = 0.0
    if flat and _discipline_ends(tokens, i, v):
        # "RN, BSN Nursing University of ...": on a stacked block run together on one line, a
        # discipline heading ends where the next line's words begin.
        evidence += 3.0
    if in_object and _ends_object(prev, v):
        evidence += 1.5
        if v.is_role_word(tok) and tok not in v.object_ends:
            evidence += 1.5
    if _ends_object(prev, v) and _org_acronym(tok, v):
        # "Consultant Neurology | RDHT": an acronym after the field names the employer
        evidence += 2.5
    if prev.startswith("(") and prev.endswith(")") and v.is_role_word(tok) and tok[:1].isupper():
        evidence += 3.0  # "Vice Chair (Clinical Affairs) | Director": a role after a role's bracket
    if (
        not in_object
        and prev in v.role_heads
        and not v.is_role_word(tok)
        # "Lead MS Nurse": a word that is a head and a modifier, with a head noun close after it
        and not (prev in v.role_modifiers and _head_ahead(tokens, i, v))
    ):
        evidence += 3.0  # "Staff Neurologist | Cleveland Clinic"
    elif (
        not in_object
        and prev[:1].islower()
        and v.is_head_noun(prev)
        and not v.is_role_word(tok)
        and not v.is_head_noun(tok)
    ):
        # "staff neurologist | Northgate General Hospital", "president | Keystone Society":
        # a lower-case role's head noun, then capitals, on a line run together without a comma
        evidence += 3.0
    if tok in v.org_lead_heads and _opens_object(nxt, v):
        evidence += 1.0
        if prev in v.org_heads and prev not in v.org_lead_heads:
            evidence += 2.0  # "Multiple Sclerosis Program | University of Lakemoor"
    if (
        v.is_place(tok)
        and (tok.isupper() or tok.endswith("."))
        and not (v.is_credential(tok) and nxt[:1].isupper())  # "Lead MS Nurse": no state
        # "Onward MS", "Thrive MS": without a comma, MS after a name is the disease the body is
        # named for; Mississippi after its city takes the comma ("Jackson, MS")
        and tok not in v.condition_words
    ):
        # "Rochester MN": a state's abbreviation may follow its city without a comma. A country
        # or region that does ("MS Australia", "Cancer Council Ireland") ends an organisation.
        evidence += 2.0
    return evidence


def _postmodifier_ends(tokens: list[str], i: int, v: Vocabulary) -> bool:
    """ "la neuróloga pediátrica | Ana ...": a Romance role's adjective after its head ends it."""
    k = i - 1
    while k > 0 and k >= i - 2 and tokens[k] in v.role_postmodifiers:
        k -= 1
    return k < i - 1 and fold(tokens[k]) in v.prose_role_heads


def _head_ahead(tokens: list[str], i: int, v: Vocabulary) -> bool:
    """ "Lead | MS Nurse", "Consultant | Orthopaedic & Trauma Surgeon": a head noun within the
    next capitalised words (an ampersand between them), so the word before modifies it."""
    for tok in tokens[i : i + 5]:
        if v.is_head_noun(tok):
            return True
        if not (tok[:1].isupper() or tok == "&"):
            return False
    return False


def _discipline_ends(tokens: list[str], i: int, v: Vocabulary) -> bool:
    for length in range(1, min(i, 4) + 1):
        if v.is_discipline(tokens[i - length : i]):
            return i == length or tokens[i - length - 1] not in v.connectors
    return False


def segment(
    tokens: list[str], sep: str, v: Vocabulary, flat: bool = False
) -> list[tuple[str, list[str]]]:
    """Best split of one unit's words into labelled phrases (dynamic programming over cuts)."""
    tokens = tokens[1:] if len(tokens) > 1 and tokens[0] in ("and", "&") else tokens
    split = _role_of_organisation(tokens, v) or _organisation_before_role(tokens, v)
    if split is not None:
        return split
    return list(_segment(tuple(tokens), sep, v, flat))


_POSSESSIVE = ("'s", "’s")


def _organisation_before_role(
    tokens: list[str], v: Vocabulary
) -> list[tuple[str, list[str]]] | None:
    """ "NMSA's Chief Medical Officer", "MSTrack Foundation Managing Director", "Bayside Health
    Director of Neurology": an organisation (a possessive, or words ending in an organisation
    head) written before the role. The role is the title, the words before it the institution.
    """
    if len(tokens) < 3 or not tokens[0][:1].isupper():
        return None
    for i in range(1, len(tokens)):
        prev = tokens[i - 1]
        possessive = prev.endswith(_POSSESSIVE) and len(prev) > 3
        # "Thrive With MS Programs Consultant": an organisation named for the disease, then a role
        named_for = prev in v.condition_words and i >= 2
        # "NPAA Board President": an organisation's acronym first, then the role
        acronym = i == 1 and _org_acronym(prev, v)
        if not (possessive or prev in v.org_heads or named_for or acronym):
            continue
        org, role = tokens[:i], tokens[i:]
        if not all(w[:1].isupper() or w in v.connectors for w in org):
            return None
        if any(v.is_role_word(w) for w in org):
            return None  # "Director of the MS Program Professor of ...": a flattened run, the DP's
        if (len(role) < 2 or len(org) < 2) and not (possessive or acronym):
            continue  # "Support Group Coordinator", "Board Member": the head's own modifier
        opens = role[0] in v.role_heads or role[0] in v.role_modifiers
        # "NPAA Board President": a body of the organisation may open the role after its acronym
        opens = opens or (acronym and role[0] in v.membership_bodies and len(role) > 1)
        if role[0] in v.org_lead_heads and role[1:2] == ["of"]:
            continue  # "Kestrel University Faculty of Medicine": the university's faculty
        unit_role = role[0] in v.unit_heads and v.is_head_noun(role[-1])  # "Department of X Head"
        if not (opens or unit_role) or not any(v.is_head_noun(w) for w in role):
            continue
        if not all(w[:1].isupper() or w in v.connectors for w in role):
            continue  # "Foundation president and ...": a lower-case phrase is read by the DP
        head = next(j for j, w in enumerate(role) if v.is_head_noun(w))
        if (
            head + 1 < len(role)
            and role[head + 1] not in v.object_openers
            and any(w in v.org_heads or w in v.org_lead_heads for w in role[head + 1 :])
        ):
            # "Support Group Coordinator Multiple Sclerosis Foundation ..." (a stacked block run
            # together): a body named right after the head is the employer, the DP's to part
            continue
        if possessive:
            org = [*org[:-1], prev[: -len("'s")]]
        return [(_ORG, org), (_ROLE, role)]
    return None


def _role_of_organisation(tokens: list[str], v: Vocabulary) -> list[tuple[str, list[str]]] | None:
    """ "co-director of the KSU MS Center", "Founder of The Vasquez Center": role | organisation.

    A role written in lower case (an appositive), or one whose object opens with a capital "The",
    names its organisation in the object: the role is the title, the object the institution.
    Capitalised roles with "the" keep their object ("Director of the MS Center").
    """
    if "of" not in tokens:
        return _role_del_organisation(tokens, v)
    at = tokens.index("of")
    role, obj = tokens[:at], tokens[at + 1 :]
    core = role[1:] if role and role[0] in v.articles else role
    lower = bool(core) and core[0][:1].islower()
    # "secretary general of the X": a lower-case role's head may stand before its last word
    headed = bool(core) and (v.is_head_noun(core[-1]) or (lower and _lower_role(core, v)))
    if not core or len(obj) < 2 or not headed:
        return None
    if (lower or obj[0] != "the") and _named_for_condition(obj, v):
        return [(_ROLE, role), (_ORG, obj)]
    bare = lower and obj[0][:1].isupper()  # "president and CEO of Larchmont Life Sciences Group"
    if not (obj[0] == "The" or (lower and obj[0] == "the") or bare):
        return None
    if not all(w[:1].isupper() or w in v.connectors or w.startswith("(") for w in obj[1:]):
        return None
    if not any(t in v.org_heads or t in v.org_lead_heads for t in obj):
        return None
    return [(_ROLE, role), (_ORG, obj)]


def _role_del_organisation(tokens: list[str], v: Vocabulary) -> list[tuple[str, list[str]]] | None:
    """ "neuróloga del Hospital Clínico", "neurologue du CHU de Lyon": a lower-case role, the
    Romance "of" (and an article), then a body's lead head: role | organisation (the article
    is no word of the body's name). "jefa del Servicio de ..." keeps its unit as the object."""
    at = next((i for i, t in enumerate(tokens) if t in v.genitive_openers), 0)
    role, obj = tokens[:at], tokens[at + 1 :]
    if obj and obj[0] != "the" and obj[0] in v.joiner_articles:
        obj = obj[1:]  # "de la Clínica X"
    elif obj and obj[0][:2] in v.joiner_articles and obj[0][2:3].isupper():
        obj = [obj[0][2:], *obj[1:]]  # "de l'Hôpital X"
    head = _without_postmodifiers(role, v)[-1:]
    if not (1 <= len(role) <= 3 and role[0][:1].islower() and head and v.is_head_noun(head[0])):
        return None
    if not (obj and obj[0] in v.org_lead_heads and obj[0][:1].isupper()):
        return None
    if not all(w[:1].isupper() or w in v.connectors or w.startswith("(") for w in obj[1:]):
        return None
    return [(_ROLE, role), (_ORG, obj)]


def _named_for_condition(obj: list[str], v: Vocabulary) -> bool:
    """ "MS Penang", "the Multiple Sclerosis Society of Perak (MSSP)": a role's object that is an
    organisation named for the disease, not the role's field ("of MS Neurology", "of MS Care
    Services" stay the title's)."""
    body = obj[1:] if obj and obj[0] in ("the", "The") else obj
    n = v.names_condition(body)
    rest = body[n:]
    if not n or not rest:
        return False
    if not all(w[:1].isupper() or w in v.connectors or w.startswith("(") for w in rest):
        return False
    if any(t in v.org_heads or t in v.org_lead_heads for t in rest):
        return True
    return all(
        w[:1].isupper()
        and not (_ends_object(w, v) or v.is_role_word(w) or v.is_head_noun(w))
        and w not in v.unit_heads
        and not v.is_discipline([w])
        for w in rest
        if not w.startswith("(")  # "MS Kedah (MSK)": its acronym
    )


def _labels_for(span: list[str], v: Vocabulary) -> tuple[str, ...]:
    # Only the labels a span can take at all: the others score -9 and would only cost time.
    first = span[0]
    labels = [_ORG, _OTHER]
    if (
        v.is_role_word(first)
        or first in v.articles
        or len(span) == 1
        or fold(first) in v.prose_role_heads
        or any(v.is_head_noun(t) for t in span)
        or v.is_discipline(span)
    ):
        labels.append(_ROLE)
    if first in v.unit_heads:
        labels.append(_UNIT)
    if len(span) <= 6:
        labels.append(_PLACE)
        if first in v.months or any(t[:1].isdigit() for t in span) or first[:1] in "©(":
            labels.append(_META)  # "Director | May 9", "Editor | Copyright 1999"
    return tuple(labels)


@lru_cache(maxsize=8192)
def _segment(
    tokens: tuple[str, ...], sep: str, v: Vocabulary, flat: bool = False
) -> tuple[tuple[str, list[str]], ...]:
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
                last = _last_span(best[start][1])
                in_object = any(_opens_object(t, v) for t in last) or (
                    bool(last) and fold(last[-1]) in v.case_object_heads  # object in its case
                )
                cut = _cut_evidence(words, start, v, in_object, flat) - _CUT
                if cut < -50:
                    continue  # never after a connector, never before a lower-case word
            span = words[start:end]
            span_sep = sep if start == 0 else ""
            label, score = max(
                (
                    (lab, _score(lab, span, span_sep, v, end == n, flat))
                    for lab in _labels_for(span, v)
                ),
                key=lambda x: x[1],
            )
            total = best[start][0] + score + cut - _SPAN
            if total > best[end][0]:
                best[end] = (total, [*best[start][1], (label, span)])
    return tuple(best[n][1])


def _opens_object(tok: str, v: Vocabulary) -> bool:
    """ "of", "for" and their kin in other languages ("de", "del", "der", "für"): the word
    that opens a role's or a body's object ("in" names a place as often)."""
    return tok in v.object_openers and tok != "in"


def _last_span(spans: list[tuple[str, list[str]]]) -> list[str]:
    return spans[-1][1] if spans else []


# -- the block ------------------------------------------------------------------------------------


def _starts_expert(
    unit: Unit, units: list[Unit], idx: int, v: Vocabulary, place_first: bool = False
) -> NameSplit | None:
    tokens = unit.tokens
    if tokens and tokens[0] in ("and", "&"):
        tokens = tokens[1:]
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    same_line = nxt is not None and nxt.line == unit.line and nxt.sep == ","
    after = nxt.tokens if nxt is not None and same_line else None
    found = split_name(tokens, v, after, place_first)
    if found is None:
        return None
    if (
        after
        and not (found.honorific or found.degrees)
        and all(v.is_place(t) and not t.isupper() for t in after)
    ):
        return None  # "Glen Haven, Pa.": a town and its state's abbreviation ("PA" a degree)
    creds_follow = bool(found.degrees) or (
        nxt is not None
        and nxt.line == unit.line
        and nxt.sep == ","
        and (
            all(is_cred(t, v) for t in nxt.tokens)
            or _status_title(nxt.tokens, v)  # "; Grace Obi, PharmD Candidate"
            # "..., Maryland Colleen R. Hartigan, RN, MN Foothills ...": a run-together block
            or (place_first and _credential_run(nxt.tokens, _listed_run(nxt.tokens, v), [], v) > 0)
        )
    )
    if found.honorific or creds_follow:
        return found
    listed = unit.sep == ";" or unit.tokens[0] in ("and", "&")
    if listed and _given_name_item(found, nxt, unit.line):
        return found
    # "...; Azman Yusof, President of ...": after a semicolon (a list's own mark), a bare full
    # name with a role after its comma is the next person, not the last one's part
    if not (
        unit.sep == ";"
        and same_line
        and nxt is not None
        and not (found.prefix or found.rest)
        and (_opens_role(nxt.tokens[0], v) or nxt.tokens[0] in v.articles)
    ):
        return None
    parts = segment(nxt.tokens, ",", v)
    if parts and parts[0][0] == _ROLE and _full_name(" ".join(found.name)):
        return found
    return None


def _stacked_name(
    unit: Unit, units: list[Unit], idx: int, current: ParsedExpert, v: Vocabulary
) -> NameSplit | None:
    """ "... / Ashgrove, MI" / "Teodor Lind" / "Director of CME": in stacked blocks, a line that
    is a bare full name (a known given name first) and whose next line (or next part on its
    line) opens with a role begins the next person's block; the person above already has
    fields. The first block's shape, a name and then its roles, repeated: a faculty list, a
    letter signed by two office-holders."""
    if unit.sep != "\n" or not (current.titles or current.orgs or current.places):
        return None
    found = split_name(unit.tokens, v)
    if found is None or found.prefix or found.rest or found.degrees or found.honorific:
        return None
    name = " ".join(found.name)
    if not is_given_name(found.name[0]) or v.is_place(name) or not _full_name(name):
        return None
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    if nxt is None or (nxt.line == unit.line and nxt.sep != ","):
        return None
    if nxt.line != unit.line and (
        all(is_cred(t, v) for t in nxt.tokens) or _body_named(nxt.tokens, v)
    ):
        # "Tessa Marwick" / "RGN, MSc" / "Steering Committee" / "Lukas Brenner" / "MD": the
        # first person's shape repeated, a credentials or a committee line under the name
        return found
    parts = segment(nxt.tokens, nxt.sep, v)
    return found if parts and parts[0][0] == _ROLE else None


def _role_unit_line(
    units: list[Unit],
    idx: int,
    parts: list[tuple[str, list[str]]],
    current: ParsedExpert,
    v: Vocabulary,
) -> bool:
    """ "Clinical Professor, Neurology & Neurological Sciences", "Chief, Division of
    Neuroimmunology" on a line of their own under the name: a line of a title and, after its
    comma, the unit or field it holds the title in is one title (a faculty list's form), not a
    title and an institution. The field is a unit (its head a unit's: "Division", "Program")
    or words that name no body, common capitalised words joined at most by "and" ("Education
    Quality and Compliance"); a proper name ("Harbourview Neuro") or a phrase with an object
    ("Office of Research") is an institution."""
    if len(parts) != 1 or not current.titles or idx == 0:
        return False
    unit, prev = units[idx], units[idx - 1]
    if unit.sep != "," or prev.line != unit.line or prev.sep != "\n":
        return False
    if current.titles[-1] != " ".join(prev.tokens):
        return False  # the line's first part was read whole as the title
    if idx + 1 < len(units) and units[idx + 1].line == unit.line:
        return False  # "Neurologist, Harbour Clinic, Leeds": a title, then more parts
    label, span = parts[0]
    if label == _ROLE:
        return False  # "Professor of X and Associate Chief of Y": two titles
    if label == _UNIT or span[0] in v.unit_heads or span[-1] in v.unit_heads:
        return True
    if label != _OTHER or v.is_place(" ".join(span)):
        return False
    if any(w not in ("and", "&") and not w[:1].isupper() for w in span):
        return False  # "Office of Research", "Committee on Student Affairs": a body's name
    common = name_lists().common
    return all(w.casefold() in common for w in span if w[:1].isupper())


def _given_name_item(found: NameSplit, nxt: Unit | None, line: int) -> bool:
    """ "...; and Colin J Pardew, associate dean, ...": after a semicolon (a list's own mark) or
    "and", a bare full name whose first word is a known given name is the next person, whatever
    follows it on the line (a lower-case role, an organisation, a bracket) or when it ends it."""
    if found.prefix or found.rest or found.honorific:
        return False
    words = [w for w in found.name if not _INITIAL.match(w)]
    if len(found.name) < 2 or not words or not is_given_name(found.name[0]):
        return False
    if nxt is not None and nxt.line == line and nxt.sep not in (",", ";", "("):
        return False
    return _full_name(" ".join(found.name))


def _role_first_item(
    units: list[Unit], idx: int, v: Vocabulary
) -> tuple[NameSplit, list[tuple[str, list[str]]]] | None:
    """ "; Role of Organisation, Full Name;": after a semicolon, a role phrase, then a bare full
    name that ends the item (the next semicolon, the line's end): its expert and its parts."""
    unit = units[idx]
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    after = units[idx + 2] if idx + 2 < len(units) else None
    if unit.sep != ";" or nxt is None or nxt.line != unit.line or nxt.sep != ",":
        return None
    if after is not None and after.line == unit.line and after.sep not in (";", "and"):
        return None
    tokens = unit.tokens[1:] if unit.tokens[0] in ("and", "&") else unit.tokens
    if not tokens or not _opens_role(tokens[0], v):
        return None
    found = split_name(nxt.tokens, v)
    if found is None or found.prefix or found.rest or not _full_name(" ".join(found.name)):
        return None
    parts = segment(tokens, "\n", v)
    if not parts or parts[0][0] != _ROLE or any(label == _OTHER for label, _ in parts):
        return None
    return found, parts


def _shared_honorific(units: list[Unit], v: Vocabulary) -> bool:
    return bool(units) and fold(units[0].tokens[0]).rstrip(".") in v.plural_honorifics


def _listed_run(tokens: list[str], v: Vocabulary) -> int:
    k = 0
    while k < len(tokens) and _listed_cred(tokens[k], v):
        k += 1
    return k


def parse_block(
    lines: list[str], v: Vocabulary | None = None, listed: bool = False
) -> list[ParsedExpert]:
    """The experts of a signature block whose first line holds the (first) name; [] if none.

    ``listed``: a lead-in or label came first ("Authors:"), so bare names after the first are
    further experts of a list, not parts of the first one.
    """
    # Cached and shared: callers read the result, never change it.
    return list(_parse_block(tuple(lines), v or vocabulary(), listed))


@lru_cache(maxsize=4096)
def _parse_block(
    lines: tuple[str, ...], v: Vocabulary, listed: bool = False
) -> tuple[ParsedExpert, ...]:
    return tuple(_parse(list(lines), v, listed))


# Units of role or organisation words a line may hold before its name ("Head, MS Unit - Prof X").
_MAX_PENDING = 2


# An entity a template escaped twice ("Osteopath &amp; Laser Therapist" on the page): its ";"
# would part the role, its letters would be a word
_ESCAPED = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


# "Registered Osteopath (8152) and ...", "Dr. Name (V4821)": a register's number in brackets
_REGISTER_NUMBER = re.compile(r"(?<=[^\W\d_]) \((?:[A-Z]{1,3}-?)?\d{3,8}\)(?=[ ,;]+[^\W\d_]|$)")


_DANGLING_BRACKET = re.compile(r"(?:(?<=[a-z]{3})\.)?\s+\($")
# "**Dr. Name**": a Markdown source's emphasis around a whole line of the block
_EMPHASIS = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$")


def _parse(lines: list[str], v: Vocabulary, listed: bool = False) -> list[ParsedExpert]:
    lines = [_EMPHASIS.sub(r"\2", line.strip()) if line[:1] in "*_" else line for line in lines]
    lines = [_ESCAPED.sub(lambda m: html.unescape(m.group()), line) for line in lines]
    lines = [_REGISTER_NUMBER.sub("", line) if "(" in line else line for line in lines]
    # "Name MD, editor. (": the opening bracket of an affiliation link the page stripped (and
    # the line's full stop before it, as at any line's end)
    lines = [_DANGLING_BRACKET.sub("", line) if line.endswith("(") else line for line in lines]
    lines = [_unglued_breaks(line, v) for line in lines]
    lines = _without_contacts(lines, v)
    lines = _before_distribution(lines)
    lines = _without_records(lines, v)
    lines = [lines[0], *(_fellowships(line) or line for line in lines[1:])]
    lines = _without_teams(lines, v)
    if len(lines) > 1:
        lines = [lines[0], *(_role_labelled(line, v) for line in lines[1:])]
    # "(Subspecialty in MS & Neuroimmunology)" under the name: a line wholly in brackets glosses
    # the one above; its words are read as any line's.
    if any(_CITATION.search(line) for line in lines[1:]):
        # "Name, MS, RN, FNP" / "Journal. 2016;12(3):201-208.": a citation under its author is
        # no field; under anything else (authors' initials, a title) the block is a reference.
        first = _parse_lines(lines[:1], v, False, {})
        if len(first) != 1 or not (first[0].degrees or first[0].honorific):
            return []
        lines = [line for line in lines if not _CITATION.search(line)]
    lines = [lines[0], *(_unbracketed(line) for line in lines[1:])]
    for i in range(len(lines) - 2, 0, -1):
        if _credit_line(lines[i], v):
            # "Name, M.D." / "Article written by" / "Name": the credit goes with its name
            lines[i : i + 2] = [f"{lines[i]} {lines[i + 1]}"]
    if " " in lines[0] and (bio := _bio_sentence(lines, v)) is not None:
        return bio
    if len(lines) == 1 and (
        _opened(lines[0], v.self_introductions)
        or (
            (_bio_verb(lines[0], v) or " are " in lines[0] or " were " in lines[0])
            and is_sentence(lines[0], v)
        )
    ):
        # "Dr. Name is happy to answer ...", "A and B are neurologists at X.", "I'm a nurse at
        # X.": a sentence about people (or the writer) that the bio grammar does not read names
        # no expert
        return []
    authors = _medline_authors(lines, v)
    if authors is None:
        authors = numbered_authors(lines, v)
    if authors is not None:
        return authors
    lines, marks = _affiliation_lines(_glued_marks([_marks_spaced(line) for line in lines]))
    experts = _parse_lines(lines, v, listed, marks)
    for expert in experts:
        if expert._mark is not None:
            _copy_affiliation(expert, _affiliation([marks[expert._mark]], v))
    return experts


# "Okonkwo AR", "van der Berg JM": a surname and the given names' initials (Medline's order).
# "Levkovich T.S.", "Радзюк О.В": the initials dotted, in any cased script (the last one's stop
# may have gone with the line's)
_MEDLINE = re.compile(
    r"^([^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2}) ([A-Z]{1,3}|(?:[^\W\d_]\.){1,2}[^\W\d_]\.?)$"
)
_MEDLINE_RUN_ON = re.compile(r"^(.+? [A-Z]{1,3})\.\s+([^\W\d_].+)$")
# "1 Department of Neurology, ...": an affiliation line under an author line's marks.
_AFFILIATION = re.compile(r"^\s*(\d{1,2}|[*†‡§])\.?\s+(?=[^\W\d_])(.+)$")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_RAISED = re.compile(r"(?<=\S)([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(?:^|(?<=\s))([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")


def _marks_spaced(line: str) -> str:
    """ "Sood¹, MD" -> "Sood 1, MD"; "¹Department of ..." -> "1 Department of ...": raised
    affiliation marks read like the written-out ones."""
    if not any(c in line for c in "¹²³⁴⁵⁶⁷⁸⁹⁰"):
        return line
    return _RAISED.sub(
        lambda m: (
            f" {m.group(1).translate(_SUPERSCRIPT)}"
            if m.group(1)
            else f"{m.group(2).translate(_SUPERSCRIPT)} "
        ),
        line,
    )


def _medline_authors(lines: list[str], v: Vocabulary) -> list[ParsedExpert] | None:
    """ "Okonkwo AR, Pellegrini HL." / "Department of ..., Leeds, UK.": an author line in
    Medline's style; the affiliation under it is every author's."""
    first = lines[0].strip()
    if len(lines) == 1 and (run_on := _MEDLINE_RUN_ON.match(first)):
        # "Okonkwo AR, Pellegrini HL. Department of ...": the affiliation run on after the stop
        first, lines = run_on.group(1) + ".", [run_on.group(1) + ".", run_on.group(2)]
    names = [p.strip() for p in first.rstrip(".").split(",")]
    if len(names) < 2:
        return None  # one "Surname AB" reads as well as a given name and initials ("Renata K")
    if first.endswith(".") and names[-1][-2:-1] == ".":
        names[-1] += "."  # "Радзюк О.В.": the last initial's own stop
    credential_like = 0
    for name in names:
        m = _MEDLINE.match(name)
        if m is None:
            return None
        words = m.group(1).split()
        if not all(name_kind(w, v) in ("word", "particle") or w in v.particles for w in words):
            return None
        if words[0] in v.particles and len(words) < 2:
            return None
        if not m.group(2).replace(".", "").isupper():
            return None  # "Smith a.b.": initials are capitals
        credential_like += v.is_credential(m.group(2))
    # Initials may spell a credential ("Holm AB", "Reyes MD"); only a line where every name
    # ends in one reads as well as names with their degrees ("Smith MD, Jones RN").
    if credential_like == len(names):
        return None
    where = _affiliation([line.rstrip(".") for line in lines[1:]], v) if lines[1:] else None
    experts = []
    for name in names:
        expert = ParsedExpert(name=name, name_score=0.7, _author=True)
        if where is not None:
            _copy_affiliation(expert, where)
        experts.append(expert)
    return experts


_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=[*†‡§]?[^\W\d_])(.+)$")
_FOOTNOTE = "*†‡§"


def numbered_authors(lines: list[str], v: Vocabulary) -> list[ParsedExpert] | None:
    """ "1. Davison, Stella C. PhD, RN" / "2. Lebrun, Joel S. MD": a numbered author list, one
    author a line, surname first before a comma (the name is kept in reading order). When the
    numbering starts again at 1 ("1. Ana Ruatapu*," / "2. Graham Pettigrew" / "1. *Dunedin and" /
    "2. Hamilton, ..."), the second list is the authors' affiliations, matched by number; a
    footnote mark ("*") links the corresponding author, no part of the name."""
    if len(lines) == 1 and lines[0].lstrip().startswith("1. ") and " 2. " in lines[0]:
        lines = re.split(r"\s+(?=\d{1,2}\.\s)", lines[0].strip())  # a list run onto one line
    found = [m for m in map(_NUMBERED.match, lines) if m is not None]
    if len(found) != len(lines):
        return None
    numbers = [int(m.group(1)) for m in found]
    rests = [m.group(2) for m in found]
    n = numbers.index(1, 1) if numbers.count(1) == 2 and numbers[0] == 1 else len(numbers)
    if numbers[:n] != list(range(1, n + 1)) or numbers[n:] not in ([], numbers[:n]):
        return None
    where = rests[n:]
    experts: list[ParsedExpert] = []
    for rest in rests[:n]:
        rest = rest.rstrip(" ,;").rstrip(_FOOTNOTE) if where else rest
        expert = _surname_first(tokenize(rest), v)
        if expert is None:
            found_ = _parse_lines([rest], v, False, {})
            if len(found_) != 1:
                return None
            expert = found_[0]
        expert._author = True
        experts.append(expert)
    texts = [w.lstrip(_FOOTNOTE).strip() for w in where]
    if texts and not any(t.split()[-1] in v.connectors for t in texts if t):
        # "1. *Dunedin and" / "2. Hamilton, New Zealand": affiliations that run on into each
        # other share their words; they are split by no number, so no author takes them
        for expert, text in zip(experts, texts, strict=True):
            _copy_affiliation(expert, _affiliation([text], v))
    return experts


def _surname_first(tokens: list[str], v: Vocabulary) -> ParsedExpert | None:
    if len(tokens) < 3 or tokens[1] != "," or name_kind(tokens[0], v) != "word":
        return None
    i = 2
    while i < len(tokens) and name_kind(tokens[i], v) in ("word", "initial"):
        i += 1
    given = tokens[2:i]
    degrees = [t for t in tokens[i:] if t != ","]
    if not any(name_kind(t, v) == "word" for t in given) or not all(is_cred(t, v) for t in degrees):
        return None
    name = " ".join([*given, tokens[0]])
    return ParsedExpert(name=name, name_score=name_score(name, False, degrees, v), degrees=degrees)


# "NkosiI", "DlaminiII": a roman numeral glued to a name's last word (after a lower-case letter),
# before the next name's mark or the line's end; "IIFCP (SA); Division ...": one glued to the
# first word of an affiliation line.
_GLUED_ROMAN = re.compile(r"(?<=[a-z])(I{1,3}|IV|VI{0,3}|IX|X)(?=\s*(?:[,;]|$))")
_ROMAN_OPENING = re.compile(r"^\s*(I{1,3}|IV|VI{0,3}|IX|X)(?=[A-Z])")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _glued_marks(lines: list[str]) -> list[str]:
    """ "Thabo NkosiI; Lerato DlaminiII" / "IPhD, FCP (SA); Division ..." / "IIFCP (SA); ...": an
    author line's footnote marks written as roman numerals glued to the names, and the same
    numerals glued to the openings of the affiliation lines, read as the spaced marks they are
    ("Thabo Nkosi 1", "1 PhD, ..."). Only when every mark of the author line opens an
    affiliation line and every affiliation line's mark is the author line's: a name that ends in
    a capital I ("Li") is no mark otherwise."""
    if len(lines) < 2 or not _GLUED_ROMAN.search(lines[0]):
        return lines
    author = _GLUED_ROMAN.findall(lines[0])
    if len(set(author)) != len(author):
        return lines
    opened: list[str] = []
    rest: list[str] = []
    for line in lines[1:]:
        # the longest numeral of the author line that opens the line before a capital
        mark = next(
            (
                r
                for r in sorted(author, key=len, reverse=True)
                if line.lstrip().startswith(r) and line.lstrip()[len(r) : len(r) + 1].isupper()
            ),
            None,
        )
        if mark is None or _ROMAN_OPENING.match(line) is None:
            return lines
        opened.append(mark)
        rest.append(line.lstrip()[len(mark) :])
    if sorted(opened) != sorted(author):
        return lines
    number = {r: str(_ROMAN.index(r) + 1) for r in author}
    first = _GLUED_ROMAN.sub(lambda m: f" {number[m.group(1)]}", lines[0])
    return [first, *(f"{number[m]} {text}" for m, text in zip(opened, rest, strict=True))]


def _affiliation_lines(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Numbered affiliation lines under an author line with the same marks after its names."""
    given = lines
    if len(lines) == 1:
        # "Name 1, MD, Name 2, MD 1 Department ..., City 2 Department ...": run onto one line
        lines = re.split(r"\s+(?=(?:\d{1,2}|[*†‡§])\.?\s+[^\W\d_]{2})", lines[0].strip())
    if len(lines) < 2:
        return given, {}
    keep = [lines[0]]
    marks: dict[str, str] = {}
    for line in lines[1:]:
        m = _AFFILIATION.match(line)
        if m is not None and m.group(1) not in marks:
            marks[m.group(1)] = m.group(2)
        else:
            keep.append(line)
    author_marks = set(re.findall(r"(?<=\S )(\d{1,2}|[*†‡§])(?=\s*(?:[,;]|$))", lines[0]))
    if not marks or not set(marks) <= author_marks:
        if not author_marks and list(marks) == ["1"] and len(lines) == len(given):
            # "Name" / "1 Department of Neurology, ...": the one author's mark lost with the
            # superscript link on the name; the affiliation line is the author's, unmarked
            return [_unmarked_unit(line) for line in given], {}
        return given, {}
    return keep, marks


def _unmarked_unit(line: str) -> str:
    """ "1 Department of X, ..." -> "Department of X, ...": only before a unit's or an
    organisation's head ("1 Main Street" is an address's number)."""
    m = _AFFILIATION.match(line)
    if m is None or m.group(1) != "1":
        return line
    v = vocabulary()
    head = m.group(2).split(None, 1)[0]
    return m.group(2) if head in v.unit_heads or head in v.org_lead_heads else line


def _marked_name(unit: Unit, marks: dict[str, str], v: Vocabulary) -> NameSplit | None:
    """ "; Lerato Dlamini 2": on an author line with affiliation lines under it, a full name with
    one of their marks after it is the next author (the mark vouches for it as a credential
    would)."""
    tokens = unit.tokens[1:] if unit.tokens[0] in ("and", "&") else unit.tokens
    found = split_name(tokens, v)
    if found is None or found.prefix or len(found.rest) != 1 or found.rest[0] not in marks:
        return None
    return found if _full_name(" ".join(found.name)) else None


def _affiliation(lines: list[str], v: Vocabulary) -> ParsedExpert:
    """The parts of an affiliation written without a name (orgs, places, titles); credentials
    that open it ("PhD, FCP (SA); Division of ...") are the author's degrees."""
    where = ParsedExpert(name="", name_score=0.0)
    opening = True
    for unit in units_of(lines, v):
        listed = where.degrees or _listed_run(unit.tokens, v)
        if opening and listed and all(is_cred(t, v) for t in unit.tokens):
            where.degrees.extend(unit.tokens)
            continue
        opening = False
        _add_parts(where, segment(unit.tokens, unit.sep, v), v, unit.line)
    _closing_city(where)
    return where


def _copy_affiliation(expert: ParsedExpert, where: ParsedExpert) -> None:
    expert.degrees.extend(where.degrees)
    expert.titles.extend(where.titles)
    expert.orgs.extend(where.orgs)
    expert.places.extend(where.places)
    expert.unknown += where.unknown


def _parse_lines(
    lines: list[str], v: Vocabulary, listed: bool, marks: dict[str, str]
) -> list[ParsedExpert]:
    units = units_of(lines, v)
    experts: list[ParsedExpert] = []
    pending: list[tuple[str, list[str]]] = []  # parts met before the first name
    label_titles: list[str] = []  # the titles a role label above the first name gave it
    last_was_name = False  # credentials still follow the name
    taken = -1  # a unit already read as the name of a role-first list item
    trailer_line = -1  # a line that opened with signature text of no field
    credential_lines = _credential_lines(units, v)
    for idx, unit in enumerate(units):
        if idx == taken:
            continue
        if experts and unit.line in credential_lines:
            # "Consultant Neurologist" / "MBBCh, MD, FRCP": a line of credentials is the
            # expert's degrees wherever it stands in the block, above or below the role
            subject = _subject_degree(unit.tokens, v)
            experts[-1].degrees.extend([" ".join(unit.tokens)] if subject else unit.tokens)
            last_was_name = False
            continue
        if experts and (acronym := _spelled_role(units, idx, v)) is not None:
            # "Accredited Practising Dietitian · APD": the role and its post-nominal, which
            # spells the role's initials (no second person named "Accredited Practising")
            experts[-1].titles.append(" ".join(unit.tokens))
            experts[-1].degrees.append(acronym)
            last_was_name, taken = False, idx + 1
            continue
        split = None
        if not experts:
            nxt = units[idx + 1] if idx + 1 < len(units) else None
            same_line = nxt is not None and nxt.line == unit.line and nxt.sep == ","
            split = split_name(unit.tokens, v, nxt.tokens if nxt and same_line else None)
            if split is None and (unit.line != 0 or idx > _MAX_PENDING):
                return []
        elif unit.sep in ("\n", ";", "and", ",", ":") or unit.tokens[0] in ("and", "&"):
            credit = _credit(unit.tokens, v)
            if credit is not None:
                # "Medically reviewed by A, MD \u2014 Written by B": a chain of credits.
                unit = Unit(credit, unit.line, unit.sep)
                split = split_name(credit, v)
            else:
                prev = experts[-1]
                place_first = bool(prev.orgs) and unit.line == prev._org_line
                split = _starts_expert(unit, units, idx, v, place_first)
                if split is None:
                    split = _stacked_name(unit, units, idx, prev, v)
                if split is None and marks:
                    split = _marked_name(unit, marks, v)
                if split is None and unit.sep in ("and", ",") and _shared_honorific(units, v):
                    found = split_name(
                        unit.tokens[1:] if unit.tokens[0] == "and" else unit.tokens, v
                    )
                    if found is not None and not found.prefix and _full_name(" ".join(found.name)):
                        split = found  # "Drs. Jane Doe and John Roe"
            if split is None and listed:
                split = _listed_name(unit, units, idx, experts[-1], v)
            if split is None and (item := _role_first_item(units, idx, v)) is not None:
                # "...; Chief Executive of MS Munster, Declan Hayes; and ...": a list item that
                # gives the role before the name
                expert = _expert_of(item[0], v)
                expert.prefixed = True
                _add_parts(expert, item[1], v, unit.line)
                experts.append(expert)
                last_was_name, taken = False, idx + 1
                continue
        mark = None
        if split is not None and marks and len(split.rest) == 1 and split.rest[0] in marks:
            mark, split.rest = split.rest[0], []  # "Ritika Sood 1, MD": an affiliation's mark
        if split is not None:
            # "Research Staff" / "Name, RN": a role heading alone above the name is its title;
            # any other first line was no part of a signature.
            roles_above = unit.line == 1 and all(label == _ROLE for label, _ in pending)
            if pending and not experts and unit.line != 0 and not roles_above:
                return []
            if (
                pending
                and not experts
                and not (split.honorific or split.degrees)
                and not any(label == _ROLE for label, _ in pending)
            ):
                nxt = units[idx + 1] if idx + 1 < len(units) else None
                if not (nxt and nxt.line == unit.line and all(is_cred(t, v) for t in nxt.tokens)):
                    return []  # "Org, Lotus One, 8th Floor": a bare name after parts is no name
            name = " ".join(split.name)
            expert = ParsedExpert(
                name=name,
                name_score=name_score(name, split.honorific, split.degrees, v),
                honorific=split.honorific,
                degrees=list(split.degrees),
                _mark=mark,
            )
            if split.prefix and experts and v.is_place(" ".join(split.prefix)):
                _add_parts(experts[-1], [(_PLACE, split.prefix)], v, unit.line)
            elif split.prefix:
                expert.prefixed = True
                pending.extend(segment(split.prefix, "\n", v))
            if not experts and any(label == _OTHER for label, _ in pending):
                return []  # words before the name that no class claims: not a signature we know
            experts.append(expert)
            last_was_name = not split.rest
            if split.rest:
                rest, rest_sep = split.rest, ""
                if len(rest) > 1 and rest[0] in v.joiners:
                    rest, rest_sep = rest[1:], rest[0]  # "Dr. Jane Doe of the Harbour MS Center"
                if split.degrees and _town(rest, v):
                    # "Colm Devereux MD Halifax": a letter's one line, a known town after the
                    # credentials with no comma is the writer's place, as it is alone in a part
                    expert.places.append(" ".join(rest))
                else:
                    _add_parts(expert, segment(rest, rest_sep, v), v, unit.line)
            if pending and len(experts) == 1:
                _add_parts(expert, pending, v, -1)
                if all(label == _ROLE for label, _ in pending):
                    label_titles = list(expert.titles)
            continue
        if not experts:
            if idx < _MAX_PENDING and unit.line == 0:
                nxt = units[idx + 1] if idx + 1 < len(units) else None
                if nxt is not None and nxt.sep == ":" and v.is_head_noun(unit.tokens[-1]):
                    parts = [(_ROLE, unit.tokens)]  # "Board chair: Name": the label is the title
                else:
                    parts = segment(unit.tokens, unit.sep, v)
                if (
                    pending
                    and parts
                    and pending[-1][0] == _ROLE
                    and (parts[0][0] == _UNIT or parts[0][1][-1] in v.unit_heads)
                ):
                    # "Head, Multiple Sclerosis Unit - Professor X": one title before the name.
                    _label, span = pending.pop()
                    parts[0] = (_ROLE, [*span[:-1], f"{span[-1]},", *parts[0][1]])
                pending.extend(parts)
                continue
            return []
        current = experts[-1]
        if unit.line == trailer_line:
            continue  # "Posted in Charity, Events, Fundraising": the trailer's own list
        if (labelled := _role_labelled_person(units, idx, v)) is not None:
            # "MSCA Host: Tobias Wren" under the presenters: a line that labels the next person
            # by a role (and its body) before the colon; the label is that person's
            expert = _expert_of(labelled[0], v)
            _add_parts(expert, labelled[1], v, unit.line)
            experts.append(expert)
            last_was_name, taken = False, idx + 1
            continue
        if _reporting_tail(units, idx):
            continue  # "Name, CEO of X, says:": the verb that opens the quotation, no field
        if no_field(" ".join(unit.tokens), v):
            # "jdoe@kestrel.example.edu", "Dr Name: 14 May", "Copyright 1999": signature text of
            # no field, in the raw block only; a trailer that opens its line takes the line
            if unit.sep == "\n":
                trailer_line = unit.line
            continue
        if last_was_name and len(unit.tokens) == 1 and unit.tokens[0] in v.suffixes:
            current.name = f"{current.name}, {unit.tokens[0]}"  # "Desmond R. Kaye, Jr., MD"
            continue
        if last_was_name and all(degree_shaped(t, v) for t in unit.tokens):
            current.degrees.extend(unit.tokens)  # "Name, DNP, ARNP-c, MSCN": the credential run
            continue
        if (
            last_was_name
            and len(unit.tokens) > 1
            and " " in unit.tokens[0]
            and is_cred(unit.tokens[0], v)
        ):
            # "Name, dr. med. spec. neurolog": a doctorate opens the part, the role follows it
            current.degrees.append(unit.tokens[0])
            unit = Unit(unit.tokens[1:], unit.line, unit.sep)
        if (
            unit.sep == ","
            and current.titles
            and not (current.orgs or current.places)
            and all(_listed_cred(t, v) for t in unit.tokens)
            and not (len(unit.tokens) == 1 and unit.tokens[0] in v.condition_words)
            and not {cred_key(t) for t in unit.tokens} & {cred_key(d) for d in current.degrees}
        ):
            # "Name, Researcher, MSc., PhD" (a Danish institute's research pages, set 22 f01):
            # listed credentials after the role are still the name's, never an organisation or
            # a place; "MS" alone stays what the parts' rules make of it (the disease first)
            current.degrees.extend(unit.tokens)
            continue
        tokens = unit.tokens
        part_sep = unit.sep
        flat = False
        if unit.sep == "," and _status_title(tokens, v):
            # "Lia Moreno, PharmD Candidate": a degree still being studied for names the
            # writer's standing, a title; the degree is not yet held
            current.titles.append(" ".join(tokens))
            last_was_name = False
            continue
        if last_was_name and unit.sep == "," and (run := _shaped_run(tokens, v)):
            # "Name, P.N.P. for Orchard Lane Pediatrics": credentials, then a joiner's part
            current.degrees.extend(tokens[:run])
            tokens, part_sep = tokens[run + 1 :], tokens[run]
        elif last_was_name and unit.sep == ",":
            # "Name, MA MB BChir (Cantab) Chief Scientific Officer": credentials run into a role.
            k = 0
            while k < len(tokens) and _listed_cred(tokens[k], v):
                k += 1
            if k == 1 and tokens[0] in v.condition_words:
                k = 0  # "Rita Voss, MS Nurse Specialist": the disease's nurse, not a degree
            m = k
            while (
                k
                and m < len(tokens)
                and is_cred(tokens[m], v)
                and tokens[m].isupper()
                # "RN MSAA Director": an acronym that opens with the disease names its society
                and (
                    _listed_cred(tokens[m], v) or not tokens[m].startswith(tuple(v.condition_words))
                )
            ):
                m += 1
            if m > k and m < len(tokens) and _opens_role(tokens[m], v):
                # "Name, MSN, CRNP-AC CPODD Nurse Practitioner": credentials the list lacks,
                # between listed ones and the role, are credentials too
                k = m
            nxt_unit = units[idx + 1] if idx + 1 < len(units) else None
            following = _flattened_next_name(tokens[k:], nxt_unit, v) if k else None
            if following is not None:
                # "Written by: A Bee, MD Cee D. Eff, MD, MPH": a list flattened without commas.
                current.degrees.extend(tokens[:k])
                experts.append(_expert_of(following, v))
                last_was_name = True
                continue
            if k and k < len(tokens) and (_opens_role(tokens[k], v) or _role_opens(tokens, k, v)):
                current.degrees.extend(tokens[:k])
                tokens = tokens[k:]
            else:
                k = _credential_run(tokens, k, current.degrees, v)
                if k:
                    # "Name, RN, MSCNS Harbourview MS Unit Halifax, ...": a stacked block run
                    # together on one line; the credentials end where the next part begins.
                    current.degrees.extend(tokens[:k])
                    tokens = tokens[k:]
                    flat = True
        last_was_name = False
        if (
            part_sep in ("\n", ",")
            and not current.places
            and (len(tokens) == 1 or not current.orgs)
            and _town(tokens, v)
        ):
            # "Name, MD" / "Rehoboth": a bare town alone in its part is the expert's place (one
            # of several words only before any organisation: "..., Delaware Valley, the State
            # University of ..." is the organisation's own name)
            current.places.append(" ".join(tokens))
            current._city = None
            continue
        if unit.sep == "(" and not current.orgs and not current.titles:
            current.bracketed = True
            current.orgs.append(" ".join(tokens))  # "Name (Barts MS)": the name's affiliation
            continue
        if unit.sep == "[":
            # "Name (Tasmania, Harbour Party)", "Dr. Name (Consultant Neurologist, X Hospital)":
            # the bracket's parts are the name's affiliation, each read as a part
            current.bracketed = True
            text = " ".join(tokens)
            if v.is_place(text):
                current.places.append(text)
                continue
            for label, span in segment(tokens, ",", v):
                if label != _META:
                    (current.titles if label == _ROLE else current.orgs).append(" ".join(span))
            continue
        parts = segment(tokens, part_sep, v, flat)
        if (
            unit.sep == ","
            and parts
            and (parts[0][0] == _UNIT or parts[0][1][0] in v.unit_heads)
            and current.titles
            and not current.orgs
        ):
            # "Chief, Division of Neuroimmunology": one title, not a title and an institution.
            current.titles[-1] = f"{current.titles[-1]}, {' '.join(parts[0][1])}"
            parts = parts[1:]
        elif _role_unit_line(units, idx, parts, current, v):
            current.titles[-1] = f"{current.titles[-1]}, {' '.join(parts[0][1])}"
            parts = []
        if listed and unit.sep == ":" and parts and all(label == _OTHER for label, _ in parts):
            continue  # "Interview with Dr. A: Understanding Relapses": the piece's subtitle
        if unit.sep == "," and current.titles and not current.orgs:
            parts = _role_by_position(parts, v)
        _add_parts(current, parts, v, unit.line)
    if label_titles and len(experts) > 1 and _one_line_under_label(lines, units):
        # "Guest Editor:" / "A, MD; B, MD": a role label over one line of names is each one's
        for expert in experts[1:]:
            if not (expert.titles or expert.orgs or expert.places):
                expert.titles = list(label_titles)
    for expert in experts:
        _closing_city(expert)
        _town_before_region(expert, v)
    return experts


def _one_line_under_label(lines: list[str], units: list[Unit]) -> bool:
    """The block is a label ending in a colon and one line of names under it or after it
    ("Guest Editor:" / "A, MD; B, MD", "Co-Chair: A and B")."""
    if len(lines) == 2:
        return lines[0].rstrip().endswith(":")
    return len(lines) == 1 and len(units) > 1 and units[1].sep == ":"


# A word glued to the next where a scrape dropped a line break: "PhDLicensed" (a listed
# credential, then a capitalised word), "USAHelpPath" (a place in capitals, then one), a web
# address's domain run into a telephone number ("example.com555.201.7788").
_GLUED_WORD = re.compile(r"[A-Za-z]*[A-Z][a-z]{2}[\w.]*")
_GLUED_DOMAIN = re.compile(r"(?<=\.)(com|org|net|edu|gov)(?=\d)")


def _unglued_breaks(line: str, v: Vocabulary) -> str:
    """ "Jon Varga PhDLicensed Professional Counselor GA, USAHelpPath.example.com555.201.7788"
    -> "... PhD Licensed Professional Counselor GA, USA HelpPath.example.com 555.201.7788": the
    lines of a block scraped without its breaks, parted where a listed credential written in
    mixed case ("PhD", "MSc") or a place in capitals runs into a capitalised word and where a
    domain runs into a number."""
    if not _GLUED_DOMAIN.search(line) and not re.search(r"[A-Za-z][A-Z][a-z]{2}", line):
        return line  # most lines: no capital inside a word before a lower-case run (cheap test)
    words = line.split(" ")
    for k, word in enumerate(words):
        if not _GLUED_WORD.fullmatch(word) or v.is_credential(word):
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        # "MScNeuro MScPT": a token of a credential's own shape (a degree glued to its subject)
        # stays one, unless a phrase goes on after it ("PhDNurse Specialist")
        if is_cred(word.rstrip(",;."), v) and not (nxt.istitle() and not is_cred(nxt, v)):
            continue
        for i in range(2, len(word) - 2):
            head = word[:i]
            if not (word[i].isupper() and word[i + 1 : i + 3].islower()):
                continue
            # two capitals at least: "Do", "Ma" before a name's capital are no "DO", "MA";
            # a credential in capitals glued to a word is a brand's ("MSTrack", "MDAnderson")
            if sum(c.isupper() for c in head) < 2 or head in v.condition_words:
                continue
            mixed = not head.isupper() and v.is_credential(head)  # "PhDLicensed"
            if mixed or (head.isupper() and v.is_place(head) and not v.is_credential(head)):
                words[k] = f"{head} {word[i:]}"
                break
    return _GLUED_DOMAIN.sub(r"\1 ", " ".join(words))


# -- lines typed by evidence -----------------------------------------------------------------------
# A stacked block's lines are typed by what they hold, wherever they stand: a line of credentials
# is the expert's degrees (under the role as well as under the name), a labelled record ("GMC:
# 7654321", "Typed: 04/09/2025", "Ref: WV-2025-0902") is signature text of no field.


@cache
def _statuses() -> frozenset[str]:
    return frozenset(_field_sections().get("statuses", ()))


def _status_title(tokens: list[str], v: Vocabulary) -> bool:
    """ "PharmD Candidate", "MD/PhD Student", "DNP student": listed credentials, then a word of
    a student's standing (data/field_types.txt's [statuses]): a title, no degree."""
    return (
        2 <= len(tokens) <= 3
        and tokens[-1].casefold() in _statuses()
        and all(is_cred(t, v) and t not in v.condition_words for t in tokens[:-1])
        and any(_listed_cred(t, v) or "/" in t for t in tokens[:-1])
    )


def _credential_lines(units: list[Unit], v: Vocabulary) -> frozenset[int]:
    """The lines after the first whose every part is a credential ("MBBCh, MD, FRCP", "BSc
    (Hons) Optometry, FBCO, MCOptom"), one of them listed: a line of post-nominals."""
    lines: dict[int, list[Unit]] = {}
    for unit in units:
        if unit.line:
            lines.setdefault(unit.line, []).append(unit)
    return frozenset(li for li, line in lines.items() if _credential_line(line, v))


def _credential_line(line: list[Unit], v: Vocabulary) -> bool:
    if line[0].sep != "\n" or any(u.sep not in ("\n", ",", ";") for u in line):
        return False
    tokens = [t for u in line for t in u.tokens]
    if len(tokens) == 1 and (v.is_place(tokens[0]) or tokens[0] in v.condition_words):
        return False  # "MD" alone under "Baltimore": the state; "MS" alone: the disease
    listed = False
    for unit in line:
        if not (all(is_cred(t, v) for t in unit.tokens) or _subject_degree(unit.tokens, v)):
            return False
        if len(unit.tokens) > 1 and not any(_listed_cred(t, v) for t in unit.tokens):
            # "TESFAYE ALEMU, MD": a name in capitals is credential-shaped word by word; a
            # part of several unlisted capitals words is a name, not post-nominals
            return False
        listed = listed or _listed_cred(unit.tokens[0], v)
    return listed


def _subject_degree(tokens: list[str], v: Vocabulary) -> bool:
    """ "BSc (Hons) Optometry", "MSc Neuroscience": a listed credential and its subject (one or
    two capitalised words that name no organisation, role, unit or place)."""
    if not 2 <= len(tokens) <= 3 or not _listed_cred(tokens[0], v):
        return False
    return all(
        t.isalpha()
        and t.istitle()
        and not (
            t in v.org_heads
            or t in v.org_lead_heads
            or t in v.unit_heads
            or v.is_role_word(t)
            or v.is_head_noun(t)
            or v.is_place(t)
        )
        for t in tokens[1:]
    )


# "(and also) a Fellow of the <Body> (FXXX)": a fellowship or membership with its post-nominal in
# brackets (the phrase's own words before the bracket: capitalised, or connectors).
_FELLOWSHIP = re.compile(
    r"[\s,;]*(?:and\s+)?(?:also\s+)?(?:(?:a|an|A|An)\s+)?(?P<head>[A-Z][a-z]+)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&))*\s*"
    r"\((?P<abbr>[A-Z][A-Za-z]{1,9})\)"
)


@cache
def _fellowship_heads() -> frozenset[str]:
    return frozenset(_field_sections().get("fellowships", ()))


def _fellowships(line: str) -> str | None:
    """ "A Fellow of the West African College of Physicians(FWACP), and also a Fellow of the
    National Postgraduate Medical College of Nigeria (FMCP)." -> "FWACP, FMCP": a line that
    only names fellowships (or memberships, diplomas), each with its post-nominal in brackets
    that opens with the head's initial, says the expert's degrees; the bodies are the
    fellowships' colleges, no employer. None for any other line."""
    if "(" not in line or " of " not in line:
        return None  # most lines (cheap test first)
    found: list[str] = []
    at = 0
    bare = line.rstrip().rstrip(".")
    while at < len(bare):
        m = _FELLOWSHIP.match(bare, at)
        if m is None:
            return None
        head, abbr = m.group("head"), m.group("abbr")
        if head.casefold() not in _fellowship_heads() or abbr[0] != head[0]:
            return None
        found.append(abbr)
        at = m.end()
        if not bare[at:].strip():
            break
    return ", ".join(found) if found else None


@cache
def _staff_groups() -> frozenset[str]:
    return frozenset(_field_sections().get("staff groups", ()))


def _without_teams(lines: list[str], v: Vocabulary) -> list[str]:
    """ "Seaport Public Health Team" / "Seaport and Vale Health Board": a line that names a team
    (data/field_types.txt's [staff groups]) right above a line that names an organisation is
    a group of staff inside that body, not a body of its own; the organisation is the
    institution. A team with no organisation under it stays what it was read as."""
    if len(lines) < 3:
        return lines
    out = [lines[0]]
    for line, nxt in itertools.pairwise(lines[1:]):
        words = line.strip().rstrip(",").split()
        team = (
            len(words) >= 2
            and "," not in line.strip().rstrip(",")
            and words[-1].casefold() in _staff_groups()
            and all(w[:1].isupper() or w in v.connectors for w in words)
            and not any(v.is_role_word(w) or v.is_head_noun(w) for w in words)
        )
        below = nxt.strip().rstrip(".").split()
        body = "," not in nxt and any(w in v.org_heads or w in v.org_lead_heads for w in below)
        if not (team and body):
            out.append(line)
    out.append(lines[-1])
    return out


# "7654321", "WV-RE-2025-0902", "12A3456E": a record's number or code (a digit in it).
_RECORD_CODE = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9/.\-]*")
_RECORD_NUMBER = re.compile(r"^(.+?)\s+(?:No\.?|Number|#)\s*:?\s*(\S+)$")


def _without_records(lines: list[str], v: Vocabulary) -> list[str]:
    """The block's lines without its labelled records: a line "Label: value" whose value is a
    number, a code or a date ("GMC: 7654321", "GOC Registration: 87654321", "Dictated:
    03/09/2025", "Ref: WV-RE-2025-0902", "GMC No. 7654321") is a register's number or a
    letter's administration, signature text of no field (it stays in the raw block)."""
    if len(lines) < 2:
        return lines
    return [lines[0], *(line for line in lines[1:] if not _record_line(line, v))]


@cache
def _profile_labels() -> frozenset[str]:
    """data/field_types.txt's [profile]: the labels of a profile page's fields."""
    return frozenset(_field_sections().get("profile", ()))


def profile_line(text: str) -> bool:
    """A profile field's line under a name ("Specialty: ...", "ORCID ID 0000-..."): metadata."""
    bare = text.strip()
    return bare[:1].isupper() and _profile_line(bare)


def _profile_line(bare: str) -> bool:
    """ "Certifications: Webster Technique, cAVCA", "ORCID ID 0000-0001-...": a profile field
    under the name (its label one of the list's, then a colon or an identifier's digits)."""
    label, colon, value = bare.partition(":")
    if not colon:
        if " ".join(bare.split()).casefold() in _profile_labels():
            return True  # "ORCID ID" (the identifier cut off as a contact's number): a label
        # "ORCID ID 0000-0001-2345-6789": an identifier's label with no colon before its digits
        label, _, value = bare.rpartition(" ")
        if not any(c.isdigit() for c in value):
            return False
    return bool(value.strip()) and " ".join(label.split()).casefold() in _profile_labels()


def _record_line(line: str, v: Vocabulary) -> bool:
    bare = line.strip()
    if bare[:1].isupper() and _profile_line(bare):
        return True
    if bare.endswith(":") and bare.count(":") == 1:
        # "Dictated:" (its date cut off by the finder as page metadata): a label alone, of
        # no field, unless its words name a role or a body ("Consultant Neurologist:")
        words = bare[:-1].split()
        return (
            1 <= len(words) <= 2
            and all(
                w.isalpha()
                and not (v.is_role_word(w) or v.is_head_noun(w) or _runs_into_org(w, v))
                and not v.is_honorific(w)
                for w in words
            )
            and words[0][:1].isupper()
        )
    if not any(c.isdigit() for c in line):
        return False  # every record holds a number (cheap test first)
    label, colon, value = bare.partition(":")
    if not colon:
        m = _RECORD_NUMBER.match(line.strip())
        if m is None:
            return False
        label, value = m.group(1), m.group(2)
    label = label.strip()
    value = value.strip().rstrip(".")
    words = label.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    if not all(w.rstrip(".").isalpha() for w in words) or any(v.is_honorific(w) for w in words):
        return False  # "Dr Name: 14 May" names a person
    if _RECORD_CODE.fullmatch(value) and any(c.isdigit() for c in value):
        return True
    return bool(value) and (is_meta_line(value, v) or _date_part(value.split(), v))


def _town_before_region(expert: ParsedExpert, v: Vocabulary) -> None:
    """ "Nurse practitioner / Wexley, Kent": a lone bare part before the block's place, one word
    no dictionary, name list or organisation knows, is a town and the place its region (the
    organisation an unknown part would otherwise be needs a word that names one)."""
    if len(expert.orgs) != 1 or len(expert.places) != 1 or not expert.unknown:
        return
    words = expert.orgs[0].split()
    region = expert.places[0].split()
    if len(words) != 1 or not 1 <= len(region) <= 2 or not all(w.isalpha() for w in region):
        return
    word = words[0]
    lists = name_lists()
    key = word.casefold()
    if not (word.isalpha() and word.istitle() and len(word) > 3):
        return
    if key in lists.common or key in lists.surnames or is_given_name(word):
        return
    if word in v.org_heads or word in v.org_lead_heads or v.is_role_word_any(word):
        return
    expert.places[0] = f"{word}, {expert.places[0]}"
    expert.orgs.clear()
    expert.unknown -= 1


def _role_by_position(
    parts: list[tuple[str, list[str]]], v: Vocabulary
) -> list[tuple[str, list[str]]]:
    """ "Lord Mayor of Galway, Patron of MS Connacht": after a title, with no institution yet,
    an unread "Word of Organisation" is a further title of the organisation its object names,
    as a listed role's would be ("Trustee of MS Connacht"): the head one common, singular,
    capitalised word that no organisation, unit or place list knows; the object an
    organisation by its own evidence (a head, the disease's name, an acronym)."""
    if len(parts) != 1 or parts[0][0] not in (_OTHER, _ORG):
        return parts
    span = parts[0][1]
    if v.is_discipline(span) or (len(span) == 1 and _specialty_word(span[0], v)):
        # "Professor, Neurology, Director of ...": a field of practice alone in its part after a
        # title names the title's field, before any institution (a school's comes after one)
        return [(_ROLE, span)]
    if len(span) < 3 or span[1] != "of":
        return parts
    head, obj = span[0], span[2:]
    named = obj[1:] if obj[0] == "the" else obj  # "Patron of the Tamarack Foundation"
    if not named or not named[0][:1].isupper():
        return parts
    key = head.casefold()
    if not (head.istitle() and head.isalpha() and not key.endswith("s")):
        return parts
    if key not in name_lists().common or key in name_lists().place_last or v.is_place(head):
        return parts
    if head in v.org_heads or head in v.org_lead_heads or head in v.unit_heads:
        return parts
    organisation = (
        any(t in v.org_heads or t in v.org_lead_heads for t in named)
        or named[0] in v.condition_words
        or _org_acronym(named[0], v)
    )
    return [(_ROLE, [head]), (_ORG, obj)] if organisation else parts


def _reporting_tail(units: list[Unit], idx: int) -> bool:
    """ "Name, CEO of X, says:" (a federation's news item before the quotation it introduces):
    a lone lower-case reporting verb that ends its line after a comma."""
    unit = units[idx]
    if unit.sep != "," or len(unit.tokens) != 1 or not unit.tokens[0].islower():
        return False
    if idx + 1 < len(units) and units[idx + 1].line == unit.line:
        return False
    from msqa_scraper.extract.signature.mention import frames  # mention imports this module

    return unit.tokens[0] in frames().reporting_verbs


def _specialty_word(word: str, v: Vocabulary) -> bool:
    """ "Neurology", "Neuroimmunology": a word that ends a role's object and names a field of
    medicine, not a body ("Clinic", "Program", "Department")."""
    return _ends_object(word, v) and word.isalpha() and not _runs_into_org(word, v)


def _shaped_run(tokens: list[str], v: Vocabulary) -> int:
    """How many credentials open a part before a joiner and a capital ("P.N.P. for Orchard Lane
    Pediatrics", "ARNP-c at Harbour Clinic"); 0 when the part opens otherwise."""
    k = 0
    while k < len(tokens) - 2 and degree_shaped(tokens[k], v):
        k += 1
    if k and tokens[k] in _ORG_SEPS and tokens[k + 1][:1].isupper():
        return k
    return 0


def _date_part(tokens: list[str], v: Vocabulary) -> bool:
    """A part that is only a date, with or without its year ("14 May", "May 14", "8 March
    2021"): the date grammar's, or a day and a month alone."""
    words = [t.rstrip(".,") for t in tokens]
    if len(words) == 2:
        day, month = (words[0], words[1]) if words[0][:1].isdigit() else (words[1], words[0])
        if month in v.months and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", day):
            return True
    return is_meta_line(" ".join(tokens), v)


def _closing_city(expert: ParsedExpert) -> None:
    """ "..., Center at Halden Medicine, Philadelphia.": a bare word group that ends the block
    after an organisation on its line is the organisation's city, not a second institution."""
    city = expert._city
    if city is None or expert.places or len(expert.orgs) < 2 or city[1] != len(expert.orgs) - 1:
        return
    if expert._org_line != city[0]:
        return
    expert.places.append(expert.orgs.pop().rstrip("."))
    expert.unknown = max(0, expert.unknown - 1)


def _credential_run(tokens: list[str], k: int, degrees: list[str], v: Vocabulary) -> int:
    """How many of the unit's leading listed credentials are the name's, before an organisation,
    a discipline or a place that follows them without a comma (0: none are)."""
    if k and tokens[k - 1] in v.condition_words and k < len(tokens) and tokens[k][:1].isupper():
        k -= 1  # "RN MS Research Unit": the disease before more words names the unit
    if not k or k >= len(tokens) or not tokens[k][:1].isupper() or is_cred(tokens[k], v):
        return 0
    seen = {cred_key(d) for d in degrees}
    if any(cred_key(t) in seen for t in tokens[:k]):
        return 0  # "Name, MD, PhD, MD Anderson ...": nobody lists a degree twice
    return k


def _credit(tokens: list[str], v: Vocabulary) -> list[str] | None:
    """The words after a credit's lead-in that ends in "by" ("Written by", "Reviewed by")."""
    if len(tokens) < 3 or tokens[0][:1].islower():
        return None
    for n in (2, 3, 4):
        if len(tokens) <= n or tokens[n - 1] != "by" or not tokens[n][:1].isupper():
            continue
        head = " ".join(tokens[:n]).casefold()
        if head in v.lead_ins or _noun_credit(tokens[:n], v):
            return tokens[n:]
    return None


def _noun_credit(words: list[str], v: Vocabulary) -> bool:
    """ "Article written by", "Video reviewed by": one word naming the piece, then a lead-in of
    two words or more that ends in "by" (a bare "by" after a noun is a picture's: "Photo by")."""
    lead = " ".join(words[1:]).casefold()
    return len(words) >= 3 and lead in v.lead_ins and words[0].isalpha()


def _credit_line(line: str, v: Vocabulary) -> bool:
    """A line that is only a credit's lead-in ("Article written by", "Written by"): the name of
    the person it credits is on the next line."""
    words = line.split()
    if not 2 <= len(words) <= 4 or words[-1] != "by" or not words[0][:1].isupper():
        return False
    return line.casefold() in v.lead_ins or _noun_credit(words, v)


def _flattened_next_name(tokens: list[str], nxt: Unit | None, v: Vocabulary) -> NameSplit | None:
    """A second person's full name right after the first one's credentials, then credentials."""
    found = split_name(tokens, v) if tokens else None
    if found is None or found.prefix or found.rest or not _full_name(" ".join(found.name)):
        return None
    creds_follow = bool(found.degrees) or (
        nxt is not None and nxt.sep == "," and all(is_cred(t, v) for t in nxt.tokens)
    )
    return found if creds_follow else None


def _spelled_role(units: list[Unit], idx: int, v: Vocabulary) -> str | None:
    """The acronym after a role on its line when it spells the role's initials ("Accredited
    Practising Dietitian · APD", "Registered Dietitian, RD"), else None."""
    unit = units[idx]
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    if nxt is None or nxt.line != unit.line or len(nxt.tokens) != 1 or len(unit.tokens) < 2:
        return None
    if idx + 2 < len(units) and units[idx + 2].line == unit.line:
        return None
    acronym = nxt.tokens[0].replace(".", "")
    words = [w for w in unit.tokens if w[:1].isupper()]
    if not acronym.isupper() or not v.is_role_word(unit.tokens[-1]) or len(words) < 2:
        return None
    return nxt.tokens[0] if "".join(w[0] for w in words) == acronym else None


def _role_labelled_person(
    units: list[Unit], idx: int, v: Vocabulary
) -> tuple[NameSplit, list[tuple[str, list[str]]]] | None:
    """ "MSCA Host: Tobias Wren", "Moderator: Name": a line that opens with a role label (its
    last part a role) and, after the colon, a person's full name and nothing else."""
    unit = units[idx]
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    if unit.sep != "\n" or nxt is None or nxt.line != unit.line or nxt.sep != ":":
        return None
    if idx + 2 < len(units) and units[idx + 2].line == unit.line:
        return None  # "Role: Name, Hospital": more parts on the line, read as before
    if len(unit.tokens) > 4 or not v.is_role_word(unit.tokens[-1]):
        return None
    parts = segment(unit.tokens, "\n", v)
    if not parts or parts[-1][0] != _ROLE:
        return None
    found = split_name(nxt.tokens, v)
    if found is None or found.prefix or found.rest or not _full_name(" ".join(found.name)):
        return None
    return found, parts


def _expert_of(split: NameSplit, v: Vocabulary) -> ParsedExpert:
    name = " ".join(split.name)
    return ParsedExpert(
        name=name,
        name_score=name_score(name, split.honorific, split.degrees, v),
        honorific=split.honorific,
        degrees=list(split.degrees),
    )


def _opens_role(token: str, v: Vocabulary) -> bool:
    return (
        v.is_role_word(token)
        or fold(token) in v.prose_role_heads
        or token in v.unit_heads
        or token.rstrip("s") in v.unit_heads  # "Departments of ..."
        or (token[:1].isupper() and v.is_head_noun(token))  # "Coordinator/Social Worker"
    )


def _listed_name(
    unit: Unit, units: list[Unit], idx: int, current: ParsedExpert, v: Vocabulary
) -> NameSplit | None:
    """ "Authors: A Bee, Cee Dee, and Eff Gee": after a label, a bare full name is one more."""
    if current.titles or current.orgs or current.places:
        return None
    if unit.sep == ":":
        return None  # "Interview with Dr. A: Understanding Relapses": a colon opens a subtitle
    tokens = unit.tokens[1:] if unit.tokens[0] in ("and", "&") else unit.tokens
    found = split_name(tokens, v)
    if found is None or found.rest or found.prefix:
        return None
    if not _full_name(" ".join(found.name)):
        return None
    nxt = units[idx + 1] if idx + 1 < len(units) else None
    if nxt is not None and nxt.line == unit.line and v.is_place(" ".join(nxt.tokens)):
        return None  # "Palo Alto, CA": a city before its state
    return found


def _body_named(span: list[str], v: Vocabulary) -> bool:
    """ "MS LEARN Steering Committee", "Medical Advisory Board": a span that names a body one is
    a member of (its last word a membership body, no employer's head before it)."""
    return (
        len(span) > 1
        and span[-1].strip(",.") in v.membership_bodies
        and span[0][:1].isupper()
        and not any(
            (w in v.org_heads or w in v.org_lead_heads) and w not in v.membership_bodies
            for w in span
        )
    )


def _memberships(
    expert: ParsedExpert, parts: list[tuple[str, list[str]]], v: Vocabulary
) -> list[tuple[str, list[str]]]:
    """A committee or board named under the name or after a role is the expert's membership,
    a title ("Chair INA Neuro Care Committee", "Member, Medical Advisory Committee"), never
    the place of work: the employer names a hospital, a university, a society."""
    out: list[tuple[str, list[str]]] = []
    for label, span in parts:
        if label not in (_ORG, _OTHER) or not _body_named(span, v):
            out.append((label, span))
        elif out and out[-1][0] == _ROLE:
            out[-1] = (_ROLE, [*out[-1][1], *span])  # "Chair" + "INA Neuro Care Committee"
        elif (
            not out
            and expert.titles
            and not expert._last_org
            and (expert.titles[-1] in v.membership_heads)
        ):
            expert.titles[-1] = f"{expert.titles[-1]}, {' '.join(span)}"  # "Member, X Board"
        else:
            out.append((_ROLE, span))
    return out


def _add_parts(
    expert: ParsedExpert, parts: list[tuple[str, list[str]]], v: Vocabulary, line: int
) -> None:
    for label, span in _memberships(expert, _expand_roles(parts, v), v):
        if span and span[0] == "/" and len(span) > 1:
            span = span[1:]  # "Dr. Name / Correspondent": a spaced slash parts name and role
        text = " ".join(span).strip(" ,;")
        if not text or label == _META:
            continue  # a date, a copyright line: signature text of no field
        if label == _OTHER and _participle_clause(span, v):
            continue  # "Name receiving the X Award" (a photo caption): what the person does
        if (
            label in (_ORG, _OTHER)
            and expert.titles
            and expert.titles[-1][:1].islower()
            and not (expert.orgs or expert.places)
            and all((w.isalpha() and w.islower()) or w == "&" for w in span)
        ):
            # "director, public and media relations" (a US letter's sign-off): words in lower
            # case after a lower-case role are its field, one title; a body has a proper name
            expert.titles[-1] = f"{expert.titles[-1]}, {text}"
            continue
        if label == _ORG and span[0] == "\0":
            # ", a member of the Eastlink group" after an organisation: it describes that one.
            if not expert._last_org:
                expert.titles.append(span[1])
            expert.orgs.append(" ".join(span[2:]))
            expert._org_line = line
            expert._city = None
            continue
        if (
            label == _ROLE
            and (rel := _relative_at(span))
            and any(
                w in v.org_heads or w in v.org_lead_heads for w in span[rel:] if w[:1].isupper()
            )
        ):
            # "a neurologist who directs the MS Program at X": a clause that names a body of
            # the employer says what the expert does there; the title is the role before it
            span = span[:rel]
            text = " ".join(span)
        if label == _ROLE and span[0] in v.articles and len(span) > 1:
            span = span[1:]  # "a neurologist at ...": the article is no part of the title
            text = " ".join(span)
        if label == _ROLE and span[0][:1].islower() and "of" in span:
            # "co-director of the KSU MS Center", "member of the X Board": in an appositive role
            # written in lower case, an object that names an organisation is the institution.
            at = span.index("of")
            obj = span[at + 1 :]
            # "director of the new MS Center": a lower-case word in the object describes a
            # place of work that has no proper name; the whole phrase is the title
            proper = all(w[:1].isupper() or w in v.connectors for w in obj[1:])
            if obj and obj[0] in ("the", "The") and proper and any(t in v.org_heads for t in obj):
                expert.titles.append(" ".join(span[:at]))
                expert.orgs.append(" ".join(obj))
                expert._city = None
                continue
        if label == _ROLE:
            expert.titles.append(text)
            expert._last_org = False
            expert._city = None
            expert._place_closed = bool(expert.places)
            continue
        if label == _PLACE:
            if (
                expert._city is not None
                and expert._city[0] == line
                and (v.is_place(text) or v.postcoded(text) or _address(span, v) or _district(span))
            ):
                # "Palo Alto, CA": a bare word group right before a place on its line: its city;
                # "Harbour Neurology Spokane, WA": only the words after its last head.
                head, town = _trailing_city(expert.orgs[expert._city[1]], v)
                if town:
                    expert.orgs[expert._city[1]] = head
                    expert.places.append(town)
                else:
                    expert.places.append(expert.orgs.pop(expert._city[1]))
                    expert.unknown = max(0, expert.unknown - 1)
            elif (
                expert.orgs and expert._org_line == line and v.is_place(text) and not expert.places
            ):
                # "... School of Medicine Evanston, IL" (flattened): the words after the
                # organisation's last head are the city.
                head, city = _trailing_city(expert.orgs[-1], v)
                if city:
                    expert.orgs[-1] = head
                    expert.places.append(city)
            expert.places.append(text)
        elif (
            expert.places
            and label != _PLACE
            and len(span) > 1
            and v.is_place(span[0])
            and not v.is_place(text)
            and not any(t[:1].isdigit() for t in span)
        ):
            # "Washington, DC VAMC": a place that runs into more words names an organisation.
            expert.orgs.append(", ".join([*expert.places, text]))
            expert.places.clear()
            expert._org_line = line
            expert._last_org = True
            continue
        elif expert.places and not expert._place_closed and _bare(span, v):
            # an address goes on to its end: "..., San Mateo, CA 94143"; "Town, State" /
            # "Medical Editor" / "Clinical Web Review": after a title the words are its employer's
            expert.places.append(text)
        else:
            if label == _OTHER:
                expert.unknown += 1
            expert.orgs.append(text)
            expert._org_line = line
            # "KGH": an organisation's acronym is no city
            town = _bare(span, v) and not (len(span) == 1 and _org_acronym(span[0], v))
            expert._city = (line, len(expert.orgs) - 1) if town else None
            expert._last_org = True
            continue
        expert._city = None
        expert._last_org = False


def _participle_clause(span: list[str], v: Vocabulary) -> bool:
    """ "receiving the NRF Awards 2025": a lower-case verb in -ing and an article, words no class
    claims; a caption's action, no institution ("practising neurologist" is a role's)."""
    return (
        len(span) > 2
        and span[0].endswith("ing")
        and span[0].isalpha()
        and span[0].islower()
        and span[1] in v.articles
    )


def _expand_roles(parts: list[tuple[str, list[str]]], v: Vocabulary) -> list[tuple[str, list[str]]]:
    """Role phrases that hold more than one part: "Senior Research Fellow and Head of X" (two
    titles), "Board Member of <Organisation>" (a membership's object is the institution)."""
    out: list[tuple[str, list[str]]] = []
    for label, span in parts:
        if label != _ROLE:
            # ", a part of the Lakeside Health group": read as a name of a place of work, still
            # the appositive of the organisation before it
            appositive = len(span) > 3 and span[0] in v.articles and span[1] in v.membership_heads
            out.extend(_membership(span, v) if appositive and span[2] == "of" else [(label, span)])
            continue
        for piece in _split_titles(span, v):
            for lab, part in _membership(piece, v):
                out.extend(_body_of_organisation(part, v) if lab == _ROLE else [(lab, part)])
    return out


def _body_of_organisation(span: list[str], v: Vocabulary) -> list[tuple[str, list[str]]]:
    """ "Chair of the Medical Advisory Board of the Kestrel MS Society": a role in a body of an
    organisation; the organisation after the body's "of" is the institution."""
    for k in range(2, len(span) - 2):
        if span[k] not in v.membership_bodies or span[k + 1] != "of":
            continue
        obj = span[k + 2 :]
        bare = obj[1:] if obj[0] in ("the", "The") else obj
        if (
            bare
            and all(w[:1].isupper() or w in v.connectors for w in bare)
            and any(w in v.org_heads and w not in v.membership_bodies for w in bare)
        ):
            return [(_ROLE, span[: k + 1]), (_ORG, obj)]
    return [(_ROLE, span)]


def _split_titles(span: list[str], v: Vocabulary) -> list[list[str]]:
    """ "Senior Consultant and Head of Neurology": a whole title (more than a bare head), "and",
    then a capitalised role up to its head; "Professor and Vice Chair" shares its object. An
    ampersand parts two whole titles ("Programs Consultant & Board Member") but joins a bare
    head to the title before it ("Consultant Neurologist & Physician", "Dean & Head")."""
    for i, tok in enumerate(span):
        if (
            tok in v.conjunctions
            and tok not in ("and", "&")
            and 0 < i < len(span) - 1
            and v.is_role_word(span[i - 1])
            and v.is_role_word(span[-1])
            and len(span) - i - 1 <= 2
        ):
            # "Medizinredakteurin und Biologin": two roles joined by another language's "and"
            return [span[:i], *_split_titles(span[i + 1 :], v)]
        if (
            (tok == "and" or (tok == "&" and _modified_role(span[i + 1 :], v)))
            and 0 < i < len(span) - 1
            and _full_role(span[:i], v)
            and span[i + 1][:1].isupper()
            and _role_opens(span, i + 1, v)
        ):
            return [span[:i], *_split_titles(span[i + 1 :], v)]
    return [span]


def _membership(span: list[str], v: Vocabulary) -> list[tuple[str, list[str]]]:
    """ "Board Member of Kestrel MS Federation" -> role "Board Member", organisation; "a member
    of the Eastlink group" (an article, in lower case) describes the organisation before it."""
    if "of" not in span:
        return [(_ROLE, span)]
    at = span.index("of")
    role, obj = span[:at], span[at + 1 :]
    if not role or role[-1] not in v.membership_heads or not obj:
        return [(_ROLE, span)]
    bare = obj[1:] if obj[0] in ("the", "The") else obj
    if not bare or not bare[0][:1].isupper() or bare[-1].strip(".,") in v.membership_bodies:
        return [(_ROLE, span)]  # "Member of the Medical Advisory Board": a body, not an employer
    if role[0] in v.articles and role[-1][:1].islower() and len(role) == 2:
        return [(_ORG, ["\0", role[-1], *bare])]
    return [(_ROLE, role), (_ORG, obj)]


def _trailing_city(org: str, v: Vocabulary) -> tuple[str, str]:
    """ "Orme University School of Medicine Evanston" -> (organisation, "Evanston")."""
    words = org.split()
    last = max(
        (
            i
            for i, w in enumerate(words)
            if w in v.org_heads or w in v.org_lead_heads or _ends_object(w, v) or _ends_name(w, v)
        ),
        default=-1,
    )
    for i in range(max(last, 0), len(words) - 3):
        # "University of Rochester Rochester": a lead head's object is a place or one word
        if words[i] in v.org_lead_heads and words[i + 1] == "of":
            size = next((n for n in (3, 2, 1) if v.is_place(" ".join(words[i + 2 : i + 2 + n]))), 1)
            last = i + 1 + size
            break
    city = words[last + 1 :]
    if last < 0 or not 1 <= len(city) <= 2 or not all(w.isalpha() and w.istitle() for w in city):
        return org, ""
    return " ".join(words[: last + 1]), " ".join(city)


def _ends_name(word: str, v: Vocabulary) -> bool:
    """ "Center for MS", "Association of MS Nurses": words that may end an organisation's name
    (the disease, an acronym, a people's role in the plural) before a city on a flattened line."""
    if word in v.condition_words or (len(word) > 1 and word.isupper() and word.isalpha()):
        return True
    return word.endswith("s") and v.is_head_noun(word[:-1])


def _address(span: list[str], v: Vocabulary) -> bool:
    """ "410 Larkspur Avenue", "8th Floor", "Eastern Express Highway": a street address's part.
    The street's word ends it (or a number, a compass point after it): "Orchard Lane
    Pediatrics" is a practice named for its street, no address."""
    if span[0][:1].isdigit():
        return True
    for i, t in enumerate(span):
        if t.strip(",.") in v.address_words:
            return all(not w[:1].isalpha() or w in _COMPASS for w in span[i + 1 :])
    return False


# A postal district's number after its city: Dublin's run from 1 to 24 ("Dublin 6W" one more).
_DISTRICT = re.compile(r"^(?:[1-9]|1\d|2[0-4])W?\.?$")


def _district(span: list[str]) -> bool:
    """ "Dublin 7", "Dublin 15": a town of the gazetteer and its postal district's number, the
    place an Irish letters page prints under the writer's name or hospital."""
    return len(span) == 2 and bool(_DISTRICT.match(span[1])) and is_town(span[0])


_COMPASS_WORDS = frozenset(("East", "West", "North", "South"))
_COMPASS = _COMPASS_WORDS | {"E", "W", "N", "S"}


def _bare(span: list[str], v: Vocabulary) -> bool:
    """A short group of capitalised words with no organisation head: a city, perhaps."""
    return (
        len(span) <= 3
        and all(w.lstrip("(")[:1].isupper() for w in span)
        and not any(w in v.org_heads or w in v.org_lead_heads for w in span)
    )


# -- bio sentences --------------------------------------------------------------------------------

# A sentence ends at a stop after a word of two letters or more, before a capital ("... Pryce.
# I'm ..."); "Dr.", "R.", "M.D.," and "St." end no sentence (checked on the word before).
_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A gloss an editor put in square brackets ("a physician assistant [PA]"): no field's words.
_GLOSS = re.compile(r"\s*\[[^\[\]]{1,40}\]")
_PRONOUNS = frozenset(("She", "He", "They", "I"))
_AND_ARTICLE = re.compile(r",? and (?=(?:a|an) [a-z])")
# What ends a bio predicate's role phrase: a relative clause, "and" before a verb, a participle.
_CLAUSE_WORDS = frozenset(("who", "whose", "which", "that"))


def _sentences(text: str, v: Vocabulary) -> list[str]:
    out: list[str] = []
    for piece in _STOP.split(text):
        last = out[-1].split()[-1] if out else ""
        if out and (
            _INITIAL.match(last)
            or v.is_honorific(last)
            or ("." in last[:-1] and v.is_credential(last))  # "M.D." (a sentence's "MS." ends it)
            or len(last.rstrip(".!?")) < 2
            or last.rstrip(".") in ("St", "Mt", "Ste", "Inc", "Co", "Jr", "Sr")
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _opened(text: str, phrases: tuple[str, ...]) -> int:
    """How many characters of ``text`` the longest of the (folded) phrases opens it with."""
    folded = text.casefold()
    for phrase in phrases:
        if folded.startswith(phrase) and folded[len(phrase) : len(phrase) + 1] in (" ", ","):
            return len(phrase)
    return 0


def _predicate(text: str, v: Vocabulary) -> str | None:
    """ "a MS-certified nurse living with MS" -> "a MS-certified nurse": a bio predicate's role
    phrase (an article first, or a role word: "is director of ..."), up to a relative clause, a
    participle ("living", "based") or "and" before a verb."""
    words = text.strip().rstrip(".").split()
    if not words:
        return None
    first = words[0].casefold()
    if first not in v.articles and not (v.is_role_word_any(first) or v.is_head_noun(first)):
        return None
    if first in v.articles and len(words) < 2:
        return None
    for i, w in enumerate(words[2:], start=2):
        f = w.casefold().strip(",")
        after_and = words[i - 1] == "and" and f in v.sentence_verbs
        participle = w[:1].islower() and (
            (f.endswith("ing") and not v.is_role_word_any(f) and f != "during") or f == "based"
        )
        if f in _CLAUSE_WORDS or participle or after_and:
            # "a neurologist specializing in MS at X": the clause ends where "at X" names the
            # employer; "and writes ...": the verb's phrase goes to the end
            rest = [] if after_and else _employer_after(words, i + 1, v)
            words = [*(words[: i - 1] if after_and else words[:i]), *rest]
            break
    phrase = " ".join(words).rstrip(",")
    return phrase if not is_sentence(phrase, v) else None


def _employer_after(words: list[str], start: int, v: Vocabulary) -> list[str]:
    """The words from the first "at"/"with" before a capital after ``start`` (the employer;
    "living with MS", "people with Multiple Sclerosis" name the disease, no employer)."""
    for j in range(start, len(words) - 1):
        if words[j] in ("at", "with") and words[j + 1][:1].isupper():
            if v.names_condition([w.strip(".,") for w in words[j + 1 :]]):
                continue
            return words[j:]
    return []


def _bio_verb(line: str, v: Vocabulary) -> bool:
    folded = line.casefold()
    return any(f" {verb} " in folded for verb in v.bio_verbs)


def _bio_sentence(lines: list[str], v: Vocabulary) -> list[ParsedExpert] | None:
    """A bio written as sentences, read as the appositive it says: "Dr. Name is the head of the
    Center at X in Town, ST." -> "Dr. Name, the head of the Center at X in Town, ST"; "I'm Name.
    I'm a neurologist at X." -> "Name, a neurologist at X"; "Name is a nurse. She is the liaison
    for Y." -> "Name, a nurse, the liaison for Y". The subject must read as a person's name
    alone (an honorific, credentials, a self-introduction or a full name), every sentence after
    the first must open with a pronoun and its verb, and every predicate must be a role phrase
    with its article; anything else is no bio (None) and is read as before."""
    heading = fold(lines[0]).rstrip(".")
    if len(lines) == 2 and (heading in v.label_words or heading in v.lead_ins):
        lines = lines[1:]  # "About the Author" over the bio: a heading, no part of it
    if len(lines) != 1:
        return None
    if not (_bio_verb(lines[0], v) or _opened(lines[0], v.self_introductions)):
        return None  # most blocks: no verb of a bio and no self-introduction (cheap test first)
    text = _GLOSS.sub("", lines[0].strip())
    sentences = _sentences(text, v)
    if len(sentences) > 3:
        return None
    first = sentences[0].rstrip(".")
    n = _opened(first, v.self_introductions)
    introduced = n > 0
    first = first[n:].lstrip(" ,")
    if not first[:1].isupper() or first.split(None, 1)[0].casefold() in v.articles:
        return None  # "I'm a nurse at X": a self-introduction that names no one
    subject, predicates = first, []
    folded = first.casefold()
    found = [(at, verb) for verb in v.bio_verbs if (at := folded.find(f" {verb} ")) > 0]
    if found:
        at, verb = min(found)
        subject = first[:at].rstrip(" ,")
        predicates.append(first[at + len(verb) + 2 :])
    if not predicates and not introduced:
        return None
    if any(is_sentence(part, v) or " I " in f" {part} " for part in subject.split(",")[1:]):
        return None  # "Hi, I'm Dr A, Head of Research at X and I will be your host": prose
    for sentence in sentences[1:]:
        n = _opened(sentence, v.bio_continuations)
        if not n:
            if sentence.split(None, 1)[0] in _PRONOUNS:
                continue  # "She has treated people with MS for 20 years.": about her, no field
            return None
        predicates.append(sentence[n:].strip().rstrip("."))
    # "a neurologist at X and an assistant professor at Y": two predicates, each with its article
    predicates = [p for pred in predicates for p in _AND_ARTICLE.split(pred)]
    roles = [_predicate(p, v) for p in predicates]
    if not all(roles):
        return None
    head = [*subject.split(","), *(r for r in roles if r)]
    # "Stefan R. Haldane, M.D., Ph.D., is ...": only credentials may follow the name
    if predicates and not all(is_cred(p.strip(), v) for p in subject.split(",")[1:] if p.strip()):
        return None
    line = ", ".join(p.strip() for p in head if p.strip())
    experts = _parse_lines([line], v, False, {})
    if len(experts) != 1:
        return None
    expert = experts[0]
    if not subject.startswith(expert.name) and f" {expert.name}" not in subject:
        return None  # the name must be the subject's own words
    vouched = expert.honorific or expert.degrees or introduced
    if not (vouched or _full_name(expert.name)) or expert.unknown:
        return None
    if predicates and not expert.titles:
        return None  # "The Harbour Clinic is the ...": the predicate named no role of a person
    return experts


# -- contact data ---------------------------------------------------------------------------------

_EMAIL_RE = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_WEB_RE = (
    r"(?:https?://|www\.)\S+"
    r"|(?:[\w-]+\.)+(?:com|org|net|edu|gov|uk|au|ca|ie|nz|my|sg|in|io|co)(?:/\S*)?"
)
# "+60 3-5555 0190", "800-555-0147", "(312) 555-0100": a telephone number (a postcode, a year, a
# journal's pages have fewer digits or other marks)
_PHONE_RE = r"\+\d[\d ()./-]{6,}\d|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}"


@cache
def _contact_part(v: Vocabulary) -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(v.contact_labels, key=len, reverse=True))
    labelled = rf"(?i:{labels})\.?\s*:?\s*(?:{_EMAIL_RE}|{_WEB_RE}|[\d+(][\d ()./-]{{5,}}\d|@\w+)"
    contact = rf"(?:{labelled}|{_EMAIL_RE}|{_WEB_RE}|{_PHONE_RE})"
    # Contact data alone on its line, between the line's marks, after the full stop that ends
    # the affiliation ("..., Leeds. Email: a@b.example") or between words.
    # Run onto one line, only spaces part them ("... Dietitian facebook.com/x 800-555-0147").
    return re.compile(rf"(?:^|(?<=[.,;|•\s]))\s*{contact}\.?(?=[\s,;|•]|$)")


# "2016;12(3):201-208", "doi:10.1016/...": a reference's volume, issue and pages, or its DOI.
_CITATION = re.compile(
    r"\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\([\w-]+\))?\s*:\s*[\w-]+|\bdoi\s*:\s*10\.\d|doi\.org/10\.",
    re.IGNORECASE,
)


def _unbracketed(line: str) -> str:
    bare = line.strip()
    if bare[:1] == "(" and bare[-1:] == ")" and bare.count("(") == 1 and " " in bare:
        return bare[1:-1]
    return line


_MAYBE_CONTACT = re.compile(r"www|\.(?:com|org|net|edu|gov|uk|au|ca|ie|nz|my|sg|in|io|co)\b")


def _before_distribution(lines: list[str]) -> list[str]:
    """The block's lines before a letter's distribution list: from a line that opens with
    "To:", "cc:", "Enc:" (data/field_types.txt's [distribution]) on, the lines name the letter's
    recipients and enclosures, no signer and no field."""
    labels = _distribution_labels()
    for i in range(1, len(lines)):
        head, colon, _ = lines[i].partition(":")
        if colon and " ".join(head.split()).casefold() in labels:
            return lines[:i]
    return lines


@cache
def _distribution_labels() -> frozenset[str]:
    return frozenset(_field_sections().get("distribution", ()))


def _role_labelled(line: str, v: Vocabulary) -> str:
    """ "Consultant: Mr Daniel Okafor" under a signer: a role as the label of a further person
    is that person's title, written after the name as a signature's own lines give it."""
    head, colon, rest = line.partition(":")
    words = head.split()
    rest = rest.strip()
    if not (colon and words and rest and len(words) <= 4):
        return line
    if not (v.is_head_noun(words[-1]) and all(w[:1].isupper() for w in words)):
        return line
    if not v.is_honorific(rest.split()[0]):
        return line
    return f"{rest}, {head.strip()}"


def _without_contacts(lines: list[str], v: Vocabulary) -> list[str]:
    """The block's lines with their contact data (e-mail, web and social addresses, telephone
    numbers, each alone or after its label: "Tel: +60 3-5555 0190") taken out: it stays in the
    raw block only, no part of any expert."""
    pattern = _contact_part(v)
    out: list[str] = []
    for line in lines:
        if not (_MAYBE_CONTACT.search(line) or any(c in line for c in "@/0123456789")):
            out.append(line)  # most lines: no address, number or web domain (cheap test first)
            continue
        if _stamp(line):
            continue
        bare = pattern.sub("", line).strip()
        if bare != line.strip():
            bare = bare.rstrip(" ,;|•–—-")
            last = bare.rsplit(None, 1)[-1] if bare else ""
            if last.endswith(".") and not (_INITIAL.match(last) or v.is_place(last)):
                bare = bare[:-1]  # "..., Leeds. Email: ...": the stop ended the affiliation
        if bare:
            out.append(bare)
    return out or lines
