"""Agreement between carelead's theme coding and a human coder's, passage by passage.

The human coding is a CSV with a header row and the columns

    doc     the document id in the store                                   (or `document`)
    n       the passage number (as `carelead passages` lists it), or instead   (or `passage`)
    start   a character offset inside the passage (the start of the coder's selection)
    themes  the theme ids the coder gave the passage, separated by `;` (or `|`); empty for none
            (or `theme`, `codes`)

A passage listed more than once gets the union of its rows' themes. The units are the passages the
coder coded; for each theme, each unit is a binary decision (theme present or absent) by each coder.

Per theme, and overall over every (passage, theme) decision pooled, the report gives percent
agreement, Cohen's kappa and Krippendorff's alpha (nominal data, two coders, no missing values) —
what NVivo's coding comparison query gives, at passage level. The themes compared are those either
coder used on the coded passages. Kappa and alpha are undefined (reported as null) when both coders
give every unit the same value, since then no disagreement was possible.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carelead.errors import InputError
from carelead.evaluate.measures import MEASURE, cohen_kappa
from carelead.output.formats import Format, Report, Table

__all__ = ["cohen_kappa", "evaluate", "krippendorff_alpha_nominal", "read_coding"]
if TYPE_CHECKING:
    from carelead.store.db import PassageRow, Store

_SPLIT = re.compile(r"[;|,\s]+")
ALIASES = {"document": "doc", "passage": "n", "theme": "themes", "codes": "themes"}
MAX_CSV_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Agreement:
    units: int
    both: int  # units both coders marked
    human_only: int
    carelead_only: int
    neither: int
    percent: float
    kappa: float | None
    alpha: float | None


def krippendorff_alpha_nominal(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Krippendorff's alpha for nominal data, two coders, every unit coded by both.

    From the coincidence matrix: each unit contributes the ordered pairs (a, b) and (b, a), so
    n = 2N values; alpha = 1 - (n - 1) * D_o / sum over c != k of n_c * n_k, where D_o counts the
    disagreeing pairs. None when every value is the same (expected disagreement is zero).
    """
    units = len(a)
    if units == 0 or units != len(b):
        return None
    n = 2 * units
    disagreements = 2 * sum(x != y for x, y in zip(a, b, strict=True))
    totals = Counter(a) + Counter(b)
    expected = n * n - sum(c * c for c in totals.values())  # sum over c != k of n_c n_k
    if expected == 0:
        return None
    return 1.0 - (n - 1) * disagreements / expected


def agreement(human: Sequence[bool], machine: Sequence[bool]) -> Agreement:
    both = sum(h and m for h, m in zip(human, machine, strict=True))
    human_only = sum(h and not m for h, m in zip(human, machine, strict=True))
    carelead_only = sum(m and not h for h, m in zip(human, machine, strict=True))
    units = len(human)
    neither = units - both - human_only - carelead_only
    return Agreement(
        units=units,
        both=both,
        human_only=human_only,
        carelead_only=carelead_only,
        neither=neither,
        percent=100.0 * (both + neither) / units if units else 0.0,
        kappa=cohen_kappa(human, machine),
        alpha=krippendorff_alpha_nominal(human, machine),
    )


def read_coding(
    path: Path, passages: dict[str, list[PassageRow]]
) -> dict[tuple[str, int], set[str]]:
    """The human coding: (doc, n) -> theme ids, checked row by row against the store."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a CSV file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    if len(raw) > MAX_CSV_BYTES:
        raise InputError(path, f"refused: larger than {MAX_CSV_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start})") from None
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{path}:1", f"malformed CSV ({exc})") from None
    if not header or not any(h.strip() for h in header):
        raise InputError(path, "empty file: expected a header row of doc, n (or start), themes")
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        name = h.strip().lower()
        cols.setdefault(ALIASES.get(name, name), i)
    missing = [c for c in ("doc", "themes") if c not in cols]
    if "n" not in cols and "start" not in cols:
        missing.append("n or start")
    if missing:
        raise InputError(
            f"{path}:1", f"missing column(s) {', '.join(missing)} (header: {', '.join(header)})"
        )
    by_key = "n" if "n" in cols else "start"
    coded: dict[tuple[str, int], set[str]] = {}
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise InputError(f"{path}:{reader.line_num}", f"malformed CSV ({exc})") from None
        if row is None:
            break
        if not any(cell.strip() for cell in row):
            continue
        where = f"{path}:{reader.line_num}"
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        doc = row[cols["doc"]].strip()
        if doc not in passages:
            raise InputError(where, f"unknown document {doc!r} (not in the store)")
        value = row[cols[by_key]].strip()
        try:
            number = int(value)
        except ValueError:
            raise InputError(where, f"{by_key} {value!r} is not a whole number") from None
        rows = passages[doc]
        if by_key == "n":
            match = next((p for p in rows if p.n == number), None)
            if match is None:
                raise InputError(where, f"{doc} has no passage {number} (it has {len(rows)})")
        else:
            match = next((p for p in rows if p.start <= number < p.end), None)
            if match is None:
                raise InputError(where, f"offset {number} lies in no passage of {doc}")
        themes = {t for t in _SPLIT.split(row[cols["themes"]].strip()) if t}
        coded.setdefault((doc, match.n), set()).update(themes)
    if not coded:
        raise InputError(path, "no coded passages (only a header)")
    return coded


def _row(theme: str, a: Agreement) -> dict[str, object]:
    return {
        "theme": theme,
        "units": a.units,
        "both": a.both,
        "human_only": a.human_only,
        "carelead_only": a.carelead_only,
        "neither": a.neither,
        "percent_agreement": a.percent,
        "kappa": a.kappa,
        "alpha": a.alpha,
    }


COLUMNS = [
    "theme", "units", "both", "human_only", "carelead_only", "neither",
    "percent_agreement", "kappa", "alpha",
]  # fmt: skip
FORMATS: dict[str, Format] = {"percent_agreement": "pct", "kappa": MEASURE, "alpha": MEASURE}


def evaluate(store: Store, coded_csv: Path) -> Report:
    """Per-theme and overall agreement between the human coding in `coded_csv` and the store."""
    docs = store.resolve_scope()
    by_doc: dict[str, list[PassageRow]] = {}
    for p in store.passages(docs):
        by_doc.setdefault(p.doc, []).append(p)
    for d in docs:
        by_doc.setdefault(d, [])
    human = read_coding(Path(coded_csv), by_doc)
    units = sorted(human)
    machine = {(p.doc, p.n): set(p.themes) for rows in by_doc.values() for p in rows}
    themes = sorted(set().union(*human.values(), *(machine[u] for u in units)))
    rows = []
    pooled_h: list[bool] = []
    pooled_m: list[bool] = []
    for theme in themes:
        h = [theme in human[u] for u in units]
        m = [theme in machine[u] for u in units]
        pooled_h += h
        pooled_m += m
        rows.append(_row(theme, agreement(h, m)))
    overall = _row("(all themes)", agreement(pooled_h, pooled_m)) if themes else None
    notes = [
        f"{len(units)} passages coded by hand; {len(themes)} themes used by either coder.",
        "Overall pools every (passage, theme) decision. Kappa and alpha are null where both coders"
        " gave every passage the same value.",
    ]
    unused = sorted(t for t in themes if not any(t in machine[u] for u in units))
    if unused:
        notes.append(f"carelead gave none of these passages: {', '.join(unused)}.")
    return Report(
        tables=[
            Table("themes", COLUMNS, rows, title="Agreement per theme", formats=FORMATS),
            Table(
                "overall",
                COLUMNS,
                [overall] if overall else [],
                title="Overall agreement",
                formats=FORMATS,
            ),
        ],
        notes=notes,
    )
