"""The genre evaluation sets under eval/, in their numeric order (genre-2 before genre-10)."""

from __future__ import annotations

from pathlib import Path

EVAL = Path(__file__).resolve().parent


def genre_sets() -> list[Path]:
    """Each `eval/genre-N/` folder (documents in `docs/`, gold in `gold.jsonl`), by N."""
    return sorted(EVAL.glob("genre-*"), key=lambda p: int(p.name.rpartition("-")[2]))
