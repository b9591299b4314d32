"""Named markup variants, so tests can find a post of each kind.

Every name in ``VARIANTS`` occurs in any round-0 site of 40 posts or more (whatever the seed,
months or categories); ``posts_with_variant(site, name)`` lists the posts that show it.
"""

from __future__ import annotations

from collections.abc import Iterator

from msqa_scraper.replica.body import PostBody, has_break
from msqa_scraper.replica.clock import to_local
from msqa_scraper.replica.model import PostSpec, Site
from msqa_scraper.replica.nodes import (
    Anchor,
    Br,
    Heading,
    Image,
    Inline,
    ListNode,
    Para,
    PostRef,
    Strong,
    Text,
    block_paragraphs,
)
from msqa_scraper.replica.seedpost import SEED_KEY

VARIANTS = (
    "seed_post",
    # labels
    "labels_bold",
    "labels_plain",
    "labels_full",  # Question: / Answer:
    "labels_short",  # Q: / A:
    "label_own_line",
    "qa_one_paragraph",
    "qa_separate_paragraphs",
    "no_question_label",
    "answer_label_only",
    "question_multiline",
    # answer structure
    "answer_single_paragraph",
    "answer_multi_br",
    "answer_multi_div",
    "list_ul",
    "list_ol",
    "heading",
    "image",
    "link_absolute",
    "link_protocol_relative",
    "link_root_relative",
    "link_legacy",
    "link_external",
    # messy text
    "zwsp_raw",
    "zwsp_entity",
    "nbsp",
    "entities",
    "leading_br",
    "colon_not_label",
    "read_more",
    # signatures
    "sig_lines",
    "sig_flat",
    "sig_comma_degrees",
    "sig_dr",
    "sig_answered_by",
    "sig_answered_by_next_line",
    "sig_two_experts",
    "sig_dash",
    "sig_reviewed_by",
    "sig_interview_flat",
    "sig_prof",
    "sig_role_at",
    "sig_brackets",
    "sig_semicolon_two",
    "sig_place",
    "sig_round3",  # any of the round-3 forms: label list, caption, role first, appositive, caps
    "sig_round4",  # any of the round-4 forms: dated byline, letter, author line, org before role
    # any of the round-5 forms (valediction, label over a block, author block) or of the round-6
    # forms (profession, picture credit, dashed initials) that half of their carriers take
    "sig_round5",
    "sig_no_institution",
    "sig_same_paragraph",
    "sig_own_paragraph",
    # page
    "comments_closed",
    "comments_open",
    "has_comments",
    "no_comments",
    "seo_title",
    "names_therapy",
    "no_therapy",
    "midnight_post",
)
_SIG_NAMES = {
    "lines": "sig_lines",
    "flat": "sig_flat",
    "comma": "sig_comma_degrees",
    "dr": "sig_dr",
    "answered_by": "sig_answered_by",
    "answered_by_next_line": "sig_answered_by_next_line",
    "two_experts": "sig_two_experts",
    "dash": "sig_dash",
    "reviewed_by": "sig_reviewed_by",
    "interview_flat": "sig_interview_flat",
    "prof": "sig_prof",
    "role_at": "sig_role_at",
    "brackets": "sig_brackets",
    "semicolon_two": "sig_semicolon_two",
    "place": "sig_place",
    # One name for the five round-3 forms: a small site may then still remove a post in a round
    # (rounds keep one carrier of every variant); the style itself is on the post's features.
    "label_list": "sig_round3",
    "caption": "sig_round3",
    "role_first": "sig_round3",
    "appositive": "sig_round3",
    "caps": "sig_round3",
    # The same for the four round-4 forms.
    "dated_byline": "sig_round4",
    "letter": "sig_round4",
    "author_line": "sig_round4",
    "org_role": "sig_round4",
    # And for the three round-5 forms.
    "valediction": "sig_round5",
    "label_block": "sig_round5",
    "author_block": "sig_round5",
    # The round-6 forms take the place of round-5 ones, under the same name.
    "profession": "sig_round5",
    "picture_credit": "sig_round5",
    "dashed_initials": "sig_round5",
    # And the round-7 (find) forms, in some of the round-6 forms' places.
    "social_line": "sig_round5",
    # The round-16 closing bio takes the place of half of the "role_at" signatures.
    "closing_bio": "sig_role_at",
    # And the round-16 credit lines take the place of half of the "two_experts" signatures.
    "credit_lines": "sig_two_experts",
    # The round-17 quoted speaker takes the place of half of the "comma" signatures.
    "quoted_speaker": "sig_comma_degrees",
    # The round-17 bio paragraph takes the place of a quarter of the "comma" signatures.
    "bio_paragraph": "sig_comma_degrees",
    # The round-19 cards take the place of half of the "dash" signatures, and the round-19
    # two-person forms of half of the "semicolon_two" ones.
    "ruled_credit": "sig_dash",
    "profile_card": "sig_dash",
    "committee_card": "sig_dash",
    "card_bio": "sig_dash",
    "column_contact": "sig_semicolon_two",
    "host_label": "sig_semicolon_two",
    "masthead": "sig_semicolon_two",
    "spelled_role": "sig_dash",
    # The round-20 forms take the place of a third of the "dr" and "prof" signatures, and of
    # half of the "semicolon_two" ones round 19 left.
    "linked_dash": "sig_dr",
    "mail_in": "sig_dr",
    "surname_note": "sig_dr",
    "back_to_top": "sig_dr",
    "hosts_theme": "sig_semicolon_two",
    # The round-21 blocks of two people take three in four of the "semicolon_two" ones left.
    "numbered_contributors": "sig_semicolon_two",
    "doctors_credit": "sig_semicolon_two",
    "starred_authors": "sig_semicolon_two",
    # and a quarter of the "dr" ones round 20 left.
    "column_code": "sig_dr",
    "semicolon_degrees": "sig_dr",
    "guest_editor": "sig_semicolon_two",
}


def _inlines(nodes: tuple[Inline, ...]) -> Iterator[Inline]:
    for node in nodes:
        yield node
        if isinstance(node, Strong | Anchor):
            yield from _inlines(node.children)
        elif isinstance(node, ListNode):
            for item in node.items:
                yield from _inlines(item)


def _is_text(block: object) -> bool:
    return isinstance(block, Para) and not any(isinstance(n, ListNode) for n in block.children)


def spec_variants(spec: PostSpec, body: PostBody) -> frozenset[str]:
    if spec.bad_kind is not None:
        # The synthetic bad pages carry no variant: find them by kind (``Site.bad_pages``).
        return frozenset()
    f = body.features
    names: set[str] = set()
    if spec.key == SEED_KEY:
        names.add("seed_post")
    if body.question is not None:
        names.add("labels_bold" if f.label_bold else "labels_plain")
        names.add("labels_short" if f.label_word == "Q" else "labels_full")
        names.add("qa_one_paragraph" if f.qa_same_paragraph else "qa_separate_paragraphs")
        if f.label_own_line:
            names.add("label_own_line")
        if any(isinstance(n, Br) for n in body.question.children):
            names.add("question_multiline")
    else:
        names.add("no_question_label")
        if f.answer_label:
            names.add("answer_label_only")
    answer = body.answer
    texts = [b for b in answer if _is_text(b)]
    if len(block_paragraphs(answer)) == 1:
        names.add("answer_single_paragraph")
    # The first answer paragraph is merged into the question's div in one-paragraph posts.
    start = 1 if (body.question is not None and f.qa_same_paragraph) else 0
    pairs = zip(answer[start:], answer[start + 1 :], strict=False)
    if f.answer_join == "br" and any(_is_text(a) and _is_text(b) for a, b in pairs):
        names.add("answer_multi_br")
    if f.answer_join == "div" and len(texts) >= 2:
        names.add("answer_multi_div")
    if has_break(body):
        names.add("read_more")
    if f.leading_br:
        names.add("leading_br")
    if f.colon_text:
        names.add("colon_not_label")
    nodes: list[Inline] = list(body.question.children) if body.question else []
    for block in answer:
        if isinstance(block, Heading):
            names.add("heading")
        elif isinstance(block, Image):
            names.add("image")
        elif isinstance(block, Para):
            nodes.extend(block.children)
    for node in _inlines(tuple(nodes)):
        if isinstance(node, ListNode):
            names.add("list_ol" if node.ordered else "list_ul")
        elif isinstance(node, Anchor):
            form = node.href.form if isinstance(node.href, PostRef) else "external"
            names.add(f"link_{form}")
        elif isinstance(node, Text):
            markup = node.markup or ""
            if "\u200b" in node.text and node.markup is None:
                names.add("zwsp_raw")
            if "&#8203;" in markup:
                names.add("zwsp_entity")
            if "&nbsp;" in markup:
                names.add("nbsp")
            if "&rsquo;" in markup or "&amp;" in markup:
                names.add("entities")
    names.add(_SIG_NAMES[f.sig_style])
    if any(s.institution is None for s in body.signed):
        names.add("sig_no_institution")
    names.add("sig_same_paragraph" if f.sig_same_paragraph else "sig_own_paragraph")
    names.add("comments_open" if spec.comments_open else "comments_closed")
    names.add("has_comments" if spec.comment_count else "no_comments")
    if spec.seo_title:
        names.add("seo_title")
    if not spec.handwritten:
        names.add("names_therapy" if spec.therapies else "no_therapy")
    moment = to_local(spec.published)
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        names.add("midnight_post")
    return frozenset(names)


def variants_of(site: Site, spec: PostSpec) -> frozenset[str]:
    return spec_variants(spec, site.body(spec))


def posts_with_variant(site: Site, name: str) -> list[PostSpec]:
    """Live posts showing variant ``name`` (one of ``VARIANTS``), newest first."""
    if name not in VARIANTS:
        raise KeyError(f"unknown variant {name!r}; known: {', '.join(VARIANTS)}")
    return [p for p in site.posts if name in variants_of(site, p)]
