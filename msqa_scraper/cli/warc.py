"""``msqa export-warc``: the archive's raw captures as a WARC 1.1 file, for web archivists."""

from __future__ import annotations

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import (
    SQLITE_MAX,
    Bounded,
    checked_output,
    db_option,
    fail,
    force_option,
    output_errors,
)
from msqa_scraper.cli.reading import reading


@click.command("export-warc", short_help="Export the stored captures as a WARC 1.1 file.")
@click.argument("output", metavar="OUT.warc.gz", type=click.Path(dir_okay=True))
@force_option
@db_option
@click.option(
    "--since",
    type=Bounded(1, SQLITE_MAX),
    metavar="CRAWL",
    help="Only the captures of this crawl (an id from `msqa stats`) and later ones.",
)
def export_warc_command(output: str, force: bool, db_path: str, since: int | None) -> None:
    """Write every response the crawls received (posts, listings, feed, sitemap, robots.txt,
    error pages) as a gzipped WARC 1.1 file: a warcinfo record, then a request and a response
    record per capture, and revisit records where the body was already written or the server
    answered 304. Bodies are stored decoded; docs/warc.md says what differs from the wire.

    OUT is never the archive; an existing OUT needs --force; a symlink, FIFO or device is
    written through.
    """
    from msqa_scraper.exports.warc import UnknownCrawlError, write_file

    target = checked_output(output, db=db_path, force=force)
    with reading(db_path) as db:
        try:
            with output_errors(output):
                summary = write_file(db, target.given, since=since, protect=[db_path], force=force)
        except UnknownCrawlError as exc:
            fail(f"{exc} (see `msqa stats` for crawl ids)", exitcodes.BAD_INPUT)
    crawls = summary.crawls
    span = f"crawl {crawls[0]}" if len(crawls) == 1 else f"crawls {crawls[0]}-{crawls[-1]}"
    size = "" if target.stream else f", {target.real.stat().st_size / 1_000_000:.1f} MB"
    click.echo(
        f"wrote {output}: {summary.captures} captures ({summary.responses} responses, "
        f"{summary.revisits} revisits) from {span if crawls else 'no crawl'}{size}"
    )
