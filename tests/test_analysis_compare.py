from __future__ import annotations

import math

import pytest
from scipy import stats as ss

from analysis_fixtures import row
from carelead.analysis.compare import compare, terms
from carelead.analysis.stats import benjamini_hochberg, newcombe_interval
from carelead.errors import ScopeError
from carelead.output.formats import render


def side_a():
    out = []
    for i in range(40):
        themes = ("funding",) if i < 20 else ("covid",) if i < 30 else ()
        role = "director" if i % 2 else "provider"
        kind = "quote" if i < 30 else "narrative"
        out.append(
            row(
                "a1",
                i,
                kind=kind,
                role=role if kind == "quote" else "author",
                themes=themes,
                sentiment=-0.5 if role == "director" else 0.2,
                text="Austerity and funding cuts hurt councils. Austerity again.",
            )
        )
    return out


def side_b():
    out = []
    for i in range(10):
        themes = ("funding",) if i < 2 else ("regulation",) if i < 6 else ()
        out.append(
            row(
                "b1",
                i,
                kind="quote" if i < 4 else "narrative",
                role="user" if i < 4 else "author",
                themes=themes,
                sentiment=0.4,
                text="Integration with the NHS and integration of regulation.",
            )
        )
    return out


def test_theme_shares_differences_and_tests_by_hand():
    res = compare(side_a(), side_b(), "A", "B")
    funding = res.theme("funding")
    assert (funding.a.count, funding.a.n, funding.b.count, funding.b.n) == (20, 40, 2, 10)
    assert funding.difference == pytest.approx(0.5 - 0.2)
    assert (funding.ci_low, funding.ci_high) == newcombe_interval(20, 40, 2, 10)
    assert funding.log2_ratio == pytest.approx(math.log2(0.5 / 0.2))
    # expected count for B's "funding" is 10 * 22 / 50 = 4.4 < 5: Fisher's exact test
    assert funding.test == "fisher"
    assert funding.p == pytest.approx(ss.fisher_exact([[20, 20], [2, 8]])[1])
    ps = [t.p for t in sorted(res.themes, key=lambda t: t.theme)]
    qs = benjamini_hochberg(ps)
    assert [t.q for t in sorted(res.themes, key=lambda t: t.theme)] == pytest.approx(qs)


def test_themes_on_one_side_only():
    res = compare(side_a(), side_b(), "A", "B")
    assert res.only_in_a == ["covid"] and res.only_in_b == ["regulation"]
    covid = res.theme("covid")
    # Haldane-Anscombe correction when one side is zero
    assert covid.log2_ratio == pytest.approx(math.log2((10.5 / 41) / (0.5 / 11)))


def test_stakeholder_mix_and_tone_use_quotations():
    res = compare(side_a(), side_b(), "A", "B")
    roles = {r: (sa.count, sa.n, sb.count, sb.n) for r, sa, sb in res.roles}
    assert roles == {"director": (15, 30, 0, 4), "provider": (15, 30, 0, 4), "user": (0, 30, 4, 4)}
    assert res.mix_test.statistic is not None and res.mix_test.df == 2
    tone = {r: (ga, gb) for r, ga, gb in res.tone}
    assert tone["director"][0] is not None and tone["director"][0].mean == pytest.approx(-0.5)
    assert tone["director"][1] is None
    assert tone["user"][1] is not None and tone["user"][1].n == 4


def test_distinctive_terms_each_side():
    res = compare(side_a(), side_b(), "A", "B")
    assert res.term_method == "g2"
    a_terms = [k.term for k, _ in res.terms_a]
    b_terms = [k.term for k, _ in res.terms_b]
    assert "austerity" in a_terms and "integration" in b_terms
    assert all(q < 0.05 and k.log2_ratio > 0 for k, q in res.terms_a)
    assert all(q < 0.05 and k.log2_ratio < 0 for k, q in res.terms_b)
    austerity = next(k for k, _ in res.terms_a if k.term == "austerity")
    assert (austerity.count_a, austerity.count_b) == (80, 0)
    monroe = compare(side_a(), side_b(), "A", "B", term_method="logodds")
    assert "integration" in [k.term for k, _ in monroe.terms_b]
    assert all(k.statistic < 0 for k, _ in monroe.terms_b)


def test_min_term_count_leaves_rare_terms_out():
    res = compare(side_a(), side_b(), "A", "B", min_term_count=1000)
    assert res.terms_a == [] and res.terms_b == []
    assert "No term passes" in render(res.to_report(), "markdown")


def test_few_passages_are_said_plainly():
    res = compare(side_a(), side_b(), "A", "B")
    assert any(n.startswith("B rests on only 10 passages (4 quotations)") for n in res.notes)
    assert not any(n.startswith("A rests") for n in res.notes)


def test_caveats_about_small_sides_are_warnings():
    res = compare(side_a(), side_b(), "A", "B")
    assert [w for w in res.warnings if "rests on only" in w] == [
        n for n in res.notes if n.startswith("B rests on only")
    ]
    assert not any(w.startswith("Theme shares and terms") for w in res.warnings)
    # Many passages but few quotations: the shares hold, the stakeholder mix does not.
    talky = [row("c1", i, kind="narrative", role="author", themes=("funding",)) for i in range(35)]
    talky += [row("c1", 35 + i, role="user", themes=("funding",), sentiment=0.1) for i in range(3)]
    res = compare(side_a(), talky, "A", "C")
    warning = "C has only 3 quotations: its stakeholder mix and tone are anecdotal."
    assert warning in res.warnings and warning in res.notes
    assert res.to_report().warnings == res.warnings
    assert res.to_dict()["warnings"] == res.warnings


def test_min_n_hides_rare_themes():
    res = compare(side_a(), side_b(), "A", "B", min_n=15)
    assert [t.theme for t in res.themes] == ["funding"]
    assert res.hidden_themes == ["covid", "regulation"]


def test_empty_side_is_an_error_and_output_has_no_nan():
    with pytest.raises(ScopeError, match="B has no passages"):
        compare(side_a(), [], "A", "B")
    res = compare(side_a(), [row("b1", 1, kind="narrative", role="author")], "A", "B")
    assert any("no quotations" in n for n in res.notes)
    text = render(res.to_report(), "json")
    assert "NaN" not in text
    assert res.to_dict()["stakeholders"]["test"]["defined"] is False


def test_report_is_deterministic():
    first = render(compare(side_a(), side_b(), "A", "B").to_report(), "json")
    again = compare(list(reversed(side_a())), list(reversed(side_b())), "A", "B")
    assert render(again.to_report(), "json") == first
    tables = [t.name for t in again.to_report().tables]
    assert tables == ["themes", "one_side_only", "stakeholders", "tone_by_role", "terms"]


def test_terms_fold_possessives_and_drop_stopwords():
    assert terms("The Council's leaders and the NHS’s staff said it.") == [
        "council",
        "leaders",
        "nhs",
        "staff",
    ]
