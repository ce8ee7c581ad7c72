"""An Excel workbook of the results (openpyxl): passages, theme × role, tone by role, a comparison.

Sheets:
- `passages`: one row per passage with its document's metadata, role, speaker, themes and tone;
- `documents`: the documents in scope;
- the tables of `carelead variation` (theme × role), `carelead sentiment --by role` and, with
  `--compare A B`, `carelead compare A B`, one sheet per table, named after it: the tables their
  CSV writes, so numbers land in cells as numbers (the crosstab one row a cell, percentages 0-100
  in columns named `*_pct`, an interval as two columns), not as the text shown on a terminal.

Every string is written as text, never as a formula: a passage that begins with `=` (or a
metadata field crafted as `=HYPERLINK(...)`) stays inert in Excel. The workbook's timestamps are
fixed and its zip rewritten with fixed dates, so the same store gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from carelead.errors import CareleadError, ScopeError
from carelead.export.common import Role, Theme, with_extra_roles

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from carelead.output.formats import Report
    from carelead.store.db import Store

FIXED_TIME = datetime(2000, 1, 1, 0, 0, 0)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
PASSAGE_COLUMNS = [
    "doc", "title", "publisher", "date", "doc_kind", "collection", "n", "kind", "role", "role_label",
    "speaker", "page", "start", "end", "themes", "theme_labels", "tone", "text",
]  # fmt: skip
WIDTHS = (18, 30, 20, 11, 9, 14, 5, 10, 12, 18, 24, 5, 7, 7, 28, 34, 7, 100)


def _value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


class _Rows:
    """Appends rows to a sheet, keeping its own count (openpyxl's `max_row` scans every cell)."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 0

    def put(self, values: Sequence[Any], *, bold: bool = False) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font

        self.row += 1
        for col, raw in enumerate(values, start=1):
            value = _value(raw)
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = self.ws.cell(row=self.row, column=col)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "="
            if bold:
                cell.font = Font(bold=True)


def _sheet_name(name: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", name).strip("'")[:31] or "sheet"
    candidate, k = base, 2
    while candidate.lower() in used:
        suffix = f"-{k}"
        candidate, k = base[: 31 - len(suffix)] + suffix, k + 1
    used.add(candidate.lower())
    return candidate


def _add_report(wb: Any, report: Report, prefix: str, used: set[str]) -> None:
    for table in report.tables:
        rows = _Rows(wb.create_sheet(_sheet_name(f"{prefix}-{table.name}", used)))
        if table.title:
            rows.put([table.title], bold=True)
        rows.put(list(table.columns), bold=True)
        for row in table.rows:
            rows.put([row.get(c) for c in table.columns])
        for note in table.notes:
            rows.put([note])
    if report.notes and report.tables:
        notes = _Rows(wb.create_sheet(_sheet_name(f"{prefix}-notes", used)))
        for note in report.notes:
            notes.put([note])


def _add_analysis(wb: Any, prefix: str, run: Callable[[], Any], used: set[str]) -> None:
    """The analysis's tables as sheets; when it is not defined for this scope, a sheet saying why."""
    try:
        report = run().to_report()
    except CareleadError as exc:
        _Rows(wb.create_sheet(_sheet_name(prefix, used))).put([f"No {prefix} table: {exc}"])
        return
    _add_report(wb, report, prefix, used)


def build_xlsx(
    store: Store,
    doc_ids: Sequence[str],
    themes: Sequence[Theme],
    roles: Sequence[Role],
    *,
    compare: tuple[str, str] | None = None,
) -> tuple[bytes, list[str]]:
    """The workbook's bytes and its sheet names."""
    from openpyxl import Workbook

    from carelead.analysis.compare import compare as compare_sides
    from carelead.analysis.compare import resolve_sides
    from carelead.analysis.sentiment import tone_by
    from carelead.analysis.variation import variation
    from carelead.export.safezip import rezip

    if not doc_ids:
        raise ScopeError("nothing to export: the scope is empty")
    # An unknown id or overlapping sides is the user's error (exit 1), as for `carelead compare`;
    # a comparison the data cannot support (a side without passages) becomes a sheet saying why.
    sides = resolve_sides(store, *compare) if compare else None
    docs = store.documents(doc_ids)
    meta = {d.meta.id: d.meta for d in docs}
    passages = store.passages([d.meta.id for d in docs])
    roles = with_extra_roles(roles, (p.role for p in passages))
    role_labels = {r.id: r.label for r in roles}
    theme_labels = {t.id: t.label for t in themes}

    wb = Workbook()
    wb.properties.creator = "carelead"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    used: set[str] = set()
    ws = wb.active
    assert ws is not None
    ws.title = _sheet_name("passages", used)
    passage_rows = _Rows(ws)
    passage_rows.put(PASSAGE_COLUMNS, bold=True)
    for p in passages:
        m = meta[p.doc]
        passage_rows.put(
            [
                p.doc, m.title, m.publisher, m.date, m.kind, m.collection, p.n, p.kind, p.role,
                role_labels.get(p.role, p.role), p.speaker, p.page, p.start, p.end, list(p.themes),
                [theme_labels.get(t, t) for t in p.themes], p.sentiment, p.text,
            ],
        )  # fmt: skip
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions  # filter by role, theme, document in Excel
    for col, width in zip("ABCDEFGHIJKLMNOPQR", WIDTHS, strict=True):
        ws.column_dimensions[col].width = width
    docs_ws = wb.create_sheet(_sheet_name("documents", used))
    cols = [
        "id",
        "title",
        "publisher",
        "date",
        "kind",
        "collection",
        "authors",
        "source",
        "passages",
    ]
    doc_rows = _Rows(docs_ws)
    doc_rows.put(cols, bold=True)
    for d in docs:
        doc_rows.put(
            [
                d.meta.id, d.meta.title, d.meta.publisher, d.meta.date, d.meta.kind, d.meta.collection,
                list(d.meta.authors), PurePath(d.source_path).name if d.source_path else None,
                sum(1 for p in passages if p.doc == d.meta.id),
            ],
        )  # fmt: skip
    for prefix, analysis in (
        ("variation", lambda: variation(passages, rows="theme", cols="role")),
        ("tone", lambda: tone_by(passages, by=("role",))),
    ):
        _add_analysis(wb, prefix, analysis, used)
    if compare and sides:
        a, b = compare
        a_rows, b_rows = sides
        _add_analysis(wb, "compare", lambda: compare_sides(a_rows, b_rows, a, b), used)
    # Workbook.save stamps the current time as "modified"; the writer it wraps does not.
    from openpyxl.writer.excel import ExcelWriter

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return rezip(buf.getvalue()), list(wb.sheetnames)


def export_xlsx(
    store: Store,
    scope: Sequence[str],
    out: Path,
    *,
    compare: tuple[str, str] | None = None,
    codebook: Path | None = None,
    roles: Path | None = None,
) -> list[str]:
    """Write the workbook of `scope` to `out`; returns its sheet names."""
    from carelead.export.common import load_codebook, load_roles, themes_of
    from carelead.output.formats import write_atomic

    doc_ids = store.resolve_scope(scope)
    data, sheets = build_xlsx(
        store, doc_ids, themes_of(load_codebook(codebook)), load_roles(roles), compare=compare
    )
    write_atomic(out, data)
    return sheets
