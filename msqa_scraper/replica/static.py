"""The replica as static files, for any web server (benchmarks serve them with nginx).

``build_static(config, out_dir, host)`` writes every page a crawler can reach, rendered by
``routes.respond`` for ``host`` (``name:port``, as the pages' absolute links carry it), so the
bytes are those ``ReplicaServer`` sends. URL paths map to files so that a server with
"try ``$uri``, then ``$uri.html``" finds them:

- an extensionless page ``/a/b`` is ``a/b.html`` (``/a/b`` and ``/a/b/2`` can both exist,
  so ``a/b`` cannot be a file); ``/`` is ``index.html``;
- a path with an extension (``/about.html``, ``/sitemap.xml``, ``/robots.txt``, assets) is
  written as is; ``/q--a-for-virtual-ms-center.html`` and ``/index.html`` are then the same
  files as the blog root and ``/``;
- the two feed URLs (``/2/feed`` and ``<blog>/feed``) are extensionless files with no
  ``.html``: the server must give them ``application/rss+xml`` (see ``nginx_server``);
- ``404.html`` is the site's not-found page.

What a static server cannot do is left out: the legacy ``/2/post/...html`` and
``/2/archives|category/...`` redirects, fault injection and the request log. Every file's
modification time is the round's publish time, so a server's ``Last-Modified`` and
mtime-based ``ETag`` stay the same across rebuilds of the same config.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path, PurePosixPath

from msqa_scraper.replica.compose import IMAGES
from msqa_scraper.replica.config import BLOG_PATH, FEED_NUMBER, UPLOADS_DIR, SiteConfig
from msqa_scraper.replica.content import SITE_PAGES
from msqa_scraper.replica.model import Site, page_path
from msqa_scraper.replica.rounds import build_site
from msqa_scraper.replica.routes import respond

FEED_PATHS = (f"/{FEED_NUMBER}/feed", f"{BLOG_PATH}/feed")
ASSET_PATHS = (
    "/files/main_style.css",
    "/files/theme/plugins.js",
    "/files/theme/custom.js",
    *(f"{UPLOADS_DIR}/{name.split('?')[0]}" for name, _ in IMAGES),
)
NOT_FOUND_FILE = "404.html"
_MISSING = "/__msqa-static-no-such-page__"


def file_for(url_path: str) -> str:
    """The file (relative to the output folder) that holds ``url_path``."""
    if url_path == "/":
        return "index.html"
    rel = url_path.lstrip("/")
    if url_path in FEED_PATHS or PurePosixPath(rel).suffix:
        return rel
    return rel + ".html"


def site_paths(site: Site) -> dict[str, list[str]]:
    """Every URL path of the site a crawler can reach by links, sitemap or feed, by kind."""
    listings: dict[str, list[str]] = {
        "index": [],
        "category": [],
        "category_all": [],
        "archive": [],
    }
    for listing in site.listing_paths():
        kind = "index" if listing == BLOG_PATH else listing.split("/")[2].removesuffix("s")
        if listing == f"{BLOG_PATH}/category/all":
            kind = "category_all"
        pages = len(site.pages(site.listing(listing) or []))
        listings[kind] += [page_path(listing, n) for n in range(1, pages + 1)]
    return {
        **listings,
        "post": [f"{BLOG_PATH}/{spec.slug}" for spec in (*site.posts, *site.strays)],
        "site": [path for path, *_ in SITE_PAGES],
        "feed": [FEED_PATHS[0]],
        "sitemap": ["/sitemap.xml"],
        "robots": ["/robots.txt"],
        "asset": list(ASSET_PATHS),
    }


# Written into every build: only a folder holding it is ever emptied.
BUILD_MARKER = ".msqa-replica-build"


def is_build(out_dir: Path) -> bool:
    """Whether ``out_dir`` is empty, absent or an earlier ``build_static`` output."""
    return not out_dir.exists() or (out_dir / BUILD_MARKER).is_file() or not any(out_dir.iterdir())


def _clear(out_dir: Path) -> None:
    if not is_build(out_dir):
        raise FileExistsError(f"{out_dir} is not empty and holds no replica build")
    Path(os.path.realpath(out_dir)).mkdir(parents=True, exist_ok=True)  # through a link
    for entry in out_dir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    (out_dir / BUILD_MARKER).write_text("written by msqa replica build; emptied by the next\n")


def build_static(config: SiteConfig, out_dir: Path, host: str) -> dict:
    """Write ``config``'s site (its round ``config.round``) into ``out_dir`` for ``host``.

    ``out_dir`` is emptied first if it holds an earlier build (``BUILD_MARKER``); any other
    non-empty folder is refused (``FileExistsError``). A symlinked folder stays a link.
    Returns a summary: ``files``, ``bytes``, ``posts``, ``host``, ``published`` (the files'
    mtime, Unix time) and ``pages`` (URL paths per kind: index, category, category_all,
    archive, post, site, feed, sitemap, robots, asset).
    """
    out_dir = Path(out_dir)
    _clear(out_dir)
    site = build_site(config)
    drift = {"drift": config.drift} if config.drift else {}
    paths = site_paths(site)
    mtime = site.published.timestamp()
    written: Counter[str] = Counter()
    total = 0

    def write(url_path: str, rel: str) -> None:
        nonlocal total
        response = respond(site, host, url_path, **drift)
        if response.status != 200 and rel != NOT_FOUND_FILE:
            raise RuntimeError(f"replica answers {url_path} with {response.status}")
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.body)
        os.utime(target, (mtime, mtime))
        written[rel] += 1
        total += len(response.body)

    for kind_paths in paths.values():
        for url_path in kind_paths:
            write(url_path, file_for(url_path))
    write(FEED_PATHS[1], file_for(FEED_PATHS[1]))
    write(_MISSING, NOT_FOUND_FILE)
    duplicates = [rel for rel, n in written.items() if n > 1]
    if duplicates:
        raise RuntimeError(f"two URL paths map to the same file: {duplicates[:5]}")
    return {
        "host": host,
        "files": len(written),
        "bytes": total,
        "posts": len(site.posts),
        "round": site.round,
        "published": mtime,
        "pages": paths,
    }


def nginx_server(
    root: Path, listen: str, access_log: Path | None = None, conditional: bool = True
) -> str:
    """An nginx ``server { ... }`` block that serves ``build_static``'s output like the
    replica: extensionless pages as ``text/html``, the feeds as RSS, the 404 page; nginx adds
    ``ETag``, ``Last-Modified`` and answers conditional requests with 304 itself. Needs the
    ``http`` block to map the usual ``types`` (html, xml as application/xml, txt, css, js, png,
    jpg) and, with
    ``access_log``, to define a ``log_format`` named ``msqa``. ``conditional=False`` turns
    ``ETag`` and ``If-Modified-Since`` handling off (every request gets the whole body)."""
    log = f"access_log {access_log} msqa;" if access_log else "access_log off;"
    revalidation = "" if conditional else "etag off;\n    if_modified_since off;\n    "
    feeds = "|".join(p.replace(".", r"\.") for p in FEED_PATHS)
    return f"""server {{
    listen {listen};
    server_name _;
    {revalidation}root {root};
    {log}
    default_type "text/html";
    charset utf-8;
    charset_types text/plain text/css application/xml application/rss+xml
                  application/javascript;
    index index.html;
    error_page 404 /{NOT_FOUND_FILE};
    location ~ ^({feeds})$ {{
        default_type "application/rss+xml";
        try_files $uri =404;
    }}
    location / {{
        try_files $uri $uri.html $uri/ =404;
    }}
}}
"""
