"""Unattended-crawl faults: a killed crawl, readers during a crawl."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from crawling import FAST, archived_posts, crawl, field_mismatches

from msqa_scraper.replica import ReplicaServer, SiteConfig

VENV_BIN = Path(sys.executable).parent


def start_crawl(blog_url: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "msqa_scraper", "crawl", "--base-url", blog_url, "--db", str(db),
         "--no-progress", *FAST, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def count_posts(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for(predicate, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while not predicate():
        if time.time() > deadline:
            raise TimeoutError
        time.sleep(0.05)


@pytest.mark.parametrize("kill_after_posts", [1, 70])
def test_kill_9_then_rerun(tmp_path, kill_after_posts):
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=150, seed=7)) as server:
        # Slow enough that the kill lands mid-crawl.
        proc = start_crawl(server.blog_url, db, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
        wait_for(lambda: count_posts(db) >= kill_after_posts)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT status FROM crawls").fetchall() == [("running",)]
        # No half-written post: every post has its version, and every version its post.
        assert conn.execute(
            "SELECT COUNT(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_versions v"
            " WHERE v.post_id = p.id AND v.version = p.version)"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT COUNT(*) FROM post_versions v LEFT JOIN posts p ON p.id = v.post_id"
            " WHERE p.id IS NULL"
        ).fetchone() == (0,)
        conn.close()

        rerun = crawl(server.blog_url, db)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        truth = server.truth()
    conn = sqlite3.connect(db)
    statuses = conn.execute("SELECT status, reason FROM crawls ORDER BY id").fetchall()
    assert statuses[0][0] == "failed" and statuses[0][1].startswith("interrupted")
    assert statuses[1][0] == "complete"
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert field_mismatches(truth["posts"], archived_posts(db)) == []


def test_readers_and_a_crawl_do_not_lock_each_other_out(tmp_path):
    db = tmp_path / "msqa.sqlite"
    errors: list[str] = []
    with ReplicaServer(SiteConfig(posts=150, seed=8)) as server:
        first = crawl(server.blog_url, db)  # an archive to read
        assert first.returncode == 0
        server.set_round(1)
        proc = start_crawl(server.blog_url, db, "--full", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4")

        def long_read_transaction() -> None:
            conn = sqlite3.connect(db, timeout=30)
            try:
                conn.execute("BEGIN")
                before = conn.execute("SELECT COUNT(*), MAX(last_seen) FROM posts").fetchone()
                time.sleep(3)  # hold a read snapshot while the crawl writes
                again = conn.execute("SELECT COUNT(*), MAX(last_seen) FROM posts").fetchone()
                if before != again:
                    errors.append(f"snapshot moved: {before} {again}")
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                errors.append(f"reader: {exc}")
            finally:
                conn.close()

        reader = threading.Thread(target=long_read_transaction)
        reader.start()
        datasette = subprocess.Popen(
            [str(VENV_BIN / "datasette"), "serve", str(db), "-p", "0", "--get", "/msqa/posts.json?_size=5"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        for _ in range(10):
            cli = subprocess.run(
                [str(VENV_BIN / "sqlite-utils"), "rows", str(db), "posts", "--limit", "3"],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if cli.returncode != 0:
                errors.append(f"sqlite-utils: {cli.stderr.strip()}")
            time.sleep(0.1)
        out, err = datasette.communicate(timeout=60)
        if datasette.returncode != 0 or '"rows"' not in out:
            errors.append(f"datasette: {err.strip()[-300:]}")
        reader.join()
        _, stderr = proc.communicate(timeout=300)
    assert errors == []
    assert proc.returncode == 0, stderr[-2000:]
    assert "database is locked" not in stderr


def test_server_going_away_mid_crawl_is_partial_and_removes_nothing(tmp_path):
    db = tmp_path / "msqa.sqlite"
    server = ReplicaServer(SiteConfig(posts=120, seed=9)).start()
    try:
        assert crawl(server.blog_url, db).returncode == 0
        server.set_round(1)
        proc = start_crawl(server.blog_url, db, "--full", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
                           "-s", "RETRY_TIMES=1")  # fmt: skip
        wait_for(lambda: len(server.requests) > 40)
    finally:
        server.stop()
    stdout, _ = proc.communicate(timeout=120)
    assert proc.returncode in (3, 4), stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM crawls ORDER BY id").fetchall()[-1][0] in (
            "partial",
            "failed",
        )
        assert conn.execute(
            "SELECT COUNT(*) FROM posts WHERE removed_at IS NOT NULL"
        ).fetchone() == (0,)


def test_no_path_leaves_a_crawl_row_running(tmp_path, monkeypatch):
    """Scrapy failing to start (a bad setting, an unwritable log) still closes the row."""
    import pytest

    from msqa_scraper import runner

    def broken(settings):
        raise RuntimeError("cannot start")

    monkeypatch.setattr(runner, "CrawlerProcess", broken)
    db = tmp_path / "msqa.sqlite"
    with pytest.raises(RuntimeError, match="cannot start"):
        runner.run_crawl(db, "virtual_ms_center", "http://127.0.0.1:9/blog")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status, reason FROM crawls").fetchall() == [
            ("failed", "crawl stopped early (unknown reason)")
        ]
