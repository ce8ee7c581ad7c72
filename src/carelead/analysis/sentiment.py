"""Tone by group: per role, theme or role × theme, the number of passages, the mean tone with a
bootstrap 95% confidence interval (fixed seed, so identical run to run), the shares negative /
neutral / positive (compound ≤ -0.05 / between / ≥ 0.05), and the most negative and most positive
passage as examples.

A passage with several themes counts in each of its themes' groups (no joint test is made across
groups, so this double counting is harmless); passages without a theme are grouped under
"(no theme)". Passages whose tone was never computed are skipped and counted in a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import TYPE_CHECKING, Any

from carelead.analysis import common
from carelead.analysis.stats import bootstrap_mean_ci
from carelead.errors import CareleadError, ScopeError

if TYPE_CHECKING:
    from carelead.output import Report
    from carelead.store.db import PassageRow, Store

SEED = 20210201
RESAMPLES = 2000
GROUPABLE = ("role", "theme", "doc", "collection", "kind")


@dataclass(frozen=True)
class Example:
    doc: str
    n: int
    role: str
    sentiment: float
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "n": self.n,
            "role": self.role,
            "sentiment": self.sentiment,
            "text": self.text,
        }


@dataclass(frozen=True)
class ToneGroup:
    key: tuple[str, ...]
    n: int
    mean: float
    ci_low: float | None
    ci_high: float | None
    negative: float  # shares, 0..1
    neutral: float
    positive: float
    most_negative: Example
    most_positive: Example


def summarise(key: tuple[str, ...], rows: Sequence[PassageRow]) -> ToneGroup:
    """The tone summary of one group (at least one scored passage)."""
    # Document order, so the bootstrap resamples the same sequence whatever order rows came in.
    rows = sorted(rows, key=lambda p: (p.doc, p.n))
    scores = [float(p.sentiment) for p in rows if p.sentiment is not None]
    n = len(scores)
    ci = bootstrap_mean_ci(scores, seed=SEED, n_resamples=RESAMPLES)
    classes = [common.tone_class(s) for s in scores]
    scored = [p for p in rows if p.sentiment is not None]
    # Ties go to the earlier passage in document order, so examples are stable.
    lo = min(scored, key=lambda p: (p.sentiment, p.doc, p.n))
    hi = min(scored, key=lambda p: (-float(p.sentiment or 0.0), p.doc, p.n))
    return ToneGroup(
        key=key,
        n=n,
        mean=sum(scores) / n,
        ci_low=ci[0] if ci else None,
        ci_high=ci[1] if ci else None,
        negative=classes.count("negative") / n,
        neutral=classes.count("neutral") / n,
        positive=classes.count("positive") / n,
        most_negative=_example(lo),
        most_positive=_example(hi),
    )


def _example(p: PassageRow) -> Example:
    return Example(p.doc, p.n, p.role, float(p.sentiment or 0.0), common.snippet(p.text, 200))


@dataclass
class ToneResult:
    by: tuple[str, ...]
    unit: str
    groups: list[ToneGroup]
    overall: ToneGroup
    hidden: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the notes that are caveats (also in notes)

    def group(self, *key: str) -> ToneGroup:
        for g in self.groups:
            if g.key == key:
                return g
        raise KeyError(key)

    def _group_dict(self, g: ToneGroup, keyed: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = dict(zip(self.by, g.key, strict=True)) if keyed else {}
        d.update(
            {
                "n": g.n,
                "mean": g.mean,
                "ci_low": g.ci_low,
                "ci_high": g.ci_high,
                "negative": g.negative,
                "neutral": g.neutral,
                "positive": g.positive,
                "most_negative": g.most_negative.as_dict(),
                "most_positive": g.most_positive.as_dict(),
            }
        )
        return d

    def to_dict(self) -> dict[str, Any]:
        overall = self._group_dict(self.overall, keyed=False)
        return {
            "analysis": "sentiment",
            "by": list(self.by),
            "unit": self.unit,
            "n": self.overall.n,
            "thresholds": {"negative": common.NEGATIVE, "positive": common.POSITIVE},
            "bootstrap": {
                "method": "percentile",
                "resamples": RESAMPLES,
                "seed": SEED,
                "level": 0.95,
            },
            "groups": [self._group_dict(g) for g in self.groups],
            "overall": overall,
            "hidden_groups": [list(k) for k in self.hidden],
            "notes": self.notes,
            "warnings": self.warnings,
        }

    def to_report(self) -> Report:
        from carelead.output import Report, Table

        by = list(self.by)
        # Rows hold raw numbers (CSV, spreadsheets); the "tone" display merges the interval into
        # one cell for people. Shares are percentages, 0-100.
        cols = [
            *by,
            "n",
            "mean",
            "ci_low",
            "ci_high",
            "negative_pct",
            "neutral_pct",
            "positive_pct",
        ]
        shown = [*by, "n", "mean", "95% CI", "negative", "neutral", "positive"]

        def row(g: ToneGroup, label: tuple[str, ...]) -> dict[str, Any]:
            d: dict[str, Any] = dict(zip(by, label, strict=True))
            d.update(
                {
                    "n": g.n,
                    "mean": g.mean,
                    "ci_low": g.ci_low,
                    "ci_high": g.ci_high,
                    "negative_pct": 100 * g.negative,
                    "neutral_pct": 100 * g.neutral,
                    "positive_pct": 100 * g.positive,
                }
            )
            return d

        def shown_row(d: dict[str, Any]) -> dict[str, Any]:
            out = {k: d[k] for k in [*by, "n", "mean"]}
            out["95% CI"] = (d["ci_low"], d["ci_high"])
            out.update({k: d[f"{k}_pct"] for k in ("negative", "neutral", "positive")})
            return out

        rows = [row(g, g.key) for g in self.groups]
        rows.append(row(self.overall, tuple("(all)" if i == 0 else "" for i in range(len(by)))))
        title = f"Tone by {' and '.join(by)} (compound score, -1 to +1)"
        ci_note = (
            "95% CI: percentile bootstrap of the mean, 2000 resamples, fixed seed;"
            " – where n < 2. negative ≤ -0.05 < neutral < 0.05 ≤ positive."
        )
        tone = Table(
            "tone",
            cols,
            rows,
            title=title,
            notes=[
                "ci_low, ci_high: 95% percentile bootstrap interval of the mean (2000 resamples,"
                " fixed seed), empty where n < 2. *_pct: percentages (0-100);"
                " negative ≤ -0.05 < neutral < 0.05 ≤ positive."
            ],
            formats={
                "mean": "signed",
                "ci_low": "signed",
                "ci_high": "signed",
                "negative_pct": "pct",
                "neutral_pct": "pct",
                "positive_pct": "pct",
            },
        )
        tone_shown = Table(
            "tone",
            shown,
            [shown_row(d) for d in rows],
            title=title,
            notes=[ci_note],
            formats={
                "mean": "signed",
                "95% CI": _fmt_ci,
                "negative": "pct",
                "neutral": "pct",
                "positive": "pct",
            },
        )
        ex_cols = [*by, "example", "sentiment", "doc", "passage", "text"]
        examples = []
        for g in self.groups:
            pair = [("most negative", g.most_negative), ("most positive", g.most_positive)]
            if (g.most_negative.doc, g.most_negative.n) == (g.most_positive.doc, g.most_positive.n):
                pair = [("only passage" if g.n == 1 else "all alike", g.most_negative)]
            for which, e in pair:
                d: dict[str, Any] = dict(zip(by, g.key, strict=True))
                d.update(
                    {
                        "example": which,
                        "sentiment": e.sentiment,
                        "doc": e.doc,
                        "passage": e.n,
                        "text": e.text,
                    }
                )
                examples.append(d)
        ex = Table(
            "examples",
            ex_cols,
            examples,
            title="Most negative and most positive passages",
            formats={"sentiment": "signed"},
        )
        return Report(
            [tone, ex],
            notes=self.notes,
            data=self.to_dict(),
            display=[tone_shown, ex],
            warnings=self.warnings,
        )


def _fmt_ci(ci: tuple[float | None, float | None]) -> str:
    lo, hi = ci
    return "–" if lo is None or hi is None else f"{lo:+.3f} to {hi:+.3f}"


def tone_by(
    passages: Sequence[PassageRow],
    by: Sequence[str] = ("role",),
    min_n: int = 0,
    *,
    unit: str = "quotes",
) -> ToneResult:
    """Summarise tone per group of `by` dimensions over the passages of `unit`."""
    by = tuple(by)
    if not by:
        raise CareleadError("sentiment: name at least one grouping (role, theme or role,theme)")
    for dim in by:
        if dim not in GROUPABLE:
            raise CareleadError(f"unknown grouping {dim!r} (choose from {', '.join(GROUPABLE)})")
    if len(set(by)) != len(by):
        raise CareleadError(f"sentiment: {', '.join(by)} names a grouping twice")
    chosen = common.select(passages, unit)
    common.require(chosen, unit, "sentiment")
    scored = [p for p in chosen if p.sentiment is not None]
    notes = common.Notes(
        "Tone: VADER compound per sentence with the domain overrides, averaged per passage."
        + (
            " Quotation passages only (use --all-passages to add the authors' narrative as 'author')."
            if unit == "quotes"
            else " All passages; narrative counts under the role 'author'."
        )
    )
    if len(scored) < len(chosen):
        notes.warn(
            f"{len(chosen) - len(scored)} passage(s) have no tone score (re-ingest to compute it)"
            " and are left out."
        )
    if not scored:
        raise ScopeError("sentiment: no passage in the scope has a tone score (re-ingest)")
    members: dict[tuple[str, ...], list[PassageRow]] = {}
    for p in scored:
        labels = [common.values(p, dim) or (common.NO_THEME,) for dim in by]
        for key in product(*labels):
            members.setdefault(key, []).append(p)
    if "theme" in by:
        notes.append("A passage with several themes counts in each of them.")
    hidden = sorted(k for k, rows in members.items() if len(rows) < min_n)
    groups = [summarise(k, rows) for k, rows in members.items() if k not in hidden]
    groups.sort(key=lambda g: (-g.n, g.key))
    if hidden:
        notes.append(f"{len(hidden)} group(s) with fewer than {min_n} passages are hidden.")
    if not groups:
        raise ScopeError(f"sentiment: every group has fewer than {min_n} passages (lower --min-n)")
    few = [" / ".join(g.key) for g in groups if g.n < 10]
    if few:
        notes.warn(
            f"Few passages (n < 10) in: {', '.join(few)}; their means and intervals are rough."
        )
    return ToneResult(
        by=by,
        unit=unit,
        groups=groups,
        overall=summarise(("(all)",), scored),
        hidden=hidden,
        notes=list(notes),
        warnings=notes.warnings,
    )


def from_store(store: Store, scope: Sequence[str] = (), **options: Any) -> ToneResult:
    doc_ids = store.resolve_scope(scope)
    return tone_by(store.passages(doc_ids), **options)
