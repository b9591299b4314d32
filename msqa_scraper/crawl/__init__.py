"""The crawl policy, pure and shared by live crawls and rebuilds (no Scrapy, no SQL)."""

from msqa_scraper.crawl.policy import (
    ALL_CATEGORY,
    BOUND_SETTINGS,
    GONE_STATUSES,
    SKIP_REASONS,
    Bounds,
    CrawlPolicy,
    Fetch,
    Ignore,
    KeepArchived,
    PostDecision,
    Remove,
    StoreVersion,
    Touch,
    regressions,
)
from msqa_scraper.crawl.status import FinalStatus, coverage_collapse, crawl_counts, decide_status

__all__ = [
    "ALL_CATEGORY",
    "BOUND_SETTINGS",
    "GONE_STATUSES",
    "SKIP_REASONS",
    "Bounds",
    "CrawlPolicy",
    "Fetch",
    "FinalStatus",
    "Ignore",
    "KeepArchived",
    "PostDecision",
    "Remove",
    "StoreVersion",
    "Touch",
    "coverage_collapse",
    "crawl_counts",
    "decide_status",
    "regressions",
]
