"""``msqa export``: every Q&A as CSV or JSON Lines, for pandas, R or a spreadsheet.

The data file stays clean (a header row and records only, nothing to skip); the site's
disclaimer travels in each row's ``disclaimer`` column, in a ``FILE.disclaimer.txt`` sidecar
beside an output file, and on stderr when writing to stdout.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a
leading ``'``, as OWASP advises against CSV injection; ``--raw`` writes them as stored. JSON
Lines is always exact.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

import click

from msqa_scraper import outputs
from msqa_scraper.cli.common import checked_output, db_option, force_option, output_errors
from msqa_scraper.cli.output import EchoStream, csv_cell, echo
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import queries, therapies

CSV_COLUMNS = (
    "id",
    "url",
    "title",
    "posted_date",
    "experts",
    "expert_credentials",
    "expert_institutions",
    "expert_ids",
    "categories",
    "therapies",
    "question",
    "answer",
    "version",
    "first_seen",
    "changed_at",
    "removed_at",
    "disclaimer",
)


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """Flatten lists to '; '-joined text; expert columns line up by position."""
    experts = row["experts"]
    return {
        **row,
        "experts": "; ".join(e["name"] for e in experts),
        "expert_credentials": "; ".join(", ".join(e["degrees"] or []) for e in experts),
        "expert_institutions": "; ".join(e["institution"] or "" for e in experts),
        # experts.id, whole: what joins an exported row back to experts and post_experts
        "expert_ids": "; ".join(str(e["id"]) for e in experts),
        "categories": "; ".join(row["categories"]),
        "therapies": "; ".join(row["therapies"]),
    }


def write_rows(
    rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | EchoStream, raw: bool = False
) -> tuple[int, set[str]]:
    """Write the rows; returns how many and the distinct disclaimers they carry.

    CSV cells are neutralised (``output.neutralise``) unless ``raw``."""
    count = 0
    disclaimers: set[str] = set()
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
    for row in rows:
        if writer is not None:
            writer.writerow({k: csv_cell(v, raw) for k, v in csv_row(row).items()})
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
        if row["disclaimer"]:
            disclaimers.add(row["disclaimer"])
    return count, disclaimers


def sidecar_text(disclaimers: set[str], db: str, count: int, drug: str | None) -> str:
    lines = [*sorted(disclaimers), ""] if disclaimers else []
    lines += [
        "Source: Q&A for Virtual MS Center, http://www.healthcarejourney.com/q--a-for-virtual-ms-center",
        f"Archive: {db}",
        f"Exported: {datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')} ({count} posts"
        + (f" tagged {drug}" if drug else "")
        + f", therapies data {therapies.packaged().version})",
        "Questions and answers remain © their authors; see DATA_FORMAT.md.",
    ]
    return "\n".join(lines) + "\n"


@click.command("export", short_help="Export every Q&A as CSV or JSON Lines.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV (lists joined with '; ') or JSON Lines (lists as arrays).",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    help="Write here (and the disclaimer to OUTPUT.disclaimer.txt) instead of stdout.",
)
@force_option
@click.option("--drug", metavar="NAME", help="Only posts tagged with this therapy.")
@click.option("--include-removed", is_flag=True, help="Also export posts the blog removed.")
@click.option(
    "--raw",
    is_flag=True,
    help="CSV: write cells exactly as stored, without the ' that stops a spreadsheet running a"
    " cell starting with =, +, -, @, tab or CR as a formula.",
)
@db_option
def export_command(
    fmt: str,
    output: str | None,
    force: bool,
    drug: str | None,
    include_removed: bool,
    raw: bool,
    db_path: str,
) -> None:
    """Export one row per Q&A with experts, categories and therapies, newest first.

    Post ids are 18-digit numbers kept as text: read them as text, or they lose digits as
    floating point. pandas: read_csv(FILE, dtype={"id": str}) or read_json(FILE, lines=True,
    dtype={"id": str}); R: read.csv(FILE, colClasses = c(id = "character")). Every row
    carries the disclaimer shown with the post.

    OUTPUT is never the archive; an existing OUTPUT (or its sidecar) needs --force. A symlink
    is written through; to a FIFO or device the disclaimer goes to stderr instead of a sidecar.
    """
    target = checked_output(output, db=db_path, force=force) if output else None
    sidecar = None
    if target is not None and not target.stream:
        sidecar = target.given.with_name(target.given.name + ".disclaimer.txt")
        checked_output(sidecar, db=db_path, force=force)
    with reading(db_path) as db:
        generic = queries.resolve_drug(drug) if drug is not None else None
        rows = queries.export_rows(db, drug=generic, include_removed=include_removed)
        if target is None:
            with output_errors("standard output"):
                outputs.check_stream(sys.stdout, protect=[db_path])
            count, disclaimers = write_rows(rows, fmt, EchoStream(), raw)
            for text in sorted(disclaimers):
                echo(text, err=True)
            return
        protect = [db_path]
        with (
            output_errors(target.given),
            outputs.writing(target.given, protect=protect, force=force, newline="") as out,
        ):
            count, disclaimers = write_rows(rows, fmt, out, raw)
        if sidecar is None:
            for text in sorted(disclaimers):
                echo(text, err=True)
        else:
            with output_errors(sidecar):
                text = sidecar_text(disclaimers, db_path, count, generic)
                outputs.write_text(sidecar, text, protect=protect, force=force)
    where = f"disclaimer: {sidecar.name}" if sidecar else "disclaimer on stderr"
    click.echo(f"Exported {count} posts to {target.given} ({where})", err=True)
