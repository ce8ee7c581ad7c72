"""Hand-built SVG charts for the HTML report: a heatmap and a forest plot (point with interval).

Every label goes through `esc`, so text from documents or codebooks cannot break out of the markup.
Charts use presentation attributes only (no inline styles) and fixed number formatting, so the same
data always gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def _f(x: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


@dataclass(frozen=True)
class HeatCell:
    count: int
    share: float  # colour intensity, 0..1
    mark: str = ""  # "+" over-represented, "-" under-represented, "" neither
    tip: str = ""


def _blend(share: float) -> str:
    """White to deep blue."""
    share = max(0.0, min(1.0, share))
    lo, hi = (247, 251, 255), (8, 69, 148)
    r, g, b = (round(a + (c - a) * share) for a, c in zip(lo, hi, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def heatmap(
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    cells: Sequence[Sequence[HeatCell]],
    *,
    title: str,
) -> str:
    cell_w, cell_h = 64, 26
    left = min(300, 16 + 7 * max((len(r) for r in row_labels), default=4))
    label_w = min(220, 6.5 * max((len(c) for c in col_labels), default=4))
    top = 20 + label_w * 0.65  # column labels run up and to the right at 40 degrees
    width = left + cell_w * len(col_labels) + label_w * 0.77 + 10
    height = top + cell_h * len(row_labels) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{_f(width)}"'
        f' height="{_f(height)}" viewBox="0 0 {_f(width)} {_f(height)}" font-family="sans-serif"'
        f' font-size="12"><title>{esc(title)}</title>'
    ]
    for j, label in enumerate(col_labels):
        x = left + cell_w * j + cell_w / 2
        out.append(
            f'<text x="{_f(x)}" y="{_f(top - 6)}" transform="rotate(-40 {_f(x)} {_f(top - 6)})">'
            f"{esc(label)}</text>"
        )
    for i, label in enumerate(row_labels):
        y = top + cell_h * i
        out.append(
            f'<text x="{_f(left - 8)}" y="{_f(y + cell_h / 2 + 4)}" text-anchor="end">{esc(label)}</text>'
        )
        for j, cell in enumerate(cells[i]):
            x = left + cell_w * j
            fill = _blend(cell.share)
            ink = "#ffffff" if cell.share > 0.55 else "#1a1a1a"
            mark = {"+": " \u25b2", "-": " \u25bc"}.get(cell.mark, "")
            out.append(
                f'<g><title>{esc(cell.tip)}</title><rect x="{_f(x)}" y="{_f(y)}" width="{cell_w - 2}"'
                f' height="{cell_h - 2}" fill="{fill}" stroke="#d0d7de"/>'
                f'<text x="{_f(x + cell_w / 2 - 1)}" y="{_f(y + cell_h / 2 + 4)}" text-anchor="middle"'
                f' fill="{ink}">{cell.count}{mark}</text></g>'
            )
    out.append("</svg>")
    return "".join(out)


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(target - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(lo / step + 1e-9) * step
    last = math.ceil(hi / step - 1e-9) * step
    count = round((last - first) / step)
    return [round(first + k * step, 10) for k in range(count + 1)]


@dataclass(frozen=True)
class Point:
    label: str
    value: float
    low: float | None
    high: float | None
    note: str = ""  # shown right of the plot (n, shares)


def forest(
    points: Sequence[Point],
    *,
    title: str,
    domain: tuple[float, float] | None = None,
    zero: float = 0.0,
    axis_label: str = "",
    percent: bool = False,
) -> str:
    """Each point as a dot with its interval on a shared horizontal axis, a reference line at `zero`."""
    if domain is None:
        values = [v for p in points for v in (p.value, p.low, p.high) if v is not None]
        lo, hi = (min([*values, zero]), max([*values, zero])) if values else (-1.0, 1.0)
        pad = (hi - lo) * 0.08 or 0.1
        domain = (lo - pad, hi + pad)
    ticks = nice_ticks(*domain)
    d0, d1 = min(domain[0], ticks[0]), max(domain[1], ticks[-1])
    row_h, plot_w = 24, 360
    left = min(320, 16 + 7 * max((len(p.label) for p in points), default=4))
    right = 16 + 6.5 * max((len(p.note) for p in points), default=0)
    top, bottom = 14, 40
    width = left + plot_w + right
    height = top + row_h * len(points) + bottom

    def sx(v: float) -> float:
        return left + (v - d0) / (d1 - d0) * plot_w if d1 > d0 else left

    def fmt(v: float) -> str:
        return f"{v * 100:+.0f}" if percent else f"{v:+.2f}"

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{_f(width)}"'
        f' height="{_f(height)}" viewBox="0 0 {_f(width)} {_f(height)}" font-family="sans-serif"'
        f' font-size="12"><title>{esc(title)}</title>'
    ]
    axis_y = top + row_h * len(points) + 4
    out.append(
        f'<line x1="{_f(sx(zero))}" y1="{top - 4}" x2="{_f(sx(zero))}" y2="{_f(axis_y)}"'
        ' stroke="#888888" stroke-dasharray="3 3"/>'
    )
    out.append(
        f'<line x1="{left}" y1="{_f(axis_y)}" x2="{left + plot_w}" y2="{_f(axis_y)}" stroke="#444444"/>'
    )
    for v in ticks:
        x = sx(v)
        out.append(
            f'<line x1="{_f(x)}" y1="{_f(axis_y)}" x2="{_f(x)}" y2="{_f(axis_y + 4)}" stroke="#444444"/>'
            f'<text x="{_f(x)}" y="{_f(axis_y + 16)}" text-anchor="middle">{esc(fmt(v))}</text>'
        )
    if axis_label:
        out.append(
            f'<text x="{_f(left + plot_w / 2)}" y="{_f(axis_y + 32)}" text-anchor="middle">'
            f"{esc(axis_label)}</text>"
        )
    for i, p in enumerate(points):
        y = top + row_h * i + row_h / 2
        tip = f"{p.label}: {fmt(p.value)}"
        if p.low is not None and p.high is not None:
            tip += f" [{fmt(p.low)}, {fmt(p.high)}]"
        out.append(f"<g><title>{esc(tip)}</title>")
        out.append(
            f'<text x="{_f(left - 8)}" y="{_f(y + 4)}" text-anchor="end">{esc(p.label)}</text>'
        )
        if (
            p.low is not None
            and p.high is not None
            and math.isfinite(p.low)
            and math.isfinite(p.high)
        ):
            out.append(
                f'<line x1="{_f(sx(p.low))}" y1="{_f(y)}" x2="{_f(sx(p.high))}" y2="{_f(y)}"'
                ' stroke="#1f4e79" stroke-width="2"/>'
            )
        colour = "#b22222" if p.value < zero else "#1f7a3a"
        out.append(f'<circle cx="{_f(sx(p.value))}" cy="{_f(y)}" r="4.5" fill="{colour}"/>')
        if p.note:
            out.append(f'<text x="{_f(left + plot_w + 10)}" y="{_f(y + 4)}">{esc(p.note)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)
