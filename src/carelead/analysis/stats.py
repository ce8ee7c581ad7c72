"""The statistics behind variation, sentiment and compare. scipy.special supplies the distributions
(chi-square and normal tails); the tests are the textbook formulas on numpy arrays, each cited and
each tested against its scipy.stats counterpart or against values computed by hand on small tables.
scipy.stats itself is not imported: it takes over a second to load, and `carelead compare` has to
answer in under two seconds including start-up.

Nothing here returns NaN for an undefined statistic: functions return None (with a reason where the
caller needs one), so output never shows NaN as a result.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054  # the 0.975 quantile of the standard normal
MONTE_CARLO_SAMPLES = 10_000  # tables drawn for the Monte Carlo p of a contingency test
MONTE_CARLO_SEED = 20210  # fixed, so the p value is the same run to run
PRIOR_SHARE = 0.1  # default Dirichlet prior strength, as a share of the tokens compared


@dataclass(frozen=True)
class ContingencyTest:
    """Pearson's chi-square (or G²) on an r × c table, with effect size and cell residuals.

    `statistic`, `p`, `cramers_v` and `residuals` are None when the test is not defined; `reason`
    then says why. `expected` is always filled for a non-empty table.
    """

    method: str  # "pearson" | "g2"
    n: int
    df: int
    statistic: float | None
    p: float | None
    cramers_v: float | None
    expected: list[list[float]]
    residuals: list[list[float | None]] | None  # adjusted standardized residuals
    residual_p: list[list[float | None]] | None  # two-sided normal p of each residual
    residual_q: list[list[float | None]] | None  # the same, Benjamini-Hochberg adjusted
    low_expected: int  # cells with expected count < 5
    reason: str | None = None
    p_monte_carlo: float | None = None  # share of tables with the same margins at least as extreme
    monte_carlo_samples: int = 0

    @property
    def low_expected_share(self) -> float:
        cells = sum(len(r) for r in self.expected)
        return self.low_expected / cells if cells else 0.0


def contingency_test(
    table: Sequence[Sequence[int]],
    method: str = "pearson",
    monte_carlo: int = MONTE_CARLO_SAMPLES,
) -> ContingencyTest:
    """Test independence of rows and columns of a table of counts.

    Rows or columns whose total is zero carry no information and are left out of df and the test
    (their residuals are None). The test needs at least two non-empty rows and two non-empty columns.
    Adjusted standardized residuals (Haberman 1973): (O - E) / sqrt(E (1 - r/n) (1 - c/n)),
    approximately standard normal under independence; their two-sided p values are adjusted for
    the number of cells with Benjamini-Hochberg.

    Beside the asymptotic p, `monte_carlo` tables with the observed margins are drawn (see
    `monte_carlo_p`): that p does not rest on large expected counts, which tables of themes by
    stakeholder rarely have. `monte_carlo=0` skips it.
    """
    import numpy as np
    from scipy.special import chdtrc, ndtr

    if method not in ("pearson", "g2"):
        raise ValueError(f"unknown method {method!r}")
    observed = np.asarray(table, dtype=float)
    if observed.ndim != 2 or observed.size == 0:
        return _undefined(method, observed, "the table is empty")
    if (observed < 0).any():
        raise ValueError("counts must not be negative")
    n = int(observed.sum())
    rows = observed.sum(axis=1)
    cols = observed.sum(axis=0)
    expected_full = np.outer(rows, cols) / n if n else np.zeros_like(observed)
    keep_r = rows > 0
    keep_c = cols > 0
    if keep_r.sum() < 2 or keep_c.sum() < 2:
        what = "row" if keep_r.sum() < 2 else "column"
        return _undefined(
            method,
            observed,
            f"the table has fewer than two non-empty {what}s, so there is nothing to compare",
            expected_full,
        )
    sub = observed[np.ix_(keep_r, keep_c)]
    expected = np.outer(sub.sum(axis=1), sub.sum(axis=0)) / n
    df = (sub.shape[0] - 1) * (sub.shape[1] - 1)
    stat = _g2(sub, expected) if method == "g2" else _pearson(sub, expected)
    p = float(chdtrc(df, stat))
    r_share = sub.sum(axis=1, keepdims=True) / n
    c_share = sub.sum(axis=0, keepdims=True) / n
    adj = (sub - expected) / np.sqrt(expected * (1 - r_share) * (1 - c_share))
    adj_p = 2 * ndtr(-np.abs(adj))
    q = np.asarray(benjamini_hochberg(adj_p.ravel().tolist())).reshape(adj_p.shape)
    k = min(sub.shape) - 1
    v = math.sqrt(float(_pearson(sub, expected)) / (n * k))

    def spread(values: np.ndarray) -> list[list[float | None]]:
        out: list[list[float | None]] = [
            [None] * observed.shape[1] for _ in range(observed.shape[0])
        ]
        ri = np.flatnonzero(keep_r)
        ci = np.flatnonzero(keep_c)
        for a, i in enumerate(ri):
            for b, j in enumerate(ci):
                out[i][j] = float(values[a, b])
        return out

    return ContingencyTest(
        method=method,
        n=n,
        df=int(df),
        statistic=float(stat),
        p=float(p),
        cramers_v=v,
        expected=expected_full.tolist(),
        residuals=spread(adj),
        residual_p=spread(adj_p),
        residual_q=spread(q),
        low_expected=int((expected < 5).sum()),
        p_monte_carlo=monte_carlo_p(sub, stat, method, monte_carlo) if monte_carlo else None,
        monte_carlo_samples=monte_carlo,
    )


def monte_carlo_p(
    table: object,
    statistic: float,
    method: str = "pearson",
    samples: int = MONTE_CARLO_SAMPLES,
    seed: int = MONTE_CARLO_SEED,
) -> float:
    """The Monte Carlo p of a test of independence, as R's `chisq.test(simulate.p.value = TRUE)`.

    Under independence with both margins fixed, every pairing of the n row labels with the n column
    labels is equally likely, so shuffling the column labels draws tables from the exact
    (multiple hypergeometric) null distribution. p = (1 + #{drawn statistic ≥ observed}) /
    (samples + 1) (Davison & Hinkley 1997), with a tolerance for ties in floating point.
    """
    import numpy as np

    observed = np.asarray(table, dtype=np.int64)
    n_rows, n_cols = observed.shape
    n = int(observed.sum())
    row_of = np.repeat(np.arange(n_rows), observed.sum(axis=1))
    col_of = np.repeat(np.arange(n_cols), observed.sum(axis=0))
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / n
    cells = n_rows * n_cols
    threshold = statistic - 1e-7 * max(1.0, abs(statistic))
    rng = np.random.default_rng(seed)
    chunk = max(1, min(samples, 2_000_000 // max(n, 1)))
    extreme = 0
    for done in range(0, samples, chunk):
        size = min(chunk, samples - done)
        cols = rng.permuted(np.broadcast_to(col_of, (size, n)), axis=1)
        flat = row_of * n_cols + cols + (np.arange(size) * cells)[:, None]
        drawn = np.bincount(flat.ravel(), minlength=size * cells).reshape(size, n_rows, n_cols)
        if method == "g2":
            safe = np.where(drawn > 0, drawn, 1)
            stats = 2 * (drawn * np.log(safe / expected)).sum(axis=(1, 2))
        else:
            stats = ((drawn - expected) ** 2 / expected).sum(axis=(1, 2))
        extreme += int((stats >= threshold).sum())
    return (extreme + 1) / (samples + 1)


def _pearson(observed: object, expected: object) -> float:
    """Pearson's X² = Σ (O - E)² / E."""
    import numpy as np

    o = np.asarray(observed, dtype=float)
    e = np.asarray(expected, dtype=float)
    return float(((o - e) ** 2 / e).sum())


def _g2(observed: object, expected: object) -> float:
    """The likelihood-ratio statistic G² = 2 Σ O ln(O / E), empty cells contributing 0."""
    import numpy as np

    o = np.asarray(observed, dtype=float)
    e = np.asarray(expected, dtype=float)
    mask = o > 0
    return float(2 * (o[mask] * np.log(o[mask] / e[mask])).sum())


def _undefined(
    method: str, observed: object, reason: str, expected: object = None
) -> ContingencyTest:
    import numpy as np

    obs = np.asarray(observed, dtype=float)
    exp = np.zeros_like(obs) if expected is None else np.asarray(expected, dtype=float)
    return ContingencyTest(
        method=method,
        n=int(obs.sum()) if obs.size else 0,
        df=0,
        statistic=None,
        p=None,
        cramers_v=None,
        expected=exp.tolist() if exp.ndim == 2 else [],
        residuals=None,
        residual_p=None,
        residual_q=None,
        low_expected=0,
        reason=reason,
    )


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p values (q values), in the input order."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    out = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):  # from the largest p down: q_(i) = min_{j >= i} p_(j) m / j
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        out[i] = running
    return out


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for a proportion k/n (Wilson 1927); None when n is 0."""
    if n <= 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(
    k1: int, n1: int, k2: int, n2: int, z: float = Z95
) -> tuple[float, float] | None:
    """Newcombe's hybrid score interval for p1 - p2 from two Wilson intervals (Newcombe 1998,
    method 10). None when either sample is empty."""
    w1 = wilson_interval(k1, n1, z)
    w2 = wilson_interval(k2, n2, z)
    if w1 is None or w2 is None:
        return None
    p1, p2 = k1 / n1, k2 / n2
    (l1, u1), (l2, u2) = w1, w2
    d = p1 - p2
    lower = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    upper = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return lower, upper


@dataclass(frozen=True)
class TwoProportionTest:
    test: str  # "g2" | "fisher"
    statistic: float | None  # G² (None for Fisher)
    p: float


def two_proportion_test(k1: int, n1: int, k2: int, n2: int) -> TwoProportionTest | None:
    """Compare k1/n1 with k2/n2: the G² (log-likelihood) test on the 2 × 2 table, or Fisher's exact
    test when an expected count is below 5. None when a side is empty or no cell varies."""
    if n1 <= 0 or n2 <= 0:
        return None
    import numpy as np
    from scipy.special import chdtrc

    table = np.array([[k1, n1 - k1], [k2, n2 - k2]], dtype=float)
    if (table.sum(axis=0) == 0).any():
        return TwoProportionTest("fisher", None, 1.0)
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    if (expected < 5).any():
        return TwoProportionTest("fisher", None, fisher_exact_p(k1, n1 - k1, k2, n2 - k2))
    stat = _g2(table, expected)
    return TwoProportionTest("g2", stat, float(chdtrc(1, stat)))


def fisher_exact_p(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p of Fisher's exact test on [[a, b], [c, d]]: the total hypergeometric probability
    of the tables with the same margins that are no more likely than the one observed (as R and
    scipy.stats.fisher_exact compute it, with the same relative tolerance for ties)."""
    row1, col1, n = a + b, a + c, a + b + c + d
    lo, hi = max(0, row1 + col1 - n), min(row1, col1)
    denom = math.comb(n, col1)

    def pmf(x: int) -> float:
        return math.comb(row1, x) * math.comb(n - row1, col1 - x) / denom

    observed = pmf(a)
    total = sum(pr for x in range(lo, hi + 1) if (pr := pmf(x)) <= observed * (1 + 1e-7))
    return min(1.0, total)


def log2_ratio(k1: int, n1: int, k2: int, n2: int) -> float | None:
    """log2 of (k1/n1) / (k2/n2): the one log2 ratio of the analyses, for compare's theme shares
    (k passages of n) and for the terms' Log Ratio (Hardie 2014; k tokens of n).

    With a zero count the Haldane-Anscombe correction keeps it finite: 0.5 is added to each of the
    four cells of the 2 × 2 table (k and n - k on each side), so k becomes k + 0.5 and n becomes
    n + 1. By hand, log2_ratio(0, 10, 5, 10) = log2((0.5 / 11) / (5.5 / 11)) = log2(1 / 11)
    = -3.459. None when a side is empty or both counts are zero.
    """
    if n1 <= 0 or n2 <= 0 or (k1 == 0 and k2 == 0):
        return None
    if k1 == 0 or k2 == 0:
        return math.log2(((k1 + 0.5) / (n1 + 1)) / ((k2 + 0.5) / (n2 + 1)))
    return math.log2((k1 / n1) / (k2 / n2))


def bootstrap_mean_ci(
    values: Sequence[float], *, seed: int = 20210201, n_resamples: int = 2000, level: float = 0.95
) -> tuple[float, float] | None:
    """Percentile bootstrap CI of the mean with a fixed seed, so the same
    values give the same interval every run. None for fewer than two values; a constant sample
    gives a zero-width interval."""
    if len(values) < 2:
        return None
    import numpy as np

    data = np.asarray(values, dtype=float)
    if np.all(data == data[0]):
        return float(data[0]), float(data[0])
    # The resampling scheme of scipy.stats.bootstrap(method="percentile"): one draw of
    # (n_resamples, n) indices from the seeded Generator, then the percentiles of the means.
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), (n_resamples, len(data)))].mean(axis=-1)
    alpha = (1 - level) / 2
    low, high = np.percentile(means, [100 * alpha, 100 * (1 - alpha)])
    return float(low), float(high)


@dataclass(frozen=True)
class Keyness:
    term: str
    count_a: int
    count_b: int
    delta: float  # log-odds ratio, positive = more typical of side A
    z: float  # delta / sd


def log_odds_dirichlet(
    counts_a: Mapping[str, int],
    counts_b: Mapping[str, int],
    *,
    prior: Mapping[str, float] | None = None,
    prior_total: float | None = None,
) -> list[Keyness]:
    """Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 22).

    For term w with counts y_a, y_b, side totals n_a, n_b and prior pseudo-counts α_w summing to α0:

        δ_w = log((y_a + α_w) / (n_a + α0 - y_a - α_w)) - log((y_b + α_w) / (n_b + α0 - y_b - α_w))
        σ²(δ_w) ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w),   z = δ_w / σ

    The prior is `prior` (background counts) or, by default, the pooled counts of both sides, scaled
    so the pseudo-counts sum to `prior_total` (default: a tenth of both sides' tokens, PRIOR_SHARE,
    which shrinks rare terms without drowning the evidence of a short text). Sorted by z descending,
    then term.
    """
    vocab = sorted(set(counts_a) | set(counts_b))
    if not vocab:
        return []
    background = prior or {w: counts_a.get(w, 0) + counts_b.get(w, 0) for w in vocab}
    bg_total = sum(background.get(w, 0) for w in vocab)
    if bg_total <= 0:
        return []
    n_a = sum(counts_a.values())
    n_b = sum(counts_b.values())
    if prior_total is None:
        prior_total = PRIOR_SHARE * (n_a + n_b)
    out = []
    for w in vocab:
        alpha = prior_total * background.get(w, 0) / bg_total
        if alpha <= 0:
            continue
        y_a = counts_a.get(w, 0)
        y_b = counts_b.get(w, 0)
        delta = math.log((y_a + alpha) / (n_a + prior_total - y_a - alpha)) - math.log(
            (y_b + alpha) / (n_b + prior_total - y_b - alpha)
        )
        sd = math.sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha))
        out.append(Keyness(w, y_a, y_b, delta, delta / sd))
    out.sort(key=lambda k: (-k.z, k.term))
    return out


@dataclass(frozen=True)
class KeyTerm:
    """A term's keyness between two texts, in one shape for either method."""

    term: str
    count_a: int
    count_b: int
    statistic: float  # G² (log-likelihood) or z (log-odds)
    p: float
    log2_ratio: float  # of relative frequencies, A over B: `log2_ratio`, zero-corrected

    @property
    def side(self) -> str:
        return "a" if self.log2_ratio > 0 else "b"


def log_likelihood_keyness(
    counts_a: Mapping[str, int], counts_b: Mapping[str, int]
) -> list[KeyTerm]:
    """Log-likelihood keyness (Dunning 1993) of every term.

    G² is the likelihood-ratio statistic of the 2 × 2 table [[a, b], [N_a - a, N_b - b]] (the term
    and all other tokens on each side), tested against chi-square with 1 df. The two-cell shortcut
    of Rayson & Garside (2000) gives a slightly smaller value; the full table is the exact
    likelihood-ratio test. The effect size is Hardie's Log Ratio, log2 of the ratio of relative
    frequencies. Sorted by G² descending.
    """
    import numpy as np
    from scipy.special import chdtrc

    n_a = sum(counts_a.values())
    n_b = sum(counts_b.values())
    if not n_a or not n_b:
        return []
    out = []
    for w in sorted(set(counts_a) | set(counts_b)):
        a, b = counts_a.get(w, 0), counts_b.get(w, 0)
        if a + b == 0:
            continue
        table = np.array([[a, b], [n_a - a, n_b - b]], dtype=float)
        expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
        g2 = max(_g2(table, expected), 0.0)
        out.append(KeyTerm(w, a, b, g2, float(chdtrc(1, g2)), _term_log2_ratio(a, n_a, b, n_b)))
    out.sort(key=lambda k: (-k.statistic, k.term))
    return out


def log_odds_keyness(counts_a: Mapping[str, int], counts_b: Mapping[str, int]) -> list[KeyTerm]:
    """`log_odds_dirichlet` in the KeyTerm shape: statistic = z, p its two-sided normal p."""
    from scipy.special import ndtr

    n_a = sum(counts_a.values())
    n_b = sum(counts_b.values())
    if not n_a or not n_b:
        return []
    return [
        KeyTerm(
            k.term,
            k.count_a,
            k.count_b,
            k.z,
            float(2 * ndtr(-abs(k.z))),
            _term_log2_ratio(k.count_a, n_a, k.count_b, n_b),
        )
        for k in log_odds_dirichlet(counts_a, counts_b)
    ]


def _term_log2_ratio(a: int, n_a: int, b: int, n_b: int) -> float:
    """`log2_ratio` of a term used at least once, on sides of at least one token: never None."""
    ratio = log2_ratio(a, n_a, b, n_b)
    assert ratio is not None
    return ratio
