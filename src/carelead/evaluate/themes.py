"""Theme tagging against gold themes of quotations (the format of shared/eval/seed-quotes.jsonl).

Each gold entry is matched to the predicted passage whose span contains its `quote_start` (located
by `evaluate.gold`). The passage's themes are compared with the gold `themes`: micro and macro
precision, recall and F1, and per theme P/R/F1 with Cohen's kappa over the matched quotations.
Entries whose quotation is not found, or not inside any passage, count as predicted with no themes.
A measure with nothing to measure is None (see `evaluate.measures`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.evaluate.gold import GoldEntry, Spans, locate, read_gold
from carelead.evaluate.measures import MEASURE, cohen_kappa, mean, prf
from carelead.output.formats import Report, Table

if TYPE_CHECKING:
    from carelead.store import Store


@dataclass(frozen=True)
class PredictedPassage:
    doc: str
    start: int
    end: int
    themes: tuple[str, ...]


def score(
    texts: Mapping[str, str],
    passages: Iterable[PredictedPassage],
    gold: Sequence[GoldEntry],
    theme_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """Compare predicted passage themes with gold themes; store-independent."""
    by_doc: dict[str, list[PredictedPassage]] = {}
    for p in passages:
        by_doc.setdefault(p.doc, []).append(p)
    spans = Spans(by_doc)
    pairs: list[tuple[GoldEntry, tuple[str, ...], bool]] = []
    for g, off in zip(gold, locate(texts, gold), strict=True):
        hit = spans.covering(g.doc, off)
        pairs.append((g, hit.themes if hit else (), hit is not None))
    themes = sorted(set(theme_ids) | {t for g in gold for t in g.themes})
    per_theme: list[dict[str, Any]] = []
    tp_all = fp_all = fn_all = 0
    for theme in themes:
        in_gold = [theme in g.themes for g, _, _ in pairs]
        in_pred = [theme in pred for _, pred, _ in pairs]
        tp = sum(g and p for g, p in zip(in_gold, in_pred, strict=True))
        fp = sum(p and not g for g, p in zip(in_gold, in_pred, strict=True))
        fn = sum(g and not p for g, p in zip(in_gold, in_pred, strict=True))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        prec, rec, f1 = prf(tp, fp, fn)
        per_theme.append(
            {
                "theme": theme,
                "support": tp + fn,
                "predicted": tp + fp,
                "precision": prec,
                "recall": rec,
                "f1": f1,
                "kappa": cohen_kappa(in_gold, in_pred),
            }
        )
    mp, mr, mf = prf(tp_all, fp_all, fn_all)
    scored = [t for t in per_theme if t["support"]]
    misses = [
        {
            "doc": g.doc,
            "line": g.line,
            "quote_start": g.quote_start,
            "gold": list(g.themes),
            "predicted": list(pred),
            "matched": matched,
        }
        for g, pred, matched in pairs
        if set(g.themes) != set(pred)
    ]
    return {
        "entries": len(gold),
        "matched": sum(1 for _, _, m in pairs if m),
        "micro": {"precision": mp, "recall": mr, "f1": mf},
        "macro": {k: mean([t[k] for t in scored]) for k in ("precision", "recall", "f1")},
        "themes": per_theme,
        "misses": misses,
    }


def report(result: dict[str, Any]) -> Report:
    summary = [
        {"average": avg, **{k: result[avg][k] for k in ("precision", "recall", "f1")}}
        for avg in ("micro", "macro")
    ]
    return Report(
        tables=[
            Table(
                "summary",
                ["average", "precision", "recall", "f1"],
                summary,
                title=f"Themes: {result['matched']} of {result['entries']} gold quotations matched",
                formats=dict.fromkeys(("precision", "recall", "f1"), MEASURE),
            ),
            Table(
                "themes",
                ["theme", "support", "predicted", "precision", "recall", "f1", "kappa"],
                result["themes"],
                title="Per theme",
                formats=dict.fromkeys(("precision", "recall", "f1", "kappa"), MEASURE),
            ),
            Table(
                "misses",
                ["doc", "line", "quote_start", "gold", "predicted"],
                result["misses"],
                title="Quotations whose themes differ",
            ),
        ],
        notes=[
            "Macro averages are over the themes with gold support, each measure over the themes"
            " where it is defined (precision: those carelead predicted at least once)."
            " – (null in JSON): undefined, nothing to measure."
        ],
        data=result,
    )


def evaluate(store: Store, gold_path: str | Path) -> Report:
    """Score the stored passages' themes against the gold file."""
    gold = read_gold(gold_path)
    doc_ids = store.resolve_scope()
    texts = {d.meta.id: d.text for d in store.documents(doc_ids)}
    passages = [PredictedPassage(r.doc, r.start, r.end, r.themes) for r in store.passages(doc_ids)]
    theme_ids = sorted({t for r in passages for t in r.themes})
    return report(score(texts, passages, gold, theme_ids))
