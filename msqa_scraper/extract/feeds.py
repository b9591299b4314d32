"""Weebly's ``sitemap.xml`` and RSS feed: post URLs (and last-modified times) to visit."""

from __future__ import annotations

from datetime import UTC
from email.utils import parsedate_to_datetime

from lxml import etree

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


def _root(xml: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(xml: bytes) -> list[tuple[str, str | None]]:
    """(loc, lastmod) for every ``<url>`` of a sitemap; [] when it does not parse."""
    root = _root(xml)
    if root is None:
        return []
    found = []
    for url in root.iter():
        if _local(url.tag) != "url":
            continue
        loc = lastmod = None
        for child in url:
            if _local(child.tag) == "loc":
                loc = (child.text or "").strip()
            elif _local(child.tag) == "lastmod":
                lastmod = (child.text or "").strip() or None
        if loc:
            found.append((loc, lastmod))
    return found


def parse_feed(xml: bytes) -> list[str]:
    """The ``<link>`` of every RSS ``<item>``."""
    root = _root(xml)
    if root is None:
        return []
    links = []
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        for child in item:
            if _local(child.tag) == "link" and (child.text or "").strip():
                links.append(child.text.strip())
    return links


def parse_feed_dates(xml: bytes) -> list[tuple[str, str]]:
    """(link, GMT date ``YYYY-MM-DD``) of every RSS ``<item>`` with a readable ``pubDate``."""
    root = _root(xml)
    if root is None:
        return []
    found = []
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        link = when = None
        for child in item:
            if _local(child.tag) == "link":
                link = (child.text or "").strip() or None
            elif _local(child.tag) == "pubDate":
                try:
                    when = parsedate_to_datetime((child.text or "").strip())
                except (TypeError, ValueError, IndexError):
                    when = None
        if link and when is not None:
            if when.tzinfo is not None:
                when = when.astimezone(UTC)
            found.append((link, when.date().isoformat()))
    return found
