"""A trained layer over the rule and TF-IDF taggers, for quotations: one logistic regression a theme.

The codebook's taggers score every theme from its patterns and profile; which of the candidates a
coder would pick for a quotation also depends on wording the patterns do not hold. The model learns
that from hand-coded quotations of the genre: for each theme, a logistic regression on the
quotation's word unigrams (TF-IDF as scikit-learn's TfidfVectorizer computes them: lower-cased
words of two or more characters, English stop words out, sublinear term frequency, smoothed idf,
L2-normalised), plus `context` times those of the narrative passage before it (a quotation's
lead-in often names its subject: "On pay, one manager was blunt:"), and the taggers' total scores
for every theme (own plus context). A theme's score is

    alpha * P(theme) + (1 - alpha) * min(total / scale, 1)

and a quotation keeps the themes scoring at least `threshold` and `relative` times its best, at
most the codebook's `max_themes`, and always its best-scoring theme with any tagger evidence. A
theme needs tagger evidence (total > 0) to be kept, so every tag still has a method and evidence;
themes the model was not trained on are scored by the taggers' part alone.

The model is a JSON file named by `model:` in the codebook (`eval/train_themes.py`, `make
theme-model`, writes it); scoring needs numpy only, `train()` imports scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from carelead.yamlconf import load_json_model

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


class ThemeModelFile(BaseModel):
    """The saved model: vocabulary (term -> column) and idf; per theme, weights over the columns
    and over the taggers' scores of the `themes`, and an intercept; the selection constants."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    description: str = ""
    trained_on: list[str] = []
    themes: list[str] = Field(min_length=1)  # the theme ids, in the order of the score features
    vocabulary: dict[str, int]
    idf: list[float]
    coef: dict[str, list[float]]  # theme id -> weights: vocabulary columns, then `themes` scores
    intercept: dict[str, float]
    alpha: float = Field(default=0.5, ge=0.0, le=1.0)
    scale: float = Field(default=2.0, gt=0.0)
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    relative: float = Field(default=0.45, ge=0.0, le=1.0)
    c: float = Field(default=1.0, gt=0)  # the regularisation it was trained with, for the record
    # the weight of the passage before's words beside the quotation's own: the narrative that
    # introduces a quotation often says what it is about ("On pay, one manager was blunt:")
    context: float = Field(default=0.0, ge=0.0)

    @model_validator(mode="after")
    def _consistent(self) -> ThemeModelFile:
        n = len(self.vocabulary)
        if len(self.idf) != n:
            raise ValueError(f"vocabulary ({n}) and idf ({len(self.idf)}) differ in length")
        if sorted(self.vocabulary.values()) != list(range(n)):
            raise ValueError("vocabulary columns must be 0..n-1, each once")
        if len(set(self.themes)) != len(self.themes):
            raise ValueError("themes must be unique")
        width = n + len(self.themes)
        for theme, weights in self.coef.items():
            if theme not in self.themes:
                raise ValueError(f"coef: {theme!r} is not one of themes")
            if len(weights) != width:
                raise ValueError(f"coef.{theme}: {len(weights)} weights, expected {width}")
        if set(self.intercept) != set(self.coef):
            raise ValueError("intercept and coef must name the same themes")
        return self


class ThemeModel:
    """A loaded model; `choose` is pure and deterministic."""

    def __init__(self, spec: ThemeModelFile) -> None:
        self.spec = spec

    @classmethod
    def load(cls, path: Path) -> ThemeModel:
        """Read and validate a saved model; ConfigError naming the file on any problem."""
        return cls(load_json_model(Path(path), ThemeModelFile))

    def words(self, text: str) -> dict[int, float]:
        """The passage's TF-IDF vector over the vocabulary, as column -> weight."""
        spec = self.spec
        counts = Counter(
            j for t in TOKEN.findall(text.lower()) if (j := spec.vocabulary.get(t)) is not None
        )
        weights = {j: (1 + math.log(tf)) * spec.idf[j] for j, tf in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {j: w / norm for j, w in weights.items()} if norm else {}

    def probabilities(
        self, text: str, totals: dict[str, float], previous: str = ""
    ) -> dict[str, float]:
        """P(theme) for each theme the model knows, from the text, the passage before it and the
        taggers' totals."""
        spec = self.spec
        n = len(spec.vocabulary)
        vector = self.words(text)
        if spec.context and previous:
            for j, w in self.words(previous).items():
                vector[j] = vector.get(j, 0.0) + spec.context * w
        scores = [totals.get(t, 0.0) for t in spec.themes]
        out = {}
        for theme, coef in spec.coef.items():
            z = spec.intercept[theme] + sum(w * coef[j] for j, w in vector.items())
            z += sum(s * coef[n + k] for k, s in enumerate(scores) if s)
            out[theme] = 1 / (1 + math.exp(-z))
        return out

    def choose(
        self,
        text: str,
        totals: dict[str, float],
        order: Sequence[str],
        max_themes: int,
        previous: str = "",
    ) -> list[tuple[str, float]]:
        """The quotation's themes and their blended scores, best first (ties in `order`);
        `previous` is the text of the narrative passage before it, if there is one."""
        spec = self.spec
        p = self.probabilities(text, totals, previous)
        blended = []
        for rank, theme in enumerate(order):
            total = totals.get(theme, 0.0)
            if total <= 0:
                continue  # no tagger evidence: never a tag
            tagger = min(total / spec.scale, 1.0)
            score = spec.alpha * p[theme] + (1 - spec.alpha) * tagger if theme in p else tagger
            blended.append((-score, rank, theme))
        if not blended:
            return []
        blended.sort()
        best = -blended[0][0]
        kept = [
            (theme, -neg)
            for neg, _, theme in blended
            if -neg >= spec.threshold and -neg >= spec.relative * best
        ][:max_themes]
        return kept or [(blended[0][2], best)]


def train(
    texts: Sequence[str],
    totals: Sequence[Sequence[float]],
    gold: Sequence[set[str]],
    themes: Sequence[str],
    *,
    previous: Sequence[str] | None = None,
    context: float = 0.0,
    c: float = 1.0,
    min_df: int = 2,
    trained_on: Sequence[str] = (),
    description: str = "",
) -> ThemeModelFile:
    """Fit one logistic regression a theme on quotations with known themes (deterministic).
    `totals[i]` are quotation i's tagger totals in the order of `themes`; `previous[i]` is the text
    of the passage before it, whose words count `context` times beside its own."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(min_df=min_df, sublinear_tf=True, stop_words="english")
    words = vectorizer.fit_transform(texts)
    if context and previous is not None:
        words = words + context * vectorizer.transform(previous)
    features = hstack([words, csr_matrix(np.asarray(totals, dtype=float))]).tocsr()
    vocabulary = {term: int(j) for term, j in vectorizer.vocabulary_.items()}
    coef: dict[str, list[float]] = {}
    intercept: dict[str, float] = {}
    for theme in themes:
        y = np.asarray([theme in g for g in gold], dtype=int)
        if y.sum() < 2 or y.sum() == len(y):
            continue  # too few examples to learn from: the taggers alone score it
        fit = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        fit.fit(features, y)
        coef[theme] = [round(float(v), 6) for v in fit.coef_[0]]
        intercept[theme] = round(float(fit.intercept_[0]), 6)
    return ThemeModelFile(
        description=description,
        trained_on=list(trained_on),
        themes=list(themes),
        vocabulary=dict(sorted(vocabulary.items())),
        idf=[round(float(v), 6) for v in vectorizer.idf_],
        coef=coef,
        intercept=intercept,
        c=c,
        context=context,
    )


def save(spec: ThemeModelFile, path: Path) -> None:
    """Write the model as JSON with sorted keys, so the same model is the same bytes."""
    data: dict[str, Any] = spec.model_dump()
    Path(path).write_text(json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
