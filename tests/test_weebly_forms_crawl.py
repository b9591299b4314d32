"""Crawl the replica in the forms other real Weebly blogs take, with ``msqa crawl``.

Each form is one seen in a saved real Weebly blog (sources in ``replica/weeblyforms.py`` and
in the tests of ``extract``): day-first dates (IBA, abidasad/project-iba ``blog/``, "14/12/2017";
WGY, adperez13-1986/whengodmadeyou ``site/``), media-only and empty posts (FCE,
tooniebuckerooni/fat-city-entertainment @5c50163b ``_tools/scraped/triviahostresources/``),
Cloudflare-obfuscated addresses (FCE ``previous/8``), embeds (FCE, 22 posts with iframes) and
``.html`` spellings of listing URLs (IBA, an HTTrack mirror).
"""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest
from crawling import archived_posts, crawl, field_mismatches, requested_paths

from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.replica.config import BLOG_PATH, FEED_NUMBER

SMALL = {"posts": 14, "per_page": 5, "months": 2, "categories": 3, "seed": 7}
GENERIC = ("--spider", "weebly_qa")


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def crawl_row(db: Path, crawl_id: int) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM crawls WHERE id = ?", [crawl_id]).fetchone())
    finally:
        conn.close()


def stored_media(db: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for post_id, kind, url, via in query(
        db, "SELECT post_id, kind, url, via FROM post_media ORDER BY post_id, position"
    ):
        out.setdefault(post_id, []).append({"kind": kind, "url": url, "via": via})
    return out


@pytest.fixture(scope="module")
def day_first(tmp_path_factory):
    """A day-first blog with every form, links spelled .html; crawled, then recrawled twice."""
    config = SiteConfig(**SMALL, date_order="DMY", weebly_forms=True, html_links=True)
    db = tmp_path_factory.mktemp("dmy") / "msqa.sqlite"
    with ReplicaServer(config) as server:
        first = crawl(server.blog_url, db, *GENERIC)
        paths = requested_paths(server)
        truth = server.truth()
        again = crawl(server.blog_url, db, *GENERIC)
        full = crawl(server.blog_url, db, *GENERIC, "--full")
        yield server, truth, db, (first, again, full), paths


def test_day_first_blog_crawls_complete_with_every_field_right(day_first):
    _, truth, db, (first, _, _), _ = day_first
    assert first.returncode == 0, first.stderr[-3000:]
    archived = archived_posts(db)
    assert sorted(archived) == sorted(p["id"] for p in truth["posts"])
    assert field_mismatches(truth["posts"], archived) == []


def test_day_first_order_inferred_and_recorded(day_first):
    _, truth, db, _, _ = day_first
    crawl = crawl_row(db, 1)
    assert (crawl["date_order"], crawl["date_order_source"]) == ("DMY", "evidence")
    # Posts on a day after the 12th exist, and their dates are right (not NULL, not swapped).
    assert any(int(p["posted_date"][8:]) > 12 for p in truth["posts"])


def test_media_only_and_empty_posts_are_stored_with_their_media(day_first):
    _, truth, db, _, _ = day_first
    archived = archived_posts(db)
    media = stored_media(db)
    forms = {p["form"]: p for p in truth["posts"] if p["form"]}
    assert len(forms) == 8
    for kind, want in forms.items():
        got = archived[want["id"]]
        assert got["title"] == want["title"], kind
        assert [{"kind": m["kind"], "url": m["url"], "via": m["via"]} for m in want["media"]] == [
            m for m in media.get(want["id"], [])
        ], kind
        if want["text_free"]:
            assert (got["question"], got["answer"]) == ("", ""), kind
            assert any("no answer text" in p for p in json.loads(got["problems"])), kind
    # Categories of a media-only post come from the category pages like any other post.
    assert archived[forms["images_only"]["id"]]["categories"] == forms["images_only"]["categories"]
    assert forms["images_only"]["categories"]


def test_every_embed_url_kept_and_answer_html_has_no_iframe(day_first):
    _, truth, db, _, _ = day_first
    urls = {url for (url,) in query(db, "SELECT url FROM post_media")}
    for want in truth["posts"]:
        for medium in want["media"]:
            assert medium["url"] in urls
    assert {
        "https://www.youtube.com/embed/Qx7StretchMS",
        "https://player.vimeo.com/video/90417730",
    } <= urls
    assert query(db, "SELECT count(*) FROM posts WHERE answer_html LIKE '%<iframe%'") == [(0,)]


def test_cloudflare_addresses_decoded_to_mailto(day_first):
    server, truth, db, _, _ = day_first
    contact = next(p for p in truth["posts"] if p["form"] == "contact_email")
    page = f"{server.blog_url}/{contact['slug']}"
    bodies = [urllib.request.urlopen(page).read() for _ in range(2)]
    assert b"email-protection#" in bodies[0] and bodies[0] != bodies[1]  # a new key per response
    links = [
        url for (url,) in query(db, "SELECT url FROM post_links WHERE post_id = ?", contact["id"])
    ]
    assert links == ["mailto:askteam@example.org", "mailto:press.office@example.org"]
    (answer,) = query(db, "SELECT answer FROM posts WHERE id = ?", contact["id"])[0]
    assert "askteam@example.org" in answer and "press.office@example.org" in answer
    assert "protected" not in answer
    assert query(
        db,
        "SELECT count(*) FROM post_versions WHERE links LIKE '%email-protection%'"
        " OR answer_html LIKE '%email-protection%' OR answer_html LIKE '%cfemail%'",
    ) == [(0,)]


def test_recrawls_add_no_version_and_fetch_no_unchanged_post(day_first):
    _, truth, db, (_, again, full), _ = day_first
    assert again.returncode == 0, again.stderr[-3000:]
    assert full.returncode == 0, full.stderr[-3000:]
    n = len(truth["posts"])
    assert query(db, "SELECT count(*) FROM post_versions") == [(n,)]
    assert query(db, "SELECT count(*) FROM post_events WHERE event != 'new'") == [(0,)]
    second, third = crawl_row(db, 2), crawl_row(db, 3)
    # The incremental recrawl found the blog unchanged (listing blocks hash the same despite
    # the re-encoded addresses): no post page fetched, no category page re-read.
    assert (second["posts_unchanged"], second["posts_touched"], second["posts_new"]) == (n, n, 0)
    assert third["posts_unchanged"] == n and third["posts_changed"] == 0


def test_html_spellings_folded(day_first):
    _, truth, db, _, paths = day_first
    # The pages link previous/2.html, archives/MM-YYYY.html, category/x.html and slug.html:
    # each is requested once, in its canonical form.
    assert [p for p in paths if p.endswith(".html")] == []
    assert f"{BLOG_PATH}/previous/2" in paths
    assert any(p.startswith(f"{BLOG_PATH}/category/") for p in paths)
    names = {name for (name,) in query(db, "SELECT name FROM categories")}
    assert names == {c for p in truth["posts"] for c in p["categories"]}
    assert not any(name.endswith(".html") or name == "all" for name in names)


def test_month_first_blog_dates_right(tmp_path):
    config = SiteConfig(**SMALL, weebly_forms=True)
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(config) as server:
        result = crawl(server.blog_url, db, *GENERIC)
        assert result.returncode == 0, result.stderr[-3000:]
        truth = server.truth()
        assert field_mismatches(truth["posts"], archived_posts(db)) == []
        assert crawl_row(db, 1)["date_order"] == "MDY"


def test_ambiguous_dates_settled_by_an_archive_month(tmp_path):
    """Every date reads both ways and the feed and sitemap are off limits: the crawler reads
    archive month pages to learn the order, rather than guess."""
    hidden = (f"/{FEED_NUMBER}/feed", f"{BLOG_PATH}/feed", "/sitemap.xml")
    config = SiteConfig(**SMALL, date_order="DMY", ambiguous_dates=True, robots_disallow=hidden)
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(config) as server:
        result = crawl(server.blog_url, db, *GENERIC)
        # Partial only because robots.txt kept the feed and sitemap out (as it should be).
        assert result.returncode == 3, result.stderr[-3000:]
        assert crawl_row(db, 1)["reason"] == "finished; 2 skipped (robots)"
        truth = server.truth()
        assert all(int(p["posted_date"][8:]) <= 12 for p in truth["posts"])
        assert field_mismatches(truth["posts"], archived_posts(db)) == []
        assert any("/archives/" in p for p in requested_paths(server))
        assert crawl_row(db, 1)["date_order"] == "DMY"


def test_a_fixed_month_first_order_reports_day_first_dates(tmp_path):
    """The Virtual MS Center spider fixes month-first; on a day-first blog each date that
    reads only day-first is a counted problem with a NULL date, never swapped."""
    config = SiteConfig(**SMALL, date_order="DMY")
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(config) as server:
        result = crawl(server.blog_url, db)  # the default spider: virtual_ms_center
        truth = server.truth()
        late = {p["id"] for p in truth["posts"] if int(p["posted_date"][8:]) > 12}
        assert late
        rows = query(db, "SELECT id, posted_date, problems FROM posts")
        for post_id, posted, problems in rows:
            if post_id in late:
                assert posted is None
                assert "not a month-first date" in problems
        assert crawl_row(db, 1)["date_order"] == "MDY"
        assert crawl_row(db, 1)["date_order_source"] == "setting"
        assert "msqa/date/contradicts_order" in result.stderr
        assert "contradict its MDY date order" in result.stderr
        # The setting overrides the spider's order.
        other = tmp_path / "dmy.sqlite"
        fixed = crawl(server.blog_url, other, "-s", "MSQA_DATE_ORDER=DMY")
        assert fixed.returncode == 0, fixed.stderr[-3000:]
        assert field_mismatches(truth["posts"], archived_posts(other)) == []
        assert (crawl_row(other, 1)["date_order"], crawl_row(other, 1)["date_order_source"]) == (
            "DMY",
            "setting",
        )


def test_rebuild_reads_dates_in_the_recorded_order_and_keeps_media(day_first, tmp_path):
    from msqa_scraper.offline.rebuild import rebuild

    _, _, db, _, _ = day_first
    into = tmp_path / "rebuilt.sqlite"
    rebuild(db, into, workers=1)
    posts = "SELECT id, title, question, answer, posted_date, problems, full_hash FROM posts"
    media = "SELECT post_id, position, kind, url, provider, via FROM post_media"
    orders = "SELECT id, date_order, date_order_source FROM crawls"
    for sql in (posts, media, orders, "SELECT post_id, version, media FROM post_versions"):
        assert sorted(query(into, sql)) == sorted(query(db, sql)), sql


def test_a_bad_date_order_setting_is_one_line_of_bad_input(tmp_path):
    from click.testing import CliRunner

    from msqa_scraper.cli import cli, exitcodes

    db = tmp_path / "a.sqlite"
    result = CliRunner().invoke(cli, ["crawl", "--db", str(db), "-s", "MSQA_DATE_ORDER=YMD"])
    assert result.exit_code == exitcodes.BAD_INPUT
    assert result.output.strip() == (
        "msqa: error: -s MSQA_DATE_ORDER: a date order is MDY or DMY, not 'YMD'"
    )
    assert not db.exists()
