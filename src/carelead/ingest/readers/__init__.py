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


def embedded_title(data: bytes, fmt: str) -> str | None:
    """The title a file carries about itself (HTML <title>/og:title, PDF or DOCX properties), used
    when neither the manifest nor --title gives one. Generator junk ("Microsoft Word - x.docx") is
    ignored."""
    title: str | None = None
    try:
        if fmt == "html":
            import trafilatura

            meta = trafilatura.extract_metadata(data)
            title = meta.title if meta is not None else None
        elif fmt == "pdf":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(data)
            try:
                title = pdf.get_metadata_dict().get("Title")
            finally:
                pdf.close()
        elif fmt == "docx":
            import io

            import docx

            title = docx.Document(io.BytesIO(data)).core_properties.title
    except Exception:  # a title is a nicety; the document itself was already read
        return None
    title = " ".join((title or "").split())
    if not title or len(title) > 300:
        return None
    lowered = title.lower()
    if lowered.startswith(("microsoft word", "untitled", "document")) or lowered.endswith(
        (".doc", ".docx", ".pdf", ".indd", ".rtf")
    ):
        return None
    return title
