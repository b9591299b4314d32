"""Datasette metadata for an archive (``metadata.yml`` beside this module).

Datasette names a database after its file stem and matches table metadata by that name, so an
archive not called ``msqa.sqlite`` needs the metadata re-keyed: ``datasette_metadata(name)``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

METADATA_PATH = Path(__file__).with_name("metadata.yml")
DATABASE_NAME = "msqa"


def datasette_metadata(database: str = DATABASE_NAME) -> dict[str, Any]:
    """The metadata with its table descriptions under ``database`` (e.g. ``Path(db).stem``)."""
    # PyYAML comes with Datasette, not with the crawler: only import it when serving.
    import yaml

    metadata: dict[str, Any] = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    databases = metadata["databases"]
    databases[database] = copy.deepcopy(databases.pop(DATABASE_NAME))
    return metadata
