"""What a crawl prints for a scheduler, on Ctrl-C, and on a terminal (issue 16)."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crawling import msqa

from msqa_scraper.cli.crawl import known_settings, unknown_setting_warning
from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.replica.faults import FaultConfig

UNREACHABLE = "http://127.0.0.1:9/q--a-for-virtual-ms-center"  # port 9 (discard): refused
QUICK_FAILURE = ["-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0.01", "-s", "DOWNLOAD_DELAY=0"]


def run_msqa(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return msqa(*args, timeout=timeout)


def test_failed_crawl_is_quiet_on_a_non_terminal_stderr(tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    db = tmp_path / "msqa.sqlite"
    result = run_msqa(
        "crawl", "--base-url", UNREACHABLE, "--db", str(db), "--log-file", str(log), *QUICK_FAILURE
    )
    assert result.returncode == 4
    lines = result.stderr.splitlines()
    # Only the failures themselves: robots.txt, the index, the sitemap, and the spider's verdict.
    assert 1 <= len(lines) <= 6, result.stderr
    assert all(re.search(r"\] (WARNING|ERROR|CRITICAL): ", line) for line in lines), lines
    assert "Traceback" not in result.stderr
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("crawl 1 failed: ")
    # INFO (version dump, settings, stats) went to the log file instead.
    text = log.read_text()
    assert "INFO: Scrapy" in text and "Dumping Scrapy stats" in text


def test_verbose_brings_info_back_to_stderr(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    result = run_msqa("crawl", "-v", "--base-url", UNREACHABLE, "--db", str(db), *QUICK_FAILURE)
    assert result.returncode == 4
    assert "INFO: Dumping Scrapy stats" in result.stderr
    assert len(result.stderr.splitlines()) > 40


def test_a_mistyped_setting_is_named_with_the_closest_known_one(tmp_path: Path) -> None:
    assert unknown_setting_warning("DOWNLOAD_DELAY") is None
    assert unknown_setting_warning("MSQA_POST_WINDOW") is None
    warning = unknown_setting_warning("DOWNLOAD_DELAI")
    assert warning is not None and "did you mean DOWNLOAD_DELAY?" in warning
    result = run_msqa(
        "crawl", "--base-url", UNREACHABLE, "--db", str(tmp_path / "x.sqlite"),
        "-s", "DOWNLOAD_DELAI=0", *QUICK_FAILURE,
    )  # fmt: skip
    assert result.stderr.splitlines()[0] == (
        "msqa: warning: DOWNLOAD_DELAI is not a Scrapy or msqa setting, so it changes nothing;"
        " did you mean DOWNLOAD_DELAY?"
    )


def test_every_msqa_setting_the_code_reads_is_known() -> None:
    package = Path(__file__).parents[1] / "msqa_scraper"
    read = set()
    for path in package.rglob("*.py"):
        # Scrapy settings a component reads (MSQA_SEARCH_* and the like are environment
        # variables of the read commands, not crawl settings).
        read |= set(re.findall(r"settings\.\w+\(\s*\"(MSQA_[A-Z_]+)\"", path.read_text()))
    assert len(read) >= 5, read
    assert read <= known_settings(), read - known_settings()


# -- interruption ----------------------------------------------------------------------------


def crawl_counts(db: Path) -> tuple[dict, int, int]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    crawl = dict(conn.execute("SELECT * FROM crawls").fetchone())
    captures = conn.execute("SELECT count(*) FROM captures WHERE crawl_id = 1").fetchone()[0]
    new = conn.execute("SELECT count(*) FROM post_events WHERE event = 'new'").fetchone()[0]
    conn.close()
    return crawl, captures, new


def wait_for_captures(
    db: Path, count: int, crawl: subprocess.Popen[str], timeout: float = 90
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if crawl.poll() is not None:
            raise AssertionError(f"the crawl ended early: {crawl.communicate()[1][-2000:]}")
        if db.exists():
            conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
            try:
                if conn.execute("SELECT count(*) FROM captures").fetchone()[0] >= count:
                    return
            except sqlite3.OperationalError:
                pass  # the schema is not there yet
            finally:
                conn.close()
        time.sleep(0.1)
    raise AssertionError(f"no {count} captures in {timeout} s")


def start_crawl(blog_url: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    # The default (polite) delay: what a user presses Ctrl-C on.
    return subprocess.Popen(
        [sys.executable, "-m", "msqa_scraper", "crawl", "--base-url", blog_url, "--db", str(db),
         "--no-progress", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_first_signal_stops_at_once_with_honest_counts(tmp_path: Path, signum: int) -> None:
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=12, per_page=4)) as server:
        crawl = start_crawl(server.blog_url, db)
        wait_for_captures(db, 3, crawl)
        sent = time.monotonic()
        crawl.send_signal(signum)
        out, err = crawl.communicate(timeout=60)
        elapsed = time.monotonic() - sent
        served = len(server.requests)
    assert crawl.returncode == 3, err
    assert elapsed < 3.0, elapsed  # Scrapy alone took ~19 s: it worked through its queue
    name = signal.Signals(signum).name
    record, captures, new = crawl_counts(db)
    assert record["status"] == "partial" and record["reason"].startswith(f"interrupted by {name}")
    # Every request counted was answered and stored; nothing was fetched after the signal.
    assert record["requests"] == captures == served
    assert record["posts_new"] == new
    assert out.strip().endswith(f"interrupted by {name}") and "crawl 1 partial" in out
    assert "Traceback" not in err


def test_a_back_off_does_not_hold_up_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    faults = FaultConfig(error_500=1.0, fail_attempts=5)
    with ReplicaServer(SiteConfig(posts=12), faults=faults) as server:
        crawl = start_crawl(server.blog_url, db, "-s", "RETRY_BACKOFF_BASE=30")
        wait_for_captures(db, 2, crawl)  # robots.txt and the first 500: now waiting 15-30 s
        time.sleep(0.5)
        sent = time.monotonic()
        crawl.send_signal(signal.SIGINT)
        _out, err = crawl.communicate(timeout=60)
        elapsed = time.monotonic() - sent
    assert crawl.returncode == 3, err
    assert elapsed < 3.0, elapsed
    record, captures, _ = crawl_counts(db)
    assert record["requests"] == captures == 2
    assert record["errors"] == 1  # the page that answered 500 did fail


def test_second_signal_stops_without_waiting_for_the_page_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    # Every page but robots.txt stalls for 30 s: the first signal would wait for it.
    faults = FaultConfig(stall=1.0, stall_seconds=30)
    with ReplicaServer(SiteConfig(posts=12), faults=faults) as server:
        crawl = start_crawl(server.blog_url, db, "-s", "DOWNLOAD_DELAY=0")
        wait_for_captures(db, 1, crawl)
        time.sleep(1.0)  # the index request is on the wire
        crawl.send_signal(signal.SIGINT)
        time.sleep(0.5)
        assert crawl.poll() is None, "the first signal should wait for the page in flight"
        sent = time.monotonic()
        crawl.send_signal(signal.SIGTERM)
        out, err = crawl.communicate(timeout=60)
        elapsed = time.monotonic() - sent
    assert crawl.returncode == 3, err
    assert elapsed < 3.0, elapsed
    record, captures, new = crawl_counts(db)
    assert record["status"] == "partial"
    assert record["reason"] == "interrupted by SIGINT, then SIGTERM: stopped at once"
    assert record["requests"] == captures == 1  # robots.txt; the stalled page never answered
    assert record["posts_new"] == new == 0
    assert "crawl 1 partial: 0 posts" in out and "1 request," in out


# -- the progress line, in a pseudo-terminal -------------------------------------------------


def run_in_pty(args: list[str], timeout: float = 120) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal; returns the exit code and the output."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "xterm"}
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.2)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(leader)
    proc.wait(timeout=10)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def screen_lines(output: str) -> list[str]:
    """The lines as they end up on screen: cursor moves erase the progress line, not text."""
    text = re.sub(r"\x1b\[\?25[lh]", "", output)  # cursor hide/show
    lines: list[str] = [""]
    for token in re.split(r"(\x1b\[[0-9;]*[A-Za-z]|\r\n|\r|\n)", text):
        if token in ("\r\n", "\n"):
            lines.append("")
        elif token == "\r":
            lines[-1] = ""
        elif token.startswith("\x1b["):
            code = token[-1]
            if code == "A":  # cursor up: rich redraws the live line in place
                count = int(token[2:-1] or 1)
                del lines[-count:]
                lines.append("")
            elif code in "K":
                lines[-1] = ""
        else:
            lines[-1] += token
    return [line for line in lines if line.strip()]


def test_progress_line_owns_the_terminal_line(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    faults = FaultConfig(error_500=0.3, fail_attempts=5)
    with ReplicaServer(SiteConfig(posts=12, per_page=4), faults=faults) as server:
        code, output = run_in_pty(
            [sys.executable, "-m", "msqa_scraper", "crawl", "--base-url", server.blog_url,
             "--db", str(db), "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
             "-s", "RETRY_BACKOFF_BASE=4"],
        )  # fmt: skip
    assert code == 3, output[-2000:]
    shown = screen_lines(output)
    log_pattern = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[^\]]+\] (WARNING|ERROR): ")
    # A log record starts its own line on screen: never glued after the progress text.
    logged = [line for line in shown if log_pattern.search(line)]
    assert logged, "expected log records for the 500s"
    assert all(log_pattern.match(line) for line in logged), logged
    # During the back-off the line says what it waits for.
    assert re.search(r"retrying in \d+ s: 500 from http://127\.0\.0\.1:\d+/", output)
    # The last progress line and the summary agree.
    summary = next(line for line in shown if line.startswith("crawl 1 partial: "))
    final = shown[shown.index(summary) - 1]
    pages = re.search(r"(\d+) pages?, (\d+) requests?", summary)
    assert pages is not None
    posts = re.search(r": (\d+) posts? \(", summary)
    assert posts is not None
    assert final.startswith(f"{pages[1]} pages · {posts[1]} posts ("), (final, summary)
    assert f" · {pages[2]} requests · " in final, (final, summary)
    errors = re.search(r"(\d+) errors?", summary)
    assert errors is not None and final.endswith(
        f"{errors[1]} error" + ("" if errors[1] == "1" else "s")
    )
