"""Turn a Weebly ``div.blog-content`` into paragraphs of lines, as text and as clean HTML.

The rules are written down in ``docs/extraction.md``; the replica's ground truth follows the
same rules, so any change here is a change of the data format.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from msqa_scraper.extract.sanitize import CONTROL_CHARS, safe_url

_WS = re.compile(r"\s+")
# Weebly sprinkles zero-width spaces before <br>s and inside empty anchors. Control characters
# (a hostile page's ESC and OSC sequences) never reach stored text either; the ones that are
# whitespace (CR, FF, VT, NEL...) fold into a space like any blank. One character class: a regex
# scan is ~5x cheaper than ``str.translate`` with a dict table, which looks up every character
# of every line (it was a tenth of a post's extraction).
_INVISIBLE_CODES = {*map(ord, "\u200b\u200c\u200d\ufeff\u2060")} | {
    code for code in CONTROL_CHARS if not _WS.match(chr(code))
}
_INVISIBLE = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in sorted(_INVISIBLE_CODES)) + "]"
)
_BLANK = " \t\n\r\f\v\xa0\u200b\u200c\u200d\ufeff\u2060"

BLOCK_TAGS = frozenset(
    "div p h1 h2 h3 h4 h5 h6 blockquote table tbody thead tr td th section article header "
    "footer pre hr figure figcaption center address dl dt dd".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
LIST_TAGS = frozenset(("ul", "ol"))
# Never content: scripts, widgets, form controls. Their text must not reach the archive. A <form>
# or an <object> is only a wrapper: it loses its tag, not the words inside it.
SKIP_TAGS = frozenset(
    "script style iframe noscript embed input button select textarea svg "
    "template canvas video audio source track map head title meta link".split()
)
_HEADING_KIND = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
INLINE_RENAME = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "u": "u"}


def clean_line(text: str) -> str:
    """Collapse whitespace (``&nbsp;`` included) and drop zero-width characters."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    # str.split() splits on exactly what ``\s`` matches (str.isspace, U+00A0 included), so
    # this is ``_WS.sub(" ", text).strip()``, without the regex.
    return " ".join(text.split())


@dataclass
class Line:
    text: str
    html: str


@dataclass
class Paragraph:
    kind: str  # "p", "h2".."h4", "ul", "ol"
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        # An image is a line with markup but no text: it has no place in the plain text.
        return "\n".join(line.text for line in self.lines if line.text)

    def to_html(self) -> str:
        if self.kind in LIST_TAGS:
            items = "".join(f"<li>{line.html}</li>" for line in self.lines)
            return f"<{self.kind}>{items}</{self.kind}>"
        body = "<br>".join(line.html for line in self.lines)
        return f"<{self.kind}>{body}</{self.kind}>"


class _Builder:
    """Walks a content tree once, splitting it into paragraphs and lines."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.paragraphs: list[Paragraph] = []
        self.kind = "p"
        self.lines: list[Line] = []
        self.text_parts: list[str] = []
        self.html_parts: list[str] = []
        self.breaks = 0  # <br>s since the last visible text
        self.list_stack: list[list[int | str]] = []  # [tag, counter]
        self.links: list[tuple[str, str]] = []

    # -- lines and paragraphs -------------------------------------------------
    def end_line(self) -> None:
        text = clean_line("".join(self.text_parts))
        html_text = clean_line("".join(self.html_parts))
        self.text_parts, self.html_parts = [], []
        if not text and "<img" not in html_text:
            return
        if self.list_stack and self.kind in LIST_TAGS:
            tag, _ = self.list_stack[-1]
            if tag == "ol":
                self.list_stack[-1][1] = int(self.list_stack[-1][1]) + 1
                text = f"{self.list_stack[-1][1]}. {text}"
            else:
                text = f"- {text}"
        self.lines.append(Line(text, _drop_empty_tags(html_text)))

    def end_paragraph(self, next_kind: str = "p") -> None:
        self.end_line()
        if self.lines:
            self.paragraphs.append(Paragraph(self.kind, self.lines))
        self.lines = []
        self.kind = next_kind
        self.breaks = 0

    # -- tree walk --------------------------------------------------------------
    def add_text(self, text: str | None) -> None:
        if not text:
            return
        if text.strip(_BLANK):
            self.breaks = 0
        self.text_parts.append(text)
        self.html_parts.append(html.escape(text, quote=False))

    def walk(self, el: HtmlElement) -> None:
        self.add_text(el.text)
        for child in el:
            self.visit(child)
            self.add_text(child.tail)

    def visit(self, el: HtmlElement) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # comments (the read-more marker), processing instructions
            return
        tag = tag.lower()
        # Namespaced tags are Facebook/Twitter widgets (fb:like): never content.
        if ":" in tag or tag in SKIP_TAGS or _is_hidden_widget(el):
            return
        if tag == "br":
            self.breaks += 1
            if self.breaks >= 2 and not self.list_stack:
                self.end_paragraph()
            else:
                self.end_line()
            return
        if tag in LIST_TAGS:
            self.end_paragraph(tag)
            self.list_stack.append([tag, 0])
            self.walk(el)
            self.list_stack.pop()
            self.end_paragraph(str(self.list_stack[-1][0]) if self.list_stack else "p")
            return
        if tag == "li":
            self.end_line()
            self.walk(el)
            self.end_line()
            return
        if tag in HEADING_TAGS:
            self.end_paragraph(_HEADING_KIND[tag])
            self.walk(el)
            self.end_paragraph()
            return
        if tag in BLOCK_TAGS:
            if self.list_stack:  # a block inside a list item stays in the list
                self.end_line()
                self.walk(el)
                self.end_line()
            else:
                self.end_paragraph()
                self.walk(el)
                self.end_paragraph()
            return
        if tag == "img":
            src = safe_url(el.get("src"), self.base_url)
            if src:
                alt = html.escape(clean_line(el.get("alt") or ""))
                self.html_parts.append(f'<img src="{html.escape(src)}" alt="{alt}">')
            return
        if tag == "a":
            # Only http, https and mailto, judged with controls and blanks removed (sanitize.py).
            url = safe_url(el.get("href"), self.base_url)
            start = len(self.text_parts)
            if url:
                self.html_parts.append(f'<a href="{html.escape(url)}">')
                self.walk(el)
                self.html_parts.append("</a>")
                self.links.append((url, clean_line("".join(self.text_parts[start:]))))
            else:
                self.walk(el)
            return
        renamed = INLINE_RENAME.get(tag)
        if renamed:
            self.html_parts.append(f"<{renamed}>")
            self.walk(el)
            self.html_parts.append(f"</{renamed}>")
            return
        # span, font, sup, and anything unknown: keep the text, drop the tag.
        self.walk(el)


def _is_hidden_widget(el: HtmlElement) -> bool:
    classes = el.get("class") or ""
    # Weebly's social buttons and slideshows carry no readable content.
    return "blog-social" in classes or "wsite-slideshow" in classes or "blog-read-more" in classes


_EMPTY_TAG = re.compile(r"<(strong|em|u)>\s*</\1>")


def _drop_empty_tags(fragment: str) -> str:
    previous = None
    while previous != fragment:
        previous, fragment = fragment, _EMPTY_TAG.sub("", fragment)
    return fragment.strip()


@dataclass
class Content:
    paragraphs: list[Paragraph]
    links: list[tuple[str, str]]  # (absolute url, text) in document order

    @property
    def text(self) -> str:
        return paragraphs_text(self.paragraphs)


def parse_content(el: HtmlElement, base_url: str) -> Content:
    """Split a content element (``div.blog-content``) into paragraphs and lines."""
    builder = _Builder(base_url)
    builder.walk(el)
    builder.end_paragraph()
    return Content(builder.paragraphs, builder.links)


def paragraphs_text(paragraphs: Iterable[Paragraph]) -> str:
    return "\n\n".join(text for p in paragraphs if (text := p.text))


def paragraphs_html(paragraphs: Iterable[Paragraph]) -> str:
    return "".join(p.to_html() for p in paragraphs if p.lines)


def element_text(el: HtmlElement) -> str:
    """Plain text of any element, with the paragraph rules above."""
    return parse_content(el, "").text
