"""Find and parse the expert signature at the end of an answer.

A signature is a name line (``Revere (Rip) Kinkel MD``, ``Dr. Jane Doe``, ``Answered by: Jane
Q. Doe, MD, PhD``), then title lines (role phrases) and at most one institution line. The same
parts may be flattened into one line; then they are split at role words and at the point where
a role phrase's object ends. The vocabularies below are what makes that split possible: a
flattened signature has no other boundary marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from msqa_scraper.extract.records import Expert

# Credentials written after a name, compared without dots and case ("M.D." is MD).
DEGREES = frozenset(
    """MD DO PHD MPH MS MSC MSCN RN BSN MSN NP PA PA-C PHARMD FAAN FAAO FACP FRCPC FRCP MBBS
    MBCHB DNP APRN CRNP ANP FNP FNP-BC ANP-BC BC MA MBA MHS MHA DRPH OTR OTR/L PT DPT CNS CCRN
    MSW LCSW PSYD EDD JD BS BA FANA FAHA CCC-SLP SLP RD LD""".split()
)
# Words that open a role phrase. Consecutive role words belong to one phrase ("Associate
# Professor", "Clinical Nurse Specialist").
ROLE_WORDS = frozenset(
    """Director Co-Director Codirector Professor Associate Assistant Adjunct Clinical Chief Chair
    Chairman Chairwoman Vice Head Staff Senior Attending Neurologist Neurologists Fellow Nurse
    Specialist Practitioner Medical Executive Founding Founder Co-Founder President Consultant
    Lecturer Instructor Physician Manager Coordinator Emeritus Research Scientist Investigator
    Dean Member Neuroradiologist Neuro-ophthalmologist Neuropsychologist Psychologist
    Pharmacist Therapist Resident Program Section Division""".split()
)
# Words that may start a title line that is a role phrase, beyond ROLE_WORDS.
_TITLE_LEADS = ROLE_WORDS - {"Program", "Section", "Division", "Medical", "Research", "Clinical"}
# The noun that completes a role phrase's head ("Clinical Pharmacy *Specialist*"): after it, a
# capitalised word that is not "of ..." starts the next part.
ROLE_NOUNS = ROLE_WORDS - {
    "Associate",
    "Assistant",
    "Adjunct",
    "Clinical",
    "Vice",
    "Staff",
    "Senior",
    "Attending",
    "Medical",
    "Executive",
    "Founding",
    "Research",
    "Program",
    "Section",
    "Division",
    "Nurse",
    "Physician",
} | {"Assistant"}
_NOT_TITLE_START = frozenset(
    "University College Hospital Clinic Center Centre Institute School Foundation".split()
)
# A role phrase's object ("of Neurology", "of the Multiple Sclerosis Program") ends with one of
# these when it is followed directly by the institution.
OBJECT_ENDS = frozenset(
    """Neurology Neurosciences Neuroscience Medicine Ophthalmology Neuroimmunology Immunology
    Psychiatry Radiology Neuroradiology Rehabilitation Pediatrics Urology Nursing Pharmacy
    Program Programs Clinic Department Division Service Services Research Sciences Science
    Neuro-ophthalmology Neuropsychology Psychology Surgery Neurosurgery Care Studies""".split()
)
INSTITUTION_WORDS = frozenset(
    """University College Clinic Hospital Hospitals Center Centre Institute School Health
    Foundation Medical Associates Group Partners Society Healthcare System Network
    Clinics""".split()
)
CONNECTORS = frozenset("of and & the for in at on".split())
_LEAD_IN = re.compile(r"^\s*answered\s+by\s*:?\s*", re.I)
_HONORIFIC = re.compile(r"^\s*(?:dr|doctor)\.?\s+", re.I)
_TOKEN = re.compile(r"[^\s,]+")
# A capitalised word, an initial, a nickname in parentheses or quotes, or a surname particle.
_NAME_TOKEN = re.compile(
    r"^(?:\(?[A-Z][\w'’.\-]*\)?|[A-Z]\.|\"[A-Z][\w'’.\-]*\""
    r"|de|van|von|der|di|da|la|le|del|bin|al)$"
)
_SENTENCE_END = re.compile(r"[.!?:;]$")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def _degree_key(token: str) -> str:
    return token.replace(".", "").upper()


def is_degree(token: str) -> bool:
    return _degree_key(token.strip(",;")) in DEGREES


def _is_role(token: str) -> bool:
    return token in ROLE_WORDS


@dataclass
class NameLine:
    name: str
    degrees: list[str]
    rest: str  # what follows the degrees on a flattened line
    strong: bool  # degrees, an honorific or a lead-in make it certainly a name line


def parse_name_line(line: str) -> NameLine | None:
    """Parse ``[Answered by:] [Dr.] Name [degrees] [flattened titles/institution]``."""
    text = line.strip()
    lead = bool(_LEAD_IN.match(text))
    text = _LEAD_IN.sub("", text)
    honorific = bool(_HONORIFIC.match(text))
    text = _HONORIFIC.sub("", text)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    name_tokens: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i][0]
        if is_degree(tok) or _is_role(tok) or tok in INSTITUTION_WORDS:
            break
        if not _NAME_TOKEN.match(tok):
            return None
        name_tokens.append(tok)
        i += 1
        # "Jane Q. Doe, MD": a comma after the surname ends the name.
        if text[tokens[i - 1][2] : tokens[i - 1][2] + 1] == "," and len(name_tokens) >= 2:
            break
    if not 2 <= len(name_tokens) <= 6:
        return None
    degrees: list[str] = []
    while i < len(tokens) and is_degree(tokens[i][0]):
        degrees.append(tokens[i][0].strip(",;"))
        i += 1
    rest = text[tokens[i][1] :].strip(" ,") if i < len(tokens) else ""
    if rest and not (degrees or honorific or lead):
        return None
    name = text[tokens[0][1] : tokens[len(name_tokens) - 1][2]].strip(" ,")
    return NameLine(name, degrees, rest, bool(degrees or honorific or lead))


def _starts_role_phrase(tokens: list[str], i: int) -> bool:
    tok = tokens[i]
    if tok in _TITLE_LEADS:
        return True
    if tok in _NOT_TITLE_START or not tok[:1].isupper():
        return False
    # "Medical Director", "Clinical Pharmacy Specialist", not "Medical College of Wisconsin".
    for nxt in tokens[i + 1 : i + 3]:
        if nxt in CONNECTORS:
            return False
        if nxt in ROLE_NOUNS:
            return True
    return False


def is_title(line: str) -> bool:
    return _starts_role_phrase(line.split(), 0)


def is_part_line(line: str) -> bool:
    """Could this line be a title or institution line of a signature?"""
    words = line.split()
    if not 1 <= len(words) <= 14 or "http" in line or "@" in line:
        return False
    if _SENTENCE_END.search(line) and not _INITIAL.search(line):
        return False
    if not line[0].isupper():
        return False
    # Title case: signature parts capitalise every word but connectors.
    lower = [w for w in words if w[0].islower() and w not in CONNECTORS]
    return not lower


def split_flattened(rest: str) -> list[str]:
    """Split ``Director of the X Program Professor of Y University of Z`` into its parts."""
    tokens = rest.split()
    parts: list[list[str]] = []
    in_role = False  # the current part is a role phrase
    noun_seen = False  # ... whose head noun ("Director", "Specialist") has been read
    in_object = False  # ... and we are past its "of"
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        bare_prev = prev.rstrip(",;")
        if not parts or (prev.endswith((",", ";")) and tok[0].isupper()):
            starts = True
        elif bare_prev in CONNECTORS or not tok[0].isupper():
            starts = False
        elif in_role and not in_object and (not noun_seen or tok in ROLE_NOUNS):
            starts = False  # still the head: "Clinical Pharmacy Specialist", "Medical Director"
        elif _starts_role_phrase(tokens, i):
            # Inside "of the Multiple Sclerosis Program" only a real role lead starts a part.
            starts = tok in _TITLE_LEADS or not in_object or bare_prev in OBJECT_ENDS
        elif in_role and not in_object:
            starts = True  # "Staff Neurologist | Cleveland Clinic"
        elif in_object and bare_prev in OBJECT_ENDS:
            starts = True  # "Professor of Neurology | Johns Hopkins University"
        else:
            # "... | University of California San Diego"
            starts = tok == "University" and i + 1 < len(tokens) and tokens[i + 1] == "of"
        if starts:
            parts.append([tok])
            in_role = _starts_role_phrase(tokens, i)
            noun_seen = tok in ROLE_NOUNS
            in_object = False
        else:
            parts[-1].append(tok)
            noun_seen = noun_seen or tok in ROLE_NOUNS
            if tok == "of" and in_role:
                in_object = True
    return [" ".join(p).strip(" ,;") for p in parts]


def build_expert(name_line: NameLine, part_lines: list[str]) -> Expert:
    parts: list[str] = []
    if name_line.rest:
        parts.extend(split_flattened(name_line.rest))
    for line in part_lines:
        parts.extend(split_flattened(line) if _looks_flattened(line) else [line])
    titles = [p for p in parts if is_title(p)]
    others = [p for p in parts if not is_title(p)]
    institution = ", ".join(others) if others else None
    return Expert(
        name=name_line.name,
        degrees=tuple(name_line.degrees),
        titles=tuple(titles),
        institution=institution,
    )


def _looks_flattened(line: str) -> bool:
    return len(split_flattened(line)) > 1


def find_signature(lines: list[str]) -> tuple[int, list[Expert]] | None:
    """Return (index of the signature's first line, experts) for an answer's lines, or None."""
    start: int | None = None
    idx = len(lines) - 1
    parts_since_name = 0
    while idx >= 0:
        line = lines[idx]
        name = parse_name_line(line)
        weak_ok = start is None and parts_since_name and _has_title_after(lines, idx)
        if name and (name.strong or weak_ok):
            start = idx
            parts_since_name = 0
        elif _LEAD_IN.fullmatch(line) and start == idx + 1:
            start = idx
        elif is_part_line(line) and parts_since_name < 6:
            parts_since_name += 1
        else:
            break
        idx -= 1
    if start is None:
        return None
    experts: list[Expert] = []
    current: NameLine | None = None
    parts: list[str] = []
    for line in lines[start:]:
        if _LEAD_IN.fullmatch(line):
            continue
        name = parse_name_line(line)
        if name and (name.strong or current is None):
            if current:
                experts.append(build_expert(current, parts))
            current, parts = name, []
        else:
            parts.append(line)
    if current:
        experts.append(build_expert(current, parts))
    return start, experts


def _has_title_after(lines: list[str], idx: int) -> bool:
    return idx + 1 < len(lines) and is_title(lines[idx + 1])
