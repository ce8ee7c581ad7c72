"""Run every benchmark: each `bench/bench_*.py` module's `main()`, in name order.

make bench            # or: python bench/run.py [NAME ...]   (e.g. `python bench/run.py ingest`)
"""

from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            module.main()
        except Exception:
            failed += 1
            traceback.print_exc()
        print(f"({name}: {time.perf_counter() - start:.1f} s)\n", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
