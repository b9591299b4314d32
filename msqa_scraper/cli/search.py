"""``msqa search``: full-text search over questions and answers."""

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

COLUMNS = ("id", "posted_date", "title", "experts", "therapies", "snippet", "url", "score")
TABLE = (
    ("posted_date", "date", 10),
    ("id", "id", WHOLE),
    ("title", "title", 40),
    ("experts", "experts", 24),
    ("snippet", "snippet", 70),
)


def around_match(snippet: str | None, width: int, lead: int = 20) -> str | None:
    """Start a one-line snippet shortly before its first [match] so a table cell shows it."""
    if not snippet:
        return snippet
    text = " ".join(snippet.split())
    start = text.find("[")
    if start <= width - lead * 2:
        return text
    cut = text.find(" ", start - lead, start)  # begin at a word
    return "…" + text[(cut + 1 if cut != -1 else start - lead) :]


@click.command("search", short_help="Full-text search: ranked posts with snippets.")
@click.argument("query")
@click.option(
    "--limit", default=20, show_default=True, type=Bounded(1, 10_000), help="At most this many."
)
@click.option(
    "--drug",
    metavar="NAME",
    help="Only posts tagged with this therapy (generic, brand or alias, e.g. tysabri).",
)
@click.option("--include-removed", is_flag=True, help="Also search posts the blog removed.")
@click.option(
    "--max-terms",
    default=queries.MAX_TERMS,
    show_default=True,
    envvar="MSQA_SEARCH_MAX_TERMS",
    type=Bounded(1, 10_000),
    help="Refuse a query with more words and phrases than this (env MSQA_SEARCH_MAX_TERMS).",
)
@click.option(
    "--timeout",
    default=queries.TIMEOUT_SECONDS,
    show_default=True,
    envvar="MSQA_SEARCH_TIMEOUT",
    type=Bounded(0.01, 3600, float),
    help="Stop a search running longer than this many seconds (env MSQA_SEARCH_TIMEOUT).",
)
@output_options(JSON, CSV)
@db_option
def search_command(
    query: str,
    limit: int,
    drug: str | None,
    include_removed: bool,
    max_terms: int,
    timeout: float,
    output: str,
    db_path: str,
) -> None:
    """Search titles, questions and answers; best matches first.

    QUERY uses SQLite FTS5 syntax with Porter stemming: natalizumab, "stem cell",
    tysabri OR natalizumab, pml NOT tysabri, question:pregnancy. Snippets mark the
    matched words with [brackets].
    """
    with reading(db_path) as db:
        generic = queries.resolve_drug(drug) if drug is not None else None
        rows = queries.search(
            db,
            query,
            limit=limit,
            drug=generic,
            include_removed=include_removed,
            max_terms=max_terms,
            timeout=timeout,
        )
    columns = (*COLUMNS, "removed_at") if include_removed else COLUMNS
    if output == JSON:
        print_json([{k: row[k] for k in columns} for row in rows])
    elif output == CSV:
        print_csv(rows, columns)
    else:
        width = next(w for key, _, w in TABLE if key == "snippet")
        shown = [{**row, "snippet": around_match(row["snippet"], width)} for row in rows]
        print_table(shown, TABLE, empty=f"No posts match {query!r}.")
