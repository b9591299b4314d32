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
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.caseless import CONFIDENCE as CASELESS_CONFIDENCE
from msqa_scraper.extract.signature.caseless import read_caseless
from msqa_scraper.extract.signature.dates import cut_meta, is_meta_line, strip_leading_date
from msqa_scraper.extract.signature.given_names import (
    fold_implausible,
    is_given_name,
    name_lists,
    plausible_name,
)
from msqa_scraper.extract.signature.segment import (
    ParsedExpert,
    _full_name,
    _unaccented,
    is_cred,
    is_sentence,
    is_town,
    is_town_name,
    numbered_authors,
    parse_block,
    profile_line,
    split_name,
)
from msqa_scraper.extract.signature.vocabulary import Vocabulary, cred_key, fold, vocabulary

# Caches: the readings of one line (its lead-in, its body, its score, whether it is a trailer,
# a closing or a list of names) are pure functions of the line's text and the vocabulary, which
# is one instance hashed by identity. They are asked again for every candidate block of an
# answer and on every post an expert signs with the same lines, so they are ``lru_cache``d;
# whatever is mutable (a list) is copied out of the cache for the caller.
MAX_LINES = 10  # two stacked blocks of five lines (a faculty list: name, roles, school, town)
ACCEPT = 0.5
SURE = 0.9  # a reading this sure of the same person is not read a second time
_INITIAL = re.compile(r"^[A-Z]\.$")
_TRAILING_INITIALS = re.compile(r"\s*\([A-Z.]{2,8}\)$")
_LIST_ITEM = re.compile(r"^(?:[-•*]|\d+[.)])\s")
_ITEM_FIRST = frozenset("-•*0123456789")  # what a list item opens with (``_LIST_ITEM``)
_WORDS = re.compile(r"[\s,;:()]+")
_LINK = re.compile(r"https?://|www\.|@\w+\.")
_CONTACT = re.compile(
    r"(?i)(?:contact(?: details| info)?\s*:\s*)?"  # "Contact details: Ph. +61 ..."
    r"(?:(?:tel|phone|ph|fax|email|e-mail|web|website|twitter)\.?\s*[:.]?\s*)?"
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


# A label: a short capitalised phrase, then a colon, a spaced dash ("Guest contributor:") or a
# spaced pipe ("Author | Name, RN": a trade magazine's author page header).
# "Autor:", "Авторы:", "Συντάκτης:": the label's first letter a capital of any cased script
_LABEL = re.compile(
    r"^((?=[A-ZÀ-ÞА-ЯЁΑ-ΩΆ-Ώ])[^\W\d_][\w&/.'’-]*(?: [\w&/.'’-]+){0,3})"
    r" ?(?::|\s[–—-]|\s\|)(?:\s+|$)"
)


_MARKDOWN_LABEL = re.compile(r"^(\*\*|__)([^*_]{2,40}?:)\1\s+")


def _label(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """(label as written, rest) when the line opens with a label of the data file's label words.

    A label whose head is a role ("MS Program Lead: Dr. X") is a title: it stays in the text.
    """
    m = _LABEL.match(rest)
    if m is None:
        bare = rest.split()
        if (
            0 < len(bare) <= 3
            and rest[:1].isupper()
            and (
                # "Corresponding Author(s)": a journal's plural mark on the label word
                (
                    fold(bare[-1]).removesuffix("(s)") in v.label_words
                    and not v.is_head_noun(bare[-1].rstrip(",;"))
                )
                or _plural_role(bare[-1], v)
            )
        ):
            # "Corresponding author" alone on the line above the name ("Health Writer" under a
            # name is a role); "Contributing Writers" (a role in the plural: a masthead's list
            # of people under its heading)
            return rest, ""
        for n in (3, 2):
            # "Correspondence to Dr Name, ...", "Address correspondence to Name, MD": a label
            # phrase of the data file's run on, with no colon, before the capitalised name
            if (
                len(bare) > n
                and bare[n][:1].isupper()
                and fold(" ".join(bare[:n])) in v.label_words
            ):
                after = rest.split(None, n)[n]
                return rest[: len(rest) - len(after)], after
        words = rest.split(None, 2)
        # "Contributor Dr Name": a label word right before an honorific needs no colon.
        if len(words) > 2 and fold(words[0]) in v.label_words and v.is_honorific(words[1]):
            return rest[: len(rest) - len(rest.split(None, 1)[1])], rest.split(None, 1)[1]
        # "Affiliations Department of ...": a label word run on before an organisation's head.
        if len(words) > 2 and words[1] in v.org_lead_heads and fold(words[0]) in v.label_words:
            return rest[: len(rest) - len(rest.split(None, 1)[1])], rest.split(None, 1)[1]
        # "PHYSICIAN VOICES Dr Name": a column label in capitals run on before an honorific.
        words = rest.split() if rest[1:2].isupper() else []  # most lines: no capitals word
        caps = 0
        while caps < min(4, len(words) - 2) and _caps_label_word(words[caps], v):
            caps += 1
        if caps and sum(map(len, words[:caps])) >= 6 and _name_follows(words[caps:], v):
            after = rest.split(None, caps)[caps]
            return rest[: len(rest) - len(after)], after
        return None
    phrase = m.group(1).split()
    if any(
        v.is_honorific(w) or v.is_credential(w)
        for w in phrase[:-1]
        if (w.isupper() or "." in w) and w not in v.condition_words
    ) or v.is_credential(phrase[-1]):
        return None  # "Jane Doe MD:" is a name; "Ask the MS Expert:" (MS the disease) a label
    head = fold(phrase[-1]).removesuffix("(s)")
    if head in v.label_words or fold(" ".join(phrase)).removesuffix("(s)") in v.label_words:
        return m.group(0), rest[m.end() :]
    if m.group(0).rstrip().endswith(":") and (head == "by" or _plural_role(phrase[-1], v)):
        # "Course By: Name", "Chairs: A, B": a credit ending in "by", a role in the plural
        # (one title for several people, so no one's title).
        return m.group(0), rest[m.end() :]
    return None


def _name_follows(words: list[str], v: Vocabulary) -> bool:
    """After a capitals label: an honorific, or a name in mixed case with its credentials
    ("MEET THE NURSE Name, RN"; a name in capitals may be the label's own words)."""
    if v.is_honorific(words[0]):
        return True
    head, comma, tail = " ".join(words).partition(",")
    name = head.split()
    return (
        bool(comma)
        and 2 <= len(name) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in name)
        and v.is_credential(tail.split(",", 1)[0].strip())
    )


def _plural_role(word: str, v: Vocabulary) -> bool:
    """ "Chairs", "Co-Editors", "Course Directors": a role head in the plural."""
    return len(word) > 3 and word.endswith("s") and v.is_head_noun(word[:-1])


def _caps_label_word(word: str, v: Vocabulary) -> bool:
    letters = word.replace("'", "").replace("’", "").replace("-", "")  # "NURSE'S", "Q-AND-A"
    return (
        letters.isalpha()
        and word.isupper()
        and len(word) >= 2
        and not v.is_credential(word)
        and word not in v.condition_words
    )


def _role_label(text: str, v: Vocabulary) -> bool:
    """ "Chapter president: Name", "MS Program Lead: Dr. Name": a label that is the title."""
    m = _LABEL.match(text)
    if m is None or not m.group(0).rstrip().endswith(":"):
        return False
    phrase = m.group(1).split()
    return v.is_head_noun(phrase[-1]) and bool(text[m.end() :].strip())


def _name_over_organisation(first: ParsedExpert, lines: list[str], v: Vocabulary) -> bool:
    """A bare name alone on its line with its organisation's line under it (no credentials).

    An author's initials in brackets after the name ("Name (RA)") leave it bare.
    """
    words = _TRAILING_INITIALS.sub("", lines[0]).split()
    return (
        2 <= len(words) <= 3
        and " ".join(words) == first.name
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and bool(first.orgs)
        and not first.unknown
    )


_DESK_TAG = re.compile(r"\([A-Z]{2,12}\)\s+(?=\S)")


def strip_lead_in(text: str, v: Vocabulary) -> tuple[str, str]:
    """(lead-in as written, rest): "— ", "Answered by:", "Medically reviewed by" ..."""
    rest = text.lstrip()
    lead = ""
    if rest.startswith("[") and rest.rstrip().endswith("]") and len(rest) > 2:
        # "[Dr. Halvorsen]", "[Name, M.D., Chair, ...]": a bracketed speaker caption.
        lead, rest = "[", rest.rstrip()[1:-1].strip()
    elif rest.startswith("(") and (tag := _DESK_TAG.match(rest)) is not None:
        # "(POST) By Name": a wire's or a paper's bracketed tag before the byline's lead-in
        after = rest[tag.end() :]
        if fold(after.split(None, 1)[0]) in v.lead_in_words:
            lead, rest = tag.group(), after
    for dash in v.dashes:
        if rest.startswith(dash) and (len(rest) > len(dash)):
            after = rest[len(dash) :]
            if dash == "-" and not after[:1].isspace() and not _tight_hyphen(after, v):
                continue
            lead, rest = rest[: len(dash)], after.lstrip()
            break
    folded = rest.casefold()
    # "작성자:Name": a label's colon may stand with no space before the name
    first = folded.split(None, 1)[0].split(":", 1)[0] if folded else ""
    # Twice at most: "Guest Post By Name" is the lead-in "Guest" and then "Post By".
    for _ in range(2):
        taken = False
        for phrase in v.lead_ins if first in v.lead_in_words else ():
            if folded.startswith(phrase) and (
                len(rest) == len(phrase) or not rest[len(phrase)].isalnum()
            ):
                after = rest[len(phrase) :]
                stripped = after.lstrip(" :-—–").lstrip()
                # "Written by doctors A, M.D., and B, Ph.D.": a role in the plural between the
                # credit and its names is the credit's (one word for all, no one's title)
                stripped = stripped[_plural_before_names(stripped, v) :]
                if _modifies_a_role(phrase, after, stripped, v):
                    continue  # "Guest Editor: Name", "GUEST EDITOR": the word is the title's
                written = rest[: len(phrase)]
                if phrase in v.particles and not _particle_lead_in(written, stripped, v):
                    continue  # "Von Hippel, MD", "Di Stefano": the particle opens the surname
                if (
                    not stripped
                    or stripped[:1].isupper()
                    or after.lstrip().startswith(":")
                    # "Intervista al dott. Name": an honorific in lower case opens the name
                    or v.is_honorific(stripped.split(None, 1)[0])
                    # "Por el neurólogo Name", "by neurologist Name": a lower-case role head,
                    # then the capitalised name
                    or _role_before_name(stripped, v)
                ):
                    lead += rest[: len(rest) - len(stripped)]
                    rest, taken = stripped, True
                    break
        if not taken or not rest:
            break
        folded = rest.casefold()
        first = folded.split(None, 1)[0].rstrip(":")
    if lead[:1] == "~" and rest.endswith("~"):
        rest = rest[:-1].rstrip()  # "~Guest Post By Name~": the tildes either side frame it
    if not lead and (caption := _caption_mark(rest, folded, v)) is not None:
        return caption
    if not lead or lead == "[":
        labelled = _label(rest, v)
        marked = _MARKDOWN_LABEL.match(rest) if labelled is None and rest[:1] in "*_" else None
        if marked is not None and (inner := _label(f"{marked.group(2)} {rest[marked.end() :]}", v)):
            # "**Authors:** A, B": a Markdown page's bold label, read as the label it marks
            return lead + rest[: marked.end()], inner[1]
        if labelled is not None:
            return lead + labelled[0], labelled[1]
    if not lead:
        prefixed = (
            _prefixed_lead_in(rest, v) or _publication_credit(rest, v) or _outlet_credit(rest, v)
        )
        if prefixed is not None:
            return prefixed
    dashed = lead.strip() in v.dashes  # "– Yours, etc,": a letters page's dash before it
    if (not lead or dashed) and _closing_line(rest, v):
        # "Thank you," / "Sincerely," alone above the name: a lead-in line
        return text.strip(), ""
    # "Best wishes, Dr Jane Doe", "Regards : Dr. Name": a closing and its mark, then the name;
    # "Best regards Dr. Name" (a flattened block): the closing runs into the honorific.
    opener = first.rstrip(",;")
    closes = (not lead or dashed) and (opener in v.closings or opener in _CLOSING_FILLERS)
    for closed in (_CLOSING_MARK.match(rest), _unmarked_closing(rest, v)) if closes else ():
        if closed is None:
            continue
        words = closed.group(1).split()
        end = closed.end()
        # "Yours, etc, Dr Name": the letters page's "etc" and its marks belong to the closing
        etc = _ETC.match(rest, end)
        end = etc.end() if etc else end
        after = rest[end:]
        dash = re.match(r"(?:--|[–—~-]) ?", after)  # "Kind regards, -- Name": the dash after it
        if dash and after[dash.end() : dash.end() + 1].isupper():
            closed_at = end + dash.end()
            after = rest[closed_at:]
        else:
            closed_at = end
        # "Srdačan pozdrav, dr. sc. Name": or a lower-case honorific or degree opens the name
        opener = after.split(None, 1)[0] if after.strip() else ""
        named = after[:1].isupper() or v.is_honorific(opener) or v.is_prenominal(opener)
        if 0 < len(words) <= 4 and _closing_words(words, v) and named:
            signed = after.split(None, 2)
            if len(signed) > 2 and fold(signed[0]) in v.closings and is_given_name(signed[1]):
                # "Mit freundlichen Grüßen, Ihr Karl Name": the closing's possessive after
                # its comma ("Ihr", "Ihre": yours) goes with the closing, before the name
                closed_at = len(rest) - len(after) + len(signed[0])
                after = after[len(signed[0]) :].lstrip()
            return lead + rest[:closed_at], after
    if not lead and rest.rstrip().endswith(":"):
        # "MedicalResearch.com Interview with:": a line that ends in a lead-in is one.
        bare = folded.rstrip(" :")
        for phrase in v.lead_ins:
            if len(phrase) > 3 and bare.endswith(phrase) and rest.rstrip().endswith(":"):
                return rest, ""
    if not lead and ": " in rest and (run_on := _credit_sentence_lead(rest, v)) is not None:
        return run_on
    return lead, rest


def _credit_sentence_lead(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "This book was written and reviewed by: Name, MD, ...": a short credit sentence ending in
    a lead-in's "by" and a colon, run on before the capitalised names (a booklet's front
    matter flattened into one paragraph), is the lead-in."""
    head, _, after = rest.partition(": ")
    if not after[:1].isupper() or not 2 < len(head.split()) <= 8:
        return None
    bare = head.casefold().rstrip()
    if not bare.endswith(" by"):
        return None
    if not any(len(p) > 3 and p.endswith(" by") and bare.endswith(p) for p in v.lead_ins):
        return None
    return rest[: len(head) + 2], after


def _role_before_name(rest: str, v: Vocabulary) -> bool:
    words = rest.split(None, 2)
    return (
        len(words) == 3
        and words[0].islower()
        and words[0] in v.prose_role_heads
        and words[1][:1].isupper()
        and words[2][:1].isupper()
    )


def _plural_before_names(rest: str, v: Vocabulary) -> int:
    """How much of ``rest`` a lower-case role in the plural before a capitalised name takes
    ("doctors Tomas Name, M.D., and ...", "neurologists Ann Name and ..."): 0 when none."""
    words = rest.split(None, 2)
    if len(words) < 3 or not words[0].islower() or not words[1][:1].isupper():
        return 0
    word = words[0]
    # an honorific in the plural ("doctors") names the same people as a role does
    single = word[:-1]
    if not (
        len(word) > 4
        and word.endswith("s")
        and (single in v.prose_role_heads or (single.isalpha() and v.is_honorific(single)))
    ):
        return 0
    return len(rest) - len(rest[len(word) :].lstrip())


def _particle_lead_in(written: str, rest: str, v: Vocabulary) -> bool:
    """Is a lead-in that is also a name particle ("von", "di", "da": "by" in German, Italian,
    Portuguese) one here? In lower case it is ("di Serena Calvi"); capitalised it opens a byline
    only before an honorific ("Von Prof. Dr. Name") or a given name and a surname ("Von Sabine
    Oberhuber"), else it is the surname's own particle ("Von Hippel, MD", "Da Silva Santos")."""
    if written.islower():
        return True
    words = rest.split(None, 2)
    if words and v.is_honorific(words[0]):
        return True
    return len(words) >= 2 and is_given_name(words[0]) and words[1][:1].isupper()


def _tight_hyphen(after: str, v: Vocabulary) -> bool:
    """A hyphen run on before an initial or an honorific ("-J. Calloway Birch", "-Dr Name"): an
    epigraph's attribution (a hyphenated word or "-Take ..." opens no name)."""
    first = after.split(None, 1)[0] if after.strip() else ""
    return bool(_INITIAL.match(first)) or (v.is_honorific(first) and len(after.split()) > 1)


def _caption_mark(rest: str, folded: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "(left to right): A, Role; B, Role", "Pictured: A": a photo caption's opening words."""
    if not (rest[:1] == "(" or _first_word_in(folded, v.caption_marks)):
        return None
    for mark in v.caption_marks:
        if folded.startswith(mark):
            after = rest[len(mark) :]
            stripped = after.lstrip(" :–—-")
            if stripped[:1].isupper() and (after[:1] in ":" or after.lstrip()[:1] in ":–—-"):
                return rest[: len(rest) - len(stripped)], stripped
    return None


def _is_caption(lead: str, v: Vocabulary) -> bool:
    return bool(lead) and fold(lead.strip(" :–—-")) in v.caption_marks


def _caption_people(text: str, v: Vocabulary) -> list[ParsedExpert] | None:
    """A caption's people, one a part between semicolons, each part read alone."""
    people = []
    for part in text.split(";"):
        part = part.strip()
        # "Senator Name (ND)": a politician's state in brackets after the name is the place.
        state = _BRACKET_COUNTRY.search(part)
        place = state.group(1) if state and v.is_place(state.group(1)) else None
        parsed = parse_block([part[: state.start()] if place and state else part], v)
        if len(parsed) != 1:
            return None
        people.append(replace(parsed[0], places=[place]) if place else parsed[0])
    return people


def _first_word_in(folded: str, phrases: tuple[str, ...]) -> bool:
    head = folded.split(None, 1)[0].strip(":") if folded else ""
    return head in _first_words(phrases)


@cache
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    # The vocabulary's phrase tuples live as long as it does: their first words, split once.
    return frozenset(p.split(None, 1)[0] for p in phrases)


def _unmarked_closing(rest: str, v: Vocabulary) -> re.Match[str] | None:
    """ "Best regards Dr. Name", "Best wishes Tobias Name": a closing run on, with no mark,
    before an honorific or a known given name (round 7's gazetteer)."""
    words = rest.split(None, 5)
    for i in range(1, min(5, len(words))):
        if v.is_honorific(words[i]) or (words[i].istitle() and is_given_name(words[i])):
            return re.match(rf"^({re.escape(' '.join(words[:i]))})\s+", rest)
    return None


def _closing_line(text: str, v: Vocabulary) -> bool:
    """ "Thank you,", "Sincerely,", "With best wishes": a valediction alone on its line."""
    # Only with its comma: the comma runs the closing on into the name below ("Best wishes"
    # alone, or "Thank you." with a full stop, ends the answer's prose and stays in it).
    text = text.strip()
    if not text.endswith(","):
        return False
    # "– Yours, etc,", "- Yours etc.,": a letters-page closing, its dash and its "etc" (a
    # filler) and the commas between its words
    text = text.lstrip("–—-~ ")
    words = [w.strip(",.") for w in text.rstrip(",").split()]
    return 0 < len(words) <= 4 and all(words) and _closing_words(words, v)


def _closing_words(words: list[str], v: Vocabulary) -> bool:
    """ "Best wishes", "Thank you", "With kind regards": closings, and fillers between them."""
    return any(fold(w) in v.closings for w in words) and all(
        fold(w) in v.closings or fold(w) in _CLOSING_FILLERS for w in words
    )


_CLOSING_FILLERS = frozenset(
    (
        *("you", "with", "all", "my", "the", "very", "truly", "much", "and", "&", "to", "etc"),
        "be",
        # "S pozdravem,", "Z poważaniem,", "С уважением,": "with" in Czech, Polish, Russian (a
        # letter alone, so never a closing word: "Dr. Name K S" ends in initials)
        *("s", "z", "с"),
    )
)
# "Warm regards. Dr Name": a full stop too, when the name runs on after it on the same line.
_ETC = re.compile(r"etc\b[.,]*\s*", re.IGNORECASE)
_CLOSING_MARK = re.compile(r"^([^,:;.–—]{1,40}?)(?:\s*[,:;.]|\s+[–—-])\s*")
# "Dr Name." / "Medical Officer.": a fragment's final full stop. Not after an initial, a dotted
# abbreviation ("M.D.", "U.S.A."), a capitals word or a short abbreviation ("Ltd.", "Jr.").
_FRAGMENT_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")
_ABBREVIATIONS = frozenset(
    ("Ltd", "Inc", "Corp", "Pvt", "Bros", "Dept", "Univ", "Hosp", "Assoc", "Med", "Dir", "Admin")
)


@lru_cache(maxsize=4096)
def _fragment_stop(text: str, v: Vocabulary) -> str:
    """A signature line's final full stop dropped: "Dr Name." is the name "Name".

    An abbreviation keeps its dot: a place's ("Greeley, Colo."), an address word's ("Ave.").
    """
    bare = text.rstrip()
    if not bare.endswith("."):
        return text
    if _ends_spaced_credential(bare, v):
        return text  # "Name, dr. med.": the last word's dot is the credential's own
    last = bare.rsplit(None, 1)[-1]
    stem = last[:-1]
    # "MD." is the credential in capitals (a state after a town is read as the town's); "Pa."
    # written in mixed case is the state's abbreviation and keeps its dot
    placed = not stem.isupper() and (v.is_place(stem) or v.is_place(last))
    # "CSc.", "DiS.": a credential the vocabulary spells with its final dot keeps it
    own_dot = v.credentials.get(cred_key(stem), "").endswith(".")
    if "." not in stem and v.is_credential(stem) and not placed and not own_dot:
        return bare[:-1]  # "..., MSCN. Send questions to ...": the credential's own sentence stop
    if not _FRAGMENT_STOP.search(bare):
        return text
    if not _stopped_word(last) or v.is_place(last) or last in v.address_words:
        return text
    return bare[:-1]


def _ends_spaced_credential(text: str, v: Vocabulary) -> bool:
    """ "..., dr. med.", "dr hab.": the text ends in a lower-case credential of several words."""
    words = text.split()[-4:]
    return any(
        words[i][:1].islower() and " ".join(words[i:]) in v.spaced_lower.get(words[i], ())
        for i in range(len(words))
    )


def _stopped_word(word: str) -> bool:
    """A word's own full stop, no abbreviation's: "Núñez.", "Officer." (not "Ltd.", "UK.")."""
    bare = word[:-1].rsplit("-", 1)[-1]
    return bare[-2:].isalpha() and bare[-2:].islower() and word[:-1] not in _ABBREVIATIONS


# A fragment boundary inside a run-on sign-off ("Dr. Name. Neurology."): a word's full stop.
_FRAGMENT_BREAK = re.compile(r"(?<=[^\W\d_]{3})\. +(?=[A-Z])")


def _fragments(tail: str, v: Vocabulary) -> list[str]:
    """A run-on sign-off cut into its fragments: "Dr. Name. Neurology." -> two lines.

    Only when every fragment reads as none of a sentence's: otherwise the tail stays whole.
    """
    parts: list[str] = []
    at = 0
    for m in _FRAGMENT_BREAK.finditer(tail):
        word = tail[: m.start() + 1].rsplit(None, 1)[-1]
        if not _stopped_word(word) or v.is_honorific(word) or v.is_prenominal(word):
            continue  # "Dr. Name", "doc. Mgr. Name": the dot is the abbreviation's
        if _ends_spaced_credential(tail[: m.start() + 1], v):
            continue  # "dr hab. Name"
        parts.append(tail[at : m.start() + 1])
        at = m.end()
    parts.append(tail[at:])
    if len(parts) == 1 or len(parts) > 4 or any(is_sentence(p, v) for p in parts):
        return [tail]
    return parts


def _publication_credit(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "Valley Courier, by Dale Ostrowski, 10/12/09": a publication, a comma, then the credit.

    The rest given back is "<name> at <publication>", as a signature writes them.
    """
    head, sep, tail = rest.partition(", by ")
    words = head.split()
    if not sep or not 1 <= len(words) <= 4 or not tail[:1].isupper():
        return None
    if not all(w[:1].isupper() or w in v.connectors for w in words):
        return None
    if any(v.is_honorific(w) or v.is_credential(w) for w in words):
        return None  # "Jane Doe, MD, by ...": a name came first
    name, comma, after = tail.partition(",")
    return rest[: len(head) + len(sep)], f"{name} at {head}{comma}{after}"


# an outlet in quotation marks of any language: “...”, "...", «...», „...“, ‘...’
_QUOTED_OUTLET = re.compile(r"^[“\"«„‘‚](?P<outlet>[^“”\"«»„]{2,60}?)[”\"»“’‘]$")
_OPENING_QUOTES = ("“", '"', "«", "„", "‘", "‚")


def _outlet_credit(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "Tommaso Ferri per “il Quotidiano del Lago”": a reporter's credit, a bare full name,
    a word of ``outlet_credits`` (per, für, pour, for ...) and the outlet in quotation marks
    (what makes it an outlet, not a sentence's object). The lead given back is the credit
    word; the rest "<name> at <outlet>", as a signature writes them."""
    if not any(q in rest for q in _OPENING_QUOTES):
        return None  # the cheap test first: most lines quote nothing
    words = rest.split()
    for i in range(2, min(6, len(words) - 1)):
        if fold(words[i]) not in v.outlet_credits:
            continue
        quoted = _QUOTED_OUTLET.match(" ".join(words[i + 1 :]).rstrip(".,;"))
        name = words[:i]
        if quoted is None or not _bare_name_words(name, v) or not _full_name(" ".join(name)):
            return None
        outlet = quoted.group("outlet").strip()
        # "at" before a capitalised outlet (a list of two names never reads it); a comma
        # before a lower-case article, which "at" would drop ("il Quotidiano", "la Voce")
        joint = ", " if outlet[:1].islower() else " at "
        return f"{words[i]} ", f"{' '.join(name)}{joint}{outlet}"
    return None


def _prefixed_lead_in(rest: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "Online Health Chat with Jane Doe, MD": a lead-in phrase after a few title-case words."""
    words = rest.split()
    if not any(fold(w) in v.lead_in_words for w in words[1:6]):
        return None  # most lines: no lead-in word near their start
    for p in range(1, min(6, len(words) - 1)):
        w = words[p - 1]
        # "Vraag beantwoord in maart 2011 door Dr. Name": a credit's own lower-case words and a
        # month in lower case may stand before the lead-in too
        lower_ok = p > 1 and (fold(w) in v.lead_in_words or w in v.months)
        if not (w[:1].isupper() or w[:1].isdigit() or w in v.connectors or lower_ok):
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


_TITLE_HEAD = re.compile(r"^[A-Z][^.!?:;,]{2,80}?\. +(?=[^\W\d_])")


def _title_head(text: str, v: Vocabulary) -> str:
    """A title in title case or capitals before its author on one line ("Managing the Symptoms
    of MS. Name, MSN", "RELAPSE CARE. Name ..."), as written with its stop, or ""."""
    m = _TITLE_HEAD.match(text)
    if m is None or not text[m.end()].isupper():  # "... Łukasz Núñez, MD" (any capital)
        return ""
    words = m.group(0).rstrip(" .").split()
    if not 2 <= len(words) <= 10 or len(text[m.end() :].split()) > 16:
        return ""
    if not all(w[:1].isupper() or w in v.connectors or w in v.articles for w in words):
        return ""
    if any(v.is_honorific(w) or (w.isupper() and v.is_credential(w)) for w in words):
        return ""  # "Dr. Name. Neurology." or "Name MD. ...": a name came first
    # A title holds a connector, four words or more, or capitals ("Jane Doe. Neurology." does
    # not: a bare name and its unit).
    if not (len(words) >= 4 or any(w in v.connectors for w in words) or m.group(0).isupper()):
        return ""
    if is_sentence(m.group(0), v):
        return ""
    return m.group(0)


def _named_topic(body: str, v: Vocabulary) -> bool:
    """A column's byline over its title, with no lead-in ("Rupert Name: Waiting for a
    neurologist"): a known given name's full name of bare words before the colon, a title
    after it that is no sentence."""
    name, _, topic = body.partition(": ")
    head = name.split()
    if not (2 <= len(head) <= 4 and is_given_name(head[0]) and _bare_name_words(head, v)):
        return False
    # "Rachel Name: Thank you for having me.": a transcript's speaker and her words stay
    return topic.rstrip()[-1:] not in '.!?"”' and not is_sentence(topic, v)


def _topic_cut(body: str, v: Vocabulary) -> str:
    """The name before a topic after a lead-in ("Interview with Dr. Name: Understanding
    Relapses"): a colon, then a title with no credential or honorific, is the talk's title (it
    leaves the answer with the block, no part of the expert)."""
    head, _, topic = body.partition(": ")
    words = topic.split()
    if len(head.split()) < 2 or not words or not words[0][:1].isupper():
        return body
    if any(v.is_credential(w.strip(",.")) or v.is_honorific(w) for w in words):
        return body  # "Name: MD, PhD": credentials after a colon are the name's own
    return head


@lru_cache(maxsize=4096)
def _picture_credit(text: str, v: Vocabulary) -> int:
    """Where a photo credit ends a caption line ("Dr Name, Neurologist. Picture supplied",
    "...; Name, Role. Photo courtesy of X."), or -1: the credit and all after it go with the
    block and are no part of any expert."""
    pattern, keys = _credit_pattern(v)
    if ":" in text or "©" in text:
        # "Name, Oberärztin an der Uniklinik in Halde. Foto: Brenneke": a production credit
        # (``production_credits``) and its colon run on after the caption's stop
        for m in _run_on_production(v).finditer(text):
            if m.start() > 0 and text[: m.start()].rstrip()[-1:] in ".;|–—-":
                return m.start()
    if not any(key in text for key in keys):
        return -1  # most lines: no credit's first word (the cheap test first)
    for m in pattern.finditer(text):  # one pass over the line, not one a phrase
        at = m.start()
        if at == 0 or text[:at].rstrip()[-1:] in ".;,:|–—-":
            return at
    return -1


@cache
def _run_on_production(v: Vocabulary) -> re.Pattern[str]:
    """A production credit and its colon ("Foto: X", "Photo : X") or a copyright sign."""
    words = "|".join(re.escape(c) for c in v.production_credits if c != "©")
    return re.compile(rf"(?i)(?<=\s)(?:(?:{words}) ?:\s*\S|©\s*\S)")


@cache
def _credit_pattern(v: Vocabulary) -> tuple[re.Pattern[str], frozenset[str]]:
    """The credits' pattern, and their first words without the initial ("hoto", "icture"): a
    line holds a credit only if it holds one of those, in any case of the initial."""
    keys = frozenset(p.split()[0][1:] for p in v.picture_credits if len(p.split()[0]) > 2)
    return re.compile("(?i)" + "|".join(re.escape(p) for p in v.picture_credits)), keys


def _cut_not_experts(text: str, v: Vocabulary) -> str:
    folded = text.casefold()
    for phrase in v.not_experts:
        at = folded.find(phrase)
        if at > 0:
            return text[:at].rstrip(" ,;")
        if at == 0:
            return ""  # "— Updated on March 3, 2021": a trailer of the credits, no part
    return text


@lru_cache(maxsize=8192)
def _body_of(rest: str, v: Vocabulary) -> str:
    """A line's text after its lead-in without what names no expert: a trailer of the credits,
    page metadata, an issue's date after a colon (pure, so cached as ``_lead_and_rest`` is)."""
    return _cut_colon_date(cut_meta(_cut_not_experts(rest, v), v), v)


def _line_score(line: SigLine, body: str, v: Vocabulary) -> float:
    score, final = _text_score(line.text, body, v)
    if final or not line.bold:
        return score
    return score + 0.5  # added last, as it always was: the same float as one sum


@lru_cache(maxsize=8192)
def _text_score(text: str, body: str, v: Vocabulary) -> tuple[float, bool]:
    """A line's score from its words, and whether it is final (bold adds nothing to an empty
    line, a list item, a link or a sentence): pure on (text, body, vocabulary)."""
    words = text.split()
    if not words:
        return 0.0, True
    if _LIST_ITEM.match(text) and not _person_item(text, body, v):
        return -8.0, True
    if _LINK.search(text):
        return -6.0, True
    if is_sentence(_main_clause(body, v) if " wh" in body else body, v):
        return -8.0, True
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
    return score, False


# Where an item's name ends: a comma, a dash between spaces ("Name — Society — Director"), a
# bracket ("Name (Chair)").
_ITEM_NAME_END = re.compile(r",|\s[—–-]\s|\s\(")


def _person_item(text: str, body: str, v: Vocabulary) -> bool:
    """A dash or a bullet before a person ("- Doreen Name", "• Sigrid Name, Hospital, Town"):
    a sign-off's mark or a list of experts, no item of the answer's prose. The item opens with
    a known given name and a full name of bare words (what its comma runs on may be anything
    but a sentence); a numbered item stays an item."""
    if text[:1].isdigit():
        return False
    item = body.lstrip("•*-– ").strip()
    name = _ITEM_NAME_END.split(item, 1)[0].rstrip(".").split()
    # "- Dr. Name, Professor, ...": an honorific opens a person as a given name does (a TV
    # site's story reposted with its expert's attribution line under the quote)
    titled = len(name) > 2 and v.is_honorific(name[0])
    name = name[1:] if titled else name
    if not 2 <= len(name) <= 4 or not (titled or is_given_name(name[0])):
        return False
    return _bare_name_words(name, v) and not is_sentence(item, v)


def _unmarked(item: str) -> str:
    return item.lstrip("•*-–").strip()


def _people_items(block: list[SigLine], bodies: list[str], v: Vocabulary) -> bool:
    """Every line of the block that the parse reads is a list item naming a person."""
    read = [(line, body) for line, body in zip(block, bodies, strict=True) if body.strip()]
    return len(read) > 1 and all(
        _LIST_ITEM.match(line.text) and _person_item(line.text, body, v) for line, body in read
    )


def thing_item(text: str) -> bool:
    """A list item naming neither a person nor a date ("- Rest", not "- 2 days ago")."""
    v = vocabulary()
    return _thing_item(text, v) and not is_meta_line(text, v)


def _thing_item(text: str, v: Vocabulary) -> bool:
    """A list item that names no person ("- Regular exercise"): the item under it is of the
    same list, however it reads."""
    if not _LIST_ITEM.match(text):
        return False
    body = _body_of(_lead_and_rest(text, v)[1], v)
    return not _person_item(text, body, v)


_RELATIVE = re.compile(r"\b(\w+) (?:who|whose|which) ")


def _main_clause(body: str, v: Vocabulary) -> str:
    """A signature line without a relative clause on its prose role: "Name, MD, neurologist who
    has MS" is tested as "Name, MD, neurologist" (the clause's verb makes no sentence of it)."""
    if " wh" not in body:
        return body  # most lines: no relative pronoun at all
    for m in _RELATIVE.finditer(body):
        main = body[: m.end(1)]
        # Only when the clause holds the line's one verb ("Name, RN is a nurse who ..." is a
        # sentence by its "is").
        if (
            m.group(1).casefold() in v.prose_role_heads
            and "," in main
            and not any(fold(w).strip(".") in v.sentence_words for w in main.split())
        ):
            return main
    return body


def _squash(score: float) -> float:
    return round(1 / (1 + math.exp(-(score - 2.0))), 3)


@cache
def _honorific_after_stop(v: Vocabulary) -> re.Pattern[str]:
    # Academic honorifics only: "Mr"/"Ms" after a full stop open sentences as often as sign-offs.
    words = sorted(
        (h for h in v.honorifics if h[:1] in "dp" and h.isalpha()), key=len, reverse=True
    )
    alt = "|".join(re.escape(w.capitalize()) for w in words)
    # "... advise you. Regards : Dr. Name.": a valediction may stand between the stop and the
    # honorific, run on with its own mark (a comma, a colon, a dash).
    closing = "|".join(re.escape(w) for w in sorted(v.closings, key=len, reverse=True))
    sign_off = rf"(?:(?i:(?:{closing}|you|with|all|my|very|much|and|&)) ?){{1,4}}[,:;–—-]? *"
    return re.compile(rf"[.!?\"”)] +(?=(?:{sign_off})?(?:{alt})\.? [^\W\d_a-z])")


@lru_cache(maxsize=4096)
def _split_inline_lead_in(line: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "...last sentence. — Jane Doe, MD" -> (sentence, "— Jane Doe, MD")."""
    for dash in ("—", "–", "―", " -- ", " - ", "~"):  # "―": a horizontal bar, as quotations use
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
    run_on = run_on_closing(line, v)
    if run_on is not None:
        return run_on
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


_SENTENCE_STOP = re.compile(r"[.!?][\"”)]?[ \t\xa0]+")
_RUN_ON_WORDS = 16  # a run-on sign-off's words at most: a closing, a name and its credentials


def run_on_closing(line: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "...begin to heal. Warm regards,Tobias Name, M.S., LMHC", "...concerns. Warmly,Greta",
    "...helpful. Be well.Dana K. Name, DBH": a closing run on after the last paragraph's last
    sentence, the name after it on the same line: (the prose, the sign-off). The sign-off opens
    with closing words and their mark, glued or spaced (``_unglue``, ``strip_lead_in``); the
    stop taken is the first, from the end, whose tail opens so (a name's initial has a stop
    too: "Dana K. Name")."""
    if len(line) < 8:
        return None
    stops = [m for m in _SENTENCE_STOP.finditer(line, max(0, len(line) - 200))]
    for m in reversed(stops):
        head, tail = line[: m.start() + 1], line[m.end() :].strip()
        if not tail or len(tail.split()) > _RUN_ON_WORDS:
            break
        if not _first_word_closes(tail, v):
            continue
        glued = _unglue(tail, v)
        if glued is not None and len(glued) > 1:
            return head.rstrip(), tail
        lead, rest = strip_lead_in(tail, v)
        if lead and rest and _first_word_closes(lead, v):
            return head.rstrip(), tail
    return None


def _first_word_closes(text: str, v: Vocabulary) -> bool:
    """The text opens with a closing word, whole or glued to the next ("Warmly,Greta", "Be
    well.", "Best wishesMarta"): the cheap test before a sign-off is read."""
    first = re.match(r"[^\W\d_]+", text)
    if first is None:
        return False
    word = first.group().casefold()
    if word in _CLOSING_FILLERS:
        return True  # "Be well.", "With love,": the reading after it says whether it closes
    # the whole word too: "vriendelijke", "cordialement", "atentamente" are longer than the
    # glued prefixes tried ("Best wishesMarta")
    return word in v.closings or any(
        word[:k] in v.closings for k in range(3, min(len(word), 9) + 1)
    )


@lru_cache(maxsize=4096)
def _trailer_line(text: str, v: Vocabulary) -> bool:
    """A contact or metadata line under a sign-off: it leaves the answer, no part of the expert."""
    bare = text.strip()
    return bool(_CONTACT.match(bare)) or is_meta_line(bare, v) or _production_credit(bare, v)


def _production_credit(bare: str, v: Vocabulary) -> bool:
    """ "Foto: Mikkel Dahl", "vormgeving Studio Leie Gent": who made the page's pictures or
    layout, short, under the block (no expert: they leave the answer with it)."""
    folded = bare.casefold()
    return len(bare.split()) <= 8 and any(
        folded.startswith(c) and folded[len(c) : len(c) + 1] in (" ", ":", "")
        for c in v.production_credits
    )


@lru_cache(maxsize=4096)
def _noise_line(bare: str, v: Vocabulary) -> bool:
    """A line of a block's page furniture, read by its shape (round 7): a forum member's profile
    counts ("2,114 Posts", "1 Article; 842 Posts", "Posts: 842"), a social or web address with
    no "www." ("facebook.com/Name", "Twitter: @name", "harbourclinic.org"), or a reference's
    citation ending in its volume and pages or DOI ("Journal. 2016;12(3):201-208.")."""
    if not bare or len(bare) > 300:
        return False
    member, social = _noise_grammar(v)
    if (bare[:1].isdigit() or ":" in bare) and member.match(bare):
        return True
    one_word = " " not in bare.split(":", 1)[-1].strip()
    if ("." in bare or "@" in bare) and one_word and social.match(bare):
        return True
    return _citation(bare)


# Contact details run on at the end of a line: phone numbers, e-mail, web and social addresses.
_CONTACT_TAIL = re.compile(
    r"(?:\s+(?:(?i:tel|phone|ph|fax|email|e-mail|web|website|mobile|cell)\.?\s*[:.]?\s*)?"
    r"(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|(?:[\w-]+\.)+[a-z]{2,6}/\S+"
    r"|\+?[\d(][\d\s().-]{6,}\d))+$"
)


def _contact_tail(text: str, v: Vocabulary) -> str:
    """The line without the contact details run on at its end, or "" when it has none (or is
    prose with a number at its end: "Call the helpline on 0800 123 4567")."""
    if not (text[-1:].isdigit() or text[-1:].isalpha()) or len(text) > 400:
        return ""  # most lines: no digit or address character at the end (the cheap test first)
    m = _CONTACT_TAIL.search(text)
    if m is None or m.start() == 0 or is_meta_line(m.group().strip(), v):
        return ""  # "... on 1995-01-01": a date, no phone number
    head = text[: m.start()].rstrip(" ,;|·-—–")
    # a flattened block of one person's name and a line or two, no more; a block written as
    # one line of comma parts may hold more ("Correspondence to Dr Name, Role, Division,
    # Hospital, City postcode, UK; e-mail": a journal's correspondence line)
    most = 24 if head.count(",") >= 3 else 12
    if not 2 <= len(head.split()) <= most or head[-1:] in "!?:":
        return ""
    if head[-1:] == "." and (is_sentence(head, v) or not head.count(",") >= 3):
        return ""  # a sentence's stop before the address; an address's town's stop is none
    return _without_contact_opener(head)


_LAST_STOP = re.compile(r"[.;]\s+(?=[A-Z])")


def _without_contact_opener(head: str) -> str:
    """ "Name, M.D. Send questions to" (the address cut off after it): the contact line's
    opener after the block's last stop goes with the address, no part of the expert."""
    stops = list(_LAST_STOP.finditer(head))
    if not stops:
        return head
    after = head[stops[-1].end() :]
    grammar, kinds = _post_signature()
    m = grammar.match(after.casefold().replace("’", "'"))
    if m is None or kinds[m.group()] != "contact":
        return head
    kept = head[: stops[-1].start()].rstrip()
    # "M.D. Send ..." keeps the abbreviation's dot; "FAAN. Send ..." ends its sentence there
    dotted = "." in kept.rsplit(None, 1)[-1] if kept else False
    return kept + "." if dotted and head[stops[-1].start()] == "." else kept


def _stats_tail(text: str, v: Vocabulary) -> str:
    """The line without a forum member's counts run on at its end ("... 2,114 Posts"), or ""."""
    words = text.split()
    if len(words) < 3 or fold(words[-1]) not in v.member_stats:
        return ""  # most lines: no stat word at the end (the cheap test first)
    member = _noise_grammar(v)[0]
    for i in range(1, len(words) - 1):
        if words[i][:1].isdigit() and member.match(" ".join(words[i:])):
            head = " ".join(words[:i]).rstrip(" ,;|·")
            return head if len(head.split()) <= 12 and head[-1:] not in ".!?" else ""
    return ""


def _cut_colon_date(body: str, v: Vocabulary) -> str:
    """ "Dr Name: 14 May": an issue's day and month after a colon (no year, so no byline date
    of the date grammar) is page metadata, no place."""
    head, colon, tail = body.rpartition(": ")
    if not colon or (not tail[:1].isdigit() and tail[:1] not in "ADFJMNOS"):
        return body  # most lines: no colon, or no day or month after it
    words = tail.strip(" .").split()
    if len(words) != 2 or len(head.split()) < 2:
        return body
    day, month = words if words[0][:1].isdigit() else words[::-1]
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", day) and month.rstrip(".") in v.months:
        return head
    return body


_HANDLE = re.compile(r"^(?P<handle>[A-Za-z0-9][\w.-]{1,30})(?P<creds>(?:\s*,\s*[^,\s]+){0,6})$")


def _posted_by(body: str, headed: bool, v: Vocabulary) -> tuple[str, bool]:
    """(handle, True) for a forum header's credit: "by kestrel" under a "Posted: <date>" line
    (``headed``), or "Posted: <date> by kestrel" on one line; else (body, False)."""
    date, rest = strip_leading_date(body, v)
    if (headed or date) and rest.startswith("by ") and len(rest.split()) == 2:
        return rest[3:].strip(), True
    return body, False


def _forum_handle(body: str, v: Vocabulary) -> list[ParsedExpert]:
    """A forum handle as the poster's name: one word of letters, digits, dots, dashes or
    underscores that is no plain capitalised word ("kestrel", "RN207", "mari_gold"), then any
    credentials after commas. The caller has the evidence (a profile or header line); a word a
    handle never is ("admin", "guest") or a vocabulary word names no one."""
    m = _HANDLE.match(body.strip())
    if m is None:
        return []
    handle = m.group("handle")
    plain_word = handle[:1].isupper() and handle[1:].islower() and handle.isalpha()
    if plain_word or fold(handle) in v.handle_stopwords or v.is_credential(handle):
        return []
    if fold(handle) in v.closings or fold(handle) in v.not_name_words or v.is_role_word_any(handle):
        return []
    creds = [c.strip() for c in m.group("creds").split(",") if c.strip()]
    if not all(v.is_credential(c) for c in creds):
        return []
    return [
        ParsedExpert(
            name=handle, name_score=0.7, degrees=[v.credentials.get(cred_key(c), c) for c in creds]
        )
    ]


def _citation(bare: str) -> bool:
    tail = bare[-12:]
    if not any(c.isdigit() for c in tail):
        return False  # most lines: a citation ends in its pages or its DOI's digits
    return bool(_CITATION.search(bare))


# A reference's end: "2016;12(3):201-208.", "2019, 25(4), 511-520", "doi:10.1177/135245",
# "vol. 12, no. 3, pp. 201-208"; a summary page's source line "PMC · DOI: 10.x/y · Journal ·
# 2025-04-02" (the DOI and a few dotted parts after it).
_CITATION = re.compile(
    r"(?i)(?:\b(?:19|20)\d{2}[a-z]?\s*[;,]\s*\d{1,4}\s*(?:\(\s*[\w–-]{1,6}\s*\))?\s*[:,]\s*"
    r"[a-z]?\d{1,6}(?:\s*[-–]\s*[a-z]?\d{1,6})?"
    r"|\bdoi\s*:?\s*10\.\d{4,}/\S+(?:\s+[·•|]\s+[^·•|]{1,60}){0,4}|doi\.org/10\.\d{4,}/\S+"
    r"|\bvol\.?\s*\d+\b.{0,40}\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?)\.?$"
)


@cache
def _noise_grammar(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    stats = "|".join(re.escape(w) for w in sorted(v.member_stats, key=len, reverse=True))
    count = r"\d[\d,.]*\s*[kK]?"
    stat = rf"(?:{count}\s+(?:{stats})|(?:{stats})\s*:\s*{count})"
    member = re.compile(rf"(?i)^{stat}(?:\s*(?:[;|·•]|,\s)\s*{stat})*$")
    sites = "|".join(re.escape(w) for w in sorted(v.social_sites, key=len, reverse=True))
    social = re.compile(
        rf"^(?:(?i:{sites})\s*[:.]?\s*)?"
        r"(?:@[A-Za-z0-9_.]{2,30}|(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?)$"
    )
    return member, social


def _modifies_a_role(phrase: str, after: str, stripped: str, v: Vocabulary) -> bool:
    """ "Guest Editor:", "GUEST EDITOR": a one-word lead-in ("Guest: Name") run straight on,
    space only, into a role's head noun that ends the label (its colon, or the line) is the
    role's modifier; the words are one title ("Guest Post By Name" keeps its lead-ins)."""
    if " " in phrase or not after[:1].isspace() or after.lstrip()[:1] in (":", "-", "—", "–"):
        return False
    head, _, more = stripped.partition(" ")
    colon = head.endswith(":")
    head = head.rstrip(":")
    if not head or not v.is_head_noun(head.capitalize() if head.isupper() else head):
        return False
    return colon or not more.strip()


# Pure on (text, vocabulary), and the costliest reading of a line (a dozen lead-in, label,
# caption and closing tests): an expert's signature lines recur on every post they answer.
@lru_cache(maxsize=8192)
def _lead_and_rest(text: str, v: Vocabulary) -> tuple[str, str]:
    """strip_lead_in, and a date before the lead-in goes with it ("3/20/2023 by Name")."""
    date, rest = strip_leading_date(text, v)
    if date:
        lead, after = strip_lead_in(rest, v)
        if lead:
            return date + lead, after
    return strip_lead_in(text, v)


# -- Round 12: post-signature tails and glued closings ------------------------------------------
_TAIL_SENTENCES = frozenset(("ps", "disclaimer"))  # kinds whose lines are sentences: they stay
_TAIL_MAX = 10  # lines of a tail (a short reference list and its heading, a letter's copies)
_OWNED = 6  # lines a heading ("References", "Attachments:", "cc:") owns under it
_ITEM_MARK = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s*")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a short line ending in an arrow is a link's text under the block (set 20 d21)
_LINK_ARROWS = frozenset("→›»")
_LINK_LINE_MAX = 60
_CONTACT_EVIDENCE = re.compile(r"@|https?://|www\.|\+?[\d(][\d\s().-]{6,}\d")


@cache
def _post_signature() -> tuple[re.Pattern[str], dict[str, str]]:
    """The openers of data/post_signature.txt as one pattern, and each opener's kind."""
    text = resources.files("msqa_scraper.extract").joinpath("data/post_signature.txt")
    kinds: dict[str, str] = {}
    kind = ""
    for raw in text.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line[:1] == "#":
            continue
        if line[:1] == "[" and line[-1:] == "]":
            kind = line[1:-1]
        else:
            kinds[line] = kind
    openers = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    # An opener is a whole word or phrase: "Notes" is no "note", "PSA" no "ps".
    # "Continue reading…": an ellipsis ends the opener as a stop does
    return re.compile(rf"^(?:{openers})(?=[\s:.,;–—)…]|$)"), kinds


@lru_cache(maxsize=4096)
def _tail_kind(text: str, v: Vocabulary) -> tuple[str, bool] | None:
    """(kind, heading) of a line that follows a signature, or None: one test per kind. A
    postscript, a disclaimer, a reference heading, furniture or a contact line by its opener
    (the data file's words); a numbered citation by its year or its pages; a contact, social
    or e-mail line by its shape. ``heading``: the opener is the whole line ("References")."""
    bare = text.strip()
    if not bare or len(bare) > 400:
        return None
    if _RULE_LINE.match(bare):
        return "rule", True  # "---", "______": a rule drawn under the block owns what follows
    if len(bare) <= _LINK_LINE_MAX and bare[-1] in _LINK_ARROWS and not is_sentence(bare, v):
        return "furniture", False  # "See Sherry's profile →", "All posts »": a link's text
    item = _ITEM_MARK.sub("", bare, count=1)
    folded = item.casefold().replace("’", "'")
    grammar, kinds = _post_signature()
    m = grammar.match(folded)
    if m is not None:
        kind = kinds[m.group()]
        heading = not folded[m.end() :].strip(" :.,;–—")
        if kind != "contact" or heading or _CONTACT_EVIDENCE.search(item):
            return kind, heading  # "Email me any time" with no address is a sentence
    if item is not bare and bare[:1].isdigit() and (_citation(item) or _YEAR.search(item)):
        return "references", False  # "1. Okafor L. Fatigue in MS. Example J Neurol 2019;4:1-9."
    if _CONTACT.match(item) or _noise_line(item, v):
        return "contact", False  # "www.clinic.example", "@dietitian", "Journal 2016;12:201-208."
    return None


def _post_signature_tail(lines: list[SigLine], v: Vocabulary) -> tuple[int, bool]:
    """(how many of the last lines follow the signature, whether one of them is a sentence
    that stays in the answer). Every tail line is of a kind or under a heading of the tail."""
    n = len(lines)
    if n < 2:
        return 0, False
    best = 0
    found: list[tuple[int, tuple[str, bool] | None]] = []
    below: list[int] = []  # lines of no kind, waiting for a heading above them
    for t in range(n - 1, max(0, n - 1 - _TAIL_MAX), -1):
        if below and not best and len(lines[t].text) > 40:
            got = None  # only a heading above can own the lines below: a long line is none
        else:
            got = _tail_kind(lines[t].text, v)
        found.append((t, got))
        if got is None:
            below.append(t)
            if len(below) > _OWNED or (t < n - 1 - _OWNED and not best):
                break
        elif got[1]:
            below = [i for i in below if i - t > _OWNED]
        if not below:
            best = n - t
    if not best:
        return 0, False
    start = n - best
    keep = any(got is not None and got[0] in _TAIL_SENTENCES for t, got in found if t >= start)
    # "---" / "This message is for education only.": a sentence under a rule is a note to the
    # reader, it stays in the answer (never lose a sentence)
    ruled = [t for t, got in found if t >= start and got is not None and got[0] == "rule"]
    if ruled and any(is_sentence(lines[t].text, v) for t in range(min(ruled) + 1, n)):
        keep = True
    return best, keep


def post_signature_tail(lines: list[SigLine], v: Vocabulary) -> tuple[int, bool]:
    """``_post_signature_tail`` for the readers after the finder (experts.attribute)."""
    return _post_signature_tail(lines, v)


@cache
def _glue_grammar(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted(v.closings | _CLOSING_FILLERS, key=len, reverse=True)
    word = "|".join(re.escape(w) for w in words)
    hons = sorted((h for h in v.honorifics if h.isalpha()), key=len, reverse=True)
    hon = "|".join(re.escape(h) for h in hons)
    closed = re.compile(
        rf"^(?P<closing>(?i:(?:{word})(?:[ \t]+(?:{word}))*))"
        r"(?P<sep>[,.!:;]*[ \t\xa0]*(?:[-–—~][ \t\xa0]*)?)"
        rf"(?:(?P<hon>(?i:{hon}))(?P<dot>\.?)(?P<gap>[ \t\xa0]*)(?=[^\W\d_])"
        r"|(?P<name>[A-Z][^\W\d_])|(?P<lower>[a-z]{2}))"
    )
    honorific = re.compile(rf"^(?P<hon>(?i:{hon}))\.(?=[^\W\d_]{{2}})")
    return closed, honorific


@lru_cache(maxsize=4096)
def _unglue(text: str, v: Vocabulary) -> tuple[str, ...] | None:
    """A line whose closing is glued or run on into the name, as the closing's line and the
    name's ("RegardsDr.Name", "Regards,Dr. Name", "Take careDr.name", "Best wishes to you all
    - Name"), or a name glued to its honorific ("Dr.Obi."); None for a line written spaced."""
    bare = text.strip()
    if not bare or len(bare) > 120:
        return None
    addressed = _contact_bracket(bare)
    if addressed is not None:
        return addressed
    closed, honorific = _glue_grammar(v)
    m = closed.match(bare)
    words = m.group("closing").split() if m is not None else []
    if m is not None and any(fold(w) in v.closings for w in words):
        # The closing's line is read up to its last closing word: "Best wishes to you all"
        # is "Best wishes," to the reader of closings (the rest addresses the readers).
        last = max(i for i, w in enumerate(words) if fold(w) in v.closings)
        closing = " ".join(words[: last + 1]) + ","
        sep = m.group("sep")
        glued = not any(c.isspace() for c in sep)  # "RegardsDr", "Regards,Dr", "Thanks,Maya"
        dashed = any(d in sep for d in "-–—~")  # "Best wishes to you all - Name"
        if m.group("hon") is not None:
            if glued and not sep and not m.group("hon")[:1].isupper():
                glued = False  # "carer", "kindmr": one word, no closing glued to an honorific
            if glued or dashed or not m.group("gap"):  # or "Dr.Name": glued to the name
                name = bare[m.end("gap") :]
                name = name.title() if name.islower() else name  # "Dr.besiana": read capitalised
                return closing, f"{m.group('hon')}{m.group('dot')} {name}"
        elif m.group("lower") is not None:
            # "Kindly-tomas brandt M.A.", "Peace - tomas": after a dash, a name in lower case,
            # read capitalised (find gives it back as written) when it opens with a given name
            if dashed and (name := _capitalised(bare[m.end("sep") :], v)) is not None:
                return closing, name
        else:
            cut = _tilde_lines(bare[m.end("sep") :])
            # "Best wishesMarta Name MA": no mark at all, the name's capital glued to the
            # closing's last lower-case letter; "Sincerely, Lucia~Practice": a tilde for a break
            glued_word = re.match(r"[^\W\d_]+", bare[m.end("sep") :])
            # "TakeCare", "CareCorner": one word in camel case, no name glued to a closing;
            # only a known given name glued on is one
            camel = (
                not sep
                and m.group("closing")[-1:].islower()
                and glued_word is not None
                and is_given_name(glued_word.group())
            )
            if (sep and (glued or dashed)) or camel or len(cut) > 1:
                return closing, *cut
    if bare.islower() and len(bare) <= 60:
        return _lower_sign_off(bare, v)
    h = honorific.match(bare)
    first = bare.split(None, 1)[0]
    if h is not None and not (v.is_honorific(first) or v.is_prenominal(first)):
        # "Dr.Obi.": glued; "Dott.ssa Name", "Prof.ssa Name": one honorific, written so
        return (f"{bare[: h.end()]} {bare[h.end() :]}",)
    return None


_LOWER_STOP = re.compile(r"[,;:!?/<>()@]")
# "~Owen (www.a.example and www.b.example)": web or e-mail addresses in a bracket after a name
_BRACKETED = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<inner>[^()]{4,200})\)$")
_ADDRESS_JOINS = re.compile(r"\s+(?:and|or|&)\s+|\s*[,;]\s*|\s+")


def _contact_bracket(bare: str) -> tuple[str, ...] | None:
    """A sign-off whose bracket holds only web or e-mail addresses ("~Owen (www.practice.example
    and www.book.example)"): the name's line over one contact line per address, which leave the
    answer with the block and fill no field. None for any other bracket ("(Barts MS)")."""
    if not bare.endswith(")") or not ("www." in bare or "@" in bare or "://" in bare):
        return None  # the cheap test first
    m = _BRACKETED.match(bare)
    if m is None:
        return None
    addresses = [a for a in _ADDRESS_JOINS.split(m.group("inner")) if a]
    if not addresses or not all(_CONTACT.match(a) for a in addresses):
        return None
    return (m.group("name").strip(), *addresses)


# "Lucia~Harbour Light Counseling": a tilde glued between a name and the next line's words
_GLUED_TILDE = re.compile(r"(?<=[^\W\d_])~(?=[A-Z])")


def _tilde_lines(name: str) -> tuple[str, ...]:
    """The name part of a sign-off cut at a tilde glued between words ("Lucia~Harbour Light
    Counseling"): a line break written as a tilde."""
    return tuple(p.strip() for p in _GLUED_TILDE.split(name) if p.strip())


def _capitalised(rest: str, v: Vocabulary) -> str | None:
    """A lower-case name after a sign-off's dash read capitalised ("tomas brandt M.A." ->
    "Tomas Brandt M.A."): its first words up to a credential or a mark, the first a known
    given name; None when the words are no name's ("- see you soon")."""
    words = rest.split()
    n = 0
    while n < min(len(words), 3) and words[n].isalpha() and words[n].islower():
        n += 1
    if not n or not is_given_name(words[0].title()):
        return None
    function = name_lists().function
    if any(w in function or w in _CLOSING_FILLERS or fold(w) in v.closings for w in words[:n]):
        return None  # "- take care of you": words of a sentence
    return " ".join([*(w.title() for w in words[:n]), *words[n:]])


def _lower_sign_off(bare: str, v: Vocabulary) -> tuple[str, ...] | None:
    """A sign-off written all in lower case, the closing opening the line ("take care malik",
    "sincerely dr name", "sincerely daniel j. name md facs"): the closing's line over the name
    written in capitals for the readers (find gives the name back as written). The name must
    open with an honorific or a known given name: "take care of yourself" names no one."""
    words = bare.split()
    i = 0
    while i < len(words) and (fold(words[i]) in v.closings or words[i] in _CLOSING_FILLERS):
        i += 1
    closings = [k for k in range(i) if fold(words[k]) in v.closings]
    rest = words[i:]
    if not closings or not rest or len(rest) > 6 or _LOWER_STOP.search(" ".join(rest)):
        return None
    first = rest[0].rstrip(".")
    named = [w for w in rest if not v.is_honorific(w.rstrip("."))]
    if not named or not (v.is_honorific(first) or is_given_name(first.title())):
        return None
    function = name_lists().function
    if any(w in function or w in _CLOSING_FILLERS for w in rest):
        return None  # "take care mark the date": words of a sentence, no name
    closing = " ".join(words[: closings[-1] + 1]) + ","
    # Credentials in capitals ("md facs" are MD, FACS), every other word capitalised.
    read = [
        w.upper() if v.is_credential(w.upper()) and not is_given_name(w.title()) else w.title()
        for w in rest
    ]
    return closing.capitalize(), " ".join(read)


def _as_written(e: Expert, written: str) -> Expert:
    """The expert's name as the lines wrote it (a lower-case name was read capitalised)."""
    at = written.casefold().find(e.name.casefold())
    if at < 0 or len(written.casefold()) != len(written):
        return e
    return replace(e, name=written[at : at + len(e.name)])


# A capitalised word after a space (its first word's letters up to a space or a mark).
_CAPITAL_WORD = re.compile(r"(?<=\s)([A-Z][\w.'’&-]*)")


@cache
def _opener_firsts() -> frozenset[str]:
    """The first words of data/post_signature.txt's openers (folded), bare of their marks."""
    _, kinds = _post_signature()
    words = {w.split()[0] for w in kinds}
    return frozenset(words | {w.rstrip(".:,;") for w in words})


@lru_cache(maxsize=4096)
def _tail_run_on(text: str, v: Vocabulary) -> tuple[str, ...] | None:
    """A block flattened into one paragraph with its post-signature tail run on after it
    ("Name (Role) Latest posts by Name (see all)", "Name, MS, DO mail The authors received no
    ..."): (block, tail), cut where a capitalised tail opener (data/post_signature.txt) starts
    inside the line after words that are no sentence. None when no such tail is there."""
    if len(text) > 600 or len(text) < 12:
        return None
    grammar, _ = _post_signature()
    firsts = _opener_firsts()
    for m in _CAPITAL_WORD.finditer(text, 6):
        if m.group(1).casefold().replace("’", "'") not in firsts:
            continue  # the cheap test first: most capitals open no tail line
        at = m.start()
        rest = text[at:]
        if grammar.match(rest.casefold().replace("’", "'")) is None:
            continue
        head = text[:at].rstrip()
        if len(head.split()) < 2 or is_sentence(head, v):
            return None  # the prose's own sentence ("... Note that ...") or no block above
        if _tail_kind(rest, v) is None:
            continue  # "Email me any time": no tail line as the data file reads it
        return head, rest
    return None


def unglued(lines: list[SigLine], v: Vocabulary) -> tuple[list[SigLine], list[int]] | None:
    """The lines with glued closings split (``_unglue``), and each new line's original index;
    None when no line of the answer's end is glued (most answers)."""
    n = len(lines)
    tail = max(0, n - MAX_LINES - 4)  # a block's lines, and a short tail under them
    # A glued line is short (the cheap test first: most answers' lines are longer prose).
    pieces = [
        (i, _unglue(lines[i].text, v) if len(lines[i].text) <= 120 else None)
        for i in range(tail, n)
    ]
    if n and pieces[-1][1] is None and lines[-1].para_start:
        pieces[-1] = (n - 1, _tail_run_on(lines[-1].text, v))
    if all(p is None for _, p in pieces):
        return None
    work, origin = list(lines[:tail]), list(range(tail))
    for i, got in pieces:
        line = lines[i]
        if got is None:
            work.append(line)
            origin.append(i)
            continue
        for j, text in enumerate(got):
            work.append(SigLine(text, line.bold, line.para_start and j == 0))
            origin.append(i)
    return work, origin


def find_signature(lines: list[SigLine], v: Vocabulary | None = None) -> Signature | None:
    """The best signature candidate at the end of an answer's lines, or None (a quotation's
    author under it is judged by the caller: ``quoted_attribution``)."""
    v = v or vocabulary()
    end = lines[-1].text.rstrip()[-1:] if lines else ""
    ruled = _RULED_END.match(lines[-1].text) if end in ("_", "-", "=") else None
    if ruled is None:
        return _with_credit_above(lines, _find_glued(lines, v), v) or _caseless(lines)
    # "Contributed by: Name, Role, Company ____": a rule drawn under the block in a paragraph
    # that lost its line breaks is the block's last line, no part of the institution
    last = lines[-1]
    found = _find_glued([*lines[:-1], SigLine(ruled[1], last.bold, last.para_start)], v)
    if found is not None and found.lines and found.start < len(lines):
        found.lines = [*found.lines[:-1], f"{found.lines[-1]} {ruled[2]}"]  # as written
    return found


def _with_credit_above(
    lines: list[SigLine], found: Signature | None, v: Vocabulary
) -> Signature | None:
    """ "Foto: Name" / "Von Name": a photo's credit line over the byline (a newspaper's caption
    above its article, rendered after it) is the page's production credit, no sentence of the
    answer: it leaves the answer with the block."""
    if found is None or not found.accepted or found.tail_split is not None or found.start < 2:
        return found
    above = lines[found.start - 1].text.strip()
    if not above or not _production_credit(above, v) or is_sentence(above, v):
        return found
    return replace(found, start=found.start - 1, lines=[lines[found.start - 1].text, *found.lines])


def _caseless(lines: list[SigLine]) -> Signature | None:
    """A block in a caseless script (CJK, Hangul, Arabic), read on explicit evidence only."""
    read = read_caseless([line.text for line in lines])
    if read is None:
        return None
    start, experts = read
    return Signature(start, [line.text for line in lines[start:]], experts, CASELESS_CONFIDENCE)


# a line that is a rule: three or more dashes, underscores or equals signs (a Markdown "---")
_RULE_LINE = re.compile(r"^(?:[-_=]{3,}|[—–]{2,})$")
# a rule of four or more underscores, dashes or equals signs ending a line after its text
_RULED_END = re.compile(r"^(.*?\S)\s+(_{4,}|-{4,}|={4,})\s*$")


# a quotation ends the text: its closing mark after the sentence's stop (or before it, as
# '"Patience is a form of courage".' puts it), an opening mark before
_QUOTATION_END = re.compile(r"[\"“‘].{8,}(?:[.!?,][\"”’]|[\"”’][.!?])$")


def quoted_attribution(lines: list[SigLine], found: Signature, v: Vocabulary) -> bool:
    """A bare name after a dash or tilde right under a quotation ('"We heal when we are seen."'
    / "~Clara Westbrook"): the quotation's author, whom the answer cites, not its signer. Only a
    name alone (no honorific, credential, role, institution or place) on one line."""
    if len(found.experts) != 1 or len(found.lines) != 1:
        return False
    e = found.experts[0]
    if e.degrees or e.titles or e.institution or e.place:
        return False
    line = found.lines[0].strip()
    dash = next((d for d in v.dashes if line.startswith(d)), "")
    if not dash or fold(line[len(dash) :].strip()) != fold(e.name):
        return False  # "~Dr Name", "— Name, MD": more than a bare name
    if found.tail_split is not None:
        above = found.tail_split
    elif 0 < found.start <= len(lines):
        above = lines[found.start - 1].text
    else:
        return False
    return bool(_QUOTATION_END.search(above.strip()))


def _find_glued(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """The best signature candidate at the end of an answer's lines, or None.

    Lines whose closing is glued to the name ("RegardsDr.Name", "Best wishes to you all -
    Name") are read as the closing over the name (``unglued``); the block found leaves the
    answer as the lines were written (whole lines, the closing with it).
    """
    v = v or vocabulary()
    glued = unglued(lines, v)
    if glued is None:
        return _find_with_tail(lines, v)
    work, origin = glued
    found = _find_with_tail(work, v)
    if found is None:
        return None
    if found.start >= len(work):
        found.start = len(lines)  # read, and kept in the answer with its tail (no cut)
        return found
    start = origin[found.start]
    if found.tail_split is not None and work[found.start].text != lines[start].text:
        return _find_with_tail(lines, v)  # a cut inside a rewritten line: read as written
    found.start = start
    found.lines = [line.text for line in lines[start:]]
    written = " ".join(found.lines)
    # "take care malik", "Take careDr.besiana": a lower-case name was read capitalised; the
    # expert's name is given back as written.
    found.experts = [e if e.name in written else _as_written(e, written) for e in found.experts]
    return found


def _find_with_tail(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """The block at the end of the answer, or the best block above a tail of post-signature
    lines (round 12: "P.S. ...", "References" and its list, a disclaimer, contact and social
    lines, "Attachments:", "Competing interests: ...", "cc:"). A tail of furniture leaves the
    answer with the block; a tail holding a sentence (a postscript, a disclaimer) keeps the
    block and the tail in the answer (start = len(lines): never lose a sentence), the expert
    read from the block."""
    plain = _find_block(lines, v)
    tail, keep = _post_signature_tail(lines, v)
    for at in range(len(lines) - tail, len(lines) - 1) if tail and plain is None else ():
        # "Write to Dr Name at <desk>, <address>" / "Replies should be taken ...": the mail-in
        # line is a contact line of the tail, and names the column's writer
        if (mailed := _mail_to(lines[: at + 1], v)) is not None:
            if keep:
                mailed.start = len(lines)
            else:
                mailed.lines = [line.text for line in lines[at:]]
            return mailed
    if not tail:
        colophon = _colophon(lines, v)
        if colophon is not None and (
            plain is None
            or not plain.accepted
            or colophon.start < plain.start
            or (colophon.start == plain.start and len(colophon.experts) > len(plain.experts))
        ):
            return colophon  # a stack of credits is read whole, never its last credit alone
        if plain is None or not plain.accepted:
            return _name_over_bio(lines, v) or plain
        return plain
    if (
        plain is not None
        and plain.accepted
        and all(_trailed(line.text, v) for line in lines[-tail:])
    ):
        # Contact lines the block's own trailer takes (most tails): not read a second time.
        return plain
    above = _find_block(lines[:-tail], v)
    if above is None or not above.accepted or above.tail_split is not None:
        return plain  # a cut inside the last line above the tail would cut the tail's line
    if plain is not None and plain.accepted and plain.confidence > above.confidence:
        return plain
    if keep:
        above.start = len(lines)
    else:
        above.lines = [*above.lines, *(line.text for line in lines[-tail:])]
    return above


_MASTHEAD_MARK = " \u2022 "  # "Board Chair • Name": a masthead's role, a bullet, the name
_MASTHEAD_SIZE = 3  # lines of a masthead at most (a chapter's officers, two or three a line)


def _masthead(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """ "Board Chair • Lorraine K. Haddix Chapter President • Felicity Dunmore": a newsletter
    masthead's officers, each a role, a bullet and the name, run together on a line (the next
    role begins after the name, at the first word of a role phrase ending in a role head). The
    lines from the bottom up while each is all such pairs; two people at least."""
    experts: list[ParsedExpert] = []
    start = len(lines)
    while start > 0 and len(lines) - start < _MASTHEAD_SIZE:
        people = _masthead_line(lines[start - 1].text, v)
        if people is None:
            break
        experts[:0] = people
        start -= 1
    if len(experts) < 2 or start == len(lines) or start == 0:
        return None
    texts = [line.text for line in lines[start:]]
    return Signature(start, texts, [e.to_expert() for e in experts], _squash(2.0 + len(experts)))


def _masthead_line(text: str, v: Vocabulary) -> list[ParsedExpert] | None:
    pieces = [p.strip() for p in text.split(_MASTHEAD_MARK)]
    if len(pieces) < 2 or not all(pieces):
        return None
    role = pieces[0].split()
    people: list[ParsedExpert] = []
    for k, piece in enumerate(pieces[1:], start=1):
        if not 1 <= len(role) <= 4 or not v.is_role_word(role[-1]):
            return None
        words = piece.split()
        cut = len(words) if k == len(pieces) - 1 else _masthead_cut(words, v)
        if cut is None:
            return None
        split = split_name(words[:cut], v)
        if split is None or split.prefix or split.rest or split.degrees:
            return None
        if not _full_name(" ".join(split.name)):
            return None
        people.append(
            ParsedExpert(name=" ".join(split.name), name_score=0.7, titles=[" ".join(role)])
        )
        role = words[cut:]
    return people


def _masthead_cut(words: list[str], v: Vocabulary) -> int | None:
    """Where a masthead's name ends and the next role begins: after the shortest full name
    (its initials and suffix kept with it), the rest a role phrase ending in a role head."""
    if len(words) < 3 or not v.is_role_word(words[-1]):
        return None
    for i in range(2, len(words)):
        if words[i] in v.suffixes or _INITIAL.match(words[i - 1]):
            continue  # "Everett J. Halloway II": the initial and the suffix are the name's
        if _full_name(" ".join(words[:i])):
            return i
    return None


def _name_over_bio(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """A name over a sentence or two about the same person, the last line or two: a letter's
    note on its writer (``_writer_note``), then each form of ``_BIO_FORMS`` in turn, one bio
    line and then two."""
    if (noted := _writer_note(lines, v)) is not None:
        return noted
    for form in _BIO_FORMS:
        for size in (1, 2):
            if len(lines) < size + 2:
                break
            got = form(lines, size, v)
            if got is False:
                break  # the lines below are no bio of this form, whatever their count
            if got is not None:
                return got
    return None


def _card_bio(lines: list[SigLine], size: int, v: Vocabulary) -> Signature | Literal[False] | None:
    """ "Dr Kaveh Rostami" / "Clinic Director & Chiropractor" / "Dr Kaveh is the Clinic Director
    of ...": a profile card's block over ``size`` sentences about the same person (the subject
    one of the block's name words, an honorific before it or none) is the block's person;
    the card leaves the answer whole, as a headed bio does. False: no card of any size."""
    below = lines[-size:]
    subject = _bio_subject(below[0].text, v)
    if not subject[:1].isupper() or not any(
        subject in line.text.split() for line in lines[-size - 4 : -size]
    ):
        return None  # the cheap test first: the subject must be a word of a line above
    if not all(is_sentence(line.text, v) for line in below):
        return False
    above = _find_block(lines[:-size], v)
    if above is None or not above.accepted or above.tail_split is not None:
        return None
    # the same person twice (a card's caption line over its heading) is one person
    if above.start >= len(lines) - size or len({x.name for x in above.experts}) != 1:
        return None
    e = above.experts[0]
    if not (e.degrees or e.titles or e.institution or e.place) or e.name in (
        e.institution,
        e.place,
    ):
        # a bare name over its bio (or the name repeated, as a card's heading and caption
        # print it): the bio's own reader reads the roles
        return False
    words = {w.strip(".,") for w in above.experts[0].name.split() if len(w.strip(".")) > 1}
    if all(_bio_subject(line.text, v) in words for line in below):
        above.lines = [*above.lines, *(line.text for line in below)]
        return above
    return None


_SENTENCE_END = re.compile(r"[.!?](?:\s+(?=[^\W\d_])|$)")


def _heading_bio(lines: list[SigLine], size: int, v: Vocabulary) -> Signature | None:
    """ "Prof. Dr. med. Name" / "ist Professorin für Neurologie und leitet ...": a person's name
    alone on a line (an interview's heading, an author box) over a bio paragraph of ``size``
    lines in any language whose first sentence opens with a verb of ``heading_bio_verbs`` (the
    heading its subject) or with the name (its surname at least, honorifics before it) and that
    verb. The role is the verb's complement to its first clause; name and bio leave the answer."""
    who = _bare_person(lines[-size - 1].text, v)
    if who is None:
        return None
    role = _bio_role(lines[-size].text, who, v)
    if role is None:
        return None
    parsed = parse_block([f"{who.name}, {role}"], v)
    if len(parsed) != 1 or parsed[0].name != who.name or not parsed[0].titles:
        return None
    if parsed[0].unknown:
        return None  # a word no class reads: no role phrase ("seit 2009 für ...")
    e = replace(parsed[0], degrees=who.degrees, honorific=who.honorific)
    score = 2.5 + (1.0 if who.honorific or who.degrees else 0.0)
    texts = [line.text for line in lines[-size - 1 :]]
    return Signature(len(lines) - size - 1, texts, [e.to_expert()], _squash(score))


# The bio forms under a name, in the order they are tried: a card's block keeps its roles,
# a bare heading takes the bio's
_BIO_FORMS = (_card_bio, _heading_bio)


def _bare_person(text: str, v: Vocabulary) -> ParsedExpert | None:
    """The person a line names alone: a full name, with an honorific, a degree or a known
    given name to vouch for it, and nothing else (no role, organisation or place)."""
    text = text.strip()
    if not text or text[-1:] in ".!?:;," or len(text) > 80:
        return None
    named = parse_block([text], v)
    if len(named) != 1:
        return None
    who = named[0]
    if who.titles or who.orgs or who.places or who.unknown:
        return None
    words = who.name.split()
    if len(words) < 2 or not (who.honorific or who.degrees or is_given_name(words[0])):
        return None
    return who


def _bio_role(text: str, who: ParsedExpert, v: Vocabulary) -> str | None:
    """The role of a bio sentence about ``who``, or None: its subject the person (the name's
    words, honorifics before them) or none at all, then a verb of ``heading_bio_verbs``."""
    words = text.split()
    names = {w.strip(",") for w in who.name.split()}
    i = 0
    while i < len(words) and v.is_honorific(words[i]):
        i += 1
    subject = i
    while i < len(words) and words[i].strip(",") in names:
        i += 1
    if i == subject and (subject or not words or not words[0][:1].islower()):
        return None  # a sentence about someone else, or one whose subject is not given
    if i > subject and words[i - 1].strip(",") != who.name.split()[-1]:
        return None  # "Sabine hat ...": the surname must close the subject
    rest = " ".join(words[i:])
    folded = rest.casefold()
    verb = next((b for b in v.heading_bio_verbs if folded.startswith(b + " ")), None)
    if verb is None:
        return None
    role = rest[len(verb) + 1 :]
    end = _SENTENCE_END.search(role)
    role = role[: end.start()] if end else role
    parts = role.split()
    if parts and fold(parts[0]) in v.bio_articles:
        parts = parts[1:]
    for k in range(1, len(parts) - 1):
        after_comma = parts[k - 1].endswith(",") and _clause_word(parts[k], v)
        if after_comma or (fold(parts[k]) in v.conjunctions and _clause_word(parts[k + 1], v)):
            # "Professorin für Neurologie und leitet ...": a verb in lower case opens a clause
            parts = parts[:k]
            parts[-1] = parts[-1].rstrip(",")
            break
    role = " ".join(parts).strip(" ,")
    return role if role and not is_sentence(role, v) else None


def _clause_word(word: str, v: Vocabulary) -> bool:
    """A lower-case word after a conjunction that opens a clause, not a second role."""
    return (
        word[:1].islower()
        and not v.is_role_word_any(word)
        and fold(word) not in v.bio_articles
        and fold(word) not in v.conjunctions
    )


# "Progetto e testi a cura di:Name, Name", "Redaktion: Name": a credit's label and its names,
# the colon glued to the first name or not
_CREDIT_LINE = re.compile(r"^(?P<label>[^\W\d_][\w'’ -]{2,60}?) ?: ?(?P<names>[^\W\d_].*)$")
_COPYRIGHT = re.compile(r"©|\bcopyright\b", re.IGNORECASE)
_COLOPHON_SIZE = 6  # credit lines of a colophon at most


def _colophon(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """ "Progetto e testi a cura di:A, B, C" / "Coordinamento editoriale:D" / "Prima edizione:
    2021 Copyright ...": a booklet's colophon, two or more credit lines at the end (a copyright
    or edition line under them goes with them), each a label and a list of bare names. The
    label, its credit phrase ("a cura di", "by") off, is each name's title, unless it is a
    label word ("Autor", "Authors"): who did what is the credit."""
    end = len(lines)
    while end > 0 and len(lines) - end < 2 and _COPYRIGHT.search(lines[end - 1].text):
        end -= 1
    experts: list[ParsedExpert] = []
    start = end
    while start > 1 and end - start < _COLOPHON_SIZE:
        people = _credit_people(lines[start - 1].text, v)
        if people is None:
            break
        experts[:0] = people
        start -= 1
    if end - start < 2:
        return None
    texts = [line.text for line in lines[start:]]
    return Signature(start, texts, [e.to_expert() for e in experts], _squash(1.5 + end - start))


def _credit_people(text: str, v: Vocabulary) -> list[ParsedExpert] | None:
    m = _CREDIT_LINE.match(text.strip())
    if m is None:
        return None
    label, body = m.group("label").strip(), m.group("names").strip().rstrip(".")
    if len(label.split()) > 6 or is_sentence(label, v):
        return None
    # after a credit's label two names are two people ("Name, Town" is a letter's sign-off)
    listed = _names_listed(body, v) or tuple(n.strip() for n in body.split(","))
    for name in listed:
        words = name.split()
        if not 2 <= len(words) <= 4 or not _bare_name_words(words, v) or not _full_name(name):
            return None
    folded = fold(label)
    for phrase in v.lead_ins:
        if folded.endswith(" " + phrase):
            label = label[: len(label) - len(phrase)].rstrip()  # "Testi a cura di": "Testi"
            break
    else:
        if folded in v.lead_ins:
            label = ""
    title = [] if not label or fold(label).removesuffix("(s)") in v.label_words else [label]
    return [ParsedExpert(name=name, name_score=0.7, titles=list(title)) for name in listed]


# "The writer is ...", "Keeling is the ... for the ...", "Dr. Marsh is Professor, ...": a
# note under the sign-off that names the writer (the letter's phrase, or the signer's surname
# after an honorific or none) and gives the role (set 30 og21, og34)
_WRITER_NOTE = re.compile(
    r"^(?:The (?:letter )?(?:writer|author)"
    r"|(?P<hon>[A-Z][a-z]{1,4}\.? )?(?P<subject>[A-Z][\w'’-]+)) is (?P<role>[^;]{3,300})\.$"
)


def _writer_note(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """ "Carol Wentzel, Bellefonte" / "The writer is a licensed physical therapist.": a letters
    page's note on the writer under the sign-off gives the writer's role; it goes with it. The
    note may name the writer by the surname ("Keeling is the director of ... for the ...") and
    list roles and their organisations: read as the block's line after the name."""
    m = _WRITER_NOTE.match(lines[-1].text.strip()) if len(lines) >= 3 else None
    if m is None:
        return None
    if m.group("hon") and not v.is_honorific(m.group("hon").strip()):
        return None
    above = _find_block(lines[:-1], v)
    if above is None or not above.accepted or above.tail_split is not None:
        return None
    if len(above.experts) != 1 or above.experts[0].titles or above.start >= len(lines) - 1:
        return None
    e = above.experts[0]
    subject = m.group("subject")
    if subject and fold(subject) != fold(e.name.split()[-1]):
        return None  # "Keeling is ...": only the signer's own surname names the signer
    role = m.group("role")
    first, _, rest = role.partition(" ")
    role = rest if first in v.articles and rest else role
    if is_sentence(role, v) or not any(
        v.is_head_noun(w) or fold(w) in v.prose_role_heads for w in role.split()
    ):
        return None
    read = parse_block([f"{e.name}, {role}"], v) if "," in role or " " in role else []
    if len(read) == 1 and read[0].titles and fold(read[0].name) == fold(e.name):
        got = read[0].to_expert()
        org = got.institution
        if org and org.split(None, 1)[0] in v.articles and " " in org:
            org = org.split(None, 1)[1]  # "for the Lakeshore Society": the article is the phrase's
        above.experts = [
            replace(
                e,
                titles=got.titles,
                institution=e.institution or org,
                place=e.place or got.place,
            )
        ]
    elif "," in role:
        return None  # a list of roles the block's parse cannot read is no one role
    else:
        above.experts = [replace(e, titles=(role,))]
    above.lines = [*above.lines, lines[-1].text]
    return above


def _bio_subject(text: str, v: Vocabulary) -> str:
    """The first word of a sentence after an honorific ("Dr Kaveh is ..." -> "Kaveh")."""
    words = text.split(None, 2)
    if len(words) > 1 and v.is_honorific(words[0]):
        words = words[1:]
    return words[0].strip(",'’") if words else ""


def _role_lead(lead: str, v: Vocabulary) -> str:
    """A line's label kept before its body when it ends in a role ("MSCA Host: "), else ""."""
    words = lead.rstrip(" :").split()
    if not words or not lead.rstrip().endswith(":") or not v.is_role_word(words[-1]):
        return ""
    if fold(" ".join(words)) in v.label_words:
        return ""  # "Host: Name", "Moderator: Name": a label word alone labels, it is no title
    return lead


def _trailed(text: str, v: Vocabulary) -> bool:
    """A line the block's trailer takes under it (``_find_signature``): contact, metadata."""
    return _trailer_line(text, v) or _noise_line(text.strip(), v)


# A columnist's mail-in line under the column: "Write to Name, M.D., P.O. Box ...", "Write Dr.
# Name c/o <Syndicate>, <address>", "Write to Name in care of this newspaper" (sets 13 r12,
# 27 ob10, 30 og30, 31 oh01): the person it names is the column's writer; the address after is
# no part of the expert.
_MAIL_TO = re.compile(
    r"^(?:Write|Send (?:your )?(?:questions|letters|comments))(?: to)? (?P<rest>[A-Z].{2,400})$"
)
# where the addressee's name ends: the address, a desk, a care-of, an e-mail alternative
_MAIL_END = re.compile(
    r"\s(?:at|in care of|care of|c/o|or e-?mail|via)\s|,\s*(?:P\.?\s?O\.?\s?Box|\d|c/o)"
)
_MAIL_CONFIDENCE = 0.9


def _mail_to(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """The column's writer named in its mail-in line (the last line, whole), or None. Only a
    person the parse reads with evidence: an honorific, a credential or a known given name and
    a surname; "Write to us", "Write to the editor" name no one."""
    text = lines[-1].text.strip() if lines else ""
    m = _MAIL_TO.match(text) if text[:1] in "WS" else None
    if m is None:
        return None
    rest = m.group("rest")
    end = _MAIL_END.search(rest)
    if end is None and not rest.endswith("."):
        return None  # no address or desk after the name: a sentence, not a mail-in line
    who = (rest[: end.start()] if end else rest[:-1]).strip(" ,;")
    if not who or len(who.split()) > 8:
        return None
    read = parse_block([who], v)
    if len(read) != 1:
        return None
    e = read[0]
    words = e.name.split()
    if e.titles or e.orgs or e.places or e.unknown or not words:
        return None  # "Write to Health Matters, Evening Courier": a desk, not a person
    if any(w in v.not_person_words for w in words):
        return None
    if not (e.honorific or e.degrees or (len(words) >= 2 and is_given_name(words[0]))):
        return None
    return Signature(len(lines) - 1, [lines[-1].text], [e.to_expert()], _MAIL_CONFIDENCE)


def _find_block(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """The best signature candidate ending the lines given, or None.

    A last paragraph with a known given name inside it is read twice: as written, and cut back
    into lines where the name stands (a block flattened into one paragraph: "Patient Expert
    Lena Marchetti"); the cut reading wins only when it is sure and surer than the other, and
    its block takes the whole paragraph.
    """
    if lines and _MASTHEAD_MARK in lines[-1].text and (masthead := _masthead(lines, v)):
        return masthead  # a strict grammar: its reading wins where it reads the whole line
    if (mailed := _mail_to(lines, v)) is not None:
        return mailed  # a strict grammar: the mail-in line's addressee
    best = _find_signature(lines, v)
    last = lines[-1] if lines else None
    if last is None or not last.para_start:
        return best
    if " by " in last.text and _credit_stack(last.text.split(), v) is not None:
        return best  # a flattened credit stack is cut at its credits, never inside a name
    pieces, name = _flat_name(last.text, v)
    if not pieces:
        return best
    if best is not None and best.confidence >= SURE and best.experts[0].name == name:
        return best  # a sure reading of the same person (most such pages): not read again
    cut = [SigLine(p, last.bold, i == 0) for i, p in enumerate(pieces)]
    split = _find_signature([*lines[:-1], *cut], v)
    n = len(lines)
    if split is not None and split.start > n - 1:
        above = pieces[: split.start - (n - 1)]
        if split.start - (n - 1) < len(pieces) and all(_removed_picture(p) for p in above):
            split.start = n - 1  # "Image removed. Name Role": the placeholder leaves with it
    if split is None or not split.accepted or split.start > n - 1 or split.tail_split is not None:
        return best
    if best is not None and best.accepted and best.confidence >= split.confidence:
        return best
    if not split.experts or not name.endswith(split.experts[0].name):
        return best  # the cut reading must name the person whose given name made the cut
    split.lines = [line.text for line in lines[split.start :]]
    return split


def _find_signature(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    if not lines:
        return None
    work = list(lines)
    tail_split = None
    last = work[-1]
    # The last line's fragments: a sign-off run on after the prose ("... health. Dr. Name.
    # Neurology.") or alone ("Dr. Name. Neurology."); every fragment line is that line (index
    # ``orig_last``), and a block may start at its first fragment or above it, never inside.
    orig_last = len(lines) - 1
    split = _split_inline_lead_in(last.text, v)
    if split and not is_sentence(_lead_and_rest(split[1].lstrip("—–-~ "), v)[1], v):
        tail_split = split[0]
        work = [*work[:-1], SigLine(split[0], last.bold, last.para_start)]
        # "Warmly,Greta", "Sincerely, Lucia~Practice" run on: the closing's line, the name's
        run_on = split[1].strip()
        glued = (
            _unglue(run_on, v)
            if _first_word_closes(run_on, v) or _contact_bracket(run_on) is not None
            else None
        )
        frags = list(glued) if glued is not None and len(glued) > 1 else _fragments(split[1], v)
    else:
        if _opens_with_honorific(last.text, v):
            frags = _fragments(last.text, v)
        else:
            frags = _unflattened(last.text, v) if last.para_start else []
        if len(frags) > 1:
            work = work[:-1]
        else:
            frags = []
    first_frag = len(work)
    for i, frag in enumerate(frags):
        work.append(SigLine(frag, last.bold, last.para_start and tail_split is None and not i))
    if not frags:
        first_frag = orig_last
    n = len(work)
    best: Signature | None = None
    best_score = -math.inf
    best_k, best_first = 0, ParsedExpert(name="", name_score=0.0)
    # Filled from the bottom up: lines above a sentence are never read.
    scores = [0.0] * n
    leads: list[str] = [""] * n
    bodies: list[str] = [""] * n
    # "www.harbourclinic.org", "Phone: 555-0142" under a sign-off: contact lines go with the
    # block (they leave the answer with it) but are no part of the expert.
    trailer = 0
    while trailer < min(4, n - 1) and (
        _trailer_line(work[n - 1 - trailer].text, v)
        # page furniture under a line of finished prose is the prose's ("... 201-208." run on
        # after a name in one paragraph is no line of its own)
        or (
            not _sentence_above(n - 1 - trailer, work, v)
            and _noise_line(work[n - 1 - trailer].text.strip(), v)
        )
    ):
        trailer += 1
    for at in range(max(1, n - 4), n - trailer):
        first_word = work[at].text.split(None, 1)[0].casefold() if work[at].text.strip() else ""
        if first_word in v.copy_marks and len(work[at].text.split()) <= 8:
            trailer = n - at  # "cc My Brain" under a letter's name: the copy lines and all after
            break
    # "1. Ana Ruatapu*," / "2. Graham Pettigrew" (/ "1. *Dunedin and" / "2. Hamilton, ..."): a
    # journal's numbered author list ends the answer; its items name people, no list of prose.
    numbered_at = _numbered_list_start(work, n - trailer, v)
    # "* Department of ..." / "** School of ...": affiliations keyed by footnote stars (one, two,
    # three) under an author line with the same marks, no bullets of a list
    starred = _starred_affiliations(work, n - trailer)
    # A forum member's counts under the block ("2,114 Posts"): its profile vouches for a handle.
    profiled = any(_noise_grammar(v)[0].match(work[i].text.strip()) for i in range(n - trailer, n))
    meta = [False] * n
    name_lists: list[list[str] | None] = [None] * n
    marked_lists: dict[int, str] = {}  # an author line's body before its marks were dropped
    dated = [False] * n
    pictured = [False] * n  # the line ends in a photo credit: a caption
    mailed = [False] * n  # an e-mail address inside the block (under the name)
    titled = [False] * n  # a title opened the line: it leaves with the block, vouches nothing
    # Lines the parse never reads (metadata, a run-on tail's fragments) do not count against
    # MAX_LINES: a block of eight lines may have its dates above and under it.
    lowest = n - 1 - MAX_LINES - trailer - max(0, n - 1 - first_frag)
    k = n
    while k > lowest + 1 and k > 0:
        k -= 1
        if k >= n - trailer:
            continue  # bodies stay empty: the parse never reads a contact line
        if len(work[k].text) > 160 and is_sentence(work[k].text, v):
            break  # a long line of prose (the cheap test first: most lines above are prose)
        if k < n - 1 - trailer and fold(work[k].text.strip().rstrip(":")) in v.bio_headings:
            # "Meet the Founder" over the founder's card: a heading that leaves the answer with
            # the block, no title of the person ("Founder" is a role's head)
            meta[k] = True
            scores[k] = 0.25
        elif is_meta_line(work[k].text, v) or (k > 0 and profile_line(work[k].text)):
            # "Updated on May 12, 2020", "5 minute read" above a byline: it goes with the block
            # (it leaves the answer) but is no part of the expert.
            meta[k] = True
            scores[k] = 0.25
            lowest -= 1
        elif "@" in work[k].text and k < n - 1 - trailer and _CONTACT.match(work[k].text.strip()):
            # "mellery@uplands.example.edu" between an author's name and affiliations: an
            # e-mail line inside the block goes with it and is no part of the expert.
            scores[k] = 0.0
            mailed[k] = True
        elif k in starred:
            bodies[k] = work[k].text.strip()
            scores[k] = 0.0
        elif k >= numbered_at:
            # an item of the numbered author list: the parse reads the numbers (segment.py)
            bodies[k] = work[k].text.strip()
            scores[k] = 0.5
        elif work[k].text[:1].isdigit() and (author := _numbered_author(work[k].text, v)):
            # "2. Lebrun, Joel S. MD" under "Authors": a numbered author, no list of prose.
            bodies[k] = author
            scores[k] = _line_score(SigLine(author, work[k].bold, work[k].para_start), author, v)
        else:
            line_k = work[k]
            if k == n - 1 and not trailer and (cut := _contact_tail(line_k.text, v)):
                # "CONTACT: Name 203-555-0177 name@news.org": a flattened block's contact
                # details run on at its end leave with it, no part of the expert.
                line_k = replace(line_k, text=cut)
            if k == n - 1 and not trailer and (cut := _stats_tail(line_k.text, v)):
                # "marigold, BSN, RN 2,114 Posts": a forum profile run on after the handle
                line_k, profiled = replace(line_k, text=cut), True
            leads[k], rest = _lead_and_rest(line_k.text, v)
            if not leads[k] and rest[:1].isdigit() and (on := _dated_honorific(rest, v)):
                leads[k], rest = on  # "2026-03-11 prof. Name": a post's date over its author
            if not leads[k] and k == orig_last and (title := _title_head(rest, v)):
                # "Managing Fatigue. Name, MSN": a document's title run on before its author.
                leads[k], rest, titled[k] = title, rest[len(title) :], True
            if (credit := _picture_credit(rest, v)) >= 0:
                rest = rest[:credit].rstrip(" ,;:|–—-")
                rest = rest[:-1] if rest.endswith(").") else rest
                pictured[k] = True
            bodies[k] = _body_of(rest, v)
            if ": " in bodies[k] and (leads[k] or _named_topic(bodies[k], v)):
                bodies[k] = _topic_cut(bodies[k], v)
            # A date on the byline's line: "14th March 2016 by Priya", "by Priya on <date>".
            dated[k] = leads[k][:1].isdigit() or len(bodies[k]) < len(rest.rstrip(" ,;.|"))
            if not bodies[k] and (posted := strip_leading_date(rest, v))[0]:
                # "Posted: <date> by kestrel": a forum header's lowercase credit after its date
                bodies[k] = posted[1] if posted[1].startswith("by ") else ""
            name_lists[k] = _name_list(bodies[k], v)
            if name_lists[k] is not None:
                marked_lists[k] = bodies[k]  # an author block reads the marks
                # "A i , B ii": the marks are no words of a sentence
                bodies[k] = ", ".join(name_lists[k] or ())
            scores[k] = _line_score(line_k, bodies[k], v)
            if (
                k > 0
                and line_k.text[:1] in _ITEM_FIRST  # the cheap test first
                and _LIST_ITEM.match(line_k.text)
                and _thing_item(work[k - 1].text, v)
            ):
                scores[k] = -8.0  # "- Rest" / "- Anne Frank House": a list of things' item
        if bodies[k].endswith("."):
            bodies[k] = _fragment_stop(bodies[k], v)
        if scores[k] <= -6.0:
            break  # a sentence, a list item or a link: the signature cannot start above it
        if first_frag < k < n:
            continue  # inside a run-on sign-off: its fragments go together
        if work[k].text[:1] in ";,":
            continue  # "; Faculty of ...": a line opening with its separator goes on the one above
        j = k
        while j < n - trailer and meta[j]:
            j += 1
        if j >= n - trailer:
            continue
        block = work[k:]
        texts = [line.text for line in block]
        body = bodies[j:]
        # "MSCA Host: Tobias Wren" under the first person: a role label that opens a later line
        # is that line's person's title, read with the name (the first line's lead is a lead)
        body = [body[0], *(_role_lead(leads[i], v) + bodies[i] for i in range(j + 1, n))]
        lead_only = not body[0].strip() and bool(leads[j])
        parse_lines = [b for b in (body[1:] if lead_only else body) if b.strip()]
        if not parse_lines:
            continue
        if _AFFILIATION_MARK.match(parse_lines[0]):
            continue  # "1Department of ..., City": a marked affiliation names no one
        closing = _closing_line(leads[j], v)
        # A list after "Presenters:" is one person a line; after "Thank you," there is one.
        listed = None
        if len(parse_lines) == 1:
            at = next(i for i in range(j + lead_only, n) if bodies[i].strip())
            listed = name_lists[at]
        captioned = None
        if (
            len(parse_lines) == 1
            and ";" in parse_lines[0]
            and (_is_caption(leads[j], v) or pictured[n - 1 - trailer])
        ):
            captioned = _caption_people(parse_lines[0], v)
        if captioned is not None:
            experts = captioned
        elif listed is not None:
            experts = [ParsedExpert(name=name, name_score=0.7) for name in listed]
        elif (
            len(parse_lines) > 1
            and work[j].text[:1] in _ITEM_FIRST  # the cheap test first: most blocks are no list
            and _people_items(work[j : n - trailer], bodies[j : n - trailer], v)
        ):
            # "• A, Hospital, Town" / "• B, Hospital": a list of people, one expert an item
            experts = [e for line in parse_lines for e in parse_block([_unmarked(line)], v)]
        else:
            experts = parse_block(parse_lines, v, listed=bool(leads[j]) and not closing)
        # An author block, only where the parse is unsure of the block (most blocks read whole).
        authored = False
        if len(parse_lines) > 1 and (
            listed is not None
            or not experts
            or any(e.unknown for e in experts)
            or (len(experts) > 1 and not experts[0].orgs)  # a line of authors over one affiliation
        ):
            first_at = j + lead_only
            author_lines = [marked_lists.get(first_at, parse_lines[0]), *parse_lines[1:]]
            authored = (authors := _author_block(author_lines, v)) is not None
        if authored:
            experts = authors
        elif len(experts) > 1 and all(e._author for e in experts):
            authored = True  # the block's own parse read an author line over its affiliation
        if not experts and leads[j] and not titled[j] and len(parse_lines) == 1:
            experts = _run_on_role(parse_lines[0], v)
        if not experts and dated[j] and len(parse_lines) == 1:
            experts = _given_name_only(parse_lines[0], leads[j], v)
        given_only = False
        closed_above = _closed_above(k, work, tail_split if k == first_frag else None, v)
        if closed_above:
            pass  # "Best wishes" / "Helena": the letters' closing over a given name (read below)
        elif not experts and (leads[j] or (k > 0 and _closing_line(work[k - 1].text, v))):
            # "By Priya", "— Helena, Neurologist, Riverbend MS Clinic", "Sincerely," / "Priya" /
            # "MS Nurse Specialist": a known given name alone as the block's name
            experts = _given_name_block(parse_lines, v)
            given_only = bool(experts)
        elif not experts and not leads[j] and _prose_ended(k, work):
            # "...the prose." / "Anders, Neurologist, Northgate University Hospital": with no
            # lead-in, the given name's block must hold a role, every part read by a class.
            experts = [e for e in _given_name_block(parse_lines, v) if e.titles]
            given_only = bool(experts)
        if not experts and not leads[j] and k == n - 1 > 0 and _wished_off(work[k - 1].text, v):
            experts = _initialled_sign_off(parse_lines[0], v)
        handled = False
        if not experts and len(parse_lines) == 1 and (profiled or meta[k] or dated[j]):
            # "marigold, BSN, RN" over "2,114 Posts", "Posted: <date>" over "by kestrel": a
            # forum handle, vouched for by the post's own profile or header lines.
            handle, handled = _posted_by(parse_lines[0], meta[k] or dated[j], v)
            if handled or profiled:
                experts = _forum_handle(handle, v)
            handled = bool(experts)  # the header or the profile vouches, as a lead-in does
        attributed = False
        if not experts and not leads[j] and k == n - 1 > 0 and _prose_ended(k, work):
            experts = _given_name_attribution(parse_lines[0], v)
            attributed = bool(experts)  # the descriptor vouches for the lone given name
            if not experts and parse_lines[0] == work[k].text.strip():
                experts = _lone_given_name(parse_lines[0], v)
                attributed = bool(experts)  # a known given name alone after the prose
        if not experts or _joined_name(experts, parse_lines, v):
            continue
        experts = (
            experts if handled else fold_implausible(experts, parse_lines, leads[j], _plausible)
        )
        if not handled and not _plausible(experts, leads[j]):
            continue  # "-- Traverse City, Mich.", "Optic Neuritis, MD": words, not a person
        if any(w in v.not_person_words for e in experts for w in e.name.split()):
            continue  # "Best wishes, Helpline Team", "Community Fundraising Manager": no person
        score = sum(scores[j:]) if not lead_only else sum(scores[j + 1 :]) + 0.5
        score += sum(scores[k:j])
        lead_in = (bool(leads[j]) and not titled[j]) or lead_only or _role_label(bodies[j], v)
        lead_in = lead_in or handled  # "by kestrel", "kestrel" / "2,114 Posts": a forum's credit
        lead_in = lead_in or given_only  # the lead-in or the closing above vouches for it
        lead_in = lead_in or (captioned is not None and pictured[n - 1 - trailer])
        first = experts[0]
        plain = not (first.degrees or first.honorific or first.bracketed or first.prefixed)
        bare = (not lead_in or closing) and (
            (listed is not None and _prose_ended(k, work))
            or attributed
            or authored
            or (plain and _bare_sign_off(experts, parse_lines, k, work, v))
        )
        if bare:
            experts = _letter_places(experts)
        elif not lead_in and _social_sign_off(experts, parse_lines, k, work, v):
            experts = _letter_places(experts, loose=True)
        elif closing and len(experts) == 1 and _address_under_closing(experts[0]):
            # "– Yours, etc," / "Dr NAME," / "Townland," / "Co County.": a letters page's
            # closing over the writer's name and address; words no class reads, then a known
            # place, are the address (no employer). A copy: parses are cached.
            first = experts[0]
            experts = [replace(first, places=[*first.orgs, *first.places], orgs=[], unknown=0)]
        mid_line = tail_split if k == first_frag else None
        score += _parse_score(experts, lead_in, block, k, work, mid_line, bare)
        if len(block) == 1 and not lead_in and _professional(experts, parse_lines[0], v):
            # "Imogen Tarrant, Physiotherapist", "chief executive, Name" alone on the answer's
            # last line: a quote's attribution, each person named with a profession.
            score += 2.5
        if first.honorific and not lead_in and _wished_off(_line_above(k, work, mid_line), v):
            score += 1.0  # "Wish you a very good health." / "Dr. Name.": a wish, then the sign-off
        if len(experts) == 1 and j + 1 < n and mailed[j + 1] and not leads[j]:
            score += 2.5  # "Name" / "name@uni.example.edu" / affiliation: an author's address
        if len(parse_lines) > 1 and _name_over_organisation(experts[0], parse_lines, v):
            score += 1.5
        if (
            1 < len(experts) == len(parse_lines) == n - trailer - j
            and not lead_only
            and all(leads[i] for i in range(j, n - trailer))
        ):
            # "Auteur : A, pharmacien" / "Révision médicale : Prof. B, ...": a stack of labelled
            # credits, one person a line, is one block (each line as sure as the last alone)
            score += 1.0
        if score > best_score:
            best_score = score
            best_k, best_first = k, experts[0]
            best = Signature(
                start=min(k, orig_last),
                lines=texts,
                experts=[e.to_expert() for e in experts],
                confidence=_squash(score),
                tail_split=mid_line,
            )
    if best is None:
        # "About the Author" / "Name, M.D., is the chairman of ...": a headed bio sentence.
        return _headed_bio(lines, v)
    if (
        best is not None
        and best_k > 0
        and leads[best_k]
        and _organisation_credit(leads[best_k - 1], bodies[best_k - 1], v)
    ):
        # "Medically reviewed by <Panel>" over "Written by Name": a credit that names only an
        # organisation goes with the person's credit under it (no part of the expert).
        best_k -= 1
        best.start = min(best_k, orig_last)
        best.lines = [work[best_k].text, *best.lines]
    elif best is not None and best_k > 0 and _heading(work[best_k - 1].text, best_first, v):
        # "Kind regards." over "Dr Name", "Correspondence Address:" or "PHYSICIAN VOICES" over
        # the block: the heading leaves the answer with it (no part of the expert).
        best.start = min(best_k - 1, orig_last)
        best.tail_split = None if best_k - 1 <= orig_last else best.tail_split
        best.lines = [work[best_k - 1].text, *best.lines]
    if best is not None and len(work) != len(lines) and best.tail_split is None:
        # The block took the whole last line (its head as well): it is one line again.
        best.lines = [line.text for line in lines[best.start :]]
    return best


_BIO = re.compile(
    r"^(?P<subject>[A-Z].{2,80}?),? (?P<copula>is|was|serves as) (?P<role>\S.{2,200}?)\.?$"
)


def _headed_bio(lines: list[SigLine], v: Vocabulary) -> Signature | None:
    """An author's bio under its heading: "About the Author" (a phrase of the data file's
    ``bio_headings``) alone on the line above, or run on before it, then one sentence whose
    subject is a confident person name and whose verb is a copula before a role ("Name, M.D.,
    Ph.D., is the chairman of the Department of X at Y."). The heading and the sentence leave
    the answer together; the sentence is read as the signature line "Name, M.D., Ph.D.,
    chairman of ..." (a bio's subject and its apposition). None when any part is unsure."""
    last = lines[-1].text.strip()
    folded = last.casefold()
    head = ""
    start = len(lines) - 1
    if len(lines) >= 2 and fold(lines[-2].text.strip().rstrip(":")) in v.bio_headings:
        head, start = lines[-2].text, len(lines) - 2
    else:
        for phrase in v.bio_headings:
            if (
                folded.startswith(phrase + " ")
                and last[len(phrase) + 1 : len(phrase) + 2].isupper()
            ):
                head, last = last[: len(phrase)], last[len(phrase) + 1 :]
                break
    if not head:
        return None
    experts = _bio_sentence(last, v)
    if not experts or not _plausible(experts, head):
        return None
    e = experts[0]
    score = 2.5 + (1.5 if e.degrees else 0.0) + (1.0 if e.honorific else 0.0)
    score += 1.0 if _given_full_name(e.name) else 0.0
    texts = [line.text for line in lines[start:]]
    return Signature(start, texts, [x.to_expert() for x in experts], _squash(score))


def _bio_sentence(text: str, v: Vocabulary) -> list[ParsedExpert]:
    """The expert of "Subject is a role ...": the subject a confident name (a full name with an
    honorific, a credential or a known given name), read with the role as its apposition."""
    m = _BIO.match(text.strip())
    if m is None or m.group("copula") not in v.bio_copulas:
        return []
    subject = m.group("subject").rstrip(" ,")
    named = parse_block([subject], v)
    if len(named) != 1 or named[0].titles or named[0].orgs or named[0].unknown:
        return []
    who = named[0]
    words = who.name.split()
    if len(words) < 2 or not (who.degrees or who.honorific or is_given_name(words[0])):
        return []  # "Dr. Marwick is ...": a surname alone is no confident name
    role = m.group("role")
    first, _, rest = role.partition(" ")
    if first in v.articles and rest:
        role = rest
    if is_sentence(role, v):
        return []  # "... is the chairman and writes a column": a second clause
    parsed = parse_block([f"{subject}, {role}"], v)
    if len(parsed) != 1 or parsed[0].name != who.name or not parsed[0].titles or parsed[0].unknown:
        return []
    return parsed


def _line_above(k: int, work: list[SigLine], mid_line: str | None) -> str:
    """The text right above a candidate block: the kept head of its line when it began mid-line."""
    if mid_line is not None:
        return mid_line[mid_line.rfind(". ", 0, len(mid_line) - 1) + 1 :].strip()
    return work[k - 1].text if k > 0 else ""


# A numbered item inside a flattened list: "Authors 1. Surname, Given PhD 2. Surname, ...".
_INLINE_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Z])")
# Where an author line may end in a flattened author block: a full stop, or an affiliation mark
# before a capital ("... MD 1 Department of ...").
_AUTHOR_END = re.compile(r"\.\s+(?=[A-Z])|\s(?=(?:\d{1,2}|[*†‡§¶])\s?[A-Z])")


def _unflattened(text: str, v: Vocabulary) -> list[str]:
    """A block flattened into one paragraph, cut back into its lines where its own structure
    says so: a letter's copy line ("Name cc Dept"), a numbered author list ("Authors 1. A, B.
    PhD 2. C, D. MD") or an author line before its affiliations ("Surname AB, Surname CD.
    Department ..., City, UK.", "Name 1, MD, Name 2, MD 1 Department ... 2 Department ...").
    [] when no such structure is there."""
    if len(text) > 600:
        return []
    words = text.split()
    if " by " in text and (stack := _credit_stack(words, v)) is not None:
        return stack
    if text.count("• ") > 1 and (items := _bullet_items(text, v)) is not None:
        return items
    for i in range(2, min(6, len(words) - 1)):
        if words[i].casefold() in v.copy_marks and not is_sentence(" ".join(words[:i]), v):
            # "Name cc My Brain": a letter's copy lines run on after the name (the copy lines
            # may read as prose: they leave with the block, no part of the expert).
            return [" ".join(words[:i]), " ".join(words[i:])]
    if is_sentence(text, v):
        return []
    numbers = list(_INLINE_NUMBER.finditer(text))
    if len(numbers) >= 2 and [int(m.group(1)) for m in numbers] == list(range(1, len(numbers) + 1)):
        cuts = [m.start(1) for m in numbers]
        head = text[: cuts[0]].strip()
        items = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
        if all(_numbered_author(item, v) is not None for item in items):
            return [*([head] if head else []), *items]
        return []
    if _names_listed(text, v) is not None:
        return []  # "T. Brandl, M. J. Okonkwo, F. Seidlitz": one author line (no cut at a stop)
    for m in _AUTHOR_END.finditer(text):
        head = text[: m.start() + (text[m.start()] == ".")].strip()
        if _author_names(head, v) is None:
            continue
        rest = text[m.end() :].strip()
        marks = list(re.finditer(r"(?:^|\s)(\d{1,2}|[*†‡§¶])\s?(?=[A-Z])", rest))
        if marks and marks[0].start() == 0:
            cuts = [mk.start(1) for mk in marks]
            affs = [rest[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(rest)], strict=True)]
            return [head, *affs]
        return [head, rest]
    return _flat_letter(text, v)


@cache
def _credit_phrases(v: Vocabulary) -> frozenset[tuple[str, ...]]:
    """The credits a flattened stack's lines open with ("Edited by", "Medically reviewed by"):
    the lead-ins and the not-expert credits that end in "by", of two words or more (a bare "By"
    inside a line is a sentence's word)."""
    phrases = (*v.lead_ins, *v.not_experts)
    return frozenset(
        tuple(p.split()) for p in phrases if len(p.split()) >= 2 and p.split()[-1] == "by"
    )


def _bullet_items(text: str, v: Vocabulary) -> list[str] | None:
    """A bulleted list of people flattened into one line ("• A, Hospital, Town • B, Hospital"),
    cut back at its bullets: every item names a person. None otherwise."""
    if not text.startswith("• "):
        return None
    items = ["• " + p.strip() for p in text[2:].split(" • ")]
    if not all(_person_item(item, _unmarked(item), v) for item in items):
        return None
    return items


def _credit_stack(words: list[str], v: Vocabulary) -> list[str] | None:
    """A stack of credit lines flattened into one ("By A Edited by B Reviewed by C, MD"), cut
    back before each capitalised credit: the line must open with a lead-in and every piece
    hold a capitalised name after its credit. None when no such stack is there."""
    phrases = _credit_phrases(v)
    longest = max((len(p) for p in phrases), default=0)
    cuts: list[int] = []
    for i in range(2, len(words) - 1):
        if not words[i][:1].isupper():
            continue
        for size in range(longest, 1, -1):
            piece = tuple(fold(w) for w in words[i : i + size])
            if piece in phrases and i + size < len(words) and words[i + size][:1].isupper():
                cuts.append(i)
                break
    if not cuts:
        return None
    head = " ".join(words[: cuts[0]])
    lead, rest = strip_lead_in(head, v)
    if not lead.strip() or not rest[:1].isupper():
        return None
    pieces = [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    if any(is_sentence(strip_lead_in(p, v)[1], v) for p in pieces):
        return None
    return pieces


def _flat_name(text: str, v: Vocabulary) -> tuple[list[str], str]:
    """A block flattened into one line, cut back where its name stands: the name is a known
    given name (an honorific may open it; a middle name or initial may follow) and a surname;
    the words before it are a heading or a role line ("Patient Expert",
    "Correspondence Address:"), the words after it (past the credentials its comma runs on) the
    lines under it. Only when neither part reads as a sentence. (lines, the name as written), or
    ([], "") when no such name is there."""
    words = text.split()
    if not 3 <= len(words) <= 40:
        return [], ""
    for i in range(min(5, len(words) - 1)):
        at = i + 1 if v.is_honorific(words[i]) else i
        if at >= len(words) - 1 or not _name_start(words[at]):
            continue
        j = at + 1
        if j < len(words) - 1 and (
            _INITIAL.match(words[j])
            or (len(words[j]) == 1 and words[j].isupper())
            or is_given_name(words[j].rstrip(","))
        ):
            j += 1
        surname = words[j].rstrip(",")
        if not surname[:1].isupper() or not _bare_name_words([surname], v):
            continue
        nxt = words[j + 1 : j + 3]
        if (
            len(nxt) == 2
            and _bare_name_words([nxt[0].rstrip(",")], v)
            and v.is_credential(nxt[1].strip(","))
            and not (nxt[0].endswith(",") and v.is_place(nxt[1]))  # "Town, MA": a state
        ):
            return [], ""  # "Aoife Ní Bhriain MB BCh": the name runs on to its credentials
        end = j + 1
        if words[j].endswith(","):
            # "Name, PhD Senior Programs Consultant": the credentials its comma runs on, up to
            # the first without a comma ("MS Nurse" is a role: MS the disease stays out)
            while end < len(words) and v.is_credential(words[end].rstrip(",")):
                if not words[end].endswith(",") and words[end] in v.condition_words:
                    break
                end += 1
                if not words[end - 1].endswith(","):
                    break
            if end == j + 1 or words[end - 1].endswith(","):
                end = len(words)  # "Name, Role": the line is punctuated at the name already
        elif end < len(words) and v.is_credential(words[end].rstrip(",")):
            end = len(words)  # "Name MD MS Medical Director": credentials run on, one line
        if any(w.endswith(";") for w in words[i:end]):
            end = len(words)  # "A, MD; B, MD": people listed on one line, no flattened block
        rest = words[end:]
        if rest and not (rest[0][:1].isupper() and len(rest) > 1):
            rest = []  # "& Other Name", "(Chair)", a lone word (a three-word name's last)
            end = len(words)
        pieces = [" ".join(words[:i]), " ".join(words[i:end]).rstrip(","), " ".join(rest)]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2 or any(is_sentence(p, v) for p in pieces):
            return [], ""
        if i and not _flat_prefix(words[:i], v):
            return [], ""
        return pieces, " ".join(words[at : j + 1]).rstrip(",")
    return [], ""


def _name_start(word: str) -> bool:
    # "Siobhán": a given name the list holds without its accents ("siobhan") is one
    return word[:1].isupper() and (is_given_name(word) or is_given_name(_unaccented(word)))


def _removed_picture(text: str) -> bool:
    """A noise line of the second-opinion reader's data ("Image removed.", "Photo removed.")."""
    # imported here: compose.py reads this module's own grammar at import time
    from msqa_scraper.extract.signature.compose import _noise, part_vocabulary

    return len(text) <= 40 and _noise(text, part_vocabulary())


def _flat_prefix(words: list[str], v: Vocabulary) -> bool:
    """Words before a flattened block's name: a heading, a label or a role line, in a few
    capitalised words (or the writer's dashed initials)."""
    if len(words) > 4:
        return False
    if len(words) == 1 and _DASHED_INITIALS.match(words[0]):
        return True
    if words[-1].endswith(".") and _removed_picture(" ".join(words)):
        return True  # "Image removed.": the picture's placeholder over the block's name
    if words[-1].endswith("."):
        return False  # "RELAPSE MANAGEMENT.": a title with its stop (the title test reads it)
    last = words[-1]
    if last in v.connectors or last in v.joiners or last in v.articles:
        return False  # "Medical Officer at Bell Harbor ...": the name is the prefix's object
    if last in v.role_modifiers or v.is_honorific(last):
        return False  # "Associate Professor Name": the honorific's own words
    return all(w[:1].isupper() or w in v.connectors for w in words)


def _flat_letter(text: str, v: Vocabulary) -> list[str]:
    """A letter's name and address flattened into one line, cut back into its two lines:
    "Corinne Walbeck Kenosha, WI", "Mrs Brenda Ashcombe West Norwood, London", "GRETA HOLLOWAY
    Pasadena". The name is an optional social honorific, one or two known given names (or an
    initial after the first), and one surname (a particle may open it) that is no given name;
    the rest must end in a known place after a comma, or differ from a name in capitals by its
    case. Every word is one no vocabulary class reads. [] when the line is not so made."""
    words = text.split()
    if not 3 <= len(words) <= 9 or "," in " ".join(words[:2]):
        return []
    i = 1 if fold(words[0]).rstrip(".") in v.social_honorifics else 0
    if i >= len(words) or not is_given_name(words[i]):
        return []
    second = words[i + 1] if i + 1 < len(words) else ""
    initial = bool(_INITIAL.match(second)) or (len(second) == 1 and second.isupper())
    # an initial is a middle one; a given name a middle name first ("Mary Ann Smith ..."),
    # then the surname ("Ana Holm Kenosha, WI")
    middles = (i + 2,) if initial else (i + 2, i + 1) if is_given_name(second) else (i + 1,)
    for j in middles:
        while j < len(words) and words[j] in v.particles:
            j += 1  # "van der Berg"
        if j >= len(words) - 1 or "," in words[j]:
            continue
        cut = _flat_letter_at(words, i, j, v)
        if cut:
            return cut
    return []


def _flat_letter_at(words: list[str], i: int, j: int, v: Vocabulary) -> list[str]:
    """The cut of a flattened letter's line after ``words[j]``, the surname, or []."""
    name, rest = words[: j + 1], words[j + 1 :]
    parts = [p.strip() for p in " ".join(rest).split(",")]
    capitals = all(w.isupper() for w in name[i:])
    if capitals and any(w.isupper() for w in rest):
        return []
    # "Harold Name Quincy": a known town alone after a surname that is no given name (in
    # "Mary Jane Chester" the given names leave the town no surname to follow)
    lone_town = len(parts) == 1 and not is_given_name(words[j]) and is_town_name(parts[0], v)
    if not capitals and not lone_town and (len(parts) < 2 or not v.is_place(parts[-1])):
        return []
    if v.is_credential(parts[-1]):
        return []  # "Name, MD": Maryland's letters are a credential after a name
    town = [w for p in (parts[:-1] if len(parts) > 1 else parts) for w in p.split()]
    plain = [w.title() if capitals else w for w in name[i:]]
    if not town or not _bare_name_words(plain, v) or not _bare_name_words(town, v):
        return []
    return [" ".join(name), " ".join(rest)]


def _dated_honorific(text: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "2026-03-11 prof. Halina Name": a date, then an honorific opening the name (in any
    case): (the date as the line's lead, the rest), or None."""
    date, rest = strip_leading_date(text, v)
    if not date or not rest or not v.is_honorific(rest.split(None, 1)[0]):
        return None
    return date, rest


def _opens_with_honorific(text: str, v: Vocabulary) -> bool:
    first = text.split(None, 1)[0] if text.strip() else ""
    return v.is_honorific(first)


_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
_SURNAME_PREFIX = re.compile(r"^(?:Ma?c|De|Di|La|Le|Van|Von|Fitz|O)[A-Z]")  # "McDonald", "DeLuca"


_DASHED_INITIALS = re.compile(r"^[—–~-] ?([A-Z]{2,4})\.?$")


def _heading(text: str, first: ParsedExpert, v: Vocabulary) -> bool:
    """A line that heads the block above its first line and leaves the answer with it.

    A valediction with any final mark over an honorific'd name ("Kind regards." / "Dr Name"; a
    bare closing over a bare name stays: "Best wishes" / "Name, MD"), a short label ending in a
    colon ("Correspondence Address:", "Chairs:"), a column label in capitals ("PHYSICIAN
    VOICES") or in one CamelCase word ("CareCorner"). Never a sentence, a list item or a link.
    """
    bare = text.strip()
    words = bare.split()
    if not 0 < len(words) <= 5 or _LIST_ITEM.match(bare) or _LINK.search(bare):
        return False
    if (initials := _DASHED_INITIALS.match(bare)) is not None:
        # "—KD" over "Kara Delmonico, PA-C": the writer's initials after the answer's dash.
        names = [w for w in first.name.replace("-", " ").split() if w[:1].isupper()]
        return initials.group(1) == "".join(w[0] for w in names)
    if is_sentence(bare, v) or is_meta_line(bare, v):
        return False
    plain = [w.strip(".!:,;") for w in words]
    if first.honorific and len(words) <= 4 and _closing_words([w for w in plain if w], v):
        return True
    if len(words) == 1 and _CAMEL.match(bare) and not _SURNAME_PREFIX.match(bare):
        return True  # "CareCorner": a column or programme named in one CamelCase word
    if bare.endswith(":") and len(words) <= 4 and bare[:1].isupper():
        return all(
            w[:1].isupper() or w in v.connectors or fold(w) in v.lead_in_words for w in plain
        )
    return (
        len(words) <= 4 and all(_caps_label_word(w, v) for w in words) and sum(map(len, words)) >= 6
    )


# An author's affiliation mark after the name ("Ritika Sood 1", "A. Bee*", "C. Dee²").
# A footnote symbol may be doubled or tripled for the second and third ("Name *; Name **").
_MARK = r"(?P<mark>\d{1,2}|\*{1,3}|†{1,3}|‡{1,2}|[§¶]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
_MARKED = re.compile(rf"^(?P<name>.+?)\s*{_MARK}?$")
# A marked affiliation line: "1 Department of Neurology, ...", "² Harbour Clinic, ...".
# An affiliation's mark before its first word ("1Department", "² School", "* Unit"); a list's
# number has its full stop or bracket ("1. Rest").
_AFFILIATION_MARK = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§¶]) ?[A-Z][a-z]")
_MARKED_LINE = re.compile(rf"^{_MARK}\s*(?P<rest>[A-Z].*)$")
_AUTHOR_SEPS = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
# "A *; B **; C ***": a journal's author line may part its starred names with semicolons
_STAR_SEMICOLON = r"(?<=[*†‡])\s*;\s*"
_STARRED_SEPS = re.compile(f"{_STAR_SEMICOLON}|{_AUTHOR_SEPS.pattern}")
# A bracketed country after the city: "New Delhi (India)", "New York, NY (U.S.A.)".
_BRACKET_COUNTRY = re.compile(r"\s*\(([^()]+)\)$")
_STAND_IN = "Ann Example"  # the name line an affiliation is read under (then replaced)


def _author_names(text: str, v: Vocabulary) -> list[tuple[str, str, list[str]]] | None:
    """(name, mark, credentials) of each author of an article's author line; None if not one.

    "Okonkwo AR, Pellegrini HL." (surname and initials, Medline), "Ritika Sood 1, MD, Arjun
    Malhotra 1, MD" (affiliation marks, credentials after each name): two names or more.
    """
    starred = re.search(_STAR_SEMICOLON, text) is not None
    if len(text) > 300 or not ("," in text or starred or " and " in text or "&" in text):
        return None
    if any(w[:1].islower() and w != "and" for w in text.split()):
        return None
    authors: list[tuple[str, str, list[str]]] = []
    for chunk in (_STARRED_SEPS if starred else _AUTHOR_SEPS).split(text.strip().rstrip(".")):
        if authors and v.is_credential(chunk):
            authors[-1][2].append(chunk)
            continue
        m = _MARKED.match(chunk)
        if m is None:
            return None
        name, mark = m.group("name"), m.group("mark") or ""
        words = name.split()
        initials = words[-1]
        medline = (
            2 <= len(words) <= 3
            and initials.isalpha()
            and initials.isupper()
            and len(initials) <= 3
            and not v.is_credential(initials)
            and _bare_name_words(words[:-1], v)
        )
        # An initial is no word of a vocabulary class ("I. Solberg" is not the pronoun).
        spelled = [w for w in words if not _INITIAL.match(w)]
        if not medline and not (2 <= len(words) <= 4 and _bare_name_words(spelled, v)):
            return None
        authors.append((name, mark, []))
    return authors if len(authors) >= 2 else None


def _author_block(lines: list[str], v: Vocabulary) -> list[ParsedExpert] | None:
    """An article's author block: an author line, then the affiliation lines under it.

    Each author takes the affiliation of their mark ("1 Department of ..."), or the one shared
    affiliation when the lines carry no marks. Every affiliation must read whole (each part a
    class of the vocabulary claims), or this is no author block.
    """
    authors = _author_names(lines[0], v)
    if authors is None:
        return None
    marked: dict[str, list[str]] = {}
    shared: list[str] = []
    for line in lines[1:]:
        m = _MARKED_LINE.match(line.strip())
        if m is not None and any(a[1] for a in authors):
            marked.setdefault(m.group("mark"), []).append(m.group("rest"))
        else:
            shared.append(line)
    if marked and shared:
        return None
    experts = []
    for name, mark, creds in authors:
        own = marked.get(mark) if marked else shared
        if not own:
            return None
        parts = _affiliation(tuple(own), tuple(creds), v)
        if parts is None:
            return None
        experts.append(replace(parts, name=name, name_score=0.7))
    return experts


@cache
def _affiliation(
    lines: tuple[str, ...], creds: tuple[str, ...], v: Vocabulary
) -> ParsedExpert | None:
    """The parts of affiliation lines, read as the segmenter reads them under a name."""
    country = None
    read = [line.strip().rstrip(".") for line in lines]
    found = _BRACKET_COUNTRY.search(read[-1])
    if found and v.is_place(found.group(1)):
        country = found.group(1)
        read[-1] = f"{read[-1][: found.start()]}, {country}"
    head = ", ".join([_STAND_IN, *creds])
    parsed = parse_block([head, *read], v)
    if len(parsed) != 1 or parsed[0].name != _STAND_IN or not _read_whole(parsed[0], v):
        return None
    e = parsed[0]
    if country is not None:
        if not e.places or e.places[-1] != country or len(e.places) < 2:
            return None
        places = [*e.places[:-2], f"{e.places[-2]} ({country})"]
        e = replace(e, places=places)
    return e


def _read_whole(e: ParsedExpert, v: Vocabulary) -> bool:
    """Every part of an affiliation read: a class claimed it, or it is a capitalised word group
    after the organisation (a town or country the place list lacks: "Accra, Ghana")."""
    if not e.unknown:
        return True
    return (
        e.unknown <= 2
        and bool(e.orgs)
        and all(
            w[:1].isupper() or w in v.connectors for part in e.orgs + e.places for w in part.split()
        )
    )


# "1. Davison, Stella C. PhD, RN": a journal's numbered author list, surname first, credentials
# after the given name (and its initials) without a comma.
_NUMBERED_AUTHOR = re.compile(
    r"^\d{1,2}[.)]\s+(?P<surname>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+"
    r"(?P<given>[A-Z][\w'’-]+(?:\s+[A-Z]\.)*)\s+(?P<creds>\S.*)$"
)


def _numbered_author(text: str, v: Vocabulary) -> str | None:
    """ "1. Davison, Stella C. PhD, RN" read as the signature line "Stella C. Davison, PhD, RN"."""
    m = _NUMBERED_AUTHOR.match(text.strip()) if text[:1].isdigit() else None
    if m is None:
        return None
    creds = [c for c in re.split(r"[,\s]+", m.group("creds").strip(" .")) if c]
    if not creds or not all(v.is_credential(c) for c in creds):
        return None
    return f"{m.group('given')} {m.group('surname')}, {', '.join(creds)}"


def _numbered_list_start(work: list[SigLine], end: int, v: Vocabulary) -> int:
    """Where a numbered list of authors that ends at ``end`` starts ("1. Name*," / "2. Name",
    optionally "1. *Town" / "2. Town, Country" under it), or ``len(work)`` when the lines above
    ``end`` are no such list: every item a person the name test vouches for, numbered from 1."""
    none = len(work)
    if end <= 0 or not work[end - 1].text[:1].isdigit():
        return none  # the cheap test first: most answers end in no numbered line
    start = end
    while start > 0 and end - start < MAX_LINES and _NUMBERED_ITEM.match(work[start - 1].text):
        start -= 1
    while start < end and not work[start].text.lstrip().startswith("1"):
        start += 1  # the list starts at its first item
    if start >= end:
        return none
    texts = [line.text.strip() for line in work[start:end]]
    authors = numbered_authors(texts, v)
    if not authors or not all(
        _full_name(e.name) and plausible_name(e.name, e.honorific, e.degrees) for e in authors
    ):
        return none
    return start


def _starred_affiliations(work: list[SigLine], end: int) -> frozenset[int]:
    """The lines above ``end`` that open with footnote stars ("* Unit ...", "** Unit ...") when
    two or more of them are marked with different numbers of stars (a list's bullets are all
    one star) and a line above them ends a name with those stars ("A. Name*, B. Name**")."""
    if not any(work[k].text.startswith("**") for k in range(max(0, end - MAX_LINES), end)):
        return frozenset()  # the cheap test first: most answers hold no double star
    marked = {
        k: m.group(1)
        for k in range(max(0, end - MAX_LINES), end)
        if (m := _STARRED.match(work[k].text.strip()))
    }
    if len(set(marked.values())) < 2:
        return frozenset()
    first = min(marked)
    above = " ".join(work[k].text for k in range(max(0, first - 2), first))
    authors = set(re.findall(r"(?<=\w)\s?(\*{1,3})(?=\s*(?:[,;]|$))", above))
    return frozenset(marked) if set(marked.values()) <= authors else frozenset()


_STARRED = re.compile(r"^(\*{1,3})\s*[^\W\d_]")
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


_ATTRIBUTION = re.compile(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?), ((?:an? )?([a-z]+)\b[^,;:]*)$")


def _given_name_attribution(body: str, v: Vocabulary) -> list[ParsedExpert]:
    """ "Christopher, person with MS": a quoted member's given name and how they are described.

    The descriptor is lowercase and opens with a word of the data file's ``person_descriptors``
    ("person with MS", "living with MS since 2009", "a carer"); it is the title.
    """
    m = _ATTRIBUTION.match(body.strip().rstrip("."))
    if m is None or fold(m.group(3)) not in v.person_descriptors or len(body.split()) > 10:
        return []
    if not _bare_name_words([m.group(1)], v) or is_sentence(m.group(2), v):
        return []
    return [ParsedExpert(name=m.group(1), name_score=0.7, titles=[m.group(2)])]


_INITIALLED = re.compile(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z])\.?$")


def _wished_off(text: str, v: Vocabulary) -> bool:
    """A closing wish right above: "Have a great week!", "Wish you good health.", "Take care."

    A short line that opens with a word of the data file's ``wish_openers`` and ends the prose
    with a full stop or an exclamation mark (a closing with its comma is a lead-in instead).
    """
    words = text.split()
    if not 0 < len(words) <= 8 or text.rstrip()[-1:] not in ".!":
        return False
    return fold(words[0]) in v.wish_openers and not _LINK.search(text)


def _initialled_sign_off(body: str, v: Vocabulary) -> list[ParsedExpert]:
    """ "Have a great week!" / "Renata K": a blog writer's given name and surname initial.

    Only alone on the answer's last line, under a closing wish (the caller checks): a given
    name and an initial after plain prose are too little ("Marisa K.").
    """
    m = _INITIALLED.match(body.strip())
    if m is None or not _bare_name_words([m.group(1)], v) or fold(m.group(1)) in v.not_name_words:
        return []
    return [ParsedExpert(name=body.strip(), name_score=0.7)]


def _bare_sign_off(
    experts: list[ParsedExpert], parse_lines: list[str], k: int, work: list[SigLine], v: Vocabulary
) -> bool:
    """A bare name on its own line, where the answer's prose has ended: a letter's sign-off.

    "...together. / Martin P. Coursey / Executive Director", "...this spring. / Imani Castell /
    Waitsfield": no credential, honorific or lead-in, but the name stands alone on the first line
    of the block, right after a finished sentence, and every line under it is a part the
    vocabulary reads (a role, an organisation, a place). A name is a full name of capitalised
    words none of which is a vocabulary word ("Stay Strong" has no surname nameparser accepts,
    "Further Reading" ... is read by the same tests as any name).
    """
    first = experts[0]
    if first.prefixed or first.name_score < 0.7 or (first.unknown and not _town_only(first)):
        return False
    head, comma, _rest = parse_lines[0].strip().rstrip(",").partition(",")
    words = head.split()
    if not 2 <= len(first.name.split()) <= 4:
        return False
    if " ".join(words) != first.name:
        # "Martin P. Coursey Executive Director" run together: the rest must be read whole.
        run_on = " ".join(words).startswith(first.name + " ") and (first.titles or first.orgs)
        if not run_on or first.unknown or not _vouched(first, v):
            return False
        words = first.name.split()
    if comma and not _town_only(first):
        return False  # on the name's own line, only a town may follow a bare name
    if all(w.isupper() for w in words) and is_given_name(words[0]):
        # "GRETA HOLLOWAY" / "Pasadena": a letter's name in capitals, read as the same words
        # in title case when its first word is a known given name (a heading's capitals are not)
        words = [w.title() for w in words]
    return _bare_name_words(words, v) and _prose_ended(k, work)


def _given_name_only(body: str, lead: str, v: Vocabulary) -> list[ParsedExpert]:
    """ "14th March 2016 by Priya": a dated byline may credit a given name alone."""
    words = body.strip().split()
    if len(words) != 1 or not lead.rstrip(" :").casefold().endswith("by"):
        return []
    if not (words[0].isalpha() and words[0].istitle()) or not _bare_name_words(words, v):
        return []
    return [ParsedExpert(name=words[0], name_score=0.4)]


def _sentence_above(k: int, work: list[SigLine], v: Vocabulary) -> bool:
    """The line above is finished prose: a sentence with its final mark ("Greeley, Colo." is
    a place's abbreviation, no sentence)."""
    return _prose_ended(k, work) and is_sentence(work[k - 1].text, v)


def _prose_ended(k: int, work: list[SigLine]) -> bool:
    above = work[k - 1].text.rstrip() if k > 0 else ""
    return above[-1:] in '.!?"”)'


def _bare_name_words(words: list[str], v: Vocabulary) -> bool:
    """Capitalised words (initials, particles) of which none is a word of a vocabulary class."""
    for w in words:
        shaped = w[:1].isupper() and (not w.isupper() or _INITIAL.match(w) or len(w) == 1)
        if not (shaped or w in v.particles):  # "Tomas R Lindqvist": an undotted initial too
            return False
        f = fold(w).rstrip(".")
        if f in v.closings or f in v.sentence_words or f in v.not_name_words:
            return False
        if v.is_role_word_any(w) or w in v.months or w in v.weekdays or v.is_honorific(w):
            return False
        if w in v.org_heads or w in v.org_lead_heads or w in v.condition_words:
            return False
        if w in v.membership_bodies:
            return False  # "Steering Committee and Syllabus Committee": bodies, no names
    return True


# Affiliation marks after an author's name: "Name 1,*, Name 2", "Name i , Name ii", "Name¹".
_MARKS = re.compile(
    r"(?<=[^\W\d_.])\s*(?:(?:\d{1,2}|[*†‡§¶]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\b(?:i{1,3}|iv|vi{0,3}|ix|x)\b)"
    r"(?:\s*,\s*(?=[\d*†‡§¶]))?)+\s*(?=[,;&]|\band\b|$)"
)
_LOWER_IN_LISTS = frozenset(("and", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"))
_LIST_SEPS = re.compile(r"\s*(?:[,;]|&|\band\b)\s*")


def _name_list(body: str, v: Vocabulary) -> list[str] | None:
    """The names of an author line of bare names: "A B 1,*, C D 1", "A B & C D", "A i , B ii".

    Two or more names, each a bare full name of two to four words; the marks are dropped.
    """
    names = _names_listed(body, v)
    return None if names is None else list(names)  # the caller's own list, not the cache's


@lru_cache(maxsize=8192)
def _names_listed(body: str, v: Vocabulary) -> tuple[str, ...] | None:
    if len(body) > 240 or not any(sep in body for sep in (",", ";", "&", " and ")):
        return None
    if any(w[:1].islower() and w.strip(",;*") not in _LOWER_IN_LISTS for w in body.split()):
        return None  # prose, or a role in lower case: no list of bare names
    bare = _MARKS.sub("", body.strip().rstrip("."))
    names = [p for p in _LIST_SEPS.split(bare) if p]
    if not 2 <= len(names) <= 12:
        return None
    if (
        len(names) == 2
        and bare == body.strip().rstrip(".")
        and "," in bare
        and ";" not in bare
        and not all(_INITIAL.match(name.split()[0]) for name in names)
    ):
        # "Kerrigan McAllister, Albert Lea": a letter's name and town, unmarked ("A. Brandl,
        # K. Raabe": no town opens with an initial)
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not _bare_name_words(words, v) or not _full_name(name):
            return None
    return tuple(names)


def _vouched(e: ParsedExpert, v: Vocabulary) -> bool:
    """Every role ends in a head noun or an object, every organisation holds a head."""
    return all(
        v.is_head_noun(t.split()[-1]) or t.split()[-1] in v.object_ends for t in e.titles
    ) and all(any(w in v.org_heads or w in v.org_lead_heads for w in o.split()) for o in e.orgs)


def _town_only(e: ParsedExpert) -> bool:
    """ "Imani Castell / Waitsfield", "Name, Albert Lea": a bare name, then words no class reads
    (or a one-word town segment typed as the place by the gazetteer: "Name, Glenvale")."""
    if (
        not (e.degrees or e.titles or e.orgs)
        and len(e.places) == 1
        and is_town_name(e.places[0], vocabulary())
    ):
        return True
    return (
        not (e.degrees or e.titles or e.places)
        and 0 < e.unknown == len(e.orgs) <= 2
        and all(w[:1].isupper() for org in e.orgs for w in org.split())  # "by Name" is no town
    )


def _letter_places(experts: list[ParsedExpert], loose: bool = False) -> list[ParsedExpert]:
    """Under a letter's bare name, words no vocabulary class reads are the writer's town.

    ``loose``: the town's line may end in a known place ("West Norwood, London").
    """
    first = experts[0]
    if not (_town_only(first) or (loose and _town_then_place(first))):
        return experts
    # A copy: parses are cached, and the cached one is read again by the next candidate.
    town = replace(first, places=[*first.orgs, *first.places], orgs=[], unknown=0)
    return [town, *experts[1:]]


def _address_under_closing(e: ParsedExpert) -> bool:
    """A letter's address under its closing and name ("Béal an Átha Móir," / "Co Liatroma."):
    at most two short lines no class reads (four words at most, letters only, each capitalised
    but a town's short particles in lower case: "an", "na", "on"), then a place; no credential
    or title. "Care Navigator/ Outreach and ... Navigator" is no townland."""
    if e.degrees or e.titles or not e.places or not 0 < e.unknown == len(e.orgs) <= 2:
        return False
    return all(_address_part(part) for part in e.orgs)


def _address_part(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= 4
        and words[0][:1].isupper()
        and all(
            w.replace("'", "").replace("’", "").replace("-", "").isalpha()
            and (w[:1].isupper() or (w.islower() and len(w) <= 3))
            for w in words
        )
    )


def _town_then_place(e: ParsedExpert) -> bool:
    """ "Mrs Name / West Norwood, London": words no class reads, then a known place, on the
    line under the name, and nothing else."""
    return (
        not (e.degrees or e.titles)
        and bool(e.places)
        and 0 < e.unknown == len(e.orgs) <= 2
        and all(w[:1].isupper() for part in e.orgs + e.places for w in part.split())
    )


def _social_sign_off(
    experts: list[ParsedExpert], parse_lines: list[str], k: int, work: list[SigLine], v: Vocabulary
) -> bool:
    """A reader's letter signed with a social honorific ("Mrs Brenda Ashcombe" / "West Norwood,
    London"; the data file's ``social_honorifics``): the name alone on its line right after the
    prose, its first word a known given name, and the writer's address under it."""
    first = experts[0]
    words = parse_lines[0].split()
    if len(experts) != 1 or len(parse_lines) < 2 or not first.honorific or first.degrees:
        return False
    if not words or fold(words[0]).rstrip(".") not in v.social_honorifics:
        return False
    name = first.name.split()
    return (
        " ".join(words[1:]) == first.name
        and 2 <= len(name) <= 4
        and is_given_name(name[0])
        and _bare_name_words(name, v)
        and _prose_ended(k, work)
        and (_town_only(first) or _town_then_place(first))
    )


_LONE_NAME = re.compile(r"^[A-Z][a-z\u00c0-\u024f]+(?:-[A-Z][a-z\u00c0-\u024f]+)?$")


_STAND_IN_SURNAME = "Exampleton"  # read after a lone given name, then dropped


def _closed_above(k: int, work: list[SigLine], mid_line: str | None, v: Vocabulary) -> bool:
    """A valediction right above the block with no comma to run it on ("Best wishes",
    "Warm regards."): the letters' rule keeps it in the answer, so a given name alone under it
    is left to the second reader (which reads the closing with the block)."""
    return _closes(_line_above(k, work, mid_line).strip(), v)


@lru_cache(maxsize=4096)
def _closes(above: str, v: Vocabulary) -> bool:
    words = [w.strip(".!:;") for w in above.split()]
    return 0 < len(words) <= 4 and not above.endswith(",") and _closing_words(words, v)


def _given_name_block(parse_lines: list[str], v: Vocabulary) -> list[ParsedExpert]:
    """A block whose name is a known given name alone ("Helena, Neurologist, Riverbend MS
    Clinic", "Priya" / "MS Nurse Specialist"): the block read with a stand-in surname after the
    name (the name reader wants two words), every other part claimed by a class, then the
    given name alone as the name. The caller has the block's lead-in or closing."""
    first = parse_lines[0]
    word, comma, rest = first.partition(",")
    word = word.strip()
    if not _LONE_NAME.match(word) or not is_given_name(word) or not _bare_name_words([word], v):
        return []
    if fold(word) in v.not_person_words or word in v.not_person_words:
        return []
    stand_in = f"{word} {_STAND_IN_SURNAME}"
    parsed = parse_block([f"{stand_in}{comma}{rest}", *parse_lines[1:]], v)
    if len(parsed) != 1 or parsed[0].name != stand_in or parsed[0].unknown:
        return []
    return [replace(parsed[0], name=word, name_score=0.7)]


def _lone_given_name(body: str, v: Vocabulary) -> list[ParsedExpert]:
    """ "...His newest post follows." / "Marta": a known given name alone on the answer's last
    line, in title case with no mark at all (the caller checks that the prose ended above): a
    writer's sign-off. A word any vocabulary class reads is no name ("Regards", "Team")."""
    word = body.strip()
    if not _LONE_NAME.match(word) or not is_given_name(word) or not _bare_name_words([word], v):
        return []
    if fold(word) in v.not_person_words or word in v.not_person_words:
        return []
    return [ParsedExpert(name=word, name_score=0.7)]


def _run_on_role(body: str, v: Vocabulary) -> list[ParsedExpert]:
    """A credit's name with its role run on, no comma ("by Tessa Morandi Health Writer"): the
    shortest full name whose capitalised words after it end in a role head."""
    words = body.split()
    if "," in body or not 3 <= len(words) <= 7 or not all(w[:1].isupper() for w in words):
        return []
    if not v.is_head_noun(words[-1]):
        return []
    for cut in (2, 3):
        if len(words) - cut < 1 or not _full_name(" ".join(words[:cut])):
            continue
        if any(v.is_role_word(w) for w in words[:cut]):
            continue  # "Senior Health Writer" is no name
        parsed = parse_block([f"{' '.join(words[:cut])}, {' '.join(words[cut:])}"], v)
        if len(parsed) == 1 and parsed[0].titles and not parsed[0].unknown:
            return parsed
    return []


def _organisation_credit(lead: str, body: str, v: Vocabulary) -> bool:
    """A lead-in's credit naming an organisation and no person ("Reviewed by Panel of ...")."""
    if fold(lead.strip(" :-—–")).split(" ", 1)[0] not in v.lead_in_words or not body:
        return False
    words = body.split()
    if not any(w in v.org_heads or w in v.org_lead_heads for w in words):
        return False
    return not any(e.name for e in parse_block([body], v))


def _joined_name(experts: list[ParsedExpert], parse_lines: list[str], v: Vocabulary) -> bool:
    """A name read right after a joiner ("Neurologist at North Vale Medical Center"): the words
    are an organisation's, and the line names no one."""
    for e in experts:
        for line in parse_lines:
            at = line.find(" " + e.name)
            if at > 0 and line[:at].rsplit(None, 1)[-1] in v.joiners:
                return True
    return False


def _professional(experts: list[ParsedExpert], line: str, v: Vocabulary) -> bool:
    """One expert, a full name with no degree or honorific that opens the line or closes it
    after a comma ("Name, Role", "role, Name"; no headline's "MS Trust CEO Name", no "Role at
    North Ridge Clinic"), and each title a profession: its words before a joiner end in a role
    head ("Physiotherapist", "chief executive", "secretary of MS Penang")."""
    if len(experts) != 1:
        return False
    e = experts[0]
    bare = line.rstrip(" .")
    if not (bare.startswith(e.name + ",") or bare.endswith(", " + e.name)):
        return False
    if e.prefixed or e.degrees or e.honorific or e.unknown or not e.titles:
        return False
    if e.name_score < 0.7 or len(e.name.split()) < 2 or not _full_name(e.name):
        return False
    for title in e.titles:
        head = []
        for word in title.split():
            if word in v.joiners or word in v.connectors:
                break
            head.append(word)
        if not head or not v.is_head_noun(head[-1].strip(".,")):
            return False
    return True


def _plausible(experts: list[ParsedExpert], lead: str) -> bool:
    """Every expert's name reads as a person's (given_names.name_evidence): a lead-in of words
    ("By", "Answered by", a closing) counts for it; a dash alone with only a state's abbreviation
    after the words counts against ("-- Albert Lea, Minn.": a syndicated column's dateline)."""
    credit = any(c.isalpha() for c in lead)
    dash = bool(lead.strip()) and not credit
    return all(
        plausible_name(e.name, e.honorific, e.degrees, credit, dash and _dateline(e))
        and (credit or e.honorific or e.degrees or not _places_run(e.name))
        for e in experts
    )


@lru_cache(maxsize=4096)
def _places_run(name: str) -> bool:
    """ "Traverse City Santa Monica": a name whose words are wholly two or more towns of the
    gazetteers, one of them of two words or more (places.txt; one-word towns, towns.txt, are as
    often names: "Austin Lincoln"), is two place lines run together, no person."""
    words = name.split()
    places = name_lists().places

    def pieces(i: int) -> list[bool] | None:  # one flag a piece: is it a town of several words?
        if i == len(words):
            return []
        for j in range(min(len(words), i + 4), i, -1):
            piece = " ".join(words[i:j])
            several = j - i > 1
            if (several and piece.casefold() in places) or (not several and is_town(piece)):
                rest = pieces(j)
                if rest is not None:
                    return [several, *rest]
        return None

    found = pieces(0) if len(words) >= 3 else None
    return found is not None and len(found) >= 2 and any(found)


def _dateline(e: ParsedExpert) -> bool:
    """Words, then a state's abbreviation alone ("Mich.", "WA"), nothing else of a person."""
    if e.honorific or e.degrees or e.titles or e.orgs or len(e.places) != 1:
        return False
    place = e.places[0]
    return vocabulary().is_place(place) and (place.endswith(".") or place.isupper())


def _given_full_name(name: str) -> bool:
    """A full name of two to four words whose first is a known given name."""
    words = name.split()
    return 2 <= len(words) <= 4 and is_given_name(words[0])


def _parse_score(
    experts: list[ParsedExpert],
    lead_in: bool,
    block: list[SigLine],
    k: int,
    work: list[SigLine],
    tail_split: str | None,
    bare: bool = False,
) -> float:
    score = 0.0
    first = experts[0]
    if lead_in:
        score += 2.5
    # stacked credit lines ("By Name" / "Reviewed by Name, MD"): the writer on top seldom has
    # credentials, the reviewer under them has; the block is as sure as its reviewer line alone
    if first.degrees or (lead_in and any(e.degrees for e in experts[1:])):
        score += 1.5
    if first.honorific or (lead_in and any(e.honorific for e in experts[1:])):
        score += 1.0  # "Auteur : Name, pharmacien" / "Révision médicale : Prof. Name": as above
    if first.bracketed:
        score += 1.5  # "Name (Barts MS)": an affiliation in brackets marks a sign-off
    if not (first.degrees or first.honorific or lead_in or first.bracketed):
        if first.prefixed:
            score -= 3.0  # "MS Trust CEO Declan Martell": a headline's apposition, not a sign-off
        elif bare:
            score += 1.5  # a letter's sign-off: the name alone on its line after the prose
        elif first.titles and first.orgs and first.name_score >= 0.7:
            score += 0.5  # "Milo Hennick Jr., president of Larchmont Group": role and employer
            after = block[-1].text.lstrip().removeprefix(first.name)
            if _given_full_name(first.name) and (
                after[:1] == "," or (after.split(None, 1) or [""])[0] in vocabulary().joiners
            ):
                # "Marisol T. Brandvold, coordinator, Walk MS 2027 Pierre", "Mona Feldt of
                # Business, a dietitian": a full name that opens the line before a comma or a
                # joiner, its first word a known given name (round 7's gazetteer)
                score += 1.0
        elif first.places and not (first.titles or first.orgs) and first.name_score >= 0.7:
            # "Matthias Kellermann, Düsseldorf, Germany": a full name and a known place only.
            last = first.places[-1]
            # a town of the gazetteer is known too ("Alun Quarrie, Somerset")
            known = (
                vocabulary().is_place(last) or is_town(last)
            ) and not vocabulary().is_credential(last)
            score += 1.0 if known else -1.0  # "Barts, MS": in capitals MS is no state here
        else:
            score -= 1.0 if (first.titles or first.orgs) else 3.0
    score += 2.0 * (min(e.name_score for e in experts) - 0.7)
    score -= 1.5 * sum(e.unknown for e in experts)
    if block[0].para_start or k == 0:
        score += 0.5
    if tail_split is not None:  # the block began mid-line, after a finished sentence
        score += 1.0
    return score
