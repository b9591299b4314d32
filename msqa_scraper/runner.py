"""Run one crawl in this process: settings, lock, crawl record, Scrapy, outcome.

Used by ``msqa crawl`` and ``msqa demo``. Scrapy's reactor runs once per process, so this is
called at most once per process.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from sqlite_utils import Database

from msqa_scraper.console import configure_logging
from msqa_scraper.crawl import Bounds
from msqa_scraper.crawl.status import crawl_counts, plural
from msqa_scraper.extract import BlogUrls
from msqa_scraper.interrupt import Interrupts
from msqa_scraper.store import Archive
from msqa_scraper.store.lock import CrawlLocked, crawl_lock  # noqa: F401 - cli.crawl imports it here
from msqa_scraper.store.queries import check_writable, look


class SiteMismatch(ValueError):
    """The archive holds another blog than the one asked for."""


def check_site(archive: Archive, base_url: str) -> None:
    """One archive per blog: refuse a crawl of another site into an archive of posts."""
    bound = archive.bound_site()
    if bound and BlogUrls(bound).base_url != BlogUrls(base_url).base_url:
        raise SiteMismatch(
            f"this archive holds {bound}, not {BlogUrls(base_url).base_url}: one archive per "
            "blog (use another --db)"
        )


def check_crawl_target(db_path: Path, base_url: str) -> None:
    """Every refusal the archive's own state gives a crawl, found read-only before the crawl
    lock is taken, so a refused crawl leaves the folder as it was (no ``ARCHIVE.lock``, no
    pid rewritten in an old one, no ``-wal`` coming and going): a file that is no database or
    somebody else's database, an archive of a newer msqa, an archive of another blog. The crawl
    checks again under the lock (the file may change meanwhile)."""
    if not db_path.exists():
        return

    def check(db: Database) -> None:
        check_writable(db, db_path)
        if "posts" in db.table_names():
            check_site(Archive(db), base_url)

    look(db_path, check)


@dataclass
class CrawlOutcome:
    crawl_id: int
    status: str
    crawl: dict[str, Any]
    stats: dict[str, Any] = field(default_factory=dict)
    # Stopped by a second signal: the reactor was not shut down cleanly, so exit at once.
    forced: bool = False

    def summary(self) -> str:
        c = self.crawl
        size = (c.get("bytes") or 0) / 1_000_000
        line = (
            f"crawl {self.crawl_id} {self.status}: "
            f"{plural(c.get('posts_discovered') or 0, 'post')} "
            f"({c.get('posts_new') or 0} new, {c.get('posts_changed') or 0} changed, "
            f"{c.get('posts_unchanged') or 0} unchanged, {c.get('posts_removed') or 0} removed), "
            f"{plural(c.get('pages') or 0, 'page')}, "
            f"{plural(c.get('requests') or 0, 'request')}, {size:.1f} MB, "
            f"{plural(c.get('errors') or 0, 'error')}"
        )
        if c.get("reason"):
            line += f"; {c['reason']}"
        if self.status != "complete" and self.stats.get("msqa/last_error"):
            line += f"; last error: {self.stats['msqa/last_error']}"
        return line


def build_settings(
    db_path: Path, crawl_id: int, overrides: Iterable[tuple[str, str]], log_file: str | None
) -> Settings:
    settings = _loader_settings()
    settings.set("MSQA_DB", str(db_path), priority="cmdline")
    settings.set("MSQA_CRAWL_ID", crawl_id, priority="cmdline")
    for name, value in overrides:
        settings.set(name, value, priority="cmdline")
    if log_file:
        settings.set("MSQA_LOG_FILE", log_file, priority="cmdline")
    return settings


def run_crawl(
    db_path: Path,
    spider_name: str,
    base_url: str | None,
    overrides: Iterable[tuple[str, str]] = (),
    log_file: str | None = None,
    progress: bool = False,
    full: bool = False,
    verbose: bool = False,
) -> CrawlOutcome:
    # An unknown spider (KeyError) and a refused archive touch nothing, not even the lock.
    spider_cls = SpiderLoader(_loader_settings()).load(spider_name)
    effective_base = base_url or spider_cls.default_base_url
    check_crawl_target(db_path, effective_base)
    with crawl_lock(db_path):
        check_crawl_target(db_path, effective_base)  # again: the file may have changed since
        with Archive.open(db_path) as archive:
            # We hold the lock, so a crawl still "running" died without finishing.
            for stale in archive.abandon_running_crawls():
                logging.getLogger(__name__).warning(
                    "Crawl %s was interrupted; marked failed", stale
                )
            crawl_id = archive.begin_crawl(effective_base, spider_name)
        started: tuple[Any, Interrupts] | None = None
        try:
            started = _start(
                db_path, crawl_id, spider_cls, base_url, overrides, log_file, progress, full,
                verbose,
            )  # fmt: skip
        except KeyboardInterrupt:
            # Ctrl-C in the second or so before the crawl's own handlers are installed.
            with Archive.open(db_path) as archive:
                reason = "interrupted by SIGINT before the crawl started"
                archive.finish_crawl(crawl_id, "partial", {}, reason)
        finally:
            # Whatever happened (a bad setting, an unwritable log, an exception), the crawl row
            # leaves ``running``.
            crawler, interrupts = started or (None, None)
            if interrupts is not None:
                interrupts.crawl_over()
            stats = crawler.stats.get_stats() if crawler is not None and crawler.stats else {}
            forced = interrupts.reason if interrupts is not None and interrupts.forced else None
            crawl = _close_crawl(db_path, crawl_id, stats, forced)
        status = crawl.get("status", "failed")
        return CrawlOutcome(crawl_id, status, crawl, stats, forced=forced is not None)


def _start(
    db_path: Path,
    crawl_id: int,
    spider_cls: Any,
    base_url: str | None,
    overrides: Iterable[tuple[str, str]],
    log_file: str | None,
    progress: bool,
    full: bool,
    verbose: bool = False,
) -> tuple[Any, Interrupts]:
    """Run the crawl's Scrapy process to its end; the crawler (for its stats) and what the
    signal handlers saw."""
    settings = build_settings(db_path, crawl_id, overrides, log_file)
    if progress:
        settings.set(
            "EXTENSIONS", {"msqa_scraper.extensions.ProgressLine": 500}, priority="cmdline"
        )
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    configure_logging(settings, log_file=log_file, verbose=verbose, progress=progress)
    process = CrawlerProcess(settings)
    # A site that is down is an outcome, not a bug: its log line says why, without a
    # traceback (the crawl's summary and exit code carry the verdict).
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_no_traceback)
    crawler = process.create_crawler(spider_cls)
    kwargs: dict[str, Any] = {"base_url": base_url} if base_url else {}
    if full:
        kwargs["full"] = True
    process.crawl(crawler, **kwargs)
    # crawl() has applied the settings (the project's, -s, the spider's): record the bounds
    # the spider's policy reads from them, so a rebuild replays this crawl under the same.
    with Archive.open(db_path) as archive:
        archive.record_bounds(crawl_id, Bounds.from_settings(crawler.settings).to_record())
    interrupts = Interrupts(crawler)
    interrupts.install()  # after crawl(): that installs the reactor the settings ask for
    process.start(install_signal_handlers=False)
    return crawler, interrupts


def _close_crawl(
    db_path: Path, crawl_id: int, stats: dict[str, Any], forced: str | None = None
) -> dict[str, Any]:
    """The crawl's row, marked failed if the store never closed it (the engine stopped before
    the pipeline ran, or the store could not write); partial, with the counts of the stats, if
    a second signal stopped it at once (``forced``: the reason)."""
    try:
        with Archive.open(db_path) as archive:
            crawl = archive.get_crawl(crawl_id) or {}
            if crawl.get("status") == "running" and forced:
                # Nothing is marked removed on a partial crawl.
                archive.finish_crawl(crawl_id, "partial", crawl_counts(stats), forced)
                crawl = archive.get_crawl(crawl_id) or {}
            if crawl.get("status") == "running":
                why = stats.get("finish_reason", "unknown reason")
                reason = f"crawl stopped early ({why})"
                if stats.get("msqa/write_error"):
                    reason += f"; the archive could not be written: {stats['msqa/write_error']}"
                archive.finish_crawl(crawl_id, "failed", reason=reason)
                crawl = archive.get_crawl(crawl_id) or {}
            return crawl
    except sqlite3.Error as exc:
        # A full disk can refuse even this; the next crawl marks the row failed (it holds the
        # lock, so a row still running is a crawl that died).
        logging.getLogger(__name__).error("Could not record crawl %s's end: %s", crawl_id, exc)
        return {"status": "failed", "reason": f"could not record the crawl's end: {exc}"}


def _no_traceback(record: logging.LogRecord) -> bool:
    record.exc_info = None
    record.exc_text = None
    return True


def _loader_settings() -> Settings:
    """The project's settings, before any command-line override."""
    settings = Settings()
    settings.setmodule("msqa_scraper.settings", priority="project")
    return settings
