"""The ingest service: sources in, one outcome per source out.

    sources, failed = collect(["corpus/"])            # files, folders, globs, "-" for stdin
    for outcome in ingest(store, sources, Pipeline.load):
        print(outcome.status, outcome.id)  # added | replaced | updated | unchanged | failed

Each source is read, hashed (sha256 of its bytes), sniffed, read and cleaned, then derived (passages,
theme tags, tone) and saved in one transaction. Unchanged content never loads the pipeline: with
unchanged metadata it is a no-op, with new metadata (the manifest edited, --title given) only the
documents row is updated; changed content under a stored id needs `replace`. Sources are handled
one at a time, so a large corpus streams through in constant memory.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from carelead.errors import InputError, ScopeError, StoreError
from carelead.ingest.manifest import (
    MANIFEST_NAMES,
    Manifest,
    entry_meta,
    find_manifest,
    load_manifest,
)
from carelead.models import DocumentMeta, PageSpan

if TYPE_CHECKING:
    from carelead.pipeline import Pipeline
    from carelead.store import Store
    from carelead.store.db import StoredDocument

STATUSES = ("added", "replaced", "updated", "unchanged", "failed")
EMBEDDED_TITLE_FORMATS = ("html", "pdf", "docx")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One document to ingest: where it comes from (`name` as the user gave it) and its metadata."""

    name: str
    meta: DocumentMeta
    path: Path | None = None
    data: bytes | None = None  # stdin's bytes

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            raise InputError(self.name, "no such file") from None
        except IsADirectoryError:
            raise InputError(self.name, "is a folder") from None
        except PermissionError:
            raise InputError(self.name, "permission denied") from None
        except OSError as exc:
            raise InputError(self.name, f"cannot read ({exc.strerror})") from None


@dataclass(frozen=True)
class Outcome:
    """What happened to one source. The stable JSON fields of `carelead ingest --format json`."""

    source: str
    status: str  # added | replaced | updated | unchanged | failed
    id: str | None = None
    format: str | None = None
    pages: int = 0
    chars: int = 0
    passages: int = 0
    reason: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over the manifest for every source."""

    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    collection: str | None = None

    def apply(self, meta: DocumentMeta) -> DocumentMeta:
        given = {k: v for k, v in vars(self).items() if v is not None}
        return replace(meta, **given) if given else meta


@dataclass
class _Manifests:
    """The manifests that describe the files of one ingest, and which of their entries were used."""

    cache: dict[Path, Manifest | None] = field(default_factory=dict)
    used: set[tuple[Path, str]] = field(default_factory=set)

    def _manifest(self, folder: Path) -> Manifest | None:
        if folder not in self.cache:
            found = find_manifest(folder)
            self.cache[folder] = load_manifest(found) if found else None
        return self.cache[folder]

    def meta_for(self, path: Path, root: Path | None = None) -> DocumentMeta:
        """The file's metadata from the nearest manifest that names it: its own folder's (by
        `file:` or by stem), else a parent folder's up to `root` (by a `file:` path such as
        `sub/x.txt`). Without an entry the id is the file stem."""
        path = path.resolve()
        folder = path.parent
        top = (root or folder).resolve()
        while True:
            manifest = self._manifest(folder)
            hit = manifest.lookup(path) if manifest else None
            if hit is not None and manifest is not None:
                entry = hit[1]
                own = folder == path.parent
                if own or (entry.file and (folder / entry.file).resolve() == path):
                    self.used.add((folder, hit[0]))
                    return entry_meta(*hit)
            if folder == top or top not in folder.parents:
                return DocumentMeta(id=path.stem)
            folder = folder.parent

    def unused(self, roots: Iterable[Path]) -> list[str]:
        """Warnings for entries of the manifests under the given folders that named no file."""
        roots = [r.resolve() for r in roots]
        out = []
        for folder, manifest in sorted(self.cache.items()):
            if manifest is None or not any(r == folder or r in folder.parents for r in roots):
                continue
            source = find_manifest(folder)
            for doc_id, entry in manifest.entries.items():
                if (folder, doc_id) not in self.used:
                    named = f"file {entry.file}" if entry.file else f"a file named {doc_id}.*"
                    out.append(f"{source}: warning: entry {doc_id!r} ({named}) matches no file")
        return out


def _root(arg: str) -> Path:
    """The folder an argument covers, up to which manifests are looked for: the folder itself, a
    glob's fixed leading folders, a file's own folder."""
    path = Path(arg)
    if path.is_dir():
        return path
    if glob.has_magic(arg):
        fixed = []
        for part in path.parts:
            if glob.has_magic(part):
                break
            fixed.append(part)
        return Path(*fixed) if fixed else Path(".")
    return path.parent


# Files a folder holds beside its documents that are never documents themselves: data, code,
# images, archives, stores and exports. Named on the command line, such a file is still tried.
NOT_DOCUMENTS = frozenset(
    [
        ".json",
        ".jsonl",
        ".csv",
        ".tsv",
        ".xlsx",
        ".xls",
        ".py",
        ".r",
        ".ipynb",
        ".yaml",
        ".yml",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".zip",
        ".gz",
        ".db",
        ".sqlite",
        ".qdpx",
        ".qdc",
    ]
)


def _expand(arg: str) -> list[Path] | None:
    """Files named by one argument: the file, every document file under a folder (not hidden ones,
    manifests, or data, code and image files: see NOT_DOCUMENTS), or a glob's matches."""
    path = Path(arg)
    if path.is_dir():
        return sorted(p for p in _folder_files(path) if p.suffix.lower() not in NOT_DOCUMENTS)
    if path.exists():
        return [path]
    if glob.has_magic(arg):
        matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
        return [m for m in matches if m.is_file()] or None
    return None


def collect(
    args: Sequence[str],
    *,
    doc_id: str | None = None,
    overrides: Overrides | None = None,
    stdin: Callable[[], bytes] | None = None,
    warnings: list[str] | None = None,
) -> tuple[list[Source], list[Outcome]]:
    """Sources for the paths given (files, folders, globs, "-"), and outcomes for those that fail
    already here (a missing path, an id used twice in one call). `doc_id` names a single source.

    A file's metadata comes from the nearest manifest naming it, in its folder or a parent folder up
    to the argument's. Entries of the manifests of folders given whole that name no file are added
    to `warnings` (`manifest: warning: ...`), when a list is given."""
    overrides = overrides or Overrides()
    manifests = _Manifests()
    folders: list[Path] = []
    sources: list[Source] = []
    failed: list[Outcome] = []
    for arg in args:
        if arg == STDIN:
            if not doc_id:
                failed.append(Outcome(STDIN, "failed", reason="reading stdin needs --id"))
                continue
            read = stdin or sys.stdin.buffer.read
            sources.append(Source(STDIN, overrides.apply(DocumentMeta(id=doc_id)), data=read()))
            continue
        files = _expand(arg)
        if files is None:
            failed.append(Outcome(arg, "failed", reason="no such file or folder"))
            continue
        if Path(arg).is_dir():
            folders.append(Path(arg))
        for path in files:
            meta = manifests.meta_for(path, _root(arg))
            if doc_id:
                meta = replace(meta, id=doc_id)
            name = arg if Path(arg) == path else str(path)
            sources.append(Source(name, overrides.apply(meta), path=path))
    seen: dict[str, str] = {}
    unique: list[Source] = []
    paths: set[Path] = set()
    for src in sources:
        if (
            src.path is not None
        ):  # the same file named twice (a folder and a glob in it) is read once
            resolved = src.path.resolve()
            if resolved in paths:
                continue
            paths.add(resolved)
        other = seen.get(src.meta.id)
        if other is not None:
            reason = f"id {src.meta.id!r} is also the id of {other} (give one of them another id)"
            failed.append(Outcome(src.name, "failed", id=src.meta.id, reason=reason))
            continue
        seen[src.meta.id] = src.name
        unique.append(src)
    if warnings is not None:
        warnings.extend(manifests.unused(folders))
        warnings.extend(_skipped(folders))
    return unique, failed


def _folder_files(folder: Path) -> list[Path]:
    """Every file under `folder` but hidden ones and manifests."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.name not in MANIFEST_NAMES
    ]


def _skipped(folders: Sequence[Path]) -> list[str]:
    """A note per folder given whole that holds files left out as not documents."""
    out = []
    for folder in folders:
        kinds = sorted(
            {p.suffix.lower() for p in _folder_files(folder) if p.suffix.lower() in NOT_DOCUMENTS}
        )
        if kinds:
            out.append(
                f"{folder}: note: files of these kinds are not documents and were left out:"
                f" {', '.join(kinds)} (name a file to ingest it anyway)"
            )
    return out


def ingest(
    store: Store,
    sources: Iterable[Source],
    pipeline: Pipeline | Callable[[], Pipeline] | None,
    *,
    replace: bool = False,
) -> Iterator[Outcome]:
    """Ingest each source in its own transaction; yield its outcome as soon as it is known.

    `pipeline` derives passages, themes and tone; give a callable (such as `Pipeline.load`) to load it
    only if some document needs storing. None stores documents without derived data (benchmarks).
    """
    from carelead.ingest.readers import embedded_title, read
    from carelead.ingest.sniff import sniff
    from carelead.store.db import Derived

    loaded: Pipeline | None = None
    for src in sources:
        doc_id = src.meta.id
        try:
            data = src.read_bytes()
        except InputError as exc:
            yield Outcome(src.name, "failed", id=doc_id, reason=exc.reason)
            continue
        digest = hashlib.sha256(data).hexdigest()
        stored_hash = store.content_hash(doc_id)
        if stored_hash == digest:
            updated = _update_metadata(store, src.meta, digest)
            yield Outcome(src.name, "updated" if updated else "unchanged", id=doc_id)
            continue
        if stored_hash is not None and not replace:
            yield Outcome(src.name, "failed", id=doc_id, reason=_conflict(doc_id))
            continue
        fmt = None
        try:
            fmt = sniff(data, src.name)
            clean = read(data, fmt, src.name)
        except InputError as exc:
            yield Outcome(src.name, "failed", id=doc_id, format=fmt, reason=exc.reason)
            continue
        except Exception as exc:  # a third-party parser choking on a malformed file
            reason = f"unreadable {fmt or ''} file ({type(exc).__name__}: {exc})".replace("  ", " ")
            yield Outcome(src.name, "failed", id=doc_id, format=fmt, reason=reason)
            continue
        meta = src.meta
        if meta.title is None and fmt != "text":
            meta = dataclasses.replace(meta, title=embedded_title(data, fmt))
        del data
        if pipeline is None:
            derived = Derived(passages=[])
        else:
            if loaded is None:
                loaded = pipeline() if callable(pipeline) else pipeline
            try:
                derived = loaded.derive(clean.text, clean.pages)
            except Exception as exc:  # a fault in carelead's own analysis: this file fails, and
                # says so in one line; the other files go on
                reason = f"could not be analysed ({type(exc).__name__}: {exc}); please report this"
                yield Outcome(src.name, "failed", id=doc_id, format=fmt, reason=reason)
                continue
        source_path = str(src.path.resolve()) if src.path is not None else None
        try:
            store.save_document(
                meta,
                clean,
                source_path=source_path,
                content_hash=digest,
                derived=derived,
                replace=replace,
            )
        except StoreError:
            # Another process stored this id between our check and our write.
            if store.content_hash(doc_id) == digest:
                yield Outcome(src.name, "unchanged", id=doc_id)
                continue
            yield Outcome(src.name, "failed", id=doc_id, reason=_conflict(doc_id))
            continue
        yield Outcome(
            src.name,
            "replaced" if stored_hash is not None else "added",
            id=doc_id,
            format=clean.source_format,
            pages=len(clean.pages),
            chars=len(clean.text),
            passages=len(derived.passages),
            warnings=clean.warnings,
        )


def _update_metadata(store: Store, meta: DocumentMeta, content_hash: str) -> bool:
    """Store new metadata for a document whose content is unchanged; False when it is the same.

    A title left unset keeps a stored title that came from the file itself (HTML, PDF, DOCX)."""
    stored = store.document_summaries([meta.id])
    if not stored:
        return False
    if meta.title is None and stored[0].source_format in EMBEDDED_TITLE_FORMATS:
        meta = dataclasses.replace(meta, title=stored[0].meta.title)
    if meta == stored[0].meta:
        return False
    return store.update_metadata(meta, content_hash=content_hash)


def _conflict(doc_id: str) -> str:
    return f"{doc_id}: already stored with different content (use --replace to swap it)"


# -- listing and showing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    """A row of `carelead docs`; the stable JSON fields."""

    id: str
    title: str | None
    publisher: str | None
    authors: tuple[str, ...]
    date: str | None
    kind: str | None
    collection: str | None
    format: str
    pages: int
    chars: int
    passages: int
    quotes: int
    source: str | None
    content_hash: str
    ingested_at: str


def list_documents(store: Store, names: Sequence[str] = ()) -> list[DocumentRow]:
    """Every stored document (or those named, directly or by collection) with its counts."""
    try:
        ids = store.resolve_scope(names)
    except ScopeError:
        if names:
            raise
        return []
    return [
        DocumentRow(
            id=doc.meta.id,
            title=doc.meta.title,
            publisher=doc.meta.publisher,
            authors=doc.meta.authors,
            date=doc.meta.date,
            kind=doc.meta.kind,
            collection=doc.meta.collection,
            format=doc.source_format,
            pages=doc.pages,
            chars=doc.chars,
            passages=doc.passages,
            quotes=doc.quotes,
            source=doc.source_path,
            content_hash=doc.content_hash,
            ingested_at=doc.ingested_at,
        )
        for doc in store.document_summaries(ids)
    ]


def get_document(store: Store, doc_id: str) -> StoredDocument:
    return store.document(doc_id)


def with_page_markers(text: str, pages: Sequence[PageSpan]) -> str:
    """The text with a `[page N]` marker where each page begins: on its own line before a paragraph
    that opens the page, inline where a page break falls inside a paragraph."""
    out: list[str] = []
    pos = 0
    for page in sorted(pages, key=lambda p: p.start):
        start = max(page.start, pos)
        out.append(text[pos:start])
        at_paragraph = start == 0 or text[max(0, start - 2) : start] == "\n\n"
        out.append(f"[page {page.number}]\n\n" if at_paragraph else f"[page {page.number}] ")
        pos = start
    out.append(text[pos:])
    return "".join(out)
