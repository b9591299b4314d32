"""Ground truth: what a perfect scraper extracts from the replica, computed from the model.

Shape (all URLs absolute; ``base_url`` is the blog URL, e.g.
``http://127.0.0.1:8080/q--a-for-virtual-ms-center``)::

    {
      "round": 0, "base_url": ..., "site_url": "http://127.0.0.1:8080",
      "disclaimer": "PLEASE NOTE: ...",
      "posts": [                                  # live posts, newest first
        {"id", "url", "slug", "title", "question", "answer", "posted_date" (YYYY-MM-DD),
         "categories" (sorted names, no "All"), "comments_closed", "comment_count",
         "experts": [{"name", "degrees", "titles", "institution"}],
         "links": [{"url", "text", "internal", "post_slug"}],
         "has_excerpt", "lastmod" (ISO, local offset), "seo_title", "variants"}
      ],
      "removed": [ids removed in rounds 1..round],
      "drift": None | "renamed-post-class" | "renamed-content",  # markup only, posts unchanged
      "bad_pages": {kind: {"id", "url", "expect": "stored" | "skipped", "why"}},
      "removed_posts": [{"id", "slug", "url", "round"}],
      "listing": {
        "per_page": 10,
        "pages": {first-page path: [[ids of page 1], [ids of page 2], ...]},
        "page_paths": {first-page path: [path of page 1, path of page 2, ...]},
        "archives": [{"path", "label"}],          # newest month first
        "categories": [{"name", "slug", "path"}], # "All" first, then alphabetical
        "feed": [ids of the feed's items]
      }
    }

``bad_pages`` is empty unless ``SiteConfig.bad_pages``: then it lists the synthetic problem
pages of ``badpages.py``. Those expected "stored" are in ``posts`` like any post; those
expected "skipped" are not (``no_body`` is still on listings and in ``listing``'s ids and
``feed``; ``not_a_post`` has ``"id": None`` and is only in the sitemap and the feed, whose
``listing.feed`` ids it is not part of).

Listing paths are root-relative (``/q--a-for-virtual-ms-center/category/all``); page 1 of the
index is also served as ``.html`` and ``/previous/1``.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from msqa_scraper.replica.badpages import BAD_PAGES
from msqa_scraper.replica.clock import iso_date, iso_local
from msqa_scraper.replica.config import BLOG_PATH
from msqa_scraper.replica.feeds import feed_items
from msqa_scraper.replica.model import PostSpec, Site, page_path
from msqa_scraper.replica.nodes import PostRef, blocks_text, inline_text, iter_anchors, plain
from msqa_scraper.replica.variants import variants_of
from msqa_scraper.replica.weeblyforms import FORMS, form_kind


def _links(site: Site, spec: PostSpec, base_url: str) -> list[dict]:
    out = []
    for anchor in iter_anchors(site.body(spec).answer):
        label = plain(inline_text(anchor.children))
        if isinstance(anchor.href, PostRef):
            slug = anchor.href.slug
            out.append(
                {"url": f"{base_url}/{slug}", "text": label, "internal": True, "post_slug": slug}
            )
        else:
            out.append({"url": anchor.href, "text": label, "internal": False, "post_slug": None})
    if (kind := form_kind(spec)) is not None:
        for url, label in FORMS[kind].links:
            out.append({"url": url, "text": label, "internal": False, "post_slug": None})
    return out


def _media(spec: PostSpec, site_url: str) -> list[dict]:
    kind = form_kind(spec)
    if kind is None:
        return []
    return [
        {"kind": k, "url": urljoin(site_url, url), "via": via} for k, url, via in FORMS[kind].media
    ]


def post_truth(site: Site, spec: PostSpec, base_url: str) -> dict:
    body = site.body(spec)
    question = blocks_text((body.question,)) if body.question is not None else spec.title
    kind = form_kind(spec)
    text_free = kind is not None and FORMS[kind].text_free
    if text_free:
        question = ""
    return {
        "id": spec.id,
        "url": f"{base_url}/{spec.slug}",
        "slug": spec.slug,
        "title": spec.title,
        "question": question,
        "answer": blocks_text(body.answer),
        "posted_date": iso_date(spec.published),
        "categories": sorted(c.name for c in site.post_categories(spec)),
        "comments_closed": not spec.comments_open,
        "comment_count": spec.comment_count,
        "experts": [s.to_dict() for s in body.signed],
        "links": _links(site, spec, base_url),
        "has_excerpt": spec.features.read_more,
        "lastmod": iso_local(spec.lastmod),
        "seo_title": spec.seo_title,
        "variants": sorted(variants_of(site, spec)),
        # Only the form posts (weeblyforms.py) say which media the archive must keep.
        "media": _media(spec, base_url),
        "form": kind,
        "text_free": text_free,
    }


def listing_truth(site: Site) -> dict:
    pages: dict[str, list[list[str]]] = {}
    paths: dict[str, list[str]] = {}
    for path in site.listing_paths():
        chunks = site.pages(site.listing(path) or [])
        pages[path] = [[p.id for p in chunk] for chunk in chunks]
        paths[path] = [page_path(path, n) for n in range(1, len(chunks) + 1)]
    return {
        "per_page": site.config.per_page,
        "pages": pages,
        "page_paths": paths,
        "archives": [
            {"path": f"{BLOG_PATH}/archives/{key}", "label": site.month_label(key)}
            for key in site.by_month
        ],
        "categories": [{"name": "All", "slug": "all", "path": f"{BLOG_PATH}/category/all"}]
        + [
            {"name": c.name, "slug": c.slug, "path": f"{BLOG_PATH}/category/{c.slug}"}
            for c in site.categories
        ],
        "feed": [p.id for p in feed_items(site)],
    }


def bad_pages_truth(site: Site, base_url: str) -> dict[str, dict]:
    out = {}
    for kind, spec in site.bad_pages.items():
        page = BAD_PAGES[kind]
        out[kind] = {
            "id": spec.id if page.listed else None,
            "url": f"{base_url}/{spec.slug}",
            "expect": page.expect,
            "why": page.why,
        }
    return out


def _stored(spec: PostSpec) -> bool:
    return spec.bad_kind is None or BAD_PAGES[spec.bad_kind].expect == "stored"


def truth(site: Site, base_url: str) -> dict:
    """Ground truth for ``site`` served at ``base_url`` (the blog URL, no trailing slash).
    ``drift`` is the config's (``ReplicaServer.truth`` gives the server's current one)."""
    base_url = base_url.rstrip("/")
    split = urlsplit(base_url)
    return {
        "round": site.round,
        "base_url": base_url,
        "site_url": f"{split.scheme}://{split.netloc}",
        "disclaimer": site.disclaimer,
        "posts": [post_truth(site, spec, base_url) for spec in site.posts if _stored(spec)],
        "removed": [r.spec.id for r in site.removed],
        "removed_posts": [
            {
                "id": r.spec.id,
                "slug": r.spec.slug,
                "url": f"{base_url}/{r.spec.slug}",
                "round": r.round,
            }
            for r in site.removed
        ],
        "drift": site.config.drift,
        "bad_pages": bad_pages_truth(site, base_url),
        "listing": listing_truth(site),
    }
