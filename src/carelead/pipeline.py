"""The pipeline that turns a cleaned document into stored passages, theme tags and tone.

Each stage lives in its own package and takes plain data:

    passages.attribute.attribute(text, pages, lexicon, model) -> list[Passage]
    tagging.tagger.ThemeTagger.tag(texts, quotes)        -> list[list[ThemeTag]]
    passages.utterances.readings(passages, text)         -> list[str]  (what tone reads)
    analysis.tone.ToneScorer.score(texts)                -> list[float]
    analysis.tone_model.ToneModel.score(quotes, lexicon) -> list[float]  (when configured)

`Pipeline.load()` reads the role lexicon, codebook and tone overrides once (validating them), so
ingesting many documents loads spaCy and the models once.

What a document was derived with is stored beside it: the sha256 of each of the three files (the
tone overrides' and the codebook's with the trained model each names) and the spaCy model's name.
`stale_documents()` compares that with the files a command would use now, so the commands can say
which documents `carelead attribute` should recompute.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carelead import resources
from carelead.errors import ConfigError
from carelead.models import PageSpan
from carelead.store.db import Derived

if TYPE_CHECKING:
    from carelead.analysis.tone import ToneScorer
    from carelead.analysis.tone_model import ToneModel
    from carelead.passages.roles import RoleLexicon
    from carelead.store import Store
    from carelead.tagging.tagger import ThemeTagger

# The configuration files a derivation depends on, by the name a message gives them.
PARTS = {"roles": "role lexicon", "codebook": "codebook", "tone": "tone overrides"}


def config_paths(
    roles: str | Path | None = None,
    codebook: str | Path | None = None,
    tone: str | Path | None = None,
) -> dict[str, Path]:
    """The files a pipeline loads: those given, else the defaults in the codebooks folder."""
    return {
        "roles": resources.codebook_path(roles, resources.DEFAULT_ROLES),
        "codebook": resources.codebook_path(codebook, resources.DEFAULT_CODEBOOK),
        "tone": resources.codebook_path(tone, resources.DEFAULT_TONE),
    }


def fingerprint(paths: dict[str, Path]) -> dict[str, str]:
    """sha256 (16 hex digits) of each configuration file's bytes; ConfigError if one is unreadable."""
    out = {}
    for part, path in paths.items():
        data = _read(path)
        digest = hashlib.sha256(data)
        if part in ("tone", "codebook"):
            model = model_path(path, data)
            if model is not None:
                digest.update(_read(model))
        out[part] = digest.hexdigest()[:16]
    return out


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def model_path(config: Path, data: bytes | None = None) -> Path | None:
    """The trained model a configuration file names (the tone overrides' or the codebook's
    top-level `model:`, relative to the file's folder); `data` is the file's bytes when already read.

    Read from the top-level line rather than by loading the YAML: every analysis command
    fingerprints the configuration, and parsing YAML would double their start-up; `Pipeline.load`
    validates the file in full."""
    text = (data if data is not None else _read(config)).decode("utf-8", "replace")
    found = _MODEL_LINE.search(text)
    if found is None:
        return None
    return resolve_model(config, next(name for name in found.groups() if name))


def resolve_model(config: Path, name: str) -> Path:
    """A model file named in a configuration file: beside it, else (a copied codebook or overrides
    file naming a shipped model) in the bundled codebooks folder."""
    beside = config.parent / name
    if beside.exists() or Path(name).is_absolute():
        return beside
    shipped = resources.codebooks_dir() / name
    return shipped if shipped.exists() else beside


_MODEL_LINE = re.compile(r"""(?m)^model:[ \t]*(?:"([^"]+)"|'([^']+)'|([^#\s]+))""")


def stale_documents(
    store: Store,
    doc_ids: Sequence[str],
    roles: str | Path | None = None,
    codebook: str | Path | None = None,
    tone: str | Path | None = None,
) -> dict[str, list[str]]:
    """Documents whose stored passages were derived with other configuration files than these
    (the defaults unless given), each with the names of the files that differ. Documents with no
    record, and a configuration that cannot be read now, give nothing to report."""
    try:
        current = fingerprint(config_paths(roles, codebook, tone))
    except ConfigError:
        return {}
    stale = {}
    for doc_id, recorded in store.derived_with(doc_ids).items():
        differ = [name for part, name in PARTS.items() if recorded.get(part) != current[part]]
        if differ:
            stale[doc_id] = differ
    return stale


@dataclass
class Pipeline:
    lexicon: RoleLexicon
    tagger: ThemeTagger
    tone: ToneScorer
    fingerprint: dict[str, str]  # configuration file -> sha256 prefix, and the model's name
    model: str | None = None
    tone_model: ToneModel | None = None  # trained over the lexicon, for quotations

    @classmethod
    def load(
        cls,
        roles: str | Path | None = None,
        codebook: str | Path | None = None,
        tone: str | Path | None = None,
        model: str | None = None,
    ) -> Pipeline:
        from carelead.analysis.tone import ToneScorer, load_overrides
        from carelead.analysis.tone_model import ToneModel
        from carelead.passages.roles import load_lexicon
        from carelead.tagging.codebook import load_codebook
        from carelead.tagging.tagger import ThemeTagger
        from carelead.tagging.theme_model import ThemeModel

        paths = config_paths(roles, codebook, tone)
        # Validate every file before anything else reads it: a missing or invalid file is a
        # ConfigError naming it, never a traceback.
        lexicon = load_lexicon(paths["roles"])
        book = load_codebook(paths["codebook"])
        themes = (
            ThemeModel.load(resolve_model(paths["codebook"], book.model)) if book.model else None
        )
        tagger = ThemeTagger(book, model=themes)
        overrides = load_overrides(paths["tone"])
        trained = overrides.model  # the tone model, named relative to the overrides' folder
        return cls(
            lexicon=lexicon,
            tagger=tagger,
            tone=ToneScorer(overrides),
            tone_model=ToneModel.load(resolve_model(paths["tone"], trained)) if trained else None,
            fingerprint={**fingerprint(paths), "model": model or ""},
            model=model,
        )

    def derive(self, text: str, pages: Sequence[PageSpan] = ()) -> Derived:
        from carelead.passages.attribute import attribute
        from carelead.passages.utterances import readings

        passages = attribute(text, pages, self.lexicon, model=self.model)
        texts = [text[p.start : p.end] for p in passages]
        tags = self.tagger.tag(texts, [p.kind == "quote" for p in passages])
        # A quotation split by its cue is scored as the one utterance it is: the stance of
        # "'We don't tell the manager how to run the home,' she says, 'and she knows ...'" is in
        # its second half. (Themes read each passage: tagging the utterance, with the theme model
        # retrained on it, gained 0.008 on genre-39 to -53 and took the seed 0.752 -> 0.734.)
        said = readings(passages, text)
        tone = self.tone.score(said)
        if self.tone_model is not None:
            # The model learnt from quotations: the stakeholders' words get its score, the
            # authors' narrative keeps the lexicon's.
            quotes = [i for i, p in enumerate(passages) if p.kind == "quote"]
            scored = self.tone_model.score([said[i] for i in quotes], [tone[i] for i in quotes])
            for i, score in zip(quotes, scored, strict=True):
                tone[i] = score
        return Derived(
            passages=passages,
            tags={p.n: t for p, t in zip(passages, tags, strict=True) if t},
            tone={p.n: s for p, s in zip(passages, tone, strict=True)},
            derived_with=dict(self.fingerprint),
        )
