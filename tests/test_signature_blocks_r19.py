"""Round 19: signature blocks rendered after the answer that the rules misread.

Each test names the form's set/case id and the kind of site it was seen on; the content is
invented, the form is real.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import found

from msqa_scraper.extract.records import Expert

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def people(experts: list[Expert]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.degrees) for e in experts]


# -- a rule drawn under a block whose paragraph lost its line breaks ---------------------------
# set 28 oc35, a brain-health company's blog archive: 'Contributed by: Name, Role, Company' and a
# rule of underscores under it, one paragraph ('flat').
def test_a_rule_under_a_flattened_block_is_no_part_of_the_institution():
    a = found(
        " ".join([*PROSE, "Contributed by: Ottilie Varga, President, Lumen Neuro Holdings ____"]),
        prose=[],
    )
    assert [(e.name, e.titles, e.institution) for e in a.experts] == [
        ("Ottilie Varga", ("President",), "Lumen Neuro Holdings")
    ]


RULES = st.sampled_from(["____", "________________", "-----", "=====", "-" * 30])


@settings(max_examples=40, deadline=None)
@given(RULES)
def test_a_rule_of_any_length_ends_a_flattened_block(rule):
    a = found(
        " ".join(
            [*PROSE, f"Contributed by: Ottilie Varga, President, Lumen Neuro Holdings {rule}"]
        ),
        prose=[],
    )
    assert [e.institution for e in a.experts] == ["Lumen Neuro Holdings"]


# -- a contact opener run on after the names --------------------------------------------------
# set 29 od01, a syndicated two-doctor newspaper column: '— A, M.D., MBA; and B, M.D. Send
# questions to <address>' on one line under the answer.
def test_a_contact_opener_after_two_names_is_no_institution():
    a = found(
        "— Cordelia Ashworth, M.D., MBA; and Ingrid Maalouf, M.D. Send questions to doc@example.com",
        prose=PROSE,
    )
    assert people(a.experts) == [
        ("Cordelia Ashworth", ("M.D.", "MBA")),
        ("Ingrid Maalouf", ("M.D.",)),
    ]
    assert [e.institution for e in a.experts] == [None, None]


OPENERS = st.sampled_from(["Send questions to", "Send your questions to", "Write to"])


@settings(max_examples=30, deadline=None)
@given(OPENERS)
def test_every_contact_opener_leaves_the_expert(opener):
    a = found(f"— Ingrid Maalouf, M.D. {opener} askdoc@example.com", prose=PROSE)
    assert [(e.name, e.institution) for e in a.experts] == [("Ingrid Maalouf", None)]
