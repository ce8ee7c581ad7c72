"""Render a Report (named tables plus notes) as a rich or plain table, JSON, JSON Lines, CSV or Markdown.

JSON is the stable, scriptable shape: `{"<table name>": [row, ...], ..., "notes": [...]}` (the
notes that are warnings also under `"warnings"`) unless a command supplies its own `data`; JSON
Lines writes the rows of the first table, one object a line.

Rows hold raw values (numbers, None), so CSV, JSON Lines and spreadsheets get numbers that R and
pandas read as numbers: unrounded, no `%`, `+` or thousands separators, an empty cell for a missing
value. Tables and Markdown are for people: a Table's `formats` say how to show a column there
(`"pct"` 12.5 → `12.5%`, `"signed"` 0.1 → `+0.100`, `"p"` → `<0.001`, ...; other numbers get three
decimals), and a Report's `display` tables, when given, replace its tables there, for a shape that
suits reading but not analysis (a wide crosstab with marks, an interval in one cell).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carelead.errors import OutputError

FORMATS = ("table", "json", "jsonl", "csv", "markdown")

# How a column is shown to people: a named kind (see DISPLAY) or a function of the raw value.
Format = str | Callable[[Any], str]


def _fixed(digits: int, sign: str = "") -> Callable[[float], str]:
    return lambda v: f"{v:{sign}.{digits}f}"


def _p(v: float) -> str:
    return "<0.001" if v < 0.001 else f"{v:.3f}"


DISPLAY: dict[str, Callable[[Any], str]] = {
    "pct": lambda v: f"{v:.1f}%",  # a percentage, 0-100
    "share": lambda v: f"{100 * v:.1f}%",  # a share, 0-1, shown as a percentage
    "signed": _fixed(3, "+"),
    "signed2": _fixed(2, "+"),
    "pp": _fixed(1, "+"),  # percentage points
    "num1": _fixed(1),
    "num2": _fixed(2),
    "num3": _fixed(3),
    "p": _p,
}
MISSING = "–"  # how a formatted column shows None to people


@dataclass
class Table:
    name: str
    columns: Sequence[str]
    rows: list[dict[str, Any]]  # raw values: numbers stay numbers
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    formats: dict[str, Format] = field(default_factory=dict)  # column -> display, for people


@dataclass
class Report:
    tables: list[Table]
    notes: list[str] = field(default_factory=list)
    data: Any = None  # the JSON document, when a command's JSON is richer than its tables
    display: list[Table] | None = None  # tables for people (table, Markdown), when shaped apart
    # The notes that are caveats changing how the result reads (few passages, an unreliable
    # test): each is also in `notes`, in its place; a command prints these on stderr as well.
    warnings: list[str] = field(default_factory=list)

    @property
    def for_people(self) -> list[Table]:
        return self.tables if self.display is None else self.display


def display_cell(table: Table, column: str, value: Any) -> str:
    """`value` of `column` as people read it: through the column's format, if it has one."""
    fmt = table.formats.get(column)
    if fmt is None:
        return _cell(value)
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return MISSING
    if isinstance(value, str):  # text in a number column (a totals row's blank) shows as it is
        return value
    if isinstance(fmt, str):
        try:
            fmt = DISPLAY[fmt]
        except KeyError:
            raise OutputError(f"unknown display format {fmt!r} for column {column!r}") from None
    return fmt(value)


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "" if not math.isfinite(value) else f"{value:.3f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _csv_cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return "" if value is None else str(value)


def to_json(report: Report) -> str:
    data = report.data
    if data is None:
        data = {t.name: t.rows for t in report.tables}
        if report.notes:
            data["notes"] = report.notes
        if report.warnings:
            data["warnings"] = report.warnings
    return json.dumps(_json_safe(data), indent=2, ensure_ascii=False) + "\n"


def to_jsonl(report: Report) -> str:
    rows = report.tables[0].rows if report.tables else []
    return "".join(json.dumps(_json_safe(r), ensure_ascii=False) + "\n" for r in rows)


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    many = len(report.tables) > 1
    for i, table in enumerate(report.tables):
        if many:
            if i:
                buf.write("\n")
            buf.write(f"# {table.name}\n")
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_csv_cell(row.get(c)) for c in table.columns])
    return buf.getvalue()


def to_markdown(report: Report) -> str:
    out: list[str] = []
    for table in report.for_people:
        if table.title:
            out.append(f"### {table.title}\n")
        out.append("| " + " | ".join(table.columns) + " |")
        out.append("|" + "|".join("---" for _ in table.columns) + "|")
        for row in table.rows:
            cells = [
                display_cell(table, c, row.get(c)).replace("|", "\\|").replace("\n", " ")
                for c in table.columns
            ]
            out.append("| " + " | ".join(cells) + " |")
        out.extend(f"\n_{n}_" for n in table.notes)
        out.append("")
    out.extend(f"_{n}_\n" for n in report.notes)
    return "\n".join(out).rstrip("\n") + "\n"


def to_table(report: Report, *, rich: bool, width: int | None = None) -> str:
    """Tables for people: rich boxes on a terminal, plain aligned text otherwise."""
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable

    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=rich,
        no_color=not rich,
        width=width or (None if rich else 160),
        highlight=False,
        soft_wrap=False,
    )
    for table in report.for_people:
        rt = RichTable(
            title=table.title,
            box=box.SIMPLE_HEAD if rich else box.ASCII2,
            title_justify="left",
            show_lines=False,
        )
        for col in table.columns:
            numeric = any(isinstance(r.get(col), (int, float)) for r in table.rows)
            rt.add_column(col, justify="right" if numeric else "left", overflow="fold")
        for row in table.rows:
            rt.add_row(*(display_cell(table, c, row.get(c)) for c in table.columns))
        console.print(rt)
        for note in table.notes:
            console.print(f"  {note}")
        console.print()
    for note in report.notes:
        console.print(note)
    return buf.getvalue()


def render(report: Report, fmt: str, *, rich: bool = False) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "jsonl":
        return to_jsonl(report)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "markdown":
        return to_markdown(report)
    if fmt == "table":
        return to_table(report, rich=rich)
    raise OutputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `path` through a temporary file in the same folder, so a failure leaves no half file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(
    report: Report, fmt: str | None, output: Path | None, *, stdout_is_tty: bool
) -> str | None:
    """Render for `--format`/`--output`. Returns the text for stdout, or None when written to a file.

    With no `--format`, a terminal gets rich tables and anything else gets JSON.
    """
    if fmt is None:
        fmt = "table" if (stdout_is_tty and output is None) else "json"
    text = render(report, fmt, rich=stdout_is_tty and output is None)
    if output is not None:
        write_atomic(output, text)
        return None
    return text
