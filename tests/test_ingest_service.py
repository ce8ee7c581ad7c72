"""The ingest service: outcomes, no-ops, replace, the store round trip, and crash/concurrency safety
with real subprocesses."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carelead.ingest.clean import clean_text
from carelead.ingest.service import Overrides, collect, ingest, list_documents
from carelead.models import CleanDocument, DocumentMeta, PageSpan, Passage
from carelead.store import open_store
from carelead.store.db import Derived

ROOT = Path(__file__).resolve().parent.parent
PARA = "One director says: 'We have been firefighting for a decade.' Providers agree."


class CountingPipeline:
    """A stand-in for Pipeline: one narrative passage per paragraph, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def derive(self, text: str, pages=()) -> Derived:
        self.calls += 1
        passages, start = [], 0
        for n, para in enumerate(text.split("\n\n"), start=1):
            passages.append(
                Passage(n=n, kind="narrative", role="author", start=start, end=start + len(para))
            )
            start += len(para) + 2
        return Derived(passages=passages)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_outcomes_added_unchanged_replaced_failed(tmp_path, store):
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "a.txt", f"{PARA}\n\nSecond paragraph.")
    _write(docs, "b.md", PARA)
    (docs / "empty.txt").write_bytes(b"")
    _write(docs, ".hidden.txt", "not read")
    sources, failed = collect([str(docs), str(tmp_path / "missing.txt")])
    assert [s.meta.id for s in sources] == ["a", "b", "empty"]
    assert [(o.source, o.reason) for o in failed] == [
        (str(tmp_path / "missing.txt"), "no such file or folder")
    ]
    pipeline = CountingPipeline()
    loads = []

    def load():
        loads.append(1)
        return pipeline

    outcomes = list(ingest(store, sources, load))
    assert [(o.id, o.status, o.reason) for o in outcomes] == [
        ("a", "added", None),
        ("b", "added", None),
        ("empty", "failed", "empty file"),
    ]
    assert outcomes[0].passages == 2 and outcomes[0].chars == len(PARA) + 19
    assert len(loads) == 1 and pipeline.calls == 2
    # unchanged content is a no-op that does not even load the pipeline
    loads.clear()
    again = list(ingest(store, collect([str(docs / "a.txt")])[0], load))
    assert [o.status for o in again] == ["unchanged"] and loads == []
    # changed content under a stored id needs replace
    _write(docs, "a.txt", "Changed text.")
    refused = list(ingest(store, collect([str(docs / "a.txt")])[0], load))
    assert refused[0].status == "failed" and "use --replace" in (refused[0].reason or "")
    assert store.document("a").text.startswith("One director")
    swapped = list(ingest(store, collect([str(docs / "a.txt")])[0], load, replace=True))
    assert swapped[0].status == "replaced" and store.document("a").text == "Changed text."
    assert len(store.passages(["a"])) == 1


def test_manifest_metadata_and_overrides(tmp_path, store):
    _write(
        tmp_path,
        "manifest.yaml",
        "r1:\n  title: A report\n  date: 2022-06-09\n  collection: c\n  authors: Jo Bloggs\n",
    )
    _write(tmp_path, "r1.txt", PARA)
    _write(tmp_path, "other.txt", PARA + " More.")
    sources, _ = collect([str(tmp_path)], overrides=Overrides(kind="report"))
    metas = {s.meta.id: s.meta for s in sources}
    assert metas["r1"] == DocumentMeta(
        id="r1",
        title="A report",
        date="2022-06-09",
        kind="report",
        collection="c",
        authors=("Jo Bloggs",),
    )
    assert metas["other"] == DocumentMeta(id="other", kind="report")
    list(ingest(store, sources, None))
    rows = list_documents(store, ["c"])
    assert [(r.id, r.title, r.collection, r.format) for r in rows] == [
        ("r1", "A report", "c", "text")
    ]


def test_embedded_titles_fill_a_missing_title(tmp_path, store):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Care leaders speak out</title></head><body><article>"
        f"<p>{PARA} {PARA}</p><p>{PARA}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "titled.html").write_text(
        (tmp_path / "page.html").read_text().replace("speak out", "again"), encoding="utf-8"
    )
    sources, _ = collect([str(tmp_path / "page.html")])
    sources += collect([str(tmp_path / "titled.html")], overrides=Overrides(title="Given"))[0]
    outcomes = list(ingest(store, sources, None))
    assert [o.status for o in outcomes] == ["added", "added"]
    assert store.document("page").meta.title == "Care leaders speak out"
    assert store.document("titled").meta.title == "Given"


def test_ids_used_twice_in_one_call_fail(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    _write(tmp_path / "x", "same.txt", "One.")
    _write(tmp_path / "y", "same.txt", "Two.")
    sources, failed = collect([str(tmp_path)])
    assert [s.name for s in sources] == [str(tmp_path / "x" / "same.txt")]
    assert failed[0].reason and "also the id of" in failed[0].reason
    # the same file reached twice (a folder and a file in it) is one source, not a clash
    again, clash = collect([str(tmp_path / "x"), str(tmp_path / "x" / "same.txt")])
    assert len(again) == 1 and clash == []


def test_stdin_needs_an_id():
    sources, failed = collect(["-"], stdin=lambda: b"text")
    assert sources == [] and failed[0].reason == "reading stdin needs --id"
    sources, failed = collect(["-"], doc_id="piped", stdin=lambda: b"text")
    assert sources[0].meta.id == "piped" and sources[0].read_bytes() == b"text"


# -- the store round trip ----------------------------------------------------------------------------

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=400
)
META = st.builds(
    DocumentMeta,
    id=st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    title=st.none() | TEXT,
    publisher=st.none() | TEXT,
    date=st.none() | st.dates().map(str),
    kind=st.none() | st.sampled_from(["report", "news", "blog"]),
    collection=st.none() | st.from_regex(r"[a-z]{1,8}", fullmatch=True),
    authors=st.lists(TEXT, max_size=3).map(tuple),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(meta=META, text=TEXT, cuts=st.lists(st.integers(0, 400), max_size=5))
def test_store_round_trip(store, meta, text, cuts):
    """Whatever goes in comes back: metadata, text byte for byte, pages, derived passages."""
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    pages = tuple(PageSpan(i + 1, a, b) for i, (a, b) in enumerate(itertools.pairwise(bounds)))
    derived = CountingPipeline().derive(text)
    clean = CleanDocument(text=text, pages=pages, source_format="text")
    store.save_document(
        meta, clean, source_path=None, content_hash="h", derived=derived, replace=True
    )
    back = store.document(meta.id)
    assert back.meta == meta and back.text == text and back.pages == pages
    rows = store.passages([meta.id])
    assert [r.text for r in rows] == [text[p.start : p.end] for p in derived.passages]


def test_cleaned_pages_round_trip(store):
    raw = (ROOT / "corpus" / "kingsfund-2021.txt").read_text(encoding="utf-8")
    clean = clean_text(raw)
    store.save_document(
        DocumentMeta(id="k"), clean, source_path=None, content_hash="h", derived=Derived([])
    )
    assert store.document("k").pages == clean.pages and store.document("k").text == clean.text


# -- crash safety and concurrency, with real processes ---------------------------------------------

KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from carelead.ingest.service import collect, ingest
    from carelead.models import Passage
    from carelead.store import open_store
    from carelead.store.db import Derived

    class Heavy:
        # many passages per document, so that most of the time is spent inside a transaction
        def derive(self, text, pages=()):
            return Derived(passages=[Passage(n=i, kind="narrative", role="author", start=0, end=1)
                                     for i in range(1, 20001)])

    store = open_store(sys.argv[1])
    for outcome in ingest(store, collect([sys.argv[2]])[0], Heavy()):
        print(outcome.id, outcome.status, flush=True)
    """
)


def _count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(db, timeout=30)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_sigkill_leaves_every_document_complete_or_absent(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        _write(docs, f"doc{i:02d}.txt", f"Document {i}.\n\n" + PARA * (i + 1))
    db = tmp_path / "kill.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(db), str(docs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if _count(db, "SELECT COUNT(*) FROM documents") >= 3:
            break
        time.sleep(0.02)
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute(
        "SELECT d.id, length(d.text), (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id)"
        " FROM documents d ORDER BY d.id"
    ).fetchall()
    conn.close()
    assert 3 <= len(stored) < 40
    for doc_id, length, passages in stored:
        i = int(doc_id[3:])
        expected = clean_text(f"Document {i}.\n\n" + PARA * (i + 1)).text
        assert length == len(expected) and passages == 20000, doc_id
    # the store is still usable: ingesting again completes the rest
    store = open_store(db)
    outcomes = list(ingest(store, collect([str(docs)])[0], CountingPipeline()))
    store.close()
    assert sum(o.status == "unchanged" for o in outcomes) == len(stored)
    assert sum(o.status == "added" for o in outcomes) == 40 - len(stored)


def test_two_concurrent_ingests_both_succeed(tmp_path):
    db = tmp_path / "shared.db"
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(6):
            _write(folder, f"{name}{i}.txt", f"{name.upper()} document {i}. " + PARA)
        _write(folder, "common.txt", "The same document in both folders. " + PARA)
        folders.append(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "carelead", "--db", str(db), "ingest", str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for folder in folders
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    errs = sorted(err.strip().splitlines()[-1] for _, err in results)
    assert errs == [
        "ingested 7 files: 6 added, 1 unchanged, 0 failed",
        "ingested 7 files: 7 added, 0 failed",
    ]
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert ids == sorted(["common", *(f"{n}{i}" for n in "ab" for i in range(6))])


def test_a_fault_in_the_analysis_fails_that_file_alone(tmp_path, store):
    class Faulty(CountingPipeline):
        def derive(self, text: str, pages=()) -> Derived:
            if "boom" in text:
                raise KeyError("k.")
            return super().derive(text, pages)

    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "a.txt", "boom")
    _write(docs, "b.txt", PARA)
    sources, _ = collect([str(docs)])
    outcomes = list(ingest(store, sources, Faulty()))
    assert [(o.id, o.status) for o in outcomes] == [("a", "failed"), ("b", "added")]
    assert outcomes[0].reason == "could not be analysed (KeyError: 'k.'); please report this"
    assert store.content_hash("a") is None  # nothing half-written
