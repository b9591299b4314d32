"""A Weebly listing page (index, ``previous/N``, archive, category) → ``ListingPage``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from msqa_scraper.extract.cfemail import unprotect
from msqa_scraper.extract.page import (
    css,
    extract_disclaimer,
    first,
    heading_text,
    read_page,
    sidebar,
)
from msqa_scraper.extract.records import ListingEntry, ListingPage
from msqa_scraper.extract.urls import BlogUrls, PageRef


def extract_listing(
    html: str | bytes,
    url: str,
    base_url: str,
    *,
    with_sidebar: bool = True,
    encoding: str | None = None,
) -> ListingPage:
    """Posts shown on a listing page, its pagination and (optionally) its sidebar links.

    ``encoding``: the charset of ``html`` as bytes (see ``decode_page``)."""
    urls = BlogUrls(base_url)
    root = read_page(html, encoding)[0]
    # Every sidebar link is resolved twice (by its list, then among all the sidebar's links),
    # and urljoin is most of a listing's cost: each href of this page is resolved once.
    resolved: dict[str, tuple[str, PageRef] | None] = {}

    def canonical(href: str) -> tuple[str, PageRef] | None:
        if href not in resolved:
            resolved[href] = urls.canonical(href, url)
        return resolved[href]

    entries: list[ListingEntry] = []
    for block in css(root, 'div.blog-post[id^="blog-post-"]'):
        post_id = block.attrib["id"].removeprefix("blog-post-")
        link = first(block, "a.blog-title-link", "h2.blog-title a")
        if not post_id.isdigit() or link is None:
            continue
        found = canonical(link.attrib.get("href", ""))
        if found is None or found[1].kind != "post":
            continue
        title = heading_text(link)
        date_el = first(block, "span.date-text")
        date_text = (
            " ".join(" ".join(date_el.root.itertext()).split()) if date_el is not None else ""
        )
        entries.append(
            ListingEntry(
                id=post_id,
                url=found[0],
                slug=found[1].key,
                title=title,
                posted_date_text=date_text,
                content_hash=_content_hash(title, date_text, first(block, "div.blog-content"), url),
                truncated=first(block, "div.blog-read-more") is not None,
            )
        )
    previous_url = _nav(root, "div.blog-page-nav-previous a", canonical)
    forward_url = _nav(root, "div.blog-page-nav-next a", canonical)
    archive_urls: list[str] = []
    categories: list[tuple[str, str]] = []
    feed_urls: list[str] = []
    ignored: list[str] = []
    disclaimer = None
    side = sidebar(root) if with_sidebar else None
    if side is not None:
        for a in css(side, "p.blog-archive-list a"):
            found = canonical(a.attrib.get("href", ""))
            if found and found[1].kind == "archive":
                archive_urls.append(found[0])
        for a in css(side, "p.blog-category-list a"):
            found = canonical(a.attrib.get("href", ""))
            if found and found[1].kind == "category":
                categories.append((heading_text(a), found[0]))
        for a in css(side, "p.blog-feed-link a"):
            found = canonical(a.attrib.get("href", ""))
            if found and found[1].kind == "feed":
                feed_urls.append(found[0])
        for a in css(side, "a"):
            href = (a.attrib.get("href") or "").strip()
            if href and not href.startswith("#") and canonical(href) is None:
                ignored.append(href)
        disclaimer = extract_disclaimer(root)
    return ListingPage(
        entries, previous_url, forward_url, archive_urls, categories, feed_urls, disclaimer, ignored
    )


def _nav(
    root: Selector, selector: str, canonical: Callable[[str], tuple[str, PageRef] | None]
) -> str | None:
    link = first(root, selector)
    href = link.attrib.get("href") if link is not None else None
    found = canonical(href) if href else None
    return found[0] if found else None


# A link written relative to the listing page (mirrors: "../x.html" on a category page, "x.html"
# on the index) is the same link wherever the block is shown: hash it resolved.
_RELATIVE = re.compile(rb"""\b(href|src)=(["'])(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"']*)\2""")


def _content_hash(title: str, date_text: str, content: Selector | None, page_url: str) -> str:
    digest = hashlib.sha256(f"{title}\n{date_text}\n".encode())
    if content is not None:
        tree = content.root
        markup = etree.tostring(tree, encoding="utf-8", method="html")
        if b"cdn-cgi" in markup or b"cfemail" in markup:
            # Cloudflare re-encodes every address per response: hash the addresses themselves.
            unprotect(tree)
            markup = etree.tostring(tree, encoding="utf-8", method="html")
        if _RELATIVE.search(markup):
            markup = _RELATIVE.sub(
                lambda m: (
                    m[1]
                    + b"="
                    + m[2]
                    + urljoin(page_url, m[3].decode("utf-8", "replace")).encode()
                    + m[2]
                ),
                markup,
            )
        digest.update(b" ".join(markup.split()))
    return digest.hexdigest()
