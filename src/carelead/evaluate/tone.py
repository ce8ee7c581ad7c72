"""`carelead evaluate sentiment`: passage tone against the gold polarity of quotations.

Each gold entry with a `polarity` is matched to the stored passage whose span contains its
`quote_start` (located by `evaluate.gold`). The passage's compound score is classed negative
(≤ -0.05), neutral or positive (≥ 0.05). Balanced accuracy is the mean of the recall on gold `pos`
and the recall on gold `neg` (a neutral prediction is wrong for both), so calling everything
negative scores 0.5; `mixed` and `neu` entries appear in the confusion matrix but not in the score.

`score_tone(entries, texts, passages)` does the work without a store; `evaluate(store, gold)` reads
the store and returns the Report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.analysis.common import snippet, tone_class
from carelead.errors import InputError, ScopeError
from carelead.evaluate.gold import POLARITIES, GoldEntry, Spans, locate, read_gold

if TYPE_CHECKING:
    from carelead.output import Report
    from carelead.store.db import Store

PREDICTED = ("positive", "neutral", "negative")
WORST = 10


@dataclass(frozen=True)
class Span:
    """A stored passage as the evaluation needs it."""

    n: int
    start: int
    end: int
    sentiment: float | None
    text: str


@dataclass(frozen=True)
class Scored:
    entry: GoldEntry
    passage: Span
    predicted: str

    @property
    def error(self) -> float:
        """How far the score sits on the wrong side: 0 when right."""
        s = self.passage.sentiment or 0.0
        if self.entry.polarity == "pos" and self.predicted != "positive":
            return 1.0 - s
        if self.entry.polarity == "neg" and self.predicted != "negative":
            return 1.0 + s
        return 0.0


@dataclass
class ToneEvaluation:
    scored: list[Scored]
    unmatched: list[tuple[GoldEntry, str]] = field(default_factory=list)

    def confusion(self) -> dict[str, dict[str, int]]:
        table = {g: dict.fromkeys(PREDICTED, 0) for g in POLARITIES}
        for s in self.scored:
            if s.entry.polarity:
                table[s.entry.polarity][s.predicted] += 1
        return table

    def recall(self, gold: str) -> float | None:
        want = "positive" if gold == "pos" else "negative"
        rows = [s for s in self.scored if s.entry.polarity == gold]
        return sum(s.predicted == want for s in rows) / len(rows) if rows else None

    @property
    def balanced_accuracy(self) -> float | None:
        rp, rn = self.recall("pos"), self.recall("neg")
        if rp is None or rn is None:
            return None
        return (rp + rn) / 2

    def worst(self, k: int = WORST) -> list[Scored]:
        wrong = [s for s in self.scored if s.error > 0]
        wrong.sort(key=lambda s: (-s.error, s.entry.line))
        return wrong[:k]

    def to_dict(self) -> dict[str, Any]:
        polar = [s for s in self.scored if s.entry.polarity in ("pos", "neg")]
        return {
            "evaluation": "sentiment",
            "gold_entries": len(self.scored) + len(self.unmatched),
            "matched": len(self.scored),
            "scored_pos_neg": len(polar),
            "balanced_accuracy": self.balanced_accuracy,
            "recall_pos": self.recall("pos"),
            "recall_neg": self.recall("neg"),
            "thresholds": {"negative": -0.05, "positive": 0.05},
            "confusion": self.confusion(),
            "worst": [
                {
                    "doc": s.entry.doc,
                    "quote_start": s.entry.quote_start,
                    "gold": s.entry.polarity,
                    "predicted": s.predicted,
                    "sentiment": s.passage.sentiment,
                    "passage": s.passage.n,
                    "text": snippet(s.passage.text, 200),
                }
                for s in self.worst()
            ],
            "unmatched": [
                {"doc": e.doc, "quote_start": e.quote_start, "line": e.line, "reason": why}
                for e, why in self.unmatched
            ],
        }

    def to_report(self) -> Report:
        from carelead.output import Report, Table

        ba = self.balanced_accuracy
        rp, rn = self.recall("pos"), self.recall("neg")
        n_pos = sum(s.entry.polarity == "pos" for s in self.scored)
        n_neg = sum(s.entry.polarity == "neg" for s in self.scored)
        summary = Table(
            "summary",
            ["measure", "value", "n"],
            [
                {"measure": "balanced accuracy (pos/neg)", "value": ba, "n": n_pos + n_neg},
                {"measure": "recall pos", "value": rp, "n": n_pos},
                {"measure": "recall neg", "value": rn, "n": n_neg},
                {
                    "measure": "gold entries matched to a passage",
                    "value": len(self.scored),
                    "n": len(self.scored) + len(self.unmatched),
                },
            ],
            formats={"value": lambda v: f"{v:.3f}" if isinstance(v, float) else str(v)},
            title="Tone against gold polarity",
            notes=["negative ≤ -0.05 < neutral < 0.05 ≤ positive; neutral counts as wrong."],
        )
        conf = self.confusion()
        confusion = Table(
            "confusion",
            ["gold \\ predicted", *PREDICTED, "n"],
            [
                {"gold \\ predicted": g, **conf[g], "n": sum(conf[g].values())}
                for g in POLARITIES
                if sum(conf[g].values())
            ],
            title="Confusion matrix (mixed and neu are shown, not scored)",
        )
        worst = Table(
            "worst",
            ["doc", "gold", "sentiment", "quote_start", "passage"],
            [
                {
                    "doc": s.entry.doc,
                    "gold": s.entry.polarity,
                    "sentiment": s.passage.sentiment,
                    "quote_start": s.entry.quote_start,
                    "passage": snippet(s.passage.text, 120),
                }
                for s in self.worst()
            ],
            title="The quotations it gets most wrong",
            formats={"sentiment": "signed"},
        )
        notes = [
            f"Not matched: {e.doc}: {e.quote_start!r} ({why})" for e, why in self.unmatched[:10]
        ]
        if len(self.unmatched) > 10:
            notes.append(f"... and {len(self.unmatched) - 10} more unmatched entries")
        return Report([summary, confusion, worst], notes=notes, data=self.to_dict())


def score_tone(
    entries: Sequence[GoldEntry],
    texts: Mapping[str, str],
    passages: Mapping[str, Sequence[Span]],
) -> ToneEvaluation:
    """Match each entry with a polarity to the passage containing its quote_start and class the
    passage's tone."""
    entries = [e for e in entries if e.polarity]
    result = ToneEvaluation(scored=[])
    spans = Spans(passages)
    for e, offset in zip(entries, locate(texts, entries), strict=True):
        span = spans.covering(e.doc, offset)
        if e.doc not in texts:
            result.unmatched.append((e, "document not in the store"))
        elif offset is None:
            result.unmatched.append((e, "quote_start not found in the text"))
        elif span is None:
            result.unmatched.append((e, "no passage covers it"))
        elif span.sentiment is None:
            result.unmatched.append((e, "its passage has no tone score"))
        else:
            result.scored.append(Scored(e, span, tone_class(span.sentiment)))
    return result


def evaluate(store: Store, gold_path: Path) -> Report:
    entries = [e for e in read_gold(gold_path) if e.polarity is not None]
    if not entries:
        raise InputError(gold_path, "no gold entries with a polarity")
    docs = sorted({e.doc for e in entries})
    stored = {d.meta.id: d for d in store.documents(docs)}
    if not stored:
        raise ScopeError(
            f"{gold_path}: none of its documents ({', '.join(docs)}) is in the store"
            " (run `carelead ingest` first)"
        )
    texts = {doc: d.text for doc, d in stored.items()}
    spans: dict[str, list[Span]] = {}
    for p in store.passages(sorted(stored)):
        spans.setdefault(p.doc, []).append(Span(p.n, p.start, p.end, p.sentiment, p.text))
    return score_tone(entries, texts, spans).to_report()
