"""Rows hold raw values: CSV gets numbers, tables and Markdown get each column's display format."""

from __future__ import annotations

import csv
import io

import pytest

from carelead.errors import OutputError
from carelead.output import Report, Table, render

TABLE = Table(
    "t",
    ["group", "share_pct", "mean", "p", "ci"],
    [
        {"group": "a", "share_pct": 12.5, "mean": 0.1, "p": 0.0004, "ci": (-0.2, 0.3)},
        {"group": "b", "share_pct": None, "mean": -0.25, "p": 0.5, "ci": (None, None)},
    ],
    formats={
        "share_pct": "pct",
        "mean": "signed",
        "p": "p",
        "ci": lambda ci: "–" if ci[0] is None else f"{ci[0]:+.1f} to {ci[1]:+.1f}",
    },
)


def test_csv_has_raw_numbers():
    rows = list(csv.DictReader(io.StringIO(render(Report([TABLE]), "csv"))))
    assert float(rows[0]["share_pct"]) == 12.5 and rows[1]["share_pct"] == ""
    assert float(rows[1]["mean"]) == -0.25 and float(rows[0]["p"]) == 0.0004


def test_table_and_markdown_use_the_formats():
    md = render(Report([TABLE]), "markdown")
    assert "| a | 12.5% | +0.100 | <0.001 | -0.2 to +0.3 |" in md
    assert "| b | – | -0.250 | 0.500 | – |" in md
    table = render(Report([TABLE]), "table")
    assert "12.5%" in table and "+0.100" in table and "<0.001" in table


def test_display_tables_replace_the_tables_for_people_only():
    shown = Table("t", ["group", "note"], [{"group": "a", "note": "for people"}])
    report = Report([TABLE], display=[shown])
    assert "for people" in render(report, "markdown") and "for people" in render(report, "table")
    assert "for people" not in render(report, "csv")
    assert '"share_pct": 12.5' in render(report, "json")


def test_an_unknown_format_is_an_output_error():
    bad = Table("t", ["x"], [{"x": 1.0}], formats={"x": "percent"})
    with pytest.raises(OutputError, match="unknown display format 'percent'"):
        render(Report([bad]), "markdown")


def test_warnings_are_listed_in_the_default_json_beside_notes():
    import json

    from carelead.output.formats import Report, Table, to_json

    report = Report([Table("t", ["a"], [{"a": 1}])], notes=["plain", "caveat"], warnings=["caveat"])
    assert json.loads(to_json(report)) == {
        "t": [{"a": 1}],
        "notes": ["plain", "caveat"],
        "warnings": ["caveat"],
    }
    assert "warnings" not in json.loads(to_json(Report([], notes=["plain"])))
