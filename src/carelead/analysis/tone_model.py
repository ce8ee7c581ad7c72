"""A trained layer over lexicon tone: logistic regression on a passage's words and its lexicon score.

Lexicon tone reads evaluative words; policy prose often states a stance as an account ("our turnover
has halved", "the council listens to us now") that no lexicon scores. The model learns such wording
from hand-coded quotations of the genre: its features are TF-IDF weights of word unigrams and bigrams
(as scikit-learn's TfidfVectorizer computes them: lower-cased words of two or more characters,
sublinear term frequency, smoothed idf, L2-normalised), with the words in a negation's scope marked
("not NOT_valued"), and the passage's lexicon compound; a passage's tone is 2 * P(positive) - 1, in
[-1, 1] like the lexicon's.

The model is a JSON file (`codebooks/tone-model.json`, named by `model:` in the tone overrides) that
`eval/train_tone.py` writes from annotated sets; scoring needs numpy only. `train()` uses
scikit-learn and is imported only when training.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from carelead.yamlconf import load_json_model

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
# with negation marking: words, and the punctuation that ends a negation's scope
SCOPED = re.compile(r"(?u)\b\w\w+\b|[.,;:!?]")
SCOPE_ENDS = frozenset(".,;:!?")
# a word that negates what follows it, to the next punctuation: "not", "never", and the stems the
# token pattern leaves of contractions ("don't" -> "don")
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "nobody",
        "none",
        "cannot",
        "without",
        "neither",
        "nor",
        "don",
        "isn",
        "aren",
        "wasn",
        "weren",
        "doesn",
        "didn",
        "haven",
        "hasn",
        "hadn",
        "wouldn",
        "couldn",
        "shouldn",
        "mustn",
    ]
)
NEGATED = "NOT_"


class ToneModelFile(BaseModel):
    """The saved model: vocabulary (term -> column), idf and weights per column, and the weight of
    the lexicon compound."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    description: str = ""
    trained_on: list[str] = []
    ngrams: tuple[int, int] = (1, 2)
    negation: bool = False  # words after a negator, to the next punctuation, marked NOT_word
    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[float]
    lexicon_coef: float
    intercept: float
    c: float = Field(default=1.0, gt=0)  # the regularisation it was trained with, for the record

    @model_validator(mode="after")
    def _consistent(self) -> ToneModelFile:
        n = len(self.vocabulary)
        if len(self.idf) != n or len(self.coef) != n:
            raise ValueError(
                f"vocabulary ({n}), idf ({len(self.idf)}) and coef ({len(self.coef)}) differ in length"
            )
        if sorted(self.vocabulary.values()) != list(range(n)):
            raise ValueError("vocabulary columns must be 0..n-1, each once")
        if not 1 <= self.ngrams[0] <= self.ngrams[1] <= 3:
            raise ValueError("ngrams must be (min, max) with 1 <= min <= max <= 3")
        return self


def terms(text: str, ngrams: tuple[int, int], negation: bool = False) -> list[str]:
    """The word n-grams of `text`, as scikit-learn's word analyzer makes them; with `negation`,
    the words after a negator up to the next punctuation are marked ("it is not a NOT_career NOT_any
    NOT_more"), so that "not valued" and "valued" are different evidence."""
    if negation:
        words = []
        negated = False
        for token in SCOPED.findall(text.lower()):
            if token in SCOPE_ENDS:
                negated = False
                continue
            words.append(NEGATED + token if negated else token)
            negated = negated or token in NEGATORS
    else:
        words = TOKEN.findall(text.lower())
    lo, hi = ngrams
    out = words[:] if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        out.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


class ToneModel:
    """A loaded model; `score` is pure and deterministic."""

    def __init__(self, spec: ToneModelFile) -> None:
        self.spec = spec

    @classmethod
    def load(cls, path: Path) -> ToneModel:
        """Read and validate a saved model; ConfigError naming the file on any problem."""
        return cls(load_json_model(Path(path), ToneModelFile))

    def decision(self, text: str, lexicon: float) -> float:
        """The logistic regression's log-odds of a positive stance."""
        spec = self.spec
        counts = Counter(
            j
            for t in terms(text, spec.ngrams, spec.negation)
            if (j := spec.vocabulary.get(t)) is not None
        )
        weights = {j: (1 + math.log(tf)) * spec.idf[j] for j, tf in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        z = spec.intercept + spec.lexicon_coef * lexicon
        if norm:
            z += sum(w * spec.coef[j] for j, w in weights.items()) / norm
        return z

    def score(self, texts: Sequence[str], lexicon: Sequence[float]) -> list[float]:
        """Each passage's tone: 2 * P(positive) - 1, rounded to 4 decimals; 0 (neutral) for a passage
        with neither a word the model knows nor a lexicon score, where P would be its prior alone."""
        out = []
        for text, lex in zip(texts, lexicon, strict=True):
            if not lex and not self.known(text):
                out.append(0.0)
                continue
            z = self.decision(text, lex)
            out.append(round(2 / (1 + math.exp(-z)) - 1, 4))
        return out

    def known(self, text: str) -> bool:
        """Whether `text` holds a term of the model's vocabulary."""
        vocabulary = self.spec.vocabulary
        return any(t in vocabulary for t in terms(text, self.spec.ngrams, self.spec.negation))


def train(
    texts: Sequence[str],
    lexicon: Sequence[float],
    positive: Sequence[bool],
    *,
    c: float = 3.0,
    min_df: int = 2,
    ngrams: tuple[int, int] = (1, 2),
    negation: bool = False,
    trained_on: Sequence[str] = (),
    description: str = "",
) -> ToneModelFile:
    """Fit the model on passages with a known stance (scikit-learn, deterministic). The vectorizer
    reads each text with `terms`, the function scoring uses, so the two see the same n-grams."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=partial(terms, ngrams=ngrams, negation=negation), min_df=min_df, sublinear_tf=True
    )
    words = vectorizer.fit_transform(texts)
    features = hstack([words, csr_matrix(np.asarray(lexicon, dtype=float)[:, None])]).tocsr()
    fit = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    fit.fit(features, np.asarray(positive, dtype=int))
    coef = fit.coef_[0]
    vocabulary = {term: int(j) for term, j in sorted(vectorizer.vocabulary_.items())}
    return ToneModelFile(
        description=description,
        trained_on=list(trained_on),
        ngrams=ngrams,
        negation=negation,
        vocabulary=vocabulary,
        idf=[round(float(v), 6) for v in vectorizer.idf_],
        coef=[round(float(v), 6) for v in coef[:-1]],
        lexicon_coef=round(float(coef[-1]), 6),
        intercept=round(float(fit.intercept_[0]), 6),
        c=c,
    )


def save(spec: ToneModelFile, path: Path) -> None:
    """Write the model as JSON with sorted keys, so the same model is the same bytes."""
    data: dict[str, Any] = spec.model_dump()
    Path(path).write_text(json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
