"""Shared fixtures. Heavy resources (spaCy, the pipeline) load once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "seed-quotes.jsonl"


@pytest.fixture
def store(tmp_path: Path):
    from carelead.store import open_store

    s = open_store(tmp_path / "test.db")
    yield s
    s.close()
