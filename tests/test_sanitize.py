"""extract/sanitize.py and its hooks: what a hostile page can and cannot put in the archive.

The hostile forms are the ones browsers are known to run, from the WHATWG URL standard (a
parser strips leading C0 controls and spaces and removes tabs and newlines anywhere, so
``"\\x01javascript:"`` and ``"java\\tscript:"`` are ``javascript:`` URLs) and from OWASP's XSS
filter evasion cheat sheet (https://cheatsheetseries.owasp.org/cheatsheets/
XSS_Filter_Evasion_Cheat_Sheet.html: entity-encoded schemes, ``data:`` and ``vbscript:``
links, ``<img src=javascript:>``). The markup around them is our own.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract import extract_post
from msqa_scraper.extract.page import decode_page
from msqa_scraper.extract.sanitize import clean_html, safe_url, strip_controls

BASE = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
POST_URL = f"{BASE}/a-post"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
DANGEROUS = re.compile(r"javascript:|vbscript:|data:", re.I)


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "\x01javascript:alert(1)",
        " \x00 JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u200bjavascript:alert(1)",
        "jav\x1bascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "file:///etc/passwd",
        "#top",
        "",
        "   ",
    ],
)
def test_unsafe_urls_are_dropped(href: str) -> None:
    assert safe_url(href, POST_URL) is None


@pytest.mark.parametrize(
    ("href", "want"),
    [
        ("https://example.org/ms", "https://example.org/ms"),
        ("  http://example.org/a b  ", "http://example.org/a b"),
        ("mailto:questions@example.org", "mailto:questions@example.org"),
        ("/apps/search?q=x", "http://www.healthcarejourney.com/apps/search?q=x"),
        ("other-post", f"{BASE}/other-post"),
        ("//example.org/x", "http://example.org/x"),
        ("\x01https://example.org/\x1b[31m", "https://example.org/[31m"),
    ],
)
def test_safe_urls_are_kept_and_resolved_against_the_post(href: str, want: str) -> None:
    assert safe_url(href, POST_URL) == want


def test_strip_controls_keeps_newline_and_tab() -> None:
    assert strip_controls("a\x1b]0;x\x07b\x9b31mc\n\td\x7f") == "a]0;xb31mc\n\td"


def test_clean_html_keeps_text_of_unknown_elements_and_drops_bad_urls() -> None:
    dirty = (
        '<p>one <form action="/x">two</form> <object data="x">three</object>'
        ' <a href="&#1;javascript:alert(1)" onclick="x()">four</a>'
        ' <img src="javascript:alert(2)" onerror="x()"><span style="x">five</span></p>'
        "<script>alert(3)</script>"
    )
    clean = clean_html(dirty, POST_URL)
    # As a browser parses it (HTML5): a <form> ends the open <p>, its words stay.
    assert clean == "<p>one </p>two three <a>four</a> <img>five<p></p>"


def test_clean_html_leaves_what_the_extractor_writes_alone() -> None:
    fragment = (
        '<p>A &amp; B <a href="http://example.org/?a=1&amp;b=2">link</a><br><strong>x</strong>'
        '</p><ul><li><em>y</em></li></ul><h3>z</h3><p><img src="http://h/i.png" alt="Picture"></p>'
    )
    assert clean_html(fragment, POST_URL) == fragment


def test_clean_html_resolves_each_call_against_its_own_base() -> None:
    # One cleaner is shared by every call: the base URL of one call must not leak into the next,
    # nor into a call made at the same time on another thread.
    fragment = '<p><a href="other-post">x</a><img src="pic.png" alt="a"></p>'
    assert clean_html(fragment, POST_URL) == (
        f'<p><a href="{BASE}/other-post">x</a><img src="{BASE}/pic.png" alt="a"></p>'
    )
    assert clean_html(fragment, "https://example.org/d/page") == (
        '<p><a href="https://example.org/d/other-post">x</a>'
        '<img src="https://example.org/d/pic.png" alt="a"></p>'
    )
    # Without a base, a relative URL stays relative (it can never become a script).
    assert clean_html(fragment) == fragment
    bases = [f"https://site{n}.example/blog/post" for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda base: clean_html(fragment * 50, base), bases * 5))
    for base, result in zip(bases * 5, results, strict=True):
        assert result.count(f'href="{base.rsplit("/", 1)[0]}/other-post"') == 50


def page(content: str, title: str = "A title") -> bytes:
    return (
        "<html><head><title>t</title></head><body>"
        '<div class="blog-post" id="blog-post-123456">'
        f'<h2 class="blog-title"><a class="blog-title-link" href="{POST_URL}">{title}</a></h2>'
        '<p class="blog-date"><span class="date-text">9/10/2024</span></p>'
        f'<div class="blog-content">{content}</div></div></body></html>'
    ).encode()


HOSTILE_CONTENT = (
    '<div class="paragraph"><strong>Question:</strong> Is it safe?</div>'
    '<div class="paragraph"><strong>Answer:</strong> Read '
    '<a href="&#1;javascript:alert(1)">this</a>, <a href="java&#9;script:alert(2)">that</a>,'
    ' <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">a data link</a>,'
    ' <a href="vbscript:msgbox(4)">a vbscript link</a>'
    ' and <a href="https://example.org/ok">a good one</a>.'
    '<img src="javascript:alert(5)"> Colours \x1b[31mred\x1b[0m and a title'
    " \x1b]0;owned\x07 change &#27;[2J &#x9b;here.</div>"
    '<div class="paragraph">Before the form <form action="/steal">words inside the form</form>'
    " and after it.</div>"
    '<div class="paragraph">An <object data="x.swf">object fallback</object> too.</div>'
)


def test_extract_post_stores_no_dangerous_url_or_control_character() -> None:
    post = extract_post(page(HOSTILE_CONTENT, "Title \x1b]0;x\x07 here"), POST_URL, BASE)
    for value in (post.title, post.question, post.answer, post.answer_html):
        assert not CONTROL.search(value), repr(value)
    assert not DANGEROUS.search(post.answer_html)
    assert [link.url for link in post.links] == ["https://example.org/ok"]
    assert post.title == "Title ]0;x here"


def test_text_inside_a_form_or_an_object_is_kept() -> None:
    post = extract_post(page(HOSTILE_CONTENT), POST_URL, BASE)
    assert "Before the form words inside the form and after it." in post.answer
    assert "An object fallback too." in post.answer
    assert "Read this, that, a data link, a vbscript link and a good one." in post.answer


# Control characters, as bytes or as character references, anywhere in a post's text.
controls = st.sampled_from(
    [
        *("\x00", "\x01", "\x07", "\x08", "\x1b", "\x1b[31m", "\x1b]0;t\x07", "\x7f", "\x85"),
        *("\x9b", "&#1;", "&#27;", "&#x1b;", "&#x9b;", "&#127;"),
    ]
)
words = st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=12)
dirty_text = st.lists(st.one_of(words, controls), min_size=1, max_size=8).map("".join)


@settings(deadline=None, max_examples=60)
@given(title=dirty_text, answer=dirty_text, signature=dirty_text, href=dirty_text)
def test_no_control_character_reaches_any_field(title, answer, signature, href) -> None:
    content = (
        '<div class="paragraph"><strong>Question:</strong> Why?</div>'
        f'<div class="paragraph"><strong>Answer:</strong> {answer}'
        f' <a href="{href}">{answer}</a></div>'
        f'<div class="paragraph">{signature}<br>Neurologist</div>'
    )
    post = extract_post(page(content, title), POST_URL, BASE)
    texts = [post.title, post.question, post.answer, post.answer_html]
    for expert in post.experts:
        texts += [expert.name, expert.institution or "", *expert.degrees, *expert.titles]
    for link in post.links:
        texts += [link.url, link.text]
        assert link.url.startswith(("http://", "https://", "mailto:")), link.url
    for value in texts:
        assert not CONTROL.search(value), repr(value)


def test_windows_1252_is_decoded_with_the_declared_charset() -> None:
    body = page("<p>Sj\xf6gren\u2019s caf\xe9</p>").decode().encode("cp1252")
    post = extract_post(body, POST_URL, BASE, "cp1252")
    assert post.answer == "Sjögren’s café"
    assert not [p for p in post.problems if p.startswith("charset")]


def test_a_charset_mismatch_is_a_problem() -> None:
    body = (
        b'<html><head><meta charset="utf-8"></head><body>'
        + "Sjögren’s café".encode("cp1252")
        + b"</body></html>"
    )
    data, problems = decode_page(body, "cp1252")
    assert "Sjögren’s café" in data.decode()
    assert problems == ["charset: page declares utf-8 but was decoded as cp1252"]
    _, problems = decode_page(body, "utf-8")
    assert problems == ["charset: bytes invalid in utf-8 at byte 49"]


def test_without_an_encoding_the_meta_charset_is_used() -> None:
    body = b'<html><head><meta charset="windows-1252"></head><body>caf\xe9</body></html>'
    data, problems = decode_page(body)
    assert "café" in data.decode() and problems == []
