"""Datasette metadata for an archive (``metadata.yml`` beside this module).

Datasette names a database after its file stem and matches table metadata by that name, so the
static file (keyed ``msqa``, with the disclaimer as the site showed it when the file was written)
fits only an archive called ``msqa.sqlite`` whose posts carry that disclaimer. For any other
archive, ``archive_metadata(path)`` re-keys it for the file's name and puts the archive's
current disclaimer wherever the file shows one; ``msqa metadata`` and ``msqa browse`` use it.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Any

METADATA_PATH = Path(__file__).with_name("metadata.yml")
DATABASE_NAME = "msqa"
# The raw HTTP layer: kept for WARC export and rebuilds, noise in a researcher's table list
# (they stay reachable under "hidden tables" and by SQL).
RAW_TABLES = ("bodies", "captures")
# Datasette settings the metadata is meant with: long answers cut to this many characters in
# table views (the row page shows them whole), and time for array facets on a full archive.
DATASETTE_SETTINGS = {
    "truncate_cells_html": "400",
    "facet_time_limit_ms": "2000",
    "sql_time_limit_ms": "5000",
}


def _static() -> dict[str, Any]:
    # PyYAML comes with Datasette, not with the crawler: only import it when needed.
    import yaml

    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


def datasette_metadata(
    database: str = DATABASE_NAME,
    disclaimer: str | None = None,
    *,
    hide_raw: bool = True,
) -> dict[str, Any]:
    """The metadata with its tables under ``database`` (e.g. ``Path(db).stem``), showing
    ``disclaimer`` (default: the one in metadata.yml); ``hide_raw=False`` lists bodies and
    captures with the other tables."""
    metadata = _static()
    databases = metadata["databases"]
    databases[database] = copy.deepcopy(databases.pop(DATABASE_NAME))
    if database != DATABASE_NAME:
        from datasette.utils import tilde_encode

        entry = databases[database]
        entry["description_html"] = entry["description_html"].replace(
            f'href="/{DATABASE_NAME}/', f'href="/{tilde_encode(database)}/'
        )
    if disclaimer is not None and disclaimer != metadata["description"]:
        metadata = _replace_disclaimer(metadata, metadata["description"], disclaimer)
    if not hide_raw:
        for name in RAW_TABLES:
            metadata["databases"][database]["tables"][name].pop("hidden", None)
    return metadata


def _replace_disclaimer(node: Any, old: str, new: str, is_html: bool = False) -> Any:
    if isinstance(node, dict):
        return {
            key: _replace_disclaimer(value, old, new, key.endswith("_html"))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_replace_disclaimer(value, old, new, is_html) for value in node]
    if isinstance(node, str) and is_html:
        return node.replace(html.escape(old, quote=False), html.escape(new, quote=False))
    if isinstance(node, str):
        return node.replace(old, new)
    return node


def archive_disclaimer(path: str | Path) -> str | None:
    """The disclaimer the archive's live posts are shown with now (the newest if several)."""
    from msqa_scraper.store import queries

    db = queries.open_for_reading(path)
    try:
        current = queries.current_disclaimers(db)
    finally:
        db.close()
    return current[0] if current else None


def archive_metadata(path: str | Path, *, hide_raw: bool = True) -> dict[str, Any]:
    """Metadata for the archive at ``path``: its Datasette name and its current disclaimer."""
    return datasette_metadata(Path(path).stem, archive_disclaimer(path), hide_raw=hide_raw)


def datasette_command(db: str | Path, metadata: str | Path) -> str:
    """The ``datasette`` command line that serves ``db`` as ``msqa browse`` does."""
    settings = " ".join(f"--setting {k} {v}" for k, v in DATASETTE_SETTINGS.items())
    return f"datasette {db} -m {metadata} {settings}"
