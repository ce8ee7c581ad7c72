"""Passage splitting and attribution time against spaCy's blank English tokeniser on the same text.

The target (issue 3) is a ratio of at most 1.0: attributing a document costs no more than tokenising it
once with `spacy.blank("en")`. Both are measured in this run, on the seed corpus and on a 20x copy of
it, each the best of several repeats after a warm-up.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3


def best(fn, repeats: int = REPEATS) -> float:  # type: ignore[no-untyped-def]
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


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
        tokenise = best(lambda docs=docs: [blank.make_doc(t) for t in docs])
        attrib = best(lambda docs=docs: [attribute(t, (), lexicon) for t in docs])
        passages = sum(len(attribute(t, (), lexicon)) for t in docs[: len(texts)])
        print(
            f"{label}: {chars / 1e6:.2f} MB, {passages} passages per copy; "
            f"tokenise {tokenise * 1000:.1f} ms, attribute {attrib * 1000:.1f} ms; "
            f"ratio attribute/tokenise = {attrib / tokenise:.2f} (target <= 1.00)"
        )


if __name__ == "__main__":
    main()
