"""`carelead themes`, `kwic`, `codebook check`, `codebook import` and `evaluate themes`, in process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "shared" / "eval" / "seed-quotes.jsonl"

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "corpus.db"
    result = runner.invoke(app, ["--db", str(path), "-q", "ingest", str(CORPUS)])
    assert result.exit_code == 0, result.stderr
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_themes_json(db: Path) -> None:
    code, out, _ = run(db, "themes", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["documents"] == 4 and data["passages"] > 100
    themes = {t["theme"]: t for t in data["themes"]}
    assert {"national-leadership", "nhs-integration", "covid"} <= set(themes)
    counts = [t["passages"] for t in data["themes"]]
    assert counts == sorted(counts, reverse=True)
    nhs = themes["nhs-integration"]
    assert nhs["label"] == "The NHS and integration"
    assert 0 < nhs["passage_share"] < 1 and 1 <= nhs["documents"] <= 4
    assert "nhs" in nhs["evidence"]
    assert nhs["roles"] and all(isinstance(n, int) for n in nhs["roles"].values())
    assert 1 <= len(nhs["examples"]) <= 2
    assert {"doc", "n", "role", "speaker", "text"} <= set(nhs["examples"][0])


def test_themes_scope_and_theme(db: Path) -> None:
    code, out, _ = run(db, "themes", "messenger-2022", "--theme", "nhs-integration", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["documents"] == 1
    assert [t["theme"] for t in data["themes"]] == ["nhs-integration"]


def test_themes_by_role(db: Path) -> None:
    code, out, _ = run(db, "themes", "--by", "role", "-f", "csv")
    assert code == 0
    header = out.splitlines()[0].split(",")
    assert header[0] == "theme" and header[-1] == "total"
    assert "director" in header and "author" in header
    assert out.splitlines()[-1].startswith("(passages),")


def test_themes_bad_by_and_unknown_scope(db: Path) -> None:
    code, _, err = run(db, "themes", "--by", "speaker")
    assert code == 2 and "only `--by role`" in err
    code, _, err = run(db, "themes", "no-such-doc")
    assert code == 1 and "no-such-doc: no document or collection" in err


def test_kwic(db: Path) -> None:
    code, out, _ = run(
        db, "kwic", "relationship*", "--role", "director", "--width", "20", "-f", "json"
    )
    assert code == 0
    rows = json.loads(out)["kwic"]
    assert rows
    for row in rows:
        assert row["role"] == "director"
        assert row["keyword"].lower().startswith("relationship")
        assert len(row["left"]) <= 20 and len(row["right"]) <= 20


def test_kwic_phrase_whole_words(db: Path) -> None:
    code, out, _ = run(db, "kwic", "social care", "kingsfund-blog-2021", "-f", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines and all(r["keyword"].lower() == "social care" for r in lines)
    code, out, _ = run(db, "kwic", "car", "-f", "json")  # not inside "care"
    assert json.loads(out)["kwic"] == []


def test_codebook_check_default_is_clean(db: Path) -> None:
    code, out, _ = run(db, "codebook", "check", "--strict", "-f", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["errors"] == 0 and data["warnings"] == 0 and data["passages"] > 100


CHECKED = """\
name: checked
themes:
  - id: everywhere
    label: Everywhere
    patterns: [the, care]
  - id: nowhere
    label: Nowhere
    patterns: [zyzzyva, quux*]
  - id: dupes
    label: Dupes
    patterns: [leader*, leaders, staff, staffing]
"""


def test_codebook_check_warnings_and_strict(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "checked.yaml"
    path.write_text(CHECKED)
    code, out, _ = run(db, "codebook", "check", str(path), "-f", "json")
    assert code == 0
    findings = {(f["theme"], f["pattern"]): f["message"] for f in json.loads(out)["findings"]}
    assert "cannot discriminate" in findings[("everywhere", "the")]
    assert "no pattern matches any" in findings[("nowhere", "")]
    assert "overlaps 'leader*'" in findings[("dupes", "leaders")]
    assert findings[("dupes", "staffing")] == "duplicate of 'staff' in this theme"
    code, _, _ = run(db, "codebook", "check", str(path), "--strict", "-f", "json")
    assert code == 1


def test_codebook_check_errors_exit_1(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: bad\nthemes:\n  - id: x\n    label: X\n    patterns: ['re:(a+)+$']\n")
    code, out, _ = run(db, "codebook", "check", str(path), "-f", "json")
    assert code == 1
    message = json.loads(out)["findings"][0]["message"]
    assert message.startswith(f"{path}:5: themes.0.patterns: Value error")
    assert "nested quantifiers" in message


def test_codebook_import(tmp_path: Path) -> None:
    source = tmp_path / "dict.yml"
    source.write_text(
        "economy: [tax*, job*]\n"
        "health:\n  __: [health*]\n  nhs: [nhs, hospital*]\n  care: [social care, care home*]\n"
        "bad: ['*']\n"
    )
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["codebook", "import", str(source), "-o", str(out)])
    assert result.exit_code == 0
    assert "bad: dropped '*'" in result.stderr
    from carelead.tagging.codebook import load_codebook

    codebook = load_codebook(out)
    assert [(t.id, t.parent) for t in codebook.themes] == [
        ("economy", None),
        ("health", None),
        ("nhs", "health"),
        ("care", "health"),
    ]
    assert codebook.theme("care").patterns == ["social care", "care home*"]
    result = runner.invoke(app, ["codebook", "import", str(source)])
    assert result.stdout == out.read_text()


def test_codebook_import_makes_colliding_and_empty_keys_unique(tmp_path: Path) -> None:
    source = tmp_path / "dict.yml"
    source.write_text(
        "'!!!': [alpha]\n'???': [beta]\n'': [gamma]\na-b: [delta]\na:\n  b: [epsilon]\n"
        "c:\n  b: [zeta]\n"
    )
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["codebook", "import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from carelead.tagging.codebook import load_codebook

    themes = load_codebook(out).themes
    ids = [t.id for t in themes]
    assert ids == ["theme", "theme-2", "theme-3", "a-b", "a", "a-b-2", "c", "c-b"]
    assert all(t.label for t in themes)


def test_kwic_lone_star_matches_words_not_gaps(db: Path) -> None:
    code, out, _ = run(db, "kwic", "*", "kingsfund-blog-2021", "-f", "json")
    assert code == 0
    rows = json.loads(out)["kwic"]
    assert rows and all(r["keyword"] for r in rows)


def test_codebook_import_refuses_unknown_type(tmp_path: Path) -> None:
    source = tmp_path / "dict.txt"
    source.write_text("x")
    result = runner.invoke(app, ["codebook", "import", str(source)])
    assert result.exit_code == 1
    assert "cannot import this kind of file" in result.stderr


@pytest.mark.skipif(not GOLD.exists(), reason="needs the shared gold file")
def test_evaluate_themes(db: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    shutil.copy(GOLD, gold)
    code, out, _ = run(db, "evaluate", "themes", "--gold", str(gold), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["entries"] == 107 and data["matched"] >= 100
    assert data["micro"]["f1"] >= 0.65
    per = {t["theme"]: t for t in data["themes"]}
    assert per["nhs-integration"]["support"] == 29
    assert -1 <= per["covid"]["kappa"] <= 1
