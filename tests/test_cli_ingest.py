"""`carelead ingest`, `docs` and `show` in-process: exact exit codes, stdout and stderr apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app

GOOD = "One director says: 'We have been firefighting for a decade.'\n\nProviders agree."


def run(db: Path, *args: str, input: bytes | str | None = None):
    return CliRunner().invoke(app, ["--db", str(db), *args], input=input)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "c.db"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The 'done when' folder: two good files, one corrupt PDF, one empty file."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good-one.txt").write_text(GOOD, encoding="utf-8")
    (docs / "good-two.md").write_text("# Notes\n\nA service user puts it this way: 'Listen.'\n")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n%%%% this is not a PDF body\n")
    (docs / "empty.txt").write_bytes(b"")
    return docs


def test_bad_files_are_named_and_good_files_still_stored(db, folder):
    result = run(db, "ingest", str(folder))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"carelead: {folder / 'broken.pdf'}: corrupt PDF (cannot be opened)",
        f"carelead: {folder / 'empty.txt'}: empty file",
        "ingested 4 files: 2 added, 2 failed",
    ]
    assert "Traceback" not in result.output
    listing = run(db, "docs", "--format", "json")
    assert listing.exit_code == 0
    docs = json.loads(listing.stdout)["documents"]
    assert [d["id"] for d in docs] == ["good-one", "good-two"]
    assert docs[0]["chars"] == len(GOOD.replace("\n\n", "\n\n")) and docs[0]["format"] == "text"


def test_reingest_is_a_no_op_and_changes_need_replace(db, folder):
    good = folder / "good-one.txt"
    assert run(db, "ingest", str(good)).exit_code == 0
    again = run(db, "ingest", str(good), "--format", "json")
    assert again.exit_code == 0
    assert [(f["id"], f["status"]) for f in json.loads(again.stdout)["files"]] == [
        ("good-one", "unchanged")
    ]
    assert again.stderr == "ingested 1 file: 0 added, 1 unchanged, 0 failed\n"
    good.write_text("Completely new text.", encoding="utf-8")
    refused = run(db, "ingest", str(good))
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == (
        f"carelead: {good}: good-one: already stored with different content"
        " (use --replace to swap it)"
    )
    swapped = run(db, "ingest", str(good), "--replace")
    assert swapped.exit_code == 0 and "1 replaced" in swapped.stderr
    shown = run(db, "show", "good-one")
    assert shown.exit_code == 0 and shown.stdout == "Completely new text.\n"


def test_missing_path_and_quiet(db, tmp_path):
    result = run(db, "--quiet", "ingest", str(tmp_path / "nowhere.pdf"))
    assert result.exit_code == 1
    assert result.stderr == f"carelead: {tmp_path / 'nowhere.pdf'}: no such file or folder\n"


def test_stdin_with_id_and_metadata_flags(db):
    result = run(
        db,
        "ingest",
        "-",
        "--id",
        "piped",
        "--title",
        "Piped text",
        "--publisher",
        "Care News",
        "--date",
        "2024-01-02",
        "--kind",
        "news",
        "--collection",
        "col",
        input=GOOD.encode("cp1252"),
    )
    assert result.exit_code == 0, result.output
    listing = json.loads(run(db, "docs", "col", "--format", "json").stdout)["documents"]
    assert {
        k: listing[0][k] for k in ("id", "title", "publisher", "date", "kind", "collection")
    } == {
        "id": "piped",
        "title": "Piped text",
        "publisher": "Care News",
        "date": "2024-01-02",
        "kind": "news",
        "collection": "col",
    }
    assert listing[0]["source"] is None


def test_stdin_without_id_fails(db):
    result = run(db, "ingest", "-", input="text")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "carelead: -: reading stdin needs --id"


def test_id_with_several_files_is_a_usage_error(db, folder):
    result = run(
        db, "ingest", str(folder / "good-one.txt"), str(folder / "good-two.md"), "--id", "x"
    )
    assert result.exit_code == 2
    assert "--id names one file" in result.stderr


def test_cp1252_warning_goes_to_stderr(db, tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("The director’s view – café.".encode("cp1252"))
    result = run(db, "ingest", str(path))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"carelead: {path}: warning: not valid UTF-8; decoded as cp1252 (Windows-1252)"
    )


def test_docs_formats_and_output_file(db, folder, tmp_path):
    run(db, "ingest", str(folder / "good-one.txt"), "--collection", "c1")
    csv_out = run(db, "docs", "--format", "csv")
    assert csv_out.exit_code == 0
    header, row = csv_out.stdout.splitlines()
    assert header == "id,title,publisher,date,kind,collection,format,pages,chars,passages,quotes"
    assert row.startswith("good-one,,,,,c1,text,0,")
    target = tmp_path / "docs.md"
    written = run(db, "docs", "--format", "markdown", "--output", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text().startswith("| id | title |")
    unknown = run(db, "docs", "nope")
    assert unknown.exit_code == 1
    assert unknown.stderr == "carelead: nope: no document or collection with this id\n"


def test_empty_store_lists_nothing(db):
    from carelead.store import open_store

    open_store(db).close()
    result = run(db, "docs", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"documents": []}


def test_show_marks_pages(db, tmp_path):
    path = tmp_path / "paged.txt"
    path.write_text("Page one text.\f2\fPage two text runs\fon to page three.\n", encoding="utf-8")
    assert run(db, "ingest", str(path)).exit_code == 0
    shown = run(db, "show", "paged")
    assert shown.stdout == (
        "[page 1]\n\nPage one text.\n\n[page 3]\n\nPage two text runs [page 4] on to page three.\n"
    )
    plain = run(db, "show", "paged", "--no-pages")
    assert plain.stdout == "Page one text.\n\nPage two text runs on to page three.\n"
    data = json.loads(run(db, "show", "paged", "--format", "json").stdout)
    assert data["id"] == "paged" and data["pages"][1] == {"number": 3, "start": 16, "end": 34}
    missing = run(db, "show", "nope")
    assert missing.exit_code == 1 and missing.stderr.startswith("carelead: nope: no such document")
