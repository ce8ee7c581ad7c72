"""`manifest.yaml` beside the documents: metadata for each document id.

    kingsfund-2021:
      title: "Stories from social care leadership"
      publisher: The King's Fund
      authors: [Richard Humphries, Nicholas Timmins]
      date: 2021-02
      kind: report
      collection: kingsfund-2021
      file: kingsfund-2021.pdf      # optional; default: the file whose stem is the id

Every field is optional. Unknown fields are errors (`file:line: id.field: message`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, RootModel, field_validator

from carelead.models import DocumentMeta

MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    publisher: str | None = None
    authors: list[str] = []
    date: str | None = None
    kind: str | None = None
    collection: str | None = None
    file: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        """YAML reads 2022-06-09 as a date and 2021 as a number: keep what the researcher wrote."""
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, int):
            return str(value)
        return value

    @field_validator("authors", mode="before")
    @classmethod
    def _author_list(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


class ManifestFile(RootModel[dict[str, ManifestEntry | None]]):
    pass


@dataclass(frozen=True)
class Manifest:
    folder: Path
    entries: dict[str, ManifestEntry]

    def lookup(self, path: Path) -> tuple[str, ManifestEntry] | None:
        """The id and entry that name this file (by `file:` or by the file's stem), if any."""
        name = path.name
        for doc_id, entry in self.entries.items():
            if entry.file and (entry.file == name or (self.folder / entry.file) == path):
                return doc_id, entry
        by_stem = self.entries.get(path.stem)
        if by_stem is not None and (by_stem.file is None or by_stem.file == name):
            return path.stem, by_stem
        return None


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def load_manifest(path: Path) -> Manifest:
    from carelead.yamlconf import load_model

    parsed = load_model(path, ManifestFile)
    entries = {str(k): (v or ManifestEntry()) for k, v in parsed.root.items()}
    return Manifest(path.parent, entries)


def entry_meta(doc_id: str, entry: ManifestEntry | None) -> DocumentMeta:
    if entry is None:
        return DocumentMeta(id=doc_id)
    return DocumentMeta(
        id=doc_id,
        title=entry.title,
        publisher=entry.publisher,
        date=entry.date,
        kind=entry.kind,
        collection=entry.collection,
        authors=tuple(entry.authors),
    )
