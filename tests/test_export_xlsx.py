"""`carelead export xlsx`: a workbook read back with openpyxl."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.export.xlsx import PASSAGE_COLUMNS, build_xlsx
from carelead.models import CleanDocument, DocumentMeta, Passage, ThemeTag
from carelead.store.db import Derived
from export_fixtures import ROLES, THEMES, build_store

FORMULA = '=HYPERLINK("http://example.invalid/x","click")'


@pytest.fixture
def db(tmp_path: Path) -> Path:
    with build_store(tmp_path / "x.db") as s:
        s.save_document(
            DocumentMeta(id="sneaky", title=FORMULA, collection="news"),
            CleanDocument(text=FORMULA + " said a director."),
            source_path=None,
            content_hash="h",
            derived=Derived(
                passages=[Passage(1, "quote", "director", 0, len(FORMULA))],
                tags={1: [ThemeTag("leadership", "rule", 1.0, ("x",))]},
                tone={1: 0.1},
            ),
        )
    return tmp_path / "x.db"


def _book(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data))


def test_sheets_and_passages(db: Path) -> None:
    from carelead.store import open_store

    with open_store(db) as s:
        data, sheets = build_xlsx(s, s.resolve_scope(), THEMES, ROLES, compare=("reviews", "news"))
    wb = _book(data)
    assert wb.sheetnames == sheets
    assert sheets[:2] == ["passages", "documents"]
    assert "variation-cells" in sheets
    # Analysis sheets hold numbers as numbers: a long crosstab, one row a cell.
    cells = list(wb["variation-cells"].iter_rows(values_only=True))
    head = list(cells[1])  # under the title
    assert head[:5] == ["theme", "role", "count", "row_pct", "col_pct"]
    body = [dict(zip(head, r, strict=True)) for r in cells[2:] if r[1] is not None]
    assert body and all(isinstance(r["count"], int) for r in body)
    assert all(isinstance(r["row_pct"], (int, float)) for r in body)  # not "16.0%"
    assert all(0 <= r["row_pct"] <= 100 for r in body)
    tone = list(wb["tone-tone"].iter_rows(values_only=True))
    assert "ci_low" in tone[1] and isinstance(tone[2][list(tone[1]).index("mean")], float)
    assert any(name.startswith("tone-") for name in sheets)
    assert any(name.startswith("compare-") for name in sheets)
    ws = wb["passages"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == PASSAGE_COLUMNS
    assert len(rows) == 1 + 10  # 6 + 3 + 1 passages
    first = dict(zip(PASSAGE_COLUMNS, rows[1], strict=True))
    assert (
        first["doc"] == "news-b" and first["role"] == "author" and first["role_label"] == "Authors"
    )
    provider = dict(zip(PASSAGE_COLUMNS, rows[2], strict=True))
    assert provider["speaker"] == "Jane Doe, Chief Executive of Care Example"
    assert provider["themes"] == "funding-reform"
    assert provider["theme_labels"] == "Funding and reform"
    assert provider["tone"] == pytest.approx(-0.3)
    assert provider["collection"] == "news" and provider["date"] == "2021-03-01"


def test_text_starting_with_equals_stays_text(db: Path) -> None:
    from carelead.store import open_store

    with open_store(db) as s:
        data, _ = build_xlsx(s, ["sneaky"], THEMES, ROLES)
    wb = _book(data)
    cell = next(c for c in wb["passages"]["R"] if c.value == FORMULA)
    assert cell.data_type == "s"
    assert wb["documents"]["B2"].value == FORMULA
    assert wb["documents"]["B2"].data_type == "s"


def test_workbook_is_deterministic(db: Path) -> None:
    from carelead.store import open_store

    with open_store(db) as s:
        one, _ = build_xlsx(s, s.resolve_scope(), THEMES, ROLES)
        two, _ = build_xlsx(s, s.resolve_scope(), THEMES, ROLES)
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as zf:
        core = zf.read("docProps/core.xml").decode()
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert "<dcterms:modified" in core and core.count("2000-01-01T00:00:00Z") == 2


def test_cli(db: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(
        "name: t\nthemes:\n  - id: leadership\n    label: Leadership\n    patterns: [leader*]\n"
    )
    out = tmp_path / "out.xlsx"
    base = ["--db", str(db), "export", "xlsx"]
    result = CliRunner().invoke(app, [*base, str(out), "reviews", "--codebook", str(book)])
    assert result.exit_code == 0, result.stderr
    assert f"wrote {out}: sheets passages, documents" in result.stderr
    assert _book(out.read_bytes())["passages"].max_row == 7
    bad = CliRunner().invoke(
        app, [*base, str(tmp_path / "none" / "o.xlsx"), "--codebook", str(book)]
    )
    assert bad.exit_code == 1
    assert "does not exist" in bad.stderr


def test_compare_refuses_overlapping_sides_as_carelead_compare_does(db: Path, tmp_path: Path):
    base = ["--db", str(db)]
    same = CliRunner().invoke(app, [*base, "compare", "reviews", "reviews"])
    assert same.exit_code == 1
    out = tmp_path / "same.xlsx"
    result = CliRunner().invoke(
        app, [*base, "export", "xlsx", str(out), "--compare", "reviews", "reviews"]
    )
    assert result.exit_code == 1
    assert result.stderr == same.stderr
    assert "share report-a; compare two disjoint scopes" in result.stderr
    assert not out.exists()
    part = CliRunner().invoke(
        app, [*base, "export", "xlsx", str(out), "--compare", "reviews", "report-a"]
    )
    assert part.exit_code == 1 and "disjoint" in part.stderr
