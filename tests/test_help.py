"""`carelead --help` stays fast: no heavy library is imported to print help. Every command has an
`Example:` line in its help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from carelead.cli import app

ROOT = Path(__file__).resolve().parent.parent
HEAVY = [
    "spacy",
    "sklearn",
    "scipy",
    "pdfplumber",
    "pypdfium2",
    "trafilatura",
    "docx",
    "vaderSentiment",
    "openpyxl",
]

PROBE = f"""
import json, sys
from typer.testing import CliRunner
from carelead.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == 0, result.output
heavy = {HEAVY!r}
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


def _imported(*args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout)


def test_help_leaves_heavy_libraries_unimported():
    assert _imported("--help") == []
    assert _imported("ingest", "--help") == []


def _commands(group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


def test_every_command_has_an_example():
    root = typer.main.get_command(app)
    commands = list(_commands(root))
    assert ("ingest",) in commands and ("docs",) in commands and ("show",) in commands
    for path in commands:
        result = CliRunner().invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example: carelead " in result.stdout, path


def test_every_command_is_in_the_readme_command_reference():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reference = readme.split("## Command reference", 1)[1]
    commands = [" ".join(path) for path in _commands(typer.main.get_command(app))]
    assert len(commands) >= 20
    missing = [
        c
        for c in commands
        if f"`carelead {c} " not in reference and f"`carelead {c}`" not in reference
    ]
    assert missing == []
