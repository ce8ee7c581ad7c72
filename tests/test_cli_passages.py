"""`carelead attribute`, `carelead passages` and `carelead evaluate attribution`, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead import resources
from carelead.cli import app
from carelead.models import CleanDocument, DocumentMeta, PageSpan
from carelead.passages.attribute import attribute
from carelead.passages.roles import load_lexicon
from carelead.store import open_store
from carelead.store.db import Derived

DOCS = Path(__file__).resolve().parent / "attribution_docs"
FIELDS = [
    "doc",
    "n",
    "kind",
    "role",
    "speaker",
    "text",
    "start",
    "end",
    "page",
    "themes",
    "sentiment",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store holding the two genre documents, with passages from the attribution stage only."""
    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    path = tmp_path / "c.db"
    with open_store(path) as s:
        for name, collection in (("press-release", "news"), ("interview-report", "reports")):
            text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
            pages = (PageSpan(1, 0, len(text)),)
            s.save_document(
                DocumentMeta(name, collection=collection),
                CleanDocument(text, pages),
                source_path=None,
                content_hash=name,
                derived=Derived(attribute(text, pages, lexicon)),
            )
    return path


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args])


def test_passages_json_has_the_stable_fields(db: Path) -> None:
    result = run(db, "passages", "press-release", "--kind", "quote", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [list(r) for r in rows] == [FIELDS] * len(rows)
    first = rows[0]
    assert first["doc"] == "press-release" and first["kind"] == "quote"
    assert first["role"] == "provider" and first["page"] == 1
    assert first["speaker"] == "Professor Jane Doe CBE, Chief Executive of the Homecare Association"
    assert first["text"].startswith("‘The plan is a start")
    assert [r["role"] for r in rows] == [
        "provider",
        "provider",
        "political",
        "document",  # the department's spokesperson: its statement
        "workforce",
        "workforce",
    ]


def test_passages_filter_by_role_and_collection(db: Path) -> None:
    result = run(db, "passages", "reports", "--role", "director", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert (
        rows
        and {r["role"] for r in rows} == {"director"}
        and {r["doc"] for r in rows} == {"interview-report"}
    )


def test_passages_narrative_belongs_to_the_authors(db: Path) -> None:
    result = run(db, "passages", "--kind", "narrative", "--format", "csv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(FIELDS)
    assert all(",narrative,author," in line for line in lines[1:] if line.count(",") > 5)


def test_passages_unknown_scope_is_exit_1(db: Path) -> None:
    result = run(db, "passages", "nope")
    assert result.exit_code == 1
    assert "nope: no document or collection with this id" in result.stderr
    assert result.stdout == ""


def test_attribute_with_an_edited_lexicon_renames_a_role(db: Path, tmp_path: Path) -> None:
    source = (resources.codebooks_dir() / resources.DEFAULT_ROLES).read_text(encoding="utf-8")
    edited = tmp_path / "roles.yaml"
    renamed = source.replace("- id: provider", "- id: care-provider")
    # the fallback that names the role is renamed with it
    renamed = renamed.replace("employer: provider", "employer: care-provider")
    edited.write_text(renamed, encoding="utf-8")
    result = run(db, "attribute", "press-release", "--roles", str(edited), "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)["documents"]
    assert summary[0]["doc"] == "press-release" and "care-provider 2" in summary[0]["roles"]
    listed = json.loads(
        run(db, "passages", "press-release", "--role", "care-provider", "-f", "json").stdout
    )
    assert len(listed) == 2


def test_attribute_refuses_an_invalid_lexicon(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "roles.yaml"
    bad.write_text(
        "roles:\n  - id: x\n    label: X\n    description: d\n    colour: red\n", encoding="utf-8"
    )
    result = run(db, "attribute", "--roles", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:5: roles.0.colour: Extra inputs are not permitted" in result.stderr
    assert result.stdout == ""


def test_evaluate_attribution_reports_recall_and_misses(db: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    entries = [
        {"doc": "press-release", "quote_start": "The plan is a start, but", "role": "provider"},
        {"doc": "press-release", "quote_start": "Councils need certainty", "role": "national"},
        {"doc": "press-release", "quote_start": "The Government published", "role": "user"},
    ]
    gold.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    result = run(db, "evaluate", "attribution", "--gold", str(gold), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quote_recall"] == pytest.approx(2 / 3)
    assert data["role_accuracy"] == pytest.approx(1 / 2)
    assert data["confusion"]["national"] == {"political": 1}
    assert [m["line"] for m in data["misses"]] == [2, 3]
    assert data["misses"][1]["reason"] == "inside a narrative passage"


def test_evaluate_attribution_bad_gold_is_exit_1(db: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "press-release"}\n', encoding="utf-8")
    result = run(db, "evaluate", "attribution", "--gold", str(gold))
    assert result.exit_code == 1
    assert f"{gold}:1: quote_start: a non-empty string is required" in result.stderr


def test_help_has_examples() -> None:
    for cmd in ("attribute", "passages"):
        result = CliRunner().invoke(app, [cmd, "--help"])
        assert result.exit_code == 0 and "Example: carelead " + cmd in result.stdout


def test_attribute_retags_with_an_edited_codebook(db: Path, tmp_path: Path) -> None:
    source = (resources.codebooks_dir() / resources.DEFAULT_CODEBOOK).read_text(encoding="utf-8")
    assert "- id: nhs-integration" in source
    edited = tmp_path / "codebook.yaml"
    edited.write_text(
        source.replace("- id: nhs-integration", "- id: health-joint-working"), encoding="utf-8"
    )
    result = run(db, "attribute", "--codebook", str(edited), "--format", "json")
    assert result.exit_code == 0, result.stderr
    tagged = json.loads(run(db, "passages", "--theme", "health-joint-working", "-f", "json").stdout)
    assert tagged and all("health-joint-working" in p["themes"] for p in tagged)
    assert json.loads(run(db, "passages", "--theme", "nhs-integration", "-f", "json").stdout) == []
