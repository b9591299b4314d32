"""``msqa rebuild``: the archive re-derived from its captures equals the one the crawls made."""

from __future__ import annotations

import shutil
import socket
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from capture_history import History, make_history
from crawling import msqa
from store_fixtures import make_item

from msqa_scraper.cli import exitcodes
from msqa_scraper.offline import extract_pool
from msqa_scraper.offline.rebuild import rebuild
from msqa_scraper.store import Archive
from msqa_scraper.store.lock import crawl_lock

# Every researcher-facing table, in a stable order.
TABLES: dict[str, str] = {
    "crawls": "SELECT * FROM crawls ORDER BY id",
    "disclaimers": "SELECT * FROM disclaimers ORDER BY id",
    "experts": "SELECT * FROM experts ORDER BY id",
    "categories": "SELECT * FROM categories ORDER BY id",
    "therapies": "SELECT * FROM therapies ORDER BY generic",
    "posts": "SELECT rowid AS fts_rowid, * FROM posts ORDER BY id",
    "post_versions": "SELECT * FROM post_versions ORDER BY post_id, version",
    "post_events": "SELECT * FROM post_events ORDER BY id",
    "post_experts": "SELECT * FROM post_experts ORDER BY post_id, position",
    "post_categories": "SELECT * FROM post_categories ORDER BY post_id, category_id",
    "post_links": "SELECT * FROM post_links ORDER BY post_id, position",
    "post_drugs": "SELECT * FROM post_drugs ORDER BY post_id, drug",
}
# The only columns that may differ, and only by seconds. A live crawl dates a post version by
# the moment the spider's callback parsed the page (a second or so after the response came,
# which is the capture's time), a post it only saw on a listing by when the store touched it
# (no capture records that), and a removal a moment before finishing the crawl. A rebuild can
# only use the recorded times: the capture, the end of the crawl's listing captures, and
# crawls.finished_at. Everything else, ids and event order included, must be equal.
CLOCK_COLUMNS: dict[str, set[str]] = {
    "posts": {"first_seen", "last_seen", "changed_at", "removed_at"},
    "post_versions": {"captured_at"},
    "post_events": {"at"},
    "experts": {"first_seen"},
    "categories": {"first_seen"},
    "disclaimers": {"first_seen", "last_seen"},
}
CLOCK_SLACK_S = 5


def table_rows(db: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def seconds_apart(a: str | None, b: str | None) -> float:
    if a is None or b is None:
        return 0.0 if a == b else float("inf")
    return abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).total_seconds())


def differences(crawled: Path, rebuilt: Path) -> list[str]:
    found = []
    for table, sql in TABLES.items():
        want, got = table_rows(crawled, sql), table_rows(rebuilt, sql)
        if len(want) != len(got):
            found.append(f"{table}: {len(want)} rows crawled, {len(got)} rebuilt")
            continue
        assert want, f"{table} is empty: the history proves nothing about it"
        clock = CLOCK_COLUMNS.get(table, set())
        for old, new in zip(want, got, strict=True):
            for column, value in old.items():
                if column in clock:
                    if seconds_apart(value, new[column]) > CLOCK_SLACK_S:
                        found.append(f"{table}.{column}: {value} -> {new[column]}")
                elif value != new[column]:
                    found.append(f"{table}.{column}: {value!r} -> {new[column]!r} in {old}")
    return found[:20]


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> History:
    return make_history(tmp_path_factory.mktemp("rebuild"))


@pytest.fixture(scope="module")
def rebuilt(history: History, tmp_path_factory) -> Path:
    """Rebuilt in this process with every socket refused: no network, provably."""
    into = tmp_path_factory.mktemp("rebuilt") / "rebuilt.sqlite"

    def no_network(*args, **kwargs):
        raise AssertionError("rebuild opened a socket")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "socket", no_network)
        patch.setattr(socket, "create_connection", no_network)
        result = rebuild(history.db, into, workers=2)
    assert result.crawls == 3 and result.posts == len(table_rows(history.db, TABLES["posts"]))
    return into


def test_history_covers_what_a_rebuild_must_redo(history: History) -> None:
    counts = table_rows(
        history.db,
        "SELECT (SELECT count(*) FROM post_events WHERE event = 'removed') AS removed,"
        " (SELECT count(*) FROM post_versions WHERE via = 'listing') AS listing_versions,"
        " (SELECT sum(posts_touched) FROM crawls) AS touched,"
        " (SELECT count(*) FROM captures WHERE status = 304) AS not_modified",
    )[0]
    assert all(counts.values()), counts


def test_rebuild_into_a_new_file_equals_the_crawled_archive(history: History, rebuilt) -> None:
    assert differences(history.db, rebuilt) == []


def test_rebuild_copies_captures_and_bodies(history: History, rebuilt) -> None:
    for table in ("captures", "bodies"):
        sql = f"SELECT * FROM {table} ORDER BY rowid"
        assert table_rows(rebuilt, sql) == table_rows(history.db, sql), table


def test_rebuilt_archive_is_searchable(history: History, rebuilt) -> None:
    sql = "SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'multiple' ORDER BY rowid"
    assert table_rows(rebuilt, sql) == table_rows(history.db, sql) != []


def indexed_words(db: Path) -> list[tuple]:
    """Every word the full-text index holds: term, post rowid, column, offset."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, posts_fts, instance)")
        return conn.execute("SELECT * FROM temp.words ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()


def test_rebuilt_full_text_index_holds_what_the_crawls_indexed(history: History, rebuilt) -> None:
    # The rebuild indexes its posts in one pass at the end, the crawls did it row by row.
    assert indexed_words(rebuilt) == indexed_words(history.db) != []
    with sqlite3.connect(rebuilt) as conn:
        conn.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)")
        triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        assert conn.execute(triggers).fetchall() == [("posts_ad",), ("posts_ai",), ("posts_au",)]
    conn.close()


def test_rebuild_in_place_equals_the_crawled_archive(history: History, tmp_path: Path) -> None:
    copy = tmp_path / "msqa.sqlite"
    with sqlite3.connect(history.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    result = msqa("rebuild", "--db", str(copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"rebuilt {copy}: 3 crawls")
    assert differences(history.db, copy) == []
    assert table_rows(copy, "SELECT count(*) AS n FROM captures") == table_rows(
        history.db, "SELECT count(*) AS n FROM captures"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["msqa.sqlite", "msqa.sqlite.lock"]
    with sqlite3.connect(copy) as conn:  # the full-text index follows the swapped posts
        conn.execute("INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    assert indexed_words(copy) == indexed_words(history.db)


def test_unchanged_recrawl_adds_under_5_percent_of_body_storage(history: History) -> None:
    first, second, _ = history.stored_bytes
    assert second - first < 0.05 * first, (first, second)


def test_rebuild_uses_the_current_extractor(history: History, tmp_path, monkeypatch) -> None:
    """What a rebuild is for: an extractor fixed after the crawl applies to every capture."""
    real = extract_pool.extract_post

    def fixed(*args, **kwargs):
        post = real(*args, **kwargs)
        post.answer += "\n\n[re-extracted]"
        return post

    monkeypatch.setattr(extract_pool, "extract_post", fixed)
    into = tmp_path / "fixed.sqlite"
    rebuild(history.db, into, workers=1)
    answers = table_rows(into, "SELECT answer FROM post_versions WHERE via = 'page'")
    assert answers and all(a["answer"].endswith("[re-extracted]") for a in answers)
    count = "SELECT count(*) AS n FROM post_versions"
    assert table_rows(into, count) == table_rows(history.db, count)


def test_a_page_the_extractor_fails_on_makes_its_crawl_partial(
    history: History, tmp_path, monkeypatch
) -> None:
    """As in a crawl, where the callback's exception makes the crawl partial: the rebuild goes
    on, and the crawl cannot show removals."""
    broken = history.truths[0]["posts"][0]["url"]
    real = extract_pool.extract_post

    def failing(body, url, base_url, *args, **options):
        if url == broken:
            raise RuntimeError("extractor bug")
        return real(body, url, base_url, *args, **options)

    monkeypatch.setattr(extract_pool, "extract_post", failing)
    into = tmp_path / "failing.sqlite"
    rebuild(history.db, into, workers=1)
    crawl = table_rows(into, "SELECT status, reason FROM crawls WHERE id = 1")[0]
    assert crawl["status"] == "partial"
    assert crawl["reason"] == "finished; extractor failed on 1 page(s) (rebuild)"
    urls = {row["url"] for row in table_rows(into, "SELECT url FROM posts")}
    assert broken not in urls and len(urls) == len(table_rows(history.db, TABLES["posts"])) - 1


def test_into_refuses_an_existing_file_unless_forced(history: History, tmp_path: Path) -> None:
    target = tmp_path / "there.sqlite"
    target.write_bytes(b"keep me")
    refused = msqa("rebuild", "--db", str(history.db), "--into", str(target))
    assert refused.returncode == exitcodes.BAD_INPUT
    assert refused.stderr.strip() == f"msqa: error: {target} exists (use --force to replace it)"
    assert target.read_bytes() == b"keep me"
    forced = msqa("rebuild", "--db", str(history.db), "--into", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert table_rows(target, "SELECT count(*) AS n FROM posts")[0]["n"] > 0


def test_missing_archive_is_one_line(tmp_path: Path) -> None:
    result = msqa("rebuild", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == exitcodes.DATABASE
    assert result.stderr.startswith("msqa: error: no archive at")


def test_versions_without_captures_are_not_thrown_away(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with Archive.open(db) as archive:
        item = make_item("1")
        item.crawl_id = archive.begin_crawl("http://example.test/blog", "virtual_ms_center")
        archive.store_post(item)
    before = db.read_bytes()
    result = msqa("rebuild", "--db", str(db))
    assert result.returncode == exitcodes.DATABASE
    assert "has post versions without a stored capture (1:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_rebuild_waits_for_no_crawl(history: History, tmp_path: Path) -> None:
    copy = tmp_path / "msqa.sqlite"
    shutil.copy(history.db, copy)
    with crawl_lock(copy):
        result = msqa("rebuild", "--db", str(copy))
    assert result.returncode == exitcodes.LOCKED
    assert "locked by a running crawl" in result.stderr
