"""``msqa retag``: re-tag every post after the therapies or the expert curation file changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import database_error, db_option, fail
from msqa_scraper.cli.curation import load_curation, packaged_curation
from msqa_scraper.cli.reading import checked_archive
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.curation import Curation
from msqa_scraper.store import Archive, ArchiveError, hashing, therapies


def _expert(entry: dict) -> Expert:
    return Expert(
        entry.get("name") or "",
        tuple(entry.get("degrees") or ()),
        tuple(entry.get("titles") or ()),
        entry.get("institution"),
        entry.get("place"),
    )


def _curated(post: dict, curated: Curation) -> list[dict] | None:
    """The experts the curation file gives this post, or None when it says nothing new."""
    block = curated.for_block(post["signature"])
    if block is not None:
        experts = [e.to_dict() for e in block]
    else:
        experts = [e.to_dict() for e in curated.fix_names([_expert(e) for e in post["experts"]])]
        if experts == post["experts"]:
            return None
    want = [hashing.normalise_expert(e) for e in experts]
    have = [hashing.normalise_expert(e) for e in post["linked"]]
    return experts if want != have else None


@click.command("retag", short_help="Re-tag every post after a data file changed.")
@click.option(
    "--curation",
    "curation_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Expert curation file to apply (default: the packaged expert_curation.json).",
)
@db_option
def retag_command(curation_path: Path | None, db_path: str) -> None:
    """Reload the therapies table and re-tag every post (removed ones too); re-link experts.

    New and changed posts are tagged as they are stored; run this after editing
    msqa_scraper/store/data/ms_therapies.json or msqa_scraper/extract/data/expert_curation.json.
    A curated signature or name moves the post's expert links (post_experts, experts); every
    version keeps the experts it was captured with. Safe while a crawl runs: it waits its turn.
    """
    # A clear error for a missing file or one that is no archive; an older archive is upgraded
    # by the Archive.open below (retag writes it anyway).
    path = checked_archive(db_path)
    known = therapies.packaged()
    curated = load_curation(curation_path) if curation_path else packaged_curation()
    relinked = 0
    try:
        with Archive.open(path) as archive:
            with archive.db.atomic():
                counts = therapies.retag_all(archive.db, known)
            for post in archive.latest_signatures():
                experts = _curated(post, curated)
                if experts is not None:
                    archive.relink_experts(post["post_id"], experts)
                    relinked += 1
    except ArchiveError as exc:
        fail(str(exc), exitcodes.DATABASE)
    except sqlite3.Error as exc:
        database_error(exc, path)
    except json.JSONDecodeError as exc:
        fail(f"unreadable experts in the archive: {exc}", exitcodes.DATABASE)
    click.echo(
        f"Tagged {counts['posts']} posts with therapies data {known.version} "
        f"({counts['therapies']} therapies): {counts['tagged']} mention at least one."
    )
    click.echo(f"Experts: {relinked} posts re-linked with curation {curated.version or '-'}.")
