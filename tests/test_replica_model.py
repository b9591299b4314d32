"""The replica's model and ground truth, without HTTP."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from lxml import html as lxml_html

from msqa_scraper.replica import (
    VARIANTS,
    SiteConfig,
    build_site,
    posts_with_variant,
    truth,
    variants_of,
)
from msqa_scraper.replica.body import bio_paragraph
from msqa_scraper.replica.model import build_body
from msqa_scraper.replica.nodes import RenderContext, inline_text, plain
from msqa_scraper.replica.pages import post_page
from msqa_scraper.replica.people import DEGREES, EXPERTS, Expert
from msqa_scraper.replica.routes import respond
from msqa_scraper.replica.slugs import weebly_slug

BASE = "http://127.0.0.1:9/q--a-for-virtual-ms-center"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"


# --- an independent implementation of docs/extraction.md's plain-text rules, on HTML ---------

_BLOCKS = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"}
_SKIP = {"script", "style", "iframe"}
BR, BLOCK, END_LI = object(), object(), object()


def _tokens(el, out: list) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag in _SKIP:
        pass
    elif tag == "br":
        out.append(BR)
    elif tag is not None:
        if tag in _BLOCKS:
            out.append(BLOCK)
        if tag == "li":
            parent = el.getparent()
            ordered = parent is not None and parent.tag == "ol"
            number = [c for c in parent if c.tag == "li"].index(el) + 1 if ordered else 0
            out.append(("li", f"{number}. " if ordered else "- "))
        if el.text:
            out.append(el.text)
        for child in el:
            _tokens(child, out)
        if tag == "li":
            out.append(END_LI)
        if tag in _BLOCKS:
            out.append(BLOCK)
    if el.tail:
        out.append(el.tail)


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value.translate({ord(c): None for c in ZERO_WIDTH})).strip()


def html_text(content) -> str:
    """Plain text of a div.blog-content element per docs/extraction.md."""
    tokens: list = []
    if content.text:
        tokens.append(content.text)
    for child in content:
        _tokens(child, tokens)
    paragraphs: list[list[str]] = []
    lines: list[str] = []
    current: list[str] = []
    breaks = 0
    for token in tokens:
        if token is BR:
            lines.append("".join(current))
            current = []
            breaks += 1
            if breaks >= 2:
                paragraphs.append(lines)
                lines = []
        elif token is BLOCK:
            lines.append("".join(current))
            paragraphs.append(lines)
            lines, current, breaks = [], [], 0
        elif token is END_LI:
            lines.append("".join(current))
            current = []
        elif isinstance(token, tuple):
            lines.append("".join(current))
            current = [token[1]]
        else:
            current.append(token)
            if _clean(token):
                breaks = 0
    lines.append("".join(current))
    paragraphs.append(lines)
    kept = [[c for c in map(_clean, p) if c] for p in paragraphs]
    return "\n\n".join("\n".join(p) for p in kept if p)


def _expected_full_text(site, spec, post: dict) -> str:
    """What the whole blog-content must read as: labels + truth question/answer + signature."""
    body = site.body(spec)
    f = body.features
    short = f.label_word == "Q"
    gap = "\n" if f.label_own_line else " "
    parts = []
    if body.question is not None:
        parts.append(("Q:" if short else "Question:") + gap + post["question"])
    answer = post["answer"]
    if f.answer_label:
        answer = ("A:" if short else "Answer:") + gap + answer
    parts.append(answer)
    if body.signature:  # a closing bio (round 16) signs nothing under the answer
        parts.append("\n".join(plain(inline_text(line)) for line in body.signature))
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def site():
    return build_site(SiteConfig())


@pytest.fixture(scope="module")
def site_truth(site) -> dict:
    return truth(site, BASE)


# --- tests -------------------------------------------------------------------------------


def test_same_config_gives_byte_identical_site() -> None:
    config = SiteConfig(posts=30, seed=5, round=2)
    first = build_site.__wrapped__(config)  # bypass the cache: build twice for real
    second = build_site.__wrapped__(config)
    assert json.dumps(truth(first, BASE)) == json.dumps(truth(second, BASE))
    for path in ("/q--a-for-virtual-ms-center", "/2/feed", "/sitemap.xml"):
        assert respond(first, "h:1", path).body == respond(second, "h:1", path).body
    spec = first.posts[3]
    assert post_page(first, spec, RenderContext("h:1")) == post_page(
        second, second.by_id[spec.id], RenderContext("h:1")
    )


def test_different_seeds_differ() -> None:
    a = build_site(SiteConfig(seed=1))
    b = build_site(SiteConfig(seed=2))
    assert [p.id for p in a.posts] != [p.id for p in b.posts]


@pytest.mark.parametrize(
    "config",
    [SiteConfig(seed=s) for s in (1, 2, 3, 4, 5, 6)]
    + [SiteConfig(months=1, categories=0), SiteConfig(posts=41, per_page=4, seed=9)],
    ids=lambda c: f"seed{c.seed}-m{c.months}-c{c.categories}-n{c.posts}",
)
def test_every_variant_occurs_in_a_40_post_site(config: SiteConfig) -> None:
    for round_ in (0, 1, 2):
        site = build_site(config, round_)
        seen = Counter(v for p in site.posts for v in variants_of(site, p))
        assert [v for v in VARIANTS if not seen[v]] == [], f"round {round_}"


def test_posts_with_variant(site) -> None:
    seed = posts_with_variant(site, "seed_post")
    assert [p.slug for p in seed] == ["how-does-lemtrada-work"]
    for spec in posts_with_variant(site, "sig_flat"):
        assert spec.features.sig_style == "flat"
    with pytest.raises(KeyError):
        posts_with_variant(site, "no-such-variant")


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Stand-up Comedy", "standup-comedy"),
        ("Q & A for Virtual MS Center", "q--a-for-virtual-ms-center"),
        ("Let's Explore (Asia & Europe)", "lets-explore-asia--europe"),
        ("Le suivi médical", "le-suivi-meacutedical"),
        ("Diet & Lifestyle", "diet--lifestyle"),
        ("Women's Health", "womens-health"),
        ("Neuro-ophthalmology", "neuroophthalmology"),
        ("Sjögren's Syndrome", "sjoumlgrens-syndrome"),
    ],
)
def test_weebly_slug_rule(name: str, slug: str) -> None:
    assert weebly_slug(name) == slug


def test_generating_20000_posts_is_lazy() -> None:
    # Speed belongs to bench/, not to timed assertions here: what this proves is that building
    # the model renders no post body, and serving one listing page renders only its own posts.
    build_body.cache_clear()
    site = build_site.__wrapped__(SiteConfig(posts=20000, seed=3))
    assert len(site.posts) == 20000
    assert build_body.cache_info().currsize == 0
    assert len({p.id for p in site.posts}) == 20000
    assert len({p.slug for p in site.posts}) == 20000
    assert all(re.fullmatch(r"[1-9]\d{17}", p.id) for p in site.posts[:500])
    response = respond(site, "h:1", "/q--a-for-virtual-ms-center/previous/1500")
    assert response.status == 200
    assert 0 < build_body.cache_info().currsize <= 20


def test_months_one_puts_every_post_in_september_2024() -> None:
    site = build_site(SiteConfig(months=1, categories=0))
    assert list(site.by_month) == ["09-2024"]
    assert site.categories == []
    assert all(not p.categories for p in site.posts)


def test_posts_spread_over_the_configured_months(site) -> None:
    assert list(site.by_month) == ["09-2024", "08-2024", "07-2024", "06-2024", "05-2024", "04-2024"]
    dates = Counter(p.published.date() for p in site.posts)
    assert max(dates.values()) >= 2, "some posts share a date"


def test_categories_use_the_first_k_of_the_pool(site) -> None:
    names = {c.name for c in site.categories}
    assert {"Diet & Lifestyle", "Women's Health", "Neuro-ophthalmology", "Sjögren's Syndrome"} <= (
        names
    )
    counts = Counter(len(p.categories) for p in site.posts)
    assert counts[0] and counts[1] and (counts[2] or counts[3])


def test_seed_post_truth(site_truth) -> None:
    post = next(p for p in site_truth["posts"] if p["slug"] == "how-does-lemtrada-work")
    assert post["question"] == "How does Lemtrada work? In your opinion is it safe?"
    assert post["answer"].startswith("Mechanism of Action: Alemtuzumab (Lemtrada) is a monoclonal")
    assert "orvery rarely" in post["answer"]
    assert post["answer"].endswith(
        "read more about Lemtrada.\n"
        "http://www.healthcarejourney.com/q--a-for-virtual-ms-center/"
        "what-long-term-data-is-there-on-lemtrada"
    )
    assert post["posted_date"] == "2024-09-10"
    assert post["comments_closed"] is True
    assert post["experts"] == [
        {
            "name": "Revere (Rip) Kinkel",
            "degrees": ["MD"],
            "titles": [
                "Director of the Multiple Sclerosis Program",
                "Professor of Clinical Neurosciences",
            ],
            "institution": "University of California San Diego",
        }
    ]
    assert post["links"] == [
        {
            "url": f"{BASE}/what-long-term-data-is-there-on-lemtrada",
            "text": "http://www.healthcarejourney.com/q--a-for-virtual-ms-center/"
            "what-long-term-data-is-there-on-lemtrada",
            "internal": True,
            "post_slug": "what-long-term-data-is-there-on-lemtrada",
        }
    ]
    assert any(p["slug"] == "what-long-term-data-is-there-on-lemtrada" for p in site_truth["posts"])


def test_truth_shape(site_truth) -> None:
    assert site_truth["round"] == 0
    assert site_truth["base_url"] == BASE
    assert site_truth["disclaimer"].startswith("PLEASE NOTE: This information/opinions")
    assert site_truth["removed"] == []
    keys = {
        "id", "url", "slug", "title", "question", "answer", "posted_date", "categories",
        "comments_closed", "experts", "links", "has_excerpt",
    }  # fmt: skip
    for post in site_truth["posts"]:
        assert keys <= post.keys()
        assert post["url"] == f"{BASE}/{post['slug']}"
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", post["posted_date"])
        assert post["categories"] == sorted(post["categories"])
        assert "All" not in post["categories"]
        for link in post["links"]:
            assert link["url"].startswith("http")
            if link["internal"]:
                assert link["url"] == f"{BASE}/{link['post_slug']}"


def test_truth_text_follows_the_extraction_rules(site_truth) -> None:
    """No label, signature, zero-width or doubled space survives in question/answer text."""
    signature_lines = {e.name for e in EXPERTS} | {t for e in EXPERTS for t in e.titles}
    for post in site_truth["posts"]:
        for field in ("question", "answer"):
            value = post[field]
            assert value and value == value.strip()
            assert not any(c in value for c in ZERO_WIDTH + "\xa0")
            assert "  " not in value and "\n\n\n" not in value
            for line in value.split("\n"):
                assert line == line.strip()
                assert not re.match(r"(Question|Answer|Q|A):", line)
                assert line not in signature_lines
                assert not line.startswith(("Answered by", "Dr. "))
        last_paragraph = post["answer"].rsplit("\n\n", 1)[-1]
        for expert in post["experts"]:
            assert set(expert["degrees"]) <= set(DEGREES)
            # a closing bio (round 16) names the expert in the answer's last paragraph, which
            # stays in the answer; nowhere else is a signer's name answer text
            # (round 17's bio paragraph opens "Name is ..." when the expert has no degrees)
            closing_bio = (
                last_paragraph.startswith((f"{expert['name']}, ", f"{expert['name']} is "))
                and " is " in last_paragraph
            )
            # and a quoted speaker (round 17) is named in the quotation's attribution there
            quoted = f"{expert['name']}, " in last_paragraph and "\u201c" in last_paragraph
            assert expert["name"] not in post["answer"] or closing_bio or quoted


def test_truth_matches_the_rendered_html_under_the_rules(site, site_truth) -> None:
    """Apply docs/extraction.md to each rendered div.blog-content (independently of the
    replica's own text code): it must read as labels + truth question/answer + signature."""
    ctx = RenderContext("127.0.0.1:9")
    for post in site_truth["posts"]:
        spec = site.by_id[post["id"]]
        tree = lxml_html.fromstring(post_page(site, spec, ctx).encode())
        (content,) = tree.xpath('//div[@class="blog-content"]')
        assert html_text(content) == _expected_full_text(site, spec, post), post["slug"]


def test_comments_never_reach_the_answer(site, site_truth) -> None:
    commented = [p for p in site.posts if p.comment_count]
    assert commented
    answers = {p["id"]: p["answer"] for p in site_truth["posts"]}
    for spec in commented:
        for comment in site.comments(spec):
            assert comment.text not in answers[spec.id]


def test_listing_truth_pages_cover_every_post(site, site_truth) -> None:
    pages = site_truth["listing"]["pages"]
    index = [i for page in pages["/q--a-for-virtual-ms-center"] for i in page]
    assert index == [p["id"] for p in site_truth["posts"]]
    assert pages["/q--a-for-virtual-ms-center/category/all"] == pages["/q--a-for-virtual-ms-center"]
    months = [
        i for a in site_truth["listing"]["archives"] for page in pages[a["path"]] for i in page
    ]
    assert sorted(months) == sorted(index)
    assert site_truth["listing"]["feed"] == index[:10]


def test_config_validation() -> None:
    for bad in (dict(posts=2), dict(posts=20001), dict(per_page=0), dict(categories=13)):
        with pytest.raises(ValueError):
            SiteConfig(**bad)


def test_closing_bio_posts_keep_the_bio_in_the_answer_and_name_its_expert(site, site_truth):
    # Round 16's real form (a bio sentence ending the answer, no signature under it): the
    # default site carries it, so the end-to-end crawl tests read it from real HTTP.
    bios = [p for p in site.posts if site.body(p).features.sig_style == "closing_bio"]
    assert bios
    truth_by_id = {post["id"]: post for post in site_truth["posts"]}
    for spec in bios:
        body, post = site.body(spec), truth_by_id[spec.id]
        assert body.signature == ()
        (expert,) = post["experts"]
        last = post["answer"].rsplit("\n\n", 1)[-1]
        assert last.startswith(f"{expert['name']}, ") and last.endswith(f"{expert['institution']}.")


def test_credit_line_posts_name_the_writer_and_the_reviewer(site, site_truth):
    # Round 16's stacked credit lines ('Written by' over 'Medically reviewed by'): the default
    # site carries them, so the end-to-end crawl tests read both people of such a block.
    credited = [p for p in site.posts if site.body(p).features.sig_style == "credit_lines"]
    assert credited
    truth_by_id = {post["id"]: post for post in site_truth["posts"]}
    for spec in credited:
        body, post = site.body(spec), truth_by_id[spec.id]
        writer, reviewer = post["experts"]
        assert writer["degrees"] == [] and reviewer["degrees"]
        assert [plain(inline_text(line)) for line in body.signature] == [
            f"Written by {writer['name']}",
            f"Medically reviewed by {', '.join((reviewer['name'], *reviewer['degrees']))}",
        ]
        assert writer["name"] not in post["answer"] and reviewer["name"] not in post["answer"]


def test_quoted_speaker_posts_keep_the_quotation_and_name_its_speaker(site, site_truth):
    # Round 17's real form (a quotation ending the answer, its speaker named with role and
    # employer, no signature under it): the default site carries it, so the end-to-end crawl
    # tests read the speaker from real HTTP.
    quoted = [p for p in site.posts if site.body(p).features.sig_style == "quoted_speaker"]
    assert quoted
    truth_by_id = {post["id"]: post for post in site_truth["posts"]}
    for spec in quoted:
        body, post = site.body(spec), truth_by_id[spec.id]
        assert body.signature == ()
        (expert,) = post["experts"]
        last = post["answer"].rsplit("\n\n", 1)[-1]
        who = ", ".join((expert["name"], *expert["degrees"]))
        assert f"{who}, {expert['titles'][0]} at {expert['institution']}" in last


def test_quoted_speaker_takes_all_three_wordings():
    # the verb after the quotation, the speaker before a colon, and "explained"
    big = build_site(SiteConfig(posts=200))
    wordings = set()
    for spec in big.posts:
        body = big.body(spec)
        if body.features.sig_style == "quoted_speaker":
            last = plain(inline_text(body.answer[-1].children))
            wordings.add(next(w for w in ("said:", "explained", "said") if w in last))
    assert wordings == {"said:", "explained", "said"}


def test_bio_paragraph_posts_keep_the_paragraph_and_name_its_expert(site, site_truth):
    # Round 17's real form (a closing bio paragraph, "Name is a ROLE at Org. Name also ...", no
    # signature under it): the default site carries it, so the end-to-end crawl tests read the
    # expert from real HTTP and keep both sentences in the answer.
    bios = [p for p in site.posts if site.body(p).features.sig_style == "bio_paragraph"]
    assert bios
    truth_by_id = {post["id"]: post for post in site_truth["posts"]}
    for spec in bios:
        body, post = site.body(spec), truth_by_id[spec.id]
        assert body.signature == ()
        (expert,) = post["experts"]
        last = post["answer"].rsplit("\n\n", 1)[-1]
        first, _, more = last.partition(f" at {expert['institution']}. ")
        assert first.startswith(expert["name"]) and first.endswith(f" {expert['titles'][0]}")
        assert more.startswith(expert["name"].split()[0])  # the paragraph goes on about them


def test_bio_paragraph_needs_a_role_an_employer_and_a_given_name():
    assert bio_paragraph(Expert("J. Doe", (), ("Neurologist",), "Harbour Clinic"), "k") is None
    assert bio_paragraph(Expert("Jane Doe", (), (), "Harbour Clinic"), "k") is None
    got = bio_paragraph(Expert("Jane Doe", ("MD",), ("Neurologist",), "Harbour Clinic"), "k")
    assert got is not None and got.startswith(
        "Jane Doe, MD, is a Neurologist at Harbour Clinic. Jane "
    )


# --- round 19: blocks rendered after the answer ---------------------------------------------
# The crawl tests' site (tests/test_crawl_replica.py) carries every round-19 form, so the
# end-to-end crawl reads each over real HTTP; here each form's page is read back directly.
ROUND19 = ("ruled_credit", "profile_card", "committee_card", "card_bio", "spelled_role")
ROUND19_TWO = ("column_contact", "host_label", "masthead")
CRAWL_CONFIG = SiteConfig(posts=320, per_page=4, months=8, categories=8, seed=3)


@pytest.fixture(scope="module")
def crawl_site():
    return build_site(CRAWL_CONFIG)


def test_the_sites_carry_every_round19_form(site, crawl_site):
    styles = {crawl_site.body(p).features.sig_style for p in crawl_site.posts}
    styles |= {site.body(p).features.sig_style for p in site.posts}
    assert set(ROUND19) | set(ROUND19_TWO) <= styles


@pytest.mark.parametrize("style", [*ROUND19, *ROUND19_TWO])
def test_round19_posts_read_back_to_their_truth(style, site, crawl_site):
    from msqa_scraper.extract import extract_post

    checked = 0
    for one in (site, crawl_site):
        answers = {p["id"]: p for p in truth(one, BASE)["posts"]}
        for spec in one.posts:
            body = one.body(spec)
            if body.features.sig_style != style:
                continue
            page = post_page(one, spec, RenderContext("127.0.0.1:9"))
            got = extract_post(page, f"{BASE}/{spec.slug}", BASE)
            want = answers[spec.id]
            assert [e.to_dict() for e in got.experts] == want["experts"], spec.slug
            assert got.answer == want["answer"], spec.slug
            checked += 1
    assert checked


def _signature_lines_by_style(crawl_site) -> dict[str, list[list[str]]]:
    """Each crawl-site post's signature lines as plain text, grouped by the post's style."""
    lines_of: dict[str, list[list[str]]] = {}
    for spec in crawl_site.posts:
        body = crawl_site.body(spec)
        lines_of.setdefault(body.features.sig_style, []).append(
            [plain(inline_text(line)) for line in body.signature]
        )
    return lines_of


def test_round19_forms_write_what_they_say(crawl_site):
    lines_of = _signature_lines_by_style(crawl_site)
    assert all(lines[0].startswith("Contributed by: ") for lines in lines_of["ruled_credit"])
    assert all(set(lines[-1]) == {"_"} for lines in lines_of["ruled_credit"])
    assert all(": " in lines[1] for lines in lines_of["profile_card"])
    assert all(lines[-1] == "Medical Advisory Committee" for lines in lines_of["committee_card"])
    assert all("Send questions to " in lines[0] for lines in lines_of["column_contact"])
    assert all(lines[-1].startswith("MSNA Host: ") for lines in lines_of["host_label"])
    assert all(lines[0].count(" \u2022 ") == 2 for lines in lines_of["masthead"])
    assert all(" \u00b7 " in lines[-1] for lines in lines_of["spelled_role"])


# --- round 20: blocks with furniture or a note under them -------------------------------------
# As round 19's: the crawl site carries every round-20 form and each page reads back to its truth
# (tests/test_signature_blocks_r19b.py names each form's case and site).
ROUND20 = ("linked_dash", "mail_in", "surname_note", "back_to_top")
ROUND20_TWO = ("hosts_theme",)


def test_the_sites_carry_every_round20_form(site, crawl_site):
    styles = {crawl_site.body(p).features.sig_style for p in crawl_site.posts}
    styles |= {site.body(p).features.sig_style for p in site.posts}
    assert set(ROUND20) | set(ROUND20_TWO) <= styles


@pytest.mark.parametrize("style", [*ROUND20, *ROUND20_TWO])
def test_round20_posts_read_back_to_their_truth(style, site, crawl_site):
    test_round19_posts_read_back_to_their_truth(style, site, crawl_site)


def test_round20_forms_write_what_they_say(crawl_site):
    lines_of = _signature_lines_by_style(crawl_site)
    assert all(
        lines[0].startswith("- Dr. ") and lines[-1] == "Learn more"
        for lines in lines_of["linked_dash"]
    )
    assert all(
        lines[0].startswith("Write to ") and "P.O. Box" in lines[0] for lines in lines_of["mail_in"]
    )
    assert all(
        lines[-1].startswith(lines[0].split()[-1] + " is the ")
        for lines in lines_of["surname_note"]
    )
    assert all(lines[-1] == "Back to top" for lines in lines_of["back_to_top"])
    assert all(
        lines[0].startswith("Hosts: ") and " & " in lines[0] and lines[1].startswith("Theme: ")
        for lines in lines_of["hosts_theme"]
    )


# --- round 21: blocks of several people -------------------------------------------------------
# As round 20's: the crawl site carries every round-21 form and each page reads back to its truth
# (tests/test_signature_blocks_r21.py names each form's case and site).
ROUND21 = ("column_code", "semicolon_degrees")
ROUND21_TWO = ("numbered_contributors", "doctors_credit", "starred_authors", "guest_editor")


def test_the_sites_carry_every_round21_form(site, crawl_site):
    styles = {crawl_site.body(p).features.sig_style for p in crawl_site.posts}
    styles |= {site.body(p).features.sig_style for p in site.posts}
    assert set(ROUND21) | set(ROUND21_TWO) <= styles


@pytest.mark.parametrize("style", [*ROUND21, *ROUND21_TWO])
def test_round21_posts_read_back_to_their_truth(style, site, crawl_site):
    test_round19_posts_read_back_to_their_truth(style, site, crawl_site)


def test_round21_forms_write_what_they_say(crawl_site):
    lines_of = _signature_lines_by_style(crawl_site)
    assert all(
        lines[0] == "Contributors" and lines[1].startswith("1. ") and lines[2].startswith("2. ")
        for lines in lines_of["numbered_contributors"]
    )
    assert all(
        re.match(r"Written by (?:doctors|specialists) \S", lines[0]) and ", and " in lines[0]
        for lines in lines_of["doctors_credit"]
    )
    assert all(
        lines[0].endswith(" **") and " *; " in lines[0] and lines[1].startswith("* ")
        for lines in lines_of["starred_authors"]
    )
    assert all(
        lines[0] == "Guest Editor:" and "; " in lines[1] for lines in lines_of["guest_editor"]
    )
    assert all(
        lines[0].startswith("By ") and lines[-2] == "5310-FM" for lines in lines_of["column_code"]
    )
