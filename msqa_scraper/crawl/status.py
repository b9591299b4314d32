"""A crawl's final status, its reason and its counts, from its stats (pure).

- ``complete``: the crawl ran to its end and read every page it asked for, whole and usable;
  no request was refused or dropped, no listing was cut at a bound, every post page it read
  was stored or confirmed, and it archived or confirmed at least one post.
- ``partial``: the crawl archived or confirmed posts, but something was not read: a page
  failed or was unusable, a request was skipped (robots.txt, another origin, a duplicate, too
  long a URL, a redirect loop), a listing was cut at a bound, an item could not be validated
  or stored, or the crawl was stopped before its end.
- ``failed``: the crawl proves nothing about the blog: it archived or confirmed no post, or
  its extraction collapsed (template drift), or it could not write the archive. Posts it did
  store before that stay: each was a whole page.

No status lets a post be marked removed by absence; only a post's own 404/410 does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

FinalStatus = Literal["complete", "partial", "failed"]
RESULTS: tuple[str, ...] = ("new", "changed", "unchanged", "revived")
# Below this many post pages a few odd pages say nothing about the template.
MIN_PAGES_FOR_COVERAGE = 5


def stat(stats: Mapping[str, Any], key: str) -> int:
    return int(stats.get(key) or 0)


def skipped(stats: Mapping[str, Any]) -> dict[str, int]:
    """Requests refused or dropped before an answer, by reason."""
    prefix = "msqa/skipped/"
    return {k[len(prefix) :]: int(v) for k, v in stats.items() if k.startswith(prefix) and v}


def decide_status(reason: str, stats: Mapping[str, Any]) -> tuple[FinalStatus, str]:
    """The crawl's final status and a human reason, from its stats and finish reason."""
    if error := stats.get("msqa/write_error"):
        return "failed", f"{reason}; the archive could not be written: {error}"
    seen = sum(stat(stats, f"msqa/posts/{result}") for result in RESULTS)
    seen += stat(stats, "msqa/quality/regressed") + stat(stats, "msqa/posts/removed")
    collapse = coverage_collapse(stats)
    if collapse:
        return "failed", "; ".join([reason, collapse])
    problems = []
    for key, noun, tail in (
        ("msqa/pages_failed", "page", " failed"),
        ("msqa/listing/bounded", "listing", " cut at a bound"),
        ("msqa/items_invalid", "invalid item", ""),
        ("msqa/store_errors", "item", " not stored"),
        ("spider_exceptions/count", "spider exception", ""),
    ):
        if count := stat(stats, key):
            problems.append(plural(count, noun) + tail)
    problems += [f"{n} skipped ({why.replace('_', ' ')})" for why, n in skipped(stats).items()]
    # Stopped by Ctrl-C or SIGTERM before any post: partial (exit 3), not a broken site.
    if seen == 0 and not reason.startswith("interrupted"):
        return "failed", "; ".join([reason, "no post stored", *problems])
    if reason != "finished" or problems:
        return "partial", "; ".join([reason, *problems])
    return "complete", reason


def plural(count: int, noun: str) -> str:
    """``1 page``, ``2 pages``: the summary and reason texts are read by people."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def coverage_collapse(stats: Mapping[str, Any]) -> str | None:
    """Why extraction looks broken across the crawl (template drift), or None.

    When most post pages yield no post, or most posts lack an expert or an answer, the site's
    template has probably changed: the run is failed, and the per-post regression guard has
    already kept such captures from replacing good data.
    """
    parsed = stat(stats, "msqa/post/parsed")
    broken = stat(stats, "msqa/post/not_a_post")
    if parsed + broken >= MIN_PAGES_FOR_COVERAGE and broken * 2 > parsed + broken:
        return f"extraction collapsed: {broken} of {parsed + broken} post pages had no post"
    if parsed < MIN_PAGES_FOR_COVERAGE:
        return None
    for key, what in (
        ("msqa/field/experts/missing", "without an expert"),
        ("msqa/items_invalid", "without a question or answer"),
    ):
        if stat(stats, key) * 2 > parsed:
            return f"extraction collapsed: {stat(stats, key)} of {parsed} posts {what}"
    return None


def crawl_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    """The ``crawls`` row's count columns."""
    return {
        "pages": stat(stats, "msqa/pages"),
        "posts_discovered": stat(stats, "msqa/posts_discovered"),
        "posts_new": stat(stats, "msqa/posts/new"),
        "posts_changed": stat(stats, "msqa/posts/changed"),
        "posts_unchanged": stat(stats, "msqa/posts/unchanged"),
        "posts_revived": stat(stats, "msqa/posts/revived"),
        "posts_touched": stat(stats, "msqa/posts/touched"),
        "posts_removed": stat(stats, "msqa/posts/removed"),
        "errors": stat(stats, "msqa/pages_failed")
        + stat(stats, "msqa/store_errors")
        + stat(stats, "spider_exceptions/count")
        + sum(skipped(stats).values()),
        "invalid_items": stat(stats, "msqa/items_invalid"),
        # The spider's data: hand-offs between phases are not HTTP requests.
        "requests": stat(stats, "downloader/request_count") - stat(stats, "msqa/internal_requests"),
        "bytes": stat(stats, "downloader/response_bytes"),
    }
