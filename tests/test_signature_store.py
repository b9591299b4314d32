"""The archive's expert parts: stable expert ids, the raw signature and its confidence."""

from pathlib import Path

from store_fixtures import KINKEL, make_item

from msqa_scraper.store import Archive, hashing
from msqa_scraper.store.schema import connect, migrations

DOE = {"name": "Jane Doe", "degrees": ["MD"], "titles": [], "institution": "Harbour Clinic"}


def _ids(path: Path) -> dict[str, int]:
    with Archive.open(path) as archive:
        return {r[1]: r[0] for r in archive.db.execute("SELECT id, name FROM experts")}


def test_two_archives_of_one_blog_agree_on_expert_ids(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    with Archive.open(first) as archive:
        crawl = archive.begin_crawl(None, "t")
        archive.store_post(make_item("1", experts=[dict(KINKEL)]), crawl)
        archive.store_post(make_item("2", experts=[DOE]), crawl)
    with Archive.open(second) as archive:  # the other order
        crawl = archive.begin_crawl(None, "t")
        archive.store_post(make_item("2", experts=[DOE]), crawl)
        archive.store_post(make_item("1", experts=[dict(KINKEL)]), crawl)
    assert _ids(first) == _ids(second)
    assert _ids(first)["Jane Doe"] == hashing.expert_row_id("jane doe")


def test_an_older_archive_gets_the_derived_ids(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = connect(path)
    migrations.apply(db, stop_before="006_signatures")
    db.execute(
        "INSERT INTO experts (id, name, name_key, identity, first_seen) "
        "VALUES (1, 'Jane Doe', 'jane doe', '{}', '2026-01-01T00:00:00Z')"
    )
    db.execute(
        "INSERT INTO posts (id, url, version, content_hash, full_hash, first_seen, last_seen, "
        "changed_at) VALUES ('9', 'http://x/9', 1, 'c', 'f', 'a', 'a', 'a')"
    )
    db.execute("INSERT INTO post_experts (post_id, expert_id, position) VALUES ('9', 1, 1)")
    db.conn.commit()
    db.close()
    with Archive.open(path) as archive:
        new_id = hashing.expert_row_id("jane doe")
        assert archive.db.execute("SELECT id FROM experts").fetchall() == [(new_id,)]
        assert archive.db.execute("SELECT expert_id FROM post_experts").fetchall() == [(new_id,)]


def test_every_version_keeps_the_raw_signature_and_confidence(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "s.db") as archive:
        crawl = archive.begin_crawl(None, "t")
        item = make_item("1", signature="Revere (Rip) Kinkel MD", signature_confidence=0.97)
        archive.store_post(item, crawl)
        row = archive.db.execute(
            "SELECT signature, signature_confidence FROM post_versions"
        ).fetchone()
    assert row == ("Revere (Rip) Kinkel MD", 0.97)


def test_an_unsure_signature_is_a_counted_problem() -> None:
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from msqa_scraper.pipelines.validate_post import ValidatePostPipeline

    crawler = get_crawler(Spider)
    crawler.spider = Spider(name="msqa")
    pipeline = ValidatePostPipeline.from_crawler(crawler)
    pipeline.process_item(make_item("1", experts=[], signature="Gideon Granville (Barts MS)"))
    pipeline.process_item(make_item("2", signature="Jane Doe, MD"))
    assert crawler.stats.get_value("msqa/signature/unsure") == 1
