"""``msqa experts``: who answers, with credentials and answer counts."""

from __future__ import annotations

import click

from msqa_scraper.cli.common import Bounded, db_option
from msqa_scraper.cli.output import (
    CSV,
    JSON,
    WHOLE,
    output_options,
    print_csv,
    print_json,
    print_table,
)
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
    ("id", "id", WHOLE),  # the full experts.id, to join on
    ("name", "expert", 30),
    ("credentials", "credentials", 16),
    ("institution", "institution", 40),
    ("answers", "answers", 7),
    ("first_posted", "first", 10),
    ("last_posted", "last", 10),
)


REVIEW_COLUMNS = ("post_id", "status", "signature_confidence", "url", "title", "signature")
REVIEW_TABLE = (
    ("post_id", "post", WHOLE),
    ("status", "status", 8),
    ("signature_confidence", "conf", 5),
    ("signature", "signature as written", 60),
)


@click.command("experts", short_help="Experts with credentials and answer counts.")
@output_options(JSON, CSV)
@click.option(
    "--review",
    is_flag=True,
    help="List signatures left unparsed or parsed with low confidence, with post and raw text.",
)
@click.option(
    "--below",
    # Not click.FloatRange: it lets "nan" through, which no confidence is below (an empty,
    # silently wrong review list).
    type=Bounded(0, 1, float),
    default=0.8,
    show_default=True,
    help="With --review: confidence under which a parse is listed.",
)
@db_option
def experts_command(output: str, review: bool, below: float, db_path: str) -> None:
    """List every expert, one row per person (name_key), with live answer counts.

    Credentials and institution are those of the person's latest signature.
    With --review, list what a curator should look at instead (fix it in
    msqa_scraper/extract/data/expert_curation.json).
    """
    if review:
        with reading(db_path) as db:
            found = queries.signature_review(db, below)
        for row in found:
            row["signature"] = " | ".join((row["signature"] or "").splitlines())
        if output == JSON:
            print_json([{k: row[k] for k in REVIEW_COLUMNS} for row in found])
        elif output == CSV:
            print_csv(found, REVIEW_COLUMNS)
        else:
            print_table(found, REVIEW_TABLE, empty="No signature needs review.")
        return
    with reading(db_path) as db:
        rows = queries.experts(db)
    if output == JSON:
        print_json([{k: row[k] for k in COLUMNS} for row in rows])
    elif output == CSV:
        print_csv(rows, COLUMNS)
    else:
        print_table(rows, TABLE, empty="No experts in the archive yet.")
