"""Plain text, Markdown and text copies of web pages: decode, then clean."""

from __future__ import annotations

from carelead.errors import InputError
from carelead.ingest.clean import clean_text
from carelead.ingest.readers.subtitles import transcript
from carelead.ingest.sniff import _is_le, _utf16_guess
from carelead.models import CleanDocument


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """(text, warnings): UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), else cp1252.

    cp1252 is what Windows tools save when they do not say; decoding with it is reported as a warning
    because a wrong guess garbles accented letters. Text that is none of these is refused.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif _utf16_guess(data[:2048]):
        encoding = "utf-16-le" if _is_le(data[:2048]) else "utf-16-be"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise InputError(name, f"cannot decode text: invalid {encoding.upper()}") from None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(name, "cannot decode text: not UTF-8, UTF-16 or cp1252") from None
    return text, ["not valid UTF-8; decoded as cp1252 (Windows-1252)"]


def read_text(data: bytes, name: str) -> CleanDocument:
    text, warnings = decode(data, name)
    if "\x00" in text:
        raise InputError(name, "binary file (not text, HTML, PDF or DOCX)")
    if (spoken := transcript(text)) is not None:  # a WebVTT or SubRip file's cues
        doc = clean_text(spoken, source_format="subtitles", warnings=warnings)
    else:
        doc = clean_text(text, warnings=warnings)
    if not doc.text.strip():
        raise InputError(name, "no text left after cleaning")
    return doc
