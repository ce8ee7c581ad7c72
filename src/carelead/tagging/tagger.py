"""ThemeTagger: rule matches and TF-IDF similarity combined into a ranked, capped list of themes.

For each passage and theme (weights and thresholds from the codebook's `settings`):

    rule  = theme.weight * (1 - 0.5 ** matches)        # 0.5 for one match, 0.75 for two, ...
    tfidf = cosine(passage, theme profile), counted only from settings.tfidf_threshold
    score = rule_weight * rule + tfidf_weight * tfidf

A theme is kept when its score reaches `min_score` and `relative_score` times the passage's best
score; at most `max_themes`, best first (ties by codebook order). The method is `rule`, `tfidf` or
`both` by which of the two contributed; the evidence is the matched words, then the TF-IDF terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from carelead.models import ThemeTag
from carelead.nlp import gc_paused
from carelead.tagging.codebook import Codebook

HEADING_WORDS = 16

if TYPE_CHECKING:
    from spacy.language import Language

    from carelead.tagging.rules import RuleMatch
    from carelead.tagging.theme_model import ThemeModel


def is_heading(text: str) -> bool:
    """A section heading as reports set them: one short line without a closing full stop."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".:;,'\"’”)]" or not stripped[0].isupper():
        return False
    return "\n" not in stripped and len(stripped.split(None, HEADING_WORDS)) <= HEADING_WORDS


def group(matches: Sequence[RuleMatch]) -> dict[str, list[RuleMatch]]:
    """A passage's matches by theme, each theme's in text order."""
    out: dict[str, list[RuleMatch]] = {}
    for m in matches:
        out.setdefault(m.theme, []).append(m)
    return out


class ThemeTagger:
    def __init__(
        self, codebook: Codebook, nlp: Language | None = None, model: ThemeModel | None = None
    ) -> None:
        from carelead.tagging.rules import RuleTagger
        from carelead.tagging.tfidf import TfidfTagger

        self.codebook = codebook
        self.settings = codebook.settings
        self.rules = RuleTagger(codebook, nlp)
        self.tfidf = TfidfTagger(codebook, self.rules.nlp)
        self.weights = {t.id: t.weight for t in codebook.themes}
        self.order = {t.id: i for i, t in enumerate(codebook.themes)}
        self.ids = [t.id for t in codebook.themes]
        self.model = model  # the trained layer for quotations (theme_model), if any

    def tag(
        self, texts: Sequence[str], quotes: Sequence[bool] | None = None
    ) -> list[list[ThemeTag]]:
        """Themes of each text, best first. `texts` are one document's passages in reading order;
        `quotes` marks the quotations, which the trained model (when there is one) chooses for."""
        if not texts:
            return []
        with gc_paused():
            return self._tag(texts, quotes)

    def totals(self, texts: Sequence[str]) -> Any:
        """The passages x themes matrix of total scores (own plus context) before any choice: what
        the trained model reads beside the words (`eval/train_themes.py` trains on it)."""
        with gc_paused():
            return self._matrices(texts)[0]

    def _matrices(self, texts: Sequence[str]) -> tuple[Any, ...]:
        import numpy as np

        batch = self.rules.batch(texts)
        matches = self.rules.match_batch(batch)
        vectors, sims = self.tfidf.similarities_batch(batch)
        grouped = [group(found) for found in matches]
        rule, tfidf, distinct = self.scores(texts, grouped, sims)
        s = self.settings
        own = s.rule_weight * rule + s.tfidf_weight * tfidf
        headings = [is_heading(t) for t in texts]
        # The three contexts in one pass: the same element-wise arithmetic on a stacked array.
        ctx_own, ctx_rule, ctx_tfidf = self.context(np.stack([own, rule, tfidf]), headings)
        total = own + s.context_weight * ctx_own
        return total, rule, tfidf, ctx_rule, ctx_tfidf, distinct, vectors, grouped

    def _tag(self, texts: Sequence[str], quotes: Sequence[bool] | None) -> list[list[ThemeTag]]:
        total, rule, tfidf, ctx_rule, ctx_tfidf, distinct, vectors, grouped = self._matrices(texts)
        s = self.settings
        rows, cols, scores, methods = self.choose(total, rule, tfidf, ctx_rule, ctx_tfidf, distinct)
        if self.model is not None and quotes is not None and any(quotes):
            rows, cols, scores = self._model_choice(texts, quotes, total, rows, cols, scores)
            methods = self._methods(rows, cols, rule, tfidf, ctx_rule, ctx_tfidf)
        counted = (tfidf[rows, cols] > 0).tolist()
        rows_l, cols_l = rows.tolist(), cols.tolist()
        pairs = [(i, j) for i, j, c in zip(rows_l, cols_l, counted, strict=True) if c]
        found = self.tfidf.evidence_pairs(vectors, pairs, s.evidence_terms)
        terms = dict(zip(pairs, found, strict=True))
        out: list[list[ThemeTag]] = [[] for _ in texts]
        for i, j, score, method in zip(rows_l, cols_l, scores, methods, strict=True):
            evidence = self._evidence(i, j, grouped, terms.get((i, j), ()))
            out[i].append(ThemeTag(self.ids[j], method, score, evidence))
        return out

    def choose(
        self, total: Any, rule: Any, tfidf: Any, ctx_rule: Any, ctx_tfidf: Any, distinct: Any
    ) -> tuple[Any, Any, list[float], list[str]]:
        """The tags kept, as (passage, theme) index arrays in rank order, scores and methods.

        Per passage: themes by score (ties by codebook order) with a score of at least
        `min_score` and `relative_score` times the best, or `strong_matches` distinct patterns;
        at most `max_themes`. A theme found through context alone takes its method from the
        neighbours' evidence (rules, TF-IDF, or both). All in whole-matrix numpy operations.
        """
        import numpy as np

        s = self.settings
        order = np.argsort(-total, axis=1, kind="stable")
        ranked = np.take_along_axis(total, order, axis=1)
        best = ranked[:, :1]
        keep = (ranked > 0) & (ranked >= s.min_score) & (ranked >= s.relative_score * best)
        if s.strong_matches:
            strong = np.take_along_axis(distinct >= s.strong_matches, order, axis=1)
            keep |= (ranked > 0) & (ranked >= s.min_score) & strong
        keep &= np.cumsum(keep, axis=1) <= s.max_themes
        rows, pos = np.nonzero(keep)
        cols = order[rows, pos]
        methods = self._methods(rows, cols, rule, tfidf, ctx_rule, ctx_tfidf)
        scores = np.round(ranked[rows, pos], 4).tolist()
        return rows, cols, scores, methods

    def _model_choice(
        self,
        texts: Sequence[str],
        quotes: Sequence[bool],
        total: Any,
        rows: Any,
        cols: Any,
        scores: list[float],
    ) -> tuple[Any, Any, list[float]]:
        """The trained model's themes for the quotations; the rest keep the codebook's choice."""
        import numpy as np

        assert self.model is not None
        index = {theme: j for j, theme in enumerate(self.ids)}
        kept: dict[int, list[tuple[int, float]]] = {}
        for i, j, score in zip(rows.tolist(), cols.tolist(), scores, strict=True):
            if not quotes[i]:
                kept.setdefault(i, []).append((j, score))
        for i, is_quote in enumerate(quotes):
            if is_quote:
                totals = {t: float(v) for t, v in zip(self.ids, total[i], strict=True) if v > 0}
                previous = texts[i - 1] if i and not quotes[i - 1] else ""  # the narrative
                chosen = self.model.choose(
                    texts[i], totals, self.ids, self.settings.max_themes, previous
                )
                kept[i] = [(index[t], round(score, 4)) for t, score in chosen]
        flat = [(i, j, score) for i in sorted(kept) for j, score in kept[i]]
        if not flat:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), []
        r, c, sc = zip(*flat, strict=True)
        return np.asarray(r, dtype=np.int64), np.asarray(c, dtype=np.int64), list(sc)

    def _methods(
        self, rows: Any, cols: Any, rule: Any, tfidf: Any, ctx_rule: Any, ctx_tfidf: Any
    ) -> list[str]:
        """Each tag's method: the passage's own rule and TF-IDF evidence, else its context's."""
        import numpy as np

        own_rule, own_tfidf = rule[rows, cols] > 0, tfidf[rows, cols] > 0
        alone = ~own_rule & ~own_tfidf
        has_rule = np.where(alone, ctx_rule[rows, cols] > 0, own_rule).tolist()
        has_tfidf = np.where(alone, ctx_tfidf[rows, cols] > 0, own_tfidf).tolist()
        return [
            "both" if r and t else "rule" if r else "tfidf"
            for r, t in zip(has_rule, has_tfidf, strict=True)
        ]

    def scores(
        self, texts: Sequence[str], grouped: list[dict[str, list[RuleMatch]]], sims: Any
    ) -> tuple[Any, Any, Any]:
        """Rule and TF-IDF score matrices (passages x themes), before weighting, and the number
        of distinct patterns matched per passage and theme (`grouped`: matches by theme)."""
        import numpy as np

        s = self.settings
        rule = np.zeros((len(texts), len(self.order)))
        distinct = np.zeros((len(texts), len(self.order)), dtype=np.int64)
        order, weights = self.order, self.weights
        for i, by_theme in enumerate(grouped):
            for theme_id, found in by_theme.items():
                j = order[theme_id]
                rule[i, j] = weights[theme_id] * (1 - 0.5 ** len(found))
                distinct[i, j] = len({m.pattern for m in found})
        tfidf = np.asarray(sims, dtype=float)
        tfidf = np.where(tfidf >= s.tfidf_threshold, tfidf, 0.0)
        if s.min_words:
            # At most min_words + 1 pieces: enough to tell whether there are min_words words.
            short = np.array([len(t.split(None, s.min_words)) < s.min_words for t in texts])
            rule[short] = 0.0
            tfidf[short] = 0.0
        return rule, tfidf, distinct

    def context(self, own: Any, headings: Sequence[bool]) -> Any:
        """Each passage's context: its neighbours' scores and its section heading's.

        `own` is a passages x themes matrix, or a stack of them (the last two axes).

        A quotation is usually introduced by narrative that names its subject ("On the NHS, one
        director says:"), quotations on one subject come in runs, and reports group them under
        headings ("Lack of data, lack of research"). So a passage's neighbours within
        `context_window` lend it their themes, `context_decay` per step away, and the latest
        heading-like passage (short, no closing full stop) lends its themes with `heading_weight`.
        Each neighbour is scaled to its own best score so a long narrative passage cannot dominate.
        """
        import numpy as np

        s = self.settings
        n = len(headings)
        ctx = np.zeros_like(own)
        if n < 2:
            return ctx
        peak = own.max(axis=-1, keepdims=True)
        norm = np.divide(own, peak, out=np.zeros_like(own), where=peak > 0)
        if s.context_window:
            total = 0.0
            for d in range(1, s.context_window + 1):
                w = s.context_decay ** (d - 1)
                total += 2 * w
                ctx[..., d:, :] += w * norm[..., :-d, :]
                ctx[..., :-d, :] += w * norm[..., d:, :]
            ctx /= total
        if s.heading_weight:
            under = np.full(n, -1)
            current = -1
            for i, heading in enumerate(headings):
                if heading:
                    current = i
                else:
                    under[i] = current
            rows = under >= 0
            ctx[..., rows, :] += (
                s.heading_weight / max(s.context_weight, 1e-9) * norm[..., under[rows], :]
            )
        return ctx

    def _evidence(
        self, i: int, j: int, grouped: list[dict[str, list[RuleMatch]]], terms: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Matched words (most frequent first), then TF-IDF terms; else the nearest neighbour's words."""
        theme_id = self.ids[j]
        top = self.settings.evidence_terms
        counts: dict[str, int] = {}
        for m in grouped[i].get(theme_id, ()):
            word = m.text.lower()
            counts[word] = counts.get(word, 0) + 1
        # Most frequent first, ties first seen (a stable sort keeps that order under reverse).
        evidence = sorted(counts, key=counts.__getitem__, reverse=True)
        if terms and len(evidence) < top:
            covered = {part for e in evidence for part in e.split()}
            for term in terms:
                if term not in covered and len(evidence) < top:
                    evidence.append(term)
                    covered.add(term)
        if not evidence:
            window = max(self.settings.context_window, 1)
            for d in range(1, window + 1):
                for k in (i - d, i + d):
                    if 0 <= k < len(grouped):
                        evidence.extend(m.text.lower() for m in grouped[k].get(theme_id, ()))
                if evidence:
                    evidence = list(dict.fromkeys(evidence))
                    break
        return tuple(evidence[:top])
