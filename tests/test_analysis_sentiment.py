from __future__ import annotations

import pytest

from analysis_fixtures import row
from carelead.analysis.sentiment import RESAMPLES, SEED, tone_by
from carelead.analysis.stats import bootstrap_mean_ci
from carelead.errors import CareleadError, ScopeError
from carelead.output.formats import render


def passages():
    return [
        row("d1", 1, role="director", themes=("covid",), sentiment=-0.6, text="Awful."),
        row("d1", 2, role="director", themes=("covid", "funding"), sentiment=0.0, text="Flat."),
        row("d1", 3, role="director", themes=("funding",), sentiment=0.3, text="Good."),
        row("d1", 4, role="provider", themes=("funding",), sentiment=-0.2, text="Poor."),
        row("d2", 1, role="provider", themes=(), sentiment=0.5, text="Great."),
        row("d2", 2, kind="narrative", role="author", themes=("covid",), sentiment=0.9),
    ]


def test_groups_by_role_by_hand():
    res = tone_by(passages())
    director = res.group("director")
    assert director.n == 3
    assert director.mean == pytest.approx((-0.6 + 0.0 + 0.3) / 3)
    assert (director.negative, director.neutral, director.positive) == pytest.approx(
        (1 / 3, 1 / 3, 1 / 3)
    )
    assert (director.ci_low, director.ci_high) == bootstrap_mean_ci(
        [-0.6, 0.0, 0.3], seed=SEED, n_resamples=RESAMPLES
    )
    assert director.most_negative.text == "Awful." and director.most_positive.text == "Good."
    assert [g.key for g in res.groups] == [("director",), ("provider",)]
    assert res.overall.n == 5  # narrative left out by default
    assert res.overall.mean == pytest.approx((-0.6 + 0.0 + 0.3 - 0.2 + 0.5) / 5)


def test_all_passages_adds_the_authors():
    res = tone_by(passages(), unit="all")
    assert res.group("author").n == 1
    assert res.group("author").ci_low is None  # one value: no interval
    examples = [r for r in res.to_report().tables[1].rows if r["role"] == "author"]
    assert [r["example"] for r in examples] == ["only passage"]


def test_by_theme_counts_a_passage_in_each_theme():
    res = tone_by(passages(), by=("theme",))
    assert res.group("covid").n == 2 and res.group("funding").n == 3
    assert res.group("(no theme)").n == 1
    assert any("each of them" in n for n in res.notes)


def test_by_role_and_theme():
    res = tone_by(passages(), by=("role", "theme"))
    assert res.group("director", "funding").mean == pytest.approx(0.15)
    assert res.group("provider", "(no theme)").n == 1
    data = res.to_dict()
    assert data["groups"][0]["role"] and "theme" in data["groups"][0]
    assert "role" not in data["overall"]


def test_min_n_hides_small_groups_and_notes_few():
    res = tone_by(passages(), min_n=3)
    assert [g.key for g in res.groups] == [("director",)]
    assert res.hidden == [("provider",)]
    assert any("n < 10" in n for n in res.notes)
    with pytest.raises(ScopeError, match="fewer than 9"):
        tone_by(passages(), min_n=9)


def test_unscored_passages_are_noted_and_bad_input_is_clear():
    rows = [*passages(), row("d3", 1, sentiment=None)]
    assert any("no tone score" in n for n in tone_by(rows).notes)
    with pytest.raises(ScopeError, match="has a tone score"):
        tone_by([row(sentiment=None)])
    with pytest.raises(ScopeError, match="no quotations"):
        tone_by([row(kind="narrative", role="author")])
    with pytest.raises(CareleadError, match="unknown grouping"):
        tone_by(passages(), by=("mood",))
    with pytest.raises(CareleadError, match="twice"):
        tone_by(passages(), by=("role", "role"))


def test_report_is_deterministic_and_has_no_nan():
    first = render(tone_by(passages(), unit="all").to_report(), "json")
    second = render(tone_by(list(reversed(passages())), unit="all").to_report(), "json")
    assert first == second
    assert "NaN" not in first
    table = render(tone_by(passages(), unit="all").to_report(), "table")
    assert "(all)" in table and "most negative" in table


def test_tied_examples_go_to_the_earlier_passage():
    # "ab" sorts before "abc": on tied scores both examples come from "ab", whichever comes first.
    tied = [
        row("abc", 1, role="director", sentiment=0.5, text="Later, positive."),
        row("ab", 2, role="director", sentiment=0.5, text="Earlier, positive."),
        row("abc", 2, role="director", sentiment=-0.5, text="Later, negative."),
        row("ab", 1, role="director", sentiment=-0.5, text="Earlier, negative."),
    ]
    for rows in (tied, tied[::-1]):
        g = tone_by(rows).group("director")
        assert (g.most_positive.doc, g.most_positive.n) == ("ab", 2)
        assert (g.most_negative.doc, g.most_negative.n) == ("ab", 1)


def test_few_passages_and_unscored_ones_are_warnings():
    res = tone_by([*passages(), row("d3", 1, sentiment=None)])
    few = [w for w in res.warnings if w.startswith("Few passages (n < 10) in: ")]
    assert len(few) == 1 and few[0] in res.notes
    assert any("no tone score" in w for w in res.warnings)
    assert not any(w.startswith("Tone: VADER") for w in res.warnings)
    assert res.to_report().warnings == res.warnings
    assert res.to_dict()["warnings"] == res.warnings
