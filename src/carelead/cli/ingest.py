"""`carelead ingest`, `carelead docs`, `carelead show`: documents into the store, and back out.

The work happens in `carelead.ingest.service`; these commands parse options, make the call, narrate
on stderr and print results on stdout.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carelead.cli.common import (
    CodebookOpt,
    Format,
    FormatOpt,
    ModelOpt,
    OutputOpt,
    RolesOpt,
    ScopeArg,
    ToneOpt,
    emit,
    progress,
    say,
    state,
    store,
)

if TYPE_CHECKING:
    from carelead.ingest.service import Outcome
    from carelead.output import Report
    from carelead.pipeline import Pipeline

app = typer.Typer()


class ShowFormat(str, Enum):
    text = "text"
    json = "json"


INGEST_COLUMNS = ["source", "id", "status", "format", "pages", "chars", "passages", "reason"]
DOCS_COLUMNS = [
    "id",
    "title",
    "publisher",
    "date",
    "kind",
    "collection",
    "format",
    "pages",
    "chars",
    "passages",
    "quotes",
]


@app.command("ingest")
def ingest_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (read recursively, with their manifest.yaml) or globs; - reads stdin.",
            show_default=False,
        ),
    ],
    doc_id: Annotated[
        str | None,
        typer.Option(
            "--id", help="Document id (one source only). Default: manifest, else file stem."
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (overrides the manifest).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher.")] = None,
    date: Annotated[str | None, typer.Option(help="Publication date, e.g. 2021-02.")] = None,
    kind: Annotated[str | None, typer.Option(help="report, blog, news, press-release, ...")] = None,
    collection: Annotated[
        str | None, typer.Option(help="Collection grouping documents for comparison.")
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Swap in changed content under an existing id.")
    ] = False,
    roles: RolesOpt = None,
    codebook: CodebookOpt = None,
    tone: ToneOpt = None,
    model: ModelOpt = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Also print one row per file: table, json, jsonl, csv or markdown.",
            show_default=False,
        ),
    ] = None,
    output: OutputOpt = None,
) -> None:
    """Read text, Markdown, web-page text, HTML, PDF and DOCX files into the corpus store.

    The format is sniffed from the content. Re-ingesting unchanged content does nothing, or updates
    the stored metadata when the manifest or the options give new; changed content under a stored
    id needs --replace. A summary goes to stderr; --format prints one row per
    file on stdout. Files that cannot be read are named on stderr, the rest are still ingested, and
    the exit code is 1.

    Example: carelead ingest corpus/ reports/*.pdf
    """
    from carelead.ingest.service import Overrides, collect, ingest

    if doc_id is not None and (len(paths) != 1 or Path(paths[0]).is_dir()):
        raise typer.BadParameter("--id names one file (or -), not several", param_hint="--id")
    if roles is not None or codebook is not None or tone is not None:
        from carelead.pipeline import config_paths, fingerprint

        fingerprint(config_paths(roles, codebook, tone))  # a missing file: refused before any work
    overrides = Overrides(title, publisher, date, kind, collection)
    manifest_warnings: list[str] = []
    sources, failed = collect(paths, doc_id=doc_id, overrides=overrides, warnings=manifest_warnings)
    for warning in manifest_warnings:
        typer.echo(f"carelead: {warning}", err=True)
    outcomes: list[Outcome] = []
    for outcome in failed:
        _report(outcome)
        outcomes.append(outcome)

    def load_pipeline() -> Pipeline:
        from carelead.pipeline import Pipeline

        return Pipeline.load(roles=roles, codebook=codebook, tone=tone, model=model)

    with store(ctx, create=True) as s, progress(ctx, "Ingesting", len(sources)) as bar:
        for outcome in ingest(s, sources, load_pipeline, replace=replace):
            _report(outcome)
            outcomes.append(outcome)
            if bar is not None:
                bar.advance(bar.task_ids[0])
    say(ctx, _summary(outcomes))
    if fmt is not None or output is not None:
        emit(_ingest_report(outcomes), fmt, output)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def _report(outcome: Outcome) -> None:
    """Failures and warnings: one line each on stderr, even with --quiet."""
    if outcome.status == "failed":
        typer.echo(f"carelead: {outcome.source}: {outcome.reason}", err=True)
    for warning in outcome.warnings:
        typer.echo(f"carelead: {outcome.source}: warning: {warning}", err=True)


def _summary(outcomes: list[Outcome]) -> str:
    counts = {
        s: sum(1 for o in outcomes if o.status == s)
        for s in ("added", "replaced", "updated", "unchanged", "failed")
    }
    parts = [f"{n} {s}" for s, n in counts.items() if n or s in ("added", "failed")]
    files = len(outcomes)
    return f"ingested {files} file{'s' if files != 1 else ''}: {', '.join(parts)}"


def _ingest_report(outcomes: list[Outcome]) -> Report:
    from carelead.output import Report, Table

    rows = [asdict(o) for o in outcomes]
    for row in rows:
        row["warnings"] = list(row["warnings"])
    return Report([Table("files", INGEST_COLUMNS, rows)], data={"files": rows})


@app.command("docs")
def docs_command(
    ctx: typer.Context, scope: ScopeArg = None, fmt: FormatOpt = None, output: OutputOpt = None
) -> None:
    """List the stored documents with their metadata and page, passage and quote counts.

    Example: carelead docs --format csv --output documents.csv
    """
    from carelead.ingest.service import list_documents
    from carelead.output import Report, Table

    with store(ctx) as s:
        rows = [asdict(r) for r in list_documents(s, scope or [])]
    for row in rows:
        row["authors"] = list(row["authors"])
    notes = [] if rows else [f"{state(ctx).db_path}: no documents yet (run `carelead ingest`)"]
    emit(
        Report([Table("documents", DOCS_COLUMNS, rows)], notes=notes, data={"documents": rows}),
        fmt,
        output,
    )


@app.command("show")
def show_command(
    ctx: typer.Context,
    doc: Annotated[str, typer.Argument(help="Document id.", show_default=False)],
    pages: Annotated[
        bool, typer.Option("--pages/--no-pages", help="Mark where each page begins.")
    ] = True,
    fmt: Annotated[
        ShowFormat,
        typer.Option("--format", "-f", help="text or json (metadata, text and pages)."),
    ] = ShowFormat.text,
    output: OutputOpt = None,
) -> None:
    """Print a document's cleaned text, with [page N] markers where its pages begin.

    Example: carelead show kingsfund-2021 --no-pages | less
    """
    import json

    from carelead.ingest.service import get_document, with_page_markers
    from carelead.output.formats import write_atomic

    with store(ctx) as s:
        stored = get_document(s, doc)
    if fmt is ShowFormat.json:
        data = {
            **asdict(stored.meta),
            "format": stored.source_format,
            "source": stored.source_path,
            "content_hash": stored.content_hash,
            "ingested_at": stored.ingested_at,
            "text": stored.text,
            "pages": [asdict(p) for p in stored.pages],
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        body = with_page_markers(stored.text, stored.pages) if pages else stored.text
        text = body.rstrip("\n") + "\n"
    if output is not None:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
