"""Options and helpers shared by ``msqa`` commands."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from msqa_scraper import outputs
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
    from msqa_scraper.cli.output import terminal_safe  # output imports nothing of ours

    click.echo(terminal_safe(f"msqa: error: {message}"), err=True)
    raise SystemExit(code)


# SQLite integers are 64-bit: a larger number is an OverflowError deep in a query.
SQLITE_MAX = 2**63 - 1


class Bounded(click.ParamType):
    """An integer (or, with ``number=float``, a decimal) option within [low, high]; anything
    else is a one-line error (exit 2), never an OverflowError from SQLite or a million worker
    processes."""

    def __init__(self, low: float, high: float, number: type[int] | type[float] = int) -> None:
        self.low, self.high, self.number = low, high, number
        self.name = "integer" if number is int else "number"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):
        name = param.opts[0] if param is not None and param.opts else "value"
        try:
            number = self.number(str(value).strip())
        except ValueError:
            kind = "a whole number" if self.number is int else "a number"
            fail(
                f"Invalid value for {name}: {str(value)[:40]!r} is not {kind}", exitcodes.BAD_INPUT
            )
        if not self.low <= number <= self.high:  # NaN too
            shown = str(value) if len(str(value)) <= 40 else str(value)[:37] + "..."
            fail(
                f"Invalid value for {name}: {shown} is not between {self.low:,} and {self.high:,}",
                exitcodes.BAD_INPUT,
            )
        return number

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return f"{self.name.upper()} {self.low:g}..{self.high:g}"


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


force_option = click.option(
    "--force", is_flag=True, help="Replace an existing output file (never the archive)."
)


def checked_output(
    path: str | Path, *, db: str | Path | None = None, force: bool = False, stream_ok: bool = True
) -> outputs.Output:
    """``path`` checked as an output before any work starts (``outputs.check``), or a one-line
    error: never the archive ``db``, never an existing file without ``--force``."""
    try:
        return outputs.check(path, protect=[db] if db else [], force=force, stream_ok=stream_ok)
    except outputs.OutputRefused as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    raise AssertionError("unreachable: fail() exits")


@contextmanager
def output_errors(path: str | Path) -> Iterator[None]:
    """A refused or failed write as one ``msqa: error:`` line, exit 2."""
    try:
        yield
    except outputs.OutputRefused as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}", exitcodes.BAD_INPUT)


def checked_log_file(path: str, db: str | Path) -> None:
    """A ``--log-file`` the crawl can append to, checked before the crawl row exists: never
    the archive, never a directory, in an existing folder; or a one-line error (exit 2)."""
    try:
        log = outputs.check_append(path, protect=[db])
    except outputs.OutputRefused as exc:
        fail(f"--log-file: {exc}", exitcodes.BAD_INPUT)
    if not os.access(log.real if log.exists else log.real.parent, os.W_OK):
        fail(f"--log-file: cannot write {path}: permission denied", exitcodes.BAD_INPUT)


_FAST_EXIT = False


def request_fast_exit() -> None:
    """Let ``msqa_scraper.cli.main`` skip the final garbage collection once this command ends."""
    global _FAST_EXIT
    _FAST_EXIT = True


def fast_exit_requested() -> bool:
    return _FAST_EXIT
