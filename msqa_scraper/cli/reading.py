"""Opening an archive for a read command, with every failure turned into a one-line error."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import database_error, existing_db, fail
from msqa_scraper.store import ArchiveError
from msqa_scraper.store.queries import QueryError, open_for_reading


@contextmanager
def reading(db_path: str) -> Iterator[Database]:
    """The archive at ``db_path``, read-only; bad input and database errors end the command.

    ``QueryError`` (unknown post or drug, bad search syntax) exits with ``BAD_INPUT``; anything
    SQLite raises (not a database, corrupt, locked past the busy timeout) with ``DATABASE``.
    """
    path = existing_db(db_path)
    db = _open(path)
    try:
        yield db
    except QueryError as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    except sqlite3.Error as exc:
        database_error(exc, path)
    finally:
        db.close()


def _open(path: Path) -> Database:
    try:
        return open_for_reading(path)
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    raise AssertionError("unreachable: fail() exits")
