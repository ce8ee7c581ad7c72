"""Narrative passages: the authors' text between quotations, one passage a paragraph."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from carelead.models import PageSpan
from carelead.passages.quotes import BREAKS

WORDY = re.compile(r"\w")


def narrative_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] split at paragraph breaks and trimmed; pieces without a word are dropped."""
    out = []
    pos = start
    for m in BREAKS.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and WORDY.search(text, s, e):
            trimmed.append((s, e))
    return trimmed


def page_finder(pages: Sequence[PageSpan]) -> Callable[[int], int | None]:
    """A function from a character offset to the number of the page that holds it (the first page
    for an offset before it; None for every offset when pages are unknown)."""
    starts = [p.start for p in pages]

    def page(pos: int) -> int | None:
        if not pages:
            return None
        return pages[max(bisect.bisect_right(starts, pos) - 1, 0)].number

    return page
