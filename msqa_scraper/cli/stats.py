"""``msqa stats``: the archive at a glance, as tables or one JSON document."""

from __future__ import annotations

from typing import Any

import click

from msqa_scraper.cli.common import Bounded, db_option
from msqa_scraper.cli.output import JSON, WHOLE, echo, output_options, print_json, print_table
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import queries


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def summary_line(totals: dict[str, Any]) -> str:
    t = totals
    mention = "post mentions" if t["posts_mentioning_therapies"] == 1 else "posts mention"
    return (
        f"{_n(t['live_posts'], 'live post')} ({t['removed_posts']} removed), "
        f"{_n(t['versions'], 'version')}, {_n(t['experts'], 'expert')}, "
        f"{_n(t['categories'], 'category', 'categories')}; posted "
        f"{t['first_posted'] or '?'} to {t['last_posted'] or '?'}; "
        f"{t['posts_mentioning_therapies']} {mention} a therapy; "
        f"{_n(t['crawls'], 'crawl')}, last complete {t['last_complete_crawl'] or 'never'}"
    )


@click.command("stats", short_help="Counts by month, expert, category, therapy; crawls.")
@click.option(
    "--crawls",
    "crawl_limit",
    default=10,
    show_default=True,
    type=Bounded(0, 1_000_000),
    help="How many recent crawls to list (0: all).",
)
@output_options(JSON)
@db_option
def stats_command(crawl_limit: int, output: str, db_path: str) -> None:
    """Counts by month, expert, category and therapy, and the crawl history."""
    with reading(db_path) as db:
        report = {
            "totals": queries.totals(db),
            "posts_per_month": queries.posts_per_month(db),
            "answers_per_expert": queries.answers_per_expert(db),
            "posts_per_category": queries.posts_per_category(db),
            "therapy_mentions": queries.therapy_mentions(db),
            "crawls": queries.crawl_history(db, crawl_limit or None),
        }
    if output == JSON:
        print_json(report)
        return
    for row in report["posts_per_month"]:
        row["month"] = row["month"] or "no date"
    echo(f"Archive {db_path}: {summary_line(report['totals'])}")
    sections: list[tuple[str, list[dict[str, Any]], tuple[tuple[str, str, int | None], ...]]] = [
        (
            "Posts per month",
            report["posts_per_month"],
            (("month", "month", 8), ("posts", "posts", 6), ("posts_including_removed", "all", 6)),
        ),
        (
            "Answers per expert",
            report["answers_per_expert"],
            (
                ("expert", "expert", 40),
                ("answers", "answers", 7),
                ("first_posted", "first", 10),
                ("last_posted", "last", 10),
            ),
        ),
        (
            "Posts per category",
            report["posts_per_category"],
            (("category", "category", 40), ("posts", "posts", 6)),
        ),
        (
            "Therapy mentions (live posts)",
            report["therapy_mentions"],
            (
                ("drug", "therapy", 28),
                ("class", "class", 11),
                ("posts", "posts", 6),
                ("answer_posts", "in answer", 9),
                ("mentions", "mentions", 8),
            ),
        ),
        (
            "Crawls (newest first)",
            report["crawls"],
            (
                ("id", "id", WHOLE),
                ("started_at", "started", 20),
                ("status", "status", 8),
                ("posts_new", "new", 5),
                ("posts_changed", "changed", 7),
                ("posts_removed", "removed", 7),
                ("errors", "errors", 6),
                ("reason", "reason", 40),
            ),
        ),
    ]
    for title, rows, columns in sections:
        echo(f"\n{title}")
        print_table(rows, columns, empty="(none)")
