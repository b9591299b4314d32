"""Typed records produced by the extractors: plain dataclasses, no Scrapy."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expert:
    """One answering expert, parsed from the signature under an answer."""

    name: str
    degrees: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    institution: str | None = None
    # Where the signature says the expert works ("Seattle, WA"); only stored when present.
    place: str | None = None

    def to_dict(self) -> dict:
        out = {
            "name": self.name,
            "degrees": list(self.degrees),
            "titles": list(self.titles),
            "institution": self.institution,
        }
        if self.place:
            out["place"] = self.place
        return out


@dataclass(frozen=True)
class Link:
    """A link inside an answer. ``post_slug`` is set when it points at a post of the same blog."""

    url: str
    text: str
    internal: bool
    post_slug: str | None = None

    def to_dict(self) -> dict:
        return {
            "url": self.url,
            "text": self.text,
            "internal": self.internal,
            "post_slug": self.post_slug,
        }


@dataclass(frozen=True)
class Media:
    """An image, iframe, video or audio of a post body. ``provider`` is the URL's host without
    ``www.`` (``youtube.com``, ``giphy.com``); ``via`` the markup it came from (``img``,
    ``iframe``, ``video``, ``audio``, ``weebly-video``, ``slideshow``)."""

    kind: str  # image, iframe, video, audio
    url: str
    provider: str
    via: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "url": self.url, "provider": self.provider, "via": self.via}


@dataclass(frozen=True)
class Category:
    name: str
    slug: str


@dataclass
class Post:
    """Everything a post page says about one Q&A post."""

    id: str
    url: str
    slug: str
    title: str
    question: str
    answer: str
    answer_html: str
    posted_date: str | None
    comments_closed: bool
    experts: list[Expert] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    disclaimer: str | None = None
    # Human-readable notes on what could not be extracted (an unparseable date, no signature...).
    problems: list[str] = field(default_factory=list)
    # The signature block as written (lead-in included), whether it was parsed or left in the
    # answer, and the parser's confidence in it (0..1); None when no block was found.
    signature: str | None = None
    signature_confidence: float | None = None
    media: list[Media] = field(default_factory=list)
    # span.date-text as shown, whitespace collapsed (read in the blog's order: posted_date).
    posted_date_text: str = ""
    # Problem codes for stats (``msqa/date/<code>``, ``msqa/post/media_only``).
    problem_codes: list[str] = field(default_factory=list)
    # The author wrote no answer text: the body is media only, or empty. Such a post is kept.
    text_free: bool = False


@dataclass
class ListingEntry:
    """A post block as it appears on a listing page (index, archive, category)."""

    id: str
    url: str
    slug: str
    title: str
    posted_date_text: str
    # sha256 over the normalised text and links of the block's content, for cheap recrawls.
    content_hash: str
    truncated: bool


@dataclass
class ListingPage:
    entries: list[ListingEntry]
    previous_url: str | None
    forward_url: str | None
    archive_urls: list[str]
    categories: list[tuple[str, str]]  # (name, absolute url), "All" included
    feed_urls: list[str]
    disclaimer: str | None
    # Sidebar links that lead nowhere a blog crawler goes: off-site, mailto:, /apps/ ...
    ignored_links: list[str] = field(default_factory=list)
