"""Property tests: grammar-generated signatures parse back exactly; sentences never become experts."""

from hypothesis import given, settings
from hypothesis import strategies as st

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
    verb = draw(st.sampled_from(["is", "was", "has been", "explains", "recommends", "says"]))
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
    """Organisation bylines and reported speech with a role first: prose, never an expert."""
    org = draw(st.sampled_from(["Metro", "Riverside", "Valley", "Coastal"]))
    kind = draw(st.sampled_from(["By {} News Service", "By {} Press Staff", "{} Media Desk"]))
    if draw(st.booleans()):
        return kind.format(org)
    role, _ = draw(st.sampled_from(ROLE_FIRST))
    name = _name(draw, False)
    verb = draw(st.sampled_from(["said", "says", "told us"]))
    return f"{role} {name}, who runs the clinic, {verb} the new slots help."


@settings(deadline=None, max_examples=40)
@given(byline_sentences())
def test_bylines_and_role_first_speech_stay_prose(line):
    found = attribute([SigLine(PROSE, para_start=True), SigLine(line, para_start=True)])
    assert found.experts == []
    assert found.start is None
