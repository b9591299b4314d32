"""A hostile copy of the site (``replica/hostile.py``) never makes the archive lose or falsify
anything, and the crawl's status says what it could not read.

Each situation once marked live posts removed, wiped their categories, never ended, or
reported ``complete`` (issue 13). Every test crawls the replica over loopback with the real
``msqa crawl`` command.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from crawling import FAST, archived_posts, crawl, field_mismatches, requested_paths

from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.replica.config import BLOG_PATH
from msqa_scraper.replica.hostile import REFRESH_TARGET, Hostility
from msqa_scraper.store import Archive


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def archive_state(db: Path) -> dict[str, list[tuple]]:
    """What a hostile crawl must not change: posts, versions, categories, removals."""
    return {
        "posts": rows(db, "SELECT id, version, removed_at, full_hash FROM posts ORDER BY id"),
        "versions": rows(
            db, "SELECT post_id, version, categories FROM post_versions ORDER BY 1, 2"
        ),
        "post_categories": rows(db, "SELECT * FROM post_categories ORDER BY 1, 2"),
        "removed": rows(db, "SELECT post_id FROM post_events WHERE event = 'removed'"),
    }


def statuses(db: Path) -> list[str]:
    return [row[0] for row in rows(db, "SELECT status FROM crawls ORDER BY id")]


@pytest.fixture
def site():
    with ReplicaServer(SiteConfig(posts=30, categories=4, seed=21)) as server:
        yield server


def first_crawl(server: ReplicaServer, db: Path) -> dict[str, list[tuple]]:
    result = crawl(server.blog_url, db)
    assert result.returncode == 0, result.stderr[-2000:]
    assert field_mismatches(server.truth()["posts"], archived_posts(db)) == []
    return archive_state(db)


def test_maintenance_listings_remove_nothing_and_keep_categories(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    site.set_hostility(Hostility(empty_listings=True))
    result = crawl(site.blog_url, db)
    assert result.returncode == 3, result.stdout  # partial
    assert "shows no posts where the archive has some" in result.stderr
    assert archive_state(db) == before
    assert statuses(db) == ["complete", "partial"]


def test_a_meta_refresh_inside_an_answer_is_not_followed(tmp_path):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=25, seed=22)) as server:
        server.set_hostility(Hostility(meta_refresh=True))
        result = crawl(server.blog_url, db)
        truth = server.truth()
    assert result.returncode == 0, result.stderr[-2000:]
    assert REFRESH_TARGET not in result.stderr
    assert field_mismatches(truth["posts"], archived_posts(db)) == []
    assert statuses(db) == ["complete"]


def test_robots_txt_newly_disallowing_listings_removes_nothing(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    blocked = (f"{BLOG_PATH}/previous/", f"{BLOG_PATH}/category/")
    site.set_hostility(Hostility(robots_disallow=blocked))
    site.clear_requests()
    result = crawl(site.blog_url, db)
    assert site.disallowed_requests() == []
    assert result.returncode == 3, result.stdout
    assert "skipped (robots)" in result.stdout
    assert archive_state(db) == before
    assert statuses(db) == ["complete", "partial"]


def test_redirect_loops_other_origins_and_long_urls_are_failed_pages(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    # Same host, another port: another origin, serving the same blog.
    with ReplicaServer(SiteConfig(posts=30, categories=4, seed=21)) as other:
        site.set_hostility(
            Hostility(loop_posts=1, off_origin=other.base_url, off_origin_posts=1, long_url_posts=1)
        )
        result = crawl(site.blog_url, db, "--full")
        assert other.requests == []
    assert result.returncode == 3, result.stdout
    for reason in ("redirect loop", "off origin", "url length"):
        assert f"skipped ({reason})" in result.stdout, result.stdout
    assert archive_state(db) == before
    origin = site.base_url + "/"
    assert all(url.startswith(origin) for (url,) in rows(db, "SELECT url FROM captures"))
    assert "Traceback" not in result.stderr


def test_too_long_a_post_url_on_a_first_crawl_is_counted(tmp_path):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=20, seed=23)) as server:
        server.set_hostility(Hostility(long_url_posts=2))
        result = crawl(server.blog_url, db)
        truth = server.truth()
    assert result.returncode == 3 and "2 skipped (url length)" in result.stdout, result.stdout
    # The sitemap names the right URL: nothing is lost.
    assert field_mismatches(truth["posts"], archived_posts(db)) == []


def test_endless_pagination_ends_partial_with_every_post(tmp_path):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=30, seed=24)) as server:
        server.set_hostility(Hostility(endless_pagination=True))
        result = crawl(server.blog_url, db)
        truth = server.truth()
        pages = [p for p in requested_paths(server) if "/previous/" in p]
    assert result.returncode == 3, result.stdout
    assert "repeats posts of earlier pages" in result.stderr
    assert "1 listing cut at a bound" in result.stdout
    assert len(pages) <= 4  # previous/2, 3 (the last), 4 (a repeat): then it stops
    assert field_mismatches(truth["posts"], archived_posts(db)) == []


def test_a_listing_with_thousands_of_posts_is_cut_at_the_bound(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    site.set_hostility(Hostility(listing_flood=3000))
    site.clear_requests()
    result = crawl(site.blog_url, db, "-s", "MSQA_GROWTH_FLOOR=100")
    flooded = [p for p in requested_paths(site) if "flooded-post" in p]
    assert result.returncode == 3, result.stdout
    assert "far more than the archive holds" in result.stderr
    assert len(flooded) <= 100
    state = archive_state(db)
    assert state["removed"] == [] and state["post_categories"] == before["post_categories"]
    assert statuses(db) == ["complete", "partial"]


def test_a_write_failure_stops_the_crawl_failed_in_one_line(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    full = len(site.requests)
    site.set_round(1)
    site.clear_requests()
    size = db.stat().st_size
    # Room for a few pages more: the database refuses to grow past it, as a full disk does.
    result = crawl(site.blog_url, db, "--full", "-s", f"MSQA_DB_MAX_BYTES={size + 64 * 1024}")
    assert result.returncode == 4, result.stdout
    assert "could not be written" in result.stdout
    assert "Traceback" not in result.stderr
    assert len(site.requests) < full / 2  # it stopped fetching
    assert statuses(db) == ["complete", "failed"]
    state = archive_state(db)
    assert state["removed"] == []
    assert {p[0] for p in state["posts"]} == {p[0] for p in before["posts"]}
    # Room again: the next crawl finishes the round.
    again = crawl(site.blog_url, db)
    assert again.returncode == 0, again.stdout
    assert field_mismatches(site.truth()["posts"], archived_posts(db)) == []


def test_a_crawl_of_another_site_into_the_archive_is_refused(site, tmp_path):
    db = tmp_path / "msqa.sqlite"
    before = first_crawl(site, db)
    # The same blog on another port is another site: its posts would overwrite these.
    with ReplicaServer(SiteConfig(posts=30, categories=4, seed=99)) as other:
        result = crawl(other.blog_url, db)
        assert other.requests == []
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "one archive per blog" in result.stderr and site.blog_url in result.stderr
    assert archive_state(db) == before and statuses(db) == ["complete"]
    # The site it is bound to still crawls.
    assert crawl(site.blog_url, db).returncode == 0


def test_a_real_file_size_limit_stops_the_crawl_failed(site, tmp_path):
    """The operating system refuses the write (RLIMIT_FSIZE: EFBIG, SQLite's "disk I/O
    error"), as a full disk does."""
    db = tmp_path / "msqa.sqlite"
    # The schema is made first, with no limit: the refusal must hit the crawl's writes, not
    # the migrations (whose size grows with every schema change).
    Archive.open(db).close()

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, 400_000))

    result = subprocess.run(
        [sys.executable, "-m", "msqa_scraper", "crawl", "--base-url", site.blog_url,
         "--db", str(db), "--no-progress", *FAST],
        capture_output=True, text=True, timeout=300, check=False, preexec_fn=small_files,
    )  # fmt: skip
    assert result.returncode == 4, result.stdout
    assert "could not be written" in result.stdout and "Traceback" not in result.stderr
    assert len(site.requests) < 20  # a full crawl of this blog makes over 40
    assert statuses(db) == ["failed"]
    again = crawl(site.blog_url, db)
    assert again.returncode == 0, again.stdout
    assert field_mismatches(site.truth()["posts"], archived_posts(db)) == []
