"""Manifests in parent folders (`file: sub/x.txt`) and warnings about entries that name no file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from carelead.cli import app
from carelead.ingest.service import collect
from carelead.models import DocumentMeta

PARA = "One director says: 'We have been firefighting for a decade.' The authors agree."


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "x.txt").write_text(PARA, encoding="utf-8")
    (root / "sub" / "deeper" / "y.txt").write_text(PARA + " More.", encoding="utf-8")
    (root / "top.txt").write_text(PARA + " Top.", encoding="utf-8")
    (root / "manifest.yaml").write_text(
        "report-x:\n  title: X\n  collection: c\n  file: sub/x.txt\n"
        "report-y:\n  title: Y\n  file: sub/deeper/y.txt\n"
        "top:\n  title: Top\n"
        "ghost:\n  title: Gone\n  file: sub/missing.txt\n"
        "absent:\n  title: Never there\n",
        encoding="utf-8",
    )
    return root


def test_a_parent_manifest_names_files_in_subfolders(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    warnings: list[str] = []
    sources, failed = collect([str(root)], warnings=warnings)
    assert failed == []
    metas = {s.meta.id: s.meta for s in sources}
    assert metas == {
        "report-x": DocumentMeta("report-x", title="X", collection="c"),
        "report-y": DocumentMeta("report-y", title="Y"),
        "top": DocumentMeta("top", title="Top"),
    }
    manifest = root / "manifest.yaml"
    assert warnings == [
        f"{manifest}: warning: entry 'ghost' (file sub/missing.txt) matches no file",
        f"{manifest}: warning: entry 'absent' (a file named absent.*) matches no file",
    ]


def test_the_nearest_manifest_wins_and_search_stops_at_the_argument(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "sub" / "manifest.yaml").write_text("x:\n  title: Own folder\n", encoding="utf-8")
    sources, _ = collect([str(root / "sub")])
    metas = {s.meta.id: s.meta for s in sources}
    # sub/ is the root: corpus/manifest.yaml above it is not read
    assert metas == {"x": DocumentMeta("x", title="Own folder"), "y": DocumentMeta("y")}
    whole, _ = collect([str(root)])
    assert {s.meta.id for s in whole} == {"x", "report-y", "top"}


def test_a_single_file_warns_about_nothing(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    warnings: list[str] = []
    sources, _ = collect([str(root / "top.txt")], warnings=warnings)
    assert [s.meta for s in sources] == [DocumentMeta("top", title="Top")] and warnings == []


def test_ingest_prints_the_warnings_on_stderr(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.db"), "-q", "ingest", str(root)])
    assert result.exit_code == 0, result.output
    manifest = root / "manifest.yaml"
    assert result.stderr.splitlines() == [
        f"carelead: {manifest}: warning: entry 'ghost' (file sub/missing.txt) matches no file",
        f"carelead: {manifest}: warning: entry 'absent' (a file named absent.*) matches no file",
    ]


def test_a_folder_s_data_code_and_images_are_left_out_with_a_note(tmp_path: Path) -> None:
    root = tmp_path / "papers"
    (root / "figures").mkdir(parents=True)
    (root / "report.txt").write_text(PARA, encoding="utf-8")
    (root / "notes.md").write_text(PARA + " Notes.", encoding="utf-8")
    (root / "coding.csv").write_text("doc,n,themes\nreport,1,covid\n", encoding="utf-8")
    (root / "analysis.py").write_text("print('hello')\n", encoding="utf-8")
    (root / "figures" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    warnings: list[str] = []
    sources, failed = collect([str(root)], warnings=warnings)
    assert failed == [] and sorted(s.meta.id for s in sources) == ["notes", "report"]
    assert warnings == [
        f"{root}: note: files of these kinds are not documents and were left out:"
        " .csv, .png, .py (name a file to ingest it anyway)"
    ]
    named, _ = collect([str(root / "analysis.py")])
    assert [s.meta.id for s in named] == ["analysis"]  # named on the command line: tried
