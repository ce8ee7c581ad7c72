"""Errors at the command line: every line prefixed, bad usage exit 2, read-only commands create nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.models import CleanDocument, DocumentMeta
from carelead.store import open_store
from carelead.store.db import Derived


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    with open_store(path) as s:
        s.save_document(
            DocumentMeta("d1", collection="c1"),
            CleanDocument("Some text."),
            source_path=None,
            content_hash="h1",
            derived=Derived(passages=[]),
        )
    return path


def test_every_line_of_a_several_problem_error_is_prefixed(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "roles.yaml"
    bad.write_text("roles:\n  - id: Bad\n    nope: 1\n", encoding="utf-8")
    result = run(db, "attribute", "--roles", str(bad))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) > 1
    assert all(line.startswith(f"carelead: {bad}:") for line in lines), lines
    assert f"carelead: {bad}:3: roles.0.nope: Extra inputs are not permitted" in lines


@pytest.mark.parametrize(
    "args",
    [
        ("sentiment", "--by", "foo"),
        ("sentiment", "--by", "role,role"),
        ("sentiment", "--by", ","),
        ("themes", "--by", "x"),
        ("show", "d1", "-f", "xml"),
        ("passages", "-f", "xml"),
        ("variation", "--rows", "nope"),
    ],
)
def test_a_bad_option_value_is_bad_usage_exit_2(db: Path, args: tuple[str, ...]) -> None:
    result = run(db, *args)
    assert result.exit_code == 2, result.output
    assert "Invalid value" in result.stderr
    assert result.stdout == ""


def test_show_formats_still_work(db: Path) -> None:
    assert run(db, "show", "d1").stdout == "Some text.\n"
    assert '"text": "Some text."' in run(db, "show", "d1", "-f", "json").stdout


READ_ONLY = [
    ("docs",),
    ("show", "d1"),
    ("passages",),
    ("attribute",),
    ("themes",),
    ("kwic", "care"),
    ("variation",),
    ("sentiment",),
    ("compare", "a", "b"),
    ("export", "qdpx", "{tmp}/out.qdpx"),
    ("export", "xlsx", "{tmp}/out.xlsx"),
    ("report", "{tmp}/out.html"),
    ("evaluate", "attribution", "--gold", "{tmp}/gold.jsonl"),
    ("evaluate", "themes", "--gold", "{tmp}/gold.jsonl"),
    ("evaluate", "sentiment", "--gold", "{tmp}/gold.jsonl"),
    ("evaluate", "agreement", "--coded", "{tmp}/coded.csv"),
]


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: " ".join(a[:2]))
def test_commands_that_read_need_a_store_and_create_none(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    (tmp_path / "gold.jsonl").write_text('{"doc": "d1", "quote_start": "Some"}\n')
    (tmp_path / "coded.csv").write_text("doc,n,themes\nd1,1,covid\n")
    typo = tmp_path / "typo.db"
    result = run(typo, *(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == 1, result.output
    assert result.stderr == f"carelead: {typo}: no corpus store here (run carelead ingest first)\n"
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coded.csv", "gold.jsonl"]


def test_ingest_still_creates_the_store(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    result = run(tmp_path / "new.db", "--quiet", "ingest", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.db").exists()
