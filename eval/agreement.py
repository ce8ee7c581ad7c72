"""How far two coders agree on themes and tone: eval/second-coder/genre-N.jsonl (themes and polarity
recoded blind, from the documents and the quotations alone, by a session that had seen neither
carelead nor the first coding) against eval/genre-N/gold.jsonl - the ceiling a tagger can be held to.

Prints theme micro-F1 between the codings per set and overall, and the balanced accuracy of the
second coder's polarity against the first's over the first's pos and neg quotations (the measure
`carelead evaluate sentiment` uses).
"""

from __future__ import annotations

import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main() -> None:
    tp = fp = fn = 0
    pos: list[bool] = []
    neg: list[bool] = []
    for second in sorted((EVAL / "second-coder").glob("genre-*.jsonl")):
        first = read(EVAL / second.stem / "gold.jsonl")
        other = read(second)
        if [(e["doc"], e["quote_start"]) for e in first] != [
            (e["doc"], e["quote_start"]) for e in other
        ]:
            raise SystemExit(f"{second}: not the entries of {second.stem}/gold.jsonl, in order")
        t = f = m = 0
        for a, b in zip(first, other, strict=True):
            ga, gb = set(a["themes"]), set(b["themes"])
            t, f, m = t + len(ga & gb), f + len(gb - ga), m + len(ga - gb)
            if a["polarity"] == "pos":
                pos.append(b["polarity"] == "pos")
            elif a["polarity"] == "neg":
                neg.append(b["polarity"] == "neg")
        print(
            f"{second.stem:10} {len(first):>4} quotations  theme micro-F1 {2 * t / (2 * t + f + m):.3f}"
        )
        tp, fp, fn = tp + t, fp + f, fn + m
    print(f"{'all':10} theme micro-F1 {2 * tp / (2 * tp + fp + fn):.3f}")
    print(
        f"{'all':10} tone balanced accuracy {(sum(pos) / len(pos) + sum(neg) / len(neg)) / 2:.3f}"
    )


if __name__ == "__main__":
    main()
