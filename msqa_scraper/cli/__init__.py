"""The ``msqa`` command line."""

from __future__ import annotations

import click

from msqa_scraper import __version__


@click.group()
@click.version_option(__version__, prog_name="msqa")
def cli() -> None:
    """Scrape and archive MS expert Q&A blogs, and query the archive."""


def _register() -> None:
    from msqa_scraper.cli.crawl import crawl_command
    from msqa_scraper.cli.demo import demo_command
    from msqa_scraper.cli.replica import replica_group

    cli.add_command(crawl_command)
    cli.add_command(demo_command)
    cli.add_command(replica_group)


_register()
