"""The archive: SQLite schema, migrations and every query the project runs against it.

Writers (the pipelines) use ``Archive``; researcher-facing read queries belong in a sibling
``queries.py`` that takes the same ``Database`` (``Archive.db``).
"""

from msqa_scraper.store.archive import (
    Archive,
    FinalStatus,
    StoreResult,
    TouchResult,
    UnknownPostError,
)
from msqa_scraper.store.metadata import METADATA_PATH, datasette_metadata
from msqa_scraper.store.schema import (
    CRAWL_COUNT_COLUMNS,
    CRAWL_STATUSES,
    POST_EVENTS,
    ArchiveError,
)

__all__ = [
    "CRAWL_COUNT_COLUMNS",
    "CRAWL_STATUSES",
    "METADATA_PATH",
    "POST_EVENTS",
    "Archive",
    "ArchiveError",
    "FinalStatus",
    "StoreResult",
    "TouchResult",
    "UnknownPostError",
    "datasette_metadata",
]
