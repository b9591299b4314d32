"""A letter's sign-off: a bare name on its own line after the answer's prose, no credentials.

Forms seen on public MS pages (sources in tests/data/signature_eval_cases_2.json; written here
with invented people): a research-staff line with the name only, an editor's letter signed with
the name and a role line, a support group's name / role / foundation lines, a letter to the
editor signed with a "Thank you," line and the name, the name and the writer's town on one line
or two, a branch chairman's "Chairman, X Branch" line.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine, vocabulary

PROSE = "We will call you when the next study visit is scheduled."


def parse(*lines, prose=PROSE):
    sig = [SigLine(t, para_start=i == 0) for i, t in enumerate(lines)]
    return attribute([SigLine(prose, para_start=True), *sig])


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Oriel Vandamme"], [E("Oriel Vandamme")]),
        (
            ["Konrad J. Plessis", "Executive Director"],
            [E("Konrad J. Plessis", (), ["Executive Director"])],
        ),
        (
            ["Runa Abelard", "Support Group Coordinator", "Gulf Multiple Sclerosis Foundation"],
            [
                E(
                    "Runa Abelard",
                    (),
                    ["Support Group Coordinator"],
                    "Gulf Multiple Sclerosis Foundation",
                )
            ],
        ),
        (
            ["Ewan Tolland", "Chairman, Ashby & Kirkmoor Branch"],
            [E("Ewan Tolland", (), ["Chairman"], "Ashby & Kirkmoor Branch")],
        ),
        (["Thank you,", "Delphine Okoro"], [E("Delphine Okoro")]),
        (["Sincerely,", "Delphine Okoro"], [E("Delphine Okoro")]),
        (["Marit Solberg", "Stowe"], [E("Marit Solberg", place="Stowe")]),
        (["Marit Solberg, Fergus Falls"], [E("Marit Solberg", place="Fergus Falls")]),
    ],
)
def test_a_bare_name_after_the_prose_signs_the_letter(lines, want):
    found = parse(*lines)
    assert found.experts == want
    assert found.start == 1


@pytest.mark.parametrize(
    "line",
    [
        "Further Reading",
        "Stay Strong",
        "Related Posts",
        "Contact Us",
        "Multiple Sclerosis",
        "God Bless",
    ],
)
def test_a_heading_or_a_call_to_action_is_no_bare_name(line):
    found = parse(line)
    assert found.experts == [] and found.start is None


def test_a_bare_name_needs_the_prose_to_have_ended():
    # After a line with no final stop (a heading, a caption) a bare name is not a sign-off.
    found = parse("Oriel Vandamme", prose="Our study team")
    assert found.experts == [] and found.start is None


def test_a_closing_without_its_comma_stays_in_the_answer():
    found = parse("Best wishes", "Delphine Okoro, MD")
    assert found.experts == [E("Delphine Okoro", ["MD"])]
    assert found.start == 2  # "Best wishes" is the answer's last line


GIVEN = ["Oriel", "Zoë", "Kwame", "Begoña", "Søren", "LaToya", "Mei"]
FAMILY = ["Vandamme", "Okafor", "Ruiz-Peña", "Lindqvist", "O'Brien", "McAllister"]
ROLES = ["Executive Director", "Support Group Coordinator", "Chairman", "President"]
ORGS = ["Gulf Multiple Sclerosis Foundation", "Ashby Branch", "Harbour Clinic"]
TOWNS = ["Stowe", "Albert Lea", "Waitsfield"]


@settings(deadline=None, max_examples=60)
@given(
    name=st.builds(
        lambda g, m, f: f"{g} {m}{f}",
        st.sampled_from(GIVEN),
        st.sampled_from(["", "P. "]),
        st.sampled_from(FAMILY),
    ),
    closing=st.sampled_from(["", "Thank you,", "Sincerely,", "With best wishes,"]),
    role=st.none() | st.sampled_from(ROLES),
    org=st.none() | st.sampled_from(ORGS),
    town=st.none() | st.sampled_from(TOWNS),
)
def test_letter_sign_offs_parse_back(name, closing, role, org, town):
    if town and (role or org):
        town = None  # a town follows a bare name only
    lines = [
        *([closing] if closing else []),
        name,
        *([role] if role else []),
        *([org] if org else []),
    ]
    if town:
        lines.append(town)
    found = parse(*lines)
    assert found.experts == [E(name, (), [role] if role else [], org, town)]
    assert found.start == 1


@settings(deadline=None, max_examples=40)
@given(
    st.lists(
        # Words that open a label or a lead-in ("Author", "With") are read as such, not as names.
        st.sampled_from(
            sorted(
                vocabulary().not_name_words - vocabulary().label_words - vocabulary().lead_in_words
            )
        ),
        min_size=2,
        max_size=3,
    )
)
def test_words_of_the_not_name_class_never_make_a_bare_name(words):
    found = parse(" ".join(w.capitalize() for w in words))
    assert found.experts == [] and found.start is None


def test_a_town_read_twice_is_read_the_same():
    # Parses are cached: reading the town must not change the cached parse for the next answer.
    first = parse("Marit Solberg, Fergus Falls").experts
    assert (
        parse("Marit Solberg, Fergus Falls").experts
        == first
        == [E("Marit Solberg", place="Fergus Falls")]
    )
    assert parse("Marit Solberg", "Fergus Falls").experts == first


@pytest.mark.parametrize(
    "copy",
    [["cc Harbour Clinic"], ["cc: Dr. Ilse Brandt", "Harbour Clinic"], ["CC My neurologist"]],
)
def test_copy_lines_under_a_letter_leave_the_answer_and_are_no_expert(copy):
    found = parse("Delphine Okoro", *copy)
    assert found.experts == [E("Delphine Okoro")]
    assert found.start == 1
    assert found.raw == "\n".join(["Delphine Okoro", *copy])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Konrad J. Plessis Executive Director",
            E("Konrad J. Plessis", (), ["Executive Director"]),
        ),
        ("Thank you, Delphine Okoro", E("Delphine Okoro")),
        ("With kind regards, Delphine Okoro", E("Delphine Okoro")),
    ],
)
def test_a_letters_sign_off_run_on_one_line(line, want):
    found = parse(line)
    assert found.experts == [want]
    assert found.start == 1


def test_a_run_on_name_needs_every_word_read():
    # Words after the role that no class reads: not a sign-off this parser can vouch for.
    assert parse("Konrad Plessis Executive Director Pellworth Kestrelby Zannor").experts == []


def test_words_in_lower_case_after_a_bare_name_are_no_town():
    # "Valley Courier, by Dale Ostrowski": a credit (test_signature_dates), not a name and town.
    assert parse("Harbour Courier, by Oriel Vandamme").experts == [
        E("Oriel Vandamme", institution="Harbour Courier")
    ]
    assert parse("Harbour Courier, lower case words").experts == []


def test_a_contact_details_line_under_a_sign_off_leaves_the_answer():
    found = parse("Dr. Oriel Vandamme, Neurologist", "Contact details: Ph. +61 (0) 400 000 000")
    assert found.experts == [E("Oriel Vandamme", (), ["Neurologist"])]
    assert found.start == 1
