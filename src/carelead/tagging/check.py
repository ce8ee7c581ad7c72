"""`carelead codebook check`: is a codebook valid, and does it fit the corpus?

Errors (the codebook cannot be used): everything `load_codebook` refuses — malformed YAML, unknown
keys, empty pattern lists, regexes that do not compile or that nest quantifiers.

Warnings (it can be used, but probably not as meant):
- a theme none of whose patterns matches any passage of the corpus;
- a pattern that matches almost every passage (`share` or more of them), so it cannot discriminate;
- a duplicate pattern (the same words twice, in one theme or two) and an overlapping one (every form
  it matches is also matched by a glob of the same theme, so it adds nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead.nlp import lemma_table
from carelead.output.formats import Report, Table
from carelead.tagging.codebook import Codebook, load_codebook
from carelead.tagging.patterns import Glob, parse_pattern, token_patterns

if TYPE_CHECKING:
    from carelead.store import Store

ALMOST_EVERY = 0.5


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    theme: str
    pattern: str
    message: str


@dataclass
class CheckResult:
    path: Path
    codebook: Codebook | None
    findings: list[Finding] = field(default_factory=list)
    passages: int | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def report(self) -> Report:
        rows = [f.__dict__ for f in self.findings]
        themes = len(self.codebook.themes) if self.codebook else 0
        if self.codebook is None:
            corpus = "load only (the codebook does not load)"
        elif self.passages is not None:
            corpus = f"against {self.passages} passages"
        else:
            corpus = "without a corpus (no store)"
        summary = (
            f"{self.path}: {themes} themes, {len(self.errors)} error(s),"
            f" {len(self.warnings)} warning(s), checked {corpus}"
        )
        return Report(
            tables=[
                Table("findings", ["level", "theme", "pattern", "message"], rows, title=summary)
            ],
            notes=[summary],
            data={
                "codebook": str(self.path),
                "themes": themes,
                "passages": self.passages,
                "errors": len(self.errors),
                "warnings": len(self.warnings),
                "findings": rows,
            },
        )


def corpus_texts(store: Store) -> list[list[str]]:
    """The passages of every stored document, one list per document in reading order."""
    try:
        doc_ids = store.resolve_scope()
    except Exception:  # an empty store: check without a corpus
        return []
    by_doc: dict[str, list[str]] = {}
    for row in store.passages(doc_ids):
        by_doc.setdefault(row.doc, []).append(row.text)
    return [by_doc[d] for d in doc_ids if d in by_doc]


def check(
    path: str | Path,
    documents: Sequence[Sequence[str]] | None = None,
    almost_every: float = ALMOST_EVERY,
) -> CheckResult:
    """Validate the codebook at `path`; with `documents` (passages per document) check its fit."""
    from carelead.errors import ConfigError

    path = Path(path)
    try:
        codebook = load_codebook(path)
    except ConfigError as exc:
        result = CheckResult(path, None)
        for line in str(exc).splitlines():
            result.findings.append(Finding("error", "", "", line))
        return result
    result = CheckResult(path, codebook)
    result.findings.extend(_duplicates(codebook))
    if documents:
        result.findings.extend(_corpus(codebook, documents, almost_every, result))
    return result


def _signature(pattern: str, nlp: Any, table: Any) -> tuple[str, tuple[Any, ...]]:
    parsed = parse_pattern(pattern)
    if parsed.kind == "regex":
        return ("regex", (parsed.body,))
    spec = token_patterns(parsed, nlp, table)
    out: list[Any] = []
    for tok in spec:
        if isinstance(tok, Glob):
            out.append(("glob", tok.attr, tok.regex))
        else:
            attr, value = next(iter(tok.items()))
            forms = tuple(sorted(value["IN"])) if isinstance(value, dict) else (value,)
            out.append((attr, forms))
    return (parsed.kind, tuple(out))


def _duplicates(codebook: Codebook) -> list[Finding]:
    import regex

    from carelead.nlp import load_nlp

    nlp = load_nlp()
    table = lemma_table(nlp)
    findings = []
    seen: dict[tuple[str, tuple[Any, ...]], tuple[str, str]] = {}
    for theme in codebook.themes:
        globs = []
        for pattern in theme.patterns:
            sig = _signature(pattern, nlp, table)
            if sig in seen:
                other_theme, other = seen[sig]
                where = "this theme" if other_theme == theme.id else f"theme {other_theme}"
                findings.append(
                    Finding("warning", theme.id, pattern, f"duplicate of {other!r} in {where}")
                )
            else:
                seen[sig] = (theme.id, pattern)
            kind, toks = sig
            if kind == "words" and len(toks) == 1 and toks[0][0] == "glob":
                globs.append((pattern, regex.compile(toks[0][2])))
        for pattern in theme.patterns:
            kind, toks = _signature(pattern, nlp, table)
            if kind != "words" or len(toks) != 1 or toks[0][0] != "LOWER":
                continue
            forms = toks[0][1]
            for gpat, rx in globs:
                if gpat != pattern and all(rx.fullmatch(f) for f in forms):
                    findings.append(
                        Finding(
                            "warning",
                            theme.id,
                            pattern,
                            f"overlaps {gpat!r}: every form it matches is matched by that glob",
                        )
                    )
                    break
    return findings


def _corpus(
    codebook: Codebook,
    documents: Sequence[Sequence[str]],
    almost_every: float,
    result: CheckResult,
) -> list[Finding]:
    from carelead.tagging.rules import RuleTagger

    rules = RuleTagger(codebook)
    total = 0
    per_pattern: dict[tuple[str, str], int] = {}
    per_theme: dict[str, int] = {}
    for texts in documents:
        for found in rules.match(list(texts)):
            total += 1
            for key in {(m.theme, m.pattern) for m in found}:
                per_pattern[key] = per_pattern.get(key, 0) + 1
            for theme_id in {m.theme for m in found}:
                per_theme[theme_id] = per_theme.get(theme_id, 0) + 1
    result.passages = total
    findings = []
    for theme in codebook.themes:
        if not per_theme.get(theme.id):
            findings.append(
                Finding("warning", theme.id, "", f"no pattern matches any of the {total} passages")
            )
        for pattern in theme.patterns:
            n = per_pattern.get((theme.id, pattern), 0)
            if total and n / total >= almost_every:
                findings.append(
                    Finding(
                        "warning",
                        theme.id,
                        pattern,
                        f"matches {n} of {total} passages ({n / total:.0%}): it cannot discriminate",
                    )
                )
    return findings
