"""Utterances: a quotation split by its cue is one thing said.

"'We used to fight about fees every spring,' one director says, 'and now we plan them together.'"
is stored as two quote passages with the cue's narrative between them, because each passage is a
span of the text. What the speaker said, and so its tone, is the two read together: the first
half alone is often only a clause ("'We don't tell the manager how to run the home,'") whose
stance the second half carries. Coders code it as one quotation, as the gold's segmentation rule
says.

A quote passage continues the one before it when:
- the first ends its sentence unfinished: a comma or a dash before its closing quote mark;
- only the cue's narrative lies between them, in the same paragraph (no blank line, at most
  `GAP` characters);
- the second is the same speaker's: the same role, and carried from the first, or with no
  speaker of its own or the same one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

GAP = 200  # characters of cue narrative an interruption may take
CLOSERS = "’'”\"»"
UNFINISHED = frozenset(",–—-")


class Passage(Protocol):
    """What grouping reads of a passage: a derived `models.Passage` or a stored `PassageRow`."""

    @property
    def n(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def carried_from(self) -> int | None: ...


def utterances(passages: Sequence[Passage], text: str) -> list[tuple[int, ...]]:
    """The indices of the quote passages that are one utterance split by its cue, each group in
    text order; passages that stand alone are in no group."""
    groups: list[tuple[int, ...]] = []
    current: list[int] = []
    previous: int | None = None
    for i, p in enumerate(passages):
        if p.kind != "quote":
            continue
        if previous is not None and _continues(passages[previous], p, text):
            current = current or [previous]
            current.append(i)
        else:
            if len(current) > 1:
                groups.append(tuple(current))
            current = []
        previous = i
    if len(current) > 1:
        groups.append(tuple(current))
    return groups


def _continues(first: Passage, second: Passage, text: str) -> bool:
    said = text[first.start : first.end].rstrip().rstrip(CLOSERS).rstrip()
    if not said or said[-1] not in UNFINISHED:
        return False
    gap = text[first.end : second.start]
    if len(gap) > GAP or "\n\n" in gap:
        return False
    if second.role != first.role:
        return False
    return second.carried_from == first.n or second.speaker in (None, first.speaker)


def readings(passages: Sequence[Passage], text: str) -> list[str]:
    """Each passage's words as themes and tone read them: its own text, or for a passage of a
    split quotation the whole utterance (its passages' texts in order, joined by a space)."""
    out = [text[p.start : p.end] for p in passages]
    for group in utterances(passages, text):
        said = " ".join(out[i] for i in group)
        for i in group:
            out[i] = said
    return out
