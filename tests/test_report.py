"""`carelead report`: one self-contained HTML file, every document string escaped."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.export.report import SCRIPT, build_report, highlight
from export_fixtures import HOSTILE, ROLES, THEMES, build_store


@pytest.fixture
def html(tmp_path: Path) -> str:
    with build_store(tmp_path / "r.db") as s:
        text, _ = build_report(s, s.resolve_scope(), THEMES, ROLES, compare=("reviews", "news"))
    return text


def test_document_text_is_escaped(html: str) -> None:
    assert HOSTILE not in html
    assert '<mark title="Leadership">&lt;script&gt;</mark>window.__pwned=1&lt;/script&gt;' in html
    assert (
        "&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;" in html
    )
    assert html.count("<script") == 1  # ours, at the end
    assert "<img" not in html
    assert "Report A: leadership &lt;b&gt;review&lt;/b&gt;" in html


def test_self_contained_with_a_hash_locked_script(html: str) -> None:
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    assert f"<script>{SCRIPT}</script>" in html
    assert "default-src 'none'" in html


def test_charts_and_browser_are_present(html: str) -> None:
    for section in ('id="heatmap"', 'id="tone"', 'id="compare"', 'id="browser"'):
        assert section in html
    assert html.count("<svg") == 3
    assert html.count("<article") == 9  # quotations and tagged passages of both documents
    assert '<option value="director">Director</option>' in html
    assert '<option value="local-leadership">Local leadership</option>' in html
    assert '<mark title="Funding and reform">Funding</mark>' in html


def test_report_is_deterministic(tmp_path: Path, html: str) -> None:
    other = tmp_path / "other"
    other.mkdir()
    with build_store(other / "r.db") as s:
        again, _ = build_report(s, s.resolve_scope(), THEMES, ROLES, compare=("reviews", "news"))
    assert again == html


def test_highlight_marks_whole_words_and_escapes() -> None:
    out = highlight("Leaders <lead> the leadership; a leader.", [("leader", "L"), ("leaders", "L")])
    assert out == (
        '<mark title="L">Leaders</mark> &lt;lead&gt; the leadership; a <mark title="L">leader</mark>.'
    )
    merged = highlight("local leaders", [("local leaders", "A"), ("leaders", "B")])
    assert merged == '<mark title="A, B">local leaders</mark>'
    assert highlight('x"><b>', [('"><b>', "T")]) == 'x<mark title="T">&quot;&gt;&lt;b&gt;</mark>'


def test_cli_writes_report_and_refuses_missing_folder(tmp_path: Path) -> None:
    build_store(tmp_path / "c.db").close()
    book = tmp_path / "book.yaml"
    book.write_text(
        "name: t\nthemes:\n  - id: leadership\n    label: Leadership\n    patterns: [leader*]\n"
    )
    out = tmp_path / "r.html"
    base = ["--db", str(tmp_path / "c.db"), "report"]
    result = CliRunner().invoke(
        app, [*base, str(out), "--codebook", str(book), "--title", "Leaders <&> care"]
    )
    assert result.exit_code == 0, result.stderr
    assert f"wrote {out}: 2 documents, 9 passages in its browser" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Leaders &lt;&amp;&gt; care</title>" in page
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # shareable, not the temp file's 0600
    unknown = CliRunner().invoke(
        app,
        [*base, str(tmp_path / "u.html"), "--compare", "reviews", "nope", "--codebook", str(book)],
    )
    assert unknown.exit_code == 1
    assert "nope: no document or collection with this id" in unknown.stderr
    assert not (tmp_path / "u.html").exists()
    bad = CliRunner().invoke(app, [*base, str(tmp_path / "no" / "r.html"), "--codebook", str(book)])
    assert bad.exit_code == 1
    assert "does not exist" in bad.stderr


def test_scope_without_quotations_explains_instead_of_failing(store) -> None:
    from carelead.models import CleanDocument, DocumentMeta, Passage
    from carelead.store.db import Derived

    store.save_document(
        DocumentMeta(id="plain"),
        CleanDocument(text="Only the authors speak here."),
        source_path=None,
        content_hash="h",
        derived=Derived(passages=[Passage(1, "narrative", "author", 0, 28)], tone={1: 0.0}),
    )
    html, data = build_report(store, ["plain"], THEMES, ROLES)
    assert data.passages == []
    assert "No theme × stakeholder table: variation: the scope has no quotations" in html
    assert "No tone by stakeholder type: sentiment: the scope has no quotations" in html


def test_compare_refuses_overlapping_sides_as_carelead_compare_does(tmp_path: Path) -> None:
    build_store(tmp_path / "c.db").close()
    base = ["--db", str(tmp_path / "c.db")]
    same = CliRunner().invoke(app, [*base, "compare", "news", "news"])
    assert same.exit_code == 1
    out = tmp_path / "same.html"
    result = CliRunner().invoke(app, [*base, "report", str(out), "--compare", "news", "news-b"])
    assert result.exit_code == 1
    assert "compare: news and news-b share news-b; compare two disjoint scopes" in result.stderr
    assert not out.exists()
