"""Passage splitting and attribution time against spaCy's blank English tokeniser on the same text.

The target (issue 3) is a ratio of at most 1.0: attributing a document costs no more than tokenising it
once with `spacy.blank("en")`. Both are measured in this run, on the seed corpus and on a 20x copy of
it, after a warm-up, as `bench_tagging` measures: the best CPU time of this thread over runs that
alternate between the two, so a busy machine or a drifting clock slows both alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEATS = {"seed corpus": 9, "seed corpus x20": 3}


def interleaved(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """The best CPU time of each of two functions over `repeats` alternating runs, after a warm-up."""
    first()
    second()
    a, b = [], []
    for _ in range(repeats):
        for fn, times in ((first, a), (second, b)):
            start = time.thread_time()
            fn()
            times.append(time.thread_time() - start)
    return min(a), min(b)


def main() -> None:
    import spacy

    from carelead import resources
    from carelead.passages.attribute import attribute
    from carelead.passages.roles import load_lexicon

    lexicon = load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    blank = spacy.blank("en")
    for label, docs in (("seed corpus", texts), ("seed corpus x20", texts * 20)):
        chars = sum(len(t) for t in docs)
        tokenise, attrib = interleaved(
            lambda docs=docs: [blank.make_doc(t) for t in docs],
            lambda docs=docs: [attribute(t, (), lexicon) for t in docs],
            REPEATS[label],
        )
        passages = sum(len(attribute(t, (), lexicon)) for t in docs[: len(texts)])
        print(
            f"{label}: {chars / 1e6:.2f} MB, {passages} passages per copy; "
            f"tokenise {tokenise * 1000:.1f} ms, attribute {attrib * 1000:.1f} ms; "
            f"ratio attribute/tokenise = {attrib / tokenise:.2f} (target <= 1.00)"
        )


if __name__ == "__main__":
    main()
