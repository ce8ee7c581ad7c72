"""The rule tagger: codebook patterns matched as phrases over spaCy's tokens of the passages.

Word patterns were expanded to their inflected forms when compiled (see `patterns.inflections`),
so matching the lower-case form matches lemmas too. An `exclude` pattern cancels a theme's matches
that overlap it ("training ground" is not training).

spaCy's tokenizer cuts a text at whitespace and tokenises each piece on its own, so a passage's
tokens are the concatenation of its pieces' tokens. The tagger therefore tokenises each distinct
piece once (with the pipeline's own tokenizer) and keeps its tokens' attributes; a passage is then
a regex split and dictionary lookups, with no spaCy Doc built per passage. Matching is the
PhraseMatcher's: every phrase of token forms, found by a trie walk from each token that can start
one, all lengths and overlaps reported.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from carelead.errors import ConfigError
from carelead.nlp import lemma_table
from carelead.tagging.codebook import Codebook
from carelead.tagging.patterns import Glob, compiled_regex, parse_pattern, token_patterns

if TYPE_CHECKING:
    from spacy.language import Language

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
PAIR = 1 << 32  # token id pair code: first * PAIR + second


# Text order: start, end, theme, pattern (a C-level key: a batch sorts thousands of matches).
_order = operator.itemgetter(3, 4, 0, 1)


@dataclass
class Batch:
    """Passages tokenised together, with their tokens' attributes as arrays over the batch.

    `offsets[i]` is the batch index of passage i's first token; for batch token t, `passage[t]`
    is its passage, `idx[t]`/`length[t]` its character offset in that passage and its length,
    `lower`/`orth` spaCy's hashes of its forms and `lower_ids`/`orth_ids` the tagger's own small
    ids of them (`forms[id]` is the form). Whitespace tokens are kept: they stop a phrase as in spaCy.
    """

    texts: Sequence[str]
    offsets: list[int]
    orth: Any
    lower: Any
    idx: Any
    length: Any
    passage: Any
    lower_ids: Any
    orth_ids: Any
    forms: list[str]


class Piece(NamedTuple):
    """The tokens of one whitespace-delimited piece of text (or one run of whitespace)."""

    lower: tuple[int, ...]  # spaCy hashes
    orth: tuple[int, ...]
    lower_ids: tuple[int, ...]  # the tagger's ids
    orth_ids: tuple[int, ...]
    idx: tuple[int, ...]  # offsets in the piece
    length: tuple[int, ...]


# A trie node: children by token id, and the pattern keys of the phrases ending here.
Node = tuple[dict[int, Any], list[str]]


class RuleTagger:
    """Phrase tries (lower-case form; exact form for `case:` patterns) for the codebook's patterns.

    Each word pattern becomes the phrases of every combination of its words' inflected forms, so a
    match is a trie walk per token rather than a Python predicate per token and pattern. Glob
    words (`leader*`) are expanded lazily: before a batch is matched, each word form not seen before
    is tested against the globs sharing its first letters, and patterns whose globs gained forms
    are re-added. The result never depends on which texts were seen before.
    """

    def __init__(self, codebook: Codebook, nlp: Language | None = None) -> None:
        import regex

        from carelead.nlp import load_nlp

        self.codebook = codebook
        self.nlp = nlp or load_nlp()
        table = lemma_table(self.nlp)
        self.pieces: dict[str, int] = {}
        self.piece_list: list[Piece] = []  # tokenised, not yet in piece_arrays
        self.piece_chars: list[int] = []
        self.piece_arrays: dict[str, Any] = {}
        self.ids: dict[str, int] = {}  # token form -> the tagger's id
        self.forms: list[str] = []  # id -> token form
        self.phrases: dict[str, set[tuple[int, ...]]] = {}
        self.tries: dict[str, dict[int, Node]] = {"LOWER": {}, "ORTH": {}}
        self.starts: dict[str, Any] = {}
        self.longest = 1
        self.keys: dict[str, tuple[str, str, bool]] = {}
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
                self.keys[key] = (theme.id, pattern, exclude)
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

    def _id(self, form: str) -> int:
        found = self.ids.get(form)
        if found is None:
            found = self.ids[form] = len(self.ids)
            self.forms.append(form)
        return found

    def _add(self, key: str) -> None:
        """(Re-)add the phrases of pattern `key` from its words' current forms."""
        import itertools

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
        lower = attr == "LOWER"
        combos = itertools.islice(itertools.product(*choices), MAX_VARIANTS)
        phrases = {tuple(self._id(w.lower() if lower else w) for w in c) for c in combos}
        old = self.phrases.get(key, set())
        self.phrases[key] = phrases
        trie = self.tries[attr]
        if old - phrases:  # variants past the cap changed: rebuild this attribute's trie
            trie.clear()
            for k, (a, _) in self.specs.items():
                if a == attr:
                    for phrase in self.phrases.get(k, ()):
                        self._insert(trie, phrase, k)
        else:
            for phrase in sorted(phrases - old):
                self._insert(trie, phrase, key)
        self.starts.pop(attr, None)

    def _insert(self, trie: dict[int, Node], phrase: tuple[int, ...], key: str) -> None:
        self.longest = max(self.longest, len(phrase))
        node = trie.setdefault(phrase[0], ({}, []))
        for tok in phrase[1:]:
            node = node[0].setdefault(tok, ({}, []))
        if key not in node[1]:
            node[1].append(key)

    def _expand(self, new: set[str]) -> None:
        """Add the word forms among `new` that match a glob; re-add the patterns whose globs grew."""
        if not self.globs:
            return
        new = (new | {form.lower() for form in new}) - self.seen
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

    def _piece(self, text: str, new: set[str]) -> int:
        """The id of a piece of text between single spaces, tokenised once by the pipeline."""
        from spacy.attrs import IDX, LENGTH, LOWER, ORTH

        strings = self.nlp.vocab.strings
        if text:
            doc = self.nlp.tokenizer(text)
            arr = doc.to_array([ORTH, LOWER, IDX, LENGTH]).tolist() if len(doc) else []
        else:  # between two spaces: spaCy makes the second space a token, which stops a phrase
            space = strings.add(" ")
            arr = [[space, space, 0, 0]]
        orth_forms = [strings[row[0]] for row in arr]
        new.update(orth_forms)
        piece = Piece(
            tuple(row[1] for row in arr),
            tuple(row[0] for row in arr),
            tuple(self._id(f.lower()) for f in orth_forms),
            tuple(self._id(f) for f in orth_forms),
            tuple(row[2] for row in arr),
            tuple(row[3] for row in arr),
        )
        n = self.pieces[text] = len(self.pieces)
        self.piece_list.append(piece)
        self.piece_chars.append(len(text) + 1)
        return n

    def _arrays(self) -> dict[str, Any]:
        """All pieces' token attributes flattened, with `ptr`/`count`/`chars` per piece id.

        Pieces tokenised since the last call wait in `piece_list`; they are appended here, so a
        growing cache costs each batch only its new pieces (plus one array copy).
        """
        import numpy as np

        pending = self.piece_list
        if not pending:
            return self.piece_arrays
        have = self.piece_arrays
        count = np.array([len(p.lower) for p in pending], dtype=np.int64)
        base = len(have["lower"]) if have else 0
        ptr = base + np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
        new = {"count": count, "ptr": ptr, "chars": np.array(self.piece_chars, dtype=np.int64)}
        for name, dtype in (
            ("lower", np.uint64),
            ("orth", np.uint64),
            ("lower_ids", np.int64),
            ("orth_ids", np.int64),
            ("idx", np.int64),
            ("length", np.int64),
        ):
            new[name] = np.fromiter(
                (v for p in pending for v in getattr(p, name)), dtype=dtype, count=-1
            )
        self.piece_arrays = (
            {k: np.concatenate([have[k], v]) for k, v in new.items()} if have else new
        )
        self.piece_list, self.piece_chars = [], []
        return self.piece_arrays

    def batch(self, texts: Sequence[str]) -> Batch:
        """Tokenise `texts`: pieces between single spaces looked up (each tokenised once).

        spaCy's tokenizer treats a single space as the end of a token and tokenises the text
        between spaces on its own, so a passage's tokens are its pieces' tokens in order.
        """
        import numpy as np

        flat = " ".join(texts).split(" ")
        ids: list[Any] = list(map(self.pieces.get, flat))
        if None in ids:
            new: set[str] = set()
            for k, p in enumerate(flat):
                if ids[k] is None:
                    have = self.pieces.get(p)
                    ids[k] = self._piece(p, new) if have is None else have
            self._expand(new)
        arrays = self._arrays()
        pid = np.array(ids, dtype=np.int64)
        sizes = np.array([t.count(" ") + 1 for t in texts], dtype=np.int64)
        chars = arrays["chars"][pid]
        # Character offset of each piece in its passage.
        ends = np.cumsum(chars)
        text_start = np.concatenate([[0], np.cumsum([len(t) + 1 for t in texts])])
        piece_passage = np.repeat(np.arange(len(texts)), sizes)
        piece_start = ends - chars - text_start[piece_passage]
        count = arrays["count"][pid]
        total = int(count.sum())
        first = np.cumsum(count) - count
        tok = np.arange(total, dtype=np.int64) + np.repeat(arrays["ptr"][pid] - first, count)
        passage = np.repeat(piece_passage, count)
        tokens_per = (
            np.bincount(passage, minlength=len(texts))
            if total
            else np.zeros(len(texts), dtype=np.int64)
        )
        offsets = np.concatenate([[0], np.cumsum(tokens_per)[:-1]]).astype(np.int64).tolist()
        return Batch(
            texts,
            offsets,
            arrays["orth"][tok],
            arrays["lower"][tok],
            arrays["idx"][tok] + np.repeat(piece_start, count),
            arrays["length"][tok],
            passage,
            arrays["lower_ids"][tok],
            arrays["orth_ids"][tok],
            self.forms,
        )

    def _index(self, attr: str) -> tuple[Any, Any, Any]:
        """For the trie of `attr`: per token id, whether a one-token phrase ends there and whether
        a longer phrase starts there, and the sorted codes of the phrases' first two tokens."""
        import numpy as np

        have = self.starts.get(attr)
        if have is None or len(have[0]) <= len(self.ids):
            trie = self.tries[attr]
            size = 2 * len(self.ids) + 1024
            single = np.zeros(size, dtype=bool)
            longer = np.zeros(size, dtype=bool)
            codes: list[int] = []
            for first, (children, keys) in trie.items():
                single[first] = bool(keys)
                longer[first] = bool(children)
                codes.extend(first * PAIR + second for second in children)
            have = (single, longer, np.array(sorted(codes), dtype=np.int64))
            self.starts[attr] = have
        return have

    def _find(
        self, attr: str, ids: Any, passage: Any, ends: list[int]
    ) -> list[tuple[str, int, int]]:
        """(key, start, end) of every phrase of `attr` in the token ids, within one passage each.

        One-token phrases and the positions where a longer phrase's first two tokens occur are
        found with array operations; only those positions are walked down the trie.
        """
        import numpy as np

        trie = self.tries[attr]
        if not trie or not len(ids):
            return []
        single, longer, codes = self._index(attr)
        out: list[tuple[str, int, int]] = []
        pos = np.nonzero(single[ids])[0]
        for p, first in zip(pos.tolist(), ids[pos].tolist(), strict=True):
            for key in trie[first][1]:
                out.append((key, p, p + 1))
        if not len(codes) or len(ids) < 2:
            return out
        pos = np.nonzero(longer[ids[:-1]] & (passage[:-1] == passage[1:]))[0]
        if not len(pos):
            return out
        pair = ids[pos] * PAIR + ids[pos + 1]
        at = np.minimum(np.searchsorted(codes, pair), len(codes) - 1)
        pos = pos[codes[at] == pair]
        if not len(pos):
            return out
        rows = passage[pos].tolist()
        for p, row in zip(pos.tolist(), rows, strict=True):
            stop = ends[row]
            seq = ids[p : min(stop, p + self.longest)].tolist()
            node = trie[seq[0]]
            for q in range(1, len(seq)):
                nxt = node[0].get(seq[q])
                if nxt is None:
                    break
                node = nxt
                for key in node[1]:
                    out.append((key, p, p + q + 1))
        return out

    def match_batch(self, batch: Batch) -> list[list[RuleMatch]]:
        """Every theme match of each passage of `batch`, excluded spans removed, in text order."""
        texts = batch.texts
        found: list[list[RuleMatch]] = [[] for _ in texts]
        excluded: list[dict[str, list[tuple[int, int]]]] = [{} for _ in texts]
        ends = [*batch.offsets[1:], len(batch.lower)]
        hits = self._find("LOWER", batch.lower_ids, batch.passage, ends) + self._find(
            "ORTH", batch.orth_ids, batch.passage, ends
        )
        if hits:
            import numpy as np

            names, first, last = zip(*hits, strict=True)
            starts, ends_at = np.array(first), np.array(last) - 1
            rows = batch.passage[starts].tolist()
            begin = batch.idx[starts].tolist()
            finish = (batch.idx[ends_at] + batch.length[ends_at]).tolist()
            keys = self.keys
            make = tuple.__new__  # RuleMatch's own __new__ is Python code; this is the same tuple
            for key, i, a, b in zip(names, rows, begin, finish, strict=True):
                theme, pattern, exclude = keys[key]
                if exclude:
                    excluded[i].setdefault(theme, []).append((a, b))
                else:
                    found[i].append(make(RuleMatch, (theme, pattern, texts[i][a:b], a, b)))
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
            if len(matches) > 1:
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
