"""The rule tagger: codebook patterns run through one spaCy Matcher over tokenised passages.

Only the tokenizer runs at tagging time: word patterns were expanded to their inflected forms when
compiled (see `patterns.inflections`), so a Matcher on the lower-case form matches lemmas too.
An `exclude` pattern cancels a theme's matches that overlap it ("training ground" is not training).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from carelead.errors import ConfigError
from carelead.tagging.codebook import Codebook
from carelead.tagging.patterns import (
    Glob,
    compiled_regex,
    lemma_table,
    parse_pattern,
    token_patterns,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

REGEX_TIMEOUT_S = 1.0
SEPARATOR = "\n\n\x00\n\n"


class RuleMatch(NamedTuple):
    """One pattern match: which theme and pattern, the matched text and its character span.

    A NamedTuple rather than a dataclass: a batch makes thousands, and tuples are built fastest.
    """

    theme: str
    pattern: str
    text: str
    start: int
    end: int


MAX_VARIANTS = 5000


def _order(m: RuleMatch) -> tuple[int, int, str, str]:
    return (m.start, m.end, m.theme, m.pattern)


@dataclass
class Batch:
    """Passages tokenised together, with their tokens' attributes as arrays over the batch.

    `offsets[i]` is the batch index of passage i's first token; for batch token t, `passage[t]`
    is its passage and `idx[t]`/`length[t]` its character offset in that passage and its length.
    Reading these arrays (`Doc.to_array`) instead of Token objects keeps Python out of the loop.
    """

    texts: Sequence[str]
    docs: list[Doc]
    offsets: list[int]
    orth: Any
    lower: Any
    idx: Any
    length: Any
    passage: Any


class RuleTagger:
    """Two spaCy PhraseMatchers (lower-case form; exact form for `case:` patterns) for the codebook.

    Each word pattern becomes the phrases of every combination of its words' inflected forms, so a
    match is a hash-trie walk per token rather than a Python predicate per token and pattern. Glob
    words (`leader*`) are expanded lazily: before a batch is matched, each word form not seen before
    is tested against the globs sharing its first letters, and patterns whose globs gained forms
    are re-added. The result never depends on which texts were seen before.
    """

    def __init__(self, codebook: Codebook, nlp: Language | None = None) -> None:
        import regex
        from spacy.matcher import PhraseMatcher

        from carelead.nlp import load_nlp

        self.codebook = codebook
        self.nlp = nlp or load_nlp()
        table = lemma_table(self.nlp)
        self.matchers = {
            "LOWER": PhraseMatcher(self.nlp.vocab, attr="LOWER"),
            "ORTH": PhraseMatcher(self.nlp.vocab, attr="ORTH"),
        }
        self.keys: dict[int, tuple[str, str, bool]] = {}
        self.regexes: list[tuple[str, str, bool, Any]] = []
        self.specs: dict[str, tuple[str, list[dict[str, Any] | Glob]]] = {}
        self.globs: dict[Glob, set[str]] = {}
        self.glob_users: dict[Glob, list[str]] = {}
        self.glob_index: dict[str, list[tuple[Glob, Any]]] = {}
        self.seen: set[str] = set()
        self.seen_ids: set[int] = set()
        for theme in codebook.themes:
            for pattern, exclude in [(p, False) for p in theme.patterns] + [
                (p, True) for p in theme.exclude
            ]:
                parsed = parse_pattern(pattern)
                if parsed.kind == "regex":
                    self.regexes.append((theme.id, pattern, exclude, compiled_regex(parsed.body)))
                    continue
                key = f"{theme.id}\x1f{int(exclude)}\x1f{pattern}"
                self.keys[self.nlp.vocab.strings.add(key)] = (theme.id, pattern, exclude)
                spec = token_patterns(parsed, self.nlp, table)
                self.specs[key] = ("ORTH" if parsed.kind == "case" else "LOWER", spec)
                for tok in spec:
                    if isinstance(tok, Glob):
                        if tok not in self.globs:
                            self.globs[tok] = set()
                            rx = regex.compile(tok.regex)
                            self.glob_index.setdefault(tok.prefix[:2], []).append((tok, rx))
                        self.glob_users.setdefault(tok, []).append(key)
                self._add(key)

    def _add(self, key: str) -> None:
        """(Re-)add the phrases of pattern `key` from its words' current forms."""
        import itertools

        from spacy.tokens import Doc

        attr, spec = self.specs[key]
        choices: list[list[str]] = []
        for tok in spec:
            if isinstance(tok, Glob):
                choices.append(sorted(self.globs[tok]))
            else:
                value = next(iter(tok.values()))
                choices.append(sorted(value["IN"]) if isinstance(value, dict) else [value])
        if not all(choices):
            return
        matcher = self.matchers[attr]
        if key in matcher:
            matcher.remove(key)
        combos = itertools.islice(itertools.product(*choices), MAX_VARIANTS)
        matcher.add(key, [Doc(self.nlp.vocab, words=list(c)) for c in combos])

    def _expand_ids(self, ids: set[int]) -> None:
        """Add the word forms (ORTH hashes) that match a glob; re-add the patterns whose globs grew.

        Hashes come straight from the token arrays: iterating Token objects in Python would cost
        more than the tokeniser itself.
        """
        if not self.globs:
            return
        ids = ids - self.seen_ids
        if not ids:
            return
        self.seen_ids |= ids
        strings = self.nlp.vocab.strings
        new: set[str] = set()
        for h in ids:
            text = strings[h]
            new.add(text)
            new.add(text.lower())
        new -= self.seen
        self.seen |= new
        grown: set[Glob] = set()
        for form in sorted(new):
            for prefix in {form[:2], form[:1], ""}:
                for glob, rx in self.glob_index.get(prefix, ()):
                    if glob.attr == "LOWER" and form != form.lower():
                        continue
                    if rx.fullmatch(form):
                        self.globs[glob].add(form)
                        grown.add(glob)
        for key in sorted({k for g in grown for k in self.glob_users[g]}):
            self._add(key)

    def batch(self, texts: Sequence[str]) -> Batch:
        """Tokenise `texts` (one Doc each, so the tokenizer's word cache works) with token arrays."""
        import numpy as np

        tokenizer: Any = self.nlp.tokenizer
        docs = list(tokenizer.pipe(texts))
        from spacy.attrs import IDX, LENGTH, LOWER, ORTH

        attrs = [ORTH, LOWER, IDX, LENGTH]  # attribute ids: names would be looked up per call
        arrays = [d.to_array(attrs) for d in docs if len(d)]
        arr = np.concatenate(arrays) if arrays else np.zeros((0, 4), dtype=np.uint64)
        sizes = [len(d) for d in docs]
        passage = np.repeat(np.arange(len(docs)), sizes)
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64).tolist()
        self._expand_ids(set(np.unique(arr[:, 0]).tolist()))
        return Batch(
            texts,
            docs,
            offsets,
            arr[:, 0],
            arr[:, 1],
            arr[:, 2].astype(np.int64),
            arr[:, 3].astype(np.int64),
            passage,
        )

    def match_batch(self, batch: Batch) -> list[list[RuleMatch]]:
        """Every theme match of each passage of `batch`, excluded spans removed, in text order."""
        texts = batch.texts
        found: list[list[RuleMatch]] = [[] for _ in texts]
        excluded: list[dict[str, list[tuple[int, int]]]] = [{} for _ in texts]
        lower, orth = self.matchers["LOWER"], self.matchers["ORTH"]
        idx: list[int] = []
        length: list[int] = []
        for i, doc in enumerate(batch.docs):
            hits = lower(doc) + orth(doc)
            if not hits:
                continue
            if not idx:
                idx, length = batch.idx.tolist(), batch.length.tolist()
            base = batch.offsets[i]
            for match_id, start, end in hits:
                theme, pattern, exclude = self.keys[match_id]
                a = idx[base + start]
                b = idx[base + end - 1] + length[base + end - 1]
                if exclude:
                    excluded[i].setdefault(theme, []).append((a, b))
                else:
                    found[i].append(RuleMatch(theme, pattern, texts[i][a:b], a, b))
        for i, spans in enumerate(self.regex_spans(texts)):
            for k, a, b in spans:
                theme, pattern, exclude, _ = self.regexes[k]
                if exclude:
                    excluded[i].setdefault(theme, []).append((a, b))
                else:
                    found[i].append(RuleMatch(theme, pattern, texts[i][a:b], a, b))
        out = []
        for matches, ex in zip(found, excluded, strict=True):
            if ex:
                matches = [
                    m
                    for m in matches
                    if not any(a < m.end and m.start < b for a, b in ex.get(m.theme, ()))
                ]
            matches.sort(key=_order)
            out.append(matches)
        return out

    def regex_spans(
        self,
        texts: Sequence[str],
        joined: str | None = None,
        starts: list[int] | None = None,
    ) -> list[list[tuple[int, int, int]]]:
        """Per text, (regex index, start, end) of every regex pattern match.

        The texts are joined with a separator no pattern is meant to cross, so each regex runs
        once per batch instead of once per passage; matches that cross a separator are dropped.
        """
        import bisect

        out: list[list[tuple[int, int, int]]] = [[] for _ in texts]
        if not self.regexes or not texts:
            return out
        if joined is None or starts is None:
            starts = []
            pos = 0
            for text in texts:
                starts.append(pos)
                pos += len(text) + len(SEPARATOR)
            joined = SEPARATOR.join(texts)
        for k, (theme, pattern, _, rx) in enumerate(self.regexes):
            try:
                spans = [(m.start(), m.end()) for m in rx.finditer(joined, timeout=REGEX_TIMEOUT_S)]
            except TimeoutError:
                raise ConfigError(
                    f"{theme}: pattern {pattern!r} took over {REGEX_TIMEOUT_S:g} s"
                ) from None
            for a, b in spans:
                i = bisect.bisect_right(starts, a) - 1
                lo = starts[i]
                if b <= a or b > lo + len(texts[i]):
                    continue
                out[i].append((k, a - lo, b - lo))
        return out

    def match(self, texts: Sequence[str]) -> list[list[RuleMatch]]:
        return self.match_batch(self.batch(texts))
