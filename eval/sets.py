"""The genre evaluation sets under eval/, in their numeric order (genre-2 before genre-10)."""

from __future__ import annotations

from pathlib import Path

EVAL = Path(__file__).resolve().parent


def genre_sets() -> list[Path]:
    """Each `eval/genre-N/` folder (documents in `docs/`, gold in `gold.jsonl`), by N."""
    return sorted(EVAL.glob("genre-*"), key=lambda p: int(p.name.rpartition("-")[2]))


# Sets each trained model never learns from, so that `make eval`'s figures for them stay held out.
# The tone model is trained on genre-1 to -74 (since the seventeenth session); the theme model on
# genre-1 to -366 (since the forty-sixth, with the settings that keep the seed, never trained on, at
# its 0.75 target: see eval/train_themes.py). The sets written since (genre-367 to -606) stay unseen.
HELD_OUT = {
    "themes": frozenset({f"genre-{n}" for n in range(367, 607)}),
    "tone": frozenset({f"genre-{n}" for n in range(75, 607)}),
}


def training_sets(model: str) -> list[Path]:
    """The genre sets the `model` ("themes" or "tone") is trained on: all but its `HELD_OUT`."""
    return [p for p in genre_sets() if p.name not in HELD_OUT[model]]
