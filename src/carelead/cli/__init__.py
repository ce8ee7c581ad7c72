"""The `carelead` command. Each command group lives in its own module and is joined here.

Commands stay thin: parse options, make one call into the core, format what comes back. Errors from
the core (CareleadError) are translated once, in CareleadGroup.invoke: each line of the message on
stderr with the `carelead: ` prefix (an invalid codebook may have several problems), exit 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from carelead import __version__
from carelead.cli import analysis, codebook, evaluate, export, ingest, passages, themes
from carelead.cli.common import State
from carelead.errors import CareleadError


class CareleadGroup(TyperGroup):
    def invoke(self, ctx: typer.Context) -> object:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except CareleadError as exc:
            for line in str(exc).splitlines() or [""]:
                typer.echo(f"carelead: {line}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=CareleadGroup,
    name="carelead",
    help="Corpus analysis for qualitative policy research on adult social care leadership.\n\n"
    "Example: carelead ingest corpus/ && carelead themes",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"carelead {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="CARELEAD_DB",
            help="The corpus store (SQLite). Default ./carelead.db.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars or narration on stderr.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    ctx.obj = State(db=db, quiet=quiet)


for module in (ingest, passages, themes, analysis, evaluate, export):
    app.add_typer(module.app)
app.add_typer(codebook.app, name="codebook")


def main() -> None:
    app()


__all__ = ["app", "main"]
