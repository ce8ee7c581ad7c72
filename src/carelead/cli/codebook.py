"""`carelead codebook check` and `carelead codebook import`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from carelead import resources
from carelead.cli.common import FormatOpt, OutputOpt, emit, say, state, store

app = typer.Typer(help="Check and import codebooks.", no_args_is_help=True)


@app.command("check")
def check(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(help="Codebook YAML (default: the shipped codebook).", show_default=False),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Validate a codebook and check it against the corpus in the store; exit 1 on errors.

    Errors: malformed YAML, unknown keys, empty pattern lists, invalid or catastrophic regexes.
    Warnings: themes that match no passage, patterns that match almost every passage, duplicate or
    overlapping patterns. JSON fields (stable): codebook, themes, passages, errors, warnings,
    findings[].level/.theme/.pattern/.message.

    Example: carelead codebook check codebooks/social-care-leadership.yaml --strict
    """
    from carelead.tagging import check as core

    path = resources.codebook_path(file, resources.DEFAULT_CODEBOOK)
    documents: list[list[str]] = []
    if state(ctx).db_path.exists():
        with store(ctx) as s:
            documents = core.corpus_texts(s)
    if not documents:
        say(ctx, "no corpus in the store: checking the codebook alone")
    result = core.check(path, documents)
    emit(result.report(), fmt, output)
    if result.failed(strict):
        raise typer.Exit(1)


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="Dictionary to convert: quanteda YAML (.yml/.yaml) or REFI-QDA (.qdc/.qdpx)."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the codebook here instead of stdout."),
    ] = None,
) -> None:
    """Convert a dictionary (quanteda-style YAML: key -> glob values, nested keys, `__`) to a codebook.

    A REFI-QDA codebook (.qdc) or project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or `carelead export`
    is read safely: no zip is extracted and XML with a DTD or entities is refused.

    Example: carelead codebook import my-dictionary.yml -o codebooks/mine.yaml
    """
    from carelead.output.formats import write_atomic
    from carelead.tagging.codebook import dump_codebook
    from carelead.tagging.importers import import_codebook

    imported = import_codebook(file)
    for warning in imported.warnings:
        say(ctx, f"warning: {warning}")
    text = dump_codebook(imported.codebook)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(output, text)
        say(ctx, f"wrote {len(imported.codebook.themes)} themes to {output}")
