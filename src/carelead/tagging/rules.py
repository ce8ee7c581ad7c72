"""The rule tagger: codebook patterns run through one spaCy Matcher over tokenised passages.

Only the tokenizer runs at tagging time: word patterns were expanded to their inflected forms when
compiled (see `patterns.inflections`), so a Matcher on the lower-case form matches lemmas too.
An `exclude` pattern cancels a theme's matches that overlap it ("training ground" is not training).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


@dataclass(frozen=True)
class RuleMatch:
    """One pattern match: which theme and pattern, the matched text and its character span."""

    theme: str
    pattern: str
    text: str
    start: int
    end: int


MAX_VARIANTS = 5000


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

    def _expand(self, docs: Sequence[Doc]) -> None:
        """Add the forms of `docs` that match a glob; re-add the patterns whose globs grew."""
        if not self.globs:
            return
        new: set[str] = set()
        seen = self.seen
        for doc in docs:
            for tok in doc:
                text = tok.text
                if text not in seen:
                    new.add(text)
                    new.add(text.lower())
        new -= seen
        if not new:
            return
        seen |= new
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

    def tokenise(self, texts: Sequence[str]) -> list[Doc]:
        tokenizer: Any = self.nlp.tokenizer
        docs = list(tokenizer.pipe(texts))
        self._expand(docs)
        return docs

    def match_doc(self, doc: Doc) -> list[RuleMatch]:
        """Every theme match in `doc`, excluded spans removed, in text order."""
        found: list[RuleMatch] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in self.matchers["LOWER"](doc) + self.matchers["ORTH"](doc):
            theme, pattern, exclude = self.keys[match_id]
            span = doc[start:end]
            a, b = span.start_char, span.end_char
            if exclude:
                excluded.setdefault(theme, []).append((a, b))
            else:
                found.append(RuleMatch(theme, pattern, span.text, a, b))
        text = doc.text
        for theme, pattern, exclude, rx in self.regexes:
            try:
                spans = [(m.start(), m.end()) for m in rx.finditer(text, timeout=REGEX_TIMEOUT_S)]
            except TimeoutError:
                raise ConfigError(
                    f"{theme}: pattern {pattern!r} took over {REGEX_TIMEOUT_S:g} s on one passage"
                ) from None
            for a, b in spans:
                if b <= a:
                    continue
                if exclude:
                    excluded.setdefault(theme, []).append((a, b))
                else:
                    found.append(RuleMatch(theme, pattern, text[a:b], a, b))
        if excluded:
            found = [
                m
                for m in found
                if not any(a < m.end and m.start < b for a, b in excluded.get(m.theme, ()))
            ]
        found.sort(key=lambda m: (m.start, m.end, m.theme, m.pattern))
        return found

    def match(self, texts: Sequence[str]) -> list[list[RuleMatch]]:
        return [self.match_doc(doc) for doc in self.tokenise(texts)]
