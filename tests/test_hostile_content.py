"""A crawl of the replica's hostile content pages (``SiteConfig(hostile_content=True)``, see
replica/hostile_content.py), end to end: what is stored, exported, printed, rebuilt and rendered
in a browser.

A redirect to the blog's host on another port is in tests/test_hostile_crawl.py (the crawl
policy refuses it).
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawling import archived_posts, crawl, field_mismatches, msqa
from parsel import Selector
from test_browser_dom import rendered, serving

from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.replica.hostile_content import (
    DANGEROUS_HREFS,
    FORMULA_TITLE,
    SAFE_LINK,
    WINDOWS_1252_TEXT,
)

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
DANGEROUS = re.compile(r"javascript:|vbscript:|data:|alert\(|msgbox", re.I)
# Every stored text column a page's content reaches.
TEXT_COLUMNS = {
    "posts": ("url", "slug", "title", "question", "answer", "answer_html", "problems"),
    "post_versions": (
        "url", "slug", "title", "question", "answer", "answer_html", "experts", "categories",
        "links", "problems",
    ),
    "post_links": ("url", "text", "target_slug"),
    "experts": ("name", "name_key", "degrees", "titles", "institution"),
    "categories": ("name", "slug"),
    "disclaimers": ("text",),
}  # fmt: skip


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[tuple[dict, Path]]:
    db = tmp_path_factory.mktemp("hostile") / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=12, hostile_content=True, seed=15)) as server:
        result = crawl(server.blog_url, db)
        assert result.returncode == 0, result.stderr[-3000:]
        yield server.truth(), db


def post_id(truth: dict, kind: str) -> str:
    return truth["bad_pages"][kind]["id"]


def test_the_text_of_every_page_is_intact(hostile) -> None:
    truth, db = hostile
    assert set(truth["bad_pages"]) == {"hostile_markup", "formula_title", "windows_1252"}
    archived = archived_posts(db)
    assert field_mismatches(truth["posts"], archived) == []
    markup = archived[post_id(truth, "hostile_markup")]
    assert "the words inside the form and the words after it" in markup["answer"]
    assert "keeps its fallback words" in markup["answer"]
    assert "<svg onload=print()> stays text" in markup["answer"]


def test_no_dangerous_url_or_control_character_is_stored(hostile) -> None:
    _, db = hostile
    conn = sqlite3.connect(db)
    checked = 0
    for table, columns in TEXT_COLUMNS.items():
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                assert not CONTROL.search(value), (table, column, value)
                assert not DANGEROUS.search(value), (table, column, value)
                checked += 1
    assert checked > 100


def test_answer_html_keeps_only_safe_markup(hostile) -> None:
    truth, db = hostile
    conn = sqlite3.connect(db)
    (html,) = conn.execute(
        "SELECT answer_html FROM posts WHERE id = ?", [post_id(truth, "hostile_markup")]
    ).fetchone()
    assert f'<a href="{SAFE_LINK}">safe browsing</a>' in html
    assert "&lt;svg onload=print()&gt;" in html
    tags = set(re.findall(r"<([a-z0-9]+)", html))
    assert tags <= {"p", "a", "img", "br", "strong", "em", "u", "ul", "ol", "li", "h2", "h3"}
    assert "<form" not in html and "<object" not in html and "<img" not in html
    links = conn.execute(
        "SELECT url FROM post_links WHERE post_id = ?", [post_id(truth, "hostile_markup")]
    ).fetchall()
    assert links == [(SAFE_LINK,)]


def test_the_hostile_page_did_carry_each_form(hostile) -> None:
    """The test above proves something only if the page served the dangerous forms."""
    truth, _ = hostile
    url = truth["bad_pages"]["hostile_markup"]["url"]
    page = urllib.request.urlopen(url).read().decode()  # the server is still up (module scope)
    for href in DANGEROUS_HREFS:
        assert f'href="{href}"' in page, href
    for raw in ('<img src="javascript:', "<form ", "<object ", "\x1b]0;", "\x1b[31m", "&#27;"):
        assert raw in page, raw


def test_windows_1252_page_is_decoded_as_declared(hostile) -> None:
    truth, db = hostile
    conn = sqlite3.connect(db)
    url = truth["bad_pages"]["windows_1252"]["url"]
    answer, problems = conn.execute(
        "SELECT answer, problems FROM posts WHERE id = ?", [post_id(truth, "windows_1252")]
    ).fetchone()
    assert WINDOWS_1252_TEXT in answer and "\ufffd" not in answer
    assert "charset" not in problems
    (charset,) = conn.execute(
        "SELECT charset FROM captures WHERE url = ? AND status = 200", [url]
    ).fetchone()
    assert charset == "cp1252"
    (raw,) = conn.execute(
        "SELECT b.data FROM captures c JOIN bodies b ON b.sha256 = c.body_sha256 WHERE c.url = ?",
        [url],
    ).fetchone()
    assert WINDOWS_1252_TEXT.encode("cp1252") in zlib.decompress(raw)  # captured as sent
    listing_charsets = {
        r[0] for r in conn.execute("SELECT charset FROM captures WHERE kind = 'listing'")
    }
    assert listing_charsets == {"utf-8"}


def test_rebuild_decodes_with_the_recorded_charset(hostile, tmp_path: Path) -> None:
    _, db = hostile
    into = tmp_path / "rebuilt.sqlite"
    result = msqa("rebuild", "--db", str(db), "--into", str(into), "--workers", "1")
    assert result.returncode == 0, result.stderr
    sql = "SELECT id, answer, answer_html FROM posts ORDER BY id"
    assert (
        sqlite3.connect(into).execute(sql).fetchall() == sqlite3.connect(db).execute(sql).fetchall()
    )


def test_csv_cells_are_neutralised(hostile) -> None:
    truth, db = hostile
    result = msqa("export", "--db", str(db))
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    row = rows[post_id(truth, "formula_title")]
    assert row["title"] == "'" + FORMULA_TITLE
    assert row["question"].startswith("'=cmd|")
    assert row["answer"].startswith("'@SUM(1+1)")
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.parametrize(
    "args",
    [["show", "hostile_markup"], ["search", "terminal OR colour OR form"], ["stats"]],
)
def test_show_and_search_print_no_raw_escape(hostile, args: list[str]) -> None:
    truth, db = hostile
    if args[0] == "show":
        args = ["show", post_id(truth, args[1])]
    result = msqa(*args, "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert (
        "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\x07" not in result.stdout
    )
    assert "Virtual MS Center" in result.stdout or args[0] != "show"


# -- rendered in Chromium ---------------------------------------------------------------------

INJECTED = (
    "svg[onload]",
    "[onerror]",
    "[onclick]",
    "form[action*='example.org']",
    "object",
    "a[href^='javascript'], a[href^='data:'], a[href^='vbscript']",
    "img[src^='javascript']",
    "iframe",
)


def assert_nothing_injected(page: Selector) -> None:
    for css in INJECTED:
        assert not page.css(css), css
    for script in page.css("script::text").getall():
        assert "alert(" not in script and "msgbox" not in script


def test_report_renders_with_no_injected_element(hostile, tmp_path: Path) -> None:
    _, db = hostile
    out = tmp_path / "report.html"
    result = msqa("report", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    page = rendered(out.as_uri(), tmp_path / "profile")
    assert page.css("figure.chart")
    assert_nothing_injected(page)


@pytest.fixture
def browsing(hostile) -> Iterator[str]:
    _, db = hostile
    with serving(db) as base:
        yield base


def test_datasette_renders_with_no_injected_element(hostile, browsing: str, tmp_path) -> None:
    truth, _ = hostile
    post = post_id(truth, "hostile_markup")
    # The row page: table views cut long cells (truncate_cells_html), the row page shows all.
    page = rendered(f"{browsing}/msqa/posts/{post}", tmp_path / "profile")
    cells = " ".join(
        page.css("table.rows-and-columns td *::text, table.rows-and-columns td::text").getall()
    )
    assert "&lt;svg onload=print()&gt;" in cells  # answer_html shown as text, not markup
    assert_nothing_injected(page)
    listed = rendered(f"{browsing}/msqa", tmp_path / "profile")
    tables = listed.css("h3 a::text, h2 a::text").getall()
    assert "posts" in tables and "captures" not in tables and "bodies" not in tables
