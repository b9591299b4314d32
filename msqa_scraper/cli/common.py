"""Options and helpers shared by ``msqa`` commands."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes

DEFAULT_DB = "data/msqa.sqlite"


def default_db() -> str:
    return os.environ.get("MSQA_DB") or DEFAULT_DB


db_option = click.option(
    "--db",
    "db_path",
    default=default_db,
    show_default="$MSQA_DB or data/msqa.sqlite",
    type=click.Path(dir_okay=False),
    help="The archive database.",
)


def fail(message: str, code: int) -> None:
    """Print a one-line error to stderr and exit with ``code``: no traceback."""
    click.echo(f"msqa: error: {message}", err=True)
    raise SystemExit(code)


def existing_db(path: str) -> Path:
    """A database a read command can use, or a one-line error."""
    db = Path(path)
    if not db.is_file():
        fail(f"no archive at {db} (run `msqa crawl --db {db}` first)", exitcodes.DATABASE)
    return db


def writable_db(path: str) -> Path:
    """Check that a crawl can create or write the database at ``path``."""
    db = Path(path)
    if db.is_dir():
        fail(f"{db} is a directory, not a database file", exitcodes.DATABASE)
    if not db.parent.is_dir():
        if str(db) == DEFAULT_DB:
            db.parent.mkdir(parents=True, exist_ok=True)
        else:
            fail(f"the folder {db.parent} does not exist", exitcodes.DATABASE)
    # Root passes os.access, so the permission bits say what the operator meant too.
    if db.exists() and (not os.access(db, os.W_OK) or not db.stat().st_mode & 0o222):
        fail(f"{db} is read-only", exitcodes.DATABASE)
    if not db.exists() and not os.access(db.parent, os.W_OK):
        fail(f"cannot create {db}: {db.parent} is read-only", exitcodes.DATABASE)
    return db


def database_error(exc: sqlite3.Error, db: Path) -> None:
    fail(f"database {db}: {exc}", exitcodes.DATABASE)


_FAST_EXIT = False


def request_fast_exit() -> None:
    """Let ``msqa_scraper.cli.main`` skip interpreter teardown once this command ends."""
    global _FAST_EXIT
    _FAST_EXIT = True


def fast_exit_requested() -> bool:
    return _FAST_EXIT
