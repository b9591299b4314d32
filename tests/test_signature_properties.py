"""Property tests: grammar-generated signatures parse back exactly; sentences never become experts."""

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine

FIRST = ["Ana", "Zoë", "José", "Begoña", "Łukasz", "Ingrid", "Kwame", "Mei", "Søren", "Aoife"]
LAST = ["Núñez", "Holm", "Ruiz-Peña", "Okafor", "Lindqvist", "Nakamura", "O'Brien", "Dvořák"]
CREDS = ["MD", "PhD", "DO", "MPH", "MSCN", "FRACP", "APN-C", "CRNP-AC", "PharmD", "MBBS", "RN"]
ROLES = [
    "Staff Neurologist",
    "Associate Professor of Neurology",
    "Director of the Multiple Sclerosis Program",
    "Chief Medical Officer",
    "Clinical Nurse Specialist",
    "Assistant Clinical Professor of Neurology",
]
ORGS = ["Harbour Clinic", "University of Tromsdal", "Fjordside Medical Center", "Kestrel Hospital"]
PLACES = ["Seattle, WA", "Greeley, Colo.", "Leeds, UK", "Seattle, WA 98101", "Toronto, ON M5S 1A8"]
LEADS = [
    "",
    "Answered by: ",
    "— ",
    "Medically reviewed by ",
    "Response from ",
    "Interview with: ",
    "Host: ",
    "Online Health Chat with ",
    "Guest post by ",
    "Best wishes, ",  # a closing and the name on one line
    "Contributor: ",  # a label of the data file's label words
    "[",  # a bracketed caption (closed after the signature's one line: see signatures())
]
# How a one-line signature parts its pieces: commas, a web signature's pipes or bullets.
SEPS = [", ", " | ", " \u2022 "]
PROSE = "Ask your neurologist about this at your next visit."


@st.composite
def signatures(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    creds = draw(st.lists(st.sampled_from(CREDS), min_size=1, max_size=3, unique=True))
    roles = draw(st.lists(st.sampled_from(ROLES), max_size=3, unique=True))
    org = draw(st.none() | st.sampled_from(ORGS))
    place = draw(st.none() | st.sampled_from(PLACES)) if org else None
    lead = draw(st.sampled_from(LEADS))
    one_line = draw(st.booleans())
    sep = draw(st.sampled_from(SEPS))
    if lead == "[":
        # "[Name, MD, Staff Neurologist, Harbour Clinic]": a caption is one line in brackets.
        inner = ", ".join([f"{name}, {', '.join(creds)}", *roles, *([org] if org else [])])
        expert = Expert(name, tuple(creds), tuple(roles), org, None)
        return [f"[{inner}]"], expert, draw(st.booleans()), draw(st.booleans())
    head = f"{lead}{name}, {', '.join(creds)}"
    parts = [*roles, *([org] if org else []), *([place] if place else [])]
    if one_line and parts and draw(st.booleans()):
        # "Name, MD – Staff Neurologist, Harbour Clinic": a spaced dash after the credentials.
        lines = [f"{head} \u2013 {', '.join(parts)}"]
    elif one_line:
        lines = [sep.join([head, *parts])]
    else:
        lines = [head, *parts]
    own_paragraph = draw(st.booleans())
    bold = draw(st.booleans())
    expert = Expert(name, tuple(creds), tuple(roles), org, place)
    return lines, expert, own_paragraph, bold


@settings(deadline=None, max_examples=80)
@given(signatures())
def test_generated_signatures_parse_back_exactly(sig):
    lines, expert, own_paragraph, bold = sig
    sig_lines = [
        SigLine(text, bold=bold, para_start=own_paragraph and i == 0)
        for i, text in enumerate(lines)
    ]
    found = attribute([SigLine(PROSE, para_start=True), *sig_lines])
    assert found.experts == [expert]
    assert found.start == 1


METADATA = ["September 22, 2021", "Posted on March 3, 2021", "5 min read", "TOPIC: Research"]
COPIES = ["cc Harbour Clinic", "Phone: 555-0142", "www.harbourclinic.org"]


@settings(deadline=None, max_examples=60)
@given(
    signatures(),
    st.lists(st.sampled_from(METADATA), max_size=1),
    st.lists(st.sampled_from(METADATA), max_size=2, unique=True),
    st.lists(st.sampled_from(COPIES), max_size=1),
)
def test_metadata_and_copy_lines_around_a_signature_leave_it_unchanged(sig, above, below, copies):
    # Fourth round: dates, reading times, labelled fields above or under a sign-off, and copy or
    # contact lines under it, leave the answer with the block and are no part of the expert.
    lines, expert, _own_paragraph, bold = sig
    if lines[0].startswith("["):
        above = []  # a bracketed caption is the block's one line
    texts = [*above, *lines, *below, *copies]
    sig_lines = [
        SigLine(t, bold=bold and t == lines[0], para_start=i == 0) for i, t in enumerate(texts)
    ]
    found = attribute([SigLine(PROSE, para_start=True), *sig_lines])
    assert found.experts == [expert]
    assert found.start == 1


WORDS = ["MS", "Society", "Center", "University", "National", "Clinic", "The", "Your", "Our"]


@st.composite
def closing_sentences(draw):
    subject = draw(st.sampled_from(["The National MS Society", "Your MS Center", "Our University"]))
    verb = draw(st.sampled_from(["has", "offers", "can share", "runs"]))
    rest = draw(st.sampled_from(["helpful fact sheets on this", "a support group near you"]))
    extra = draw(st.lists(st.sampled_from(WORDS), max_size=3))
    return f"{subject} {verb} {rest} {' '.join(extra)}".strip() + "."


@settings(deadline=None, max_examples=60)
@given(st.lists(closing_sentences(), min_size=1, max_size=3))
def test_answers_ending_in_sentences_yield_no_expert_and_lose_no_text(sentences):
    lines = [SigLine(PROSE, para_start=True), *[SigLine(s) for s in sentences]]
    found = attribute(lines)
    assert found.experts == []
    assert found.start is None  # every line stays in the answer


@st.composite
def bio_sentences(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    creds = draw(st.lists(st.sampled_from(CREDS), min_size=0, max_size=2, unique=True))
    # "Name, MD, says that ..." reports the person's speech: the expert since round 17
    # (tests/test_signature_quoted_speakers.py); a bio or a mention names no answerer
    verb = draw(st.sampled_from(["is", "was", "has been", "recommends"]))
    rest = draw(st.sampled_from(["a neurologist at Harbour Clinic", "that rest helps", "so"]))
    head = ", ".join([name, *creds])
    comma = "," if creds else ""
    return f"{head}{comma} {verb} {rest}."


@settings(deadline=None, max_examples=60)
@given(bio_sentences())
def test_bio_sentences_after_a_name_never_become_experts(sentence):
    found = attribute([SigLine(PROSE, para_start=True), SigLine(sentence)])
    assert found.experts == []
    assert found.start is None


CONTAINERS = ("br", "divs", "p", "strong_name", "same_paragraph")


def _html(prose: str, lines: list[str], container: str) -> str:
    if container == "divs":
        return f'<div class="paragraph">{prose}</div>' + "".join(
            f'<div class="paragraph">{line}</div>' for line in lines
        )
    if container == "p":
        return f"<p>{prose}</p><p>{'<br />'.join(lines)}</p>"
    if container == "strong_name":
        head = f"<strong>{lines[0]}</strong>"
        return (
            f'<div class="paragraph">{prose}<br /><br />{"<br />".join([head, *lines[1:]])}</div>'
        )
    if container == "same_paragraph":
        return f'<div class="paragraph">{"<br />".join([prose, *lines])}</div>'
    return f'<div class="paragraph">{prose}<br /><br />{"<br />".join(lines)}</div>'


@settings(deadline=None, max_examples=60)
@given(signatures(), st.sampled_from(CONTAINERS))
def test_generated_signatures_parse_back_in_every_container(sig, container):
    import html as html_lib

    from lxml import html as lxml_html

    from msqa_scraper.extract.qa import split_qa
    from msqa_scraper.extract.text import paragraphs_text, parse_content

    lines, expert, _, _ = sig
    markup = _html(PROSE, [html_lib.escape(line) for line in lines], container)
    root = lxml_html.fragment_fromstring(f'<div class="blog-content">{markup}</div>')
    qa = split_qa(parse_content(root, "http://example.org/").paragraphs)
    assert qa.experts == [expert]
    assert paragraphs_text(qa.answer) == PROSE
    assert qa.signature == "\n".join(lines)


# -- round 3: labels, captions, several experts, appositive roles, role first, capitals ---------

LIST_LABELS = ["Presenters: ", "Authors: ", "Faculty: ", "Panelists: ", "Speakers: "]
APPOSITIVES = [  # (as written, the title it gives)
    ("a neurologist", "neurologist"),
    ("an MS specialist", "MS specialist"),
    ("the director of research", "director of research"),
    ("a nurse practitioner", "nurse practitioner"),
    ("a clinical psychologist", "clinical psychologist"),
]
ROLE_FIRST = [  # (as written before the name, its separator)
    ("Head, Neuroimmunology Unit", " \u2013 "),
    ("Clinic Lead", ": "),
    ("Neurology Consultant", " "),
    ("Research Program Manager", " - "),
]
HEAD_NOUN_ROLES = ["Communications Officer", "Clinic Coordinator/Social Worker", "ST5 Neurologist"]


def _name(draw, caps: bool) -> str:
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    return name.upper() if caps else name


@st.composite
def listed_experts(draw):
    """ "Presenters: A, MD, Dr. B and C, APN": one to three experts after a list label."""
    label = draw(st.sampled_from(LIST_LABELS))
    own_line = draw(st.booleans())
    n = draw(st.integers(1, 3))
    caps = draw(st.booleans())
    names = draw(
        st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=n, max_size=n)
        .map(lambda pairs: [f"{a} {b}" for a, b in pairs])
        .filter(lambda ns: len(set(ns)) == len(ns))
    )
    parts, experts = [], []
    for name in names:
        name = name.upper() if caps else name
        creds = draw(st.lists(st.sampled_from(CREDS), max_size=2, unique=True))
        honorific = draw(st.sampled_from(["", "Dr. "])) if not creds else ""
        parts.append(", ".join([f"{honorific}{name}", *creds]))
        experts.append(Expert(name, tuple(creds)))
    text = ", ".join(parts[:-1]) + (
        ", and " if len(parts) > 2 else " and " if len(parts) == 2 else ""
    )
    text += parts[-1]
    if len(parts) == 2 and not experts[0].degrees:
        text = f"{parts[0]}, {parts[1]}"  # two bare names part by a comma
    lines = [label.strip(), text] if own_line else [f"{label}{text}"]
    return lines, experts


@settings(deadline=None, max_examples=60)
@given(listed_experts())
def test_label_lists_parse_back_exactly(sig):
    lines, experts = sig
    found = attribute([SigLine(PROSE, para_start=True), *[SigLine(x) for x in lines]])
    assert found.experts == experts
    assert found.start == 1


@st.composite
def round3_signatures(draw):
    caps = draw(st.booleans())
    name = _name(draw, caps)
    creds = draw(st.lists(st.sampled_from(CREDS), min_size=1, max_size=3, unique=True))
    org = draw(st.sampled_from(ORGS))
    kind = draw(st.sampled_from(["appositive", "role_first", "caption", "head_noun"]))
    if kind == "appositive":
        written, title = draw(st.sampled_from(APPOSITIVES))
        joiner = draw(st.sampled_from([" at ", " with "]))
        line = f"{name}, {', '.join(creds)}, {written}{joiner}{org}"
        return [line], Expert(name, tuple(creds), (title,), org)
    if kind == "role_first":
        role, sep = draw(st.sampled_from(ROLE_FIRST))
        honorific = draw(st.sampled_from(["Professor ", "Dr ", "Dr. "]))
        return [f"{role}{sep}{honorific}{name}"], Expert(name, (), (role,))
    if kind == "caption":
        role = draw(st.none() | st.sampled_from(ROLES))
        inner = ", ".join([name, *creds, *([role] if role else [])])
        return [f"[{inner}]"], Expert(name, tuple(creds), (role,) if role else ())
    role = draw(st.sampled_from(HEAD_NOUN_ROLES))
    honorific = draw(st.sampled_from(["Ms. ", "Mr. ", "Dr "]))
    return [f"{honorific}{name}, {role}, {org}"], Expert(name, (), (role,), org)


@settings(deadline=None, max_examples=80)
@given(round3_signatures(), st.booleans())
def test_round3_signatures_parse_back_exactly(sig, own_paragraph):
    lines, expert = sig
    sig_lines = [SigLine(t, para_start=own_paragraph and i == 0) for i, t in enumerate(lines)]
    found = attribute([SigLine(PROSE, para_start=True), *sig_lines])
    assert found.experts == [expert]
    assert found.start == 1


@st.composite
def byline_sentences(draw):
    """Organisation bylines: prose, never an expert."""
    org = draw(st.sampled_from(["Metro", "Riverside", "Valley", "Coastal"]))
    kind = draw(st.sampled_from(["By {} News Service", "By {} Press Staff", "{} Media Desk"]))
    return kind.format(org)


@settings(deadline=None, max_examples=40)
@given(byline_sentences())
def test_bylines_stay_prose(line):
    found = attribute([SigLine(PROSE, para_start=True), SigLine(line, para_start=True)])
    assert found.experts == []
    assert found.start is None


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(ROLE_FIRST), st.data(), st.sampled_from(["said", "says", "told us"]))
def test_role_first_speech_reads_the_speaker_and_keeps_the_sentence(role_sep, data, verb):
    # Round 17: a reported speaker named with a role is the expert; the sentence stays. A role
    # holding a comma ("Head, Unit Name") may read nobody, never anyone else.
    role, _ = role_sep
    name = _name(data.draw, False)
    line = f"{role} {name}, who runs the clinic, {verb} the new slots help."
    found = attribute([SigLine(PROSE, para_start=True), SigLine(line, para_start=True)])
    assert found.start is None
    if "," in role:
        assert found.experts in ([], [E(name, titles=[role])])
    else:
        assert found.experts == [E(name, titles=[role])]


# -- round 5 (boundary finding): valedictions, headings over a block, author blocks ----------

CLOSINGS = ["Kind regards", "Regards", "Best wishes", "Warm regards", "Sincerely", "Cheers"]
CLOSING_MARKS = [".", "!", ",", ":", ""]
WISHES = ["Wish you good health.", "Take care!", "Have a great week!", "Hope this helps."]
HEADINGS = ["Correspondence Address:", "Course By:", "Chairs:", "EXPERT CORNER", "ASK THE NURSE"]
SHORT_ROLES = ["Medical Officer", "Consultant Neurologist", "General Practitioner", "Neurologist"]
AFFILIATIONS = [  # (as written, institution, place)
    (
        "Department of Neurology, Kestrel Hospital, Leeds, UK",
        "Department of Neurology, Kestrel Hospital",
        "Leeds, UK",
    ),
    ("Harbour Clinic, Seattle, WA", "Harbour Clinic", "Seattle, WA"),
    ("University of Tromsdal, Bergen, Norway", "University of Tromsdal", "Bergen, Norway"),
]


def _answer(lines: list[str], prose: list[str] | None = None):
    head = [SigLine(p, para_start=True) for p in (prose or [PROSE])]
    return attribute([*head, *[SigLine(t, para_start=i == 0) for i, t in enumerate(lines)]])


@st.composite
def valedictions(draw):
    """A closing (any mark) over "Dr Name" (optional full stop) and an optional role line."""
    name = _name(draw, False)
    closing = draw(st.sampled_from(CLOSINGS)) + draw(st.sampled_from(CLOSING_MARKS))
    stop = draw(st.sampled_from(["", "."]))
    role = draw(st.none() | st.sampled_from(SHORT_ROLES))
    honorific = draw(st.sampled_from(["Dr ", "Dr. ", "Prof. "]))
    lines = [closing, f"{honorific}{name}{stop}", *([f"{role}{stop}"] if role else [])]
    return lines, Expert(name, (), (role,) if role else ())


@settings(deadline=None, max_examples=50)
@given(valedictions())
def test_valedictions_over_an_honorific_name_leave_with_the_block(sig):
    lines, expert = sig
    found = _answer(lines)
    assert found.experts == [expert]
    assert found.start == 1  # the closing went with the block; the prose stayed whole


@settings(deadline=None, max_examples=50)
@given(
    valedictions(), st.sampled_from(["", "Wish you good health. "]), st.sampled_from([",", " :"])
)
def test_valedictions_run_on_at_the_end_of_the_last_paragraph(sig, wish, draw_mark):
    lines, expert = sig
    # Run on, the closing needs a comma or colon to read as one with the name.
    lines[0] = lines[0].rstrip(".!,:") + draw_mark
    line = " ".join([PROSE, wish.strip(), *lines]).replace("  ", " ")
    found = attribute([SigLine(line, para_start=True)])
    assert [e.name for e in found.experts] == [expert.name]
    assert found.head == " ".join([PROSE, wish.strip()]).strip()


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(HEADINGS), signatures())
def test_a_heading_over_a_block_leaves_the_answer_with_it(heading, sig):
    lines, expert, _own_paragraph, _bold = sig
    if lines[0].startswith(("[", "Best wishes", "Contributor")):
        return  # a caption, a closing or a label already heads the block
    found = _answer([heading, *lines])
    assert found.experts == [expert]
    assert found.start == 1


@st.composite
def author_blocks(draw):
    """ "A B 1, MD, C D 2, MD" / "1 aff" / "2 aff", or Medline "Surname AB, Surname CD." / aff."""
    n = draw(st.integers(2, 3))
    surnames = draw(st.lists(st.sampled_from(LAST), min_size=n, max_size=n, unique=True))
    affs = draw(st.lists(st.sampled_from(AFFILIATIONS), min_size=1, max_size=2, unique=True))
    if draw(st.booleans()):
        names = [f"{s} {draw(st.sampled_from(['AB', 'K', 'JR', 'T']))}" for s in surnames]
        lines = [", ".join(names) + ".", affs[0][0] + "."]
        experts = [Expert(nm, (), (), affs[0][1], affs[0][2]) for nm in names]
        return lines, experts
    parts, experts = [], []
    for s in surnames:
        name = f"{draw(st.sampled_from(FIRST))} {s}"
        mark = draw(st.integers(1, len(affs)))
        creds = draw(
            st.lists(
                st.sampled_from(["MD", "PhD", "DM", "RN"]), min_size=1, max_size=2, unique=True
            )
        )
        parts.append(", ".join([f"{name} {mark}", *creds]))
        aff = affs[mark - 1]
        experts.append(Expert(name, tuple(creds), (), aff[1], aff[2]))
    lines = [", ".join(parts), *[f"{i} {a[0]}" for i, a in enumerate(affs, 1)]]
    return lines, experts


@settings(deadline=None, max_examples=40)
@given(author_blocks())
def test_author_blocks_give_each_author_their_affiliation(sig):
    lines, experts = sig
    found = _answer(lines)
    assert found.experts == experts
    assert found.start == 1


NEGATIVE_ENDINGS = [
    ["Kind regards, the MS Society team"],
    ["Best wishes to everyone living with MS!"],
    ["Kind regards.", "The Helpline Team"],
    ["Take care!", "Vitamin D"],
    ["Regards :", "Our nurses"],
    ["Wish you good health.", "Neurology."],
    ["Have a great week!"],
    ["Authors", "1. Rest when you can.", "2. Drink water."],
    ["PLEASE NOTE", "Our clinic closes at five."],
]


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(NEGATIVE_ENDINGS), st.booleans())
def test_sign_off_words_without_a_person_yield_no_expert_and_lose_no_text(ending, run_on):
    if run_on:
        found = attribute([SigLine(" ".join([PROSE, *ending]), para_start=True)])
    else:
        found = _answer(ending)
    assert found.experts == []
    assert found.start is None and found.head is None


# -- round 6 (the fourth yardstick's families) ----------------------------------------------
PROFESSIONS = [  # (as written; either case)
    "Physiotherapist",
    "chief executive",
    "registered dietician",
    "Consultant Neurologist",
    "secretary of the Tromsdal MS Circle",
    "Clinical Nurse Specialist",
    "Health Writer",
]
PICTURE_CREDITS = ["Picture supplied", "Photo courtesy of Lark Media.", "Photo supplied"]
TOWNS = ["Ridgeway City", "Calder Falls", "North Vale", "Bell Harbor"]  # read alone, a name
TITLES = ["Managing Fatigue in Multiple Sclerosis", "RELAPSE CARE", "Bladder and Bowel Problems"]


@settings(deadline=None, max_examples=50)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(PROFESSIONS), st.booleans())
def test_a_full_name_with_a_profession_on_the_last_line_in_either_order(first, last, role, front):
    name = f"{first} {last}"
    found = _answer([f"{role}, {name}" if front else f"{name}, {role}"])
    assert [(e.name, e.titles) for e in found.experts] == [(name, (role,))]
    assert found.start == 1


@settings(deadline=None, max_examples=40)
@given(
    st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=1, max_size=3),
    st.sampled_from(SHORT_ROLES),
    st.sampled_from(PICTURE_CREDITS),
)
def test_a_caption_ended_by_a_picture_credit_names_its_people(people, role, credit):
    names = list(dict.fromkeys(f"{f} {s}" for f, s in people))
    parts = "; ".join(f"Dr {name}, {role}" for name in names)
    found = _answer([f"{parts}. {credit}"])
    assert [(e.name, e.titles) for e in found.experts] == [(name, (role,)) for name in names]
    assert found.start == 1


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(TITLES),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.lists(st.sampled_from(CREDS), min_size=1, max_size=3, unique=True),
)
def test_a_document_title_run_on_before_its_author(title, first, last, creds):
    name = f"{first} {last}"
    found = _answer([f"{title}. {name}, {', '.join(creds)}"])
    assert [(e.name, e.degrees) for e in found.experts] == [(name, tuple(creds))]
    assert found.start == 1


@st.composite
def round6_endings_without_a_person(draw):
    """Numbered affiliations, a role at an organisation, a picture credit, a titled sentence, a
    closing over a collective, a role whose field reads as a name."""
    kind = draw(st.sampled_from(["affiliations", "role_at", "credit", "title", "team", "field"]))
    if kind == "team":  # a closing over a collective: "Best wishes, Helpline Team"
        team = draw(st.sampled_from(["Helpline Team", "Communications Team", "Editorial Staff"]))
        return [f"{draw(st.sampled_from(CLOSINGS))}, {draw(st.sampled_from(['', 'The ']))}{team}"]
    if kind == "field":  # a role whose field reads as a name: "Community Fundraising Manager"
        field = draw(st.sampled_from(["Community Fundraising", "Patient Information"]))
        role = draw(st.sampled_from(["Manager", "Officer", "Lead"]))
        return [f"{field} {role}, {draw(st.sampled_from(ORGS))}"]
    if kind == "affiliations":
        n = draw(st.integers(1, 3))
        towns = draw(st.lists(st.sampled_from(TOWNS), min_size=n, max_size=n, unique=True))
        sep = draw(st.sampled_from(["", " "]))
        return [
            f"{i}{sep}Department of Neurology, University of {t.split()[0]}, {t}, IA, United States"
            for i, t in enumerate(towns, 1)
        ]
    if kind == "role_at":
        org = (
            f"{draw(st.sampled_from(TOWNS))} {draw(st.sampled_from(['Medical Center', 'Clinic']))}"
        )
        return [f"{draw(st.sampled_from(SHORT_ROLES))} at {org}"]
    if kind == "credit":
        return [f"{draw(st.sampled_from(PICTURE_CREDITS))} {draw(st.sampled_from(ORGS))}"]
    return [f"{draw(st.sampled_from(TITLES))}. Rest is part of the plan."]


@settings(deadline=None, max_examples=50)
@given(round6_endings_without_a_person())
def test_round6_endings_without_a_person_yield_no_expert_and_lose_no_text(ending):
    found = _answer(ending)
    assert found.experts == []
    assert found.start is None and found.head is None


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(["by ", "By ", "Written by "]),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(["Health Writer", "Staff Writer", "Senior Health Writer", "Medical Editor"]),
)
def test_a_byline_with_its_role_run_on_after_the_name(lead, first, last, role):
    name = f"{first} {last}"
    found = _answer([f"{lead}{name} {role}"])
    assert [(e.name, e.titles) for e in found.experts] == [(name, (role,))]
    assert found.start == 1


# -- round 7 (find) ------------------------------------------------------------------------------

from msqa_scraper.extract.signature.given_names import is_given_name  # noqa: E402

FURNITURE = [
    "2,114 Posts",
    "1 Article; 842 Posts",
    "Posts: 318",
    "facebook.com/HarbourClinicMS",
    "Twitter: @harbour_ms",
    "Mult Scler Care. 2019;7(2):88-94.",
    "doi:10.1177/13524585211234",
]


@settings(deadline=None, max_examples=60)
@given(signatures(), st.lists(st.sampled_from(FURNITURE), min_size=1, max_size=2, unique=True))
def test_page_furniture_under_a_signature_leaves_it_unchanged(sig, furniture):
    # Round 7: a forum member's counts, a social or bare web address, a reference's citation
    # under a sign-off leave the answer with the block and are no part of the expert.
    lines, expert, _own_paragraph, bold = sig
    texts = [*lines, *furniture]
    sig_lines = [
        SigLine(t, bold=bold and t == lines[0], para_start=i == 0) for i, t in enumerate(texts)
    ]
    found = attribute([SigLine(PROSE, para_start=True), *sig_lines])
    assert found.experts == [expert]
    assert found.start == 1 and found.raw == "\n".join(texts)


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.sampled_from(FURNITURE), min_size=1, max_size=2, unique=True),
    st.lists(closing_sentences(), min_size=1, max_size=2),
)
def test_page_furniture_under_prose_names_no_one_and_loses_nothing(furniture, sentences):
    found = _answer(furniture, prose=sentences)
    assert found.experts == [] and found.start is None


GIVEN_ONLY = ["Marta", "Tobias", "Rosalind", "Noémie", "Anna-Lena", "Matteo", "Ingrid"]
NOT_NAMES = ["Regards", "Thanks", "Cheers", "Amen", "Team", "Helpline", "Blessings", "Onward"]


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(GIVEN_ONLY), st.lists(closing_sentences(), min_size=1, max_size=2))
def test_a_known_given_name_alone_after_prose_is_its_signer(name, sentences):
    found = _answer([name], prose=sentences)
    assert found.experts == [Expert(name, (), (), None, None)] and found.start == len(sentences)


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(NOT_NAMES),
    st.sampled_from(["", ".", "!", ","]),
    st.lists(closing_sentences(), min_size=1, max_size=2),
)
def test_a_lone_word_no_given_name_invents_no_one(word, mark, sentences):
    found = _answer([word + mark], prose=sentences)
    assert found.experts == []


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(["Kenosha, WI", "Amherst, MA", "Boise, ID", "Keene, NH"]),
    st.booleans(),
)
def test_a_letters_name_and_town_parse_back_stacked_or_flattened(first, last, town, flat):
    # Flattened, the cut needs a known given name to open the line ("Mei" is none of the
    # gazetteer's: "Mei Núñez Kenosha, WI" is left as written), and a state that is no
    # credential ("Name Town, MA" may be a name and an MA degree: left as written).
    flat = flat and is_given_name(first) and not town.endswith("MA")
    name = f"{first} {last}"
    lines = [f"{name} {town}"] if flat else [name, town]
    found = _answer(lines)
    assert found.experts == [Expert(name, (), (), None, town)]
    assert found.start == 1


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(["kestrel", "bluefinch", "otter_paw", "RN207", "mari.gold"]),
    st.lists(st.sampled_from(["BSN", "RN", "MSN"]), max_size=2, unique=True),
    st.sampled_from(["2,114 Posts", "1 Article; 842 Posts", "Posts: 57"]),
)
def test_a_forum_handle_over_its_profile_counts(handle, creds, counts):
    found = _answer([", ".join([handle, *creds]), counts])
    assert found.experts == [Expert(handle, tuple(creds), (), None, None)]
    assert _answer([", ".join([handle, *creds])]).experts == []  # no profile: no one


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(["By ", "\u2014 ", "Answered by ", ""]),
    st.sampled_from(GIVEN_ONLY),
    st.sampled_from(["Neurologist", "MS Nurse Specialist", "Consultant Neurologist"]),
    st.sampled_from(ORGS),
)
def test_a_given_name_alone_with_role_and_organisation_parses_back(lead, name, role, org):
    found = _answer([f"{lead}{name}, {role}, {org}"])
    assert found.experts == [Expert(name, (), (role,), org, None)] and found.start == 1
