"""`carelead attribute` and `carelead passages`: recompute and list attributed passages."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from carelead.cli.common import (
    CodebookOpt,
    FormatOpt,
    ModelOpt,
    OutputOpt,
    RolesOpt,
    ScopeArg,
    ToneOpt,
    emit,
    progress,
    say,
    store,
    warn_stale,
)

app = typer.Typer()


class Kind(str, Enum):
    quote = "quote"
    narrative = "narrative"


@app.command("attribute")
def attribute(
    ctx: typer.Context,
    scope: ScopeArg = None,
    roles: RolesOpt = None,
    codebook: CodebookOpt = None,
    tone: ToneOpt = None,
    model: ModelOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Recompute passages, roles, themes and tone of stored documents (after editing a YAML file).

    Example: carelead attribute kingsfund-2021 --roles my-roles.yaml
    """
    from carelead.passages.service import reattribute

    with store(ctx) as s:
        doc_ids = s.resolve_scope(scope or [])
        with progress(ctx, "attributing", len(doc_ids)) as bar:

            def step(doc_id: str) -> None:
                if bar is not None:
                    bar.advance(bar.task_ids[0])

            report = reattribute(
                s,
                scope or [],
                roles=roles,
                codebook=codebook,
                tone=tone,
                model=model,
                on_document=step,
            )
        say(ctx, f"attributed {len(doc_ids)} document(s)")
        warn_stale(ctx, s, roles=roles, codebook=codebook, tone=tone)
        emit(report, fmt, output)


@app.command("passages")
def passages(
    ctx: typer.Context,
    scope: ScopeArg = None,
    role: Annotated[
        str | None, typer.Option("--role", help="Only passages with this role.")
    ] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help="quote or narrative.")] = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Only passages tagged with this theme id.")
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """List passages with their kind, speaker, role, offsets, page, themes and tone.

    JSON fields (stable): doc, n, kind, role, speaker, text, start, end, page, themes, sentiment.

    Example: carelead passages kingsfund-2021 --kind quote --role director --format json
    """
    from carelead.passages.service import list_passages

    with store(ctx) as s:
        report = list_passages(
            s, scope or [], role=role, kind=kind.value if kind else None, theme=theme
        )
        warn_stale(ctx, s, scope)
    emit(report, fmt, output)
