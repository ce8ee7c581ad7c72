"""HTML pages: trafilatura finds the main content (dropping navigation, headers and footers, scripts,
cookie banners, share widgets and comment sections); the web boilerplate rules then catch what is left.
"""

from __future__ import annotations

from carelead.errors import InputError
from carelead.ingest.clean import Block, _strip_bullet, clean_blocks
from carelead.models import CleanDocument


def read_html(data: bytes, name: str) -> CleanDocument:
    import trafilatura

    try:
        extracted = trafilatura.extract(
            data,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise InputError(name, f"cannot parse HTML: {exc}") from None
    if not extracted or not extracted.strip():
        raise InputError(name, "HTML page with no main content found")
    blocks = _blocks(extracted)
    doc = clean_blocks(blocks, None, web=True, source_format="html")
    if not doc.text.strip():
        raise InputError(name, "HTML page with no main content found")
    return doc


def _blocks(extracted: str) -> list[Block]:
    """trafilatura writes one paragraph a line and list items as '- item': rebuild the blocks."""
    blocks: list[Block] = []
    items: list[str] = []
    for raw in extracted.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if line.startswith("- ") and _strip_bullet(line):
            items.append(line)
            continue
        if items:
            blocks.append(Block(items, 0))
            items = []
        blocks.append(Block([line], 0))
    if items:
        blocks.append(Block(items, 0))
    return blocks
