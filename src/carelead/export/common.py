"""What the exports share: the codebook and role lexicon with their defaults, and writing a file.

The exports take the codebook and role lexicon as objects (anything with the attributes below), so
they can be tested without the YAML files; `load_codebook`/`load_roles` read the shipped defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carelead import resources


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Theme:
    """A theme as the exports see it (the codebook model's fields they use)."""

    id: str
    label: str
    description: str = ""
    parent: str | None = None
    patterns: tuple[str, ...] = ()
    colour: str | None = None
    exclude: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


def load_codebook(path: str | Path | None = None) -> Any:
    """The codebook at `path`, or the shipped default."""
    from carelead.tagging.codebook import load_codebook as load

    return load(resources.codebook_path(path, resources.DEFAULT_CODEBOOK))


def load_roles(path: str | Path | None = None) -> list[Role]:
    """The roles of the lexicon at `path`, or of the shipped default."""
    from carelead.passages.roles import load_lexicon

    lexicon = load_lexicon(resources.codebook_path(path, resources.DEFAULT_ROLES))
    return [
        Role(
            str(r.id),
            str(getattr(r, "label", None) or r.id),
            str(getattr(r, "description", "") or ""),
        )
        for r in getattr(lexicon, "roles", ())
    ]


def themes_of(codebook: Any) -> list[Theme]:
    """The codebook's themes as plain `Theme`s."""
    return [
        Theme(
            id=str(t.id),
            label=str(getattr(t, "label", None) or t.id),
            description=str(getattr(t, "description", "") or ""),
            parent=getattr(t, "parent", None),
            patterns=tuple(str(p) for p in (getattr(t, "patterns", None) or ())),
            colour=getattr(t, "colour", None),
            exclude=tuple(str(p) for p in (getattr(t, "exclude", None) or ())),
            examples=tuple(str(e) for e in (getattr(t, "examples", None) or ())),
        )
        for t in getattr(codebook, "themes", ())
    ]


def with_extra_themes(themes: Sequence[Theme], used: Iterable[str]) -> list[Theme]:
    """The codebook's themes plus any theme id found in the store that the codebook lacks."""
    out = list(themes)
    known = {t.id for t in out}
    for tid in sorted(set(used) - known):
        out.append(Theme(tid, tid, "A theme found in the store but not in the current codebook."))
    return out


def with_extra_roles(roles: Sequence[Role], used: Iterable[str]) -> list[Role]:
    """The lexicon's roles (in its order) plus any role found in the passages that it lacks."""
    out = list(roles)
    known = {r.id for r in out}
    for rid in sorted(set(used) - known):
        out.append(Role(rid, rid.replace("-", " ").replace("_", " ").capitalize()))
    return out
