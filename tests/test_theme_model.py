"""The trained theme layer: probabilities match scikit-learn, the choice follows its rule, bad files
are refused, the pipeline uses it for quotations only, and a copied codebook finds the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carelead import resources
from carelead.errors import ConfigError
from carelead.tagging.theme_model import ThemeModel, ThemeModelFile, save, train

THEMES = ["funding-reform", "workforce-training", "covid"]
TEXTS = [
    "The fee uplift did not cover the rise in the national living wage.",
    "Councils cannot fund care on budgets that are already overspent.",
    "We lost a third of our care workers to the supermarkets last year.",
    "Recruitment is impossible when pay is this low and training costs us.",
    "During the pandemic we had no PPE and no testing for weeks.",
    "Lockdown closed the day centres and carers were on their own.",
]
TOTALS = [
    [1.2, 0.0, 0.0],
    [0.9, 0.2, 0.0],
    [0.1, 1.1, 0.0],
    [0.4, 1.3, 0.0],
    [0, 0, 1.0],
    [0, 0.1, 0.6],
]
GOLD = [
    {"funding-reform"},
    {"funding-reform"},
    {"workforce-training"},
    {"workforce-training", "funding-reform"},
    {"covid"},
    {"covid"},
]


def test_probabilities_match_the_fitted_logistic_regressions() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    spec = train(TEXTS, TOTALS, GOLD, THEMES, c=2.0, min_df=1)
    vec = TfidfVectorizer(min_df=1, sublinear_tf=True, stop_words="english")
    x = hstack([vec.fit_transform(TEXTS), csr_matrix(np.array(TOTALS))]).tocsr()
    unseen = "Pay for care workers is below the supermarkets and the fee uplift is late."
    totals = {"funding-reform": 0.7, "workforce-training": 0.9}
    x_unseen = hstack([vec.transform([unseen]), csr_matrix(np.array([[0.7, 0.9, 0.0]]))]).tocsr()
    model = ThemeModel(spec)
    got = model.probabilities(unseen, totals)
    for theme in THEMES:
        y = [theme in g for g in GOLD]
        fit = LogisticRegression(C=2.0, class_weight="balanced", max_iter=5000).fit(x, y)
        assert got[theme] == pytest.approx(fit.predict_proba(x_unseen)[0, 1], abs=1e-4)


def test_the_passage_before_counts_with_its_context_weight() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    before = ["On funding, one owner was blunt:", "", "Recruitment was the worry:", "", "", ""]
    spec = train(TEXTS, TOTALS, GOLD, THEMES, previous=before, context=0.5, c=2.0, min_df=1)
    assert spec.context == 0.5
    vec = TfidfVectorizer(min_df=1, sublinear_tf=True, stop_words="english")
    words = vec.fit_transform(TEXTS) + 0.5 * vec.transform(before)
    x = hstack([words, csr_matrix(np.array(TOTALS))]).tocsr()
    unseen, previous = "We cannot pay them what they are worth.", "On recruitment and pay:"
    x_unseen = hstack(
        [
            vec.transform([unseen]) + 0.5 * vec.transform([previous]),
            csr_matrix(np.array([[0.3, 0.3, 0.0]])),
        ]
    ).tocsr()
    model = ThemeModel(spec)
    got = model.probabilities(unseen, {"funding-reform": 0.3, "workforce-training": 0.3}, previous)
    for theme in THEMES:
        y = [theme in g for g in GOLD]
        fit = LogisticRegression(C=2.0, class_weight="balanced", max_iter=5000).fit(x, y)
        assert got[theme] == pytest.approx(fit.predict_proba(x_unseen)[0, 1], abs=1e-4)
    alone = model.probabilities(unseen, {"funding-reform": 0.3, "workforce-training": 0.3})
    assert alone != got


def test_choice_needs_tagger_evidence_and_keeps_the_best() -> None:
    spec = train(TEXTS, TOTALS, GOLD, THEMES, min_df=1)
    model = ThemeModel(spec)
    text = "During the pandemic we had no PPE."
    assert model.choose(text, {}, THEMES, 3) == []  # no evidence, no theme, whatever P says
    chosen = model.choose(text, {"covid": 0.05}, THEMES, 3)
    assert [t for t, _ in chosen] == ["covid"]  # below the threshold, but the best with evidence
    scores = model.choose(
        text, {"covid": 1.5, "funding-reform": 1.5, "workforce-training": 1.5}, THEMES, 1
    )
    assert len(scores) == 1  # max_themes caps the choice


def test_a_theme_the_model_does_not_know_is_scored_by_the_taggers() -> None:
    model = ThemeModel(train(TEXTS, TOTALS, GOLD, THEMES, min_df=1))
    chosen = dict(model.choose("A new theme.", {"new-theme": 4.0}, [*THEMES, "new-theme"], 3))
    assert chosen == {"new-theme": 1.0}  # min(total / scale, 1)


def test_a_saved_model_loads_back_identical(tmp_path: Path) -> None:
    spec = train(TEXTS, TOTALS, GOLD, THEMES, min_df=1, trained_on=["a"])
    save(spec, tmp_path / "m.json")
    assert ThemeModel.load(tmp_path / "m.json").spec == spec
    save(train(TEXTS, TOTALS, GOLD, THEMES, min_df=1, trained_on=["a"]), tmp_path / "n.json")
    assert (tmp_path / "m.json").read_bytes() == (tmp_path / "n.json").read_bytes()  # deterministic


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (
            json.dumps(
                {"themes": ["a"], "vocabulary": {"x": 0}, "idf": [], "coef": {}, "intercept": {}}
            ),
            "differ in length",
        ),
        (
            json.dumps(
                {
                    "themes": ["a"],
                    "vocabulary": {},
                    "idf": [],
                    "coef": {"b": [0.0]},
                    "intercept": {"b": 0},
                }
            ),
            "is not one of themes",
        ),
        (
            json.dumps(
                {
                    "themes": ["a"],
                    "vocabulary": {},
                    "idf": [],
                    "coef": {"a": [0.0, 1.0]},
                    "intercept": {"a": 0},
                }
            ),
            "expected 1",
        ),
    ],
)
def test_bad_model_files_are_refused_with_the_file_named(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        ThemeModel.load(path)
    assert str(path) in str(err.value)
    with pytest.raises(ConfigError, match="no such file"):
        ThemeModel.load(tmp_path / "missing.json")


def _codebook_with(tmp_path: Path, spec: ThemeModelFile) -> Path:
    save(spec, tmp_path / "model.json")
    book = tmp_path / "codebook.yaml"
    book.write_text(
        "name: t\nmodel: model.json\nthemes:\n"
        + "".join(
            f"  - id: {t}\n    label: {t}\n    description: {t}\n    patterns: [{w}]\n"
            for t, w in zip(THEMES, ("fee*", "recruit*", "pandemic"), strict=True)
        ),
        encoding="utf-8",
    )
    return book


def test_the_pipeline_uses_the_model_for_quotations_only(tmp_path: Path) -> None:
    from carelead.pipeline import Pipeline

    # a model that believes every quotation is about the workforce, whatever the words
    spec = ThemeModelFile(
        themes=THEMES,
        vocabulary={},
        idf=[],
        coef={t: [0.0, 0.0, 0.0] for t in THEMES},
        intercept={"funding-reform": -20.0, "workforce-training": 20.0, "covid": -20.0},
    )
    pipeline = Pipeline.load(codebook=_codebook_with(tmp_path, spec))
    text = (
        "The pandemic changed everything, and fees and recruitment too.\n\n"
        "One owner says: ‘Our fees are late and recruitment is impossible since the pandemic.’"
    )
    derived = pipeline.derive(text)
    got = [[t.theme for t in derived.tags.get(p.n, [])] for p in derived.passages]
    alone = pipeline.tagger.tag([text[p.start : p.end] for p in derived.passages])  # no model
    for p, mine, theirs in zip(derived.passages, got, alone, strict=True):
        if p.kind == "quote":
            assert mine[0] == "workforce-training" != theirs[0].theme  # the model's pick first
        else:
            assert mine == [t.theme for t in theirs]  # narrative keeps the taggers' choice
    assert [p.kind for p in derived.passages].count("quote") == 1
    assert all(
        t.method in ("rule", "tfidf", "both") for tags in derived.tags.values() for t in tags
    )


def test_retraining_changes_the_codebook_fingerprint(tmp_path: Path) -> None:
    from carelead.pipeline import config_paths, fingerprint

    spec = train(TEXTS, TOTALS, GOLD, THEMES, min_df=1)
    book = _codebook_with(tmp_path, spec)
    before = fingerprint(config_paths(codebook=book))["codebook"]
    save(spec.model_copy(update={"alpha": 0.4}), tmp_path / "model.json")
    assert fingerprint(config_paths(codebook=book))["codebook"] != before


def test_a_copied_configuration_file_finds_the_shipped_model(tmp_path: Path) -> None:
    from carelead.pipeline import resolve_model

    shipped = resources.codebooks_dir() / "tone-model.json"
    copy = tmp_path / "my-overrides.yaml"
    copy.write_text("words: {}\n", encoding="utf-8")
    assert resolve_model(copy, "tone-model.json") == shipped
    (tmp_path / "tone-model.json").write_text("{}", encoding="utf-8")
    assert resolve_model(copy, "tone-model.json") == tmp_path / "tone-model.json"  # beside wins
    assert resolve_model(copy, "missing.json") == tmp_path / "missing.json"  # named in the error
