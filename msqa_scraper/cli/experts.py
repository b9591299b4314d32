"""``msqa experts``: who answers, with credentials and answer counts."""

from __future__ import annotations

import click

from msqa_scraper.cli.common import db_option
from msqa_scraper.cli.output import CSV, JSON, output_options, print_csv, print_json, print_table
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import queries

COLUMNS = (
    "id",
    "name",
    "credentials",
    "degrees",
    "titles",
    "institution",
    "answers",
    "answers_including_removed",
    "first_posted",
    "last_posted",
    "name_key",
)
TABLE = (
    ("id", "id", 4),
    ("name", "expert", 30),
    ("credentials", "credentials", 16),
    ("institution", "institution", 40),
    ("answers", "answers", 7),
    ("first_posted", "first", 10),
    ("last_posted", "last", 10),
)


@click.command("experts", short_help="Experts with credentials and answer counts.")
@output_options(JSON, CSV)
@db_option
def experts_command(output: str, db_path: str) -> None:
    """List every expert signature with credentials and live answer counts.

    An expert who changed credentials appears once per signature; name_key groups them.
    """
    with reading(db_path) as db:
        rows = queries.experts(db)
    if output == JSON:
        print_json([{k: row[k] for k in COLUMNS} for row in rows])
    elif output == CSV:
        print_csv(rows, COLUMNS)
    else:
        print_table(rows, TABLE, empty="No experts in the archive yet.")
