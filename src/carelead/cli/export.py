"""PLACEHOLDER command module: filled in by its issue."""

import typer

app = typer.Typer()
