"""Compare two documents or collections, A and B.

- **Themes** (over all passages, narrative and quotations, since themes describe what a report is
  about): per theme the share of passages tagged with it on each side, the difference A - B with
  Newcombe's 95% interval, the log2 ratio of the shares, a G² test (Fisher's exact test when an
  expected count is below 5) and its Benjamini-Hochberg adjusted q over all themes; themes found on
  one side only.
- **Stakeholder mix** (over quotations): each role's count and share on each side, with a test of
  whether the mix differs.
- **Tone per role** (over quotations): n, mean and bootstrap 95% CI on each side.
- **Distinctive terms** (over all passages): log-likelihood keyness G² with Hardie's Log Ratio as the
  effect size (the default, `term_method="g2"`: a test of the difference in rates, which copes with
  sides of very different length), or log-odds ratios with an informative Dirichlet prior (Monroe,
  Colaresi & Quinn 2008; `term_method="logodds"`). Terms used fewer than `min_term_count` times in
  all are left out; the rest are BH-adjusted and those with q < 0.05 shown, 15 a side at most.

Every table carries n, and the notes say plainly when a side rests on few passages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from carelead.analysis import common
from carelead.analysis.sentiment import ToneGroup, summarise
from carelead.analysis.stats import (
    PRIOR_SHARE,
    ContingencyTest,
    KeyTerm,
    benjamini_hochberg,
    contingency_test,
    log2_ratio,
    log_likelihood_keyness,
    log_odds_keyness,
    newcombe_interval,
    two_proportion_test,
)
from carelead.errors import CareleadError, ScopeError

if TYPE_CHECKING:
    from carelead.output import Report
    from carelead.store.db import PassageRow, Store

TOP_TERMS = 15
MIN_TERM_COUNT = 5
ALPHA = 0.05
TERM_METHODS = {
    "g2": "log-likelihood keyness G² (Dunning 1993) with Hardie's Log Ratio",
    "logodds": "log-odds ratio z with an informative Dirichlet prior (Monroe et al. 2008),"
    f" prior = pooled counts scaled to {PRIOR_SHARE:g} of the tokens",
}

# Function words and the commonest verbs of reporting carry no contrast.
_STOPWORDS_TEXT = """
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each even ever every few for from further get gets got had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
however i i'd i'll i'm i've if in into is isn't it it's its itself just let's like may me might
more most much must mustn't my myself no nor not now of off on once one only or other ought our
ours ourselves out over own per put quite rather really said same say says shall shan't she
she'd she'll she's should shouldn't since so some such than that that's the their theirs them
themselves then there there's these they they'd they'll they're they've this those though
through thus to too under until up upon us very was wasn't we we'd we'll we're we've were
weren't what what's when when's where where's whether which while who who's whom whose why why's
will with within without won't would wouldn't yes yet you you'd you'll you're you've your yours
yourself yourselves also etc eg ie vs mr mrs ms dr per cent many well make made way ways lot
lots thing things something anything everything nothing going go goes went come comes came see
seen know think thought take taken need needs want two three first second new use used
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]")


def terms(text: str) -> list[str]:
    """Lower-case word tokens of 3+ letters, possessives folded, stop words dropped."""
    out = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if len(tok) >= 3 and tok not in STOPWORDS:
            out.append(tok)
    return out


@dataclass(frozen=True)
class Share:
    count: int
    n: int

    @property
    def share(self) -> float | None:
        return self.count / self.n if self.n else None

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "n": self.n, "share": self.share}


@dataclass(frozen=True)
class ThemeComparison:
    theme: str
    a: Share
    b: Share
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    log2_ratio: float | None
    test: str | None
    statistic: float | None
    p: float | None
    q: float | None

    @property
    def only_in(self) -> str | None:
        if self.a.count and not self.b.count:
            return "a"
        if self.b.count and not self.a.count:
            return "b"
        return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "a": self.a.as_dict(),
            "b": self.b.as_dict(),
            "difference": self.difference,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "log2_ratio": self.log2_ratio,
            "test": self.test,
            "statistic": self.statistic,
            "p": self.p,
            "q": self.q,
            "only_in": self.only_in,
        }


@dataclass(frozen=True)
class Side:
    label: str
    docs: tuple[str, ...]
    passages: int
    quotations: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "docs": list(self.docs),
            "passages": self.passages,
            "quotations": self.quotations,
        }


@dataclass
class CompareResult:
    a: Side
    b: Side
    themes: list[ThemeComparison]
    roles: list[tuple[str, Share, Share]]
    mix_test: ContingencyTest
    tone: list[tuple[str, ToneGroup | None, ToneGroup | None]]
    terms_a: list[tuple[KeyTerm, float]]  # with the BH-adjusted q over all terms tested
    terms_b: list[tuple[KeyTerm, float]]
    min_term_count: int
    term_method: str
    hidden_themes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the notes that are caveats (also in notes)

    @property
    def only_in_a(self) -> list[str]:
        return [t.theme for t in self.themes if t.only_in == "a"]

    @property
    def only_in_b(self) -> list[str]:
        return [t.theme for t in self.themes if t.only_in == "b"]

    def theme(self, name: str) -> ThemeComparison:
        return next(t for t in self.themes if t.theme == name)

    def to_dict(self) -> dict[str, Any]:
        m = self.mix_test

        def tone(g: ToneGroup | None) -> dict[str, Any] | None:
            if g is None:
                return None
            return {"n": g.n, "mean": g.mean, "ci_low": g.ci_low, "ci_high": g.ci_high}

        def kw(item: tuple[KeyTerm, float]) -> dict[str, Any]:
            k, q = item
            return {
                "term": k.term,
                "count_a": k.count_a,
                "count_b": k.count_b,
                "statistic": k.statistic,
                "p": k.p,
                "q": q,
                "log2_ratio": k.log2_ratio,
            }

        return {
            "analysis": "compare",
            "a": self.a.as_dict(),
            "b": self.b.as_dict(),
            "themes": [t.as_dict() for t in self.themes],
            "only_in_a": self.only_in_a,
            "only_in_b": self.only_in_b,
            "hidden_themes": self.hidden_themes,
            "stakeholders": {
                "roles": [
                    {"role": r, "a": sa.as_dict(), "b": sb.as_dict()} for r, sa, sb in self.roles
                ],
                "test": {
                    "method": m.method,
                    "defined": m.statistic is not None,
                    "reason": m.reason,
                    "statistic": m.statistic,
                    "df": m.df,
                    "p": m.p,
                    "cramers_v": m.cramers_v,
                    "low_expected_cells": m.low_expected,
                    "p_monte_carlo": m.p_monte_carlo,
                    "monte_carlo_samples": m.monte_carlo_samples,
                },
            },
            "tone_by_role": [{"role": r, "a": tone(ga), "b": tone(gb)} for r, ga, gb in self.tone],
            "terms": {
                "method": self.term_method,
                "description": TERM_METHODS[self.term_method],
                "min_count": self.min_term_count,
                "a": [kw(k) for k in self.terms_a],
                "b": [kw(k) for k in self.terms_b],
            },
            "notes": self.notes,
            "warnings": self.warnings,
        }

    def to_report(self) -> Report:
        from carelead.output import Report, Table

        a, b = self.a.label, self.b.label
        legend = f"A = {a}, B = {b}"
        # Rows hold raw numbers for CSV and spreadsheets (snake_case names, percentages and
        # percentage points as plain numbers, intervals as two columns); the display tables show
        # the same values to people under readable names, an interval in one cell.
        theme_names: dict[str, str | None] = {
            "theme": "theme",
            "a_n": "A n",
            "a_pct": "A %",
            "b_n": "B n",
            "b_pct": "B %",
            "diff_pp": "diff (pp)",
            "ci_low_pp": None,
            "ci_high_pp": "95% CI (pp)",
            "log2_ratio": "log2 ratio",
            "test": "test",
            "p": "p",
            "q": "q (BH)",
        }
        theme_rows: list[dict[str, Any]] = [
            {
                "theme": t.theme,
                "a_n": t.a.count,
                "a_pct": _p100(t.a.share),
                "b_n": t.b.count,
                "b_pct": _p100(t.b.share),
                "diff_pp": _p100(t.difference),
                "ci_low_pp": _p100(t.ci_low),
                "ci_high_pp": _p100(t.ci_high),
                "log2_ratio": t.log2_ratio,
                "test": t.test,
                "p": t.p,
                "q": t.q,
            }
            for t in self.themes
        ]
        theme_title = (
            f"Theme shares: A = {a} (n = {self.a.passages} passages),"
            f" B = {b} (n = {self.b.passages} passages)"
        )
        themes = Table(
            "themes",
            list(theme_names),
            theme_rows,
            title=theme_title,
            notes=[
                "a_pct, b_pct: passages tagged with the theme as a percentage (0-100) of all"
                " passages on that side. diff_pp = A - B in percentage points, with Newcombe's"
                " 95% interval ci_low_pp to ci_high_pp. test: g2 or fisher."
            ],
        )
        themes_shown = Table(
            "themes",
            [v for v in theme_names.values() if v],
            [
                {
                    **{str(theme_names[k]): v for k, v in r.items() if theme_names[k]},
                    "95% CI (pp)": (r["ci_low_pp"], r["ci_high_pp"]),
                    "test": {"g2": "G²", "fisher": "Fisher"}.get(str(r["test"] or ""), "–"),
                }
                for r in theme_rows
            ],
            title=theme_title,
            notes=[
                "Share = passages tagged with the theme / all passages on that side."
                " diff = A - B in percentage points with Newcombe's interval."
            ],
            formats={
                "A %": "pct",
                "B %": "pct",
                "diff (pp)": "pp",
                "95% CI (pp)": _fmt_interval("{:+.1f}"),
                "log2 ratio": "num2",
                "p": "p",
                "q (BH)": "p",
            },
        )
        one_side = Table(
            "one_side_only",
            ["side", "themes"],
            [
                {"side": a, "themes": ", ".join(self.only_in_a) or "(none)"},
                {"side": b, "themes": ", ".join(self.only_in_b) or "(none)"},
            ],
            title="Themes found on one side only",
        )
        qa, qb = self.a.quotations, self.b.quotations
        mix_rows = [
            {
                "role": r,
                "a_n": sa.count,
                "a_pct": _p100(sa.share),
                "b_n": sb.count,
                "b_pct": _p100(sb.share),
            }
            for r, sa, sb in self.roles
        ]
        mix_title = f"Stakeholder mix of quotations: A = {a} (n = {qa}), B = {b} (n = {qb})"
        mix = Table(
            "stakeholders",
            ["role", "a_n", "a_pct", "b_n", "b_pct"],
            mix_rows,
            title=mix_title,
            notes=[_mix_note(self.mix_test), "a_pct, b_pct: percentages (0-100) of quotations."],
        )
        mix_shown = Table(
            "stakeholders",
            ["role", "A n", "A %", "B n", "B %"],
            [
                {"role": r["role"], "A n": r["a_n"], "A %": r["a_pct"]}
                | {"B n": r["b_n"], "B %": r["b_pct"]}
                for r in mix_rows
            ]
            + [{"role": "n", "A n": qa, "A %": "", "B n": qb, "B %": ""}],
            title=mix_title,
            notes=[_mix_note(self.mix_test)],
            formats={"A %": "pct", "B %": "pct"},
        )

        def tone_cells(side: str, g: ToneGroup | None) -> dict[str, Any]:
            return {
                f"{side}_n": 0 if g is None else g.n,
                f"{side}_mean": None if g is None else g.mean,
                f"{side}_ci_low": None if g is None else g.ci_low,
                f"{side}_ci_high": None if g is None else g.ci_high,
            }

        tone_rows = [
            {"role": r, **tone_cells("a", ga), **tone_cells("b", gb)} for r, ga, gb in self.tone
        ]
        tone_title = f"Tone of quotations by role (compound, -1 to +1; {legend})"
        tone = Table(
            "tone_by_role",
            ["role", *(f"{s}_{k}" for s in "ab" for k in ("n", "mean", "ci_low", "ci_high"))],
            tone_rows,
            title=tone_title,
            notes=["ci_low, ci_high: 95% percentile bootstrap interval of the mean."],
        )
        tone_shown = Table(
            "tone_by_role",
            ["role", "A n", "A mean", "A 95% CI", "B n", "B mean", "B 95% CI"],
            [
                {"role": r["role"]}
                | {f"{s.upper()} n": r[f"{s}_n"] for s in "ab"}
                | {f"{s.upper()} mean": r[f"{s}_mean"] for s in "ab"}
                | {f"{s.upper()} 95% CI": (r[f"{s}_ci_low"], r[f"{s}_ci_high"]) for s in "ab"}
                for r in tone_rows
            ],
            title=tone_title,
            formats={
                "A mean": "signed",
                "B mean": "signed",
                "A 95% CI": _fmt_interval("{:+.3f}"),
                "B 95% CI": _fmt_interval("{:+.3f}"),
            },
        )
        stat = "G²" if self.term_method == "g2" else "z"
        stat_col = "g2" if self.term_method == "g2" else "z"
        term_rows = []
        for label, keys in ((a, self.terms_a), (b, self.terms_b)):
            for k, q in keys:
                term_rows.append(
                    {
                        "side": label,
                        "term": k.term,
                        "count_a": k.count_a,
                        "count_b": k.count_b,
                        stat_col: k.statistic,
                        "q": q,
                        "log2_ratio": k.log2_ratio,
                    }
                )
        term_title = f"Distinctive terms, {legend} ({TERM_METHODS[self.term_method]})"
        term_note = (
            f"Terms used at least {self.min_term_count} times in all, BH q < {ALPHA},"
            f" at most {TOP_TERMS} a side; log2 ratio > 0: more frequent in A."
            + ("" if term_rows else " No term passes: the texts are too short or too alike.")
        )
        terms_table = Table(
            "terms",
            ["side", "term", "count_a", "count_b", stat_col, "q", "log2_ratio"],
            term_rows,
            title=term_title,
            notes=[term_note],
        )
        shown_names = {
            "side": "side",
            "term": "term",
            "count_a": "A count",
            "count_b": "B count",
            stat_col: stat,
            "q": "q (BH)",
            "log2_ratio": "log2 ratio",
        }
        terms_shown = Table(
            "terms",
            list(shown_names.values()),
            [{shown_names[k]: v for k, v in r.items()} for r in term_rows],
            title=term_title,
            notes=[term_note],
            formats={stat: "num2", "q (BH)": "p", "log2 ratio": "signed2"},
        )
        return Report(
            [themes, one_side, mix, tone, terms_table],
            notes=self.notes,
            data=self.to_dict(),
            display=[themes_shown, one_side, mix_shown, tone_shown, terms_shown],
            warnings=self.warnings,
        )


def _fmt_interval(spec: str) -> Callable[[tuple[float | None, float | None]], str]:
    def show(ci: tuple[float | None, float | None]) -> str:
        lo, hi = ci
        return "–" if lo is None or hi is None else f"{spec.format(lo)} to {spec.format(hi)}"

    return show


def _p100(value: float | None) -> float | None:
    return None if value is None else 100 * value


def _mix_note(test: ContingencyTest) -> str:
    if test.statistic is None:
        return f"No test of the mix: {test.reason}."
    text = (
        f"Mix differs? chi-square = {test.statistic:.2f}, df = {test.df},"
        f" p = {common.fmt_p(test.p)}, Cramér's V = {test.cramers_v:.2f}."
    )
    if test.low_expected:
        text += f" {test.low_expected} cells have expected counts below 5: p is approximate"
        if test.p_monte_carlo is not None:
            text += (
                f"; the Monte Carlo p ({test.monte_carlo_samples:,} tables with the same margins),"
                f" which does not rely on them, is {common.fmt_p(test.p_monte_carlo)}"
            )
        text += "."
    return text


def compare(
    a_passages: Sequence[PassageRow],
    b_passages: Sequence[PassageRow],
    a_label: str,
    b_label: str,
    min_n: int = 0,
    *,
    min_term_count: int = MIN_TERM_COUNT,
    term_method: str = "g2",
) -> CompareResult:
    """Compare side A with side B (see the module docstring). `min_n` hides themes and roles with
    fewer passages than that on both sides together. Raises ScopeError when a side is empty."""
    for label, rows in ((a_label, a_passages), (b_label, b_passages)):
        if not rows:
            raise ScopeError(f"compare: {label} has no passages")
    notes = common.Notes(
        "Theme shares and terms use all passages (narrative and quotations); stakeholder mix and"
        " tone use quotations only."
    )
    n_a, n_b = len(a_passages), len(b_passages)
    quotes_a = common.select(a_passages)
    quotes_b = common.select(b_passages)
    for label, n, q in ((a_label, n_a, len(quotes_a)), (b_label, n_b, len(quotes_b))):
        if n < common.FEW:
            notes.warn(
                f"{label} rests on only {n} passages ({q} quotations): its shares have wide"
                " intervals, and a theme missing from it may simply not have come up. Read the"
                " differences as indicative, not as evidence of change."
            )
        elif q < 10:
            notes.warn(
                f"{label} has only {q} quotations: its stakeholder mix and tone are anecdotal."
            )

    # -- themes ------------------------------------------------------------------------------
    count_a = Counter(t for p in a_passages for t in set(p.themes))
    count_b = Counter(t for p in b_passages for t in set(p.themes))
    names = sorted(set(count_a) | set(count_b))
    hidden = [t for t in names if count_a[t] + count_b[t] < min_n]
    names = [t for t in names if t not in hidden]
    tests = [two_proportion_test(count_a[t], n_a, count_b[t], n_b) for t in names]
    qs = benjamini_hochberg([t.p for t in tests if t is not None])
    q_iter = iter(qs)
    themes = []
    for t, test in zip(names, tests, strict=True):
        ka, kb = count_a[t], count_b[t]
        ci = newcombe_interval(ka, n_a, kb, n_b)
        themes.append(
            ThemeComparison(
                theme=t,
                a=Share(ka, n_a),
                b=Share(kb, n_b),
                difference=ka / n_a - kb / n_b,
                ci_low=ci[0] if ci else None,
                ci_high=ci[1] if ci else None,
                log2_ratio=log2_ratio(ka, n_a, kb, n_b),
                test=test.test if test else None,
                statistic=test.statistic if test else None,
                p=test.p if test else None,
                q=next(q_iter) if test else None,
            )
        )
    themes.sort(key=lambda t: (-(t.a.count + t.b.count), t.theme))
    if hidden:
        notes.append(f"Themes with fewer than {min_n} passages hidden: {', '.join(hidden)}.")
    if not names:
        notes.warn("No passage on either side has a theme: run the tagger (re-ingest).")

    # -- stakeholders ----------------------------------------------------------------------------
    roles_a = Counter(p.role for p in quotes_a)
    roles_b = Counter(p.role for p in quotes_b)
    role_names = sorted(
        (r for r in set(roles_a) | set(roles_b) if roles_a[r] + roles_b[r] >= min_n),
        key=lambda r: (-(roles_a[r] + roles_b[r]), r),
    )
    qa, qb = len(quotes_a), len(quotes_b)
    roles = [(r, Share(roles_a[r], qa), Share(roles_b[r], qb)) for r in role_names]
    mix_test = contingency_test(
        [[roles_a[r] for r in role_names], [roles_b[r] for r in role_names]]
    )
    if not quotes_a or not quotes_b:
        empty = a_label if not quotes_a else b_label
        notes.warn(f"{empty} has no quotations: no stakeholder mix or tone to compare.")

    # -- tone per role ---------------------------------------------------------------------------
    def by_role(rows: Sequence[PassageRow]) -> dict[str, ToneGroup]:
        groups: dict[str, list[PassageRow]] = {}
        for p in rows:
            if p.sentiment is not None:
                groups.setdefault(p.role, []).append(p)
        return {r: summarise((r,), g) for r, g in groups.items()}

    tone_a, tone_b = by_role(quotes_a), by_role(quotes_b)
    tone = [(r, tone_a.get(r), tone_b.get(r)) for r in role_names if r in tone_a or r in tone_b]

    # -- distinctive terms -----------------------------------------------------------------------
    words_a = Counter(w for p in a_passages for w in terms(p.text))
    words_b = Counter(w for p in b_passages for w in terms(p.text))
    keep = {w for w in set(words_a) | set(words_b) if words_a[w] + words_b[w] >= min_term_count}
    if term_method not in TERM_METHODS:
        raise CareleadError(f"unknown term method {term_method!r} (choose g2 or logodds)")
    score = log_likelihood_keyness if term_method == "g2" else log_odds_keyness
    keyness = score(
        {w: c for w, c in words_a.items() if w in keep},
        {w: c for w, c in words_b.items() if w in keep},
    )
    q_terms = benjamini_hochberg([k.p for k in keyness])
    ranked = sorted(
        zip(keyness, q_terms, strict=True), key=lambda kq: (-abs(kq[0].statistic), kq[0].term)
    )
    significant = [(k, q) for k, q in ranked if q < ALPHA]
    terms_a = [(k, q) for k, q in significant if k.side == "a"][:TOP_TERMS]
    terms_b = [(k, q) for k, q in significant if k.side == "b"][:TOP_TERMS]
    for label, found, other in ((a_label, terms_a, b_label), (b_label, terms_b, a_label)):
        if keyness and not found:
            notes.append(
                f"No term is significantly more frequent in {label} than in {other}"
                + (
                    f": {other} is short, so a term's absence from it is weak evidence."
                    if label == a_label and n_b < common.FEW
                    else "."
                )
            )

    return CompareResult(
        a=Side(a_label, tuple(sorted({p.doc for p in a_passages})), n_a, qa),
        b=Side(b_label, tuple(sorted({p.doc for p in b_passages})), n_b, qb),
        themes=themes,
        roles=roles,
        mix_test=mix_test,
        tone=tone,
        terms_a=terms_a,
        terms_b=terms_b,
        min_term_count=min_term_count,
        term_method=term_method,
        hidden_themes=hidden,
        notes=list(notes),
        warnings=notes.warnings,
    )


def resolve_sides(store: Store, a: str, b: str) -> tuple[list[PassageRow], list[PassageRow]]:
    """The passages of A and of B (a document or collection id each).

    Every command that compares (`carelead compare`, `export xlsx --compare`, `report --compare`)
    resolves its sides here. Raises ScopeError for an unknown id, and when the two sides share a
    document: a comparison of a scope with itself, or with part of itself, means nothing.
    """
    docs_a = store.resolve_scope([a])
    docs_b = store.resolve_scope([b])
    shared = sorted(set(docs_a) & set(docs_b))
    if shared:
        raise ScopeError(
            f"compare: {a} and {b} share {', '.join(shared)}; compare two disjoint scopes"
        )
    return store.passages(docs_a), store.passages(docs_b)


def from_store(store: Store, a: str, b: str, **options: Any) -> CompareResult:
    """Resolve A and B (a document or collection id each) and compare them."""
    a_rows, b_rows = resolve_sides(store, a, b)
    return compare(a_rows, b_rows, a, b, **options)
