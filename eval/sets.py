"""The genre evaluation sets under eval/, in their numeric order (genre-2 before genre-10)."""

from __future__ import annotations

from pathlib import Path

EVAL = Path(__file__).resolve().parent


def genre_sets() -> list[Path]:
    """Each `eval/genre-N/` folder (documents in `docs/`, gold in `gold.jsonl`), by N."""
    return sorted(EVAL.glob("genre-*"), key=lambda p: int(p.name.rpartition("-")[2]))


# Sets the trained models never learn from, so that `make eval`'s theme and tone figures for them
# stay held out: genre-39 to -86, written last (in the seventh session, when the models were
# retrained on genre-1 to -38, and after).
HELD_OUT = frozenset({f"genre-{n}" for n in range(39, 87)})


def training_sets() -> list[Path]:
    """The genre sets the tone and theme models are trained on: all but `HELD_OUT`."""
    return [p for p in genre_sets() if p.name not in HELD_OUT]
