"""The cleaners: from raw extracted text (or a reader's page blocks) to final cleaned text with pages.

Plain text that was once a PDF carries the PDF's furniture: page-navigation strips ("(1) (2) (3)",
"1 2 3 4 5"), a contents page, paragraphs cut in two by a page break, footnote markers glued to words
("services.²"), a back cover that repeats the front cover. Text copies of web pages carry navigation,
share, comment and cookie lines (see `carelead/data/boilerplate.yaml`). Both are removed here, and a
document becomes blocks on pages, then paragraphs joined by single blank lines, with `PageSpan`s saying
which characters came from which page. Where the copy kept no blank line between paragraphs (a web
page's text a paragraph a line, a PDF's wrapped at the page's width), the lines' lengths and endings
say where paragraphs and block quotes end (`split_unwrapped`, `split_wrapped`).

Every function is pure and deterministic; `clean_text(clean_text(x).text) == clean_text(x).text`.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from carelead import resources
from carelead.models import CleanDocument, PageSpan

BOILERPLATE_FILE = "boilerplate.yaml"

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# A footnote marker glued to the word or punctuation before it: "services.²", "(ICSs)¹", "DHSC³".
_GLUED_MARKER = re.compile(rf"(?:(?<=[A-Za-z]{{2}})|(?<=[.,;:!?)\]'’\"”]))[{SUPERSCRIPT_DIGITS}]+")
_ANY_SUPERSCRIPT = re.compile(f"[{SUPERSCRIPT_DIGITS}]")
# A footnote's own text at the foot of a page: "¹ For a description ...".
_FOOTNOTE_BODY = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]+)\s+(?=\S)")
# Page-navigation strips: "1 2 3 4 5", "(1) (2) (3)", "1 | 2 | 3".
_NAV_NUMBER = re.compile(r"\(?(\d{1,3})\)?")
_PAGE_NUMBER_LINE = re.compile(
    r"(?i)(page\s+)?(\d{1,4}|[ivxlc]{1,6})(\s+(of|/)\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]"
)
# A running header or footer with its page number set off by a wide gap, as PDF text copies print it.
_GAPPED_PAGE_NUMBER = re.compile(
    r"[ \t]*\d{1,4}[ \t]{3,}[^\W\d].{0,100}|[ \t]*[^\W\d].{0,100}?\S[ \t]{3,}\d{1,4}[ \t]*"
)
RUNNING_LINES = 2  # lines at each end of a page that may be running headers or footers
# a page number a space from a running line's words, before or after them: "46 Chapter 4: ..."
_EDGE_NUMBER = re.compile(
    r"[ \t]*(\d{1,4})[ \t]+(\S.{0,100}?)[ \t]*|[ \t]*(\S.{0,100}?)[ \t]+(\d{1,4})[ \t]*"
)
PAGE_STEP = 2  # at most, from one such line's number to the next's (odd and even pages differ)
# ... or the words, then "Page", the number and the count of pages: "Joint report OFFICIAL Page 2
# of 11"
_PAGE_OF_END = re.compile(
    r"[ \t]*(\S.{10,100}?)[ \t]+[Pp]age[ \t]+(\d{1,4})[ \t]+of[ \t]+\d{1,4}[ \t]*"
)
# ... not a day's date, a chat's or a diary's heading over the day ("3 December 2024")
_MONTH_YEAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:[ \t]+\d{4})?"
)
# a page number on a line of its own: "6", or "Page 6" (which says so: a short page may stand
# between two)
_LONE_NUMBER = re.compile(r"[ \t]*([Pp]age[ \t]+)?(\d{1,3})[ \t]*")
LONE_NUMBER_PAGES = 3  # such lines a page apart at least, for them to be page numbers
MAX_NUMBER_RUNS = 64
RUNNING_MIN_CHARS = 12  # shorter repeated lines ("Summary") may be headings
PAGE_LINES = 20  # lines at least between one page's running footer and the next's, as a rule:
SHORT_PAGE = 6  # a page with a figure or a table may have fewer, but not fewer than this
# ... unless the numbers printed on them go up a page at a time and most pages are of the usual
# length: one page may be a pull quote alone ("commissioner – summed up the mood in the room: ‘We
# keep asking managers to be heroes. Heroes burn out.’"); numbered headings stand closer
TINY_PAGE = 3
MAX_NOTE_LINES = 8  # lines of a page's notes, at most, under its last paragraph
# A contents line: a title, then a tab, dot leader or wide gap, then a page number.
_TOC_LINE = re.compile(r"^(\d{1,2}\s+)?\S.*?(\t+|\s*\.{3,}\s*|\s{2,}|\s)(\d{1,3}|[ivxlc]{1,6})$")
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)", re.I)
_TOC_HEADING = re.compile(r"(?i)^(table of )?contents|^in this (report|document)$")
# words a wrapped line of prose may end with, which no item of a list does
_WRAP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
    ]
)
_BULLET = re.compile(r"^([-–—•●○◦▪■*·]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+")
_BULLET_MARKS = frozenset("•●○◦▪■")  # a list item's mark, which no sentence opens with
_SENTENCE_END = re.compile(r"[.!?:;…]['’\"”)\]]*$|^\W*$")
# ... or with a note's number set on the line after it, in the text a PDF's copy gives ("meant.8")
_NOTED_SENTENCE_END = re.compile(r"[^\W\d]['’\"”)\]]*[.!?]['’\"”)\]]*\d{1,3}$")
# Soft hyphens (U+00AD) and pdfium's end-of-line hyphen (U+FFFE, U+0002) mark a word split at a line end.
_SOFT_HYPHENS = "\u00ad\ufffe\u0002"
_LINE_END_HYPHEN = re.compile(r"(\w+)[-\u00ad\ufffe\u0002]$")
# First elements that keep their hyphen when a compound breaks at a line end ("co-\nproduction",
# "self-\nfunders"). Only elements that are never a syllable break of a longer word ("under-\nstand").
_HYPHEN_PREFIXES = frozenset(
    {"self", "co", "non", "well", "community", "user", "carer", "people", "evidence"}
)
# Control characters (but tab, newline, form feed, carriage return) and invisible joiners and BOMs;
# not the joiner within an emoji ("🙋🏽‍♀️", a woman raising her hand: one symbol, which a copy of
# the comment quotes whole)
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200c\u2060\ufeff]"
    "|\u200d(?![\u2600-\u27bf\U0001f000-\U0001faff])"
)
# A logo or masthead as PDF extraction leaves it: a few words and a stray glyph from the artwork
# ("The Kings Fund>", "Skills for Care ›"). Only at the top or foot of a page; no sentence punctuation.
_LOGO_LINE = re.compile(r"[^\W\d][^.!?:;,\"“”‘’()<>»›▶►▸|]{0,48}?[ \t]*[>»›▶►▸|]")
_LOGO_WORDS = 6
BACK_COVER_WORDS = 400  # words of a back cover's masthead, blurb and address (the seed's: 294)
# a speaker heading: a name or a post in capitalised words, then up to three brackets (seat, party)
_HEADING_WORD = r"(?:[A-Z][\w'’.-]*|of|for|the|and|in)"  # "Secretary of State for Health"
# ... after an oral question's number, as Hansard prints its asker with seat and party: "1. Rachel
# Ogunleye (Eastbrook and Tilling) (Lab)", a topical question's "T1. Lucy Brennan (Ravensholme)
# (Lab)" (not a numbered heading: "41. APOLOGIES FOR ABSENCE")
ORAL_QUESTION = re.compile(r"T?\d{1,3}\.[ \t]+(?=[^\n(]{3,60}\()")
SPEAKER_HEADING = re.compile(
    rf"(?:{ORAL_QUESTION.pattern})?"
    rf"(?:[A-Z][\w'’.-]*)(?: {_HEADING_WORD}){{1,7}}(?: \([^()\n]{{1,60}}\)){{0,3}}"
    # a minister's post, its department and the holder: "The Parliamentary Under-Secretary of
    # State, Department of Health and Social Care (Baroness Ashdown-Rhys) (Lab)"
    rf"|The(?: {_HEADING_WORD}){{1,6}}, {_HEADING_WORD}(?: {_HEADING_WORD}){{0,7}}"
    r" \([A-Z][^()\n]{1,40}\)(?: \([^()\n]{1,12}\))?"
    # a call transcript's: the name, then its post and firm after double dashes ("Margaret
    # Ellery -- Group Chief Executive", "Oliver Prentice -- Harcastle Securities -- Analyst")
    rf"|(?:[A-Z][\w'’.-]*)(?: {_HEADING_WORD}){{1,4}}"
    rf"(?: (?:--|—) [A-Z][\w'’.&-]*(?: (?:{_HEADING_WORD}|&)){{0,6}}){{1,2}}"
)
# a play's or a script's character over their words, one name in capitals: "DENISE"
CHARACTER = re.compile(r"[A-Z][A-Z'’-]{2,}")
MAX_HEADING = 130  # characters of a speaker heading
# a reader's or a guest's label over their words, as a web page's Q&A prints it: a name or a
# first name, then what they are and where, with no sentence in it ("Gillian, 54, Leicestershire",
# "Name withheld, registered manager of a nursing home, Kent", "Dr Aisha Rahman, Care Policy
# Institute")
MAX_LABEL_DETAILS = 3
NAME_LABEL = re.compile(
    r"(?:Names? (?:withheld|supplied)"
    r"|(?:(?:Dr|Cllr|Prof|Professor) )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})"
    rf"(?:, [^,.!?:;\n]{{1,60}}){{1,{MAX_LABEL_DETAILS}}}"
)
LABEL_SHARE = 0.6  # of the line under it, at most: a wrapped line of prose is no shorter
# the member who asked a parliamentary written question and the minister who answered it, each on
# a line above their words as the Parliament website prints them: "Asked by Lord Penhallow",
# "Answered by Stephen Kinnaird (Minister of State for Care)"
WRITTEN_LABEL = re.compile(
    rf"(Asked|Answered) by ([A-Z][\w'’.-]*(?: {_HEADING_WORD}){{1,6}})(?: \(([^()\n]{{1,100}})\))?"
)
# the same as a council committee's paper prints its members' written questions and the answers:
# "Question 3 – from Councillor Sue Barraclough (Harewood)" over the question, "Response from Helen
# Carver, Director of Adult Social Services" over the answer ("Reply by the Leader of the Council");
# a public question time's record numbers its items and gives the asker's ward or post after the
# name ("4.3 Question from Mr Stephen Pyle, Chair, Hexley Care Providers' Association")
_NAMED = rf"((?:the )?[A-Z][\w'’.-]*(?: {_HEADING_WORD}){{0,6}})"
COMMITTEE_QUESTION = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.? )?"
    r"(?:(?:Public|Written|Supplementary|Members?['’]?s?) [Qq]|Q)uestion"
    rf"(?: (?:No\.? ?)?\d{{1,3}}[a-z]?)?(?: [–—-]|:)? (?:from|by) {_NAMED}"
    r"(?: \([^()\n]{1,60}\)|, ([^\n.!?:;]{1,120}))?:?"
)
COMMITTEE_ANSWER = re.compile(
    rf"(?:Response|Reply|Answer|Written answer) (?:from|by) {_NAMED}(?:, (.{{1,160}}?))?:?"
)


@dataclass(frozen=True)
class WrittenLabel:
    """Who asked a written question, or who answered it, as the line above their words says."""

    asked: bool
    name: str
    post: str | None  # the post after the name, when the label gives one
    parliament: bool  # a parliamentary question ("To ask ..."), not a committee's


def written_label(line: str) -> WrittenLabel | None:
    """The asker or answerer a written question's label line names, if `line` is one."""
    if (m := WRITTEN_LABEL.fullmatch(line)) is not None:
        return WrittenLabel(m.group(1) == "Asked", m.group(2), m.group(3), True)
    if (m := COMMITTEE_QUESTION.fullmatch(line)) is not None:
        return WrittenLabel(True, m.group(1), m.group(2), False)
    if (m := COMMITTEE_ANSWER.fullmatch(line)) is not None:
        return WrittenLabel(False, m.group(1), m.group(2), False)
    return None


# a box drawn in characters: a rule of its top or bottom, and a line between its sides
_FRAME_MARKS = ("|", "│", "---", "___", "───", "━━━", "═══", "===")  # a page with a box or rule
_BOX_RULE = re.compile(r"[ \t]*[|│┃]?[-_=─━═+┌┐└┘╔╗╚╝]{5,}[|│┃]?[ \t]*")
_FRAMED = re.compile(r"[ \t]*[|│┃]([^|│┃]*)[|│┃][ \t]*")
# a turn's speaker label opening a line of a discussion extract: "S1: ...", "Moderator: ...",
# "Participant 4: ...", "P07 (care worker): ..."
_TURN = re.compile(
    r"[ \t]*(?:[A-Z][\w'’.-]*|\d{1,3})(?: [A-Z0-9][\w'’.-]*){0,3}(?: \([^()\n]{1,40}\))?: \S"
)
DIALOGUE_TURNS = 3
# an auto-generated caption transcript's change of speaker: a label in capitals, or ">>"
_CAPS_TURN = re.compile(r"[ \t]*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}: \S")
_CAPTION_CHANGE = re.compile(r"[ \t]*>>[ \t]*\S")
MIN_CAPTION_LINES = 20  # lines of captions, at least
CAPTION_ENDED_SHARE = 0.1  # of its lines, at most, that end a sentence
# a record's field on a line of its own: "Date of interview: 14 May 2024", "Venue: Committee Room 2"
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w'’/()-]*(?: [\w'’/()-]+){0,3}: \S")
FIELD_LINES = 3
FIELD_LINE_CHARS = 80  # characters, at most, of a field's line set among wrapped prose
# words a plain text marks bold as Markdown does, the marks dropped: "**SO: And then the Seebohm
# reforms came along?**" (an oral history's questions), "(**ADASS 2020**, p 4)"
_MARKDOWN_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")
# a message of a saved chat, a line each (the sender is group 2): as Zoom saves a meeting's,
# "13:09:47 From Gemma Holt - SW, hospital discharge team to Everyone : We went from ...", or as
# a phone's messaging app exports a group's, "11/03/2024, 19:53 - Tina Marsh: Evening all ..."
# (Android) or "[11/03/2024, 19:53:07] Tina Marsh: ..." (iPhone); the app's own lines ("Tina
# Marsh added Shaz") have no colon after the name; a message may begin on the line after it
_CHAT_DATE = r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_CHAT_NOTICE = re.compile(
    rf"[ \t]*\[?{_CHAT_DATE}\]?[ \t]+[-–]?[ \t]*\S"
)  # "Tina Marsh added Shaz"
CHAT_LINE = re.compile(
    rf"[ \t]*(?:(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?(From)[ \t]+|{_CHAT_DATE}[ \t]+[-–][ \t]+"
    rf"|\[{_CHAT_DATE}\][ \t]+)([^\n]{{1,80}}?)(?(1)[ \t]+[Tt]o[ \t]+(?:Everyone|All[ \t][A-Za-z]+"
    r"|[^:\n]{1,80}?\((?:Direct|Privately)[^:\n]*)|)[ \t]*:(?:\s*(?=\S)|[ \t]*$)"
)
_POST_NUMBER = re.compile(r"[ \t]*#\d{1,5}[ \t]*")  # a forum post's number: "#12"
# a webinar platform's export of questions and answers heads each with its fields between bars,
# the time among them, over the words: "Q1 | 10:14:32 | Jo Pargeter (unpaid carer) | Upvotes: 27",
# "Answer | 10:17:45 | Deborah Ames - Principal Social Worker, Westhaven Council (Panellist)",
# "Q9 | 10:37:18 | Gareth Lyle | AD Adults | Northby Council | Upvotes: 16"; groups: the name, a
# bracket after it, the post after a dash or a bar
_BAR = r"[ \t]*\|[ \t]*"
_VOTES = r"(?:Upvotes|Votes|Likes)[ \t]*:?[ \t]*\d{1,5}"
PIPED_HEAD = re.compile(
    rf"[ \t]*(?:(?:Q\d{{1,3}}|Question(?:[ \t]\d{{1,3}})?|Answer|Reply|Response){_BAR})?"
    rf"(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}{_BAR}"
    r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})(?:[ \t]\(([^()\n|]{1,60})\))?"
    rf"(?:(?:[ \t]+[–-][ \t]+|{_BAR}(?![ \t]*{_VOTES}))"
    rf"([^\n|]{{1,80}}?(?:{_BAR}(?![ \t]*{_VOTES})[^\n|]{{1,80}}?)*))?"
    rf"(?:{_BAR}{_VOTES})?(?:[ \t]+\[[^\]\n]{{1,40}}\])?[ \t]*"
)
# the poster's card above it, as XenForo prints it: the handle, the member's title and banner,
# then "Joined" and the month ("CareTalkTeam" / "Moderator" / "Staff member" / "Joined" / "Jan
# 2016" / "Messages" / ...), after the last post's buttons ("Reply" / "Report")
CARD_JOINED = re.compile(r"[ \t]*Joined:?(?:[ \t]+[^\n]{3,20})?[ \t]*")
_CARD_HANDLE = re.compile(r"[\w.'’-]{2,30}")
CARD_RANK = re.compile(
    r"(?:(?:new|active|senior|well-known|staff|forum|community)[ \t]+)?"
    r"(?:member|moderator|administrator|admin|staff|guest)",
    re.IGNORECASE,
)
# the buttons under a forum post ("Reply" / "Quote" / "Like (14)"), and the thread's "Watch"
_CONTROLS = ("Like", "Reply", "Quote", "Report", "Share")
_POST_BUTTONS = frozenset([*_CONTROLS, "Watch"])
CARD_LINES = 12  # lines, at most, from a card's "Joined" down to the post's number
CARD_TITLES = 3  # lines, at most, of a member's title and banners
# a handle: X's "@MarshHouseHelen", a federated network's "@ruthadeyemi@councils.social" (its
# server after the second "@") or a domain's "@helen.bsky.social"
HANDLE = r"(?:@\w{1,30}(?:@[\w-]+(?:\.[\w-]+)+|(?:\.[\w-]+)+)|@\w{1,15})"
# a social network's post as a browser copies it, a line an item: the poster's name, their
# handle, then a dot, the date or "Follow" ("Helen Okafor" / "@MarshHouseHelen" / "·" / "May 17");
# under its words, its counts ("18" / "97" / "1.4K") and when it was posted ("12:19 PM · Mar 13,
# 2025")
# (the patterns, which passages.names reads the cleaned cards and counts with too)
CARD_TAIL = (
    rf"(?:·|Follow|Following|Replying[ \t]to[ \t]{HANDLE}|\d{{1,2}}[smhd]"
    r"|[A-Z][a-z]{2}[ \t]\d{1,2}(?:,[ \t]\d{4})?|\d{1,2}[ \t][A-Z][a-z]{2}(?:[ \t]\d{4})?)"
)
POST_COUNT = r"(?:[\d.,]+[KkMm]?|Views?)"
POSTED_AT = r"\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]·[ \t]"
_HANDLE_LINE = re.compile(rf"[ \t]*{HANDLE}[ \t]*")
_CARD_TAIL_LINE = re.compile(rf"[ \t]*{CARD_TAIL}[ \t]*")
_POST_FURNITURE_LINE = re.compile(
    rf"[ \t]*(?:{POST_COUNT}(?:[ \t]Views?)?|{POSTED_AT}.{{3,60}})[ \t]*"
)
# a forum post's head as a browser copies a thread with no blank lines: the poster's handle, their
# rank and counts on the line under it, parts set apart by dots or bars, then the date and time
# the post went up ("Bernadette_W" / "Member · 3,212 posts · Carer for my son" / "3 March 2025,
# 23:15"); the controls of the post before over it ("Like (14)" / "Reply" / "Quote" / "Report")
# and, under it, the earlier post it quotes ("Quote" / "Geoff1956 wrote:" / its first paragraph)
_POSTER_LINE = re.compile(r"[ \t]*[\w.'’-]{2,30}[ \t]*")
# (the patterns, which passages.names reads the cleaned heads with too)
POST_STAMP = (
    r"(?:\d{1,2}[ \t][A-Z][a-z]{2,8},?[ \t]\d{4}|[A-Z][a-z]{2,8}[ \t]\d{1,2},?[ \t]\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?"
)
POST_RANK = r"[^.!?\n]{2,60}?[ \t][·|][ \t][^\n]{1,160}"
_STAMP_LINE = re.compile(rf"[ \t]*{POST_STAMP}[ \t]*")
_RANK_LINE = re.compile(rf"[ \t]*{POST_RANK}")
_CONTROL_LINE = re.compile(rf"[ \t]*(?:{'|'.join(_CONTROLS)})(?:[ \t]*\(\d+\))?[ \t]*")
# the earlier post a reply quotes, by its poster's handle (passages.quotes reads its words by it)
QUOTING_HEAD = r"([\w.'’-]{2,30})[ \t]+(?:said|wrote):"
_QUOTING_LINE = re.compile(rf"[ \t]*{QUOTING_HEAD}[ \t]*")
POSTER_NAME = 60  # characters, at most, of the name line above a handle
DATE_LINE = 30  # characters, at most, of the date line above it
_QUESTION_LABEL = re.compile(r"[ \t]*Q[.:][ \t]")  # a Q&A's question: "Q: What is still hard?"
# a credit line under testimony, as survey reports and leaflets print it: "Care worker, North East",
# "– Registered manager", "– agency owner, Midlands". It keeps its line, so the quotation above
# it keeps its speaker.
_CREDIT_LINE = re.compile(
    r"[–—-][ \t]*[A-Za-z][^.!?:;\"“”‘’]{1,80}|[A-Z][^.!?:;,\"“”‘’]{1,60},[^.!?:;\"“”‘’]{1,60}"
)
_CREDIT_WORDS = 8
_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ‘“'\"")
_CLOSING_QUOTES = "’”'\""  # a quotation's closing mark, ending a line
QUESTION_LINE_WORDS = 30  # an interviewer's question on a line of its own: a sentence or two
PROSE_LINE = 200  # a line this long after a footer marker is text: the marker was no footer's
MAX_FURNITURE = 160  # a longer line is a paragraph of text, whatever words it opens with
POST_TITLE_LINES = 2  # lines above a post's byline that are its title (a series label, the title)
# a paragraph per line: lines longer than a wrapped line can be, several of them in one block
UNWRAPPED_LINE = 200
# a heading over wrapped lines at least HEADING_WRAP wide, at most HEADING_SHARE of their width
HEADING_WRAP = 60
HEADING_SHARE = 0.7
# the last words of a line whose sentence goes on: a wrapped line's, and a clause's verb or
# comparison waiting for its object ("had", "said", "than"); a heading ends on none of them
_RUNS_ON = _WRAP_WORDS | frozenset(
    ["had", "has", "have", "be", "been", "said", "says", "told", "than"]
)
UNWRAPPED_MIN_LONG = 2
UNWRAPPED_MIN_LINES = 3
UNWRAPPED_SENTENCES = 0.8  # of the long lines but a block's last, the share that end a sentence
# a PDF's wrapped lines with no blank line between paragraphs: the block's measure is its third
# longest line's length (a footnote or URL may run longer); a paragraph's last line stops short of it
WRAPPED_MIN_LINES = 4
WRAPPED_MEASURE_RANK = 3
WRAPPED_SHORT = 0.85
WRAPPED_FULL = 0.95  # a line at the page's measure
WRAPPED_RAGGED = 3  # characters a ragged right edge may vary by
# a numbered paragraph's opening: "5.28 'We had to be honest ...", "4.9 Cllr Ainsley said"
_NUMBERED_PARAGRAPH = re.compile(
    # ... or a committee report's "54. Ms Bhardwaj recalled ..."
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,3}\.)[ \t]+[A-Z‘“'\"]"
)
# ... and a numbered heading in capitals: "3. CHAIR'S REPORT"
_NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})?\.?[ \t]+[A-Z][^a-z\n]{2,100}")
# ... or in words ending no sentence: "7 Home care and the NHS" (see _numbered_heading)
_NUMBERED_TITLE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+[A-Z][^.!?:;\n]{2,80}")
# a sentence ended by its speaker's code in brackets: "... (RM07, residential)", "(CW03)"
_CREDITED_END = re.compile(r"[.!?]['’\"”]?[ \t]*\([^()\n]{1,60}\)$")
# ... or on a line of its own under the quotation's last: "(Senior carer, residential home, North West)"
_CREDIT_IN_BRACKETS = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*")
_QUOTE_OPENERS = frozenset("‘“'\"")
# a quotation's credit after its closing mark and a dash, to the line's end: "... We usually know.'
# - Jean Cartwright, carer"
_INLINE_CREDIT = re.compile(r"[’”'\"][ \t]*[–—][ \t]*[A-Z][^‘“\n]{2,80}$")
CREDIT_PART_WORDS = 6  # words of each part of a quotation's credit line: "Registered manager"
# a box's heading, where a box of quotations begins: "Box 2.1 In their own words: why people leave"
_SOURCE_NOTE = re.compile(r"[ \t]*(?:Sources?|Notes?|Base)[ \t]*:[ \t]")
_BOX_HEAD = re.compile(r"[ \t]*Box[ \t]+\d{1,2}(?:\.\d{1,2})?[.:]?[ \t]+[A-Z]")
_CLOSED_QUOTATION = re.compile(r"[.!?…][’'\"”]$")  # a line ending a quotation's last sentence
PROSE_WORDS = 3  # lower-case words in a line of prose at least: a label has fewer
_BLANK_RUN = re.compile(r"\n[ \t]*\n")
# a table's or figure's caption: "Table 2. Participant codes and roles.", "Figure 3:"
_CAPTION = re.compile(r"(?:Table|Figure|Box|Chart|Exhibit)[ \t]\d{1,2}(?:\.\d{1,2})?[.:][ \t]")
# the gap before a table's column: three spaces or more between words
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# a line of dashes, rules or asterisks between two pages of a copied web text
_SEPARATOR = re.compile(r"[ \t]*(?:[-=_*~#•·][ \t]*){3,}")
_PAGE_BREAK_RUN = re.compile(r"\n(?:[ \t]*\n){3,}")
# a site's menu: link labels a line each ("Home", "News", "Isle of Man", "Entertainment & Arts"),
# many in a row, most of them one word (a list of people's names has two or more to a line)
_MENU_ITEM = re.compile(r"[ \t]*[^\W\d][\w'’&.-]*(?:[ \t]+(?:&|[^\W\d][\w'’&.-]*)){0,2}[ \t]*")
MENU_LINES = 8
_HANDLE_NEXT = re.compile(r"[ \t]*@\w")
MENU_ITEM_CHARS = 30
MENU_ONE_WORD = 0.5  # of a menu's lines, at least


# -- the boilerplate rules -------------------------------------------------------------------------


class BoilerplateRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lines: list[str]
    banners: list[str] = []
    tail_markers: list[str] = []
    comment_markers: list[str] = []
    comment_lines: list[str] = []
    comment_labels: list[str] = []
    post_heads: list[str] = []


@dataclass(frozen=True)
class Boilerplate:
    lines: re.Pattern[str]
    tail: re.Pattern[str]
    comments: re.Pattern[str] = re.compile(r"(?!x)x")
    comment_lines: re.Pattern[str] = re.compile(r"(?!x)x")
    comment_labels: re.Pattern[str] = re.compile(r"(?!x)x")
    banners: re.Pattern[str] = re.compile(r"(?!x)x")
    post_heads: re.Pattern[str] = re.compile(r"(?!x)x")

    def is_boilerplate(self, line: str) -> bool:
        """A furniture line: a short line of `lines`, or a banner line of any length."""
        stripped = _strip_bullet(line)
        return bool(stripped) and bool(  # (a rule of dashes is no bullet, nor furniture)
            (len(line) < MAX_FURNITURE and self.lines.fullmatch(stripped))
            or self.banners.fullmatch(stripped)
        )

    def is_tail_marker(self, line: str) -> bool:
        return bool(self.tail.fullmatch(_strip_bullet(line)))

    def opens_comments(self, line: str) -> bool:
        return bool(self.comments.fullmatch(_strip_bullet(line)))

    def is_comment_furniture(self, line: str) -> bool:
        return bool(self.comment_lines.fullmatch(_strip_bullet(line)))

    def opens_a_comment(self, line: str) -> bool:
        return bool(self.comment_labels.fullmatch(_strip_bullet(line)))

    def opens_a_post(self, line: str) -> bool:
        return len(line) < MAX_FURNITURE and bool(self.post_heads.fullmatch(_strip_bullet(line)))


def _strip_bullet(line: str) -> str:
    return line.strip().lstrip("-–—•●*·|>» ").strip()


def _alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=4)
def load_boilerplate(path: Path | None = None) -> Boilerplate:
    """The web boilerplate rules (validated; a bad pattern is a ConfigError with its line)."""
    from carelead.errors import ConfigError
    from carelead.yamlconf import line_of, load_model, read_yaml

    path = path or resources.DATA_DIR / BOILERPLATE_FILE
    data = read_yaml(path)
    rules = load_model(path, BoilerplateRules, data)
    for key in (
        "lines",
        "banners",
        "tail_markers",
        "comment_markers",
        "comment_lines",
        "comment_labels",
        "post_heads",
    ):
        for i, pattern in enumerate(getattr(rules, key)):
            try:
                re.compile(pattern)
            except re.error as exc:
                line = line_of(data, [key, i])
                raise ConfigError(f"{path}:{line}: {key}.{i}: bad pattern: {exc}") from None
    return Boilerplate(
        _alternation(rules.lines),
        _alternation(rules.tail_markers),
        _alternation(rules.comment_markers),
        _alternation(rules.comment_lines),
        _alternation(rules.comment_labels),
        _alternation(rules.banners),
        _alternation(rules.post_heads),
    )


# -- blocks on pages -------------------------------------------------------------------------------


@dataclass
class Block:
    """A paragraph-sized piece of a page: its lines, the page index it came from, and its kind.

    kind: "body" (running text), "list" (keeps its line breaks), "footnote" (a note's text),
    "table" (a row a line: its columns were set out in spaces).
    """

    lines: list[str]
    page: int
    kind: str = "body"


@dataclass
class _Para:
    kind: str
    segments: list[tuple[str, int]] = field(default_factory=list)  # (text, page index)

    @property
    def text(self) -> str:
        return self.segments[-1][0] if len(self.segments) == 1 else _join_segments(self.segments)


def _join_segments(segments: list[tuple[str, int]]) -> str:
    out = ""
    for text, _ in segments:
        out = _join_words(out, text) if out else text
    return out


def normalize(text: str) -> str:
    """Unicode NFC, one kind of newline, no invisible characters, no trailing spaces."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def looks_like_web_text(text: str, rules: Boilerplate | None = None) -> bool:
    """True when a plain text carries web page furniture: at least two boilerplate lines, or in a
    short text one that is not a copyright line (a PDF's copy ends on one as a web page does)."""
    rules = rules or load_boilerplate()
    lines = [ln for ln in re.split(r"[\n\f]", text) if ln.strip()]
    hits = [ln for ln in lines if len(ln) < 120 and rules.is_boilerplate(ln)]
    return len(hits) >= 2 or (len(hits) == 1 and len(lines) < 200 and not _COPYRIGHT.match(hits[0]))


def split_pages(text: str, *, allow_blank_runs: bool) -> list[str]:
    """Form feeds are page breaks; so, in PDF-extracted text, are runs of three or more blank lines,
    or else the lines after a running footer with its page number ("Centre for Care Research   27")
    that recurs, digits aside."""
    if "\f" in text:
        return text.split("\f")
    if not allow_blank_runs:
        return [text]
    if len(_PAGE_BREAK_RUN.findall(text)) >= 2:
        return _PAGE_BREAK_RUN.split(text)
    lines = text.split("\n")
    ends = _numbered_edges(lines) or _page_numbered_lines(lines) or _lone_page_numbers(lines)
    if len(ends) < 2:
        return [text]
    bounds = [0, *(i + 1 for i in ends), len(lines)]
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(bounds) if a < b]


def _numbered_edges(lines: list[str]) -> list[int]:
    """The lines that are a page's running header or footer by their page number set off by a
    wide gap: one number, and the rest recurring on other such lines a page apart (not a run of
    notes: "141   Q212 [Oonagh Fairley]" over "142   Q212 [Oonagh Fairley]")."""
    by_key: dict[str, list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        if _GAPPED_PAGE_NUMBER.fullmatch(ln) and not _SENTENCE_END.search(ln.strip()):
            key = _running_key(ln)
            if key.count("#") == 1:
                by_key.setdefault(key, []).append((i, int(re.findall(r"\d+", ln)[0])))
    return sorted(i for found in by_key.values() if _pages_apart(found) for i, _ in found)


def _page_numbered_lines(lines: list[str]) -> list[int]:
    """Running footers or headers whose page number stands a space from the words, on either side
    as pages alternate ("46 Chapter 4: National leadership" / "Chapter 4: National leadership
    47"), or after them with the count of pages ("... OFFICIAL Page 2 of 11"): the same words on
    two lines or more, a page apart, their numbers rising."""
    by_words: dict[str, list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        if (paged := _PAGE_OF_END.fullmatch(ln)) is not None:
            # "Agenda item 9.2 | Joint report on delayed discharge OFFICIAL Page 2 of 11"
            by_words.setdefault(paged.group(1), []).append((i, int(paged.group(2))))
            continue
        m = _EDGE_NUMBER.fullmatch(ln)
        if m is None:
            continue
        number, words = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if m.group(1) and _MONTH_YEAR.fullmatch(words):
            continue  # "3 December 2024"
        if len(words) >= RUNNING_MIN_CHARS and not _SENTENCE_END.search(words):
            by_words.setdefault(words, []).append((i, int(number)))
    return sorted(
        i
        for found in by_words.values()
        if _pages_apart(found) and _rising([n for _, n in found])
        for i, _ in found
    )


def _pages_apart(found: list[tuple[int, int]]) -> bool:
    """Two lines or more, (index, the number printed on it) in order, a page apart: never fewer
    than SHORT_PAGE lines between them (a run of notes is line after line; see TINY_PAGE), and
    PAGE_LINES or more as a rule (the median) - or fewer, on short pages, where their numbers go
    up a page at a time."""
    if len(found) < 2:
        return False
    gaps = [b - a for (a, _), (b, _) in itertools.pairwise(found)]
    rising, usual = _rising([n for _, n in found]), statistics.median(gaps)
    if min(gaps) < SHORT_PAGE and not (rising and min(gaps) >= TINY_PAGE and usual >= PAGE_LINES):
        return False
    return usual >= PAGE_LINES or rising


def _rising(numbers: list[int]) -> bool:
    """Page numbers: each one or two (odd and even pages differ) more than the last."""
    return all(0 < b - a <= PAGE_STEP for a, b in itertools.pairwise(numbers))


def _lone_page_numbers(lines: list[str]) -> list[int]:
    """Page numbers printed on a line of their own at each page's foot or head ("6"): the longest
    run of such lines, each a page below the last (PAGE_LINES or more) and numbered one or two
    more, of LONE_NUMBER_PAGES lines at least. A table's figures, one to a line, stand closer."""
    runs: list[list[tuple[int, int]]] = []
    for i, ln in enumerate(lines):
        m = _LONE_NUMBER.fullmatch(ln)
        if m is None:
            continue
        number = int(m.group(2))
        apart = SHORT_PAGE if m.group(1) else PAGE_LINES
        run = next(
            (r for r in runs if 0 < number - r[-1][1] <= PAGE_STEP and i - r[-1][0] >= apart),
            None,
        )
        if run is not None:
            run.append((i, number))
        elif len(runs) < MAX_NUMBER_RUNS:  # (bounded: a column of figures starts no more)
            runs.append([(i, number)])
    best = max(runs, key=len, default=[])
    return [i for i, _ in best] if len(best) >= LONE_NUMBER_PAGES else []


def drop_running_lines(pages: list[str]) -> list[str]:
    """Running headers and footers in a text copy of a PDF: among the first and last lines of a page,
    a line printed with its page number set off by a wide gap ("Chapter 4: Findings      27"), and a
    line whose text (digits aside) recurs at the top or foot of another page or repeats the
    document's first line, its title, on a later page. A line ending a sentence is never one."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    edges = [_edge_lines(lines) for lines in split]
    counts: dict[str, int] = {}
    for page_edges in edges:
        for key in {_running_key(lines_i) for lines_i in page_edges.values()}:
            counts[key] = counts.get(key, 0) + 1
    first = next((ln for ln in split[0] if ln.strip()), "")
    title = _running_key(first)
    # a short line at the edge of most pages is furniture too: a protective marking ("OFFICIAL"),
    # where a short heading ("Summary") heads one page or two
    most = max(3, len(pages) // 2)
    out = []
    for index, (lines, page_edges) in enumerate(zip(split, edges, strict=True)):
        drop = set()
        for i, line in page_edges.items():
            key = _running_key(line)
            if (index == 0 and line is first) or _SENTENCE_END.search(line.strip()):
                continue  # the title itself, or a sentence ("Another says:"), not furniture
            if (
                (_GAPPED_PAGE_NUMBER.fullmatch(line) and not _continued_below(lines, i))
                or (len(key) >= RUNNING_MIN_CHARS and counts.get(key, 0) >= 2)
                or (key and counts.get(key, 0) >= most)
                or (index > 0 and key == title and len(key) >= RUNNING_MIN_CHARS)
            ):
                drop.add(i)
        kept = "\n".join(ln for i, ln in enumerate(lines) if i not in drop)
        if kept.strip() or not drop:
            out.append(kept)  # a "page" of furniture alone was the break between two pages
    return out


def _continued_below(lines: list[str], i: int) -> bool:
    """The line after line i goes on with its sentence, in lower case: line i is a note's or a
    paragraph's ("5    The borough's own Market Position Statement ... describes the local" /
    "supported living market as ..."), not a running header with its page number."""
    nxt = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    return nxt[:1].islower()


def _edge_lines(lines: list[str]) -> dict[int, str]:
    """The first and last RUNNING_LINES non-blank lines of a page, by line index."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    chosen = filled[:RUNNING_LINES] + filled[-RUNNING_LINES:]
    return {i: lines[i] for i in chosen}


def _running_key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def page_blocks(pages: Sequence[str], *, rules_apart: bool = False) -> list[Block]:
    """Blocks separated by blank lines, each line with its whitespace collapsed. With
    `rules_apart` (a copy of a PDF, not of a web page), a rule alone ("-----") is a box's top or
    bottom, and parts blocks as a blank line does."""
    blocks: list[Block] = []
    for index, page in enumerate(pages):
        if any(mark in page for mark in _FRAME_MARKS):
            page = unframe(page)
            if rules_apart:
                page = "\n".join("" if _BOX_RULE.fullmatch(ln) else ln for ln in page.split("\n"))
        for chunk in _BLANK_RUN.split(page):
            raw = chunk.split("\n")
            lines = [" ".join(ln.split()) for ln in raw]
            lines = [ln for ln in lines if ln]
            if lines:
                blocks.append(Block(lines, index, "table" if _is_column_table(raw) else "body"))
    return blocks


def _is_column_table(lines: list[str]) -> bool:
    """Lines set out in columns, as a copy of a PDF prints a table ("Dev     Person who draws on
    care (direct payment)     A"): three rows or more, each of which (but a title above them)
    has a column starting at the same place after a gap of three spaces or more. A table keeps a
    row a line, where running text would join its rows into one garbled sentence. A list's items
    (bullets, numbers) are not a table, nor are notes whose lines wrap: their lines join."""
    rows = [ln for ln in lines if ln.strip() and not _BOX_RULE.fullmatch(ln)]
    if len(rows) < 3 or any(_BULLET.match(ln.lstrip()) for ln in rows):
        return False
    columns = [{gap.end() for gap in _COLUMN_GAP.finditer(row)} for row in rows]
    return bool(set.intersection(*columns[1:]))


def unframe(page: str) -> str:
    """A box drawn in characters, as a text copy of a report prints its panels ("| KEY FINDINGS
    |", "|____|", "-----"): its rules become blank lines and its sides go, so that the words
    inside are paragraphs like any other (a pull quote and its credit, not a line of pipes). A
    table's row ("| Sector | Interviews |") has a bar inside it and is left as it is; so is a rule
    with no box beside it, a separator between pages of a copy."""
    lines = page.split("\n")
    framed = [_FRAMED.fullmatch(line) for line in lines]
    if not any(framed):
        return page  # a rule alone ("-----") is a separator, which drop_boilerplate reads
    out = []
    for i, (line, inside) in enumerate(zip(lines, framed, strict=True)):
        if inside is not None:
            out.append(inside.group(1))
        elif _BOX_RULE.fullmatch(line) and (
            (i > 0 and framed[i - 1] is not None) or (i + 1 < len(lines) and framed[i + 1])
        ):
            out.append("")  # the box's top or bottom
        else:
            out.append(line)
    return "\n".join(out)


def is_page_navigation(line: str) -> bool:
    """'1 2 3 4 5' or '(1) (2) (3)': consecutive numbers from 1, nothing else."""
    parts = line.replace("|", " ").split()
    if len(parts) < 2:
        return False
    numbers = []
    for part in parts:
        m = _NAV_NUMBER.fullmatch(part)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_LINE.fullmatch(line.strip()))


def drop_boilerplate(blocks: list[Block], rules: Boilerplate) -> list[Block]:
    """Web furniture lines out; the footer furniture (comments, related links) cut from its start
    to the end of the page - or to a separator line ("-----") after which a copy of several pages
    goes on with the next article."""
    lines = [line for b in blocks for line in b.lines]
    # each line's paragraph's length: a PDF copy's running text is hard-wrapped, a line short
    wrapped = [_wrapped_length(b.lines) for b in blocks for _ in b.lines]
    # each page of the copy runs to a separator line or to the end; a footer ends a page's text,
    # so a marker counts only in the last part of its page ("Share this article" under the
    # byline is a share bar, not the comments)
    cuts = [i for i, ln in enumerate(lines) if _SEPARATOR.fullmatch(ln)]
    page_of = [-1] * len(lines)
    bounds = list(zip([-1, *cuts], [*cuts, len(lines)], strict=True))
    for start, end in bounds:
        for i in range(start + 1, end):
            page_of[i] = start
    ends = dict(bounds)
    seen = 0
    footer = comments = False
    out: list[Block] = []
    label: list[str] = []  # a comment's label on a paragraph of its own: the next one is its text
    open_comment = False  # a comment whose closing furniture ("Reply") has not come yet
    for block in blocks:
        kept: list[str] = label if comments else []
        # in the comments, a paragraph is kept only as a comment - or as a comment's next
        # paragraph, the comment still open and its "Reply" closing this one
        in_comment = bool(kept) or (
            comments
            and open_comment
            and bool(block.lines)
            and rules.is_comment_furniture(block.lines[-1])
        )
        label = []
        for line in block.lines:
            i, seen = seen, seen + 1
            if (footer or comments) and any(
                rules.opens_a_post(ln) for ln in lines[i : i + POST_TITLE_LINES + 1]
            ):
                footer = comments = in_comment = False  # the next post of a series saved whole
            if footer:
                if (
                    len(line) < MAX_FURNITURE
                    and rules.opens_comments(line)
                    and any(rules.opens_a_comment(ln) for ln in lines[i + 1 : i + 4])
                ):
                    # the readers' comments under a footer's share bar and tags: kept as ever
                    footer, comments = False, True
                    continue
                footer = not _SEPARATOR.fullmatch(line)
                continue
            if comments and _SEPARATOR.fullmatch(line):
                comments = False
            start = page_of[i]
            place = (i - start) / max(1, ends.get(start, len(lines)) - start - 1)
            page_end = ends.get(start, len(lines))
            if place > 0.6 and len(line) < 80 and rules.is_tail_marker(line):
                # a share bar between two contributions of a debate, or above the letters that
                # answer a column, is not the footer: prose goes on after it
                footer = not _prose_follows(lines, wrapped, i, page_end, rules)
                comments = False
                continue
            # comments may run longer than the article: they open anywhere past its first third
            if place > 0.3 and len(line) < MAX_FURNITURE and rules.opens_comments(line):
                if any(rules.opens_a_comment(ln) for ln in lines[i + 1 : i + 4]):
                    comments = True  # the readers' comments: kept, without their furniture
                    continue
                if place > 0.6:  # a comment count or form with no comment: the footer
                    footer = not _prose_follows(lines, wrapped, i, page_end, rules)
                    comments = False
                    continue
            if comments and len(line) < 80 and rules.is_comment_furniture(line):
                if kept and not (len(kept) == 1 and rules.opens_a_comment(kept[0])):
                    open_comment = False  # "Reply" after its words, not the date under its label
                continue
            if comments and not in_comment:
                if kept or not rules.opens_a_comment(line):
                    continue  # not a comment: the comment count, a sign-up box, the site footer
                in_comment = open_comment = True
            if rules.is_boilerplate(line):
                continue
            kept.append(line)
        if comments and len(kept) == 1 and rules.opens_a_comment(kept[0]):
            label = kept  # "Margaret Hollis says:" alone, its date and words below it
        elif kept:
            out.append(Block(kept, block.page, block.kind))
    return out


def drop_menus(blocks: list[Block]) -> list[Block]:
    """A web page's menus out: MENU_LINES or more link labels in a row, across paragraphs."""
    lines = [line for b in blocks for line in b.lines]
    menu = [False] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines) and len(lines[j]) <= MENU_ITEM_CHARS and _MENU_ITEM.fullmatch(lines[j])
        ):
            j += 1
        if j < len(lines) and j > i and _HANDLE_NEXT.match(lines[j]):
            j -= 1  # a post's author above their handle ("Helen Okafor" / "@MarshHouseHelen")
        one_word = sum(len(ln.split()) == 1 for ln in lines[i:j])
        if j - i >= MENU_LINES and one_word >= MENU_ONE_WORD * (j - i):
            menu[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    if not any(menu):
        return blocks
    out: list[Block] = []
    seen = 0
    for block in blocks:
        kept = [ln for k, ln in enumerate(block.lines) if not menu[seen + k]]
        seen += len(block.lines)
        if kept:
            out.append(Block(kept, block.page, block.kind))
    return out


def _wrapped_length(lines: list[str]) -> int:
    """The length of a paragraph hard-wrapped into lines, each but the last a full line; 0 for a
    line alone or a block of short lines (a menu, a list of links)."""
    if (
        len(lines) < 2
        or any(len(ln) < WRAPPED_LINE for ln in lines[:-1])
        # a sentence runs on over the lines (not a list of headlines, a line each)
        or not any(ln[:1].islower() for ln in lines[1:])
        or lines[-1].rstrip()[-1:] not in SENTENCE_ENDS
    ):
        return 0
    return sum(map(len, lines))


WRAPPED_LINE = 60  # characters of a hard-wrapped line, at least
SENTENCE_ENDS = frozenset(".!?\"”’'")


def _prose_follows(
    lines: list[str], wrapped: list[int], i: int, end: int, rules: Boilerplate
) -> bool:
    """A paragraph of running text stands after line i on its page: a long line that is not
    furniture, or right under it a long paragraph hard-wrapped into lines (a legal digest's
    "Comment" heading over its commentary, in a PDF's copy, is no comment form)."""
    if i + 1 < end and wrapped[i + 1] >= PROSE_LINE:
        return True  # (right under it: a heading's, not a page's furniture)
    return any(len(ln) >= PROSE_LINE and not rules.is_boilerplate(ln) for ln in lines[i + 1 : end])


def drop_page_furniture(blocks: list[Block]) -> list[Block]:
    """Page-navigation strips anywhere; lone page numbers at the top or foot of a page."""
    out: list[Block] = []
    for block in blocks:
        lines = [ln for ln in block.lines if not is_page_navigation(ln)]
        if lines:
            out.append(Block(lines, block.page, block.kind))
    changed = True
    while changed:
        changed = False
        kept: list[Block] = []
        for i, block in enumerate(out):
            first = i == 0 or out[i - 1].page != block.page
            last = i == len(out) - 1 or out[i + 1].page != block.page
            if (first or last) and len(block.lines) == 1 and is_page_number(block.lines[0]):
                changed = True
                continue
            kept.append(block)
        out = kept
    return out


def is_logo_line(line: str) -> bool:
    """'The Kings Fund>': a short name ending in a stray glyph, the residue of a logo or masthead."""
    line = line.strip()
    return bool(_LOGO_LINE.fullmatch(line)) and len(line.split()) <= _LOGO_WORDS


def drop_logos(blocks: list[Block]) -> list[Block]:
    """One-line logo residues ('The Kings Fund>') that open or close a page."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        first = i == 0 or blocks[i - 1].page != block.page
        last = i == len(blocks) - 1 or blocks[i + 1].page != block.page
        if (first or last) and len(block.lines) == 1 and is_logo_line(block.lines[0]):
            continue
        out.append(block)
    return out


def _is_toc_block(block: Block) -> bool:
    lines = block.lines
    matches = sum(1 for ln in lines if _TOC_LINE.match(ln) and len(ln) < 200)
    return matches >= max(1, int(len(lines) * 0.6 + 0.5))


def drop_contents(blocks: list[Block]) -> list[Block]:
    """A 'Contents' heading and the page-numbered lines after it; a run of 3+ tabbed contents lines."""
    out: list[Block] = []
    in_toc = False
    for block in blocks:
        text = " ".join(block.lines)
        if len(block.lines) == 1 and _TOC_HEADING.fullmatch(text.strip()):
            in_toc = True
            continue
        if in_toc and _is_toc_block(block):
            continue
        in_toc = False
        tabbed = sum(1 for ln in block.lines if "\t" in ln or re.search(r"\.{4,}\s*\d+$", ln))
        if len(block.lines) >= 3 and tabbed >= len(block.lines) * 0.8 and _is_toc_block(block):
            continue
        out.append(block)
    return out


def drop_back_cover(blocks: list[Block]) -> list[Block]:
    """A back cover repeating the front cover's masthead: cut from the repeat to the end. A cover
    is short: a last page that opens on the masthead and goes on for pages' worth of words is the
    document's own (a committee's evidence volume, its title over each submission)."""
    if len(blocks) < 10 or blocks[-1].page < 2:
        return blocks
    first = " ".join(blocks[0].lines)
    if len(first) > 100 or _SENTENCE_END.search(first):
        return blocks
    last_page = blocks[-1].page
    tail_from = int(len(blocks) * 0.85)
    for i in range(len(blocks) - 1, tail_from - 1, -1):
        if blocks[i].page != last_page:
            break
        if " ".join(blocks[i].lines) == first:
            words = sum(len(line.split()) for b in blocks[i:] for line in b.lines)
            return blocks[:i] if words <= BACK_COVER_WORDS else blocks
    return blocks


def _is_list_block(lines: list[str]) -> bool:
    return len(lines) >= 2 and sum(1 for ln in lines if _BULLET.match(ln)) * 2 >= len(lines)


LIST_LINE = 120  # characters at most in a list's line, but its last
_LIST_LABEL = re.compile(r"[A-Z][A-Za-z ]{1,30}:")  # "Callers:", "In the studio:", "Guests:"


# a table's row of words in quote marks and a short credit after them, no stop: "'Ask for help
# before I am on my knees.' C2 / DM"
_QUOTED_ROW = re.compile(r"[‘“'\"].*[’”'\"][ \t]+[^\s.!?]+(?:[ \t]+[^\s.!?]+){0,5}[ \t]*")


def _is_line_list(lines: list[str]) -> bool:
    """Lines that are items, not a wrapped sentence: a list of witnesses, contributors or guests
    ("Marcus Oyelaran, President, ADASS" / "Fiona Threlkeld, Chief Executive, ..."), or a table's
    rows of quoted words and their credits. Each opens with a capital (or is such a row) and all
    but the last are short (the last may run on: "Simon Kerr - Deputy Chief Operating Officer, ...
    (substitute for the Chief Executive)"), and none but the last ends as a wrapped line or a
    sentence does."""
    if lines and _CAPTION.match(lines[0]):
        lines = lines[
            1:
        ]  # a table's caption above its rows: "Table 2. Participant codes and roles."
    elif lines and _LIST_LABEL.fullmatch(lines[0]):
        lines = lines[1:]  # a label above its items: "Callers:" over a transcript's cast
    if len(lines) < 3:
        return False
    lines = [repair_inline(ln) for ln in lines]  # as the paragraph will read: "An²" ends on "An"
    for k, ln in enumerate(lines):
        words = ln.split()
        if not words or (len(ln) > LIST_LINE and k < len(lines) - 1):
            return False
        if not ln[:1].isupper() and (len(ln) > LIST_LINE or _QUOTED_ROW.fullmatch(ln) is None):
            return False  # (a row is short: the regex never meets a long line)
    return not any(
        ln.rstrip()[-1:] in ".,;:-–—" or ln.split()[-1].lower() in _WRAP_WORDS for ln in lines[:-1]
    )


def _is_field_block(lines: list[str]) -> bool:
    """A record's fields, a line each: an interview's header ("Reference: SCL/ORH/047" /
    "Interviewee: Ruth Kendall (RK)" / "Career summary: Child care officer, ..."), a meeting's
    ("Date: ..." / "Venue: ..."). At least FIELD_LINES lines, every one a label and its value."""
    return len(lines) >= FIELD_LINES and all(_FIELD_LINE.match(ln) for ln in lines)


def _join_words(left: str, right: str) -> str:
    """Join two line fragments, repairing a word hyphenated at the line end."""
    m = _LINE_END_HYPHEN.search(left)
    if m and right[:1].islower():
        word = m.group(1)
        if left[-1] == "-" and word.lower() in _HYPHEN_PREFIXES:
            return left + right
        return left[: m.end(1)] + right
    if left and left[-1] in _SOFT_HYPHENS:
        return left[:-1] + right
    return f"{left} {right}"


def repair_inline(text: str) -> str:
    """Soft and pdfium hyphens inside a line, and glued footnote markers, out of running text."""
    if any(h in text for h in _SOFT_HYPHENS):
        text = re.sub(
            r"(\w+)[\ufffe\u0002](\w+)",
            lambda m: (
                f"{m.group(1)}-{m.group(2)}"
                if m.group(1).lower() in _HYPHEN_PREFIXES
                else m.group(1) + m.group(2)
            ),
            text,
        )
        text = text.translate(dict.fromkeys(map(ord, _SOFT_HYPHENS), None))
    return _GLUED_MARKER.sub("", text) if _ANY_SUPERSCRIPT.search(text) else text


def form_paragraph(block: Block) -> tuple[str, str]:
    """(kind, text): lines joined with spaces, or kept as lines in a list block."""
    lines = block.lines
    kind = block.kind
    first = lines[0]
    m = _FOOTNOTE_BODY.match(first)
    if m:
        kind = "footnote"
        lines = [f"[{m.group(1).translate(_SUPER_TO_ASCII)}] {first[m.end() :]}", *lines[1:]]
    if kind == "table":
        return "list", "\n".join(repair_inline(ln) for ln in lines)
    if kind != "footnote" and (_is_line_list(lines) or _is_field_block(lines)):
        return "list", "\n".join(repair_inline(ln) for ln in lines)
    if (
        kind != "footnote"
        and _is_list_block(lines)
        # (not an oral question's asker over the question: "1. Rachel Ogunleye (...) (Lab)")
        and not (len(lines) >= 2 and _is_speaker_heading(lines[0], lines[1]))
    ):
        items: list[str] = []
        for ln in lines:
            if items and not _BULLET.match(ln):
                items[-1] = _join_words(items[-1], ln)
            else:
                items.append(ln)
        return "list", "\n".join(repair_inline(i) for i in items)
    head = ""
    if (
        kind == "body"
        and len(lines) >= 2
        and (
            _is_speaker_heading(lines[0], lines[1])
            or is_name_label(lines[0], lines[1])
            or CHARACTER.fullmatch(lines[0].strip())
        )
    ):
        head, lines = (
            lines[0] + "\n",
            lines[1:],
        )  # "Helen Brayshaw (Calderbridge) (Lab)" keeps its line
    tail = ""
    if kind == "body" and len(lines) >= 2 and _is_credit(lines[-2], lines[-1]):
        tail, lines = "\n" + lines[-1], lines[:-1]
    text = lines[0]
    for ln in lines[1:]:
        text = _join_words(text, ln)
    return kind, head + repair_inline(text) + tail


def _is_credit(above: str, line: str) -> bool:
    """`line` credits the testimony that ends on the line above it ("... keep doing it." /
    "Care worker, North East"), rather than going on with its sentence."""
    return (
        _SENTENCE_END.search(above) is not None
        and above.strip() != ""
        and len(line.lstrip("–—- ").split()) <= _CREDIT_WORDS  # (a dash is no word)
        and _CREDIT_LINE.fullmatch(line.strip()) is not None
    )


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line) or _NOTED_SENTENCE_END.search(line))


def split_unwrapped(blocks: list[Block]) -> list[Block]:
    """Text copied with no blank line between paragraphs (a web page's, often) puts each paragraph
    on a line of its own, and the whole page in one block: a block of which several lines run
    longer than any wrapped line (UNWRAPPED_LINE), nearly all ending a sentence, is a paragraph per
    line, its headings, bylines and comment labels each on theirs. A list keeps its lines. So is a
    PDF's text copied a paragraph per line, a page's paragraphs in a block; the block's last line
    may run on over the page break."""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        long = [ln for ln in lines if len(ln) > UNWRAPPED_LINE]
        ended = [ln for ln in lines[:-1] if len(ln) > UNWRAPPED_LINE]  # a sentence's end due
        if (
            block.kind != "body"
            or len(lines) < UNWRAPPED_MIN_LINES
            or len(long) < UNWRAPPED_MIN_LONG
            or sum(1 for ln in ended if _ends_sentence(ln.rstrip()))
            < UNWRAPPED_SENTENCES * len(ended)
            or _is_list_block(lines)
        ):
            out.append(block)
            continue
        # ... but for a block quotation wrapped at the page's measure among them: a line that
        # does not end its sentence goes on on the next when that opens in lower case ("...
        # nobody has ever invested in" / "me as a leader. Not once.")
        paragraphs: list[list[str]] = []
        for line in lines:
            if (
                paragraphs
                and not _ends_sentence(paragraphs[-1][-1].rstrip())
                and line.lstrip()[:1].islower()
            ):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
        out.extend(Block(para, block.page, block.kind) for para in paragraphs)
    return out


def split_wrapped(blocks: list[Block]) -> list[Block]:
    """A PDF's text extracted with no blank line between paragraphs wraps a page's paragraphs, block
    quotes and introducing lines into one block: a line that ends a sentence well short of the
    block's measure ends its paragraph when the next line opens one (wrapped lines run to near the
    measure; only a paragraph's last line stops short), and so, at any length, does a line ending
    in a colon or in a speaker's code after a sentence ("... people are. (RM04, nursing)"); and
    a quotation's credit line, on its own under it, where the next line opens another (and a box's
    heading, before it and over its first)."""
    out: list[Block] = []
    for block in blocks:
        lines, start = block.lines, 0
        if (
            block.kind == "body"
            and len(lines) >= WRAPPED_MIN_LINES
            and max(len(ln) for ln in lines) <= UNWRAPPED_LINE
            and not _is_list_block(lines)
            and not _is_line_list(lines)
        ):
            measure = sorted(len(ln.rstrip()) for ln in lines)[-WRAPPED_MEASURE_RANK]
            quoted = False  # in the lines after an introduction's colon: a block quotation,
            # perhaps set narrower than the page
            for i in range(len(lines) - 1):
                line = lines[i].rstrip()
                set_apart = quoted and _back_to_measure(lines, start, i, measure)
                short = len(line) < WRAPPED_SHORT * measure
                heading_next = _numbered_heading(lines, i + 1, measure)
                bracketed = _CREDIT_IN_BRACKETS.fullmatch(line) is not None
                # ... or after a dash: "— Home care provider, south Wexcombe"
                credit = (
                    _credit_line(line)
                    and (
                        line.startswith(("—", "–"))
                        # ... or with none, under a quotation's closing mark: "Man, 83, Ashworth"
                        or (
                            i > start
                            and lines[i - 1].rstrip()[-1:] in _CLOSING_QUOTES
                            and not any(c in line for c in ".!?")
                        )
                    )
                )
                ends = (
                    (
                        (short and _ends_sentence(line))
                        # a block quotation set narrower than the page ends where the page's
                        # measure comes back after a sentence's end
                        or (set_apart and _ends_sentence(line))
                        # wherever it stops, a colon or a speaker's code ends an introduction
                        # or a quotation before a line opening a sentence
                        or line.endswith(":")
                        # ... or, at any length, a quotation's end before a list's next item
                        # ("... not fair on anyone.'" / "• Another care worker commented, ...")
                        or (_ends_sentence(line) and _quotation_then_item(line, lines[i + 1]))
                        # ... and a sentence's end before a line of its own that introduces
                        # someone's words: a block quotation's last line, at the page's measure
                        or (_ends_sentence(line) and _introduces(lines[i + 1].rstrip()))
                        or _CREDITED_END.search(line)
                        or (
                            i > start
                            and (bracketed or credit)
                            and _ends_sentence(lines[i - 1].rstrip())
                        )
                        # a numbered paragraph opens the next line: "... the Department?" over
                        # "4.27 The chair of one county care association"; or a numbered
                        # heading ("... to ask how he was." over "7 Home care and the NHS")
                        or (
                            _ends_sentence(line)
                            and (
                                _NUMBERED_PARAGRAPH.match(lines[i + 1]) is not None or heading_next
                            )
                        )
                    )
                    and (
                        lines[i + 1].lstrip()[:1] in _SENTENCE_OPENERS
                        or _NUMBERED_PARAGRAPH.match(lines[i + 1]) is not None
                        or heading_next
                        # (or, after a quotation, a list's item: see above)
                        or _quotation_then_item(line, lines[i + 1])
                        # (or a block quotation the sentence runs on into, after a colon that
                        # stops the line well short: "... Ferrand and Cole" / "(2020) observe
                        # that:" / "the formal chart of a care home bears only ...")
                        or (short and line.endswith(":") and lines[i + 1].lstrip()[:1].islower())
                    )
                    # not "Present:", "·" - but an introduction's last line may be a word or
                    # two ("... a pooled budget with the local" / "ICB:"), and a credit a name
                    # and codes ("(Jackie, RM, L)")
                    and (
                        any(w[:1].islower() for w in line.split())
                        or (i > start and (line.endswith(":") or bracketed or credit))
                    )
                    and (_is_prose(" ".join(lines[start : i + 1])) or _introduces(line))
                )
                box = _BOX_HEAD.match(lines[i + 1]) is not None and _ends_sentence(line)
                if ends or box or _credits_in_a_box(lines, start, i) or _credited_inline(lines, i):
                    out.append(Block(lines[start : i + 1], block.page, block.kind))
                    start = i + 1
                    quoted = line.endswith(":")
        out.append(Block(lines[start:], block.page, block.kind) if start else block)
    return out


def _quotation_then_item(line: str, following: str) -> bool:
    """`line` closes a quotation and `following` opens a list's item on its mark."""
    return line[-1:] in _CLOSING_QUOTES and following.lstrip()[:1] in _BULLET_MARKS


def _numbered_heading(lines: list[str], j: int, measure: int) -> bool:
    """lines[j] is a section's numbered heading over its first paragraph's opening: a number,
    then a title in a short line that ends no sentence ("7 Home care and the NHS", "3.2
    Leadership in care services"), not a sentence opening on a number ("12 councils said")."""
    line = lines[j].rstrip()
    return (
        j + 1 < len(lines)
        and len(line) < WRAPPED_SHORT * measure
        and _NUMBERED_TITLE.fullmatch(line) is not None
        and lines[j + 1].lstrip()[:1] in _SENTENCE_OPENERS
    )


def _credits_in_a_box(lines: list[str], start: int, i: int) -> bool:
    """lines[i] credits the quotation closing on the line above, on a line of its own (its
    paragraph's first, or opening with a dash), and the next line opens another quotation: a box
    of quotations, each under the one before ("Employer, home care, South West")."""
    line = lines[i].rstrip()
    if _BOX_HEAD.match(line) is not None:  # the box's heading over its first quotation
        return lines[i + 1].lstrip()[:1] in _QUOTE_OPENERS
    return (
        i > 0
        and (i == start or line.startswith(("–", "—")))
        and _credit_line(line)
        and any(w[:1].islower() for w in line.split())
        and _CLOSED_QUOTATION.search(lines[i - 1].rstrip()) is not None
        # the next quotation, or the box's source note under its last ("Source: Linden Trust
        # survey of care workers, 2024"), or the next section's heading over its prose
        # ("Independent evaluation" / "In 2023 we commissioned ...")
        and (
            lines[i + 1].lstrip()[:1] in _QUOTE_OPENERS
            or _SOURCE_NOTE.match(lines[i + 1]) is not None
            or _heading_over_prose(lines, i + 1)
        )
    )


def _heading_over_prose(lines: list[str], j: int) -> bool:
    """lines[j] is a heading, a few capitalised words and no stop, over a line opening a
    sentence."""
    words = lines[j].split()
    return (
        j + 1 < len(lines)
        and 0 < len(words) <= HEADING_OVER_PROSE
        and words[0][:1].isupper()
        and not _ends_sentence(lines[j].rstrip())
        and lines[j + 1].lstrip()[:1].isupper()
    )


HEADING_OVER_PROSE = 6  # words of a section's heading between a box's last credit and its prose


def _credited_inline(lines: list[str], i: int) -> bool:
    """lines[i] ends a quotation credited after a dash on its own line, or the credit's wrapped
    tail, and the next line opens another quotation: a list of answers, each with who gave it
    ("'Ask the carer first. We usually know.' - Jean Cartwright, carer" / "'Put your name ...")."""
    if lines[i + 1].lstrip()[:1] not in _QUOTE_OPENERS:
        return False
    line = lines[i].rstrip()
    if _INLINE_CREDIT.search(line):
        return True
    # (the credit wrapped: "'Don't confuse ...' - Derek Lomax, former director of" / "social
    # services")
    return (
        i > 0
        and _INLINE_CREDIT.search(lines[i - 1].rstrip()) is not None
        and not _ends_sentence(line)
        and 0 < len(line.split()) <= CREDIT_PART_WORDS
    )


def _credit_line(line: str) -> bool:
    """A quotation's credit: who said it in a few words a part, no sentence ("Employer, home care,
    South West", "– Carer, written submission"), not a narrative's line ("In a written response
    to our findings, the council said it")."""
    parts = line.lstrip("–— ").split(",")
    return (
        (len(parts) > 1 or line.startswith(("–", "—")))
        and not _ends_sentence(line)
        and all(0 < len(p.split()) <= CREDIT_PART_WORDS for p in parts)
    )


def _back_to_measure(lines: list[str], start: int, i: int, measure: int) -> bool:
    """The line after lines[start:i + 1] runs to the page's measure, wider than every one of them
    by more than a ragged edge: they were set narrower."""
    widest = max(len(ln.rstrip()) for ln in lines[start : i + 1])
    after = len(lines[i + 1].rstrip())
    return after >= WRAPPED_FULL * measure and after > widest + WRAPPED_RAGGED


def _introduces(line: str) -> bool:
    """A line of its own introducing a speaker's words with their verb, too short to be prose by
    its words in lower case, opening a sentence: "Another self-advocate added:", "She went on:",
    and a verb after a word that refers to a speaker, "Another said:", "She added:" (not
    "Deb_RM said:", "In attendance:", "jjb1977 said:")."""
    words = line.removesuffix(":").split()
    return (
        line.endswith(":")
        and line[:1].isupper()
        and not any(c.isdigit() for c in line)  # a forum's "jjb1977 said:" quotes a post
        and len(words) >= 2
        and words[-1].isalpha()
        and words[-1].islower()
        and (sum(1 for w in words if w[:1].islower()) >= 2 or words[0] in _SPEAKER_WORDS)
    )


# words that open a sentence by referring to a speaker, as a short introduction's subject
_SPEAKER_WORDS = frozenset(["Another", "One", "She", "He", "They", "Others", "Someone"])


def _is_prose(line: str) -> bool:
    """A line of running words, not a label ("THE CHAIR (Cllr Helen Troughton):", "Deb_RM said:",
    "Cllr Geoffrey Pell, Leader of Westmarch County Council:"), whose words the next line's join."""
    return sum(1 for w in line.split() if w[:1].islower()) >= PROSE_WORDS


def split_introductions(blocks: list[Block]) -> list[Block]:
    """In a block whose lines are not wrapped (one runs longer than any wrapped line can), a line
    ending in a colon before one that opens a sentence ("One director told us:" / "The ICB is very
    good at ...") ends a paragraph: what follows is set off as its own. So does a question on a
    line of its own ("Why did you leave the NHS?" / "I didn't really feel I was leaving"): an
    interviewer's, whose answer is the interviewee's paragraph."""
    out: list[Block] = []
    for block in blocks:
        lines, start = block.lines, 0
        if block.kind == "body" and any(len(ln) > UNWRAPPED_LINE for ln in lines):
            for i in range(1, len(lines)):
                if (
                    lines[i - 1].endswith(":")
                    and lines[i][:1] in _SENTENCE_OPENERS
                    and _is_prose(lines[i - 1])
                ) or _asks_above(lines[i - 1], lines[i]):
                    out.append(Block(lines[start:i], block.page, block.kind))
                    start = i
        out.append(Block(lines[start:], block.page, block.kind) if start else block)
    return out


def _asks_above(line: str, below: str) -> bool:
    """`line` is a question of its own over a line of prose that opens a sentence (its answer),
    not a paragraph or a comment that ends asking ("... But somebody is, surely?" / "Reply")."""
    return (
        line.endswith("?")
        and len(line.split()) <= QUESTION_LINE_WORDS
        and _is_prose(line)
        and below[:1] in _SENTENCE_OPENERS
        and _is_prose(below)
    )


def split_headings(blocks: list[Block]) -> list[Block]:
    """A heading printed right above its paragraph, with no blank line between ("Funding and fees"
    / "ICPA members reported that the increase in ..."), is a paragraph of its own: a first line
    well short of the wrapped lines under it, ending no sentence or clause, before a line that
    opens one. (A speaker's heading stays on its line in its paragraph: `form_paragraph`.)"""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        if (
            block.kind == "body"
            and len(lines) >= 3
            and _is_heading(lines[0], lines[1:])
            and not _is_line_list(lines)  # a cast list's first line: "Host: Rhiannon Price (RP)"
        ):
            out.append(Block([lines[0]], block.page, block.kind))
            out.append(Block(lines[1:], block.page, block.kind))
        else:
            out.append(block)
    return out


def _is_heading(line: str, below: list[str]) -> bool:
    head = line.strip()
    width = max(len(ln) for ln in below)
    return (
        width >= HEADING_WRAP
        and len(below[0]) >= 0.8 * width  # a wrapped paragraph under it
        and 0 < len(line) <= HEADING_SHARE * width
        and _SENTENCE_END.search(head) is None
        and head[-1] not in ",-–—"
        # a sentence going on ("4.34 One national leader reflected that Covid had" / "‘proved
        # that ...") ends on a word that needs the next, or runs into a quotation
        and head.rsplit(None, 1)[-1].lower() not in _RUNS_ON
        and below[0][:1].isupper()
        and not _is_speaker_heading(line, below[0])
        and not _BULLET.match(head)
    )


_TIME_LINE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*")


def split_at_speaker_headings(blocks: list[Block]) -> list[Block]:
    """A debate record copied with no blank lines runs its speeches together in one block: a
    speaker heading after a finished sentence ("... will be enough." / "Baroness Fenwick of Alnmouth
    (Con)" / "My Lords, ...") opens a block of its own, so that it keeps its line; so does a
    written question's asker or answerer, under the question's title and date lines."""
    out: list[Block] = []
    for block in blocks:
        lines, start = block.lines, 0
        if block.kind == "body":
            for i in range(1, len(lines) - 1):
                if (
                    _SENTENCE_END.search(lines[i - 1])
                    or written_label(lines[i].strip())
                    or _TIME_LINE.fullmatch(lines[i - 1])  # Hansard's "11:30:00" over a question
                ) and _is_speaker_heading(lines[i], lines[i + 1]):
                    out.append(Block(lines[start:i], block.page, block.kind))
                    start = i
        out.append(block if start == 0 else Block(lines[start:], block.page, block.kind))
    return out


def split_chat(blocks: list[Block]) -> list[Block]:
    """A meeting's saved chat, a message a line with no blank line between ("13:04:12 From Priya
    Shah (carer, Stockport) to Everyone : My mum's day centre ..."): where the document has two
    messages or more, each message's line opens a paragraph (after a message whose words stood
    under a blank line too), and in a phone's export every dated line: the app's own
    ("11/03/2024, 19:52 - Tina Marsh added Shaz, ...") too, and the next message after a
    message's last paragraph ("... on the day.\" 11/03/2024, 19:58 - Shaz: Omg.")."""
    chatting = sum(1 for b in blocks for ln in b.lines if CHAT_LINE.match(ln)) >= 2
    out: list[Block] = []
    for block in blocks:
        starts = [i for i, ln in enumerate(block.lines) if CHAT_LINE.match(ln)]
        if chatting:
            dated = [i for i, ln in enumerate(block.lines) if _CHAT_NOTICE.match(ln)]
            if starts or dated:
                starts = sorted({0, *starts, *dated})
        out += _split_at(block, starts) if len(starts) >= 2 and starts[0] == 0 else [block]
    return out


def split_piped_heads(blocks: list[Block]) -> list[Block]:
    """A questions-and-answers export's heads (see `PIPED_HEAD`), each over its words with no blank
    line between: where the document has two heads or more, each is a paragraph of its own."""
    if sum(1 for b in blocks for ln in b.lines if PIPED_HEAD.fullmatch(ln)) < 2:
        return blocks
    out: list[Block] = []
    for block in blocks:
        heads = [i for i, ln in enumerate(block.lines) if PIPED_HEAD.fullmatch(ln)]
        starts = sorted({0, *heads, *(i + 1 for i in heads if i + 1 < len(block.lines))})
        out += _split_at(block, starts)
    return out


def split_post_cards(blocks: list[Block]) -> list[Block]:
    """A social network's posts copied from the page ("Helen Okafor" / "@MarshHouseHelen" / "·" /
    "May 17" / "2/ The maths first ..." / "18" / "97" / "1.4K"): the poster's card (name, handle,
    dot, date) is a paragraph of its own, as are the post's counts and the time it was posted, so
    that neither runs into the words. A card already set out a paragraph a line is joined up."""
    if not any(_HANDLE_LINE.fullmatch(ln) for b in blocks for ln in b.lines):
        return blocks
    cut: list[Block] = []
    for block in blocks:
        lines, starts = block.lines, {0}
        for i, line in enumerate(lines):
            if _HANDLE_LINE.fullmatch(line) and i and _is_poster(lines[i - 1]):
                end = i + 1
                while end < len(lines) and _CARD_TAIL_LINE.fullmatch(lines[end]):
                    end += 1
                starts.update((i - 1, end))
                if i >= 2 and lines[i - 2].strip() == "Quote":
                    # the network's label over a post quoted in another ("... 8/12" / "Quote" /
                    # "Wensmoor City Council" / "@WensmoorCouncil"): no words of the post above
                    starts.add(i - 2)
            elif i and bool(_POST_FURNITURE_LINE.fullmatch(line)) != bool(
                _POST_FURNITURE_LINE.fullmatch(lines[i - 1])
            ):
                starts.add(i)  # where a run of counts and times begins or ends
        starts.discard(len(lines))
        cut += _split_at(block, sorted(starts)) if len(starts) > 1 else [block]
    out: list[Block] = []
    k = 0
    while k < len(cut):
        block = cut[k]
        if (
            len(block.lines) == 1
            and k + 1 < len(cut)
            and _is_poster(block.lines[0])
            and len(cut[k + 1].lines) == 1
            and _HANDLE_LINE.fullmatch(cut[k + 1].lines[0])
        ):
            lines, k = [*block.lines, *cut[k + 1].lines], k + 2
            while (
                k < len(cut)
                and len(cut[k].lines) == 1
                and _CARD_TAIL_LINE.fullmatch(cut[k].lines[0])
            ):
                lines.append(cut[k].lines[0])
                k += 1
            out.append(Block(lines, block.page, block.kind))
            continue
        out.append(block)
        k += 1
    return out


def _is_poster(line: str) -> bool:
    """A line that may be a poster's name over their handle: short, no sentence in it."""
    line = line.strip()
    return 0 < len(line) <= POSTER_NAME and not _SENTENCE_END.search(line) and ":" not in line


def split_post_heads(blocks: list[Block]) -> list[Block]:
    """A forum post's head copied a line an item with no blank line before the words ("NightOwl_RM"
    / "Registered Manager" / "Joined" / ... / "11 Feb 2025" / "#1" / "Bit of a vent ..."): the
    date and the post's number are a paragraph of their own, between the poster's card and the
    words, as the software sets them."""
    out: list[Block] = []
    for block in blocks:
        starts, lines = {0}, block.lines
        for i in range(1, len(lines)):
            if _POST_NUMBER.fullmatch(lines[i]) and len(lines[i - 1].strip()) <= DATE_LINE:
                starts.update(k for k in (i - 1, i + 1) if k < len(lines))
                if (card := _card_start(lines, i)) is not None:
                    starts.add(card)
        out += _split_at(block, sorted(starts)) if len(starts) > 1 else [block]
    return out


def _card_start(lines: list[str], number: int) -> int | None:
    """Where the poster's card over a post's number begins (see `card_handle`), the card run on
    from the last post's "Reactions" / "Reply" / "Report"."""
    for j in range(number - 1, max(1, number - CARD_LINES) - 1, -1):
        if CARD_JOINED.fullmatch(lines[j]):
            return card_handle(lines, j)
    return None


def card_handle(lines: list[str], joined: int) -> int | None:
    """The line of a forum poster's card that holds their handle, over the member's title and
    banners (a line with a space or "·" in it, or a rank: "Moderator") and their "Joined": the
    handle is the line's last word (after the last post's button: "Report brightside77")."""
    k = joined - 1
    while k >= 0 and joined - k <= CARD_TITLES and _card_title(lines[k]):
        k -= 1
    words = lines[k].split() if k >= 0 else []
    return k if words and _CARD_HANDLE.fullmatch(words[-1]) else None


def _card_title(line: str) -> bool:
    """A line of a card's title or banners: words with a space or "·" between them, or a rank
    alone - not a post's button, nor a handle."""
    words = line.split()
    if not words or words[0] in _POST_BUTTONS:
        return False
    return len(words) > 1 or "·" in line or bool(CARD_RANK.fullmatch(words[0]))


def split_field_runs(blocks: list[Block]) -> list[Block]:
    """A record's fields set among wrapped prose with no blank line around them, as a casebook
    heads each case ("Residential care home for 40 older people ..." / "Owner: Ashgrove Care
    Ltd" / "Registered manager: Denise Okafor, in post since 2015" / "CQC rating: Good" / "Ashgrove
    House sits ..."): a run of FIELD_LINES label lines or more is a block of its own, which keeps
    its lines (see `_is_field_block`), apart from the prose before and after it."""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        fields = [_short_field(ln) for ln in lines]
        if block.kind != "body" or sum(fields) < FIELD_LINES or all(fields):
            out.append(block)
            continue
        starts, k = {0}, 0
        while k < len(lines):
            run = k
            while run < len(lines) and fields[run]:
                run += 1
            if run - k >= FIELD_LINES and k:  # (an email's header opens its block, over its words)
                starts.update((k, run))
            k = run + 1
        starts.discard(len(lines))
        out += _split_at(block, sorted(starts)) if len(starts) > 1 else [block]
    return out


def _short_field(line: str) -> bool:
    """A record's field on a short line, its label a word or more (not a speaker's code: "P4:
    They talk to you like ...", "F: Different how?")."""
    label = line.partition(":")[0]
    return (
        len(line) <= FIELD_LINE_CHARS
        and _FIELD_LINE.match(line) is not None
        and len(label) >= 3
        and any(c.islower() for c in label)
    )


def split_page_notes(blocks: list[Block]) -> list[Block]:
    """A page's notes printed under its last paragraph with no blank line between ("... for care
    homes, said:" / "7 Care Quality Commission, Kirkby Mill Nursing Home inspection report,
    September 2021."): a block of their own, so that the paragraph, or the quotation it
    introduces on the next page, does not run through them (see `plain_note`). Only the last
    block of a page that another follows, from the first note after a line that ends its
    sentence, and only if what follows it is short."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        lines = block.lines
        last = k + 1 < len(blocks) and blocks[k + 1].page != block.page
        # (notes under notes stay one block: "5 We have not named the council." / "6 ...")
        if not last or block.kind != "body" or _PLAIN_NOTE.match(lines[0]):
            out.append(block)
            continue
        cut = next(
            (
                j
                for j in range(max(1, len(lines) - MAX_NOTE_LINES), len(lines))
                if _PLAIN_NOTE.match(lines[j])
                and (_ends_sentence(lines[j - 1]) or lines[j - 1].endswith(":"))
                and plain_note(" ".join(lines[j:]))
            ),
            None,
        )
        if cut is None:
            out.append(block)
            continue
        out += [Block(lines[:cut], block.page, block.kind), Block(lines[cut:], block.page)]
    return out


def split_post_stamps(blocks: list[Block]) -> list[Block]:
    """A forum thread copied with no blank lines between a post's parts (see `_STAMP_LINE`): the
    poster's handle, rank and date are each a paragraph, as are the controls over them, the
    "wrote:" line of the earlier post it quotes and that post's words, so that none runs into the
    poster's own. The "Quote" that heads the earlier post is the software's, and goes."""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        starts, dropped = {0}, set()
        for i in range(2, len(lines)):
            if not (
                _STAMP_LINE.fullmatch(lines[i])
                and _RANK_LINE.fullmatch(lines[i - 1])
                and _POSTER_LINE.fullmatch(lines[i - 2])
            ):
                continue
            first = i - 2
            while first and _CONTROL_LINE.fullmatch(lines[first - 1]):
                first -= 1
            starts.update((first, i - 2, i - 1, i, i + 1))
            k = i + 1
            if k + 1 < len(lines) and lines[k].strip() == "Quote":
                dropped.add(k)
                k += 1
            if k < len(lines) and _QUOTING_LINE.fullmatch(lines[k]):
                starts.update((k, k + 1, k + 2))
        if len(starts) == 1:
            out.append(block)
            continue
        bounds = sorted(k for k in starts if k < len(lines))
        for a, b in zip(bounds, [*bounds[1:], len(lines)], strict=True):
            kept = [lines[k] for k in range(a, b) if k not in dropped]
            if kept:
                out.append(Block(kept, block.page, block.kind))
    return out


def split_dialogue(blocks: list[Block]) -> list[Block]:
    """A discussion extract printed as one block, a speaker label opening each turn's first line
    ("S1: My leader is my coordinator. She does the rota, she knows" / "the one who picks up." /
    "S4: I'd say the manager, but I've met her twice."): each turn is a paragraph of its own, as
    a transcript's are, rather than one paragraph running the speakers together. At least
    DIALOGUE_TURNS labelled lines, the first opening the block, each after a finished sentence;
    or a labelled question and its labelled answer ("Q: What is still hard?" / "A: Honestly, the
    waiting list ...", "Amir: I rang in sick ...")."""
    return [piece for block in blocks for piece in _split_at(block, _turns(block.lines))]


def _turns(lines: list[str]) -> list[int]:
    """The lines a dialogue's turns open on, or none (see split_dialogue)."""
    if len(lines) < 2 or not _TURN.match(lines[0]):
        return []
    turns = [0] + [
        i
        for i in range(1, len(lines))
        if _TURN.match(lines[i]) and _SENTENCE_END.search(lines[i - 1].rstrip())
    ]
    asked = (
        len(turns) == 2
        and _QUESTION_LABEL.match(lines[0]) is not None
        and lines[turns[1] - 1].rstrip().endswith("?")
    )
    return turns if len(turns) >= DIALOGUE_TURNS or asked else []


def split_captions(blocks: list[Block]) -> list[Block]:
    """An auto-generated caption transcript, as a video page's "Show transcript" copies it: short
    lines of captions with almost no punctuation (their times, lines of their own, already
    dropped), where a speaker's label in capitals ("PAUL DESMOND: thanks helen and") or the
    captioner's ">>" for a change of speaker opens a line. Each such line opens a paragraph, a
    turn of its own, rather than the whole talk running on as one."""
    return [piece for block in blocks for piece in _split_at(block, _caption_turns(block.lines))]


def _caption_turns(lines: list[str]) -> list[int]:
    """The lines a caption transcript's turns open on, or none (see split_captions)."""
    if len(lines) < MIN_CAPTION_LINES:
        return []
    ended = sum(1 for line in lines if _SENTENCE_END.search(line.rstrip()))
    if ended > CAPTION_ENDED_SHARE * len(lines):
        return []  # prose, its sentences ending at its lines' ends
    starts = [
        i
        for i in range(1, len(lines))
        if _CAPTION_CHANGE.match(lines[i]) or _CAPS_TURN.match(lines[i])
    ]
    return [0, *starts] if len(starts) >= DIALOGUE_TURNS else []


def split_numbered(blocks: list[Block]) -> list[Block]:
    """Numbered items printed a line or more each with no blank line between, as minutes and
    committee reports number them ("2. MINUTES OF THE PREVIOUS MEETING" / "2.1 The minutes were
    approved." / "2.2 Action 14 (brokerage delays): SL reported that ..."): a block that opens with
    a numbered item is a paragraph per item, each starting on a numbered line after a finished
    sentence or a numbered heading in capitals."""
    return [piece for block in blocks for piece in _split_at(block, _items(block.lines))]


def _items(lines: list[str]) -> list[int]:
    """The lines numbered items open on, or none (see split_numbered); a numbered list ("1. ...",
    "2. ...") keeps its lines."""
    if len(lines) < 2 or not _NUMBERED_PARAGRAPH.match(lines[0]):
        return []
    items = [0] + [
        i
        for i in range(1, len(lines))
        if _NUMBERED_PARAGRAPH.match(lines[i])
        and (
            _SENTENCE_END.search(lines[i - 1].rstrip())
            or _NUMBERED_HEADING.fullmatch(lines[i - 1].rstrip())
        )
    ]
    return [] if all(_BULLET.match(lines[i]) for i in items) else items


def _split_at(block: Block, starts: list[int]) -> list[Block]:
    """A body block cut into paragraphs at the lines `starts` lists (the first is 0), or whole."""
    if block.kind != "body" or not starts:
        return [block]
    lines = block.lines
    return [
        Block(lines[a:b], block.page, block.kind)
        for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]


def _is_speaker_heading(line: str, following: str) -> bool:
    """A line naming the speaker of the lines under it, as a debate record, a transcript or a page
    of written questions prints it: "Helen Brayshaw (Calderbridge) (Lab)", "The Minister for Care
    (Anna Ridley)", "Asked by Lord Penhallow"."""
    head = line.strip()
    return (
        len(line) <= MAX_HEADING
        and not head.endswith(".")  # a sentence of capitalised words ("A Better Way."), no name
        and (SPEAKER_HEADING.fullmatch(head) or written_label(head)) is not None
        and following[:1] in _SENTENCE_OPENERS
    )


def is_name_label(line: str, following: str) -> bool:
    """A short line labelling the words under it with their writer and what they are: "Gillian,
    54, Leicestershire" over her question (not a paragraph's first line, wrapped as long as the
    next)."""
    head = line.strip()
    return (
        len(head) <= LABEL_SHARE * len(following.strip())
        and following[:1] in _SENTENCE_OPENERS
        and NAME_LABEL.fullmatch(head) is not None
    )


def _continues(left: str, right: str) -> bool:
    """Does `right` (first text of a page) continue the sentence `left` (last text of a page)?
    Not after a sentence's end, with its note's number or without ("another town.3")."""
    if _ends_sentence(left) or _NUMBERED_PARAGRAPH.match(right):
        return False  # ... or before a numbered paragraph: "2.10 The 'system' these ..."
    before, _, last = left.rpartition("\n")
    if before and _CREDIT_LINE.fullmatch(last.strip()):
        return False  # a quotation's credit, on its own line under it, ends it: "- Carer, 9 years"
    if right[:1].islower():
        return True
    if _LINE_END_HYPHEN.search(left) or left[-1:] in _SOFT_HYPHENS:
        return True
    return len(left) >= 150 and len(right) >= 40 and (left[-1:].isalnum() or left[-1:] == ",")


# a page's notes numbered in plain figures, citing their sources: "5 Department of Health and
# Social Care (2022) Market sustainability and fair cost of care fund ..."
_PLAIN_NOTE = re.compile(r"\d{1,3}[ \t]+[A-Z]")
_CITED_YEAR = re.compile(r"\((?:19|20)\d\d\)|\b(?:19|20)\d\d\b|https?://|www\.")


def plain_note(text: str) -> bool:
    """`text` is a page's note numbered in plain figures, citing its source by a year or an
    address: "5 Department of Health and Social Care (2022) Market sustainability ..."."""
    return _PLAIN_NOTE.match(text) is not None and _CITED_YEAR.search(text) is not None


def _notes(para: _Para) -> bool:
    """A page's notes: a footnote's text, or notes numbered in plain figures that cite sources,
    which a paragraph cut by the page break runs on past."""
    if para.kind == "footnote":
        return True
    return len(para.segments) == 1 and plain_note(para.segments[-1][0])


def assemble(
    blocks: Sequence[Block], page_numbers: Sequence[int] | None = None, *, join_pages: bool = True
) -> tuple[str, tuple[PageSpan, ...]]:
    """Paragraphs joined by blank lines, a paragraph cut by a page break made whole again, and the
    character range of each page. `page_numbers[i]` is the printed number of page index i."""
    paras: list[_Para] = []
    last_page = -1
    for block in blocks:
        kind, text = form_paragraph(block)
        new_page = block.page != last_page
        last_page = block.page
        if new_page and join_pages and kind == "body":
            target = next((p for p in reversed(paras) if not _notes(p)), None)
            if (
                target is not None
                and target.kind == "body"
                and target.segments[-1][1] == block.page - 1
                and "\n" not in text  # a paragraph keeping a speaker's heading opens afresh
                and _continues(target.segments[-1][0], text)
            ):
                target.segments.append((text, block.page))
                continue
        paras.append(_Para(kind, [(text, block.page)]))

    pieces: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    cut: dict[int, int] = {}  # a page whose last paragraph runs on to the next ends mid-way
    offset = 0
    for para in paras:
        if pieces:
            pieces.append("\n\n")
            offset += 2
        text = ""
        prev_page = -1
        for seg_text, page in para.segments:
            if text:
                joined = _join_words(text, seg_text)
                seg_start = offset + len(joined) - len(seg_text)
                # the previous page ends where this segment's join begins (a repaired hyphen goes)
                left_end = len(joined) - len(seg_text)
                if joined[left_end - 1] == " ":
                    left_end -= 1
                cut[prev_page] = offset + left_end
                text = joined
            else:
                seg_start = offset
                text = seg_text
            starts.setdefault(page, seg_start)
            ends[page] = max(ends.get(page, 0), seg_start + len(seg_text))
            prev_page = page
        pieces.append(text)
        offset += len(text)
    full = "".join(pieces)
    if page_numbers is None:
        return full, ()
    numbers = list(page_numbers)
    # Pages do not overlap: a footnote printed below a paragraph that runs on to the next page
    # follows that paragraph here, so it counts as part of the next page.
    order = sorted(starts)
    bounds = []
    for k, index in enumerate(order):
        end = cut.get(index, ends[index])
        if k + 1 < len(order):
            end = min(end, starts[order[k + 1]])
        bounds.append((index, starts[index], end))
    spans = [PageSpan(numbers[i], s, e) for i, s, e in bounds]
    if len({s.number for s in spans}) != len(spans):  # printed numbers repeat: use physical ones
        spans = [PageSpan(i + 1, s, e) for i, s, e in bounds]
    return full, tuple(spans)


# -- entry points ----------------------------------------------------------------------------------


def clean_blocks(
    blocks: list[Block],
    page_numbers: Sequence[int] | None,
    *,
    web: bool = False,
    source_format: str = "text",
    warnings: Sequence[str] = (),
) -> CleanDocument:
    """Blocks from any reader to a CleanDocument: furniture out, paragraphs rebuilt, pages kept."""
    blocks = split_page_notes(blocks)
    blocks = split_field_runs(blocks)
    blocks = split_post_stamps(blocks)
    blocks = split_unwrapped(blocks)
    blocks = split_introductions(blocks)
    if web:
        blocks = drop_menus(drop_boilerplate(blocks, load_boilerplate()))
    blocks = split_at_speaker_headings(blocks)
    blocks = split_dialogue(blocks)
    blocks = split_captions(blocks)
    blocks = split_chat(blocks)
    blocks = split_piped_heads(blocks)
    blocks = split_post_heads(blocks)
    blocks = split_post_cards(blocks)
    blocks = split_wrapped(blocks)
    blocks = split_numbered(blocks)
    # before the furniture goes, so that a heading split off ("Contents") meets the same rules
    # the cleaned text's second cleaning would apply to it
    blocks = split_headings(blocks)
    # Removing one piece of furniture can expose another (a page number under a contents page).
    # Logos go last: the back cover is recognised by the front cover's masthead, logo and all. A
    # document has one back cover: once cut, a masthead line printed on every page ("OFFICIAL")
    # must not take the page before it too.
    covered = False
    for _ in range(8):
        before = len(blocks)
        blocks = drop_contents(drop_page_furniture(blocks))
        if not covered:
            cut = drop_back_cover(blocks)
            covered, blocks = len(cut) < len(blocks), cut
        blocks = drop_logos(blocks)
        if len(blocks) == before:
            break
    text, pages = assemble(blocks, page_numbers)
    return CleanDocument(
        text=text, pages=pages, source_format=source_format, warnings=tuple(warnings)
    )


def clean_text(
    text: str, *, source_format: str | None = None, warnings: Sequence[str] = ()
) -> CleanDocument:
    """Plain text (typed, saved from the web, or extracted from a PDF) to a CleanDocument.

    Web furniture is removed when the text looks like a saved web page; runs of three or more blank
    lines count as page breaks (giving page provenance) in text that does not.
    """
    text = _MARKDOWN_BOLD.sub(r"\1", normalize(text))
    web = looks_like_web_text(text)
    pages = drop_running_lines(split_pages(text, allow_blank_runs=not web))
    blocks = page_blocks(pages, rules_apart=not web)
    numbers = list(range(1, len(pages) + 1)) if len(pages) > 1 else None
    fmt = source_format or ("web-text" if web else "text")
    return clean_blocks(blocks, numbers, web=web, source_format=fmt, warnings=warnings)
