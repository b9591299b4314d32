"""Opening an archive for a read command, with every failure turned into a one-line error."""

from __future__ import annotations

import shlex
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from sqlite_utils import Database

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import database_error, existing_db, fail
from msqa_scraper.store import ArchiveError
from msqa_scraper.store.queries import (
    QueryError,
    open_for_reading,
    pending_upgrade,
    upgraded_copy,
)


@contextmanager
def reading(db_path: str) -> Iterator[Database]:
    """The archive at ``db_path``, read-only; bad input and database errors end the command.

    ``QueryError`` (unknown post or drug, bad search syntax) exits with ``BAD_INPUT``; anything
    SQLite raises (not a database, corrupt, locked past the busy timeout) with ``DATABASE``.
    """
    path = existing_db(db_path)
    db = _open(path)
    if upgraded_copy(db):
        click.echo(older_archive_note(path), err=True)
    try:
        yield db
    except QueryError as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    except sqlite3.Error as exc:
        database_error(exc, path)
    finally:
        db.close()


def older_archive_note(path: Path) -> str:
    """What a read command says, once, on stderr, about an archive an older msqa-scraper made:
    stdout carries the command's output alone (a pipe, ``--json``), the exit code is the
    command's, and the note names the one command that upgrades the archive in place and so
    ends the note (and the copy every read makes until then)."""
    return (
        f"msqa: note: {path} was made by an older msqa-scraper: read from an upgraded temporary "
        f"copy, {path} left as it is; `msqa upgrade --db {shlex.quote(str(path))}` upgrades it "
        "in place once, and reads then need no copy and print no note"
    )


def checked_archive(db_path: str) -> Path:
    """The archive's path, once known to be an msqa archive, for a command that writes it
    anyway (``msqa retag``): no upgraded copy is made, the command's own open upgrades it."""
    path = existing_db(db_path)
    try:
        pending_upgrade(path)
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    return path


def database_file(db: Database, path: str | Path) -> Path:
    """The file to hand to Datasette for the archive at ``path`` that ``db`` reads: the
    archive itself, or the upgraded copy of an older one (same file name)."""
    if upgraded_copy(db):
        return Path(db.execute("PRAGMA database_list").fetchone()[2])
    return Path(path)


def _open(path: Path) -> Database:
    try:
        return open_for_reading(path)
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    raise AssertionError("unreachable: fail() exits")
