"""Rebuild equals crawl over a hostile history: faults, a maintenance copy of the site, a round
of edits and removals, template drift (the regression guard at work) and a robots.txt change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawling import crawl
from test_rebuild import differences

from msqa_scraper.offline.rebuild import rebuild
from msqa_scraper.replica import FaultConfig, ReplicaServer, SiteConfig
from msqa_scraper.replica.config import BLOG_PATH
from msqa_scraper.replica.hostile import Hostility


def test_rebuild_equals_crawl_over_faults_drift_and_a_regression(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    faults = FaultConfig(error_500=0.08, truncate=0.08, fail_attempts=1)
    codes = []
    with ReplicaServer(SiteConfig(posts=40, categories=4, seed=31), faults=faults) as server:
        codes.append(crawl(server.blog_url, db).returncode)
        server.set_hostility(Hostility(empty_listings=True))
        codes.append(crawl(server.blog_url, db).returncode)
        server.set_hostility(None)
        server.set_round(1)
        server.reset_faults()
        codes.append(crawl(server.blog_url, db).returncode)
        # A broken theme empties three answers: the guard keeps the archived versions.
        server.set_hostility(Hostility(hollow_posts=3))
        codes.append(crawl(server.blog_url, db, "--full").returncode)
        server.set_hostility(None)
        server.set_drift("renamed-content")
        codes.append(crawl(server.blog_url, db, "--full").returncode)
        server.set_drift(None)
        server.set_hostility(Hostility(robots_disallow=(f"{BLOG_PATH}/category/",)))
        codes.append(crawl(server.blog_url, db).returncode)
    assert codes == [0, 3, 0, 0, 4, 3]
    with sqlite3.connect(db) as conn:
        # Crawl 4 read every post page; three lost their answer and were not stored over.
        regressed = (
            conn.execute("SELECT posts_touched FROM crawls WHERE id = 4").fetchone()[0] == 3
            and conn.execute("SELECT count(*) FROM post_versions WHERE crawl_id = 4").fetchone()[0]
            == 0
        )
        removed = conn.execute(
            "SELECT count(*) FROM post_events WHERE event = 'removed'"
        ).fetchone()[0]
    # Round 1 removed some posts (their own URLs answered 404).
    assert regressed and removed
    into = tmp_path / "rebuilt.sqlite"
    rebuild(db, into, workers=1)
    assert differences(db, into) == []
