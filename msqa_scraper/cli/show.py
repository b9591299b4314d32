"""``msqa show``: one post, its versions with a diff between each pair, and its events."""

from __future__ import annotations

import difflib
import itertools
import re
import textwrap
from typing import Any

import click

from msqa_scraper.cli.common import db_option
from msqa_scraper.cli.output import JSON, echo, output_options, print_json
from msqa_scraper.cli.reading import reading
from msqa_scraper.store import queries

# One sentence per line, so a diff points at the sentence that changed instead of repeating a
# whole paragraph (the archive stores each paragraph as one line).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def expert_line(expert: dict[str, Any]) -> str:
    parts = [expert["name"], *(expert.get("degrees") or [])]
    line = ", ".join(parts)
    if expert.get("institution"):
        line += f" ({expert['institution']})"
    return line


def version_lines(version: dict[str, Any]) -> list[str]:
    """A version as text lines, the form the diff compares."""
    lines = [
        f"title: {version['title'] or ''}",
        f"url: {version['url']}",
        f"posted_date: {version['posted_date'] or ''}",
        f"comments_closed: {version['comments_closed']}",
        "experts: " + "; ".join(expert_line(e) for e in version["experts"]),
        "categories: " + "; ".join(c["name"] for c in version["categories"]),
        "links: " + " ".join(link.get("url") or "" for link in version["links"]),
    ]
    for name in ("question", "answer"):
        lines += ["", f"{name}:"]
        for paragraph in (version[name] or "").split("\n"):
            lines += _SENTENCE_END.split(paragraph) if paragraph.strip() else [""]
    return lines


def diffs(versions: list[dict[str, Any]]) -> list[str]:
    """Unified diffs between consecutive versions, one string each."""
    result = []
    for old, new in itertools.pairwise(versions):
        diff = difflib.unified_diff(
            version_lines(old),
            version_lines(new),
            fromfile=f"version {old['version']} ({old['captured_at']})",
            tofile=f"version {new['version']} ({new['captured_at']}, via {new['via']})",
            lineterm="",
            n=1,
        )
        text = "\n".join(diff)
        result.append(text or f"version {new['version']}: no visible text change (markup only)")
    return result


def wrapped(text: str | None, indent: str = "  ") -> str:
    paragraphs = (text or "").split("\n")
    return "\n".join(
        textwrap.fill(p, 96, initial_indent=indent, subsequent_indent=indent) if p else ""
        for p in paragraphs
    )


def print_post(detail: dict[str, Any], version_diffs: list[str]) -> None:
    post = detail["post"]
    status = f"removed {post['removed_at']}" if post["removed_at"] else "live"
    echo(post["title"] or "(untitled)")
    echo(f"  id {post['id']} · posted {post['posted_date'] or '?'} · {status}")
    echo(f"  {post['url']}")
    echo("  experts: " + ("; ".join(expert_line(e) for e in post["experts"]) or "-"))
    echo("  categories: " + ("; ".join(post["categories"]) or "-"))
    tags = [f"{t['drug']} ({t['mentions']}×)" for t in post["therapies"]]
    echo("  therapies: " + ("; ".join(tags) or "-"))
    echo("")
    echo("Disclaimer shown with the post:")
    echo(wrapped(post["disclaimer"] or "(none captured)"))
    echo("")
    echo("Question:")
    echo(wrapped(post["question"]))
    echo("")
    echo("Answer:")
    echo(wrapped(post["answer"]))
    echo("")
    echo(f"Versions ({len(detail['versions'])}):")
    for v in detail["versions"]:
        echo(f"  {v['version']}  {v['captured_at']}  crawl {v['crawl_id']}  via {v['via']}")
    echo("")
    echo("Events:")
    for ev in detail["events"]:
        fields = f"  [{', '.join(ev['fields'])}]" if ev["fields"] else ""
        echo(f"  {ev['at']}  {ev['event']:<8} v{ev['version']}  crawl {ev['crawl_id']}{fields}")
    for text in version_diffs:
        echo("")
        echo(text)


@click.command("show", short_help="One post: text, versions, diffs, events.")
@click.argument("post", metavar="ID")
@output_options(JSON)
@db_option
def show_command(post: str, output: str, db_path: str) -> None:
    """Show a post (by id or slug): current text, versions, diffs and events.

    Each diff compares a version with the one before it, one sentence per line.
    """
    with reading(db_path) as db:
        detail = queries.post_detail(db, post)
    version_diffs = diffs(detail["versions"])
    if output == JSON:
        print_json({**detail, "diffs": version_diffs})
    else:
        print_post(detail, version_diffs)
