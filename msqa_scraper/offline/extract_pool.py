"""Extraction of stored bodies for ``msqa rebuild``: each body once, on every core.

Parsing dominates a rebuild, and the store writes from one process only, so the pages are
parsed in worker processes while the parent writes. Results are kept by body digest and URL:
a page that came back unchanged (a 304, or the same bytes in a later crawl) is parsed once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Literal, Self

from msqa_scraper.extract import (
    ListingPage,
    NotABlogPage,
    Post,
    extract_listing,
    extract_post,
    is_complete,
)
from msqa_scraper.extract.dates import DateOrder
from msqa_scraper.stop_signals import worker_ignores_ctrl_c
from msqa_scraper.store.captures import Packed, unpack

JobKind = Literal["post", "listing"]


@dataclass(frozen=True)
class Failed:
    """The extractor raised on this page: the spider's callback would have raised too (a
    spider exception, which makes a crawl partial)."""

    error: str


# None: not a whole HTML page (the spider would have retried it) or not a post page.
Result = Post | ListingPage | Failed | None

# Pages per message to a worker: enough that messaging stays cheap next to parsing (~1 ms a
# page), and consecutive posts (often of one date) share a worker's cache of parsed dates.
CHUNK_SIZE = 32


@dataclass(frozen=True)
class Job:
    kind: JobKind
    sha256: str
    url: str
    base_url: str
    sidebar: bool = False  # listings: read the sidebar too (the spider reads it once)
    encoding: str | None = None  # the charset recorded with the capture (None: meta, sniff)
    date_order: DateOrder | None = "MDY"  # posts: the order the crawl read dates in


def extract_body(job: Job, body: bytes) -> Result:
    """What the spider's callback got out of this body (no Scrapy, no I/O)."""
    if not is_complete(body):
        return None
    try:
        if job.kind == "listing":
            return extract_listing(
                body, job.url, job.base_url, with_sidebar=job.sidebar, encoding=job.encoding
            )
        return extract_post(body, job.url, job.base_url, job.encoding, date_order=job.date_order)
    except NotABlogPage:
        return None
    except Exception as exc:  # one page must not end a rebuild; the crawl records it
        return Failed(f"{type(exc).__name__}: {exc}")


def _work(task: tuple[Job, Packed]) -> Result:
    job, packed = task
    return extract_body(job, unpack(packed))


def default_workers() -> int:
    """One worker per core the process may use; the parent's writing fits in between."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


class Extractor:
    """Parses bodies in order, in a process pool when ``workers`` > 1, with a cache.

    ``read`` returns a stored body by SHA-256, compressed as stored (workers inflate it). It is
    only called from this thread: an SQLite connection must stay in the thread that made it.
    The cache holds the results of the current and the previous generation
    (``next_generation`` is called once per crawl): unchanged pages come back from there.
    """

    def __init__(self, read: Callable[[str], Packed], workers: int | None = None) -> None:
        self.read = read
        self.workers = default_workers() if workers is None else max(1, workers)
        self._pool: Pool | None = None
        self._current: dict[Job, Result] = {}
        self._previous: dict[Job, Result] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def next_generation(self) -> None:
        self._previous, self._current = self._current, {}

    def extract(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Results in the order of ``jobs``. The work starts now; results come as they are
        consumed, so the caller can write the first while the pool parses the rest."""
        jobs = list(jobs)
        todo: dict[Job, None] = {}
        for job in jobs:
            if job in self._previous and job not in self._current:
                self._current[job] = self._previous[job]
            if job not in self._current:
                todo.setdefault(job)
        return self._in_order(jobs, self._start(list(todo)))

    def _in_order(self, jobs: list[Job], fresh: Iterator[tuple[Job, Result]]) -> Iterator[Result]:
        for job in jobs:
            while job not in self._current:
                done, result = next(fresh)
                self._current[done] = result
            yield self._current[job]

    def _start(self, todo: list[Job]) -> Iterator[tuple[Job, Result]]:
        if self.workers == 1 or len(todo) < 2 * CHUNK_SIZE:
            return ((job, extract_body(job, unpack(self.read(job.sha256)))) for job in todo)
        return _Batches(self._ensure_pool(), todo, self.read)

    def _ensure_pool(self) -> Pool:
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            # fork: workers start at once, with the modules already imported. The initializer
            # matters where there is no fork (spawned workers inherit no handlers).
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = context.Pool(self.workers, initializer=worker_ignores_ctrl_c)
        return self._pool


class _Batches(Iterator[tuple[Job, Result]]):
    """Jobs sent to the pool a batch at a time, a few batches ahead of the reader, so that
    memory holds a few hundred bodies rather than a whole crawl's."""

    BATCH = 64
    AHEAD = 4

    def __init__(self, pool: Pool, jobs: list[Job], read: Callable[[str], Packed]) -> None:
        self.pool = pool
        self.read = read
        self.batches = [jobs[i : i + self.BATCH] for i in range(0, len(jobs), self.BATCH)]
        self.next_batch = 0
        self.pending: deque[tuple[list[Job], AsyncResult[list[Result]]]] = deque()
        self.ready: Iterator[tuple[Job, Result]] = iter(())
        while len(self.pending) < self.AHEAD and self._submit():
            pass

    def _submit(self) -> bool:
        if self.next_batch >= len(self.batches):
            return False
        batch = self.batches[self.next_batch]
        self.next_batch += 1
        tasks = [(job, self.read(job.sha256)) for job in batch]
        self.pending.append((batch, self.pool.map_async(_work, tasks, CHUNK_SIZE)))
        return True

    def __next__(self) -> tuple[Job, Result]:
        for item in self.ready:
            return item
        if not self.pending:
            raise StopIteration
        batch, results = self.pending.popleft()
        self._submit()
        self.ready = zip(batch, results.get(), strict=True)
        return next(self.ready)
