"""URL -> response for one round of the site, as the live Weebly host answers."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from msqa_scraper.replica.assets import static_file
from msqa_scraper.replica.config import BLOG_PATH, FEED_NUMBER
from msqa_scraper.replica.feeds import robots, rss, sitemap
from msqa_scraper.replica.hostile_content import WINDOWS_1252, encode_page
from msqa_scraper.replica.model import Site
from msqa_scraper.replica.nodes import RenderContext, encode_html
from msqa_scraper.replica.pages import (
    legacy_path,
    listing_page,
    not_found_page,
    post_page,
    site_page,
    stray_page,
)
from msqa_scraper.replica.weeblyforms import encode_addresses

HTML = "text/html; charset=utf-8"

_PREVIOUS = re.compile(re.escape(BLOG_PATH) + r"/previous/(\d+)")
_ARCHIVE = re.compile(re.escape(BLOG_PATH) + r"/archives/(\d\d-\d{4})(?:/(\d+))?")
_CATEGORY = re.compile(re.escape(BLOG_PATH) + r"/category/([a-z0-9-]+)(?:/(\d+))?")
_POST = re.compile(re.escape(BLOG_PATH) + r"/([a-z0-9-]+)")
_LEGACY_POST = re.compile(rf"/{FEED_NUMBER}/post/(\d{{4}})/(\d\d)/([a-z0-9-]+)\.html")
_LEGACY_LISTING = re.compile(rf"/{FEED_NUMBER}/(archives|category)/([a-z0-9-]+)(?:\.html)?")


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str = HTML
    location: str | None = None


def _html(markup: str | None, host: str) -> Response:
    if markup is None:
        return Response(404, not_found_page(host).encode())
    # encode_html is markup.encode() unless the page holds the synthetic invalid-UTF-8 bytes.
    return Response(200, encode_html(markup))


def _redirect(host: str, path: str) -> Response:
    location = f"http://{host}{path}"
    body = f'<html><body>Moved to <a href="{location}">{location}</a></body></html>\n'
    return Response(301, body.encode(), location=location)


def _page_number(value: str | None) -> int:
    return int(value) if value is not None else 1


# Cloudflare's key for each obfuscated address: new in every response (weeblyforms.py).
_CF_KEYS = random.Random()


def respond(site: Site, host: str, path: str, drift: str | None = None) -> Response:
    """The response for ``path`` (no query string) served under ``host`` (``name:port``);
    ``drift`` is a template drift mode (``config.DRIFT_MODES``) or None."""
    return fill_addresses(site, render(site, host, path, drift))


def fill_addresses(site: Site, response: Response) -> Response:
    """Cloudflare's part: each obfuscated address of a page encoded with a new key. The same
    rendered page thus differs from response to response (the server sends no ETag then)."""
    if not site.config.weebly_forms or response.status != 200 or b"%%CF:" not in response.body:
        return response
    obfuscate = response.content_type == HTML
    markup = response.body.decode("utf-8", "surrogateescape")
    filled = encode_addresses(markup, _CF_KEYS, obfuscate=obfuscate)
    return replace(response, body=filled.encode("utf-8", "surrogateescape"))


def render(site: Site, host: str, path: str, drift: str | None = None) -> Response:
    """``respond`` before Cloudflare's rewriting: the same bytes for the same request."""
    ctx = RenderContext(host, drift=drift, html_links=site.config.html_links)
    if site.config.html_links and path.startswith(BLOG_PATH + "/") and path.endswith(".html"):
        # A mirror's spelling of a listing or post page (previous/2.html, slug.html).
        path = path.removesuffix(".html")
    if path in (BLOG_PATH, f"{BLOG_PATH}.html"):
        return _html(listing_page(site, BLOG_PATH, 1, ctx), host)
    if path in (f"/{FEED_NUMBER}/feed", f"{BLOG_PATH}/feed"):
        return Response(200, rss(site, host).encode(), "application/rss+xml; charset=utf-8")
    if path == "/sitemap.xml":
        return Response(200, sitemap(site, host).encode(), "application/xml; charset=utf-8")
    if path == "/robots.txt":
        robots_txt = robots(host, site.config.robots_disallow)
        return Response(200, robots_txt.encode(), "text/plain; charset=utf-8")
    if m := _PREVIOUS.fullmatch(path):
        return _html(listing_page(site, BLOG_PATH, int(m[1]), ctx), host)
    if m := _ARCHIVE.fullmatch(path):
        listing = f"{BLOG_PATH}/archives/{m[1]}"
        return _html(listing_page(site, listing, _page_number(m[2]), ctx), host)
    if m := _CATEGORY.fullmatch(path):
        listing = f"{BLOG_PATH}/category/{m[1]}"
        return _html(listing_page(site, listing, _page_number(m[2]), ctx), host)
    if m := _POST.fullmatch(path):
        spec = site.by_slug.get(m[1])
        if spec is None and m[1] in site.stray_by_slug:
            # The synthetic not_a_post page: 200 with an ordinary site page, no post block.
            return _html(stray_page(site.stray_by_slug[m[1]], host), host)
        if spec is not None and spec.bad_kind == "windows_1252":
            # The synthetic windows-1252 page (hostile_content.py): served in the charset it
            # declares.
            body = encode_page(post_page(site, spec, ctx))
            return Response(200, body, f"text/html; charset={WINDOWS_1252}")
        return _html(post_page(site, spec, ctx) if spec else None, host)
    if m := _LEGACY_POST.fullmatch(path):
        # Weebly still answers the pre-2014 URL form (og:url, fb:like) with a redirect.
        spec = site.by_slug.get(m[3])
        if spec is not None and legacy_path(spec) == path:
            return _redirect(host, f"{BLOG_PATH}/{spec.slug}")
        return _html(None, host)
    if m := _LEGACY_LISTING.fullmatch(path):
        # Inferred: listing og:urls use /N/archives/... and /N/category/...; redirect them too.
        target = f"{BLOG_PATH}/{m[1]}/{m[2]}"
        if site.listing(target) is not None:
            return _redirect(host, target)
        return _html(None, host)
    asset = static_file(path)
    if asset is not None:
        return Response(200, asset[0], asset[1])
    return _html(site_page(path, host), host)
