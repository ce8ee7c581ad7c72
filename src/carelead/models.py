"""Plain data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageSpan:
    """Page `number` (1-based, as printed in the source) covers text[start:end] of the cleaned text."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class DocumentMeta:
    id: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    collection: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleanDocument:
    """What a reader plus the cleaners make of one source: text with paragraph breaks as blank lines."""

    text: str
    pages: tuple[PageSpan, ...] = ()
    source_format: str = "text"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Passage:
    """One passage of a document: a quotation with its speaker, or the authors' narrative.

    `start`/`end` are Python str indices into the cleaned text (end exclusive). `carried_from` is the
    ordinal `n` of the passage whose attribution a chained quote ("Another says:", "he says") carries.
    """

    n: int
    kind: str  # "quote" | "narrative"
    role: str
    start: int
    end: int
    speaker: str | None = None
    cue_verb: str | None = None
    page: int | None = None
    carried_from: int | None = None


@dataclass(frozen=True)
class ThemeTag:
    """A theme on a passage, with the method that found it and the evidence."""

    theme: str
    method: str  # "rule" | "tfidf" | "both"
    score: float
    evidence: tuple[str, ...] = field(default=())
