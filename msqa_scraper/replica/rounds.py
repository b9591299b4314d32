"""Rounds: each one edits the site of the round before, deterministically.

Round r (r >= 1), published a week after round r-1:
- some answers get an update (text change, new lastmod);
- some posts are removed (404 from then on, gone from listings, feed and sitemap);
- some posts are added, newer than everything before;
- one post moves to another category; round 1 also renames a category;
- from round 1 on, the sidebar disclaimer has new wording.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

from msqa_scraper.replica.badpages import bad_specs
from msqa_scraper.replica.clock import to_local
from msqa_scraper.replica.compose import Edit
from msqa_scraper.replica.config import SiteConfig
from msqa_scraper.replica.content import (
    CATEGORY_POOL,
    CATEGORY_RENAMES,
    DISCLAIMER,
    DISCLAIMER_REWORDED,
)
from msqa_scraper.replica.generate import (
    COVER,
    Chooser,
    SlugBook,
    features_for,
    initial_posts,
    round_published,
    synthetic_spec,
)
from msqa_scraper.replica.model import MONTH_NAMES, PostSpec, Removal, Site, build_body, target_of
from msqa_scraper.replica.variants import spec_variants
from msqa_scraper.replica.weeblyforms import ambiguous, form_specs

# Above this many posts, removals stop checking that every variant survives (too slow to be
# worth it, and with that many posts every variant has many carriers anyway).
_COVERAGE_CHECK_LIMIT = 400


@dataclass
class _State:
    posts: list[PostSpec]
    removed: list[Removal]
    names: dict[int, str]
    disclaimer: str
    published: datetime
    catalog: dict[str, PostSpec]
    slugs: SlugBook


def _edit_counts(live: int) -> tuple[int, int, int]:
    """(answers edited, posts removed, posts added) for a site of ``live`` posts."""
    return max(2, live // 20), max(1, live // 40), max(2, live // 20)


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return to_local(
        start + timedelta(seconds=rng.randrange(60, int((end - start).total_seconds())))
    )


def _pick_removals(
    state: _State, config: SiteConfig, candidates: list[PostSpec], count: int
) -> list[PostSpec]:
    if len(state.posts) > _COVERAGE_CHECK_LIMIT:
        return candidates[:count]
    variants = {
        p.key: spec_variants(p, build_body(config.seed, p, target_of(state.catalog, p)))
        for p in state.posts
    }
    carriers = Counter(v for names in variants.values() for v in names)
    chosen: list[PostSpec] = []
    for spec in candidates:
        if len(chosen) == count:
            break
        # Keep at least one carrier of every variant, so tests find one in any round.
        if all(carriers[v] > 1 for v in variants[spec.key]):
            chosen.append(spec)
            carriers.subtract(variants[spec.key])
    return chosen


def _move_category(state: _State, config: SiteConfig, rng: random.Random, r: int) -> None:
    if config.categories == 0:
        return
    if r == 1:
        used = sorted({i for p in state.posts for i in p.categories})
        for index in used:
            renamed = CATEGORY_RENAMES.get(state.names[index])
            if renamed:
                state.names[index] = renamed
                break
    movable = [p for p in state.posts if not p.handwritten]
    spec = movable[rng.randrange(len(movable))]
    current = set(spec.categories)
    others = [i for i in range(config.categories) if i not in current]
    if not others:
        return
    if current:
        current.discard(rng.choice(sorted(current)))
    current.add(rng.choice(others))
    moved = replace(
        spec,
        categories=tuple(sorted(current)),
        lastmod=_between(rng, state.published, round_published(r)),
    )
    _swap(state, moved)


def _swap(state: _State, spec: PostSpec) -> None:
    state.posts = [spec if p.key == spec.key else p for p in state.posts]
    state.catalog[spec.key] = spec


def _advance(state: _State, config: SiteConfig, r: int) -> None:
    rng = random.Random(f"{config.seed}:round:{r}")
    start, end = state.published, round_published(r)
    live = sorted(state.posts, key=lambda p: (p.published, p.id))
    n_edit, n_remove, n_add = _edit_counts(len(live))
    synthetic = [p for p in live if not p.handwritten]

    stamp = to_local(end)
    when = f"{MONTH_NAMES[stamp.month - 1]} {stamp.day}, {stamp.year}"
    edited = rng.sample(synthetic, min(n_edit, len(synthetic)))
    for spec in edited:
        edit = Edit(r, rng.choice(("paragraph", "sentence")), rng.randrange(3), when)
        _swap(
            state,
            replace(spec, edits=(*spec.edits, edit), lastmod=_between(rng, start, end)),
        )

    edited_keys = {p.key for p in edited}
    candidates = [p for p in synthetic if p.key not in edited_keys]
    rng.shuffle(candidates)
    # Never empty the blog: keep the two hand-written posts and at least one synthetic one.
    removals = _pick_removals(state, config, candidates, min(n_remove, len(candidates) - 1))
    gone = {p.key for p in removals}
    state.posts = [p for p in state.posts if p.key not in gone]
    state.removed += [Removal(state.catalog[k], r) for k in sorted(gone)]

    _move_category(state, config, rng, r)

    chooser = Chooser(config.seed, f"round-{r}-features")
    moments = sorted(_between(rng, start, end) for _ in range(n_add))
    older = [p.key for p in state.posts]
    for k, moment in enumerate(moments):
        key = f"r{r}n{k}"
        features, experts = features_for(chooser, COVER + k, config)
        lastmod = min(moment + timedelta(minutes=rng.randint(2, 120)), end - timedelta(minutes=1))
        spec = synthetic_spec(
            config,
            key,
            features,
            experts,
            rng,
            moment,
            max(lastmod, moment),
            state.slugs,
            older[rng.randrange(len(older))],
            added_round=r,
        )
        state.posts.append(spec)
        state.catalog[key] = spec

    state.disclaimer = DISCLAIMER_REWORDED
    state.published = end


@lru_cache(maxsize=8)
def build_site(config: SiteConfig, round_: int | None = None) -> Site:
    """The site of ``config`` at ``round_`` (default ``config.round``)."""
    target_round = config.round if round_ is None else round_
    posts = initial_posts(config)
    state = _State(
        posts=posts,
        removed=[],
        names={i: CATEGORY_POOL[i] for i in range(config.categories)},
        disclaimer=DISCLAIMER,
        published=round_published(0),
        catalog={p.key: p for p in posts},
        slugs=SlugBook({p.slug for p in posts}),
    )
    for r in range(1, target_round + 1):
        _advance(state, config, r)
    # The synthetic bad pages stay outside the rounds: never edited, removed or linked to.
    listed, strays = bad_specs(config)
    # The other Weebly forms (weeblyforms.py) likewise.
    listed = [*listed, *form_specs(config)]
    posts = [*state.posts, *listed]
    catalog = {**state.catalog, **{p.key: p for p in (*listed, *strays)}}
    if config.ambiguous_dates:
        posts = [ambiguous(p) for p in posts]
        catalog = {key: ambiguous(p) for key, p in catalog.items()}
    return Site(
        config,
        target_round,
        posts,
        state.removed,
        state.names,
        state.disclaimer,
        state.published,
        catalog,
        strays,
    )
