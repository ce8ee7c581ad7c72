"""The genre evaluation sets under eval/ are well formed: every gold quotation is in its document."""

from __future__ import annotations

from pathlib import Path

import pytest

from carelead.evaluate.gold import locate, read_gold

SETS = sorted((Path(__file__).resolve().parent.parent / "eval").glob("genre-*"))


def test_there_are_genre_sets() -> None:
    assert len(SETS) >= 3


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_every_gold_quotation_is_found_in_its_document(folder: Path) -> None:
    entries = read_gold(folder / "gold.jsonl", require=("role",))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (folder / "docs").glob("*.txt")}
    assert {e.doc for e in entries} <= set(texts)
    missing = [
        e.quote_start for e, at in zip(entries, locate(texts, entries), strict=True) if at is None
    ]
    assert missing == []
    assert all(e.polarity and e.themes for e in entries)
