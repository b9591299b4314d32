"""Write transactions that wait their turn instead of failing with "database is locked"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def writing(db: Database) -> Iterator[None]:
    """``db.atomic()`` holding SQLite's write lock from its first statement.

    A deferred transaction that reads before writing fails at once with SQLITE_BUSY if another
    connection wrote in between (the busy timeout cannot help there); taking the lock first
    makes concurrent writers, say a crawl and the CLI, wait their turn instead.
    """
    with db.atomic():
        db.execute("UPDATE crawls SET id = id WHERE 0")
        yield
