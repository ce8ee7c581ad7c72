"""`make eval`: attribution, theme and tone figures on every gold set, one table.

Sets: the bundled corpus against the shared seed gold (`../shared/eval/seed-quotes.jsonl`, when it is
there) and each `eval/genre-N/` (documents in `docs/`, gold in `gold.jsonl`). Each set is ingested
into a fresh store in a temporary folder with the installed `carelead`, so the figures are what a
user would get.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from sets import genre_sets  # eval/sets.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
CARELEAD = Path(sys.executable).parent / "carelead"


def sets() -> list[tuple[str, Path, Path]]:
    out = []
    seed = ROOT.parent / "shared" / "eval" / "seed-quotes.jsonl"
    if seed.exists():
        out.append(("seed (bundled corpus)", ROOT / "corpus", seed))
    for folder in genre_sets():
        out.append((folder.name, folder / "docs", folder / "gold.jsonl"))
    return out


def carelead(db: Path, *args: str) -> dict:
    done = subprocess.run(
        [str(CARELEAD), "--quiet", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}


def trained_on(model: str) -> set[str]:
    """The sets a shipped model learnt from: its figure there is not a measure."""
    path = ROOT / "codebooks" / model
    return (
        set(json.loads(path.read_text(encoding="utf-8")).get("trained_on", []))
        if path.exists()
        else set()
    )


def _trained_note(themes: bool, tone: bool) -> str:
    """Which of the shipped models learnt from a set, as a note after its figures."""
    if themes and tone:
        return "  (models trained on this set)"
    if themes or tone:
        return f"  ({'theme' if themes else 'tone'} model trained on this set)"
    return ""


def main() -> None:
    tone_sets, theme_sets = trained_on("tone-model.json"), trained_on("theme-model.json")
    training = tone_sets | theme_sets
    print(
        f"{'set':24} {'quotes':>6} {'recall':>7} {'roles':>6} {'theme F1':>9} {'macro':>6}"
        f" {'tone BA':>8}"
    )
    for name, docs, gold in sets():
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "eval.db"
            carelead(db, "ingest", str(docs), "--format", "json")
            attribution = carelead(db, "evaluate", "attribution", "--gold", str(gold), "-f", "json")
            themes = carelead(db, "evaluate", "themes", "--gold", str(gold), "-f", "json")
            tone = carelead(db, "evaluate", "sentiment", "--gold", str(gold), "-f", "json")
        print(
            f"{name:24} {attribution['gold_quotes']:>6} {attribution['quote_recall']:>7.3f}"
            f" {attribution['role_accuracy']:>6.3f} {themes['micro']['f1']:>9.3f}"
            f" {themes['macro']['f1']:>6.3f} {tone['balanced_accuracy']:>8.3f}"
            + _trained_note(name in theme_sets, name in tone_sets)
        )
    if training:
        print("Themes or tone on the sets a model was trained on are no measure: `make")
        print("theme-model` and `make tone-model` print leave-one-set-out figures.")


if __name__ == "__main__":
    main()
