"""Archive behaviour: round trips, versions, events, removal, disclaimers, atomicity."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from freezegun import freeze_time
from store_fixtures import (  # noqa: F401  (fixtures: archive, db_path)
    DISCLAIMER,
    KINKEL,
    archive_fixture,
    db_path_fixture,
    make_item,
    rows,
    snapshot,
)

from msqa_scraper.store import Archive, ArchiveError, UnknownPostError
from msqa_scraper.store.hashing import content_hash, normalise_fields

BASE_URL = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
T1 = "2026-11-26T10:54:26Z"
T2 = "2026-11-27T08:00:00Z"
T3 = "2026-11-28T09:30:00Z"


def crawl(archive: Archive) -> int:
    return archive.begin_crawl(BASE_URL, "msqa")


def store(archive: Archive, crawl_id: int, **overrides: Any) -> str:
    item = make_item(**overrides)
    item.crawl_id = crawl_id
    return archive.store_post(item)


def post(archive: Archive, post_id: str = "1001") -> dict[str, Any]:
    return rows(archive, "SELECT * FROM posts WHERE id = ?", [post_id])[0]


def events(archive: Archive, post_id: str = "1001") -> list[str]:
    return [
        r["event"]
        for r in rows(
            archive, "SELECT event FROM post_events WHERE post_id = ? ORDER BY id", [post_id]
        )
    ]


@freeze_time(T1)
def test_every_field_round_trips(archive: Archive) -> None:
    crawl_id = crawl(archive)
    item = make_item(
        fetched_at="2026-11-26T11:54:26+01:00", problems=["no signature found"], http_status=200
    )
    item.crawl_id = crawl_id
    assert archive.store_post(item) == "new"

    row = post(archive)
    for name in ("id", "url", "slug", "title", "question", "answer", "answer_html", "posted_date"):
        assert row[name] == getattr(item, name), name
    assert row["comments_closed"] == 1
    assert row["first_seen"] == row["last_seen"] == row["changed_at"] == T1
    assert row["removed_at"] is None
    assert row["version"] == 1
    assert row["first_crawl_id"] == row["last_crawl_id"] == crawl_id
    assert json.loads(row["problems"]) == ["no signature found"]
    assert row["content_hash"] == content_hash(normalise_fields(item.to_dict()))

    version = rows(archive, "SELECT * FROM post_versions")[0]
    assert version["version"] == 1 and version["captured_at"] == T1
    assert json.loads(version["experts"]) == item.experts
    assert json.loads(version["categories"]) == item.categories
    assert json.loads(version["links"]) == item.links
    assert version["source_url"] == item.source_url
    assert version["http_status"] == 200 and version["spider"] == "msqa"
    assert version["via"] == "page"

    assert rows(archive, "SELECT name, degrees, titles, institution FROM experts") == [
        {
            "name": KINKEL["name"],
            "degrees": json.dumps(KINKEL["degrees"]),
            "titles": json.dumps(KINKEL["titles"]),
            "institution": KINKEL["institution"],
        }
    ]
    assert rows(archive, "SELECT name, slug FROM categories") == item.categories
    assert rows(archive, "SELECT url, text, internal, target_slug FROM post_links") == [
        {
            "url": item.links[0]["url"],
            "text": "long-term data",
            "internal": 1,
            "target_slug": "lemtrada-data",
        }
    ]
    assert events(archive) == ["new"]

    qa = rows(archive, "SELECT * FROM qa")
    assert qa == [
        {
            "id": "1001",
            "url": item.url,
            "title": item.title,
            "question": item.question,
            "answer": item.answer,
            "posted_date": "2024-09-10",
            "experts": "Revere (Rip) Kinkel",
            "categories": "Treatments",
            "disclaimer": DISCLAIMER,
        }
    ]


def test_experts_are_deduplicated_across_posts(archive: Archive) -> None:
    crawl_id = crawl(archive)
    other = {"name": "Jane Doe", "degrees": ["MD", "PhD"], "titles": [], "institution": None}
    store(archive, crawl_id, post_id="1")
    store(archive, crawl_id, post_id="2", experts=[dict(KINKEL), other])
    # Same signature written slightly differently is the same expert.
    store(archive, crawl_id, post_id="3", experts=[{**other, "degrees": ["Ph.D.", "MD"]}])

    assert len(rows(archive, "SELECT * FROM experts")) == 2
    answers = rows(
        archive,
        "SELECT post_id, credentials FROM expert_answers "
        "WHERE expert = 'Jane Doe' ORDER BY post_id",
    )
    assert answers == [
        {"post_id": "2", "credentials": "MD, PhD"},
        {"post_id": "3", "credentials": "MD, PhD"},
    ]
    assert rows(archive, "SELECT experts FROM qa WHERE id = '2'") == [
        {"experts": "Revere (Rip) Kinkel; Jane Doe"}
    ]


def test_disclaimer_is_stored_once_and_linked(archive: Archive) -> None:
    crawl_id = crawl(archive)
    for post_id in ("1", "2", "3"):
        store(archive, crawl_id, post_id=post_id)
    disclaimers = rows(archive, "SELECT * FROM disclaimers")
    assert len(disclaimers) == 1 and disclaimers[0]["text"] == DISCLAIMER
    linked = rows(archive, "SELECT DISTINCT disclaimer_id FROM posts")
    assert linked == [{"disclaimer_id": disclaimers[0]["id"]}]
    assert rows(archive, "SELECT DISTINCT disclaimer_id FROM post_versions") == linked


def fts_ids(archive: Archive, query: str) -> list[str]:
    return [
        r["id"]
        for r in rows(
            archive,
            "SELECT posts.id FROM posts_fts JOIN posts ON posts.rowid = posts_fts.rowid "
            "WHERE posts_fts MATCH ? ORDER BY posts.id",
            [query],
        )
    ]


def test_fts_finds_natalizumab_and_follows_updates(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id, post_id="1")
    store(archive, crawl_id, post_id="2", answer="Ocrelizumab targets CD20.")
    assert fts_ids(archive, "natalizumab") == ["1"]
    assert list(archive.db["posts"].search("natalizumab", columns=["id"])) == [{"id": "1"}]

    store(archive, crawl_id, post_id="1", answer="Alemtuzumab only.")
    store(archive, crawl_id, post_id="2", answer="Natalizumab now, not ocrelizumab.")
    assert fts_ids(archive, "natalizumab") == ["2"]
    assert fts_ids(archive, "ocrelizumab") == ["2"]
    # Raises if the index and the posts table disagree.
    archive.db.execute("INSERT INTO posts_fts(posts_fts, rank) VALUES('integrity-check', 1)")


def test_unchanged_restore_only_moves_last_seen(archive: Archive) -> None:
    # Columns a recrawl is allowed to move; crawls get their own new row.
    moved = {
        "posts": {"last_seen", "last_crawl_id"},
        "disclaimers": {"last_seen"},
    }
    with freeze_time(T1):
        first = crawl(archive)
        store(archive, first, post_id="1")
        store(archive, first, post_id="2")
    before = snapshot(archive, moved)
    with freeze_time(T2):
        second = crawl(archive)
        assert store(archive, second, post_id="1") == "unchanged"
        # Categories listed twice or in another order on a later crawl: still the same post.
        doubled = [{"name": "Treatments", "slug": "treatments"}] * 2
        assert store(archive, second, post_id="2", categories=doubled) == "unchanged"
    after = snapshot(archive, moved)
    assert len(after.pop("crawls")) == len(before.pop("crawls")) + 1
    assert after == before
    assert post(archive, "1")["last_seen"] == T2
    assert post(archive, "1")["first_seen"] == T1
    assert post(archive, "1")["last_crawl_id"] == second
    assert rows(archive, "SELECT last_seen FROM disclaimers") == [{"last_seen": T2}]


def test_changed_answer_adds_version_2_and_keeps_version_1(archive: Archive) -> None:
    with freeze_time(T1):
        crawl_id = crawl(archive)
        store(archive, crawl_id)
    with freeze_time(T2):
        assert store(archive, crawl_id, answer="A corrected answer about natalizumab.") == "changed"
    versions = rows(archive, "SELECT * FROM post_versions ORDER BY version")
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["answer"].startswith("Mechanism of Action")
    assert versions[1]["answer"] == "A corrected answer about natalizumab."
    assert versions[0]["content_hash"] != versions[1]["content_hash"]
    row = post(archive)
    assert row["version"] == 2 and row["answer"] == versions[1]["answer"]
    assert row["changed_at"] == T2 and row["first_seen"] == T1
    history = rows(archive, "SELECT event, version, fields FROM post_events ORDER BY id")
    assert history == [
        {"event": "new", "version": 1, "fields": None},
        {"event": "changed", "version": 2, "fields": '["answer"]'},
    ]


def test_markup_only_change_is_a_version_with_same_content_hash(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id)
    assert store(archive, crawl_id, comments_closed=False) == "changed"
    versions = rows(archive, "SELECT content_hash, full_hash FROM post_versions ORDER BY version")
    assert versions[0]["content_hash"] == versions[1]["content_hash"]
    assert versions[0]["full_hash"] != versions[1]["full_hash"]
    assert rows(archive, "SELECT fields FROM post_events WHERE event = 'changed'") == [
        {"fields": '["comments_closed"]'}
    ]


def test_changed_experts_and_categories_replace_relations(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id)
    other = {"name": "Jane Doe", "degrees": ["MD"], "titles": [], "institution": None}
    store(
        archive,
        crawl_id,
        experts=[other],
        categories=[{"name": "Symptoms", "slug": "symptoms"}],
        links=[],
    )
    assert rows(archive, "SELECT experts, categories FROM qa") == [
        {"experts": "Jane Doe", "categories": "Symptoms"}
    ]
    assert rows(archive, "SELECT * FROM post_links") == []
    # The first version still says who answered it then.
    first = rows(archive, "SELECT experts FROM post_versions WHERE version = 1")[0]
    assert json.loads(first["experts"])[0]["name"] == KINKEL["name"]


def finish(archive: Archive, crawl_id: int, status: str, seen: set[str]) -> int:
    removed = archive.mark_removed(crawl_id, seen) if status == "complete" else 0
    archive.finish_crawl(crawl_id, status, {"posts_removed": removed}, "finished")  # type: ignore[arg-type]
    return removed


def test_removal_only_on_complete_crawls_and_revival(archive: Archive) -> None:
    with freeze_time(T1):
        first = crawl(archive)
        store(archive, first, post_id="1")
        store(archive, first, post_id="2")
        finish(archive, first, "complete", {"1", "2"})

    with freeze_time(T2):
        partial = crawl(archive)
        store(archive, partial, post_id="1")
        archive.finish_crawl(partial, "partial", {}, "shutdown")
        with pytest.raises(ArchiveError, match="only a complete crawl"):
            archive.mark_removed(partial, {"1"})
    assert post(archive, "2")["removed_at"] is None

    with freeze_time(T3):
        complete = crawl(archive)
        store(archive, complete, post_id="1")
        # The caller passes nothing: posts stored under the crawl still count as seen.
        assert archive.mark_removed(complete, set()) == 1
        archive.finish_crawl(complete, "complete", {"posts_removed": 1}, "finished")
    gone = post(archive, "2")
    assert gone["removed_at"] == T3
    assert rows(archive, "SELECT id FROM qa") == [{"id": "1"}]
    assert rows(archive, "SELECT id FROM removed_posts") == [{"id": "2"}]
    assert len(rows(archive, "SELECT * FROM post_versions WHERE post_id = '2'")) == 1
    assert events(archive, "2") == ["new", "removed"]

    revival = crawl(archive)
    assert store(archive, revival, post_id="2") == "revived"
    assert post(archive, "2")["removed_at"] is None
    assert events(archive, "2") == ["new", "removed", "revived"]
    assert post(archive, "2")["version"] == 1


def test_a_crawl_that_saw_nothing_removes_nothing(archive: Archive) -> None:
    first = crawl(archive)
    store(archive, first)
    empty = crawl(archive)
    assert archive.mark_removed(empty, []) == 0
    assert post(archive)["removed_at"] is None


def test_revived_with_new_content_records_both_events(archive: Archive) -> None:
    first = crawl(archive)
    store(archive, first, post_id="1")
    store(archive, first, post_id="2")
    second = crawl(archive)
    store(archive, second, post_id="1")
    archive.mark_removed(second, {"1"})
    third = crawl(archive)
    assert store(archive, third, post_id="2", title="Retitled") == "revived"
    assert events(archive, "2") == ["new", "removed", "changed", "revived"]
    assert post(archive, "2")["version"] == 2


def test_disclaimer_change_adds_a_row_and_old_versions_keep_theirs(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id)
    old_id = post(archive)["disclaimer_id"]
    new_text = DISCLAIMER.replace("information source only", "information source, only")
    assert store(archive, crawl_id, disclaimer=new_text) == "unchanged"
    disclaimers = rows(archive, "SELECT id, text FROM disclaimers ORDER BY id")
    assert [d["text"] for d in disclaimers] == [DISCLAIMER, new_text]
    assert post(archive)["disclaimer_id"] == disclaimers[1]["id"] != old_id
    assert rows(archive, "SELECT disclaimer_id FROM post_versions") == [{"disclaimer_id": old_id}]

    assert store(archive, crawl_id, answer="New answer.", disclaimer=new_text) == "changed"
    assert [
        r["disclaimer_id"]
        for r in rows(archive, "SELECT disclaimer_id FROM post_versions ORDER BY version")
    ] == [old_id, disclaimers[1]["id"]]
    assert rows(archive, "SELECT disclaimer FROM qa") == [{"disclaimer": new_text}]


def test_failed_store_leaves_no_partial_rows(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id, post_id="1")
    before = snapshot(archive, {})

    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    # Fails after the post, its version, event and disclaimer were written.
    monkeypatch.setattr(Archive, "_write_relations", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store(archive, crawl_id, post_id="2")
    with pytest.raises(RuntimeError, match="disk on fire"):
        store(archive, crawl_id, post_id="1", answer="changed", disclaimer="PLEASE NOTE: new")
    assert snapshot(archive, {}) == before
    assert fts_ids(archive, "changed") == []
    assert not archive.db.conn.in_transaction

    monkeypatch.undo()
    assert store(archive, crawl_id, post_id="2") == "new"


def test_touch_post_moves_last_seen_and_versions_new_categories(archive: Archive) -> None:
    with freeze_time(T1):
        first = crawl(archive)
        store(archive, first)
    with freeze_time(T2):
        second = crawl(archive)
        same = [{"name": "Treatments", "slug": "treatments"}]
        assert archive.touch_post("1001", second, same, DISCLAIMER, "lh-1") == "unchanged"
    row = post(archive)
    assert row["last_seen"] == T2 and row["listing_hash"] == "lh-1" and row["version"] == 1

    with freeze_time(T3):
        more = [*same, {"name": "Safety", "slug": "safety"}]
        assert archive.touch_post("1001", second, more, DISCLAIMER, "lh-2", "http://x/") == (
            "changed"
        )
    versions = rows(archive, "SELECT * FROM post_versions ORDER BY version")
    assert len(versions) == 2
    latest, previous = versions[1], versions[0]
    assert latest["via"] == "listing" and latest["captured_at"] == T3
    assert json.loads(latest["categories"]) == [
        {"name": "Safety", "slug": "safety"},
        {"name": "Treatments", "slug": "treatments"},
    ]
    for name in ("title", "question", "answer", "answer_html", "experts", "links"):
        assert latest[name] == previous[name], name
    assert latest["content_hash"] != previous["content_hash"]
    assert rows(archive, "SELECT categories FROM qa") == [{"categories": "Safety; Treatments"}]
    assert events(archive) == ["new", "changed"]

    state = archive.recrawl_state()
    assert state["1001"]["listing_hash"] == "lh-2"
    assert state["1001"]["content_hash"] == latest["content_hash"]
    assert state["1001"]["removed_at"] is None
    assert state["1001"]["url"].endswith("/post-1001")
    assert len(state["1001"]["categories"]) == 2

    # A later full fetch with the same content and categories is unchanged.
    item = make_item(categories=more)
    item.crawl_id = second
    assert archive.store_post(item) == "unchanged"


def test_touch_unknown_post_raises(archive: Archive) -> None:
    crawl_id = crawl(archive)
    with pytest.raises(UnknownPostError):
        archive.touch_post("404", crawl_id, [], None, None)


def test_touch_revives_removed_post(archive: Archive) -> None:
    first = crawl(archive)
    store(archive, first, post_id="1")
    store(archive, first, post_id="2")
    second = crawl(archive)
    store(archive, second, post_id="1")
    archive.mark_removed(second, {"1"})
    third = crawl(archive)
    assert archive.touch_post("2", third, None, None, "lh") == "revived"
    assert post(archive, "2")["removed_at"] is None


def test_listing_hash_and_lastmod_are_kept_for_recrawls(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id, listing_hash="abc123", lastmod="2026-11-20T08:00:00+00:00")
    state = archive.recrawl_state()["1001"]
    assert (state["listing_hash"], state["lastmod"]) == ("abc123", "2026-11-20T08:00:00+00:00")
    assert rows(archive, "SELECT lastmod FROM post_versions") == [
        {"lastmod": "2026-11-20T08:00:00+00:00"}
    ]
    # Bookkeeping, not content: a new lastmod alone is no new version.
    assert store(archive, crawl_id, listing_hash="abc123", lastmod="2026-11-21") == "unchanged"
    assert archive.recrawl_state()["1001"]["lastmod"] == "2026-11-21"
    archive.touch_post("1001", crawl_id, None, None, None, lastmod="2026-11-22")
    assert archive.recrawl_state()["1001"]["lastmod"] == "2026-11-22"


def test_finish_crawl_records_counts_once(archive: Archive) -> None:
    crawl_id = crawl(archive)
    with freeze_time(T2):
        archive.finish_crawl(crawl_id, "complete", {"pages": 5, "posts_new": 3}, "finished")
    row = archive.get_crawl(crawl_id)
    assert row is not None
    assert (row["status"], row["pages"], row["posts_new"], row["finished_at"]) == (
        "complete",
        5,
        3,
        T2,
    )
    with pytest.raises(ArchiveError, match="already finished"):
        archive.finish_crawl(crawl_id, "failed")
    other = crawl(archive)
    with pytest.raises(ValueError, match="unknown crawl counts"):
        archive.finish_crawl(other, "complete", {"pagez": 1})
    with pytest.raises(ValueError):
        archive.finish_crawl(other, "running")  # type: ignore[arg-type]


def test_store_requires_a_known_crawl(archive: Archive) -> None:
    with pytest.raises(ValueError, match="crawl_id"):
        archive.store_post(make_item())
    item = make_item()
    item.crawl_id = 999
    with pytest.raises(Exception, match="FOREIGN KEY"):
        archive.store_post(item)
    assert rows(archive, "SELECT * FROM posts") == []


def test_posts_per_month_view(archive: Archive) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id, post_id="1", posted_date="2024-09-10")
    store(archive, crawl_id, post_id="2", posted_date="2024-09-30")
    store(archive, crawl_id, post_id="3", posted_date="2024-10-01")
    store(archive, crawl_id, post_id="4", posted_date=None)
    assert rows(archive, "SELECT * FROM posts_per_month") == [
        {"month": None, "posts": 1, "posts_including_removed": 1},
        {"month": "2024-09", "posts": 2, "posts_including_removed": 2},
        {"month": "2024-10", "posts": 1, "posts_including_removed": 1},
    ]


def test_concurrent_writers_wait_their_turn(archive: Archive, db_path: Path) -> None:
    crawl_id = crawl(archive)
    store(archive, crawl_id)
    errors: list[BaseException] = []

    def touch_from_another_connection() -> None:
        try:
            with Archive.open(db_path) as other:
                other.touch_post("1001", crawl_id, None, DISCLAIMER, "from-thread")
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    with archive._writing():
        # Another connection's write, committed while the thread's transaction waits.
        archive.db.execute("UPDATE posts SET listing_hash = 'from-main' WHERE id = '1001'")
        thread = threading.Thread(target=touch_from_another_connection)
        thread.start()
        time.sleep(0.3)
    thread.join(timeout=10)
    assert errors == []
    assert post(archive)["listing_hash"] == "from-thread"
