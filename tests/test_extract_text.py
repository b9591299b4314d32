import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html

from msqa_scraper.extract.qa import split_qa
from msqa_scraper.extract.sanitize import CONTROL_CHARS
from msqa_scraper.extract.text import clean_line, parse_content


def content(markup: str):
    return parse_content(
        html.fromstring(f'<div class="blog-content">{markup}</div>'), "http://h/b/"
    )


def test_paragraphs_lines_and_invisible_characters():
    c = content(
        '<div class="paragraph">One&nbsp; two\u200b<br />three<br />\u200b<br />four</div>'
        '<div class="paragraph">&#8203;five &rsquo;six&amp;</div>'
    )
    assert c.text == "One two\nthree\n\nfour\n\nfive \u2019six&"


def test_lists_and_headings():
    c = content(
        '<div class="paragraph">Intro:<ul><li>one</li><li>two</li></ul>after<ol><li>a</li></ol></div>'
        '<h2 class="wsite-content-title">Heading<br></h2>'
    )
    assert c.text == "Intro:\n\n- one\n- two\n\nafter\n\n1. a\n\nHeading"


def test_scripts_styles_iframes_and_widgets_are_dropped():
    c = content(
        '<div class="paragraph">Kept<script>alert(1)</script><style>p{}</style></div>'
        '<div><iframe src="//x"></iframe></div><div class="blog-social"><a href="/x">Tweet</a></div>'
        "<div><!--BLOG_SUMMARY_END--></div>"
    )
    assert c.text == "Kept"
    assert all("script" not in line.html for p in c.paragraphs for line in p.lines)


def test_links_are_absolute_in_html():
    c = content('<div class="paragraph">See <a href="/b/post" target="_blank">this</a>.</div>')
    assert c.paragraphs[0].lines[0].html == 'See <a href="http://h/b/post">this</a>.'
    assert c.links == [("http://h/b/post", "this")]


def test_bold_labels_in_one_paragraph():
    qa = split_qa(
        content(
            '<div class="paragraph"><strong>Question:</strong> Is it safe?<br /><br />'
            "<strong>Answer:</strong> Mostly.<br />Second line.<br /><br />Jane Doe, MD</div>"
        ).paragraphs
    )
    assert [p.text for p in qa.question] == ["Is it safe?"]
    assert [p.text for p in qa.answer] == ["Mostly.\nSecond line."]
    assert qa.answer[0].lines[0].html == "Mostly."
    assert qa.experts[0].name == "Jane Doe"


def test_labels_alone_on_their_lines_and_q_a_forms():
    qa = split_qa(
        content(
            '<div class="paragraph">Q:</div><div class="paragraph">Is it safe?</div>'
            '<div class="paragraph"><strong>A:</strong><br />Mostly.</div>'
            '<div class="paragraph">Dr. Jane Doe<br />Staff Neurologist</div>'
        ).paragraphs
    )
    assert [p.text for p in qa.question] == ["Is it safe?"]
    assert [p.text for p in qa.answer] == ["Mostly."]


def test_no_question_label_means_title_is_the_question():
    qa = split_qa(
        content(
            '<div class="paragraph">An answer: with a colon.<br /><br />Jane Doe, MD</div>'
        ).paragraphs
    )
    assert qa.question_from_title
    assert [p.text for p in qa.answer] == ["An answer: with a colon."]


def test_mid_answer_colon_is_not_a_label():
    qa = split_qa(
        content(
            '<div class="paragraph">Question: Why?<br /><br />Answer: Mechanism of Action: because.'
            "<br /><br />A: this line starts like a label but the answer label came first.</div>"
        ).paragraphs
    )
    assert qa.answer[0].text == "Mechanism of Action: because."
    assert qa.answer[1].text.startswith("A: this line")


# clean_line's contract, written the slow, obvious way: drop the zero-width characters and the
# controls that are not whitespace, then collapse every run of whitespace (``\s``, which
# includes U+00A0, CR, FF, VT, NEL and the U+001C..U+001F separators) into one space.
_REFERENCE_DROPPED = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u2060")),
    **{c: None for c in CONTROL_CHARS if not re.match(r"\s", chr(c))},
}


def _reference_clean_line(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_REFERENCE_DROPPED)).strip()


_TRICKY = "\x00\x01\x1b\x7f\x85\x9b\x9f\x1c\x1f\t\n\r\x0b\x0c \xa0\u200b\u200c\u200d\ufeff\u2060\u2028\u3000"


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters()), max_size=60))
def test_clean_line_drops_invisibles_and_collapses_whitespace(text):
    assert clean_line(text) == _reference_clean_line(text)


def test_clean_line_examples():
    assert clean_line("  Dr.\u00a0Jane\u200b  Roe,\tMD\r\n") == "Dr. Jane Roe, MD"
    assert clean_line("a\x1b[31mb\x07c") == "a[31mbc"  # ESC and BEL go, the text stays
    assert clean_line("one\x85two\x1cthree") == "one two three"  # NEL, FS: whitespace
    assert clean_line("zero\u200b\u2060width") == "zerowidth"
    assert clean_line("plain ascii line") == "plain ascii line"
