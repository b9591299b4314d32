"""The crawl policy: which pages to read, what each page proves, what the archive may change.

Pure: no Scrapy, no SQL, no clock. Events go in (a listing page read with its entries, the
sitemap or feed read, a post extracted, a page failed or skipped by reason, a write failed);
decisions come out (fetch these, touch that post, store this version, mark that post removed,
the final status). The live spider and ``msqa rebuild`` (through ``replay.py``) drive the same
object, so a rebuild derives what the crawl did.

The archive's rules it keeps:

- a post is marked removed only when its own URL answers 404 or 410 while the blog's index
  reads fine; absence from the listings, the sitemap or the feed only makes the crawl fetch
  the post's URL;
- a post's membership of a category changes only when every page of that category's listing
  was read and usable; a listing page showing no posts where the archive had some is unusable;
- anything not read (a failed page, a request a middleware refused or dropped, a pagination
  chain cut at its bound) makes the crawl at best ``partial``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from msqa_scraper.extract import BlogUrls, Category, ListingEntry, ListingPage, PageRef

# "All" lists exactly what the index lists; fetching it would only repeat the index.
ALL_CATEGORY = "all"
# Why a request was not answered although the crawl wanted it (``page_skipped``).
SKIP_REASONS = (
    "robots",
    "offsite",
    "off_origin",
    "dupefilter",
    "url_length",
    "redirect_loop",
)
# A post URL answering one of these, with the index read fine, is a removal.
GONE_STATUSES = (404, 410)

FetchKind = Literal["listing", "post", "sitemap", "feed"]


@dataclass(frozen=True)
class Bounds:
    """Limits on what a hostile or broken site can make the crawl do.

    ``growth_factor``/``growth_floor``: when the archive (or the sitemap) knows N posts, the
    listings may show at most ``max(growth_floor, growth_factor * N)`` distinct posts; past
    that the listings stop being followed. ``max_listing_pages``: no listing chain is followed
    past this many pages, whatever the site says.
    """

    url_length: int = 2083
    growth_factor: float = 3.0
    growth_floor: int = 1000
    max_listing_pages: int = 5000

    @classmethod
    def from_settings(cls, settings: Any) -> Bounds:
        """The bounds a crawl with these settings runs under (Scrapy ``Settings``, or any
        mapping with ``get(name, default)``: ``msqa crawl -s NAME=VALUE`` arrives as text)."""
        values: dict[str, Any] = {}
        for name, setting in BOUND_SETTINGS.items():
            kind = type(getattr(cls, name))
            value = settings.get(setting)
            values[name] = getattr(cls, name) if value is None or value == "" else kind(value)
        return cls(**values)

    def to_record(self) -> str:
        """The bounds as the crawl's row records them (``crawls.bounds``): JSON keyed by the
        setting names, so a reader sees what to pass to ``msqa crawl -s``."""
        return json.dumps(
            {setting: getattr(self, name) for name, setting in BOUND_SETTINGS.items()},
            sort_keys=True,
        )

    @classmethod
    def from_record(cls, record: str | None) -> Bounds | None:
        """The bounds a crawl recorded (``to_record``), or None for a crawl that recorded none
        (made before they were recorded). A setting missing from the record has its default."""
        if not record:
            return None
        return cls.from_settings(json.loads(record))


# Each bound and the crawl setting it comes from (msqa_scraper/settings.py has their values).
BOUND_SETTINGS: dict[str, str] = {
    "url_length": "URLLENGTH_LIMIT",
    "growth_factor": "MSQA_GROWTH_FACTOR",
    "growth_floor": "MSQA_GROWTH_FLOOR",
    "max_listing_pages": "MSQA_MAX_LISTING_PAGES",
}


@dataclass(frozen=True)
class Fetch:
    """A decision to request ``url``; ``expected_id`` names the post a post URL should be."""

    url: str
    kind: FetchKind
    ref: PageRef | None = None
    expected_id: str | None = None
    # A post the listings no longer show: its own answer decides whether it was removed.
    probe: bool = False


@dataclass(frozen=True)
class Touch:
    """A post seen on a listing, unchanged there: the store moves its ``last_seen``."""

    post_id: str
    url: str
    categories: list[dict[str, str]] | None
    listing_hash: str | None
    lastmod: str | None


@dataclass(frozen=True)
class StoreVersion:
    """Store the extracted post with these categories (the store decides new/changed)."""

    post_id: str
    categories: list[Category]
    listing_hash: str | None
    lastmod: str | None


@dataclass(frozen=True)
class KeepArchived:
    """The regression guard: the capture would empty fields the archive has; touch only."""

    post_id: str
    lost: list[str]


@dataclass(frozen=True)
class Ignore:
    """Nothing to store (a second copy of a post already read in this crawl)."""

    post_id: str
    why: str


@dataclass(frozen=True)
class Remove:
    """The post's own URL says it is gone."""

    post_id: str
    status: int


PostDecision = StoreVersion | KeepArchived | Ignore


@dataclass
class _Chain:
    """One listing's pagination (the index, an archive month, a category)."""

    ids: set[str] = field(default_factory=set)
    pages: int = 0
    per_page: int = 0
    ended: bool = False  # a page without an "older posts" link was read
    broken: bool = False  # a page failed, was unusable, or the chain was cut at a bound


class CrawlPolicy:
    """The state of one crawl and the rules that turn its events into decisions.

    ``previous`` is ``Archive.recrawl_state()`` (post id → what the archive knows of it);
    ``incremental`` says whether unchanged posts may be touched instead of refetched.
    """

    def __init__(
        self,
        base_url: str,
        previous: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        incremental: bool = False,
        bounds: Bounds | None = None,
    ) -> None:
        self.urls = BlogUrls(base_url)
        self.previous: dict[str, Mapping[str, Any]] = dict(previous or {})
        self.incremental = incremental and bool(self.previous)
        self.bounds = bounds or Bounds()
        self.entries: dict[str, ListingEntry] = {}  # post id → first listing entry seen
        self.memberships: dict[str, set[str]] = defaultdict(set)  # post id → category slugs
        self.category_names: dict[str, str] = {}  # slug → name, from the sidebar
        self.category_urls: list[str] = []
        self.archive_urls: list[str] = []
        self.feed_urls: list[str] = []
        self.lastmods: dict[str, str | None] = {}  # post URL (sitemap, feed) → lastmod
        self.disclaimer: str | None = None
        self.sidebar_done = False
        self.categories_read = False
        self.fetched_ids: set[str] = set()
        self.chains: dict[tuple[str, str], _Chain] = defaultdict(_Chain)
        self.probes: dict[str, str] = {}  # post URL → id of a post the listings no longer show
        self.counts: Counter[str] = Counter()  # the policy's own tallies, by stat name
        self.warnings: list[str] = []
        self.bounded = False
        # Categories the archive has that the sidebar no longer shows: their own listing URL
        # answering 404 or 410 is what proves them gone.
        self.vanished: set[str] = set()
        self.gone_categories: set[str] = set()
        self.write_error: str | None = None
        self._known_by_category: dict[str, int] = Counter(
            c["slug"] for p in self.previous.values() for c in (p.get("categories") or ())
        )

    # -- discovery ---------------------------------------------------------------------

    def start(self) -> list[Fetch]:
        return [
            self.listing_fetch(PageRef("index")),
            Fetch(self.urls.url_for(PageRef("sitemap")), "sitemap", PageRef("sitemap")),
        ]

    def listing_fetch(self, ref: PageRef) -> Fetch:
        return Fetch(self.urls.url_for(ref), "listing", ref)

    def listing_read(self, ref: PageRef, page: ListingPage) -> list[Fetch]:
        """A whole listing page came back: learn its posts; the next page and the sidebar's
        pages to read. A page showing no posts where the archive had some is unusable."""
        chain = self.chains[(ref.kind, ref.key)]
        if not page.entries and self._expected_posts(ref):
            self.listing_failed(ref, "listing page shows no posts where the archive has some")
            self.counts["msqa/listing/unusable"] += 1
            return []
        self.counts["msqa/pages"] += 1
        new_ids = {entry.id for entry in page.entries} - chain.ids
        chain.pages += 1
        chain.per_page = max(chain.per_page, len(page.entries))
        chain.ids |= new_ids
        limit = self.post_limit()
        for entry in page.entries:
            if entry.id not in self.entries and limit is not None and len(self.entries) >= limit:
                self._cut(
                    chain,
                    f"the listings show more than {limit} posts, far more than the archive "
                    f"holds ({len(self.previous)}): not following them further",
                )
                break
            self.entries.setdefault(entry.id, entry)
            if ref.kind == "category":
                self.memberships[entry.id].add(ref.key)
        fetches: list[Fetch] = []
        older = self.urls.classify(page.previous_url) if page.previous_url else None
        if older is None or older.kind != ref.kind or older.key != ref.key:
            chain.ended = True
        elif chain.broken:
            pass
        elif page.entries and not new_ids:
            self._cut(chain, f"{self.urls.url_for(ref)} repeats posts of earlier pages")
        elif chain.pages >= self.bounds.max_listing_pages:
            self._cut(chain, f"{ref.kind} listing longer than {chain.pages} pages")
        else:
            fetches.append(self.listing_fetch(older))
        # Every blog page repeats the sidebar: read it once, from the first listing.
        if not self.sidebar_done and (page.categories or page.archive_urls):
            fetches += self._read_sidebar(page)
        return fetches

    def _expected_posts(self, ref: PageRef) -> bool:
        """Should this listing page show posts? Page 2 on was linked from a page with posts;
        page 1 should when the archive holds posts it would list."""
        if ref.page > 1:
            return True
        if ref.kind == "category":
            return self._known_by_category.get(ref.key, 0) > 0
        return any(not p.get("removed_at") for p in self.previous.values())

    def _cut(self, chain: _Chain, why: str) -> None:
        chain.broken = True
        self.bounded = True
        self.counts["msqa/listing/bounded"] += 1
        self.warnings.append(why)

    def post_limit(self) -> int | None:
        """How many distinct posts the listings may show; None when nothing is known yet."""
        known = max(len(self.previous), len(self.lastmods))
        if not known:
            return None
        return max(self.bounds.growth_floor, math.ceil(self.bounds.growth_factor * known))

    def _read_sidebar(self, page: ListingPage) -> list[Fetch]:
        self.sidebar_done = True
        self.disclaimer = page.disclaimer
        for name, url in page.categories:
            ref = self.urls.classify(url)
            if ref and ref.kind == "category" and ref.key != ALL_CATEGORY:
                if ref.key not in self.category_names:
                    self.category_urls.append(self.urls.url_for(PageRef("category", ref.key)))
                self.category_names[ref.key] = name
        # The archive months repeat the index: read only if the index turns out incomplete.
        self.archive_urls = list(page.archive_urls)
        self.feed_urls = list(page.feed_urls[:1])
        if self.incremental:
            # The sitemap already tells what changed; the feed only repeats it.
            return []
        fetches = self._read_categories()
        fetches += [Fetch(url, "feed") for url in self.feed_urls]
        return fetches

    def _read_categories(self) -> list[Fetch]:
        self.categories_read = True
        self.vanished = set(self._known_by_category) - set(self.category_names)
        slugs = [*self.category_names, *sorted(self.vanished)]
        return [self.listing_fetch(PageRef("category", slug)) for slug in slugs]

    def listing_failed(self, ref: PageRef, why: str) -> None:
        """A listing page could not be read (error, cut short, unusable, refused)."""
        self.chains[(ref.kind, ref.key)].broken = True
        self.counts["msqa/pages_failed"] += 1
        self.warnings.append(f"{self.urls.url_for(ref)}: {why}")

    def sitemap_read(self, urls_and_lastmods: Iterable[tuple[str, str | None]]) -> None:
        self.counts["msqa/pages"] += 1
        for loc, lastmod in urls_and_lastmods:
            self.add_post_url(loc, lastmod)

    def feed_read(self, links: Iterable[str]) -> None:
        self.counts["msqa/pages"] += 1
        for link in links:
            self.add_post_url(link, None)

    def add_post_url(self, url: str, lastmod: str | None) -> None:
        found = self.urls.canonical(url)
        if found and found[1].kind == "post" and (lastmod or found[0] not in self.lastmods):
            self.lastmods[found[0]] = lastmod

    def optional_failed(self) -> None:
        # The sitemap and feed only add to discovery; a blog without them is still complete.
        self.counts["msqa/optional_failed"] += 1

    # -- phase 2: categories -----------------------------------------------------------

    def categories_phase(self) -> list[Fetch]:
        """After discovery: the archive months if the index proved incomplete, and the
        category listings when a recrawl finds something changed."""
        fetches: list[Fetch] = []
        if self.index_incomplete():
            self.counts["msqa/archives_read"] += 1
            for url in self.archive_urls:
                ref = self.urls.classify(url)
                if ref is not None:
                    fetches.append(self.listing_fetch(ref))
        if self.categories_read:
            return fetches
        if not self.blog_changed():
            return fetches
        return fetches + self._read_categories()

    def index_incomplete(self) -> bool:
        """Did an index page fail, or does the sitemap or feed name a post the index lacks?"""
        index = self.chains.get(("index", ""))
        if index is None or index.broken or not index.ended:
            return True
        listed = {entry.url for entry in self.entries.values()}
        return any(url not in listed for url in self.lastmods)

    @property
    def index_ok(self) -> bool:
        """Was the blog's index read, whole and usable? Only then can a 404 mean removal."""
        index = self.chains.get(("index", ""))
        return bool(index and index.ended and not index.broken and index.pages)

    def blog_changed(self) -> bool:
        """Does anything on the listings or sitemap differ from what the archive has?"""
        known = {
            c["slug"]: c["name"] for p in self.previous.values() for c in p.get("categories") or ()
        }
        if any(known.get(slug) != name for slug, name in self.category_names.items()):
            return True
        if set(known) - set(self.category_names):
            return True
        live = {pid for pid, p in self.previous.items() if not p.get("removed_at")}
        if live - set(self.entries):
            return True
        return any(self.needs_fetch(pid, entry) for pid, entry in self.entries.items())

    def needs_fetch(self, post_id: str, entry: ListingEntry) -> bool:
        prev = self.previous.get(post_id)
        if prev is None or prev.get("removed_at"):
            return True
        if prev.get("listing_hash") != entry.content_hash:
            return True
        lastmod = self.lastmods.get(entry.url)
        # A "Read More" excerpt hides most of the answer: only the sitemap can tell an edit.
        return bool(lastmod) and lastmod != prev.get("lastmod")

    # -- phase 3: posts ----------------------------------------------------------------

    def posts_phase(self) -> tuple[list[Touch], list[Fetch]]:
        """The posts to touch (a recrawl, unchanged on its listing) and the post pages to
        fetch: listed posts, posts only the sitemap or feed names, and live posts of the
        archive that nothing names any more (their own URL decides)."""
        touches: list[Touch] = []
        fetches: list[Fetch] = []
        for post_id, entry in self.entries.items():
            if self.incremental and not self.needs_fetch(post_id, entry):
                self.counts["msqa/posts_skipped"] += 1
                touches.append(
                    Touch(
                        post_id,
                        entry.url,
                        self.category_dicts(post_id) if self.categories_read else None,
                        entry.content_hash,
                        self.lastmods.get(entry.url),
                    )
                )
            else:
                fetches.append(Fetch(entry.url, "post", PageRef("post", entry.slug), post_id))
        listed = {entry.url for entry in self.entries.values()}
        loose = [url for url in self.lastmods if url not in listed]
        for url in loose:
            fetches.append(Fetch(url, "post", self.urls.classify(url)))
        named = listed | set(loose)
        for post_id, prev in self.previous.items():
            url = prev.get("url")
            if prev.get("removed_at") or post_id in self.entries or not url or url in named:
                continue
            self.probes[url] = post_id
            fetches.append(Fetch(url, "post", self.urls.classify(url), post_id, probe=True))
        self.counts["msqa/posts_discovered"] = len(self.entries) + len(loose)
        self.counts["msqa/posts_probed"] = len(self.probes)
        return touches, fetches

    def post_extracted(
        self,
        post_id: str,
        url: str,
        fields: Mapping[str, Any],
        archived: Mapping[str, Any] | None,
    ) -> PostDecision:
        """A post page read and extracted: store it, or keep the archive's version when the
        capture would empty what the archive has (the regression guard)."""
        self.counts["msqa/post/parsed"] += 1
        if post_id in self.fetched_ids:
            self.counts["msqa/post/duplicate"] += 1
            return Ignore(post_id, "read twice in this crawl")
        self.fetched_ids.add(post_id)
        lost = regressions(archived, fields)
        if lost:
            self.counts["msqa/quality/regressed"] += 1
            return KeepArchived(post_id, lost)
        entry = self.entries.get(post_id)
        return StoreVersion(
            post_id,
            self.categories_of(post_id),
            entry.content_hash if entry else None,
            self.lastmods.get(url),
        )

    def post_answered(self, url: str, expected_id: str | None, status: int) -> Remove | None:
        """A post URL answered with an error status after retries. A probe answering 404 or
        410, with the index read fine, removes the post; anything else is a failed page."""
        post_id = self.probes.get(url) if expected_id is None else expected_id
        if (
            status in GONE_STATUSES
            and post_id is not None
            and self.probes.get(url) == post_id
            and self.index_ok
        ):
            self.counts["msqa/posts/removed"] += 1
            return Remove(post_id, status)
        self.page_failed(f"{url}: HTTP {status}")
        return None

    # -- categories --------------------------------------------------------------------

    def category_complete(self, slug: str) -> bool:
        """Was every page of this category's listing read, whole and usable?"""
        if not self.categories_read:
            return False
        if slug in self.gone_categories:
            return self.index_ok
        if slug not in self.category_names and slug not in self.vanished:
            return False
        chain = self.chains.get(("category", slug))
        return bool(chain and chain.ended and not chain.broken)

    @property
    def categories_known(self) -> bool:
        """Were all the category listings read whole in this crawl?"""
        return self.categories_read and all(map(self.category_complete, self.category_names))

    def categories_of(self, post_id: str) -> list[Category]:
        """A post's categories: for each fully read category, whether its listing shows the
        post; for every other one, what the archive has."""
        names = dict(self.category_names)
        slugs = {s for s in self.memberships.get(post_id, ()) if self.category_complete(s)}
        prev = self.previous.get(post_id)
        for stored in (prev.get("categories") or ()) if prev else ():
            if not self.category_complete(stored["slug"]):
                slugs.add(stored["slug"])
                names.setdefault(stored["slug"], stored["name"])
        return [Category(names.get(slug, slug), slug) for slug in sorted(slugs)]

    def category_dicts(self, post_id: str) -> list[dict[str, str]]:
        return [{"name": c.name, "slug": c.slug} for c in self.categories_of(post_id)]

    def listing_answered(self, ref: PageRef, status: int) -> None:
        """A listing URL answered with an error status after retries. A category the sidebar
        no longer shows, answering 404 or 410 on its first page, is gone; anything else is a
        failed page."""
        if (
            ref.kind == "category"
            and ref.page == 1
            and ref.key in self.vanished
            and status in GONE_STATUSES
        ):
            # Gone only if the index reads fine too: ``category_complete`` asks at the end,
            # whichever answer came first.
            self.gone_categories.add(ref.key)
            return
        self.listing_failed(ref, f"HTTP {status}")

    # -- trouble -----------------------------------------------------------------------

    def page_failed(self, why: str, ref: PageRef | None = None) -> None:
        if ref is not None and ref.kind in ("index", "archive", "category"):
            self.listing_failed(ref, why)
            return
        self.counts["msqa/pages_failed"] += 1
        self.warnings.append(why)

    def page_skipped(self, reason: str, url: str, ref: PageRef | None = None) -> None:
        """A request the crawl wanted was refused or dropped before an answer (robots.txt,
        off the blog's origin, a duplicate, too long, a redirect loop): counted by reason, and
        its listing (if it was one) is not fully read."""
        if reason not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {reason!r}")
        self.counts[f"msqa/skipped/{reason}"] += 1
        if ref is not None and ref.kind in ("index", "archive", "category"):
            self.chains[(ref.kind, ref.key)].broken = True
        self.warnings.append(f"{url}: not fetched ({reason.replace('_', ' ')})")

    def allowed(self, fetch: Fetch) -> bool:
        """May this request go out? Too long a URL is refused here, and counted."""
        if len(fetch.url) > self.bounds.url_length:
            self.page_skipped("url_length", fetch.url[:80] + "...", fetch.ref)
            return False
        return True

    def write_failed(self, why: str) -> None:
        """The archive could not be written: the crawl stops, failed."""
        if self.write_error is None:
            self.write_error = why
        self.counts["msqa/write_failed"] += 1


def regressions(archived: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> list[str]:
    """Fields a capture would empty that the archive's latest version has.

    A page that suddenly has no answer, question or expert is far more often a broken page or
    a changed template than an edit; such a capture is not stored over good data.
    """
    if archived is None:
        return []
    lost = [
        name
        for name in ("question", "answer")
        if (archived.get(name) or "").strip() and not (fields.get(name) or "").strip()
    ]
    if archived.get("experts") and not fields.get("experts"):
        lost.append("experts")
    return lost
