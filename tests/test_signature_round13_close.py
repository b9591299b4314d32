"""Round 13: endings that begin with a closing.

Forms from the development sets 17-19 (tests/data/signature_eval_cases_17/18/19.json), written
here with invented people, practices and sentences:

- a closing phrase alone on its line that runs to its comma, then a first name alone ("With
  love and light," / "Name"): a static-site blog post,
  https://github.com/goldpointecoa/doula/blob/2348f544b62bcb798a5b6f4745ced70ad116da0c/content/blog/2025-01-01-welcome-to-my-blog.md
- closings glued to the name, no space or a mark only ("Warmly,Name", "Be well.Name K. Last,
  DBH", "Best wishesName Last MA LPCC", "Kindly-name last M.A.", "Peace - name",
  "Sincerely, Name~Practice Counseling"), on a line of their own or run on after the answer's
  last sentence; a tilde sign-off with a bracket of web addresses ("~Name (www.a and www.b)")
  and a negative, a quotation's author after a tilde: CounselChat answers,
  https://github.com/nbertagnolli/counsel-chat/blob/e202e19c5002482f4f6631af754c276dd9adf7f2/data/20200325_counsel_chat.csv
- an Irish letters page's "– Yours, etc," (run on or on its own line) over "Dr NAME," and
  the writer's address lines (a townland, "Co County."):
  https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/opinion/letters/2024/04/09/a-shortage-of-doctors
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.find import run_on_closing, strip_lead_in, unglued
from msqa_scraper.extract.signature.vocabulary import vocabulary

PROSE = "Rest on the hard days and pace the good ones, as most people with MS learn to do."


def read(*lines: str, prose: str = PROSE, own_paragraph: bool = True):
    sig = [SigLine(t, para_start=own_paragraph and i == 0) for i, t in enumerate(lines)]
    return attribute([SigLine(prose, para_start=True), *sig])


def kept_whole(a, n_lines: int) -> bool:
    """Nothing left the answer (every line stays: no expert, no cut)."""
    return a.experts == [] and (a.start is None or a.start >= n_lines)


# -- a closing that runs to its comma ----------------------------------------------------------
@pytest.mark.parametrize(
    "closing", ["With love and light,", "With peace and gratitude,", "In hope and friendship,"]
)
def test_a_closing_phrase_to_its_comma_over_a_first_name(closing):  # set 17 a01
    a = read(closing, "Sigrun")
    assert a.experts == [E("Sigrun")]
    assert a.start == 1  # the closing leaves with the name


# -- closings glued to the name ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Warmly,Ingrid", E("Ingrid")),  # set 18 b06
        ("Warm regards,Pavel Oduya, M.S., LMHC", E("Pavel Oduya", ["M.S.", "LMHC"])),  # b05
        ("Be well.Nadia R. Quist, DBH, LPCC, NCC", E("Nadia R. Quist", ["DBH", "LPCC", "NCC"])),
        ("Best wishesHelga Mortensen MA LPCC", E("Helga Mortensen", ["MA", "LPCC"])),  # b11
        ("Kindly-anton vidal M.A.", E("anton vidal", ["M.A."])),  # b09: as written
        ("Peace - anton", E("anton")),  # b08: lower case after a spaced dash
        (
            "Sincerely, Ines~Quiet Harbour Counselling",
            E("Ines", institution="Quiet Harbour Counselling"),
        ),
    ],
)
def test_a_closing_glued_to_the_name_on_its_own_line(line, want):  # set 18
    a = read(line)
    assert a.experts == [want]
    assert a.start == 1 and a.raw == line  # the line leaves whole, as written


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("Warmly,Ingrid", "Ingrid"),
        ("Warm regards,Pavel Oduya, M.S., LMHC", "Pavel Oduya"),
        ("Be well.Nadia R. Quist, DBH, LPCC, NCC", "Nadia R. Quist"),
        ("Best wishesHelga Mortensen MA LPCC", "Helga Mortensen"),
        ("Sincerely, Ines~Quiet Harbour Counselling", "Ines"),
        ("– Yours, etc, Dr MAEVE DALY, Cill Rois, Co Chiarrai.", "MAEVE DALY"),
    ],
)
def test_a_closing_run_on_after_the_last_sentence(tail, name):  # set 18 inline, set 19 c01
    a = attribute([SigLine(f"{PROSE} {tail}", True)])
    assert [e.name for e in a.experts] == [name]
    assert a.head == PROSE  # the prose stays, the sign-off leaves


def test_run_on_closing_takes_the_first_stop_whose_tail_closes():
    v = vocabulary()
    # "Nadia R. Quist": an initial's stop is no sentence's end
    line = "Hope this helps. Be well.Nadia R. Quist, DBH"
    assert run_on_closing(line, v) == ("Hope this helps.", "Be well.Nadia R. Quist, DBH")
    assert run_on_closing("Hope this helps. Best of all, rest when you can.", v) is None


@pytest.mark.parametrize(
    "line",
    [
        "TakeCare",  # one closing written as one word
        "CareCorner",  # a column's name in camel case
        "Kindly-note the time",  # a lower-case sentence after the dash
        "Peace - see you soon",
        "Best wishes to everyone",
    ],
)
def test_a_closing_glued_to_no_name_is_not_cut(line):
    v = vocabulary()
    got = unglued([SigLine(line, para_start=True)], v)
    assert got is None or all(x.text.split()[0] not in ("Corner", "Care") for x in got[0])
    a = read(line)
    assert kept_whole(a, 2)


# -- a letters page: "– Yours, etc," / "Dr NAME," / the address ---------------------------------
def test_a_dashed_letters_closing_is_a_lead_in_line():
    v = vocabulary()
    for line in ("– Yours, etc,", "- Yours etc.,", "Yours, etc,"):
        assert strip_lead_in(line, v) == (line, "")


def test_a_letters_page_closing_over_the_name_and_the_address():  # set 19 c01
    a = read("– Yours, etc,", "Dr CAOIMHE NI BHRIAIN,", "Gort na Mona,", "Co Luimnigh.")
    assert a.experts == [E("CAOIMHE NI BHRIAIN", place="Gort na Mona, Co Luimnigh")]
    assert a.start == 1  # the closing leaves with the block


def test_a_known_employer_under_a_closing_stays_the_institution():
    a = read("Sincerely,", "Dr Aoife Brennan,", "Riverbend Clinic,", "Co. Kerry.")
    assert a.experts[0].institution == "Riverbend Clinic"


def test_a_long_role_line_under_a_closing_is_no_address():  # set 15 n24
    a = read(
        "Yours sincerely,",
        "Priya Raman",
        "Care Navigator/ Outreach and Support Navigator",
        "Team BRIDGE",
    )
    assert a.experts[0].place != "Care Navigator/ Outreach and Support Navigator, Team BRIDGE"


# -- tilde sign-offs ---------------------------------------------------------------------------
def test_a_tilde_first_name_with_a_bracket_of_web_addresses():  # set 18 b03
    line = "~Anton (www.AntonLCSW.example.com and www.OpenDoors.example.com)"
    a = read(line)
    assert a.experts == [E("Anton")]
    assert a.start == 1
    run = attribute([SigLine(f"{PROSE} {line}", True)])
    assert run.experts == [E("Anton")] and run.head == PROSE


def test_a_bracket_that_is_no_address_list_is_not_cut():
    v = vocabulary()
    assert unglued([SigLine("~Anton (Barts MS)", para_start=True)], v) is None


@pytest.mark.parametrize(
    "quote",
    [
        '"We heal when we are seen and heard without judgment."',
        "“Courage is a quiet voice at the end of the day.”",
        'As a poet once wrote, "rest is part of the work."',
    ],
)
def test_a_name_under_a_quotation_is_its_author_not_a_signer(quote):  # set 18 b12 (negative)
    a = read(quote, "~Clarissa Holmwood")
    assert kept_whole(a, 3)
    run = attribute([SigLine(PROSE, True), SigLine(f"{quote} ~Clarissa Holmwood", True)])
    assert run.experts == [] and run.head is None


def test_a_credentialled_signer_under_a_quotation_still_signs():
    a = read('"Rest is part of the work."', "~ Dr Clarissa Holmwood, MD")
    assert [e.name for e in a.experts] == ["Clarissa Holmwood"]


# -- never invent: a closing over a line that is no name ----------------------------------------
CLOSINGS = [
    "Warmly,",
    "Warm regards,",
    "Best wishes",
    "Be well.",
    "Sincerely,",
    "– Yours, etc,",
    "With love and light,",
    "Peace -",
    "Kindly-",
    "Take care,",
]
NOT_NAMES = [
    "see you at the next clinic",
    "Remember to rest.",
    "The National MS Society has helpful fact sheets on this topic.",
    "Your MS Center can help.",
    "University clinics run trials too.",
    "and keep a symptom diary",
]


@settings(max_examples=120, deadline=None)
@given(
    closing=st.sampled_from(CLOSINGS),
    rest=st.sampled_from(NOT_NAMES),
    glue=st.sampled_from(["", " ", "\n"]),
    run_on=st.booleans(),
)
def test_a_closing_over_no_name_invents_no_one_and_loses_no_text(closing, rest, glue, run_on):
    parts = [closing, rest] if glue == "\n" else [f"{closing}{glue}{rest}"]
    if run_on:
        lines = [SigLine(f"{PROSE} {parts[0]}", True), *(SigLine(p, False) for p in parts[1:])]
    else:
        lines = [SigLine(PROSE, True), *(SigLine(p, i == 0) for i, p in enumerate(parts))]
    a = attribute(lines)
    assert a.experts == []
    assert a.start is None  # every line stays in the answer


GIVEN = ["Ingrid", "Pavel", "Nadia", "Helga", "Anton", "Marisol", "Anton", "Ines"]
SURNAMES = ["Oduya", "Mortensen", "Quist", "Vidal", "Okafor", "Lindgren"]


@settings(max_examples=120, deadline=None)
@given(
    closing=st.sampled_from(["Warmly,", "Warm regards,", "Best wishes", "Sincerely,", "Be well."]),
    given_name=st.sampled_from(GIVEN),
    surname=st.sampled_from(["", *SURNAMES]),
    creds=st.sampled_from(["", ", LMHC", " MA LPCC", ", M.S., LMHC"]),
    glued=st.booleans(),
    run_on=st.booleans(),
)
def test_a_closing_glued_or_spaced_over_a_name_reads_the_name(
    closing, given_name, surname, creds, glued, run_on
):
    name = f"{given_name} {surname}".strip()
    if not surname and creds:
        creds = ""  # a first name alone carries no credentials in these forms
    gap = "" if glued else " "
    if closing == "Best wishes" and not glued:
        gap = ", "
    tail = f"{closing}{gap}{name}{creds}"
    if run_on:
        a = attribute([SigLine(f"{PROSE} {tail}", True)])
        assert a.head == PROSE
    else:
        a = read(tail)
        assert a.start == 1
    assert [e.name for e in a.experts] == [name]


def test_the_finder_reads_a_run_on_closing_itself():  # set 18 b05, b09 (inline)
    # the finder's own reading (the grammar reads a plain run-on too, not one with an address)
    from msqa_scraper.extract.signature.find import find_signature

    got = find_signature([SigLine(f"{PROSE} Warm regards,Pavel Oduya, M.S., LMHC", True)])
    assert got is not None and got.accepted and got.tail_split == PROSE
    assert [e.name for e in got.experts] == ["Pavel Oduya"]
    line = f"{PROSE} Kindly-anton vidal M.A.  antonvidalcounseling.example.com"
    a = attribute([SigLine(line, True)])
    assert [(e.name.casefold(), e.degrees) for e in a.experts] == [("anton vidal", ("M.A.",))]
    assert a.head == PROSE


# -- place lines: a Canadian paper's province abbreviations -----------------------------------
@pytest.mark.parametrize("province", ["Alta.", "Man.", "Ont.", "Que.", "Sask.", "Nfld.", "P.E.I."])
def test_a_dash_sign_off_over_a_town_and_its_abbreviated_province(province):
    # set 19 c20 (https://canadian-nurse.com/en/articles/issues/2017/january-february-2017/feedback)
    # and c06 (https://www.theglobeandmail.com/opinion/letters/): "Town, Prov." under the name
    a = read("– Wenna Halvorsen, RN, BSN", f"Lakeview, {province}")
    assert a.experts == [E("Wenna Halvorsen", ["RN", "BSN"], place=f"Lakeview, {province}")]
    assert a.start == 1
