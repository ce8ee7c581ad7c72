"""The codebook as REFI-QDA Codes: written alone as a `.qdc`, inside a `.qdpx`, and read back.

A theme becomes a `<Code>` nested under its parent. Its `<Description>` carries the theme's own
description, then its carelead id, its patterns, its exclusions and its example sentences, one a
line under a marked heading, so that a researcher sees in NVivo or ATLAS.ti what the tagger looks
for, and so that `carelead codebook import` gets the themes back: ids, labels, descriptions,
hierarchy, colours, patterns, exclusions and examples.

    Leadership found locally, close to communities.

    Id: local-leadership
    Patterns:
    - local leader*
    - director of adult social services
    Exclude:
    - leadership team
    Examples:
    - Councils know their communities and lead locally.

What a REFI-QDA codebook has no place for is not exported: the tagging settings (the codebook's
`settings`: thresholds, caps, weights, context) and each theme's `weight`. An imported codebook gets
carelead's default settings, so it tags text differently from the original until the original's
`settings:` block (and any theme `weight`) is copied into the imported YAML; with them copied, the
imported codebook tags the bundled corpus exactly as the original does.

GUIDs are uuid5 over a stable key (`theme:<id>`), so every export of a codebook names each code the
same way and two exports can be compared.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead import __version__
from carelead.errors import InputError
from carelead.export.common import Theme, themes_of

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from carelead.export.safezip import Limits
    from carelead.tagging.codebook import Codebook

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
ORIGIN = f"carelead {__version__}"
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/carelead/refi-qda")
STAKEHOLDER_ROOT = "Stakeholder"
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ID_LINE = re.compile(r"^Id: (\S+)$")
_SLUG = re.compile(r"[^a-z0-9]+")
MAX_QDC_BYTES = 50 * 1024 * 1024


def guid(kind: str, key: str) -> str:
    """A deterministic GUID for the thing of `kind` named `key`."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{key}"))


# The marked lists at the end of a code's description, in the order they are written.
SECTIONS = {"Patterns:": "patterns", "Exclude:": "exclude", "Examples:": "examples"}


def theme_description(theme: Theme) -> str:
    lines = [(theme.description or "").strip(), "", f"Id: {theme.id}"]
    for heading, field in SECTIONS.items():
        items = [" ".join(str(item).splitlines()) for item in getattr(theme, field) or ()]
        if items:
            lines.append(heading)
            lines.extend(f"- {item}" for item in items)
    return "\n".join(lines).strip("\n")


def _ordered_tree(themes: Sequence[Theme]) -> dict[str | None, list[Theme]]:
    """Children of each parent id (None: top level) in codebook order; orphans go to the top."""
    ids = {t.id for t in themes}
    children: dict[str | None, list[Theme]] = {}
    for t in themes:
        parent = t.parent if t.parent in ids and t.parent != t.id else None
        children.setdefault(parent, []).append(t)
    return children


def code_elements(themes: Sequence[Theme], extra: Iterable[Element] = ()) -> Element:
    """`<Codes>` holding the themes as a hierarchy, followed by `extra` top-level codes."""
    children = _ordered_tree(themes)
    codes = ET.Element("Codes")
    seen: set[str] = set()

    def add(parent_el: Element, theme: Theme) -> None:
        if theme.id in seen:  # a parent cycle: each theme once
            return
        seen.add(theme.id)
        attrs = {
            "guid": guid("theme", theme.id),
            "name": theme.label or theme.id,
            "isCodable": "true",
        }
        if theme.colour and _HEX_COLOUR.match(theme.colour):
            attrs["color"] = theme.colour.upper()
        el = ET.SubElement(parent_el, "Code", attrs)
        ET.SubElement(el, "Description").text = theme_description(theme)
        for child in children.get(theme.id, []):
            add(el, child)

    for top in children.get(None, []):
        add(codes, top)
    for theme in themes:  # themes caught in a parent cycle still get a code
        if theme.id not in seen:
            add(codes, theme)
    for el in extra:
        codes.append(el)
    return codes


def to_bytes(root: Element) -> bytes:
    """Serialise with `\\n` line endings, UTF-8, no BOM, two-space indentation.

    Elements are built unqualified with an `xmlns` attribute on the root (ElementTree's
    `default_namespace` refuses unqualified attribute names).
    """
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def qdc_bytes(codebook: Any) -> bytes:
    """The codebook alone as a REFI-QDA `.qdc` document."""
    origin = f"{ORIGIN}; codebook {codebook.name} {codebook.version}".strip()
    root = ET.Element("CodeBook", {"xmlns": CODEBOOK_NS, "origin": origin})
    root.append(code_elements(themes_of(codebook)))
    if not len(root[0]):
        from carelead.errors import ConfigError

        raise ConfigError(f"codebook {codebook.name!r} has no themes to export")
    return to_bytes(root)


# -- reading -----------------------------------------------------------------------------------


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-") or "code"


def _split_description(text: str) -> tuple[str, str | None, dict[str, list[str]]]:
    """(description, carelead id, {"patterns"|"exclude"|"examples": items}) from a code description
    written by `theme_description`. A bullet list under any other heading (or none) is part of
    the description."""
    lines = text.strip().split("\n")
    lists: dict[str, list[str]] = {}
    theme_id: str | None = None
    end = len(lines)
    while True:  # the marked lists, read from the end
        start = end
        while start > 0 and lines[start - 1].startswith("- "):
            start -= 1
        field = SECTIONS.get(lines[start - 1].strip()) if 0 < start < end else None
        if field is None or field in lists:
            break
        lists[field] = [ln[2:] for ln in lines[start:end]]
        end = start - 1
    if end > 0 and (m := _ID_LINE.match(lines[end - 1].strip())):
        theme_id = m.group(1)
        end -= 1
    return "\n".join(lines[:end]).strip(), theme_id, lists


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def codes_to_themes(
    codes: Element, origin: str, warnings: list[str] | None = None
) -> list[dict[str, Any]]:
    """Themes (as codebook YAML mappings) from a `<Codes>` element of either namespace.

    carelead's own "Stakeholder" branch of a project is skipped: roles are not themes. A code
    without patterns (one made in another tool) gets its name as its only pattern, with a warning.
    """
    warnings = warnings if warnings is not None else []
    themes: list[dict[str, Any]] = []
    used: set[str] = set()

    def walk(el: Element, parent: str | None) -> None:
        for code in el:
            if _local(code.tag) != "Code":
                continue
            name = (code.get("name") or "").strip()
            if not name:
                raise InputError(origin, "a Code without a name")
            if parent is None and code.get("guid") == guid("group", STAKEHOLDER_ROOT):
                continue
            desc_el = next((c for c in code if _local(c.tag) == "Description"), None)
            description, theme_id, lists = _split_description(
                (desc_el.text or "") if desc_el is not None else ""
            )
            patterns = lists.get("patterns", [])
            theme_id = theme_id or _slug(name)
            base, k = theme_id, 2
            while theme_id in used:
                theme_id, k = f"{base}-{k}", k + 1
            used.add(theme_id)
            theme: dict[str, Any] = {"id": theme_id, "label": name}
            theme["description"] = description or name
            if parent is not None:
                theme["parent"] = parent
            if not patterns:
                patterns = [re.sub(r"[^\w\s'-]+", " ", name.lower()).strip() or theme_id]
                patterns = [" ".join(patterns[0].split())]
                warnings.append(
                    f"code {name!r} has no patterns: using {patterns[0]!r}; edit the theme's patterns"
                )
            theme["patterns"] = patterns
            for field in ("exclude", "examples"):
                if lists.get(field):
                    theme[field] = lists[field]
            colour = code.get("color")
            if colour and _HEX_COLOUR.match(colour):
                theme["colour"] = colour.upper()
            themes.append(theme)
            walk(code, theme_id)

    walk(codes, None)
    if not themes:
        raise InputError(origin, "the codebook holds no codes")
    return themes


def read_codebook_data(
    path: Path, limits: Limits | None = None, warnings: list[str] | None = None
) -> dict[str, Any]:
    """A `.qdc` (XML, or a zip holding one) or a `.qdpx` project's codebook, as codebook YAML data.

    The result has the shape of a carelead codebook file (name, version, description, themes) and is
    validated by the codebook model when it is loaded. Problems worth a word go to `warnings`.
    """
    from carelead.export.safezip import DEFAULT_LIMITS, SafeZip, parse_xml, read_limited

    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file" if not path.exists() else "is not a file")
    with path.open("rb") as fh:
        head = fh.read(4)
    if path.suffix.lower() == ".qdpx" or head.startswith(b"PK"):
        with SafeZip(path, limits) as zf:
            names = zf.names()
            inner = next((n for n in names if n.lower() == "project.qde"), None) or next(
                (n for n in names if n.lower().endswith((".qdc", ".xml"))), None
            )
            if inner is None:
                raise InputError(path, "the archive holds no project.qde or .qdc codebook")
            root = parse_xml(zf.read(inner), f"{path}!{inner}", limits)
    else:
        data = read_limited(path, min(MAX_QDC_BYTES, limits.max_xml_bytes))
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise InputError(
                path, "neither a REFI-QDA codebook (XML) nor a zip archive holding one"
            )
        root = parse_xml(data, str(path), limits)
    kind = _local(root.tag)
    if kind == "Project":
        book = next((c for c in root if _local(c.tag) == "CodeBook"), None)
        if book is None:
            raise InputError(path, "the project has no CodeBook")
        root = book
    elif kind != "CodeBook":
        raise InputError(path, f"the root element is <{kind}>, not a REFI-QDA <CodeBook>")
    codes = next((c for c in root if _local(c.tag) == "Codes"), None)
    if codes is None:
        raise InputError(path, "the CodeBook has no Codes")
    origin = root.get("origin") or ""
    name = path.stem
    version = "1"
    m = re.search(r"codebook (\S+) (\S+)$", origin)
    if m:
        name, version = m.group(1), m.group(2)
    return {
        "name": name,
        "version": version,
        "description": f"Imported from {path.name}" + (f" ({origin})" if origin else ""),
        "themes": codes_to_themes(codes, str(path), warnings),
    }


def read_qdc(
    path: Path, limits: Limits | None = None, warnings: list[str] | None = None
) -> Codebook:
    """A `.qdc` (or `.qdpx`) codebook as a validated carelead `Codebook`."""
    from pydantic import ValidationError

    from carelead.errors import ConfigError
    from carelead.tagging.codebook import Codebook

    data = read_codebook_data(path, limits, warnings)
    try:
        return Codebook.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"{path}: not a usable codebook: {problems}") from None


def export_qdc(out: Path, *, codebook: Path | None = None) -> int:
    """Write the codebook (default: the shipped one) to `out` as a `.qdc`; returns its theme count."""
    from carelead.export.common import load_codebook
    from carelead.output.formats import write_atomic

    book = load_codebook(codebook)
    write_atomic(out, qdc_bytes(book))
    return len(book.themes)
