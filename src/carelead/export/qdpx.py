"""A REFI-QDA project (`.qdpx`) of the corpus, for NVivo, ATLAS.ti, MAXQDA and QualCoder.

The archive holds `project.qde` and a flat `sources/` folder:

- one `<TextSource>` per document, its cleaned text as UTF-8 `sources/<guid>.txt` (`\\n` line
  endings, no BOM), with the document's publisher, date, kind and collection as variables;
- the codebook as `<Codes>` (themes nested under their parent, descriptions carrying the patterns),
  followed by a non-codable "Stakeholder" code with one code per stakeholder role;
- one `<PlainTextSelection>` per passage that carries a theme or is a quotation, coded with its
  themes and its speaker's role; positions count code points from 0, end exclusive;
- one `<Case>` per role holding the role's selections, with a `stakeholder_type` variable.

Every GUID is uuid5 over a stable key, child order follows the schema, empty containers are left
out (the schema refuses them), and the zip has fixed timestamps: two exports of the same store are
byte-identical.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from carelead.errors import ScopeError
from carelead.export.common import Role, Theme, with_extra_roles, with_extra_themes
from carelead.export.qdc import ORIGIN, PROJECT_NS, STAKEHOLDER_ROOT, code_elements, guid, to_bytes
from carelead.export.safezip import deterministic_zip

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from carelead.store.db import PassageRow, Store

NS = PROJECT_NS
USER_GUID = guid("user", "carelead")
STAKEHOLDER_VARIABLE = "stakeholder_type"
DOC_VARIABLES = ("publisher", "date", "kind", "collection")


def _el(
    parent: Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> Element:
    el = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        el.text = text
    return el


def normalise_newlines(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` with `\\r\\n` and lone `\\r` as `\\n`, and a map from old to new offsets."""
    if "\r" not in text:
        return text, lambda i: i
    removed = [0] * (len(text) + 1)  # removed[i]: characters dropped before offset i
    count = 0
    for i, ch in enumerate(text):
        removed[i] = count
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            count += 1
    removed[len(text)] = count
    fixed = text.replace("\r\n", "\n").replace("\r", "\n")
    return fixed, lambda i: i - removed[max(0, min(i, len(text)))]


@dataclass(frozen=True)
class QdpxSummary:
    documents: int
    selections: int
    codings: int
    codes: int
    cases: int


def build_qdpx(
    store: Store,
    doc_ids: Sequence[str],
    themes: Sequence[Theme],
    roles: Sequence[Role],
    *,
    project_name: str = "carelead corpus",
) -> tuple[bytes, QdpxSummary]:
    """The `.qdpx` archive's bytes for `doc_ids`, with a count of what it holds."""
    if not doc_ids:
        raise ScopeError("nothing to export: the scope is empty")
    docs = store.documents(doc_ids)
    passages = store.passages([d.meta.id for d in docs])
    by_doc: dict[str, list[PassageRow]] = {}
    for p in passages:
        by_doc.setdefault(p.doc, []).append(p)
    coded = [p for p in passages if p.themes or p.kind == "quote"]
    themes = with_extra_themes(themes, (t for p in passages for t in p.themes))
    roles = with_extra_roles(roles, (p.role for p in coded))

    root = ET.Element(
        "Project",
        {"xmlns": NS, "name": project_name, "origin": ORIGIN, "creatingUserGUID": USER_GUID},
    )
    users = _el(root, "Users")
    _el(users, "User", {"guid": USER_GUID, "name": "carelead", "id": "carelead"})

    # CodeBook: the themes, then Stakeholder > role.
    stake = ET.Element(
        "Code",
        {"guid": guid("group", STAKEHOLDER_ROOT), "name": STAKEHOLDER_ROOT, "isCodable": "false"},
    )
    _el(
        stake,
        "Description",
        text="The stakeholder role of the speaker of each passage (carelead attribution).",
    )
    for role in roles:
        code = _el(
            stake, "Code", {"guid": guid("role", role.id), "name": role.label, "isCodable": "true"}
        )
        _el(code, "Description", text=(role.description.strip() + f"\n\nId: {role.id}").strip())
    codebook = _el(root, "CodeBook")
    codebook.append(code_elements(themes, extra=[stake]))

    # Variables: the stakeholder type of a case, and the document fields that have any value.
    doc_vars = [v for v in DOC_VARIABLES if any(getattr(d.meta, v) for d in docs)]
    variables = _el(root, "Variables")
    for name in (STAKEHOLDER_VARIABLE, *doc_vars):
        var = _el(
            variables,
            "Variable",
            {"guid": guid("variable", name), "name": name, "typeOfVariable": "Text"},
        )
        if name == STAKEHOLDER_VARIABLE:
            _el(
                var,
                "Description",
                text="The stakeholder role (carelead role id) of the case's passages.",
            )

    # Cases: one per role that has a selection.
    selections_by_role: dict[str, list[PassageRow]] = {}
    for p in coded:
        selections_by_role.setdefault(p.role, []).append(p)
    cases_used = [r for r in roles if r.id in selections_by_role]
    if cases_used:
        cases = _el(root, "Cases")
        for role in cases_used:
            case = _el(cases, "Case", {"guid": guid("case", role.id), "name": role.label})
            _el(case, "CodeRef", {"targetGUID": guid("role", role.id)})
            value = _el(case, "VariableValue")
            _el(value, "VariableRef", {"targetGUID": guid("variable", STAKEHOLDER_VARIABLE)})
            _el(value, "TextValue", text=role.id)
            for p in selections_by_role[role.id]:
                _el(case, "SelectionRef", {"targetGUID": guid("selection", f"{p.doc}:{p.n}")})

    # Sources: each document's text in sources/, its coded passages as selections.
    sources = _el(root, "Sources")
    members: list[tuple[str, bytes]] = []
    n_codings = 0
    for doc in docs:
        doc_id = doc.meta.id
        src_guid = guid("source", doc_id)
        text, remap = normalise_newlines(doc.text)
        members.append((f"sources/{src_guid}.txt", text.encode("utf-8")))
        src = _el(
            sources,
            "TextSource",
            {"guid": src_guid, "name": doc_id, "plainTextPath": f"internal://{src_guid}.txt"},
        )
        about = "; ".join(
            f"{label}: {value}"
            for label, value in (
                ("title", doc.meta.title),
                ("authors", ", ".join(doc.meta.authors)),
                ("source", PurePath(doc.source_path).name if doc.source_path else None),
            )
            if value
        )
        if about:
            _el(src, "Description", text=about)
        for p in by_doc.get(doc_id, []):
            if not (p.themes or p.kind == "quote"):
                continue
            key = f"{doc_id}:{p.n}"
            sel = _el(
                src,
                "PlainTextSelection",
                {
                    "guid": guid("selection", key),
                    "name": f"{doc_id} #{p.n} ({p.role})",
                    "startPosition": str(remap(p.start)),
                    "endPosition": str(remap(p.end)),
                    "creatingUser": USER_GUID,
                },
            )
            details = [f"kind: {p.kind}", f"role: {p.role}"]
            if p.speaker:
                details.append(f"speaker: {p.speaker}")
            if p.page is not None:
                details.append(f"page: {p.page}")
            if p.sentiment is not None:
                details.append(f"tone: {p.sentiment:+.3f}")
            _el(sel, "Description", text="; ".join(details))
            for code_key in [("theme", t) for t in p.themes] + [("role", p.role)]:
                coding = _el(
                    sel,
                    "Coding",
                    {
                        "guid": guid("coding", f"{key}:{code_key[0]}:{code_key[1]}"),
                        "creatingUser": USER_GUID,
                    },
                )
                _el(coding, "CodeRef", {"targetGUID": guid(*code_key)})
                n_codings += 1
        for name in doc_vars:
            value = getattr(doc.meta, name)
            if value:
                vv = _el(src, "VariableValue")
                _el(vv, "VariableRef", {"targetGUID": guid("variable", name)})
                _el(vv, "TextValue", text=str(value))

    _el(
        root,
        "Description",
        text=f"Exported by {ORIGIN}: {len(docs)} documents, {len(coded)} coded passages.",
    )
    data = deterministic_zip([("project.qde", to_bytes(root)), *members])
    summary = QdpxSummary(
        documents=len(docs),
        selections=len(coded),
        codings=n_codings,
        codes=len(themes) + len(roles),
        cases=len(cases_used),
    )
    return data, summary


def export_qdpx(
    store: Store,
    scope: Sequence[str],
    out: Path,
    *,
    codebook: Path | None = None,
    roles: Path | None = None,
) -> QdpxSummary:
    """Write the REFI-QDA project of `scope` (default: the whole corpus) to `out`."""
    from carelead.export.common import load_codebook, load_roles, themes_of
    from carelead.output.formats import write_atomic

    doc_ids = store.resolve_scope(scope)
    data, summary = build_qdpx(
        store, doc_ids, themes_of(load_codebook(codebook)), load_roles(roles)
    )
    write_atomic(out, data)
    return summary
