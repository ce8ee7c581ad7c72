"""Scopes: bare names, `doc:ID` and `collection:ID`, and the note when a bare name is both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.errors import ScopeError
from carelead.models import CleanDocument, DocumentMeta, Passage
from carelead.store import open_store
from carelead.store.db import Derived

NOTE = (
    "carelead: note: kf is both a document and a collection id; read as the collection"
    " (2 documents); doc:kf selects the document alone\n"
)


def _save(store, doc_id: str, collection: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{doc_id} says: 'We are stretched.'"
    store.save_document(
        DocumentMeta(id=doc_id, collection=collection),
        CleanDocument(text=text),
        source_path=None,
        content_hash=doc_id,
        derived=Derived(passages=[Passage(1, "quote", "director", 0, len(text))], tone={1: -0.3}),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """`kf` is a report whose collection is named after it, with its blog post; `other` apart;
    `odd` is a document whose id is also the name of a collection it is not in."""
    path = tmp_path / "c.db"
    with open_store(path) as s:
        _save(s, "kf", "kf")
        _save(s, "kf-blog", "kf")
        _save(s, "other", "odd")
        _save(s, "odd", "elsewhere")
    return path


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args])


def test_prefixes_select_exactly_one_reading(db: Path) -> None:
    with open_store(db) as s:
        assert s.resolve_scope(["doc:kf"]) == ["kf"]
        assert s.resolve_scope(["collection:kf"]) == ["kf", "kf-blog"]
        assert s.resolve_scope(["doc:odd"]) == ["odd"]
        assert s.resolve_scope(["collection:odd"]) == ["other"]
        assert s.notices == []
        with pytest.raises(ScopeError, match=r"^doc:kf-2021: no document with this id$"):
            s.resolve_scope(["doc:kf-2021"])
        with pytest.raises(ScopeError, match=r"^collection:kf-blog: no collection with this id$"):
            s.resolve_scope(["collection:kf-blog"])


def test_a_bare_name_that_is_both_keeps_meaning_both_and_says_so_once(db: Path) -> None:
    with open_store(db) as s:
        assert s.resolve_scope(["kf"]) == ["kf", "kf-blog"]
        assert s.resolve_scope(["kf", "doc:kf"]) == ["kf", "kf-blog"]
        assert len(s.notices) == 1
        assert s.resolve_scope(["odd"]) == ["odd", "other"]
        assert s.notices[1] == (
            "odd is both a document and a collection id; read as the document and the collection"
            " together (2 documents); doc:odd selects the document alone, collection:odd the"
            " collection alone"
        )
        assert s.resolve_scope(["kf-blog"]) == ["kf-blog"] and len(s.notices) == 2


def test_docs_and_passages_take_prefixes(db: Path) -> None:
    docs = run(db, "docs", "doc:kf", "-f", "json")
    assert docs.exit_code == 0 and docs.stderr == ""
    assert [d["id"] for d in json.loads(docs.stdout)["documents"]] == ["kf"]
    both = run(db, "docs", "kf", "-f", "json")
    assert [d["id"] for d in json.loads(both.stdout)["documents"]] == ["kf", "kf-blog"]
    assert both.stderr == NOTE
    assert run(db, "--quiet", "docs", "kf", "-f", "json").stderr == ""
    passages = run(db, "passages", "collection:kf", "-f", "json")
    assert {p["doc"] for p in json.loads(passages.stdout)} == {"kf", "kf-blog"}
    missing = run(db, "passages", "doc:nope")
    assert missing.exit_code == 1
    assert missing.stderr == "carelead: doc:nope: no document with this id\n"


def test_compare_keeps_the_collection_and_the_note_comes_once(db: Path) -> None:
    result = run(db, "compare", "kf", "collection:odd", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["a"]["docs"] == ["kf", "kf-blog"]
    assert result.stderr.count("carelead: note:") == 1 and NOTE in result.stderr
    alone = json.loads(run(db, "compare", "doc:kf", "collection:odd", "-f", "json").stdout)
    assert alone["a"]["docs"] == ["kf"] and alone["a"]["label"] == "doc:kf"


def test_attribute_recomputes_the_document_alone(db: Path) -> None:
    result = run(db, "attribute", "doc:kf", "-f", "json")
    assert result.exit_code == 0, result.output
    assert [r["doc"] for r in json.loads(result.stdout)["documents"]] == ["kf"]
    assert "carelead: note:" not in result.stderr
