"""Unchanged content with new metadata: the documents row is updated, status `updated`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app

PARA = (
    "One director says: 'We have been firefighting for a decade, and the workforce is tired.' "
    "The authors note that funding remains short."
)


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args])


def docs(db: Path) -> dict[str, dict[str, object]]:
    return {d["id"]: d for d in json.loads(run(db, "docs", "-f", "json").stdout)["documents"]}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "r1.txt").write_text(PARA, encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "r1:\n  title: Old title\n  collection: oldcoll\n  authors: [A]\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("replace", [[], ["--replace"]])
def test_new_options_update_the_metadata_of_unchanged_content(
    tmp_path: Path, corpus: Path, replace: list[str]
) -> None:
    db = tmp_path / "c.db"
    assert run(db, "ingest", str(corpus)).exit_code == 0
    before = docs(db)["r1"]
    file = str(corpus / "r1.txt")
    result = run(
        db,
        "ingest",
        file,
        "--collection",
        "newcoll",
        "--title",
        "New title",
        *replace,
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == "ingested 1 file: 0 added, 1 updated, 0 failed\n"
    assert [(f["id"], f["status"]) for f in json.loads(result.stdout)["files"]] == [
        ("r1", "updated")
    ]
    after = docs(db)["r1"]
    assert (after["title"], after["collection"], after["authors"]) == (
        "New title",
        "newcoll",
        ["A"],
    )
    assert (
        after["passages"] == before["passages"] and after["content_hash"] == before["content_hash"]
    )
    again = run(db, "ingest", file, "--collection", "newcoll", "--title", "New title", *replace)
    assert again.stderr == "ingested 1 file: 0 added, 1 unchanged, 0 failed\n"


def test_an_edited_manifest_is_applied(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "c.db"
    assert run(db, "ingest", str(corpus)).exit_code == 0
    (corpus / "manifest.yaml").write_text("r1:\n  title: Old title\n  date: 2021-02\n")
    result = run(db, "ingest", str(corpus))
    assert result.exit_code == 0 and "1 updated" in result.stderr
    r1 = docs(db)["r1"]
    assert (r1["title"], r1["collection"], r1["date"], r1["authors"]) == (
        "Old title",
        None,
        "2021-02",
        [],
    )


def test_an_embedded_title_is_kept_when_none_is_given(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Care leaders speak out</title></head><body><article>"
        f"<p>{PARA} {PARA}</p><p>{PARA}</p></article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    assert run(db, "ingest", str(page)).exit_code == 0
    assert docs(db)["page"]["title"] == "Care leaders speak out"
    again = run(db, "ingest", str(page))
    assert again.stderr == "ingested 1 file: 0 added, 1 unchanged, 0 failed\n"
    kind = run(db, "ingest", str(page), "--kind", "news")
    assert "1 updated" in kind.stderr
    assert (docs(db)["page"]["title"], docs(db)["page"]["kind"]) == (
        "Care leaders speak out",
        "news",
    )
