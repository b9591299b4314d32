"""Helpers for tests that crawl the replica with the real ``msqa crawl`` command."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

# Politeness off, explicitly: the replica is on loopback and the tests want speed.
FAST = [
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS=16",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", "RETRY_BACKOFF_BASE=0.05",
    "-s", "LOG_LEVEL=INFO",
]  # fmt: skip


def msqa(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msqa_scraper", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def crawl(blog_url: str, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return msqa("crawl", "--base-url", blog_url, "--db", str(db), "--no-progress", *FAST, *extra)


def archived_posts(db: Path) -> dict[str, dict]:
    """Every post of the archive with its experts, categories and links, keyed by id."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    posts = {row["id"]: dict(row) for row in conn.execute("SELECT * FROM posts")}
    for post in posts.values():
        post.update(experts=[], categories=[], links=[])
    # Signatures exactly as written on the post (the experts table holds one row per person).
    for row in conn.execute(
        "SELECT v.post_id, v.experts FROM post_versions v JOIN posts p"
        " ON p.id = v.post_id AND p.version = v.version"
    ):
        posts[row["post_id"]]["experts"] = json.loads(row["experts"])
    for row in conn.execute(
        "SELECT pc.post_id, c.name FROM post_categories pc JOIN categories c ON c.id = pc.category_id"
    ):
        posts[row["post_id"]]["categories"].append(row["name"])
    for row in conn.execute("SELECT * FROM post_links ORDER BY post_id, position"):
        posts[row["post_id"]]["links"].append(
            {
                "url": row["url"],
                "text": row["text"],
                "internal": bool(row["internal"]),
                "post_slug": row["target_slug"],
            }
        )
    conn.close()
    return posts


FIELDS = ("url", "slug", "title", "question", "answer", "posted_date")


def field_mismatches(truth_posts: list[dict], archived: dict[str, dict]) -> list[str]:
    """One line per field that differs from the ground truth (empty when all is right)."""
    problems = []
    for want in truth_posts:
        got = archived.get(want["id"])
        if got is None:
            problems.append(f"{want['id']}: missing ({want['slug']})")
            continue
        for name in FIELDS:
            if got[name] != want[name]:
                problems.append(f"{want['id']} {name}: {got[name]!r} != {want[name]!r}")
        if bool(got["comments_closed"]) != want["comments_closed"]:
            problems.append(f"{want['id']} comments_closed")
        if got["experts"] != want["experts"]:
            problems.append(f"{want['id']} experts: {got['experts']} != {want['experts']}")
        if sorted(got["categories"]) != sorted(want["categories"]):
            problems.append(f"{want['id']} categories: {got['categories']} != {want['categories']}")
        if got["links"] != want["links"]:
            problems.append(f"{want['id']} links: {got['links']} != {want['links']}")
    return problems


def requested_paths(server) -> list[str]:
    return [record["path"] for record in server.requests]
