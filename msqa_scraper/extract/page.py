"""Shared pieces of every Weebly blog page: parsing, the sidebar, the disclaimer."""

from __future__ import annotations

import re

from parsel import Selector

from msqa_scraper.extract.text import clean_line, element_text

_DISCLAIMER_HINT = re.compile(r"please\s+note|disclaimer|not\s+a\s+substitute", re.I)


class NotABlogPage(ValueError):
    """The page is not the kind of Weebly blog page the caller expected."""


# How a complete document of each kind ends. A body cut short (the connection closed early, no
# Content-Length to tell) parses fine but lacks these, and must not be taken for the page.
_CLOSING = {"html": b"</html>", "sitemap": b"</urlset>", "feed": b"</rss>"}


def is_complete(body: bytes, kind: str = "html") -> bool:
    """Does ``body`` end the way a whole page of this kind ends?"""
    return _CLOSING[kind] in body[-4096:].lower()


def selector(html: str | bytes) -> Selector:
    if isinstance(html, bytes):
        # Invalid UTF-8 must not stop extraction; the bad bytes become U+FFFD.
        html = html.decode("utf-8", errors="replace")
    return Selector(text=html)


def sidebar(sel: Selector) -> Selector | None:
    found = sel.css("td.blog-sidebar")
    return found[0] if found else None


def extract_disclaimer(sel: Selector) -> str | None:
    """The site-wide disclaimer: the sidebar text block that reads like one.

    On the Virtual MS Center it is the sidebar's first module (seen on the seed page, which
    shows it right after the blog table's cell boundary).
    """
    side = sidebar(sel)
    if side is None:
        return None
    blocks = side.css("div.paragraph")
    for block in blocks:
        text = element_text(block.root)
        if _DISCLAIMER_HINT.search(text):
            return text
    return None


def heading_text(sel: Selector) -> str:
    return clean_line(" ".join(sel.css("::text").getall()))
