"""The crawl lock: one writer per archive file, whatever path names it.

The lock is an ``flock`` on ``ARCHIVE.lock`` beside the archive's real path (symlinks and
spellings such as ``./data/../data/msqa.sqlite`` resolved first), plus an ``flock`` on a lock
file named after the archive's device and inode in the machine's temp folder, so a hard link
with another name meets the same lock. A first crawl creates the file under the lock: opening
it (``schema.connect``) adds the inode's lock then. ``flock`` locks are independent of the
POSIX locks SQLite takes, and the kernel drops them when the process dies, even by ``kill -9``.
A lock file a run created is removed again if that run ends by an exception (Ctrl-C, SIGTERM
in ``msqa rebuild``, a refusal found under the lock); a finished run leaves it.

The archive file itself is never opened here: closing any descriptor of a SQLite database
releases every POSIX lock the process holds on it, SQLite's own included ("How To Corrupt An
SQLite Database File", 2.2), and readers in other processes then see a half-written file.

Within one process the lock is re-entrant (``msqa demo`` holds it while it clears its
database, then runs the crawl, which takes it again).
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO


@dataclass
class _Held:
    """A lock this process holds: how often it was taken, and the archive files (inodes) it
    has locked so far."""

    stack: ExitStack
    count: int = 1
    files: set[tuple[int, int]] = field(default_factory=set)


_held: dict[Path, _Held] = {}


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
    held = _held.get(key)
    if held is not None:
        held.count += 1
        try:
            yield
        finally:
            held.count -= 1
        return
    with ExitStack() as stack:
        handle = _open_locked(stack, key, db_path)
        held = _Held(stack)
        _lock_file(held, db_path)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _held[key] = held
        try:
            yield
        finally:
            del _held[key]


def adopt_file(db_path: str | Path) -> None:
    """Called when the archive is opened: if this process holds its crawl lock, lock the
    archive file too, should it have been created (first crawl) or replaced (demo) since."""
    held = _held.get(lock_path(db_path))
    if held is not None:
        _lock_file(held, db_path)


def inode_lock_path(st_dev: int, st_ino: int) -> Path:
    """The lock file of the archive file with this device and inode (hard links share it)."""
    return Path(tempfile.gettempdir()) / "msqa-locks" / f"{st_dev}-{st_ino}.lock"


def _lock_file(held: _Held, db_path: str | Path) -> None:
    try:
        inode = os.stat(os.path.realpath(db_path))
    except OSError:  # not created yet (or unreadable: SQLite will say so)
        return
    key = (inode.st_dev, inode.st_ino)
    if key in held.files:
        return
    path = inode_lock_path(*key)
    try:
        _shared_folder(path.parent)
        handle = _open_locked(held.stack, path, db_path, path)
    except OSError:  # an unwritable temp folder: the lock beside the real path still holds
        return
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}")
    handle.flush()
    held.files.add(key)


def _open_locked(
    stack: ExitStack, path: Path, db_path: str | Path, holder_file: Path | None = None
) -> IO[str]:
    """Open the lock file ``path`` (created if missing) and lock it, held by ``stack``.

    A lock file this call created is removed again if the stack unwinds by an exception (an
    interrupted or refused run leaves the folder as it was); one that was there stays. The
    removal happens under the lock, so whoever opened the file meanwhile finds, once it has the
    lock, that the path names another file or none, and opens it again.
    """
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o666)
            created = True
        except FileExistsError:
            try:
                fd = os.open(path, os.O_RDWR | os.O_APPEND)
            except FileNotFoundError:  # removed by its creator in between
                continue
            created = False
        handle = os.fdopen(fd, "a+")
        try:
            _take(handle, db_path, holder_file)
        except BaseException:
            handle.close()  # someone else locked it (even one just created): it is theirs
            raise
        if not _names_file(path, handle):
            handle.close()  # locked a file its creator has removed since
            continue
        stack.enter_context(handle)
        if created:
            stack.push(_remove_on_failure(path, handle))
        return handle


def _names_file(path: Path, handle: IO[str]) -> bool:
    opened = os.fstat(handle.fileno())
    try:
        return os.path.samestat(opened, os.stat(path))
    except FileNotFoundError:
        return False


def _remove_on_failure(
    path: Path, handle: IO[str]
) -> Callable[[type[BaseException] | None, BaseException | None, TracebackType | None], bool]:
    def remove(
        exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool:
        if exc_type is not None and _names_file(path, handle):
            with suppress(OSError):
                path.unlink()
        return False

    return remove


def _shared_folder(folder: Path) -> None:
    # Sticky and world-writable like /tmp itself, so crawls run as other users can lock too.
    try:
        folder.mkdir()
    except FileExistsError:
        return
    folder.chmod(0o1777)


def _take(handle: IO[str], db_path: str | Path, holder_file: Path | None = None) -> None:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(holder_file or lock_path(db_path))
        raise CrawlLocked(f"{db_path} is locked by a running crawl ({holder})") from None


def _holder(path: Path) -> str:
    try:
        return path.read_text().strip() or "another process"
    except OSError:
        return "another process"
