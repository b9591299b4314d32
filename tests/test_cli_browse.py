"""``msqa browse``: Datasette with metadata re-keyed for the file's name (the server itself runs
in tests/test_browser_dom.py)."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

from msqa_scraper.cli import browse, exitcodes


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Stand in for Datasette: record its arguments and the metadata it would read."""
    calls: list[dict] = []

    def fake_run(args: list[str]) -> None:
        metadata = Path(args[args.index("-m") + 1])
        calls.append({"args": args, "metadata": json.loads(metadata.read_text())})

    monkeypatch.setattr(browse, "run_datasette", fake_run)
    return calls


def test_metadata_follows_the_file_name(
    research_db: Path, tmp_path: Path, served: list[dict]
) -> None:
    other = tmp_path / "my-archive.sqlite"
    shutil.copy(research_db, other)
    result = run("browse", "--db", other, "--port", "8123")
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/my-archive/qa_browse" in result.stderr
    (call,) = served
    args = call["args"]
    assert args[:2] == ["serve", str(other)]
    assert args[args.index("-p") + 1] == "8123" and args[args.index("-h") + 1] == "127.0.0.1"
    database = call["metadata"]["databases"]["my-archive"]
    assert call["metadata"]["description"] == DISCLAIMER
    browse_view = database["tables"]["qa_browse"]
    assert DISCLAIMER in browse_view["description_html"]
    assert browse_view["facets"][:3] == [
        {"array": "experts"},
        {"array": "categories"},
        {"array": "therapies"},
    ]
    assert browse_view["fts_table"] == "posts_fts"
    assert "posts_by_therapy" in database["queries"]
    # The temporary metadata file is gone once the server stops.
    assert not Path(args[args.index("-m") + 1]).exists()


def test_port_in_use(research_db: Path, served: list[dict]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("browse", "--db", research_db, "--port", str(port))
    assert_one_line_error(result, exitcodes.BAD_INPUT, f"port {port}", "in use")
    assert served == []


def test_bad_input(tmp_path: Path, served: list[dict]) -> None:
    assert_one_line_error(
        run("browse", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    bad_port = run("browse", "--db", tmp_path / "missing.sqlite", "--port", "99999")
    assert bad_port.exit_code == exitcodes.BAD_INPUT and "Traceback" not in bad_port.output
    assert served == []


def test_help() -> None:
    result = run("browse", "--help")
    assert result.exit_code == 0
    for option in ("--db", "--port", "--host", "--open"):
        assert option in result.stdout
