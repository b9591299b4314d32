"""extract/page.py's one-walk landmark search says what the CSS selectors it replaces say.

``find_landmarks`` stands for ``css(root, "div.blog-post")`` filtered on a ``blog-post-`` id,
``first(root, "td.blog-sidebar")`` and ``first(root, "#commentArea")`` (cssselect's XPath,
evaluated by libxml2): the same elements, in document order, on any tree.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract import extract_post
from msqa_scraper.extract.cfemail import encode
from msqa_scraper.extract.page import (
    css,
    find_landmarks,
    first,
    has_class,
    parse_page,
    read_page,
)

BASE = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
POST_URL = f"{BASE}/a-post"

# Class values around the tokens looked for: XPath's normalize-space() splits at space, tab,
# CR and LF, and not at a form feed or a no-break space; a token must match whole.
CLASSES = st.sampled_from(
    [
        None,
        "",
        "blog-post",
        " blog-post ",
        "blog-post\tx",
        "x\nblog-post\r",
        "blog-post\x0cx",
        "blog-post\xa0x",
        "blog-posts",
        "my-blog-post",
        "Blog-Post",
        "blog-sidebar",
        "wide blog-sidebar",
        "blog-sidebar-x",
    ]
)
IDS = st.sampled_from(
    [None, "", "commentArea", "commentarea", "blog-post-123", "blog-post-", "blog-post-x", "x"]
)
TAGS = st.sampled_from(["div", "td", "span", "p", "section"])


def _attrs(ident: str | None, cls: str | None) -> str:
    out = ""
    if ident is not None:
        out += f' id="{ident}"'
    if cls is not None:
        out += f' class="{cls}"'
    return out


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    children = draw(st.integers(0, 3 if depth < 3 else 0))
    inner = "".join(draw(trees(depth + 1)) for _ in range(children))
    tag = draw(TAGS)
    return f"<{tag}{_attrs(draw(IDS), draw(CLASSES))}>t{inner}</{tag}>"


@settings(deadline=None, max_examples=150)
@given(st.lists(trees(), min_size=1, max_size=4))
def test_landmarks_and_selectors_match_parsel(parts: list[str]) -> None:
    # parsel's own css() (cssselect's XPath, run by libxml2) is the reference for all of them.
    root = parse_page(f"<html><body><table><tr>{''.join(parts)}</tr></table></body></html>")
    marks = find_landmarks(root)
    want_blocks = [
        b.root for b in root.css("div.blog-post") if b.attrib.get("id", "").startswith("blog-post-")
    ]
    assert marks.post_blocks == want_blocks
    sides, areas = root.css("td.blog-sidebar"), root.css("#commentArea")
    assert marks.sidebar is (sides[0].root if sides else None)
    assert marks.comment_area is (areas[0].root if areas else None)
    for selector in ("div.blog-post", ".blog-sidebar", "td.blog-sidebar", "span.blog-post", "p"):
        want = [s.root for s in root.css(selector)]
        assert [s.root for s in css(root, selector)] == want, selector
        found = first(root, selector)
        assert (found.root if found is not None else None) is (want[0] if want else None)
        for block in root.css("div, td"):
            inner = [s.root for s in block.css(selector)]
            assert [s.root for s in css(block, selector)] == inner
    for name in ("blog-post", "blog-sidebar"):
        matching = [s.root for s in root.css(f".{name}")]
        assert [el for el in root.root.iter() if has_class(el, name)] == matching


def _page(content: str, after: str) -> bytes:
    return (
        "<html><body><table><tr><td>"
        '<div class="blog-post" id="blog-post-123456">'
        f'<h2 class="blog-title"><a class="blog-title-link" href="{POST_URL}">A title</a></h2>'
        '<p class="blog-date"><span class="date-text">9/10/2024</span></p>'
        f'<div class="blog-content">{content}</div></div>{after}</td></tr></table></body></html>'
    ).encode()


def test_a_landmark_inside_an_obfuscated_address_is_not_read() -> None:
    # A page that hides a comment area and a sidebar inside a Cloudflare-protected address: the
    # decoder replaces the placeholder (and what it held) by the address, so what is read is the
    # page's next comment area (open: it has a form) and its next sidebar.
    hexed = encode("help@example.org", 0x2A)
    content = (
        '<div class="paragraph">Question: Why?</div>'
        '<div class="paragraph">Answer: Write to '
        f'<span class="__cf_email__" data-cfemail="{hexed}">'
        '<span id="commentArea">closed</span>'
        '<table><tr><td class="blog-sidebar"><div class="paragraph">Disclaimer: a decoy.</div>'
        "</td></tr></table></span>.</div>"
    )
    after = (
        '<div id="commentArea"><form action="/c"></form></div></td>'
        '<td class="blog-sidebar"><div class="paragraph">Please note: the real one.</div>'
    )
    post = extract_post(_page(content, after), POST_URL, BASE)
    assert "help@example.org" in post.answer and "decoy" not in post.answer
    assert post.comments_closed is False
    assert post.disclaimer == "Please note: the real one."


def test_landmarks_outside_the_content_are_read_as_found() -> None:
    after = (
        '<div id="commentArea"><div class="blog-notice-comments-closed">Closed</div></div></td>'
        '<td class="blog-sidebar"><div class="paragraph">Hello.</div>'
        '<div class="paragraph">Please note: not advice.</div>'
    )
    post = extract_post(_page('<div class="paragraph">Answer: Yes.</div>', after), POST_URL, BASE)
    assert post.comments_closed is True
    assert post.disclaimer == "Please note: not advice."


def test_answer_links_read_from_the_answer_html() -> None:
    content = (
        '<div class="paragraph">Question: See <a href="https://example.org/q">the asker\'s link</a>?'
        "</div>"
        '<div class="paragraph">Answer: Read <a href="other-post"><strong>the</strong> other'
        ' &amp; older\u00a0post</a>, <a href="https://example.org/x?a=1&amp;b=2">'
        '<img src="/i.png" alt="pic"></a> and <a href="javascript:alert(1)">no link</a>.</div>'
    )
    post = extract_post(_page(content, ""), POST_URL, BASE)
    assert [(link.url, link.text, link.internal, link.post_slug) for link in post.links] == [
        (f"{BASE}/other-post", "the other & older post", True, "other-post"),
        ("https://example.org/x?a=1&b=2", "", False, None),
    ]


def test_each_page_gets_its_own_sidebar_text() -> None:
    # Sidebar texts are remembered by their markup: a page with another disclaimer, or one that
    # differs by a single character or tag, still reads its own, past the memory's bound too.
    def disclaimer(text: str) -> str | None:
        after = f'</td><td class="blog-sidebar"><div class="paragraph">{text}</div>'
        return extract_post(_page("<p>Answer: yes.</p>", after), POST_URL, BASE).disclaimer

    forms = [f"Please note: rule {n}." for n in range(70)]
    forms += ["Please note: <b>bold</b>.", "Please note: <i>italic</i>.", "Please note:<br>two."]
    for _ in range(2):
        assert [disclaimer(text) for text in forms] == [
            *(f"Please note: rule {n}." for n in range(70)),
            "Please note: bold.",
            "Please note: italic.",
            "Please note:\ntwo.",
        ]
    assert disclaimer("No hint here.") is None


def test_read_page_decodes_once_and_reports_the_charset() -> None:
    body = '<html><head><meta charset="utf-8"></head><body><p>Sjögren’s café</p></body></html>'
    root, problems = read_page(body.encode())
    assert root.css("p")[0].root.text == "Sjögren’s café" and problems == []
    root, problems = read_page(body)  # text is parsed as it is: no charset to judge
    assert root.css("p")[0].root.text == "Sjögren’s café" and problems == []
    cp1252 = body.encode("cp1252")
    root, problems = read_page(cp1252, "cp1252")
    assert root.css("p")[0].root.text == "Sjögren’s café"
    assert problems == ["charset: page declares utf-8 but was decoded as cp1252"]
    # Bytes invalid in the charset: the page is still read, the bad bytes become U+FFFD.
    root, problems = read_page(cp1252)
    assert root.css("p")[0].root.text == "Sj\ufffdgren\ufffds caf\ufffd"
    assert problems == ["charset: bytes invalid in utf-8 at byte 52"]
