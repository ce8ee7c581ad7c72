"""Codebook pattern strings: parsing, validation, and compilation to spaCy Matcher token patterns.

    leader             a word: any inflected form of its lemma (leader, leaders), case-insensitive
    personal budget*   a phrase, word by word; `*` (any letters) and `?` (one letter) are globs
    case:CQC           case-sensitive, exact forms (no inflection)
    re:\\bICSs?\\b       a regular expression over the passage text, case-insensitive unless `(?-i)`

Words are tokenised with the same spaCy tokenizer as the text, so `co-production` and
`hospital discharge` match whole words only. Inflections come from spaCy's English lemma lookup
table: a candidate form (`+s`, `+es`, `+ed`, `+ing`, ...) is kept when the table maps it back to the
pattern's lemma, so matching needs only the tokenizer at run time, not a lemmatizer pass.

Regular expressions are compiled with the `regex` package and refused at load when they nest one
unbounded quantifier inside another (`(a+)+`, `(\\w*)*`), the shape that backtracks exponentially;
matching also runs with a timeout as a second guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

REGEX_PREFIX = "re:"
CASE_PREFIX = "case:"
GLOB_CHARS = "*?"
_STAR = "qqglobstarqq"
_QMARK = "qqglobqmarkqq"


@dataclass(frozen=True)
class ParsedPattern:
    source: str
    kind: str  # "words" | "case" | "regex"
    body: str


def parse_pattern(pattern: str) -> ParsedPattern:
    if pattern.startswith(REGEX_PREFIX):
        return ParsedPattern(pattern, "regex", pattern[len(REGEX_PREFIX) :])
    if pattern.startswith(CASE_PREFIX):
        return ParsedPattern(pattern, "case", pattern[len(CASE_PREFIX) :].strip())
    return ParsedPattern(pattern, "words", " ".join(pattern.split()))


def validate_pattern(pattern: str) -> str | None:
    """None when `pattern` is usable, else what is wrong with it."""
    parsed = parse_pattern(pattern)
    if not parsed.body.strip():
        return "empty pattern"
    if parsed.kind == "regex":
        return regex_problem(parsed.body)
    if parsed.kind == "words" and all(c in GLOB_CHARS + " " for c in parsed.body):
        return "a pattern of globs alone matches every word"
    return None


def regex_problem(body: str) -> str | None:
    """Why a regular expression is refused: it does not compile, or it nests quantifiers."""
    import re

    import regex

    try:
        regex.compile(body)
    except regex.error as exc:
        return f"invalid regular expression: {exc}"
    import importlib

    try:
        sre_parse: Any = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        sre_parse = importlib.import_module("sre_parse")
    try:
        tree = sre_parse.parse(body, re.IGNORECASE)
    except (re.error, ValueError, OverflowError):
        return (
            None  # valid for `regex` but not `re` (possessives, Unicode classes): trust the timeout
        )
    if _nested_repeat(tree, inside=False):
        return (
            "nested quantifiers such as (a+)+ can take exponential time; "
            "rewrite without repeating a repeated group"
        )
    return None


def _nested_repeat(items: Any, inside: bool) -> bool:
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _low, high, sub = av
            unbounded = high is None or high > 100 or str(high) == "MAXREPEAT"
            if unbounded and inside:
                return True
            if _nested_repeat(sub, inside or unbounded):
                return True
        elif name == "SUBPATTERN":
            if _nested_repeat(av[-1], inside):
                return True
        elif name == "BRANCH":
            for branch in av[1]:
                if _nested_repeat(branch, inside):
                    return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _nested_repeat(av[1], inside):
                return True
        elif name == "ATOMIC_GROUP" and _nested_repeat(av, inside):
            return True
    return False


# -- compilation to Matcher patterns ---------------------------------------------------------------


def _candidates(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 2:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if len(lemma) > 2 and lemma[-1] not in "aeiouywx" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def inflections(word: str, table: Any) -> list[str]:
    """`word` and the forms spaCy's lemma table maps to the same lemma (lower case, sorted)."""
    word = word.lower()
    if not word.isalpha():
        return [word]
    lemma = table.get(word, word)
    if not isinstance(lemma, str):
        lemma = lemma[0] if lemma else word
    forms = {word}
    for form in _candidates(lemma) | _candidates(word):
        if table.get(form, None) == lemma:
            forms.add(form)
    if table.get(lemma, lemma) == lemma:
        forms.add(lemma)
    return sorted(forms)


@dataclass(frozen=True)
class Glob:
    """A glob word (`leader*`): matched against the lower-case (or, for `case:`, exact) form."""

    source: str
    attr: str  # "LOWER" | "ORTH"
    regex: str

    @property
    def prefix(self) -> str:
        """The literal letters before the first wildcard (for indexing)."""
        out = []
        for ch in self.source:
            if ch in GLOB_CHARS:
                break
            out.append(ch)
        return "".join(out)


def _glob(token: str, attr: str) -> Glob:
    import re

    source = token.replace(_STAR, "*").replace(_QMARK, "?")
    out = re.escape(token).replace(_STAR, "[\\w'’-]*").replace(_QMARK, "\\w")
    return Glob(source, attr, out)


def token_patterns(parsed: ParsedPattern, nlp: Language, table: Any) -> list[dict[str, Any] | Glob]:
    """The token pattern of a `words` or `case` pattern: Matcher token dicts, with Glob placeholders.

    spaCy's Matcher tests a REGEX against every token for every pattern, which is slow for a
    codebook of many globs; the rule tagger instead expands each Glob to the word forms it matches
    among the texts it has seen (see `rules.RuleTagger`).
    """
    case = parsed.kind == "case"
    body = parsed.body.replace("*", _STAR).replace("?", _QMARK)
    if not case:
        body = body.lower()
    tokens = [t.text for t in nlp.tokenizer(body) if not t.is_space]
    spec: list[dict[str, Any] | Glob] = []
    for text in tokens:
        if _STAR in text.lower() or _QMARK in text.lower():
            spec.append(_glob(text, "ORTH" if case else "LOWER"))
        elif case:
            spec.append({"ORTH": text})
        else:
            forms = inflections(text, table)
            spec.append({"LOWER": forms[0]} if len(forms) == 1 else {"LOWER": {"IN": forms}})
    return spec


@lru_cache(maxsize=256)
def compiled_regex(body: str) -> Any:
    import regex

    return regex.compile(body, regex.IGNORECASE | regex.VERSION0)
