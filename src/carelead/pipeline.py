"""The pipeline that turns a cleaned document into stored passages, theme tags and tone.

Each stage lives in its own package and takes plain data:

    passages.attribute.attribute(text, pages, lexicon, model) -> list[Passage]
    tagging.tagger.ThemeTagger.tag(texts)                -> list[list[ThemeTag]]
    analysis.tone.ToneScorer.score(texts)                -> list[float]

`Pipeline.load()` reads the role lexicon, codebook and tone overrides once (validating them), so
ingesting many documents loads spaCy and the models once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carelead import resources
from carelead.models import PageSpan
from carelead.store.db import Derived

if TYPE_CHECKING:
    from carelead.analysis.tone import ToneScorer
    from carelead.passages.roles import RoleLexicon
    from carelead.tagging.tagger import ThemeTagger


@dataclass
class Pipeline:
    lexicon: RoleLexicon
    tagger: ThemeTagger
    tone: ToneScorer
    fingerprint: str
    model: str | None = None

    @classmethod
    def load(
        cls,
        roles: str | Path | None = None,
        codebook: str | Path | None = None,
        tone: str | Path | None = None,
        model: str | None = None,
    ) -> Pipeline:
        from carelead.analysis.tone import ToneScorer
        from carelead.passages.roles import load_lexicon
        from carelead.tagging.codebook import load_codebook
        from carelead.tagging.tagger import ThemeTagger

        roles_path = resources.codebook_path(roles, resources.DEFAULT_ROLES)
        codebook_path = resources.codebook_path(codebook, resources.DEFAULT_CODEBOOK)
        tone_path = resources.codebook_path(tone, resources.DEFAULT_TONE)
        lexicon = load_lexicon(roles_path)
        digest = hashlib.sha256()
        for path in (roles_path, codebook_path, tone_path):
            digest.update(path.read_bytes())
        digest.update((model or "").encode())
        return cls(
            lexicon=lexicon,
            tagger=ThemeTagger(load_codebook(codebook_path)),
            tone=ToneScorer.from_overrides(tone_path),
            fingerprint=digest.hexdigest()[:16],
            model=model,
        )

    def derive(self, text: str, pages: Sequence[PageSpan] = ()) -> Derived:
        from carelead.passages.attribute import attribute

        passages = attribute(text, pages, self.lexicon, model=self.model)
        texts = [text[p.start : p.end] for p in passages]
        tags = self.tagger.tag(texts)
        tone = self.tone.score(texts)
        return Derived(
            passages=passages,
            tags={p.n: t for p, t in zip(passages, tags, strict=True) if t},
            tone={p.n: s for p, s in zip(passages, tone, strict=True)},
        )
