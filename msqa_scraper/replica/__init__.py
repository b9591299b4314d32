"""An offline replica of the Virtual MS Center Q&A blog (a Weebly site), served over HTTP.

``build_site(SiteConfig(...))`` makes the deterministic model, ``ReplicaServer`` serves it on
loopback, and ``truth(site, base_url)`` says what a perfect scraper extracts from it.
"""

from msqa_scraper.replica.config import BLOG_PATH, FEED_NUMBER, SiteConfig
from msqa_scraper.replica.faults import FAULT_KINDS, FaultConfig
from msqa_scraper.replica.model import PostSpec, Site, page_path
from msqa_scraper.replica.rounds import build_site
from msqa_scraper.replica.server import ReplicaServer
from msqa_scraper.replica.truth import truth
from msqa_scraper.replica.variants import VARIANTS, posts_with_variant, variants_of

__all__ = [
    "BLOG_PATH",
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
