"""How ``msqa demo`` knows a database is its own, so it never replaces a real archive.

A demo database carries ``DEMO_APPLICATION_ID`` in the SQLite header (``PRAGMA
application_id``, set before its crawl starts) and has only ever been crawled from a loopback
address (the replica). A real archive has neither: application id 0, and the blog's URL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from msqa_scraper.store.readonly import connect_read_only

# "MSdm" in ASCII: msqa demo.
DEMO_APPLICATION_ID = 0x4D53646D
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def mark_demo(path: str | Path) -> None:
    """Create the (absent) file at ``path`` as an empty demo database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {DEMO_APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()


def is_demo(path: str | Path) -> bool:
    """Whether the existing file at ``path`` is a database ``msqa demo`` made."""
    try:
        # Asked about a real archive, the check leaves no -wal or -shm beside it.
        conn = connect_read_only(path)
    except sqlite3.Error:
        return False
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != DEMO_APPLICATION_ID:
            return False
        has_crawls = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'crawls'"
        ).fetchone()
        if not has_crawls:
            return True  # marked, its crawl never got going
        urls = [row[0] for row in conn.execute("SELECT DISTINCT base_url FROM crawls")]
        return all(urlsplit(url or "").hostname in _LOOPBACK_HOSTS for url in urls)
    except sqlite3.Error:  # not a database at all
        return False
    finally:
        conn.close()
