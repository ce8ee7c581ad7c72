"""The text cleaners: PDF artefacts in plain text, web boilerplate, and their properties."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from carelead.ingest.clean import (
    Block,
    clean_text,
    drop_back_cover,
    is_logo_line,
    is_page_navigation,
    load_boilerplate,
    looks_like_web_text,
)
from carelead.ingest.service import with_page_markers

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _kingsfund():
    return clean_text((CORPUS / "kingsfund-2021.txt").read_text(encoding="utf-8"))


def test_page_navigation_lines_are_recognised():
    assert is_page_navigation("1 2 3 4 5")
    assert is_page_navigation("(1) (2) (3) (4) (5)")
    assert not is_page_navigation("2 4 6")
    assert not is_page_navigation("In 2019 2020")
    assert not is_page_navigation("12")


def test_kingsfund_pdf_artefacts_are_repaired():
    doc = _kingsfund()
    text = doc.text
    lines = text.split("\n")
    # page-navigation strips and the contents page are gone
    assert "(1) (2) (3) (4) (5)" not in lines and "1 2 3 4 5" not in lines
    assert "Contents" not in lines
    assert not any(re.search(r"\t\d+$", ln) for ln in lines)
    assert "Foreword" in lines and "Key messages" in lines
    # a paragraph cut by a page break in mid-sentence is one paragraph again
    assert "still no full public grasp that its reach goes way beyond" in text
    assert "printing their picture to pin to their uniform" in text
    # ... also when a footnote sits at the foot of the page in between; the note follows the paragraph
    joined = text.index("'Diminished,' says a second.")
    note = text.index("[4] As enacted, the Dilnot Commission")
    assert joined < text.index("A fifth says: 'It's been dire") < note
    # footnote markers glued to words are out of the running text; the notes themselves are kept
    assert "integrated care systems (ICSs) is improving" in text
    assert not re.search("[¹²³⁴⁵⁶⁷⁸⁹]", text)
    assert "[1] For a description of integrated care systems" in text
    # the back cover repeating the front cover's masthead and blurb is gone
    assert "Key findings emerged." not in text
    # ... and the front cover's logo residue too
    assert "The Kings Fund>" not in text
    assert text.startswith(
        "Ideas that change health and care\n\nStories from social care leadership"
    )
    assert text.endswith("www.kingsfund.org.uk y@thekingsfund")  # bold marks dropped
    # paragraphs are separated by exactly one blank line
    assert "\n\n\n" not in text and text == text.strip()


def test_logo_residues_at_the_top_or_foot_of_a_page_are_dropped():
    assert is_logo_line("The Kings Fund>") and is_logo_line("Skills for Care ›")
    assert not is_logo_line("Home > News") and not is_logo_line("Seven words or more make a line>")
    assert not is_logo_line("We said so.>") and not is_logo_line("2020>")
    page = (
        "Local Care Alliance>\n\nLeading through change\n\nThe report sets out what we found.\n\n"
    )
    body = "Costs > income\n\nIn the middle of a page a line like this stays.\n\nAnother paragraph."
    text = clean_text(page + "\n\n\n" + body + "\n\n\nFooter line>\n").text
    assert text.startswith("Leading through change")
    assert "Costs > income" in text and "Footer line" not in text


def test_kingsfund_pages_give_provenance():
    doc = _kingsfund()
    assert doc.source_format == "text" and len(doc.pages) > 40
    numbers = [p.number for p in doc.pages]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    for a, b in zip(doc.pages, doc.pages[1:], strict=False):
        assert a.start < a.end <= b.start
    assert doc.pages[-1].end == len(doc.text)
    # the page that opens "1 Introduction" holds that heading
    intro = next(p for p in doc.pages if doc.text[p.start :].startswith("1 Introduction"))
    assert "Social care is the often forgotten" in doc.text[intro.start : intro.end]
    # a page break inside a paragraph: the next page starts mid-paragraph, at "grasp"
    cut = doc.text.index("grasp that its reach")
    assert any(p.start == cut for p in doc.pages)


def test_glued_footnote_markers_and_notes():
    text = (
        "Local authorities commission services.² The money comes from DHSC.³ Councils "
        "pay (2021)¹ and more.\n\n² A note about services.\n\n³ Another note."
    )
    doc = clean_text(text)
    assert doc.text == (
        "Local authorities commission services. The money comes from DHSC. Councils pay (2021) "
        "and more.\n\n[2] A note about services.\n\n[3] Another note."
    )
    assert clean_text("The area is 10 m² in size.").text == "The area is 10 m² in size."


def test_a_sentence_cut_by_a_page_break_runs_on_past_notes_numbered_in_plain_figures():
    body = "Directors told us that the fee rate decided who stayed in the market this year. " * 3
    text = (
        "Holding the ring: leading home care commissioning\n\n"
        + body
        + "A cabinet member in a London borough said the council's decision\n\n"
        "5 Department of Health and Social Care (2022) Market sustainability and fair cost of care.\n"
        "6 Skills for Care (2023) The state of the adult social care sector.\n\n"
        "9\f"
        "Holding the ring: leading home care commissioning\n\n"
        "to require the London Living Wage in every contract was 'the single best thing we've "
        "done'.\n\n"
        "6   Working with the NHS\n"
    )
    cleaned = clean_text(text).text
    assert "the council's decision to require the London Living Wage" in cleaned
    assert "5 Department of Health and Social Care (2022)" in cleaned  # the notes are kept


def test_web_text_seeds_lose_their_furniture():
    for stem, gone in {
        "kingsfund-blog-2021": ["Skip to content", "Read more"],
        "messenger-news-2022": ["Notify of", "Inline Feedbacks", "View all comments"],
        "scie-roundtable": ["Related Links"],
    }.items():
        raw = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        doc = clean_text(raw)
        assert doc.source_format == "web-text", stem
        for line in gone:
            assert line in raw.split("\n")
            assert line not in doc.text, (stem, line)
    news = clean_text((CORPUS / "messenger-news-2022.txt").read_text(encoding="utf-8")).text
    assert "Donate" not in news
    assert "Professor Martin Green OBE, Chief Executive of Care England, said," in news
    bullets = [ln for ln in news.split("\n") if ln.startswith("• ")]
    assert len(bullets) == 7 and bullets[0].startswith("• Targeted interventions on collaborative")


def test_boilerplate_rules_fit_the_genre_not_just_the_seeds():
    rules = load_boilerplate()
    for line in [
        "Skip to main content",
        "Read more »",
        "Share this article",
        "Facebook | Twitter | LinkedIn",
        "Notify of new follow-up comments",
        "3 Inline Feedbacks",
        "Leave a Reply",
        "Sign up to our newsletter",
        "This website uses cookies to improve your experience.",
        "Accept all cookies",
        "© 2023 Care Sector Media Ltd. All rights reserved.",
        "Copyright 2024 The Care Fund",
        "Next article: Councils warn on fees",
        "Posted in: News, Leadership",
        "Related articles",
        "Donate now",
        "Cookies on GOV.UK",
        "We'd like to set additional cookies to understand how you use GOV.UK.",
        "Reject additional cookies",
        "We value your privacy Accept all Reject all Manage preferences",
        "All content is available under the Open Government Licence v3.0",
        # a banner saved as one long paragraph
        "We use necessary cookies to make our website work. We'd also like to set optional "
        "analytics cookies to help us improve it. We won't set optional cookies unless you "
        "enable them. Accept all cookies Reject optional cookies Cookie settings",
    ]:
        assert rules.is_boilerplate(line), line
    for line in [
        "One director says: 'We need to read more about what works.'",
        "Copyright law protects the data of care workers.",
        "Previous posts have argued that leadership matters.",
        "Posted in 2019, the guidance was welcomed by providers.",
        "The report shares the findings with councils.",
        "Leadership",
        "'We bake cookies with the residents every Friday,' says the manager.",
        "Topics we heard most often were pay, training and recognition.",
        # a long paragraph is text, whatever it opens with
        "Home care in Thornmoor / a short history: " + "the agency grew quickly. " * 8,
    ]:
        assert not rules.is_boilerplate(line), line
    assert not looks_like_web_text("A plain report.\n\nWith two paragraphs.\n")


def test_list_blocks_keep_their_lines_and_other_lines_join():
    text = "Key findings:\n- first item\n  continues here\n- second item\n\nA paragraph\nwrapped over\nlines."
    doc = clean_text(text)
    assert doc.text == (
        "Key findings:\n- first item continues here\n- second item\n\nA paragraph wrapped over lines."
    )


def test_hyphenated_line_ends_are_repaired_and_compounds_kept():
    doc = clean_text("The leader-\nship of co-\nproduction and self-\nfunders matters.")
    assert doc.text == "The leadership of co-production and self-funders matters."


def test_form_feeds_are_page_breaks():
    doc = clean_text("Page one text.\n\n1\fPage two text runs\fon to page three.")
    assert doc.text == "Page one text.\n\nPage two text runs on to page three."
    assert [(p.number, doc.text[p.start : p.end]) for p in doc.pages] == [
        (1, "Page one text."),
        (2, "Page two text runs"),
        (3, "on to page three."),
    ]
    assert with_page_markers(doc.text, doc.pages) == (
        "[page 1]\n\nPage one text.\n\n[page 2]\n\nPage two text runs [page 3] on to page three."
    )


def test_running_headers_of_a_pdf_text_copy_are_dropped():
    text = (
        "Holding the line: leadership after the pandemic\n\n"
        "Directors were blunt about the year:\n\n"
        "We were the ones going into people’s houses when everyone else stayed at home\n\n\n\n"
        "Holding the line: leadership after the pandemic\n\n"
        "Chapter 4: Findings                        27\n\n\n\n"
        "and nobody pays us for the travel time.\n\n"
        "Another says:\n\n\n\n"
        "28        Centre for Care Policy\n\n\n\n"
        "Another says:\n\n‘It is the same here.’"
    )
    doc = clean_text(text)
    assert doc.text.count("Holding the line") == 1  # the title stays, its repeat goes
    assert "Findings" not in doc.text and "Centre for Care Policy" not in doc.text
    assert "at home and nobody pays us" in doc.text  # the paragraph is joined across the break
    assert doc.text.count("Another says:") == 2  # a repeated sentence is not furniture


def test_a_protective_marking_on_every_page_is_furniture_and_takes_no_page_with_it():
    """A council's PDF copy marked "OFFICIAL" at the top and foot of every page: the marking goes,
    and the back-cover rule (a repeat of the first line) does not eat the document page by page."""
    pages = [
        f"OFFICIAL\n\nSection {n}\n\nParagraph {n} of the statement says what the council will "
        f"commission next year.\n\nOFFICIAL\n\nElmshire Market Position Statement | Page {n} of 8"
        for n in range(1, 9)
    ]
    doc = clean_text("\n\n\n\n".join(pages))
    for n in range(1, 9):
        assert f"Paragraph {n} of the statement" in doc.text
    assert doc.text.count("OFFICIAL") <= 1  # the first line may stand as the title
    assert "Page 8 of 8" not in doc.text


def test_a_pdf_copy_ending_on_a_copyright_line_is_no_web_page():
    """One copyright line is no sign of a web page: PDFs end on one too. Read as web text, this
    guide kept its running footer between a quotation's cue and the quotation."""
    pages = [
        f"Section {n}\n\nA senior practitioner said:\n\n{n}\tPractice Exchange | www.px.org.uk"
        for n in range(1, 5)
    ]
    text = "\n\n\n\n".join(pages) + "\n\n\n\n© Practice Exchange 2024. Registered charity."
    assert not looks_like_web_text(text)
    assert "Practice Exchange |" not in clean_text(text).text
    assert looks_like_web_text("A story.\n\nShare this page\n\nMore text.")


def test_a_note_that_runs_on_is_no_running_header():
    """A numbered note at the foot of a page ("5    The borough's own ... describes the local")
    looks like a running header with its page number, but the next line goes on with its
    sentence."""
    text = (
        "Who leads? Leadership in supported living\n\n"
        "The market was described to us in guarded terms.\n\n"
        "Notes\n\n"
        "4    Interviews with 14 registered and service managers, January–May 2023.\n"
        "5    The borough’s own Market Position Statement 2023–26 describes the local\n"
        "     supported living market as ‘fragile but stabilising’.\n\n\n\n"
        "Who leads? Leadership in supported living                                  24\n\n\n\n"
        "Chapter 4 opens with the view from the houses themselves, and it says so plainly.\n"
    )
    cleaned = clean_text(text).text
    assert "describes the local supported living market as ‘fragile but stabilising’" in cleaned
    assert "24" not in cleaned


def test_a_pdf_copy_with_ruled_boxes_is_no_web_page():
    """A rule of dashes is a box's top or bottom in a copy of a PDF, not a web page's furniture:
    two of them had made a report's chapter a web page. The rule parts the box from the text
    around it, so a box's list keeps its items."""
    text = (
        "Shared voices: co-production and leadership\n\n"
        "Co-production was described as a way of leading, not a project.\n\n"
        " ------------------------------------------------------------------------\n"
        " What we heard\n\n"
        "  •  ‘Ask me before, not after.’\n"
        "     Person who draws on care, London\n"
        "  •  ‘Give the panel a budget and it becomes real.’\n"
        "     Assistant director, Midlands\n"
        " ------------------------------------------------------------------------\n\n"
        "The national picture is less encouraging, and the next section turns to it.\n"
    )
    assert not looks_like_web_text(text)
    cleaned = clean_text(text).text
    assert "---" not in cleaned
    assert (
        "• ‘Ask me before, not after.’ Person who draws on care, London\n"
        "• ‘Give the panel a budget and it becomes real.’ Assistant director, Midlands"
    ) in cleaned


def test_numbered_running_footers_break_pages_where_no_blank_run_does():
    """A PDF copy whose pages part with one or two blank lines only: its running footer, the
    same text with the page number set off (not a run of notes, "141   Q212 [Oonagh Fairley]"),
    marks each page's end, so the running lines go and the pages give provenance."""
    body = "".join(
        f"Paragraph {k} says what the interviews found, in a sentence.\n\n" for k in range(6)
    )
    notes = "141   Q212 [Oonagh Fairley]\n142   Q212 [Oonagh Fairley]\n\n"
    pages = [
        f"{body}{notes}{body}\n"
        f"Centre for Care and Work Research, University of Eastmoor                        {n}\n\n"
        f"Leading from the margins | Chapter 4: Career paths\n"
        for n in range(27, 31)
    ]
    doc = clean_text("".join(pages) + "The last page says what the chapter concludes.\n")
    assert "Eastmoor" not in doc.text and "Leading from the margins" not in doc.text
    assert len(doc.pages) == 5
    assert doc.text.count("141 Q212 [Oonagh Fairley]") == 4


def test_a_last_page_under_the_masthead_that_goes_on_is_no_back_cover():
    """A back cover repeats the front cover's masthead over a blurb and an address, and is cut.
    A committee's evidence volume prints its title over a page too, and the last, opening on it,
    goes on with a submission of numbered paragraphs: the document's own page, kept."""
    title = "Health and Social Care Committee: Leadership in adult social care - Written evidence"
    para = (
        "The agency manager was honest with me when I rang, and I have thought about what she"
        " said a great deal since, because it was the truth about the whole system. She was not a"
        " bad manager. She was a manager with nobody to manage, and the council knew it."
    )
    body = [Block([title], 0)] + [Block([f"{k}. {para}"], 1 + k // 20) for k in range(1, 90)]
    cover = [Block([title], 6), Block(["Committee Office, House of Commons, London SW1A 0AA"], 6)]
    assert drop_back_cover(body + cover) == body
    submission = [Block([title], 6)] + [Block([f"{k}. {para}"], 6) for k in range(1, 10)]
    assert drop_back_cover(body + submission) == body + submission


def test_page_numbers_a_space_from_the_footer_alternating_sides_break_pages():
    """A PDF copy whose footer carries the page number a space from its words, on the left of
    even pages and the right of odd ones ("46 Chapter 4: National leadership", "Chapter 4:
    National leadership 47"), and whose every page opens on the report's title: the footers
    break the pages, so the title over each page goes, and the last page, opening on it, is
    no back cover - it goes on with paragraphs."""
    title = "Leading with Care | Independent Review of Leadership in Adult Social Care"
    body = "".join(
        f"4.{k} Each paragraph says what the roundtables found about leadership, in a sentence"
        " long enough to be prose.\n\n"
        for k in range(12)
    )
    pages = [f"{title}\n\n{body}"]
    for n in range(46, 50):
        footer = (
            f"{n} Chapter 4: National leadership"
            if n % 2 == 0
            else (f"Chapter 4: National leadership {n}")
        )
        pages.append(f"{footer}\n\n{title}\n{body}")
    doc = clean_text("".join(pages) + "The review ends its chapter on this paragraph.\n")
    assert "Chapter 4: National leadership" not in doc.text
    assert doc.text.count("Independent Review") == 1  # the first page's, the title
    assert len(doc.pages) == 5
    assert doc.text.rstrip().endswith("The review ends its chapter on this paragraph.")


def test_page_numbers_on_lines_of_their_own_break_pages():
    """A PDF copy whose page number stands alone at each page's foot, the report's title heading the
    next, with two blank lines between: the numbers break the pages, so the title and the numbers
    go, and a paragraph ending on a colon is not glued to the next page's number and title."""
    title = "Shared power | Larkfield Centre for Care and Community"
    body = "".join(
        f"Paragraph {k} says what the people who draw on care told us, in a sentence.\n"
        for k in range(22)
    )
    pages = [
        f"{title}\n{body}She helped rewrite the council's guidance from scratch:\n{n}\n\n\n"
        for n in range(3, 7)
    ]
    doc = clean_text("".join(pages) + f"{title}\nWe sat round a table with the commissioners.\n")
    assert doc.text.count("Larkfield") == 1  # the title, opening the document
    assert "scratch:\n\n" in doc.text and not re.search(r"scratch: ?\d", doc.text)
    assert len(doc.pages) == 5


def test_figures_one_to_a_line_are_no_page_numbers():
    """A table's column of figures, one to a line, rises by one or two now and then too, but line
    after line: no page breaks there, and the figures stay."""
    rows = "".join(f"{n}\n" for n in (12, 13, 15, 16, 18))
    text = "Table 2: Interviews by site\n" + rows + "The sites differ in size.\n"
    doc = clean_text(text * 3)
    assert not doc.pages and doc.text.count("12 13 15 16 18") == 3


def test_short_pages_numbered_one_after_another_still_break():
    """A footer with its page number set off ("hartwellfoundation.org.uk      7") on pages of ten
    or fifteen lines - a figure takes the rest - is still a running footer, as its numbers go up
    a page at a time: the footer and the title over each page go."""
    title = "Connected care: leadership for digital and data in adult social care"
    pages = [
        f"{title}\n"
        + "".join(
            f"Line {k} of page {n} reports what directors said, in a sentence.\n" for k in range(8)
        )
        + f"hartwellfoundation.org.uk      {n}\n\n"
        for n in range(3, 9)
    ]
    doc = clean_text("".join(pages) + f"{title}\nThe case study follows.\n")
    assert "hartwellfoundation" not in doc.text and doc.text.count("Connected care:") == 1
    assert len(doc.pages) == 7


def test_a_paragraph_ending_on_a_note_or_before_a_numbered_one_does_not_run_across_the_page():
    """The last paragraph of a page ends its sentence on a note's number, after a closing quote or
    not ("another town.3", "adult social care’.2"), or the next page opens on a numbered
    paragraph ("2.10 The ‘system’ ..."): the paragraphs stay apart."""
    long = "This paragraph runs on long enough to be prose at the foot of its page, " * 3
    for end, opening in (
        ("a voice on the phone from an office in another town.3", "3.3 Families: ‘We are always"),
        ("‘political leaders had a shared understanding of adult social care’.2", "‘I was given"),
        ("– Voluntary sector chief executive, Newcastle roundtable", "2.10 The ‘system’ these"),
    ):
        text = "\f".join(
            [f"{long}{end}\n", f"{opening} participants describe is held together by people.\n"]
        )
        assert f"{end}\n\n{opening}" in clean_text(text).text, end


def test_a_committee_reports_numbered_paragraphs_start_anew():
    """A committee report numbers its paragraphs "54.", not "4.27": a number with a stop opens a
    paragraph too, after a line ending a sentence (here on its footnote's number)."""
    text = clean_text(
        "53. Gareth Lomax, who runs three home care services in four local authority areas,"
        " said:\n"
        "Each of my four councils has a different rate, a different contract and a different view"
        " of what\n"
        "good looks like. That is money that is not going on care workers’ pay, and it should be"
        " said.79\n"
        "54. Ms Bhardwaj recalled being told by one commissioner during a fee negotiation that"
        " there was\n"
        "always somebody cheaper down the road, and said it had summed up the relationship for"
        " years.\n"
    ).text
    assert [p[:4] for p in text.split("\n\n")][-1] == "54. "


def test_a_box_drawn_with_box_drawing_rules_loses_them():
    """A box drawn with "┌───┐" and "└───┘" (no "|" or "---" on its page) is unframed as one
    drawn in ASCII is: the rules go, and the credit keeps its own line under the words."""
    doc = clean_text(
        "The managers described their mornings in detail, and one deputy wrote hers for us.\n\n"
        "┌──────────────────────────────────────────┐\n"
        "Box 4.1 A deputy’s morning\n\n"
        "‘Six-fifteen, the phone goes: two carers off sick. Ring the agency, nobody.’\n"
        "– Ewa, deputy manager, 50-bed nursing home\n"
        "└──────────────────────────────────────────┘\n\n"
        "The rest of the chapter turns to owners.\n"
    )
    assert "─" not in doc.text
    assert "nobody.’\n– Ewa, deputy manager, 50-bed nursing home\n\n" in doc.text


def test_a_cast_lists_first_line_is_no_heading():
    """A transcript's cast list ("Host: ..." over two guests' lines) keeps its lines: its short
    first line was split off as a heading, and the two lines left were joined into one, so the
    second guest's name ran on from the first's post."""
    text = (
        "HOLDING THE LINE: A PODCAST ABOUT LEADING IN SOCIAL CARE\n\n"
        "Host: Rhiannon Price (RP)\n"
        "Guests: Mark Denholm (MD), Director of Adult Social Services, Harwick County Council\n"
        "        Lorna Baptiste (LB), Managing Director, Brightwell Home Care\n\n"
        "RP: Hello and welcome to the podcast about leadership in adult social care.\n"
    )
    assert (
        "Host: Rhiannon Price (RP)\n"
        "Guests: Mark Denholm (MD), Director of Adult Social Services, Harwick County Council\n"
        "Lorna Baptiste (LB), Managing Director, Brightwell Home Care\n\n"
    ) in clean_text(text).text


def test_readers_comments_under_a_share_bar_and_tags_are_kept():
    """A blog's comments come after its share bar, tags and previous/next links: the footer those
    open no longer swallows the comments that follow, which keep their authors' labels."""
    text = (
        "Home | Blog | About us | Contact\n\n"
        "Co-producing leadership training\n\n"
        + "".join(
            f"Paragraph {k} of the post says what our members did this year.\n\n" for k in range(40)
        )
        + "Share this post:  Facebook  |  X  |  WhatsApp  |  Email\n\n"
        "Tags: co-production, leadership, Marrowfield City Council\n\n"
        "← Previous post: Our response to the charging consultation\n"
        "→ Next post: Easy Read: what is a personal budget?\n\n"
        "2 comments\n\n"
        "Bev Sutcliffe says:\n4 June 2024 at 8:12 am\n"
        "As a carer for my husband I would love something like this in our area.\nReply\n\n"
        "Sam K says:\n5 June 2024 at 10:03 am\n"
        "Really interesting. Will the evaluation collect any data on outcomes?\nReply\n\n"
        "Leave a comment\n\nYour email address will not be published.\n"
    )
    cleaned = clean_text(text).text
    assert "Bev Sutcliffe says: As a carer for my husband" in cleaned
    assert "Sam K says: Really interesting." in cleaned
    assert "Tags:" not in cleaned and "Leave a comment" not in cleaned


def test_a_comment_of_two_paragraphs_keeps_its_second_up_to_its_reply_line():
    """A reader's comment that runs on over a second paragraph, its "Reply" under that one: the
    second is the comment's too, not furniture between comments."""
    text = (
        "Home | Blog | About\n\n"
        "Ten years in the chair\n\n"
        + "".join(f"Paragraph {k} of the post tells of leading a care home.\n\n" for k in range(30))
        + '3 thoughts on "Ten years in the chair"\n\n'
        "Dev Mistry says:\n9 February 2024 at 7:52 pm\n"
        "I run a home care branch and I laughed at the rota at midnight line.\n\n"
        'My coordinator said to me last week, "you are always nicer after a shadow shift".\n'
        "Reply\n\n"
        "Claire Whitcombe says:\n9 February 2024 at 8:20 pm\n"
        "Your coordinator sounds like a keeper.\nReply\n\n"
        "Subscribe to our newsletter for the latest news from the sector.\n\n"
        "Jon says:\n11 February 2024 at 2:37 pm\nDeputy manager here, and I agree.\nReply\n"
    )
    cleaned = clean_text(text).text
    assert 'My coordinator said to me last week, "you are always nicer' in cleaned
    assert "Claire Whitcombe says: Your coordinator sounds like a keeper." in cleaned
    assert "Jon says: Deputy manager here" in cleaned
    assert "Subscribe" not in cleaned  # no comment's: its comment was closed by its "Reply"


def test_a_series_saved_whole_keeps_each_post_after_the_comments_of_the_one_before():
    """A blog series copied as one page: the next post's title and byline end the comments above
    them, so its text is kept (it was dropped as if it were one more non-comment paragraph)."""

    def post(part: int, title: str, day: str) -> str:
        return (
            f"SERIES: Changing of the Guard (Part {part} of 2)\n\n{title}\n\n"
            f"Posted on {day} 2025 by Kez   |   4 Comments   |   Filed under: Care homes\n\n"
            + "".join(
                f"Part {part}, paragraph {k}, tells of the new manager.\n\n" for k in range(8)
            )
            + "Share this:  Facebook   X   WhatsApp   Email\n\n"
            "4 COMMENTS\n\n"
            f"Sandra M. says:\n{day} 2025 at 7:42 am\nPart {part} is so true.\nReply\n\n"
            "[3 more comments — load more]\n\n"
            f"Previous post: Ten things I wish I'd known\n\n~\n\n"
        )

    cleaned = clean_text(
        "Tea Round Thoughts\n\nHome   About me   Contact\n\n"
        + post(1, "When Margaret left", "9 March")
        + post(2, "Three months on", "15 June")
    ).text
    assert "Part 2, paragraph 0, tells of the new manager." in cleaned
    assert "Part 2, paragraph 7, tells of the new manager." in cleaned
    assert "Three months on" in cleaned
    assert "Sandra M. says: 15 June 2025 at 7:42 am Part 2 is so true." in cleaned or (
        "Sandra M. says: Part 2 is so true." in cleaned
    )
    assert "Previous post" not in cleaned and "load more" not in cleaned


# -- properties ------------------------------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=9)
SENTENCE = st.lists(WORD, min_size=3, max_size=12).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
LINE = st.one_of(
    PARAGRAPH,
    SENTENCE.map(lambda s: f"- {s}"),
    SENTENCE.map(lambda s: s[:-1] + "²"),
    st.sampled_from(["1 2 3 4 5", "(1) (2) (3)", "Contents", "Intro\t3", "12", "Read more"]),
    WORD.map(lambda w: w + "-"),
)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\n\n\n\n", "\f", "\r\n", "\n\n \n"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(LINE, SEPARATOR), min_size=1, max_size=25))
# a sentence of capitalised words taken for a speaker heading, its paragraph then run on to the
# next page: the second cleaning split it differently
@example([("A A A.", "\n"), ("A-", "\f"), ("A A A.", "\n"), ("A A A.", "\n")])
# a line's glued note marker does not decide whether the lines are a list ("An²" ends on "An")
@example([("A A A²", "\n"), ("A A An²", "\n"), ("A A A²", "\n")])
# a speaker's heading opening a page keeps its line: the paragraph before does not run on into it
@example([("a-", "\f"), ("A A A²", "\n"), ("A-", "\n")])
# a heading split off its paragraph ("Contents") must meet the furniture rules the first time
@example(
    [
        ("1 2 3 4 5", "\n\n"),
        ("Contents", "\n"),
        ("A A A AAAAAA AAAAAA AAAAAAA AAAAAAAAA AAAAAAAAA²", "\n"),
        ("A AA AAA AAAAAA. A AA AA AAA AAAAAAAAA AAAAAAAAA. A AAA AAA.", "\n"),
    ]
)
def test_cleaning_is_idempotent(pieces):
    text = "".join(line + sep for line, sep in pieces)
    once = clean_text(text)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert "\n\n\n" not in once.text and once.text == once.text.strip()
    for page in once.pages:
        assert 0 <= page.start <= page.end <= len(once.text)


@settings(max_examples=150, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=12), st.lists(SEPARATOR, min_size=1, max_size=12))
def test_no_paragraph_text_is_lost(paragraphs, separators):
    text = "".join(p + "\n\n" + separators[i % len(separators)] for i, p in enumerate(paragraphs))
    doc = clean_text(text)
    words = lambda s: re.findall(r"\w+", s)  # noqa: E731
    assert words(doc.text) == words(" ".join(paragraphs))
    for paragraph in paragraphs:
        assert paragraph in doc.text


def test_a_copy_of_two_web_pages_keeps_the_second_after_the_firsts_footer():
    raw = (
        "Skip to main content\n\nNews | Care\n\n"
        "Care plan still has no date\n\n"
        + "The minister declined to give a date for the workforce plan. "
        * 4
        + '\n\nThe committee chair said: "Four ministers and still no plan."\n\n'
        "Related stories\n\nCouncils warn of cuts\n\nRead more\n\n"
        "------------------------------------------------------------\n\n"
        "CARE MANAGEMENT TODAY\n\n"
        + "Providers say the minister missed the point on leadership. "
        * 4
        + '\n\nPriya Sandhu said: "Nobody there is leading the sector."\n\n'
        "Related stories\n\nHome care fees rise\n\nShare this article\n"
    )
    text = clean_text(raw).text
    assert "Four ministers and still no plan." in text
    assert "Priya Sandhu said" in text  # the second article, after the separator
    assert "Councils warn of cuts" not in text and "Home care fees rise" not in text


def test_a_share_bar_with_text_after_it_is_not_the_footer():
    speech = "My Lords, the care workforce has carried this country and deserves a plan. " * 4
    contributions = [
        f"Lord Speaker{i} (Con)\n{speech}\nShare this specific contribution\nCopy link\n5.0{i}pm"
        for i in range(6)
    ]
    page = "Skip to main content\nHansard\n\n" + "\n".join(contributions) + "\n"
    text = clean_text(page).text
    # every speech is kept: a share bar after each is no footer while speeches follow it
    assert text.count("My Lords, the care workforce") == 6 * 4
    assert "Lord Speaker5 (Con)" in text


def test_speaker_headings_of_a_debate_copied_without_blank_lines_keep_their_lines():
    page = (
        "Skip to main content\nHansard\n\n"
        "Lord Kilbride (Non-Afl)\nMy Lords, I will be brief.\nNo amount of training will do.\n"
        "Share this specific contribution\nCopy link\n5.06pm\n"
        "Baroness Fenwick of Alnmouth (Con)\nMy Lords, I thank the noble Baroness.\n"
    )
    assert clean_text(page).text == (
        "Hansard\n\nLord Kilbride (Non-Afl)\nMy Lords, I will be brief. No amount of training "
        "will do.\n\nBaroness Fenwick of Alnmouth (Con)\nMy Lords, I thank the noble Baroness."
    )


def test_a_government_page_loses_its_feedback_box_topics_and_footer():
    body = "\n\n".join(
        f"Paragraph {i} of the consultation response, which respondents read closely."
        for i in range(12)
    )
    page = (
        "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
        "Accept additional cookies\nReject additional cookies\nView cookies\n\n"
        f"{body}\n\nIs this page useful?\nYes\nNo\nReport a problem with this page\n\n"
        "Topics\nBenefits\nDisabled people\n\nGovernment activity\nDepartments\n"
    )
    text = clean_text(page).text
    assert text.startswith("Paragraph 0 of")
    assert text.endswith(
        "Paragraph 11 of the consultation response, which respondents read closely."
    )


def test_a_share_bar_under_the_byline_of_a_multi_page_copy_is_not_its_footer():
    article = (
        "By Rachel Dunn\n\nShare this article\nFacebook  X  Email\n\n"
        + "The cabinet voted to close the two homes on Wednesday evening. " * 5
        + '\n\nThe cabinet member said: "Nobody came into politics to close care homes."\n\n'
    )
    raw = (
        "Skip to main content\n\nNEWS\n\nCouncil to close two care homes\n\n"
        + article
        + "Share this article\n\nMost read\n\nRoadworks on the bypass\n\n---\n\n"
        + "Closures to go ahead\n\n"
        + article.replace("Nobody came", "We have listened, and nobody came")
        + "Comments are closed\n"
    )
    text = clean_text(raw).text
    assert "Nobody came into politics" in text  # the first page's body, after its share bar
    assert "We have listened" in text
    assert "Roadworks on the bypass" not in text


def test_a_list_of_names_and_posts_keeps_its_lines():
    raw = (
        "Witnesses\n\n"
        "Marcus Oyelaran, President, Association of Directors of Adult Social Services\n"
        "Fiona Threlkeld, Chief Executive, Brightwater Care Group\n"
        "Sadia Begum, senior care worker\n\n"
        "The committee began by asking witnesses where responsibility\n"
        "for adult social care now lies, and whether the people who lead\n"
        "services have the tools they need.\n"
    )
    text = clean_text(raw).text
    assert "Care Group\nSadia Begum, senior care worker" in text  # items stay lines
    assert (
        "responsibility for adult social care now lies, and whether the people who lead services"
        in text
    )


def test_a_table_set_out_in_columns_keeps_a_row_a_line():
    raw = (
        "Table 3.2 People quoted in this chapter\n\n"
        " Pseudonym     Role                                        Area\n"
        " Ade           Person who draws on care (direct payment)   A\n"
        " Bronwen       Unpaid carer for her father                 B\n"
        " Callum        Care worker, home care agency               A\n\n"
        "Most of the people we spoke to had met their council's director only once, if at\n"
        "all, and few could say who led adult social care in their area.\n"
    )
    text = clean_text(raw).text
    # the rows, not one sentence ending "... (direct payment) A Bronwen Unpaid carer ..."
    assert "Pseudonym Role Area\nAde Person who draws on care (direct payment) A\nBronwen" in text
    assert "met their council's director only once, if at all, and few" in text  # prose joins


def test_a_table_under_its_caption_keeps_its_rows_though_its_columns_are_closed_up():
    raw = (
        "Table 2. Participant codes and roles.\n"
        "Code Role n Setting\n"
        "RM Registered manager 14 Residential and nursing homes\n"
        "DM Deputy manager 6 Residential and nursing homes\n"
        "CW Care worker or senior care worker 11 Residential and nursing homes\n"
        "Total 31\n\n"
        "Table 2 sets out the codes used below. Each quotation is closed by the code of\n"
        "the participant who said it.\n"
    )
    text = clean_text(raw).text
    assert "roles.\nCode Role n Setting\nRM Registered manager 14" in text
    assert "codes used below. Each quotation is closed by the code of the participant" in text


def test_a_tables_rows_of_quoted_words_and_credits_keep_a_line_each():
    # each row opens with a quote mark, not a capital; its credit after the words has no stop
    raw = (
        "Table A3: Selected free-text responses to the end-of-programme survey\n"
        "Response Cohort / role\n"
        "'Stop doing everyone's job for them and start asking what they need.' C1 / RM\n"
        "'Ask for help before I am on my knees.' C2 / DM\n"
        "‘It’s making the right thing the easy thing for staff.’ (Lorraine, supported living)\n"
        "'Apply for the deputy post when it comes up.' C3 / SC\n"
    )
    text = clean_text(raw).text
    assert "need.' C1 / RM\n'Ask for help before I am on my knees.' C2 / DM\n‘It’s" in text
    assert "living)\n'Apply for the deputy post" in text
    # ... but a paragraph wrapped at the page's width, a quotation opening its first line, is one
    raw = (
        "'We have never had a leader who stayed long enough,' one manager told us, and others\n"
        "said the same of the posts above them in the council and in the integrated care\n"
        "board, where the turnover of the last three years has been higher still.\n"
    )
    assert clean_text(raw).text.count("\n") == 0


def test_minutes_numbered_items_are_a_paragraph_each():
    raw = (
        "2. MINUTES OF THE PREVIOUS MEETING (2 OCTOBER 2025) AND MATTERS ARISING\n"
        "2.1 The minutes were approved as an accurate record.\n"
        "2.2 Action 14 (brokerage delays): SL reported that two placements at Hollyoak Lodge had"
        " been held open for nine days in October while funding was confirmed. Action carried"
        " forward.\n"
        "2.3 Action 17 (website refresh): completed.\n\n"
        "3. CHAIR'S REPORT\n"
        "3.1 GW introduced her report and asked that her opening remarks be minuted in full:\n"
    )
    text = clean_text(raw).text
    assert text.split("\n\n") == [
        "2. MINUTES OF THE PREVIOUS MEETING (2 OCTOBER 2025) AND MATTERS ARISING",
        "2.1 The minutes were approved as an accurate record.",
        text.split("\n\n")[2],
        "2.3 Action 17 (website refresh): completed.",
        "3. CHAIR'S REPORT",
        "3.1 GW introduced her report and asked that her opening remarks be minuted in full:",
    ]
    assert text.split("\n\n")[2].startswith("2.2 Action 14")
    # ... but a numbered list keeps its lines
    raw = "Notes to editors\n\n1. The programme is funded by DHSC.\n2. It opens in April.\n"
    assert "DHSC.\n2. It opens in April." in clean_text(raw).text


def test_a_list_whose_items_wrap_is_no_table():
    raw = (
        "Key findings\n\n"
        "•    Most councils have cut the number of senior posts in adult social care since\n"
        "     2015, and few have a deputy to the director.\n"
        "•    Nine in ten    directors said the role had grown.\n"
        "•    One in three   said they planned to leave within five years.\n"
    )
    text = clean_text(raw).text
    assert "senior posts in adult social care since 2015, and few have a deputy" in text


def test_a_list_keeps_its_lines_when_its_last_item_runs_on():
    raw = (
        "PRESENT\n\n"
        "Councillor Susan Whitlock (Chair) – Cabinet Member for Adult Social Care and Health\n"
        "Dr Ravi Sandhu – GP and Clinical Lead, Brackenfield Place\n"
        "Angela Farrow – Carer Representative, Brackenfield Carers’ Forum\n"
        "Simon Kerr – Deputy Chief Operating Officer, Brackenfield Hospitals NHS Foundation Trust"
        " (substitute for the Chief Executive)\n\n"
        "38. APOLOGIES FOR ABSENCE\n"
    )
    text = clean_text(raw).text
    # an attendance list, one member a line, though its last line is a long one
    assert "Brackenfield Place\nAngela Farrow – Carer Representative" in text
    assert "Carers’ Forum\nSimon Kerr" in text


def test_a_speaker_heading_keeps_its_own_line():
    text = (
        "Priya Sandhu (Lynton Cross) (Lab)\nI want to focus on the workforce we recruit from\n"
        "overseas and on how we treat them.\n\n"
        "Councils have a role here,\nas the report says.\n"
    )
    cleaned = clean_text(text).text
    assert cleaned.startswith(
        "Priya Sandhu (Lynton Cross) (Lab)\nI want to focus on the workforce we recruit from overseas"
    )
    assert "Councils have a role here, as the report says." in cleaned


def test_a_readers_label_over_their_words_keeps_its_line():
    # a web Q&A's "Gillian, 54, Leicestershire" over her question; a wrapped paragraph whose
    # first line opens on a name and a comma is joined as before
    text = (
        "Gillian, 54, Leicestershire\nMy father is 86 and went into hospital after a fall in"
        " November. He was declared fit for discharge on 2 December and he is still there.\n\n"
        "Name withheld, registered manager of a nursing home, Kent\nSeveral times a week we are"
        " asked to accept residents from hospital after a ten-minute phone call with a ward.\n\n"
        "Julie Mason, director of adult social services at Brackenshire County Council, said\n"
        "the council had done what it could with the money it had been given this year.\n"
    )
    cleaned = clean_text(text).text
    assert "Gillian, 54, Leicestershire\nMy father is 86" in cleaned
    assert "of a nursing home, Kent\nSeveral times a week" in cleaned
    assert "County Council, said the council had done" in cleaned


BLOG_WITH_REPLIES = (
    "Skip to main content\n\nThe Institute\n\n"
    "Nobody's baby: why social care needs a national leader\n\nBy Ruth Ingle\n\n"
    + "".join(
        f"Paragraph {n} of the argument about national leadership and who holds it.\n\n"
        for n in range(1, 9)
    )
    + "Share this page\n\n3 responses to “Nobody's baby”\n\n"
    "Margaret Alder says:\n4 June 2025 at 10:14 am\nI was a director of adult social services for"
    " nine years.\nReply\n\n"
    "J. Okoro says:\n4 June 2025 at 2:07 pm\nSocial worker in a London borough here.\nReply\n\n"
    "Alastair Kerrigan says:\n5 June 2025 at 8:21 am\nThe comparison does not work.\nReply\n\n"
    "Leave a Reply\n\nYour email address will not be published.\n"
)


def test_readers_comments_are_kept_without_their_furniture():
    text = clean_text(BLOG_WITH_REPLIES).text
    assert "Margaret Alder says: I was a director of adult social services for nine years." in text
    assert "J. Okoro says: Social worker in a London borough here." in text
    assert "Alastair Kerrigan says: The comparison does not work." in text
    assert "Reply" not in text and "4 June 2025" not in text and "email address" not in text


def test_a_page_copied_without_blank_lines_keeps_a_paragraph_per_line():
    long = "It is a long paragraph about who leads adult social care in the county and why. " * 3
    raw = (
        "Skip to main content\nCare Review Weekly\nBOOK REVIEW\nBy Priya Nandakumar\n"
        + "".join(f"{long}Paragraph {n} ends here.\n" for n in range(1, 5))
        + "Names, not numbers\n"
        + f"{long}She is clear about it:\n"
        + "Registered managers are the forgotten layer. Nobody knows what we do.\n"
        + "3 comments\nSort by: Newest | Oldest\n"
        "Margaret Hollis says:\n15 June 2024 at 8:12 am\nI did home care for sixteen years.\nReply\n"
        "DaveP says:\n15 June 2024 at 10:47 am\nRegistered manager in Kent here.\nReply\n"
    )
    text = clean_text(raw).text
    assert "Paragraph 1 ends here.\n\nIt is a long paragraph" in text
    assert "\n\nNames, not numbers\n\n" in text  # a heading keeps its line
    assert "She is clear about it:\n\nRegistered managers are the forgotten layer." in text
    # each comment's label joins its words, as when the page has blank lines
    assert "Margaret Hollis says: I did home care for sixteen years." in text
    assert "DaveP says: Registered manager in Kent here." in text
    assert "Reply" not in text and "15 June 2024" not in text


# A PDF's text copied a paragraph per line, no blank line between them: a page's paragraphs in one
# block, a block quote on the line after its introduction, a note's number glued to a sentence.
PDF_PARAGRAPH_PER_LINE = (
    "3.2 What we mean by boundaries\n"
    "The boundaries interviewees described were of several kinds: between the council and the"
    " providers that deliver most publicly funded care; between social care and the NHS; and between"
    " the organisations that arrange care and the people who use it. Few agreed on its meaning.8\n"
    "One care home owner with three homes in the East Midlands was blunt:\n"
    "What they call system leadership is something that happens in meetings I am not invited to. I"
    " get the emails afterwards telling me what has been decided about discharge or fees. Nobody asks"
    " the people who staff the rota on a Sunday night.\n\n"
    "Others were far less positive. One director of adult social services told us:\n"
    "The ICB is very good at talking about integration and very bad at letting go of money. Every"
    " conversation starts with the hospital and ends with the hospital, and we are invited to help"
    " with flow, which means discharge, and nothing else\n"
)


def test_a_pdf_copied_a_paragraph_per_line_keeps_its_paragraphs_and_block_quotes():
    text = clean_text(PDF_PARAGRAPH_PER_LINE).text
    assert "3.2 What we mean by boundaries\n\nThe boundaries" in text
    assert "Few agreed on its meaning.8\n\nOne care home owner" in text  # a note's number after it
    assert "was blunt:\n\nWhat they call system leadership" in text
    # two lines, the second running on over the page: the introduction still ends its paragraph
    assert "One director of adult social services told us:\n\nThe ICB is very good" in text


def test_a_label_over_its_words_is_no_introduction_to_set_apart():
    long = (
        "I have run home care in this county for twenty years and the rate has never met the cost. "
    )
    raw = f"Deb_RM said:\n{long * 3}\n\nCllr Geoffrey Pell, Leader of the Council:\n{long * 3}\n"
    text = clean_text(raw).text
    assert "Deb_RM said: I have run home care" in text
    assert "Cllr Geoffrey Pell, Leader of the Council: I have run home care" in text


def test_a_question_on_a_line_of_its_own_over_its_answer_is_a_paragraph():
    answer = (
        "I didn’t really feel I was leaving. For my last five years as a matron, half my job was "
        "social care, and I got to know the managers on the other end of the phone very well. "
    )
    comment = "My mum waited five months for a care package. But somebody is, surely?"
    raw = (
        f"Why did you leave the NHS?\n{answer * 2}\n\n"
        f"What surprised you most?\n{answer * 2}\n\n"
        f"Maggie_T · 15 March 2024\n{answer}{comment}\n{answer}\n"
    )
    text = clean_text(raw).text
    assert "Why did you leave the NHS?\n\nI didn’t really" in text
    assert "What surprised you most?\n\nI didn’t really" in text
    # a paragraph that ends asking is no interviewer's question
    assert "surely? I didn’t really" in text


def test_a_box_of_quotations_each_over_its_credit_keeps_them_apart():
    # a PDF's text with no blank lines: each quotation under the one before's credit line
    raw = (
        "Workers on zero-hours contracts had a turnover rate around five percentage points\n"
        "higher than those on guaranteed hours, and the gap has widened since the last survey.\n"
        "Box 2.1 In their own words: why people leave\n"
        "“We lose people in the first six weeks, mostly. They come in thinking it’s a bit\n"
        "like being a nurse and then they’re on their own at seven.”\n"
        "Employer, home care, South West\n"
        "“I loved my clients. I left because of the mileage and the travel time, which was\n"
        "never paid.”\n"
        "Care worker, home care, North West\n"
        "“Turnover isn’t a recruitment problem, it’s a management problem.”\n"
        "– Registered manager, care home with nursing, East Midlands\n"
        "The association between turnover and local labour markets is strong, as the\n"
        "regional figures in the next chapter show for every English region in turn.\n"
    )
    text = clean_text(raw).text
    # the box's heading stands between the narrative and the first quotation
    assert "since the last survey.\n\nBox 2.1 In their own words: why people leave\n\n“We" in text
    assert "South West\n\n“I loved my clients" in text
    assert "North West\n\n“Turnover isn’t" in text
    # a line of narrative ending short before a quotation is no credit: "... told us it had"
    narrative = raw.replace("Care worker, home care, North West", "The council told us it had")
    assert "told us it had “Turnover" in clean_text(narrative).text


def test_a_box_of_quotations_ends_at_its_source_note():
    raw = (
        "Survey respondents described the pressures in their own words, and three of their\n"
        "answers stand for the many we received from every region and type of service.\n"
        "‘Our manager is brilliant, but she can only do so much when the rates stay low.’\n"
        "– Senior carer, residential home, London\n"
        "‘Since we started the new induction scheme, our new starters are staying.’\n"
        "– Registered manager, nursing home, South East\n"
        "Source: Linden Trust survey of care workers and registered managers, 2024.\n"
    )
    text = clean_text(raw).text
    # the last credit keeps its line, under its quotation, and the source note stands apart
    assert "staying.’\n– Registered manager, nursing home, South East\n\nSource:" in text


def test_a_comment_count_with_no_comment_under_it_opens_the_footer():
    raw = BLOG_WITH_REPLIES.split("Share this page")[0] + (
        "12 comments\n\nSign up to our daily newsletter\nGet the latest news. Subscribe\n\n"
        "About us | Advertise | Contact\n"
    )
    text = clean_text(raw).text
    assert "Paragraph 8 of the argument" in text
    assert "Sign up" not in text and "Advertise" not in text


def test_a_pdf_copy_s_comment_heading_over_its_commentary_is_no_footer():
    paras = "".join(
        f"{n}. The tribunal found that the claimant had raised her concerns about staffing in\n"
        f"writing on {n} occasions, and that each was a protected disclosure made in the public\n"
        f"interest to her employer and, on occasion {n}, to the regulator itself.\n\n"
        for n in range(38, 45)
    )
    raw = paras + (
        "┌" + "─" * 78 + "┐\n"
        "  “A manager who tells her employer that she is being prevented from notifying the\n"
        "  regulator is doing precisely what Parliament intended.” – Employment Judge Farrant\n"
        "└" + "─" * 78 + "┘\n\n"
        "Comment\n\n"
        "47. This is not a case that turned on a difficult point of law. It is a case about\n"
        "chronology and about what senior managers write down. The messages and the letter\n"
        "did most of the claimant’s work for her.\n\n"
        "48. In a statement issued after the judgment, the group said: “We are disappointed\n"
        "by the tribunal’s findings and are considering them carefully.”\n\n"
        "© Pennington Legal Publishing Ltd 2024                                 Page 6 of 6\n"
    )
    # (its page footers are a web page's copyright lines too: read as a page's copy)
    raw = raw.replace(
        "\n\n41.", "\n\n© Pennington Legal Publishing Ltd 2024       Page 5 of 6\n\n41."
    )
    text = clean_text(raw).text
    assert "This is not a case that turned on" in text
    assert "We are disappointed by the tribunal" in text


def test_a_credit_line_under_testimony_keeps_its_line():
    text = (
        "The survey asked about pay and\nconditions across the region.\n\n"
        "I love my job. I just can’t afford\nto keep doing it.\nCare worker, North East\n\n"
        "Pay has fallen behind the rest of\nthe economy, as the figures show\n"
    )
    cleaned = clean_text(text).text
    assert "keep doing it.\nCare worker, North East\n" in cleaned
    assert "pay and conditions across" in cleaned  # a wrapped line is still joined


def test_broadcasters_picture_credits_go_and_captions_stay():
    page = (
        "Skip to content\nPennine Tonight\nHome   News   Sport   Weather\n\n"
        "Council care homes: families fight plan to close them\n\n"
        "Image source, Pennine Tonight\n"
        "Image caption, Sheila Barton says her mother has 'never been happier' there\n\n"
        "Media caption, Watch: families react to the closure plans\n\n"
        "Media caption, Joan Barraclough: 'You sit by the window and you wait'\n\n"
        'Play video, "Stainmoor MP on the report", duration 58 seconds\n0:58\n'
        'Video caption, Rachel Dunmore MP said families had been "let down" by everyone\n\n'
        "Families of residents at two council-run care homes have said they will fight the plans "
        "to close them, as the authority tries to save £19m next year.\n"
    )
    cleaned = clean_text(page).text
    assert "Image source" not in cleaned and "Media caption, Watch" not in cleaned
    assert "Play video" not in cleaned and "duration 58 seconds" not in cleaned
    # a video's caption that quotes someone is their words, with or without a colon
    assert "Media caption, Joan Barraclough: 'You sit by the window and you wait'" in cleaned
    assert 'Video caption, Rachel Dunmore MP said families had been "let down"' in cleaned
    assert "Image caption, Sheila Barton says her mother has 'never been happier'" in cleaned


def test_a_discussion_extract_printed_as_one_block_keeps_a_paragraph_per_turn():
    page = (
        "The exchange below, from a discussion with six home care workers, is typical.\n\n"
        "    S1: My leader is my coordinator. She does the rota, she knows if my kid's ill, she's\n"
        "    the one who picks up.\n"
        "    S4: I'd say the manager, but I've met her twice.\n"
        "    S2: Does the council count? Because they're the ones who say we get fifteen\n"
        "    minutes for a call.\n"
    )
    assert clean_text(page).text.split("\n\n")[1:] == [
        "S1: My leader is my coordinator. She does the rota, she knows if my kid's ill, she's the"
        " one who picks up.",
        "S4: I'd say the manager, but I've met her twice.",
        "S2: Does the council count? Because they're the ones who say we get fifteen minutes for"
        " a call.",
    ]


def test_a_block_quotation_wrapped_among_paragraphs_a_line_each_stays_one():
    """A PDF's text copied a paragraph per line, but for a block quotation wrapped at the page's
    measure: its lines go on where one does not end its sentence and the next opens in lower
    case, and make one paragraph."""
    long = "This paragraph of the report runs on well past any wrapped line's length, " * 3
    page = (
        f"{long}and ends here.\n"
        f"{long}and introduces the words of SL-02, who manages a 60-bed nursing home, who said:\n"
        "I’ve been a registered manager for eleven years and nobody has ever invested in\n"
        "me as a leader. Not once. The NHS people on my table had done three of these. I\n"
        "nearly didn’t apply because I thought it wasn’t meant for the likes of us.\n"
        f"{long}and goes on.\n"
        f"{long}and ends.\n"
    )
    paragraphs = clean_text(page).text.split("\n\n")
    assert paragraphs[2] == (
        "I’ve been a registered manager for eleven years and nobody has ever invested in me as a"
        " leader. Not once. The NHS people on my table had done three of these. I nearly didn’t"
        " apply because I thought it wasn’t meant for the likes of us."
    )
    assert len(paragraphs) == 5


def test_a_labelled_question_and_its_answer_are_two_paragraphs():
    """A Q&A printed with no blank line between a question and its answer ("Q: What is still
    hard?" / "A: Honestly, ...", or the answer under the speaker's name): a paragraph each, as the
    turns of a longer exchange are."""
    page = (
        "Q&A: Tomasz Nowak, Principal Social Worker\n\n"
        "Q: What is still hard?\n"
        "A: Honestly, the waiting list for Care Act assessments. We've reduced it, but\n"
        "260 people is still 260 people waiting.\n\n"
        "Q: What happened next?\n"
        "Amir: I rang in sick to work on the Friday and the Monday.\n"
    )
    assert clean_text(page).text.split("\n\n")[1:] == [
        "Q: What is still hard?",
        "A: Honestly, the waiting list for Care Act assessments. We've reduced it, but 260 people"
        " is still 260 people waiting.",
        "Q: What happened next?",
        "Amir: I rang in sick to work on the Friday and the Monday.",
    ]


def test_a_wrapped_sentence_with_a_colon_is_no_dialogue():
    page = (
        "Three things stood out: first the pay, which is low, and then\n"
        "Leadership: who holds it, who is accountable and who decides;\n"
        "Money: where it goes and who decides how it is spent.\n"
    )
    assert "\n\n" not in clean_text(page).text


def test_a_box_drawn_in_characters_loses_its_sides_and_rules():
    page = (
        "Summary\n\n"
        " -----------------------------------------------------------\n"
        "| KEY FINDINGS                                              |\n"
        "|                                                           |\n"
        "| • Home care is led from thousands of small offices.      |\n"
        "|                                                           |\n"
        "|   ‘We are the first to be blamed and the last to be       |\n"
        "|   asked.’                                                 |\n"
        "|   – agency owner, Midlands                                |\n"
        " -----------------------------------------------------------\n\n"
        "| Sector | Interviews |\n| Home care | 12 |\n"
    )
    assert clean_text(page).text.split("\n\n") == [
        "Summary",
        "KEY FINDINGS",
        "• Home care is led from thousands of small offices.",
        "‘We are the first to be blamed and the last to be asked.’\n– agency owner, Midlands",
        "| Sector | Interviews | | Home care | 12 |",  # a table's bars stay
    ]


def test_a_heading_printed_over_its_paragraph_is_a_paragraph_of_its_own():
    text = (
        "Funding and fees\n"
        "ICPA members reported that the increase in council fee rates for 2024/25 averaged\n"
        "6.1%, well below the rise in their costs, and that two in five had handed back at least\n"
        "one contract in the past year.\n\n"
        "4.34 One national leader reflected that Covid had\n"
        "‘proved that social care leaders can move mountains in a fortnight when someone gets\n"
        "out of their way, and then we put all the obstacles straight back’.\n\n"
        "4.9 The same minutes record that\n"
        "Councillor Ames had approved the deferral of payments to HMRC for the September\n"
        "period, and that no commissioning authority should be told at that stage.\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    assert paragraphs[0] == "Funding and fees"
    assert paragraphs[1].startswith("ICPA members reported")
    # a sentence running on into a quotation, or ending on a word that needs the next, stays whole
    assert paragraphs[2].startswith("4.34 One national leader reflected that Covid had ‘proved")
    assert paragraphs[3].startswith("4.9 The same minutes record that Councillor")
    assert len(paragraphs) == 4


def test_a_cast_list_under_its_label_keeps_a_line_an_item():
    raw = (
        "In the studio:\nDAN HOLLIS - presenter\n"
        "CLLR MARGARET OYELARAN - Cabinet Member for Adult Social Care, North Trent Council\n\n"
        "Callers:\nTREVOR - owner of two residential care homes, Longton\n"
        "SANDRA - daughter of a care home resident, Kidsgrove\n"
        "KELLY - senior care worker, Burslem\n\n"
        "DAN HOLLIS: Ten past eight, and this morning we are talking about care home fees.\n"
    )
    text = clean_text(raw).text
    assert "Callers:\nTREVOR - owner of two residential care homes, Longton\nSANDRA - " in text


# a report's page as pdfplumber extracts it: lines wrapped at the page's width, no blank line
# between paragraphs, block quotes set narrower, a speaker's code closing one
PDF_WRAPPED_NO_BLANKS = (
    "Managers located their leadership less in their position than in their relationships, with\n"
    "staff above all. Visibility mattered to staff too.\n"
    "A senior care worker explained:\n"
    "When she walks the floor in the morning she knows who's had a bad night, whose kid\n"
    "is poorly. She'll do a double-up with you if we're short, so when she tells you\n"
    "something has to change, you listen, because she's not just someone in a suit. (CW03)\n"
    "Relatives were more divided.\n"
    "One nominated individual, who ran three homes for a regional group, was more candid still:\n"
    "We lean on our managers far too much, I know we do. When the council fee went up\n"
    "by four per cent and the wage bill by nine, something had to give.\n"
    "5.28 Owners were aware of this, and of what it cost the managers who stayed in post longest.\n"
)


def test_a_pdfs_wrapped_lines_with_no_blank_line_between_paragraphs_keep_their_paragraphs():
    text = clean_text(PDF_WRAPPED_NO_BLANKS).text
    assert text.split("\n\n") == [
        "Managers located their leadership less in their position than in their relationships,"
        " with staff above all. Visibility mattered to staff too.",
        "A senior care worker explained:",
        "When she walks the floor in the morning she knows who's had a bad night, whose kid is"
        " poorly. She'll do a double-up with you if we're short, so when she tells you something"
        " has to change, you listen, because she's not just someone in a suit. (CW03)",
        "Relatives were more divided.",
        "One nominated individual, who ran three homes for a regional group, was more candid"
        " still:",
        "We lean on our managers far too much, I know we do. When the council fee went up by four"
        " per cent and the wage bill by nine, something had to give.",
        "5.28 Owners were aware of this, and of what it cost the managers who stayed in post"
        " longest.",
    ]


def test_a_numbered_heading_inside_a_page_with_no_blank_lines_stands_apart():
    # a block quotation's last line, a section's numbered heading, the section's first paragraph:
    # not "12 councils said", a sentence opening on a number
    text = clean_text(
        "The carers we met described the same pattern of change once the agency was sold on to\n"
        "a larger group with offices elsewhere in the county and a new set of managers there.\n"
        "The old manager used to ring me on a Sunday to ask how he was.\n"
        "7 Home care and the NHS\n"
        "Home care is where hospital discharge policy lands, and every NHS interviewee said so\n"
        "in one way or another during the fieldwork that we carried out over the winter months.\n"
        "12 councils said the same.\n"
    ).text
    assert text.split("\n\n")[1:3] == [
        "7 Home care and the NHS",
        "Home care is where hospital discharge policy lands, and every NHS interviewee said so in"
        " one way or another during the fieldwork that we carried out over the winter months. 12"
        " councils said the same.",
    ]


def test_a_numbered_paragraph_after_a_full_line_starts_a_paragraph():
    # the line before runs to the page's measure, so its length says nothing: the sentence's end
    # and the paragraph number under it do
    text = clean_text(
        "4.26 A director whose council had recently been rated 'good' described the assessment\n"
        "as a fair look at what we do. Another, whose council had been told it required work, was\n"
        "more guarded: who, she asked, assesses the Department itself and what it does with us?\n"
        "4.27 The chair of one county care association, herself the owner of two care homes,\n"
        "raised the question of consistency between one inspector and the next inspector sent.\n"
        "In its written evidence the regulator acknowledged the problem and promised to act on it\n"
        "within the year, which the sector will hold it to as the review's next stage goes on.\n"
    ).text
    assert [p[:9] for p in text.split("\n\n")] == ["4.26 A di", "4.27 The "]


def test_a_label_over_a_wrapped_run_in_list_is_not_set_apart_from_it():
    raw = (
        "Present:\nCllr Andrew Lister Leader, Severnmoor County Council (Chair) Dame Fiona\n"
        "Ashworth Chair, NHS Severnmoor Integrated Care Board (Vice-Chair) Dr Sunil Raman\n"
        "Chief Executive, NHS Severnmoor Integrated Care Board\n"
    )
    assert "Present:\n\n" not in clean_text(raw).text  # the run-in list reads under its label


def test_a_block_quote_set_narrower_than_the_page_ends_where_the_measure_comes_back():
    lines = [
        "Directors did not dodge their own part in this, and several were blunt about it when",
        "we asked them what they would change first. One of them put it like this to us:",
        "We talk about the workforce as if it is someone else's problem. It is ours,",
        "and we commission at rates that make decent pay impossible, year on year.",
        "Providers saw the same problem from the other side, and said so in almost every one",
        "of the interviews we held with them across the three regions of the study in 2024.",
    ]
    assert len(lines[3]) > 0.85 * len(lines[0])  # no shorter than a wrapped line stops
    text = clean_text("\n".join(lines) + "\n").text
    assert "impossible, year on year.\n\nProviders saw the same problem" in text


def test_a_block_quote_the_sentence_runs_into_after_a_short_colon_line():
    lines = [
        "Studies of residential care have described how leadership in practice is shared among",
        "senior carers, nurses and activity staff as well as managers. Writing of care homes,",
        "Ferrand and Cole (2020) observe that:",
        "the formal chart of a care home bears only a passing resemblance to the way decisions",
        "are taken on a night shift. Authority flows to whoever is present. (p. 117)",
        "Home care intensifies these features. Care workers typically work alone, and the person",
        "receiving care, and often a relative, is present throughout the visit in most cases.",
    ]
    text = clean_text("\n".join(lines) + "\n").text
    assert "(2020) observe that:\n\nthe formal chart" in text
    assert "(p. 117)\n\nHome care intensifies" in text
    # the quotation opens in lower case, as the sentence goes on into it; the line before stops
    # well short of the page's measure, which a wrapped line does not


ORAL_HISTORY_HEADER = (
    "Reference: SCL/ORH/047\n"
    "Interviewee: Ruth Kendall (RK)\n"
    "Career summary: Child care officer, Lancashire County Council, 1969-71; social worker and"
    " area manager, Calderside Social Services Department, 1971-86; Director of Adult Social"
    " Services, 2006-11. Retired 2011.\n"
    "Interviewer: Sam Okoro (SO)\n"
    "Date of interview: 14 May 2024\n\n"
    "**SO: Could we start at the beginning - how did you come into social work?**\n\n"
    "RK: Goodness, right back to the start.\n"
)


def test_a_records_fields_keep_a_line_each_and_markdown_bold_loses_its_marks():
    text = clean_text(ORAL_HISTORY_HEADER).text
    lines = text.split("\n")
    assert [ln.split(":")[0] for ln in lines[:5]] == [
        "Reference",
        "Interviewee",
        "Career summary",
        "Interviewer",
        "Date of interview",
    ]
    assert lines[1] == "Interviewee: Ruth Kendall (RK)"
    assert (
        "\n\nSO: Could we start at the beginning - how did you come into social work?\n\n" in text
    )
    # a pair of marks on one line only: a footnote's "**" stays
    assert clean_text("Posts filled 210,000** in 2024.\n").text == "Posts filled 210,000** in 2024."


def test_a_credit_line_as_wide_as_the_quotations_it_sits_between_stands_apart() -> None:
    # a slide's pull quotes, each over its credit, the credit its box's widest line
    text = (
        "\u201cWe are not a supplier. We are half\n"
        "the system, and we get treated like a\n"
        "vending machine.\u201d\n"
        "P3, owner, three care homes, rural county\n"
        "\u201cThe fee uplift letter came in July.\n"
        "The National Living Wage went up in\n"
        "April. You do the maths.\u201d\n"
        "P7, registered manager, home care agency\n"
    )
    assert clean_text(text).text.split("\n\n") == [
        "\u201cWe are not a supplier. We are half the system, and we get treated like a vending"
        " machine.\u201d",
        "P3, owner, three care homes, rural county",
        "\u201cThe fee uplift letter came in July. The National Living Wage went up in April. You do"
        " the maths.\u201d",
        "P7, registered manager, home care agency",
    ]


def test_a_dashed_credit_line_ends_its_quotation_before_the_next_paragraph() -> None:
    # a PDF's lines with no blank line between paragraphs: a survey response set off without
    # marks, its credit after a dash, then the report's own reply
    text = (
        "In our annual provider survey, one domiciliary care owner wrote:\n"
        "The council talks about partnership, but when it comes to it we are still treated as a\n"
        "supplier who should be grateful for the work. I have handed back two packages this\n"
        "year because the rate does not cover the mileage.\n"
        "— Home care provider, south Wexcombe\n"
        "We recognise that frustration. Louise Tranter, Assistant Director for Commissioning,\n"
        "said that the council would publish its cost of care analysis in full next year.\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    # the credit stays at the quotation's foot, on a line of its own
    assert paragraphs[-2].endswith("the mileage.\n— Home care provider, south Wexcombe")
    assert paragraphs[-1] == (
        "We recognise that frustration. Louise Tranter, Assistant Director for Commissioning, said"
        " that the council would publish its cost of care analysis in full next year."
    )


def test_a_credit_line_of_eight_words_after_its_dash_keeps_its_line() -> None:
    # the dash is no word of the credit; and the next page's heading does not run on from it
    text = (
        "Please stop changing the name of things. Since I qualified we have been a locality\n"
        "team, an integrated team, a cluster and now a neighbourhood. The work is the same.\n"
        "– Senior social worker, Wyre Vale adult social care\n"
        "\f"
        "Notes\n"
        "1 Interviews were semi-structured and lasted between forty and ninety minutes each, by"
        " video.\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    assert paragraphs[0].endswith(
        "The work is the same.\n– Senior social worker, Wyre Vale adult social care"
    )
    assert paragraphs[1].startswith("Notes 1 Interviews were semi-structured")


def test_a_credit_line_under_a_closing_quote_mark_ends_its_paragraph() -> None:
    # a report's quotation, its credit with no dash on the line under it, then the report's text
    text = (
        "“The nurse came round at half past seven and said my taxi was booked for eleven. I went\n"
        "to a home in Stainby I had never heard of and sat in the lounge in my dressing gown.”\n"
        "Man, 83, Ashworth\n"
        "A woman in her seventies from Calder Bridge, who had been in hospital for five weeks\n"
        "after a fall, told us what her daughter had said: ‘They asked everyone but you, Mum.’\n"
        "For home care providers, the calculation was different. Stuart Pennock, managing director of\n"
        "Brightwell Homecare, said the constraint was rurality.\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    assert paragraphs[0].endswith("in my dressing gown.”\nMan, 83, Ashworth")
    assert paragraphs[1].startswith("A woman in her seventies")
    # a line of prose with its commas is no credit, under a closing mark or not
    assert paragraphs[-1].endswith(
        "Stuart Pennock, managing director of Brightwell Homecare, said the constraint was"
        " rurality."
    )


def test_invisible_characters_go_but_an_emoji_s_joiner_stays():
    text = clean_text(
        "Discharge nurse\u200b here 🙋🏽\u200d♀️ (hospital side), care\u200dworker.\n"
    ).text
    # the joiner binds a woman's sign to the raised hand, one symbol a quotation of the comment
    # copies whole; between letters it is an invisible artefact like the zero-width space
    assert text == "Discharge nurse here 🙋🏽\u200d♀️ (hospital side), careworker."


def test_an_auto_generated_caption_transcript_opens_a_paragraph_at_each_change_of_speaker():
    """A video page's caption transcript, its times dropped: unpunctuated lines, a speaker's label
    in capitals or the captioner's ">>" where the speaker changes. Each change opens a paragraph."""
    words = "so i think the first thing i'd say is that leadership in social care is not the same"
    lines = [" ".join(words.split()[k : k + 7]) for k in range(0, 18, 6)] * 3
    page = "\n".join(
        [
            "HELEN MARSH: good afternoon everyone and welcome to",
            *lines,
            "PAUL DESMOND: thanks helen and thanks everyone",
            *lines,
            ">> [laughter] well we won't hold it against you",
            *lines,
            "SUNITA: so i just want to say from the provider side",
            *lines,
        ]
    )
    paragraphs = clean_text(page).text.split("\n\n")
    assert [p.split(" ", 2)[:2] for p in paragraphs] == [
        ["HELEN", "MARSH:"],
        ["PAUL", "DESMOND:"],
        [">>", "[laughter]"],
        ["SUNITA:", "so"],
    ]
    # a dozen lines are too few to tell a caption transcript: its labels open nothing
    assert "\n\n" not in clean_text("\n".join(page.splitlines()[:12])).text


def test_a_web_page_menu_is_dropped_link_by_link():
    """A broadcaster's page saved as text opens on its menus, a link a line ("News", "Sport",
    "Isle of Man"): none of them is a boilerplate phrase, but a run of them is furniture. Kept,
    they had made the article a transcript of the byline's speech."""
    menu = (
        "Skip to content\nBBC Homepage\nAccessibility Help\nYour account\nNews\nSport\nWeather\n"
        "iPlayer\nSounds\nBitesize\nNews\nUK\nWorld\nN. Ireland\nIsle of Man\n"
        "Entertainment & Arts\nHealth"
    )
    text = (
        f"{menu}\n\nCare cap: what happened to the £86,000 limit?\n\n19 February 2025\n\n"
        "Alison Reddy\nSocial affairs correspondent\n\n"
        '"We were told there would be a limit," Joanne says.\n\nShare this page\n'
    )
    cleaned = clean_text(text).text
    assert cleaned.startswith("Care cap: what happened")
    assert "Alison Reddy" in cleaned and "Social affairs correspondent" in cleaned


def test_a_list_of_names_and_a_posts_author_are_no_menu():
    """People listed a line each have two or more words to a line, which a menu's links mostly do
    not; and the name above a post's handle is its author, whatever menu runs into it."""
    prose = "We have lost three night staff this month and nobody in the council has asked why."
    present = (
        "Jane Okafor\nTom Ashworth\nPriya Nair\nHelen Marwood\nSam Hedley\nRuth Kemble\n"
        "Dan Oyelaran\nAnn Mistry\nBill Rudge"
    )
    notes = f"Share this page\n\nProvider forum: those present\n\n{present}\n\n{prose}\n"
    cleaned = clean_text(notes).text
    assert "Jane Okafor\nTom Ashworth" in cleaned and "Bill Rudge" in cleaned
    thread = (
        "Home\nExplore\nNotifications\nMessages\nBookmarks\nJobs\nCommunities\nProfile\nMore\n"
        "Post\nHelen Okafor\n@MarshHouseHelen"
    )
    cleaned = clean_text(f"Share this page\n\n{thread}\n\n{prose}\n").text
    assert cleaned.startswith("Helen Okafor")


def test_page_numbers_that_say_page_at_each_page_s_head():
    """A PDF copied as text with no page breaks: "Page 5" and the running title head each page.
    Both go, and the paragraph under them is not joined to them."""
    title = "Caldermoor Safeguarding Adults Board | Annual Report 2023–24"
    body = "\n".join(f"Line {k} of the board's report runs on here." for k in range(8))
    pages = [f"Page {n}\n{title}\n{body}\nThe page's last sentence ends here." for n in range(2, 7)]
    text = "Caldermoor Safeguarding Adults Board\nAnnual Report\n\n" + "\n".join(pages)
    cleaned = clean_text(text).text
    assert "Page " not in cleaned
    assert cleaned.count("Annual Report 2023–24") == 0


def test_a_thread_copied_without_blank_lines_sets_each_post_s_head_apart():
    text = (
        "Carers' Corner community forum\n\nRespite - has anyone got any?\n\n"
        "Maple_Mags\nMember · 12 posts\n2 June 2025, 21:05\n"
        "My mum has had dementia for six years and I have not had a night off.\n"
        "Mags x\nLike (3)\nReply\nQuote\nReport\n"
        "Harbour_Pete\nMember · 880 posts · Retired social worker\n3 June 2025, 08:40\n"
        "Quote\nMaple_Mags wrote:\n"
        "My mum has had dementia for six years and I have not had a night off.\n"
        "Ask the council for a carer's assessment in writing.\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    assert paragraphs[2:] == [
        "Maple_Mags",
        "Member · 12 posts",
        "2 June 2025, 21:05",
        "My mum has had dementia for six years and I have not had a night off. Mags x",
        "Like (3)\nReply\nQuote\nReport",
        "Harbour_Pete",
        "Member · 880 posts · Retired social worker",
        "3 June 2025, 08:40",
        "Maple_Mags wrote:",  # the box's "Quote" over it is the software's, and goes
        "My mum has had dementia for six years and I have not had a night off.",
        "Ask the council for a carer's assessment in writing.",
    ]


def test_a_page_that_is_a_pull_quote_alone_keeps_the_running_lines_found():
    """Pages of some forty lines, and one of three (a pull quote set on a page of its own): the
    footers' numbers go up a page at a time, so they still break the pages and go."""
    body = "".join(
        f"Paragraph {k} says what the managers told us, in a sentence.\n" for k in range(40)
    )
    pages = [body, "‘We keep asking managers to be heroes. Heroes burn out.’\n", body, body]
    text = "".join(
        f"Leading from the middle\n{page}Northmoor Care Workforce Partnership | March 2024 {n}\n\n"
        for n, page in enumerate(pages, start=2)
    )
    doc = clean_text(text)
    assert "Northmoor" not in doc.text
    assert doc.text.count("Leading from the middle") == 1  # the title, on the first page only
    assert len(doc.pages) == 4


def test_a_day_s_date_over_a_chat_is_no_page_number():
    day = "".join(
        f"Mo: message {k} about the rota and who is on nights this week.\n" for k in range(40)
    )
    text = (
        "Care Crew server export\n\n"
        f"3 December 2024\n{day}\n4 December 2024\nMo: one more.\nJas: and one.\n\n"
        f"5 December 2024\n{day}"
    )
    assert clean_text(text).text.count("December 2024") == 3


def test_a_page_s_notes_under_its_last_paragraph_are_no_part_of_it():
    """No blank line between a page's last paragraph and its notes: the paragraph, or the
    quotation it introduces, does not run through them across the page break."""
    body = "".join(
        f"Paragraph {k} says what the managers told us, in a sentence.\n" for k in range(30)
    )
    text = (
        f"Leading from the middle\n{body}"
        "The council's quality lead for care homes, Beverley Ansah, said:\n"
        "7 Care Quality Commission, Kirkby Mill Nursing Home inspection report, September 2021.\n"
        "Northmoor Care Workforce Partnership | March 2024 12\n\n"
        f"Leading from the middle\nKirkby Mill could easily have closed, and we planned for it.\n"
        f"{body}Northmoor Care Workforce Partnership | March 2024 13\n\n"
        f"Leading from the middle\n{body}Northmoor Care Workforce Partnership | March 2024 14\n"
    )
    paragraphs = clean_text(text).text.split("\n\n")
    said = next(k for k, p in enumerate(paragraphs) if p.endswith("Beverley Ansah, said:"))
    assert paragraphs[said + 1].startswith("7 Care Quality Commission")
    assert paragraphs[said + 2].startswith("Kirkby Mill could easily have closed")


def test_a_case_s_fields_among_wrapped_prose_keep_their_lines():
    text = (
        "Case study 4: Kirkby Mill Nursing Home\n"
        "Nursing home for 62 people, Kirkby, Northmoor\n"
        "Provider: Meridian Care Homes (national group, 48 homes)\n"
        "Registered manager: Grzegorz (Greg) Nowak, in post since 2021\n"
        "CQC rating: Requires improvement (2022), Good (2023)\n"
        "Kirkby Mill is a purpose-built nursing home on the site of a former textile mill. In 2021\n"
        "CQC rated it inadequate.\n"
    )
    assert clean_text(text).text.split("\n\n") == [
        "Case study 4: Kirkby Mill Nursing Home Nursing home for 62 people, Kirkby, Northmoor",
        "Provider: Meridian Care Homes (national group, 48 homes)\n"
        "Registered manager: Grzegorz (Greg) Nowak, in post since 2021\n"
        "CQC rating: Requires improvement (2022), Good (2023)",
        "Kirkby Mill is a purpose-built nursing home on the site of a former textile mill. In 2021"
        " CQC rated it inadequate.",
    ]


def test_a_footer_that_counts_the_pages_breaks_them():
    """ "Joint report OFFICIAL Page 2 of 11": the number before "of" goes up a page at a time, the
    count after it does not; the footer and the header under it go."""
    body = "".join(
        f"Paragraph {k} says what the families told us, in a sentence.\n" for k in range(30)
    )
    text = "".join(
        f"{body}Agenda item 9.2 | Joint report on delayed discharge OFFICIAL Page {n} of 4\n"
        "Harrowdale Hospitals NHS Foundation Trust Board of Directors (Public) – 14 March 2024\n"
        for n in range(1, 5)
    )
    doc = clean_text(text)
    assert "Agenda item" not in doc.text and "Board of Directors" not in doc.text
    assert len(doc.pages) == 4
