"""``msqa metadata``: Datasette metadata for one archive, for people who run ``datasette``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from msqa_scraper import outputs
from msqa_scraper.cli.common import checked_output, db_option, force_option, output_errors
from msqa_scraper.cli.reading import database_file, reading
from msqa_scraper.store.metadata import archive_metadata, datasette_command


@click.command("metadata", short_help="Datasette metadata for this archive (JSON).")
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write it to this new file (default: stdout).",
)
@force_option
@click.option("--all-tables", is_flag=True, help="List the raw captures and bodies tables too.")
def metadata_command(db_path: str, output: str | None, force: bool, all_tables: bool) -> None:
    """Print Datasette metadata for the archive: descriptions of every table and column,
    facets, canned queries, and the disclaimer the archive's posts carry now, keyed to the
    database's name in Datasette (the file name without .sqlite).

    Serve it with the command printed on stderr, or let `msqa browse` do all of this.
    """
    # reading(): a clear error for a missing or foreign file; upgrades the schema.
    if output is not None:
        checked_output(output, db=db_path, force=force)
    with reading(db_path) as db:  # an older archive: its upgraded copy (same name) is read
        metadata = archive_metadata(database_file(db, db_path), hide_raw=not all_tables)
    text = json.dumps(metadata, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    with output_errors(target):
        outputs.write_text(target, text, protect=[db_path], force=force)
    click.echo(f"Wrote {target}; serve it with:", err=True)
    click.echo(f"  {datasette_command(db_path, target)}", err=True)
