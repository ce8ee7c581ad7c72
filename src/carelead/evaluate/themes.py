"""Theme tagging against gold themes of quotations (the format of shared/eval/seed-quotes.jsonl).

Each gold entry is matched to the predicted passage whose span contains its `quote_start` (located
by `evaluate.gold`). The passage's themes are compared with the gold `themes`: micro and macro
precision, recall and F1, and per theme P/R/F1 with Cohen's kappa over the matched quotations.
Entries whose quotation is not found, or not inside any passage, count as predicted with no themes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.evaluate.gold import GoldEntry, Spans, locate, read_gold
from carelead.output.formats import Report, Table

if TYPE_CHECKING:
    from carelead.store import Store


@dataclass(frozen=True)
class PredictedPassage:
    doc: str
    start: int
    end: int
    themes: tuple[str, ...]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(tp: int, fp: int, fn: int, tn: int) -> float:
    """Cohen's kappa of two binary codings given their 2x2 table (1.0 when both are constant and equal)."""
    n = tp + fp + fn + tn
    if n == 0:
        return float("nan")
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    if pe == 1:
        return 1.0 if po == 1 else 0.0
    return (po - pe) / (1 - pe)


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
        tp = fp = fn = tn = 0
        for g, pred, _ in pairs:
            in_gold, in_pred = theme in g.themes, theme in pred
            tp += in_gold and in_pred
            fp += in_pred and not in_gold
            fn += in_gold and not in_pred
            tn += not in_gold and not in_pred
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        prec, rec, f1 = _prf(tp, fp, fn)
        per_theme.append(
            {
                "theme": theme,
                "support": tp + fn,
                "predicted": tp + fp,
                "precision": prec,
                "recall": rec,
                "f1": f1,
                "kappa": kappa(tp, fp, fn, tn),
            }
        )
    mp, mr, mf = _prf(tp_all, fp_all, fn_all)
    scored = [t for t in per_theme if t["support"]]
    n = len(scored) or 1
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
        "macro": {
            "precision": sum(t["precision"] for t in scored) / n,
            "recall": sum(t["recall"] for t in scored) / n,
            "f1": sum(t["f1"] for t in scored) / n,
        },
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
            ),
            Table(
                "themes",
                ["theme", "support", "predicted", "precision", "recall", "f1", "kappa"],
                result["themes"],
                title="Per theme",
            ),
            Table(
                "misses",
                ["doc", "line", "quote_start", "gold", "predicted"],
                result["misses"],
                title="Quotations whose themes differ",
            ),
        ],
        notes=["macro averages are over themes with gold support"],
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
