"""`carelead variation`, `carelead sentiment`, `carelead compare`: the analyses by stakeholder type.

Each command resolves its scope in the store, calls one function in `carelead.analysis`, and emits
the Report the result makes of itself.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from carelead.cli.common import FormatOpt, OutputOpt, ScopeArg, emit, say, store, warn_stale

app = typer.Typer()


class Dimension(str, Enum):
    theme = "theme"
    role = "role"
    doc = "doc"
    collection = "collection"
    kind = "kind"


class Test(str, Enum):
    pearson = "pearson"
    g2 = "g2"


class TermMethod(str, Enum):
    g2 = "g2"
    logodds = "logodds"


MinNOpt = Annotated[
    int,
    typer.Option(
        "--min-n", min=0, help="Hide rows, columns, groups or themes with fewer passages than this."
    ),
]
AllPassagesOpt = Annotated[
    bool,
    typer.Option(
        "--all-passages",
        help="Count the authors' narrative too, as role 'author' (default: quotations only).",
    ),
]


@app.command()
def variation(
    ctx: typer.Context,
    scope: ScopeArg = None,
    rows: Annotated[Dimension, typer.Option("--rows", help="Row dimension.")] = Dimension.theme,
    cols: Annotated[Dimension, typer.Option("--cols", help="Column dimension.")] = Dimension.role,
    min_n: MinNOpt = 0,
    all_passages: AllPassagesOpt = False,
    all_themes: Annotated[
        bool,
        typer.Option(
            "--all-themes",
            help="Count a passage under every theme it has (default: its main theme only;"
            " the test is then approximate).",
        ),
    ] = False,
    test: Annotated[
        Test, typer.Option("--test", help="pearson (chi-square) or g2.")
    ] = Test.pearson,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Theme × stakeholder crosstab: counts, row/column %, chi-square, Cramér's V, residuals.

    Cells marked + or - are over- or under-represented (adjusted standardized residual,
    Benjamini-Hochberg q < 0.05).

    Example: carelead variation kingsfund-2021 --min-n 5
    """
    from carelead.analysis.variation import from_store

    with store(ctx) as s:
        result = from_store(
            s,
            scope or [],
            rows=rows.value,
            cols=cols.value,
            min_n=min_n,
            unit="all" if all_passages else "quotes",
            all_themes=all_themes,
            method=test.value,
        )
        warn_stale(ctx, s, scope)
    _warn(ctx, result.warnings)
    emit(result.to_report(), fmt, output)


@app.command()
def sentiment(
    ctx: typer.Context,
    scope: ScopeArg = None,
    by: Annotated[
        str,
        typer.Option("--by", help="role, theme or role,theme (also doc, collection, kind)."),
    ] = "role",
    min_n: MinNOpt = 0,
    all_passages: AllPassagesOpt = False,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Tone per stakeholder type or theme: n, mean with bootstrap 95% CI, shares, examples.

    Example: carelead sentiment --by role,theme --min-n 3
    """
    from carelead.analysis.sentiment import GROUPABLE, from_store

    groups = tuple(part.strip() for part in by.split(",") if part.strip())
    unknown = [g for g in groups if g not in GROUPABLE]
    if unknown or not groups or len(set(groups)) != len(groups):
        raise typer.BadParameter(
            f"{by!r}: give one or more of {', '.join(GROUPABLE)}, comma-separated, each once",
            param_hint="--by",
        )
    with store(ctx) as s:
        result = from_store(
            s,
            scope or [],
            by=groups,
            min_n=min_n,
            unit="all" if all_passages else "quotes",
        )
        warn_stale(ctx, s, scope)
    _warn(ctx, result.warnings)
    emit(result.to_report(), fmt, output)


@app.command()
def compare(
    ctx: typer.Context,
    a: Annotated[
        str,
        typer.Argument(
            help="A document or collection id (doc:ID or collection:ID when a name is both).",
            show_default=False,
        ),
    ],
    b: Annotated[
        str, typer.Argument(help="Another document or collection id.", show_default=False)
    ],
    min_n: MinNOpt = 0,
    min_term_count: Annotated[
        int,
        typer.Option("--min-term-count", min=1, help="Leave out terms used fewer times in all."),
    ] = 5,
    terms: Annotated[
        TermMethod,
        typer.Option(
            "--terms",
            help="Distinctive terms by g2 (log-likelihood keyness) or logodds (Monroe et al.).",
        ),
    ] = TermMethod.g2,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Compare two documents or collections: themes, stakeholder mix, tone, distinctive terms.

    Example: carelead compare kingsfund-2021 messenger-2022
    """
    from carelead.analysis.compare import from_store

    with store(ctx) as s:
        result = from_store(
            s, a, b, min_n=min_n, min_term_count=min_term_count, term_method=terms.value
        )
        warn_stale(ctx, s, [a, b])
    _warn(ctx, result.warnings)
    emit(result.to_report(), fmt, output)


def _warn(ctx: typer.Context, warnings: list[str]) -> None:
    """Caveats that change how a result reads go to stderr as well as into the report."""
    for warning in warnings:
        say(ctx, f"carelead: {warning}")
