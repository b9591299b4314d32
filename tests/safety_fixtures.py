"""A small archive with raw captures, for the file-safety tests (outputs, lock, demo, rebuild)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from crawling import crawl

from msqa_scraper.replica import ReplicaServer, SiteConfig


@pytest.fixture(scope="session", name="captured")
def captured_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One crawl of a five-post replica, with its captures (so rebuild can replay it).

    Read-only: tests copy it with the ``archive`` fixture.
    """
    db = tmp_path_factory.mktemp("captured") / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=5, seed=3)) as server:
        result = crawl(server.blog_url, db)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


@pytest.fixture(name="archive")
def archive_fixture(captured: Path, tmp_path: Path) -> Path:
    """A private copy of ``captured`` at ``tmp_path/data/msqa.sqlite``."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "msqa.sqlite"
    shutil.copy(captured, db)
    return db


def fingerprint(db: Path) -> tuple[bytes, list[tuple]]:
    """The file's bytes and its posts: equal before and after means untouched."""
    with closing(sqlite3.connect(db)) as conn:
        posts = conn.execute("SELECT id, version, answer FROM posts ORDER BY id").fetchall()
    assert posts
    return db.read_bytes(), posts
