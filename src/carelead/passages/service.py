"""What the `attribute` and `passages` commands call: recompute stored passages, list them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carelead.output import Report
    from carelead.store import Store

PASSAGE_FIELDS = (
    "doc",
    "n",
    "kind",
    "role",
    "speaker",
    "text",
    "start",
    "end",
    "page",
    "themes",
    "sentiment",
)
KINDS = ("quote", "narrative")


def reattribute(
    store: Store,
    scope: Sequence[str] = (),
    roles: str | Path | None = None,
    codebook: str | Path | None = None,
    tone: str | Path | None = None,
    model: str | None = None,
    on_document: Callable[[str], None] | None = None,
) -> Report:
    """Recompute passages, theme tags and tone of the documents in `scope` with the given lexicon.

    The lexicon (and codebook, tone overrides) is validated before any document is touched; each
    document's derived data is swapped in its own transaction.
    """
    from carelead.output import Report, Table
    from carelead.pipeline import Pipeline

    doc_ids = store.resolve_scope(scope)
    pipeline = Pipeline.load(roles=roles, codebook=codebook, tone=tone, model=model)
    rows = []
    for doc_id in doc_ids:
        doc = store.document(doc_id)
        derived = pipeline.derive(doc.text, doc.pages)
        store.replace_derived(doc_id, derived)
        quotes = [p for p in derived.passages if p.kind == "quote"]
        counts: dict[str, int] = {}
        for p in quotes:
            counts[p.role] = counts.get(p.role, 0) + 1
        rows.append(
            {
                "doc": doc_id,
                "passages": len(derived.passages),
                "quotes": len(quotes),
                "roles": ", ".join(f"{r} {n}" for r, n in sorted(counts.items())),
            }
        )
        if on_document is not None:
            on_document(doc_id)
    return Report(
        [Table("documents", ["doc", "passages", "quotes", "roles"], rows, title="Attributed")]
    )


def list_passages(
    store: Store,
    scope: Sequence[str] = (),
    role: str | None = None,
    kind: str | None = None,
    theme: str | None = None,
) -> Report:
    """One row per passage with the stable fields PASSAGE_FIELDS."""
    from carelead.errors import ScopeError
    from carelead.output import Report, Table

    if kind is not None and kind not in KINDS:
        raise ScopeError(f"--kind {kind}: choose quote or narrative")
    doc_ids = store.resolve_scope(scope)
    rows = [
        {
            "doc": p.doc,
            "n": p.n,
            "kind": p.kind,
            "role": p.role,
            "speaker": p.speaker,
            "text": p.text,
            "start": p.start,
            "end": p.end,
            "page": p.page,
            "themes": list(p.themes),
            "sentiment": p.sentiment,
        }
        for p in store.passages(doc_ids, role=role, kind=kind, theme=theme)
    ]
    return Report([Table("passages", list(PASSAGE_FIELDS), rows, title="Passages")], data=rows)
