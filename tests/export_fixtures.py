"""A small hand-built store for the export, report and agreement tests.

Built directly through `Store.save_document`, so these tests need neither spaCy nor the codebook
files: two documents in two collections, quotations by several roles, themes with rule evidence
and tone, and text with markup that must come out escaped.
"""

from __future__ import annotations

from pathlib import Path

from carelead.export.common import Role, Theme
from carelead.models import CleanDocument, DocumentMeta, Passage, ThemeTag
from carelead.store import open_store
from carelead.store.db import Derived, Store

HOSTILE = (
    '<script>window.__pwned=1</script> "><img src=x onerror="document.title=\'pwned\'"> & =1+1'
)

THEMES = [
    Theme("leadership", "Leadership", "Leadership in social care.", None, ("leader*",), "#1F77B4"),
    Theme(
        "local-leadership",
        "Local leadership",
        "Leadership close to communities.",
        "leadership",
        ("local leader*", "director*"),
        "#FF7F0E",
    ),
    Theme(
        "funding-reform",
        "Funding and reform",
        "Money, fees, budgets; reform.",
        None,
        ("fund*", "budget*", "reform"),
        None,
    ),
    Theme(
        "workforce-training",
        "Workforce and training",
        "Care workers, pay, training.",
        None,
        ("workforce", "train*", "pay"),
        "#2CA02C",
    ),
]

ROLES = [
    Role("director", "Director", "Directors of adult social services."),
    Role("provider", "Provider", "Owners and managers of care services."),
    Role("user", "Service user", "People who draw on care and their carers."),
    Role("author", "Authors", "The report's own narrative."),
]


def _doc(
    text_parts: list[tuple[str, str, str | None, list[tuple[str, tuple[str, ...]]], float]],
) -> tuple[str, list[Passage], dict[int, list[ThemeTag]], dict[int, float]]:
    """(text, passages, tags, tone) from (kind, role, speaker, [(theme, evidence)], tone) parts."""
    text = ""
    passages: list[Passage] = []
    tags: dict[int, list[ThemeTag]] = {}
    tone: dict[int, float] = {}
    for n, (body, kind_role, speaker, themes, score) in enumerate(text_parts, start=1):
        kind, role = kind_role.split(":")
        if text:
            text += "\n\n"
        start = len(text)
        text += body
        passages.append(
            Passage(n=n, kind=kind, role=role, start=start, end=len(text), speaker=speaker)
        )
        if themes:
            tags[n] = [ThemeTag(t, "rule", 1.0 - 0.1 * i, ev) for i, (t, ev) in enumerate(themes)]
        tone[n] = score
    return text, passages, tags, tone


DOC_A = [
    (
        "The review looked at leadership across councils.",
        "narrative:author",
        None,
        [("leadership", ("leadership",))],
        0.0,
    ),
    (
        "Local leaders know their communities, and directors lead well.",
        "quote:director",
        None,
        [("local-leadership", ("Local leaders", "directors"))],
        0.6,
    ),
    (
        "Funding is a disaster and the budget is cut every year.",
        "quote:director",
        None,
        [("funding-reform", ("Funding", "budget"))],
        -0.7,
    ),
    (
        "We cannot pay staff enough to keep the workforce.",
        "quote:provider",
        "a home care manager",
        [("workforce-training", ("pay", "workforce")), ("funding-reform", ("pay",))],
        -0.5,
    ),
    (
        "Training has improved a lot for my carers.",
        "quote:user",
        None,
        [("workforce-training", ("Training",))],
        0.5,
    ),
    ("Nobody listens to us.", "quote:user", None, [], -0.4),
]

DOC_B = [
    (
        f"A hostile document: {HOSTILE}",
        "narrative:author",
        None,
        [("leadership", ("<script>",))],
        0.0,
    ),
    (
        "Reform of funding is long overdue, said the chief executive.",
        "quote:provider",
        "Jane Doe, Chief Executive of Care Example",
        [("funding-reform", ("Reform", "funding"))],
        -0.3,
    ),
    (
        "Our director is a good leader.",
        "quote:director",
        None,
        [("local-leadership", ("director",)), ("leadership", ("leader",))],
        0.7,
    ),
]


def save(store: Store, doc_id: str, parts: list, collection: str, title: str) -> None:
    text, passages, tags, tone = _doc(parts)
    store.save_document(
        DocumentMeta(
            id=doc_id,
            title=title,
            publisher="Example Press",
            date="2021-03-01",
            kind="report",
            collection=collection,
            authors=("A. Author",),
        ),
        CleanDocument(text=text),
        source_path=f"corpus/{doc_id}.txt",
        content_hash=f"hash-{doc_id}",
        derived=Derived(passages=passages, tags=tags, tone=tone),
    )


def build_store(path: Path) -> Store:
    store = open_store(path)
    save(store, "report-a", DOC_A, "reviews", "Report A: leadership <b>review</b>")
    save(store, "news-b", DOC_B, "news", "News B")
    return store


class FakeCodebook:
    name = "test-codebook"
    version = "1.2"
    description = "A codebook for tests."
    themes = THEMES
