"""Researcher commands on an archive holding what a hostile page wrote: CSV cells that are
formulas, terminal escapes (an archive made before the extractor stripped them, or edited by
hand), and queries and numbers far beyond what the archive can answer.

Formula forms from OWASP's CSV Injection page (https://owasp.org/www-community/attacks/
CSV_Injection): ``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``, ``+``, ``-``, ``@`` and a leading
tab or CR.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import browse, exitcodes
from msqa_scraper.cli.output import neutralise, terminal_safe
from msqa_scraper.store import queries

FORMULA_TITLE = '=HYPERLINK("http://example.org/x?"&A1,"Click for your results")'
FORMULA_QUESTION = "=cmd|' /C calc'!A0"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil"


@pytest.fixture
def hostile_db(research_db: Path, tmp_path: Path) -> Path:
    """The research archive with a formula title and question, and raw escapes in 2003."""
    db = tmp_path / "msqa.sqlite"
    shutil.copy(research_db, db)
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE posts SET title = ?, question = ? WHERE id = '2004'",
        [FORMULA_TITLE, FORMULA_QUESTION],
    )
    conn.execute(
        "UPDATE posts SET title = ?, answer = answer || ? WHERE id = '2003'",
        [f"Spasticity {ESCAPES} at night", f" {ESCAPES}"],
    )
    conn.execute("UPDATE categories SET name = '@SUM(1+1)*cmd' WHERE slug = 'symptoms'")
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        ("", ""),
        (5, 5),
        (None, None),
    ],
)
def test_neutralise(cell, want) -> None:
    assert neutralise(cell) == want


def test_csv_export_neutralises_formulas(hostile_db: Path) -> None:
    result = run("export", "--db", hostile_db)
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["2004"]["title"] == "'" + FORMULA_TITLE
    assert rows["2004"]["question"] == "'" + FORMULA_QUESTION
    assert rows["2003"]["categories"] == "'@SUM(1+1)*cmd"
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_export_raw_and_jsonl_are_exact(hostile_db: Path) -> None:
    raw = run("export", "--db", hostile_db, "--raw")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(raw.stdout))}
    assert rows["2004"]["title"] == FORMULA_TITLE
    jsonl = run("export", "--db", hostile_db, "--format", "jsonl")
    by_id = {r["id"]: r for r in map(json.loads, jsonl.stdout.splitlines())}
    assert by_id["2004"]["question"] == FORMULA_QUESTION
    assert ESCAPES in by_id["2003"]["answer"]


def test_search_csv_neutralises_too(hostile_db: Path) -> None:
    result = run("search", "fatigue", "--db", hostile_db, "--csv")
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["title"] == "'" + FORMULA_TITLE


def test_terminal_safe_shows_every_escape() -> None:
    shown = terminal_safe(ESCAPES)
    assert shown == "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eevil"


@pytest.mark.parametrize(
    "args",
    [
        ["show", "2003"],
        ["search", "stretching"],
        ["search", "stretching", "--json"],
        ["show", "2003", "--json"],
        ["stats"],
        ["experts"],
    ],
)
def test_no_raw_escape_reaches_the_terminal(hostile_db: Path, args: list[str]) -> None:
    result = run(*args, "--db", hostile_db)
    assert result.exit_code == 0, result.output
    for byte in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert byte not in result.output, (args, byte)
    if args[0] == "show" and "--json" not in args:
        assert "\\x1b]0;pwned\\x07" in result.stdout  # visible, not obeyed


def test_json_keeps_the_value(hostile_db: Path) -> None:
    result = run("show", "2003", "--json", "--db", hostile_db)
    assert ESCAPES in json.loads(result.stdout)["post"]["answer"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["search", "x", "--limit", "99999999999999999999"], "--limit"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["search", "x", "--max-terms", "-1"], "--max-terms"),
        (["search", "x", "--timeout", "nan"], "--timeout"),
        (["stats", "--crawls", "99999999999999999999"], "--crawls"),
        (["stats", "--crawls", "many"], "--crawls"),
        (["export-warc", "out.warc.gz", "--since", "99999999999999999999"], "--since"),
        (["browse", "--port", "99999999999999999999"], "--port"),
    ],
)
def test_integer_options_are_range_checked(research_db: Path, args, fragment: str) -> None:
    result = run(*args, "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "Invalid value for " + fragment)


def test_too_many_search_terms_is_one_line(research_db: Path) -> None:
    query = " OR ".join(f"term{n}" for n in range(20_000))
    result = run("search", query, "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "20,000 terms", "--max-terms")


def test_term_limit_is_settable(research_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    query = "tysabri OR natalizumab OR gilenya"
    assert run("search", query, "--db", research_db, "--max-terms", "3").exit_code == 0
    monkeypatch.setenv("MSQA_SEARCH_MAX_TERMS", "2")
    result = run("search", query, "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "3 terms", "2 allowed")


def test_query_terms_counts_words_and_phrases() -> None:
    assert queries.query_terms('"stem cell" OR tysabri NOT (pml AND jc)') == 4


class SlowClock:
    """A monotonic clock on which every reading is a second after the one before."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


def test_a_search_past_its_time_is_interrupted(
    research_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = queries.open_for_reading(research_db)
    try:
        assert queries.search(db, "tysabri OR stretching", timeout=0.5)  # ends before a check
        monkeypatch.setattr(queries, "time", SlowClock())
        monkeypatch.setattr(queries, "_PROGRESS_STEPS", 1)
        with pytest.raises(queries.QueryError, match=r"--timeout.*stopped after 0\.5 s"):
            queries.search(db, "tysabri OR stretching", timeout=0.5)
        # The handler is gone afterwards: the next statement runs to its end.
        assert db.execute("SELECT count(*) FROM posts").fetchone()[0] > 0
        assert queries.search(db, "tysabri", timeout=3600)
    finally:
        db.close()


def test_search_timeout_via_the_command_is_one_line(
    research_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "time", SlowClock())
    monkeypatch.setattr(queries, "_PROGRESS_STEPS", 1)
    result = run("search", "tysabri", "--db", research_db, "--timeout", "0.5")
    assert_one_line_error(result, exitcodes.BAD_INPUT, "stopped after 0.5 s", "--timeout")
    monkeypatch.setenv("MSQA_SEARCH_TIMEOUT", "0.25")
    result = run("search", "tysabri", "--db", research_db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "stopped after 0.25 s")


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []

    def fake_run(args: list[str]) -> None:
        metadata = Path(args[args.index("-m") + 1])
        calls.append({"args": args, "metadata": json.loads(metadata.read_text())})

    monkeypatch.setattr(browse, "run_datasette", fake_run)
    monkeypatch.setattr(browse, "port_free", lambda host, port: True)
    return calls


def _tables(call: dict) -> dict:
    return call["metadata"]["databases"]["msqa"]["tables"]


def test_browse_hides_raw_tables_unless_asked(research_db: Path, served: list[dict]) -> None:
    assert run("browse", "--db", research_db).exit_code == 0
    assert run("browse", "--db", research_db, "--all-tables").exit_code == 0
    hidden, shown = served
    for table in ("captures", "bodies"):
        assert _tables(hidden)[table]["hidden"] is True
        assert not _tables(shown).get(table, {}).get("hidden")
    # The generated metadata is merged into, not replaced: descriptions stay.
    assert "description_html" in _tables(hidden)["captures"]
    assert "description_html" in _tables(hidden)["posts"]


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_browse_warns_off_loopback(research_db: Path, served: list[dict], host: str) -> None:
    result = run("browse", "--db", research_db, "--host", host)
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.stderr.splitlines() if "warning" in line)
    for what in ("open to the network", "raw captures and bodies", "SQL", host):
        assert what in warning


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_browse_on_loopback_does_not_warn(research_db: Path, served: list[dict], host: str):
    result = run("browse", "--db", research_db, "--host", host)
    assert "warning" not in result.stderr


def test_replica_hostile_knob(tmp_path: Path) -> None:
    out = tmp_path / "truth.json"
    base = "http://127.0.0.1:8080/q--a-for-virtual-ms-center"
    result = run("replica", "truth", "--posts", "6", "--hostile-content", "--base-url", base, out)
    assert result.exit_code == 0, result.output
    pages = json.loads(out.read_text(encoding="utf-8"))["bad_pages"]
    assert set(pages) == {"hostile_markup", "formula_title", "windows_1252"}
    assert {page["expect"] for page in pages.values()} == {"stored"}
    built = run("replica", "build", "--hostile-content", tmp_path / "site")
    assert built.exit_code == 2 and "live replica" in built.output
