from __future__ import annotations

import math
import re

import pytest

from analysis_fixtures import row, table_rows
from carelead.analysis.variation import variation
from carelead.errors import CareleadError, ScopeError
from carelead.output.formats import render


def test_counts_percentages_and_test_by_hand():
    passages = table_rows(
        {("a", "director"): 10, ("a", "provider"): 20, ("b", "director"): 30, ("b", "provider"): 40}
    )
    res = variation(passages)
    assert res.row_labels == ["b", "a"]  # by row total, descending
    assert res.col_labels == ["provider", "director"]
    assert res.counts == [[40, 30], [20, 10]]
    assert res.n == 100 and res.row_totals == [70, 30] and res.col_totals == [60, 40]
    cell = res.cell("a", "director")
    assert cell.count == 10
    assert cell.row_pct == pytest.approx(100 * 10 / 30)
    assert cell.col_pct == pytest.approx(100 * 10 / 40)
    assert cell.expected == pytest.approx(30 * 40 / 100)
    chi2 = 100 * (10 * 40 - 20 * 30) ** 2 / (30 * 70 * 40 * 60)
    assert res.test.statistic == pytest.approx(chi2) and res.test.df == 1
    assert res.test.cramers_v == pytest.approx(math.sqrt(chi2 / 100))
    assert cell.adj_residual == pytest.approx(-2 / math.sqrt(12 * 0.7 * 0.6))
    assert all(c.flag is None for c in res.cells)  # nothing significant here


def test_significant_cells_are_flagged_over_and_under():
    passages = table_rows(
        {("a", "director"): 20, ("a", "provider"): 2, ("b", "director"): 2, ("b", "provider"): 20}
    )
    res = variation(passages)
    assert res.cell("a", "director").flag == "over"
    assert res.cell("a", "provider").flag == "under"
    report = res.to_report()
    assert report.display is not None
    counts = {r["theme \\ role"]: r for r in report.display[0].rows}
    assert counts["a"]["director"] == "20 +" and counts["a"]["provider"] == "2 -"
    cells = {(r["theme"], r["role"]): r for r in report.tables[0].rows}
    assert cells["a", "director"]["count"] == 20 and cells["a", "director"]["flag"] == "over"
    assert cells["a", "provider"]["flag"] == "under"
    sig = report.display[4].rows
    assert {(r["theme"], r["role"], r["direction"]) for r in sig} == {
        ("a", "director", "over"),
        ("a", "provider", "under"),
        ("b", "director", "under"),
        ("b", "provider", "over"),
    }


def test_narrative_is_left_out_unless_asked_for():
    passages = [
        *table_rows({("a", "director"): 3, ("b", "provider"): 3}),
        row("d1", 99, kind="narrative", role="author", themes=("a",)),
    ]
    assert "author" not in variation(passages).col_labels
    res = variation(passages, unit="all")
    assert res.cell("a", "author").count == 1
    assert any("author" in n for n in res.notes)


def test_main_theme_only_by_default_every_theme_on_request():
    passages = [row(n=1, themes=("a", "b")), row(n=2, role="provider", themes=("b",))]
    main = variation(passages)
    assert (main.row_labels, main.col_labels) == (["a", "b"], ["director", "provider"])
    assert main.counts == [[1, 0], [0, 1]]
    every = variation(passages, all_themes=True)
    assert every.n == 3
    assert any("not independent" in n for n in every.notes)


def test_min_n_hides_rows_and_leaves_them_out_of_the_test():
    passages = table_rows(
        {("a", "director"): 6, ("a", "provider"): 1, ("b", "director"): 2, ("b", "provider"): 6}
        | {("c", "director"): 1}
    )
    res = variation(passages, min_n=5)
    assert res.row_labels == ["b", "a"]
    assert res.hidden_rows == ["c"] and res.hidden_cols == []
    assert res.n == 15
    assert any("Hidden" in n and "c" in n for n in res.notes)


def test_low_expected_counts_warn():
    passages = table_rows({("a", "director"): 3, ("b", "provider"): 2, ("a", "provider"): 1})
    res = variation(passages)
    assert res.test.low_expected == 4
    assert any(n.startswith("Warning: 4 of 4 cells") for n in res.notes)


def test_a_single_row_says_why_there_is_no_test_and_prints_no_nan():
    passages = table_rows({("a", "director"): 3, ("a", "provider"): 2})
    res = variation(passages)
    assert res.test.statistic is None and "fewer than two non-empty rows" in (res.test.reason or "")
    report = res.to_report()
    for fmt in ("json", "csv", "markdown", "table"):
        text = render(report, fmt)
        assert not re.search(r"\bnan\b", text, re.IGNORECASE), fmt
    assert report.data["test"]["defined"] is False
    assert report.data["cells"][0]["adj_residual"] is None


def test_bad_input_is_a_clear_error():
    with pytest.raises(ScopeError, match="no quotations"):
        variation([row(kind="narrative", role="author", themes=("a",))])
    with pytest.raises(ScopeError, match="nothing to tabulate"):
        variation([row(themes=())])
    with pytest.raises(CareleadError, match="both 'role'"):
        variation([row(themes=("a",))], rows="role", cols="role")
    with pytest.raises(CareleadError, match="unknown dimension"):
        variation([row(themes=("a",))], rows="colour")
    with pytest.raises(ScopeError, match="fewer than 9"):
        variation([row(themes=("a",))], min_n=9)


def test_other_dimensions_and_g2():
    passages = [
        *[row("d1", i, role="director", themes=("a",)) for i in range(5)],
        *[row("d2", i, role="provider", themes=("a",)) for i in range(5)],
    ]
    res = variation(passages, rows="doc", cols="role", method="g2")
    assert res.row_labels == ["d1", "d2"] and res.test.method == "g2"
    assert res.test.statistic == pytest.approx(2 * 10 * math.log(2))


def test_json_shape_is_stable_and_deterministic():
    passages = table_rows({("a", "director"): 7, ("b", "provider"): 5, ("a", "provider"): 4})
    first = render(variation(passages).to_report(), "json")
    assert first == render(variation(list(reversed(passages))).to_report(), "json")
    data = variation(passages).to_dict()
    assert list(data) == [
        "analysis",
        "rows",
        "cols",
        "unit",
        "all_themes",
        "n",
        "row_labels",
        "col_labels",
        "counts",
        "row_totals",
        "col_totals",
        "test",
        "cells",
        "hidden_rows",
        "hidden_cols",
        "notes",
        "warnings",
    ]
    assert set(data["cells"][0]) == {
        "row",
        "col",
        "count",
        "row_pct",
        "col_pct",
        "expected",
        "adj_residual",
        "p",
        "q",
        "flag",
    }


def test_cells_expected_below_one_are_not_flagged():
    cells = {("a", "director"): 30, ("a", "provider"): 30, ("b", "director"): 30}
    cells |= {("b", "provider"): 30, ("c", "other"): 1}
    res = variation(table_rows(cells))
    c = res.cell("c", "other")
    assert c.expected is not None and c.expected < 1
    assert c.q is not None and c.q < 0.05  # significant on paper ...
    assert c.flag is None  # ... but one passage is not a finding


def test_min_n_hides_small_columns_too():
    cells = {("a", "director"): 6, ("a", "provider"): 1, ("b", "director"): 2}
    cells |= {("b", "provider"): 6, ("b", "nhs"): 1}
    res = variation(table_rows(cells), min_n=5)
    assert res.col_labels == ["director", "provider"] and res.hidden_cols == ["nhs"]
    assert res.counts == [[2, 6], [6, 1]]  # b then a: 8 vs 7 once nhs is hidden
    assert any(n.startswith("Hidden role values") for n in res.notes)


def test_caveats_are_warnings_by_level_not_by_wording():
    passages = table_rows({("a", "director"): 3, ("b", "provider"): 2, ("a", "provider"): 1})
    res = variation(passages)
    only = "Only 6 passages: read the percentages as indicative, not as estimates."
    assert only in res.warnings and only in res.notes
    assert any(w.startswith("Warning: 4 of 4 cells") for w in res.warnings)
    assert not any(w.startswith("Counts are") for w in res.warnings)
    assert all(w in res.notes for w in res.warnings)
    report = res.to_report()
    assert report.warnings == res.warnings and res.to_dict()["warnings"] == res.warnings
    every = variation(passages, all_themes=True)
    assert any("not independent" in w for w in every.warnings)
