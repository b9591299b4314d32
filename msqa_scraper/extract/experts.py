"""Find and parse the expert signature at the end of an answer.

The parser lives in ``msqa_scraper.extract.signature`` (a scored choice of where the signature
starts, a scored segmentation of its parts, vocabularies in a data file, names read by
``nameparser``, corrections from the curation file); this module is what the rest of the
extractor calls.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import (
    Curation,
    SigLine,
    Signature,
    curation,
    find_signature,
    learned,
)
from msqa_scraper.extract.signature.compose import (
    compose_signature,
    names_no_one,
    second_opinion,
)
from msqa_scraper.extract.signature.find import post_signature_tail, quoted_attribution
from msqa_scraper.extract.signature.given_names import name_lists
from msqa_scraper.extract.signature.mention import read_mention
from msqa_scraper.extract.signature.vocabulary import vocabulary

MENTIONED = "expert read from a sentence of the answer (the sentence stays in the answer)"
REPORTED = (
    "expert read from a quotation's attribution (signature/mention.py): the sentence stays in"
    " the answer"
)
LEARNED = "expert read by the learned reader (signature/learned.py): no rule read this block"


@dataclass
class Attribution:
    """What the end of an answer says about who wrote it."""

    experts: list[Expert]
    start: int | None  # first signature line, when the block leaves the answer
    head: str | None  # the kept text of a line the block began in the middle of
    raw: str | None
    confidence: float | None
    problem: str | None


def attribute(lines: list[SigLine], curated: Curation | None = None) -> Attribution:
    """Experts for an answer's lines; the block leaves the answer only when it is sure."""
    curated = curated or curation()
    got = _attribute(lines, curated)
    if got.experts or got.problem == QUOTED:
        return got
    # Page furniture under the block ("Learn more", "Back to top", a magazine's disclaimer)
    # hides it from the second readers too (the grammar, the mention reader, the learned
    # reader, which read the answer's last lines): they read the lines above the tail again.
    tail, keep = post_signature_tail(lines, vocabulary())
    if not tail:
        return got
    above = _attribute(lines[:-tail], curated)
    if not above.experts or above.problem in (MENTIONED, REPORTED):
        return got  # a sentence above the tail is the answer's, not its last
    if keep or above.start is None:
        return replace(above, start=None, head=None)  # a sentence in the tail: all stays
    return above  # the block and its tail leave the answer (qa.py cuts at ``start``)


def _attribute(lines: list[SigLine], curated: Curation) -> Attribution:
    found: Signature | None = find_signature(lines)
    if found is None or (not found.accepted and curated.for_block(found.raw) is None):
        # A second opinion: the last lines read as a grammar of parts (only a confident reading).
        found = compose_signature(lines) or found
    elif found.accepted:
        # An accepted block can still hold a part only the grammar knows ("Image removed." over
        # it, "Doctor's Name" in the name, a bare town read as an institution): a cheap test
        # first, then the reader's block when it names the same experts.
        found = second_opinion(lines, found)
    unsigned = found is None or (not found.accepted and curated.for_block(found.raw) is None)
    # A third reader: an expert named in the answer's last sentence, which stays (mention.py)
    if unsigned and (said := read_mention(lines)) is not None:
        note = REPORTED if said.frame == "reported" else MENTIONED
        return Attribution(said.experts, None, None, said.raw, said.confidence, note)
    # A last reader, learned from the labelled forms (signature/learned.py): only when the rules
    # have no candidate at all (an unsure block stays unsure) and above its threshold
    by_model = False
    if found is None and learned.enabled() and (read := learned.read_learned(lines)) is not None:
        found, by_model = read, True
    if found is None:
        return Attribution([], None, None, None, None, "no expert signature found")
    fixed = curated.for_block(found.raw)
    if fixed is not None:
        return Attribution(list(fixed), found.start, found.tail_split, found.raw, 1.0, None)
    # "-- Traverse City, Mich.", "Older Posts Read More": a dateline or page furniture read as a
    # person stays in the answer, as an unsure block does
    if not found.accepted or names_no_one(found):
        return Attribution(
            [],
            None,
            None,
            found.raw,
            found.confidence,
            f"signature left in the answer: unsure (confidence {found.confidence:.2f})",
        )
    # '"We heal when we are seen." / ~Name': the quotation's author, not the answer's signer
    if quoted_attribution(lines, found, vocabulary()):
        return Attribution([], None, None, found.raw, found.confidence, QUOTED)
    experts = one_each([without_furniture(e) for e in curated.fix_names(found.experts)])
    # a reading only the model made is marked, so it can be found and reviewed
    note = LEARNED if by_model else None
    return Attribution(experts, found.start, found.tail_split, found.raw, found.confidence, note)


QUOTED = "signature left in the answer: the source of the quotation above it, not its signer"


def _same_person(a: Expert, b: Expert) -> bool:
    return " ".join(a.name.casefold().split()) == " ".join(b.name.casefold().split())


def one_each(experts: list[Expert]) -> list[Expert]:
    """The same name twice in one block (an author box over the byline: "Dr. Name" / "Dr. Name")
    is one expert: the first with what a later one adds (credentials and titles it lacks, an
    institution or place where it has none)."""
    out: list[Expert] = []
    for e in experts:
        # "Name, PT, PhD, President" / "President, Association": a role the next line repeats
        # before its organisation is one title
        titles = tuple({t.casefold(): t for t in reversed(e.titles)}.values())[::-1]
        e = e if len(titles) == len(e.titles) else replace(e, titles=titles)
        at = next((i for i, x in enumerate(out) if _same_person(x, e)), None)
        if at is None:
            out.append(e)
            continue
        first = out[at]
        out[at] = replace(
            first,
            degrees=(*first.degrees, *(d for d in e.degrees if d not in first.degrees)),
            titles=(*first.titles, *(t for t in e.titles if t not in first.titles)),
            institution=first.institution or e.institution,
            place=first.place or e.place,
        )
    return out


def experts_of_lines(lines: list[str]) -> list[Expert]:
    """The experts a plain list of lines ends with ([] when unsure): for tests and tools."""
    return attribute([SigLine(line) for line in lines]).experts


@cache
def _furniture() -> tuple[frozenset[str], int]:
    """The name lists' page furniture of two words or more ("leave a reply", "older posts"), as
    words joined by one space, and the most words any has. One word ("Home", "Share") is as
    often an organisation's own word, so it stays."""
    phrases = frozenset(" ".join(_words(x)) for x in name_lists().furniture if len(_words(x)) > 1)
    return phrases, max(len(x.split()) for x in phrases)


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(".,;:!?|()[]") for w in text.casefold().split()) if w]


@lru_cache(maxsize=4096)  # an expert's institution and titles recur post after post
def _before_furniture(part: str) -> str:
    """The part up to the first phrase of page furniture in it ("Northgate Clinic Leave a
    Reply" -> "Northgate Clinic"); the part whole when it holds none."""
    phrases, longest = _furniture()
    raw = part.split()
    words = [w.casefold().strip(".,;:!?|()[]") for w in raw]
    for at in range(len(words)):
        for stop in range(at + 2, min(at + longest, len(words)) + 1):
            if " ".join(words[at:stop]) in phrases:
                return " ".join(raw[:at]).rstrip(" ,;:|-–—")
    return part


def without_furniture(e: Expert) -> Expert:
    """An expert with no page furniture in an institution, place or title: a flat page runs
    its links into the signature's last part ("Name, MD, Neurologist" / "Leave a Reply" read
    as the institution "Leave a Reply"). The furniture and what follows it are no part of the
    expert (the raw block keeps them)."""
    institution = _before_furniture(e.institution) if e.institution else e.institution
    place = _before_furniture(e.place) if e.place else e.place
    titles = tuple(t for t in (_before_furniture(t) for t in e.titles) if t)
    if (institution, place, titles) == (e.institution, e.place, e.titles):
        return e
    return replace(e, institution=institution or None, place=place or None, titles=titles)
