"""A small crawl history for the capture tests: a crawl, an unchanged recrawl, a changed round.

The replica is stopped once the history is made, so whatever reads the archive afterwards
(export-warc, rebuild) has no site to talk to.
"""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from crawling import crawl

from msqa_scraper.replica import ReplicaServer, SiteConfig


@dataclass
class History:
    db: Path
    blog_url: str
    truths: list[dict] = field(default_factory=list)  # ground truth at each crawl
    results: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    stored_bytes: list[int] = field(default_factory=list)  # sum(bodies.stored_size) after each

    @property
    def post_urls(self) -> set[str]:
        return {post["url"] for truth in self.truths for post in truth["posts"]}


def stored_body_bytes(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT coalesce(sum(stored_size), 0) FROM bodies").fetchone()[0]


def make_history(folder: Path, posts: int = 120, seed: int = 11) -> History:
    """Crawl round 0 twice (the second finds nothing changed), then round 1 once."""
    db = folder / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=posts, seed=seed)) as server:
        history = History(db, server.blog_url)
        for round_ in (0, 0, 1):
            if server.round != round_:
                server.set_round(round_)
            history.truths.append(server.truth())
            result = crawl(server.blog_url, db)
            assert result.returncode == 0, result.stderr[-3000:]
            history.results.append(result)
            history.stored_bytes.append(stored_body_bytes(db))
    return history
