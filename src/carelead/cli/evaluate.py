"""`carelead evaluate ...`: measure carelead's coding against a hand-coded sample.

Each command reads the store, calls `evaluate(store, FILE)` in the matching core module under
`carelead.evaluate`, and prints the Report it returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from carelead.cli.common import FormatOpt, OutputOpt, emit, store, warn_stale

app = typer.Typer()
group = typer.Typer(
    help="Measure attribution, themes, tone and agreement against hand coding.",
    no_args_is_help=True,
)
app.add_typer(group, name="evaluate")

GoldOpt = Annotated[
    Path,
    typer.Option(
        "--gold",
        help="Gold annotation, JSON Lines in the format of shared/eval/seed-quotes.jsonl.",
        show_default=False,
    ),
]


@group.command("attribution")
def attribution(
    ctx: typer.Context, gold: GoldOpt, fmt: FormatOpt = None, output: OutputOpt = None
) -> None:
    """Quote recall, role accuracy, per-role P/R/F1, confusion matrix and misses.

    Example: carelead evaluate attribution --gold ../shared/eval/seed-quotes.jsonl
    """
    from carelead.evaluate.attribution import evaluate

    with store(ctx) as s:
        emit(evaluate(s, gold), fmt, output)
        warn_stale(ctx, s)


@group.command("themes")
def themes(
    ctx: typer.Context, gold: GoldOpt, fmt: FormatOpt = None, output: OutputOpt = None
) -> None:
    """Micro and macro P/R/F1 and per-theme figures with Cohen's kappa, on quotations.

    Example: carelead evaluate themes --gold ../shared/eval/seed-quotes.jsonl
    """
    from carelead.evaluate.themes import evaluate

    with store(ctx) as s:
        emit(evaluate(s, gold), fmt, output)
        warn_stale(ctx, s)


@group.command("sentiment")
def sentiment(
    ctx: typer.Context, gold: GoldOpt, fmt: FormatOpt = None, output: OutputOpt = None
) -> None:
    """Balanced accuracy of tone against gold polarity (pos vs neg), confusion matrix, worst cases.

    Example: carelead evaluate sentiment --gold ../shared/eval/seed-quotes.jsonl
    """
    from carelead.evaluate.tone import evaluate

    with store(ctx) as s:
        emit(evaluate(s, gold), fmt, output)
        warn_stale(ctx, s)


@group.command("agreement")
def agreement(
    ctx: typer.Context,
    coded: Annotated[
        Path,
        typer.Option(
            "--coded", help="Human coding: CSV of doc, start or n, themes.", show_default=False
        ),
    ],
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Percent agreement, Cohen's kappa and Krippendorff's alpha per theme and overall.

    Example: carelead evaluate agreement --coded my-coding.csv
    """
    from carelead.evaluate.agreement import evaluate

    with store(ctx) as s:
        emit(evaluate(s, coded), fmt, output)
        warn_stale(ctx, s)
