"""Hand-coded quotations (the format of shared/eval/seed-quotes.jsonl) and finding each in its text.

One JSON object a line: `doc` and `quote_start` are required; `role`, `cue`, `kind`, `chained`,
`themes` and `polarity` are read when present, so each evaluation takes the fields it scores. An entry
is found by its `quote_start`, searched in the document's text after straightening quote marks and
collapsing whitespace; the nth entry of a document with the same words means their nth occurrence.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from carelead.errors import InputError

POLARITIES = ("pos", "neg", "mixed", "neu")

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'}
)


@dataclass(frozen=True)
class GoldEntry:
    """One hand-coded quotation; `line` is its line in the gold file."""

    doc: str
    quote_start: str
    line: int = 0
    role: str = ""
    cue: str = ""
    kind: str = ""
    chained: bool = False
    themes: tuple[str, ...] = ()
    polarity: str | None = None


def read_gold(path: str | Path, require: Sequence[str] = ()) -> list[GoldEntry]:
    """The entries of a gold file, in file order.

    `require` names fields every entry must carry as a non-empty string (e.g. `role`). Any problem is
    an InputError naming `file:line`.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    out = []
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            out.append(_entry(raw, number, require, f"{path}:{number}"))
    if not out:
        raise InputError(path, "the file holds no gold entries")
    return out


def _entry(raw: str, number: int, require: Sequence[str], where: str) -> GoldEntry:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg}") from None
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object")
    for key in ("doc", "quote_start", *require):
        value = obj.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(where, f"{key}: a non-empty string is required")
    for key in ("role", "cue", "kind"):
        if not isinstance(obj.get(key, ""), str):
            raise InputError(where, f"{key}: must be a string")
    chained = obj.get("chained", False)
    if not isinstance(chained, bool):
        raise InputError(where, "chained: must be true or false")
    themes = obj.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        raise InputError(where, "themes: must be a list of theme ids")
    polarity = obj.get("polarity")
    if polarity is not None and polarity not in POLARITIES:
        raise InputError(where, f"polarity {polarity!r} is not one of {', '.join(POLARITIES)}")
    return GoldEntry(
        obj["doc"],
        obj["quote_start"],
        number,
        role=obj.get("role", ""),
        cue=obj.get("cue", ""),
        kind=obj.get("kind", ""),
        chained=chained,
        themes=tuple(themes),
        polarity=polarity,
    )


def normalise(text: str) -> tuple[str, list[int]]:
    """Text with quote marks straightened and whitespace runs collapsed to one space, and the offset
    in the original text of each character of the result."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if prev_space:
                continue
            ch = " "
            prev_space = True
        else:
            prev_space = False
        out.append(ch)
        index.append(i)
    return "".join(out), index


def locate(texts: Mapping[str, str], entries: Sequence[GoldEntry]) -> list[int | None]:
    """The offset of each entry's quote_start in its document's text; None when the document is not
    in `texts` or the words are not found."""
    norm: dict[str, tuple[str, list[int]]] = {}
    seen: Counter[tuple[str, str]] = Counter()
    out: list[int | None] = []
    for e in entries:
        needle = normalise(e.quote_start.strip())[0]
        if e.doc not in texts or not needle:
            out.append(None)
            continue
        if e.doc not in norm:
            norm[e.doc] = normalise(texts[e.doc])
        text, index = norm[e.doc]
        nth = seen[(e.doc, needle)]
        seen[(e.doc, needle)] += 1
        pos = -1
        for form in _forms(needle):
            pos = _nth(text, form, nth)
            if pos >= 0:
                break
        out.append(index[pos] if pos >= 0 else None)
    return out


# a word broken at a line's end, as copied from a PDF: "regis-\ntered" is "registered" once the
# text is cleaned, "decision-\nmaking" "decision-making"
_BROKEN_WORD = re.compile(r"(?<=[a-z])- (?=[a-z])")


def _forms(needle: str) -> list[str]:
    """The quote_start as written, then with its words broken at a line's end joined again."""
    if _BROKEN_WORD.search(needle) is None:
        return [needle]
    return [needle, _BROKEN_WORD.sub("", needle), _BROKEN_WORD.sub("-", needle)]


def _nth(text: str, needle: str, nth: int) -> int:
    """Where the `nth` (from 0) occurrence of `needle` starts in `text`, or -1."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            break
    return pos


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class Spans(Generic[S]):
    """Each document's passages ordered by start, for finding the one that covers an offset."""

    def __init__(self, by_doc: Mapping[str, Iterable[S]]) -> None:
        self._spans = {doc: sorted(spans, key=lambda s: s.start) for doc, spans in by_doc.items()}
        self._starts = {doc: [s.start for s in spans] for doc, spans in self._spans.items()}

    def covering(self, doc: str, offset: int | None) -> S | None:
        """The passage of `doc` whose [start, end) holds `offset`, or None."""
        if offset is None or doc not in self._spans:
            return None
        i = bisect_right(self._starts[doc], offset) - 1
        if i < 0:
            return None
        span = self._spans[doc][i]
        return span if offset < span.end else None
