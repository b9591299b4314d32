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
PLACES = ["Seattle, WA", "Greeley, Colo.", "Leeds, UK"]
LEADS = ["", "Answered by: ", "— ", "Medically reviewed by ", "Response from ", "Interview with: "]
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
    head = f"{lead}{name}, {', '.join(creds)}"
    parts = [*roles, *([org] if org else []), *([place] if place else [])]
    lines = [", ".join([head, *parts])] if one_line else [head, *parts]
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
