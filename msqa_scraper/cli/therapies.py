"""``msqa therapies``: the therapies posts are tagged with, and how often each is mentioned."""

from __future__ import annotations

import click

from msqa_scraper.cli.common import db_option
from msqa_scraper.cli.output import CSV, JSON, output_options, print_csv, print_json, print_table
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import queries

COLUMNS = (
    "drug",
    "class",
    "brands",
    "posts",
    "answer_posts",
    "mentions",
    "first_posted",
    "last_posted",
)
TABLE = (
    ("drug", "generic name", 28),
    ("class", "class", 11),
    ("brands", "brands", 40),
    ("posts", "posts", 6),
    ("mentions", "mentions", 8),
)


@click.command("therapies", short_help="The MS therapies posts are tagged with.")
@output_options(JSON, CSV)
@db_option
def therapies_command(output: str, db_path: str) -> None:
    """List the MS therapies the archive tags, with live posts mentioning each.

    Any generic name, brand or alias listed here works as --drug for search and export.
    """
    with reading(db_path) as db:
        rows = queries.therapy_list(db)
    if output == JSON:
        print_json([{k: row[k] for k in COLUMNS} for row in rows])
    elif output == CSV:
        print_csv(rows, COLUMNS)
    else:
        print_table(rows, TABLE)
