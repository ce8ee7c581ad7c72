"""Readers on fixtures built here: a multi-page PDF with running headers, printed page numbers,
hyphenated line ends and footnotes; HTML with boilerplate; cp1252 and UTF-16 text; a DOCX."""

from __future__ import annotations

import io
import re

import pytest

from carelead.errors import InputError
from carelead.ingest.readers import read
from carelead.ingest.sniff import sniff

SENTENCES = [
    "Leadership in adult social care depends on relationships between directors and providers.",
    "One director says that the workforce has been stretched for a decade and more.",
    "Providers told us that fee negotiations with commissioners dominate every conversation.",
    "People who use services want to be partners in the design of their own support.",
]
HEADER = "Stories from social care leadership"


def _wrap(pdf, words: list[str], width: float) -> list[str]:
    lines, cur = [], ""
    for word in words:
        if cur and pdf.get_string_width(f"{cur} {word}") > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return [*lines, cur]


def make_pdf(pages: int = 4, first_number: int = 3) -> bytes:
    """Pages with a running header, a printed page number, three paragraphs whose first line ends in
    a hyphenated word, a sentence with a footnote marker and the footnote at the foot of the page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(20, 10)
        pdf.cell(0, 4, HEADER)
        pdf.set_font("Helvetica", size=11)
        y = 30.0
        for para in range(3):
            words = " ".join(SENTENCES[(p + para + k) % 4] for k in range(3)).split()
            lines = _wrap(pdf, words, 150)
            head, rest = lines[1].split(" ", 1)
            lines[0] = f"{lines[0]} {head[:4]}-"
            lines[1] = f"{head[4:]} {rest}"
            for line in lines:
                pdf.set_xy(20, y)
                pdf.cell(0, 5, line)
                y += 5.5
            y += 6
        text = "The director said services"
        pdf.set_xy(20, y)
        pdf.cell(0, 5, text)
        x = 20 + pdf.get_string_width(text) + 0.3
        pdf.set_font("Helvetica", size=6)
        pdf.set_xy(x, y - 1)
        pdf.cell(2, 4, str(p + 1))
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(x + 2, y)
        pdf.cell(0, 5, "were stretched.")
        if p % 2 == 0:  # a raised note number, or one in the note's own small type
            pdf.set_font("Helvetica", size=6)
            pdf.set_xy(20, 262)
            pdf.cell(2, 3, str(p + 1))
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(22.5, 262)
            pdf.cell(0, 4, f"Source number {p + 1} is a report.")
        else:
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(20, 262)
            pdf.cell(0, 4, f"{p * p + 1} Source number {p * p + 1} is a report.")
        pdf.set_xy(100, 285)
        pdf.cell(10, 5, str(p + first_number))
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return make_pdf()


def test_pdf_furniture_out_paragraphs_and_pages_in(pdf_bytes):
    assert sniff(pdf_bytes, "r.pdf") == "pdf"
    doc = read(pdf_bytes, "pdf", "r.pdf")
    text = doc.text
    assert doc.source_format == "pdf"
    assert HEADER not in text  # running header
    assert not re.search(r"(^|\n)\d+(\n|$)", text)  # page numbers
    assert "-\n" not in text and " relat" not in text.replace(" relationships", "")
    assert "relationships between directors" in text and "Leader-" not in text
    # footnote markers are out of the running text; the notes are kept as notes
    assert text.count("The director said services were stretched.") == 4
    for n in (1, 2, 3, 10):  # notes numbered p + 1 on even pages and p * p + 1 on odd ones
        assert f"[{n}] Source number {n} is a report." in text
    # paragraphs rebuilt from line spacing: 3 paragraphs + the marker sentence + the note, per page
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 4 * 5
    assert all("\n" not in p for p in paragraphs)
    # printed page numbers are the provenance
    assert [p.number for p in doc.pages] == [3, 4, 5, 6]
    for page, n in zip(doc.pages, (1, 2, 3, 10), strict=True):
        assert doc.text[page.start : page.end].endswith(f"[{n}] Source number {n} is a report.")


def test_pdf_without_text_layer_needs_ocr():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    with pytest.raises(InputError, match="no text layer; it needs OCR"):
        read(bytes(pdf.output()), "pdf", "scan.pdf")


def test_encrypted_pdf_is_refused():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "Confidential.")
    with pytest.raises(InputError, match="encrypted PDF"):
        read(bytes(pdf.output()), "pdf", "locked.pdf")


def test_corrupt_pdf_is_refused():
    data = b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n"
    with pytest.raises(InputError, match="corrupt PDF"):
        read(data, sniff(data, "bad.pdf"), "bad.pdf")


HTML = """<!DOCTYPE html><html><head><title>Care leaders speak | Care News</title>
<script>var tracking = 1;</script></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="#main">Skip to content</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main><article><h1>Care leaders speak out on funding</h1>
<p>A new report on adult social care leadership was published this week by a national think tank,
drawing on interviews with directors and providers across seven areas of England.</p>
<p>One director says: 'We have been firefighting for a decade and the workforce is exhausted by the
constant pressure on budgets.'</p>
<p>Professor Jane Smith, Chief Executive of Care Forum, said, 'The publication presents a window of
opportunity for greater collaboration between the NHS and social care.'</p>
<ul><li>Better data for local leaders.</li><li>Training for registered managers.</li></ul>
</article>
<div class="share">Share this: <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a></div>
<section id="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form>
<p>Notify of new replies</p></section></main>
<footer>© 2022 Care News. All rights reserved. <a>Privacy policy</a></footer></body></html>"""


def test_html_main_content_without_furniture():
    data = HTML.encode("utf-8")
    assert sniff(data, "page.txt") == "html"  # by content, not by name
    doc = read(data, "html", "page.html")
    assert doc.source_format == "html"
    assert doc.text.startswith("Care leaders speak out on funding\n\nA new report")
    assert "One director says: 'We have been firefighting" in doc.text
    assert "- Better data for local leaders.\n- Training for registered managers." in doc.text
    for furniture in [
        "Skip to content",
        "cookies",
        "Share this",
        "Leave a Reply",
        "Notify",
        "©",
        "var tracking",
    ]:
        assert furniture not in doc.text, furniture


def test_html_without_main_content_is_refused():
    data = b"<html><head><script>x()</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(InputError, match="no main content"):
        read(data, sniff(data, "empty.html"), "empty.html")


TEXT = "The director’s view – “care is local”. Café owners agree.\n\nA second paragraph."


def test_cp1252_is_decoded_with_a_warning():
    doc = read(TEXT.encode("cp1252"), "text", "win.txt")
    assert doc.text == TEXT
    assert doc.warnings == ("not valid UTF-8; decoded as cp1252 (Windows-1252)",)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be"],
)
def test_unicode_encodings(data):
    fmt = sniff(data, "t.txt")
    assert fmt == "text"
    doc = read(data, fmt, "t.txt")
    assert doc.text == TEXT and doc.warnings == ()


def test_undecodable_text_is_refused():
    data = b"Plain words here \x81\x8d\x8f\x90\x9d and more words."
    with pytest.raises(InputError, match="cannot decode text"):
        read(data, sniff(data, "odd.txt"), "odd.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
        (bytes(range(256)) * 8, "binary file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file: an image"),
        (b"PK\x03\x04" + bytes(100), "corrupt ZIP"),
    ],
    ids=["empty", "blank", "binary", "png", "badzip"],
)
def test_sniff_refuses(data, reason):
    with pytest.raises(InputError, match=reason):
        sniff(data, "x")


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "PRESS RELEASE HEADER"
    document.add_heading("Care England responds to the review", level=1)
    document.add_paragraph(
        "Professor Martin Green, Chief Executive of Care England, said, 'Leadership matters.'"
    )
    document.add_paragraph("Integrated working.", style="List Bullet")
    document.add_paragraph("Better data.", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Contact"
    table.rows[0].cells[1].text = "press@example.org"
    document.add_paragraph("Ends.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_lists_and_tables_in_order():
    data = make_docx()
    assert sniff(data, "release") == "docx"
    doc = read(data, "docx", "release.docx")
    assert doc.source_format == "docx"
    assert doc.text == (
        "Care England responds to the review\n\n"
        "Professor Martin Green, Chief Executive of Care England, said, 'Leadership matters.'\n\n"
        "• Integrated working.\n• Better data.\n\n"
        "Contact | press@example.org\n\n"
        "Ends."
    )


def test_two_column_page_keeps_paragraphs_that_run_on_to_the_next_column():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    paragraphs = [" ".join(SENTENCES[(k + j) % 4] for j in range(3)) for k in range(9)]
    y, x, split_mid_sentence = 20.0, 15.0, False
    for paragraph in paragraphs:
        lines = _wrap(pdf, paragraph.split(), 80)
        for i, line in enumerate(lines):
            if y > 250:
                y, x = 20.0, 110.0
                split_mid_sentence = i > 0 and not lines[i - 1].endswith(".")
            pdf.set_xy(x, y)
            pdf.cell(0, 4.5, line)
            y += 4.8
        y += 4
    assert split_mid_sentence  # the fixture does what this test is about
    doc = read(bytes(pdf.output()), "pdf", "columns.pdf")
    assert doc.text.split("\n\n") == paragraphs


# -- subtitles and caption files -------------------------------------------------------------------

WEBVTT = (
    "WEBVTT\n\n"
    "b99d31ea/10-0\n00:00:03.142 --> 00:00:09.514\n"
    "<v Jo Pembridge>Morning. We've got Ian from commissioning with us.</v>\n\n"
    "b99d31ea/11-0\n00:00:10.979 --> 00:00:13.295\n"
    "<v Threlfall, Ian>Thanks Jo. The uplift for 25/26 is 5.4% on the standard</v>\n\n"
    "b99d31ea/11-1\n00:00:13.295 --> 00:00:15.000\n"
    "<v Threlfall, Ian>residential rate.</v>\n\n"
    "b99d31ea/12-0\n00:00:15.100 --> 00:00:16.000\n"
    "<v Jo Pembridge>Thanks Ian.</v>\n"
)

SUBRIP = (
    "1\n00:00:04,120 --> 00:00:05,980\n♪ GENTLE PIANO MUSIC ♪\n\n"
    "2\n00:00:06,780 --> 00:00:11,965\n<i>NARRATOR: On the cliff road above\n"
    "Brackenbridge, a guesthouse has</i>\n\n"
    "3\n00:00:12,125 --> 00:00:14,876\n<i>been a care home for twenty-six years.</i>\n\n"
    "4\n00:00:15,076 --> 00:00:17,981\nJANUARY\n\n"
    "5\n00:00:18,000 --> 00:00:19,000\n<i>The manager is first in.</i>\n\n"
    "6\n00:03:07,404 --> 00:03:09,585\nBEV THORNTON\nRegistered Manager\n\n"
    "7\n00:03:10,385 --> 00:03:16,060\nI've been the manager here eleven years\nthis March, and a"
    " carer for nine\n\n"
    "8\n00:03:16,260 --> 00:03:21,445\nyears before that.\n\n"
    "9\n00:03:22,645 --> 00:03:24,631\n<i>INTERVIEWER: What's changed?</i>\n\n"
    "10\n00:03:24,871 --> 00:03:28,739\nEverything costs more.\n\n"
    "11\n00:03:29,000 --> 00:03:30,000\nRAVI: Then tell them to pay us what it costs.\n"
)


def test_a_meeting_transcript_s_cues_are_its_speakers_turns() -> None:
    # a Teams export: each voice's run of cues one turn under its name, "Surname, Forename" turned
    # round; the cue numbers and timings gone
    doc = read(WEBVTT.encode(), sniff(WEBVTT.encode(), "meeting.vtt"), "meeting.vtt")
    assert doc.source_format == "subtitles"
    assert doc.text.split("\n\n") == [
        "Jo Pembridge: Morning. We've got Ian from commissioning with us.",
        "Ian Threlfall: Thanks Jo. The uplift for 25/26 is 5.4% on the standard residential rate.",
        "Jo Pembridge: Thanks Ian.",
    ]


def test_a_film_s_subtitles_are_its_script() -> None:
    # SubRip: sentences run on across cues; a caption of a name and post labels what the person
    # on screen says, again after an off-screen question; the narrator speaks on in italic
    doc = read(SUBRIP.encode(), sniff(SUBRIP.encode(), "film.srt"), "film.srt")
    assert doc.text.split("\n\n") == [
        "♪ GENTLE PIANO MUSIC ♪",
        "NARRATOR: On the cliff road above Brackenbridge, a guesthouse has been a care home for"
        " twenty-six years.",
        "JANUARY",
        "NARRATOR: The manager is first in.",
        "BEV THORNTON (Registered Manager): I've been the manager here eleven years this March,"
        " and a carer for nine years before that.",
        "INTERVIEWER: What's changed?",
        "BEV THORNTON (Registered Manager): Everything costs more.",
        "RAVI: Then tell them to pay us what it costs.",
    ]


def test_text_with_a_few_timings_is_no_subtitle_file() -> None:
    # three cues' timings among notes that are mostly prose, and two alone: no subtitle file
    cue = "00:01:03.113 --> 00:01:11.122\nWe start at ten.\n\n"
    notes = "Agenda\n\n" + cue * 3 + "The forum met at ten and agreed the fees.\n\n" * 2
    assert read(notes.encode(), "text", "notes.txt").source_format == "text"
    assert read((cue * 2).encode(), "text", "two.srt").source_format == "text"
