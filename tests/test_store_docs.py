"""The researcher-facing surface: docs, Datasette metadata, sqlite-utils and Datasette."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from seeds import seed_text
from store_fixtures import DISCLAIMER, db_path_fixture, make_item  # noqa: F401

from msqa_scraper.store import METADATA_PATH, Archive, datasette_metadata

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent


def described(archive: Archive) -> dict[str, list[str]]:
    """Every table and view a researcher sees, with its columns."""
    names = [
        n
        for n in archive.db.table_names()
        if not n.startswith("posts_fts") and not n.startswith("_")
    ]
    names += archive.db.view_names()
    return {name: [c.name for c in archive.db[name].columns] for name in names}


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Archive.open(db_path) as archive:
        crawl_id = archive.begin_crawl("http://example.test", "msqa")
        for post_id, answer in (("1", None), ("2", "Ocrelizumab targets CD20.")):
            item = make_item(post_id, **({"answer": answer} if answer else {}))
            item.crawl_id = crawl_id
            archive.store_post(item)
    return db_path


def test_metadata_describes_every_column_and_shows_the_disclaimer(db_path: Path) -> None:
    metadata = yaml.safe_load(METADATA_PATH.read_text())
    assert metadata["description"] == DISCLAIMER
    assert DISCLAIMER in seed_text()  # the disclaimer is the live site's, verbatim
    assert metadata["source_url"].startswith("http://www.healthcarejourney.com/")
    assert metadata["license"]
    database = metadata["databases"]["msqa"]
    assert DISCLAIMER in database["description_html"]
    with Archive.open(db_path) as archive:
        for name, columns in described(archive).items():
            table = database["tables"][name]
            # Datasette shows only a table's own description, so each carries the disclaimer.
            assert DISCLAIMER in table["description_html"], name
            assert set(table["columns"]) == set(columns), name


def test_metadata_can_be_rekeyed_for_another_file_name() -> None:
    metadata = datasette_metadata("demo")
    assert set(metadata["databases"]) == {"demo"}
    assert DISCLAIMER in metadata["databases"]["demo"]["tables"]["qa"]["description_html"]


def test_data_format_documents_every_table_view_and_column(db_path: Path) -> None:
    doc = (ROOT / "DATA_FORMAT.md").read_text()
    sections = re.split(r"^### ", doc, flags=re.MULTILINE)
    by_name = {s.split("\n", 1)[0].strip("` "): s for s in sections[1:]}
    with Archive.open(db_path) as archive:
        for name, columns in described(archive).items():
            assert name in by_name, f"DATA_FORMAT.md has no section for {name}"
            for column in columns:
                assert f"`{column}`" in by_name[name], f"{name}.{column} undocumented"


def test_data_format_sql_examples_run(filled: Path) -> None:
    examples = re.findall(r"```sql\n(.*?)```", (ROOT / "DATA_FORMAT.md").read_text(), re.S)
    assert len(examples) >= 4
    with Archive.open(filled) as archive:
        for sql in examples:
            list(archive.db.query(sql))


def test_sqlite_utils_search_cli(filled: Path) -> None:
    done = subprocess.run(
        [str(BIN / "sqlite-utils"), "search", str(filled), "posts", "natalizumab", "-c", "id"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert json.loads(done.stdout) == [{"id": "1"}]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def datasette(filled: Path) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "datasette"), "serve", str(filled), "-m", str(METADATA_PATH), "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    stderr = server.stderr.read().decode() if server.stderr else ""
                    pytest.fail(f"datasette did not start: {stderr}")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def test_datasette_serves_the_archive_with_metadata(datasette: str) -> None:
    table_page = fetch(f"{datasette}/msqa/qa")
    assert DISCLAIMER in table_page
    assert "Expert names in signature order" in table_page  # column descriptions

    found = json.loads(fetch(f"{datasette}/msqa/posts.json?_search=natalizumab&_shape=array"))
    assert [row["id"] for row in found] == ["1"]
    assert DISCLAIMER in fetch(f"{datasette}/msqa/posts?_search=natalizumab")

    metadata = json.loads(fetch(f"{datasette}/-/metadata.json"))
    assert metadata["description"] == DISCLAIMER

    by_expert = json.loads(
        fetch(f"{datasette}/msqa/answers_by_expert.json?name=Kinkel&_shape=array")
    )
    assert sorted(row["post_id"] for row in by_expert) == ["1", "2"]
    searched = json.loads(fetch(f"{datasette}/msqa/search_posts.json?q=ocrelizumab&_shape=array"))
    assert [row["id"] for row in searched] == ["2"]
    changes = json.loads(
        fetch(f"{datasette}/msqa/changes_since.json?since=2000-01-01&_shape=array")
    )
    assert {row["event"] for row in changes} == {"new"}
