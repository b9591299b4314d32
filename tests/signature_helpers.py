"""What the signature tests share: an expert written briefly, a block parsed, an answer read."""

from __future__ import annotations

from collections.abc import Iterable

from msqa_scraper.extract.experts import Attribution, attribute
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.segment import parse_block


def E(
    name: str,
    degrees: Iterable[str] = (),
    titles: Iterable[str] = (),
    institution: str | None = None,
    place: str | None = None,
) -> Expert:
    return Expert(name, tuple(degrees), tuple(titles), institution, place)


def parsed(*lines: str, listed: bool = False) -> list[Expert]:
    """The experts ``parse_block`` reads in a signature block."""
    return [e.to_expert() for e in parse_block(list(lines), listed=listed)]


def found(*lines: str, prose: Iterable[str], own_paragraph: bool = True) -> Attribution:
    """The attribution of an answer: the prose lines, then ``lines`` (the first its own para)."""
    head = [SigLine(p, para_start=True) for p in prose]
    sig = [SigLine(t, para_start=own_paragraph and i == 0) for i, t in enumerate(lines)]
    return attribute([*head, *sig])
