"""The blog at one round: its posts, removed posts, categories, archive months and listings."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property, lru_cache

from msqa_scraper.replica.body import Features, PostBody
from msqa_scraper.replica.clock import to_local
from msqa_scraper.replica.compose import Edit, LinkTarget, compose
from msqa_scraper.replica.config import BLOG_PATH, SiteConfig
from msqa_scraper.replica.content import OWNER_REPLIES, READER_COMMENTS
from msqa_scraper.replica.people import COMMENTERS, EXPERTS, OWNER_NAME
from msqa_scraper.replica.seedpost import RELATED_KEY, SEED_KEY, related_body, seed_body
from msqa_scraper.replica.slugs import weebly_slug
from msqa_scraper.replica.topics import DMTS, draft

# Keys of the synthetic problem pages (``badpages.py``) start with this.
BAD_PREFIX = "bad:"

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class PostSpec:
    """Everything that decides one post; the body itself is built lazily from it."""

    key: str  # stable generation key: words and markup are seeded from it
    id: str  # 18 digits, as in div#blog-post-<id>
    slug: str  # frozen at first publish
    title: str
    published: datetime
    lastmod: datetime
    categories: tuple[int, ...]  # indices into CATEGORY_POOL
    comments_open: bool
    comment_count: int
    features: Features
    topic: int = -1  # -1: one of the two hand-written posts
    therapies: tuple[int, ...] = ()
    experts: tuple[int, ...] = ()
    link_target: str | None = None  # key of the post an internal link points to
    image: int = 0
    external: int = 0
    edits: tuple[Edit, ...] = ()
    added_round: int = 0

    @property
    def handwritten(self) -> bool:
        return self.topic < 0

    @property
    def bad_kind(self) -> str | None:
        """For the synthetic problem pages of ``badpages.py``: their kind, e.g. ``"huge"``."""
        return self.key.removeprefix(BAD_PREFIX) if self.key.startswith(BAD_PREFIX) else None

    @property
    def seo_title(self) -> str | None:
        """Some posts carry an SEO title: it replaces the title in <title> and og:title only."""
        if not self.features.seo_title:
            return None
        return f"{self.title.rstrip('?')} | MS Expert Answers"


@dataclass(frozen=True)
class Comment:
    id: str
    name: str
    when: datetime
    text: str
    owner: bool


@dataclass(frozen=True)
class Category:
    index: int
    name: str
    slug: str


@dataclass(frozen=True)
class Removal:
    spec: PostSpec
    round: int


@lru_cache(maxsize=4096)
def build_body(seed: int, spec: PostSpec, target: LinkTarget | None) -> PostBody:
    if spec.key == SEED_KEY:
        return seed_body()
    if spec.key == RELATED_KEY:
        return related_body()
    if spec.key.startswith("form:"):
        from msqa_scraper.replica.weeblyforms import form_body  # builds on this module

        return form_body(spec.key.removeprefix("form:"))
    if spec.bad_kind is not None:
        from msqa_scraper.replica.badpages import bad_body  # badpages builds on this module

        return bad_body(seed, spec.bad_kind)
    words = draft(
        spec.topic, spec.therapies, draft_seed(seed, spec.key), spec.features.answer_paragraphs
    )
    experts = tuple(EXPERTS[i] for i in spec.experts)
    return compose(
        words,
        spec.features,
        experts,
        image=spec.image,
        external=spec.external,
        target=target,
        edits=spec.edits,
    )


def target_of(catalog: dict[str, PostSpec], spec: PostSpec) -> LinkTarget | None:
    """Where ``spec``'s internal link points. The catalog keeps removed posts too: a link to a
    removed post dangles, as links do on the web."""
    if spec.link_target is None:
        return None
    target = catalog[spec.link_target]
    day = to_local(target.published)
    return LinkTarget(target.slug, target.title, day.year, day.month)


def draft_seed(seed: int, key: str) -> str:
    return f"{seed}:draft:{key}"


def comment_id(seed: int, key: str, n: int) -> str:
    return str(10**17 + random.Random(f"{seed}:comment:{key}:{n}").randrange(9 * 10**17))


class Site:
    """One round of the blog. Immutable; ``build_site`` makes it, the server renders it."""

    def __init__(
        self,
        config: SiteConfig,
        round_: int,
        posts: Sequence[PostSpec],
        removed: Sequence[Removal],
        category_names: dict[int, str],
        disclaimer: str,
        published: datetime,
        catalog: dict[str, PostSpec],
        strays: Sequence[PostSpec] = (),
    ) -> None:
        self.config = config
        self.round = round_
        self.posts = tuple(sorted(posts, key=lambda p: (p.published, p.id), reverse=True))
        # Synthetic problem pages (``config.bad_pages``), by kind; listed ones are in ``posts``.
        self.bad_pages = {p.bad_kind: p for p in (*self.posts, *strays) if p.bad_kind is not None}
        # URLs under the blog path that the sitemap and feed list but no listing shows, and
        # that answer with an ordinary site page (the ``not_a_post`` bad page).
        self.strays = tuple(strays)
        self.stray_by_slug = {p.slug: p for p in self.strays}
        self.removed = tuple(removed)
        self.category_names = dict(category_names)
        self.disclaimer = disclaimer
        self.published = published
        self.catalog = catalog
        self.by_slug = {p.slug: p for p in self.posts}
        self.by_id = {p.id: p for p in self.posts}

    # --- content ----------------------------------------------------------------------------

    def body(self, spec: PostSpec) -> PostBody:
        return build_body(self.config.seed, spec, self.link_target(spec))

    def link_target(self, spec: PostSpec) -> LinkTarget | None:
        return target_of(self.catalog, spec)

    def comments(self, spec: PostSpec) -> tuple[Comment, ...]:
        rng = random.Random(f"{self.config.seed}:comments:{spec.key}")
        out: list[Comment] = []
        when = spec.published
        for n in range(spec.comment_count):
            when = when + timedelta(hours=rng.randint(2, 90), seconds=rng.randint(0, 3599))
            owner = bool(out) and not out[-1].owner and rng.random() < 0.3
            if owner:
                name, text = OWNER_NAME, rng.choice(OWNER_REPLIES)
            else:
                therapy = rng.choice(DMTS).brand
                name = rng.choice(COMMENTERS)
                text = rng.choice(READER_COMMENTS).format(therapy=therapy)
            out.append(Comment(comment_id(self.config.seed, spec.key, n), name, when, text, owner))
        return tuple(out)

    # --- categories and archives ------------------------------------------------------------

    def category(self, index: int) -> Category:
        name = self.category_names[index]
        return Category(index, name, weebly_slug(name))

    def post_categories(self, spec: PostSpec) -> list[Category]:
        return sorted((self.category(i) for i in spec.categories), key=lambda c: c.name.casefold())

    @cached_property
    def categories(self) -> list[Category]:
        """Categories with at least one live post, alphabetical (Weebly's collation is not
        documented; case-insensitive order is an assumption)."""
        used = {i for p in self.posts for i in p.categories}
        return sorted((self.category(i) for i in used), key=lambda c: c.name.casefold())

    @cached_property
    def by_category(self) -> dict[str, list[PostSpec]]:
        slugs = {c.index: c.slug for c in self.categories}
        out: dict[str, list[PostSpec]] = {c.slug: [] for c in self.categories}
        for post in self.posts:
            for i in post.categories:
                out[slugs[i]].append(post)
        return out

    @cached_property
    def by_month(self) -> dict[str, list[PostSpec]]:
        """``MM-YYYY`` -> posts, newest month first."""
        out: dict[str, list[PostSpec]] = {}
        for post in self.posts:
            day = to_local(post.published)
            out.setdefault(f"{day.month:02d}-{day.year}", []).append(post)
        return out

    @staticmethod
    def month_label(key: str) -> str:
        month, year = key.split("-")
        return f"{MONTH_NAMES[int(month) - 1]} {year}"

    # --- listings ---------------------------------------------------------------------------

    def listing(self, path: str) -> list[PostSpec] | None:
        """Posts of a listing's first-page path (``BLOG_PATH``, ``.../archives/09-2024``,
        ``.../category/all``, ``.../category/<slug>``), or None if there is no such listing."""
        if path == BLOG_PATH or path == f"{BLOG_PATH}/category/all":
            return list(self.posts)
        prefix, _, arg = path.rpartition("/")
        if prefix == f"{BLOG_PATH}/archives":
            return self.by_month.get(arg)
        if prefix == f"{BLOG_PATH}/category":
            return self.by_category.get(arg)
        return None

    def listing_paths(self) -> list[str]:
        paths = [BLOG_PATH, f"{BLOG_PATH}/category/all"]
        paths += [f"{BLOG_PATH}/archives/{m}" for m in self.by_month]
        paths += [f"{BLOG_PATH}/category/{c.slug}" for c in self.categories]
        return paths

    def pages(self, posts: Sequence[PostSpec]) -> list[list[PostSpec]]:
        size = self.config.per_page
        return [list(posts[i : i + size]) for i in range(0, len(posts), size)] or [[]]


def page_path(listing_path: str, page: int) -> str:
    """Weebly's URL of page ``page`` (1-based) of a listing: the index's older pages are
    ``/previous/N``, archive and category pages append ``/N``."""
    if page == 1:
        return listing_path
    if listing_path == BLOG_PATH:
        return f"{BLOG_PATH}/previous/{page}"
    return f"{listing_path}/{page}"
