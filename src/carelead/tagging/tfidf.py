"""The TF-IDF tagger: each theme is a profile built from its description, patterns and examples.

The vectoriser (scikit-learn) is fitted on the theme profiles alone, so a passage's score never
depends on which other passages are tagged with it: the same passage always gets the same scores.
Terms are lower-cased and lemmatised with spaCy's lookup table; English stop words and the
codebook's own `settings.stop_words` (words every theme shares, such as "care" or "leadership")
are dropped. A
passage's score for a theme is the cosine similarity of the two TF-IDF vectors; its evidence is the
terms contributing most to that product.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carelead.tagging.codebook import Codebook
from carelead.tagging.patterns import lemma_table, parse_pattern

if TYPE_CHECKING:
    from spacy.language import Language

WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


@dataclass(frozen=True)
class TfidfScore:
    theme: str
    score: float
    evidence: tuple[str, ...]


class Analyzer:
    """Lower-case words, lemmatised by lookup, stop words and one-letter words dropped."""

    def __init__(self, table: Any, extra_stop: Sequence[str] = ()) -> None:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        self.table = table
        self.stop = set(ENGLISH_STOP_WORDS) | {"said", "says", "say", "think", "just", "like"}
        self.stop |= {w.lower() for w in extra_stop}
        self.cache: dict[str, str | None] = {}

    def __call__(self, text: str) -> list[str]:
        out = []
        cache = self.cache
        for word in WORD.findall(text.lower().replace("’", "'")):
            term = cache.get(word, "")
            if term == "":
                term = self._term(word)
                cache[word] = term
            if term is not None:
                out.append(term)
        return out

    def _term(self, word: str) -> str | None:
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 2 or word in self.stop:
            return None
        lemma = self.table.get(word, word)
        if not isinstance(lemma, str):
            lemma = lemma[0] if lemma else word
        return None if lemma in self.stop else lemma


def theme_profile(theme: Any) -> str:
    """The text a theme is represented by: label, description, word patterns, examples."""
    parts = [theme.label, theme.description]
    for pattern in theme.patterns:
        parsed = parse_pattern(pattern)
        if parsed.kind != "regex":
            parts.append(parsed.body.replace("*", "").replace("?", ""))
    parts.extend(theme.examples)
    return "\n".join(parts)


class TfidfTagger:
    def __init__(self, codebook: Codebook, nlp: Language | None = None) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from carelead.nlp import load_nlp

        self.codebook = codebook
        self.analyzer = Analyzer(lemma_table(nlp or load_nlp()), codebook.settings.stop_words)
        self.vectorizer = TfidfVectorizer(analyzer=self.analyzer, sublinear_tf=True)
        profiles = [theme_profile(t) for t in codebook.themes]
        self.matrix = self.vectorizer.fit_transform(profiles).toarray()
        self.terms = self.vectorizer.get_feature_names_out()
        self.ids = [t.id for t in codebook.themes]

    def similarities(self, texts: Sequence[str]) -> tuple[Any, Any]:
        """The passages' TF-IDF vectors (sparse rows) and their cosine with every theme."""
        vectors = self.vectorizer.transform(texts).tocsr()
        return vectors, vectors @ self.matrix.T

    def evidence(self, vectors: Any, i: int, j: int, top: int) -> tuple[str, ...]:
        """The `top` terms contributing most to passage i's similarity with theme j."""
        lo, hi = vectors.indptr[i], vectors.indptr[i + 1]
        cols = vectors.indices[lo:hi]
        contrib = vectors.data[lo:hi] * self.matrix[j, cols]
        order = sorted(
            (float(-c), str(self.terms[col])) for c, col in zip(contrib, cols, strict=True) if c > 0
        )
        return tuple(term for _, term in order[:top])

    def score(self, texts: Sequence[str], top: int = 5) -> list[list[TfidfScore]]:
        """Per text, every theme with a positive score, best first, with its top terms."""
        if not texts:
            return []
        vectors, sims = self.similarities(texts)
        out: list[list[TfidfScore]] = []
        for i in range(len(texts)):
            scores = [
                TfidfScore(self.ids[j], float(sims[i, j]), self.evidence(vectors, i, int(j), top))
                for j in sims[i].nonzero()[0]
            ]
            scores.sort(key=lambda s: (-s.score, s.theme))
            out.append(scores)
        return out
