"""What `carelead themes` and `carelead kwic` report, computed from the store.

`summarise` gives, per theme, the number and share of passages and documents, the roles that raised
it, the most frequent evidence terms and one or two short example quotations with their speaker;
`by_role` the theme x role counts; `kwic` keyword-in-context lines with the speaker's role.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carelead.errors import ConfigError, ScopeError
from carelead.output.formats import Report, Table

if TYPE_CHECKING:
    from carelead.store import Store
    from carelead.store.db import PassageRow

EXAMPLE_MIN_CHARS = 40
EXAMPLE_MAX_CHARS = 240
QUOTE_MARKS = "'\"‘’“”"


@dataclass(frozen=True)
class Scope:
    doc_ids: list[str]
    passages: list[PassageRow]
    tags: dict[tuple[str, int], list[Any]]


def _scope(store: Store, names: Sequence[str]) -> Scope:
    doc_ids = store.resolve_scope(names)
    return Scope(doc_ids, store.passages(doc_ids), store.theme_tags(doc_ids))


def _labels() -> dict[str, str]:
    """Theme labels from the default codebook (ids stand in when it cannot be read)."""
    from carelead import resources
    from carelead.tagging.codebook import load_codebook

    try:
        codebook = load_codebook(resources.codebooks_dir() / resources.DEFAULT_CODEBOOK)
    except ConfigError:
        return {}
    return {t.id: t.label for t in codebook.themes}


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(QUOTE_MARKS + " ")


def _short(example: dict[str, Any], limit: int = 100) -> str:
    text = example["text"]
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"{text} ({example['role']})"


def _examples(rows: list[tuple[PassageRow, float]], k: int) -> list[dict[str, Any]]:
    """The `k` best-scoring short quotations (preferring ones of a readable length)."""

    def key(item: tuple[PassageRow, float]) -> tuple[int, float, str, int]:
        row, score = item
        length = len(_clean(row.text))
        fits = EXAMPLE_MIN_CHARS <= length <= EXAMPLE_MAX_CHARS
        return (0 if fits else 1, -score, row.doc, row.n)

    quotes = [(r, s) for r, s in rows if r.kind == "quote"] or rows
    out = []
    for row, _ in sorted(quotes, key=key)[:k]:
        text = _clean(row.text)
        if len(text) > EXAMPLE_MAX_CHARS:
            text = text[: EXAMPLE_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
        out.append(
            {"doc": row.doc, "n": row.n, "role": row.role, "speaker": row.speaker, "text": text}
        )
    return out


def summarise(
    store: Store, names: Sequence[str] = (), theme: str | None = None, examples: int = 2
) -> Report:
    """Per theme: passages, documents, roles, evidence terms and example quotations."""
    scope = _scope(store, names)
    labels = _labels()
    total_passages = len(scope.passages)
    total_docs = len(scope.doc_ids)
    rows_by_theme: dict[str, list[tuple[PassageRow, float]]] = {}
    evidence: dict[str, Counter[str]] = {}
    for row in scope.passages:
        for tag in scope.tags.get((row.doc, row.n), []):
            rows_by_theme.setdefault(tag.theme, []).append((row, tag.score))
            evidence.setdefault(tag.theme, Counter()).update(tag.evidence)
    if theme is not None and theme not in rows_by_theme and theme not in labels:
        raise ScopeError(f"{theme}: no passage in scope is tagged with this theme")
    order = sorted(rows_by_theme, key=lambda t: (-len(rows_by_theme[t]), t))
    if theme is not None:
        order = [theme]
        examples = max(examples, 5)
    data: list[dict[str, Any]] = []
    for tid in order:
        tagged = rows_by_theme.get(tid, [])
        docs = {r.doc for r, _ in tagged}
        roles = Counter(r.role for r, _ in tagged if r.kind == "quote")
        data.append(
            {
                "theme": tid,
                "label": labels.get(tid, tid),
                "passages": len(tagged),
                "passage_share": len(tagged) / total_passages if total_passages else 0.0,
                "quotes": sum(1 for r, _ in tagged if r.kind == "quote"),
                "documents": len(docs),
                "document_share": len(docs) / total_docs if total_docs else 0.0,
                "roles": dict(sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))),
                "evidence": [
                    t
                    for t, _ in sorted(
                        evidence.get(tid, Counter()).items(), key=lambda kv: (-kv[1], kv[0])
                    )[:8]
                ],
                "examples": _examples(tagged, examples),
            }
        )
    table_rows = [
        {
            **{k: d[k] for k in ("theme", "passages", "passage_share", "quotes", "documents")},
            "roles": ", ".join(f"{r} {n}" for r, n in d["roles"].items()),
            "evidence": ", ".join(d["evidence"][:5]),
            "example": _short(d["examples"][0]) if d["examples"] else "",
        }
        for d in data
    ]
    title = f"Themes in {total_passages} passages of {total_docs} document(s)"
    return Report(
        tables=[
            Table(
                "themes",
                [
                    "theme",
                    "passages",
                    "passage_share",
                    "quotes",
                    "documents",
                    "roles",
                    "evidence",
                    "example",
                ],
                table_rows,
                title=title,
            )
        ],
        notes=["roles count quotations only; narrative passages belong to the authors"],
        data={"passages": total_passages, "documents": total_docs, "themes": data},
    )


def by_role(store: Store, names: Sequence[str] = (), theme: str | None = None) -> Report:
    """Theme x role counts of tagged quotations (narrative passages as role `author`)."""
    scope = _scope(store, names)
    counts: dict[str, Counter[str]] = {}
    roles: Counter[str] = Counter()
    for row in scope.passages:
        roles[row.role] += 1
        for tag in scope.tags.get((row.doc, row.n), []):
            if theme is None or tag.theme == theme:
                counts.setdefault(tag.theme, Counter())[row.role] += 1
    role_order = sorted(roles, key=lambda r: (r == "author", -roles[r], r))
    order = sorted(counts, key=lambda t: (-sum(counts[t].values()), t))
    rows = [
        {
            "theme": t,
            **{r: counts[t].get(r, 0) for r in role_order},
            "total": sum(counts[t].values()),
        }
        for t in order
    ]
    rows.append(
        {"theme": "(passages)", **{r: roles[r] for r in role_order}, "total": sum(roles.values())}
    )
    return Report(
        tables=[
            Table(
                "themes_by_role",
                ["theme", *role_order, "total"],
                rows,
                title="Tagged passages by theme and speaker role",
            )
        ],
        notes=["the last row counts all passages of each role, tagged or not"],
    )


def term_regex(term: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive regex for TERM: globs `*`/`?`, spaces match any whitespace."""
    words = term.split()
    if not words:
        raise ScopeError("kwic: the search term is empty")
    parts = []
    for word in words:
        if not word.strip("*"):
            part = r"[\w'’-]+"  # a lone "*" is any word, never the empty string
        else:
            part = re.escape(word).replace(r"\*", r"[\w'’-]*").replace(r"\?", r"\w")
        parts.append(part)
    return re.compile(r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])", re.IGNORECASE)


def kwic(
    store: Store,
    term: str,
    names: Sequence[str] = (),
    role: str | None = None,
    width: int = 40,
) -> Report:
    """Keyword in context: every occurrence of TERM in the passages in scope, with the role."""
    scope_ids = store.resolve_scope(names)
    rx = term_regex(term)
    rows = []
    for row in store.passages(scope_ids, role=role):
        text = row.text
        for m in rx.finditer(text):
            left = " ".join(text[max(0, m.start() - width * 2) : m.start()].split())
            right = " ".join(text[m.end() : m.end() + width * 2].split())
            rows.append(
                {
                    "doc": row.doc,
                    "n": row.n,
                    "role": row.role,
                    "speaker": row.speaker,
                    "left": left[-width:] if width else "",
                    "keyword": " ".join(m.group().split()),
                    "right": right[:width] if width else "",
                    "start": row.start + m.start(),
                }
            )
    return Report(
        tables=[
            Table(
                "kwic",
                ["doc", "n", "role", "left", "keyword", "right"],
                rows,
                title=f"{len(rows)} occurrence(s) of {term!r}",
            )
        ]
    )
