"""Round 17: signature blocks under an answer that the rules misread (mostly English).

Each test names the form's set/case id and the kind of site it was seen on; the content is
invented, the form is real.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import found

from msqa_scraper.extract.signature import SigLine, find_signature

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


def people(a) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.degrees) for e in a.experts]


def ruled(*lines: str, prose: list[str]) -> list[str]:
    """The names the rules alone read (no second opinion, no learned reader)."""
    head = [SigLine(p, para_start=True) for p in prose]
    sig = [SigLine(t, para_start=i == 0) for i, t in enumerate(lines)]
    got = find_signature([*head, *sig])
    return [e.name for e in got.experts] if got is not None and got.accepted else []


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


# -- a dash or a bullet before a person is a sign-off's mark, not a list item -------------------
LETTER = ["I came back from the conference full of ideas and will share them soon."]


# set 10 m16 (a patient society's newsletter): '- Name' on its own line under the letter
def test_a_dashed_name_under_the_prose_is_its_signer():
    a = found("- Doreen Falzon", prose=LETTER)
    assert people(a) == [("Doreen Falzon", ())]
    assert a.start == len(LETTER)
    assert ruled("- Doreen Falzon", prose=LETTER) == ["Doreen Falzon"]  # not the learned reader


# set 10 m16 inline: the same dash sign-off run on after the letter's last sentence
def test_a_dashed_name_after_the_last_sentence_is_its_signer():
    a = found("I will share them soon. - Doreen Falzon", prose=[], own_paragraph=True)
    assert people(a) == [("Doreen Falzon", ())]
    assert a.head == "I will share them soon."


# set 27 ob41 (a health blog's byline box): '- Name' / '- 2 days ago' / '- 4 min read'
def test_a_dashed_byline_over_its_dashed_metadata():
    a = found("- Delia Rolle-Armitage", "- 2 days ago", "- 4 min read", prose=PROSE)
    assert people(a) == [("Delia Rolle-Armitage", ())]
    assert a.start == len(PROSE)
    assert ruled("- Delia Rolle-Armitage", "- 2 days ago", prose=PROSE) == ["Delia Rolle-Armitage"]


# set 8 u05 (a professional body's letters page): '• Name, Body Role' closing the letter
def test_a_bulleted_signer_with_a_role():
    a = found("• Imelda Varga, RSPT Director of Clinical Standards", prose=PROSE)
    assert [e.name for e in a.experts] == ["Imelda Varga"]
    assert a.experts[0].titles == ("Director of Clinical Standards",)


def test_a_list_of_things_stays_in_the_answer():
    # a given name opening the last item of a list of things is no signer
    a = found("Ask about:", "- Regular exercise", "- Anne Frank House", prose=PROSE)
    assert a.experts == []
    assert a.start is None
    a = found("Things that help:", "- Rest", "- Vitamin D", prose=PROSE)
    assert a.experts == []


# -- a bulleted list of experts: one person an item ----------------------------------------------
# set 22 f39 (a research registry's news page): 'Collaborators are:' over
# '• Name, Hospital, Town' / '• Name, University Hospital' / '• Name, Hospital.'
COLLAB = ["The registry has partners in every health region.", "Collaborators are:"]


def test_a_bulleted_list_of_people_is_one_expert_an_item():
    a = found(
        "• Sigrun Haldorsen, Vestvik Hospital, Svolvær",
        "• Øyvind Brekkestad, Oslo University Hospital",
        "• Ragnhild T. Lien, Romsvik Hospital.",
        prose=COLLAB,
    )
    assert [(e.name, e.institution) for e in a.experts] == [
        ("Sigrun Haldorsen", "Vestvik Hospital"),
        ("Øyvind Brekkestad", "Oslo University Hospital"),
        ("Ragnhild T. Lien", "Romsvik Hospital"),
    ]
    assert a.experts[0].place == "Svolvær"


def test_a_flattened_bulleted_list_is_cut_at_its_bullets():
    a = found(
        "• Sigrun Haldorsen, Vestvik Hospital • Øyvind Brekkestad, Oslo University Hospital",
        prose=COLLAB,
    )
    assert [e.name for e in a.experts] == ["Sigrun Haldorsen", "Øyvind Brekkestad"]


PEOPLE = st.sampled_from(
    ["Sigrun Haldorsen", "Øyvind Brekkestad", "Ragnhild T. Lien", "Kwame Asante", "Lena Vogt"]
)
HOSPITALS = st.sampled_from(
    ["Vestvik Hospital", "Oslo University Hospital", "Romsvik Hospital", "Harbour Clinic"]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(PEOPLE, HOSPITALS), min_size=2, max_size=4, unique_by=lambda x: x[0]),
    st.sampled_from(["lines", "flat"]),
)
def test_a_bulleted_people_list_parses_back_in_every_container(items, container):
    lines = [f"• {name}, {hospital}" for name, hospital in items]
    block = lines if container == "lines" else [" ".join(lines)]
    a = found(*block, prose=COLLAB)
    assert [(e.name, e.institution) for e in a.experts] == items
    assert a.start == len(COLLAB)


# -- a post-signature tail run on after a flattened block ----------------------------------------
# set 27 ob20 (a journal's case report): 'Corresponding Author(s)' / 'Name, MS, DO e-mail' / a
# no-conflict disclosure sentence, flattened into one paragraph. "MS" is a degree here: after
# the name's comma and before "DO". The disclosure is a sentence: it stays in the answer.
def test_a_disclosure_run_on_after_a_flattened_author_block():
    a = found(
        "Corresponding Author(s) Nathaniel P. Ellwood-Vance, MS, DO nellwood@example.edu "
        "The authors received no financial support and have no conflict of interest to disclose.",
        prose=PROSE,
    )
    assert people(a) == [("Nathaniel P. Ellwood-Vance", ("MS", "DO"))]
    assert a.start == len(PROSE) + 1  # read, and kept in the answer with its sentence


# set 27 ob27 (a news site's author box): 'Name (Role)' / 'Latest posts by Name (Role) (see all)'
# flattened: the blog platform's box is furniture, the name above it the author.
def test_a_latest_posts_box_run_on_after_the_byline():
    a = found(
        "Ibrahim Sani Kwarbai (Regional Correspondent) Latest posts by Ibrahim Sani Kwarbai "
        "(Regional Correspondent) (see all)",
        prose=PROSE,
    )
    assert [e.name for e in a.experts] == ["Ibrahim Sani Kwarbai"]
    assert a.start == len(PROSE)


def test_a_tail_opener_inside_prose_cuts_nothing():
    # the prose's own sentence before the opener: no block, nothing read, nothing lost
    a = found("Rest when you can. Note that heat makes fatigue worse.", prose=PROSE)
    assert a.experts == []
    a = found("Kind words from Helen Marsh Disclosure of the study is due in May", prose=PROSE)
    assert a.start is None or a.experts == []


def test_a_closing_with_its_stop_then_a_disclosure():
    # "Name." then "Disclosure: none.": the stop ends the sign-off, the disclosure is the tail's
    a = found("Thank you, Helen Marsh. Disclosure: none.", prose=PROSE)
    assert [(e.name, e.institution) for e in a.experts] == [("Helen Marsh", None)]


# -- a news dateline over a byline with the paper's bracketed tag ---------------------------------
# set 27 ob31 (a regional daily's health story): 'CEBU, MARCH 4, 2011' / '(POST) By Name'
def test_a_dateline_over_a_tagged_byline():
    for block in (
        ["CORVALE, MARCH 4, 2011", "(POST) By Lorna Javellana"],
        ["CORVALE, MARCH 4, 2011 (POST) By Lorna Javellana"],  # flattened
    ):
        a = found(*block, prose=PROSE)
        assert people(a) == [("Lorna Javellana", ())]
        assert a.start == len(PROSE)  # the dateline leaves with the byline


def test_a_dateline_town_is_in_capitals_only():
    from msqa_scraper.extract.signature.dates import is_meta_line
    from msqa_scraper.extract.signature.vocabulary import vocabulary

    v = vocabulary()
    assert is_meta_line("CORVALE, MARCH 4, 2011", v)
    assert is_meta_line("PORT ELLIS, March 4, 2011", v)
    assert not is_meta_line("Helen Marsh, March 2021", v)  # a name and its date


# -- a column's byline over its title, with no lead-in ---------------------------------------------
# set 26 o39 (a patient charity's members' column): 'Name: Title of the column' / '3 March 2003'
def test_a_named_column_title_over_its_date():
    for block in (
        ["Rupert Hollingsby: Waiting for a neurologist", "3 March 2003"],
        ["Rupert Hollingsby: Waiting for a neurologist 3 March 2003"],
    ):
        a = found(*block, prose=["So I wait, and I write letters."])
        assert people(a) == [("Rupert Hollingsby", ())]


def test_a_transcripts_speaker_and_words_are_no_byline():
    a = found("Rachel Dunmore: Thank you for having me.", prose=PROSE)
    assert a.experts == []
    a = found("Rachel Dunmore: I think it helps", prose=PROSE)
    assert a.experts == []


# -- initials written together in capitals, vouched for by the credentials after the surname ------
# set 8 u23 (a veterinary weekly's letters page): 'KL Name BVM&S MRCVS' / practice / town / county
def test_fused_initials_before_credentials_are_a_name():
    assert ruled(
        "KL Marwood BVM&S MRCVS",
        "Highfield Veterinary Surgery",
        "Portishead",
        "Somerset",
        prose=["Your article missed that completely."],
    ) == ["KL Marwood"]


def test_capitals_that_are_a_credential_or_a_condition_are_no_initials():
    from msqa_scraper.extract.signature.segment import parse_block

    assert [e.name for e in parse_block(["KL Marwood BVM&S MRCVS"])] == ["KL Marwood"]
    assert parse_block(["RN Marwood BSN"]) == []  # "RN": a credential, no initials
    assert parse_block(["KL Marwood"]) == []  # no credential vouches for the capitals


# -- a letter's name and lone town flattened into one line -----------------------------------------
# set 25 l01 (a local paper's letters page): 'Name' / 'Town' under the letter, flattened
LETTERS = ["The new clinic hours suit working people far better.", "Thank you for listening."]


def test_a_flattened_letter_name_over_a_known_town():
    a = found("Harold Weimer Quincy", prose=LETTERS)
    assert [e.name for e in a.experts] == ["Harold Weimer"]


def test_given_names_before_a_town_word_stay_one_name():
    # "Mary Jane Chester": the middle given name leaves "Chester" the surname, no town
    a = found("Mary Jane Chester", prose=LETTERS)
    assert [e.name for e in a.experts] in ([], ["Mary Jane Chester"])


# -- vocabulary 2026-12-03.r17b: a news site's roles --------------------------------------------
# set 27 ob27: 'Name (Regional Correspondent)': the bracket holds the writer's role
def test_a_correspondent_in_brackets_is_a_title():
    a = found("Ibrahim Sani Kwarbai (Regional Correspondent)", prose=PROSE)
    assert [(e.name, e.titles, e.institution) for e in a.experts] == [
        ("Ibrahim Sani Kwarbai", ("Regional Correspondent",), None)
    ]


def test_the_news_role_heads_are_in_the_vocabulary():
    from msqa_scraper.extract.signature.vocabulary import vocabulary

    v = vocabulary()
    assert "Correspondent" in v.role_heads and "Reporter" in v.role_heads


# -- a closing's possessive after its comma -------------------------------------------------------
# set 15 n30 (a German MS society's Q&A): 'Mit den allerbesten Grüßen, Ihr Name' on one line
def test_a_german_closing_with_its_possessive_before_the_name():
    for line in (
        "Mit den allerbesten Grüßen, Ihr Karl Brenner",
        "Mit freundlichen Grüßen, Ihre Anna Brenner",
    ):
        a = found(line, prose=PROSE)
        assert len(a.experts) == 1 and a.experts[0].name.endswith("Brenner")
    assert ruled("Mit freundlichen Grüßen, Ihr Karl Brenner", prose=PROSE) == ["Karl Brenner"]


# -- a flattened block under a picture's placeholder, an accented given name ----------------------
# set 6 x18 (a charity's annual report): 'Image removed.' / 'Siobhán Name' / 'Company Secretary'
def test_a_flattened_block_under_a_removed_image():
    assert ruled("Image removed. Siobhán Carbery Company Secretary", prose=PROSE) == [
        "Siobhán Carbery"
    ]
    a = found("Image removed. Siobhán Carbery Company Secretary", prose=PROSE)
    assert [(e.name, e.titles) for e in a.experts] == [("Siobhán Carbery", ("Company Secretary",))]
    assert a.start == len(PROSE)  # the placeholder leaves the answer with the block
