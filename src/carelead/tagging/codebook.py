"""PLACEHOLDER until the themes issue lands."""

from __future__ import annotations

from pathlib import Path


def load_codebook(path: Path) -> Path:
    return path
