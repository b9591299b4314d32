"""``msqa rebuild``: re-derive the archive from its stored captures, without the network."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import Bounded, database_error, db_option, existing_db, fail
from msqa_scraper.cli.curation import packaged_curation
from msqa_scraper.stop_signals import Interrupted, stopped_by_signals


@click.command("rebuild", short_help="Re-derive the archive from its stored captures (offline).")
@db_option
@click.option(
    "--into",
    type=click.Path(dir_okay=False),
    help="Write a new archive here (captures copied) and leave the original untouched.",
)
@click.option("--force", is_flag=True, help="With --into: replace an existing file.")
@click.option(
    "--workers",
    type=Bounded(1, 256),
    help="Processes parsing pages (default: one per core).",
)
def rebuild_command(db_path: str, into: str | None, force: bool, workers: int | None) -> None:
    """Replay every stored crawl with the current extractor: posts, versions, events,
    experts, categories, links, therapy tags, removals and crawl counts are derived again
    from the captures. Nothing is fetched. Each crawl is replayed under the bounds it ran
    under (-s MSQA_GROWTH_FACTOR and the like, recorded in crawls.bounds).

    Without --into the archive is rebuilt in place: the new tables are built in a scratch file
    beside it and swapped in within one transaction; captures and bodies stay as they are.
    In place, columns added to the derived tables keep their values (by primary key).
    --into never names the archive (by any path), needs --force to replace a file, and
    writes through a symlink.

    Ctrl-C or SIGTERM stops it (exit 3): the scratch files and a lock file this run made are
    removed and the archive is as it was (and no --into file is written). A signal during the
    final swap waits for it to finish: the rebuilt archive is then in place, and the message
    says so.

    Exit codes: 0 done, 2 bad input (a curation file that does not follow its format too),
    3 interrupted, 5 a crawl holds the lock, 6 the archive cannot be rebuilt (no captures,
    versions without one, unreadable, written by a newer msqa, an added column that cannot be
    kept).
    """
    from msqa_scraper.offline.rebuild import RebuildError, RebuildInputError, RebuildLocked, rebuild

    if force and into is None:
        fail("--force only applies with --into", exitcodes.BAD_INPUT)
    path: Path = existing_db(db_path)
    packaged_curation()  # a malformed file would turn every page into an extractor failure
    try:
        with stopped_by_signals():
            result = rebuild(path, into, force=force, workers=workers)
    except Interrupted as exc:
        fail(_interrupted(exc, path, into), exitcodes.PARTIAL)
    except RebuildInputError as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    except RebuildLocked as exc:
        fail(str(exc), exitcodes.LOCKED)
    except RebuildError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    except OSError as exc:
        fail(f"cannot write {exc.filename or into or path}: {exc.strerror}", exitcodes.DATABASE)
    click.echo(result.summary())


def _interrupted(exc: Interrupted, path: Path, into: str | None) -> str:
    if exc.after_shield:
        built = into if into is not None else f"{path} (rebuilt in place)"
        return (
            f"rebuild interrupted by {exc.signame} during its final swap, which was finished: "
            f"{built} is the rebuilt archive"
        )
    left = f"{path} is as it was" + (f" and {into} was not written" if into is not None else "")
    return f"rebuild interrupted by {exc.signame}: {left}; run it again to rebuild"
