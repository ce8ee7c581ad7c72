"""Analysis benchmarks on the bundled corpus, each beside a baseline measured in the same run.

- `carelead compare kingsfund-2021 messenger-2022` wall time, a fresh process including start-up,
  against `carelead --version` (the start-up alone); target under 2 s;
- `carelead variation` and `carelead sentiment --by role,theme`, the same way;
- tone scoring (passages/s): ToneScorer with the shipped overrides against bare VADER on the same
  passage texts.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CARELEAD = [sys.executable, "-m", "carelead"]
RUNS = 5


def _wall(args: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        subprocess.run(
            [*CARELEAD, "--db", db, "-q", "ingest", str(ROOT / "corpus")],
            check=True,
            capture_output=True,
        )
        base = _wall([*CARELEAD, "--version"])
        print(f"start-up (carelead --version): {base:.2f} s (baseline)")
        for label, args in (
            (
                "compare kingsfund-2021 messenger-2022",
                ["compare", "kingsfund-2021", "messenger-2022"],
            ),
            ("variation", ["variation"]),
            ("sentiment --by role,theme", ["sentiment", "--by", "role,theme"]),
        ):
            t = _wall([*CARELEAD, "--db", db, *args, "--format", "json"])
            verdict = " (target < 2 s)" if label.startswith("compare") else ""
            print(f"{label}: {t:.2f} s = {t / base:.1f}x start-up{verdict}")

        from carelead import resources
        from carelead.analysis.tone import ToneScorer
        from carelead.store import open_store

        with open_store(db) as s:
            texts = [p.text for p in s.passages(s.resolve_scope())]
    scorer = ToneScorer.from_overrides(resources.codebooks_dir() / resources.DEFAULT_TONE)
    scorer.score(texts[:1])
    start = time.perf_counter()
    scorer.score(texts)
    ours = time.perf_counter() - start
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for t in texts:
        vader.polarity_scores(t)
    bare = time.perf_counter() - start
    print(
        f"tone scoring: {len(texts) / ours:.0f} passages/s; bare VADER {len(texts) / bare:.0f}"
        f" passages/s (baseline); ratio {bare / ours:.2f}"
    )


if __name__ == "__main__":
    main()
