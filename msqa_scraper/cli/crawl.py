"""``msqa crawl``: the entry point for cron and systemd."""

from __future__ import annotations

import sqlite3
import sys

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import (
    checked_log_file,
    database_error,
    db_option,
    fail,
    writable_db,
)
from msqa_scraper.extract import BlogUrls
from msqa_scraper.extract.dates import check_order
from msqa_scraper.store import ArchiveError


def parse_setting(ctx, param, values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}")
        pairs.append((name.strip(), setting))
    return pairs


@click.command("crawl")
@click.option("--base-url", help="Blog root to crawl (default: the spider's live blog).")
@db_option
@click.option("--spider", default="virtual_ms_center", show_default=True, help="Spider name.")
@click.option(
    "-s",
    "--set",
    "settings",
    multiple=True,
    callback=parse_setting,
    metavar="NAME=VALUE",
    help="Override a Scrapy setting (repeatable), e.g. -s DOWNLOAD_DELAY=0.",
)
@click.option(
    "--full",
    is_flag=True,
    help="Re-read every listing and post page, even those unchanged since the last crawl.",
)
@click.option("--log-file", type=click.Path(dir_okay=False), help="Also write the log here.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress line (default: when stderr is a terminal).",
)
def crawl_command(base_url, db_path, spider, settings, full, log_file, progress) -> None:
    """Crawl the blog into the archive and print a one-line summary.

    Exit codes: 0 complete, 3 partial (some pages failed; nothing marked removed), 4 failed,
    5 another crawl holds the lock, 6 database not usable, 2 bad input.
    """
    from msqa_scraper.runner import CrawlLocked, SiteMismatch, run_crawl

    if base_url:
        try:
            BlogUrls(base_url)
        except ValueError as exc:
            fail(str(exc), exitcodes.BAD_INPUT)
    for name, value in settings:
        if name == "MSQA_DATE_ORDER":
            try:
                check_order(value)
            except ValueError as exc:
                fail(f"-s MSQA_DATE_ORDER: {exc}", exitcodes.BAD_INPUT)
    db = writable_db(db_path)
    if log_file:
        checked_log_file(log_file, db)
    if progress is None:
        progress = sys.stderr.isatty()
    if progress and not any(name == "LOG_LEVEL" for name, _ in settings):
        settings = [*settings, ("LOG_LEVEL", "WARNING")]
    try:
        outcome = run_crawl(db, spider, base_url, settings, log_file, progress, full)
    except CrawlLocked as exc:
        fail(str(exc), exitcodes.LOCKED)
    except SiteMismatch as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    except KeyError as exc:
        fail(f"unknown spider {spider!r} ({exc})", exitcodes.BAD_INPUT)
    except sqlite3.Error as exc:
        database_error(exc, db)
    except ArchiveError as exc:  # e.g. written by a newer msqa
        fail(str(exc), exitcodes.DATABASE)
    click.echo(outcome.summary())
    sys.exit(exitcodes.BY_STATUS.get(outcome.status, exitcodes.FAILED))
