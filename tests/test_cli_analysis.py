from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.models import CleanDocument, DocumentMeta, Passage, ThemeTag
from carelead.store import open_store
from carelead.store.db import Derived

runner = CliRunner()

# (kind, role, theme, tone, text) per passage
DOC_A = [
    ("quote", "director", "funding-reform", -0.6, "Austerity has cut deep into budgets."),
    ("quote", "director", "funding-reform", -0.4, "Funding is unsustainable and austerity bites."),
    ("quote", "director", "covid", -0.2, "Covid was hard on councils and austerity too."),
    ("quote", "provider", "covid", 0.3, "Providers worked well through Covid."),
    ("quote", "provider", "funding-reform", -0.5, "Fees do not meet the cost of care."),
    ("quote", "provider", "covid", 0.1, "PPE arrived in the end."),
    ("narrative", "author", "funding-reform", 0.0, "The authors describe austerity."),
]
DOC_B = [
    ("quote", "provider", "regulation", 0.4, "Integration and regulation improved."),
    ("narrative", "author", "regulation", 0.2, "The review discusses integration."),
    ("narrative", "author", None, 0.0, "Integration with the NHS was discussed."),
]


def _save(store, doc_id: str, collection: str, rows) -> None:
    text = ""
    passages = []
    tags = {}
    tone = {}
    for n, (kind, role, theme, score, body) in enumerate(rows, start=1):
        start = len(text)
        text += body + "\n\n"
        passages.append(Passage(n=n, kind=kind, role=role, start=start, end=start + len(body)))
        if theme:
            tags[n] = [ThemeTag(theme, "rule", 1.0, ())]
        tone[n] = score
    store.save_document(
        DocumentMeta(id=doc_id, collection=collection),
        CleanDocument(text=text),
        source_path=None,
        content_hash=doc_id,
        derived=Derived(passages=passages, tags=tags, tone=tone),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with open_store(path) as s:
        _save(s, "a1", "col-a", DOC_A)
        _save(s, "b1", "col-b", DOC_B)
    return path


def run(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def test_variation_json(db):
    result = run(db, "variation", "a1", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["analysis"] == "variation" and data["n"] == 6
    assert data["row_labels"] == ["covid", "funding-reform"]
    assert data["col_labels"] == ["director", "provider"]
    assert data["counts"] == [[1, 2], [2, 1]]
    assert data["test"]["df"] == 1 and data["test"]["defined"] is True
    assert data["test"]["low_expected_cells"] == 4
    # every table with these margins is as far from independence as this one
    assert data["test"]["p_monte_carlo"] == 1.0
    assert data["test"]["monte_carlo_samples"] == 10_000
    assert "expected counts below 5" in result.stderr and "p_monte_carlo" in result.stderr


def test_every_warning_of_an_analysis_reaches_stderr(db):
    result = run(db, "variation", "a1", "--format", "json")
    data = json.loads(result.stdout)
    assert data["warnings"] and all(w in data["notes"] for w in data["warnings"])
    for warning in data["warnings"]:  # "Only 6 passages: ..." among them, whatever its wording
        assert f"carelead: {warning}" in result.stderr
    assert any(w.startswith("Only 6 passages") for w in data["warnings"])


def test_variation_all_passages_and_markdown(db):
    result = run(db, "variation", "--all-passages", "--format", "markdown")
    assert result.exit_code == 0
    assert "| funding-reform |" in result.stdout and "author" in result.stdout
    assert "Row %" in result.stdout


def test_sentiment_by_role_and_theme_csv(db):
    result = run(db, "sentiment", "col-a", "--by", "role,theme", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "# tone"
    assert lines[1] == ("role,theme,n,mean,ci_low,ci_high,negative_pct,neutral_pct,positive_pct")
    assert lines[2].startswith("director,funding-reform,2,-0.5,")


def test_sentiment_json_is_identical_run_to_run(db):
    first = run(db, "sentiment", "--format", "json")
    second = run(db, "sentiment", "--format", "json")
    assert first.exit_code == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    # provider: 3 in a1 and 1 in b1, so it comes first
    assert [(g["role"], g["n"]) for g in data["groups"]] == [("provider", 4), ("director", 3)]
    assert data["groups"][1]["mean"] == pytest.approx(-0.4)
    assert data["overall"]["n"] == 7


def test_compare_documents_and_collections(db, tmp_path: Path):
    out = tmp_path / "cmp.json"
    result = run(db, "compare", "col-a", "b1", "--format", "json", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(out.read_text())
    assert data["a"] == {"label": "col-a", "docs": ["a1"], "passages": 7, "quotations": 6}
    assert data["only_in_a"] == ["funding-reform", "covid"] and data["only_in_b"] == ["regulation"]
    assert "b1 rests on only 3 passages (1 quotations)" in result.stderr


def test_compare_table_on_a_pipe(db):
    result = run(db, "compare", "a1", "b1", "--format", "table")
    assert result.exit_code == 0
    assert "Theme shares: A = a1 (n = 7 passages), B = b1 (n = 3 passages)" in result.stdout
    assert "| theme          | A n |   A % |" in result.stdout
    assert "| funding-reform |   4 | 57.1% |" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("variation", "nope"), "nope: no document or collection with this id"),
        (("compare", "a1", "zzz"), "zzz: no document or collection with this id"),
        (("compare", "a1", "col-a"), "share a1"),
        (("variation", "a1", "--min-n", "50"), "fewer than 50 passages"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(db, args, message):
    result = run(db, *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_scope_without_quotations(tmp_path: Path):
    path = tmp_path / "n.db"
    with open_store(path) as s:
        _save(s, "n1", "c", [("narrative", "author", "covid", 0.0, "Only narrative.")])
    result = run(path, "sentiment", "--format", "json")
    assert result.exit_code == 1
    assert "the scope has no quotations" in result.stderr


def test_empty_store(tmp_path: Path):
    open_store(tmp_path / "e.db").close()
    result = run(tmp_path / "e.db", "variation")
    assert result.exit_code == 1 and "holds no documents" in result.stderr


def test_help_has_examples():
    for command in ("variation", "sentiment", "compare"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example: carelead " + command in result.stdout


def test_help_leaves_the_heavy_libraries_unloaded():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from carelead.cli import app\n"
        "for c in ('variation', 'sentiment', 'compare'):\n"
        "    CliRunner().invoke(app, [c, '--help'])\n"
        "print(sorted(m for m in ('scipy', 'numpy', 'vaderSentiment') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- CSV for machines, tables for people ------------------------------------------------------


def csv_sections(text: str) -> dict[str, list[dict[str, str]]]:
    """The `# name` sections of a multi-table CSV, each read with the csv module."""
    import csv

    sections: dict[str, list[str]] = {}
    name = ""
    for line in text.splitlines():
        if line.startswith("# "):
            name = line[2:]
            sections[name] = []
        elif line:
            sections[name].append(line)
    return {k: list(csv.DictReader(lines)) for k, lines in sections.items()}


def number(cell: str) -> float | None:
    """A cell as R or pandas would read it: a plain number, or empty for missing."""
    assert not any(mark in cell for mark in ("%", "+", " ", ",", "–")), cell
    return None if cell == "" else float(cell)


def test_variation_csv_is_long_and_numeric(db):
    result = run(db, "variation", "a1", "--format", "csv")
    assert result.exit_code == 0, result.output
    tables = csv_sections(result.stdout)
    assert list(tables) == ["cells", "test"]
    cells = {(r["theme"], r["role"]): r for r in tables["cells"]}
    assert len(cells) == 4
    assert list(tables["cells"][0]) == [
        "theme", "role", "count", "row_pct", "col_pct", "expected", "adj_residual", "p", "q", "flag"
    ]  # fmt: skip
    covid = cells["covid", "director"]
    assert number(covid["count"]) == 1
    assert number(covid["row_pct"]) == pytest.approx(100 / 3)
    assert number(covid["col_pct"]) == pytest.approx(100 / 3)
    assert number(covid["expected"]) == pytest.approx(1.5)
    for r in tables["cells"]:
        number(r["adj_residual"]), number(r["q"])
        assert r["flag"] in ("", "over", "under")
    (test,) = tables["test"]
    assert number(test["df"]) == 1 and 0 <= (number(test["p"]) or 0) <= 1
    assert number(test["cells_expected_lt_5"]) == 4 and number(test["cells"]) == 4


def test_sentiment_csv_is_numeric_with_the_interval_in_two_columns(db):
    result = run(db, "sentiment", "col-a", "--format", "csv")
    assert result.exit_code == 0, result.output
    tone = {r["role"]: r for r in csv_sections(result.stdout)["tone"]}
    director = tone["director"]
    assert number(director["mean"]) == pytest.approx(-0.4)
    low, high = number(director["ci_low"]), number(director["ci_high"])
    assert low is not None and high is not None and -0.6 <= low <= -0.4 <= high <= -0.2
    assert number(director["negative_pct"]) == pytest.approx(100.0)
    shares = [number(tone["provider"][f"{k}_pct"]) for k in ("negative", "neutral", "positive")]
    assert sum(s or 0 for s in shares) == pytest.approx(100.0)
    assert number(tone["(all)"]["n"]) == 6


def test_compare_csv_is_numeric(db):
    result = run(db, "compare", "a1", "b1", "--format", "csv")
    assert result.exit_code == 0, result.output
    tables = csv_sections(result.stdout)
    themes = {r["theme"]: r for r in tables["themes"]}
    funding = themes["funding-reform"]
    assert number(funding["a_n"]) == 4 and number(funding["a_pct"]) == pytest.approx(400 / 7)
    assert number(funding["b_pct"]) == 0
    assert number(funding["diff_pp"]) == pytest.approx(400 / 7)
    low, high = number(funding["ci_low_pp"]), number(funding["ci_high_pp"])
    assert low is not None and high is not None and low < 400 / 7 < high
    assert funding["test"] == "fisher" and 0 < (number(funding["q"]) or 0) <= 1
    mix = {r["role"]: r for r in tables["stakeholders"]}
    assert set(mix) == {"director", "provider"}  # no totals row among the data
    assert number(mix["provider"]["b_pct"]) == 100
    tone = {r["role"]: r for r in tables["tone_by_role"]}
    assert number(tone["director"]["a_mean"]) == pytest.approx(-0.4)
    assert number(tone["director"]["b_mean"]) is None  # no director quotation in B
    assert number(tone["provider"]["b_ci_low"]) is None  # one passage: no interval


def test_tables_for_people_stay_formatted(db):
    variation = run(db, "variation", "a1", "--format", "table").stdout
    assert "33.3%" in variation and "Row %" in variation
    assert "theme \\ role" in variation
    sentiment = run(db, "sentiment", "col-a", "--format", "markdown").stdout
    assert "| role | n | mean | 95% CI | negative | neutral | positive |" in sentiment
    assert "| director | 3 | -0.400 | " in sentiment and " to " in sentiment
    assert "| 100.0% |" in sentiment
    compare = run(db, "compare", "a1", "b1", "--format", "table").stdout
    assert "| funding-reform |   4 | 57.1% |" in compare
    assert "+57.1" in compare and "-7.5 to +84.2" in compare
    assert "| n        |   6 |       |   1 |" in compare  # totals row, blank percentages
