from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as ss

from carelead.analysis.stats import (
    benjamini_hochberg,
    bootstrap_mean_ci,
    contingency_test,
    fisher_exact_p,
    log2_ratio,
    log_likelihood_keyness,
    log_odds_dirichlet,
    log_odds_keyness,
    monte_carlo_p,
    newcombe_interval,
    two_proportion_test,
    wilson_interval,
)


def test_pearson_on_a_2x2_table_by_hand():
    res = contingency_test([[10, 20], [30, 40]])
    # n (ad - bc)^2 / (r1 r2 c1 c2)
    chi2 = 100 * (10 * 40 - 20 * 30) ** 2 / (30 * 70 * 40 * 60)
    assert res.statistic == pytest.approx(chi2)
    assert res.df == 1
    assert res.p == pytest.approx(ss.chi2.sf(chi2, 1))
    assert res.cramers_v == pytest.approx(math.sqrt(chi2 / 100))
    # cell (0, 0): E = 12; (10 - 12) / sqrt(12 * 0.7 * 0.6)
    assert res.residuals is not None
    assert res.residuals[0][0] == pytest.approx(-2 / math.sqrt(12 * 0.7 * 0.6))
    # in a 2x2 table every adjusted residual squared is the chi-square
    assert all(r is not None and r * r == pytest.approx(chi2) for row in res.residuals for r in row)
    assert res.low_expected == 0 and res.reason is None


def test_r_by_c_matches_scipy_and_the_residual_formula():
    table = [[12, 5, 3], [4, 15, 6], [2, 3, 14]]
    res = contingency_test(table)
    chi2, p, df, expected = ss.chi2_contingency(table, correction=False)
    assert (res.statistic, res.p, res.df) == (pytest.approx(chi2), pytest.approx(p), df)
    n = 64
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table, strict=True)]
    assert res.residuals is not None and res.residual_p is not None and res.residual_q is not None
    for i in range(3):
        for j in range(3):
            e = rows[i] * cols[j] / n
            assert res.expected[i][j] == pytest.approx(expected[i][j])
            adj = (table[i][j] - e) / math.sqrt(e * (1 - rows[i] / n) * (1 - cols[j] / n))
            assert res.residuals[i][j] == pytest.approx(adj)
            assert res.residual_p[i][j] == pytest.approx(2 * ss.norm.sf(abs(adj)))
    flat_p = [p for row in res.residual_p for p in row]
    flat_q = [q for row in res.residual_q for q in row]
    assert flat_q == pytest.approx(list(ss.false_discovery_control(flat_p)))
    assert res.cramers_v == pytest.approx(math.sqrt(chi2 / (n * 2)))
    assert res.low_expected == int((np.asarray(expected) < 5).sum())


def test_g2_matches_scipy_log_likelihood():
    table = [[12, 5, 3], [4, 15, 6]]
    res = contingency_test(table, method="g2")
    g2, p, _, _ = ss.chi2_contingency(table, correction=False, lambda_="log-likelihood")
    assert res.statistic == pytest.approx(g2) and res.p == pytest.approx(p)
    assert res.method == "g2"


def test_empty_rows_and_columns_are_left_out():
    res = contingency_test([[10, 0, 20], [0, 0, 0], [30, 0, 40]])
    assert res.df == 1
    assert res.statistic == pytest.approx(contingency_test([[10, 20], [30, 40]]).statistic)
    assert res.residuals is not None
    assert res.residuals[1] == [None, None, None] and res.residuals[0][1] is None


def exact_p(table: list[list[int]], method: str) -> float:
    """P(statistic >= observed) over every 2 x c table with the margins of `table`, by enumeration."""
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table, strict=True)]
    n = sum(rows)
    expected = np.outer(rows, cols) / n

    def stat(t: np.ndarray) -> float:
        if method == "g2":
            return float(
                2
                * sum(o * math.log(o / e) for o, e in zip(t.flat, expected.flat, strict=True) if o)
            )
        return float(((t - expected) ** 2 / expected).sum())

    observed = stat(np.asarray(table))
    total = 0.0

    def tables(j: int, left: int, first: list[int]):
        if j == len(cols) - 1:
            if left <= cols[j]:
                yield [*first, left]
            return
        for k in range(min(left, cols[j]) + 1):
            yield from tables(j + 1, left - k, [*first, k])

    for first in tables(0, rows[0], []):
        t = np.asarray([first, [c - k for c, k in zip(cols, first, strict=True)]])
        prob = math.exp(  # the multiple hypergeometric probability of the table
            sum(math.lgamma(x + 1) for x in rows + cols)
            - math.lgamma(n + 1)
            - sum(math.lgamma(x + 1) for x in t.flat)
        )
        if stat(t) >= observed - 1e-9:
            total += prob
    return total


@pytest.mark.parametrize(
    ("table", "method"),
    [
        ([[7, 2], [3, 8]], "pearson"),
        ([[4, 1, 0], [1, 3, 5]], "pearson"),
        ([[6, 2, 1, 0], [2, 3, 1, 4]], "g2"),
    ],
)
def test_monte_carlo_p_agrees_with_exact_enumeration(table, method):
    res = contingency_test(table, method=method)
    assert res.statistic is not None and res.p_monte_carlo is not None
    exact = exact_p(table, method)
    se = math.sqrt(exact * (1 - exact) / res.monte_carlo_samples)
    assert abs(res.p_monte_carlo - exact) < 4 * se + 1e-4
    assert res.monte_carlo_samples == 10_000


def test_monte_carlo_p_is_deterministic_and_can_be_skipped():
    table = [[12, 5, 3], [4, 15, 6], [2, 3, 14]]
    first = contingency_test(table)
    assert first.p_monte_carlo == contingency_test(table).p_monte_carlo
    assert first.p_monte_carlo == pytest.approx(1 / 10_001)  # nothing drawn is as extreme
    skipped = contingency_test(table, monte_carlo=0)
    assert skipped.p_monte_carlo is None and skipped.monte_carlo_samples == 0
    # an independent table: every drawn table is at least as extreme as a statistic of 0
    assert monte_carlo_p(np.asarray([[2, 4], [3, 6]]), 0.0, samples=99) == 1.0


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        ([[3, 4, 5]], "fewer than two non-empty rows"),
        ([[3], [4]], "fewer than two non-empty columns"),
        ([[0, 0], [0, 0]], "fewer than two non-empty rows"),
        ([], "empty"),
    ],
)
def test_undefined_tests_say_why_and_have_no_nan(table, reason):
    res = contingency_test(table)
    assert res.statistic is None and res.p is None and res.cramers_v is None
    assert res.reason is not None and reason in res.reason


def test_benjamini_hochberg_by_hand():
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.2]) == pytest.approx(
        [0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.2]
    )
    assert benjamini_hochberg([]) == []


@pytest.mark.parametrize(("k", "n"), [(0, 10), (1, 10), (5, 10), (10, 10), (81, 263)])
def test_wilson_matches_scipy(k, n):
    ci = ss.binomtest(k, n).proportion_ci(method="wilson")
    assert wilson_interval(k, n) == pytest.approx((ci.low, ci.high))
    assert wilson_interval(0, 0) is None


def test_newcombe_reproduces_the_published_example():
    # Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80, method 10
    lower, upper = newcombe_interval(56, 70, 48, 80)  # type: ignore[misc]
    assert (round(lower, 4), round(upper, 4)) == (0.0524, 0.3339)
    assert newcombe_interval(1, 0, 1, 2) is None


def test_two_proportion_test_uses_g2_or_fisher():
    res = two_proportion_test(20, 100, 40, 100)
    assert res is not None and res.test == "g2"
    obs = np.array([[20, 80], [40, 60]])
    exp = np.outer(obs.sum(1), obs.sum(0)) / obs.sum()
    g2 = 2 * float((obs * np.log(obs / exp)).sum())
    assert res.statistic == pytest.approx(g2)
    assert res.p == pytest.approx(ss.chi2.sf(g2, 1))
    small = two_proportion_test(3, 10, 0, 5)
    assert small is not None and small.test == "fisher" and small.statistic is None
    assert small.p == pytest.approx(ss.fisher_exact([[3, 7], [0, 5]])[1])
    assert two_proportion_test(1, 0, 1, 2) is None


def test_log2_ratio():
    assert log2_ratio(20, 100, 10, 100) == pytest.approx(1.0)
    assert log2_ratio(0, 10, 5, 10) == pytest.approx(math.log2((0.5 / 11) / (5.5 / 11)))
    assert log2_ratio(0, 10, 0, 10) is None
    assert log2_ratio(0, 10, 5, 10) == pytest.approx(-3.4594, abs=1e-4)  # log2(1/11), by hand


def test_terms_and_themes_share_one_log2_ratio():
    # A term absent from A: 0 of 9 tokens against 3 of 9. By hand, with 0.5 added to each cell of
    # the 2 x 2 table: log2((0.5 / 10) / (3.5 / 10)) = log2(1 / 7) = -2.807.
    (k,) = [k for k in log_likelihood_keyness({"x": 9}, {"y": 3, "x": 6}) if k.term == "y"]
    assert k.log2_ratio == pytest.approx(-2.8074, abs=1e-4)
    assert k.log2_ratio == log2_ratio(0, 9, 3, 9)


def test_bootstrap_matches_scipy_and_is_deterministic():
    values = [-0.5, -0.2, 0.0, 0.1, 0.4, 0.6, -0.7, 0.3]
    ci = bootstrap_mean_ci(values, seed=7, n_resamples=999)
    ref = ss.bootstrap(
        (np.asarray(values),),
        np.mean,
        n_resamples=999,
        method="percentile",
        rng=np.random.default_rng(7),
    ).confidence_interval
    assert ci == pytest.approx((ref.low, ref.high))
    assert ci == bootstrap_mean_ci(values, seed=7, n_resamples=999)
    assert ci is not None and ci[0] < float(np.mean(values)) < ci[1]
    assert bootstrap_mean_ci([0.3]) is None
    assert bootstrap_mean_ci([0.2, 0.2, 0.2]) == (0.2, 0.2)


def test_log_odds_with_dirichlet_prior_by_hand():
    res = log_odds_dirichlet({"x": 2, "y": 1}, {"x": 1, "y": 2}, prior_total=2.0)
    by_term = {k.term: k for k in res}
    # alpha = 1 for each term; delta_x = ln(3 / 2) - ln(2 / 3)
    assert by_term["x"].delta == pytest.approx(2 * math.log(1.5))
    assert by_term["x"].z == pytest.approx(2 * math.log(1.5) / math.sqrt(1 / 3 + 1 / 2))
    assert by_term["y"].z == pytest.approx(-by_term["x"].z)
    assert [k.term for k in res] == ["x", "y"]
    assert log_odds_dirichlet({}, {}) == []


@pytest.mark.parametrize(
    "table", [(3, 7, 0, 5), (1, 9, 11, 3), (0, 0, 4, 6), (5, 5, 5, 5), (12, 1, 2, 9), (2, 8, 8, 2)]
)
def test_fisher_exact_matches_scipy(table):
    a, b, c, d = table
    assert fisher_exact_p(a, b, c, d) == pytest.approx(ss.fisher_exact([[a, b], [c, d]])[1])


def test_benjamini_hochberg_matches_scipy():
    ps = list(np.random.default_rng(3).uniform(size=25) ** 2)
    assert benjamini_hochberg(ps) == pytest.approx(list(ss.false_discovery_control(ps)))


def test_log_likelihood_keyness_by_hand():
    res = log_likelihood_keyness({"x": 30, "y": 70}, {"x": 10, "y": 90})
    x = next(k for k in res if k.term == "x")
    # table [[30, 10], [70, 90]]: expected [[20, 20], [80, 80]]
    g2 = 2 * (
        30 * math.log(30 / 20)
        + 10 * math.log(10 / 20)
        + 70 * math.log(70 / 80)
        + 90 * math.log(90 / 80)
    )
    assert x.statistic == pytest.approx(g2)
    assert x.p == pytest.approx(ss.chi2.sf(g2, 1))
    assert x.log2_ratio == pytest.approx(math.log2(0.3 / 0.1)) and x.side == "a"
    # the same as scipy's log-likelihood test on the term-by-side table
    table = [[30, 10], [70, 90]]
    ref = ss.chi2_contingency(table, correction=False, lambda_="log-likelihood")
    assert x.statistic == pytest.approx(ref[0])
    only_b = log_likelihood_keyness({"x": 5}, {"x": 5, "z": 4})
    z = next(k for k in only_b if k.term == "z")
    assert z.count_a == 0 and z.side == "b" and math.isfinite(z.log2_ratio)


def test_log_odds_keyness_wraps_monroe():
    res = log_odds_keyness({"x": 2, "y": 1}, {"x": 1, "y": 2})
    x = next(k for k in res if k.term == "x")
    assert x.p == pytest.approx(2 * ss.norm.sf(abs(x.statistic)))
    assert log_odds_keyness({}, {"x": 1}) == []
