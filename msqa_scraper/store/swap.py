"""An in-place rebuild's swap: the derived tables of a freshly built archive replace the
archive's own in one transaction.

Columns are matched by name. A column the archive has and the rebuild does not (one a
researcher added, say ``posts.my_notes``) keeps its values: they are set aside by the table's
primary key before the old rows go and joined back onto the new rows, so a post keeps its
note; a row new to the rebuild gets the column's default. When that cannot be done (a NOT NULL
column with no default on a new row) the swap is refused and the archive stays as it was.

Ctrl-C or SIGTERM during the transaction waits for it to commit (``stop_signals.shielded``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from msqa_scraper.stop_signals import shielded
from msqa_scraper.store import schema
from msqa_scraper.store.schema import ArchiveError
from msqa_scraper.store.transactions import writing


class SwapRefused(ArchiveError):
    """The rebuilt tables cannot replace the archive's without losing something."""


@dataclass(frozen=True)
class _Column:
    name: str
    notnull: bool
    default: str | None  # the SQL expression, as declared


@dataclass(frozen=True)
class _TablePlan:
    table: str
    shared: list[str]  # in both: copied from the rebuilt table
    kept: list[_Column]  # only in the archive: kept from the old rows by key
    key: list[str]
    with_rowid: bool

    @property
    def keep_table(self) -> str:
        return _quote(f"msqa_keep_{self.table}")


def swap_in(
    target: str | Path, built: str | Path, tables: Sequence[str], rowid_tables: Sequence[str] = ()
) -> None:
    """Replace ``tables`` (parents first) of ``target`` with those of ``built``.

    ``rowid_tables`` keep their rowids (a full-text index is keyed by them).
    """
    db = schema.connect(target)
    try:
        db.execute("ATTACH DATABASE ? AS rebuilt", [str(built)])
        plans = [_plan(db, table, table in rowid_tables) for table in tables]
        # A stop signal waits until the transaction is over, so the command can say which
        # archive it leaves: the old one (rolled back) or the rebuilt one (committed).
        with shielded():
            try:
                with writing(db):
                    # Captures point at crawls: the checks wait until the crawls are back.
                    db.execute("PRAGMA defer_foreign_keys = ON")
                    for plan in plans:
                        if plan.kept:
                            names = _names([*plan.key, *(c.name for c in plan.kept)])
                            db.execute(f"DROP TABLE IF EXISTS temp.{plan.keep_table}")
                            db.execute(
                                f"CREATE TEMP TABLE {plan.keep_table} AS "
                                f"SELECT {names} FROM main.{_quote(plan.table)}"
                            )
                            db.execute(
                                f"CREATE INDEX temp.{_quote(f'msqa_keep_{plan.table}_key')} "
                                f"ON {plan.keep_table} ({_names(plan.key)})"
                            )
                    for plan in reversed(plans):
                        db.execute(f"DELETE FROM main.{_quote(plan.table)}")
                    for plan in plans:
                        db.execute(_insert_sql(plan))
                    for plan in plans:
                        if plan.kept:
                            db.execute(f"DROP TABLE temp.{plan.keep_table}")
            except sqlite3.IntegrityError as exc:
                raise SwapRefused(
                    f"cannot rebuild {target} in place: {exc} (a column the rebuild does not "
                    "know has no value for a new row); nothing was changed"
                ) from None
        db.execute("DETACH DATABASE rebuilt")
    finally:
        db.close()


def _plan(db: Database, table: str, with_rowid: bool) -> _TablePlan:
    have = _columns(db, "main", table)
    built = {column.name for column in _columns(db, "rebuilt", table)}
    shared = [column.name for column in have if column.name in built]
    kept = [column for column in have if column.name not in built]
    key = [
        row[0]
        for row in db.execute(
            "SELECT name FROM pragma_table_info(?, 'main') WHERE pk > 0 ORDER BY pk", [table]
        )
    ]
    if kept and not key:
        raise SwapRefused(
            f"cannot rebuild in place: table {table} has columns the rebuild does not know "
            f"({', '.join(c.name for c in kept)}) and no primary key to keep them by"
        )
    return _TablePlan(table, shared, kept, key, with_rowid)


def _insert_sql(plan: _TablePlan) -> str:
    table = _quote(plan.table)
    source = [f"r.{_quote(name)}" for name in plan.shared]
    target = list(plan.shared)
    if plan.with_rowid:
        source.insert(0, "r.rowid")
        target.insert(0, "rowid")
    join = ""
    if plan.kept:
        on = " AND ".join(f"k.{_quote(name)} = r.{_quote(name)}" for name in plan.key)
        join = f" LEFT JOIN temp.{plan.keep_table} AS k ON {on}"
        for column in plan.kept:
            value = f"k.{_quote(column.name)}"
            if column.default is not None:
                first = _quote(plan.key[0])
                value = f"CASE WHEN k.{first} IS NULL THEN {column.default} ELSE {value} END"
            source.append(value)
            target.append(column.name)
    return (
        f"INSERT INTO main.{table} ({_names(target)}) "
        f"SELECT {', '.join(source)} FROM rebuilt.{table} AS r{join}"
    )


def _columns(db: Database, schema_name: str, table: str) -> list[_Column]:
    rows = db.execute(
        'SELECT name, "notnull", dflt_value FROM pragma_table_info(?, ?) ORDER BY cid',
        [table, schema_name],
    ).fetchall()
    if not rows:
        raise SwapRefused(f"table {table} is missing from the {schema_name} archive")
    return [_Column(name, bool(notnull), default) for name, notnull, default in rows]


def _names(names: Sequence[str]) -> str:
    return ", ".join("rowid" if name == "rowid" else _quote(name) for name in names)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
