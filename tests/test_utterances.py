"""A quotation split by its cue is one utterance: grouped, and scored for tone as a whole."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from carelead import resources
from carelead.analysis.tone_model import ToneModelFile, save
from carelead.passages.attribute import attribute
from carelead.passages.roles import RoleLexicon, load_lexicon
from carelead.passages.utterances import readings, utterances


@pytest.fixture(scope="module")
def lexicon() -> RoleLexicon:
    return load_lexicon(resources.codebooks_dir() / resources.DEFAULT_ROLES)


def _quotes(text: str, lexicon: RoleLexicon) -> tuple[list, list[str]]:
    passages = attribute(text, (), lexicon)
    said = readings(passages, text)
    quotes = [i for i, p in enumerate(passages) if p.kind == "quote"]
    return [passages[i] for i in quotes], [said[i] for i in quotes]


def test_a_quotation_interrupted_by_its_cue_is_read_whole(lexicon: RoleLexicon) -> None:
    text = (
        "Relations had changed. ‘We don’t tell Debbie how to run the home,’ one director says,"
        " ‘and she has never once let us down.’\n\n"
        "The chapter turns to pay."
    )
    quotes, said = _quotes(text, lexicon)
    assert len(quotes) == 2
    whole = "‘We don’t tell Debbie how to run the home,’ ‘and she has never once let us down.’"
    assert said == [whole, whole]


@pytest.mark.parametrize(
    "text",
    [
        # the first sentence was finished: a new one after the cue is its own
        "‘We were proud of it.’ one director says. ‘The money ran out in March.’",
        # a new paragraph
        "‘We were proud of it,’ one director says.\n\n‘The money ran out in March.’",
        # someone else speaks
        "‘We were proud of it,’ one director says, and a councillor adds: ‘The money ran out.’",
    ],
)
def test_quotations_that_are_not_one_utterance_stay_apart(lexicon: RoleLexicon, text: str) -> None:
    passages = attribute(text, (), lexicon)
    assert sum(p.kind == "quote" for p in passages) == 2
    assert utterances(passages, text) == []
    quotes, said = _quotes(text, lexicon)
    assert said == [text[p.start : p.end] for p in quotes]


def test_both_halves_carry_the_tone_of_the_whole(tmp_path: Path) -> None:
    from carelead.pipeline import Pipeline

    # a model that knows one word: "thriving" is good news, the first half has none of it
    save(
        ToneModelFile(
            vocabulary={"thriving": 0}, idf=[1.0], coef=[6.0], lexicon_coef=0.0, intercept=-1.0
        ),
        tmp_path / "model.json",
    )
    tone = tmp_path / "tone.yaml"
    tone.write_text("model: model.json\nwords:\n  care: 0\n", encoding="utf-8")
    text = (
        "‘We stopped chasing the agency rate,’ one manager says, ‘and the home is thriving.’\n\n"
        "The authors turn to the workforce."
    )
    derived = Pipeline.load(tone=tone).derive(text)
    scores = [derived.tone[p.n] for p in derived.passages if p.kind == "quote"]
    expected = 2 / (1 + math.exp(-5.0)) - 1
    assert scores == [pytest.approx(expected, abs=1e-4)] * 2
