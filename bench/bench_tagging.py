"""Theme tagging benchmarks, each against a baseline measured in the same run on the same text.

- tagging vs tokenising: `ThemeTagger.tag` (tokenise, phrase rules, TF-IDF, context, ranking)
  on the bundled corpus's passages against `spacy.blank("en")` tokenising the same passages
  (one Doc each); target: tagging adds at most 1x the tokenisation time (ratio tag/tokenise <= 2).
  The tagger runs the same spaCy tokenizer, but once per distinct space-delimited piece of text
  (cached, as spaCy caches words) and builds no Doc per passage; its tokens are spaCy's (tested in
  tests/test_tagging_tokens.py). Warm runs see a warm piece cache, as the baseline sees spaCy's
  warm word cache; the first run pays for tokenising every new piece;
- the whole bundled corpus tagged once with the pipeline loaded: target under 1 s;
- a 20x larger corpus (the same passages repeated) to show the cost stays linear.
Ratios use the best CPU time of this thread over several interleaved runs, after a warm-up run,
so other processes on a busy machine do not distort them; the first ("cold") run is wall time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 15


def best(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    """Best CPU time of this thread over `repeats` runs (robust to other processes' load)."""
    times = []
    for _ in range(repeats):
        start = time.thread_time()
        fn()
        times.append(time.thread_time() - start)
    return min(times)


def corpus_passages() -> list[list[str]]:
    """The bundled corpus's passages, as the pipeline's attribution step cuts them, per document."""
    from carelead.pipeline import Pipeline

    pipeline = Pipeline.load()
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        derived = pipeline.derive(text)
        out.append([text[p.start : p.end] for p in derived.passages])
    return out


def main() -> None:
    import spacy

    from carelead import resources
    from carelead.tagging.codebook import load_codebook
    from carelead.tagging.tagger import ThemeTagger

    start = time.perf_counter()
    tagger = ThemeTagger(load_codebook(resources.codebooks_dir() / resources.DEFAULT_CODEBOOK))
    load_s = time.perf_counter() - start
    try:
        docs = corpus_passages()
    except Exception:  # attribution unavailable: paragraphs stand in for passages
        docs = [
            [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            for path in sorted((ROOT / "corpus").glob("*.txt"))
        ]
    texts = [t for d in docs for t in d]
    chars = sum(len(t) for t in texts)
    blank = spacy.blank("en")

    def tokenise() -> None:
        for d in docs:
            list(blank.pipe(d))

    def tag() -> None:
        for d in docs:
            tagger.tag(d)

    start = time.perf_counter()
    tag()
    cold = time.perf_counter() - start
    tokenise()
    # Interleaved, best of REPEATS each: a busy machine slows both alike.
    tok_runs, tag_runs = [], []
    for _ in range(REPEATS):
        tok_runs.append(best(tokenise, 1))
        tag_runs.append(best(tag, 1))
    tok_s, tag_s = min(tok_runs), min(tag_runs)
    print(f"corpus: {len(docs)} documents, {len(texts)} passages, {chars / 1e3:.0f} k chars")
    print(f"codebook load + tagger build: {load_s:.2f} s (once per process)")
    print(f"spacy.blank('en') tokenise: {tok_s * 1e3:.1f} ms")
    print(
        f"tag (warm): {tag_s * 1e3:.1f} ms = {tag_s / tok_s:.2f}x tokenise;"
        f" adds {(tag_s - tok_s) / tok_s:.2f}x on top of tokenising (target <= 1x)"
    )
    print(f"tag the bundled corpus, first run: {cold * 1e3:.0f} ms (target < 1000 ms)")
    rules, tfidf = tagger.rules, tagger.tfidf
    batches = [rules.batch(d) for d in docs]
    steps = {
        "tokens": best(lambda: [rules.batch(d) for d in docs]),
        "rules": best(lambda: [rules.match_batch(b) for b in batches]),
        "tf-idf": best(lambda: [tfidf.similarities_batch(b) for b in batches]),
    }
    # Each step alone runs with warm caches, so the rest (by difference) also absorbs the cost
    # of the steps running one after another on fresh arrays.
    steps["the rest (scoring, context, evidence; by difference)"] = max(
        tag_s - sum(steps.values()), 0.0
    )
    print(
        "tag breakdown: "
        + ", ".join(f"{name} {t * 1e3:.1f} ms ({t / tok_s:.2f}x)" for name, t in steps.items())
    )

    big = [d * 20 for d in docs]

    def tokenise_big() -> None:
        for d in big:
            list(blank.pipe(d))

    def tag_big() -> None:
        for d in big:
            tagger.tag(d)

    tok_big = best(tokenise_big, 2)
    tag_big_s = best(tag_big, 2)
    print(
        f"20x corpus: tokenise {tok_big:.2f} s, tag {tag_big_s:.2f} s"
        f" = {tag_big_s / tok_big:.2f}x tokenise; per-char cost vs 1x:"
        f" {(tag_big_s / 20) / tag_s:.2f}"
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    main()
