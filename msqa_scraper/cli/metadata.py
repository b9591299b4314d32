"""``msqa metadata``: Datasette metadata for one archive, for people who run ``datasette``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import db_option, fail
from msqa_scraper.cli.reading import reading
from msqa_scraper.store.metadata import archive_metadata, datasette_command


@click.command("metadata", short_help="Datasette metadata for this archive (JSON).")
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write it to this new file (default: stdout).",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
@click.option("--all-tables", is_flag=True, help="List the raw captures and bodies tables too.")
def metadata_command(db_path: str, output: str | None, force: bool, all_tables: bool) -> None:
    """Print Datasette metadata for the archive: descriptions of every table and column,
    facets, canned queries, and the disclaimer the archive's posts carry now, keyed to the
    database's name in Datasette (the file name without .sqlite).

    Serve it with the command printed on stderr, or let `msqa browse` do all of this.
    """
    # reading(): a clear error for a missing or foreign file; upgrades the schema.
    with reading(db_path):
        metadata = archive_metadata(db_path, hide_raw=not all_tables)
    text = json.dumps(metadata, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    if target.exists() and not force:
        fail(f"{target} exists (use --force to replace it)", exitcodes.BAD_INPUT)
    if not target.parent.is_dir():
        fail(f"the folder {target.parent} does not exist", exitcodes.BAD_INPUT)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror}", exitcodes.BAD_INPUT)
    click.echo(f"Wrote {target}; serve it with:", err=True)
    click.echo(f"  {datasette_command(db_path, target)}", err=True)
