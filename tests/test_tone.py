from __future__ import annotations

import math
from pathlib import Path

import pytest

from carelead import resources
from carelead.analysis.tone import (
    ToneOverrides,
    ToneScorer,
    british_variants,
    derived_forms,
    load_overrides,
    split_sentences,
)
from carelead.errors import ConfigError


def vader_norm(total: float) -> float:
    """VADER's compound for a summed valence (alpha = 15), rounded as VADER rounds it."""
    return round(total / math.sqrt(total * total + 15), 4)


@pytest.fixture(scope="module")
def shipped() -> ToneScorer:
    return ToneScorer.from_overrides(resources.codebooks_dir() / resources.DEFAULT_TONE)


@pytest.fixture(scope="module")
def plain() -> ToneScorer:
    return ToneScorer()


def test_topic_words_are_neutral_with_the_shipped_overrides(shipped, plain):
    text = "The council will provide care and support to help carers."
    assert plain.score([text])[0] > 0.5  # what VADER alone makes of the topic words
    assert shipped.score([text]) == [0.0]


def test_domain_words_of_complaint_score_as_set(shipped, plain):
    assert plain.score(["The model is unsustainable."]) == [0.0]
    valence = shipped.overrides.words["unsustainable"]
    assert shipped.score(["The model is unsustainable."]) == [vader_norm(valence)]
    for word in ("fragile", "unmet", "paucity", "vacuum", "austerity", "fragmented", "invisible"):
        assert shipped.score([f"It is {word}."])[0] <= -0.05, word


def test_phrases_carry_their_valence_and_can_be_negated():
    scorer = ToneScorer(ToneOverrides(phrases={"fit for purpose": 2.0}))
    assert scorer.score(["The system is fit for purpose."]) == [vader_norm(2.0)]
    # VADER's negation multiplies by -0.74.
    assert scorer.score(["The system is not fit for purpose."]) == [vader_norm(2.0 * -0.74)]
    assert scorer.score(["It is fit  for\npurpose."]) == [vader_norm(2.0)]


def test_a_zero_phrase_hides_a_name_from_the_lexicon(shipped, plain):
    text = "The Better Care Fund was extended."
    assert plain.score([text])[0] > 0
    assert shipped.score([text]) == [0.0]


def test_negators_negate_what_follows():
    scorer = ToneScorer(ToneOverrides(words={"lack": -1.0}, negators=["lack of"]))
    # lack (-1.0) + confidence (VADER 2.3) negated (* -0.74)
    assert scorer.score(["A lack of confidence."]) == [vader_norm(-1.0 + 2.3 * -0.74)]
    unnegated = ToneScorer(ToneOverrides(words={"lack": -1.0}))
    assert unnegated.score(["A lack of confidence."]) == [vader_norm(-1.0 + 2.3)]


def test_bare_negation_scores_a_statement_of_absence():
    on = ToneScorer(ToneOverrides(bare_negation=-1.0))
    off = ToneScorer(ToneOverrides())
    text = "There is not the capacity to take this on."
    assert off.score([text]) == [0.0]
    assert on.score([text]) == [vader_norm(-1.0)]
    # A negation with a lexicon word in reach is VADER's business, not a bare negation.
    assert on.score(["It is not good."]) == off.score(["It is not good."])


def test_irrealis_scales_praise_only():
    scorer = ToneScorer(ToneOverrides(irrealis=["would"], irrealis_scale=0.5))
    assert scorer.score(["Training would be good."]) == [round(vader_norm(1.9) * 0.5, 4)]
    assert scorer.score(["Training would be bad."]) == [vader_norm(-2.5)]


def test_passage_score_is_the_mean_of_scored_sentences():
    scorer = ToneScorer()
    text = "This is good. The meeting was on Tuesday. This is bad."
    expected = round((vader_norm(1.9) + vader_norm(-2.5)) / 2, 4)
    assert scorer.score([text]) == [expected]
    assert scorer.score(["The meeting was on Tuesday.", ""]) == [0.0, 0.0]


def test_a_contrastive_sentence_turns_the_passage():
    scorer = ToneScorer()
    text = "This is good. However, this is bad."
    # before the turn weighs 0.5, from the turn on 1.5
    expected = round((0.5 * vader_norm(1.9) + 1.5 * vader_norm(-2.5)) / 2.0, 4)
    assert scorer.score([text]) == [expected]


def test_scores_are_deterministic_and_in_range(shipped):
    texts = ["We have excellent relations with our CCG.", "It is a diffuse mess!!!", "x" * 50]
    first = shipped.score(texts)
    assert first == ToneScorer.from_overrides(
        resources.codebooks_dir() / resources.DEFAULT_TONE
    ).score(texts)
    assert all(-1.0 <= s <= 1.0 for s in first)


def test_overrides_do_not_leak_into_other_analyzers(shipped):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert "care" not in shipped.analyzer.lexicon
    assert SentimentIntensityAnalyzer().lexicon["care"] == 2.2


def test_british_spellings_and_derived_nouns():
    lexicon = {"favorable": 2.1, "organize": 0.5, "defense": 0.3, "vibrant": 2.4, "size": 0.1}
    british = british_variants(lexicon)
    assert british == {"favourable": 2.1, "organise": 0.5, "defence": 0.3}
    derived = derived_forms(lexicon)
    assert derived["vibrancy"] == 2.4 and derived["vibrance"] == 2.4
    assert "sise" not in british


def test_split_sentences_keeps_abbreviations_and_normalises_quotes():
    text = "Dr. Smith said ‘it’s fine’. It was not.\n\nNew paragraph e.g. this one."
    assert split_sentences(text) == [
        "Dr. Smith said 'it's fine'.",
        "It was not.",
        "New paragraph e.g. this one.",
    ]


def test_users_can_add_overrides(tmp_path: Path):
    path = tmp_path / "tone.yaml"
    path.write_text("words:\n  meeting: -2.0\n", encoding="utf-8")
    scorer = ToneScorer.from_overrides(path)
    assert scorer.score(["The meeting."]) == [vader_norm(-2.0)]


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("words:\n  care: 0\nextra: 1\n", ":3: extra: Extra inputs are not permitted"),
        ("words:\n  care: 5\n", "outside VADER's scale"),
        ("words:\n  not fit: -1\n", "a word is one lower-case word"),
        ("phrases:\n  single: -1\n", "two or more lower-case words"),
        ("bare_negation: -9\n", "bare_negation"),
        ("", "the file is empty"),
    ],
)
def test_invalid_override_files_are_clear_errors(tmp_path: Path, yaml: str, message: str):
    path = tmp_path / "tone.yaml"
    path.write_text(yaml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")) as info:
        load_overrides(path)
    assert str(info.value).startswith(str(path))


def test_shipped_overrides_load():
    overrides = load_overrides(resources.codebooks_dir() / resources.DEFAULT_TONE)
    assert overrides.words["care"] == 0 and overrides.bare_negation < 0


def test_a_hedge_phrase_shields_its_modal_from_irrealis():
    overrides = ToneOverrides(irrealis=["would"], irrealis_scale=0.0, phrases={"would say": 0})
    scorer = ToneScorer(overrides)
    assert scorer.score(["Training would be good."]) == [0.0]
    assert scorer.score(["I would say it is good."]) == [vader_norm(1.9)]


def test_a_neutralised_word_leaves_negation_intact():
    scorer = ToneScorer(ToneOverrides(words={"support": 0}, bare_negation=-1.0))
    # "no" keeps its own valence when what follows is not a sentiment word
    assert scorer.score(["There is no support."]) == [vader_norm(-1.2)]
    assert scorer.score(["They do not support us."]) == [vader_norm(-1.0)]
