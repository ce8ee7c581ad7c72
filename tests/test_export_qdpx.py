"""`carelead export qdpx`: a REFI-QDA project that validates against the published schema."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carelead.cli import app
from carelead.export.qdc import guid
from carelead.export.qdpx import build_qdpx, normalise_newlines
from export_fixtures import HOSTILE, ROLES, THEMES, build_store

SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture
def project(tmp_path: Path) -> tuple[bytes, Path]:
    with build_store(tmp_path / "p.db") as s:
        data, _ = build_qdpx(s, s.resolve_scope(), THEMES, ROLES)
    return data, tmp_path / "p.db"


def _qde(data: bytes):
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read("project.qde")), {n: zf.read(n) for n in zf.namelist()}


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/refi-qda/Project.xsd is absent")
def test_project_validates_against_schema(project: tuple[bytes, Path]) -> None:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    root, _ = _qde(project[0])
    assert schema.validate(root), schema.error_log


def test_sources_selections_and_codings(project: tuple[bytes, Path]) -> None:
    from carelead.store import open_store

    root, files = _qde(project[0])
    assert next(iter(files)) == "project.qde"
    assert [c.tag.split("}")[1] for c in root] == [
        "Users", "CodeBook", "Variables", "Cases", "Sources", "Description",
    ]  # fmt: skip
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert [s.get("name") for s in sources] == ["news-b", "report-a"]
    with open_store(project[1]) as store:
        for src in sources:
            path = src.get("plainTextPath")
            assert path == f"internal://{src.get('guid')}.txt"
            text = files[f"sources/{src.get('guid')}.txt"].decode("utf-8")
            assert text == store.document(src.get("name")).text
            rows = {p.n: p for p in store.passages([src.get("name")])}
            for sel in src.findall("q:PlainTextSelection", NS):
                n = int(sel.get("name").split("#")[1].split()[0])
                start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
                assert text[start:end] == rows[n].text
    # Every coding points at a code that exists; themes nest under their parent.
    codes = {c.get("guid"): c for c in root.iter("{urn:QDA-XML:project:1.0}Code")}
    refs = [r.get("targetGUID") for r in root.iter("{urn:QDA-XML:project:1.0}CodeRef")]
    assert refs and all(r in codes for r in refs)
    leadership = codes[guid("theme", "leadership")]
    assert [c.get("name") for c in leadership.findall("q:Code", NS)] == ["Local leadership"]
    description = leadership.find("q:Description", NS).text
    assert "Patterns:\n- leader*" in description
    # Stakeholder > roles, and each case carries its stakeholder_type.
    stake = codes[guid("group", "Stakeholder")]
    assert stake.get("isCodable") == "false"
    assert [c.get("name") for c in stake.findall("q:Code", NS)] == [r.label for r in ROLES]
    cases = {
        c.get("name"): c.find("q:VariableValue/q:TextValue", NS).text
        for c in root.findall("q:Cases/q:Case", NS)
    }
    assert cases == {
        "Director": "director",
        "Provider": "provider",
        "Service user": "user",
        "Authors": "author",
    }
    director = next(c for c in root.findall("q:Cases/q:Case", NS) if c.get("name") == "Director")
    assert len(director.findall("q:SelectionRef", NS)) == 3


def test_hostile_text_survives_as_text(project: tuple[bytes, Path]) -> None:
    root, files = _qde(project[0])
    texts = [v.decode("utf-8") for k, v in files.items() if k.startswith("sources/")]
    assert any(HOSTILE in t for t in texts)
    assert b"<script>" not in files["project.qde"]
    titles = [s.find("q:Description", NS).text for s in root.findall("q:Sources/q:TextSource", NS)]
    assert "title: Report A: leadership <b>review</b>" in " ".join(titles)
    assert "source: report-a.txt" in " ".join(titles)  # the file name, not a local path


def test_two_exports_are_byte_identical(tmp_path: Path) -> None:
    outs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        with build_store(folder / "s.db") as s:
            outs.append(build_qdpx(s, s.resolve_scope(), THEMES, ROLES)[0])
    assert outs[0] == outs[1]
    with zipfile.ZipFile(io.BytesIO(outs[0])) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_newlines_are_normalised_with_positions_kept() -> None:
    text = "a\r\nbc\rd\r\n"
    fixed, remap = normalise_newlines(text)
    assert fixed == "a\nbc\nd\n"
    assert fixed[remap(3) : remap(5)] == text[3:5] == "bc"
    assert remap(len(text)) == len(fixed)


def _codebook_yaml(path: Path) -> Path:
    path.write_text(
        "name: test\nversion: '2'\ndescription: t\nthemes:\n"
        "  - id: leadership\n    label: Leadership\n    description: Leading.\n    patterns: [leader*]\n"
        "  - id: local-leadership\n    label: Local leadership\n    parent: leadership\n"
        "    patterns: [local leader*]\n"
        "  - id: funding-reform\n    label: Funding\n    patterns: [fund*]\n"
        "  - id: workforce-training\n    label: Workforce\n    patterns: [workforce]\n"
    )
    return path


def test_cli_writes_project_and_refuses_bad_paths(tmp_path: Path) -> None:
    build_store(tmp_path / "c.db").close()
    book = _codebook_yaml(tmp_path / "book.yaml")
    out = tmp_path / "out.qdpx"
    base = ["--db", str(tmp_path / "c.db"), "export", "qdpx"]
    result = CliRunner().invoke(app, [*base, str(out), "reviews", "--codebook", str(book)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"wrote {out}: 1 documents" in result.stderr
    root, _ = _qde(out.read_bytes())
    assert [s.get("name") for s in root.findall("q:Sources/q:TextSource", NS)] == ["report-a"]

    missing = CliRunner().invoke(
        app, [*base, str(tmp_path / "no" / "x.qdpx"), "--codebook", str(book)]
    )
    assert missing.exit_code == 1
    assert "the folder" in missing.stderr and "does not exist" in missing.stderr
    folder = CliRunner().invoke(app, [*base, str(tmp_path), "--codebook", str(book)])
    assert folder.exit_code == 1
    assert "cannot write" in folder.stderr
    unknown = CliRunner().invoke(app, [*base, str(out), "nope", "--codebook", str(book)])
    assert unknown.exit_code == 1
    assert "nope: no document or collection" in unknown.stderr


def test_cli_refuses_folder_without_write_permission(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    build_store(tmp_path / "c.db").close()
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    book = _codebook_yaml(tmp_path / "book.yaml")
    result = CliRunner().invoke(
        app,
        [
            "--db",
            str(tmp_path / "c.db"),
            "export",
            "qdpx",
            str(locked / "x.qdpx"),
            "--codebook",
            str(book),
        ],
    )
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert list(locked.iterdir()) == []


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/refi-qda/Project.xsd is absent")
def test_bare_corpus_still_validates(store) -> None:
    """No themes, no roles, no passages: no empty container is written."""
    from lxml import etree

    from carelead.models import CleanDocument, DocumentMeta
    from carelead.store.db import Derived

    store.save_document(
        DocumentMeta(id="bare"),
        CleanDocument(text="Nothing quoted here.\r\nAt all."),
        source_path=None,
        content_hash="h",
        derived=Derived(passages=[]),
    )
    data, summary = build_qdpx(store, ["bare"], [], [])
    assert (summary.selections, summary.cases) == (0, 0)
    root, files = _qde(data)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(root), schema.error_log
    assert root.find("q:Cases", NS) is None
    assert b"\r" not in b"".join(files.values())
