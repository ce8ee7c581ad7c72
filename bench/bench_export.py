"""Export benchmarks on the bundled corpus, each against a baseline measured in the same run.

Baseline: reading every passage of the store and rendering it as JSON (what `carelead passages
--format json` does), the least any export has to do. Figures: building the REFI-QDA project, the
xlsx workbook (with the three analyses) and the HTML report (with the analyses and --compare), in
memory, median of five runs, as seconds and as a multiple of the baseline.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from carelead.export.common import load_codebook, load_roles, themes_of
    from carelead.export.qdpx import build_qdpx
    from carelead.export.report import build_report
    from carelead.export.xlsx import build_xlsx
    from carelead.ingest.service import collect, ingest
    from carelead.output.formats import Report, Table, to_json
    from carelead.pipeline import Pipeline
    from carelead.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        sources, _ = collect([str(ROOT / "corpus")])
        outcomes = list(ingest(store, sources, Pipeline.load))
        assert all(o.status != "failed" for o in outcomes), outcomes
        ids = store.resolve_scope()
        themes, roles = themes_of(load_codebook()), load_roles()
        compare = ("kingsfund-2021", "messenger-2022")

        def baseline() -> str:
            rows = [p.__dict__ for p in store.passages(ids)]
            return to_json(Report([Table("passages", list(rows[0]), rows)]))

        base = _median(baseline)
        n = len(store.passages(ids))
        print(f"bundled corpus: {len(ids)} documents, {n} passages")
        print(f"baseline (passages as JSON): {base * 1000:.1f} ms")
        for name, fn in (
            ("qdpx", lambda: build_qdpx(store, ids, themes, roles)),
            ("xlsx", lambda: build_xlsx(store, ids, themes, roles, compare=compare)),
            ("report", lambda: build_report(store, ids, themes, roles, compare=compare)),
        ):
            t = _median(fn)
            print(f"{name}: {t * 1000:.1f} ms = {t / base:.1f}x baseline")
        store.close()


if __name__ == "__main__":
    main()
