"""PLACEHOLDER until the attribution issue lands: the role lexicon model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RoleLexicon:
    path: Path


def load_lexicon(path: Path) -> RoleLexicon:
    return RoleLexicon(path)
