"""DOCX (press releases often come so): paragraphs and tables in body order with python-docx.

Headers and footers live in their own parts of the file and are not read; list paragraphs keep a
bullet so the cleaner keeps them as list lines.
"""

from __future__ import annotations

import io

from carelead.errors import InputError
from carelead.ingest.clean import Block, clean_blocks
from carelead.models import CleanDocument


def read_docx(data: bytes, name: str) -> CleanDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on broken files
        raise InputError(name, f"corrupt DOCX file ({type(exc).__name__})") from None
    blocks: list[Block] = []
    items: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = " ".join(para.text.split())
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            if "List" in style or child.find(".//{*}numPr") is not None:
                items.append(f"• {text}")
                continue
            if items:
                blocks.append(Block(items, 0))
                items = []
            blocks.append(Block([text], 0))
        elif tag == "tbl":
            if items:
                blocks.append(Block(items, 0))
                items = []
            for row in Table(child, document).rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                unique = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
                if unique:
                    blocks.append(Block([" | ".join(unique)], 0))
    if items:
        blocks.append(Block(items, 0))
    doc = clean_blocks(blocks, None, source_format="docx")
    if not doc.text.strip():
        raise InputError(name, "DOCX file with no text")
    return doc
