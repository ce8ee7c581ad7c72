"""Theme × stakeholder variation: a crosstab with counts, row and column percentages, a test of
independence (Pearson χ² or G², with an asymptotic and a Monte Carlo p) with Cramér's V, and
adjusted standardized residuals marking the cells that are over- or under-represented after
Benjamini-Hochberg correction.

Each passage is counted once, under its main theme (its highest-scoring tag), so the observations
the test assumes independent are: with `all_themes=True` a passage counts under every theme it has,
which shows more but makes the test approximate (the output says so). Passages with no theme are
left out of a theme dimension, and counted in a note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from carelead.analysis import common
from carelead.analysis.stats import ContingencyTest, contingency_test
from carelead.errors import CareleadError

if TYPE_CHECKING:
    from carelead.output import Report
    from carelead.store.db import PassageRow, Store

ALPHA = 0.05
MIN_EXPECTED = 1.0


@dataclass(frozen=True)
class Cell:
    row: str
    col: str
    count: int
    row_pct: float | None
    col_pct: float | None
    expected: float | None
    adj_residual: float | None
    p: float | None
    q: float | None

    @property
    def flag(self) -> str | None:
        """Over or under when the cell differs from independence at BH-adjusted q < 0.05.

        A cell expected to hold fewer than MIN_EXPECTED passages is never flagged: its residual's
        normal approximation does not hold, and one passage would look like a finding.
        """
        if self.q is None or self.adj_residual is None or self.q >= ALPHA:
            return None
        if self.expected is None or self.expected < MIN_EXPECTED:
            return None
        return "over" if self.adj_residual > 0 else "under"

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "col": self.col,
            "count": self.count,
            "row_pct": self.row_pct,
            "col_pct": self.col_pct,
            "expected": self.expected,
            "adj_residual": self.adj_residual,
            "p": self.p,
            "q": self.q,
            "flag": self.flag,
        }


@dataclass
class VariationResult:
    rows: str
    cols: str
    unit: str
    all_themes: bool
    row_labels: list[str]
    col_labels: list[str]
    counts: list[list[int]]
    test: ContingencyTest
    cells: list[Cell]
    hidden_rows: list[str] = field(default_factory=list)
    hidden_cols: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the notes that are caveats (also in notes)

    @property
    def n(self) -> int:
        return sum(map(sum, self.counts))

    @property
    def row_totals(self) -> list[int]:
        return [sum(r) for r in self.counts]

    @property
    def col_totals(self) -> list[int]:
        return [sum(c) for c in zip(*self.counts, strict=True)] if self.counts else []

    def cell(self, row: str, col: str) -> Cell:
        return self.cells[
            self.row_labels.index(row) * len(self.col_labels) + self.col_labels.index(col)
        ]

    def to_dict(self) -> dict[str, Any]:
        t = self.test
        return {
            "analysis": "variation",
            "rows": self.rows,
            "cols": self.cols,
            "unit": self.unit,
            "all_themes": self.all_themes,
            "n": self.n,
            "row_labels": self.row_labels,
            "col_labels": self.col_labels,
            "counts": self.counts,
            "row_totals": self.row_totals,
            "col_totals": self.col_totals,
            "test": {
                "method": t.method,
                "defined": t.statistic is not None,
                "reason": t.reason,
                "statistic": t.statistic,
                "df": t.df,
                "p": t.p,
                "cramers_v": t.cramers_v,
                "low_expected_cells": t.low_expected,
                "low_expected_share": t.low_expected_share,
                "p_monte_carlo": t.p_monte_carlo,
                "monte_carlo_samples": t.monte_carlo_samples,
            },
            "cells": [c.as_dict() for c in self.cells],
            "hidden_rows": self.hidden_rows,
            "hidden_cols": self.hidden_cols,
            "notes": self.notes,
            "warnings": self.warnings,
        }

    def to_report(self) -> Report:
        from carelead.output import Report, Table

        head = f"{self.rows} \\ {self.cols}"
        col_cols = [head, *self.col_labels, "n"]

        def wide(kind: str) -> list[dict[str, Any]]:
            out = []
            for i, label in enumerate(self.row_labels):
                row: dict[str, Any] = {head: label, "n": self.row_totals[i]}
                for j, col in enumerate(self.col_labels):
                    c = self.cells[i * len(self.col_labels) + j]
                    if kind == "count":
                        mark = {"over": " +", "under": " -"}.get(c.flag or "", "")
                        row[col] = f"{c.count}{mark}"
                    elif kind == "row":
                        row[col] = common.fmt_pct(c.row_pct)
                    else:
                        row[col] = common.fmt_pct(c.col_pct)
                out.append(row)
            return out

        totals: dict[str, Any] = {head: "n", "n": self.n}
        totals.update({c: t for c, t in zip(self.col_labels, self.col_totals, strict=True)})
        counts = Table(
            "counts",
            col_cols,
            [*wide("count"), totals],
            title=f"Passages by {self.rows} and {self.cols} (n = {self.n})",
            notes=[
                "+ / -: over / under-represented (adjusted residual, BH q < 0.05; cells expected"
                f" to hold fewer than {MIN_EXPECTED:g} passage are not marked)"
            ],
        )
        row_pct = Table(
            "row_pct",
            col_cols,
            wide("row"),
            title=f"Row % (share of each {self.rows} by {self.cols})",
        )
        col_pct = Table(
            "col_pct",
            col_cols,
            wide("col"),
            title=f"Column % (share of each {self.cols} by {self.rows})",
        )
        t = self.test
        test_row = {
            "test": "Pearson chi-square" if t.method == "pearson" else "G-squared",
            "n": t.n,
            "statistic": t.statistic,
            "df": t.df if t.statistic is not None else None,
            "p": t.p,
            "p_monte_carlo": t.p_monte_carlo,
            "cramers_v": t.cramers_v,
            "cells_expected_lt_5": t.low_expected,
            "cells": sum(len(r) for r in t.expected),
        }
        test = Table(
            "test",
            list(test_row),
            [test_row],
            title="Test of independence",
            notes=[t.reason] if t.reason else [],
            formats={
                "statistic": "num3",
                "df": lambda v: str(v),
                "p": "p",
                "p_monte_carlo": "p",
                "cramers_v": "num3",
            },
        )
        flagged = [c for c in self.cells if c.flag]
        sig = Table(
            "significant_cells",
            [self.rows, self.cols, "count", "expected", "adj_residual", "q", "direction"],
            [
                {
                    self.rows: c.row,
                    self.cols: c.col,
                    "count": c.count,
                    "expected": c.expected,
                    "adj_residual": c.adj_residual,
                    "q": c.q,
                    "direction": c.flag,
                }
                for c in sorted(flagged, key=lambda c: (-abs(c.adj_residual or 0), c.row, c.col))
            ],
            title="Cells over- or under-represented (BH q < 0.05)",
            notes=[] if flagged else ["No cell differs significantly from independence."],
            formats={"expected": "num1", "adj_residual": "num2", "q": "p"},
        )
        # For machines (CSV, spreadsheets, JSON Lines): the crosstab in long form, one row a cell,
        # raw numbers, percentages 0-100, the flag in a column of its own.
        long_cols = [
            self.rows,
            self.cols,
            "count",
            "row_pct",
            "col_pct",
            "expected",
            "adj_residual",
            "p",
            "q",
            "flag",
        ]
        cells = Table(
            "cells",
            long_cols,
            [
                {
                    self.rows: c.row,
                    self.cols: c.col,
                    "count": c.count,
                    "row_pct": c.row_pct,
                    "col_pct": c.col_pct,
                    "expected": c.expected,
                    "adj_residual": c.adj_residual,
                    "p": c.p,
                    "q": c.q,
                    "flag": c.flag,
                }
                for c in self.cells
            ],
            title=f"Passages by {self.rows} and {self.cols}, one row a cell (n = {self.n})",
            notes=[
                "row_pct, col_pct: percentages (0-100); flag: over / under-represented"
                " (adjusted residual, BH q < 0.05), empty otherwise."
            ],
            formats={
                "row_pct": "pct",
                "col_pct": "pct",
                "expected": "num1",
                "adj_residual": "num2",
                "p": "p",
                "q": "p",
            },
        )
        return Report(
            [cells, test],
            notes=self.notes,
            data=self.to_dict(),
            display=[counts, row_pct, col_pct, test, sig],
            warnings=self.warnings,
        )


def variation(
    passages: Sequence[PassageRow],
    rows: str = "theme",
    cols: str = "role",
    min_n: int = 0,
    *,
    unit: str = "quotes",
    all_themes: bool = False,
    method: str = "pearson",
) -> VariationResult:
    """Crosstab `rows` × `cols` over the passages of `unit` and test it (see the module docstring).

    Rows, then columns, with fewer than `min_n` passages are hidden and left out of the test.
    Raises ScopeError when nothing is left to tabulate.
    """
    common.check_dimension(rows)
    common.check_dimension(cols)
    if rows == cols:
        raise CareleadError(f"rows and columns are both {rows!r}; choose two different dimensions")
    if method not in ("pearson", "g2"):
        raise CareleadError(f"unknown test {method!r} (choose pearson or g2)")
    chosen = common.select(passages, unit)
    common.require(chosen, unit, "variation")
    primary = not all_themes
    pairs: Counter[tuple[str, str]] = Counter()
    untagged = 0
    for p in chosen:
        rv = common.values(p, rows, primary_theme=primary)
        cv = common.values(p, cols, primary_theme=primary)
        if not rv or not cv:
            untagged += 1
            continue
        for r in rv:
            for c in cv:
                pairs[(r, c)] += 1
    notes = common.Notes()
    kinds = "quotation passages" if unit == "quotes" else "passages (quotations and narrative)"
    notes.append(
        f"Counts are {kinds}"
        + (
            "; narrative passages are not counted (use --all-passages to add them as 'author')."
            if unit == "quotes"
            else "; narrative passages count under the role 'author'."
        )
    )
    if "theme" in (rows, cols) and primary:
        notes.append("Each passage counts once, under its main theme.")
    elif "theme" in (rows, cols):
        notes.warn(
            "A passage counts under every theme it has, so the observations are not independent"
            " and the test's p value is only approximate."
        )
    if untagged:
        notes.append(f"{untagged} passage(s) without a theme are left out.")
    if not pairs:
        raise common_scope_error(rows, cols)
    row_totals: Counter[str] = Counter()
    for (r, _), k in pairs.items():
        row_totals[r] += k
    hidden = sorted(r for r, k in row_totals.items() if k < min_n)
    row_labels = sorted(
        (r for r in row_totals if r not in hidden), key=lambda r: (-row_totals[r], r)
    )
    if not row_labels:
        raise common_scope_error(rows, cols, f"every {rows} has fewer than {min_n} passages")
    col_totals: Counter[str] = Counter()
    for (r, c), k in pairs.items():
        if r not in hidden:
            col_totals[c] += k
    hidden_cols = sorted(c for c, k in col_totals.items() if k < min_n)
    col_labels = sorted(
        (c for c in col_totals if c not in hidden_cols), key=lambda c: (-col_totals[c], c)
    )
    if not col_labels:
        raise common_scope_error(rows, cols, f"every {cols} has fewer than {min_n} passages")
    counts = [[pairs.get((r, c), 0) for c in col_labels] for r in row_labels]
    # Order rows by what is left of them once small columns are hidden.
    order = sorted(range(len(row_labels)), key=lambda i: (-sum(counts[i]), row_labels[i]))
    row_labels = [row_labels[i] for i in order]
    counts = [counts[i] for i in order]
    for what, names in ((rows, hidden), (cols, hidden_cols)):
        if names:
            notes.append(
                f"Hidden {what} values (fewer than {min_n} passages, left out of the test):"
                f" {', '.join(names)}."
            )
    test = contingency_test(counts, method=method)
    n = sum(map(sum, counts))
    if test.statistic is not None and test.low_expected:
        cells_total = len(row_labels) * len(col_labels)
        notes.warn(
            f"Warning: {test.low_expected} of {cells_total} cells"
            f" ({100 * test.low_expected_share:.0f}%) have expected counts below 5, so the"
            " chi-square approximation is unreliable: rely on p_monte_carlo"
            f" ({test.monte_carlo_samples:,} tables with the same margins, fixed seed) rather than"
            " p, and read the cell residuals with caution (or merge categories, raise --min-n)."
        )
    if test.reason:
        notes.append(f"No test: {test.reason}.")
    if n < common.FEW:
        notes.warn(f"Only {n} passages: read the percentages as indicative, not as estimates.")
    cells = []
    for i, r in enumerate(row_labels):
        for j, c in enumerate(col_labels):
            k = counts[i][j]
            cells.append(
                Cell(
                    row=r,
                    col=c,
                    count=k,
                    row_pct=common.pct(k, sum(counts[i])),
                    col_pct=common.pct(k, col_totals[c]),
                    expected=test.expected[i][j] if test.statistic is not None else None,
                    adj_residual=test.residuals[i][j] if test.residuals else None,
                    p=test.residual_p[i][j] if test.residual_p else None,
                    q=test.residual_q[i][j] if test.residual_q else None,
                )
            )
    return VariationResult(
        rows=rows,
        cols=cols,
        unit=unit,
        all_themes=all_themes,
        row_labels=row_labels,
        col_labels=col_labels,
        counts=counts,
        test=test,
        cells=cells,
        hidden_rows=hidden,
        hidden_cols=hidden_cols,
        notes=list(notes),
        warnings=notes.warnings,
    )


def common_scope_error(rows: str, cols: str, why: str | None = None) -> CareleadError:
    from carelead.errors import ScopeError

    return ScopeError(
        f"variation: nothing to tabulate by {rows} and {cols}"
        + (f" ({why})" if why else " (no passage has both; are the passages tagged with themes?)")
    )


def from_store(store: Store, scope: Sequence[str] = (), **options: Any) -> VariationResult:
    """Resolve `scope` (document or collection ids; all when empty) and run `variation`."""
    doc_ids = store.resolve_scope(scope)
    return variation(store.passages(doc_ids), **options)
