"""The report and Datasette as a browser renders them: headless Chromium (Debian's ``chromium``,
installed by .ci/run) dumps the DOM and the tests assert on it.

A missing Chromium fails these tests rather than skipping them: CI must not go green without
ever having rendered a page.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from parsel import Selector
from research_fixtures import research_db_fixture, run  # noqa: F401
from store_fixtures import DISCLAIMER

BIN = Path(sys.executable).parent
CHARTS = ("posts-per-month", "answers-per-expert", "therapy-mentions", "changes-per-crawl")


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.fail("chromium is not installed: apt-get install -y chromium (see .ci/run)")
    return found


def rendered(url: str, profile: Path) -> Selector:
    """The DOM after Chromium loaded ``url`` and ran its scripts."""
    done = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<body" in done.stdout, done.stderr[-2000:]
    return Selector(text=done.stdout)


def text_of(page: Selector, css: str) -> str:
    return " ".join(" ".join(page.css(f"{css} *::text").getall()).split())


def test_report_renders_charts_and_disclaimer(research_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run("report", out, "--db", research_db).exit_code == 0
    page = rendered(out.as_uri(), tmp_path / "profile")
    assert text_of(page, "#disclaimer") == DISCLAIMER
    for chart in CHARTS:
        figure = page.css(f"figure.chart#{chart}")
        assert figure, chart
        assert len(figure.css("svg rect.bar")) > 0, chart
        assert all(float(h) > 0 for h in figure.css("svg rect.bar::attr(height)").getall())
    assert page.css("#generated-at::text").get()
    assert page.css("#database-path::text").get() == str(research_db.resolve())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``msqa browse`` serving the archive at ``db``; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "msqa"), "browse", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    stderr = server.stderr.read().decode() if server.stderr else ""
                    pytest.fail(f"msqa browse did not start: {stderr[-2000:]}")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def browsing(research_db: Path) -> Iterator[str]:
    with serving(research_db) as base:
        yield base


def test_datasette_page_has_disclaimer_search_and_facets(browsing: str, tmp_path: Path) -> None:
    page = rendered(f"{browsing}/msqa/qa_browse?_search=tysabri", tmp_path / "profile")
    assert DISCLAIMER in text_of(page, ".metadata-description")
    rows = page.css("table.rows-and-columns tbody tr")
    assert len(rows) == 2  # full-text search works on the view
    therapies = page.css(".facet-info[data-column='therapies'] li a::text").getall()
    assert "natalizumab" in therapies and "ocrelizumab" in therapies
    assert "Jane Doe" in page.css(".facet-info[data-column='experts'] li a::text").getall()
    assert page.css(".facet-info[data-column='categories'] li")

    tags = rendered(f"{browsing}/msqa/post_drugs", tmp_path / "profile")
    assert DISCLAIMER in text_of(tags, ".metadata-description")
    assert tags.css(".facet-info[data-column='drug'] li")
