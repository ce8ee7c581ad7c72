"""The TF-IDF tagger: each theme is a profile built from its description, patterns and examples.

The vectoriser (scikit-learn) is fitted on the theme profiles alone, so a passage's score never
depends on which other passages are tagged with it: the same passage always gets the same scores.
Terms are lower-cased and lemmatised with spaCy's lookup table; English stop words and the
codebook's own `settings.stop_words` (words every theme shares, such as "care" or "leadership")
are dropped. A passage's score for a theme is the cosine similarity of the two TF-IDF vectors;
its evidence is the terms contributing most to that product. Passages already tokenised by the
rule tagger are counted straight from their token arrays, so the text is tokenised once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carelead.nlp import lemma_table
from carelead.tagging.codebook import Codebook
from carelead.tagging.patterns import parse_pattern

if TYPE_CHECKING:
    from spacy.language import Language

    from carelead.tagging.rules import Batch

# Plurals whose lookup lemma reads wrongly in this domain ("data" -> "datum", "media" -> "medium").
KEEP_FORMS = frozenset({"data", "media", "criteria", "agenda"})
WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


@dataclass(frozen=True)
class TfidfScore:
    theme: str
    score: float
    evidence: tuple[str, ...]


class Analyzer:
    """Terms of a text: spaCy tokens, lower-cased and lemmatised by lookup, stop words dropped.

    The same mapping serves the vectoriser's fit (on the theme profiles, through `__call__`) and
    the fast path that counts terms straight from already tokenised passages (`term`).
    """

    def __init__(self, nlp: Language, table: Any, extra_stop: Sequence[str] = ()) -> None:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        self.nlp = nlp
        self.table = table
        self.stop = set(ENGLISH_STOP_WORDS) | {"said", "says", "say", "think", "just", "like"}
        self.stop |= {w.lower() for w in extra_stop}
        self.cache: dict[str, str | None] = {}

    def __call__(self, text: str) -> list[str]:
        out = []
        for tok in self.nlp.tokenizer(text):
            term = self.term(tok.lower_)
            if term is not None:
                out.append(term)
        return out

    def term(self, lower: str) -> str | None:
        """The term a lower-case token stands for, or None (stop word, number, punctuation)."""
        if lower in self.cache:
            return self.cache[lower]
        word = lower.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        term: str | None = None
        if WORD.fullmatch(word) and len(word) >= 2 and word not in self.stop:
            lemma = word if word in KEEP_FORMS else self.table.get(word, word)
            if not isinstance(lemma, str):
                lemma = lemma[0] if lemma else word
            term = None if lemma in self.stop else lemma
        self.cache[lower] = term
        return term


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
        self.nlp = nlp or load_nlp()
        self.analyzer = Analyzer(self.nlp, lemma_table(self.nlp), codebook.settings.stop_words)
        self.vectorizer = TfidfVectorizer(analyzer=self.analyzer, sublinear_tf=True)
        profiles = [theme_profile(t) for t in codebook.themes]
        self.matrix = self.vectorizer.fit_transform(profiles).toarray()
        self.terms = self.vectorizer.get_feature_names_out()
        self.term_list = [str(t) for t in self.terms]
        self.columns: dict[int, int] = {}  # LOWER hash -> column (-1: no term)
        self.form_source: list[str] | None = None
        self.form_columns: Any = None
        self.ids = [t.id for t in codebook.themes]

    def _column(self, h: int) -> int:
        col = self.columns.get(h)
        if col is None:
            term = self.analyzer.term(self.nlp.vocab.strings[h])
            col = -1 if term is None else self.vectorizer.vocabulary_.get(term, -1)
            self.columns[h] = col
        return col

    def vectors_from(self, hashes: Any, rows: Any, n: int) -> Any:
        """TF-IDF rows from token LOWER hashes and the passage row of each token.

        Counted in one vectorised pass over the token arrays rather than by re-tokenising.
        """
        import numpy as np

        uniq, inverse = np.unique(hashes, return_inverse=True)
        colmap = np.array([self._column(int(h)) for h in uniq.tolist()], dtype=np.int64)
        cols = colmap[inverse] if len(uniq) else np.zeros(0, dtype=np.int64)
        return self.vectors_from_columns(cols, rows, n)

    def vectors_from_columns(self, cols: Any, rows: Any, n: int) -> Any:
        """TF-IDF rows from each token's term column (-1: no term) and passage row."""
        import numpy as np
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        width = len(self.term_list)
        keep = cols >= 0
        counts = sp.csr_matrix(
            (np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(n, width)
        )
        counts.sum_duplicates()
        counts.data = 1.0 + np.log(counts.data)
        weighted = sp.csr_matrix(counts.multiply(self.vectorizer.idf_))
        return normalize(weighted, norm="l2", copy=False)

    def _form_columns(self, forms: list[str]) -> Any:
        """The term column of each of the rule tagger's token forms (-1: no term), by id."""
        import numpy as np

        if self.form_source is not forms:
            self.form_source, self.form_columns = forms, np.zeros(0, dtype=np.int64)
        have = len(self.form_columns)
        if have < len(forms):
            vocabulary = self.vectorizer.vocabulary_
            new = []
            for form in forms[have:]:
                term = self.analyzer.term(form)
                new.append(-1 if term is None else vocabulary.get(term, -1))
            self.form_columns = np.concatenate([self.form_columns, np.array(new, dtype=np.int64)])
        return self.form_columns

    def similarities_batch(self, batch: Batch) -> tuple[Any, Any]:
        """As `similarities`, from the rule tagger's token arrays (term columns by token id)."""
        cols = self._form_columns(batch.forms)[batch.lower_ids]
        vectors = self.vectors_from_columns(cols, batch.passage, len(batch.texts))
        return vectors, vectors @ self.matrix.T

    def similarities(self, texts: Sequence[str]) -> tuple[Any, Any]:
        """The passages' TF-IDF vectors (sparse rows) and their cosine with every theme."""
        import numpy as np

        tokenizer: Any = self.nlp.tokenizer
        arrays = [d.to_array("LOWER") for d in tokenizer.pipe(texts)]
        hashes = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
        rows = np.repeat(np.arange(len(texts)), [len(a) for a in arrays])
        vectors = self.vectors_from(hashes, rows, len(texts))
        return vectors, vectors @ self.matrix.T

    def evidence(self, vectors: Any, i: int, j: int, top: int) -> tuple[str, ...]:
        """The `top` terms contributing most to passage i's similarity with theme j."""
        return self.evidence_pairs(vectors, [(i, j)], top)[0]

    def evidence_pairs(
        self, vectors: Any, pairs: Sequence[tuple[int, int]], top: int
    ) -> list[tuple[str, ...]]:
        """`evidence` for many (passage, theme) pairs at once: one sparse product for them all."""
        import numpy as np

        if not pairs:
            return []
        rows = np.array([p[0] for p in pairs])
        themes = np.array([p[1] for p in pairs])
        picked = vectors[rows]
        # Each stored entry times the theme's weight of its term: the product's only non-zeros.
        owner = np.repeat(themes, np.diff(picked.indptr))
        values = picked.data * self.matrix[owner, picked.indices]
        # Plain lists once, then small per-row sorts: cheaper than numpy calls per row.
        data, cols, ptr = values.tolist(), picked.indices.tolist(), picked.indptr.tolist()
        terms = self.term_list
        out = []
        for r in range(len(pairs)):
            lo, hi = ptr[r], ptr[r + 1]
            ranked = sorted(
                (-c, col) for c, col in zip(data[lo:hi], cols[lo:hi], strict=True) if c > 0
            )
            out.append(tuple(terms[col] for _, col in ranked[:top]))
        return out

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
