"""Post content as a small tree of nodes: its Weebly HTML and its plain text.

Ground truth is computed from these nodes, never by parsing rendered pages, so the plain-text
rules of ``docs/extraction.md`` are implemented here a second time, on the tree.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from msqa_scraper.replica.config import BLOG_PATH, FEED_NUMBER, UPLOADS_DIR


@dataclass(frozen=True, slots=True)
class Text:
    """Text; ``markup`` overrides how it is written (``&rsquo;``, ``&nbsp;``, ``&#8203;``)."""

    text: str
    markup: str | None = None


@dataclass(frozen=True, slots=True)
class Br:
    markup: str = "<br />"


@dataclass(frozen=True, slots=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class PostRef:
    """A link to a post of this blog, written in one of the forms found in Weebly bodies."""

    form: str  # absolute | protocol_relative | root_relative | legacy
    slug: str
    year: int
    month: int


@dataclass(frozen=True, slots=True)
class Anchor:
    href: str | PostRef
    children: tuple[Inline, ...]
    new_window: bool = False


@dataclass(frozen=True, slots=True)
class ListNode:
    ordered: bool
    items: tuple[tuple[Inline, ...], ...]


Inline = Text | Br | Strong | Anchor | ListNode


@dataclass(frozen=True, slots=True)
class Para:
    """One ``div.paragraph`` worth of content (lists sit inside it, as Weebly writes them)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Image:
    name: str  # file name under UPLOADS_DIR, or "published/<name>?<stamp>"
    caption: str


@dataclass(frozen=True, slots=True)
class SummaryBreak:
    """Weebly's "Read More" break."""


@dataclass(frozen=True, slots=True)
class Raw:
    """A block written verbatim that contributes no text (a script, a style, an embed).

    Only the synthetic bad pages use it (see ``badpages.py``)."""

    markup: str


Block = Para | Heading | Image | SummaryBreak | Raw

SUMMARY_MARKER = "<div><!--BLOG_SUMMARY_END--></div>"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
_ZW_TABLE = {ord(c): None for c in ZERO_WIDTH}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class RenderContext:
    """Where links point: the host the page is served on, e.g. ``127.0.0.1:8080``."""

    host: str
    absolute_images: bool = False
    drift: str | None = None  # one of config.DRIFT_MODES: how post blocks are written
    html_links: bool = False  # listing and post links spelled with .html (mirrors, exports)


def image_src(name: str, ctx: RenderContext | None = None) -> str:
    path = f"{UPLOADS_DIR}/{name}"
    if ctx is not None and ctx.absolute_images:
        return f"http://{ctx.host}{path}"
    return path


def post_href(ref: PostRef, host: str) -> str:
    if ref.form == "absolute":
        return f"http://{host}{BLOG_PATH}/{ref.slug}"
    if ref.form == "protocol_relative":
        return f"//{host}{BLOG_PATH}/{ref.slug}"
    if ref.form == "root_relative":
        return f"{BLOG_PATH}/{ref.slug}"
    return f"/{FEED_NUMBER}/post/{ref.year}/{ref.month:02d}/{ref.slug}.html"


def inline_html(nodes: tuple[Inline, ...], ctx: RenderContext) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.markup if node.markup is not None else html.escape(node.text, False))
        elif isinstance(node, Br):
            out.append(node.markup)
        elif isinstance(node, Strong):
            out.append(f"<strong>{inline_html(node.children, ctx)}</strong>")
        elif isinstance(node, Anchor):
            href = post_href(node.href, ctx.host) if isinstance(node.href, PostRef) else node.href
            target = ' target="_blank"' if node.new_window else ""
            out.append(
                f'<a href="{html.escape(href)}"{target}>{inline_html(node.children, ctx)}</a>'
            )
        else:
            tag = "ol" if node.ordered else "ul"
            items = "".join(f"<li>{inline_html(item, ctx)}</li>" for item in node.items)
            out.append(f"<{tag}>{items}</{tag}>")
    return "".join(out)


def image_html(image: Image, ctx: RenderContext) -> str:
    return (
        '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;'
        'padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">\n'
        f'<a>\n<img src="{image_src(image.name, ctx)}" alt="Picture" '
        'style="width:auto;max-width:100%" />\n</a>\n'
        f'<div style="display:block;font-size:90%">{html.escape(image.caption, False)}</div>\n'
        "</div></div>"
    )


def block_html(block: Block, ctx: RenderContext) -> str:
    if isinstance(block, Para):
        return f'<div class="paragraph">{inline_html(block.children, ctx)}</div>'
    if isinstance(block, Heading):
        return f'<h2 class="wsite-content-title">{inline_html(block.children, ctx)}</h2>'
    if isinstance(block, Image):
        return image_html(block, ctx)
    if isinstance(block, Raw):
        return block.markup
    return SUMMARY_MARKER


# --- raw bytes (the synthetic invalid-UTF-8 page) ---------------------------------------------
# Markup is text; a byte that is not valid UTF-8 travels through it as a private-use character
# U+F700 + byte and becomes the raw byte again only when an HTML page is encoded.

_RAW_BASE = 0xF700
_RAW_CHARS = re.compile("[\uf700-\uf7ff]")


def _raw_sentinels(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(chr(_RAW_BASE + b) for b in bad), error.end


codecs.register_error("msqa-replica-raw", _raw_sentinels)


def raw_text(raw: bytes) -> Text:
    """Text whose page bytes are ``raw`` exactly, invalid UTF-8 included. Its plain text is what
    a reader gets by decoding with ``errors="replace"`` (U+FFFD for each bad sequence)."""
    markup = html.escape(raw.decode("utf-8", "msqa-replica-raw"), False)
    return Text(raw.decode("utf-8", "replace"), markup)


def encode_html(markup: str) -> bytes:
    """UTF-8 bytes of a page, with the raw bytes of ``raw_text`` put back in place."""
    if not _RAW_CHARS.search(markup):
        return markup.encode()
    out = bytearray()
    last = 0
    for m in _RAW_CHARS.finditer(markup):
        out += markup[last : m.start()].encode()
        out.append(ord(m[0]) - _RAW_BASE)
        last = m.end()
    out += markup[last:].encode()
    return bytes(out)


def replace_raw(markup: str) -> str:
    """``markup`` with each raw byte as U+FFFD (for the feed, which stays valid XML)."""
    return _RAW_CHARS.sub("\ufffd", markup)


# --- plain text, per docs/extraction.md -------------------------------------------------------


def plain(value: str) -> str:
    """One line: zero-width characters removed, whitespace runs collapsed, stripped."""
    return _SPACES.sub(" ", value.translate(_ZW_TABLE)).strip()


def inline_text(nodes: tuple[Inline, ...]) -> str:
    """Raw text of inline nodes that hold no line breaks."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Strong | Anchor):
            out.append(inline_text(node.children))
        elif isinstance(node, Br):
            out.append("\n")
    return "".join(out)


def _is_blank(value: str) -> bool:
    return not value.translate(_ZW_TABLE).strip()


def _list_lines(node: ListNode) -> list[str]:
    return [
        f"{n}. {plain(inline_text(item))}" if node.ordered else f"- {plain(inline_text(item))}"
        for n, item in enumerate(node.items, start=1)
    ]


def _flow_paragraphs(children: tuple[Inline, ...]) -> list[list[str]]:
    """Paragraphs (lists of raw lines) of one block: one ``<br>`` ends a line, two or more in a
    row (only blanks between) end a paragraph, and a list is a paragraph of its own."""
    paragraphs: list[list[str]] = []
    lines: list[str] = []
    current: list[str] = []
    breaks = 0
    for node in children:
        if isinstance(node, Br):
            lines.append("".join(current))
            current = []
            breaks += 1
            if breaks >= 2:
                paragraphs.append(lines)
                lines = []
        elif isinstance(node, ListNode):
            lines.append("".join(current))
            paragraphs.extend([lines, _list_lines(node)])
            lines, current, breaks = [], [], 0
        else:
            value = inline_text((node,))
            current.append(value)
            if not _is_blank(value):
                breaks = 0
    lines.append("".join(current))
    paragraphs.append(lines)
    return paragraphs


def block_paragraphs(blocks: tuple[Block, ...]) -> list[list[str]]:
    """Cleaned paragraphs (non-empty lists of non-empty lines) of a sequence of blocks."""
    raw: list[list[str]] = []
    for block in blocks:
        if isinstance(block, Para | Heading):
            raw.extend(_flow_paragraphs(block.children))
        elif isinstance(block, Image):
            raw.append([block.caption])
    cleaned = []
    for lines in raw:
        kept = [line for line in (plain(v) for v in lines) if line]
        if kept:
            cleaned.append(kept)
    return cleaned


def blocks_text(blocks: tuple[Block, ...]) -> str:
    return "\n\n".join("\n".join(lines) for lines in block_paragraphs(blocks))


def iter_anchors(blocks: tuple[Block, ...]) -> Iterator[Anchor]:
    def walk(nodes: tuple[Inline, ...]) -> Iterator[Anchor]:
        for node in nodes:
            if isinstance(node, Anchor):
                yield node
            elif isinstance(node, Strong):
                yield from walk(node.children)
            elif isinstance(node, ListNode):
                for item in node.items:
                    yield from walk(item)

    for block in blocks:
        if isinstance(block, Para | Heading):
            yield from walk(block.children)


def iter_images(blocks: tuple[Block, ...]) -> Iterator[Image]:
    return (b for b in blocks if isinstance(b, Image))
