"""PDF reports: text lines with their positions from PDFium, page furniture found by position and
repetition, paragraphs rebuilt from line spacing, footnote markers kept out of the running text.

PDFium (through pypdfium2, which pdfplumber is built on) gives each page's text in reading order with
generated line breaks, marks words hyphenated at a line end (U+FFFE), and reports the box and font size
of every character. That is all this reader needs, and it is several times faster than laying pages out
character by character in Python:

- running headers and footers: lines in the top or bottom band of the page whose text (digits
  ignored) recurs at the same height on at least half of the pages; lone page numbers there too;
- the printed page numbers become the pages' provenance (`PageSpan.number`);
- footnote markers: digits in a font clearly smaller than the line's that follow a word are dropped;
  at the start of a line (the note itself) they become superscripts, so the note is kept as a note;
- paragraphs: a new one starts at a larger gap between lines, a change of font size, a first-line
  indent, a bullet, or after a short line that ends a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from carelead.errors import InputError
from carelead.ingest.clean import SUPERSCRIPT_DIGITS, Block, clean_blocks, is_page_number
from carelead.models import CleanDocument

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_BULLET_START = re.compile(r"^([-–•●▪■*·]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s")
_NOTE_NUMBER = re.compile(r"(\d{1,3})\s+\S")
_PRINTED_NUMBER = re.compile(r"(?i)(?:page\s+)?(\d{1,4})(?:\s+(?:of|/)\s+\d{1,4})?")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float  # baseline-ish: the bottom of the first character's box, in points from the page foot
    size: float


@dataclass
class Page:
    lines: list[Line]
    height: float
    width: float


def read_pdf(data: bytes, name: str) -> CleanDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(name, "encrypted PDF (it needs a password)") from None
        raise InputError(name, "corrupt PDF (cannot be opened)") from None
    try:
        pages = [_read_page(pdf, i) for i in range(len(pdf))]
    except pdfium.PdfiumError:
        raise InputError(name, "corrupt PDF (a page cannot be read)") from None
    finally:
        pdf.close()
    if not pages:
        raise InputError(name, "PDF with no pages")
    empty = [i + 1 for i, p in enumerate(pages) if not p.lines]
    if len(empty) == len(pages):
        raise InputError(name, "PDF with no text layer; it needs OCR")
    warnings = []
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (", ..." if len(empty) > 10 else "")
        warnings.append(f"{len(empty)} page(s) have no text layer and need OCR: {listed}")
    body_size = _body_size(pages)
    numbers = _strip_furniture(pages, body_size)
    blocks = _paragraphs(pages, body_size)
    doc = clean_blocks(blocks, numbers, source_format="pdf", warnings=warnings)
    if not doc.text.strip():
        raise InputError(name, "PDF with no text layer; it needs OCR")
    return doc


def _read_page(pdf: object, index: int) -> Page:
    import pypdfium2.raw as raw

    page = pdf[index]  # type: ignore[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range() if count > 0 else ""
            aligned = len(text) == count
            lines: list[Line] = []
            tp = textpage.raw
            pos = 0
            for match in [*_LINE_BREAK.finditer(text), None]:
                end = match.start() if match else len(text)
                chunk = text[pos:end]
                start = pos
                pos = match.end() if match else len(text)
                if not chunk.strip():
                    continue
                if not aligned:
                    lines.append(Line(" ".join(chunk.split()), 0.0, 0.0, 0.0, 0.0))
                    continue
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk.rstrip())
                first = start + lead
                last = start + trail - 1
                x0, y0, _, _ = textpage.get_charbox(first)
                _, _, x1, _ = textpage.get_charbox(last)
                sizes = [
                    raw.FPDFText_GetFontSize(tp, i) for i in (first, (first + last) // 2, last)
                ]
                size = max(sizes)
                body = chunk.strip()
                if any(c.isdigit() for c in body):
                    body = _markers(body, first, size, tp, raw)
                lines.append(Line(" ".join(body.split()), x0, x1, y0, size))
        finally:
            textpage.close()
    finally:
        page.close()
    return Page([ln for ln in lines if ln.text], height, width)


def _markers(text: str, offset: int, size: float, tp: object, raw: object) -> str:
    """Small digits inside a line are footnote markers (dropped); at its start they open a note."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch.isdigit() and raw.FPDFText_GetFontSize(tp, offset + i) < size * 0.8:  # type: ignore[attr-defined]
            if all(c in SUPERSCRIPT_DIGITS for c in out):
                out.append(ch.translate(_TO_SUPER))
            continue
        out.append(ch)
    return "".join(out)


def _band(line: Line, page: Page) -> str | None:
    if line.y >= page.height * 0.88:
        return "top"
    if line.y <= page.height * 0.12:
        return "bottom"
    return None


def _body_size(pages: list[Page]) -> float:
    """The font size of most of the text."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _strip_furniture(pages: list[Page], body_size: float) -> list[int]:
    """Remove running headers, footers and page numbers; return each page's printed number.

    A line set larger than the body text is a title, not furniture, even where its words recur as
    the running header (the report's title on its first page)."""
    keys: Counter[tuple[str, str]] = Counter()
    seen_as: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for index, page in enumerate(pages):
        seen = {}
        for line in page.lines[:3] + page.lines[-3:]:
            band = _band(line, page)
            if band:
                seen[(band, re.sub(r"\d+", "#", line.text.lower()))] = line.text
        keys.update(seen.keys())
        for key, text in seen.items():
            seen_as.setdefault(key, []).append((index, text))
    for key, occurrences in seen_as.items():
        if "#" in key[1] and not _page_tied(occurrences):
            keys[key] = 0  # numbered notes of the same shape ("3 Ibid.", "7 Ibid."), not furniture
    threshold = max(2, (len(pages) + 1) // 2) if len(pages) >= 2 else 10**9
    printed: list[int | None] = []
    for page in pages:
        number: int | None = None
        kept = []
        for line in page.lines:
            band = _band(line, page)
            if band and is_page_number(line.text):
                m = _PRINTED_NUMBER.fullmatch(line.text.strip())
                if m and number is None:
                    number = int(m.group(1))
                continue
            key = (band or "", re.sub(r"\d+", "#", line.text.lower()))
            if band and keys[key] >= threshold and line.size <= body_size * 1.15:
                continue
            kept.append(line)
        page.lines = kept
        printed.append(number)
    offsets = Counter(n - i for i, n in enumerate(printed) if n is not None)
    if offsets:
        offset, votes = offsets.most_common(1)[0]
        if votes * 2 >= sum(offsets.values()) and offset > -len(pages):
            return [i + offset if i + offset >= 1 else i + 1 for i in range(len(pages))]
    return [i + 1 for i in range(len(pages))]


def _page_tied(occurrences: list[tuple[int, str]]) -> bool:
    """Do the numbers in a repeated line stay the same or move with the page ("Page 4", "2021")?"""
    numbers = [(i, [int(n) for n in re.findall(r"\d+", text)]) for i, text in occurrences]
    width = min(len(nums) for _, nums in numbers)
    for k in range(width):
        if (
            len({nums[k] for _, nums in numbers}) == 1
            or len({nums[k] - i for i, nums in numbers}) == 1
        ):
            return True
    return False


def _column_of(line: Line, page: Page) -> int:
    """0: the left column of a two-column page, 1: the right one, 2: spanning the page."""
    mid = page.width / 2
    if line.x1 <= mid + 10:
        return 0
    if line.x0 >= mid - 10:
        return 1
    return 2


def _columns(page: Page) -> dict[int, tuple[float, float]]:
    """Left and right edge of each column's text; one-column pages have one text block for all."""
    counts = Counter(_column_of(line, page) for line in page.lines)
    two = counts[0] >= 5 and counts[1] >= 5 and counts[2] < 0.3 * len(page.lines)
    if not two:
        edges = (min(ln.x0 for ln in page.lines), max(ln.x1 for ln in page.lines))
        return {0: edges, 1: edges, 2: edges}
    out: dict[int, tuple[float, float]] = {}
    for line in page.lines:
        col = _column_of(line, page)
        lo, hi = out.get(col, (line.x0, line.x1))
        out[col] = (min(lo, line.x0), max(hi, line.x1))
    out.setdefault(2, (min(v[0] for v in out.values()), max(v[1] for v in out.values())))
    return out


def _paragraphs(pages: list[Page], body_size: float) -> list[Block]:
    gaps: Counter[float] = Counter()
    for page in pages:
        for above, line in zip(page.lines, page.lines[1:], strict=False):
            gap = round(above.y - line.y, 1)
            if 0 < gap < line.size * 3:
                gaps[gap] += 1
    pitch = gaps.most_common(1)[0][0] if gaps else body_size * 1.2
    blocks: list[Block] = []
    for index, page in enumerate(pages):
        if not page.lines:
            continue
        columns = _columns(page)
        current: list[str] = []
        kind = "body"
        prev: Line | None = None
        for line in page.lines:
            new = prev is None
            if prev is not None:
                gap = prev.y - line.y
                left, right = columns[_column_of(line, page)]
                indent = body_size * 0.8
                ends_sentence = prev.text[-1:] in ".!?:'’\"”"
                if gap <= 0 and line.x0 > prev.x0 + 3 * body_size:
                    # the next column: a sentence that runs on from the foot of the last one continues
                    new = ends_sentence or not line.text[:1].islower()
                else:
                    new = (
                        gap <= 0
                        or gap > pitch * 1.4
                        or abs(line.size - prev.size) > 0.6
                        or bool(_BULLET_START.match(line.text))
                        or (line.x0 - left > indent and prev.x0 - left <= indent)
                        or (ends_sentence and prev.x1 < left + (right - left) * 0.85)
                    )
            if new and current:
                blocks.append(Block(current, index, kind))
                current = []
            text = line.text
            if new:
                small = body_size and line.size < body_size * 0.85
                note = _NOTE_NUMBER.match(text)
                if small and note and line.y < page.height * 0.35:
                    # a note at the foot of the page, numbered in its own small type: "12 See ..."
                    text = note.group(1).translate(_TO_SUPER) + text[note.end(1) :]
                kind = "footnote" if small and text[:1] in SUPERSCRIPT_DIGITS else "body"
            current.append(text)
            prev = line
        if current:
            blocks.append(Block(current, index, kind))
    return blocks
