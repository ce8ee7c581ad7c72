"""One reader per format. Each takes the source bytes and returns a CleanDocument (or raises InputError).

The heavy libraries (pdfplumber/pypdfium2, trafilatura, python-docx) are imported inside the readers.
"""

from __future__ import annotations

from carelead.models import CleanDocument


def read(data: bytes, fmt: str, name: str) -> CleanDocument:
    """Read `data`, already sniffed as `fmt`, into a cleaned document."""
    if fmt == "pdf":
        from carelead.ingest.readers.pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from carelead.ingest.readers.docx import read_docx

        return read_docx(data, name)
    if fmt == "html":
        from carelead.ingest.readers.html import read_html

        return read_html(data, name)
    from carelead.ingest.readers.text import read_text

    return read_text(data, name)
