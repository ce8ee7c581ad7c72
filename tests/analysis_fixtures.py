"""Synthetic passages for the analysis tests: small tables whose statistics are computed by hand."""

from __future__ import annotations

from collections.abc import Sequence

from carelead.store.db import PassageRow


def row(
    doc: str = "d1",
    n: int = 1,
    *,
    kind: str = "quote",
    role: str = "director",
    themes: Sequence[str] = (),
    sentiment: float | None = 0.0,
    text: str = "text",
    collection: str | None = None,
) -> PassageRow:
    return PassageRow(
        doc=doc,
        n=n,
        kind=kind,
        role=role,
        speaker=None,
        text=text,
        start=0,
        end=len(text),
        page=None,
        themes=tuple(themes),
        sentiment=sentiment,
        cue_verb=None,
        carried_from=None,
        collection=collection,
    )


def table_rows(cells: dict[tuple[str, str], int], doc: str = "d1") -> list[PassageRow]:
    """One quotation per count in `cells`, keyed (theme, role)."""
    out = []
    n = 0
    for (theme, role), count in sorted(cells.items()):
        for _ in range(count):
            n += 1
            out.append(row(doc, n, role=role, themes=(theme,)))
    return out
