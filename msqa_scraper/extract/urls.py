"""Fold the many spellings of a Weebly blog's URLs onto one canonical form.

A Weebly page mixes protocol-relative title links (``//host/blog/slug``), root-relative
listing links (``/blog/previous/2``), absolute feed links, and legacy post URLs
(``/N/post/YYYY/MM/slug.html``) that redirect. The index has three spellings: ``/blog``,
``/blog.html`` and ``/blog/previous/1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

_LEGACY_POST = re.compile(r"^/\d+/post/\d{4}/\d{2}/(?P<slug>[^/]+?)\.html$")
# Pre-2014 listings (K2H, CRAWL): /N/archives/MM-YYYY.html, /N/category/<slug>.html.
_LEGACY_LISTING = re.compile(r"^/\d+/(?P<folder>archives|category)/(?P<key>[^/.]+)(?:\.html)?$")
_FEED = re.compile(r"^/\d+/feed/?$")
_SLUG = re.compile(r"^[A-Za-z0-9%_.~\-]+$")
# Weebly's own services, never blog content (robots.txt disallows them too).
_NOT_BLOG = ("/apps/", "/ajax/", "/cdn-cgi/", "/uploads/", "/files/")


@dataclass(frozen=True)
class PageRef:
    """What a blog URL points at. ``kind`` is index, archive, category, post, feed or sitemap."""

    kind: str
    key: str = ""  # archive "MM-YYYY", category slug, post slug
    page: int = 1

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}:{self.page}"


def _bare_host(netloc: str) -> str:
    host = netloc.lower()
    return host[4:] if host.startswith("www.") else host


class BlogUrls:
    """URL rules for one blog, given its root (``http://host/q--a-for-virtual-ms-center``)."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self.scheme = parts.scheme
        self.netloc = parts.netloc
        self.host = _bare_host(parts.netloc)
        path = parts.path[:-5] if parts.path.endswith(".html") else parts.path
        self.path = path.rstrip("/")
        self.base_url = urlunsplit((self.scheme, self.netloc, self.path, "", ""))
        self.origin = f"{self.scheme}://{self.netloc}"

    def same_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and _bare_host(parts.netloc) == self.host

    def absolute(self, href: str, page_url: str | None = None) -> str | None:
        """Resolve ``href`` and put it on this blog's scheme and host; None when off-site."""
        href = (href or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:", "data:")):
            return None
        url = urljoin(page_url or self.base_url + "/", href)
        if not self.same_site(url):
            return None
        parts = urlsplit(url)
        return urlunsplit((self.scheme, self.netloc, parts.path, parts.query, ""))

    def classify(self, url: str) -> PageRef | None:
        """Say which blog page a same-site URL is, or None for anything else."""
        parts = urlsplit(url)
        if parts.netloc and _bare_host(parts.netloc) != self.host:
            return None
        path = parts.path
        if any(path.startswith(p) for p in _NOT_BLOG):
            return None
        if path == "/sitemap.xml":
            return PageRef("sitemap")
        if _FEED.match(path) or path == self.path + "/feed":
            return PageRef("feed")
        legacy = _LEGACY_POST.match(path)
        if legacy:
            return PageRef("post", legacy.group("slug"))
        legacy_listing = _LEGACY_LISTING.match(path)
        if legacy_listing:
            key = legacy_listing.group("key")
            if legacy_listing.group("folder") == "category":
                return PageRef("category", key)
            return PageRef("archive", key) if re.fullmatch(r"\d{2}-\d{4}", key) else None
        if path in (self.path, self.path + ".html", self.path + "/"):
            return PageRef("index")
        if not path.startswith(self.path + "/"):
            return None
        # Mirrors and exports write every page as a file: previous/2.html, category/x.html,
        # archives/12-2017.html, slug.html (IBA, WGY). Weebly slugs never hold a dot.
        if path.endswith(".html"):
            path = path[:-5]
        segments = path[len(self.path) + 1 :].strip("/").split("/")
        head, tail = segments[0], segments[1:]
        if head == "previous" and len(tail) == 1 and tail[0].isdigit():
            return PageRef("index", "", max(int(tail[0]), 1))
        if head == "archives" and tail and re.fullmatch(r"\d{2}-\d{4}", tail[0]):
            return _paged("archive", tail)
        if head == "category" and tail:
            return _paged("category", tail)
        if len(segments) == 1 and _SLUG.match(head) and head not in ("feed", "previous"):
            return PageRef("post", head)
        return None

    def url_for(self, ref: PageRef) -> str:
        """The one URL this crawler uses for a page."""
        if ref.kind == "post":
            return f"{self.base_url}/{ref.key}"
        if ref.kind == "index":
            return self.base_url if ref.page == 1 else f"{self.base_url}/previous/{ref.page}"
        if ref.kind in ("archive", "category"):
            folder = "archives" if ref.kind == "archive" else "category"
            suffix = "" if ref.page == 1 else f"/{ref.page}"
            return f"{self.base_url}/{folder}/{ref.key}{suffix}"
        if ref.kind == "sitemap":
            return f"{self.origin}/sitemap.xml"
        raise ValueError(f"no canonical URL for {ref}")

    def canonical(self, href: str, page_url: str | None = None) -> tuple[str, PageRef] | None:
        """Resolve, classify and canonicalise a link in one step."""
        url = self.absolute(href, page_url)
        if url is None:
            return None
        ref = self.classify(url)
        if ref is None:
            return None
        if ref.kind == "feed":
            return url, ref
        return self.url_for(ref), ref

    def post_url(self, slug: str) -> str:
        return f"{self.base_url}/{slug}"


def _paged(kind: str, tail: list[str]) -> PageRef | None:
    if len(tail) == 1:
        return PageRef(kind, tail[0], 1)
    if len(tail) == 2 and tail[1].isdigit():
        return PageRef(kind, tail[0], max(int(tail[1]), 1))
    return None
