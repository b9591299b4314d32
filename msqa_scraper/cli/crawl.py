"""``msqa crawl``: the entry point for cron and systemd."""

from __future__ import annotations

import difflib
import os
import sqlite3
import sys

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import (
    checked_log_file,
    database_error,
    db_option,
    fail,
    request_fast_exit,
    writable_db,
)
from msqa_scraper.cli.curation import packaged_curation
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
    for name, _ in pairs:
        if warning := unknown_setting_warning(name):
            click.echo(f"msqa: warning: {warning}", err=True)
    return pairs


def known_settings() -> set[str]:
    """Scrapy's settings, the project's (msqa_scraper/settings.py) and the MSQA_* ones read
    elsewhere (components read them with a default, so they are not all in settings.py)."""
    from scrapy.settings import default_settings

    from msqa_scraper import settings as project

    names = {n for n in dir(default_settings) if n.isupper()}
    names |= {n for n in dir(project) if n.isupper()}
    return names | MSQA_SETTINGS


# Read by components with a default; keep in step with `grep -r '"MSQA_' msqa_scraper`.
MSQA_SETTINGS = {
    "MSQA_DB",
    "MSQA_CRAWL_ID",
    "MSQA_LOG_FILE",
    "MSQA_CAPTURE",
    "MSQA_REVALIDATE",
    "MSQA_INCREMENTAL",
    "MSQA_PAGE_WARN_BYTES",
    "MSQA_POST_WINDOW",
    "MSQA_DATE_ORDER",
}


def unknown_setting_warning(name: str) -> str | None:
    """A warning for a setting no component reads (a typo runs the crawl on the default)."""
    known = known_settings()
    if name in known:
        return None
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    return f"{name} is not a Scrapy or msqa setting, so it changes nothing{hint}"


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
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Log INFO on stderr too (default: only when stderr is a terminal with no progress line).",
)
def crawl_command(base_url, db_path, spider, settings, full, log_file, progress, verbose) -> None:
    """Crawl the blog into the archive and print a one-line summary.

    When stderr is not a terminal (cron, systemd) only warnings and errors go there; INFO goes
    to --log-file. Ctrl-C or SIGTERM stops at once (exit 3); a second one stops without
    waiting for the page in flight.

    Exit codes: 0 complete, 3 partial (some pages failed or interrupted; nothing marked
    removed), 4 failed, 5 another crawl holds the lock, 6 database not usable, 2 bad input.
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
    packaged_curation()  # before the crawl row: a malformed file would fail every post page
    db = writable_db(db_path)
    if log_file:
        checked_log_file(log_file, db)
    if progress is None:
        progress = sys.stderr.isatty()
    request_fast_exit()
    try:
        outcome = run_crawl(db, spider, base_url, settings, log_file, progress, full, verbose)
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
    code = exitcodes.BY_STATUS.get(outcome.status, exitcodes.FAILED)
    if outcome.forced:
        # The reactor was stopped mid-crawl: its threads and sockets are not worth waiting for.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
