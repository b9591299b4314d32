"""Scrapy items: one ``PostItem`` per post page, with provenance."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from msqa_scraper.extract.records import Category, Post


@dataclass
class PostItem:
    """One Q&A post as captured from its page.

    ``experts`` holds dicts (name, degrees, titles, institution), ``categories`` dicts (name,
    slug) and ``links`` dicts (url, text, internal, post_slug), so that feed exports and the
    store read plain JSON-able values.
    """

    id: str | None
    url: str | None
    slug: str | None
    title: str | None
    question: str | None
    answer: str | None
    answer_html: str | None
    posted_date: str | None
    comments_closed: bool | None
    experts: list[dict] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    disclaimer: str | None = None
    problems: list[str] = field(default_factory=list)
    # The raw signature block under the answer and the parser's confidence (see Post).
    signature: str | None = None
    signature_confidence: float | None = None
    # Images, iframes, videos, audio of the body: dicts (kind, url, provider, via).
    media: list[dict] = field(default_factory=list)
    # The body has no answer text by the author's choice (media only, or empty): kept anyway.
    text_free: bool = False
    # Provenance
    source_url: str | None = None
    fetched_at: str | None = None
    http_status: int | None = None
    crawl_id: int | None = None
    spider: str | None = None
    # sha256 of the post's block on a listing page; lets the next crawl skip an unchanged post.
    listing_hash: str | None = None
    # The post's <lastmod> in the site's sitemap, as written there.
    lastmod: str | None = None
    # The raw response this was extracted from (``captures.id``).
    capture_id: int | None = None

    @classmethod
    def from_post(
        cls,
        post: Post,
        categories: list[Category],
        *,
        source_url: str,
        fetched_at: str,
        http_status: int,
        crawl_id: int | None,
        spider: str,
    ) -> PostItem:
        return cls(
            id=post.id,
            url=post.url,
            slug=post.slug,
            title=post.title,
            question=post.question,
            answer=post.answer,
            answer_html=post.answer_html,
            posted_date=post.posted_date,
            comments_closed=post.comments_closed,
            experts=[e.to_dict() for e in post.experts],
            categories=[{"name": c.name, "slug": c.slug} for c in categories],
            links=[link.to_dict() for link in post.links],
            disclaimer=post.disclaimer,
            problems=list(post.problems),
            signature=post.signature,
            signature_confidence=post.signature_confidence,
            media=[m.to_dict() for m in post.media],
            text_free=post.text_free,
            source_url=source_url,
            fetched_at=fetched_at,
            http_status=http_status,
            crawl_id=crawl_id,
            spider=spider,
        )

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class PostSeenItem:
    """A post seen on a listing, unchanged there since the last capture, so not refetched.

    The store moves its ``last_seen`` and records a category change, if any.
    """

    id: str
    url: str
    # None: the categories were not re-read this crawl (the archive keeps what it has).
    categories: list[dict] | None = None
    disclaimer: str | None = None
    listing_hash: str | None = None
    lastmod: str | None = None
    source_url: str | None = None
    crawl_id: int | None = None


@dataclass
class PostRemovedItem:
    """A post whose own URL answered 404 or 410: the store marks it removed at ``removed_at``."""

    id: str
    url: str
    http_status: int
    removed_at: str | None = None
    crawl_id: int | None = None
