"""The codebook format: the default codebook loads; every kind of bad input is refused at load."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from carelead import resources
from carelead.errors import ConfigError
from carelead.tagging.codebook import Codebook, dump_codebook, load_codebook
from carelead.tagging.patterns import regex_problem, validate_pattern

GOLD_THEMES = {
    "local-leadership",
    "co-production",
    "fragmentation",
    "variation",
    "nhs-integration",
    "relationships",
    "data-research",
    "workforce-training",
    "national-leadership",
    "funding-reform",
    "regulation",
    "voice-visibility",
    "covid",
    "equality-diversity",
    "management-standards",
}

GOOD = """\
name: mini
version: 2
description: A two-theme codebook.
settings:
  max_themes: 2
themes:
  - id: workforce
    label: Workforce
    description: Care workers and their training.
    colour: "#2ca02c"
    patterns: [care worker*, training]
    exclude: [training ground]
    examples: [Care workers need training.]
  - id: pay
    label: Pay
    parent: workforce
    patterns: ["re:\\\\bliving wage\\\\b"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_codebook_has_the_gold_themes() -> None:
    codebook = load_codebook(resources.codebooks_dir() / resources.DEFAULT_CODEBOOK)
    assert set(codebook.ids) >= GOLD_THEMES
    for theme in codebook.themes:
        assert theme.label and theme.description and theme.examples and theme.colour


def test_good_codebook_loads(tmp_path: Path) -> None:
    codebook = load_codebook(write(tmp_path, GOOD))
    assert codebook.version == "2"
    assert codebook.settings.max_themes == 2
    assert codebook.theme("pay").parent == "workforce"
    assert codebook.themes[0].exclude == ["training ground"]


def test_dump_round_trips(tmp_path: Path) -> None:
    codebook = load_codebook(write(tmp_path, GOOD))
    again = load_codebook(write(tmp_path, dump_codebook(codebook)))
    assert again == codebook


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "    colour:",
            "    color:",
            "codebook.yaml:10: themes.0.color: Extra inputs are not permitted",
        ),
        ("[care worker*, training]", "[]", "codebook.yaml:11: themes.0.patterns: List should have"),
        (
            "re:\\\\bliving wage\\\\b",
            "re:(unclosed",
            "codebook.yaml:17: themes.1.patterns: Value error, "
            "pattern 0 're:(unclosed': invalid regular expression",
        ),
        (
            "re:\\\\bliving wage\\\\b",
            "re:(a+)+$",
            "codebook.yaml:17: themes.1.patterns: Value error, "
            "pattern 0 're:(a+)+$': nested quantifiers",
        ),
        (
            "parent: workforce",
            "parent: nowhere",
            "codebook.yaml:14: themes.1: Value error, theme 'pay': "
            "parent 'nowhere' is not a theme id",
        ),
        (
            "id: pay",
            "id: workforce",
            "codebook.yaml:14: themes.1: Value error, theme id 'workforce'",
        ),
        (
            "max_themes: 2",
            "max_themes: many",
            "codebook.yaml:5: settings.max_themes: Input should be",
        ),
        ("label: Pay", "label: [Pay", "codebook.yaml:16: invalid YAML"),
    ],
)
def test_bad_codebooks_are_refused_with_file_line_path(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(ConfigError) as err:
        load_codebook(path)
    message = str(err.value)
    assert message.startswith(str(tmp_path)), message
    assert expected in message, message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"codebook.yaml:1: \(top\): the file is empty"):
        load_codebook(write(tmp_path, ""))


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_codebook(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    "pattern", ["re:(a+)+$", "re:(\\w*)*x", "re:(?:a|b+)*c", "re:((ab)*)+", "re:(x+x+)+y"]
)
def test_catastrophic_regexes_are_refused_quickly(pattern: str) -> None:
    start = time.perf_counter()
    problem = validate_pattern(pattern)
    assert problem is not None and "nested quantifiers" in problem
    assert time.perf_counter() - start < 5  # refused by inspection, never by running it


@pytest.mark.parametrize(
    "pattern",
    ["re:\\bICSs?\\b", "re:£\\s?\\d+", "re:a{2,3}(b|c)+", "re:(ab){2}+", "leader*", "case:CQC"],
)
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert validate_pattern(pattern) is None


def test_invalid_and_empty_patterns() -> None:
    assert "invalid regular expression" in (regex_problem("[a-") or "")
    assert validate_pattern("re:") == "empty pattern"
    assert validate_pattern("  ") == "empty pattern"
    assert validate_pattern("* ?") == "a pattern of globs alone matches every word"


def test_model_refuses_unknown_top_level_key() -> None:
    with pytest.raises(ValueError, match="Extra inputs"):
        Codebook.model_validate({"name": "x", "themes": [], "colour": "red"})
