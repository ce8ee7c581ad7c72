"""The corpus store. SQLite in WAL mode with foreign keys on; every document, with everything derived
from it, is written in one transaction, so a killed process leaves each document complete or absent.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from carelead.errors import ScopeError, StoreError
from carelead.models import CleanDocument, DocumentMeta, PageSpan, Passage, ThemeTag
from carelead.store.migrations import migrate

BUSY_TIMEOUT_MS = 60_000


DERIVED_WITH = "derived-with:"  # settings key prefix: what a document's passages were derived with


@dataclass(frozen=True)
class Derived:
    """Everything computed from a document's text: passages, their theme tags and tone, and the
    fingerprints of the configuration they were derived with (None: not known)."""

    passages: Sequence[Passage]
    tags: dict[int, list[ThemeTag]] = field(default_factory=dict)
    tone: dict[int, float] = field(default_factory=dict)
    derived_with: dict[str, str] | None = None


@dataclass(frozen=True)
class StoredDocument:
    meta: DocumentMeta
    source_path: str | None
    source_format: str
    content_hash: str
    ingested_at: str
    text: str
    pages: tuple[PageSpan, ...]


@dataclass(frozen=True)
class DocumentSummary:
    """A document's metadata and sizes without its text: what `carelead docs` lists."""

    meta: DocumentMeta
    source_path: str | None
    source_format: str
    content_hash: str
    ingested_at: str
    chars: int
    pages: int
    passages: int
    quotes: int


@dataclass(frozen=True)
class PassageRow:
    """A passage as listed by `carelead passages`: the stable JSON fields first."""

    doc: str
    n: int
    kind: str
    role: str
    speaker: str | None
    text: str
    start: int
    end: int
    page: int | None
    themes: tuple[str, ...]
    sentiment: float | None
    cue_verb: str | None
    carried_from: int | None
    collection: str | None


DOC_PREFIX = "doc:"
COLLECTION_PREFIX = "collection:"


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # Things a command should tell the user about how it read its arguments (a scope name that
        # is both a document and a collection id), each once; the CLI prints them on stderr.
        self.notices: list[str] = []

    def notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front so two writers queue, not fail."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- documents ---------------------------------------------------------------------------

    def content_hash(self, doc_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def save_document(
        self,
        meta: DocumentMeta,
        clean: CleanDocument,
        *,
        source_path: str | None,
        content_hash: str,
        derived: Derived,
        replace: bool = False,
    ) -> None:
        """Store a document with its pages and derived data in one transaction.

        An existing id is refused unless `replace`; with it the old rows go in the same transaction
        as the new ones arrive, so readers see either the old document or the new one.
        """
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.transaction() as conn:
            exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (meta.id,)).fetchone()
            if exists and not replace:
                raise StoreError(
                    f"{meta.id}: a document with this id and different content is already stored"
                    " (use --replace to swap it)"
                )
            if exists:
                conn.execute("DELETE FROM documents WHERE id = ?", (meta.id,))
            conn.execute(
                "INSERT INTO documents (id, title, publisher, date, kind, collection, authors,"
                " source_path, source_format, content_hash, text, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    meta.id,
                    *_metadata(meta),
                    source_path,
                    clean.source_format,
                    content_hash,
                    clean.text,
                    now,
                ),
            )
            conn.executemany(
                "INSERT INTO pages (doc_id, page, start, end) VALUES (?, ?, ?, ?)",
                [(meta.id, p.number, p.start, p.end) for p in clean.pages],
            )
            self._write_derived(conn, meta.id, derived)

    def update_metadata(self, meta: DocumentMeta, *, content_hash: str) -> bool:
        """Set a stored document's metadata (title, publisher, date, kind, collection, authors) in
        one transaction, if it still has `content_hash`; True when a row changed."""
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE documents SET title = ?, publisher = ?, date = ?, kind = ?, collection = ?,"
                " authors = ? WHERE id = ? AND content_hash = ?",
                (*_metadata(meta), meta.id, content_hash),
            )
            return cur.rowcount > 0

    def replace_derived(self, doc_id: str, derived: Derived) -> None:
        """Swap a document's passages, tags and tone (after the lexicon or codebook changed)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
            self._write_derived(conn, doc_id, derived)

    def _write_derived(self, conn: sqlite3.Connection, doc_id: str, derived: Derived) -> None:
        if derived.derived_with is None:
            conn.execute("DELETE FROM settings WHERE key = ?", (DERIVED_WITH + doc_id,))
        else:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (DERIVED_WITH + doc_id, json.dumps(derived.derived_with, sort_keys=True)),
            )
        conn.executemany(
            "INSERT INTO passages (doc_id, n, kind, role, speaker, cue_verb, start, end, page,"
            " carried_from, sentiment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    p.n,
                    p.kind,
                    p.role,
                    p.speaker,
                    p.cue_verb,
                    p.start,
                    p.end,
                    p.page,
                    p.carried_from,
                    derived.tone.get(p.n),
                )
                for p in derived.passages
            ],
        )
        conn.executemany(
            "INSERT INTO passage_themes (doc_id, n, theme, method, score, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc_id, n, t.theme, t.method, t.score, json.dumps(list(t.evidence)))
                for n, tags in sorted(derived.tags.items())
                for t in tags
            ],
        )

    def delete_document(self, doc_id: str) -> bool:
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            conn.execute("DELETE FROM settings WHERE key = ?", (DERIVED_WITH + doc_id,))
            return cur.rowcount > 0

    def document(self, doc_id: str) -> StoredDocument:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ScopeError(f"{doc_id}: no such document in {self.path}")
        pages = tuple(
            PageSpan(int(r["page"]), int(r["start"]), int(r["end"]))
            for r in self.conn.execute(
                "SELECT page, start, end FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)
            )
        )
        return _stored(row, pages)

    def documents(self, doc_ids: Sequence[str] | None = None) -> list[StoredDocument]:
        """Documents (without pages) in id order; all of them when `doc_ids` is None."""
        where, params = _id_filter("id", doc_ids)
        rows = self.conn.execute(f"SELECT * FROM documents{where} ORDER BY id", params)
        return [_stored(r, ()) for r in rows]

    def document_summaries(self, doc_ids: Sequence[str] | None = None) -> list[DocumentSummary]:
        """Metadata, character length and page, passage and quote counts, in id order, without
        reading any text; all documents when `doc_ids` is None."""
        where, params = _id_filter("d.id", doc_ids)
        sql = (
            "SELECT d.id, d.title, d.publisher, d.date, d.kind, d.collection, d.authors,"
            " d.source_path, d.source_format, d.content_hash, d.ingested_at,"
            " length(d.text) AS chars,"
            " (SELECT COUNT(*) FROM pages g WHERE g.doc_id = d.id) AS pages,"
            " (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id) AS passages,"
            " (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id AND p.kind = 'quote')"
            " AS quotes"
            f" FROM documents d{where} ORDER BY d.id"
        )
        return [
            DocumentSummary(
                meta=_meta(r),
                source_path=r["source_path"],
                source_format=r["source_format"],
                content_hash=r["content_hash"],
                ingested_at=r["ingested_at"],
                chars=int(r["chars"]),
                pages=int(r["pages"]),
                passages=int(r["passages"]),
                quotes=int(r["quotes"]),
            )
            for r in self.conn.execute(sql, params)
        ]

    def resolve_scope(self, names: Iterable[str] = ()) -> list[str]:
        """Document ids named directly or through their collection; every document when none named.

        `doc:ID` is the document alone, `collection:ID` the collection's documents alone. A bare
        name that is both a document id and a collection id (a report whose collection is named
        after it) means both together, and a notice says how it was read.

        Raises ScopeError for a name that is neither, or when the store holds no documents.
        """
        names = list(names)
        rows = self.conn.execute("SELECT id, collection FROM documents ORDER BY id").fetchall()
        if not rows:
            raise ScopeError(f"{self.path}: the store holds no documents (run `carelead ingest`)")
        if not names:
            return [r["id"] for r in rows]
        chosen: list[str] = []
        for name in names:
            if name.startswith(DOC_PREFIX):
                key = name[len(DOC_PREFIX) :]
                matched = [r["id"] for r in rows if r["id"] == key]
                if not matched:
                    raise ScopeError(f"{name}: no document with this id")
            elif name.startswith(COLLECTION_PREFIX):
                key = name[len(COLLECTION_PREFIX) :]
                matched = [r["id"] for r in rows if r["collection"] == key]
                if not matched:
                    raise ScopeError(f"{name}: no collection with this id")
            else:
                as_doc = [r["id"] for r in rows if r["id"] == name]
                as_collection = [r["id"] for r in rows if r["collection"] == name]
                matched = [r["id"] for r in rows if r["id"] == name or r["collection"] == name]
                if not matched:
                    raise ScopeError(f"{name}: no document or collection with this id")
                if as_doc and as_collection:
                    self.notice(_both_notice(name, len(matched), as_doc[0] in as_collection))
            chosen.extend(m for m in matched if m not in chosen)
        return chosen

    # -- passages ------------------------------------------------------------------------------

    def passages(
        self,
        doc_ids: Sequence[str],
        *,
        role: str | None = None,
        kind: str | None = None,
        theme: str | None = None,
    ) -> list[PassageRow]:
        """Passages of the given documents in document and reading order, with themes and tone."""
        where = [f"p.doc_id IN ({','.join('?' * len(doc_ids))})"]
        params: list[object] = list(doc_ids)
        if role is not None:
            where.append("p.role = ?")
            params.append(role)
        if kind is not None:
            where.append("p.kind = ?")
            params.append(kind)
        if theme is not None:
            where.append(
                "EXISTS (SELECT 1 FROM passage_themes t"
                " WHERE t.doc_id = p.doc_id AND t.n = p.n AND t.theme = ?)"
            )
            params.append(theme)
        sql = (
            "SELECT p.*, substr(d.text, p.start + 1, p.end - p.start) AS text, d.collection,"
            " (SELECT json_group_array(theme) FROM (SELECT theme FROM passage_themes t"
            "   WHERE t.doc_id = p.doc_id AND t.n = p.n ORDER BY t.score DESC, t.theme)) AS themes"
            " FROM passages p JOIN documents d ON d.id = p.doc_id"
            f" WHERE {' AND '.join(where)} ORDER BY p.doc_id, p.n"
        )
        return [
            PassageRow(
                doc=r["doc_id"],
                n=r["n"],
                kind=r["kind"],
                role=r["role"],
                speaker=r["speaker"],
                text=r["text"],
                start=r["start"],
                end=r["end"],
                page=r["page"],
                themes=tuple(json.loads(r["themes"])),
                sentiment=r["sentiment"],
                cue_verb=r["cue_verb"],
                carried_from=r["carried_from"],
                collection=r["collection"],
            )
            for r in self.conn.execute(sql, params)
        ]

    def theme_tags(self, doc_ids: Sequence[str]) -> dict[tuple[str, int], list[ThemeTag]]:
        """Every theme tag of the given documents with method, score and evidence."""
        sql = (
            "SELECT doc_id, n, theme, method, score, evidence FROM passage_themes"
            f" WHERE doc_id IN ({','.join('?' * len(doc_ids))})"
            " ORDER BY doc_id, n, score DESC, theme"
        )
        out: dict[tuple[str, int], list[ThemeTag]] = {}
        for r in self.conn.execute(sql, list(doc_ids)):
            tag = ThemeTag(r["theme"], r["method"], r["score"], tuple(json.loads(r["evidence"])))
            out.setdefault((r["doc_id"], r["n"]), []).append(tag)
        return out

    # -- settings ------------------------------------------------------------------------------

    def derived_with(self, doc_ids: Sequence[str]) -> dict[str, dict[str, str]]:
        """Per document, the configuration fingerprints its passages were derived with (documents
        derived before they were recorded, or without a pipeline, are left out)."""
        keys = json.dumps([DERIVED_WITH + d for d in doc_ids])
        rows = self.conn.execute(
            "SELECT key, value FROM settings WHERE key IN (SELECT value FROM json_each(?))", (keys,)
        )
        return {r["key"][len(DERIVED_WITH) :]: json.loads(r["value"]) for r in rows}

    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _both_notice(name: str, n_docs: int, doc_in_collection: bool) -> str:
    docs = f"{n_docs} document{'s' if n_docs != 1 else ''}"
    if doc_in_collection:
        return (
            f"{name} is both a document and a collection id; read as the collection ({docs});"
            f" {DOC_PREFIX}{name} selects the document alone"
        )
    return (
        f"{name} is both a document and a collection id; read as the document and the collection"
        f" together ({docs}); {DOC_PREFIX}{name} selects the document alone,"
        f" {COLLECTION_PREFIX}{name} the collection alone"
    )


def _id_filter(column: str, doc_ids: Sequence[str] | None) -> tuple[str, list[object]]:
    """` WHERE column IN (...)` for the given ids (one JSON parameter, so no limit on their
    number), or nothing when `doc_ids` is None."""
    if doc_ids is None:
        return "", []
    return f" WHERE {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(doc_ids))]


def _meta(row: sqlite3.Row) -> DocumentMeta:
    return DocumentMeta(
        id=row["id"],
        title=row["title"],
        publisher=row["publisher"],
        date=row["date"],
        kind=row["kind"],
        collection=row["collection"],
        authors=tuple(json.loads(row["authors"] or "[]")),
    )


def _stored(row: sqlite3.Row, pages: tuple[PageSpan, ...]) -> StoredDocument:
    return StoredDocument(
        meta=_meta(row),
        source_path=row["source_path"],
        source_format=row["source_format"],
        content_hash=row["content_hash"],
        ingested_at=row["ingested_at"],
        text=row["text"],
        pages=pages,
    )


def _patiently(step: Callable[[], object]) -> None:
    """Run `step`, retrying while SQLite reports the database locked or busy, up to the busy
    timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            message = str(exc).lower()
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at `path`.

    With `create=False` (commands that only read) a missing file is an error and nothing is created.
    """
    path = Path(path)
    in_memory = str(path) == ":memory:"
    if not in_memory and not create and not path.exists():
        raise StoreError(f"{path}: no corpus store here (run carelead ingest first)")
    if not in_memory and not path.parent.exists():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Switching a new file to WAL can report "locked" at once, without the busy handler, while
        # another process creates the same store: wait for it as the busy timeout would.
        opened = conn
        _patiently(lambda: opened.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        _patiently(lambda: migrate(opened))
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"{path}: not a usable carelead store ({exc})") from None
        raise
    return Store(conn, path)


def _metadata(meta: DocumentMeta) -> tuple[str | None, ...]:
    """The metadata columns of a documents row, in schema order: title, publisher, date, kind,
    collection, authors (a JSON list)."""
    return (
        meta.title,
        meta.publisher,
        meta.date,
        meta.kind,
        meta.collection,
        json.dumps(list(meta.authors)),
    )
