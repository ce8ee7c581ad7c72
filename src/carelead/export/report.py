"""One self-contained HTML file of the results, readable offline by colleagues who never open a terminal.

It holds the theme × stakeholder heatmap, tone by stakeholder with its intervals, with `--compare A B`
the comparison of two documents or collections, and a passage browser filterable by role and theme
with the matched evidence highlighted (`report.html#role=director&theme=covid` opens it filtered).
Charts are inline SVG built by hand (`carelead.export.svg`);
the page loads nothing: a Content-Security-Policy forbids every fetch, and the one inline script is
allowed by its hash, so even a passage that somehow carried markup could not run code.

All text from documents, metadata and codebooks is HTML-escaped where it is written.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carelead import __version__
from carelead.errors import CareleadError, ScopeError
from carelead.export.common import Role, Theme, with_extra_roles, with_extra_themes
from carelead.export.svg import HeatCell, Point, esc, forest, heatmap

if TYPE_CHECKING:
    from carelead.models import ThemeTag
    from carelead.store.db import PassageRow, Store


@dataclass(frozen=True)
class PassageView:
    doc: str
    n: int
    kind: str
    role: str
    speaker: str | None
    page: int | None
    tone: float | None
    themes: tuple[str, ...]
    html: str  # the escaped text with <mark> around the evidence


@dataclass
class ReportData:
    title: str
    docs: list[dict[str, Any]]
    themes: list[Theme]
    roles: list[Role]
    heatmap_svg: str
    tone_svg: str
    compare_svg: str | None
    compare_title: str | None
    passages: list[PassageView]


# -- evidence highlighting ---------------------------------------------------------------------


def highlight(text: str, evidence: Sequence[tuple[str, str]]) -> str:
    """`text` escaped, with each case-insensitive whole-word occurrence of an evidence string marked.

    "Whole word" applies at an end of the term that is a word character.

    `evidence` holds (term, theme label) pairs; overlapping matches merge into one mark.
    """
    spans: list[tuple[int, int, str]] = []
    for term, label in evidence:
        term = term.strip()
        if not term:
            continue
        before = r"(?<!\w)" if re.match(r"\w", term) else ""
        after = r"(?!\w)" if re.search(r"\w$", term) else ""
        rx = re.compile(before + re.escape(term) + after, re.IGNORECASE)
        spans.extend((m.start(), m.end(), label) for m in rx.finditer(text))
    spans.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for a, b, label in spans:
        if merged and a < merged[-1][1]:
            last = merged[-1]
            labels = last[2] if label in last[2] else [*last[2], label]
            merged[-1] = (last[0], max(last[1], b), labels)
        else:
            merged.append((a, b, [label]))
    out: list[str] = []
    pos = 0
    for a, b, labels in merged:
        out.append(esc(text[pos:a]))
        out.append(f'<mark title="{esc(", ".join(labels))}">{esc(text[a:b])}</mark>')
        pos = b
    out.append(esc(text[pos:]))
    return "".join(out)


# -- collecting the data -----------------------------------------------------------------------


def _unavailable(what: str, exc: Exception) -> str:
    return f'<p class="empty">No {esc(what)}: {esc(exc)}</p>'


def _heatmap(passages: Sequence[PassageRow], themes: Sequence[Theme], roles: Sequence[Role]) -> str:
    """`carelead variation` (theme × role) as a heatmap: counts, shaded by column share, flagged cells."""
    from carelead.analysis.variation import variation

    try:
        result = variation(passages, rows="theme", cols="role")
    except CareleadError as exc:
        return _unavailable("theme × stakeholder table", exc)
    labels = {t.id: t.label for t in themes}
    role_labels = {r.id: r.label for r in roles}
    col_totals = result.col_totals
    cells = []
    for theme in result.row_labels:
        row = []
        for j, role in enumerate(result.col_labels):
            c = result.cell(theme, role)
            share = (c.col_pct or 0.0) / 100.0  # col_pct is a percentage
            tip = (
                f"{labels.get(theme, theme)} × {role_labels.get(role, role)}: {c.count} of"
                f" {col_totals[j]} passages"
            )
            if c.flag:
                tip += f"; {c.flag}-represented (adjusted residual {c.adj_residual:+.2f}, BH q {c.q:.3g})"
            mark = {"over": "+", "under": "-"}.get(c.flag or "", "")
            row.append(HeatCell(c.count, share, mark, tip))
        cells.append(row)
    return heatmap(
        [labels.get(t, t) for t in result.row_labels],
        [
            f"{role_labels.get(r, r)} (n={n})"
            for r, n in zip(result.col_labels, col_totals, strict=True)
        ],
        cells,
        title="Themes by stakeholder type",
    )


def _tone(passages: Sequence[PassageRow], roles: Sequence[Role]) -> str:
    """`carelead sentiment --by role`: mean tone per stakeholder type with its bootstrap 95% CI."""
    from carelead.analysis.sentiment import tone_by

    try:
        result = tone_by(passages, by=("role",))
    except CareleadError as exc:
        return _unavailable("tone by stakeholder type", exc)
    labels = {r.id: r.label for r in roles}
    points = [
        Point(
            labels.get(g.key[0], g.key[0]),
            g.mean,
            g.ci_low,
            g.ci_high,
            f"n={g.n}  neg {g.negative:.0%} · pos {g.positive:.0%}",
        )
        for g in result.groups
    ]
    return forest(
        points,
        title="Tone by stakeholder type",
        domain=(-1.0, 1.0),
        axis_label="mean tone (95% CI)",
    )


def _compare(store: Store, a: str, b: str, themes: Sequence[Theme]) -> tuple[str, str]:
    """`carelead compare A B`: per theme the difference in share of passages with its 95% CI."""
    from carelead.analysis.compare import compare, resolve_sides

    title = f"Share of passages per theme: {a} minus {b}"
    # An unknown id or overlapping sides is an error, as for `compare`, not a note in the page.
    a_rows, b_rows = resolve_sides(store, a, b)
    try:
        result = compare(a_rows, b_rows, a, b)
    except CareleadError as exc:
        return _unavailable("comparison", exc), title
    labels = {t.id: t.label for t in themes}
    points = []
    for t in result.themes:
        if t.difference is None:
            continue
        sa, sb = t.a.share or 0.0, t.b.share or 0.0
        note = f"{a}: {sa:.0%} of {t.a.n}   {b}: {sb:.0%} of {t.b.n}"
        if t.q is not None and t.q < 0.05:
            note += f"   q={t.q:.2g}"
        points.append(Point(labels.get(t.theme, t.theme), t.difference, t.ci_low, t.ci_high, note))
    if not points:
        return '<p class="empty">No themes to compare.</p>', title
    chart = forest(
        points,
        title=title,
        axis_label=f"difference in share, percentage points ({a} − {b})",
        percent=True,
    )
    notes = "".join(f"<li>{esc(n)}</li>" for n in result.notes)
    return chart + (f'<ul class="legend">{notes}</ul>' if notes else ""), title


def collect(
    store: Store,
    doc_ids: Sequence[str],
    themes: Sequence[Theme],
    roles: Sequence[Role],
    *,
    compare: tuple[str, str] | None = None,
    title: str = "carelead report",
) -> ReportData:
    if not doc_ids:
        raise ScopeError("nothing to report: the scope is empty")
    docs = store.documents(doc_ids)
    passages = store.passages([d.meta.id for d in docs])
    tags: dict[tuple[str, int], list[ThemeTag]] = store.theme_tags([d.meta.id for d in docs])
    themes = with_extra_themes(themes, (t for p in passages for t in p.themes))
    roles = with_extra_roles(roles, (p.role for p in passages))
    labels = {t.id: t.label for t in themes}
    views = []
    for p in passages:
        if not (p.themes or p.kind == "quote"):
            continue
        evidence = [
            (e, labels.get(tag.theme, tag.theme))
            for tag in tags.get((p.doc, p.n), [])
            for e in tag.evidence
        ]
        views.append(
            PassageView(
                p.doc,
                p.n,
                p.kind,
                p.role,
                p.speaker,
                p.page,
                p.sentiment,
                p.themes,
                highlight(p.text, evidence),
            )
        )
    per_doc = {d.meta.id: sum(1 for p in passages if p.doc == d.meta.id) for d in docs}
    doc_rows = [
        {
            "id": d.meta.id,
            "title": d.meta.title or "",
            "publisher": d.meta.publisher or "",
            "date": d.meta.date or "",
            "collection": d.meta.collection or "",
            "passages": per_doc[d.meta.id],
        }
        for d in docs
    ]
    compare_svg = compare_title = None
    if compare:
        compare_svg, compare_title = _compare(store, compare[0], compare[1], themes)
    return ReportData(
        title=title,
        docs=doc_rows,
        themes=[t for t in themes if any(t.id in v.themes for v in views)],
        roles=[r for r in roles if any(v.role == r.id for v in views)],
        heatmap_svg=_heatmap(passages, themes, roles),
        tone_svg=_tone(passages, roles),
        compare_svg=compare_svg,
        compare_title=compare_title,
        passages=views,
    )


# -- rendering ---------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
header{background:#1f4e79;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.5rem}
header p{margin:.25rem 0 0;opacity:.85}main{padding:1rem 2rem;max-width:1200px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
h2{margin-top:0;font-size:1.2rem}table{border-collapse:collapse;font-size:.9rem}
td,th{border-bottom:1px solid #e5e5e5;padding:.3rem .6rem;text-align:left;vertical-align:top}
.chart{max-width:100%;height:auto}.legend{font-size:.85rem;color:#555}
.controls{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-bottom:.75rem}
.controls label{font-size:.9rem}article{border-top:1px solid #e5e5e5;padding:.6rem 0}
article header{all:unset;display:block;font-size:.85rem;color:#555;margin-bottom:.25rem}
.chip{display:inline-block;background:#eef3f8;border:1px solid #c9d6e3;border-radius:10px;padding:0 .5rem;
margin-right:.25rem;font-size:.8rem}.role{font-weight:600;color:#1f4e79}
.tone-neg{color:#b22222}.tone-pos{color:#1f7a3a}mark{background:#ffe58a;padding:0 1px}
.text{white-space:pre-wrap;line-height:1.45}.empty{color:#777;font-style:italic}
"""

SCRIPT = """(function(){
var role=document.getElementById('f-role'),theme=document.getElementById('f-theme'),
count=document.getElementById('f-count'),items=document.querySelectorAll('#passages article');
function update(){var r=role.value,t=theme.value,n=0;
for(var i=0;i<items.length;i++){var a=items[i];
var ok=(!r||a.getAttribute('data-role')===r)&&
(!t||(' '+a.getAttribute('data-themes')+' ').indexOf(' '+t+' ')>=0);
a.hidden=!ok;if(ok){n++;}}
count.textContent=String(n);}
function pick(sel,v){for(var i=0;i<sel.options.length;i++){if(sel.options[i].value===v){sel.value=v;}}}
var h=location.hash.replace(/^#/,'').split('&');
for(var j=0;j<h.length;j++){var kv=h[j].split('=');var v=decodeURIComponent(kv[1]||'');
if(kv[0]==='role'){pick(role,v);}else if(kv[0]==='theme'){pick(theme,v);}}
role.addEventListener('change',update);theme.addEventListener('change',update);update();
document.body.setAttribute('data-ready','1');})();"""


def _script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode(
        "ascii"
    )


def _passage_html(v: PassageView, roles: dict[str, str], themes: dict[str, str]) -> str:
    meta = [f'<span class="role">{esc(roles.get(v.role, v.role))}</span>']
    if v.speaker:
        meta.append(esc(v.speaker))
    meta.append(f"{esc(v.doc)} #{v.n}" + (f", p. {v.page}" if v.page is not None else ""))
    if v.tone is not None:
        cls = "tone-neg" if v.tone <= -0.05 else "tone-pos" if v.tone >= 0.05 else ""
        meta.append(f'<span class="{cls}">tone {v.tone:+.2f}</span>')
    chips = "".join(f'<span class="chip">{esc(themes.get(t, t))}</span>' for t in v.themes)
    return (
        f'<article data-role="{esc(v.role)}" data-themes="{esc(" ".join(v.themes))}">'
        f"<header>{' · '.join(meta)} {chips}</header>"
        f'<div class="text">{v.html}</div></article>'
    )


def render(data: ReportData) -> str:
    role_labels = {r.id: r.label for r in data.roles}
    theme_labels = {t.id: t.label for t in data.themes}
    doc_rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{esc(d[k])}</td>"
            for k in ("id", "title", "publisher", "date", "collection", "passages")
        )
        + "</tr>"
        for d in data.docs
    )
    role_opts = "".join(f'<option value="{esc(r.id)}">{esc(r.label)}</option>' for r in data.roles)
    theme_opts = "".join(
        f'<option value="{esc(t.id)}">{esc(t.label)}</option>' for t in data.themes
    )
    passages = "".join(_passage_html(v, role_labels, theme_labels) for v in data.passages)
    compare = ""
    if data.compare_svg is not None:
        compare = (
            f'<section id="compare"><h2>{esc(data.compare_title or "Comparison")}</h2>{data.compare_svg}'
            '<p class="legend">Dots: difference in the share of passages carrying each theme; lines: its 95%'
            " confidence interval (Newcombe). Right: each side's share.</p></section>"
        )
    csp = (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src '{_script_hash(SCRIPT)}'; base-uri 'none'; form-action 'none'"
    )
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="carelead {esc(__version__)}">\n'
        f"<title>{esc(data.title)}</title>\n<style>{CSS}</style>\n"
    )
    columns = ("id", "title", "publisher", "date", "collection", "passages")
    body = [
        f"<header><h1>{esc(data.title)}</h1><p>{len(data.docs)} documents · {len(data.passages)}"
        f" quotations and tagged passages · carelead {esc(__version__)}</p></header>",
        "<main>",
        '<section id="documents"><h2>Documents</h2><table><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in columns)
        + f"</tr></thead><tbody>{doc_rows}</tbody></table></section>",
        f'<section id="heatmap"><h2>Themes by stakeholder type</h2>{data.heatmap_svg}',
        '<p class="legend">Quotations by main theme and stakeholder type (as <code>carelead'
        " variation</code>); shade: share of that stakeholder type's quotations."
        " ▲/▼: significantly more/fewer than expected"
        " (adjusted standardized residual, Benjamini–Hochberg).</p></section>",
        f'<section id="tone"><h2>Tone by stakeholder type</h2>{data.tone_svg}',
        '<p class="legend">Mean tone of quotations (−1 negative to +1 positive; the stored score) with its'
        " bootstrap 95% confidence interval (as <code>carelead sentiment --by role</code>).</p></section>",
        compare,
        '<section id="browser"><h2>Passages</h2><div class="controls">',
        f'<label>Stakeholder <select id="f-role"><option value="">all</option>{role_opts}</select></label>',
        f'<label>Theme <select id="f-theme"><option value="">all</option>{theme_opts}</select></label>',
        f'<span><span id="f-count">{len(data.passages)}</span> shown</span></div>',
        f'<div id="passages">{passages}</div></section>',
        "</main>",
        f"<script>{SCRIPT}</script>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        + head
        + "</head>\n<body>\n"
        + "\n".join(b for b in body if b)
        + "\n</body>\n</html>\n"
    )


def build_report(
    store: Store,
    doc_ids: Sequence[str],
    themes: Sequence[Theme],
    roles: Sequence[Role],
    *,
    compare: tuple[str, str] | None = None,
    title: str = "carelead report",
) -> tuple[str, ReportData]:
    data = collect(store, doc_ids, themes, roles, compare=compare, title=title)
    return render(data), data


def export_report(
    store: Store,
    scope: Sequence[str],
    out: Path,
    *,
    compare: tuple[str, str] | None = None,
    codebook: Path | None = None,
    roles: Path | None = None,
    title: str | None = None,
) -> ReportData:
    """Write the HTML report of `scope` to `out`."""
    from carelead.export.common import load_codebook, load_roles, themes_of
    from carelead.output.formats import write_atomic

    doc_ids = store.resolve_scope(scope)
    html, data = build_report(
        store,
        doc_ids,
        themes_of(load_codebook(codebook)),
        load_roles(roles),
        compare=compare,
        title=title or "carelead report",
    )
    write_atomic(Path(out), html)
    return data
