"""Bring an existing dictionary into carelead's codebook format.

Importers are chosen by file suffix through `IMPORTERS`; each turns a file into an `Imported`
(codebook plus warnings). quanteda-style YAML dictionaries are read here:

    economy:                 # key -> list of glob values: one theme
      - tax*
      - job*
    health:                  # nested keys: child themes with `parent: health`
      __: [health*]          # `__` holds the values of `health` itself
      nhs: [nhs, hospital*]
      care: [social care, care home*]

Keys become theme ids (lower case, hyphenated; a child keeps its own slug unless another key has it,
then `parent-child`), values become patterns unchanged (quanteda's `*` and `?` globs and multi-word
values mean the same in carelead). A key without values of its own takes its descendants' values,
as quanteda counts a parent key's matches at the upper level.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carelead.errors import ConfigError
from carelead.tagging.codebook import Codebook, Theme
from carelead.tagging.patterns import validate_pattern
from carelead.yamlconf import line_of, read_yaml

OWN_VALUES = "__"
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
)  # fmt: skip


@dataclass
class Imported:
    codebook: Codebook
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Key:
    path: tuple[str, ...]
    values: list[str]
    line: int


def slug(text: str) -> str:
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out or "theme"


def _walk(path: Path, data: Any, node: Any, prefix: tuple[str, ...], out: list[_Key]) -> None:
    """Keys in document order, each parent before its children."""
    loc: list[str | int] = list(prefix)
    if not isinstance(node, dict):
        out.append(_Key(prefix, _values(path, data, node, loc), line_of(data, loc)))
        return
    entry = _Key(prefix, [], line_of(data, loc))
    if prefix:
        out.append(entry)
    for key, value in node.items():
        if str(key) == OWN_VALUES:
            entry.values.extend(_values(path, data, value, [*loc, str(key)]))
        elif isinstance(value, (dict, list, str)):
            _walk(path, data, value, (*prefix, str(key)), out)
        else:
            where = line_of(data, [*loc, str(key)])
            raise ConfigError(
                f"{path}:{where}: {'.'.join([*prefix, str(key)])}: "
                "expected a list of values or nested keys"
            )


def _values(path: Path, data: Any, value: Any, loc: list[str | int]) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, (str, int, float)) for v in items):
        raise ConfigError(
            f"{path}:{line_of(data, loc)}: {'.'.join(map(str, loc))}: expected a list of values"
        )
    return [" ".join(str(v).split()) for v in items if str(v).strip()]


def import_quanteda_yaml(path: Path) -> Imported:
    """A quanteda dictionary in YAML as a carelead codebook."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not data:
        raise ConfigError(f"{path}:1: (top): a quanteda dictionary is a mapping of keys to values")
    keys: list[_Key] = []
    _walk(path, data, data, (), keys)
    slugs = [slug(k.path[-1]) for k in keys]
    ids: dict[tuple[str, ...], str] = {}
    taken: set[str] = set()
    for k, s in zip(keys, slugs, strict=True):
        # the key's own slug, else its path's, else a numbered one: "!!!" and "???" are both "theme"
        candidate = s if slugs.count(s) == 1 else "-".join(slug(p) for p in k.path)
        unique, n = candidate, 1
        while unique in taken:
            n += 1
            unique = f"{candidate}-{n}"
        taken.add(unique)
        ids[k.path] = unique
    warnings: list[str] = []
    themes = []
    for i, k in enumerate(keys):
        values = list(k.values)
        if not values:  # a grouping key: its descendants' values
            values = [v for d in keys if d.path[: len(k.path)] == k.path for v in d.values]
        patterns = []
        for v in dict.fromkeys(values):
            problem = validate_pattern(v)
            if problem:
                warnings.append(f"{path}:{k.line}: {'.'.join(k.path)}: dropped {v!r}: {problem}")
            else:
                patterns.append(v)
        if not patterns:
            warnings.append(f"{path}:{k.line}: {'.'.join(k.path)}: no usable values; key skipped")
            continue
        themes.append(
            Theme(
                id=ids[k.path],
                label=k.path[-1].strip() or ids[k.path],
                description=f"Imported from the quanteda dictionary key {'/'.join(k.path)}.",
                parent=ids.get(k.path[:-1]) if len(k.path) > 1 else None,
                patterns=patterns,
                colour=PALETTE[i % len(PALETTE)],
                weight=1.0,
            )
        )
    present = {t.id for t in themes}
    for t in themes:
        if t.parent is not None and t.parent not in present:
            t.parent = None
    if not themes:
        raise ConfigError(f"{path}:1: (top): the dictionary has no usable keys")
    codebook = Codebook(
        name=slug(path.stem),
        version="1",
        description=f"Imported from {path.name} (quanteda dictionary).",
        themes=themes,
    )
    return Imported(codebook, warnings)


def import_refi_qda(path: Path) -> Imported:
    """A REFI-QDA codebook (.qdc) or project (.qdpx), read safely (see carelead.export.qdc)."""
    from carelead.export.qdc import read_qdc

    warnings: list[str] = []
    return Imported(read_qdc(path, warnings=warnings), warnings)


IMPORTERS: dict[str, Callable[[Path], Imported]] = {
    ".yml": import_quanteda_yaml,
    ".yaml": import_quanteda_yaml,
    ".qdc": import_refi_qda,
    ".qdpx": import_refi_qda,
}


def import_codebook(path: str | Path) -> Imported:
    """Convert a dictionary file to a codebook, choosing the importer by file suffix."""
    path = Path(path)
    importer = IMPORTERS.get(path.suffix.lower())
    if importer is None:
        known = ", ".join(sorted(IMPORTERS))
        raise ConfigError(f"{path}: cannot import this kind of file (known: {known})")
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    return importer(path)
