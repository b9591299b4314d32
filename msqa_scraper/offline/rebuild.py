"""``msqa rebuild``: re-derive the archive from its stored captures, with no network.

Posts, versions, events, experts, categories, links, disclaimers, therapy tags, removals and
the crawls' outcome counts are all derived from what the crawls fetched. A rebuild replays
every crawl in order (``replay.py``) with the current extractor into a fresh database:

- ``into``: a new archive file, with the captures and bodies copied over;
- in place: the derived tables are built in a temporary file beside the archive, then swapped
  into it in one transaction. The captures and bodies never move, any table a rebuild does not
  know stays as it is, and readers see the old archive or the new one, never a mix.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from msqa_scraper import outputs
from msqa_scraper.offline.extract_pool import Extractor
from msqa_scraper.offline.replay import CrawlReplay, StoredCapture
from msqa_scraper.store import Archive, ArchiveError, rebuilding, schema
from msqa_scraper.store.captures import CaptureStore, Packed, unpack
from msqa_scraper.store.lock import CrawlLocked, crawl_lock
from msqa_scraper.store.queries import look, open_for_reading, pending_in, pending_upgrade
from msqa_scraper.store.swap import SwapRefused, swap_in

if TYPE_CHECKING:
    from msqa_scraper.spiders.weebly_qa import WeeblyQASpider

# Everything a rebuild derives, parents before children. ``therapies`` is reloaded from the
# packaged data file the new tags were made with.
DERIVED_TABLES: tuple[str, ...] = (
    "crawls",
    "disclaimers",
    "experts",
    "categories",
    "therapies",
    "posts",
    "post_versions",
    "post_events",
    "post_experts",
    "post_categories",
    "post_links",
    "post_drugs",
)


class RebuildError(ArchiveError):
    """The archive cannot be rebuilt as asked; the message says why in one line."""


class RebuildInputError(RebuildError):
    """The command asked for something impossible (``--into`` an existing file, ...)."""


class RebuildLocked(RebuildError):
    """A crawl holds the archive's lock."""


@dataclass
class RebuildResult:
    path: Path
    crawls: int
    captures: int
    post_pages: int  # post captures stored as versions or confirmations
    posts: int
    versions: int
    seconds: float

    @property
    def posts_per_second(self) -> float:
        return self.post_pages / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (
            f"rebuilt {self.path}: {self.crawls} crawls, {self.captures} captures, "
            f"{self.posts} posts, {self.versions} versions in {self.seconds:.1f} s "
            f"({self.posts_per_second:,.0f} post pages/s)"
        )


def rebuild(
    db_path: str | Path,
    into: str | Path | None = None,
    *,
    force: bool = False,
    workers: int | None = None,
) -> RebuildResult:
    """Re-derive the archive at ``db_path`` from its captures, into ``into`` or in place."""
    source = Path(db_path)
    if not source.is_file():
        raise RebuildError(f"no archive at {source}")
    started = time.monotonic()
    if into is None:
        result = _rebuild_in_place(source, workers)
    else:
        result = _rebuild_into(source, Path(into), force, workers)
    result.seconds = time.monotonic() - started
    return result


def _rebuild_into(source: Path, target: Path, force: bool, workers: int | None) -> RebuildResult:
    try:
        out = outputs.check(target, protect=[source], force=force, stream_ok=False)
    except outputs.OutputRefused as exc:
        raise RebuildInputError(str(exc)) from None
    # SQLite would replay a -wal left beside the name into the new file.
    stale = [path for path in _sidecars(out.real) if path.exists()]
    if stale and not force:
        raise RebuildInputError(f"{stale[0]} is left beside {target} (use --force to remove it)")
    # Built beside the target and moved at the end: an interrupted rebuild leaves no
    # half-made archive under the target's name, and a replaced one stays until then.
    building = outputs.scratch_path(out)
    try:
        # An older archive is read through a migrated copy beside the target: only the new
        # file gets the current schema, the original stays as it is, byte for byte.
        with _reading(source, scratch_dir=out.real.parent) as src:
            result = _build(src, building, copy_captures=True, workers=workers)
        # An archive being replaced may not be in the middle of a crawl.
        with crawl_lock(out.real) if out.exists else nullcontext():
            for path in _sidecars(out.real):
                path.unlink(missing_ok=True)
            outputs.install(out, building)
    except CrawlLocked as exc:
        raise RebuildLocked(str(exc)) from None
    except outputs.OutputRefused as exc:
        raise RebuildInputError(str(exc)) from None
    finally:
        _remove(building)
    _reopen(out.real)
    result.path = target
    return result


def check_rebuild_source(path: Path) -> None:
    """Every refusal the archive's own state gives a rebuild in place (no database, not an
    msqa archive, written by a newer msqa, no captures, versions without one), found read-only
    and without an upgraded copy before the crawl lock is taken: a refused rebuild leaves the
    folder as it was (no ``ARCHIVE.lock``, no pid rewritten in one). The rebuild makes the same
    checks again under the lock. A refusal only a replay can find (a body missing, a spider
    unknown now, a column the swap cannot keep) comes later."""

    def check(db: Database) -> None:
        pending_in(db, path)  # refuses a database that is no msqa archive
        _refuse_unbuildable(db, path)

    try:
        look(path, check)
    except RebuildError:
        raise
    except ArchiveError as exc:
        raise RebuildError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise RebuildError(f"cannot read {path}: {exc}") from None


def _rebuild_in_place(source: Path, workers: int | None) -> RebuildResult:
    check_rebuild_source(source)
    building = _scratch_path(source)
    try:
        with crawl_lock(source):
            _upgrade(source)  # in place the archive is written anyway: it gets the new schema
            with _reading(source) as src:
                result = _build(src, building, copy_captures=False, workers=workers)
                src.conn.rollback()  # end the snapshot before writing the archive
            _swap_in(source, building)
    except CrawlLocked as exc:
        raise RebuildLocked(str(exc)) from None
    finally:
        _remove(building)
    result.path = source
    return result


# -- reading the source -----------------------------------------------------------------------


def _upgrade(path: Path) -> None:
    """Pending migrations applied to the archive itself (an in-place rebuild only)."""
    try:
        if pending_upgrade(path):  # also refuses a database that is no msqa archive
            Archive.open(path).close()
    except ArchiveError as exc:
        raise RebuildError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise RebuildError(f"cannot read {path}: {exc}") from None


@contextmanager
def _reading(path: Path, scratch_dir: Path | None = None) -> Iterator[Database]:
    """The archive read-only, in one read transaction: a crawl writing meanwhile is not seen
    half-way. An older archive is read through a migrated private copy (never written)."""
    try:
        db = open_for_reading(path, scratch_dir=scratch_dir)
        tables = set(db.table_names())
    except ArchiveError as exc:
        raise RebuildError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise RebuildError(f"cannot read {path}: {exc}") from None
    try:
        rebuilding.begin_snapshot(db)
        _refuse_unbuildable(db, path, tables)
        yield db
    finally:
        db.close()


def _refuse_unbuildable(db: Database, path: Path, tables: set[str] | None = None) -> None:
    """Raise ``RebuildError`` if the archive ``db`` reads cannot be rebuilt as it is."""
    try:
        schema.check_not_newer(db, path)
    except ArchiveError as exc:
        raise RebuildError(str(exc)) from None
    if "captures" not in (tables if tables is not None else set(db.table_names())):
        raise RebuildError(f"{path} keeps no captures: nothing to rebuild from")
    lost = rebuilding.versions_without_capture(db)
    if lost:
        raise RebuildError(
            f"{path} has post versions without a stored capture ({lost}: crawled before "
            "captures were kept, or with MSQA_CAPTURE off); a rebuild would lose them"
        )


class _Source:
    """Crawls, captures and bodies of the archive being rebuilt."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def crawls(self) -> list[dict[str, Any]]:
        return rebuilding.crawl_rows(self.db)

    def captures(self, crawl_id: int) -> list[StoredCapture]:
        return [StoredCapture(*row) for row in CaptureStore(self.db).replay_rows(crawl_id)]

    def packed(self, sha256: str) -> Packed:
        try:
            return CaptureStore(self.db).packed(sha256)
        except KeyError:
            raise RebuildError(f"body {sha256} is missing from the archive") from None

    def body(self, sha256: str) -> bytes:
        return unpack(self.packed(sha256))


# -- building ---------------------------------------------------------------------------------


def _build(src: Database, path: Path, *, copy_captures: bool, workers: int | None) -> RebuildResult:
    source = _Source(src)
    crawls = source.crawls()
    archive = Archive.open(path)
    db = archive.db
    try:
        # In place, the captures the versions point at stay in the archive: the swap's
        # transaction checks the foreign keys there.
        rebuilding.as_scratch(db)
        archive.keep_private()  # nobody else knows the scratch file yet
        full_text = rebuilding.pause_full_text(db)
        spiders = _Spiders()
        with Extractor(source.packed, workers) as extractor:
            replays = [
                CrawlReplay(archive, crawl, captures, extractor, source.body, spiders.base(crawl))
                if (captures := source.captures(crawl["id"]))
                else None
                for crawl in crawls
            ]
            first = next((r for r in replays if r is not None), None)
            if first is not None:
                first.start()  # the pool parses its pages while the rest is set up
            with db.atomic():
                rebuilding.copy_crawls(db, crawls)
                if copy_captures:
                    CaptureStore(src).copy_to(db)
            for crawl, replay in zip(crawls, replays, strict=True):
                with db.atomic():
                    if replay is not None:
                        replay.run(spiders.name(crawl))
                        replay.finish()
                    elif crawl["status"] != "running":
                        _finish_empty(archive, crawl)
                extractor.next_generation()
        if copy_captures:
            broken = rebuilding.dangling_references(db)
            if broken:
                raise RebuildError(f"the rebuilt archive has dangling references: {broken[:3]}")
        # In place only the derived tables are swapped in (the archive's own triggers index
        # them there): this file's index would be thrown away unread.
        rebuilding.resume_full_text(db, full_text, reindex=copy_captures)
        posts, versions = (rebuilding.row_count(db, t) for t in ("posts", "post_versions"))
        rebuilding.close_journal(db)
    finally:
        archive.close()
    post_pages = sum(r.tally.posts for r in replays if r is not None)
    captures = sum(len(r.captures) for r in replays if r is not None)
    return RebuildResult(path, len(crawls), captures, post_pages, posts, versions, 0.0)


def _finish_empty(archive: Archive, crawl: dict[str, Any]) -> None:
    """A crawl that received nothing (the site was down): its row, as recorded."""
    archive.finish_crawl(
        int(crawl["id"]), crawl["status"], None, crawl["reason"], at=crawl["finished_at"]
    )


class _Spiders:
    """The spider class each crawl ran, for its name and blog root (the rules are the crawl
    policy's, the same for every Weebly spider).

    Scrapy is imported on first use, once the pool is busy with the first pages.
    """

    def __init__(self) -> None:
        self._loader: Any = None

    def _class(self, crawl: dict[str, Any]) -> type[WeeblyQASpider]:
        from msqa_scraper.spiders.weebly_qa import WeeblyQASpider

        if self._loader is None:
            from scrapy.settings import Settings
            from scrapy.spiderloader import SpiderLoader

            settings = Settings()
            settings.setmodule("msqa_scraper.settings", priority="project")
            self._loader = SpiderLoader(settings)
        name = crawl["spider"] or "virtual_ms_center"
        try:
            spider_cls = self._loader.load(name)
        except KeyError:
            raise RebuildError(f"crawl {crawl['id']} ran spider {name!r}, unknown now") from None
        if not issubclass(spider_cls, WeeblyQASpider):
            raise RebuildError(f"crawl {crawl['id']}: spider {name!r} cannot be replayed")
        return spider_cls

    def base(self, crawl: dict[str, Any]) -> str:
        """The blog root the crawl started from (the runner records it, the spider's own
        default otherwise)."""
        return crawl["base_url"] or self._class(crawl).default_base_url

    def name(self, crawl: dict[str, Any]) -> str:
        """The name the crawl's versions record (checked to be a replayable spider)."""
        return self._class(crawl).name


# -- swapping in place ------------------------------------------------------------------------


def _swap_in(target: Path, built: Path) -> None:
    """Replace the derived tables of ``target`` with those of ``built`` in one transaction,
    keeping the columns a rebuild does not know (``store.swap``)."""
    try:
        swap_in(target, built, DERIVED_TABLES, rowid_tables=("posts",))  # posts_fts keys on it
    except SwapRefused as exc:
        raise RebuildError(str(exc)) from None


# -- files ------------------------------------------------------------------------------------


def _scratch_path(path: Path) -> Path:
    # pid and a random token: a scratch a killed earlier run left under a reused pid is not ours
    return outputs.scratch_beside(path, "rebuild")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for leftover in (path, *_sidecars(path)):
        with suppress(FileNotFoundError):
            leftover.unlink()


def _reopen(path: Path) -> None:
    """Back to WAL, as every archive is, so readers never block the next crawl."""
    Archive.open(path).close()
