"""``msqa demo``: crawl the offline replica, end to end, with no network."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import request_fast_exit, writable_db
from msqa_scraper.replica.config import MAX_POSTS, MIN_POSTS
from msqa_scraper.store.metadata import datasette_command

# Politeness off: the replica runs on this machine, not on someone's shared host.
FAST_SETTINGS = [
    ("DOWNLOAD_DELAY", "0"),
    ("CONCURRENT_REQUESTS", "16"),
    ("CONCURRENT_REQUESTS_PER_DOMAIN", "16"),
    ("LOG_LEVEL", "WARNING"),
]


@click.command("demo")
@click.option(
    "--db",
    "db_path",
    default="data/demo.sqlite",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database to create (replaced if it exists).",
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

    db = writable_db(db_path)
    request_fast_exit()
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    with ReplicaServer(SiteConfig(posts=posts, seed=seed)) as server:
        click.echo(f"Replica serving {server.blog_url}")
        outcome = run_crawl(db, "virtual_ms_center", server.blog_url, FAST_SETTINGS)
    click.echo(outcome.summary())
    click.echo(f"Archive: {db}")
    click.echo(f"  sqlite-utils tables {db} --counts")
    click.echo(f"  sqlite-utils search {db} posts natalizumab")
    click.echo(f"  msqa browse --db {db}")
    metadata = db.with_name(f"{db.stem}-metadata.json")
    click.echo(f"  msqa metadata --db {db} -o {metadata} --force")
    click.echo(f"  {datasette_command(db, metadata)}")
    sys.exit(exitcodes.BY_STATUS.get(outcome.status, exitcodes.FAILED))
