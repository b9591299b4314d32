"""The ``msqa`` command line."""

from __future__ import annotations

import click

from msqa_scraper import __version__


@click.group()
@click.version_option(__version__, prog_name="msqa")
def cli() -> None:
    """Scrape and archive MS expert Q&A blogs, and query the archive."""


def _register() -> None:
    from msqa_scraper.cli.browse import browse_command
    from msqa_scraper.cli.crawl import crawl_command
    from msqa_scraper.cli.demo import demo_command
    from msqa_scraper.cli.experts import experts_command
    from msqa_scraper.cli.export import export_command
    from msqa_scraper.cli.rebuild import rebuild_command
    from msqa_scraper.cli.replica import replica_group
    from msqa_scraper.cli.report import report_command
    from msqa_scraper.cli.retag import retag_command
    from msqa_scraper.cli.search import search_command
    from msqa_scraper.cli.show import show_command
    from msqa_scraper.cli.stats import stats_command
    from msqa_scraper.cli.therapies import therapies_command
    from msqa_scraper.cli.warc import export_warc_command

    cli.add_command(crawl_command)
    cli.add_command(demo_command)
    cli.add_command(replica_group)
    cli.add_command(search_command)
    cli.add_command(export_command)
    cli.add_command(stats_command)
    cli.add_command(experts_command)
    cli.add_command(show_command)
    cli.add_command(therapies_command)
    cli.add_command(retag_command)
    cli.add_command(report_command)
    cli.add_command(browse_command)
    cli.add_command(export_warc_command)
    cli.add_command(rebuild_command)


_register()
