"""Lexicon tone: VADER per sentence with domain overrides, aggregated per passage.

VADER (vaderSentiment, MIT) scores a sentence from a valence lexicon with rules for negation,
boosters, "but" clauses and emphasis. Out of the box it reads the topic words of this field as praise
("care" +2.2, "support" +1.7, "help" +1.7) and misses the field's vocabulary of complaint
("unsustainable", "unmet", "paucity", "fragmented"). `codebooks/tone-overrides.yaml` adjusts it:

- `words`: a word's valence on VADER's scale (-4..4); 0 neutralises a topic word.
- `phrases`: multi-word expressions, matched case-insensitively on word boundaries and rewritten to
  one token (`fit_for_purpose`) that carries the phrase's valence; VADER's negation rules still apply
  to it, so "not fit for purpose" comes out negative. A phrase with valence 0 hides a name
  ("Better Care Fund") or a set expression ("not only") from the lexicon.
- `negators`: words or phrases that negate what follows as "not" does ("a lack of confidence").
- `bare_negation`: the valence given to a negation with no lexicon word within VADER's reach of three
  words ("there is not the capacity", "we weren't consulted"). In policy writing a statement of
  absence is a complaint; VADER alone scores it 0. A corrective "not" after a comma ("a life, not
  a care plan") rejects an alternative and is never bare.
- `cessation`: verbs of ending ("stopped", "no longer") negate like negators but look up to
  `cessation_reach` words on for a scored word, placing the negation just before it ("we stopped
  being treated as the problem").
- `irrealis`: praise in a sentence under a modal, a condition or a word of distance is scaled by
  `irrealis_scale`.
- `clause_openers`: negation (VADER's and the bare kind) stops at the end of its clause: at ; : or a
  dash, and at a comma before one of these words ("that isn't leadership, it's crisis management").

A passage's tone is the weighted mean of its sentences' compound scores, skipping sentences with no
scored words; the mean divides by the sum of the absolute weights. As VADER does within a sentence
for "but", a sentence opening with one of `contrast_openers` (But, However, In fairness, ...) turns
the passage: the sentences before it weigh `contrast_weights[0]` (0.5) and it and those after
`contrast_weights[1]` (1.5). A story of change, a passage with a sentence marked as past
(`past_markers` anywhere, `past_openers` at its start) and one marked as present (`present_markers`),
evaluates the difference: past sentences weigh `change_weights[0]` (negative in the shipped file) and
present ones `change_weights[1]`; a sentence with a past marker followed by a present one is split
at the latter. A passage with nothing scored is 0. Scores lie in [-1, 1], rounded to 4 decimals, and
are deterministic.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

_WORD = re.compile(r"^[a-z][a-z'\-]*$")
_PHRASE = re.compile(r"^[a-z][a-z'\-]*( [a-z][a-z'\-]*)+$")
_TERM = re.compile(r"^[a-z][a-z'\-]*( [a-z][a-z'\-]*)*$")

# A sentence ends at . ! ? (and any closing quotes or brackets) before whitespace and a capital, digit
# or opening quote. Common abbreviations do not end a sentence.
_SENT_END = re.compile(r"(?<=[.!?])['\")\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|vs|etc|e\.g|i\.e|cf|al)\.$", re.IGNORECASE)
_NORMALISE = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": " - ", "—": " - "})
# A word ending a clause: a token closing with ; or : or a dash standing alone (after _NORMALISE).
_CLAUSE_END = re.compile(r"[;:]['\")\]]*$|^-+$")
_COMMA_END = re.compile(r",['\")\]]*$")
_OPENING = "[\"'(\\[]*"  # quotes and brackets that may precede a sentence's first word

# Internal token for a bare negation; internal underscores survive VADER's punctuation stripping.
_BARE = "bare_negation_marker"
# Filler that fills VADER's three-word negation window, so a negation does not reach past a clause.
_CLAUSE_BREAK = ["clause_break_marker"] * 3
_NEGATION_REACH = 3  # VADER looks three words back for a negation
MAX_SENTENCE_WORDS = 100


class ToneOverrides(BaseModel):
    """The tone override file (see the module docstring and codebooks/tone-overrides.yaml)."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = None  # a trained tone model (JSON) beside this file, for quotations
    words: dict[str, float] = Field(default_factory=dict)
    phrases: dict[str, float] = Field(default_factory=dict)
    negators: list[str] = Field(default_factory=list)
    bare_negation: float = Field(default=0.0, ge=-4.0, le=4.0)
    irrealis: list[str] = Field(default_factory=list)
    irrealis_scale: float = Field(default=1.0, ge=0.0, le=1.0)
    cessation: list[str] = Field(default_factory=list)
    cessation_reach: int = Field(default=_NEGATION_REACH, ge=1, le=10)
    clause_openers: list[str] = Field(default_factory=list)
    contrast_openers: list[str] = Field(
        default_factory=lambda: [
            "but",
            "however",
            "yet",
            "nevertheless",
            "nonetheless",
            "that said",
            "even so",
        ]
    )
    contrast_weights: tuple[float, float] = (0.5, 1.5)
    past_markers: list[str] = Field(default_factory=list)
    past_openers: list[str] = Field(default_factory=list)
    present_markers: list[str] = Field(default_factory=list)
    change_weights: tuple[float, float] = (1.0, 1.0)

    @field_validator("words")
    @classmethod
    def _check_words(cls, value: dict[str, float]) -> dict[str, float]:
        for word, valence in value.items():
            if not _WORD.match(word):
                raise ValueError(
                    f"{word!r}: a word is one lower-case word (put multi-word entries under phrases)"
                )
            _check_valence(word, valence)
        return value

    @field_validator("phrases")
    @classmethod
    def _check_phrases(cls, value: dict[str, float]) -> dict[str, float]:
        for phrase, valence in value.items():
            if not _PHRASE.match(phrase):
                raise ValueError(
                    f"{phrase!r}: a phrase is two or more lower-case words separated by single spaces"
                )
            _check_valence(phrase, valence)
        return value

    @field_validator(
        "negators",
        "cessation",
        "irrealis",
        "clause_openers",
        "contrast_openers",
        "past_markers",
        "past_openers",
        "present_markers",
    )
    @classmethod
    def _check_negators(cls, value: list[str]) -> list[str]:
        for term in value:
            if not _TERM.match(term):
                raise ValueError(f"{term!r}: expected lower-case words separated by single spaces")
        return value

    @field_validator("contrast_weights", "change_weights")
    @classmethod
    def _check_weights(cls, value: tuple[float, float]) -> tuple[float, float]:
        for w in value:
            if not -4.0 <= w <= 4.0:
                raise ValueError(f"weight {w} is outside -4..4")
        if value[1] <= 0:
            raise ValueError("the second weight (from the turn on) must be positive")
        return value


def _check_valence(key: str, valence: float) -> None:
    if not -4.0 <= valence <= 4.0:
        raise ValueError(f"{key!r}: valence {valence} is outside VADER's scale -4..4")


def load_overrides(path: Path) -> ToneOverrides:
    from carelead.yamlconf import load_model

    return load_model(Path(path), ToneOverrides)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, with typographic quotes and dashes normalised and whitespace collapsed."""
    text = re.sub(r"\s+", " ", text.translate(_NORMALISE)).strip()
    out: list[str] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if _ABBREV.search(text[pos : m.start()]):
            continue
        out.append(text[pos : m.start()].strip())
        pos = m.end()
    out.append(text[pos:].strip())
    return [piece for sentence in out if sentence for piece in _chunks(sentence)]


def _chunks(sentence: str) -> list[str]:
    """A run-on "sentence" (a list, a table flattened by extraction, a paragraph without full stops)
    in pieces of at most MAX_SENTENCE_WORDS words: VADER's work grows with the square of a sentence's
    length, and no stance reaches across a hundred words."""
    words = sentence.split(" ")
    if len(words) <= MAX_SENTENCE_WORDS:
        return [sentence]
    return [
        " ".join(words[i : i + MAX_SENTENCE_WORDS])
        for i in range(0, len(words), MAX_SENTENCE_WORDS)
    ]


def _strip(token: str) -> str:
    """VADER's rule: strip surrounding punctuation unless that leaves two characters or fewer."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


class ToneScorer:
    """Score passages with VADER and the domain overrides. Build once; `score` is pure."""

    def __init__(self, overrides: ToneOverrides | None = None) -> None:
        self.overrides = overrides or ToneOverrides()
        phrases = sorted(self.overrides.phrases, key=lambda p: (-len(p), p))
        self._phrase_token = {p: re.sub(r"[ \-']", "_", p) for p in phrases}
        self._phrase_re = _alternation(phrases)
        self._irrealis = _alternation(sorted(set(self.overrides.irrealis)))
        # Negators by their first word, longest first, so a token that starts none costs one lookup.
        self._negators: dict[str, list[tuple[str, ...]]] = {}
        for n in sorted(
            (tuple(n.split()) for n in {*self.overrides.negators, *self.overrides.cessation}),
            key=lambda t: (-len(t), t),
        ):
            self._negators.setdefault(n[0], []).append(n)
        self._cessation = {tuple(n.split()) for n in self.overrides.cessation}
        self._clause_openers = frozenset(self.overrides.clause_openers)
        o = self.overrides
        self._contrast = _opener(o.contrast_openers)
        self._past = _alternation(sorted(set(o.past_markers)))
        self._past_open = _opener(o.past_openers)
        self._present = _alternation(sorted(set(o.present_markers)))

    @classmethod
    def from_overrides(cls, path: Path) -> ToneScorer:
        return cls(load_overrides(path))

    @cached_property
    def analyzer(self) -> SentimentIntensityAnalyzer:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        # `lexicon` is a per-instance dict, so these changes touch no other analyzer.
        lexicon = analyzer.lexicon
        # British spellings, then the overrides, then nouns derived from the (overridden) adjectives.
        for word, valence in british_variants(lexicon).items():
            lexicon.setdefault(word, valence)
        # A neutral word is taken out of the lexicon rather than scored 0: VADER treats any lexicon
        # word as sentiment-bearing, so "no support" would lose the valence of "no" and "we don't
        # support" would not count as a bare negation.
        for word, valence in self.overrides.words.items():
            if valence:
                lexicon[word] = valence
            else:
                lexicon.pop(word, None)
        for word, valence in derived_forms(lexicon).items():
            lexicon.setdefault(word, valence)
        for phrase, valence in self.overrides.phrases.items():
            if valence:  # a neutral phrase is still joined into one (unknown) token
                lexicon[self._phrase_token[phrase]] = valence
        if self.overrides.bare_negation:
            lexicon[_BARE] = self.overrides.bare_negation
        return analyzer

    def prepare(self, sentence: str) -> str:
        """The sentence as VADER sees it: phrases joined, negators expanded, bare negations marked."""
        from vaderSentiment.vaderSentiment import negated

        if self._phrase_re is not None:
            sentence = self._phrase_re.sub(
                lambda m: self._phrase_token[re.sub(r"\s+", " ", m.group(0).lower())], sentence
            )
        lexicon = self.analyzer.lexicon
        tokens = sentence.split()
        keys = [_strip(t).lower() for t in tokens]
        breaks = self._clause_breaks(tokens, keys)
        out: list[str] = []
        pending: int | None = None  # where a negator's "not" goes when its target lies far off
        i = 0
        while i < len(tokens):
            if i == pending:
                out.append("not")
                pending = None
            candidates = self._negators.get(keys[i], ())
            matched = next((n for n in candidates if tuple(keys[i : i + len(n)]) == n), None)
            if matched is not None:
                span = len(matched)
                after = i + span
                reach = (
                    self.overrides.cessation_reach
                    if matched in self._cessation
                    else _NEGATION_REACH
                )
                # The first scored word the negator reaches, within its clause.
                target = next(
                    (
                        j
                        for j in range(after, min(after + reach, len(keys)))
                        if keys[j] in lexicon and not any(breaks[after - 1 : j])
                    ),
                    None,
                )
                # The phrase carries its own valence ("lack") or the negation stands bare.
                scored = target is not None or any(k in lexicon for k in matched)
                self._mark_bare(out, keys, breaks, after, scored)
                out.extend(tokens[i:after])
                if target is not None and target - after >= _NEGATION_REACH:
                    pending = target  # beyond VADER's reach: "stopped being treated as the problem"
                else:
                    out.append("not")
                if breaks[after - 1]:
                    out.extend(_CLAUSE_BREAK)
                i = after
                continue
            # "a life, not a care plan": a corrective "not" after a comma rejects an alternative;
            # it states no absence.
            corrective = i > 0 and bool(_COMMA_END.search(tokens[i - 1])) and keys[i] == "not"
            if negated([keys[i]]) and not corrective:
                self._mark_bare(out, keys, breaks, i + 1, False)
            out.append(tokens[i])
            if breaks[i]:
                out.extend(_CLAUSE_BREAK)
            i += 1
        return " ".join(out)

    def _clause_breaks(self, tokens: list[str], keys: list[str]) -> list[bool]:
        """Whether a clause ends after each token: at ; : or a dash, or at a comma before a clause
        opener ("isn't leadership, it's crisis management"). Off while clause_openers is empty."""
        if not self._clause_openers:
            return [False] * len(tokens)
        out = []
        for i, token in enumerate(tokens):
            nxt = keys[i + 1] if i + 1 < len(keys) else ""
            out.append(
                bool(_CLAUSE_END.search(token))
                or (bool(_COMMA_END.search(token)) and nxt in self._clause_openers)
            )
        return out

    def _mark_bare(
        self, out: list[str], keys: list[str], breaks: list[bool], after: int, scored: bool
    ) -> None:
        if not self.overrides.bare_negation or scored:
            return
        if after > 0 and breaks[after - 1]:
            return  # the negation closes its clause: "not to." is not a bare negation of what follows
        lexicon = self.analyzer.lexicon
        for j in range(after, min(after + _NEGATION_REACH, len(keys))):
            if keys[j] in lexicon:
                return
            if breaks[j]:
                break
        out.append(_BARE)

    def sentence_scores(self, text: str) -> list[tuple[str, float]]:
        """Each sentence of `text` with its VADER compound score after the overrides."""
        return [(sentence, self._compound(sentence)) for sentence in split_sentences(text)]

    def _compound(self, sentence: str) -> float:
        prepared = self.prepare(sentence)
        compound = float(self.analyzer.polarity_scores(prepared)["compound"])
        # Checked on the prepared text, so a phrase ("I would say") can shield its modal.
        if compound > 0 and self._irrealis is not None and self._irrealis.search(prepared):
            compound *= self.overrides.irrealis_scale
        return compound

    def units(self, text: str) -> list[tuple[str, str]]:
        """The sentences of `text`, each tagged "past", "present" or "" by its time markers.

        A sentence with a past marker followed by a present one ("for years ..., but now ...") is
        split at the present marker into a past and a present unit.
        """
        out: list[tuple[str, str]] = []
        for sentence in split_sentences(text):
            past = self._past_match(sentence)
            present = self._present.search(sentence, past) if self._present and past else None
            if past is None:
                out.append((sentence, "present" if self._is_present(sentence) else ""))
            elif present is not None:
                out.append((sentence[: present.start()].strip(), "past"))
                out.append((sentence[present.start() :].strip(), "present"))
            else:
                out.append((sentence, "" if self._is_present(sentence) else "past"))
        return out

    def _past_match(self, sentence: str) -> int | None:
        """Where the first past marker in `sentence` ends, or None."""
        m = self._past_open.match(sentence) if self._past_open else None
        m = m or (self._past.search(sentence) if self._past else None)
        return m.end() if m else None

    def _is_present(self, sentence: str) -> bool:
        return bool(self._present and self._present.search(sentence))

    def score_text(self, text: str) -> float:
        units = self.units(text)
        o = self.overrides
        turn = max(
            (
                k
                for k, (s, _) in enumerate(units)
                if k and self._contrast and self._contrast.match(s)
            ),
            default=0,
        )
        # A story of change (a past and a present in one passage) evaluates the difference: the
        # past weighs the first change weight (negative: what was is the opposite of what is now).
        tags = {tag for _, tag in units}
        change = "past" in tags and "present" in tags
        then_w, now_w = o.change_weights
        before_w, after_w = o.contrast_weights
        total = weight = 0.0
        for k, (unit, tag) in enumerate(units):
            compound = self._compound(unit)
            if compound == 0.0:
                continue
            w = 1.0 if not turn else (before_w if k < turn else after_w)
            if change and tag:
                w *= then_w if tag == "past" else now_w
            total += w * compound
            weight += abs(w)
        return round(total / weight, 4) if weight else 0.0

    def score(self, texts: Sequence[str]) -> list[float]:
        return [self.score_text(t) for t in texts]


_OUR = re.compile(
    r"^(dis|un)?(col|fav|hon|hum|lab|neighb|behavi|rig|val|vig|splend|harb|od|rum|cand|ferv|ard"
    r"|endeav|clam)or(s|ed|ing|able|ably|ite|ites|ful|fully|less|er|ers)?$"
)
_IZE = re.compile(r"(?<=[a-z]{3})(i|y)z(e|ed|es|er|ers|ing|ation|ations|ational)$")
_IZE_KEEP = {"capsize", "capsized", "capsizes", "capsizing"}


def british_variants(lexicon: dict[str, float]) -> dict[str, float]:
    """British spellings of VADER's American entries (favour, honour, organise, criticised, defence).

    VADER was built from American English; the reports this tool reads are British.
    """
    out: dict[str, float] = {}
    for word, valence in sorted(lexicon.items()):
        variant = _OUR.sub(r"\1\2our\3", word)
        if word not in _IZE_KEEP:
            variant = _IZE.sub(lambda m: m.group(1) + "s" + m.group(2), variant)
        variant = (
            re.sub(r"ense(s?)$", r"ence\1", variant)
            if word.endswith(("fense", "fenses"))
            else variant
        )
        if variant != word and variant not in lexicon:
            out[variant] = valence
    return out


_DERIVATIONS = (
    (re.compile(r"(?<!m)ant$"), ("ancy", "ance")),
    (re.compile(r"(?<!m)ent$"), ("ency", "ence")),
    (re.compile(r"(ful|ous|ive|less)$"), (r"\1ness",)),
)


def derived_forms(lexicon: dict[str, float]) -> dict[str, float]:
    """Nouns VADER lacks, formed from its adjectives: vibrant -> vibrancy, colorful -> colorfulness."""
    out: dict[str, float] = {}
    for word, valence in sorted(lexicon.items()):
        if not valence or len(word) < 6 or not word.isalpha():
            continue
        for pattern, suffixes in _DERIVATIONS:
            if pattern.search(word):
                for suffix in suffixes:
                    form = pattern.sub(suffix, word)
                    if form not in lexicon and form not in out:
                        out[form] = valence
    return out


def _opener(terms: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern for any of `terms` opening a sentence, after any quotes or brackets."""
    if not terms:
        return None
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(set(terms)))
    return re.compile(rf"^{_OPENING}(?:{body})\b", re.IGNORECASE)


def _alternation(phrases: Sequence[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    # Word boundaries that let a phrase touch a quote mark ('in progress') but not a contraction.
    return re.compile(rf"(?<![\w])(?<!\w')(?:{body})(?![\w])(?!'\w)", re.IGNORECASE)
