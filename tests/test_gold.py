"""The shared reading of gold files and the locating of gold quotations in passages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carelead.errors import InputError
from carelead.evaluate.gold import GoldEntry, Spans, locate, read_gold
from carelead.models import Passage


def write(path: Path, *entries: object) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return path


def test_read_gold_keeps_every_field_and_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.jsonl",
        {
            "doc": "d",
            "quote_start": "We need",
            "role": "director",
            "cue": "One director says:",
            "kind": "block",
            "chained": True,
            "themes": ["covid", "funding-reform"],
            "polarity": "neg",
        },
        {"doc": "d", "quote_start": "Fine"},
    )
    first, second = read_gold(path)
    assert first == GoldEntry(
        "d",
        "We need",
        1,
        role="director",
        cue="One director says:",
        kind="block",
        chained=True,
        themes=("covid", "funding-reform"),
        polarity="neg",
    )
    assert second == GoldEntry("d", "Fine", 2)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"doc": "d", "quote_start": "x", "themes": "covid"}, "themes: must be a list"),
        ({"doc": "d", "quote_start": "x", "chained": "yes"}, "chained: must be true or false"),
        ({"doc": "d", "quote_start": "x", "polarity": "great"}, "polarity 'great' is not one of"),
        ({"doc": "d", "quote_start": "  "}, "quote_start: a non-empty string is required"),
        (["d", "x"], "expected a JSON object"),
    ],
)
def test_a_bad_entry_is_named_by_file_and_line(tmp_path: Path, entry: object, message: str) -> None:
    path = write(tmp_path / "g.jsonl", {"doc": "d", "quote_start": "ok"}, entry)
    with pytest.raises(InputError, match=rf"^{path}:2: {message}"):
        read_gold(path)


def test_an_empty_or_missing_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no gold entries"):
        read_gold(tmp_path / "empty.jsonl")
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "missing.jsonl")


def test_locate_finds_the_nth_occurrence_across_quote_marks_and_line_breaks() -> None:
    text = "A says: ‘It is\n  broken.’ B says: “It is broken.” C: 'it is broken'"
    entries = [
        GoldEntry("d", "It is broken", 1),
        GoldEntry("d", "It is broken", 2),
        GoldEntry("d", "It is broken", 3),
        GoldEntry("x", "It is broken", 4),
    ]
    first, second, third, other = locate({"d": text}, entries)
    assert (first, second) == (text.index("It is\n"), text.index("It is broken"))
    assert third is None and other is None  # a third occurrence is not there; no document "x"


def test_locate_finds_words_the_pdf_copy_broke_at_a_line_end() -> None:
    # gold copied from the PDF keeps "regis-\ntered"; the cleaned text has rejoined it
    text = "She says: 'I have watched registered managers hold decision-making together.'"
    entries = [
        GoldEntry("d", "I have watched regis-\ntered managers", 1),
        GoldEntry("d", "hold decision-\nmaking together", 2),
        GoldEntry("d", "hold decision-\nmaking apart", 3),
    ]
    assert locate({"d": text}, entries) == [
        text.index("I have"),
        text.index("hold"),
        None,
    ]


def test_spans_covering_uses_half_open_ranges_and_any_order() -> None:
    spans = Spans(
        {"d": [Passage(2, "quote", "user", 10, 20), Passage(1, "narrative", "author", 0, 8)]}
    )
    assert [getattr(spans.covering("d", o), "n", None) for o in (0, 7, 8, 10, 19, 20, -1)] == [
        1,
        1,
        None,
        2,
        2,
        None,
        None,
    ]
    assert spans.covering("d", None) is None and spans.covering("other", 3) is None
