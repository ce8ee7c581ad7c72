"""`carelead evaluate agreement`: figures checked against values computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.errors import InputError
from carelead.evaluate.agreement import cohen_kappa, evaluate, krippendorff_alpha_nominal
from export_fixtures import build_store

HUMAN = """doc,n,themes
report-a,1,leadership
report-a,2,local-leadership;leadership
report-a,3,funding-reform
report-a,4,workforce-training
report-a,5,
report-a,6,workforce-training
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    build_store(tmp_path / "a.db").close()
    return tmp_path / "a.db"


def _rows(report) -> dict[str, dict]:
    return {r["theme"]: r for t in report.tables for r in t.rows}


def test_figures_match_hand_computation(db: Path, tmp_path: Path) -> None:
    from carelead.store import open_store

    coded = tmp_path / "coded.csv"
    coded.write_text(HUMAN)
    with open_store(db) as s:
        rows = _rows(evaluate(s, coded))
    # leadership: human 1,1,0,0,0,0; carelead 1,0,0,0,0,0.
    lead = rows["leadership"]
    assert (lead["units"], lead["both"], lead["human_only"], lead["carelead_only"], lead["neither"]) == (
        6, 1, 1, 0, 4,
    )  # fmt: skip
    assert lead["percent_agreement"] == pytest.approx(500 / 6, abs=1e-4)
    assert lead["kappa"] == pytest.approx(8 / 14, abs=1e-4)  # po 30/36, pe 22/36
    assert lead["alpha"] == pytest.approx(32 / 54, abs=1e-4)  # 1 - 11 * 2 / 54
    assert rows["funding-reform"]["kappa"] == pytest.approx(8 / 14, abs=1e-4)
    assert rows["local-leadership"]["kappa"] == 1.0
    assert rows["local-leadership"]["alpha"] == 1.0
    work = rows["workforce-training"]
    assert work["kappa"] == pytest.approx(0.25, abs=1e-4)  # po 24/36, pe 20/36
    assert work["alpha"] == pytest.approx(20 / 64, abs=1e-4)  # 1 - 11 * 4 / 64
    overall = rows["(all themes)"]
    assert overall["units"] == 24
    assert overall["percent_agreement"] == pytest.approx(2000 / 24, abs=1e-4)
    assert overall["kappa"] == pytest.approx(5 / 9, abs=1e-4)  # po 20/24, pe 0.625
    assert overall["alpha"] == pytest.approx(488 / 864, abs=1e-4)  # 1 - 47 * 8 / 864


def test_statistics_on_textbook_cases() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", binary data, two
    # observers, ten units: alpha = 0.095 (1 - 19 * 8 / 168).
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha_nominal(a, b) == pytest.approx(16 / 168)
    assert round(krippendorff_alpha_nominal(a, b) or 0, 3) == 0.095
    # Cohen's kappa by hand: po = 0.6, pe = 0.2 * 0.4 + 0.8 * 0.6 = 0.56.
    assert cohen_kappa(a, b) == pytest.approx((0.6 - 0.56) / 0.44)
    assert cohen_kappa(list("ab"), list("ab")) == 1.0
    assert krippendorff_alpha_nominal(a, a) == 1.0
    # Nobody ever uses the theme: no disagreement was possible, so both are undefined.
    assert cohen_kappa([False] * 4, [False] * 4) is None
    assert krippendorff_alpha_nominal([False] * 4, [False] * 4) is None


def test_header_aliases_and_tabs(db: Path, tmp_path: Path) -> None:
    from carelead.store import open_store

    coded = tmp_path / "coded.tsv"
    coded.write_text("Document\tPassage\tTheme\nreport-a\t2\tlocal-leadership | leadership\n")
    with open_store(db) as s:
        rows = _rows(evaluate(s, coded))
    assert rows["leadership"]["human_only"] == 1 and rows["local-leadership"]["both"] == 1


def test_start_offsets_and_repeated_rows(db: Path, tmp_path: Path) -> None:
    from carelead.store import open_store

    with open_store(db) as s:
        p = {(r.doc, r.n): r for r in s.passages(["report-a"])}
        coded = tmp_path / "coded.csv"
        coded.write_text(
            "doc,start,themes\n"
            f"report-a,{p['report-a', 2].start + 3},local-leadership\n"
            f"report-a,{p['report-a', 2].start},leadership\n"
            f"report-a,{p['report-a', 3].start},funding-reform\n"
        )
        rows = _rows(evaluate(s, coded))
    assert rows["leadership"]["human_only"] == 1  # rows 1 and 2 fall in passage 2: union of themes
    assert rows["local-leadership"]["both"] == 1
    assert rows["(all themes)"]["units"] == 6  # 2 passages × 3 themes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("doc,themes\nreport-a,x\n", "coded.csv:1: missing column(s) n or start"),
        ("doc,n,themes\nreport-a,1,x\nnope,1,x\n", "coded.csv:3: unknown document 'nope'"),
        ("doc,n,themes\nreport-a,one,x\n", "coded.csv:2: n 'one' is not a whole number"),
        ("doc,n,themes\nreport-a,99,x\n", "coded.csv:2: report-a has no passage 99"),
        ("doc,start,themes\nreport-a,99999,x\n", "coded.csv:2: offset 99999 lies in no passage"),
        ("doc,n,themes\n", "coded.csv: no coded passages"),
        ("", "coded.csv: empty file"),
    ],
)
def test_bad_csv_names_file_and_line(db: Path, tmp_path: Path, content: str, message: str) -> None:
    from carelead.store import open_store

    coded = tmp_path / "coded.csv"
    coded.write_text(content)
    with open_store(db) as s, pytest.raises(InputError) as err:
        evaluate(s, coded)
    assert message in str(err.value)


def test_cli(db: Path, tmp_path: Path) -> None:
    coded = tmp_path / "coded.csv"
    coded.write_text(HUMAN)
    result = CliRunner().invoke(
        app, ["--db", str(db), "evaluate", "agreement", "--coded", str(coded), "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["theme"] for r in data["themes"]] == [
        "funding-reform", "leadership", "local-leadership", "workforce-training",
    ]  # fmt: skip
    assert data["overall"][0]["kappa"] == pytest.approx(5 / 9, abs=1e-4)

    missing = CliRunner().invoke(
        app, ["--db", str(db), "evaluate", "agreement", "--coded", str(tmp_path / "none.csv")]
    )
    assert missing.exit_code == 1
    assert "none.csv: no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_undefined_kappa_and_alpha_show_as_a_dash_never_nan(db: Path, tmp_path: Path) -> None:
    from carelead.output.formats import render
    from carelead.store import open_store

    coded = tmp_path / "coded.csv"
    coded.write_text("doc,n,themes\nreport-a,1,leadership\n")  # both coders agree on one passage
    with open_store(db) as s:
        report = evaluate(s, coded)
    undefined = [r for r in report.tables[0].rows if r["kappa"] is None]
    assert undefined and all(r["alpha"] is None for r in undefined)
    for fmt in ("table", "json", "jsonl", "csv", "markdown"):
        assert "nan" not in render(report, fmt).lower()
    line = next(
        ln
        for ln in render(report, "markdown").splitlines()
        if ln.startswith("| " + undefined[0]["theme"])
    )
    assert line.endswith("| – | – |")


def test_measures_share_one_convention_for_the_undefined() -> None:
    from carelead.evaluate.measures import mean, prf

    assert prf(2, 1, 1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert prf(0, 0, 3) == (None, 0.0, 0.0)
    assert prf(0, 3, 0) == (0.0, None, 0.0)
    assert prf(0, 0, 0) == (None, None, None)
    assert mean([0.5, None, 1.0]) == 0.75 and mean([None]) is None
    assert cohen_kappa([True] * 3, [True] * 3) is None
