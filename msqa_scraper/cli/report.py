"""``msqa report``: the archive as one self-contained HTML page of charts."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from msqa_scraper import outputs
from msqa_scraper.cli.common import checked_output, db_option, force_option, output_errors
from msqa_scraper.cli.reading import reading
from msqa_scraper.exports.report import build_report


@click.command("report", short_help="Write a self-contained HTML report with charts.")
@click.argument("out", metavar="OUT.html", type=click.Path(dir_okay=False))
@force_option
@db_option
def report_command(out: str, force: bool, db_path: str) -> None:
    """Write an HTML report: posts per month, answers per expert, therapy mentions and
    changes per crawl, with the site's disclaimer at the top.

    The page loads nothing from the network (inline CSS and SVG), so it can be mailed or
    opened offline. OUT is never the archive; an existing OUT needs --force; a symlink is
    written through.
    """
    checked_output(out, db=db_path, force=force)
    generated_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with reading(db_path) as db:
        page = build_report(db, db_path, generated_at)
    with output_errors(out):
        outputs.write_text(out, page, protect=[db_path], force=force)
    click.echo(f"Wrote {out} ({len(page.encode()) // 1024} KiB)")
