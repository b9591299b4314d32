"""Machine-readable files: the RSS feed, sitemap.xml and robots.txt, in Weebly's own forms."""

from __future__ import annotations

import re

from msqa_scraper.replica.body import render_body
from msqa_scraper.replica.clock import iso_local, iso_utc, rss_gmt, rss_local
from msqa_scraper.replica.config import BLOG_NAME, BLOG_PATH, SITE_TITLE
from msqa_scraper.replica.content import SITE_PAGES
from msqa_scraper.replica.model import PostSpec, Site
from msqa_scraper.replica.nodes import RenderContext, replace_raw
from msqa_scraper.replica.pages import full_text

FEED_ITEMS = 10
_DESCRIPTION_LENGTH = 500


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _description(site: Site, spec: PostSpec) -> str:
    """Plain text with its whitespace kept, at most ~500 characters, always ending ``[...]``."""
    words = full_text(site, spec)
    if len(words) > _DESCRIPTION_LENGTH:
        words = words[:_DESCRIPTION_LENGTH].rsplit(None, 1)[0]
    return words.rstrip() + " [...] "


def _item(site: Site, spec: PostSpec, ctx: RenderContext) -> str:
    url = f"http://{ctx.host}{BLOG_PATH}/{spec.slug}"
    names = [c.name for c in site.post_categories(spec)] or ["Uncategorized"]
    categories = "".join(f"<category>{_cdata(n)}</category>" for n in names)
    content = render_body(site.body(spec), RenderContext(ctx.host, absolute_images=True))
    # The feed stays valid XML: raw bytes of the synthetic invalid-UTF-8 page become U+FFFD.
    content = replace_raw(content)
    return (
        f"<item><title>{_cdata(spec.title)}</title><link>{_cdata(url)}</link>"
        f"<comments>{_cdata(url + '#comments')}</comments>"
        f"<pubDate>{rss_gmt(spec.published)}</pubDate>{categories}"
        f'<guid isPermaLink="false">{url}</guid>'
        f"<description>{_cdata(_description(site, spec))}</description>"
        f"<content:encoded>{_cdata(content)}</content:encoded></item>"
    )


def _newest_first(site: Site) -> list[PostSpec]:
    """Posts and strays (the synthetic not_a_post page) by date, newest first."""
    if not site.strays:
        return list(site.posts)
    return sorted((*site.posts, *site.strays), key=lambda p: (p.published, p.id), reverse=True)


def feed_entries(site: Site) -> list[PostSpec]:
    """Every item of the feed, in order (strays included)."""
    return _newest_first(site)[:FEED_ITEMS]


def feed_items(site: Site) -> list[PostSpec]:
    """The feed's items that are posts (the items of ``feed_entries`` minus strays)."""
    return [p for p in feed_entries(site) if p.slug not in site.stray_by_slug]


def rss(site: Site, host: str) -> str:
    ctx = RenderContext(host)
    items = "".join(_item(site, spec, ctx) for spec in feed_entries(site))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" >\n\n'
        f"<channel><title>{_cdata(f'{SITE_TITLE} - {BLOG_NAME}')}</title>"
        f"<link>{_cdata(f'http://{host}{BLOG_PATH}')}</link>"
        f"<description>{_cdata(BLOG_NAME)}</description>"
        f"<pubDate>{rss_local(site.published)}</pubDate><generator>Weebly</generator>\n"
        f"{items}\n</channel></rss>\n"
    )


def sitemap_pages() -> list[str]:
    paths = [path for path, *_ in SITE_PAGES]
    paths.insert(2, f"{BLOG_PATH}.html")
    return paths


def sitemap(site: Site, host: str) -> str:
    """Every site page (site publish time, UTC) and every live post (its own last edit, local
    offset); no archive, category, previous/N or feed URLs."""
    published = iso_utc(site.published)
    rows = [
        f"<url><loc>http://{host}{path}</loc><lastmod>{published}</lastmod></url>"
        for path in sitemap_pages()
    ]
    rows += [
        f"<url><loc>http://{host}{BLOG_PATH}/{spec.slug}</loc>"
        f"<lastmod>{iso_local(spec.lastmod)}</lastmod></url>"
        for spec in _newest_first(site)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>\n"
    )


ROBOTS_DISALLOW = ("/ajax/", "/apps/")


def robots(host: str, extra: tuple[str, ...] = ()) -> str:
    """Weebly's native robots.txt (CC, 2017); ``extra`` adds Disallow lines under
    ``User-agent: *`` (``SiteConfig.robots_disallow``, a test knob)."""
    lines = "".join(f"Disallow: {path}\n" for path in (*ROBOTS_DISALLOW, *extra))
    return (
        f"Sitemap: http://{host}/sitemap.xml\n\n"
        "User-agent: NerdyBot\nDisallow: /\n\n"
        f"User-agent: *\n{lines}"
    )


def robots_disallows(path: str, rules: tuple[str, ...]) -> bool:
    """Does one of the ``Disallow`` ``rules`` match ``path`` (path plus query)? Prefix match,
    with RFC 9309's ``*`` (any run) and a final ``$`` (end of path)."""
    for rule in rules:
        if "*" not in rule and not rule.endswith("$"):
            if path.startswith(rule):
                return True
            continue
        anchored = rule.endswith("$")
        pattern = ".*".join(re.escape(part) for part in rule.rstrip("$").split("*"))
        if re.match(pattern + ("$" if anchored else ""), path):
            return True
    return False
