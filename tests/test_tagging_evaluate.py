"""The store-independent theme evaluation: matching gold quotations to passages, P/R/F1, kappa."""

from __future__ import annotations

import math

from carelead.evaluate.gold import GoldEntry, locate
from carelead.evaluate.themes import PredictedPassage, report, score
from carelead.output.formats import render

TEXT = "Intro. ‘The NHS  is huge,’ one says. Later: ‘the NHS is huge’ again. Money matters."


def test_locate_normalises_quotes_and_whitespace_and_counts_occurrences() -> None:
    gold = [
        GoldEntry("d", "The NHS is huge", 1, themes=("nhs",)),
        GoldEntry("d", "the NHS is huge", 2, themes=("nhs",)),
        GoldEntry("d", "nowhere to be seen", 3, themes=()),
        GoldEntry("other", "x", 4, themes=()),
    ]
    offsets = locate({"d": TEXT}, gold)
    assert offsets[0] == TEXT.index("The NHS")
    assert offsets[1] == TEXT.index("the NHS")
    assert offsets[2:] == [None, None]


def test_score_micro_macro_and_per_theme() -> None:
    gold = [
        GoldEntry("d", "The NHS is huge", 1, themes=("nhs", "size")),
        GoldEntry("d", "the NHS is huge", 2, themes=("nhs",)),
        GoldEntry("d", "Money matters", 3, themes=("money",)),
    ]
    a, b, c = TEXT.index("The NHS"), TEXT.index("the NHS"), TEXT.index("Money")
    passages = [
        PredictedPassage("d", a, a + 20, ("nhs",)),
        PredictedPassage("d", b, b + 20, ("nhs", "money")),
        PredictedPassage("d", c, len(TEXT), ()),
    ]
    result = score({"d": TEXT}, passages, gold)
    assert result["matched"] == 3
    # tp: nhs, nhs = 2; fp: money = 1; fn: size, money = 2
    assert math.isclose(result["micro"]["precision"], 2 / 3)
    assert math.isclose(result["micro"]["recall"], 2 / 4)
    per = {t["theme"]: t for t in result["themes"]}
    assert per["nhs"]["f1"] == 1.0 and per["nhs"]["kappa"] == 1.0
    assert per["money"]["f1"] == 0.0 and per["size"]["recall"] == 0.0
    assert math.isclose(result["macro"]["f1"], 1 / 3)
    assert [m["line"] for m in result["misses"]] == [1, 2, 3]


def test_undefined_measures_are_none_as_in_the_other_evaluators() -> None:
    gold = [
        GoldEntry("d", "The NHS is huge", 1, themes=("nhs", "size")),
        GoldEntry("d", "Money matters", 2, themes=()),
    ]
    a, c = TEXT.index("The NHS"), TEXT.index("Money")
    passages = [
        PredictedPassage("d", a, a + 20, ("nhs",)),
        PredictedPassage("d", c, len(TEXT), ("money",)),
    ]
    result = score({"d": TEXT}, passages, gold, theme_ids=["money", "unused"])
    per = {t["theme"]: t for t in result["themes"]}
    # never predicted: no precision; missed entirely: recall and F1 0
    assert (per["size"]["precision"], per["size"]["recall"], per["size"]["f1"]) == (None, 0.0, 0.0)
    # predicted only where the gold has none: no recall, precision and F1 0
    assert (per["money"]["precision"], per["money"]["recall"], per["money"]["f1"]) == (
        0.0,
        None,
        0.0,
    )
    # neither coder used it: nothing to measure, and kappa undefined (not 1.0, not NaN)
    assert per["unused"] | {"theme": "x"} == {
        "theme": "x",
        "support": 0,
        "predicted": 0,
        "precision": None,
        "recall": None,
        "f1": None,
        "kappa": None,
    }
    assert per["nhs"]["kappa"] == 1.0
    assert result["macro"]["precision"] == 1.0  # over nhs alone: size was never predicted
    for fmt in ("table", "json", "jsonl", "csv", "markdown"):
        assert "nan" not in render(report(result), fmt).lower()
    table = render(report(result), "table")
    assert "| unused |       0 |         0 |         – |      – |     – |     – |" in table
