"""``msqa report``: the archive as one self-contained HTML page of charts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import db_option, fail
from msqa_scraper.cli.reading import reading
from msqa_scraper.report import build_report


@click.command("report", short_help="Write a self-contained HTML report with charts.")
@click.argument("out", metavar="OUT.html", type=click.Path(dir_okay=False))
@db_option
def report_command(out: str, db_path: str) -> None:
    """Write an HTML report: posts per month, answers per expert, therapy mentions and
    changes per crawl, with the site's disclaimer at the top.

    The page loads nothing from the network (inline CSS and SVG), so it can be mailed or
    opened offline.
    """
    target = Path(out)
    if not target.parent.is_dir():
        fail(f"the folder {target.parent} does not exist", exitcodes.BAD_INPUT)
    generated_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with reading(db_path) as db:
        page = build_report(db, db_path, generated_at)
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror}", exitcodes.BAD_INPUT)
    click.echo(f"Wrote {target} ({len(page.encode()) // 1024} KiB)")
