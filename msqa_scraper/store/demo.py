"""How ``msqa demo`` knows a database is its own, so it never replaces a real archive.

A demo database carries ``DEMO_APPLICATION_ID`` in the SQLite header (``PRAGMA
application_id``, set before its crawl starts) and has only ever been crawled from a loopback
address (the replica). A real archive has neither: application id 0, and the blog's URL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from msqa_scraper.store.queries import look

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
    """Whether the existing file at ``path`` is a database ``msqa demo`` made.

    Asked about a real archive, the check leaves its folder exactly as it was (``look``: no
    ``-wal`` or ``-shm`` comes and goes), so a refused demo changes nothing there.
    """
    try:
        return look(path, _made_by_demo)
    except sqlite3.Error:  # not a database at all
        return False


def _made_by_demo(db: Database) -> bool:
    if db.execute("PRAGMA application_id").fetchone()[0] != DEMO_APPLICATION_ID:
        return False
    if "crawls" not in db.table_names():
        return True  # marked, its crawl never got going
    urls = [row[0] for row in db.execute("SELECT DISTINCT base_url FROM crawls")]
    return all(urlsplit(url or "").hostname in _LOOPBACK_HOSTS for url in urls)
