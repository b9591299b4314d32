"""``msqa rebuild`` stopped by Ctrl-C or SIGTERM: exit 3 with one line, the folder as it was
(no scratch file, no ``-wal``/``-shm``, no lock file the run made), the archive the old one or,
when the signal came during the final swap, the rebuilt one; never half of either.

The rebuild runs in a subprocess held at a known point (``rebuild_pause.py``): the test waits
for its marker file, then sends a real signal.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack, closing
from pathlib import Path

import pytest
from safety_fixtures import archive_fixture, captured_fixture, fingerprint  # noqa: F401

from msqa_scraper import outputs
from msqa_scraper.cli import exitcodes
from msqa_scraper.offline.extract_pool import Extractor
from msqa_scraper.offline.rebuild import rebuild
from msqa_scraper.stop_signals import Interrupted, shielded, stopped_by_signals
from msqa_scraper.store import lock
from msqa_scraper.store.lock import crawl_lock, inode_lock_path

PAUSE = Path(__file__).with_name("rebuild_pause.py")
WAIT = 120.0  # seconds: generous bounds on a busy machine, never needed in full


def start(where: str, marker: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PAUSE), str(marker), where, "rebuild", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )


def wait_for(marker: Path, process: subprocess.Popen[str]) -> dict:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text():
            return json.loads(marker.read_text())
        if process.poll() is not None:
            raise AssertionError(f"the rebuild ended before its pause: {process.communicate()}")
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the rebuild never reached its pause")


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    return process.returncode, out, err


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "marker"}


def inode_lock(db: Path) -> Path:
    st = db.stat()
    return inode_lock_path(st.st_dev, st.st_ino)


def assert_interrupted(code: int, out: str, err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert code == exitcodes.PARTIAL, err
    assert len(lines) == 1 and lines[0].startswith("msqa: error: rebuild interrupted by "), err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert out == ""


CASES = {
    # Ctrl-C at a terminal reaches the whole process group; `kill PID` only the rebuild.
    "SIGINT-into": (signal.SIGINT, True, True),
    "SIGTERM-into": (signal.SIGTERM, False, True),
    "SIGINT-in-place": (signal.SIGINT, True, False),
    "SIGTERM-in-place": (signal.SIGTERM, False, False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_interrupted_rebuild_exits_3_and_leaves_the_folder_as_it_was(
    case: str, archive: Path
) -> None:
    signum, to_group, into = CASES[case]
    folder = archive.parent
    before, files = fingerprint(archive), listing(folder)
    inode_lock_before = inode_lock(archive).exists()
    out = folder / "rebuilt.sqlite"
    marker = folder / "marker"
    args = ["--db", archive, "--workers", "1", *(["--into", out] if into else [])]
    process = start("replay", marker, *args)
    wait_for(marker, process)
    assert any(".part-" in name or ".rebuild-" in name for name in os.listdir(folder))
    (os.killpg if to_group else os.kill)(process.pid, signum)
    code, stdout, stderr = finish(process)
    assert_interrupted(code, stdout, stderr, signal.Signals(signum).name, "is as it was")
    if into:
        assert "rebuilt.sqlite was not written" in stderr
    assert listing(folder) == files  # no scratch, no -wal/-shm, no ARCHIVE.lock added
    assert fingerprint(archive) == before
    assert inode_lock(archive).exists() == inode_lock_before


def test_an_interrupted_rebuild_keeps_a_lock_file_it_did_not_make(archive: Path) -> None:
    with crawl_lock(archive):
        pass  # as an earlier crawl left it
    lock_file = Path(f"{archive}.lock")
    marker = archive.parent / "marker"
    process = start("replay", marker, "--db", archive, "--workers", "1")
    wait_for(marker, process)
    os.kill(process.pid, signal.SIGINT)
    assert_interrupted(*finish(process), "is as it was")
    assert lock_file.read_text().startswith("pid ")


def test_ctrl_c_reaches_the_pool_workers_and_only_the_parent_reports_it(archive: Path) -> None:
    """Without its own handling each worker printed a KeyboardInterrupt traceback."""
    folder = archive.parent
    files = listing(folder)
    marker = folder / "marker"
    into = folder / "b.sqlite"
    process = start("replay-pool", marker, "--db", archive, "--workers", "2", "--into", into)
    workers = wait_for(marker, process)["workers"]
    assert len(workers) == 2
    os.killpg(process.pid, signal.SIGINT)
    assert_interrupted(*finish(process), "SIGINT")
    assert listing(folder) == files
    deadline = time.monotonic() + WAIT
    alive = list(workers)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid)]
        time.sleep(0.05)
    assert alive == []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_signal_during_the_swap_waits_for_it_and_says_the_archive_is_rebuilt(
    archive: Path,
) -> None:
    with closing(sqlite3.connect(archive)) as conn, conn:
        post_id, title = conn.execute("SELECT id, title FROM posts ORDER BY id LIMIT 1").fetchone()
        conn.execute("UPDATE posts SET title = 'stale derived title' WHERE id = ?", [post_id])
    marker = archive.parent / "marker"
    process = start("swap", marker, "--db", archive, "--workers", "1")
    assert_interrupted(*finish(process), "SIGINT", "final swap", "is the rebuilt archive")
    with closing(sqlite3.connect(archive)) as conn:
        assert conn.execute("SELECT title FROM posts WHERE id = ?", [post_id]).fetchone() == (
            title,
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert sorted(p.name for p in archive.parent.iterdir()) == ["marker", "msqa.sqlite"]


# -- the pieces, in this process --------------------------------------------------------------


def test_shielded_delivers_a_signal_once_the_block_is_over() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), shielded():
        os.kill(os.getpid(), signal.SIGINT)
        done.append("the block ran to its end")
    assert done == ["the block ran to its end"]


def test_stopped_by_signals_raises_interrupted_and_restores_the_handlers() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Interrupted) as stopped, stopped_by_signals():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler ends this at once
    assert stopped.value.signame == "SIGTERM" and not stopped.value.after_shield
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_scratch_name_is_unique_to_the_run(tmp_path: Path, monkeypatch) -> None:
    out = outputs.check(tmp_path / "out.sqlite", stream_ok=False)
    tokens = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(outputs.secrets, "token_hex", lambda _n: next(tokens))
    taken = tmp_path / f".out.sqlite.part-{os.getpid()}-aaaa"
    taken.write_bytes(b"an earlier run's")
    scratch = outputs.scratch_path(out)
    assert scratch == tmp_path / f".out.sqlite.part-{os.getpid()}-bbbb"
    assert scratch.name.startswith(".")


def test_a_stale_scratch_under_this_pid_is_neither_taken_over_nor_removed(
    archive: Path, tmp_path: Path
) -> None:
    """A killed run under a pid used again since: its scratch names are this run's old ones."""
    into = tmp_path / "rebuilt.sqlite"
    text = tmp_path / "notes.txt"
    stale = {
        path: f"an earlier run's half-made {path.name}".encode()
        for path in (
            into.with_name(f".{into.name}.part-{os.getpid()}"),
            text.with_name(f".{text.name}.part-{os.getpid()}"),
        )
    }
    for path, data in stale.items():
        path.write_bytes(data)
    rebuild(archive, into, workers=1)
    outputs.write_text(text, "mine\n")
    with closing(sqlite3.connect(into)) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 5
    assert text.read_text() == "mine\n"
    assert {path: path.read_bytes() for path in stale} == stale


def test_an_in_place_rebuild_leaves_a_stale_scratch_under_this_pid_alone(archive: Path) -> None:
    stale = archive.with_name(f".{archive.name}.rebuild-{os.getpid()}")
    stale.write_bytes(b"an earlier run's half-made rebuild")
    rebuild(archive, None, workers=1)
    with closing(sqlite3.connect(archive)) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 5
    assert stale.read_bytes() == b"an earlier run's half-made rebuild"


def test_a_lock_file_is_removed_only_by_the_failed_run_that_made_it(tmp_path: Path) -> None:
    db = tmp_path / "msqa.sqlite"
    lock_file = Path(f"{db}.lock")
    with pytest.raises(RuntimeError), crawl_lock(db):
        raise RuntimeError("stopped")
    assert not lock_file.exists()
    with crawl_lock(db):
        pass
    assert lock_file.exists()  # a finished run leaves it, as ever
    with pytest.raises(RuntimeError), crawl_lock(db):
        raise RuntimeError("stopped")
    assert lock_file.read_text().startswith("pid ")  # not this run's: kept


def test_a_lock_file_removed_as_it_is_locked_is_opened_again(tmp_path: Path, monkeypatch) -> None:
    """Its creator removed it between this run's open and its flock: the lock then guards no
    name, so the run opens the path again."""
    path = tmp_path / "msqa.sqlite.lock"
    path.write_text("pid 1")
    take = lock._take
    removed: list[Path] = []

    def take_then_lose(handle, db_path, holder_file=None) -> None:
        take(handle, db_path, holder_file)
        if not removed:
            path.unlink()
            removed.append(path)

    monkeypatch.setattr(lock, "_take", take_then_lose)
    with ExitStack() as stack:
        handle = lock._open_locked(stack, path, tmp_path / "msqa.sqlite")
        assert removed and os.path.samestat(os.fstat(handle.fileno()), path.stat())


def test_a_worker_forked_during_a_rebuild_ignores_ctrl_c_and_dies_of_sigterm() -> None:
    with stopped_by_signals():
        pid = os.fork()
        if pid == 0:  # the child: report its handlers by its exit code, and leave at once
            ok = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
            ok = ok and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_spawned_worker_ignores_ctrl_c_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where there is no fork (macOS, Windows) workers inherit no handlers: the pool's initializer
    # is what keeps a terminal's Ctrl-C from killing them mid-page.
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: spawn)
    with Extractor(read=lambda digest: b"", workers=2) as extractor:
        workers = extractor._ensure_pool()
        on_ctrl_c = workers.apply(signal.getsignal, (signal.SIGINT,))
        on_sigterm = workers.apply(signal.getsignal, (signal.SIGTERM,))
    assert isinstance(workers._ctx, type(spawn))
    assert on_ctrl_c == signal.SIG_IGN
    assert on_sigterm == signal.SIG_DFL
