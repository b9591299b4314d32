"""Datasette metadata generated for the archive at hand: its name, its current disclaimer, the
raw tables hidden, canned queries that work without their optional parameters, long answers
cut short in table views but whole on the row page (issue 16)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

from msqa_scraper.cli import exitcodes
from msqa_scraper.store.metadata import DATASETTE_SETTINGS, RAW_TABLES, datasette_command

NEW_DISCLAIMER = "NOTE: answers are general information, not advice for you; ask your clinic."


@pytest.fixture
def demo_db(research_db: Path, tmp_path: Path) -> Path:
    """The research archive as ``demo.sqlite``, its live posts now shown with a new disclaimer
    (the site changed its wording after the static metadata.yml was written)."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(research_db, db)
    conn = sqlite3.connect(db)
    digest = hashlib.sha256(NEW_DISCLAIMER.encode()).hexdigest()
    cur = conn.execute(
        "INSERT INTO disclaimers (text, sha256, first_seen, last_seen) VALUES (?, ?, ?, ?)",
        (NEW_DISCLAIMER, digest, "2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z"),
    )
    conn.execute("UPDATE posts SET disclaimer_id = ? WHERE removed_at IS NULL", (cur.lastrowid,))
    conn.commit()
    conn.close()
    return db


def generated(db: Path, *extra: str) -> dict:
    result = run("metadata", "--db", db, *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_metadata_for_demo_sqlite_is_keyed_demo_with_its_current_disclaimer(demo_db: Path) -> None:
    metadata = generated(demo_db)
    assert set(metadata["databases"]) == {"demo"}
    assert metadata["description"] == NEW_DISCLAIMER
    database = metadata["databases"]["demo"]
    assert NEW_DISCLAIMER in database["description_html"]
    assert 'href="/demo/qa_browse"' in database["description_html"]
    for name, table in database["tables"].items():
        if "description_html" in table:
            assert DISCLAIMER not in table["description_html"], name
            assert NEW_DISCLAIMER in table["description_html"], name
    assert database["tables"]["qa_browse"]["facets"]
    for name in RAW_TABLES:
        assert database["tables"][name]["hidden"] is True
    shown = generated(demo_db, "--all-tables")["databases"]["demo"]["tables"]
    assert not any(shown[name].get("hidden") for name in RAW_TABLES)


def test_metadata_to_a_file_refuses_to_overwrite(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo-metadata.json"
    result = run("metadata", "--db", demo_db, "-o", out)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["description"] == NEW_DISCLAIMER
    assert datasette_command(demo_db, out) in result.stderr
    again = run("metadata", "--db", demo_db, "-o", out)
    assert_one_line_error(again, exitcodes.BAD_INPUT, "exists (use --force")
    assert run("metadata", "--db", demo_db, "-o", out, "--force").exit_code == 0


def test_metadata_of_a_missing_archive_is_one_line(tmp_path: Path) -> None:
    result = run("metadata", "--db", tmp_path / "nope.sqlite")
    assert_one_line_error(result, exitcodes.DATABASE, "no archive at")


def test_browse_serves_the_generated_metadata(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msqa_scraper.cli import browse

    seen: list[dict] = []

    def fake_run(args: list[str]) -> None:
        seen.append(json.loads(Path(args[args.index("-m") + 1]).read_text()))
        assert args[args.index("truncate_cells_html") + 1] == "400"

    monkeypatch.setattr(browse, "run_datasette", fake_run)
    assert run("browse", "--db", demo_db, "--port", "8131").exit_code == 0
    assert seen == [generated(demo_db)]


async def _fetch_pages(db: Path, metadata: dict) -> dict[str, tuple[int, str]]:
    from datasette.app import Datasette

    ds = Datasette(
        [str(db)], metadata=metadata, settings={k: int(v) for k, v in DATASETTE_SETTINGS.items()}
    )
    pages = {}
    for path in (
        "/demo",
        "/demo/search_posts",
        "/demo/search_posts?q=tysabri",
        "/demo/answers_by_expert",
        "/demo/changes_since",
        "/demo/posts_by_therapy",
        "/demo/qa_browse",
        "/demo/posts/2003",
    ):
        response = await ds.client.get(path)
        pages[path] = (response.status_code, response.text)
    return pages


def test_datasette_with_the_generated_metadata(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    long_answer = "Relapses differ from person to person. " * 40  # ~1,600 characters
    conn.execute("UPDATE posts SET answer = ? WHERE id = '2003'", (long_answer,))
    conn.commit()
    conn.close()
    pages = asyncio.run(_fetch_pages(demo_db, generated(demo_db)))
    for path, (status, _) in pages.items():
        assert status == 200, path
    database_page = pages["/demo"][1]
    assert NEW_DISCLAIMER in database_page
    # The raw tables are under "hidden tables", after the Q&A tables and views.
    listed = database_page.split("hidden tables")[0] if "hidden tables" in database_page else ""
    assert listed and "/demo/bodies" not in listed and "/demo/captures" not in listed
    assert "select * from bodies" not in database_page
    assert database_page.index("/demo/qa_browse") < database_page.index("/demo/categories")
    # Canned queries run without their optional parameters: no FTS error, rows shown.
    empty_search = pages["/demo/search_posts"][1]
    assert "fts5" not in empty_search and "syntax error" not in empty_search
    assert "/q--a-for-virtual-ms-center/" in empty_search
    assert "fts5" not in pages["/demo/search_posts?q=tysabri"][1]
    # Long answers: cut short in the list, whole on the row page.
    assert long_answer.strip() not in pages["/demo/qa_browse"][1]
    assert "Relapses differ" in pages["/demo/qa_browse"][1]
    assert long_answer.strip() in pages["/demo/posts/2003"][1]
