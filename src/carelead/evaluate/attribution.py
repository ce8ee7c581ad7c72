"""`carelead evaluate attribution`: quote recall and role accuracy against hand-coded quotations.

A gold entry (read and located by `evaluate.gold`; here `role` is required) is found when its
`quote_start` lies inside a predicted quote passage. Role accuracy is measured on the found
quotations. Per-role precision, recall and F1 count a gold quotation that was not found as a miss of
its role; the confusion matrix has gold roles as rows and predicted roles as columns ("(not found)"
for misses). A measure with nothing to measure is None (see `evaluate.measures`).

`score(texts, passages, entries)` is the store-independent core; `evaluate(store, path)` reads both the
gold file and the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.evaluate.gold import GoldEntry, Spans, locate, read_gold
from carelead.evaluate.measures import MEASURE, prf, ratio

if TYPE_CHECKING:
    from carelead.models import Passage
    from carelead.output import Report
    from carelead.store import Store

NOT_FOUND = "(not found)"


@dataclass
class Outcome:
    gold: GoldEntry
    found: bool
    predicted: str | None = None  # predicted role when found
    passage: int | None = None  # passage n
    speaker: str | None = None
    reason: str = ""


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def found(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.found]

    @property
    def recall(self) -> float | None:
        return ratio(len(self.found), self.total)

    @property
    def accuracy(self) -> float | None:
        return _acc(self.found)

    def per_role(self) -> list[dict[str, Any]]:
        roles = sorted(
            {o.gold.role for o in self.outcomes} | {o.predicted for o in self.found if o.predicted}
        )
        rows = []
        for r in roles:
            tp = sum(1 for o in self.found if o.gold.role == r and o.predicted == r)
            fp = sum(1 for o in self.found if o.gold.role != r and o.predicted == r)
            fn = sum(1 for o in self.outcomes if o.gold.role == r and o.predicted != r)
            p, rec, f1 = prf(tp, fp, fn)
            rows.append({"role": r, "precision": p, "recall": rec, "f1": f1, "support": tp + fn})
        return rows

    def confusion(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for o in self.outcomes:
            pred = o.predicted if o.found and o.predicted else NOT_FOUND
            row = out.setdefault(o.gold.role, {})
            row[pred] = row.get(pred, 0) + 1
        return {g: dict(sorted(r.items())) for g, r in sorted(out.items())}


def score(
    texts: Mapping[str, str],
    passages: Mapping[str, Sequence[Passage]],
    entries: Sequence[GoldEntry],
) -> Scores:
    """Match gold quotations to predicted passages (store-independent)."""
    scores = Scores()
    spans = Spans(passages)
    for g, pos in zip(entries, locate(texts, entries), strict=True):
        if g.doc not in texts:
            scores.outcomes.append(Outcome(g, False, reason="document not in the store"))
            continue
        if pos is None:
            scores.outcomes.append(Outcome(g, False, reason="quote_start not in the text"))
            continue
        hit = spans.covering(g.doc, pos)
        if hit is None:
            scores.outcomes.append(Outcome(g, False, reason="no passage covers it"))
        elif hit.kind != "quote":
            scores.outcomes.append(
                Outcome(g, False, passage=hit.n, reason="inside a narrative passage")
            )
        else:
            scores.outcomes.append(Outcome(g, True, hit.role, hit.n, hit.speaker))
    return scores


def report(scores: Scores) -> Report:
    from carelead.output import Report, Table

    found = scores.found
    summary: list[dict[str, Any]] = [
        {"metric": "quote_recall", "value": scores.recall},
        {"metric": "role_accuracy", "value": scores.accuracy},
        {"metric": "gold_quotes", "value": scores.total},
        {"metric": "found", "value": len(found)},
        {"metric": "role_correct", "value": sum(o.predicted == o.gold.role for o in found)},
        {
            "metric": "chained_role_accuracy",
            "value": _acc([o for o in found if o.gold.chained]),
        },
    ]
    per_role = scores.per_role()
    confusion = scores.confusion()
    predicted_cols = sorted({c for r in confusion.values() for c in r})
    conf_rows = [
        {"gold": g, **{c: row.get(c, 0) for c in predicted_cols}} for g, row in confusion.items()
    ]
    misses = [
        {
            "doc": o.gold.doc,
            "line": o.gold.line,
            "quote_start": o.gold.quote_start,
            "cue": o.gold.cue,
            "gold": o.gold.role,
            "predicted": o.predicted if o.found else NOT_FOUND,
            "passage": o.passage,
            "speaker": o.speaker,
            "reason": o.reason or "wrong role",
        }
        for o in scores.outcomes
        if not o.found or o.predicted != o.gold.role
    ]
    data = {
        "quote_recall": scores.recall,
        "role_accuracy": scores.accuracy,
        "gold_quotes": scores.total,
        "found": len(found),
        "chained_role_accuracy": _acc([o for o in found if o.gold.chained]),
        "per_role": per_role,
        "confusion": confusion,
        "misses": misses,
    }
    return Report(
        tables=[
            Table(
                "summary",
                ["metric", "value"],
                summary,
                title="Attribution",
                formats={"value": _measure_or_count},
            ),
            Table(
                "per_role",
                ["role", "precision", "recall", "f1", "support"],
                per_role,
                title="Per role",
                formats=dict.fromkeys(("precision", "recall", "f1"), MEASURE),
            ),
            Table(
                "confusion",
                ["gold", *predicted_cols],
                conf_rows,
                title="Confusion (gold x predicted)",
            ),
            Table(
                "misses",
                ["doc", "line", "gold", "predicted", "speaker", "quote_start", "reason"],
                misses,
                title="Misses",
            ),
        ],
        data=data,
        notes=["– (null in JSON): undefined, nothing to measure (no prediction, or no gold)."],
    )


def _measure_or_count(value: float | int) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _acc(outcomes: list[Outcome]) -> float | None:
    return ratio(sum(o.predicted == o.gold.role for o in outcomes), len(outcomes))


def evaluate(store: Store, gold_path: Path) -> Report:
    """Score the stored passages of the gold file's documents against it."""
    entries = read_gold(gold_path, require=("role",))
    wanted = sorted({g.doc for g in entries})
    docs = {d.meta.id: d.text for d in store.documents(wanted)}
    passages: dict[str, list[Passage]] = {}
    if docs:
        from carelead.models import Passage

        for row in store.passages(sorted(docs)):
            passages.setdefault(row.doc, []).append(
                Passage(row.n, row.kind, row.role, row.start, row.end, speaker=row.speaker)
            )
    return report(score(docs, passages, entries))
