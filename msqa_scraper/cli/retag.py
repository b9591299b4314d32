"""``msqa retag``: re-tag every post after the therapies data file changed."""

from __future__ import annotations

import sqlite3

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import database_error, db_option, existing_db, fail
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import Archive, ArchiveError, therapies


@click.command("retag", short_help="Re-tag every post after the therapies file changed.")
@db_option
def retag_command(db_path: str) -> None:
    """Reload the therapies table and re-tag every post (removed ones too).

    New and changed posts are tagged as they are stored; run this after editing
    msqa_scraper/store/data/ms_therapies.json. Safe while a crawl runs: it waits its turn.
    """
    with reading(db_path):  # a clear error for a missing file or one that is no archive
        pass
    path = existing_db(db_path)
    known = therapies.packaged()
    try:
        with Archive.open(path) as archive, archive.db.atomic():
            counts = therapies.retag_all(archive.db, known)
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    click.echo(
        f"Tagged {counts['posts']} posts with therapies data {known.version} "
        f"({counts['therapies']} therapies): {counts['tagged']} mention at least one."
    )
