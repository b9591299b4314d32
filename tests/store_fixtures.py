"""Synthetic posts and a tmp-path archive for the store and pipeline tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from msqa_scraper.items import PostItem
from msqa_scraper.store import Archive

DISCLAIMER = (
    "PLEASE NOTE: This information/opinions on this site should be used as an information "
    "source only. This information does not create any patient-HCP relationship, and should "
    "not be used as a substitute for professional diagnosis and treatment. Please consult your "
    "health care provider before making any healthcare decisions or for guidance about a "
    "specific medical condition."
)
KINKEL: dict[str, Any] = {
    "name": "Revere (Rip) Kinkel",
    "degrees": ["MD"],
    "titles": [
        "Director of the Multiple Sclerosis Program",
        "Professor of Clinical Neurosciences",
    ],
    "institution": "University of California San Diego",
}


def make_item(post_id: str = "1001", **overrides: Any) -> PostItem:
    slug = overrides.pop("slug", f"post-{post_id}")
    fields: dict[str, Any] = {
        "id": post_id,
        "url": f"http://www.healthcarejourney.com/q--a-for-virtual-ms-center/{slug}",
        "slug": slug,
        "title": f"How does Lemtrada work? ({post_id})",
        "question": "How does Lemtrada work? In your opinion is it safe?",
        "answer": (
            "Mechanism of Action: Alemtuzumab (Lemtrada) is a monoclonal antibody.\n\n"
            "Other therapies include Natalizumab (Tysabri), which binds alpha 4 integrin."
        ),
        "answer_html": "<p>Mechanism of Action: Alemtuzumab (Lemtrada)…</p>",
        "posted_date": "2024-09-10",
        "comments_closed": True,
        "experts": [dict(KINKEL)],
        "categories": [{"name": "Treatments", "slug": "treatments"}],
        "links": [
            {
                "url": "http://www.healthcarejourney.com/q--a-for-virtual-ms-center/lemtrada-data",
                "text": "long-term data",
                "internal": True,
                "post_slug": "lemtrada-data",
            }
        ],
        "disclaimer": DISCLAIMER,
        "problems": [],
        "source_url": None,
        "fetched_at": None,
        "http_status": 200,
        "crawl_id": None,
        "spider": "msqa",
    }
    fields.update(overrides)
    if fields["source_url"] is None:
        fields["source_url"] = fields["url"]
    return PostItem(**fields)


# Test modules import these under their function names; tests ask for ``db_path``/``archive``.
@pytest.fixture(name="db_path")
def db_path_fixture(tmp_path: Path) -> Path:
    # Named msqa.sqlite so Datasette calls it "msqa", the name metadata.yml describes.
    return tmp_path / "msqa.sqlite"


@pytest.fixture(name="archive")
def archive_fixture(db_path: Path) -> Iterator[Archive]:
    with Archive.open(db_path) as opened:
        yield opened


def rows(archive: Archive, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return list(archive.db.query(sql, params or []))


def snapshot(archive: Archive, ignore: dict[str, set[str]]) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, minus the given columns (FTS shadow tables left out)."""
    result = {}
    for table in archive.db.table_names():
        if table.startswith("posts_fts"):
            continue
        skip = ignore.get(table, set())
        result[table] = [
            {k: v for k, v in row.items() if k not in skip}
            for row in archive.db.query(f"SELECT * FROM [{table}] ORDER BY rowid")
        ]
    return result
