"""Why a request was refused, and which errors mean the archive cannot be written.

Kept apart from ``middlewares.py`` (which imports Twisted's reactor): the spider imports these
before Scrapy installs its reactor.
"""

from __future__ import annotations

import errno
import sqlite3

from scrapy.exceptions import IgnoreRequest

__all__ = ["OffOrigin", "WriteFailed", "is_write_failure"]


class OffOrigin(IgnoreRequest):
    """A request (a redirect, most often) leaving the blog's origin: scheme, host and port."""


class WriteFailed(IgnoreRequest):
    """The archive could not be written; the crawl is stopping."""


def is_write_failure(exc: BaseException) -> bool:
    """A full disk, an I/O error, a read-only file: the archive cannot take more."""
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        text = str(exc).lower()
        return any(
            word in text for word in ("full", "disk i/o", "readonly", "read-only", "no space")
        )
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EIO, errno.EROFS)
