"""An offline replica of the Virtual MS Center Q&A blog (a Weebly site), served over HTTP.

``build_site(SiteConfig(...))`` makes the deterministic model, ``ReplicaServer`` serves it on
loopback, and ``truth(site, base_url)`` says what a perfect scraper extracts from it.

Robustness knobs (off by default): ``SiteConfig(bad_pages=True)`` adds synthetic problem pages
(``badpages.py``), ``robots_disallow`` extends robots.txt, ``drift`` (or
``ReplicaServer.set_drift``) changes the post markup; faults come from ``FaultConfig``.
"""

from msqa_scraper.replica.badpages import BAD_PAGE_KINDS, BAD_PAGES
from msqa_scraper.replica.config import BLOG_PATH, DRIFT_MODES, FEED_NUMBER, SiteConfig
from msqa_scraper.replica.faults import FAULT_KINDS, FaultConfig
from msqa_scraper.replica.model import PostSpec, Site, page_path
from msqa_scraper.replica.rounds import build_site
from msqa_scraper.replica.server import ReplicaServer
from msqa_scraper.replica.truth import truth
from msqa_scraper.replica.variants import VARIANTS, posts_with_variant, variants_of

__all__ = [
    "BAD_PAGES",
    "BAD_PAGE_KINDS",
    "BLOG_PATH",
    "DRIFT_MODES",
    "FAULT_KINDS",
    "FEED_NUMBER",
    "VARIANTS",
    "FaultConfig",
    "PostSpec",
    "ReplicaServer",
    "Site",
    "SiteConfig",
    "build_site",
    "page_path",
    "posts_with_variant",
    "truth",
    "variants_of",
]
