"""Where a command may write a file: the one rule every output follows.

- Never the archive: not the database, nor its ``-wal``, ``-shm``, ``-journal`` or ``.lock``
  files, however the path is spelled (``..``, a symlink, a hard link: compared with
  ``os.path.samefile`` where the file exists, by resolved path where it does not).
- Never an existing file without ``force``.
- Symlinks are written through: the bytes land where the link points and the link stays a
  link. FIFOs and character devices (``/dev/stdout``, ``/dev/null``) are opened and written in
  order, never replaced; block devices and sockets are refused.
- A regular file is written to a temporary file beside it and moved into place at the end, so
  an interrupted command leaves the old file or the new one, never half of one. Without
  ``force`` the move is a hard link that fails if a file appeared meanwhile.

Appended files (logs) use ``check_append``: an existing file is fine, a SQLite database never.
``check_stream`` refuses a standard output that is the archive's file (``>> msqa.sqlite``).

``OutputRefused`` carries a one-line reason; the CLI prints it as ``msqa: error:`` (exit 2).
Used by the CLI and by the non-CLI writers (WARC export, rebuild ``--into``, static replica).
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import shutil
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from msqa_scraper.stop_signals import shielded

# Files SQLite and the crawl lock keep beside an archive; writing over any of them is as bad as
# writing over the archive (a foreign -wal is replayed into it, a replaced .lock unlocks it).
ARCHIVE_SIDECARS: tuple[str, ...] = ("-wal", "-shm", "-journal", ".lock")


class OutputRefused(Exception):
    """The path may not be written; the message says why in one line."""


def archive_files(db: str | Path) -> tuple[Path, ...]:
    """The archive at ``db`` and every file beside it that belongs to it."""
    db = Path(db)
    return (db, *(db.with_name(db.name + suffix) for suffix in ARCHIVE_SIDECARS))


@dataclass(frozen=True)
class Output:
    """A checked output path: ``given`` as the user spelled it, ``real`` where bytes land."""

    given: Path
    real: Path  # for a stream: the given path, opened as is
    stream: bool  # a FIFO or character device: written in order, no temporary file
    exists: bool
    force: bool


def check(
    path: str | Path,
    *,
    protect: Iterable[str | Path] = (),
    force: bool = False,
    stream_ok: bool = True,
) -> Output:
    """Check that ``path`` may be written, or raise ``OutputRefused``.

    ``protect`` lists the archives the command reads (each with its sidecars); ``stream_ok``
    is False for outputs that need a real file (a database).
    """
    given = Path(path)
    real = Path(os.path.realpath(given))
    for archive in protect:
        for guarded in archive_files(archive):
            if _same_file(given, real, guarded):
                suffix = guarded.name[len(Path(archive).name) :]
                what = f"the archive's {suffix} file" if suffix else "the archive"
                raise OutputRefused(f"{given} is {what} ({archive}); choose another output file")
    try:
        # The given path, so the kernel follows magic links such as /dev/stdout ->
        # /proc/self/fd/1 -> "pipe:[…]" that os.path.realpath cannot.
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        if given.is_symlink() and not real.parent.is_dir():
            raise OutputRefused(f"{given} links into a missing folder {real.parent}") from None
        if not real.parent.is_dir():
            raise OutputRefused(f"the folder {given.parent} does not exist") from None
        return Output(given, real, stream=False, exists=False, force=force)
    except OSError as exc:
        raise OutputRefused(f"cannot write {given}: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise OutputRefused(f"{given} is a directory")
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        if not stream_ok:
            raise OutputRefused(f"{given} is a FIFO or device; this output needs a regular file")
        return Output(given, given, stream=True, exists=True, force=force)
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{given} is a block device or socket; refusing to write to it")
    if not force:
        raise OutputRefused(f"{given} exists (use --force to replace it)")
    return Output(given, real, stream=False, exists=True, force=force)


def check_stream(stream: IO[Any], *, protect: Iterable[str | Path] = ()) -> None:
    """Refuse writing to an open stream (stdout) that is one of the archives' files: a shell's
    ``>> data/msqa.sqlite`` would append to the archive."""
    try:
        opened = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return  # not a file descriptor (a test runner's buffer)
    if not stat.S_ISREG(opened.st_mode):
        return
    for archive in protect:
        for guarded in archive_files(archive):
            try:
                if os.path.samestat(opened, os.stat(guarded)):
                    raise OutputRefused(f"standard output is the archive's file {guarded}")
            except FileNotFoundError:
                continue


SQLITE_HEADER = b"SQLite format 3\x00"


def check_append(path: str | Path, *, protect: Iterable[str | Path] = ()) -> Output:
    """``check`` for a file that is appended to (a log): an existing file is fine, unless it
    is a SQLite database (any archive, not only the one the command uses)."""
    out = check(path, protect=protect, force=True)
    if out.exists and not out.stream:
        try:
            with open(out.real, "rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise OutputRefused(f"cannot write {out.given}: {exc.strerror}") from None
        if head == SQLITE_HEADER:
            raise OutputRefused(f"{out.given} is a SQLite database; refusing to append to it")
    return out


def scratch_path(out: Output) -> Path:
    """A temporary file beside where ``out``'s bytes land (same file system, so it can be
    moved into place)."""
    return scratch_beside(out.real, "part")


def scratch_beside(path: Path, tag: str) -> Path:
    """A hidden name beside ``path`` that no file has: ``.NAME.TAG-PID-TOKEN``. The random
    token keeps a scratch file an earlier run left (killed, under a pid used again since) from
    being taken over or removed by this one, which removes only its own."""
    while True:
        scratch = path.with_name(f".{path.name}.{tag}-{os.getpid()}-{secrets.token_hex(4)}")
        if not os.path.lexists(scratch):
            return scratch


def install(out: Output, built: Path) -> None:
    """Move the finished file ``built`` to ``out`` (a regular file, not a stream). A stop signal
    waits for the move: the output is the old file or the new one, and ``built`` is gone."""
    with shielded():
        _install(out, built)


def _install(out: Output, built: Path) -> None:
    if out.exists:
        with suppress(OSError):
            shutil.copymode(out.real, built)
        os.replace(built, out.real)
        return
    try:
        os.link(built, out.real)  # fails, rather than replaces, if a file appeared meanwhile
    except FileExistsError:
        if not out.force:
            raise OutputRefused(f"{out.given} exists (use --force to replace it)") from None
        os.replace(built, out.real)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # No hard links on this file system: check once more, then move.
        if os.path.lexists(out.real) and not out.force:
            raise OutputRefused(f"{out.given} exists (use --force to replace it)") from None
        os.replace(built, out.real)
    else:
        built.unlink()


@contextmanager
def writing(
    path: str | Path,
    mode: str = "w",
    *,
    protect: Iterable[str | Path] = (),
    force: bool = False,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing under the rules above; checked again as it is opened."""
    out = check(path, protect=protect, force=force)
    if "b" in mode:
        encoding = newline = None
    if out.stream:
        with open(out.real, mode, encoding=encoding, newline=newline) as stream:
            yield stream
        return
    scratch = scratch_path(out)
    # Created exclusively before the clean-up is armed: only a file this run made is removed.
    handle = open(scratch, mode.replace("w", "x"), encoding=encoding, newline=newline)  # noqa: SIM115
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        install(out, scratch)
    finally:
        scratch.unlink(missing_ok=True)


def write_text(
    path: str | Path, text: str, *, protect: Iterable[str | Path] = (), force: bool = False
) -> None:
    with writing(path, protect=protect, force=force) as handle:
        handle.write(text)


def _same_file(given: Path, real: Path, guarded: Path) -> bool:
    try:
        if os.path.samefile(given, guarded):
            return True
    except OSError:
        pass
    return real == Path(os.path.realpath(guarded))
