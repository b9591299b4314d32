"""The other ways in: `scrapy crawl` with a feed export, and `msqa demo`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawling import msqa

from msqa_scraper.replica import ReplicaServer, SiteConfig

ROOT = Path(__file__).resolve().parent.parent


def test_scrapy_crawl_feed_export_without_a_database(tmp_path):
    out = tmp_path / "posts.jsonl"
    with ReplicaServer(SiteConfig(posts=25, seed=4)) as server:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "virtual_ms_center",
             "-a", f"base_url={server.blog_url}", "-s", "MSQA_DB=", "-s", "DOWNLOAD_DELAY=0",
             "-O", str(out)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        truth = {p["id"]: p for p in server.truth()["posts"]}
    assert result.returncode == 0, result.stderr[-2000:]
    items = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(item["id"] for item in items) == sorted(truth)
    for item in items:
        want = truth[item["id"]]
        assert (item["question"], item["answer"], item["experts"]) == (
            want["question"],
            want["answer"],
            want["experts"],
        )
        assert item["source_url"] == want["url"] and item["spider"] == "virtual_ms_center"
    assert not list(tmp_path.glob("*.sqlite"))


def test_demo_crawls_the_replica_into_a_fresh_database(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = msqa("demo", "--db", str(db), "--posts", "20")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "crawl 1 complete: 20 posts (20 new" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM posts").fetchone() == (20,)
    again = msqa("demo", "--db", str(db), "--posts", "20")  # replaces, never appends
    assert "crawl 1 complete" in again.stdout
