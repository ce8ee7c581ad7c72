"""Ingest benchmarks, each figure beside a baseline measured in the same run on the same input.

- text ingest (MB/s): carelead's ingest (sniff, decode, clean, store; with and without the derive
  step) against a bare loop that reads, decodes, hashes and inserts each file into SQLite;
- PDF ingest (pages/s): carelead's PDF path (running headers/footers, page numbers, footnote markers,
  paragraphs) against pdfplumber's plain `page.extract_text()` loop; target at least 5x;
- `carelead --help` wall time against the bare interpreter start; target under 0.3 s;
- streaming: 10, 50 and 100 MB generated text corpora (about 2,000 documents at 100 MB), each ingested
  by a fresh process: peak memory (target under 1 GB) and seconds per MB (linear = flat).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_BYTES = 50_000

ROLES = ["One director", "A provider", "A service user", "Another director", "A councillor"]
VERBS = ["says", "told us", "puts it this way", "adds", "explains"]
WORDS = [
    "leadership",
    "care",
    "social",
    "adult",
    "local",
    "authority",
    "provider",
    "market",
    "workforce",
    "funding",
    "pressure",
    "relationship",
    "commissioning",
    "integration",
    "partnership",
    "council",
    "director",
    "manager",
    "carer",
    "family",
    "service",
    "user",
    "voice",
    "national",
    "government",
    "department",
    "policy",
    "reform",
    "data",
    "training",
    "development",
    "quality",
    "inspection",
    "regulator",
    "system",
    "capacity",
    "budget",
    "fees",
    "pandemic",
    "recovery",
    "community",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    if rng.random() < 0.25:
        quote = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        return f"{rng.choice(ROLES)} {rng.choice(VERBS)}: '{quote}'"
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))


def text_corpus(folder: Path, total_bytes: int, seed: int = 1) -> tuple[int, int]:
    """Report-like text files of about DOC_BYTES each: paragraphs, quotes, page breaks, navigation
    strips. Returns (files, bytes)."""
    rng = random.Random(seed)
    pool = [_paragraph(rng) for _ in range(400)]
    folder.mkdir(parents=True, exist_ok=True)
    written = files = 0
    while written < total_bytes:
        parts = [f"Report {files}: {rng.choice(WORDS)} and {rng.choice(WORDS)}"]
        size = 0
        while size < DOC_BYTES:
            para = rng.choice(pool)
            parts.append(para)
            size += len(para) + 2
            if rng.random() < 0.06:
                parts.append("1 2 3 4 5\n\n")  # a page break after a navigation strip
        data = "\n\n".join(parts).encode("utf-8")
        (folder / f"doc{files:05d}.txt").write_bytes(data)
        written += len(data)
        files += 1
    return files, written


def pdf_corpus(folder: Path, files: int = 3, pages: int = 40) -> int:
    """Dense report pages: running header, printed page number, footnote marker and note."""
    from fpdf import FPDF

    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        for p in range(pages):
            pdf.add_page()
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(20, 10)
            pdf.cell(0, 4, "Stories from social care leadership | The report")
            pdf.set_font("Helvetica", size=10)
            y = 22.0
            while y < 255:
                words = _paragraph(rng).split()
                line = ""
                for word in words:
                    if pdf.get_string_width(f"{line} {word}") > 165:
                        pdf.set_xy(20, y)
                        pdf.cell(0, 4.5, line)
                        y += 4.8
                        line = word
                    else:
                        line = f"{line} {word}".strip()
                pdf.set_xy(20, y)
                pdf.cell(0, 4.5, line + "1" if rng.random() < 0.1 else line)
                y += 8
            pdf.set_font("Helvetica", size=7)
            pdf.set_xy(20, 268)
            pdf.cell(0, 4, f"1 A note on page {p + 1}.")
            pdf.set_xy(100, 285)
            pdf.cell(10, 4, str(p + 1))
        (folder / f"report{f}.pdf").write_bytes(bytes(pdf.output()))
    return files * pages


def _baseline_text(folder: Path, db: Path) -> float:
    """Read, decode, hash and insert each file in its own transaction: the floor for any ingest."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE docs (id TEXT PRIMARY KEY, hash TEXT, text TEXT)")
    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        text = data.decode("utf-8")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO docs VALUES (?, ?, ?)", (path.stem, hashlib.sha256(data).hexdigest(), text)
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _carelead_ingest(folder: Path, db: Path, pipeline: object) -> float:
    from carelead.ingest.service import collect, ingest
    from carelead.store import open_store

    store = open_store(db)
    start = time.perf_counter()
    outcomes = list(ingest(store, collect([str(folder)])[0], pipeline))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    store.close()
    failed = [o for o in outcomes if o.status == "failed"]
    assert not failed, failed[0]
    return elapsed


def bench_text(tmp: Path) -> None:
    from carelead.pipeline import Pipeline

    folder = tmp / "text"
    files, size = text_corpus(folder, 2_000_000)
    mb = size / 1e6
    base = _baseline_text(folder, tmp / "base.db")
    plain = _carelead_ingest(folder, tmp / "plain.db", None)
    pipeline = Pipeline.load()
    full = _carelead_ingest(folder, tmp / "full.db", pipeline)
    print(f"text ingest, {files} files, {mb:.1f} MB:")
    print(f"  baseline (read+decode+hash+insert)     {mb / base:8.1f} MB/s")
    print(
        f"  carelead, clean + store (no derive)    {mb / plain:8.1f} MB/s"
        f"  = {plain / base:.1f}x the baseline's time"
    )
    print(
        f"  carelead, full (derive passages/themes/tone) {mb / full:6.2f} MB/s"
        f"  = {full / base:.0f}x the baseline's time"
    )


def bench_pdf(tmp: Path) -> None:
    import pdfplumber
    import pypdfium2  # noqa: F401  (imported before timing, as pdfplumber is)

    from carelead.ingest.readers.pdf import read_pdf

    folder = tmp / "pdf"
    pages = pdf_corpus(folder)
    paths = sorted(folder.iterdir())
    start = time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
    base = time.perf_counter() - start
    start = time.perf_counter()
    for path in paths:
        read_pdf(path.read_bytes(), path.name)
    reader = time.perf_counter() - start
    ingest = _carelead_ingest(folder, tmp / "pdf.db", None)
    print(f"PDF ingest, {len(paths)} files, {pages} pages:")
    print(f"  baseline pdfplumber page.extract_text() {pages / base:8.1f} pages/s")
    print(
        f"  carelead PDF reader (furniture out, paragraphs) {pages / reader:8.1f} pages/s"
        f"  = {base / reader:.1f}x the baseline (target >= 5x)"
    )
    print(
        f"  carelead ingest (read + clean + store, no derive) {pages / ingest:6.1f} pages/s"
        f"  = {base / ingest:.1f}x the baseline"
    )


def _wall(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_help() -> None:
    script = Path(sys.executable).parent / "carelead"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "carelead"]
    base = _wall([sys.executable, "-c", "pass"])
    wall = _wall([*cmd, "--help"])
    verdict = "ok" if wall < 0.3 else "OVER TARGET"
    print("carelead --help (median of 7):")
    print(f"  baseline python -c pass  {base:6.3f} s")
    print(f"  carelead --help          {wall:6.3f} s  = {wall / base:.1f}x the baseline")
    print(f"  target < 0.3 s: {verdict}")


STREAM = """
import sys, time
from carelead.ingest.service import collect, ingest
from carelead.store import open_store
store = open_store(sys.argv[1])
start = time.perf_counter()
n = sum(1 for o in ingest(store, collect([sys.argv[2]])[0], None) if o.status == "added")
elapsed = time.perf_counter() - start
# VmHWM: this process's own peak resident memory (ru_maxrss would count the parent's pages at fork)
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(n, elapsed, hwm)
"""


def bench_streaming(tmp: Path) -> None:
    print(
        "streaming text ingest: clean + store WITHOUT the derive step (at the full pipeline's rate,"
    )
    print(
        "see the text benchmark's 'full' line, 100 MB would take minutes), one fresh process per size:"
    )
    rates = []
    for mb in (10, 50, 100):
        folder = tmp / f"stream{mb}"
        files, size = text_corpus(folder, mb * 1_000_000, seed=mb)
        db = tmp / f"stream{mb}.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        proc = subprocess.Popen(
            [sys.executable, "-c", STREAM, str(db), str(folder)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        out, _ = proc.communicate()
        added, seconds, hwm_kb = out.split()
        assert proc.returncode == 0 and int(added) == files, out
        peak_mb = int(hwm_kb) / 1024
        rate = float(seconds) / (size / 1e6)
        rates.append(rate)
        print(
            f"  {size / 1e6:6.1f} MB, {files:5d} docs: {float(seconds):6.1f} s,"
            f" {rate * 1000:5.1f} ms/MB, peak memory {peak_mb:6.0f} MB"
        )
        shutil.rmtree(folder)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(
        f"  linearity: time per MB at 100 MB / at 10 MB = {rates[-1] / rates[0]:.2f}"
        " (1.00 = perfectly linear); memory target < 1 GB"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="carelead-bench-") as name:
        tmp = Path(name)
        # Small processes first: forking a parent that holds the spaCy pipeline slows every child.
        bench_help()
        bench_streaming(tmp)
        bench_pdf(tmp)
        bench_text(tmp)


if __name__ == "__main__":
    main()
