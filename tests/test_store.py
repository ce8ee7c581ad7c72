from __future__ import annotations

import sqlite3

import pytest

from carelead.errors import ScopeError, StoreError
from carelead.models import CleanDocument, DocumentMeta, PageSpan, Passage, ThemeTag
from carelead.store import open_store
from carelead.store.db import Derived
from carelead.store.migrations import MIGRATIONS


def _derived(text: str) -> Derived:
    p1 = Passage(n=1, kind="narrative", role="author", start=0, end=5)
    p2 = Passage(n=2, kind="quote", role="director", start=6, end=len(text), speaker="One director")
    return Derived(
        passages=[p1, p2],
        tags={2: [ThemeTag("covid", "rule", 1.0, ("Covid",))]},
        tone={1: 0.0, 2: -0.5},
    )


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    s = open_store(path)
    versions = [r[0] for r in s.conn.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_round_trip_with_passages_and_tags(store):
    text = "Intro Covid was hard."
    meta = DocumentMeta(id="d1", title="T", collection="c1", authors=("A", "B"))
    clean = CleanDocument(text=text, pages=(PageSpan(1, 0, len(text)),))
    store.save_document(meta, clean, source_path="x.txt", content_hash="h", derived=_derived(text))
    doc = store.document("d1")
    assert doc.text == text and doc.meta.authors == ("A", "B") and doc.pages == clean.pages
    rows = store.passages(["d1"])
    assert [(r.n, r.kind, r.role, r.text) for r in rows] == [
        (1, "narrative", "author", "Intro"),
        (2, "quote", "director", "Covid was hard."),
    ]
    assert rows[1].themes == ("covid",) and rows[1].sentiment == -0.5
    assert store.resolve_scope(["c1"]) == ["d1"]
    with pytest.raises(ScopeError):
        store.resolve_scope(["nope"])


def test_existing_id_needs_replace_and_replace_swaps_everything(store):
    meta = DocumentMeta(id="d1")
    store.save_document(
        meta,
        CleanDocument(text="aaaaa bbbb"),
        source_path=None,
        content_hash="1",
        derived=_derived("aaaaa bbbb"),
    )
    with pytest.raises(StoreError):
        store.save_document(
            meta,
            CleanDocument(text="ccccc dddd"),
            source_path=None,
            content_hash="2",
            derived=Derived(passages=[]),
        )
    assert store.content_hash("d1") == "1"
    store.save_document(
        meta,
        CleanDocument(text="ccccc dddd"),
        source_path=None,
        content_hash="2",
        derived=Derived(passages=[]),
        replace=True,
    )
    assert store.content_hash("d1") == "2"
    assert store.passages(["d1"]) == []
    assert store.conn.execute("SELECT COUNT(*) FROM passage_themes").fetchone()[0] == 0


def test_not_a_store_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable carelead store"):
        open_store(bad)
    assert isinstance(sqlite3.sqlite_version, str)


def test_open_store_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no corpus store here"):
        open_store(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()
    open_store(tmp_path / "real.db").close()
    open_store(tmp_path / "real.db", create=False).close()


@pytest.mark.parametrize("error", [sqlite3.OperationalError("disk I/O error"), KeyboardInterrupt()])
def test_open_store_closes_the_connection_when_a_migration_raises(tmp_path, monkeypatch, error):
    import carelead.store.db as db

    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def recording_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        opened.append(conn)
        return conn

    def failing_migrate(conn):
        raise error

    monkeypatch.setattr(db.sqlite3, "connect", recording_connect)
    monkeypatch.setattr(db, "migrate", failing_migrate)
    with pytest.raises((StoreError, KeyboardInterrupt)):
        open_store(tmp_path / "s.db")
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened[0].execute("SELECT 1")


def _save(store, doc_id: str, text: str, collection: str | None = None) -> None:
    store.save_document(
        DocumentMeta(id=doc_id, collection=collection),
        CleanDocument(text=text, pages=(PageSpan(1, 0, len(text)),)),
        source_path=None,
        content_hash=doc_id,
        derived=_derived(text),
    )


def test_documents_and_summaries_select_in_sql_and_never_read_unwanted_text(store):
    from carelead.ingest.service import list_documents

    for doc_id in ("a", "b", "c"):
        _save(store, doc_id, f"{doc_id * 5} Covid – ünïcode 🙂 text.", collection="k")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    assert [d.meta.id for d in store.documents(["c", "a"])] == ["a", "c"]
    assert all("WHERE" in s for s in statements if "FROM documents" in s), statements
    statements.clear()
    rows = list_documents(store, ["b"])
    store.conn.set_trace_callback(None)
    assert [(r.id, r.chars, r.pages, r.passages, r.quotes) for r in rows] == [
        ("b", len("bbbbb Covid – ünïcode 🙂 text."), 1, 2, 1)
    ]
    reads = [s for s in statements if "FROM documents" in s and "SELECT id, collection" not in s]
    assert reads and all("length(d.text)" in s and "SELECT *" not in s for s in reads), reads
    assert [d.meta.id for d in store.documents()] == ["a", "b", "c"]
    assert store.documents([]) == [] and store.document_summaries([]) == []
