"""The spaCy pipeline, loaded once per process.

The default is `spacy.blank("en")` with a lookup lemmatizer from spacy-lookups-data, so carelead runs on
any machine without a model download. `load_nlp("en_core_web_sm")` loads an installed trained pipeline
instead; carelead uses its tokenizer and lemma table (`nlp.make_doc`), as the rules need no parse.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from carelead.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    import spacy

    if model:
        try:
            return spacy.load(model)
        except OSError:
            raise ConfigError(
                f"{model}: no such spaCy pipeline is installed (omit --model to use the built-in one)"
            ) from None
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def lemma_table(nlp: Language) -> Any:
    """The lookup lemmatizer's table of `nlp` (form -> lemma); for a trained pipeline (whose
    lemmatizer needs POS tags) the English lookup table of spacy-lookups-data, so cue words and
    codebook patterns match the same way whichever pipeline runs."""
    if "lemmatizer" in nlp.pipe_names:
        try:
            return nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
        except (KeyError, AttributeError, ValueError):
            pass
    try:
        from spacy.lookups import load_lookups

        return load_lookups(nlp.lang or "en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, KeyError, ImportError, OSError):
        return None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block, restoring its state after.

    Attribution and tagging allocate thousands of small acyclic objects (matches, cues,
    antecedents, tags), all freed by reference counting; their number alone would set off
    collections that walk the whole heap of the loaded pipeline and models, a sizeable part of
    their time in a full process.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
