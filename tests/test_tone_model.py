"""The trained tone layer: scoring matches scikit-learn, bad files are refused, the pipeline uses it
for quotations only, and a retrained model makes stored documents stale."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from carelead.analysis.tone_model import ToneModel, ToneModelFile, save, terms, train
from carelead.errors import ConfigError

TEXTS = [
    "Our turnover has halved since the council started listening to us.",
    "The team turned the service round and people stay with us now.",
    "Waiting lists have doubled and nobody answers the phone.",
    "We are firefighting every winter with money that arrives too late.",
    "Relationships with the hospital have never been better, honestly.",
    "The fee uplift did not come close to covering the wage rise.",
]
POSITIVE = [True, True, False, False, True, False]
LEXICON = [0.1, 0.3, -0.2, -0.4, 0.5, 0.0]


def test_terms_are_scikit_learn_s_word_ngrams() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = "The CQC's rating: good, a 'Good' rating at last - at last!"
    analyzer = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    assert terms(text, (1, 2)) == analyzer(text)


def test_negation_marks_the_words_to_the_next_punctuation() -> None:
    text = "We are not valued, and it doesn't feel like a career. We are valued now."
    assert terms(text, (1, 1), negation=True) == [
        "we",
        "are",
        "not",
        "NOT_valued",
        "and",
        "it",
        "doesn",  # the token pattern's stem of "doesn't", a negator
        "NOT_feel",
        "NOT_like",
        "NOT_career",
        "we",
        "are",
        "valued",
        "now",
    ]
    assert "not NOT_valued" in terms(text, (1, 2), negation=True)


def test_a_model_with_negation_reads_not_valued_unlike_valued() -> None:
    texts = [*TEXTS, "Care workers are not valued.", "Care workers are valued here."]
    spec = train(
        texts, [*LEXICON, 0.3, 0.3], [*POSITIVE, False, True], negation=True, c=3.0, min_df=1
    )
    model = ToneModel(spec)
    assert spec.negation and "NOT_valued" in spec.vocabulary
    negative, positive = model.score(["They are not valued.", "They are valued."], [0.3, 0.3])
    assert negative < positive


def test_scores_match_the_fitted_logistic_regression() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    spec = train(TEXTS, LEXICON, POSITIVE, c=3.0, min_df=1)
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    x = hstack([vec.fit_transform(TEXTS), csr_matrix(np.array(LEXICON)[:, None])]).tocsr()
    fit = LogisticRegression(C=3.0, class_weight="balanced", max_iter=5000).fit(x, POSITIVE)
    model = ToneModel(spec)
    unseen = ["Turnover halved and the council is listening.", "Nobody answers."]
    x_unseen = hstack([vec.transform(unseen), csr_matrix(np.array([[0.2], [-0.1]]))]).tocsr()
    expected = fit.decision_function(x_unseen)
    got = [model.decision(t, lex) for t, lex in zip(unseen, (0.2, -0.1), strict=True)]
    assert got == pytest.approx(expected.tolist(), abs=1e-4)
    scores = model.score(unseen, [0.2, -0.1])
    assert scores[0] > 0.05 and scores[1] < -0.05
    assert all(-1 <= s <= 1 for s in scores)


def test_a_saved_model_loads_back_identical(tmp_path: Path) -> None:
    spec = train(TEXTS, LEXICON, POSITIVE, min_df=1, trained_on=["a"])
    path = tmp_path / "m.json"
    save(spec, path)
    assert ToneModel.load(path).spec == spec
    save(spec, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"m\.json:1: not valid JSON"),
        (
            json.dumps(
                {
                    "vocabulary": {"a": 0},
                    "idf": [1.0],
                    "coef": [],
                    "lexicon_coef": 1,
                    "intercept": 0,
                }
            ),
            r"m\.json: \(top\): Value error, vocabulary \(1\), idf \(1\)",
        ),
        (
            json.dumps(
                {
                    "vocabulary": {},
                    "idf": [],
                    "coef": [],
                    "lexicon_coef": 1,
                    "intercept": 0,
                    "extra": 1,
                }
            ),
            r"m\.json: extra: Extra inputs are not permitted",
        ),
    ],
)
def test_a_bad_model_file_is_refused_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        ToneModel.load(path)


def _overrides_with(tmp_path: Path, spec: ToneModelFile) -> Path:
    save(spec, tmp_path / "model.json")
    path = tmp_path / "tone.yaml"
    path.write_text("model: model.json\nwords:\n  care: 0\n", encoding="utf-8")
    return path


def test_the_pipeline_scores_quotations_with_the_model_and_narrative_with_the_lexicon(
    tmp_path: Path,
) -> None:
    from carelead.pipeline import Pipeline

    # a model that knows one word: "halved" is good news
    spec = ToneModelFile(
        vocabulary={"halved": 0}, idf=[1.0], coef=[6.0], lexicon_coef=0.0, intercept=-1.0
    )
    tone = _overrides_with(tmp_path, spec)
    text = (
        "Agency use halved in the year, the report notes.\n\n"
        "One director says: 'Agency use halved in the year.'\n\n"
        "The authors turn to the workforce."
    )
    derived = Pipeline.load(tone=tone).derive(text)
    by_kind = {
        p.kind: derived.tone[p.n] for p in derived.passages if "halved" in text[p.start : p.end]
    }
    assert by_kind["quote"] == pytest.approx(2 / (1 + math.exp(-5.0)) - 1, abs=1e-4)
    assert by_kind["narrative"] == 0.0  # the lexicon has no word here


def test_retraining_the_model_changes_the_tone_fingerprint(tmp_path: Path) -> None:
    from carelead.pipeline import config_paths, fingerprint

    spec = ToneModelFile(
        vocabulary={"a": 0}, idf=[1.0], coef=[1.0], lexicon_coef=1.0, intercept=0.0
    )
    tone = _overrides_with(tmp_path, spec)
    before = fingerprint(config_paths(tone=tone))["tone"]
    save(spec.model_copy(update={"intercept": 0.5}), tmp_path / "model.json")
    assert fingerprint(config_paths(tone=tone))["tone"] != before


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("model: m.json", "m.json"),
        ('model: "my models/m.json"  # trained on our sets', "my models/m.json"),
        ("model: 'm.json'", "m.json"),
        ("# model: old.json", None),
    ],
)
def test_the_model_is_found_from_its_line_in_the_overrides(
    tmp_path: Path, line: str, name: str | None
) -> None:
    from carelead.pipeline import model_path

    path = tmp_path / "tone.yaml"
    path.write_text(f"{line}\nwords:\n  care: 0\n", encoding="utf-8")
    assert model_path(path) == (tmp_path / name if name else None)


def test_a_passage_with_no_known_word_and_no_lexicon_score_is_neutral() -> None:
    spec = ToneModelFile(
        vocabulary={"halved": 0}, idf=[1.0], coef=[6.0], lexicon_coef=2.0, intercept=-1.0
    )
    model = ToneModel(spec)
    # the prior alone (intercept -1) would call it negative
    assert model.score(["Table 3 lists the councils."], [0.0]) == [0.0]
    assert model.score(["Table 3 lists the councils."], [0.9])[0] > 0  # the lexicon still counts
    assert model.score(["Agency use halved."], [0.0])[0] > 0
