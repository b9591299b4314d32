"""Find and parse the expert signature at the end of an answer.

The parser lives in ``msqa_scraper.extract.signature`` (a scored choice of where the signature
starts, a scored segmentation of its parts, vocabularies in a data file, names read by
``nameparser``, corrections from the curation file); this module is what the rest of the
extractor calls.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from msqa_scraper.extract.signature.mention import read_mention

MENTIONED = "expert read from a sentence of the answer (the sentence stays in the answer)"


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
        return Attribution(said.experts, None, None, said.raw, said.confidence, MENTIONED)
    # A last reader, learned from the labelled forms (signature/learned.py): only when the rules
    # have no candidate at all (an unsure block stays unsure) and above its threshold
    if found is None and learned.enabled() and (read := learned.read_learned(lines)) is not None:
        found = read
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
    experts = curated.fix_names(found.experts)
    return Attribution(experts, found.start, found.tail_split, found.raw, found.confidence, None)


def experts_of_lines(lines: list[str]) -> list[Expert]:
    """The experts a plain list of lines ends with ([] when unsure): for tests and tools."""
    return attribute([SigLine(line) for line in lines]).experts
