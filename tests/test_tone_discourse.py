"""Tone mechanisms for how policy reports and quoted stakeholders write: clause-bounded negation,
corrective "not", verbs of ending, contrast openers, stories of change, and the shipped words for
constraint, litotes and distance. Each test fails without its mechanism."""

from __future__ import annotations

from pathlib import Path

import pytest

from carelead import resources
from carelead.analysis.tone import ToneOverrides, ToneScorer, load_overrides
from carelead.errors import ConfigError


@pytest.fixture(scope="module")
def shipped() -> ToneScorer:
    return ToneScorer.from_overrides(resources.codebooks_dir() / resources.DEFAULT_TONE)


def test_negation_stops_at_the_end_of_its_clause():
    text = "That isn't good, it's bad."
    # VADER's negation reaches three words on, across the comma, and turns "bad" into praise
    assert ToneScorer().score([text])[0] > 0
    bounded = ToneScorer(ToneOverrides(clause_openers=["it's"]))
    assert bounded.score([text])[0] < 0
    assert bounded.score(["It isn't good; awful."])[0] < 0
    # a comma inside a list of adjectives does not end the clause
    assert bounded.score(["There is no good, strong plan."]) == ToneScorer().score(
        ["There is no good, strong plan."]
    )


def test_a_bare_negation_stops_at_the_end_of_its_clause():
    text = "That isn't leadership, it's chaos."
    bounded = ToneScorer(ToneOverrides(bare_negation=-1.0, clause_openers=["it's"]))
    assert "bare_negation_marker" in bounded.prepare(text)
    assert "bare_negation_marker" not in ToneScorer(ToneOverrides(bare_negation=-1.0)).prepare(text)


def test_a_corrective_not_is_no_bare_negation():
    scorer = ToneScorer(ToneOverrides(bare_negation=-1.0))
    assert scorer.score(["Now I have a life, not a plan."]) == [0.0]
    assert scorer.score(["I do not have a plan."])[0] < 0


def test_verbs_of_ending_negate_over_a_verb_phrase():
    text = "We stopped being treated as the problem."
    far = ToneScorer(ToneOverrides(cessation=["stopped"], cessation_reach=6))
    near = ToneScorer(ToneOverrides(cessation=["stopped"], cessation_reach=3))
    assert far.score([text])[0] > 0
    assert near.score([text])[0] < 0
    # within VADER's own reach nothing changes; ordinary negators keep that reach
    assert far.prepare("They stopped good work.") == "They stopped not good work."
    lack = ToneScorer(ToneOverrides(negators=["lack of"], cessation_reach=6))
    assert (
        lack.prepare("A lack of money has led to chaos.") == "A lack of not money has led to chaos."
    )


def test_contrast_openers_come_from_the_overrides():
    text = "This is bad. In fairness, this is good."
    plain = ToneScorer(ToneOverrides(contrast_openers=[]))
    turned = ToneScorer(ToneOverrides(contrast_openers=["in fairness"]))
    assert abs(plain.score([text])[0]) < turned.score([text])[0]
    heavier = ToneScorer(
        ToneOverrides(contrast_openers=["in fairness"], contrast_weights=(0.0, 1.0))
    )
    assert heavier.score([text]) == plain.score(["In fairness, this is good."])


STORY = ToneOverrides(
    past_markers=["used to", "for years"],
    past_openers=["before"],
    present_markers=["now"],
    change_weights=(-0.5, 1.5),
)


def test_a_story_of_change_evaluates_the_difference():
    scorer = ToneScorer(STORY)
    off = ToneScorer(STORY.model_copy(update={"change_weights": (1.0, 1.0)}))
    improved = "We used to be ignored and sad. Now we meet every month."
    assert off.score([improved])[0] < 0
    assert scorer.score([improved])[0] > 0
    declined = "Before, the service was excellent. Now it is bad."
    assert scorer.score([declined])[0] < 0 < off.score([declined])[0]
    # a past without a present is no story of change
    assert scorer.score(["We used to be sad."]) == off.score(["We used to be sad."])


def test_past_openers_count_only_at_the_start_and_mixed_sentences_split():
    scorer = ToneScorer(STORY)
    assert scorer.units("Before, it was bad. Now it works.") == [
        ("Before, it was bad.", "past"),
        ("Now it works.", "present"),
    ]
    assert scorer.units("They ask us before they decide.")[0][1] == ""
    assert scorer.units("For years it was bad, but now it is fine.") == [
        ("For years it was bad, but", "past"),
        ("now it is fine.", "present"),
    ]
    assert scorer.score(["For years it was bad, but now it is fine."])[0] > 0


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("change_weights: [1.0, 0.0]\n", "must be positive"),
        ("contrast_weights: [9, 1]\n", "outside -4..4"),
        ("clause_openers: [It's]\n", "expected lower-case words"),
        ("cessation_reach: 0\n", "cessation_reach"),
        ("present_markers: [now]\nfuture_markers: [soon]\n", "Extra inputs"),
    ],
)
def test_new_keys_are_validated(tmp_path: Path, yaml: str, message: str):
    path = tmp_path / "tone.yaml"
    path.write_text(yaml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_overrides(path)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("It isn't nothing.", 1),  # litotes
        ("That was no small achievement.", 1),
        ("The budget will be overspent.", -1),  # the vocabulary of council finance
        ("It is almost impossible to plan.", -1),
        ("Services are properly funded.", 1),
        ("Services are not properly funded.", -1),
        ("We co-produce everything now, apparently.", -1),  # distance from the claim
        ("Our freedom of information requests.", 0),  # a statute, not freedom
    ],
)
def test_shipped_words_for_constraint_litotes_and_distance(shipped, text: str, sign: int):
    score = shipped.score([text])[0]
    if sign:
        assert score * sign >= 0.05
    else:
        assert abs(score) < 0.05


def test_praise_in_a_condition_is_discounted(shipped):
    plain = shipped.score(["The rate is fair and we are lucky."])[0]
    conditional = shipped.score(["The rate is fair, if we are lucky."])[0]
    assert 0 < conditional <= plain * shipped.overrides.irrealis_scale + 1e-4


def test_the_shipped_file_uses_the_new_mechanisms():
    o = load_overrides(resources.codebooks_dir() / resources.DEFAULT_TONE)
    assert o.clause_openers and o.cessation and o.past_markers and o.present_markers
    assert o.change_weights[0] < 0 < o.change_weights[1]
    assert "if" in o.irrealis


def test_a_run_on_sentence_is_scored_in_pieces_of_at_most_a_hundred_words():
    from carelead.analysis.tone import MAX_SENTENCE_WORDS, split_sentences

    pieces = split_sentences(" ".join(["funding is short"] * 90) + ". Next sentence.")
    assert [len(p.split()) for p in pieces] == [100, 100, 70, 2]
    assert MAX_SENTENCE_WORDS == 100
