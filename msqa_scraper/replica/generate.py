"""Round 0: the posts of a fresh site, with their dates, categories and markup features.

The first ``COVER`` synthetic posts take every feature value in rotation (each dimension
through its own seeded permutation), so any site of 40 posts or more shows every variant;
later posts draw features at random with the same rates.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta
from typing import TypeVar

from msqa_scraper.replica.body import SIG_STYLES, TWO_EXPERT_STYLES, Features
from msqa_scraper.replica.clock import local, to_local
from msqa_scraper.replica.compose import EXTERNAL_LINKS, IMAGES
from msqa_scraper.replica.config import LAST_MONTH, LAST_YEAR, SiteConfig
from msqa_scraper.replica.content import CATEGORY_POOL
from msqa_scraper.replica.model import PostSpec, draft_seed
from msqa_scraper.replica.people import EXPERTS
from msqa_scraper.replica.seedpost import (
    RELATED_FEATURES,
    RELATED_KEY,
    RELATED_POSTED,
    RELATED_SLUG,
    RELATED_TITLE,
    SEED_FEATURES,
    SEED_KEY,
    SEED_POSTED,
    SEED_TITLE,
)
from msqa_scraper.replica.slugs import weebly_slug
from msqa_scraper.replica.topics import TOPICS, draft, pick_topic

T = TypeVar("T")

# Synthetic posts that rotate through every feature value (a 40-post site has 38 of them).
COVER = 38
# Round 0 is published (the site "captured") at this moment; round r a week later each.
PUBLISHED_ROUND0 = local(2024, 9, 30, 16, 20, 0)
LAST_POST_DAY = date(2024, 9, 27)
INTERNAL_FORMS = ("absolute", "protocol_relative", "root_relative", "legacy")
_LINK_CHOICES: tuple[str | None, ...] = (None, None, None, None, *INTERNAL_FORMS)
RESERVED_SLUGS = frozenset({"previous", "archives", "category", "feed"})


def round_published(round_: int) -> datetime:
    return to_local(PUBLISHED_ROUND0 + timedelta(days=7 * round_))


def post_id(seed: int, key: str) -> str:
    digest = hashlib.sha256(f"{seed}:post-id:{key}".encode()).digest()
    return str(10**17 + int.from_bytes(digest[:8], "big") % (9 * 10**17))


class Chooser:
    """Feature values for synthetic post ``i``: rotating for ``i < COVER``, random after."""

    def __init__(self, seed: int, stream: str) -> None:
        self._seed = seed
        self._perms: dict[str, list[int]] = {}
        self.rng = random.Random(f"{seed}:{stream}")

    def slot(self, dim: str, i: int) -> int:
        perm = self._perms.get(dim)
        if perm is None:
            perm = list(range(COVER))
            random.Random(f"{self._seed}:perm:{dim}").shuffle(perm)
            self._perms[dim] = perm
        return perm[i]

    def pick(self, dim: str, i: int, options: tuple[T, ...]) -> T:
        if i < COVER:
            return options[self.slot(dim, i) % len(options)]
        return self.rng.choice(options)

    def flag(self, dim: str, i: int, rate: float) -> bool:
        if rate <= 0:
            return False
        if rate >= 1:
            return True
        if i < COVER:
            return self.slot(dim, i) % max(1, round(1 / rate)) == 0
        return self.rng.random() < rate


def features_for(ch: Chooser, i: int, config: SiteConfig) -> tuple[Features, tuple[int, ...]]:
    """Markup features and signing experts of synthetic post ``i``."""
    no_question = ch.flag("no_question", i, 0.125)
    if i < COVER:
        # Among the rotating posts without a question label, every other one keeps "Answer:".
        answer_label = not no_question or (ch.slot("no_question", i) // 8) % 2 == 1
    else:
        answer_label = not no_question or ch.rng.random() < 0.5
    style = ch.pick("sig_style", i, (*SIG_STYLES, "lines", "lines"))
    first = ch.pick("expert", i, tuple(range(len(EXPERTS))))
    if style == "dr":
        while not EXPERTS[first].doctor:
            first = (first + 1) % len(EXPERTS)
    if style == "place":
        while EXPERTS[first].place is None:
            first = (first + 1) % len(EXPERTS)
    experts = [first]
    if style in TWO_EXPERT_STYLES:
        experts.append((first + 1 + ch.slot("expert2", i % COVER) % 11) % len(EXPERTS))
    paragraphs = ch.pick("answer_paragraphs", i, (1, 2, 3, 4, 2, 3))
    # One-paragraph answers stay plain text, so "answer_single_paragraph" always occurs.
    extras = paragraphs > 1
    features = Features(
        question_label=not no_question,
        answer_label=answer_label,
        label_word=ch.pick("label_word", i, ("Question", "Question", "Q")),
        label_bold=ch.flag("label_bold", i, 0.5),
        label_own_line=ch.flag("label_own_line", i, 1 / 6),
        qa_same_paragraph=ch.flag("qa_same_paragraph", i, 0.5),
        question_multiline=ch.flag("question_multiline", i, 0.2),
        answer_paragraphs=paragraphs,
        answer_join=ch.pick("answer_join", i, ("br", "div")),
        sig_style=style,
        sig_same_paragraph=ch.flag("sig_same_paragraph", i, 0.5),
        sig_bold_name=ch.flag("sig_bold_name", i, 1 / 3),
        bullet_list=extras and ch.flag("bullet_list", i, 0.25),
        numbered_list=extras and ch.flag("numbered_list", i, 0.2),
        heading=extras and ch.flag("heading", i, 0.2),
        image=extras and ch.flag("image", i, 0.2),
        internal_link=ch.pick("internal_link", i, _LINK_CHOICES),
        external_link=ch.flag("external_link", i, 0.25),
        zwsp_raw=ch.flag("zwsp_raw", i, 0.25),
        zwsp_entity=ch.flag("zwsp_entity", i, 0.2),
        nbsp=ch.flag("nbsp", i, 0.25),
        entities=ch.flag("entities", i, 0.25),
        leading_br=ch.flag("leading_br", i, 1 / 6),
        colon_text=extras and ch.flag("colon_text", i, 0.25),
        read_more=ch.flag("read_more", i, config.excerpt_rate),
        seo_title=ch.flag("seo_title", i, 1 / 12),
    )
    return features, tuple(experts)


def _categories(rng: random.Random, topic: int, config: SiteConfig) -> tuple[int, ...]:
    enabled = list(range(config.categories))
    if not enabled:
        return ()
    count = rng.choices((0, 1, 2, 3), weights=(15, 50, 25, 10))[0]
    preferred = [
        CATEGORY_POOL.index(n)
        for n in TOPICS[topic].categories
        if CATEGORY_POOL.index(n) < config.categories
    ]
    chosen: list[int] = []
    for index in preferred[:count]:
        chosen.append(index)
    while len(chosen) < min(count, len(enabled)):
        index = rng.choice(enabled)
        if index not in chosen:
            chosen.append(index)
    return tuple(sorted(chosen))


def _window(config: SiteConfig) -> tuple[date, int]:
    """First day of the archive window and its length in days (through LAST_POST_DAY)."""
    months_back = LAST_YEAR * 12 + (LAST_MONTH - 1) - (config.months - 1)
    start = date(months_back // 12, months_back % 12 + 1, 1)
    return start, (LAST_POST_DAY - start).days


def _lastmod(rng: random.Random, published: datetime, limit: datetime) -> datetime:
    edited = published + timedelta(minutes=rng.randint(2, 240))
    if rng.random() < 0.2:
        edited += timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
    return min(edited, limit - timedelta(hours=1))


class SlugBook:
    """Unique slugs: a clash gets ``-2``, ``-3``... (inferred: Weebly's clash rule is unseen)."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = set(taken or ())

    def claim(self, title: str) -> str:
        base = weebly_slug(title) or "post"
        slug, n = base, 1
        while slug in self.taken or slug in RESERVED_SLUGS:
            n += 1
            slug = f"{base}-{n}"
        self.taken.add(slug)
        return slug


def synthetic_spec(
    config: SiteConfig,
    key: str,
    features: Features,
    experts: tuple[int, ...],
    rng: random.Random,
    published: datetime,
    lastmod: datetime,
    slugs: SlugBook,
    link_target: str | None,
    added_round: int = 0,
) -> PostSpec:
    topic, therapies = pick_topic(rng)
    title = draft(topic, therapies, draft_seed(config.seed, key), features.answer_paragraphs).title
    has_comments = rng.random() < config.comment_rate
    count = rng.choice((1, 1, 2, 3, 4, 12)) if has_comments else 0
    return PostSpec(
        key=key,
        id=post_id(config.seed, key),
        slug=slugs.claim(title),
        title=title,
        published=published,
        lastmod=lastmod,
        categories=_categories(rng, topic, config),
        comments_open=rng.random() < config.open_comments_rate,
        comment_count=count,
        features=features,
        topic=topic,
        therapies=therapies,
        experts=experts,
        link_target=link_target if features.internal_link else None,
        image=rng.randrange(len(IMAGES)),
        external=rng.randrange(len(EXTERNAL_LINKS)),
        added_round=added_round,
    )


def _handwritten(config: SiteConfig, rng: random.Random) -> list[PostSpec]:
    published = local(*SEED_POSTED)
    related_published = local(*RELATED_POSTED)
    disease = 4 if config.categories > 4 else None  # "Disease-Modifying Therapies"
    cats = (disease,) if disease is not None else ()
    return [
        PostSpec(
            key=SEED_KEY,
            id=post_id(config.seed, SEED_KEY),
            slug=weebly_slug(SEED_TITLE),
            title=SEED_TITLE,
            published=published,
            lastmod=published + timedelta(minutes=rng.randint(5, 90)),
            categories=cats,
            comments_open=False,
            comment_count=0,
            features=SEED_FEATURES,
            experts=(0,),
            link_target=RELATED_KEY,
        ),
        PostSpec(
            key=RELATED_KEY,
            id=post_id(config.seed, RELATED_KEY),
            slug=RELATED_SLUG,
            title=RELATED_TITLE,
            published=related_published,
            lastmod=related_published + timedelta(minutes=rng.randint(5, 90)),
            categories=cats,
            comments_open=False,
            comment_count=0,
            features=RELATED_FEATURES,
            experts=(0,),
        ),
    ]


def initial_posts(config: SiteConfig) -> list[PostSpec]:
    """The posts of round 0, oldest first."""
    rng = random.Random(f"{config.seed}:posts")
    chooser = Chooser(config.seed, "features")
    posts = _handwritten(config, rng)
    slugs = SlugBook({p.slug for p in posts})
    count = config.posts - len(posts)
    start, span = _window(config)
    bulk_days = [
        start + timedelta(days=rng.randrange(span + 1)) for _ in range(max(1, count // 12))
    ]
    moments: list[datetime] = []
    for _ in range(count):
        if rng.random() < 0.3:
            # A bulk import: several posts on one day, all at local midnight.
            day, seconds = rng.choice(bulk_days), 0
        else:
            day, seconds = (
                start + timedelta(days=rng.randrange(span + 1)),
                rng.randrange(7 * 3600, 22 * 3600),
            )
        moments.append(
            local(day.year, day.month, day.day, seconds // 3600, seconds // 60 % 60, seconds % 60)
        )
    keys = [f"p{i}" for i in range(count)]
    order = sorted(range(count), key=lambda i: (moments[i], post_id(config.seed, keys[i])))
    rank = {i: n for n, i in enumerate(order)}
    for i in range(count):
        features, experts = features_for(chooser, i, config)
        # Link to an older post when there is one (answers cite earlier answers).
        older = rank[i]
        target = keys[order[rng.randrange(older)]] if older else posts[rng.randrange(2)].key
        posts.append(
            synthetic_spec(
                config,
                keys[i],
                features,
                experts,
                rng,
                moments[i],
                _lastmod(rng, moments[i], PUBLISHED_ROUND0),
                slugs,
                target,
            )
        )
    return posts
