"""`carelead export qdc` and reading REFI-QDA codebooks back, refusing hostile files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from carelead.errors import InputError
from carelead.export.qdc import qdc_bytes, read_codebook_data
from carelead.export.qdpx import build_qdpx
from carelead.export.safezip import Limits, SafeZip, deterministic_zip
from export_fixtures import ROLES, THEMES, FakeCodebook, build_store

SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "refi-qda" / "Codebook.xsd"

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="11111111-1111-1111-1111-111111111111" name="&lol4;" isCodable="true"/></Codes></CodeBook>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="11111111-1111-1111-1111-111111111111" name="&xxe;" isCodable="true"/></Codes></CodeBook>"""


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/refi-qda/Codebook.xsd is absent")
def test_qdc_validates_against_schema() -> None:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    root = etree.fromstring(qdc_bytes(FakeCodebook))
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert schema.validate(root), schema.error_log


def test_qdc_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "book.qdc"
    path.write_bytes(qdc_bytes(FakeCodebook))
    data = read_codebook_data(path)
    assert (data["name"], data["version"]) == ("test-codebook", "1.2")
    got = {t["id"]: t for t in data["themes"]}
    for theme in THEMES:
        t = got[theme.id]
        assert (t["label"], t["description"], tuple(t["patterns"])) == (
            theme.label, theme.description, theme.patterns,
        )  # fmt: skip
        assert t.get("parent") == theme.parent
        assert t.get("colour") == theme.colour
    # ... and the themes read back write the same bytes again.
    again = type("Book", (), {"name": data["name"], "version": data["version"], "themes": THEMES})
    assert qdc_bytes(again) == path.read_bytes()
    assert b"\r\n" not in path.read_bytes()


def test_exclusions_and_examples_round_trip_and_foreign_lists_stay_description(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    themes = [
        replace(
            THEMES[0],
            exclude=("leadership team",),
            examples=("Leaders listen.", "A leader\nwho walks the floor."),
        ),
        *THEMES[1:],
    ]
    book = type("Book", (), {"name": "b", "version": "1", "themes": themes})
    path = tmp_path / "book.qdc"
    path.write_bytes(qdc_bytes(book))
    got = read_codebook_data(path)["themes"][0]
    assert got["patterns"] == ["leader*"]
    assert got["exclude"] == ["leadership team"]
    assert got["examples"] == ["Leaders listen.", "A leader who walks the floor."]
    assert got["description"] == THEMES[0].description
    assert "examples" not in read_codebook_data(path)["themes"][1]
    foreign = tmp_path / "foreign.qdc"
    foreign.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="11111111-1111-1111-1111-111111111111" name="Care" isCodable="true">'
        "<Description>Notes.\nSee also:\n- home care\n- day care</Description></Code>"
        "</Codes></CodeBook>"
    )
    care = read_codebook_data(foreign)["themes"][0]
    assert care["description"] == "Notes.\nSee also:\n- home care\n- day care"
    assert "examples" not in care and care["patterns"] == ["care"]


def test_codebook_read_from_a_project_leaves_out_stakeholders(tmp_path: Path) -> None:
    with build_store(tmp_path / "s.db") as s:
        data, _ = build_qdpx(s, s.resolve_scope(), THEMES, ROLES)
    path = tmp_path / "p.qdpx"
    path.write_bytes(data)
    themes = read_codebook_data(path)["themes"]
    assert [t["id"] for t in themes] == [t.id for t in THEMES]


def test_foreign_codes_get_ids_and_patterns(tmp_path: Path) -> None:
    path = tmp_path / "nvivo.qdc"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="11111111-1111-1111-1111-111111111111" name="Trust &amp; relationships" isCodable="true">'
        '<Code guid="21111111-1111-1111-1111-111111111111" name="Trust" isCodable="true"/></Code>'
        '<Code guid="31111111-1111-1111-1111-111111111111" name="Trust" isCodable="true"/>'
        "</Codes></CodeBook>"
    )
    themes = read_codebook_data(path)["themes"]
    assert [(t["id"], t.get("parent")) for t in themes] == [
        ("trust-relationships", None), ("trust", "trust-relationships"), ("trust-2", None),
    ]  # fmt: skip
    assert themes[1]["patterns"] == ["trust"]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _symlink_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("project.qde")
        info.external_attr = (0o120777) << 16
        zf.writestr(info, "/etc/passwd")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.qdpx", b"just some text", "not a zip archive"),
        ("c.qdc", b"\x00\x01binary junk", "neither a REFI-QDA codebook"),
        ("c.qdc", b"<CodeBook><Codes>", "invalid XML"),
        ("c.qdc", LAUGHS, "refused: the XML declares a DTD or entities"),
        ("c.qdc", EXTERNAL, "refused: the XML declares a DTD or entities"),
        ("p.qdpx", _zip([("../../x", b"pwned"), ("project.qde", b"<Project/>")]), "climbs out"),
        ("p.qdpx", _zip([("/etc/x", b"pwned")]), "is an absolute path"),
        ("p.qdpx", _zip([("a\\..\\..\\x", b"pwned")]), "contains a backslash"),
        ("p.qdpx", _symlink_zip(), "is a symbolic link"),
        ("p.qdpx", _zip([("project.qde", LAUGHS)]), "refused: the XML declares a DTD"),
        ("p.qdpx", _zip([("sources/a.txt", b"x")]), "holds no project.qde"),
        ("p.qdpx", _zip([("project.qde", b"<Other/>")]), "not a REFI-QDA <CodeBook>"),
    ],
)
def test_hostile_files_are_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    path = work / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_codebook_data(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["a", "b", name])


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bomb.qdpx"
    path.write_bytes(_zip([("project.qde", b"\0" * (8 * 1024 * 1024))]))
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"compresses \d+:1 \(limit 100:1\); a zip bomb"):
        read_codebook_data(path)
    with pytest.raises(InputError, match="unpacks to 8388608 bytes"):
        SafeZip(path, Limits(max_member_bytes=1024 * 1024))
    with pytest.raises(InputError, match=r"unpacks to \d+ bytes \(limit 1000\); a zip bomb"):
        SafeZip(path, Limits(max_total_bytes=1000, max_ratio=1e9))


def test_member_larger_than_declared_is_refused(tmp_path: Path) -> None:
    data = bytearray(_zip([("project.qde", b"<a>" + b"x" * 5000 + b"</a>")]))
    # Lie in both headers: claim the member unpacks to 10 bytes.
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(sig)
        offset = 22 if sig == b"PK\x03\x04" else 24
        data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
    path = tmp_path / "liar.qdpx"
    path.write_bytes(bytes(data))
    with (
        SafeZip(path) as zf,
        pytest.raises(InputError, match=r"holds more than it declares|cannot read"),
    ):
        zf.read("project.qde")


def test_deterministic_zip_is_stable() -> None:
    members = [("b.txt", b"two"), ("a.txt", b"one")]
    assert deterministic_zip(members) == deterministic_zip(members)
    with zipfile.ZipFile(io.BytesIO(deterministic_zip(members))) as zf:
        assert zf.namelist() == ["b.txt", "a.txt"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_codebook_data(tmp_path / "none.qdc")


def test_cli_round_trip_qdc_import_export(tmp_path: Path) -> None:
    """export qdc -> codebook import -> export qdc gives the same bytes."""
    from typer.testing import CliRunner

    from carelead.cli import app
    from carelead.tagging.codebook import load_codebook

    first = tmp_path / "first.qdc"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "qdc", str(first)])
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr and " codes" in result.stderr
    yaml_out = tmp_path / "imported.yaml"
    result = runner.invoke(app, ["codebook", "import", str(first), "-o", str(yaml_out)])
    assert result.exit_code == 0, result.stderr
    imported = load_codebook(yaml_out)
    shipped = load_codebook(
        Path(__file__).resolve().parent.parent / "codebooks" / "social-care-leadership.yaml"
    )
    assert imported.name == shipped.name and imported.version == shipped.version

    def theme(t):
        colour = t.colour.upper() if t.colour else None
        return (t.id, t.label, t.description.strip(), t.parent, colour, t.patterns, t.exclude)

    assert [theme(t) for t in imported.themes] == [theme(t) for t in shipped.themes]
    # the examples make the TF-IDF profiles: without them the imported codebook tags otherwise
    assert [t.examples for t in imported.themes] == [t.examples for t in shipped.themes]
    assert sum(len(t.examples) for t in shipped.themes) > 0
    assert any(t.exclude for t in shipped.themes)
    second = tmp_path / "second.qdc"
    result = runner.invoke(app, ["export", "qdc", str(second), "--codebook", str(yaml_out)])
    assert result.exit_code == 0, result.stderr
    assert second.read_bytes() == first.read_bytes()


def test_cli_import_refuses_hostile_file_and_warns_on_foreign_codes(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from carelead.cli import app

    bomb = tmp_path / "laughs.qdc"
    bomb.write_bytes(LAUGHS)
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(app, ["codebook", "import", str(bomb), "-o", str(out)])
    assert result.exit_code == 1
    assert "refused: the XML declares a DTD or entities" in result.stderr
    assert not out.exists()

    foreign = tmp_path / "atlas.qdc"
    foreign.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="11111111-1111-1111-1111-111111111111" name="Care homes" isCodable="true"/>'
        "</Codes></CodeBook>"
    )
    result = CliRunner().invoke(app, ["codebook", "import", str(foreign)])
    assert result.exit_code == 0, result.stderr
    assert "warning: code 'Care homes' has no patterns: using 'care homes'" in result.stderr
    assert "id: care-homes" in result.stdout
