"""`carelead themes` (the tagged summary of a corpus) and `carelead kwic` (keyword in context)."""

from __future__ import annotations

from typing import Annotated

import typer

from carelead.cli.common import FormatOpt, OutputOpt, ScopeArg, emit, store, warn_stale

app = typer.Typer()


@app.command("themes")
def themes(
    ctx: typer.Context,
    scope: ScopeArg = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="`role`: a theme x role table of tagged passage counts."),
    ] = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Only this theme id, with more examples.")
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Per theme: passages and documents (number and share), roles, evidence terms, examples.

    JSON fields (stable): passages, documents, themes[].theme, .label, .passages, .passage_share,
    .quotes, .documents, .document_share, .roles, .evidence, .examples[].doc/.n/.role/.speaker/.text.

    Example: carelead themes kingsfund-2021 --by role
    """
    from carelead.tagging import summary

    if by is not None and by != "role":
        raise typer.BadParameter("only `--by role` is supported", param_hint="--by")
    with store(ctx) as s:
        if by == "role":
            report = summary.by_role(s, scope or [], theme=theme)
        else:
            report = summary.summarise(s, scope or [], theme=theme)
        warn_stale(ctx, s, scope)
    emit(report, fmt, output)


@app.command("kwic")
def kwic(
    ctx: typer.Context,
    term: Annotated[str, typer.Argument(help="Word or phrase; `*` and `?` are globs (leader*).")],
    scope: ScopeArg = None,
    role: Annotated[
        str | None, typer.Option("--role", help="Only passages spoken by this role.")
    ] = None,
    width: Annotated[
        int, typer.Option("--width", min=0, max=500, help="Characters of context each side.")
    ] = 40,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Keyword in context: each occurrence of TERM with its document, passage and speaker role.

    JSON fields (stable): doc, n, role, speaker, left, keyword, right, start.

    Example: carelead kwic "relationship*" --role director --width 30
    """
    from carelead.tagging import summary

    with store(ctx) as s:
        report = summary.kwic(s, term, scope or [], role=role, width=width)
        warn_stale(ctx, s, scope)
    emit(report, fmt, output)
