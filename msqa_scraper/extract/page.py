"""Shared pieces of every Weebly blog page: parsing, the sidebar, the disclaimer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from parsel import Selector, SelectorList
from parsel.csstranslator import HTMLTranslator
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    read_bom,
    resolve_encoding,
)

from msqa_scraper.extract.text import clean_line, element_text

# Forgiving and UTF-8, as parsel parses; comments kept (the read-more marker is one). No table
# of ids: only XPath's id() reads it (nothing here does), and filling it cost 15-20% of a parse.
_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", collect_ids=False)

_DISCLAIMER_HINT = re.compile(r"please\s+note|disclaimer|not\s+a\s+substitute", re.I)


class NotABlogPage(ValueError):
    """The page is not the kind of Weebly blog page the caller expected."""


# How a complete document of each kind ends. A body cut short (the connection closed early, no
# Content-Length to tell) parses fine but lacks these, and must not be taken for the page.
_CLOSING = {"html": b"</html>", "sitemap": b"</urlset>", "feed": b"</rss>"}


def is_complete(body: bytes, kind: str = "html") -> bool:
    """Does ``body`` end the way a whole page of this kind ends?"""
    return _CLOSING[kind] in body[-4096:].lower()


def decode_page(body: bytes, encoding: str | None = None) -> tuple[bytes, list[str]]:
    """A page's bytes as UTF-8, decoded from ``encoding``, with what looked wrong about it.

    ``encoding`` is the one a browser picks (the HTTP header's charset, else the page's meta
    charset, else a sniff): Scrapy's ``response.encoding``, or the charset recorded with the
    capture. Without it the page's own meta charset is used, else a sniff. A byte invalid in
    that charset, or a meta charset that says otherwise, is reported (as post problems): the
    text may then be wrong although the capture holds the right bytes.
    """
    declared = html_body_declared_encoding(body)
    if encoding is None:
        # What html_to_unicode picks without a header (BOM, meta charset, sniff), without
        # scanning for the meta charset twice.
        encoding = read_bom(body)[0] or declared or html_to_unicode(None, body)[0]
    codec = resolve_encoding(encoding) or "utf-8"
    problems: list[str] = []
    if declared and (resolve_encoding(declared) or declared) != codec:
        problems.append(f"charset: page declares {declared} but was decoded as {encoding}")
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        problems.append(f"charset: bytes invalid in {encoding} at byte {exc.start}")
        text = body.decode(codec, errors="replace")
    else:
        if codec == "utf-8":
            return body, problems  # already what the parser reads
    return text.encode("utf-8"), problems


def parse_page(html: str | bytes) -> Selector:
    """Parse a page (forgiving, UTF-8, comments kept: the read-more marker is one).

    Invalid UTF-8 must not stop extraction: the bad bytes become U+FFFD.
    """
    if isinstance(html, bytes):
        try:
            html.decode("utf-8")
            data = html
        except UnicodeDecodeError:
            data = html.decode("utf-8", errors="replace").encode("utf-8")
    else:
        data = html.encode("utf-8")
    return _parse_utf8(data)


def read_page(html: str | bytes, encoding: str | None = None) -> tuple[Selector, list[str]]:
    """``parse_page`` of a page as ``decode_page`` decodes it, with its charset problems.

    ``decode_page`` already checked the UTF-8 it returns: ``parse_page`` would decode the whole
    page once more only to check it again.
    """
    if isinstance(html, str):
        return parse_page(html), []
    data, problems = decode_page(html, encoding)
    return _parse_utf8(data), problems


def _parse_utf8(data: bytes) -> Selector:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise NotABlogPage(f"not an HTML page: {exc}") from None
    if root is None:
        raise NotABlogPage("empty page")
    # The tree is parsed here, not by Selector(body=...): parsel then scans lxml's whole error
    # log for encoding errors, which on Weebly's sloppy markup costs a tenth of the extraction.
    return Selector(root=root, type="html")


@lru_cache(maxsize=256)
def _compiled(selector: str) -> etree.XPath:
    # parsel's ``css()`` translates (cached) but lets lxml compile the XPath on every call:
    # on a post page that was a fifth of the extraction. Same translation, compiled once.
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


# "tag.class" or ".class" (plain identifiers): read by a walk of the subtree, which stops at the
# first match for ``first()``. XPath gathers the whole subtree before it tests a node.
_SIMPLE = re.compile(r"([a-z][a-z0-9]*)?\.(-?[A-Za-z_][A-Za-z0-9_-]*)")


@lru_cache(maxsize=256)
def _simple(selector: str) -> tuple[str | None, str] | None:
    match = _SIMPLE.fullmatch(selector)
    return (match[1], match[2]) if match else None


def _iter_matches(sel: Selector, selector: str) -> Iterator[etree._Element]:
    simple = _simple(selector)
    if simple is None:
        return iter(_compiled(selector)(sel.root))
    tag, name = simple
    return (el for el in sel.root.iter(tag or etree.Element) if has_class(el, name))


def css(sel: Selector, selector: str) -> SelectorList[Selector]:
    """Elements under ``sel`` matching a CSS selector (what ``sel.css(selector)`` gives)."""
    return SelectorList(Selector(root=el, type="html") for el in _iter_matches(sel, selector))


def first(sel: Selector, *selectors: str) -> Selector | None:
    """The first match of the first selector that matches anything."""
    for selector in selectors:
        found = next(_iter_matches(sel, selector), None)
        if found is not None:
            return Selector(root=found, type="html")
    return None


# What XPath's normalize-space() splits a class attribute at.
_XML_BLANKS = str.maketrans("\t\n\r", "   ")


def has_class(el: etree._Element, name: str) -> bool:
    """Does ``el`` match the CSS ``.name``? (a whole token of its class, split at XML blanks)"""
    classes = el.get("class")
    return bool(classes) and name in classes and name in classes.translate(_XML_BLANKS).split(" ")


@dataclass
class Landmarks:
    """The page-wide elements a post page is read by, in one walk of the tree."""

    post_blocks: list[etree._Element]  # every div.blog-post with an id "blog-post-...", in order
    sidebar: etree._Element | None  # the first td.blog-sidebar
    comment_area: etree._Element | None  # the first #commentArea


def find_landmarks(root: Selector) -> Landmarks:
    """``css(root, "div.blog-post")`` (those with a ``blog-post-`` id), ``sidebar(root)`` and
    ``first(root, "#commentArea")``, in one walk.

    One Python walk of the elements costs less than each of the three XPath searches: libxml2
    gathers every node of the page into a node set before it tests one.
    """
    blocks: list[etree._Element] = []
    side = area = None
    for el in root.root.iter(etree.Element):
        ident = el.get("id")
        if ident is not None:
            if ident == "commentArea":
                if area is None:
                    area = el
            elif ident.startswith("blog-post-") and el.tag == "div" and has_class(el, "blog-post"):
                blocks.append(el)
        if side is None and el.tag == "td" and has_class(el, "blog-sidebar"):
            side = el
    return Landmarks(blocks, side, area)


def sidebar(root: Selector) -> Selector | None:
    return first(root, "td.blog-sidebar")


def extract_disclaimer(root: Selector) -> str | None:
    """The site-wide disclaimer: the sidebar text block that reads like one.

    On the Virtual MS Center it is the sidebar's first module (seen on the seed page, which
    shows it right after the blog table's cell boundary).
    """
    return sidebar_disclaimer(sidebar(root))


def sidebar_disclaimer(side: Selector | None) -> str | None:
    """``extract_disclaimer`` for a sidebar already found."""
    if side is None:
        return None
    for block in _iter_matches(side, "div.paragraph"):
        text = _sidebar_text(block)
        if _DISCLAIMER_HINT.search(text):
            return text
    return None


# The sidebar's text blocks are the same on every page of a site: their text is kept by their
# markup (the whole subtree ``element_text`` reads, so equal markup means equal text).
_SIDEBAR_TEXTS: dict[bytes, str] = {}
_SIDEBAR_TEXTS_MAX = 64


def _sidebar_text(block: etree._Element) -> str:
    markup = etree.tostring(block, with_tail=False)
    text = _SIDEBAR_TEXTS.get(markup)
    if text is None:
        text = element_text(block)
        if len(_SIDEBAR_TEXTS) >= _SIDEBAR_TEXTS_MAX:
            _SIDEBAR_TEXTS.clear()  # a bound, not an LRU: one site fills a few entries
        _SIDEBAR_TEXTS[markup] = text
    return text


def heading_text(sel: Selector) -> str:
    return clean_line(" ".join(sel.root.itertext()))
