"""``Archive.keep_private`` (a rebuild's scratch file) stores exactly what a shared archive stores:
it only skips the write lock and remembers the disclaimer and category rows it wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_fixtures import DISCLAIMER, make_item, snapshot

from msqa_scraper.store import Archive, therapies

OTHER = "This site gives information only; ask your own doctor before any decision."
TREATMENTS = {"name": "Treatments", "slug": "treatments"}
RENAMED = {"name": "Treatment options", "slug": "treatments"}
DIET = {"name": "Diet", "slug": "diet"}

# (post, fetched_at, disclaimer, categories): disclaimers seen later, earlier and again, a
# category renamed and named back, posts changed and unchanged, out of time order.
STEPS: list[tuple[str, str, str | None, list[dict[str, str]]]] = [
    ("1001", "2026-01-05T10:00:00Z", DISCLAIMER, [TREATMENTS]),
    ("1002", "2026-01-05T10:00:03Z", DISCLAIMER, [TREATMENTS, DIET]),
    ("1003", "2026-01-05T09:59:00Z", DISCLAIMER, [DIET]),  # earlier than last_seen
    ("1004", "2026-01-05T10:01:00Z", OTHER, [RENAMED]),
    ("1001", "2026-01-05T10:02:00Z", OTHER, [RENAMED, DIET]),
    ("1002", "2026-01-05T10:00:30Z", DISCLAIMER, [TREATMENTS, DIET]),
    ("1005", "2026-01-05T10:03:00Z", None, [TREATMENTS]),
    ("1003", "2026-01-05T10:04:00Z", DISCLAIMER, [DIET]),
]


def stored(path: Path, private: bool) -> dict[str, list[dict[str, Any]]]:
    with Archive.open(path) as archive:
        if private:
            archive.keep_private()
        crawl = archive.begin_crawl("http://example.org/blog", "msqa")
        for post_id, at, disclaimer, categories in STEPS:
            item = make_item(
                post_id,
                fetched_at=at,
                disclaimer=disclaimer,
                categories=categories,
                answer=f"Answer of {post_id} as seen at {at}.",
            )
            archive.store_post(item, crawl)
        archive.touch_post("1004", crawl, [DIET], DISCLAIMER, None, at="2026-01-05T10:09:00Z")
        return snapshot(archive, {"crawls": {"started_at"}, "_sqlite_migrations": {"applied_at"}})


def test_a_private_archive_stores_what_a_shared_one_stores(tmp_path: Path) -> None:
    shared = stored(tmp_path / "shared.sqlite", private=False)
    private = stored(tmp_path / "private.sqlite", private=True)
    assert private == shared
    assert [d["last_seen"] for d in shared["disclaimers"]] == [
        "2026-01-05T10:09:00Z",
        "2026-01-05T10:02:00Z",
    ]
    assert [c["name"] for c in shared["categories"]] == ["Treatments", "Diet"]


def test_a_post_rolled_back_is_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Archive.open(tmp_path / "msqa.sqlite") as archive:
        archive.keep_private()
        crawl = archive.begin_crawl("http://example.org/blog", "msqa")
        archive.store_post(make_item("1001", categories=[TREATMENTS]), crawl)
        tag_post = therapies.tag_post

        def failing(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("tagging failed after the categories were written")

        monkeypatch.setattr(therapies, "tag_post", failing)
        with pytest.raises(RuntimeError):
            archive.store_post(make_item("1002", categories=[DIET], disclaimer=OTHER), crawl)
        monkeypatch.setattr(therapies, "tag_post", tag_post)
        archive.store_post(make_item("1003", categories=[DIET], disclaimer=OTHER), crawl)
        db = archive.db
        assert [r[0] for r in db.execute("SELECT slug FROM categories ORDER BY id")] == [
            "treatments",
            "diet",
        ]
        assert db.execute("SELECT count(*) FROM disclaimers").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
