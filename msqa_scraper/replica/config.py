"""The replica's knobs (``SiteConfig``) and the fixed facts of the live site."""

from __future__ import annotations

from dataclasses import dataclass

# Inferred: the seed page shows no site title; the site lives at healthcarejourney.com.
SITE_TITLE = "Healthcare Journey"
# The blog page's name; Weebly's slug rule turns "Q & A for ..." into "q--a-for-...".
BLOG_NAME = "Q & A for Virtual MS Center"
BLOG_SLUG = "q--a-for-virtual-ms-center"
BLOG_PATH = "/" + BLOG_SLUG
LIVE_HOST = "www.healthcarejourney.com"
# Inferred: Weebly numbers each site's blogs with a small integer (FCE 4, NHS 2, CS 1) that
# shows up in /N/feed and the legacy /N/post/... URLs. The live site's N was never seen.
FEED_NUMBER = 2
# Weebly's internal ids for this site, blog and account (18 and 9 digits); invented values.
SITE_ID = "618907214532896745"
BLOG_ID = "763184205719358201"
USER_ID = "130829418"
# Weebly stores uploads under /uploads/<first four digits of the user id>/<user id>/.
UPLOADS_DIR = "/uploads/1/3/0/8/" + USER_ID
WELCOME_TITLE = "Welcome to the Virtual MS Center!"
WELCOME_TEXT = (
    "Ask any question you want about Multiple Sclerosis and one of our experts will answer it"
    " as soon as possible."
)

MIN_POSTS = 3
MAX_POSTS = 20000
# The archive window always ends with the month of the one real capture.
LAST_YEAR, LAST_MONTH = 2024, 9

# Template drift: how the theme may change under the scraper (synthetic, never observed).
# "renamed-post-class": post blocks are div#post-<id>.wsite-blog-post-item (no .blog-post);
# "renamed-content": div.blog-content becomes div.blog-entry-body and the signature is prose.
DRIFT_MODES = ("renamed-post-class", "renamed-content")


def check_drift(mode: str | None) -> None:
    if mode is not None and mode not in DRIFT_MODES:
        raise ValueError(f"drift must be None or one of {', '.join(DRIFT_MODES)}, not {mode!r}")


def check_robots_path(path: str) -> None:
    if not path or path[0] not in "/*" or any(c.isspace() for c in path) or "#" in path:
        raise ValueError(f"a robots.txt Disallow path starts with / (or *), no spaces: {path!r}")


@dataclass(frozen=True)
class SiteConfig:
    """Everything that decides the replica's content. Same config, byte-identical site.

    ``posts`` counts the posts of round 0, including the seed's Lemtrada post and the post it
    links to. ``categories=0`` is the real site's state (only "All"); ``months=1`` puts every
    post in September 2024, as the capture showed.

    Knobs for crawler robustness tests, all off by default (off, the site is byte-identical
    to a config without them):

    - ``bad_pages``: add the synthetic problem pages of ``badpages.py`` (posts without a body,
      without a signature, 2 MB, invalid UTF-8, scripts, hostile titles, a non-post URL under
      the blog path) and a sidebar module of off-site/mailto/javascript links;
    - ``robots_disallow``: extra ``Disallow:`` lines under ``User-agent: *`` in robots.txt (the
      server still answers those paths; obeying them is the crawler's job);
    - ``drift``: one of ``DRIFT_MODES``, a theme change of the post markup (the content and the
      ground truth stay the same);
    - ``hostile_content``: add the synthetic attack pages of ``hostile_content.py`` (script
      URLs disguised with control characters, data:/vbscript: links, terminal escapes,
      spreadsheet formulas, a windows-1252 page).


    Knobs for the forms other real Weebly blogs take (``weeblyforms.py``), off by default:

    - ``date_order``: ``"MDY"`` (the live site, US) or ``"DMY"``, how ``span.date-text`` is
      written (IBA, WGY are day-first);
    - ``ambiguous_dates``: every post is published on a day 1..12 of its month, so no date
      tells the order by itself (only the archive months, feed or sitemap do);
    - ``weebly_forms``: add posts of pictures only, a YouTube embed only, Weebly's video player,
      a slideshow, ``<video>``/``<audio>``, an empty body, a heading with a Vimeo embed, and a
      post with Cloudflare-obfuscated addresses re-encoded in every response;
    - ``html_links``: listing, archive, category and post links spelled with ``.html`` (as
      mirrors and exports write them); the server answers those spellings too.
    """

    posts: int = 40
    per_page: int = 10
    months: int = 6
    categories: int = 8
    seed: int = 1
    round: int = 0
    excerpt_rate: float = 0.15
    open_comments_rate: float = 0.15
    comment_rate: float = 0.25
    bad_pages: bool = False
    robots_disallow: tuple[str, ...] = ()
    drift: str | None = None
    hostile_content: bool = False
    date_order: str = "MDY"
    ambiguous_dates: bool = False
    weebly_forms: bool = False
    html_links: bool = False

    def __post_init__(self) -> None:
        from msqa_scraper.replica.content import CATEGORY_POOL

        if isinstance(self.robots_disallow, str):
            raise ValueError("robots_disallow is a tuple of paths, not one string")
        # Frozen and hashable (build_site caches by config): keep a tuple even if given a list.
        object.__setattr__(self, "robots_disallow", tuple(self.robots_disallow))
        for path in self.robots_disallow:
            check_robots_path(path)
        check_drift(self.drift)
        if self.date_order not in ("MDY", "DMY"):
            raise ValueError(f"date_order must be MDY or DMY, not {self.date_order!r}")

        if not MIN_POSTS <= self.posts <= MAX_POSTS:
            raise ValueError(f"posts must be {MIN_POSTS}..{MAX_POSTS}, not {self.posts}")
        if self.per_page < 1:
            raise ValueError("per_page must be at least 1")
        if not 1 <= self.months <= 120:
            raise ValueError("months must be 1..120")
        if not 0 <= self.categories <= len(CATEGORY_POOL):
            raise ValueError(f"categories must be 0..{len(CATEGORY_POOL)}")
        if self.round < 0:
            raise ValueError("round must be >= 0")
        for name in ("excerpt_rate", "open_comments_rate", "comment_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
