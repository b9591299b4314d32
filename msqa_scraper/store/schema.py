"""The archive's SQLite schema, created and evolved only through sqlite-utils ``Migrations``.

Migrations are append-only: never edit one that has shipped, add a new one. Each runs in its own
transaction together with its record in ``_sqlite_migrations``.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from msqa_scraper.store import hashing, therapies
from msqa_scraper.store.lock import adopt_file

BUSY_TIMEOUT_MS = 30_000

CRAWL_STATUSES: tuple[str, ...] = ("running", "complete", "partial", "failed")
POST_EVENTS: tuple[str, ...] = ("new", "changed", "removed", "revived")
CRAWL_COUNT_COLUMNS: tuple[str, ...] = (
    "pages",
    "posts_discovered",
    "posts_new",
    "posts_changed",
    "posts_unchanged",
    "posts_removed",
    "posts_revived",
    "posts_touched",
    "errors",
    "invalid_items",
    "requests",
    "bytes",
)
FTS_COLUMNS: tuple[str, ...] = ("title", "question", "answer")

migrations = Migrations("msqa_scraper.store")


class ArchiveError(Exception):
    """The archive cannot do what was asked (missing directory, finished crawl, ...)."""


def connect(path: str | Path) -> Database:
    """Open the archive file with WAL, a busy timeout and foreign keys; schema untouched.

    The parent directory must exist: silently creating ``data/`` somewhere unexpected would hide
    a wrong path, and the archive would appear empty.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise ArchiveError(f"cannot open archive {path}: directory {path.parent} does not exist")
    db = Database(path)
    # Writers and readers (crawl, CLI, Datasette) share the file; wait instead of failing.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    # With WAL, NORMAL keeps the file consistent even on power loss (the last commits may be
    # lost then) and a killed process loses nothing committed; it spares an fsync per post.
    db.execute("PRAGMA synchronous = NORMAL")
    # The crawl lock covers the file itself once it exists (a hard link meets it too).
    try:
        adopt_file(path)
    except BaseException:
        db.close()
        raise
    return db


class ArchiveTooNew(ArchiveError):
    """The archive was written by a newer msqa: it records migrations this code lacks."""


def _migration_sets() -> list[Migrations]:
    from msqa_scraper.store import captures

    return [migrations, captures.migrations]


def unknown_migrations(db: Database) -> list[str]:
    """Migrations recorded in the archive that this code does not have (``set:name``).

    Any set named after this package counts: a newer release may add a set of its own.
    """
    if Migrations.migrations_table not in db.table_names():
        return []
    known = {(s.name, m.name) for s in _migration_sets() for m in s._migrations}
    rows = db.execute(
        f"SELECT migration_set, name FROM {Migrations.migrations_table} "
        "WHERE migration_set = 'msqa_scraper' OR migration_set LIKE 'msqa\\_scraper.%' ESCAPE '\\' "
        "ORDER BY rowid"
    ).fetchall()
    return [f"{s}:{name}" for s, name in rows if (s, name) not in known]


def check_not_newer(db: Database, path: str | Path) -> None:
    """Raise ``ArchiveTooNew`` if ``db`` carries migrations newer than this code."""
    unknown = unknown_migrations(db)
    if unknown:
        raise ArchiveTooNew(
            f"{path} was written by a newer msqa-scraper (unknown migrations: "
            f"{', '.join(unknown[:3])}{', ...' if len(unknown) > 3 else ''}); upgrade first"
        )


def migrate(db: Database) -> None:
    from msqa_scraper.store import captures

    # Older code must not write into a newer schema it does not understand.
    check_not_newer(db, db.conn.execute("PRAGMA database_list").fetchone()[2] or "the archive")
    migrations.apply(db)
    # Raw captures are a migration set of their own (see captures.py).
    captures.migrate(db)


_COUNT_COLUMNS_DDL = ",\n".join(
    f"    {name} INTEGER NOT NULL DEFAULT 0" for name in CRAWL_COUNT_COLUMNS
)
_STATUS_LIST = ", ".join(f"'{s}'" for s in CRAWL_STATUSES)
_EVENT_LIST = ", ".join(f"'{e}'" for e in POST_EVENTS)

_TABLES = f"""
CREATE TABLE crawls (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ({_STATUS_LIST})),
    reason TEXT,
    base_url TEXT,
    spider TEXT,
    software TEXT,
{_COUNT_COLUMNS_DDL}
);

CREATE TABLE disclaimers (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    first_crawl_id INTEGER REFERENCES crawls(id)
);

CREATE TABLE experts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    degrees TEXT NOT NULL DEFAULT '[]',
    titles TEXT NOT NULL DEFAULT '[]',
    institution TEXT,
    name_key TEXT NOT NULL,
    identity TEXT NOT NULL UNIQUE,
    first_seen TEXT NOT NULL
);
CREATE INDEX experts_name_key ON experts(name_key);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    first_seen TEXT NOT NULL
);

CREATE TABLE posts (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    slug TEXT,
    title TEXT,
    question TEXT,
    answer TEXT,
    answer_html TEXT,
    posted_date TEXT,
    comments_closed INTEGER CHECK (comments_closed IN (0, 1)),
    disclaimer_id INTEGER REFERENCES disclaimers(id),
    problems TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    full_hash TEXT NOT NULL,
    listing_hash TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    removed_at TEXT,
    first_crawl_id INTEGER REFERENCES crawls(id),
    last_crawl_id INTEGER REFERENCES crawls(id)
);
CREATE INDEX posts_posted_date ON posts(posted_date);
CREATE INDEX posts_last_crawl_id ON posts(last_crawl_id);

CREATE TABLE post_versions (
    post_id TEXT NOT NULL REFERENCES posts(id),
    version INTEGER NOT NULL,
    captured_at TEXT NOT NULL,
    crawl_id INTEGER REFERENCES crawls(id),
    via TEXT NOT NULL DEFAULT 'page' CHECK (via IN ('page', 'listing')),
    url TEXT NOT NULL,
    slug TEXT,
    title TEXT,
    question TEXT,
    answer TEXT,
    answer_html TEXT,
    posted_date TEXT,
    comments_closed INTEGER CHECK (comments_closed IN (0, 1)),
    experts TEXT NOT NULL DEFAULT '[]',
    categories TEXT NOT NULL DEFAULT '[]',
    links TEXT NOT NULL DEFAULT '[]',
    problems TEXT NOT NULL DEFAULT '[]',
    disclaimer_id INTEGER REFERENCES disclaimers(id),
    content_hash TEXT NOT NULL,
    full_hash TEXT NOT NULL,
    source_url TEXT,
    http_status INTEGER,
    spider TEXT,
    PRIMARY KEY (post_id, version)
);
CREATE INDEX post_versions_captured_at ON post_versions(captured_at);
CREATE INDEX post_versions_crawl_id ON post_versions(crawl_id);

CREATE TABLE post_events (
    id INTEGER PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts(id),
    crawl_id INTEGER REFERENCES crawls(id),
    at TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ({_EVENT_LIST})),
    version INTEGER NOT NULL,
    fields TEXT
);
CREATE INDEX post_events_post_id ON post_events(post_id);
CREATE INDEX post_events_at ON post_events(at);
CREATE INDEX post_events_crawl_id ON post_events(crawl_id);

CREATE TABLE post_experts (
    post_id TEXT NOT NULL REFERENCES posts(id),
    expert_id INTEGER NOT NULL REFERENCES experts(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX post_experts_expert_id ON post_experts(expert_id);

CREATE TABLE post_categories (
    post_id TEXT NOT NULL REFERENCES posts(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_categories_category_id ON post_categories(category_id);

CREATE TABLE post_links (
    post_id TEXT NOT NULL REFERENCES posts(id),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    text TEXT,
    internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
    target_slug TEXT,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX post_links_target_slug ON post_links(target_slug);
"""

# Subqueries rather than group_concat(... ORDER BY ...): that needs SQLite 3.44, and Python
# builds often ship older libraries.
_EXPERT_NAMES = """(
        SELECT group_concat(name, '; ') FROM (
            SELECT e.name FROM post_experts pe JOIN experts e ON e.id = pe.expert_id
            WHERE pe.post_id = p.id ORDER BY pe.position
        )
    )"""
_CATEGORY_NAMES = """(
        SELECT group_concat(name, '; ') FROM (
            SELECT c.name FROM post_categories pc JOIN categories c ON c.id = pc.category_id
            WHERE pc.post_id = p.id ORDER BY c.name
        )
    )"""
_CREDENTIALS = "(SELECT group_concat(value, ', ') FROM json_each(e.degrees))"
_TITLES = "(SELECT group_concat(value, '; ') FROM json_each(e.titles))"

VIEWS: dict[str, str] = {
    "qa": f"""
SELECT
    p.id, p.url, p.title, p.question, p.answer, p.posted_date,
    {_EXPERT_NAMES} AS experts,
    {_CATEGORY_NAMES} AS categories,
    d.text AS disclaimer
FROM posts p LEFT JOIN disclaimers d ON d.id = p.disclaimer_id
WHERE p.removed_at IS NULL
ORDER BY p.posted_date DESC, p.id
""",
    "expert_answers": f"""
SELECT
    e.id AS expert_id, e.name AS expert, e.name_key,
    {_CREDENTIALS} AS credentials,
    {_TITLES} AS titles,
    e.institution,
    p.id AS post_id, p.title, p.url, p.posted_date, pe.position, p.removed_at
FROM post_experts pe
JOIN experts e ON e.id = pe.expert_id
JOIN posts p ON p.id = pe.post_id
ORDER BY e.name, p.posted_date, p.id
""",
    "expert_stats": f"""
SELECT
    e.id AS expert_id, e.name AS expert, e.name_key,
    {_CREDENTIALS} AS credentials,
    e.institution,
    count(p.id) AS answers,
    min(p.posted_date) AS first_posted,
    max(p.posted_date) AS last_posted
FROM experts e
JOIN post_experts pe ON pe.expert_id = e.id
JOIN posts p ON p.id = pe.post_id AND p.removed_at IS NULL
GROUP BY e.id
ORDER BY answers DESC, e.name
""",
    "posts_per_month": """
SELECT
    substr(posted_date, 1, 7) AS month,
    sum(removed_at IS NULL) AS posts,
    count(*) AS posts_including_removed
FROM posts
GROUP BY month
ORDER BY month
""",
    "category_stats": """
SELECT c.id AS category_id, c.name AS category, c.slug, count(p.id) AS posts
FROM categories c
LEFT JOIN post_categories pc ON pc.category_id = c.id
LEFT JOIN posts p ON p.id = pc.post_id AND p.removed_at IS NULL
GROUP BY c.id
ORDER BY posts DESC, c.name
""",
    "post_history": """
SELECT
    ev.at, ev.event, ev.post_id, p.title, p.url, ev.version, ev.fields, ev.crawl_id
FROM post_events ev JOIN posts p ON p.id = ev.post_id
ORDER BY ev.at DESC, ev.id DESC
""",
    "removed_posts": """
SELECT id, url, title, posted_date, first_seen, last_seen, removed_at, version
FROM posts
WHERE removed_at IS NOT NULL
ORDER BY removed_at DESC
""",
}


@migrations(name="001_tables")
def _create_tables(db: Database) -> None:
    db.executescript(_TABLES)


@migrations(name="002_posts_fts")
def _create_posts_fts(db: Database) -> None:
    db["posts"].enable_fts(FTS_COLUMNS, tokenize="porter", create_triggers=True)
    # The generated update trigger re-indexes on every UPDATE, and most updates only move
    # last_seen; limit it to the indexed columns so recrawls leave the index alone.
    columns = ", ".join(FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    db.executescript(
        f"""
        DROP TRIGGER posts_au;
        CREATE TRIGGER posts_au AFTER UPDATE OF {columns} ON posts BEGIN
          INSERT INTO posts_fts (posts_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});
          INSERT INTO posts_fts (rowid, {columns}) VALUES (new.rowid, {new});
        END;
        """
    )


@migrations(name="003_views")
def _create_views(db: Database) -> None:
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


@migrations(name="004_lastmod")
def _add_lastmod(db: Database) -> None:
    # The sitemap's <lastmod> for the post: a cheap edit signal for excerpt-only listings.
    db.execute("ALTER TABLE posts ADD COLUMN lastmod TEXT")
    db.execute("ALTER TABLE post_versions ADD COLUMN lastmod TEXT")


_THERAPY_TABLES = """
CREATE TABLE therapies (
    generic TEXT PRIMARY KEY,
    brands TEXT NOT NULL DEFAULT '[]',
    aliases TEXT NOT NULL DEFAULT '[]',
    class TEXT NOT NULL,
    notes TEXT,
    therapies_version TEXT NOT NULL
);

CREATE TABLE post_drugs (
    post_id TEXT NOT NULL REFERENCES posts(id),
    drug TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    answer_mentions INTEGER NOT NULL,
    terms TEXT NOT NULL DEFAULT '[]',
    therapies_version TEXT NOT NULL,
    PRIMARY KEY (post_id, drug)
);
CREATE INDEX post_drugs_drug ON post_drugs(drug);
"""

# JSON arrays rather than '; '-joined text so Datasette can facet on each value ("array" facets).
THERAPY_VIEWS: dict[str, str] = {
    "qa_browse": """
SELECT
    p.id, p.title, p.posted_date,
    substr(p.posted_date, 1, 4) AS year,
    (
        SELECT json_group_array(name) FROM (
            SELECT e.name FROM post_experts pe JOIN experts e ON e.id = pe.expert_id
            WHERE pe.post_id = p.id ORDER BY pe.position
        )
    ) AS experts,
    (
        SELECT json_group_array(name) FROM (
            SELECT c.name FROM post_categories pc JOIN categories c ON c.id = pc.category_id
            WHERE pc.post_id = p.id ORDER BY c.name
        )
    ) AS categories,
    (
        SELECT json_group_array(drug) FROM (
            SELECT drug FROM post_drugs WHERE post_id = p.id ORDER BY drug
        )
    ) AS therapies,
    p.question, p.answer, p.url,
    p.rowid AS post_rowid
FROM posts p
WHERE p.removed_at IS NULL
ORDER BY p.posted_date DESC, p.id
""",
    "therapy_stats": """
SELECT
    t.generic AS drug, t.class, t.brands,
    count(live.post_id) AS posts,
    coalesce(sum(live.answer_mentions > 0), 0) AS answer_posts,
    coalesce(sum(live.mentions), 0) AS mentions,
    min(live.posted_date) AS first_posted,
    max(live.posted_date) AS last_posted
FROM therapies t
LEFT JOIN (
    SELECT pd.post_id, pd.drug, pd.mentions, pd.answer_mentions, p.posted_date
    FROM post_drugs pd JOIN posts p ON p.id = pd.post_id
    WHERE p.removed_at IS NULL
) AS live ON live.drug = t.generic
GROUP BY t.generic
ORDER BY posts DESC, t.generic
""",
}


@migrations(name="005_therapies")
def _add_therapies(db: Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _THERAPY_TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    for name, sql in THERAPY_VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    # Existing archives get every post tagged now, so post_drugs is complete from the start.
    therapies.retag_all(db)


@migrations(name="006_signatures")
def _add_signatures(db: Database) -> None:
    # The raw signature block of every version and the parser's confidence in it, so a later
    # parser (or msqa retag with a new curation file) can re-read it without the network.
    db.execute("ALTER TABLE post_versions ADD COLUMN signature TEXT")
    db.execute("ALTER TABLE post_versions ADD COLUMN signature_confidence REAL")
    db.execute("ALTER TABLE experts ADD COLUMN place TEXT")
    # Expert ids derived from the person (name_key), so two archives of one blog agree on them.
    columns = "name, degrees, titles, institution, place, name_key, first_seen"
    for old_id, name_key in db.execute("SELECT id, name_key FROM experts ORDER BY id").fetchall():
        attempt = 0
        while True:
            new_id = hashing.expert_row_id(name_key, attempt)
            if new_id == old_id:
                break
            held = db.execute("SELECT 1 FROM experts WHERE id = ?", [new_id]).fetchone()
            if held is None:
                (identity,) = db.execute(
                    "SELECT identity FROM experts WHERE id = ?", [old_id]
                ).fetchone()
                # identity is UNIQUE: the old row lets go of it before the copy takes it.
                db.execute("UPDATE experts SET identity = ? WHERE id = ?", [f"{old_id}:", old_id])
                db.execute(
                    f"INSERT INTO experts (id, identity, {columns}) SELECT ?, ?, {columns} "
                    "FROM experts WHERE id = ?",
                    [new_id, identity, old_id],
                )
                db.execute(
                    "UPDATE post_experts SET expert_id = ? WHERE expert_id = ?", [new_id, old_id]
                )
                db.execute("DELETE FROM experts WHERE id = ?", [old_id])
                break
            attempt += 1


_MEDIA_TABLE = """
CREATE TABLE post_media (
    post_id TEXT NOT NULL REFERENCES posts(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    provider TEXT,
    via TEXT,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX post_media_kind ON post_media(kind);
CREATE INDEX post_media_provider ON post_media(provider)
"""


@migrations(name="007_media_and_date_order")
def _add_media_and_date_order(db: Database) -> None:
    # The day/month order each crawl read dates in (a blog's region decides it), and why.
    db.execute("ALTER TABLE crawls ADD COLUMN date_order TEXT")
    db.execute("ALTER TABLE crawls ADD COLUMN date_order_source TEXT")
    # Images, iframes, videos and audio of each version, and of each post's latest version.
    db.execute("ALTER TABLE post_versions ADD COLUMN media TEXT NOT NULL DEFAULT '[]'")
    for statement in _MEDIA_TABLE.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="008_crawl_bounds")
def _add_crawl_bounds(db: Database) -> None:
    # The crawl policy's bounds the crawl ran under (JSON keyed by setting name), so a rebuild
    # replays it under the same ones. NULL: crawled before they were recorded.
    db.execute("ALTER TABLE crawls ADD COLUMN bounds TEXT")
