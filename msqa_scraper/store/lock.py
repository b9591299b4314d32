"""The crawl lock: one writer per archive file, whatever path names it.

The lock is an ``flock`` on ``ARCHIVE.lock`` beside the archive's real path (symlinks and
spellings such as ``./data/../data/msqa.sqlite`` resolved first), plus an ``flock`` on the
archive file itself when it exists, so a hard link with another name meets the same lock.
``flock`` locks are independent of the POSIX locks SQLite takes, and the kernel drops them
when the process dies, even by ``kill -9``.

Within one process the lock is re-entrant (``msqa demo`` holds it while it clears its
database, then runs the crawl, which takes it again).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

_held: dict[Path, int] = {}


class CrawlLocked(RuntimeError):
    """Another crawl (or rebuild) holds the archive's lock."""


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the archive at ``db_path``, beside its real path."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


@contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the archive's exclusive lock, or raise ``CrawlLocked`` at once."""
    key = lock_path(db_path)
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    with ExitStack() as stack:
        handle = stack.enter_context(open(key, "a+"))
        _take(handle, db_path)
        try:
            archive = stack.enter_context(open(key.with_name(key.name.removesuffix(".lock")), "rb"))
        except OSError:  # not created yet (or unreadable: SQLite will say so)
            pass
        else:
            _take(archive, db_path)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]


def _take(handle: IO[str] | IO[bytes], db_path: str | Path) -> None:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise CrawlLocked(f"{db_path} is locked by a running crawl ({_holder(db_path)})") from None


def _holder(db_path: str | Path) -> str:
    try:
        return lock_path(db_path).read_text().strip() or "another process"
    except OSError:
        return "another process"
