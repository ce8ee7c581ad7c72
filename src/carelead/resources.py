"""Where the shipped configuration lives: the codebooks folder and the package's own data files.

In a source checkout (an editable install) the YAML files are read from the top-level `codebooks/`
folder, so editing them there takes effect at once; a wheel carries a copy inside the package.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"

DEFAULT_DB = "carelead.db"
DEFAULT_CODEBOOK = "social-care-leadership.yaml"
DEFAULT_ROLES = "roles.yaml"
DEFAULT_TONE = "tone-overrides.yaml"


def codebooks_dir() -> Path:
    """`$CARELEAD_CODEBOOKS`, else the checkout's `codebooks/`, else the copy inside the wheel."""
    env = os.environ.get("CARELEAD_CODEBOOKS")
    if env:
        return Path(env)
    checkout = PACKAGE_DIR.parent.parent / "codebooks"
    if checkout.is_dir():
        return checkout
    return PACKAGE_DIR / "codebooks"


def codebook_path(name: str | Path | None, default: str) -> Path:
    """A file given by the user as is; otherwise `default` in the codebooks folder."""
    if name is None:
        return codebooks_dir() / default
    return Path(name)


def db_path(explicit: str | Path | None = None) -> Path:
    return Path(explicit or os.environ.get("CARELEAD_DB") or DEFAULT_DB)
