"""``msqa upgrade``: bring an archive made by an older msqa-scraper to the current schema, in
place, and nothing else.

Until an older archive is upgraded, every read command reads an upgraded temporary copy of it
(a copy of the whole file, each time) and says so on stderr: a scheduled job would say it every
night. A crawl, ``msqa retag`` and an in-place ``msqa rebuild`` upgrade it too, but each does
more (fetches, re-tags, re-derives every post); this only applies the pending migrations, the
same ones a crawl applies when it opens the archive.
"""

from __future__ import annotations

import sqlite3

import click
from sqlite_utils import Database

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import database_error, db_option, existing_db, fail, writable_db
from msqa_scraper.crawl.status import plural
from msqa_scraper.store import Archive, ArchiveError
from msqa_scraper.store.lock import CrawlLocked, crawl_lock
from msqa_scraper.store.queries import look, pending_in, pending_upgrade
from msqa_scraper.store.schema import check_not_newer


def _pending(path_text: str) -> list[str]:
    """The archive's pending migrations, read without writing it; refusals as one line."""
    path = existing_db(path_text)

    def pending(db: Database) -> list[str]:
        check_not_newer(db, path)
        return pending_in(db, path)

    try:
        return look(path, pending)  # a current archive's folder stays exactly as it was
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    raise AssertionError("unreachable: fail() exits")


@click.command("upgrade", short_help="Upgrade an older archive's schema in place.")
@db_option
def upgrade_command(db_path: str) -> None:
    """Apply the schema migrations an archive made by an older msqa-scraper lacks, in place:
    the ones a crawl would apply when it opens the archive (they add tables and columns, and
    fill what is derived from stored rows). Nothing is fetched and no page is parsed again.

    Afterwards read commands read the archive itself, with no temporary copy and no note on
    stderr. An archive already current is left untouched (not even locked). Safe to run from
    a scheduler before the nightly reads.

    Exit codes: 0 upgraded or already current, 5 a crawl holds the lock (run it again after),
    6 the file is no msqa archive, is read-only, or was written by a newer msqa-scraper.
    """
    pending = _pending(db_path)
    path = writable_db(db_path) if pending else existing_db(db_path)
    if not pending:
        click.echo(f"{path} is up to date: no schema upgrade pending")
        return
    try:
        with crawl_lock(path):
            pending = pending_upgrade(path)  # again: a crawl may have upgraded it meanwhile
            if pending:
                Archive.open(path).close()
    except CrawlLocked as exc:
        fail(f"{exc}; run `msqa upgrade` again once it has finished", exitcodes.LOCKED)
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    if not pending:
        click.echo(f"{path} is up to date: no schema upgrade pending (upgraded meanwhile)")
        return
    names = ", ".join(name.partition(":")[2] for name in pending)
    click.echo(f"upgraded {path} in place: {plural(len(pending), 'schema migration')} ({names})")
