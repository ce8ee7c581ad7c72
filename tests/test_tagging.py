"""Rule matching, TF-IDF scoring and the combined ThemeTagger."""

from __future__ import annotations

from pathlib import Path

import pytest

from carelead import resources
from carelead.tagging.codebook import Codebook, load_codebook
from carelead.tagging.rules import RuleTagger
from carelead.tagging.tagger import ThemeTagger, is_heading


def mini(**settings: object) -> Codebook:
    return Codebook.model_validate(
        {
            "name": "mini",
            "settings": {"context_weight": 0, **settings},
            "themes": [
                {
                    "id": "workforce",
                    "label": "Workforce",
                    "description": "Care workers, their pay and training.",
                    "patterns": ["care worker*", "training", "recruit*"],
                    "exclude": ["training ground"],
                    "examples": ["Care workers are paid too little and get no training."],
                },
                {
                    "id": "nhs",
                    "label": "NHS",
                    "description": "Hospitals and the health service.",
                    "patterns": ["case:NHS", "hospital", "re:\\bICSs?\\b", "hospital discharge"],
                    "examples": ["The hospital discharged her without a care package."],
                },
            ],
        }
    )


@pytest.fixture(scope="module")
def rules() -> RuleTagger:
    return RuleTagger(mini())


def matched(rules: RuleTagger, text: str) -> list[tuple[str, str]]:
    return [(m.theme, m.text) for m in rules.match([text])[0]]


def test_lemmas_globs_and_phrases(rules: RuleTagger) -> None:
    text = "Care workers and a Care Worker trained in Hospitals; recruitment of care workforce."
    assert matched(rules, text) == [
        ("workforce", "Care workers"),
        ("workforce", "Care Worker"),
        ("workforce", "trained"),  # `training` matches every form of the lemma `train`
        ("nhs", "Hospitals"),
        ("workforce", "recruitment"),
    ]


def test_whole_words_only(rules: RuleTagger) -> None:
    assert matched(rules, "The hospitality trade; retraining; unrecruited.") == []


def test_case_sensitive_pattern_and_regex(rules: RuleTagger) -> None:
    assert matched(rules, "nhs and NHS; the ICSs and ics") == [
        ("nhs", "NHS"),
        ("nhs", "ICSs"),
        ("nhs", "ics"),
    ]


def test_exclude_cancels_overlapping_matches(rules: RuleTagger) -> None:
    assert matched(rules, "a training ground for training") == [("workforce", "training")]


def test_match_spans_are_character_offsets(rules: RuleTagger) -> None:
    text = "After hospital discharge"
    spans = [(m.start, m.end, m.pattern) for m in rules.match([text])[0]]
    assert (6, 14, "hospital") in spans
    assert (6, 24, "hospital discharge") in spans
    assert text[6:24] == "hospital discharge"


def test_glob_forms_do_not_depend_on_what_was_seen_first() -> None:
    fresh = RuleTagger(mini())
    warm = RuleTagger(mini())
    warm.match(["recruiters recruiting recruits", "care workers"])
    text = "We recruit care workers."
    assert matched(fresh, text) == matched(warm, text)


def test_tagger_methods_scores_and_evidence() -> None:
    tagger = ThemeTagger(mini())
    tags = tagger.tag(
        [
            "Care workers need training and recruitment support.",
            "The NHS hospital discharge team.",
            "Nothing relevant at all here.",
        ]
    )
    assert [t.theme for t in tags[0]] == ["workforce"]
    assert tags[0][0].method == "both"
    assert tags[0][0].evidence[:3] == ("care workers", "training", "recruitment")
    assert tags[0][0].score > 0.5
    assert [t.theme for t in tags[1]] == ["nhs"]
    assert tags[2] == []


def test_tfidf_only_tag() -> None:
    tagger = ThemeTagger(mini(min_score=0.1, relative_score=0.1))
    tags = tagger.tag(["Their pay is too little, so they leave."])
    assert tags[0][0].theme == "workforce"
    assert tags[0][0].method == "tfidf"
    assert "pay" in tags[0][0].evidence


def test_max_themes_caps_and_ranks() -> None:
    text = "Care workers in the NHS hospital need training; hospital discharge."
    assert len(ThemeTagger(mini(max_themes=1)).tag([text])[0]) == 1
    tags = ThemeTagger(mini(max_themes=2, relative_score=0)).tag([text])[0]
    assert len(tags) == 2
    assert tags[0].score >= tags[1].score


def test_context_lends_themes_to_short_quotes() -> None:
    texts = ["On hospital discharge and the NHS, one director says:", "It is dreadful."]
    assert ThemeTagger(mini()).tag(texts)[1] == []
    tags = ThemeTagger(mini(context_weight=2.0)).tag(texts)[1]
    assert [t.theme for t in tags] == ["nhs"]
    assert tags[0].method in ("rule", "both")
    assert "nhs" in tags[0].evidence or "hospital discharge" in tags[0].evidence


def test_headings() -> None:
    assert is_heading("Lack of data, lack of research")
    assert is_heading("Does the NHS support social care leadership?")
    assert not is_heading("One director says:")
    assert not is_heading("This is a sentence that ends.")


def test_empty_input() -> None:
    assert ThemeTagger(mini()).tag([]) == []


@pytest.fixture(scope="module")
def default_tagger() -> ThemeTagger:
    return ThemeTagger(load_codebook(resources.codebooks_dir() / resources.DEFAULT_CODEBOOK))


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Care homes could not get PPE or testing during the pandemic.", "covid"),
        ("The CQC inspection rated the home as requires improvement.", "regulation"),
        ("Direct payments and personal budgets give people choice and control.", "co-production"),
        ("Nobody is in charge; leadership is fragmented and dispersed.", "fragmentation"),
        ("Ministers and the Department of Health have shown no leadership.", "national-leadership"),
        ("Council budgets were cut year after year under austerity.", "funding-reform"),
        ("Hospital discharge depends on joint working with the NHS.", "nhs-integration"),
        ("We have no data and little research evidence on outcomes.", "data-research"),
        ("Care workers are badly paid and recruitment is hard.", "workforce-training"),
        (
            "Black and minority ethnic staff are under-represented among leaders.",
            "equality-diversity",
        ),
        ("Quality varies hugely from one council to another: a postcode lottery.", "variation"),
        ("It is all about relationships and trust between the leaders.", "relationships"),
        ("Social care has no voice and the public does not understand it.", "voice-visibility"),
    ],
)
def test_default_codebook_main_theme(default_tagger: ThemeTagger, text: str, theme: str) -> None:
    tags = default_tagger.tag([text])[0]
    assert tags and tags[0].theme == theme, tags


def test_default_tagger_is_deterministic(default_tagger: ThemeTagger) -> None:
    text = (
        Path(__file__).resolve().parent.parent / "corpus" / "kingsfund-blog-2021.txt"
    ).read_text()
    paras = [p for p in text.split("\n\n") if p.strip()]
    first = default_tagger.tag(paras)
    fresh = ThemeTagger(load_codebook(resources.codebooks_dir() / resources.DEFAULT_CODEBOOK))
    assert fresh.tag(paras) == first
    assert all(t.method in ("rule", "tfidf", "both") for tags in first for t in tags)
