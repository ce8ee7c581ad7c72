"""Which reader a file needs, decided from its bytes (the extension only breaks ties)."""

from __future__ import annotations

import io
import re
import zipfile

from carelead.errors import InputError

# Magic numbers of formats people keep next to their reports, with what to tell them.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls); save it as DOCX"),
    (b"{\\rtf", "an RTF file; save it as DOCX or plain text"),
    (b"\x89PNG", "an image (PNG); it needs OCR"),
    (b"\xff\xd8\xff", "an image (JPEG); it needs OCR"),
    (b"GIF8", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF); it needs OCR"),
    (b"MM\x00*", "an image (TIFF); it needs OCR"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"\x7fELF", "a binary file, not a document"),
    (b"SQLite format 3", "an SQLite database, not a document"),
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(rb"<(p|div|article|section|h[1-6]|br|span|a\s|title|meta)\b[^>]*>", re.I)


def sniff(data: bytes, name: str = "") -> str:
    """'pdf', 'docx', 'html' or 'text'; InputError for empty, binary and unsupported files."""
    if not data.strip():
        raise InputError(name, "empty file")
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise InputError(name, "corrupt ZIP/DOCX file") from None
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith(("xl/", "ppt/")) for n in names):
            raise InputError(name, "a spreadsheet or presentation; only DOCX Office files are read")
        raise InputError(name, "a ZIP archive, not a document; unpack it first")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(name, f"binary file: {what}")
    if not head.startswith(_BOMS) and _looks_binary(head):
        raise InputError(name, "binary file (not text, HTML, PDF or DOCX)")
    probe = head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_guess(head):
        probe = head.decode("utf-16-le" if _is_le(head) else "utf-16-be", "ignore").encode()
    if _HTML_START.match(probe.lstrip(b"\xef\xbb\xbf")):
        return "html"
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")) and _HTML_TAGS.search(probe):
        return "html"
    if len(_HTML_TAGS.findall(probe)) >= 5 and b"</" in probe:
        return "html"
    return "text"


def _is_le(head: bytes) -> bool:
    if head.startswith(b"\xff\xfe"):
        return True
    if head.startswith(b"\xfe\xff"):
        return False
    return head[1::2].count(0) > head[0::2].count(0)


def _utf16_guess(head: bytes) -> bool:
    """UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte."""
    if len(head) < 8:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    return max(odd, even) > half * 0.7 and min(odd, even) < half * 0.1


def _looks_binary(head: bytes) -> bool:
    if _utf16_guess(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(head) * 0.05
