"""What the analyses share: which passages count, how a passage maps to a row or column, wording.

**Unit of analysis.** Stakeholder analyses (variation, sentiment, the stakeholder side of compare) are
about what stakeholders say, so by default they use quotation passages only, each under its
speaker's role. With `unit="all"` the authors' narrative passages join in under the role `author`.
Compare's theme shares and distinctive terms describe what each report is about and use every passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from carelead.errors import CareleadError, ScopeError

if TYPE_CHECKING:
    from carelead.store.db import PassageRow

UNITS = ("quotes", "all")
DIMENSIONS = ("theme", "role", "doc", "collection", "kind")
NEGATIVE = -0.05  # VADER's conventional thresholds for a compound score
POSITIVE = 0.05
FEW = 30  # below this many passages a side's shares get a plain warning
NO_THEME = "(no theme)"


class Notes(list[str]):
    """An analysis's notes in order, with the level of each: `warn` adds a caveat that changes how
    the result reads (few passages, an unreliable approximation), which is also kept in `warnings`
    so that a command can show it on stderr without matching its words."""

    def __init__(self, *notes: str) -> None:
        super().__init__(notes)
        self.warnings: list[str] = []

    def warn(self, text: str) -> None:
        self.append(text)
        self.warnings.append(text)


def check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise CareleadError(f"unknown unit {unit!r} (choose from {', '.join(UNITS)})")


def check_dimension(dim: str) -> None:
    if dim not in DIMENSIONS:
        raise CareleadError(f"unknown dimension {dim!r} (choose from {', '.join(DIMENSIONS)})")


def select(passages: Iterable[PassageRow], unit: str = "quotes") -> list[PassageRow]:
    """The passages an analysis counts: quotations only, or every passage (`unit="all"`)."""
    check_unit(unit)
    if unit == "all":
        return list(passages)
    return [p for p in passages if p.kind == "quote"]


def require(passages: Sequence[PassageRow], unit: str, what: str) -> None:
    """A clear error instead of an empty table."""
    if not passages:
        kind = "quotations" if unit == "quotes" else "passages"
        hint = " (try --all-passages to include the authors' narrative)" if unit == "quotes" else ""
        raise ScopeError(f"{what}: the scope has no {kind}{hint}")


def values(p: PassageRow, dim: str, *, primary_theme: bool = False) -> tuple[str, ...]:
    """The labels of passage `p` on dimension `dim`. A passage can have several themes."""
    if dim == "theme":
        if not p.themes:
            return ()
        return p.themes[:1] if primary_theme else tuple(p.themes)
    if dim == "role":
        return (p.role,)
    if dim == "doc":
        return (p.doc,)
    if dim == "collection":
        return (p.collection or p.doc,)
    if dim == "kind":
        return (p.kind,)
    check_dimension(dim)
    return ()


def tone_class(score: float) -> str:
    if score <= NEGATIVE:
        return "negative"
    if score >= POSITIVE:
        return "positive"
    return "neutral"


def snippet(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def fmt_pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


def fmt_p(value: float | None) -> str:
    if value is None:
        return "–"
    return "<0.001" if value < 0.001 else f"{value:.3f}"
