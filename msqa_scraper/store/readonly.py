"""Read-only connections that leave the archive's folder as they found it.

An archive is a WAL database (``schema.connect``). A WAL reader needs the ``-wal`` file and
the ``-shm`` wal-index beside the database, and SQLite creates both when they are missing,
even for ``mode=ro``. The connection that closes last normally checkpoints and deletes them,
but a read-only one cannot (that takes writing), so every read command used to leave an empty
``-wal`` and a 32 KB ``-shm`` beside the archive.

The other ways out do not fit an archive a crawl may be writing:

- ``immutable=1`` creates no file, but it also takes no lock and assumes nobody writes: a read
  while a crawl commits can see pages of two states, or fail as corrupt;
- ``PRAGMA locking_mode = EXCLUSIVE`` keeps the wal-index in memory, and the writer out;
- keeping archives in rollback-journal mode at rest would make every reader block the crawl's
  commits, which WAL is there to avoid.

So a read stays an ordinary ``mode=ro`` connection, and SQLite reads consistently while a
crawl writes and never waits for it. If the ``-wal`` was missing when the read began, its
close opens the archive once more, read-write but ``query_only``, and closes it at once: "the
only safe way to remove a WAL file" (sqlite.org/wal.html). That close deletes the ``-wal``
and the ``-shm`` only if it is the last connection (it takes SQLite's exclusive lock to know,
without waiting), after checkpointing an empty WAL, which writes nothing to the archive. While
any other connection (a crawl, another reader) has the archive open, the files are left to it.
A ``-shm`` left alone by an older msqa's read goes with the ``-wal`` (it indexes nothing).

A ``-wal`` a killed crawl left behind is read, never checkpointed here: the archive and the
``-wal`` keep their bytes (SQLite rebuilds its index in the ``-shm`` as it reads them).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SIDECAR_SUFFIXES: tuple[str, ...] = ("-wal", "-shm")


def sidecars(path: Path) -> list[Path]:
    """The WAL files SQLite keeps beside the database at ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES]


class ReadOnlyConnection(sqlite3.Connection):
    """A ``mode=ro`` connection that, closed, removes the WAL files its open created if no
    other connection uses them (``connect_read_only``)."""

    tidy_path: Path | None = None

    def close(self) -> None:
        super().close()
        path, self.tidy_path = self.tidy_path, None
        if path is not None:
            remove_unused_sidecars(path)


def connect_read_only(path: str | Path) -> ReadOnlyConnection:
    """A read-only connection to the database at ``path`` that never writes it and, closed,
    leaves no WAL file its open created beside it."""
    real = Path(path).resolve()  # SQLite puts the WAL files beside the file a symlink names
    # No -wal: no connection has the archive open, so the one this open creates is empty. A
    # -wal already there belongs to a running crawl, or to one that died: its commits wait for
    # the next writer's recovery, never for a read's (that would write the archive).
    wal_missing = not sidecars(real)[0].exists()
    conn = sqlite3.connect(f"{real.as_uri()}?mode=ro", uri=True, factory=ReadOnlyConnection)
    if wal_missing:
        conn.tidy_path = real
    return conn


def remove_unused_sidecars(path: Path) -> None:
    """Have SQLite delete the ``-wal`` and ``-shm`` beside ``path`` if no connection uses them.

    Best effort: an archive this process may not write (its mode, a read-only mount) keeps
    them, as it did before.
    """
    if not any(sidecar.exists() for sidecar in sidecars(path)):
        return
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA query_only = ON")
        # A first read attaches the connection to the WAL; only then does its close clean up.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass
    finally:
        conn.close()
