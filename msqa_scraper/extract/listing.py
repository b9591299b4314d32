"""A Weebly listing page (index, ``previous/N``, archive, category) → ``ListingPage``."""

from __future__ import annotations

import hashlib

from lxml import etree

from msqa_scraper.extract.page import extract_disclaimer, heading_text, selector, sidebar
from msqa_scraper.extract.records import ListingEntry, ListingPage
from msqa_scraper.extract.urls import BlogUrls


def extract_listing(
    html: str | bytes, url: str, base_url: str, *, with_sidebar: bool = True
) -> ListingPage:
    """Posts shown on a listing page, its pagination and (optionally) its sidebar links."""
    urls = BlogUrls(base_url)
    sel = selector(html)
    entries: list[ListingEntry] = []
    for block in sel.css('div.blog-post[id^="blog-post-"]'):
        post_id = block.attrib["id"].removeprefix("blog-post-")
        link = block.css("a.blog-title-link") or block.css("h2.blog-title a")
        if not post_id.isdigit() or not link:
            continue
        found = urls.canonical(link[0].attrib.get("href", ""), url)
        if found is None or found[1].kind != "post":
            continue
        title = heading_text(link[0])
        date_text = " ".join(" ".join(block.css("span.date-text ::text").getall()).split())
        content = block.css("div.blog-content")
        truncated = bool(block.css("div.blog-read-more"))
        entries.append(
            ListingEntry(
                id=post_id,
                url=found[0],
                slug=found[1].key,
                title=title,
                posted_date_text=date_text,
                content_hash=_content_hash(title, date_text, content[0].root if content else None),
                truncated=truncated,
            )
        )
    previous_url = _nav(sel, "div.blog-page-nav-previous a::attr(href)", urls, url)
    forward_url = _nav(sel, "div.blog-page-nav-next a::attr(href)", urls, url)
    archive_urls: list[str] = []
    categories: list[tuple[str, str]] = []
    feed_urls: list[str] = []
    ignored: list[str] = []
    disclaimer = None
    side = sidebar(sel) if with_sidebar else None
    if side is not None:
        for href in side.css("p.blog-archive-list a::attr(href)").getall():
            found = urls.canonical(href, url)
            if found and found[1].kind == "archive":
                archive_urls.append(found[0])
        for a in side.css("p.blog-category-list a"):
            found = urls.canonical(a.attrib.get("href", ""), url)
            if found and found[1].kind == "category":
                categories.append((heading_text(a), found[0]))
        for href in side.css("p.blog-feed-link a::attr(href)").getall():
            found = urls.canonical(href, url)
            if found and found[1].kind == "feed":
                feed_urls.append(found[0])
        for href in side.css("a::attr(href)").getall():
            href = href.strip()
            if href and not href.startswith("#") and urls.canonical(href, url) is None:
                ignored.append(href)
        disclaimer = extract_disclaimer(sel)
    return ListingPage(
        entries, previous_url, forward_url, archive_urls, categories, feed_urls, disclaimer, ignored
    )


def _nav(sel, css: str, urls: BlogUrls, page_url: str) -> str | None:
    href = sel.css(css).get()
    found = urls.canonical(href, page_url) if href else None
    return found[0] if found else None


def _content_hash(title: str, date_text: str, content) -> str:
    digest = hashlib.sha256(f"{title}\n{date_text}\n".encode())
    if content is not None:
        digest.update(b" ".join(etree.tostring(content, encoding="utf-8", method="html").split()))
    return digest.hexdigest()
