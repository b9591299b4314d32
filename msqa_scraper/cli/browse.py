"""``msqa browse``: Datasette on the archive, with the project's metadata.

Datasette keys table metadata by database name, which is the file's stem, so the metadata is
generated for the actual file and its current disclaimer (``store.metadata.archive_metadata``,
as ``msqa metadata`` prints it) and written to a temporary file for the lifetime of the server.
"""

from __future__ import annotations

import ipaddress
import json
import signal
import socket
import tempfile
import types
from pathlib import Path
from typing import Any

import click

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import Bounded, db_option, existing_db, fail
from msqa_scraper.cli.reading import database_file, reading

# RAW_TABLES: every response as received, headers and bodies: not what a researcher browses,
# and what a server open to a network should not list.
from msqa_scraper.store.metadata import DATASETTE_SETTINGS, RAW_TABLES, archive_metadata


def hidden_tables(database: str, all_tables: bool = False) -> dict[str, Any]:
    """Datasette metadata hiding the raw capture tables of ``database`` from its table list
    (they stay reachable by SQL); ``{}`` with ``all_tables``. Merge it into any metadata with
    ``merge_metadata``."""
    if all_tables:
        return {}
    return {"databases": {database: {"tables": {t: {"hidden": True} for t in RAW_TABLES}}}}


def merge_metadata(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in, nested dicts key by key (``base`` is changed)."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge_metadata(base[key], value)
        else:
            base[key] = value
    return base


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may resolve to any interface


def exposure_warning(host: str, port: int, all_tables: bool) -> str | None:
    """What serving on ``host`` exposes, when that is more than this machine."""
    if is_loopback(host):
        return None
    raw = "listed" if all_tables else "hidden from the table list but readable by SQL"
    return (
        f"msqa: warning: http://{host}:{port}/ is open to the network, without a password:"
        f" every post, version and expert, the raw captures and bodies ({raw}), and"
        " arbitrary read-only SQL"
    )


def datasette_args(db: Path, metadata: Path, host: str, port: int, open_browser: bool) -> list[str]:
    args = ["serve", str(db), "-m", str(metadata), "-h", host, "-p", str(port)]
    for name, value in DATASETTE_SETTINGS.items():
        args += ["--setting", name, value]
    return [*args, "-o"] if open_browser else args


def run_datasette(args: list[str]) -> None:
    """Run Datasette in this process until it is stopped (Ctrl-C or SIGTERM).

    In-process rather than a child: stopping ``msqa browse`` cannot orphan a server, and the
    temporary metadata file is removed on the way out.
    """
    from datasette.cli import cli as datasette_cli
    from datasette.plugins import pm

    # Uvicorn shuts down gracefully on SIGTERM, then re-raises the signal to the handler it found;
    # make that handler an exception so the caller's ``with`` blocks still clean up.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    servers, plugin = _servers()
    pm.register(plugin, name=_Servers.name)
    try:
        datasette_cli.main(args=args, prog_name="datasette", standalone_mode=False)
    finally:
        pm.unregister(name=_Servers.name)
        servers.close()


class _Servers:
    """The Datasette instances that opened a connection, so that every connection they opened
    is closed once the server stops.

    Datasette's read connections (``mode=ro``, one per worker thread) are never closed
    otherwise; SQLite then counts them as users of the archive's ``-wal`` and ``-shm``, and
    ``msqa browse`` would leave both beside the archive when it exits (``store.readonly``).
    """

    name = "msqa-browse-servers"

    def __init__(self) -> None:
        self.instances: list[Any] = []

    def seen(self, datasette: Any) -> None:
        if not any(known is datasette for known in self.instances):
            self.instances.append(datasette)

    def close(self) -> None:
        for datasette in self.instances:
            for database in datasette.databases.values():
                database.close()  # every file connection it made, from any thread


def _servers() -> tuple[_Servers, types.ModuleType]:
    """A ``_Servers`` and the Datasette plugin that feeds it (a module, as Datasette lists its
    plugins by module name)."""
    # Imported here: importing Datasette would slow every msqa command.
    from datasette import hookimpl

    servers = _Servers()

    @hookimpl
    def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
        servers.seen(datasette)

    plugin = types.ModuleType(_Servers.name)
    plugin.prepare_connection = prepare_connection  # type: ignore[attr-defined]
    return servers, plugin


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


@click.command("browse", short_help="Browse the archive in Datasette.")
@db_option
@click.option("--port", default=8001, show_default=True, type=Bounded(1, 65535))
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on; 0.0.0.0 exposes the archive to the network.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open a web browser on it.")
@click.option(
    "--all-tables",
    is_flag=True,
    help="Also list the raw captures and bodies tables (hidden by default).",
)
def browse_command(
    db_path: str, port: int, host: str, open_browser: bool, all_tables: bool
) -> None:
    """Browse the archive in Datasette: full-text search, facets on expert, category and
    therapy (the qa_browse view), canned queries, and the disclaimer on every page.

    Stop it with Ctrl-C. Safe while a crawl is writing.
    """
    path = existing_db(db_path)
    # reading(): a clear error for a missing or foreign file; an older archive is served from
    # its upgraded temporary copy (same file name, so the same database name), never written.
    with reading(db_path) as db:
        served = database_file(db, path)
        generated = archive_metadata(served, hide_raw=not all_tables)
        if not port_free(host, port):
            fail(
                f"port {port} on {host} is in use (choose another with --port)",
                exitcodes.BAD_INPUT,
            )
        with tempfile.TemporaryDirectory(prefix="msqa-browse-") as tmp:
            metadata = Path(tmp) / "metadata.json"
            settings = merge_metadata(generated, hidden_tables(path.stem, all_tables))
            metadata.write_text(json.dumps(settings), encoding="utf-8")
            warning = exposure_warning(host, port, all_tables)
            if warning:
                click.echo(warning, err=True)
            click.echo(f"Serving {path} at http://{host}:{port}/{path.stem}/qa_browse", err=True)
            run_datasette(datasette_args(served, metadata, host, port, open_browser))
