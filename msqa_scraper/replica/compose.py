"""Build a synthetic post's body from its draft (the words) and its features (the markup)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from msqa_scraper.replica.body import (
    Features,
    PostBody,
    bio_paragraph,
    closing_bio,
    lines_para,
    quoted_speaker,
    round3_style,
    signature,
)
from msqa_scraper.replica.content import UPDATE_PARAGRAPHS, UPDATE_SENTENCES
from msqa_scraper.replica.nodes import (
    Anchor,
    Block,
    Br,
    Heading,
    Image,
    Inline,
    ListNode,
    Para,
    PostRef,
    SummaryBreak,
    Text,
)
from msqa_scraper.replica.people import Expert
from msqa_scraper.replica.topics import Draft

# Upload names follow Weebly's two forms: "<name>_orig.<ext>" and "published/<name>?<stamp>".
IMAGES: tuple[tuple[str, str], ...] = (
    ("mri-flair-lesions_orig.jpg", "Axial FLAIR MRI with periventricular lesions (illustration)."),
    ("b-cell-depletion-diagram_orig.png", "How anti-CD20 therapies remove circulating B cells."),
    ("infusion-center-chair_orig.jpg", "A typical infusion chair at an MS center."),
    ("optic-nerve-diagram_orig.jpg", "The optic nerve and where optic neuritis occurs."),
    ("published/cooling-vest.jpg?1725984000", "A cooling vest can help with heat sensitivity."),
    ("balance-exercises_orig.jpg", "Simple balance exercises you can do at home."),
)
# (url, text before the link, link text, text after it)
EXTERNAL_LINKS: tuple[tuple[str, str, str, str], ...] = (
    ("https://www.nationalmssociety.org/", " The ", "National MS Society", " has a good overview."),
    ("https://clinicaltrials.gov/", " You can search for studies on ", "ClinicalTrials.gov", "."),
    (
        "https://www.mymsaa.org/",
        " The ",
        "Multiple Sclerosis Association of America",
        " also has helpful material.",
    ),
    ("https://www.fda.gov/drugs", " See the ", "FDA drug information pages", " for the label."),
    ("https://pubmed.ncbi.nlm.nih.gov/", " The studies themselves are listed on ", "PubMed", "."),
)
# Pictures that suit each topic (indices into IMAGES); other topics take any picture.
TOPIC_IMAGES = {
    "mri": (0,),
    "diagnosis": (0,),
    "mechanism": (1, 2),
    "safety": (1, 2),
    "switching": (2,),
    "progressive": (1, 2),
    "optic": (3,),
    "heat": (4,),
    "fatigue": (4, 5),
    "exercise": (5,),
    "walking": (5,),
}
_CLOSING = "Please discuss these options with your neurologist, who knows your history best."


@dataclass(frozen=True)
class LinkTarget:
    slug: str
    title: str
    year: int
    month: int


@dataclass(frozen=True)
class Edit:
    """An answer revision made in a later round."""

    round: int
    kind: str  # "paragraph" | "sentence"
    choice: int
    when: str  # "October 7, 2024"


def _entity_markup(text: str) -> str:
    return text.replace("&", "&amp;").replace("’", "&rsquo;")


def _split_first_sentence(text: str) -> tuple[str, str]:
    head, sep, tail = text.partition(". ")
    return (head + ".", tail) if sep and tail else (text, "")


def _first_paragraph(draft: Draft, f: Features, external: int) -> Para:
    nodes: list[Inline] = []
    head, tail = _split_first_sentence(draft.paragraphs[0])
    if f.nbsp and tail:
        # Two spaces after a full stop, the first one typed as &nbsp;, as editors produce.
        nodes += [Text(head), Text("\xa0 ", "&nbsp; "), Text(tail)]
    else:
        nodes.append(Text(draft.paragraphs[0]))
    if f.external_link:
        url, before, name, after = EXTERNAL_LINKS[external % len(EXTERNAL_LINKS)]
        nodes += [Text(before), Anchor(url, (Text(name),), new_window=True), Text(after)]
    if f.zwsp_raw:
        nodes.append(Text("\u200b"))
    return Para(tuple(nodes))


def _last_paragraph(text: str, f: Features, target: LinkTarget | None, draft: Draft) -> Para:
    nodes: list[Inline] = []
    if f.zwsp_entity:
        nodes += [Text("\u200b", "&#8203;"), Text("", "<span></span>")]
    nodes.append(Text(text))
    if f.entities:
        sentence = " " + draft.entity_sentence
        nodes.append(Text(sentence, _entity_markup(sentence)))
    if f.internal_link and target is not None:
        ref = PostRef(f.internal_link, target.slug, target.year, target.month)
        nodes += [
            Text(" A related question was answered here: "),
            Anchor(ref, (Text(target.title),)),
        ]
    return Para(tuple(nodes))


def compose(
    draft: Draft,
    f: Features,
    experts: tuple[Expert, ...],
    *,
    image: int = 0,
    external: int = 0,
    target: LinkTarget | None = None,
    edits: tuple[Edit, ...] = (),
) -> PostBody:
    key = draft.paragraphs[0] if draft.paragraphs else ""
    # An internal link's title ends the answer, with no full stop after it.
    style = round3_style(f.sig_style, experts, key, ends_in_sentence=not f.internal_link)
    if style != f.sig_style:
        f = replace(f, sig_style=style)
    question = None
    if f.question_label:
        lines = draft.question if f.question_multiline else (" ".join(draft.question),)
        question = lines_para(lines)
    texts = list(draft.paragraphs)
    blocks: list[Block] = [_first_paragraph(draft, f, external)]
    if f.read_more:
        blocks.append(SummaryBreak())
    if f.colon_text:
        blocks.append(Para((Text(draft.colon),)))
    if f.image:
        choices = TOPIC_IMAGES.get(draft.topic, tuple(range(len(IMAGES))))
        name, caption = IMAGES[choices[image % len(choices)]]
        blocks.append(Image(name, caption))
    if f.bullet_list:
        intro, items = draft.bullets
        blocks.append(Para((Text(intro), ListNode(False, tuple((Text(i),) for i in items)))))
    blocks += [Para((Text(t),)) for t in texts[1:-1]]
    if f.heading:
        blocks.append(Heading((Text(draft.heading), Br("<br>"))))
    if f.numbered_list:
        intro, items = draft.steps
        blocks.append(Para((Text(intro), ListNode(True, tuple((Text(i),) for i in items)))))
    last = texts[-1] if len(texts) > 1 else None
    if last is None and len(blocks) > 1:
        # An answer never ends on a list, heading or image: the signature must follow text.
        last = _CLOSING
    if last is not None:
        blocks.append(_last_paragraph(last, f, target, draft))
    else:
        first = blocks[0]
        tail = _last_paragraph("", f, target, draft).children
        blocks[0] = Para(first.children + tail)
    blocks = apply_edits(blocks, edits)
    sig_lines, signed = signature(experts, f.sig_style, f.sig_bold_name, key)
    if f.sig_style == "closing_bio" and not sig_lines:
        bio = closing_bio(experts[0])
        assert bio is not None  # round3_style chose the form only for an expert who carries it
        blocks.append(Para((Text(bio),)))
    if f.sig_style == "bio_paragraph" and not sig_lines:
        bio = bio_paragraph(experts[0], key)
        assert bio is not None  # round3_style chose the form only for an expert who carries it
        blocks.append(Para((Text(bio),)))
    if f.sig_style == "quoted_speaker" and not sig_lines:
        said = quoted_speaker(experts[0], key)
        assert said is not None  # round3_style chose the form only for an expert who carries it
        blocks.append(Para((Text(said),)))
    images = tuple(b for b in blocks if isinstance(b, Image))
    return PostBody(question, tuple(blocks), sig_lines, signed, f, images)


def apply_edits(blocks: list[Block], edits: tuple[Edit, ...]) -> list[Block]:
    """Round edits: an "Update" paragraph after the answer, or a sentence added to its end."""
    blocks = list(blocks)
    for edit in edits:
        if edit.kind == "paragraph":
            template = UPDATE_PARAGRAPHS[edit.choice % len(UPDATE_PARAGRAPHS)]
            blocks.append(Para((Text(template.format(when=edit.when)),)))
        else:
            sentence = UPDATE_SENTENCES[edit.choice % len(UPDATE_SENTENCES)]
            last = blocks[-1]
            assert isinstance(last, Para)
            blocks[-1] = Para((*last.children, Text(" " + sentence)))
    return blocks
