"""PLACEHOLDER command module: filled in by its issue."""

import typer

app = typer.Typer(help="Check and import codebooks.", no_args_is_help=True)
