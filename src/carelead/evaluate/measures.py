"""The agreement and accuracy measures every evaluator uses, with one convention for the undefined.

A measure with nothing to measure (precision of a label never predicted, recall of one never in
the gold, kappa when chance agreement is already 1) is None: null in JSON, an empty cell in CSV,
"–" in tables. Never NaN, never a 0.0 or 1.0 that would read as a finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

# How tables show a measure to people (a Table's `formats`): three decimals, "–" when undefined.
MEASURE = "num3"


def ratio(part: int, whole: int) -> float | None:
    """part / whole, None when whole is 0."""
    return part / whole if whole else None


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 from true positives, false positives and false negatives.

    Precision is None when nothing was predicted, recall None when nothing was to be found. F1 is
    2tp / (2tp + fp + fn), the harmonic mean of the two where both are defined, and 0.0 when one
    is undefined and the other is not (a label missed entirely, or predicted only wrongly); None
    only when there is neither a prediction nor a gold instance.
    """
    f1 = ratio(2 * tp, 2 * tp + fp + fn)
    return ratio(tp, tp + fp), ratio(tp, tp + fn), f1


def mean(values: Sequence[float | None]) -> float | None:
    """The mean of the defined values, None when none is defined."""
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two coders' labels on the same units; None when chance agreement is 1
    (both coders gave every unit the same label, so no disagreement was possible) or there are
    no units."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)
