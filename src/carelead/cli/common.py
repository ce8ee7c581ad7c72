"""What every command shares: the global state, the output options, opening the store, progress."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carelead import resources

if TYPE_CHECKING:
    from rich.progress import Progress

    from carelead.output import Report
    from carelead.store import Store


@dataclass
class State:
    db: Path | None = None
    quiet: bool = False

    @property
    def db_path(self) -> Path:
        return resources.db_path(self.db)


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, State) else State()


@contextmanager
def store(ctx: typer.Context, *, create: bool = False) -> Iterator[Store]:
    """The store of --db. Only commands that add documents (`create=True`) may create it: for the
    others a missing store is an error, so a mistyped --db leaves no empty file behind."""
    from carelead.store import open_store

    s = open_store(state(ctx).db_path, create=create)
    try:
        yield s
    finally:
        for notice in s.notices:
            say(ctx, f"carelead: note: {notice}")
        s.close()


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, jsonl, csv or markdown. Default: a table on a terminal, JSON otherwise.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the result to this file instead of stdout."),
]
RolesOpt = Annotated[
    Path | None,
    typer.Option(
        "--roles", help="Role lexicon YAML (default: codebooks/roles.yaml).", show_default=False
    ),
]
CodebookOpt = Annotated[
    Path | None,
    typer.Option(
        "--codebook",
        help="Theme codebook YAML (default: codebooks/social-care-leadership.yaml).",
        show_default=False,
    ),
]
ToneOpt = Annotated[
    Path | None,
    typer.Option(
        "--tone",
        help="Tone overrides YAML (default: codebooks/tone-overrides.yaml).",
        show_default=False,
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="An installed spaCy pipeline (e.g. en_core_web_sm) instead of the built-in blank English one.",
        show_default=False,
    ),
]
ScopeArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Document or collection ids (default: the whole corpus); doc:ID or collection:ID"
        " when a name is both.",
        show_default=False,
    ),
]


def emit(report: Report, fmt: Format | None, output: Path | None) -> None:
    """Write a result to stdout or `--output` in the chosen format."""
    from carelead.output import emit as render_emit

    text = render_emit(
        report, fmt.value if fmt else None, output, stdout_is_tty=sys.stdout.isatty()
    )
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()


def warn_stale(
    ctx: typer.Context,
    s: Store,
    scope: list[str] | None = None,
    *,
    roles: Path | None = None,
    codebook: Path | None = None,
    tone: Path | None = None,
) -> None:
    """One warning on stderr naming the documents of `scope` whose stored passages were derived
    with other configuration files than the ones this command uses (the defaults unless given)."""
    from carelead.pipeline import stale_documents

    stale = stale_documents(
        s, s.resolve_scope(scope or []), roles=roles, codebook=codebook, tone=tone
    )
    if not stale:
        return
    parts = sorted({part for differ in stale.values() for part in differ})
    ids = sorted(stale)
    named = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    rerun = "carelead attribute" + ("".join(f" doc:{i}" for i in ids) if len(ids) <= 5 else "")
    say(
        ctx,
        f"carelead: warning: {named} {'was' if len(ids) == 1 else 'were'} derived with a"
        f" different {' and '.join(parts)} than this command uses; `{rerun}` recomputes"
        f" {'it' if len(ids) == 1 else 'them'}",
    )


def say(ctx: typer.Context, message: str) -> None:
    """Narration and warnings: stderr, silent with --quiet."""
    if not state(ctx).quiet:
        typer.echo(message, err=True)


@contextmanager
def progress(ctx: typer.Context, description: str, total: int) -> Iterator[Progress | None]:
    """A rich progress bar on stderr, or None when stderr is not a terminal or --quiet is given."""
    if state(ctx).quiet or not sys.stderr.isatty() or total < 2:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        bar.add_task(description, total=total)
        yield bar
