"""`carelead evaluate attribution`: quote recall and role accuracy against hand-coded quotations.

A gold entry (one JSON object a line: `doc`, `quote_start`, `role`, optional `cue`, `kind`, `chained`)
is found when its `quote_start` - located in the document's text after normalising whitespace and quote
characters, taking the nth occurrence for the nth entry with the same words - lies inside a predicted
quote passage. Role accuracy is measured on the found quotations. Per-role precision, recall and F1
count a gold quotation that was not found as a miss of its role; the confusion matrix has gold roles as
rows and predicted roles as columns ("(not found)" for misses).

`score(texts, passages, entries)` is the store-independent core; `evaluate(store, path)` reads both the
gold file and the store.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.errors import ConfigError

if TYPE_CHECKING:
    from carelead.models import Passage
    from carelead.output import Report
    from carelead.store import Store

NOT_FOUND = "(not found)"
QUOTE_CHARS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


@dataclass(frozen=True)
class GoldQuote:
    line: int
    doc: str
    quote_start: str
    role: str
    cue: str = ""
    kind: str = ""
    chained: bool = False


@dataclass
class Outcome:
    gold: GoldQuote
    found: bool
    predicted: str | None = None  # predicted role when found
    passage: int | None = None  # passage n
    speaker: str | None = None
    reason: str = ""


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def found(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.found]

    @property
    def recall(self) -> float:
        return len(self.found) / self.total if self.total else float("nan")

    @property
    def accuracy(self) -> float:
        found = self.found
        if not found:
            return float("nan")
        return sum(o.predicted == o.gold.role for o in found) / len(found)

    def per_role(self) -> list[dict[str, Any]]:
        roles = sorted(
            {o.gold.role for o in self.outcomes} | {o.predicted for o in self.found if o.predicted}
        )
        rows = []
        for r in roles:
            tp = sum(1 for o in self.found if o.gold.role == r and o.predicted == r)
            fp = sum(1 for o in self.found if o.gold.role != r and o.predicted == r)
            fn = sum(1 for o in self.outcomes if o.gold.role == r and o.predicted != r)
            p = tp / (tp + fp) if tp + fp else float("nan")
            rec = tp / (tp + fn) if tp + fn else float("nan")
            f1 = 2 * p * rec / (p + rec) if tp else 0.0
            rows.append({"role": r, "precision": p, "recall": rec, "f1": f1, "support": tp + fn})
        return rows

    def confusion(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for o in self.outcomes:
            pred = o.predicted if o.found and o.predicted else NOT_FOUND
            row = out.setdefault(o.gold.role, {})
            row[pred] = row.get(pred, 0) + 1
        return {g: dict(sorted(r.items())) for g, r in sorted(out.items())}


def read_gold(path: Path) -> list[GoldQuote]:
    """Gold entries of a JSON Lines file; a bad line is a ConfigError naming `file:line`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    out = []
    for i, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{i}: not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise ConfigError(f"{path}:{i}: (top): expected a JSON object")
        for key in ("doc", "quote_start", "role"):
            value = obj.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{path}:{i}: {key}: a non-empty string is required")
        chained = obj.get("chained", False)
        if not isinstance(chained, bool):
            raise ConfigError(f"{path}:{i}: chained: must be true or false")
        out.append(
            GoldQuote(
                i,
                obj["doc"],
                obj["quote_start"],
                obj["role"],
                str(obj.get("cue") or ""),
                str(obj.get("kind") or ""),
                chained,
            )
        )
    if not out:
        raise ConfigError(f"{path}:1: (top): the file holds no gold entries")
    return out


def normalise(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs collapsed and curly quotes made straight, and each char's source offset."""
    chars: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and chars:
                chars.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        chars.append(ch.translate(QUOTE_CHARS))
        where.append(i)
    return "".join(chars), where


def locate(
    text: str, needle: str, nth: int, cache: dict[str, tuple[str, list[int]]] | None = None
) -> int | None:
    """Source offset of the nth (0-based) occurrence of `needle` after normalisation, or None."""
    if cache is None:
        norm, where = normalise(text)
    else:
        if text not in cache:
            cache[text] = normalise(text)
        norm, where = cache[text]
    probe, _ = normalise(needle.strip())
    pos = -1
    for _ in range(nth + 1):
        pos = norm.find(probe, pos + 1)
        if pos < 0:
            return None
    return where[pos]


def score(
    texts: Mapping[str, str],
    passages: Mapping[str, Sequence[Passage]],
    entries: Sequence[GoldQuote],
) -> Scores:
    """Match gold quotations to predicted passages (store-independent)."""
    scores = Scores()
    seen: Counter[tuple[str, str]] = Counter()
    cache: dict[str, tuple[str, list[int]]] = {}
    for g in entries:
        key = (g.doc, normalise(g.quote_start.strip())[0])
        nth = seen[key]
        seen[key] += 1
        text = texts.get(g.doc)
        if text is None:
            scores.outcomes.append(Outcome(g, False, reason="document not in the store"))
            continue
        pos = locate(text, g.quote_start, nth, cache)
        if pos is None:
            scores.outcomes.append(Outcome(g, False, reason="quote_start not in the text"))
            continue
        hit = None
        for p in passages.get(g.doc, ()):
            if p.start <= pos < p.end:
                hit = p
                break
        if hit is None or hit.kind != "quote":
            scores.outcomes.append(
                Outcome(
                    g, False, passage=hit.n if hit else None, reason="inside a narrative passage"
                )
            )
            continue
        scores.outcomes.append(Outcome(g, True, hit.role, hit.n, hit.speaker))
    return scores


def report(scores: Scores) -> Report:
    from carelead.output import Report, Table

    found = scores.found
    summary = [
        {"metric": "quote_recall", "value": scores.recall},
        {"metric": "role_accuracy", "value": scores.accuracy},
        {"metric": "gold_quotes", "value": scores.total},
        {"metric": "found", "value": len(found)},
        {"metric": "role_correct", "value": sum(o.predicted == o.gold.role for o in found)},
        {
            "metric": "chained_role_accuracy",
            "value": _acc([o for o in found if o.gold.chained]),
        },
    ]
    per_role = scores.per_role()
    confusion = scores.confusion()
    predicted_cols = sorted({c for r in confusion.values() for c in r})
    conf_rows = [
        {"gold": g, **{c: row.get(c, 0) for c in predicted_cols}} for g, row in confusion.items()
    ]
    misses = [
        {
            "doc": o.gold.doc,
            "line": o.gold.line,
            "quote_start": o.gold.quote_start,
            "cue": o.gold.cue,
            "gold": o.gold.role,
            "predicted": o.predicted if o.found else NOT_FOUND,
            "passage": o.passage,
            "speaker": o.speaker,
            "reason": o.reason or "wrong role",
        }
        for o in scores.outcomes
        if not o.found or o.predicted != o.gold.role
    ]
    data = {
        "quote_recall": scores.recall,
        "role_accuracy": scores.accuracy,
        "gold_quotes": scores.total,
        "found": len(found),
        "chained_role_accuracy": _acc([o for o in found if o.gold.chained]),
        "per_role": per_role,
        "confusion": confusion,
        "misses": misses,
    }
    return Report(
        tables=[
            Table("summary", ["metric", "value"], summary, title="Attribution"),
            Table(
                "per_role",
                ["role", "precision", "recall", "f1", "support"],
                per_role,
                title="Per role",
            ),
            Table(
                "confusion",
                ["gold", *predicted_cols],
                conf_rows,
                title="Confusion (gold x predicted)",
            ),
            Table(
                "misses",
                ["doc", "line", "gold", "predicted", "speaker", "quote_start", "reason"],
                misses,
                title="Misses",
            ),
        ],
        data=data,
    )


def _acc(outcomes: list[Outcome]) -> float:
    if not outcomes:
        return float("nan")
    return sum(o.predicted == o.gold.role for o in outcomes) / len(outcomes)


def evaluate(store: Store, gold_path: Path) -> Report:
    """Score the stored passages of the gold file's documents against it."""
    entries = read_gold(Path(gold_path))
    wanted = sorted({g.doc for g in entries})
    docs = {d.meta.id: d.text for d in store.documents(wanted)}
    passages: dict[str, list[Passage]] = {}
    if docs:
        from carelead.models import Passage

        for row in store.passages(sorted(docs)):
            passages.setdefault(row.doc, []).append(
                Passage(row.n, row.kind, row.role, row.start, row.end, speaker=row.speaker)
            )
    return report(score(docs, passages, entries))
