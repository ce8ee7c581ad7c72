"""PLACEHOLDER until the themes issue lands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carelead.models import ThemeTag


class ThemeTagger:
    def __init__(self, codebook: Any) -> None:
        self.codebook = codebook

    def tag(self, texts: Sequence[str]) -> list[list[ThemeTag]]:
        return [[] for _ in texts]
