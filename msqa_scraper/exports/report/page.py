"""The one-file HTML report: the disclaimer, a summary and four charts, all inline.

Self-contained on purpose: a researcher can mail it or open it offline, and it loads nothing
from the network (no CDN, no web fonts, no script at all).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from msqa_scraper.exports.report.charts import bar_chart, column_chart
from msqa_scraper.store import queries, therapies

TOP_EXPERTS = 25
CHANGE_SERIES = ("new", "changed", "removed", "revived")
FALLBACK_DISCLAIMER = (
    "PLEASE NOTE: This information/opinions on this site should be used as an information "
    "source only. This information does not create any patient-HCP relationship, and should "
    "not be used as a substitute for professional diagnosis and treatment. Please consult your "
    "health care provider before making any healthcare decisions or for guidance about a "
    "specific medical condition."
)

CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1000px; padding: 1rem;
       color: #1d2330; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
.disclaimer { border: 2px solid #b54708; background: #fff6ed; padding: .6rem .9rem;
              border-radius: 4px; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.summary b { font-size: 1.2rem; }
figure.chart { margin: 2rem 0; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
figcaption small { font-weight: normal; color: #555; }
svg { width: 100%; height: auto; }
.grid { stroke: #e3e6ec; }
.x-label, .y-label, .value { fill: #444; }
.bar { fill: #3867a8; }
.bar:hover { opacity: .75; }
.s-new { fill: #2e8b57; } .s-changed { fill: #e08a1e; } .s-removed { fill: #c0392b; }
.s-revived { fill: #6c5ce7; }
.crawl-charts { display: flex; gap: 1rem; align-items: flex-end; }
.crawl-charts .first-crawl { flex: 0 0 200px; } .crawl-charts .later-crawls { flex: 1 1 auto; }
.crawl-charts p { margin: 0; text-align: center; color: #555; font-size: .9rem; }
.segment-value { fill: #fff; } .total-value { fill: #333; }
.class-dmt { fill: #3867a8; } .class-symptomatic { fill: #2a9d8f; }
.class-relapse { fill: #b5651d; }
.legend span { display: inline-block; margin-right: 1rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem;
            vertical-align: -1px; }
i.s-new { background: #2e8b57; } i.s-changed { background: #e08a1e; }
i.s-removed { background: #c0392b; } i.s-revived { background: #6c5ce7; }
i.class-dmt { background: #3867a8; } i.class-symptomatic { background: #2a9d8f; }
i.class-relapse { background: #b5651d; }
.empty { color: #777; font-style: italic; }
details table { border-collapse: collapse; font-size: .85rem; }
details td, details th { border-bottom: 1px solid #e3e6ec; padding: .1rem .6rem; text-align: left; }
"""


def month_range(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last``, so gaps in posting show as gaps."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _figure(
    chart_id: str,
    title: str,
    note: str,
    svg: str | None,
    table: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    legend: str = "",
) -> str:
    body = svg if svg else '<p class="empty">No data yet.</p>'
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    cells = "".join(
        "<tr>" + "".join(f"<td>{escape(str(row.get(c, '')))}</td>" for c in columns) + "</tr>"
        for row in table
    )
    return (
        f'<figure class="chart" id="{chart_id}">'
        f"<figcaption>{escape(title)} <small>{escape(note)}</small></figcaption>"
        f"{body}{legend}"
        f"<details><summary>Data</summary><table><tr>{head}</tr>{cells}</table></details>"
        "</figure>"
    )


def _legend(names: Sequence[str], css: Callable[[str], str]) -> str:
    spans = "".join(f'<span><i class="{css(n)}"></i>{escape(n)}</span>' for n in names)
    return f'<p class="legend">{spans}</p>'


def posts_per_month_figure(db: Database) -> str:
    rows = [r for r in queries.posts_per_month(db) if r["month"] and r["posts"]]
    undated = sum(r["posts"] or 0 for r in queries.posts_per_month(db) if not r["month"])
    svg = None
    if rows:
        counts = {r["month"]: r["posts"] for r in rows}
        months = month_range(rows[0]["month"], rows[-1]["month"])
        # Label Januaries when the range is long, every month when it is short.
        labels = [m if len(months) <= 24 else (m[:4] if m.endswith("-01") else "") for m in months]
        svg = column_chart(
            [(m, {"posts": counts.get(m, 0)}) for m in months],
            ("posts",),
            label="Live posts per month of posting",
            x_labels=labels,
        )
    note = "live posts by the date printed on the post"
    if undated:
        note += f"; {undated} without a readable date not shown"
    return _figure("posts-per-month", "Posts per month", note, svg, rows, ("month", "posts"))


def answers_per_expert_figure(db: Database) -> str:
    rows = queries.answers_per_expert(db)
    shown = rows[:TOP_EXPERTS]
    svg = (
        bar_chart([(r["expert"], r["answers"], "") for r in shown], label="Answers per expert")
        if shown
        else None
    )
    note = "live posts signed, all signatures of a person together"
    if len(rows) > len(shown):
        note += f"; top {len(shown)} of {len(rows)}"
    return _figure(
        "answers-per-expert", "Answers per expert", note, svg, rows, ("expert", "answers")
    )


def therapy_figure(db: Database) -> str:
    rows = queries.therapy_mentions(db)
    svg = (
        bar_chart(
            [(r["drug"], r["posts"], f"class-{r['class'].lower()}") for r in rows],
            label="Posts mentioning each therapy",
            label_width=220,
        )
        if rows
        else None
    )
    classes = sorted({r["class"] for r in rows})
    legend = _legend(classes, lambda c: f"class-{c.lower()}") if rows else ""
    return _figure(
        "therapy-mentions",
        "Therapy mentions",
        f"live posts naming each therapy (brand, generic or alias; therapies data "
        f"{therapies.packaged().version})",
        svg,
        rows,
        ("drug", "class", "posts", "mentions"),
        legend,
    )


def changes_figure(db: Database) -> str:
    """The first crawl (everything is new) in a chart of its own, beside the later crawls on
    their own scale, so that its hundreds of new posts do not flatten every later change."""
    rows = queries.changes_per_crawl(db)
    svg = None
    if rows:
        first, later = rows[0], rows[1:]

        def day(row: Mapping[str, Any]) -> str:
            return str(row["started_at"] or "")[:10]

        parts = [
            '<div class="first-crawl">'
            + column_chart(
                [(f"#{first['crawl_id']}", first)],
                CHANGE_SERIES,
                label=f"First crawl #{first['crawl_id']}, {day(first)}",
                x_labels=[f"#{first['crawl_id']} {day(first)}"],
                width=200,
                show_values=True,
            )
            + f"<p>First crawl #{first['crawl_id']} ({day(first)}): the initial capture</p></div>"
        ]
        if later:
            every = max(1, len(later) // 12)
            parts.append(
                '<div class="later-crawls">'
                + column_chart(
                    [(f"#{r['crawl_id']}", r) for r in later],
                    CHANGE_SERIES,
                    label="New, changed, removed and revived posts per later crawl",
                    x_labels=[
                        f"#{r['crawl_id']} {day(r)}" if i % every == 0 else ""
                        for i, r in enumerate(later)
                    ],
                    width=740,
                    show_values=True,
                )
                + "<p>Later crawls</p></div>"
            )
        svg = '<div class="crawl-charts">' + "".join(parts) + "</div>"
    return _figure(
        "changes-per-crawl",
        "Changes per crawl",
        "post events recorded by each crawl",
        svg,
        rows,
        ("crawl_id", "started_at", "status", *CHANGE_SERIES),
        _legend(CHANGE_SERIES, lambda s: f"s-{s}") if rows else "",
    )


def build_report(db: Database, db_path: str | Path, generated_at: str) -> str:
    """The whole page as a string."""
    totals = queries.totals(db)
    disclaimer = "".join(
        f"<p>{escape(t)}</p>" for t in queries.current_disclaimers(db) or [FALLBACK_DISCLAIMER]
    )
    summary = [
        ("live posts", totals["live_posts"]),
        ("removed", totals["removed_posts"]),
        ("versions", totals["versions"]),
        ("experts", totals["experts"]),
        ("posts naming a therapy", totals["posts_mentioning_therapies"]),
        ("crawls", totals["crawls"]),
    ]
    # "1 crawls" reads wrong: the singular for a count of one.
    singular = {"live posts": "live post", "versions": "version", "experts": "expert",
                "posts naming a therapy": "post naming a therapy", "crawls": "crawl"}  # fmt: skip
    items = "".join(
        f"<li><b>{value}</b> {escape(singular.get(name, name) if value == 1 else name)}</li>"
        for name, value in summary
    )
    span = f"{totals['first_posted'] or '?'} to {totals['last_posted'] or '?'}"
    figures = (
        posts_per_month_figure(db)
        + answers_per_expert_figure(db)
        + therapy_figure(db)
        + changes_figure(db)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Virtual MS Center Q&amp;A archive: report</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Virtual MS Center Q&amp;A archive</h1>
<aside class="disclaimer" id="disclaimer">{disclaimer}</aside>
<p class="meta">Generated <time id="generated-at">{escape(generated_at)}</time> from
<code id="database-path">{escape(str(Path(db_path).resolve()))}</code>; posts dated {escape(span)};
last complete crawl {escape(totals["last_complete_crawl"] or "never")}.</p>
</header>
<main>
<ul class="summary">{items}</ul>
{figures}
</main>
</body>
</html>
"""
