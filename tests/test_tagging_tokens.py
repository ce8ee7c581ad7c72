"""The rule tagger's own pass over spaCy's tokens: same tokens and matches as a spaCy Doc."""

from __future__ import annotations

import pytest
from spacy.matcher import PhraseMatcher

from carelead.tagging.codebook import Codebook
from carelead.tagging.rules import RuleTagger

TEXTS = [
    "Care workers' training,  hospital\n\ndischarge and hospital discharge.",
    "  Leading spaces, then\ttabs\t and a trailing newline \n",
    "\"Hospital discharge\" (NHS-led) — hospital-discharge; don't can't e.g. U.K. 3.5%",
    "\n\nrecruiting\u00a0hospital \u2003discharge recruitment… care-workers",
    "",
    " ",
    "hospital  discharge hospital \ndischarge hospital\n discharge",
]


@pytest.fixture(scope="module")
def rules() -> RuleTagger:
    book = Codebook.model_validate(
        {
            "name": "mini",
            "themes": [
                {
                    "id": "nhs",
                    "label": "NHS",
                    "description": "Hospitals.",
                    "patterns": ["hospital discharge", "case:NHS", "recruit*", "care worker*"],
                },
            ],
        }
    )
    return RuleTagger(book)


def test_tokens_are_spacys(rules: RuleTagger) -> None:
    batch = rules.batch(TEXTS)
    strings = rules.nlp.vocab.strings
    got = [
        (int(p), strings[int(h)], int(i), int(n))
        for p, h, i, n in zip(batch.passage, batch.lower, batch.idx, batch.length, strict=True)
        if not strings[int(h)].isspace()
    ]
    want = [
        (p, t.lower_, t.idx, len(t))
        for p, doc in enumerate(rules.nlp.tokenizer.pipe(TEXTS))
        for t in doc
        if not t.is_space
    ]
    assert got == want


def test_phrases_stop_where_spacy_stops_them(rules: RuleTagger) -> None:
    matcher = PhraseMatcher(rules.nlp.vocab, attr="LOWER")
    matcher.add("p", [rules.nlp.tokenizer("hospital discharge")])
    for text, found in zip(TEXTS, rules.match(TEXTS), strict=True):
        doc = rules.nlp.tokenizer(text)
        want = [doc[a:b].text for _, a, b in matcher(doc)]
        assert [m.text for m in found if m.pattern == "hospital discharge"] == want
    # One space joins the phrase; two spaces or a line break between the words do not.
    last = [m.start for m in rules.match([TEXTS[-1]])[0] if m.pattern == "hospital discharge"]
    assert last == []
    assert len([m for m in rules.match([TEXTS[0]])[0] if m.pattern == "hospital discharge"]) == 1


def test_tagging_restores_the_garbage_collector() -> None:
    import gc

    from carelead.tagging.tagger import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
