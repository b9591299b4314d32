"""A letters page's kicker ('Letter to the Editor') beside the writer's block is no title.

Real form: a state paper's letters page sets the writer's block 'First M Last, RDN, LD, Town'
with a 'Letter to the Editor' label line under it (set 21 e23:
https://www.desmoinesregister.com/story/opinion/columnists/iowa-view/2015/07/14/dietetics-board/30120761/).
The label was stored as the writer's title; it is page furniture (data/field_types.txt
[furniture]). The names are invented.
"""

from __future__ import annotations

import pytest

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine

PROSE = "Fatigue in MS often improves with pacing, so talk to your team about it."


@pytest.mark.parametrize("kicker", ["Letter to the Editor", "Letters to the Editor"])
def test_the_kicker_is_no_title(kicker: str) -> None:
    lines = [SigLine(PROSE, False, True), SigLine("Colm T Ravel, RDN, LD", False, True)]
    lines.append(SigLine(kicker, False, True))
    [expert] = attribute(lines).experts
    assert (expert.name, expert.degrees, expert.titles) == ("Colm T Ravel", ("RDN", "LD"), ())
