"""The ``msqa`` command line."""

from __future__ import annotations

import gc
import sys
from typing import Any

import click

from msqa_scraper import __version__
from msqa_scraper.cli import common


class MsqaGroup(click.Group):
    """Usage errors as one ``msqa: error:`` line (like every other user mistake), not click's
    three-line usage block; exit code 2 as before."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
            click.echo(f"msqa: error: {exc.format_message()}{where}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=MsqaGroup)
@click.version_option(__version__, prog_name="msqa")
def cli() -> None:
    """Scrape and archive MS expert Q&A blogs, and query the archive."""


def main() -> None:
    """The ``msqa`` console script (and ``python -m msqa_scraper``).

    After a crawl, the garbage collector is switched off before the interpreter shuts down:
    walking Scrapy's and Twisted's objects once more took about a second, several on a busy
    machine, and an interrupted crawl must exit promptly. Shutdown is otherwise the normal one
    (atexit handlers, flushed streams); everything is written and closed by then.
    """
    try:
        cli.main(prog_name="msqa")
    except SystemExit:
        if common.fast_exit_requested():
            # Most of the teardown is the cyclic collector walking every object once more.
            gc.disable()
            gc.freeze()
        raise


def _register() -> None:
    from msqa_scraper.cli.browse import browse_command
    from msqa_scraper.cli.crawl import crawl_command
    from msqa_scraper.cli.demo import demo_command
    from msqa_scraper.cli.experts import experts_command
    from msqa_scraper.cli.export import export_command
    from msqa_scraper.cli.metadata import metadata_command
    from msqa_scraper.cli.rebuild import rebuild_command
    from msqa_scraper.cli.replica import replica_group
    from msqa_scraper.cli.report import report_command
    from msqa_scraper.cli.retag import retag_command
    from msqa_scraper.cli.search import search_command
    from msqa_scraper.cli.show import show_command
    from msqa_scraper.cli.stats import stats_command
    from msqa_scraper.cli.therapies import therapies_command
    from msqa_scraper.cli.upgrade import upgrade_command
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
    cli.add_command(metadata_command)
    cli.add_command(export_warc_command)
    cli.add_command(rebuild_command)
    cli.add_command(upgrade_command)


_register()
