"""What passages were derived with: configuration errors before any work, the fingerprint stored with
each document, and one warning when a command's configuration differs from a document's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead import resources
from carelead.cli import app
from carelead.errors import ConfigError
from carelead.pipeline import Pipeline, config_paths, fingerprint, stale_documents
from carelead.store import open_store

PARA = "One director says: 'We have been firefighting for a decade.' The authors agree."


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(PARA, encoding="utf-8")
    (folder / "b.txt").write_text(PARA + " Providers agree.", encoding="utf-8")
    path = tmp_path / "c.db"
    assert run(path, "-q", "ingest", str(folder)).exit_code == 0
    return path


@pytest.mark.parametrize("option", ["--codebook", "--roles", "--tone"])
def test_a_missing_configuration_file_is_one_line_exit_1(
    tmp_path: Path, db: Path, option: str
) -> None:
    missing = str(tmp_path / "nonexistent.yaml")
    new = tmp_path / "new.txt"
    new.write_text(PARA + " New.", encoding="utf-8")
    for args in (["ingest", str(new), option, missing], ["attribute", option, missing]):
        result = run(db, *args)
        assert result.exit_code == 1, result.output
        assert result.stderr == f"carelead: {missing}: no such file\n"
        assert "Traceback" not in result.output
    with pytest.raises(ConfigError, match="no such file"):
        Pipeline.load(**{option[2:]: missing})  # type: ignore[arg-type]


def test_each_document_records_what_it_was_derived_with(db: Path) -> None:
    current = fingerprint(config_paths())
    with open_store(db) as s:
        recorded = s.derived_with(["a", "b", "nope"])
        assert set(recorded) == {"a", "b"}
        assert recorded["a"] == {**current, "model": ""}
        assert stale_documents(s, ["a", "b"]) == {}
        assert s.delete_document("a")
        assert set(s.derived_with(["a", "b"])) == {"b"}


def test_commands_warn_once_about_documents_derived_otherwise(db: Path, tmp_path: Path) -> None:
    source = (resources.codebooks_dir() / resources.DEFAULT_ROLES).read_text(encoding="utf-8")
    edited = tmp_path / "roles.yaml"
    edited.write_text(source + "\n# edited\n", encoding="utf-8")
    result = run(db, "attribute", "a", "--roles", str(edited), "-f", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        "carelead: warning: b was derived with a different role lexicon than this command uses;"
        " `carelead attribute doc:b` recomputes it"
    )
    with open_store(db) as s:
        assert stale_documents(s, ["a", "b"]) == {"a": ["role lexicon"]}
        assert stale_documents(s, ["a", "b"], roles=edited) == {"b": ["role lexicon"]}
    for args in (["passages", "-f", "json"], ["sentiment", "-f", "json"], ["themes", "-f", "json"]):
        listed = run(db, *args)
        assert listed.exit_code == 0, listed.output
        json.loads(listed.stdout)
        assert listed.stderr.count("carelead: warning: a was derived with a different") == 1
    scoped = run(db, "passages", "b", "-f", "json")
    assert scoped.exit_code == 0 and scoped.stderr == ""
    assert run(db, "-q", "passages", "-f", "json").stderr == ""
    assert run(db, "attribute", "-f", "json").stderr == "attributed 2 document(s)\n"
    assert run(db, "passages", "-f", "json").stderr == ""
