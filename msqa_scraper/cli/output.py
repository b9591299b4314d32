"""Output formats shared by the read commands: an aligned table for people, JSON and CSV for
programs.

Tables shorten long cells to one line; JSON and CSV always carry the full values.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import click
from tabulate import tabulate

F = TypeVar("F", bound=Callable[..., Any])

TABLE, JSON, CSV = "table", "json", "csv"


def output_options(*formats: str) -> Callable[[F], F]:
    """Add ``--json`` / ``--csv`` (whichever of ``formats`` apply) writing to ``output``.

    The flags share one destination, so the last one given wins, as with most CLIs.
    """

    def decorate(command: F) -> F:
        for name in reversed(formats):
            command = click.option(
                f"--{name}",
                "output",
                flag_value=name,
                help={
                    JSON: "Print JSON instead of a table.",
                    CSV: "Print CSV (with a header row) instead of a table.",
                }[name],
            )(command)
        return click.option("--table", "output", flag_value=TABLE, default=True, hidden=True)(
            command
        )

    return decorate


def one_line(value: Any, width: int) -> str:
    """A cell for a table: None as empty, newlines folded, cut to ``width`` with an ellipsis."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[tuple[str, str, int]],
    *,
    empty: str = "Nothing to show.",
) -> None:
    """Rows as an aligned table: ``columns`` are (key, heading, max width)."""
    cells = [[one_line(row.get(key), width) for key, _, width in columns] for row in rows]
    if not cells:
        click.echo(empty)
        return
    click.echo(tabulate(cells, headers=[h for _, h, _ in columns], tablefmt="simple"))


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def csv_cell(value: Any) -> Any:
    """Lists become '; '-joined text (a spreadsheet cell); everything else is kept."""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


class EchoStream:
    """A file-like stdout for the csv module that goes through ``click.echo`` (row by row)."""

    def write(self, text: str) -> int:
        click.echo(text, nl=False)
        return len(text)


def print_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    writer = csv.DictWriter(EchoStream(), fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
