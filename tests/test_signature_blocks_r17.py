"""Round 17: signature blocks under an answer that the rules misread (mostly English).

Each test names the form's set/case id and the kind of site it was seen on; the content is
invented, the form is real.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import found

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def people(a) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.degrees) for e in a.experts]


# -- a stack of credit lines flattened into one paragraph --------------------------------------
# set 26 o08, a patient association's magazine: 'By A' / 'Edited by B' / 'Reviewed by C, MD'
# under the article, its line breaks lost ('flat').
def test_a_flattened_credit_stack_is_every_credited_person():
    a = found(
        "By Tobias Renwick Edited by Ilse Marchetti Dunne Reviewed by Harriet O. Penhallow, MD",
        prose=PROSE,
    )
    assert people(a) == [
        ("Tobias Renwick", ()),
        ("Ilse Marchetti Dunne", ()),
        ("Harriet O. Penhallow", ("MD",)),
    ]
    assert a.start == len(PROSE)


def test_a_lowercase_credit_inside_a_line_is_no_cut():
    # 'and reviewed by' in a sentence's middle is the sentence's: no stack, no second person
    a = found("By Tobias Renwick and reviewed by our panel", prose=PROSE)
    assert [e.name for e in a.experts] != ["Tobias Renwick", "our panel"]


NAMES = st.sampled_from(
    ["Tobias Renwick", "Ilse Marchetti Dunne", "Harriet O. Penhallow", "Kwame Asante", "Lena Vogt"]
)
LEADS = st.sampled_from(["By", "Written by", "Edited by", "Reviewed by", "Medically reviewed by"])
CONTAINERS = st.sampled_from(["lines", "flat"])


@st.composite
def credit_stacks(draw) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    names = draw(st.lists(NAMES, min_size=2, max_size=3, unique=True))
    leads = draw(st.lists(LEADS, min_size=len(names), max_size=len(names), unique=True))
    # "By" alone opens only the stack's first line (inside a line it is a sentence's word)
    if "By" in leads[1:]:
        leads.remove("By")
        leads.insert(0, "By")
    degrees = draw(st.sampled_from([(), ("MD",), ("MD", "PhD"), ("RN",)]))
    lines, want = [], []
    for i, (lead, name) in enumerate(zip(leads, names, strict=True)):
        own = degrees if i == len(names) - 1 else ()
        lines.append(", ".join((f"{lead} {name}", *own)))
        want.append((name, own))
    return lines, want


@settings(max_examples=80, deadline=None)
@given(credit_stacks(), CONTAINERS)
def test_a_credit_stack_parses_back_to_its_people_in_every_container(case, container):
    lines, want = case
    block = lines if container == "lines" else [" ".join(lines)]
    a = found(*block, prose=PROSE)
    assert people(a) == want
    assert a.start == len(PROSE)
