from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.errors import InputError
from carelead.evaluate.gold import GoldEntry, normalise, read_gold
from carelead.evaluate.tone import Span, score_tone
from carelead.models import CleanDocument, DocumentMeta, Passage
from carelead.store import open_store
from carelead.store.db import Derived

TEXT = (
    "One director says: ‘It is  a diffuse\nmess.’\n\n"
    "A provider says: 'We have excellent relations.'\n\n"
    "Another says: 'It is a diffuse mess.'\n\n"
    "A user says: 'Nothing changes.'"
)


def spans(scores: list[float | None]) -> list[Span]:
    out = []
    pos = 0
    for n, (para, score) in enumerate(zip(TEXT.split("\n\n"), scores, strict=True), start=1):
        start = TEXT.index(para, pos)
        out.append(Span(n, start, start + len(para), score, para))
        pos = start + len(para)
    return out


def gold(polarities: list[str], starts: list[str] | None = None) -> list[GoldEntry]:
    starts = starts or [
        "It is a diffuse mess.",
        "We have excellent relations",
        "It is a diffuse mess.",
        "Nothing changes",
    ]
    return [
        GoldEntry("d", q, i, polarity=p)
        for i, (q, p) in enumerate(zip(starts, polarities, strict=True))
    ]


def test_normalise_keeps_offsets():
    text, index = normalise("a  ‘b’\n c")
    assert text == "a 'b' c"
    assert [index[i] for i in range(len(text))] == [0, 1, 3, 4, 5, 6, 8]


def test_matching_normalises_quotes_and_whitespace_and_counts_occurrences():
    res = score_tone(
        gold(["neg", "pos", "neg", "neg"]), {"d": TEXT}, {"d": spans([-0.5, 0.6, 0.2, 0.0])}
    )
    assert [s.passage.n for s in res.scored] == [1, 2, 3, 4]  # 2nd "diffuse mess" is passage 3
    assert [s.predicted for s in res.scored] == ["negative", "positive", "positive", "neutral"]
    # recall pos 1/1, recall neg 1/3 -> (1 + 1/3) / 2
    assert res.balanced_accuracy == pytest.approx(2 / 3)
    conf = res.confusion()
    assert conf["neg"] == {"positive": 1, "neutral": 1, "negative": 1}
    assert conf["pos"] == {"positive": 1, "neutral": 0, "negative": 0}
    worst = res.worst()
    assert [(w.passage.n, w.error) for w in worst] == [(3, pytest.approx(1.2)), (4, 1.0)]


def test_mixed_and_neutral_are_shown_not_scored():
    res = score_tone(
        gold(["mixed", "pos", "neu", "neg"]), {"d": TEXT}, {"d": spans([-0.5, 0.6, 0.2, -0.3])}
    )
    assert res.balanced_accuracy == 1.0
    assert res.confusion()["mixed"]["negative"] == 1 and res.confusion()["neu"]["positive"] == 1


def test_unmatched_entries_are_reported():
    entries = [
        GoldEntry("d", "not in the text", 1, polarity="neg"),
        GoldEntry("zz", "anything", 2, polarity="neg"),
        GoldEntry("d", "Nothing changes", 3, polarity="neg"),
    ]
    res = score_tone(entries, {"d": TEXT}, {"d": spans([0.0, 0.0, 0.0, None])})
    assert [why for _, why in res.unmatched] == [
        "quote_start not found in the text",
        "document not in the store",
        "its passage has no tone score",
    ]
    assert res.balanced_accuracy is None
    data = res.to_dict()
    assert data["balanced_accuracy"] is None and data["matched"] == 0


def test_read_gold_errors(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "d", "quote_start": "x", "polarity": "pos"}\nnot json\n')
    with pytest.raises(InputError, match=r"g.jsonl:2: not valid JSON"):
        read_gold(path)
    path.write_text('{"doc": "d", "quote_start": "x", "polarity": "great"}\n')
    with pytest.raises(InputError, match="polarity 'great'"):
        read_gold(path)
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "missing.jsonl")


def test_cli_evaluate_sentiment(tmp_path: Path):
    db = tmp_path / "s.db"
    scores = [-0.5, 0.6, -0.2, 0.3]
    with open_store(db) as s:
        sp = spans(scores)
        s.save_document(
            DocumentMeta(id="d"),
            CleanDocument(text=TEXT),
            source_path=None,
            content_hash="h",
            derived=Derived(
                passages=[Passage(x.n, "quote", "director", x.start, x.end) for x in sp],
                tone={x.n: x.sentiment for x in sp if x.sentiment is not None},
            ),
        )
    path = tmp_path / "g.jsonl"
    entries = [
        {"doc": "d", "quote_start": q.quote_start, "polarity": q.polarity}
        for q in gold(["neg", "pos", "neg", "neg"])
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))
    runner = CliRunner()
    result = runner.invoke(
        app, ["--db", str(db), "evaluate", "sentiment", "--gold", str(path), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["balanced_accuracy"] == pytest.approx((1 + 2 / 3) / 2)
    assert data["worst"][0]["passage"] == 4 and data["worst"][0]["gold"] == "neg"
    table = runner.invoke(
        app, ["--db", str(db), "evaluate", "sentiment", "--gold", str(path), "-f", "table"]
    )
    assert "balanced accuracy (pos/neg)" in table.stdout and "0.833" in table.stdout
    open_store(tmp_path / "e.db").close()
    empty = runner.invoke(
        app, ["--db", str(tmp_path / "e.db"), "evaluate", "sentiment", "--gold", str(path)]
    )
    assert empty.exit_code == 1 and "none of its documents" in empty.stderr
