"""A hostile or broken copy of the site, switched on between crawls (``ReplicaServer``'s
``hostility``): the situations that once made the archive mark live posts removed, wipe
their categories or never stop.

SYNTHETIC, never observed on the live site; each reproduces a way real hosts misbehave:

- ``empty_listings``: every listing page (index, ``previous/N``, archive months, categories)
  answers 200 with a "down for maintenance" page that shows no posts;
- ``meta_refresh``: the first answer on every page carries ``<meta http-equiv="refresh">``
  pointing off the site (pasted markup: browsers and Scrapy's MetaRefreshMiddleware follow it).
  The page's ``<head>`` is cut to its title (a lean theme), so the tag falls within the first
  4,096 characters, all Scrapy's middleware scans;
- ``robots_disallow``: extra ``Disallow:`` lines in robots.txt (a robots.txt change);
- ``loop_posts``: the N oldest posts' URLs redirect to themselves through a second URL;
- ``off_origin``/``off_origin_posts``: the next N oldest posts redirect to the same path on
  ``off_origin`` (another origin: another port on 127.0.0.1 is enough);
- ``long_url_posts``: the listings link the next N oldest posts through a URL of 3,000
  characters (their sitemap entry keeps the right URL);
- ``endless_pagination``: the index's last page links an older page, which repeats it, and so
  on without end;
- ``listing_flood``: the index's first page shows this many extra posts (thousands) that
  exist nowhere else;
- ``hollow_posts``: the N newest posts' own pages render an empty ``div.blog-content`` (a
  broken theme): the answer and signature vanish, the listings still show them whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from msqa_scraper.replica.config import BLOG_PATH
from msqa_scraper.replica.feeds import robots
from msqa_scraper.replica.model import Site
from msqa_scraper.replica.routes import HTML, Response

MAINTENANCE_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Down for maintenance</title></head><body>"
    '<div id="wsite-content"><h2>We will be back soon</h2><p>The site is being updated. '
    "Please check back in a few minutes.</p></div></body></html>\n"
)
REFRESH_TARGET = "http://elsewhere.invalid/moved-for-good"
_LISTING = re.compile(re.escape(BLOG_PATH) + r"(?:\.html)?(?:/(?:previous|archives|category)/.*)?")
_PREVIOUS = re.compile(re.escape(BLOG_PATH) + r"/previous/(\d+)")
_CONTENT = '<div class="blog-content">'
_POSTS_START = '<div id="wsite-content">'
_NAV_PREVIOUS = re.compile(r'<div class="blog-page-nav-previous">.*?</div>\s*', re.S)
_BID = "<!-- bid:"
LOOP_QUERY = "?from=loop"
_HEAD = re.compile(r"<head\b.*?</head>", re.S | re.I)
_TITLE = re.compile(r"<title>.*?</title>", re.S | re.I)


@dataclass(frozen=True)
class Hostility:
    empty_listings: bool = False
    meta_refresh: bool = False
    robots_disallow: tuple[str, ...] = ()
    loop_posts: int = 0
    off_origin: str | None = None
    off_origin_posts: int = 0
    long_url_posts: int = 0
    endless_pagination: bool = False
    listing_flood: int = 0
    hollow_posts: int = 0

    @property
    def active(self) -> bool:
        return self != Hostility()


def hostile_slugs(site: Site, hostility: Hostility) -> dict[str, list[str]]:
    """Which posts each redirecting/long-URL knob hits (the oldest first)."""
    oldest = [spec.slug for spec in reversed(site.posts)]
    out: dict[str, list[str]] = {}
    start = 0
    for name, count in (
        ("loop", hostility.loop_posts),
        ("off_origin", hostility.off_origin_posts if hostility.off_origin else 0),
        ("long_url", hostility.long_url_posts),
    ):
        out[name] = oldest[start : start + count]
        start += count
    return out


def long_path(slug: str) -> str:
    return f"{BLOG_PATH}/{slug}-{'x' * 3000}"


def index_pages(site: Site) -> int:
    return max(1, -(-len(site.posts) // site.config.per_page))


def before(hostility: Hostility, site: Site, host: str, path: str, query: str) -> Response | None:
    """A response that replaces the site's own for this request, if any."""
    slugs = hostile_slugs(site, hostility)
    tail = path.removeprefix(BLOG_PATH + "/")
    if tail in slugs["loop"]:
        # A -> A?from=loop -> A -> ...: a redirect loop through two URLs.
        target = path if query == LOOP_QUERY.lstrip("?") else path + LOOP_QUERY
        return _redirect(f"http://{host}{target}")
    if tail in slugs["off_origin"] and hostility.off_origin:
        return _redirect(hostility.off_origin.rstrip("/") + path)
    if hostility.empty_listings and _LISTING.fullmatch(path):
        return Response(200, MAINTENANCE_PAGE.encode())
    if path == "/robots.txt" and hostility.robots_disallow:
        rules = (*site.config.robots_disallow, *hostility.robots_disallow)
        return Response(200, robots(host, rules).encode(), "text/plain; charset=utf-8")
    return None


def page_for(hostility: Hostility, site: Site, path: str) -> str:
    """The path whose page the server renders: past the index's end, its last page."""
    if hostility.endless_pagination and (m := _PREVIOUS.fullmatch(path)):
        last = index_pages(site)
        if int(m[1]) > last and last > 1:
            return f"{BLOG_PATH}/previous/{last}"
        if int(m[1]) > last:
            return BLOG_PATH
    return path


def after(hostility: Hostility, site: Site, host: str, path: str, response: Response) -> Response:
    """The site's response, made hostile."""
    if response.status != 200 or not response.content_type.startswith("text/html"):
        return response
    body = response.body.decode("utf-8", "surrogateescape")
    if hostility.meta_refresh and _CONTENT in body:
        meta = f'<meta http-equiv="refresh" content="0; url={REFRESH_TARGET}">'
        body = body.replace(_CONTENT, _CONTENT + meta, 1)
        title = _TITLE.search(body)
        lean = f'<head><meta charset="utf-8">{title[0] if title else ""}</head>'
        body = _HEAD.sub(lambda _: lean, body, count=1)
    slugs = hostile_slugs(site, hostility)
    hollow = {spec.slug for spec in site.posts[: hostility.hollow_posts]}
    if path.removeprefix(BLOG_PATH + "/") in hollow:
        body = body.replace(_CONTENT, _CONTENT + '</div><div class="old-content">', 1)
    for slug in slugs["long_url"]:
        if _LISTING.fullmatch(path):
            body = body.replace(f'{BLOG_PATH}/{slug}"', f'{long_path(slug)}"')
    index_page = 1 if path in (BLOG_PATH, BLOG_PATH + ".html") else None
    if m := _PREVIOUS.fullmatch(path):
        index_page = int(m[1])
    if hostility.endless_pagination and index_page is not None:
        last = index_pages(site)
        if index_page >= last:
            nav = (
                '\t<div class="blog-page-nav-previous">\n'
                f'\t\t<a href="{BLOG_PATH}/previous/{index_page + 1}" class="blog-link">'
                "&lt;&lt;Previous</a>\n\t</div>\n"
            )
            body = _NAV_PREVIOUS.sub("", body).replace(_BID, nav + _BID, 1)
    if hostility.listing_flood and index_page == 1:
        blocks = "".join(_flood_block(host, n) for n in range(hostility.listing_flood))
        body = body.replace(_POSTS_START, _POSTS_START + blocks, 1)
    return Response(200, body.encode("utf-8", "surrogateescape"), HTML)


def _flood_block(host: str, n: int) -> str:
    slug = f"flooded-post-{n}"
    return (
        f'<div id="blog-post-9{n:017d}" class="blog-post"><div class="blog-header">'
        f'<h2 class="blog-title"><a class="blog-title-link blog-link" '
        f'href="//{host}{BLOG_PATH}/{slug}">Flooded post {n}</a></h2>'
        '<p class="blog-date"><span class="date-text">9/1/2024</span></p></div>'
        f'<div class="blog-content"><div class="paragraph">Q: question {n}? A: none.</div>'
        "</div></div>\n"
    )


def _redirect(location: str) -> Response:
    body = f'<html><body>Moved to <a href="{location}">{location}</a></body></html>\n'
    return Response(301, body.encode(), location=location)
