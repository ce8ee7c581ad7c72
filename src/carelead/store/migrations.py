"""Numbered schema migrations. Each runs once, in order, in its own transaction, and is recorded in
the `migrations` table, so an older store is upgraded in place when a newer carelead opens it.
Add a migration by appending to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

MIGRATIONS: list[tuple[str, str]] = [
    (
        "documents and pages",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT,
            publisher TEXT,
            date TEXT,
            kind TEXT,
            collection TEXT,
            authors TEXT,                 -- JSON list
            source_path TEXT,
            source_format TEXT NOT NULL,
            content_hash TEXT NOT NULL,   -- sha256 of the source bytes
            text TEXT NOT NULL,           -- cleaned text, paragraphs separated by blank lines
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_collection ON documents(collection);
        CREATE TABLE pages (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, page)
        );
        """,
    ),
    (
        "passages",
        """
        CREATE TABLE passages (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'narrative')),
            role TEXT NOT NULL,
            speaker TEXT,
            cue_verb TEXT,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            page INTEGER,
            carried_from INTEGER,
            PRIMARY KEY (doc_id, n)
        );
        CREATE INDEX passages_role ON passages(role);
        """,
    ),
    (
        "passage themes",
        """
        CREATE TABLE passage_themes (
            doc_id TEXT NOT NULL,
            n INTEGER NOT NULL,
            theme TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('rule', 'tfidf', 'both')),
            score REAL NOT NULL,
            evidence TEXT NOT NULL,       -- JSON list of matched spans or top terms
            PRIMARY KEY (doc_id, n, theme),
            FOREIGN KEY (doc_id, n) REFERENCES passages(doc_id, n) ON DELETE CASCADE
        );
        CREATE INDEX passage_themes_theme ON passage_themes(theme);
        """,
    ),
    (
        "passage tone",
        """
        ALTER TABLE passages ADD COLUMN sentiment REAL;
        """,
    ),
    (
        "derivation settings",
        """
        -- What the derived tables (passages, themes, tone) were computed with, e.g. the hash of the
        -- role lexicon and codebook, so a command can tell when they are stale.
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
]


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT MAX(version) FROM migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration; return the schema version. Safe to call on every open."""
    version = current_version(conn)
    for number, (name, sql) in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if current_version(conn) >= number:
                conn.execute("COMMIT")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = number
    return version


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.execute runs one at a time, inside our transaction;
    executescript would commit first)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
