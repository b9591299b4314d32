"""``msqa demo``: crawl the offline replica, end to end, with no network."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from msqa_scraper import outputs
from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import fail, request_fast_exit, writable_db
from msqa_scraper.cli.curation import packaged_curation
from msqa_scraper.replica.config import MAX_POSTS, MIN_POSTS
from msqa_scraper.store.demo import is_demo, mark_demo
from msqa_scraper.store.lock import CrawlLocked, crawl_lock
from msqa_scraper.store.metadata import datasette_command

# Politeness off: the replica runs on this machine, not on someone's shared host.
FAST_SETTINGS = [
    ("DOWNLOAD_DELAY", "0"),
    ("CONCURRENT_REQUESTS", "16"),
    ("CONCURRENT_REQUESTS_PER_DOMAIN", "16"),
    ("LOG_LEVEL", "WARNING"),
]


def check_demo_target(db: Path) -> outputs.Output:
    """``db`` as a place for a demo database, or a one-line refusal (exit 2): a new file, or
    one an earlier demo made. Read-only, and before the crawl lock is taken, so a refused demo
    leaves the folder exactly as it was (no ``ARCHIVE.lock`` beside a real archive)."""
    try:
        out = outputs.check(db, force=True, stream_ok=False)
    except outputs.OutputRefused as exc:
        fail(str(exc), exitcodes.BAD_INPUT)
    if out.exists and not is_demo(out.real):
        fail(
            f"{db} is not a demo database (msqa demo only replaces its own); choose another --db",
            exitcodes.BAD_INPUT,
        )
    if not out.exists:
        stale = next((path for path in _sidecars(out.real) if path.exists()), None)
        if stale is not None:
            fail(
                f"{stale} is left beside {db} without its database; remove it",
                exitcodes.BAD_INPUT,
            )
    return out


def fresh_demo_database(db: Path) -> None:
    """Make ``db`` an empty demo database, replacing only one an earlier demo made.

    The caller holds the crawl lock, so a crawl writing to ``db`` meanwhile is impossible; the
    check is made again here, as the file may have changed since ``check_demo_target``.
    """
    out = check_demo_target(db)
    # The database last: killed half-way, what is left is still a recognisable demo.
    for path in [*_sidecars(out.real), out.real]:
        path.unlink(missing_ok=True)
    mark_demo(out.real)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


@click.command("demo")
@click.option(
    "--db",
    "db_path",
    default="data/demo.sqlite",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database to create; only a previous demo database is replaced.",
)
@click.option(
    "--posts",
    default=60,
    show_default=True,
    type=click.IntRange(MIN_POSTS, MAX_POSTS),
    help="Posts on the replica.",
)
@click.option("--seed", default=1, show_default=True, type=int, help="Replica seed.")
def demo_command(db_path: str, posts: int, seed: int) -> None:
    """Serve the replica on loopback and crawl it into a fresh database."""
    from msqa_scraper.replica import ReplicaServer, SiteConfig
    from msqa_scraper.runner import run_crawl

    packaged_curation()
    db = writable_db(db_path)
    check_demo_target(db)  # a refusal before the lock leaves nothing behind
    request_fast_exit()
    try:
        with crawl_lock(db):
            fresh_demo_database(db)
            with ReplicaServer(SiteConfig(posts=posts, seed=seed)) as server:
                click.echo(f"Replica serving {server.blog_url}")
                outcome = run_crawl(db, "virtual_ms_center", server.blog_url, FAST_SETTINGS)
    except CrawlLocked as exc:
        fail(str(exc), exitcodes.LOCKED)
    click.echo(outcome.summary())
    click.echo(f"Archive: {db}")
    click.echo(f"  sqlite-utils tables {db} --counts")
    click.echo(f"  sqlite-utils search {db} posts natalizumab")
    click.echo(f"  msqa browse --db {db}")
    metadata = db.with_name(f"{db.stem}-metadata.json")
    click.echo(f"  msqa metadata --db {db} -o {metadata} --force")
    click.echo(f"  {datasette_command(db, metadata)}")
    sys.exit(exitcodes.BY_STATUS.get(outcome.status, exitcodes.FAILED))
