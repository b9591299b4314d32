"""Reading an archive leaves its folder exactly as it was: no -wal or -shm, the same bytes.

Every read command runs on its own copy of a demo archive (a real crawl of the replica, so it
has captures for export-warc and rebuild) and the folder is compared file by file before and
after. A read while a crawl holds the archive open still reads the committed state, and leaves
the crawl's own -wal and -shm to it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from crawling import FAST, msqa
from research_fixtures import build_archive, run
from store_fixtures import make_item

from msqa_scraper.cli import exitcodes
from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.store import Archive
from msqa_scraper.store.queries import open_for_reading
from msqa_scraper.store.readonly import connect_read_only, sidecars

BIN = Path(sys.executable).parent

Listing = dict[str, tuple[int, int, str]]


def listing(folder: Path) -> Listing:
    """Every file in ``folder``: size, modification time and sha256."""
    return {
        path.name: (
            path.stat().st_size,
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.iterdir())
    }


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo crawl (replica on loopback), closed: nothing but the file and its crawl lock."""
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = msqa("demo", "--db", str(db), "--posts", "12")
    assert result.returncode == 0, result.stderr[-2000:]
    assert not any(path.exists() for path in sidecars(db))
    return db


@pytest.fixture
def archive(demo_archive: Path, tmp_path: Path) -> Path:
    """This test's copy of the demo archive, alone in its folder."""
    folder = tmp_path / "archive"
    folder.mkdir()
    return Path(shutil.copy2(demo_archive, folder / "msqa.sqlite"))


def a_post_id(db: Path) -> str:
    conn = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)  # creates no file
    try:
        return conn.execute("SELECT id FROM posts ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


# Each read command's arguments (outputs go to ``out``, outside the archive's folder).
READS: dict[str, Callable[[Path, Path], list[str]]] = {
    "stats": lambda db, out: ["stats"],
    "stats --json": lambda db, out: ["stats", "--json"],
    "show": lambda db, out: ["show", a_post_id(db)],
    "search": lambda db, out: ["search", "natalizumab"],
    "experts": lambda db, out: ["experts"],
    "experts --review": lambda db, out: ["experts", "--review"],
    "therapies": lambda db, out: ["therapies"],
    "export": lambda db, out: ["export", "-o", str(out / "qa.csv")],
    "export jsonl": lambda db, out: ["export", "--format", "jsonl"],
    "report": lambda db, out: ["report", str(out / "report.html")],
    "export-warc": lambda db, out: ["export-warc", str(out / "all.warc.gz")],
    "metadata": lambda db, out: ["metadata"],
    "rebuild --into": lambda db, out: ["rebuild", "--into", str(out / "rebuilt.sqlite")],
}


@pytest.mark.parametrize("command", READS)
def test_a_read_command_leaves_the_archive_folder_as_it_was(
    command: str, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = READS[command](archive, out)
    before = listing(archive.parent)
    result = run(*args, "--db", archive)
    assert result.exit_code == 0, result.output
    assert listing(archive.parent) == before


def test_browse_leaves_the_archive_folder_as_it_was(archive: Path) -> None:
    """Datasette's own connections (one per worker thread) are closed when it stops."""
    before = listing(archive.parent)
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "msqa"), "browse", "--db", str(archive), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/msqa/qa_browse.json?_search=natalizumab&_shape=array"
        rows = _get_json(url, server)
        assert rows, "the search found nothing"
        # While it serves, SQLite has its WAL files, as for any reader.
        assert all(path.exists() for path in sidecars(archive))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert listing(archive.parent) == before


def test_demo_refusing_a_real_archive_leaves_its_folder_as_it_was(archive: Path) -> None:
    real = build_archive(archive.with_name("real.sqlite"))
    before = listing(real.parent)
    result = msqa("demo", "--db", str(real), "--posts", "5")
    assert result.returncode == exitcodes.BAD_INPUT, result.stderr
    # The demo looks before it takes the crawl lock: not even the lock file appears
    # (every refusal: tests/test_refusals_leave_nothing.py).
    assert listing(real.parent) == before


def test_an_open_writer_keeps_its_wal_files_and_the_read_sees_what_it_committed(
    archive: Path,
) -> None:
    """A crawl in another process of its own (as ``msqa crawl`` is) has the archive open:
    the read works, sees only committed rows, and does not take the crawl's files away."""
    posts = _live_posts(archive)
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(archive), str(Path(__file__).parent)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "committed"
        # The crawl has committed a post and holds an open write transaction changing it.
        stats = msqa("stats", "--json", "--db", str(archive))
        assert stats.returncode == 0, stats.stderr
        totals = json.loads(stats.stdout)["totals"]
        assert totals["live_posts"] == posts + 1
        assert totals["crawls"] == 2
        assert all(path.exists() for path in sidecars(archive))
        assert _title(archive, "9001") != "uncommitted"
        writer.stdin.write("commit\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "done"
        assert writer.wait(timeout=30) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
    # The crawl's close removes its files, and its writes are all there.
    assert not any(path.exists() for path in sidecars(archive))
    assert _live_posts(archive) == posts + 1
    assert _title(archive, "9001") == "uncommitted"
    assert _integrity(archive) == "ok"


def test_reads_during_a_running_crawl_see_it_grow_and_the_crawl_completes(
    tmp_path: Path,
) -> None:
    """``msqa stats`` over and over while ``msqa crawl`` runs (politeness on, so the crawl
    takes a while): each read works and sees more posts or as many, the crawl completes, and
    the archive is whole.

    A read open while the crawl closes makes SQLite leave the crawl's -wal and -shm (only the
    last connection may remove them, and a read-only one cannot): the read found them there,
    so it leaves them too. They hold the crawl's last commits, which every read sees, until the
    next writer opens the archive."""
    db = tmp_path / "msqa.sqlite"
    with ReplicaServer(SiteConfig(posts=25, seed=3)) as server:
        command = ["crawl", "--base-url", server.blog_url, "--db", str(db), "--no-progress"]
        crawler = subprocess.Popen(
            [sys.executable, "-m", "msqa_scraper", *command, *FAST, "-s", "DOWNLOAD_DELAY=0.05"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen: list[int] = []
        try:
            while crawler.poll() is None:
                if db.exists():
                    result = run("stats", "--json", "--db", db)
                    if result.exit_code == 0:
                        seen.append(json.loads(result.stdout)["totals"]["live_posts"])
                    else:  # only before the crawl has made its tables
                        assert not seen and "not an msqa archive" in result.stderr, result.output
                time.sleep(0.05)
            stdout, stderr = crawler.communicate(timeout=60)
        finally:
            if crawler.poll() is None:
                crawler.kill()
    assert crawler.returncode == 0, stderr[-2000:]
    assert "crawl 1 complete" in stdout
    assert len([n for n in seen if 0 < n < 25]) >= 2, seen  # read while posts came in
    assert seen == sorted(seen), seen
    assert _integrity(db) == "ok"
    assert _live_posts(db) == 25
    Archive.open(db).close()  # the next writer: SQLite checkpoints and removes its files
    assert not any(path.exists() for path in sidecars(db))
    assert _live_posts(db) == 25


def test_a_reader_open_before_the_writer_leaves_the_writer_its_files(archive: Path) -> None:
    """The reader's open created the WAL files; the crawl started meanwhile, so the reader's
    close must leave them: the crawl goes on writing, and the archive stays whole."""
    reader = open_for_reading(archive)
    posts = reader.execute("SELECT count(*) FROM posts").fetchone()[0]
    assert all(path.exists() for path in sidecars(archive))
    with Archive.open(archive) as crawl:
        crawl_id = crawl.begin_crawl("http://127.0.0.1/blog", "virtual_ms_center")
        crawl.store_post(make_item("7001", crawl_id=crawl_id))
        reader.close()
        assert all(path.exists() for path in sidecars(archive))
        crawl.store_post(make_item("7002", crawl_id=crawl_id))
        # A read started during the crawl sees both posts.
        again = connect_read_only(archive)
        assert again.execute("SELECT count(*) FROM posts").fetchone()[0] == posts + 2
        again.close()
        assert all(path.exists() for path in sidecars(archive))
    assert not any(path.exists() for path in sidecars(archive))
    assert _integrity(archive) == "ok"
    assert _live_posts(archive) == posts + 2


def test_a_killed_crawls_wal_is_read_and_left_as_it_is(archive: Path) -> None:
    """A crawl killed after committing leaves its -wal (and -shm) behind: a read sees the
    commit, but never checkpoints it into the archive (only a writer recovers it)."""
    killed = subprocess.run([sys.executable, "-c", _KILLED, str(archive)], check=False)
    assert killed.returncode == 9
    wal, shm = sidecars(archive)
    assert wal.stat().st_size > 0 and shm.exists()
    before = listing(archive.parent)
    result = run("search", "renamed", "--db", archive)
    assert result.exit_code == 0, result.output
    assert "renamed" in result.stdout
    after = listing(archive.parent)
    # SQLite rebuilds its index of the -wal in the -shm; the archive and the -wal are as left.
    assert after.keys() == before.keys() and after[shm.name][0] == before[shm.name][0]
    del after[shm.name], before[shm.name]
    assert after == before


def test_a_stale_shm_goes_with_the_wal_a_read_made(archive: Path) -> None:
    """An older msqa's read left an empty -shm (and -wal); once the -wal is gone, a read
    makes a -wal and SQLite removes both when it ends: the archive is left alone, unchanged."""
    shm = sidecars(archive)[1]
    shm.write_bytes(b"\0" * 32768)
    archive_bytes = archive.read_bytes()
    result = run("stats", "--db", archive)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in archive.parent.iterdir()) == [archive.name]
    assert archive.read_bytes() == archive_bytes


def test_nested_reads_leave_nothing(archive: Path) -> None:
    """``msqa metadata`` opens the archive twice; the outer close is the one that tidies."""
    before = listing(archive.parent)
    outer = connect_read_only(archive)
    outer.execute("SELECT count(*) FROM posts").fetchone()
    inner = connect_read_only(archive)
    inner.execute("SELECT count(*) FROM posts").fetchone()
    inner.close()
    assert all(path.exists() for path in sidecars(archive))
    outer.close()
    assert listing(archive.parent) == before


# A crawl's writes, in a process of its own: commit a crawl and a post, say so, then hold a
# write transaction with another post until told to commit.
_WRITER = """
import sys
from msqa_scraper.store import Archive
sys.path.insert(0, sys.argv[2])
from store_fixtures import make_item

with Archive.open(sys.argv[1]) as archive:
    crawl = archive.begin_crawl("http://127.0.0.1/blog", "virtual_ms_center")
    item = make_item("9001")
    item.crawl_id = crawl
    archive.store_post(item)
    archive.db.execute("BEGIN IMMEDIATE")
    archive.db.execute("UPDATE posts SET title = 'uncommitted' WHERE id = '9001'")
    print("committed", flush=True)
    sys.stdin.readline()
    archive.db.execute("COMMIT")
    print("done", flush=True)
"""


# A crawl that commits a change and is killed before it closes the archive (no checkpoint).
_KILLED = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE posts SET title = 'renamed ' || title")
conn.commit()
os._exit(9)
"""


def _live_posts(db: Path) -> int:
    conn = connect_read_only(db)
    try:
        return conn.execute("SELECT count(*) FROM posts WHERE removed_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def _title(db: Path, post_id: str) -> str:
    conn = connect_read_only(db)
    try:
        return conn.execute("SELECT title FROM posts WHERE id = ?", [post_id]).fetchone()[0]
    finally:
        conn.close()


def _integrity(db: Path) -> str:
    conn = connect_read_only(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, server: subprocess.Popen[str]) -> list[dict]:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.loads(response.read())
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                stderr = server.stderr.read() if server.stderr else ""
                pytest.fail(f"msqa browse did not serve: {stderr[-2000:]}")
            time.sleep(0.2)
