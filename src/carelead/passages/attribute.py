"""PLACEHOLDER until the attribution issue lands: every paragraph is an authors' narrative passage."""

from __future__ import annotations

import re
from collections.abc import Sequence

from carelead.models import PageSpan, Passage
from carelead.passages.roles import RoleLexicon


def attribute(
    text: str, pages: Sequence[PageSpan], lexicon: RoleLexicon, model: str | None = None
) -> list[Passage]:
    out = []
    for n, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text), start=1):
        out.append(Passage(n=n, kind="narrative", role="author", start=m.start(), end=m.end()))
    return out
