"""Output formats shared by the read commands: an aligned table for people, JSON and CSV for
programs.

Tables shorten long cells to one line; JSON and CSV always carry the full values.

Nothing a page wrote reaches a terminal as a control: tables and text show control characters
(ESC, so OSC and CSI sequences; C1; bidirectional overrides) as visible escapes such as
``\x1b``, and JSON escapes them. CSV cells that a spreadsheet would run as a formula get a
leading ``'`` (OWASP's CSV-injection advice) unless the caller asks for raw cells.
"""

from __future__ import annotations

import csv
import json
import re
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


# C0 but tab and newline, DEL, C1, and the Unicode bidi controls that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw with ensure_ascii=False: DEL, C1 and the bidi controls.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character and escape sequence shown, not obeyed."""
    return _UNSAFE.sub(_escape, text)


def echo(text: str = "", *, err: bool = False) -> None:
    """``click.echo`` for text that may hold what a page wrote: see ``terminal_safe``."""
    click.echo(terminal_safe(text), err=err)


# The width of a column never cut: an id (a researcher copies it to join or to `msqa show`, and
# "245…" names nothing).
WHOLE: int | None = None


def one_line(value: Any, width: int | None) -> str:
    """A cell for a table: None as empty, newlines folded, cut to ``width`` with an ellipsis
    (never cut when ``width`` is ``WHOLE``)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = terminal_safe(" ".join(str(value).split()))
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def print_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[tuple[str, str, int | None]],
    *,
    empty: str = "Nothing to show.",
) -> None:
    """Rows as an aligned table: ``columns`` are (key, heading, max width or ``WHOLE``)."""
    cells = [[one_line(row.get(key), width) for key, _, width in columns] for row in rows]
    if not cells:
        echo(empty)
        return
    click.echo(tabulate(cells, headers=[h for _, h, _ in columns], tablefmt="simple"))


def print_json(value: Any) -> None:
    text = json.dumps(value, indent=2, ensure_ascii=False)
    click.echo(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text))


# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with ``'``; else ``value``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value: Any, raw: bool = False) -> Any:
    """Lists become '; '-joined text (a spreadsheet cell); formulas are neutralised unless
    ``raw``; everything else is kept."""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return value if raw else neutralise(value)


class EchoStream:
    """A file-like stdout for the csv module that goes through ``click.echo`` (row by row)."""

    def write(self, text: str) -> int:
        click.echo(text, nl=False)
        return len(text)


def print_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], raw: bool = False) -> None:
    writer = csv.DictWriter(EchoStream(), fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k), raw) for k in columns})
