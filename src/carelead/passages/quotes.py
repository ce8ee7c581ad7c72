"""Finding quotation spans in a cleaned document: inline quotes in any of the four quote marks, and
colon-introduced block quotes of one or several paragraphs.

Everything here is a single left-to-right pass over the quote marks and paragraph breaks (regex
scanning), so the work is linear in the length of the text whatever it holds: unbalanced marks, ten
thousand of them, or a 5 MB paragraph. An unclosed quote ends with its paragraph (or with the last
paragraph of a press-release run in which every paragraph reopens the mark), so it never swallows the
rest of the document.

Apostrophes are told apart from single quotes by their neighbours: a mark between two letters or digits
is an apostrophe (don't, o'clock), one before a two-digit year is too ('90s, ’90s), and a plural
possessive (providers' views) is taken as an apostrophe while a later closing mark is still to come.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from carelead.ingest.clean import (
    CHAT_LINE,
    ORAL_QUESTION,
    PIPED_HEAD,
    QUOTING_HEAD,
    SPEAKER_HEADING,
    WrittenLabel,
    is_name_label,
    plain_note,
    written_label,
)
from carelead.passages.names import (
    CARD_STATS,
    CHAIR,
    CHAIR_HEAD,
    FULL_NAME,
    IN_THE_CHAIR,
    MAX_SIGNATURE,
    NAME_WORD,
    POST_FURNITURE,
    POST_NOMINALS,
    POSTER_CARD,
    PRONOUNS,
    REPLYING,
    SENTENCE_STOP,
    SIGNATURE_PARTS,
    TITLE,
    bare_name,
    forum_posts,
)

SINGLE, DOUBLE = "single", "double"
MARKS = re.compile(r"[‘’'“”\"]")
# (each alternative opens on a literal, which the engine scans for; "\r?" would make it try every
# character)
BREAKS = re.compile(r"(?:\r\n|\n)[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*")
EPIGRAPH_SOURCE = re.compile(
    r"[.!?…]['’\"”]?\s+[(\[][^()\[\]\n]{2,60}\b(?:1[5-9]|20)\d\d\b[^()\[\]\n]{0,20}[)\]]$"
)
CLOSERS = frozenset("’'”\"")
TERMINAL = frozenset(".!?:;\"'’”)]…")
OPEN_BEFORE = frozenset(" \t\n([{–—-/‘“\"'")
SENTENCE_STOPS = frozenset(".!?,;:")  # a mark after one of these closes, whatever follows it
# "I", "I'm", "my", "me", "myself": the first letter is matched on its own and the rest checked
# after it, which lets the regex engine skip ahead fast (the text is searched paragraph by paragraph)
FIRST_PERSON = re.compile(
    r"[IMm](?<!\w[IMm])(?:(?<=I)(?:['’](?:m|ve|d|ll))?|(?<=[Mm])y(?:self)?|(?<=m)e)\b"
)
# a list item's marker; "o" is a word processor's second-level bullet as a PDF's text gives it,
# a marker only before a quotation mark
_MARKS = "•▪●◦-*–"
BULLET_MARKS = frozenset(_MARKS + "o")
BULLET = re.compile(
    rf"\s*(?:[{re.escape(_MARKS)}]|o(?=\s+[‘'“\"])|\(?\d{{1,2}}[.)]|\(?[a-z][.)])\s+"
)
MAX_CONTINUATION = 3
# a sentence announcing what follows, with a stop for its colon: "The following response was
# received on 3 May 2024 from the council's Director of Adult Social Care."
FOLLOWING = re.compile(
    r"\b[Tt]he following (?:[a-z]+ ){0,2}(response|statement|letter|reply|comment|submission"
    r"|account|email|message)s?\b[^.:!?\n]*\.[ \t]*$"
)
NOTED_COLON = re.compile(r"[^\W\d]:\d{1,2}$")  # a colon and a footnote's number, ending a lead
# a paragraph's number as a document numbers its paragraphs ("7. ", "2.1 "), before its first word
PARA_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,2})*)\.?[ \t]+(?=[A-Z‘'“\"])")
LIST_LINE = re.compile(r"\n[ \t]*\(?\d{1,2}[.)][ \t]")  # a line of a numbered list after the first
# A paragraph that is only an attribution in brackets, "(Care worker, focus group 2)", closing the
# quotation above it as qualitative research reports print them; not a cross-reference or a citation
ATTRIBUTION_LINE = re.compile(
    # (a square bracket in capitals is a transcript's direction: "[VOX POPS, Kidderbridge market]")
    r"[ \t]*[(\[](?!(?<=\[)(?-i:[ \t]*[A-Z]{2,}[ \t,:\]]))"
    r"(?!\s*(?:see|cf|e\.g|i\.e|figure|fig|table|source|box|note|chart|annex|appendix"
    r"|para|pp?\.|caption|aston|super)\b)([^()\[\]\n]{2,80})[)\]][ \t]*",
    re.IGNORECASE,
)
# ... or after an em dash, as a PDF's pull quotes are credited: "— Principal social worker, London"
DASHED_ATTRIBUTION = re.compile(r"[ \t]*—[ \t]*([A-Z][^.!?:;()\[\]\"“”‘’\n]{2,80}?)[ \t]*")
# ... or after an en dash, on a line of its own between paragraphs (see `_en_dashed_credit`)
EN_DASHED_ATTRIBUTION = re.compile(r"[ \t]*–[ \t]+([A-Z][^.!?:;()\[\]\"“”‘’\n]{2,80}?)[ \t]*")
LIST_DASHES = "–-—•*"  # what a list's items open on
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
MAX_PAGE_NOTE = 400  # characters of a page's note (see `_page_note`)
# a recording's direction in brackets, which credits no one: "[End of recording]", "[Recording 2
# ends]", "[Interview resumes]"
DIRECTION = re.compile(
    r"[ \t]*[(\[](?i:end of (?:the )?(?:recording|interview|transcript|tape|session)"
    r"|(?:recording|interview|tape|session|part)(?: \d+)? (?:ends|ended|begins|starts|resumes))"
    r"[)\]][ \t]*"
)
# a participant's code in brackets after a sentence, the paragraph going on in the authors' words:
# "... an hour a month. (P03, mentor; former director) Where it did not work, ..."
MID_CREDIT = re.compile(
    r"(?<=[.!?…’'\"”])[ \t]*\([A-Z][A-Za-z]{0,11}[- ]?\d{1,3}[a-z]?(?:[,;][^()\n]{1,100})?\)"
    r"(?=[ \t]+[A-Z‘“])"
)
# a paragraph of testimony with no quote marks, its credit on its own last line, as survey reports
# and leaflets print them: "I love my job. I just can't afford to keep doing it.\nCare worker, North East"
CREDITED = re.compile(
    r"[.!?…][ \t]*\n[ \t]*(?:[–—-][ \t]*[A-Z][^\n.!?:;\"“”‘’]{1,80}"  # "– Registered manager"
    r"|[A-Z][^\n.!?:;,\"“”‘’]{1,60},[^\n.!?:;\"“”‘’]{1,60})[ \t]*$"  # "Care worker, North East"
)
MAX_CREDIT_WORDS = 8
# a paragraph closed by an attribution in brackets after its last full stop, as survey comments
# are printed: "... and I include my own employer in that. (Registered manager, home care)"
ENDS_ATTRIBUTED = re.compile(r"[.!?…][’'”\"]?[ \t\n]*[(\[]([^()\[\]\n]{2,80})[)\]][ \t]*$")
# A broadcast transcript's on-screen caption, naming the person whose words follow: "[CAPTION:
# Grace Mensah - Senior carer, Fernleigh House]" (an "Aston" or "Super" in British TV scripts)
# (an audio programme's script marks a clip the same way: "[CLIP: Denise Walsh, home care worker]",
# "[VOX POP: man, thirties]", "[ARCHIVE: The then Prime Minister, ...]"), numbered and after a
# dash in a radio feature's script ("CLIP 02 - KWAME ASANTE, REABLEMENT SUPPORT WORKER"), or with a
# vox pop's description in brackets ("VOX POP 1 (woman, 60s)")
CAPTION = re.compile(
    r"[ \t]*\[?[ \t]*(?:CAPTION|Caption|ASTON|Aston|SUPER|Super|CLIP|Clip|VOX POP|Vox pop|ARCHIVE"
    r"|Archive)(?:[ \t]+\d{1,3})?(?:[ \t]*:[ \t]*|[ \t]+[–—-][ \t]+|[ \t]+(?=\())"
    r"([^\[\]\n]{3,150}?)[ \t]*\]?[ \t]*"
)
# a question's bracket that says it came from the floor, not from the interviewer: "Q (audience
# member, carer):"
FLOOR = frozenset(["audience", "floor", "delegate", "attendee", "participant"])
INITIALS = re.compile(r"[A-Z]{2,4}")  # the initials a record gives a speaker: "(SK)"
_POST_WORD = r"(?:[A-Z][\w'’&.-]*|of|and|for|the|by|in|at|on|to|co-[a-z]+)"
# A transcript turn: a paragraph that opens with a speaker label - "RAY DUNMORE: It's blunt ...",
# "Interviewer: ...", "Participant 4: ..." - the form CAQDAS packages autocode
_SPEAKER = (
    r"((?:[A-Z][\w'’.-]*|\d{1,3})(?:[ \t](?:[A-Z0-9][\w'’.-]*|of|the|and|for|[–-])){0,7}"
    # a vox pop's description: "CLIP – MAN, 40s, CARE WORKER"
    r"(?:,[ \t](?:\d0s|[A-Z][A-Z'’-]+(?:[ \t][A-Z'’-]+){0,5})){0,3}"
    # a post's label in a committee's record, its field after a comma: "Assistant Director,
    # Commissioning and Market Shaping", "Deputy Director of Community Services, NHS Westmarsh ICB"
    r"(?:,[ \t][A-Z][\w'’-]*(?:[ \t](?:[A-Z][\w'’-]*|of|the|and|for)){0,8})?)"
    # the speaker's post in brackets: "AMIRA (registered manager, nursing home)"; a member's seat
    # and party: "Mrs Helen Marsh (Stourfield) (Con)"
    r"(?:[ \t]\(([^()\n]{1,80}(?:\)[ \t]\([^()\n]{1,40})?)\)"
    # ... and after the initials a seminar's record then uses, the post in title case: "Sarah
    # Kettleborough (SK), Director of Adult Social Services, Eastbridge City Council"
    rf"(?:,[ \t]({_POST_WORD}(?:,?[ \t]{_POST_WORD}){{0,14}}))?)?"
)
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
CLOCKED = re.compile(rf"[\[(]?{_CLOCK}[\])]?[ \t]+(?=\S)")  # a line opening on a recording's time
_PLAYED = (
    r"\[(?i:recording|recorded|clip|audio|archive|vox[ \t]?pop|voice[ \t]?(?:note|mail|message)"
    r"|answerphone)\][ \t]+"
)
# ... the tags of a message someone left, which need no time before them (not "[Audio] Listen:",
# a page's player)
_LEFT = r"\[(?i:voice[ \t]?(?:note|mail|message)|answerphone)\][ \t]+"
NUMBERED_PARAGRAPH = re.compile(r"\[\d{1,4}\][ \t]+")  # "[6] The second thing I'd draw out"
# a meeting's notes number their paragraphs: "3.4 Jason Mills (attends the centre):"
MINUTE_NUMBER = r"\d{1,2}\.\d{1,2}[ \t]+"
# a report's answer to what it quotes, by whom ("Response from Gillian Sorensen, Managing
# Director:") or whose ("Gillian's response: Thank you for these.")
ANSWERED_BY = r"(?:[Rr]esponse|[Rr]eply|[Aa]nswer)[ \t]+(?:from|by)[ \t]+"
OWN_ANSWER = r"['’]s[ \t]+(?:response|reply|answer)"
ANSWER_LABEL = re.compile(rf"{ANSWERED_BY}|[^:\n]{{1,60}}{OWN_ANSWER}[ \t]*:")
# ... or a public question's part, as a council's minutes head its turns: "Supplementary question
# - Mrs Howarth:", "Response - Councillor Patel, Cabinet Member for Adult Social Care:"
ASKED_PART = (
    r"(?:(?:Supplementary|Follow-up)[ \t]+)?(?:[Qq]uestion|[Rr]esponse|[Aa]nswer|[Rr]eply)"
    rf"(?:[ \t]+\d{{1,3}})?[ \t]+[–—-][ \t]+|{ANSWERED_BY}"
)
# the record's note on how the words were taken, after the speaker: "[verbatim]", "[verbatim, read
# from his notes]" (no time: "[00:01:41]" is a stamp)
RECORD_NOTE = r"(?:[ \t]+\[[^\[\]\n:]{1,80}\])?"
# ... and a paragraph of the record's next part, which ends the turn before it: "3.10 The Chair
# asked the meeting ...", "Question 2 - Mr Dean Cartwright (Registered Manager, ...)"
NEW_PART = re.compile(rf"{MINUTE_NUMBER}|{ASKED_PART}")
_LABEL = (
    # a timestamp before the label, as transcribed audio prints it: "[00:01:41] GARETH LLOYD-EVANS:"
    # or the paragraph's number, as a parliament's record does: "[5] Fiona Eastgate:", or a
    # meeting's notes: "2.3 Marcus Hale (Chief Executive, Connect Well CIC) [verbatim]:"
    # (and a tag saying a recording is played, with or without the time: "[00:16:25] [RECORDING]
    # WOMAN:", "[VOICEMAIL] DENISE:")
    rf"(?:[\[(]?{_CLOCK}[\])]?[ \t]+(?:{_PLAYED})?|{_LEFT}|{NUMBERED_PARAGRAPH.pattern}|{MINUTE_NUMBER})?"
    rf"(?:{ASKED_PART})?{_SPEAKER}(?:{OWN_ANSWER})?{RECORD_NOTE}:"
)
TURN = re.compile(_LABEL + r"(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)")
# ... or the time in brackets, then the speaker in capitals on a line above the words, as an edited
# webinar transcript prints them ("[00:02:41] MAUREEN ACHTERBERG" - the cleaner joins the lines);
# groups 2 and 3, a label's bracket and post, are empty
STAMPED_LABEL = re.compile(
    # (not a line that a colon ends, after a post in brackets: "[00:07:22] STEVE MARSH (owner,
    # two residential homes):" over the words is a label line)
    rf"[\[(]{_CLOCK}[\])][ \t]+(?![^\n]*\):[ \t]*(?:\n|$))"
    r"([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})()()[ \t]+(?=\S)"
)
# ... or the speaker and the time with no colon, on a line above the words as transcription
# services export a recording ("Ruth Amankwah  00:08:40", "Speaker 2  1:04:17"; the cleaner joins
# the lines of a paragraph), or in brackets before them ("Priya Nandakumar [00:00:04] Hello")
_STAMPED = rf"{_SPEAKER}[ \t]+(?:{_CLOCK}|\[{_CLOCK}\]|\({_CLOCK}\))"
STAMPED_TURN = re.compile(_STAMPED + r"\s+(?=\S)")
# (a web page's copy of such a transcript keeps the label on a line of its own, the words under it)
STAMPED_LINE = re.compile(_STAMPED + r"[ \t]*")
# ... or after a tag that says a recording is played, the speaker with a description in lower case,
# as a podcast's transcript prints a clip in its dialogue ("[Clip] Danielle, care worker: I've been
# doing this six years", "[Voicemail] Pat, carer for her husband: Hello"); groups 2 and 3 are empty
TAGGED_TURN = re.compile(
    r"\[(?i:clip|audio|voicemail|voice[ \t]?note|voice[ \t]?message|archive|vox[ \t]?pop)\][ \t]+"
    # (a name of two words or one and a description: not the player's "[Audio] Listen: ...")
    r"(?=[A-Z][\w'’.-]*(?:,|[ \t][A-Z]))"
    r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}(?:,[ \t][^:\n\[\]]{2,60}?)?)()():[ \t]+(?=\S)"
)
# ... or after the time, a social network's audio room prints the speaker by name and handle, and
# on their first turn what they said they are, after a dash and with no stop before their words
# ("[00:02:15] Nicola Hartley (@NurseyNic) - registered manager, 48-bed nursing home, Darlington Hi
# Dan, ...", later "[00:07:20] Nicola (@NurseyNic) Can I come back on that?"): the description is
# read up to the last comma before the first stop, and is left in the turn's words (a listener
# brought up may be a handle alone: "[00:29:40] @northern_lass_77 Hi, thanks.")
HANDLE_TURN = re.compile(
    rf"[\[(]{_CLOCK}[\])][ \t]+(?=@|[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){{0,3}}[ \t]+\(@)"
    rf"(@\w{{1,30}}|[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){{0,3}})(?:[ \t]+\((@\w{{1,30}})\))?"
    r"(?=[ \t]+[–—-][ \t]+([^\n.?!]{1,160})[,;][^\n.?!]*[.?!])?[ \t]+(?=\S)"
)
# ... or the time, then the speaker's name in title case and their part in brackets, the words
# joined on after them, as a webinar's recording prints its transcript ("00:03:52 Graham Teale" /
# "Well, the honest answer is ...", "00:00:04 Rachel Odum (Chair)" / "Good afternoon"): the name's
# words run on into the turn's ("Rachel Odum Thanks Graham"), so its length is read by
# `_stamped_name`, longest first (groups 2 and 3, a bracket and a post; 3 is empty)
STAMPED_NAMES = tuple(
    re.compile(
        rf"[\[(]?{_CLOCK}[\])]?[ \t]+({NAME_WORD}(?:[ \t]{NAME_WORD}){{{words - 1}}})"
        r"(?:[ \t]\(([^()\n]{1,40})\))?()[ \t]+(?=\S)"
    )
    for words in (3, 2, 1)
)
NAME_AGAIN_REACH = 20_000  # characters either side in which a stamped name must stand again
# ... or as a workplace chat's export prints a message's sender and time, the post in brackets or
# after a dash ("Dan Whitley (Ops Director)  9:07 AM", "Gareth Lloyd – RM Bramble Court  9:22 AM")
_CHAT_SENDER = (
    r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})"
    r"(?:[ \t]\(([^()\n]{1,60})\)|[ \t][–-][ \t]([^\n]{1,60}?))?"
    r"[ \t]+\d{1,2}:\d{2}[ \t]?[AP]M\b"
)
CHAT_SENDER = re.compile(_CHAT_SENDER + r"\s+(?=\S)")
CHAT_SENDER_LINE = re.compile(_CHAT_SENDER + r"[ \t]*")  # on a line of its own over the message
# a meeting chat's line over a reply, quoting the start of the message replied to, and a reaction
CHAT_REPLYING = re.compile(r"Replying[ \t]to[ \t][\"“][^\n]{1,80}[\"”][ \t]*(?=\n|$)")
CHAT_REACTION = re.compile(r"Reacted[ \t]to[ \t][\"“][^\n]{1,80}[\"”][ \t]+with\b")
CHAT_FURNITURE = re.compile(rf"{CHAT_REPLYING.pattern}|{CHAT_REACTION.pattern}[^\n]*")
# ... or a character's name in capitals on a line of its own over their words, as a play's script
# prints it ("DENISE" / "Quarter to seven. ...", "THE MINISTER (recorded)" / "We have put ...")
SCRIPT_LABEL = re.compile(
    r"((?:THE[ \t])?[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+)?)(?:[ \t]\(([^()\n]{1,40})\))?()"
    r"[ \t]*\n(?=\S)"
)
# a label on a line of its own, the turn in the paragraphs under it, as web transcripts print them
# ("Owen Marchbank:", "Rachel Heywood (Community Care):")
LABEL_LINE = re.compile(_LABEL + r"[ \t]*")
MAX_LABEL = 80
# ... or in capitals, a name with a post and a body, as a press conference's transcript prints its
# speakers: "COLIN MARSH, CHIEF EXECUTIVE, NATIONAL HOMECARE PROVIDERS FORUM"
MAX_CAPS_LABEL = 80
LABEL_REACH = 240  # how far into a paragraph a label's colon can stand
# a numbered question of an evidence session ("Q112 Chair:", "Q113 Dr Penhaligon:"): the questioner's
QUESTION_NUMBER = re.compile(r"Q\d{1,4}\b")
ROMAN = re.compile(r"[IVX]{1,4}")  # a numbered part ("II: Rachel Thornbury MP, ..."), not a speaker
# words that head a cast list ("Callers: ...") but, with a bracket naming the person, label one
# turn: "CALLER (JANET, HOLLINS END):", "GUEST (Ruth, registered manager):"
ANONYMOUS_LABELS = frozenset(
    ["caller", "guest", "witness", "participant", "contributor", "floor", "audience", "delegate"]
)
# labels of structured prose, not speakers: "Recommendation: ...", "Response: ...", "Source: ..."
NOT_SPEAKERS = frozenset(
    [
        "note",
        "notes",
        # a radio newsroom's script: the newsreader's cue, a clip's or a package's card ("DUR:
        # 0'24\"", "OUT: \"...as quickly as we can.\""), a bulletin's parts ("STORY 2: A49
        # CLOSURE", "WEATHER: Cloudy and damp")
        "cue",
        "pkg",
        "file",
        "in",
        "out",
        "dur",
        "story",
        "weather",
        # a question's addressee: "For Dr Farouk: how do GPs actually get told?"
        "for",
        "source",
        "sources",
        "recommendation",
        "recommendations",
        "response",
        "responses",
        "action",
        "actions",
        "finding",
        "findings",
        "key",
        "theme",
        "themes",
        "outcome",
        "outcomes",
        "aim",
        "aims",
        "objective",
        "objectives",
        "background",
        "context",
        "summary",
        "example",
        "examples",
        "case",
        "figure",
        "table",
        "box",
        "step",
        "stage",
        "phase",
        "priority",
        "status",
        "date",
        "time",
        "location",
        "venue",
        "title",
        "subject",
        "re",
        "ref",
        "tel",
        "email",
        "web",
        "website",
        "contact",
        "update",
        "lesson",
        "lessons",
        "issue",
        "issues",
        "guests",
        "guest",
        "witnesses",
        "witness",
        "members",
        "callers",
        "caller",
        "panel",
        "panellists",
        "present",
        "attendees",
        "participants",
        "speakers",
        "cast",
        "contributors",
        "transcript",
        "producer",
        "editor",
        "recorded",
        "broadcast",
    ]
)
# the person asking: their turns are the authors' narrative, as an interviewer's questions are
NARRATORS = frozenset(
    [
        "narrator",
        "interviewer",
        "presenter",
        "host",
        "q",
        "question",
        "moderator",
        "facilitator",
        "chair",
        "chairperson",
        "reporter",
        "journalist",
        "researcher",
    ]
)
# a question's label that names who asks it: "QUESTION – TOM FULLER, BBC NEWS" at a press conference
# (the asker, no narrator: the record has no authors asking)
NAMED_ASKER = re.compile(r"(?i:q|question)[ \t]*[–—-][ \t]*[A-Z]")
# ... or in brackets, a name of two words at least, as a panel's record names a question from the
# floor: "QUESTION (Cllr Brenda Moss, Calder Vale Council):", "Q (Dr Gary Thornton, GP):" (not the
# narrator's "Q (Interviewer):")
ASKER_IN_BRACKETS = re.compile(
    rf"(?i:q|question)[ \t]*\([ \t]*(?:{TITLE}[ \t]+)?[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+"
)
CAST_NARRATOR = re.compile(  # "Presenter: Jo Whitfield" (cleaning may have joined the cast lines)
    r"\b(?i:presenter|host|interviewer|moderator|facilitator|chair|reporter|researcher)s?[ \t]*:"
    r"[ \t]*([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})"
)
MIN_TURNS = 4
# the rest of a contents page's entry: the title's last words and its page's number, before the
# next entry or the line's end (the cleaner may join the lines)
CONTENTS_ENTRY = re.compile(r"[^\n.!?]{0,80}?[ \t.…]\d{1,3}(?:[ \t]+[A-Z]|[ \t]*(?:\n|$))")
# a title's first words, after a label
LISTED_WORDS = re.compile(r"[^\W\d][\w'’-]*(?:[ \t]+[\w'’-]+){3}")
# a person's name in title case, in a post's bracket: "(Clare Lee)", "(Baroness Merriden)"
TITLED_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3}")
CHAIRS = frozenset(["chair", "chairperson"])
# a person by title and surname, as a record names its members: "Mr Feeney", "Cllr Jane Okafor"
TITLED_PERSON = re.compile(rf"\(?{TITLE}(?:[ \t]{NAME_WORD}){{1,3}}\)?")
# a speaker's name in capitals, perhaps after a title: "HELEN MARSH", "CLLR PETER HAMMOND"
CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")  # ... or a first name alone
CAPS_NAME = re.compile(
    r"(?:(?:CLLR|DR|PROF|PROFESSOR|SIR|DAME|MR|MRS|MS)\.?[ \t]+)?[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,2}"
)
# questions with no label that make an interview: a short one's few ("Three questions for Joanne"),
# each putting "you" and answered as "I", which a report's headings and an FAQ are not
MIN_QUESTIONS = 3
CUT_OFF = "—–-…"  # the end of a turn someone interrupts
# the paragraph after a quotation standing alone, saying whose it was: "That is how one director
# answered", "That was how a carer put it"
THAT_IS_HOW = re.compile(r"\s*(?:That|This)(?:[ \t]+(?:is|was)|['’]s)[ \t]+how[ \t]+")
# a member's party after their name in a debate record: "Lord Ambrose (CB)", "Helen Brayshaw (Lab)"
PARTY = re.compile(
    r"\((?:Con|Lab|LD|Lib Dem|CB|SNP|Green|Ind|Non-Afl|DUP|PC|UUP|SDLP|Reform|Bishop)\)$"
)
CAST_WORDS = 8  # words after a cast line's name: a short apposition, or the next part's label
# a reader's comment: its author (a name, a handle, with what they say they are), then the words
COMMENT = re.compile(
    r"(?:Posted by[ \t]+([^\s:][^:\n]{0,59})|([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}"
    r"(?:,[ \t][^:\n]{1,60}?)?)[ \t]+(?:says|writes|commented|replied))"
    r"(?:[ \t]+on[ \t][^:\n]{1,40})?:[ \t]+(?=\S)"
)
# a forum post quoting an earlier one, as forum software prints it: the quoted poster's handle and
# "said:", their words, and the control that opens a long quotation ("tilly_dom said: When I rang
# the office ... Click to expand..."); a document is a forum thread when the control appears
REPLY = re.compile(QUOTING_HEAD + r"\s+(?=\S)")
QUOTED_POST = re.compile(QUOTING_HEAD)  # the same, its words below
EXPAND = "Click to expand"
# ... or set off by the mail convention, a ">" before its lines ("OldSocialWorkerJo wrote: > Ask
# for a copy of the review"): the earlier post quoted is that paragraph
BOXED = re.compile(r"[ \t]*\n?[ \t]*>[ \t]*(?=\S)")
# ... or in phpBB's box: "Quote", the handle and "wrote:", and a link "↑" to the post with its
# date ("Quote Bev_HomeCareMgr wrote: ↑Tue Mar 04, 2025 10:12 pm It matters massively.")
QUOTE_BOX = re.compile(
    r"(?:Quote\s+)?([\w.'’-]{2,30})[ \t]+wrote:[ \t]*↑[^\n↑]{0,40}?"
    r"\b\d{1,2}:\d{2}(?:[ \t]?[ap]m)?\s+(?=\S)"
)
MIN_SIGNATURE_PARTS = 2  # "Mum in residential care since 2022 · self-funding (for now)"
MIN_POSTS = 2  # posts, at least, of a thread whose posts are read as their posters' words
# a day's date, as review sites and petitions print it: "3 November 2025", "8 Jan 2024"
_DATE = (
    r"\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{4}"
)
# an employer review site's line over a review: the reviewer's job title (the capitalised words
# before the bracket), whether they still work there, where, and the date the words follow
EMPLOYEE_REVIEW = re.compile(
    r"((?:[A-Z][\w'’&/-]*[ \t]+){0,4}[A-Z][\w'’&/-]*)[ \t]+"
    r"\((?:[Cc]urrent|[Ff]ormer)[ \t]+(?:employee|staff|worker|contractor|volunteer)[^)\n]{0,40}\)"
    rf"(?:[ \t]+[-–—|·][ \t]+[^\n]{{1,80}}?)?[ \t]+[-–—|·][ \t]+{_DATE}[ \t]+(?=\S)"
)
# ... the bracket that every such label holds, a literal the engine scans for
REVIEW_STATUS = re.compile(
    r"\((?:[Cc]urrent|[Ff]ormer)[ \t]+(?:employee|staff|worker|contractor|volunteer)"
)
# a review site's reply, after whom it is from ("Response from Debbie Kavanagh (Registered
# Manager) at Oakhurst House", "Management response from ..."): over the reply, or, on an employer
# review site, before its date and words, the date perhaps on a line of its own ("Response from
# Brightwell Homecare Ltd" / "Responded 3 March 2025 Hi, thank you ...")
RESPONSE_FROM = (
    r"(?:(?:Management|Owner|Manager|Provider|Employer|Company)['’]?s?[ \t]+)?"
    r"(?:[Rr]esponse|[Rr]eply)[ \t]+(?:from|by)[ \t]+"
)
REVIEW_REPLY = re.compile(
    RESPONSE_FROM + r"([^\n]{2,120}?)"
    r"(?:[ \t]+(?:[-–—|·][ \t]+)?|[ \t]*\n(?:Responded|Replied)(?:[ \t]+on)?[ \t]+)"
    rf"{_DATE}(?:[ \t]+|[ \t]*\n)(?=\S)"
)
FIRST_NAME = re.compile(r"[A-Z][a-z'’-]{1,20}")  # a first name alone, as a panel's label
# a testimony's heading: its teller's first name (or two names), job and place, in capitals
TESTIMONY_HEAD = re.compile(
    r"[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?,[ \t]+[A-Z][A-Z0-9 &'’()/.-]{2,60}"
    r"(?:,[ \t]+[A-Z][A-Z0-9 &'’()/.-]{1,40}){0,2}"
)
# a petition's signatory, by first name and town: "Margaret, Holtby", "Jason, Fenwick Bridge"
SIGNER = re.compile(
    r"[A-Z][a-z'’-]+(?:[ \t][A-Z]\.?)?,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
)
# ... and the date of their reason, after its last sentence or on a line of its own
SIGNED_ON = re.compile(rf"\s+{_DATE}[ \t]*$")
DATE = re.compile(_DATE)
# ... and its questions' answers, each closed by when and by whom it was given ("What is the
# interview process like? Asked 2 February 2025 Very relaxed, ... Answered 9 February 2025 - Home
# Care Assistant in Darlington"), the question and its date before the first
REVIEW_ASKED = re.compile(rf"\?[ \t]+Asked[ \t]+{_DATE}[ \t]+(?=\S)")
REVIEW_ANSWERED = re.compile(
    rf"[ \t]+Answered[ \t]+{_DATE}[ \t]+[-–—|·][ \t]+([^\n]{{2,80}}?)[ \t]*$"
)
# ... and a reply's signature, after its last sentence or on a line of its own: who replies
# ("... speak to you. Sandra Pickering, Managing Director"), not the business in its own name
REPLY_SIGNED = re.compile(
    rf"(?:(?<=[.!?])[ \t]+|\n)((?:{FULL_NAME.pattern}),[ \t]+[A-Z][^.!?\n]{{2,80}})[ \t]*$"
)
# a public question time's record under an item's question label ("4.1 Question from Mrs Denise
# Harrowell, Brackenfield ward"): who the question is put to ("To: Councillor Helen Brabazon, Cabinet
# Member for Adult Social Care") and the turns it labels in the paragraph's opening words, the
# asker's ("Question:", "Supplementary question:") or the answer's ("Response:", group 1)
ADDRESSEE = re.compile(r"To:[ \t]+([A-Z][^\n]{2,160}?)[ \t]*")
MINUTED_TURN = re.compile(
    r"(?:(?:Supplementary|Follow-up|Further)[ \t]+)?[Qq]uestion[ \t]*:[ \t]*"
    r"|Supplementary[ \t]*:[ \t]*|(Response|Reply|Answer)[ \t]*:[ \t]*"
)
# ... a turn the record reports rather than gives: "Response: The Chair said that he would ...",
# "Response: Ms Greaves replied:"
REPORTED_TURN = re.compile(
    r"(?:The[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*,?[ \t]+"
    r"(?:said|replied|responded|answered|confirmed|explained|agreed|added|stated|undertook)\b"
)
# a heading over a member's question or its answer in minutes: "Question 1 – Councillor Stuart
# Kerr", "Response from the Chief Officer" (no stop: a sentence is no heading)
HEADED_QA = re.compile(
    rf"(?:Question[ \t]+\d{{1,3}}[ \t]*[-–—:][ \t]*|{RESPONSE_FROM}|Answer[ \t]+(?:from|by)[ \t]+)"
    r"([A-Z][^\n.:;?!]{2,80}|the[ \t][^\n.:;?!]{2,80})[ \t]*"
)
REVIEW_DONE = re.compile(r"[ \t]*(?:Was this review helpful\?|Helpful[ \t]*\(\d+\))")
# a forum's controls and reactions after a post's words: "Like Reply Report", "Reply Report
# Reactions: Bramblewood_RM, carehomeKaz and 9 others"
POST_CONTROLS = re.compile(
    r"(?:[ \t]+(?:Like|Reply|Report|Quote|Share))+(?:[ \t]+Reactions:[^\n]*)?[ \t]*$"
    r"|[ \t]+Reactions:[^\n]*$"
)
# the date and time a comment system prints between a comment's author and its words ("12 March 2025
# at 10:14 am", "March 2, 2025 at 9:14 pm", "13/03/2025 08:21", "2 days ago"): not the reader's words
_STAMP = (
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t][A-Z][a-z]{2,8},?[ \t]\d{4}"
    r"|[A-Z][a-z]{2,8}[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?[ \t](?:at[ \t])?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?)?"
    r"|\d+[ \t](?:minutes?|hours?|days?|weeks?|months?|years?)[ \t]ago)"
)
STAMP = re.compile(_STAMP + r"\s+(?=\S)")
# ... or a paragraph each, as a page copied an item a line prints them: "HollinfordLass" / "5 hours
# ago" / the words ("Bev_K_2016 replying to HollinfordLass" / "4 hours ago" / ...)
HANDLE_LINE = re.compile(
    r"@?([A-Za-z][\w.'’-]{1,29})(?:[ \t]+replying[ \t]+to[ \t]+@?[\w.'’-]{2,30})?"
)
STAMP_LINE = re.compile(_STAMP + r"[ \t]*")
# a comment system's byline: the reader's handle or name, alone, right before the stamp
# ("WexcombeLass 2 days ago", "Sue P 12 March 2025 at 10:14 am"); the words a page prints that way
# before a date are no readers
BYLINE = re.compile(
    # (or a bar or a dot between them: "Bev_H_carer | 15 Nov 2024")
    r"@?([A-Za-z][\w.'’-]{1,29}(?:[ \t][A-Z][\w'’.-]*){0,2})"
    r"(?:[ \t]+replying[ \t]+to[ \t]+@?[\w.'’-]{2,30})?"  # a reply: "HomeCareHelen replying to Mike_T"
    r"(?:[ \t]*[|·•][ \t]*|[ \t\n]+)(?=\d|[A-Z][a-z]{2,8}[ \t]\d)"
)
# ... or the byline a paragraph of its own over the words, a headline between the name and the
# stamp ("Marcus J · Registered manager, home care · 2 days ago", "SocialWorkerNW · 2 days ago")
BYLINE_ALONE = re.compile(
    r"@?([A-Za-z][\w.'’-]{1,29}(?:[ \t][A-Z][\w'’.-]*){0,2})"
    r"(?:[ \t]*[|·•][ \t]*([^|·•\n]{2,60}?))?[ \t]*[|·•][ \t]*" + _STAMP + r"[ \t]*"
)
COMMENTS_AFTER = (
    0.3  # of a page: readers' comments stand under the article, never in its first third
)
THREAD_POSTS = 4  # posts under a handle on its own line, at least, for a thread of them
NOT_READERS = frozenset(["Updated", "Published", "Posted", "Edited", "Modified", "Added", "Last"])
# the controls a comment system prints under a comment ("Reply · Report · 41 likes", "Reply Report
# Recommend 189"): not its words
CONTROLS = re.compile(
    r"\s*(?:(?:Reply|Report|Like|Share|Flag|Recommend(?:[ \t]+\d+)?|\d+[ \t]+(?:likes?|replies|reply))"
    r"(?:[ \t]*[·|•][ \t]*|[ \t]+(?=[RLSF])|[ \t]*$))+$"
)
MIN_OWN_WORDS = 3
# a professional network's comment card, a paragraph over the comment: the name, the connection's
# degree (or "Author" on a line of its own, for the post's writer replying), the headline the
# member gives themself, and the comment's age ("Priya Nandra • 2nd Assistant Director – Adult
# Social Care at Calderbrook Council 2d")
CARD_DEGREE = r"(?:1st|2nd|3rd\+?|Author)"  # the connection's degree, or the post's writer
CARD_LABEL = re.compile(
    rf"({FULL_NAME.pattern})(?:[ \t]+•[ \t]+{CARD_DEGREE}|[ \t]*\n[ \t]*Author|[ \t]+Author(?=[ \t]*\n)"
    # (or, a copy without the degree's badge, the name alone on the line over the headline)
    r"|[ \t]*(?=\n))"
    r"[ \t\n]+([^\n]{3,200}?)"
)
CARD_AGE = r"[ \t]+\d{1,2}(?:[hdwmy]|mo|yr)"
CARD = re.compile(rf"{CARD_LABEL.pattern}{CARD_AGE}[ \t]*$")
# ... or, as another copy of the page gives it, the card and the comment's words as one paragraph,
# the controls and counts closing it ("Tom Ellery • 2nd Chief Executive, Brookfield Homecare 5d
# Number 5 really landed with me ... Like • Reply • 87 reactions • 4 replies"); the name and its
# degree may stand as a paragraph of their own over the rest (a reply's, indented)
CARD_INLINE = re.compile(
    # (the post's own card, the age marked "Edited" and who may see it, over the words in the
    # paragraphs below: "1d • Edited • 🌐")
    rf"{CARD_LABEL.pattern}{CARD_AGE}(?:[ \t]+•?[ \t]*Edited)?(?:[ \t]+•[ \t]*🌐)?\s+(?=\S)"
)
CARD_HEAD = re.compile(rf"{FULL_NAME.pattern}[ \t]+•[ \t]+{CARD_DEGREE}")
INLINE_CONTROLS = re.compile(
    r"(?:^|[ \t]+)Like(?:[ \t]*[•·|][ \t]*(?:Reply|[\d,]+(?:[ \t]+(?:reactions?|likes?|[Rr]epl(?:y|ies)))?))*"
    # (or the reply's and the counts without the separators: "Reply 23 Reactions 4 Replies")
    r"[ \t]*$|[ \t]+Reply(?:[ \t]+[\d,]+[ \t]+[Rr]eactions?)?(?:[ \t]+[\d,]+[ \t]+[Rr]epl(?:y|ies))?[ \t]*$"
)
# ... and the card's controls after the comment's words: " · 38 Reply · 3 Replies"
CARD_CONTROLS = re.compile(
    r"[ \t]*(?:·[ \t]*\d+[ \t]+)?Reply(?:[ \t]*·[ \t]*\d+[ \t]+Repl(?:y|ies))?[ \t]*$"
)
# a photo or video app's comment, as a browser copies it: the commenter's handle on a line of its
# own (after the controls of the comment before, which the cleaner joins to it: "Reply
# jodie.does.nights", "Hide replies nurse.ella.rn"), badges, the words, then the comment's age on a
# line of its own ("4d", "12h", "3w") and its likes or a "Reply" under it
STAMPED_HANDLE = re.compile(
    r"(?:(?:Reply|Hide[ \t]+replies|View[ \t]+(?:all[ \t]+)?\d+[ \t]+(?:more[ \t]+)?repl(?:y|ies)"
    r"|Pinned)[ \t]+)*@?([A-Za-z0-9_][\w.]{1,29})"
)
BADGES = frozenset(["Verified", "Author", "Creator", "Follow", "•", "Top fan", "Pinned"])
AGE = re.compile(r"\d{1,3}[ \t]?(?:[smhdwy]|mo|min|hr|wk)")
LIKED = re.compile(r"(?:[\d,.]+[KkM]?[ \t]+likes?|Reply|Like)\b")
MAX_STAMPED_PARAS = 6  # paragraphs of a comment's words, at most, above its age
# a link aggregator's comment as its classic page prints it, over the comment's paragraphs: the
# collapse mark, the commenter's handle (and "[S]" for the thread's submitter, "[M]" a moderator),
# the flair they give themselves, the points and the age ("[–]mancunian_rm Registered Manager 287
# points 8 hours ago"); the controls under the last paragraph ("permalinkembedsavereportreply")
THREAD_HEAD = re.compile(
    r"\[[–-]\]((?!deleted\b|AutoModerator\b)[\w-]{3,30}(?:\[[SM]\])?"
    r"(?:[ \t](?![\d-]+[ \t]+points?\b|\[score)[^\n]{1,60}?)?)"
    r"[ \t]+(?:-?\d+[ \t]+points?|\[score[ \t]hidden\])[ \t]+[^\n]*?ago\b[^\n]*"
)
# ... and the thread's own post, under its title: "submitted 9 hours ago* by throwaway_seniorcarer
# Senior Carer"
SUBMITTED = re.compile(
    r"submitted[ \t][^\n]{1,30}?ago\*?[ \t]+by[ \t]+([\w-]{3,30}(?:[ \t][^\n]{1,60})?)$"
)
# ... or as its newer page copies: "level 2 RM_in_the_Dales · 3 days ago Registered Manager" over
# a comment ("OP" for the submitter), and "Posted by u/tired_not_broken 3 days ago Home Care
# Worker" over the post's title, its tag ("Discussion") and its words; the handle and the age may
# be a line each ("Posted by u/nightshift_nadia" / "2 days ago"); a deleted account's comment keeps
# its words ("level 2 [deleted] · 2 days ago")
LEVEL_HEAD = re.compile(
    r"level[ \t]\d{1,2}[ \t]+((?:[\w-]{3,30}|\[deleted\])(?:[ \t]OP)?[ \t]+·[ \t]+[^\n]*?ago\b[^\n]*)"
)
POSTED_HEAD = re.compile(r"Posted[ \t]by[ \t]u/([\w-]{3,30}(?:[ \t]+[^\n]*?ago\b[^\n]*)?)")
AGE_LINE = re.compile(r"[^\n]{1,20}[ \t]ago\b[^\n]{0,60}")
THREAD_CONTROLS = re.compile(r"permalink|save[ \t]hide[ \t]report")
WITHDRAWN = re.compile(r"\[(?:removed|deleted)\]")  # a comment's words taken down
# a note's author as a whiteboard's, a wall's or a shared document's export prints it, on the line
# over the note's words or run on to them ("Author: Bev Castle (Care Worker, Brightwell Home
# Care)", "Posted by: Yvonne"), and a comment on the note after it ("> Comment from Yvonne Tate
# (Member, Making It Real Board), 06/02/2024 10:58: Visible would be a start!")
_NOTE_BY = r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}(?:[ \t]\([^()\n]{1,100}\))?)"
NOTE_AUTHOR = re.compile(
    rf"(?:Author|Posted[ \t]by|Added[ \t]by|Created[ \t]by):[ \t]+{_NOTE_BY}[ \t\n]+(?=\S)"
)
# ... or a shared document's comments and replies, as its export lists them: "[Comment AB2] Alison
# Brennan (ICPA) – 05/03/2024 11:40 \"Ten years\" - are we sure?", "[Reply SH3] Sarah Hebden
# (ICPA) – 05/03/2024 12:02"
DOC_COMMENT = re.compile(
    rf"\[(?:Comment|Reply)[ \t]+[A-Z]{{1,4}}\d{{1,3}}\][ \t]+{_NOTE_BY}[ \t]+[–-][ \t]+"
    r"\d{1,2}/\d{1,2}/\d{2,4}(?:,?[ \t]+\d{1,2}:\d{2})?\s+(?=\S)"
)
NOTE_COMMENT = re.compile(
    rf"[ \t\n]*>?[ \t]*Comment[ \t]from[ \t]+{_NOTE_BY}(?:[^:\n]|:(?=\d)){{0,30}}:[ \t]+(?=\S)"
)
# a tribute on a memorial page, or a guestbook's entry: the writer's name on a line of its own, who
# they were to the person remembered (or their post), the date, then the words, which the cleaner
# runs on to the line ("Sandra Okonjo" / "Colleague · Senior care assistant, Brackenfold House 24
# January 2025 Janet interviewed me ..."), and the page's controls after them
TRIBUTE = re.compile(rf"({FULL_NAME.pattern})[ \t]*\n([^\n]{{2,150}}?)[ \t]+{_DATE}[ \t]+(?=\S)")
TRIBUTE_CONTROLS = re.compile(r"[ \t]*Reply[ \t]*·[ \t]*Like\b")
# ... or a supporter's message on a fundraising page: the supporter (a name, a group's, or
# "Anonymous"), what they gave and when, which the cleaner runs on to the words ("Margaret Hird
# pledged £50 2 days ago My dad spent ...", "Kirkby WI £120.00 + £30.00 Gift Aid 1 week ago ...")
SUPPORTER = re.compile(
    r"([A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z&][\w'’.-]*|of|and|the)){0,5})[ \t]*\n?[ \t]*"
    r"(?:(?:pledged|donated|gave|contributed)[ \t]+)?£[\d,]+(?:\.\d\d)?"
    r"(?:[ \t\n]+\+[ \t]*£[\d,]+(?:\.\d\d)?[ \t]+Gift[ \t]Aid)?[ \t]*\n?[ \t]*"
    r"(?:\d{1,3}[ \t]+(?:minute|hour|day|week|month|year)s?[ \t]+ago|[Yy]esterday|[Tt]oday)"
    r"[ \t]*\n?[ \t]*(?=\S)"
)
# a letter's signature: the writer's name on a line of its own and a line with their post or town
# ("Dr Imran Siddiqui / GP partner, Sheffield", "Janet Cole / Norwich"), as a letters page or a
# signed foreword prints it; a name-like line alone is as often a heading ("Care Quality
# Commission", "Next Steps") or a byline
SIGNATURE = re.compile(rf"({FULL_NAME.pattern})[ \t]*\n[ \t]*([^\n.!?:;]{{2,90}}?)[ \t]*$")
# ... which a web page's copy prints as two paragraphs, the name's and the town's or post's (a
# former post and the town now, after a semicolon: "Director of adult social services, Ravensby
# council, 2009–21; Whitby, North Yorkshire")
SIGNED_APART = re.compile(
    rf"({FULL_NAME.pattern})[ \t]*\n[ \t]*\n[ \t]*([^\n.!?:]{{2,120}}?)[ \t]*$"
)
# ... or on one line, the place or post after a comma: "Margaret Ellery, Kingsbrook", "Sue
# Barrington, Chief Executive, Age Well Mellshire" (not a running head, "Title | Section", nor a
# date line: "Brackenmoor Borough Council, 2025"); the name may be an initial and a surname ("D.
# Carr, Westgate"), and a bracket may follow it ("Bernard Quill (retired), Fenwick Lane")
SIGNED_LINE = re.compile(
    rf"({FULL_NAME.pattern}|[A-Z]\.[ \t]?{NAME_WORD})(?:[ \t]\([a-z][^()\n]{{1,30}}\))?,"
    r"[ \t]+([A-Za-z][^\n.!?:;|]{1,89}?)[ \t]*$"
)
PROFILED = 600  # characters after a name over a profile in which the profile names them
MIN_LETTERS = 2
MIN_LINE_LETTERS = 3
MAX_PAGE_LETTER = 6  # paragraphs of one of those: a page of letters prints them whole
# the signature of a letter printed anonymously, in its place
WITHHELD = re.compile(
    r"Names?(?:[ \t]and[ \t]address(?:es)?)?[ \t](?:supplied|withheld)\b"
    # (and what the page says of the writer: "(Ravensmoor home care worker)")
    r"(?:[^\n(]{0,20}|[ \t]*\([^()\n]{1,60}\))$"
)
# an email a document copies in, under its header ("From: Marsh-Oduya, Helen" / "Sent: 04 September
# 2023 17:42" / "To: ..." / "Subject: ..."): the sender is the label
EMAIL_HEADER = re.compile(
    # (under a disclosure's number for it, on its own line: "Email 3" / "From: Okoye, Sam ...")
    r"(?:(?:E-?mail|Message|Document)[ \t]+\d{1,3}[ \t]*\n)?"
    r"From:[ \t]+([^\n]+)(?:\n(?:Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance):[^\n]*)+"
)
# ... or a mailing list digest's, run on to one line: "Message: 2 Date: Tue, 11 Mar 2025 10:02:55
# +0000 From: Graham Oduya <graham.oduya@westmoor.gov.uk> To: ... Subject: ..."
DIGEST_HEADER = re.compile(
    r"Message:[ \t]+\d{1,3}[ \t]+Date:[^\n]{5,60}?[ \t]From:[ \t]+([^<\n]+?)[ \t]*<[^>\n]*>"
    r"[^\n]*?Subject:[^\n]*"
)
QUOTED_REPLY = re.compile(r">|On[ \t][^\n]{5,80}[ \t]wrote:")  # a reply's quotation of the last
ORIGINAL_MESSAGE = re.compile(r"-+[ \t]*(?:Original|Forwarded)[ \t]+[Mm]essage[ \t]*-+")
MAX_EMAIL = 12  # paragraphs of an email's words (and what it quotes), at most
MAX_SIGN_OFF = 3  # words of its sign-off ("Helen", "B", "Thanks, Tom") on a line of its own
MAX_LETTER = 4  # paragraphs a letter runs back from its signature, at most
MIN_LETTER_WORDS = 12
ENDS = frozenset(".!?…’'”\")")  # a paragraph ending on one ends its sentence
OPENS = frozenset("‘“'\"")
MAX_ANSWER = 6  # paragraphs: an answer runs on for a few, not to the end of the page
MIN_ANSWERED = 3  # posts under one name: an expert's answers on a page of readers' questions
BRACKETS = re.compile(r"\([^()\n]*\)")
WORD = re.compile(r"[a-z]+")
MAX_ATTRIBUTION_WORDS = 12
HEADING_WORDS = 14
QUESTION_WORDS = 45  # an interviewer's question set above its answer: a sentence or two
YOU = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")
# what a page calls an interview it prints: "she talks to Tom Ridley", "Home » Interviews"
INTERVIEW = re.compile(
    r"\b(?:talk(?:s|ed)? to|spoke to|speaks to|in conversation with|interview(?:s|ed)?|Q&A)\b",
    re.I,
)
# a printed Q&A's letters, bold in print, plain in a copy: "Q Why ...?", "A Because ..."
LETTER_Q = re.compile(r"Q\.?[ \t]+(?=[A-Z‘“'\"])")
LETTER_A = re.compile(r"A\.?[ \t]+(?=[A-Z‘“'\"])")


@dataclass(frozen=True)
class Paragraph:
    """A run of non-blank lines: text[start:end]; `blank_after` counts the blank lines that follow."""

    start: int
    end: int
    blank_after: int


@dataclass(frozen=True)
class Group:
    """A logical paragraph: one or more Paragraphs joined where a page break split a sentence."""

    start: int
    end: int
    first: int  # index of its first Paragraph
    last: int


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: text[start:end], including its marks for inline quotes.

    `inner_start`/`inner_end` bound the quoted words without the marks; `group` is the logical
    paragraph the quote opens in; `closed` is False for a quote ended by its paragraph.
    """

    start: int
    end: int
    kind: str  # "inline" | "block"
    group: int
    inner_start: int
    inner_end: int
    closed: bool = True
    last_group: int = -1
    how: str = ""  # for blocks: "" (after a colon), "continued" (the previous speaker goes on),
    # "epigraph", "attributed" (closed by a bracketed attribution paragraph, no colon before it),
    # "turn" (a transcript turn after its speaker label), "speech" (a paragraph of a speech under
    # its speaker heading), "answer" (an interview's answer after a labelled question),
    # "comment" (a reader's comment after its author's label), "credited" (no marks, its credit
    # line under it: kept only if that line names a role), "letter" (a reader's letter over its
    # signature), "captioned" (a broadcast transcript's words under the caption naming the speaker),
    # "reply" (a forum post's quotation of an earlier post, after the poster's handle),
    # "announced" (after a sentence saying what follows: "The following response was received
    # from the council."), "numbered" (another document's numbered paragraphs, after a lead with
    # a number of the document's own); for
    # inline quotes, "nested": lifted out of a speaker's turn (attribute._unnest)
    label: tuple[int, int] = (-1, -1)  # a speech's heading, a comment's author, a letter's
    # signature, a forum reply's quoted poster: text[a:b]
    extent: tuple[int, int] = (-1, -1)  # the whole speech, answer or run-on turn, with what it
    # quotes
    # for blocks: the inline quotations opening inside them, which are part of the block unless
    # attribution finds a speaker of their own ("Dr Lim said to me once, '...'" in an answer)
    nested: tuple[QuoteSpan, ...] = ()


@dataclass
class ScanStats:
    """Work counters, so tests can bound the work done on pathological input."""

    marks: int = 0
    paragraphs: int = 0
    groups: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines, trimmed of surrounding whitespace."""
    out: list[Paragraph] = []
    pos = 0
    for m in BREAKS.finditer(text):
        _add_paragraph(text, pos, m.start(), m.group().count("\n") - 1, out)
        pos = m.end()
    _add_paragraph(text, pos, len(text), 0, out)
    return out


def paragraphs_from(text: str, pos: int) -> Iterator[Paragraph]:
    """The paragraphs from `pos` on, lazily, so a caller that stops early scans no further."""
    for m in BREAKS.finditer(text, pos):
        one: list[Paragraph] = []
        _add_paragraph(text, pos, m.start(), m.group().count("\n") - 1, one)
        yield from one
        pos = m.end()
    one = []
    _add_paragraph(text, pos, len(text), 0, one)
    yield from one


def _add_paragraph(text: str, start: int, end: int, blanks: int, out: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(start, end, blanks))
    elif out:
        prev = out[-1]
        out[-1] = Paragraph(prev.start, prev.end, prev.blank_after + blanks)


def _word_count(text: str, start: int, end: int, limit: int) -> int:
    n = 0
    for _ in re.finditer(r"\S+", text[start : min(end, start + limit * 12)]):
        n += 1
        if n > limit:
            break
    return n


def is_heading(text: str, para: Paragraph | Group) -> bool:
    """A short line with no closing punctuation: a heading, a running head, a page number."""
    if "\n" in text[para.start : para.end]:
        return False
    last = text[para.end - 1]
    return last not in TERMINAL and _word_count(text, para.start, para.end, HEADING_WORDS) <= (
        HEADING_WORDS
    )


def groups(text: str, paras: list[Paragraph]) -> list[Group]:
    """Join paragraphs that a page break split in mid-sentence into logical paragraphs."""
    out: list[Group] = []
    i = 0
    while i < len(paras):
        first = i
        while i + 1 < len(paras) and _continues(text, paras[i], paras[i + 1]):
            i += 1
        out.append(Group(paras[first].start, paras[i].end, first, i))
        i += 1
    return out


def _continues(text: str, para: Paragraph, nxt: Paragraph) -> bool:
    last = text[para.end - 1]
    if last in TERMINAL or last.isdigit():
        return False
    if is_heading(text, para):
        return False
    head = text[nxt.start]
    if head.islower():
        return True
    # a long paragraph cut off mid-sentence by a page break ("...the Department of Health and Social"
    # / "Care]. But probably...")
    return para.blank_after >= 2 and head.isalpha() and not is_heading(text, nxt)


def _kind(text: str, i: int, lo: int, hi: int) -> tuple[str, str | None]:
    """("open" | "close" | "both" | "apostrophe", family) for the mark at text[i]."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in '“”"':
        family = DOUBLE
        if ch == "“":
            return "open", family
        if ch == "”":
            return "close", family
    else:
        family = SINGLE
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe", None
        # (not a closing mark after a sentence's stop, before a footnote's number: "... time.’10")
        if (
            nxt.isdigit()
            and i + 3 <= hi
            and text[i + 1 : i + 3].isdigit()
            and prev not in SENTENCE_STOPS
        ):
            after = text[i + 3] if i + 3 < hi else " "
            if after == "s" or not after.isalnum():
                return "apostrophe", None  # '90s, ’20s
        if ch == "‘":
            return "open", family
        if ch == "’":
            return (
                "open" if (prev in OPEN_BEFORE or prev.isspace()) and not nxt.isspace() else "close"
            ), family
    # straight marks: decide by the neighbours
    if (prev in OPEN_BEFORE or prev.isspace()) and not nxt.isspace():
        return "open", family
    if not prev.isspace():
        return "close", family
    return "apostrophe", None


def inner_quotations(text: str, q: QuoteSpan) -> tuple[QuoteSpan, ...]:
    """The closed quotations inside quotation `q` that its speaker gives someone else: a block's
    (`nested`), or those of the other quote family inside an inline one (the “...” of a ‘...’,
    the ‘...’ of a “...”), which the scan for `q` passes over."""
    if q.kind != "inline" or not q.closed:
        # a block whose paragraph is one quotation in marks holds what that quotation holds
        return tuple(
            i
            for n in q.nested
            for i in (
                inner_quotations(text, n)
                if not text[q.start : n.start].strip() and not text[n.end : q.end].strip(" \t\n.")
                else (n,)
            )
            if i.closed  # one its paragraph ends is no quotation inside another
        )
    lo, hi = q.inner_start, q.inner_end
    outer = _kind(text, q.start, q.start, q.end)[1]
    marks = "‘’'" if outer == DOUBLE else '“”"'
    if not any(text.find(c, lo, hi) >= 0 for c in marks):
        return ()
    out = []
    open_at = -1
    for m in MARKS.finditer(text, lo, hi):
        if text[m.start()] not in marks:
            continue
        kind, family = _kind(text, m.start(), lo, hi)
        if family is None:
            continue
        if open_at < 0:
            open_at = m.start() if kind == "open" else -1
        elif kind == "close" and not _possessive(text, m.start(), hi):
            out.append(QuoteSpan(open_at, m.end(), "inline", q.group, open_at + 1, m.start()))
            open_at = -1
    return tuple(out)


def _possessive(text: str, i: int, hi: int) -> bool:
    """providers' views: an s, the mark, a space and a lower-case word."""
    return (
        text[i - 1] == "s"
        and i + 2 < hi
        and text[i + 1] == " "
        and text[i + 2].islower()
        and text[i] in "'’"
    )


def find_quotes(text: str, stats: ScanStats | None = None) -> tuple[list[QuoteSpan], list[Group]]:
    """Inline and block quotations of `text`, in reading order and not overlapping."""
    stats = stats if stats is not None else ScanStats()
    paras = paragraphs(text)
    grps = groups(text, paras)
    stats.paragraphs = len(paras)
    stats.groups = len(grps)
    inline = _inline(text, grps, stats)
    blocks = _blocks(text, paras, grps, inline, stats)
    if noted := _noted(text, grps, blocks):
        inline = [q for q in inline if q.group not in noted]
    opened: dict[int, int] = {}  # paragraphs where a quotation opens: where the first does
    for q in inline:
        if not _scare_quote(text, q):
            opened.setdefault(q.group, q.start)
    quoting = set(opened)
    # a forum thread's posts are no answers to the questions their topic line asks ("Re: does who
    # runs adult social care make any difference to you? by OakleighRM » ...")
    posted = forum_posts(text)
    threaded = len(posted) >= MIN_POSTS
    turns = (
        _written_answers(text, grps, quoting)  # its question titles ("Social Care: Finance")
        or _turns(text, grps, quoting)  # are no turns' labels
        or _speeches(text, grps, quoting)
        or _testimonies(text, grps, quoting)
        or ([] if threaded else _answers(text, grps, quoting))
        or ([] if threaded else _lettered_answers(text, grps, quoting))
        or ([] if threaded else _unlabelled_questions(text, grps, quoting))
        or _labelled_posts(text, grps, quoting)
    )
    turns = sorted(
        [
            *turns,
            *_comments(text, grps),
            *_chat(text, grps),
            *_reviews(text, grps),
            *_headed_questions(text, grps),
            *_reasons(text, grps),
            *_cards(text, grps),
            *_stamped(text, grps),
            *_thread(text, grps, opened),
            *_notes(text, grps),
            *_tributes(text, grps),
            *_network_posts(text, grps, quoting),
            *_letters(text, grps, opened),
            *_emails(text, grps, opened),
            *_replies(text, grps, threaded),
            *_embedded_posts(text, grps),
            *_audio_cards(text, grps),
        ],
        key=lambda q: q.start,
    )
    if exchange := _exchange(text, grps, {q.group for q in turns}):
        turns = sorted([*turns, *exchange], key=lambda q: q.start)
    if turns:  # a transcript's turns outrank blocks that a label line ending in a colon suggested
        taken = {t.group for t in turns}
        # and within a turn, a paragraph after one that quotes someone is the speaker's again, not
        # the quoted person going on
        spoken = sorted({t.extent for t in turns if t.extent[0] >= 0})
        lettered = {t.group for t in turns if t.how == "letter"}
        blocks = sorted(
            [
                *turns,
                *(
                    kept
                    for b in blocks
                    if not (b.how == "continued" and _within(spoken, b.start))
                    and (kept := _short_of(b, grps, taken, lettered)) is not None
                ),
            ],
            key=lambda q: q.start,
        )
    if posts := _posts(text, grps, opened, posted):
        # a forum post's words are its poster's but where a quotation the post gives runs (the
        # letter a poster copies in after "I complained and got this back:")
        covered = {
            k for b in blocks if b.how != "reply" for k in range(b.group, b.last_group + 1)
        }  # (the earlier post quoted at the head of one is no quotation of the post's)
        blocks = sorted(
            [*blocks, *(p for p in posts if p.group not in covered)], key=lambda q: q.start
        )
    if not blocks:
        return _no_chat_furniture(text, inline), grps
    if _authors_say_i(text, grps, inline, blocks):
        # the authors write "I" themselves: an "I" paragraph is no evidence that a speaker goes on
        blocks = [
            b
            # one paragraph already, its credit line or a comment's controls no part of it
            if b.how in ("credited", "comment")
            else replace(
                b,
                end=min(b.end, grps[b.group].end),  # a block that closed in its paragraph keeps
                inner_end=min(b.end, grps[b.group].end),  # its end
                closed=True,
                last_group=b.group,
            )
            for b in blocks
            if b.how != "continued"
        ]
    starts = [q.start for q in inline]
    blocks = _cut_comments(text, blocks, inline, starts)
    # a quotation opening inside a block belongs to it; one that runs on past the block's end (a
    # press-release run reopening the mark paragraph after paragraph) carries the block with it
    grown: list[QuoteSpan] = []
    for b in blocks:
        end = b.end
        i = bisect.bisect_left(starts, b.start)
        while i < len(inline) and inline[i].start < end:
            end = max(end, inline[i].end)
            i += 1
        if grown and b.start < grown[-1].end:
            continue  # swallowed by the previous grown block
        grown.append(b if end == b.end else replace(b, end=end, inner_end=end))
    blocks = grown
    nested: dict[int, list[QuoteSpan]] = {}
    out: list[QuoteSpan] = []
    bi = 0
    for q in inline:
        while bi < len(blocks) and blocks[bi].end <= q.start:
            bi += 1
        if bi < len(blocks) and blocks[bi].start <= q.start < blocks[bi].end:
            nested.setdefault(bi, []).append(q)  # a quote inside a block quote is part of it
            continue
        out.append(q)
    out.extend(
        replace(b, nested=tuple(nested[k])) if k in nested else b for k, b in enumerate(blocks)
    )
    out.sort(key=lambda q: q.start)
    return _no_chat_furniture(text, out), grps


def _scare_quote(text: str, q: QuoteSpan) -> bool:
    """An inline quotation of a few words that the writer's sentence runs on through, with no
    colon or comma to introduce it: a term held at arm's length ("The \"backbone of the
    community\" line made me laugh"), which leaves the sentence the writer's own."""
    if len(text[q.inner_start : q.inner_end].split()) > SCARE_WORDS:
        return False
    before = text[max(0, q.start - 2) : q.start].rstrip()
    after = text[q.end : q.end + 3]
    if before[-1:] in (":", ",") or not SENTENCE_RUNS_ON.match(after):
        return False
    # ... nor a verb of saying before it in its sentence: "the manager wrote that the rise was
    # 'regrettably necessary' this spring" quotes the manager
    opening = max(
        (m.end() for m in SENTENCE_STOP.finditer(text, max(0, q.start - 300), q.start)),
        default=max(0, q.start - 300),
    )
    return REPORTING.search(text, opening, q.start) is None


# A radio newsroom's audio card over a recorded clip: its slug and who is on it ("CLIP: WHITLOCK
# 1 (Graham Whitlock, Director of Adult Social Services, Marlshire County Council)"), its fields
# ("FILE: whitlock_0615.wav", "IN: \"Nobody will be left...\"", "OUT: ...", "DUR: 0'24\"") and
# the clip's words after "TRANSCRIPT:" - on the card's own line where a later bulletin plays the
# clip again ("CLIP: CHESWICK 1 (as 0800) TRANSCRIPT: This isn't ...")
TRANSCRIPT_MARK = "TRANSCRIPT:"
CARD_CLIP = re.compile(r"CLIP:[ \t]*([^\n]+?)[ \t]*(?=TRANSCRIPT:|$)", re.MULTILINE)
CARD_FIELD = re.compile(r"(?:FILE|IN|OUT|DUR|DURATION)[ \t]*:")
CARD_WORDS = re.compile(r"\b(?:IN|OUT)[ \t]*:[ \t]*[\"“][^\n]*")
CARD_LINES = 8  # lines of a card, blank ones too, between its clip line and the words


def _audio_cards(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The clips of a radio newsroom's scripts, each the words after its card's "TRANSCRIPT:" to
    the paragraph's end, labelled by the card's clip line (see `CARD_CLIP`)."""
    out: list[QuoteSpan] = []
    starts = [g.start for g in grps]
    at = text.find(TRANSCRIPT_MARK)
    while at >= 0:
        words = at + len(TRANSCRIPT_MARK)
        while words < len(text) and text[words] in " \t":
            words += 1
        gi = bisect.bisect_right(starts, words) - 1
        caption = _card_caption(text, text.rfind("\n", 0, at) + 1)
        if caption is not None and gi >= 0 and words < grps[gi].end and text[words] != "\n":
            g = grps[gi]
            out.append(
                QuoteSpan(words, g.end, "block", gi, words, g.end, True, gi, "captioned", caption)
            )
        at = text.find(TRANSCRIPT_MARK, at + len(TRANSCRIPT_MARK))
    return out


def _card_caption(text: str, line: int) -> tuple[int, int] | None:
    """The span of who an audio card's clip line names, looking up from `line` (where its
    "TRANSCRIPT:" stands) over the card's fields and blank lines; None if no clip line heads it."""
    for _ in range(CARD_LINES):
        m = CARD_CLIP.match(text, line)
        if m is not None:
            return m.span(1)
        end = text.find("\n", line)
        if line == 0 or (
            CARD_FIELD.match(text, line) is None and text[line : end if end >= 0 else None].strip()
        ):
            return None
        line = text.rfind("\n", 0, line - 1) + 1
    return None


def _no_chat_furniture(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations but those in a saved chat's "Replying to \"...\"" line or a reaction
    ("Reacted to \"...\" with 👍"), which repeat the start of an earlier message, and an audio
    card's in and out words ("IN: \"Nobody will be left...\""), which repeat the clip's."""
    if "Replying to" not in text and "Reacted to" not in text and TRANSCRIPT_MARK not in text:
        return quotes
    furniture = sorted(m.span() for rx in (CHAT_FURNITURE, CARD_WORDS) for m in rx.finditer(text))
    return [q for q in quotes if not _within(furniture, q.start)] if furniture else quotes


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """`at` lies inside one of the sorted, non-overlapping `spans` (start, end)."""
    k = bisect.bisect_right(spans, (at, math.inf)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _cut_comments(
    text: str, blocks: list[QuoteSpan], inline: list[QuoteSpan], starts: list[int]
) -> list[QuoteSpan]:
    """A reader's comment that goes on to quote someone ("... Our director told the provider
    forum 'If you can't deliver at that rate, someone else will.'") ends before the sentence that
    does, which the ordinary rules then attribute. A quotation in its first sentence is part of
    it ('Posted by DaughterOfDot: "My mum was in hospital ..."')."""
    out = []
    for b in blocks:
        i = bisect.bisect_left(starts, b.start)
        end = (
            _sentences_before(text, b.start, inline[i].start)
            if b.how == "comment" and i < len(inline) and inline[i].start < b.end
            else None
        )
        if end is not None:
            b = replace(b, end=end, inner_end=end)
        out.append(b)
    return out


def _reports_first(text: str, g: Group) -> bool:
    """The paragraph's first sentence reports someone's words: "The minister told MPs last week
    that 'social care is a priority'" (a quotation the ordinary rules attribute)."""
    stop = SENTENCE_STOP.search(text, g.start, g.end)
    end = stop.start() if stop else g.end
    mark = next(
        (k for k in range(g.start + 1, end) if text[k] in OPENS and text[k - 1] in " \t("), None
    )  # (not an apostrophe: "the council's website still says '...'")
    return mark is not None and REPORTING.search(text, g.start, mark) is not None


def _sentences_before(text: str, lo: int, hi: int) -> int | None:
    """Where the last sentence that ends between `lo` and `hi` ends (after its stop), or None:
    what of a comment, a message or a post comes before the sentence that quotes someone."""
    last = max((m.start() for m in SENTENCE_STOP.finditer(text, lo, hi)), default=None)
    return last + 1 if last is not None else None


def _own_end(
    text: str, grps: list[Group], k: int, start: int, opened: dict[int, int]
) -> int | None:
    """Where the words of paragraph `k` from `start` are its writer's own up to: its end, or the
    end of the sentence before the one where a quotation opens (`opened`); None if one opens in
    its first sentence."""
    return _sentences_before(text, start, opened[k]) if k in opened else grps[k].end


def turn_label(text: str, group_start: int) -> str | None:
    """The speaker label opening a paragraph ("RAY DUNMORE", "Participant 4", "AMIRA (registered
    manager, nursing home)") or standing alone as one, if it has one."""
    m = _turn(text, group_start) or LABEL_LINE.match(text, group_start)
    if m is None:
        line_end = text.find("\n", group_start)
        m = PIPED_HEAD.fullmatch(text, group_start, line_end if line_end >= 0 else len(text))
    if m is None:
        return None
    return (
        m.group(1)
        + (f" ({m.group(2)})" if m.group(2) else "")
        + (f", {m.group(3)}" if m.group(3) else "")
    )


def _speaker_label(m: re.Match[str]) -> bool:
    """A label match names a speaker: not a label of structured prose ("Source:") or a numbered
    part ("II:"), unless one caller or guest named in its bracket ("CALLER (JANET, HOLLINS END):")."""
    first = m.group(1).split()[0].lower().rstrip(".")
    if first in ANONYMOUS_LABELS and m.group(2):
        return True
    if m.group(1) == "CLIP":  # an audio card's clip line ("CLIP: CHESWICK 1 (as 0800)"), not
        return False  # a clip's speaker ("CLIP – WOMAN, 60s:")
    return first not in NOT_SPEAKERS and ROMAN.fullmatch(m.group(1)) is None


def _turn(text: str, group_start: int) -> re.Match[str] | None:
    """The label match opening a paragraph, unless it is too long or labels structured prose."""
    if (script := SCRIPT_LABEL.match(text, group_start)) is not None:
        # a character's words run on as one line of prose; a heading in capitals heads a list, a
        # contents or a box ("IN THIS ISSUE" / "* Meet our new chair" ...)
        line_end = text.find("\n", script.end())
        words = text[script.end() : line_end if line_end >= 0 else len(text)]
        alone = line_end < 0 or text[line_end + 1 : line_end + 2] in ("\n", "")
        # ... and the script names the character elsewhere, in its cast list or its directions
        # ("DENISE, fifties.", "DENISE in the driver's seat"), as it names no section ("NEWS")
        if alone and words[:1].isalpha() and SENTENCE_STOP.search(words + " x"):
            who = script.group(1)
            named = re.search(rf"\b{re.escape(who)}(?=[ \t]*[,.;:/]|[ \t]+[a-z(])", text)
            narrator = who.lower().removeprefix("the ") in NARRATORS
            return script if (narrator or named) and _speaker_label(script) else None
        return None
    if text.find(":", group_start, group_start + LABEL_REACH) < 0:
        return None  # every label has a colon, after the name or in the time: most paragraphs fail here
    m = (
        CHAT_SENDER.match(text, group_start)  # before "Dan Whitley (Ops Director) 9:" is read
        or TURN.match(text, group_start)  # as a label with a colon
        or STAMPED_TURN.match(text, group_start)
        or STAMPED_LABEL.match(text, group_start)
        or TAGGED_TURN.match(text, group_start)
        or HANDLE_TURN.match(text, group_start)
        or _stamped_name(text, group_start)
    )
    if m is None or len(m.group(1)) > (MAX_CAPS_LABEL if m.group(1).isupper() else MAX_LABEL):
        return None
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    if rest.isupper():
        return None  # a heading in capitals: "MEMBER SPOTLIGHT: BRIGHTSIDE HOME CARE"
    return m if _speaker_label(m) else None


def _stamped_name(text: str, at: int) -> re.Match[str] | None:
    """A speaker's name after the time opening a paragraph at `at`, of as many words as the text
    names them by near it (the words after a name its turn opens on run into it: "Rachel Odum
    Thanks Graham"): the longest that stands again, and as often as the name one word shorter
    does, by half at least (not "Rachel Odum Denise" twice, from two turns that address Denise,
    against "Rachel Odum" in every turn of hers); a name in brackets' reach is its whole name.
    None when no name stands again, or when a word of it is one the text writes in lower case too
    ("So", "From Sandra Mbeki" in a meeting chat's export)."""
    readings = [m for stamped in STAMPED_NAMES if (m := stamped.match(text, at)) is not None]
    if not readings:
        return None
    near = text[max(0, at - NAME_AGAIN_REACH) : at + NAME_AGAIN_REACH]  # once: searched below
    lower = {
        w for w in readings[0].group(1).lower().split() if re.search(rf"\b{re.escape(w)}\b", near)
    }
    found = [m for m in readings if lower.isdisjoint(m.group(1).lower().split())]
    if not found:
        return None
    if found[0].group(2) is not None:
        return found[0]  # "Rachel Odum (Chair)": the bracket ends the name
    counts = [len(re.findall(rf"\b{re.escape(m.group(1))}\b", near)) for m in found]
    for k, m in enumerate(found):
        if counts[k] >= 2 and (k + 1 == len(found) or 2 * counts[k] >= counts[k + 1]):
            return m
    return None


def _turns(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """Transcript turns: in a document where two speaker labels each open at least two paragraphs
    (a dialogue, not a list of "Recommendation:" lines), or where a panel of at least MIN_TURNS
    speaks once each under names in capitals, or a debate's record where as many members by seat
    and party speak once each ("Mark Lee (Fenby West) (Con): ..."), every labelled paragraph is a
    turn - except the narrator's (an interviewer, a presenter: named by the label or by a cast line
    such as "Presenter: Jo Whitfield"), whose questions are the authors' narrative. A committee member
    asking a numbered question of an evidence session ("Q113 Dr Penhaligon:") is no narrator: the
    record has no authors, and the member speaks as an elected member. A turn runs on over the
    speaker's paragraphs after its label's, up to the next label, a heading or a bracketed
    direction or time, but for those that quote someone else; a heading with a colon ("Keynote:
    the Care Quality Commission") is no turn."""
    labelled: list[tuple[int, str, int]] = []  # (group, label, where the words start)
    alone: dict[int, tuple[int, int]] = {}  # groups that are a label alone: the label's span
    speakers: dict[int, str] = {}  # who each label is
    with_bracket: set[int] = set()  # labels with a bracket: "DEV (34)", "IMOGEN (facilitator)"
    # members by seat and party, as a debate's record heads its speeches: "Mark Lee (Fenby) (Con)"
    members_by_party: set[int] = set()
    holders: dict[int, str] = {}  # a post's holder in its bracket: "The Minister for Care (Jo Lee)"
    for gi, g in enumerate(grps):
        m = _turn(text, g.start)
        if (
            m is not None
            and is_heading(text, g)
            and text[g.end - 1] not in CUT_OFF
            and CLOCKED.match(text, g.start) is None
        ):
            m = None  # a heading with a colon: "Keynote: the Care Quality Commission" (but not a
            # turn cut off: "Q5 Gareth Llewellyn: So without the funding, the agreement is—", nor
            # a subtitle's first line, the rest of the sentence in the next: "00:11:14 FIRTH:
            # Suspending placements is never a decision we take lightly, because it")
        elif m is not None and _listed(text, m):
            m = None  # a profile's title the contents list: "Grace Whitfield: going back to ..."
        if m is not None:
            labelled.append((gi, m.group(1), m.end()))
        elif (m := _label_line(text, g)) is not None:
            labelled.append((gi, m.group(1), g.end))
            alone[gi] = (g.start, text.rindex(":", g.start, g.end))
        if m is not None:
            speakers[gi] = _speaker_key(m.group(1), m.group(2))
            if m.group(1).isupper() and _titled_chair(m.group(1), m.group(2)):
                # "CHAIR (CLLR DENISE HARROW)": the person, not whoever a bare "Chair:" labels
                # (the cast list's "Chair:" over their name)
                speakers[gi] = _speaker_key(m.group(2).strip().title(), None)
            if m.group(1).startswith("The ") and TITLED_NAME.fullmatch(m.group(2) or ""):
                holders[gi] = m.group(2)
            if m.group(2):
                with_bracket.add(gi)
                if PARTY.search(f"({m.group(2)})"):
                    members_by_party.add(gi)
    # a few people each answering once under the initials the page gave them before: "We asked
    # Angela Moyo (AM), Rhys Pritchard (RP) and Sunita Dhillon (SD) the same question." / "AM: ..."
    declared = {gi for gi, label, _ in labelled if _declared(text, label, grps[gi].start)}
    answered = len({speakers[gi] for gi in declared}) >= MIN_DECLARED
    # ... or someone answering what a report quotes, twice or more: "Gillian's response: Thank
    # you for these.", "Response from Gillian Sorensen, Managing Director:"
    answers = {gi for gi, _, _ in labelled if ANSWER_LABEL.match(text, grps[gi].start)}
    if len(answers) >= 2:
        declared |= answers
        answered = True
    if len(labelled) < MIN_TURNS and not answered:
        return []
    # a debate where each member speaks once, by seat and party, and the minister answers each,
    # first under the post and the holder's name ("The Minister for Care (Clare Lee)"), then under
    # the name
    debate = len(members_by_party) >= MIN_TURNS
    if debate:
        speakers.update((gi, _speaker_key(name, None)) for gi, name in holders.items())
    counts: dict[str, int] = {}
    for key in speakers.values():
        counts[key] = counts.get(key, 0) + 1
    repeated = [gi for gi, _, _ in labelled if counts[speakers[gi]] >= 2]
    panel = sum(1 for c in counts.values() if c >= 2) < 2
    if panel:
        # ... or a panel each of whose members speaks once, each labelled by a name in capitals
        # ("HELEN MARSH: From the provider side, ..."), or by first names the page gave in full
        # before ("Ruth: A named person for every carer." after "Ruth Collingwood, who cares for
        # her husband"), or by a first name in capitals and a bracket, as a transcribed extract
        # prints a jury's members ("DEV (34): I'll go first."): those turns alone
        repeated = [
            gi
            for gi, label, _ in labelled
            if CAPS_NAME.fullmatch(label)
            or (gi in with_bracket and CAPS_WORD.fullmatch(label))
            or _met_before(text, label, grps[gi].start)
            or gi in members_by_party
            or (debate and counts[speakers[gi]] >= 2)
        ]
        if answered:
            repeated = sorted(set(repeated) | declared)
        elif len(repeated) < MIN_TURNS or (
            len({speakers[gi] for gi in repeated}) < MIN_TURNS
            # (or one person's answers, each under a question: "Members asked: When will the
            # council publish ...?" / "Priya Lal: We're aiming for February.")
            and not all(gi and text[grps[gi - 1].end - 1] == "?" for gi in repeated)
            # (or a film's transcript: one voice heard again, others once, every label a name
            # in capitals: "PRIYA MENON (Care Assistant, ...)" / "DENNIS HALLORAN (...)" / ...)
            and not _one_voice_and_guests(repeated, labelled, speakers, counts)
        ):
            return []
    # the dialogue runs from the first to the last turn of a speaker heard twice, and on through
    # the turns next to it; a label apart from it heads the page ("Published: 6 February 2025")
    at = {gi for gi, _, _ in labelled}
    lo, hi = repeated[0], repeated[-1]
    # (a label on a line of its own is next to the one after its words: "Q13 | 10:53:40 | Lucy
    # Abara" / her question / "Q14 | 11:02:18 | Rob Fenner ...")
    while lo - 1 in at or (lo - 2 in alone and lo - 2 in at):
        lo -= 1 if lo - 1 in at else 2
    while hi + 1 in at or (hi in alone and hi + 2 in at):
        hi += 1 if hi + 1 in at else 2
    # (and after it, a round of answers under first names the page gave in full: "Ruth: ...")
    labelled = [
        t
        for t in labelled
        if (lo <= t[0] <= hi or _met_before(text, t[1], grps[t[0]].start))
        and (not panel or t[0] in repeated)
    ]
    # the narrator: named by a cast line ("PRESENTER: NADIA BROOK") or by their own label's
    # bracket ("NADIA BROOK (PRESENTER)"), and then also known by their initials ("NB")
    # (before the dialogue: in it, "Chair: Cllr Pereira, briefly." is the chair calling on a member)
    opens = grps[repeated[0]].start  # the first turn of a speaker heard twice
    narrators = [
        m.group(1).lower().split() for m in CAST_NARRATOR.finditer(text, 0, opens) if _cast(text, m)
    ]
    bracketed = list(_brackets(text, grps, labelled))
    brackets = {gi: set(WORD.findall(b.lower())) for gi, b in bracketed}
    # a bracket that is nothing but the narrator's part: "(PRESENTER)", not "(CARE HOME OWNER; CHAIR
    # OF ...)", nor a question's number from the floor: "FLOOR (Q1)"
    numbered = {gi for gi, b in bracketed if any(c.isdigit() for c in b)}
    # (a chair is no narrator: "Cllr Jane Okafor (Chair):" speaks, as the record's members do)
    own = {
        gi
        for gi, words in brackets.items()
        if words and words <= NARRATORS and not words <= CHAIRS and gi not in numbered
    }
    narrators += [label.lower().split() for gi, label, _ in labelled if gi in own]
    initials = {"".join(w[0] for w in name) for name in narrators if len(name) >= 2}
    # "Q1 Chair:" chairs a committee, no webinar, and so does the "Chair:" who closes its session
    members = {speakers[gi] for gi, label, _ in labelled if QUESTION_NUMBER.match(label)}
    # ... and so does a chair whose label's bracket names them by title, as a legislature's
    # record does: "The Chairperson (Mr Feeney):", then "The Chairperson:"
    bracket_of = dict(bracketed)
    # (or in capitals, as a panel's transcript labels its chair: "CHAIR (CLLR DENISE HARROW):")
    for gi, label, _ in labelled:
        if _titled_chair(label, bracket_of.get(gi)):
            members |= {speakers[gi], _speaker_key(label, None)}
    # ... and so does the chair a meeting's record names among those present ("Councillor Janet
    # Orme (Chair)"): a member of the committee, no narrator
    # (or whose own label says so: "CLLR PATRICIA ONSLOW (Leader of the Council, in the Chair):")
    chaired = (
        text.find(f"({CHAIR})", 0, min(opens, CHAIR_HEAD)) >= 0
        or IN_THE_CHAIR.search(text, 0, min(opens + MAX_CAPS_LABEL, CHAIR_HEAD)) is not None
    )
    out = []
    for gi, label, start in labelled:
        words = set(label.lower().rstrip(".").split())
        if speakers[gi] not in members and (
            (
                words & NARRATORS
                and not brackets.get(gi, set()) & FLOOR
                and NAMED_ASKER.match(label) is None
                and ASKER_IN_BRACKETS.match(text, grps[gi].start) is None
                and not (chaired and words & NARRATORS <= CHAIRS)
            )
            or gi in own
            or any(words <= set(name) for name in narrators)
            or label.lower() in initials
        ):
            continue
        # the turn runs on over the paragraphs after it, up to the next label, a heading or a
        # bracketed direction ("[Crosstalk]", "[00:05:30]")
        pieces = [] if gi in alone else [(gi, start)]
        # (a panellist's one turn is their label's paragraph: the write-up's own prose follows)
        # (but a member's speech in a debate runs on over the speech's paragraphs)
        run_on = 0 if panel and gi not in alone and not debate else MAX_ANSWER
        for k in range(gi + 1, min(len(grps), gi + 1 + run_on)):
            # (a subtitle's lines each open on their time: "00:11:19 means fewer beds in a town",
            # "00:12:22 [CAPTION: Nadia Rahman - Director of Adult Social Services]")
            clock = CLOCKED.match(text, grps[k].start)
            head = clock.end() if clock is not None else grps[k].start
            if (
                k in at
                or (text[head] == "[" and not NUMBERED_PARAGRAPH.match(text, head))
                or (clock is None and is_heading(text, grps[k]))
                or NEW_PART.match(text, grps[k].start)
            ):
                break
            number = NUMBERED_PARAGRAPH.match(text, grps[k].start)  # its words after "[6]"
            pieces.append((k, number.end() if number else grps[k].start))
        if gi in alone:  # the words are the paragraphs under the label
            if pieces:
                extent = (grps[gi].start, grps[pieces[-1][0]].end)
                out += _own_paragraphs(text, grps, pieces, "turn", alone[gi], extent, quoting)
            continue
        g = grps[gi]
        end = g.end
        if (
            debate
            and gi + 1 < len(grps)
            and text[g.end - 1] not in ENDS
            and text[grps[gi + 1].start] in OPENS
        ):
            # a member's "... Our report concluded that" / "“the influence of ...”": the sentence
            # introducing the quotation is its cue, no words of the member's
            stops = list(SENTENCE_STOP.finditer(text, start, g.end))
            if stops:
                end = stops[-1].end()
                while text[end - 1].isspace():
                    end -= 1
        turn = QuoteSpan(start, end, "block", gi, start, end, True, gi, "turn")
        if len(pieces) == 1:
            out.append(turn)
            continue
        # the label's own paragraph is the turn's whatever it holds ("Oof."); the speaker's
        # paragraphs after it are, but for those quoting someone else
        tag, extent = (g.start, start), (g.start, grps[pieces[-1][0]].end)
        out.append(replace(turn, label=tag, extent=extent))
        more = _own_paragraphs(text, grps, pieces, "turn", tag, extent, quoting)
        out += [q for q in more if q.group != gi]
    return out


def _listed(text: str, label: re.Match[str]) -> bool:
    """A label and the words after it stand again elsewhere, before a page's number, as a
    contents page lists a section's title ("Grace Whitfield: going back to the people we moved 7"):
    the label heads a section, not a turn."""
    words = LISTED_WORDS.match(text, label.end())
    if words is None:
        return False
    title = text[label.start(1) : words.end()]
    at = text.find(title)
    while at >= 0:
        if at != label.start(1) and CONTENTS_ENTRY.match(text, at + len(title)):
            return True
        at = text.find(title, at + 1)
    return False


def _titled_chair(label: str, bracket: str | None) -> bool:
    """A chair's label whose bracket names them by title: "The Chairperson (Mr Feeney)", "CHAIR
    (CLLR DENISE HARROW)"."""
    named = (bracket or "").strip()
    return bool(set(label.lower().split()) & CHAIRS) and (
        TITLED_PERSON.fullmatch(named.title() if named.isupper() else named) is not None
    )


def _speaker_key(label: str, bracket: str | None) -> str:
    """Who a label is, so that one speaker's labels count together: "PRIYA LALL" and later "LALL"
    by the last word of the name, "Sarah Kettleborough (SK), Director ..." and later "SK" by the
    initials it gives."""
    if bracket and bracket.startswith("@"):
        # a handle: "Nicola Hartley (@NurseyNic)", then "Nicola (@NurseyNic)"
        return bracket.lower()
    capitals = "".join(w[0] for w in label.split() if w[0].isupper())
    if bracket and INITIALS.fullmatch(bracket) and capitals.endswith(bracket):
        return bracket.lower()
    # the name before a post ("HANNAH GREAVES MP, MINISTER OF STATE FOR CARE", later "HANNAH
    # GREAVES"), but for the letters after it
    name = [w for w in label.partition(",")[0].split() if w not in POST_NOMINALS] or label.split()
    return name[-1].lower()


def _label_line(text: str, g: Group) -> re.Match[str] | None:
    """A paragraph that is a speaker label and nothing else: "Owen Marchbank:", "Priya Shah – RM
    Oakfield  9:15 AM"."""
    m = (
        LABEL_LINE.fullmatch(text, g.start, g.end)
        or CHAT_SENDER_LINE.fullmatch(text, g.start, g.end)
        or STAMPED_LINE.fullmatch(text, g.start, g.end)
        or PIPED_HEAD.fullmatch(text, g.start, g.end)
    )
    if m is None or len(m.group(1)) > (MAX_CAPS_LABEL if m.group(1).isupper() else MAX_LABEL):
        return None
    return m if _speaker_label(m) else None


def _cast(text: str, m: re.Match[str]) -> bool:
    """A cast line names the narrator and ends, or goes on to the next part: "Presenter: Jo
    Whitfield", "Presenter: Jo Whitfield Guests: ...". "Q99 Chair: Bernadette Kilbride, do you
    recognise that picture?" is the chair's turn, addressing a witness."""
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    rest = rest.partition(":")[0] if ":" in rest else rest
    return "?" not in rest and len(rest.split()) <= CAST_WORDS


def _brackets(
    text: str, grps: list[Group], labelled: list[tuple[int, str, int]]
) -> Iterator[tuple[int, str]]:
    """Each labelled paragraph's bracket after the label ("NADIA BROOK (PRESENTER)"), or ""."""
    for gi, _, _ in labelled:
        m = _turn(text, grps[gi].start)
        yield gi, (m.group(2) or "") if m else ""


def _speeches(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """The speeches of a debate record: under each speaker heading ("Helen Brayshaw (Calderbridge)
    (Lab)", later "Helen Brayshaw"; "The Minister for Care (Anna Ridley)"), the speaker's own
    paragraphs up to the next heading - but for those that quote someone else (a quote mark, or a
    colon before them), whose quotations are found as anywhere else. Not a chain of emails: the
    names their writers sign them with are no speakers' headings ("Cllr Helen Marsh" / "Liberal
    Democrat Member for ...")."""
    if text.count("From:") >= 2 and sum(bool(EMAIL_HEADER.match(text, g.start)) for g in grps) >= 2:
        return []
    heads: list[tuple[int, int, int]] = []  # (group index, heading start, heading end)
    for gi, g in enumerate(grps):
        line_end = text.find("\n", g.start, g.end)
        end = g.end if line_end < 0 else line_end
        if line_end < 0 and text[g.start : end] in CALL_HEADINGS and gi + 1 < len(grps):
            heads.append((gi, g.start, end))  # "Operator", over the call's host's words
            continue
        if line_end >= 0 and _headings_list(text, g):
            continue  # a list of the speakers, a heading a line: the call's participants
        if (
            (line_end >= 0 or gi + 1 < len(grps))
            and SPEAKER_HEADING.fullmatch(text, g.start, end)
            # not a pronoun's heading: a council's "YOU SAID (Adult Social Care Survey)" over what
            # people told it, and "WE DID" over its answer
            and text[g.start : end].split(maxsplit=1)[0].lower() not in PRONOUNS
            and not _named_body_line(text[g.start : end])
            and not _byline(text, grps, gi)
            and not (gi and text[grps[gi - 1].start : grps[gi - 1].end] in CARD_FIELDS)
        ):
            # (the asker after an oral question's number: "1. Rachel Ogunleye (...) (Lab)")
            number = ORAL_QUESTION.match(text, g.start, end)
            heads.append((gi, number.end() if number else g.start, end))
    if len(heads) < MIN_TURNS:
        return []
    counts: dict[str, int] = {}
    for _, start, end in heads:
        key = BRACKETS.sub("", text[start:end]).strip().lower()
        counts[key] = counts.get(key, 0) + 1
    parties = sum(1 for _, start, end in heads if PARTY.search(text, start, end))
    if sum(1 for c in counts.values() if c >= 2) < 2 and parties < MIN_TURNS:
        return []  # a debate: speakers who speak again, or members headed with their party
    out: list[QuoteSpan] = []
    stops = [h[0] for h in heads[1:]] + [len(grps)]
    for (gi, start, end), stop in zip(heads, stops, strict=True):
        # the speech opens on the heading's next line, or in the next paragraph
        pieces = [(gi, end + 1)] if end < grps[gi].end else []
        pieces += [(k, grps[k].start) for k in range(gi + 1, stop)]
        extent = (start, grps[stop - 1].end)
        out += _own_paragraphs(text, grps, pieces, "speech", (start, end), extent, quoting)
    return out


SCARE_WORDS = 5  # words of a scare quote, at most
SENTENCE_RUNS_ON = re.compile(r"[ \t]+[a-z]")  # the sentence goes on after the closing mark
REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|called|calls|described|describes|asked|warned"
    r"|promised|added|insisted|argued|explained|admitted|replied|put it|according to)\b"
)
# a live blog entry's time, over its headline: "14.10 BST", "2.45pm", "09:30 GMT"
ENTRY_TIME = re.compile(r"[ \t]*\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:BST|GMT|CET)?[ \t]*")
# ... or the time and the headline on one line: "Posted at 18:05 'They didn't even wind the window
# down'"; and a reporter's place under the byline: "Reporting from Eastgate depot"
POSTED_AT = re.compile(r"[ \t]*Posted[ \t]at[ \t]+\d{1,2}[.:]\d{2}\b")
REPORTING_FROM = re.compile(r"[ \t]*(?:Reporting|Reports?)[ \t]+(?:from|at)[ \t]+[^\n]{2,80}")
# a call transcript's heading over its host's words, with no name: "Operator"
CALL_HEADINGS = frozenset(["Operator"])
# a forum poster's card's fields, over their values a paragraph a line ("Location" / "North East"):
# a place, not a speaker's heading
CARD_FIELDS = frozenset(["Location", "From", "Occupation", "Lives in", "Based in"])
# the last words of a line that names a body or a publication, no speaker: a news page's masthead
# and its links ("Hollinford Courier", "Follow Hollinford Courier", "Dunmere Council")
BODY_LINE_ENDS = frozenset(
    [
        "council",
        "courier",
        "gazette",
        "times",
        "post",
        "herald",
        "echo",
        "mail",
        "news",
        "press",
        "chronicle",
        "advertiser",
        "journal",
        "telegraph",
        "observer",
        "express",
        "standard",
        "live",
        "recent",
        "on",
        # ... or a care home's, over what a report or its owner says of it ("Ashgrove House",
        # "The Willows Care Centre", "Elm Lodge")
        "house",
        "centre",
        "center",
        "lodge",
        "manor",
        "grange",
    ]
)


def _byline(text: str, grps: list[Group], gi: int) -> bool:
    """Paragraph gi is a live blog entry's byline, its writer's name under the entry's time and
    headline ("14.10 BST", "CQC chief inspector apologises for assessment delays", "Hannah
    Roe"): the writer's report follows, no speech of theirs."""
    if gi + 1 < len(grps) and REPORTING_FROM.fullmatch(text, grps[gi + 1].start, grps[gi + 1].end):
        return True  # "Tom Ashcroft" / "Reporting from Eastgate depot"
    for back in (1, 2):
        if gi - back < 0:
            return False
        g = grps[gi - back]
        if ENTRY_TIME.fullmatch(text, g.start, g.end) or POSTED_AT.match(text, g.start, g.end):
            return True
        if "\n" in text[g.start : g.end]:
            return False  # no headline: a paragraph of someone's speech
    return False


def _one_voice_and_guests(
    repeated: list[int],
    labelled: list[tuple[int, str, int]],
    speakers: dict[int, str],
    counts: dict[str, int],
) -> bool:
    """The turns are a film's or a clip's transcript: every label a name in capitals, someone
    heard more than once and someone else too, in paragraphs one after another."""
    names = {gi: label for gi, label, _ in labelled}
    return (
        len({speakers[gi] for gi in repeated}) >= 2
        and any(counts[speakers[gi]] >= 2 for gi in repeated)
        and all(CAPS_NAME.fullmatch(names[gi]) for gi in repeated)
        and repeated[-1] - repeated[0] == len(repeated) - 1
    )


def _headings_list(text: str, g: Group) -> bool:
    """Paragraph g is a list of MIN_TURNS speaker headings or more, one a line (a call's
    participants), no speaker's heading over their words."""
    lines = text[g.start : g.end].split("\n")
    return len(lines) >= MIN_TURNS and all(SPEAKER_HEADING.fullmatch(line) for line in lines)


def _named_body_line(line: str) -> bool:
    """A line naming a body or a publication by its capitalised words, no post "of" it ("Dunmere
    Council", not "Leader of the Council (Cllr Jo Hart)")."""
    words = BRACKETS.sub("", line).split()
    if HOUSE.fullmatch(" ".join(words)):
        return True  # a parliament's record headed by its house: "House of Commons"
    return bool(words) and words[-1].lower() in BODY_LINE_ENDS and "of" not in words


# a legislature's chamber, as its record names the sitting: the Senedd's "Record of Proceedings" of
# a "Plenary", Holyrood's "Meeting of the Parliament", Hansard's "Commons Chamber", "Westminster Hall"
CHAMBER = re.compile(
    r"\b(?:Record of Proceedings|Plenary|Meeting of the Parliament|Commons Chamber"
    r"|Lords Chamber|Westminster Hall)\b"
)
# ... or its house: "House of Commons"
HOUSE = re.compile(rf"(?:The )?House of (?:Commons|Lords)|{CHAMBER.pattern}")


def _declared(text: str, label: str, at: int) -> bool:
    """`label` is initials the text gave in brackets after a name before `at`: "AM" after "Angela
    Moyo (AM)"."""
    return INITIALS_LABEL.fullmatch(label) is not None and text.find(f" ({label})", 0, at) >= 0


INITIALS_LABEL = re.compile(r"[A-Z]{2,4}")
MIN_DECLARED = 2  # people answering under initials given before: a round of answers


def _met_before(text: str, label: str, at: int) -> bool:
    """`label` is a first name alone that the text gave in full before `at`: "Ruth" after "Ruth
    Collingwood"; or a full name it gave before: "Priya Nandakumar:" in a write-up's round of
    answers after "Priya Nandakumar, director of adult social services at Kelstow"."""
    if FULL_NAME.fullmatch(label) is not None:
        return text.find(label, 0, at) >= 0
    return (
        FIRST_NAME.fullmatch(label) is not None
        and re.compile(rf"\b{label}[ \t]+[A-Z][a-z'’-]+\b").search(text, 0, at) is not None
    )


def _testimonies(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """A booklet of testimonies, each under a heading in capitals of its teller's first name, job
    and place ("DONNA, HOME CARE WORKER, REDCAR"): in a document of MIN_TURNS or more, each
    testimony's paragraphs up to the next such heading or any other heading ("2. COVID: 'WE WERE
    THE FORGOTTEN FRONTLINE'") are its teller's, but for those that quote someone else."""
    heads = [gi for gi, g in enumerate(grps) if TESTIMONY_HEAD.fullmatch(text, g.start, g.end)]
    if len(heads) < MIN_TURNS:
        return []
    out: list[QuoteSpan] = []
    for gi in heads:
        stop = gi + 1
        while stop < len(grps) and not _heading(text, grps[stop]):
            words = text[grps[stop].start : grps[stop].end]
            if words.isupper() and len(words.split()) <= HEADING_WORDS:
                break  # a heading in capitals, closed by its quote mark: "2. COVID: 'WE WERE ...'"
            stop += 1
        if stop == gi + 1:
            continue
        label = (grps[gi].start, grps[gi].end)
        pieces = [(k, grps[k].start) for k in range(gi + 1, stop)]
        extent = (label[0], grps[stop - 1].end)
        out += _own_paragraphs(text, grps, pieces, "speech", label, extent, quoting)
    return out


def _comment(k: int, start: int, end: int, label: tuple[int, int]) -> QuoteSpan:
    """Paragraph `k`'s words from `start` to `end` as one commenter's, `label` naming them."""
    return QuoteSpan(start, end, "block", k, start, end, True, k, "comment", label)


def _comments(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """Readers' comments under a web page, each a paragraph opening with its author ("Marcia
    Fellowes, registered manager says: ...", "Posted by SW_NorthWest: ...", or a handle right
    before the date: "WexcombeLass 2 days ago ..."): in a document with two or more, each is a
    quotation of its author (the label, up to its colon, is not; nor are the date and time a
    comment system prints after it, nor its controls after the words: "Reply · Report")."""
    found: list[tuple[int, tuple[int, int], int]] = []  # (group, the label, where its words start)
    handled: list[tuple[int, tuple[int, int], int]] = []  # ... those by a handle on its own line
    for gi, g in enumerate(grps):
        handle = HANDLE_LINE.fullmatch(text, g.start, g.end)
        if (
            handle is not None
            and gi + 2 < len(grps)
            and handle.group(1) not in NOT_READERS
            and STAMP_LINE.fullmatch(text, grps[gi + 1].start, grps[gi + 1].end)
            and not CONTROLS.fullmatch(text, grps[gi + 2].start, grps[gi + 2].end)
        ):
            handled.append((gi + 2, handle.span(1), grps[gi + 2].start))
            continue
        if g.start <= len(text) * COMMENTS_AFTER:
            continue  # under the page, never in its first third
        if (pinned := PINNED_HEAD.match(text, g.start, g.end)) is not None:
            found.append((gi, pinned.span(1), pinned.end()))  # the channel's own pinned comment
            continue
        m = COMMENT.match(text, g.start, g.end)
        if m is not None:
            stamp = STAMP.match(text, m.end(), g.end)
            found.append((gi, m.span(1) if m.group(1) else m.span(2), (stamp or m).end()))
            continue
        m = BYLINE_ALONE.fullmatch(text, g.start, g.end)
        if (
            m is not None
            and gi + 1 < len(grps)
            and m.group(1).split()[0] not in NOT_READERS
            and not CONTROLS.fullmatch(text, grps[gi + 1].start, grps[gi + 1].end)
            and not _reports_first(text, grps[gi + 1])
        ):
            # the words the paragraph under it; the label the name and the headline
            found.append(
                (gi + 1, (m.start(1), m.end(2) if m.group(2) else m.end(1)), grps[gi + 1].start)
            )
            continue
        # or the reader's handle and the stamp alone: "WexcombeLass 2 days ago My nan ..." (not
        # a forum poster's card: "Mod_Helen Moderator Joined Apr 4, 2017 Messages 6,730")
        m = BYLINE.match(text, g.start, g.end)
        stamp = m and STAMP.match(text, m.end(), g.end)
        if (
            m
            and stamp
            and m.group(1).split()[0] not in NOT_READERS
            and not CARD_STATS.search(text, g.start, stamp.start())
        ):
            found.append((gi, m.span(1), stamp.end()))
    # a thread of such posts may run from the page's top (a forum's, not an article's comments)
    late = [h for h in handled if grps[h[0] - 2].start > len(text) * COMMENTS_AFTER]
    found = sorted([*found, *(handled if len(handled) >= THREAD_POSTS else late)])
    if len(found) < 2:
        return []
    out = []
    for gi, label, start in found:
        # a reply the page runs on after the comment's controls: "... 👍 284 Reply ↳ @JoCaresForMum
        # · 1 week ago "With a package" needs ..." is the reply's writer's
        while (reply := REPLY_RUN_ON.search(text, start, grps[gi].end)) is not None:
            end = _before_reactions(text, start, reply.start())
            if start < end:
                out.append(_comment(gi, start, end, label))
            start, label = reply.end(), reply.span(1)
        controls = CONTROLS.search(text, start, grps[gi].end)
        end = _before_reactions(text, start, controls.start() if controls else grps[gi].end)
        if start < end:
            out.append(_comment(gi, start, end, label))
    return out


# ... and the comment a video's channel pins over the others, its head run on to its words:
# "Pinned by Jo Cares (For Mum) @JoCaresForMum · 1 week ago 📌 Links from this week: ..."
PINNED_HEAD = re.compile(
    r"Pinned[ \t]+by[ \t]+[^\n@]{1,60}?[ \t]+@([\w.]{2,30})[ \t]+·[ \t]+[^\n·]{1,20}?\bago\b"
    r"[ \t]*(?:📌[ \t]*)?"
)
# a video page's reply run on to the comment it answers, after that comment's likes and "Reply":
# "👍 284 Reply ↳ @JoCaresForMum · 1 week ago ..."
REPLY_RUN_ON = re.compile(
    r"(?:[ \t]+👍)?(?:[ \t]+[\d,.]+[KkM]?)?[ \t]+Reply[ \t]+↳[ \t]*@?([\w.]{2,30})[ \t]+·[ \t]+"
    r"[^\n·]{1,20}?\bago\b[ \t]*"
)
REACTION_MARKS = frozenset("👍❤️📌")  # a comment's reactions and pin, after or before its words


def _before_reactions(text: str, start: int, end: int) -> int:
    """Where a comment's words end before `end`, less the space and reaction marks after them."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in REACTION_MARKS):
        end -= 1
    return end


def _chat(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The messages of a meeting's saved chat, each a paragraph opening on its time, sender and
    recipients ("13:17:21 From Cllr Ann Mistry (Westfold CC) to Everyone : As a councillor ..."):
    in a document with two or more, each is a quotation of its sender, as a reader's comment is
    of its author (the sender is the label). Not a message that is a quotation ('Priya Nair:
    "Huge thanks to our council teams ..."'), nor the sentence that introduces one ("Copying the
    email in so you've all got it:" over its paragraphs, "Councillor Hale on the council Facebook
    page" over the sender's next message): the ordinary rules attribute what they quote."""
    found = {gi: m for gi, g in enumerate(grps) if (m := CHAT_LINE.match(text, g.start, g.end))}
    if len(found) < 2:
        return []
    out = []
    for gi, m in found.items():
        end = grps[gi].end
        if CHAT_REACTION.match(text, m.end(), end):
            continue
        replying = CHAT_REPLYING.match(text, m.end(), end)
        if m.end() >= end or (replying and not text[replying.end() : end].strip()):
            # the message on the lines under the sender's (and the reply's line), paragraphs of
            # its own
            out += _chat_message(text, grps, gi, found, m.span(2))
            continue
        if text[m.end() : m.end() + 1] in OPENS:
            continue
        if gi + 1 < len(grps):
            after = found.get(gi + 1)
            if (
                text[grps[gi + 1].start : grps[gi + 1].start + 1] in OPENS
                if after is None
                else after.group(2) == m.group(2) and text[after.end() : after.end() + 1] in OPENS
            ):
                before = _sentences_before(text, m.end(), end)
                if before is None:
                    continue
                end = before
        out.append(_comment(gi, m.end(), end, m.span(2)))
    return out


def _chat_message(
    text: str, grps: list[Group], gi: int, found: dict[int, re.Match[str]], label: tuple[int, int]
) -> list[QuoteSpan]:
    """The paragraphs of a saved chat's message under its sender's line, up to the next sender's
    (MAX_EMAIL of them at most): the sender's words, but not the app's "Replying to \"...\""
    over them (the start of the message replied to), nor a reaction ("Reacted to \"...\" with
    👍")."""
    out: list[QuoteSpan] = []
    for k in range(gi + 1, min(len(grps), gi + 1 + MAX_EMAIL)):
        if k in found:
            break
        g = grps[k]
        if CHAT_REACTION.match(text, g.start, g.end):
            break
        if not CHAT_REPLYING.match(text, g.start, g.end):
            out.append(_comment(k, g.start, g.end, label))
    return out


def _reviews(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """An employer review site's reviews, each under the line naming the reviewer's job, whether
    they still work there, where and when ("Home Care Assistant (Current employee) - Wakefield,
    West Yorkshire - 3 November 2025"), and the employer's replies under "Response from Lindsey,
    Registered Manager at Amberlea Home Care 5 November 2025": in a page of two or more reviews,
    each review's words (its pros and cons too) up to "Was this review helpful?" are a quotation
    of the reviewer, each reply's of whoever replies, as a reader's comment is its author's (the
    job title, or the replier, the label). The cleaner joins a review's lines, so the label is the
    run of capitalised words before the bracket, not the headline before it."""
    if REVIEW_STATUS.search(text) is None:
        return []  # (the label's capitalised words make the engine try every capital)
    found = [
        (gi, m) for gi, g in enumerate(grps) for m in EMPLOYEE_REVIEW.finditer(text, g.start, g.end)
    ]
    if len(found) < MIN_POSTS:
        return []
    found += [
        (gi, m) for gi, g in enumerate(grps) if (m := REVIEW_REPLY.match(text, g.start, g.end))
    ]
    out = []
    for gi, m in sorted(found, key=lambda f: f[1].start()):
        g = grps[gi]
        done = REVIEW_DONE.search(text, m.end(), g.end)
        end = done.start() if done else g.end
        label = m.span(1)
        if m.re is REVIEW_REPLY and (signed := REPLY_SIGNED.search(text, m.end(), end)):
            end, label = signed.start(), signed.span(1)
        if end > m.end():
            out.append(_comment(gi, m.end(), end, label))
    for gi, g in enumerate(grps):
        if (answered := REVIEW_ANSWERED.search(text, g.start, g.end)) is not None:
            asked = REVIEW_ASKED.search(text, g.start, answered.start())
            start = asked.end() if asked else g.start
            if answered.start() > start:
                out.append(_comment(gi, start, answered.start(), answered.span(1)))
    return sorted(out, key=lambda q: q.start)


def _headed_questions(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """Members' questions and the answers to them as minutes print them, each paragraph under a
    heading line naming who asked or who answered ("Question 1 – Councillor Stuart Kerr" /
    "Response from the Chief Officer"): in a record with both, of MIN_TURNS or more, the paragraph
    under each heading is a quotation of whom it names, as a reader's comment is of its author
    (the minute's own account of what followed, in the paragraph after, is not)."""
    heads = [
        (gi, m)
        for gi, g in enumerate(grps[:-1])
        if "\n" not in text[g.start : g.end] and (m := HEADED_QA.fullmatch(text, g.start, g.end))
    ]
    asked = sum(1 for _, m in heads if m.group(0).startswith("Question"))
    if len(heads) < MIN_TURNS or not 0 < asked < len(heads):
        return []
    out = []
    for gi, m in heads:
        words = grps[gi + 1]
        if HEADED_QA.fullmatch(text, words.start, words.end) is None and not is_heading(
            text, words
        ):
            out.append(_comment(gi + 1, words.start, words.end, m.span(1)))
    return out


def _reasons(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The reasons a petition's signatories give, as a council's or Parliament's site prints them:
    the signatory's first name and town on a line of their own ("Margaret, Holtby"), the reason
    under it, the date it was given after it ("... showing it. 8 January 2024", or on a line of
    its own). In a page of MIN_TURNS or more, each reason is a quotation of its signatory, as a
    reader's comment is its author's (the name and town the label)."""
    out = []
    for gi, g in enumerate(grps[:-1]):
        if SIGNER.fullmatch(text, g.start, g.end) is None:
            continue
        words = grps[gi + 1]
        dated = SIGNED_ON.search(text, words.start, words.end)
        end = dated.start() if dated else words.end
        if dated is None and not (
            gi + 2 < len(grps) and DATE.fullmatch(text, grps[gi + 2].start, grps[gi + 2].end)
        ):
            continue  # no date after the reason, nor on the line under it
        if text[end - 1] not in ENDS or _not_prose(text, words):
            continue
        label = (g.start, g.end)
        out.append(_comment(gi + 1, words.start, end, label))
    return out if len(out) >= MIN_TURNS else []


def _cards(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The comments under a professional network's post, each under its writer's card (see CARD):
    in a document with two or more, each paragraph up to the next card is a quotation of the
    card's member, as a reader's comment is of its author (the card's name and headline are the
    label), without the card's controls; not the page's furniture after the last ("Load more
    comments")."""
    found: list[tuple[int, re.Match[str]]] = []
    heads: set[int] = set()  # cards' paragraphs
    for gi, g in enumerate(grps):
        if (m := CARD.match(text, g.start, g.end)) is not None:
            found.append((gi, m))
            heads.add(gi)
        elif (
            gi + 1 < len(grps)
            and CARD_HEAD.fullmatch(text, g.start, g.end)
            and (m := CARD.match(text, g.start, grps[gi + 1].end)) is not None
        ):
            # the name and degree a paragraph of their own over the headline and age: "Marcus
            # Delaney • 2nd" / "Director of Adult Social Services at Brantshire County Council 1d"
            found.append((gi + 1, m))
            heads.update((gi, gi + 1))
    if len(found) < MIN_POSTS:
        return _inline_cards(text, grps)
    out: list[QuoteSpan] = []
    for gi, m in found:
        label = (m.start(), m.end(2))
        for k in range(gi + 1, len(grps)):
            g = grps[k]
            controls = CARD_CONTROLS.search(text, g.start, g.end)
            if k in heads or (controls is None and _not_prose(text, g)):
                break
            end = controls.start() if controls else g.end
            if end > g.start:
                out.append(_comment(k, g.start, end, label))
    return out


def _inline_cards(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The comments under a professional network's post copied with each card and its comment's
    words in one paragraph (see CARD_INLINE): in a document with two or more, the words after the
    comment's age up to its controls are a quotation of the card's member."""
    found: list[tuple[int, re.Match[str]]] = []
    for gi, g in enumerate(grps):
        last = gi
        if CARD_HEAD.fullmatch(text, g.start, g.end) and gi + 1 < len(grps):
            last = gi + 1  # the name and degree over the headline, age and words
        # (the words may open the paragraph after the card: a post's own, under "1d • Edited")
        m = CARD_INLINE.match(text, g.start, grps[min(last + 1, len(grps) - 1)].end)
        if m is not None and _own_post(text, m):
            continue  # the post's writer's card, the post under it: the document's own words
        if m is not None and grps[last].start <= m.end() and m.start(2) < grps[last].end:
            found.append((last, m))
    if len(found) < MIN_POSTS:
        return []
    heads = {k for k, _ in found} | {k - 1 for k, _ in found}
    out: list[QuoteSpan] = []
    starts = [g.start for g in grps]
    for last, m in found:
        start, label = m.end(), (m.start(), m.end(2))
        first = bisect.bisect_right(starts, start) - 1  # where the words begin
        for k in range(first, len(grps)):  # the words run on over paragraphs to the controls
            g = grps[k]
            if k > first and (k in heads or _not_prose(text, g)):
                break
            if k > last and _quoted_block(text, grps, k):
                continue  # a block the comment quotes, with its cue: its own
            controls = INLINE_CONTROLS.search(text, max(start, g.start), g.end)
            end = controls.start() if controls else g.end
            if controls is None and _quoted_block(text, grps, k + 1):
                # the sentence introducing it ("A carer ... said to me last week:") is its cue
                end = _sentence_start(text, max(start, g.start), end)
            if end > max(start, g.start):
                out.append(_comment(k, max(start, g.start), end, label))
            if controls is not None:
                break
    return out


def _own_post(text: str, card: re.Match[str]) -> bool:
    """A card without the degree's badge (a name alone on its line over the headline) is the post's
    own when its age is marked edited or who may see it: "Gareth Pryce-Mellor" / "Owner &
    Registered Manager at Oakfield House Care Home 1w • Edited • 🌐"."""
    badge = text[card.end(1) : card.start(2)]
    return (
        "•" not in badge
        and "Author" not in badge
        and ("Edited" in text[card.end(2) : card.end()] or "🌐" in text[card.end(2) : card.end()])
    )


def _quoted_block(text: str, grps: list[Group], k: int) -> bool:
    """Paragraph `k` opens with a quote mark after a paragraph ending in a colon."""
    return 0 < k < len(grps) and text[grps[k].start] in OPENS and text[grps[k - 1].end - 1] == ":"


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the last sentence of text[lo:hi] starts (`lo` if it is the only one), less the space
    before it."""
    stop = max(text.rfind(mark, lo, hi - 1) for mark in (". ", "! ", "? "))
    return stop + 1 if stop >= lo else lo


def _stamped(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The comments under a photo or video app's post (see STAMPED_HANDLE): in a page of
    MIN_POSTS or more, each paragraph between a commenter's handle (and badges: "Verified",
    "Author") and the comment's age is a quotation of the handle's owner, as a reader's comment is
    its author's (the handle is the label). Not the post's own caption, whose age the app prints
    after "Edited •"."""
    out: list[QuoteSpan] = []
    for gi in range(1, len(grps) - 1):
        g, after = grps[gi], grps[gi + 1]
        if AGE.fullmatch(text, g.start, g.end) is None or not LIKED.match(text, after.start):
            continue
        words: list[int] = []
        label = None
        for k in range(gi - 1, max(-1, gi - 2 - MAX_STAMPED_PARAS), -1):
            para = text[grps[k].start : grps[k].end]
            if para in BADGES:
                continue
            handle = STAMPED_HANDLE.fullmatch(para)
            if handle is not None and words:
                label = (grps[k].start + handle.start(1), grps[k].start + handle.end(1))
                break
            if AGE.fullmatch(para) or LIKED.match(para) or "\n" in para:
                break  # the comment before's stamp, or a page's list: no handle over these words
            words.append(k)
        if label is None:
            continue
        out += [_comment(k, grps[k].start, grps[k].end, label) for k in reversed(words)]
    return out if len({q.label for q in out}) >= MIN_POSTS else []


def _thread(text: str, grps: list[Group], opened: dict[int, int]) -> list[QuoteSpan]:
    """A link aggregator's thread as its classic page prints it (see THREAD_HEAD): the post under
    its "submitted ... by" line and each comment under its head are the poster's words, the handle
    and flair the label, up to the page's controls, as a reader's comment is its author's (a
    moderator's bot and a deleted comment are no one's). A reply's first paragraph that repeats an
    earlier comment word for word is that comment quoted (the page drops the quote's bar), its
    commenter's; a sentence where a quotation opens ends a paragraph's own words, as in a post."""
    heads = []
    for gi, g in enumerate(grps):
        # (a head may end a paragraph of the page's controls: "Vote / Reply / ... / level 2 ...")
        last = text.rfind("\n", g.start, g.end) + 1 or g.start
        if m := (
            THREAD_HEAD.fullmatch(text, g.start, g.end)
            or LEVEL_HEAD.fullmatch(text, last, g.end)
            or SUBMITTED.search(text, g.start, g.end)
        ):
            heads.append((gi, m.span(1)))
    posted = next(
        (
            (gi, m)
            for gi, g in enumerate(grps)
            if (m := POSTED_HEAD.fullmatch(text, g.start, g.end)) is not None
        ),
        None,
    )
    if posted is not None and "ago" not in posted[1].group(1):  # the handle alone: its age
        gi = posted[0] + 1  # must be the next paragraph
        age = grps[gi] if gi < len(grps) else None
        posted = (gi, posted[1]) if age and AGE_LINE.fullmatch(text, age.start, age.end) else None
    if posted is not None and heads:
        gi, m = posted
        # the post's words after its title (the head's next paragraph) and its tag
        first = gi + 2
        if first < len(grps) and _not_prose(text, grps[first]):
            first += 1
        heads.insert(0, (first - 1, m.span(1)))
    if len(heads) < MIN_POSTS:
        return []
    starts = [g.start for g in grps]
    out: list[QuoteSpan] = []
    for n, (gi, label) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(grps)
        for k in range(gi + 1, stop):
            g = grps[k]
            if (
                THREAD_CONTROLS.match(text, g.start)
                or _not_prose(text, g)
                or WITHDRAWN.fullmatch(text, g.start, g.end)
            ):
                break
            said = label
            earlier = text.rfind(text[g.start : g.end], 0, g.start)
            if k == gi + 1 and earlier >= 0:
                before = bisect.bisect_right(starts, earlier) - 1
                said = next((h for hi, h in reversed(heads) if hi < before), label)
            end = _own_end(text, grps, k, g.start, opened)
            if end is None and _echoes(text, opened[k]):
                end = g.end  # 'Easy to say "do a shift on the floor" when ...': no one quoted
            if end is not None:
                out.append(_comment(k, g.start, end, said))
    return out


ECHO_WORDS = 3  # words, at least, of an earlier comment a reply repeats in quotation marks


def _echoes(text: str, at: int) -> bool:
    """The quotation opening at `at` repeats words written earlier on the page: a reply taking up
    an earlier comment's words, not quoting someone new."""
    close = {"‘": "’", "“": "”"}.get(text[at], text[at])
    line_end = text.find("\n", at)
    end = text.find(close, at + 1, line_end if line_end >= 0 else len(text))
    words = text[at + 1 : end]
    return end > 0 and len(words.split()) >= ECHO_WORDS and text.find(words, 0, at) >= 0


# a social network's post a news page embeds, between the lines its player prints: "Skip X post by
# Jo Ellery" over the post and "End of X post by Jo Ellery" under it, or (a live page's) "Post on X
# by Cllr Gavin Stiles" over it (perhaps after the entry's time: "Posted at 14:20 Post on ...") and
# "Skip X post by Cllr Gavin Stiles Allow X content? ..." under it
SKIP_POST = re.compile(
    r"^[ \t]*Skip[ \t]+([A-Za-z]{1,12})[ \t]+(?:post|content)[ \t]+by[ \t]+([^\n]{2,80}?)"
    r"(?=[ \t]+(?:Allow|End[ \t]of)\b|[ \t]*$)",
    re.M,
)
POST_ON = re.compile(
    r"^[ \t]*(?:(?:Posted[ \t]at[ \t]+)?\d{1,2}[.:]\d{2}[ \t]+)?"  # (the live page's time first)
    r"Post[ \t]+on[ \t]+([A-Za-z]{1,12})[ \t]+by[ \t]+([^\n]{2,80}?)[ \t]*$",
    re.M,
)
EMBED_REACH = 3000  # characters of an embedded post, with its card
# the card around an embedded post's words: the poster's handle (after the name), its signature
# line ("— Jo Ellery (@jo_ellery) March 20, 2024"), the time it was posted ("9:14 AM · Jul 29,
# 2024") and the page's notes on the content ("The BBC is not responsible for the content ...")
EMBED_CARD = re.compile(
    r"[ \t]*(?:(?:[^\n@]{1,60}?[ \t]+)?@\w+|[—–-][ \t]*[^\n]{1,80}\(@\w+\)[^\n]*"
    r"|[^\n]{0,20}\d{1,2}:\d{2}[^\n]{0,30}·[^\n]*"
    r"|The[ \t][^\n]{1,40}is[ \t]not[ \t]responsible[^\n]*|Content[ \t]is[ \t]not[ \t]available[^\n]*"
    r"|This[ \t]article[ \t]contains[ \t]content[^\n]*)[ \t]*"
)


def _embedded_posts(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """Social network posts a news page embeds (see SKIP_POST): the post's words are a quotation of
    its poster, whose name the player's line gives (the label), without the post's card."""
    if "post by" not in text:
        return []
    starts = [g.start for g in grps]
    out: list[QuoteSpan] = []
    ends: set[int] = set()  # "Skip X post by ..." lines closing a live page's posts
    spans: list[tuple[int, int, tuple[int, int]]] = []
    for m in POST_ON.finditer(text):
        skip = SKIP_POST.search(text, m.end(), m.end() + EMBED_REACH)
        if skip is not None and skip.group(2) == m.group(2):
            ends.add(skip.start())
            spans.append((m.end(), skip.start(), m.span(2)))
    for m in SKIP_POST.finditer(text):
        if m.start() in ends:
            continue
        close = text.find(
            f"End of {m.group(1)} post by {m.group(2)}", m.end(), m.end() + EMBED_REACH
        )
        if close > 0:
            spans.append((m.end(), close, m.span(2)))
    for lo, hi, label in spans:
        words = _post_words(text, lo, hi, text[label[0] : label[1]])
        if words is None:
            continue
        start, end = words
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        out.append(QuoteSpan(start, end, "block", first, start, end, True, last, "comment", label))
    return out


def _post_words(text: str, lo: int, hi: int, name: str) -> tuple[int, int] | None:
    """Where an embedded post's words are between `lo` and `hi`: its lines but its card's."""
    start = end = -1
    at = lo
    while at < hi:
        line_end = text.find("\n", at, hi)
        line_end = hi if line_end < 0 else line_end
        line = text[at:line_end].strip()
        card = not line or line == name or EMBED_CARD.fullmatch(text, at, line_end) is not None
        if not card:
            start = at if start < 0 else start
            end = line_end
        elif line and start >= 0:
            break  # the card after the words
        at = line_end + 1
    if start < 0 or len(text[start:end].split()) < MIN_OWN_WORDS:
        return None
    return start + len(text[start:end]) - len(text[start:end].lstrip()), end


def _notes(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The notes of a whiteboard's or a wall's export, each after the line naming its author (see
    NOTE_AUTHOR), on the line under it or in the paragraph after, and a shared document's comments
    and replies after theirs (DOC_COMMENT): in a page of MIN_POSTS or more,
    the words are a quotation of the author, and a comment on the note, after its "Comment from",
    of its commenter, as a reader's comment is its author's (the name and post the label), each
    up to the next or its paragraph's end; not a note of a word or two ("Stretched", "Hopeful?"),
    which the export's warm-up asks for."""
    found = sorted(
        [
            *NOTE_AUTHOR.finditer(text),
            # (its leading space makes the engine try every character: looked for only where
            # the word stands)
            *(NOTE_COMMENT.finditer(text) if "Comment" in text else ()),
            *DOC_COMMENT.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    if len(found) < MIN_POSTS:
        return []
    starts = [g.start for g in grps]
    out: list[QuoteSpan] = []
    for n, m in enumerate(found):
        gi = bisect.bisect_right(starts, m.end()) - 1
        end = grps[gi].end
        if n + 1 < len(found):
            end = min(end, found[n + 1].start())
        start = m.end()
        if len(text[start:end].split()) >= MIN_OWN_WORDS:
            out.append(_comment(gi, start, end, m.span(1)))
    return out if len(out) >= MIN_POSTS else []


def _tributes(text: str, grps: list[Group]) -> list[QuoteSpan]:
    """The tributes of a memorial page or a guestbook (see TRIBUTE), or a fundraising page's
    supporters' messages (SUPPORTER): in a page of MIN_POSTS or more, each one's words up to the
    page's controls ("Reply · Like (112)") are a quotation of its writer, as a reader's comment is
    its author's (the name and who they were the label); not a reply the family posts under it
    ("Leanne Ellery replied: Thank you Sandra")."""
    out: list[QuoteSpan] = []
    for gi, g in enumerate(grps):
        m = TRIBUTE.match(text, g.start, g.end) or SUPPORTER.match(text, g.start, g.end)
        if m is None:
            continue
        controls = TRIBUTE_CONTROLS.search(text, m.end(), g.end)
        end = controls.start() if controls else g.end
        if end > m.end():
            label = (m.start(), m.end(m.re.groups))
            out.append(_comment(gi, m.end(), end, label))
    return out if len(out) >= MIN_POSTS else []


def _network_posts(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """The posts of a social network's page, each under its poster's card ("Helen Okafor
    @MarshHouseHelen · May 17"; see `POSTER_CARD`): the paragraphs up to the post's counts and
    time ("18 97 611 14K", "12:19 PM · Mar 13, 2025"), as a reader's comment is its author's (the
    card's name is the label); not "Replying to @northernlass77", nor a paragraph after the first
    that quotes someone else ("I heard a minister on the radio saying '...'"). Where the page has
    one card only (a post a live blog embeds), its first paragraph; where it has more, a card
    whose words run to the next card with no counts between is a profile ("Relevant people"), no
    post (see names.poster_profiles)."""
    found = [
        (gi, m) for gi, g in enumerate(grps) if (m := POSTER_CARD.fullmatch(text, g.start, g.end))
    ]
    cards = {gi for gi, _ in found}
    out: list[QuoteSpan] = []
    for gi, m in found:
        label = m.span(1)
        words: list[int] = []
        ended = len(found) == 1
        for k in range(gi + 1, len(grps) if len(found) > 1 else min(len(grps), gi + 2)):
            g = grps[k]
            if k in cards:
                break
            if POST_FURNITURE.fullmatch(text, g.start, g.end) or text[g.start : g.end] == "Quote":
                ended = True  # (or the post quotes another, under the network's label)
                break
            if (k not in quoting or not words) and not REPLYING.fullmatch(text, g.start, g.end):
                words.append(k)
        if ended:
            out += [_comment(k, grps[k].start, grps[k].end, label) for k in words]
    return out


def _posts(
    text: str,
    grps: list[Group],
    opened: dict[int, int],
    posted: list[tuple[str, tuple[int, int]]],
) -> list[QuoteSpan]:
    """A forum thread's posts, each its poster's words (the handle the label), as a reader's
    comment is its author's: the paragraphs under the post's date and number, from after the
    earlier post it quotes ("NightOwl_RM said: ... Click to expand..."), up to the next post or
    the page's furniture; not its signature, nor the software's controls after the words ("Reply
    Report Reactions: ..."), nor a paragraph's sentence that quotes someone else and what
    follows it ("... 2 accepted. One girl at interview told me straight, "I can get £12.80 at the
    warehouse""): `opened` holds where a quotation first opens in a paragraph. In a thread of
    MIN_POSTS posts or more (`posted`: the thread's posts, from `forum_posts`)."""
    if len(posted) < MIN_POSTS:
        return []
    starts = [g.start for g in grps]
    out: list[QuoteSpan] = []
    for handle, (lo, hi) in posted:
        at = text.rfind(handle, 0, lo)
        label = (at, at + len(handle))
        pieces: list[tuple[int, int]] = []
        boxed = False  # inside the earlier post it quotes, up to "Click to expand..."
        skip = -1  # the paragraph of the earlier post it quotes, when one paragraph is all of it
        for k in range(bisect.bisect_left(starts, lo), len(grps)):
            g = grps[k]
            if g.start < hi and QUOTE_BOX.match(text, g.start, g.end):
                continue  # the earlier post in phpBB's box, the paragraph
            if g.start >= hi or _not_prose(text, g):
                break  # the next post, or the page's furniture after the last ("1 of 2 Go to page")
            if _signature(text, g):
                continue  # "Senior carer · nights · residential · 9 yrs and counting"
            start = g.start
            if (head := QUOTED_POST.match(text, g.start, g.end)) is not None:
                if BOXED.match(text, head.end(), g.end):
                    continue  # the earlier post, its lines marked: the paragraph and no more
                if _box_below(text, grps, k, head):
                    skip = k + 1  # the earlier post, in the paragraph under its "wrote:" alone
                    continue
                boxed = True
            if k == skip:
                continue
            if boxed:  # the earlier post it quotes, then its own words
                shown = text.find(EXPAND, g.start, g.end)
                if shown < 0:
                    continue
                boxed = False
                start = shown + len(EXPAND)
                while start < g.end and (text[start] in ".…" or text[start].isspace()):
                    start += 1
                if start >= g.end:
                    continue
            pieces.append((k, start))
        # (a paragraph where a quotation opens is the poster's up to the sentence that opens it;
        # from there it is left to the ordinary rules: whom the poster quotes is theirs, "the
        # deputy said \"nights are already on an enhancement\"")
        cut = {
            k: end
            for k, start in pieces
            if k in opened and (end := _own_end(text, grps, k, start, opened)) is not None
        }
        pieces = [(k, start) for k, start in pieces if k not in opened or k in cut]
        if not pieces:
            continue
        extent = (label[0], grps[pieces[-1][0]].end)
        own = _own_paragraphs(text, grps, pieces, "post", label, extent, set(opened) - set(cut))
        for q in own:
            controls = POST_CONTROLS.search(text, q.start, q.end)
            end = min(controls.start() if controls else q.end, cut.get(q.group, q.end))
            if end > q.start:
                out.append(replace(q, end=end, inner_end=end))
    return out


def _box_below(text: str, grps: list[Group], k: int, head: re.Match[str]) -> bool:
    """Paragraph k is the handle and "wrote:" alone (`head`), and no "Click to expand" shows where
    the earlier post quoted ends: its words are the paragraph under it, as a thread copied from a
    browser sets out the quotation's box ("Bernadette_W wrote:" / "Hi Nell and welcome. ...")."""
    return (
        not text[head.end() : grps[k].end].strip()
        and k + 1 < len(grps)
        and text.find(EXPAND, grps[k + 1].start, grps[k + 1].end) < 0
    )


def _signature(text: str, g: Group) -> bool:
    """A poster's signature under their words, its parts set apart by dots or bars."""
    parts = SIGNATURE_PARTS.split(text[g.start : g.end])
    return (
        g.end - g.start <= MAX_SIGNATURE
        and len(parts) >= MIN_SIGNATURE_PARTS
        and SENTENCE_STOP.search(parts[0]) is None  # not words with a signature run on to them
    )


def _not_prose(text: str, g: Group) -> bool:
    """A paragraph of a page's furniture, not a post's words: short and unfinished ("1 of 2 Go to
    page", "X (Twitter) Link"), or a list of lines ("Similar threads" over its links)."""
    words = text[g.start : g.end]
    return "\n" in words or (
        words.rstrip()[-1:] not in TERMINAL and len(words.split()) <= HEADING_WORDS
    )


# a part in an exchange a report prints, its speaker by sector in sentence case before a colon and
# their words ("Director of adult social services: Neither, really.", "ICB non-executive director:
# I'd challenge that a bit.")
EXCHANGE_LABEL = re.compile(r"([A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,6}):[ \t]+(?=[A-Z‘“'\"])")
MAX_EXCHANGE_LABEL = 50
# speaking as "we" (not "I": FIRST_PERSON)
WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e['’](?:re|ve|d|ll))\b")


def _exchange(text: str, grps: list[Group], taken: set[int]) -> list[QuoteSpan]:
    """An exchange a report prints from a roundtable or focus group, its speakers identified by
    sector ("Director of adult social services: Neither, really. ...", "Care home provider: Into
    home care rates."): a run of at least MIN_TURNS paragraphs, each opening on such a label, one
    speaker heard twice and most of them speaking as "I" or "we" (a glossary's terms are each
    defined once, in no one's voice). Each paragraph is its label's turn."""
    out: list[QuoteSpan] = []
    run: list[tuple[int, re.Match[str]]] = []
    for gi in range(len(grps) + 1):
        m = None
        if gi < len(grps) and gi not in taken:
            m = EXCHANGE_LABEL.match(text, grps[gi].start)
            if m is not None and (
                len(m.group(1)) > MAX_EXCHANGE_LABEL
                or m.group(1).split()[0].lower() in NOT_SPEAKERS
                or REPORTING.search(m.group(1)) is not None  # "Claire says:", a comment's label
                # (a transcript's label is the transcript's to read: a presenter's turn that it
                # left to the narrative stays there)
                or _turn(text, grps[gi].start) is not None
            ):
                m = None
        if m is not None:
            run.append((gi, m))
            continue
        labels = [m.group(1).lower() for _, m in run]
        voiced = sum(
            1
            for k, m in run
            if FIRST_PERSON.search(text, m.end(), grps[k].end)
            or WE.search(text, m.end(), grps[k].end)
        )
        if len(run) >= MIN_TURNS and 2 <= len(set(labels)) < len(labels) and voiced * 2 >= len(run):
            for k, m in run:
                g = grps[k]
                out.append(
                    QuoteSpan(
                        m.end(),
                        g.end,
                        "block",
                        k,
                        m.end(),
                        g.end,
                        True,
                        k,
                        "turn",
                        (g.start, m.end()),
                    )
                )
        run = []
    return out


def _replies(text: str, grps: list[Group], threaded: bool) -> list[QuoteSpan]:
    """The earlier posts a forum thread's posts quote, each a paragraph opening on the quoted
    poster's handle and "said:" (the label), up to the software's "Click to expand..." or the
    paragraph's end. Only in a thread: a document where that control appears, where the words
    quoted are marked off by ">" ("Bramble62 wrote: > Thank you for posting this"), in phpBB's
    box (`QUOTE_BOX`), or, in a thread of `threaded` posts, the paragraph under the handle and
    "wrote:" alone (see `_box_below`)."""
    expands = text.find(EXPAND) >= 0
    boxes = "↑" in text
    if not expands and not boxes and ">" not in text and not threaded:
        return []
    out = []
    for gi, g in enumerate(grps):
        box = gi  # the paragraph of the words quoted
        if boxes and (m := QUOTE_BOX.match(text, g.start, g.end)) is not None:
            start = m.end()  # phpBB's box: the paragraph after the link
        elif (
            threaded
            and (m := QUOTED_POST.match(text, g.start, g.end)) is not None
            and _box_below(text, grps, gi, m)
        ):
            box, g = gi + 1, grps[gi + 1]  # the paragraph under "wrote:" alone, in a thread
            start = g.start
        elif (m := REPLY.match(text, g.start, g.end)) is None:
            continue
        elif (mark := BOXED.match(text, m.end(), g.end)) is not None:
            start = mark.end()  # the words after the mark
        elif expands:
            start = m.end()
        else:
            continue
        end = text.find(EXPAND, start, g.end)
        end = (g.end if end < 0 else end) - 1
        while end > start and text[end].isspace():
            end -= 1
        out.append(
            QuoteSpan(start, end + 1, "block", box, start, end + 1, True, box, "reply", m.span(1))
        )
    return out


def _letters(text: str, grps: list[Group], opened: dict[int, int]) -> list[QuoteSpan]:
    """Readers' letters, each signed under its last paragraph ("Janet Cole / Norwich", "Name and
    address supplied"): in a document with two or more, a letter is the run of paragraphs back
    from its signature to the previous letter's, a heading or a line that is no sentence. Each of
    its paragraphs is a quotation of the writer, its signature the label, the whole letter its
    extent - except, after the first, one where a quotation opens or after a colon, and the
    first's sentences from where one opens: what the writer quotes is left to the ordinary rules,
    as in a speech."""
    signed = [
        (gi, m)
        for gi, g in enumerate(grps)
        if gi
        and (m := SIGNATURE.match(text, g.start, g.end) or WITHHELD.match(text, g.start, g.end))
    ]
    longest = MAX_LETTER
    # (letters signed under their words, a name over a place, not only withheld: a page of letters
    # signed on one line may print one "Name and address supplied")
    if sum(1 for _, m in signed if m.re is SIGNATURE) < MIN_LETTERS:
        signed = _signed_apart(text, grps)
        longest = MAX_PAGE_LETTER
    if not signed:
        # ... or a page of letters each signed on one line, the place or post after a comma:
        # more of them, as a single "Name, Place" line may be a caption or a credit
        signed = [
            (gi, m)
            for gi, g in enumerate(grps)
            if gi
            and (
                m := SIGNED_LINE.match(text, g.start, g.end) or WITHHELD.match(text, g.start, g.end)
            )
            # under a letter, not over a profile that goes on to name them ("Darren Whitfield,
            # Home Manager, The Willows" over "[Photo ...] Darren has been ...")
            and not _profiled(text, g.end, m)
        ]
        if len(signed) < MIN_LINE_LETTERS:
            return []
        longest = MAX_PAGE_LETTER
    out: list[QuoteSpan] = []
    previous = -1
    for gi, m in signed:
        first = gi
        while first - 1 > previous and gi - first < longest and _prose(text, grps[first - 1]):
            first -= 1
        previous = gi + (m.re is SIGNED_APART)
        # not what the writer quotes: a paragraph after a colon ("One daughter wrote to me:"),
        # after the letter's first one where a quotation opens, in the first from the sentence
        # where one opens ("... she was candid. ‘I hate sending these letters,’ she told me.")
        own = [
            (k, end)
            for k in range(first, gi)
            if text[grps[k - 1].end - 1] != ":"
            and not (k > first and k in opened)
            and (end := _own_end(text, grps, k, grps[k].start, opened)) is not None
        ]
        letter = (grps[own[0][0]].start if own else grps[first].start, grps[gi].end)
        for k, end in own:
            at = grps[k].start
            out.append(QuoteSpan(at, end, "block", k, at, end, True, k, "letter", m.span(), letter))
    return out


def _signed_apart(text: str, grps: list[Group]) -> list[tuple[int, re.Match[str]]]:
    """A web page's letters, each signed in two paragraphs under its last (see SIGNED_APART): on a
    page of them, as a name over a post is as often a profile's head or a card."""
    signed = [
        (gi, m)
        for gi in range(1, len(grps) - 1)
        if _prose(text, grps[gi - 1])
        and (m := SIGNED_APART.match(text, grps[gi].start, grps[gi + 1].end)) is not None
        and not _profiled(text, grps[gi + 1].end, m)
    ]
    return signed if len(signed) >= MIN_LINE_LETTERS else []


def _emails(text: str, grps: list[Group], opened: dict[int, int]) -> list[QuoteSpan]:
    """The emails a report, a disclosure or a witness statement copies in, each under its header
    (see EMAIL_HEADER): its paragraphs up to its sign-off, the next email or MAX_EMAIL of them
    are a quotation of the sender, the "From:" line's name the label, the whole email the extent,
    as a letter is its writer's - but not after a colon, nor from the sentence where a quotation
    opens ("One of our ladies said to me this morning, \"I came here to die in my own bed\""):
    what the sender quotes the ordinary rules attribute. Not the emails of a document that is
    itself an email or a chain of them (its first paragraph is a header): those are its authors'
    own words."""
    if not grps or EMAIL_HEADER.match(text, grps[0].start, grps[0].end):
        return []
    out: list[QuoteSpan] = []
    for gi, g in enumerate(grps):
        m = EMAIL_HEADER.match(text, g.start, g.end) or DIGEST_HEADER.fullmatch(
            text, g.start, g.end
        )
        if m is None or m.end() != g.end:
            continue
        body: list[int] = []
        for k in range(gi + 1, min(len(grps), gi + 1 + MAX_EMAIL)):
            para = text[grps[k].start : grps[k].end]
            if EMAIL_HEADER.match(para) or ORIGINAL_MESSAGE.match(para) or para == "--":
                break
            short = len(para.split()) <= MAX_SIGN_OFF and para[-1] not in ENDS
            if short and k == gi + 1:
                continue  # "Hi Priya": the greeting, before the words
            if short or "\n" in para:
                break  # "Helen": the sign-off after the last of its words, or a signature's
                # lines ("Karen Whitlock" / "Director of ..."), or a page's foot
            if not QUOTED_REPLY.match(para):  # what the reply quotes is the last writer's
                body.append(k)
        else:
            continue  # no end in sight: no email of a few paragraphs
        own = {
            k: _own_end(text, grps, k, grps[k].start, opened)
            for k in body
            if text[grps[k - 1].end - 1] != ":"
        }
        spans = [(grps[k].start, end, k) for k, end in own.items() if end is not None]
        if not spans:
            continue
        extent = (spans[0][0], grps[body[-1]].end)
        out += [
            QuoteSpan(start, end, "block", k, start, end, True, k, "letter", m.span(1), extent)
            for start, end, k in spans
        ]
    return out


def _short_of(
    b: QuoteSpan, grps: list[Group], taken: set[int], lettered: set[int]
) -> QuoteSpan | None:
    """A block that runs on to a turn's, speech's or letter's paragraphs: none, but one that a
    letter's writer quotes ("One daughter wrote to me:"), up to the writer's own words after it."""
    stop = next((k for k in range(b.group, b.last_group + 1) if k in taken), None)
    if stop is None:
        return b
    if stop == b.group or stop not in lettered:
        return None
    end = min(b.end, grps[stop - 1].end)
    return replace(b, end=end, inner_end=min(b.inner_end, end), last_group=stop - 1)


def _profiled(text: str, at: int, m: re.Match[str]) -> bool:
    """A name's words stand again in the text after it: it heads a profile of them - unless what
    follows it is the next letter's title ("A fee freeze is a cut by another name", then "Cllr
    Dunmore says in her reply ...") or the editor's note on the letter ("Editor's note: We asked
    the NHS for a response to Dr Leckie's letter.")."""
    names = bare_name(m.group(1)) if m.re in (SIGNED_LINE, SIGNED_APART) else ()
    if not names:
        return False
    start = len(text) - len(text[at:].lstrip())
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    if EDITORS_NOTE.match(line) or (
        line[:1].isalpha() and line[-1] not in ENDS and len(line.split()) <= TITLE_WORDS
    ):  # (not a photo's caption: "[Photo: Darren Whitfield in the garden]")
        return False
    after = text[at : at + PROFILED]
    return any(re.search(rf"\b{re.escape(w)}\b", after) for w in names)


EDITORS_NOTE = re.compile(r"(?:Editor['’]s[ \t]+note|Ed(?:itor)?:)", re.IGNORECASE)
TITLE_WORDS = 12  # words of a letter's title, a line with no stop


def _prose(text: str, g: Group) -> bool:
    """A paragraph of sentences: it ends one, and has a letter's words at least."""
    return (
        text[g.end - 1] in ENDS
        and _word_count(text, g.start, g.end, MIN_LETTER_WORDS) >= MIN_LETTER_WORDS
    )


def _own_paragraphs(
    text: str,
    grps: list[Group],
    pieces: list[tuple[int, int]],
    how: str,
    label: tuple[int, int],
    extent: tuple[int, int],
    quoting: set[int],
) -> list[QuoteSpan]:
    """A speaker's paragraphs (group index, where the speaker's words start): all of them but
    those that quote someone else - after the first, one where a quotation opens or after a colon."""
    out: list[QuoteSpan] = []
    for n, (k, lo) in enumerate(pieces):
        g = grps[k]
        end = g.end
        if text[end - 1] == ":":  # a line introducing a quotation is not the speaker's words; in
            # a post the sentences before it are ("Similar here. I care for my mum ... It says:")
            end = (_sentences_before(text, lo, end - 1) if how == "post" else None) or lo
        if lo >= end or len(text[lo:end].split()) < MIN_OWN_WORDS:
            continue  # not a stamp such as "2.47 pm"
        if n and (text[grps[k - 1].end - 1] == ":" or k in quoting):
            continue
        if k + 1 < len(grps) and text[end - 1] not in ENDS and text[grps[k + 1].start] in OPENS:
            continue  # "... in its spring survey, found that directors were" / "“increasingly ...”"
        out.append(QuoteSpan(lo, end, "block", k, lo, end, True, k, how, label, extent))
    return out


def _written_answers(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """Written questions and their answers, as the Parliament website prints them ("Asked by Lord
    Penhallow" over "To ask His Majesty's Government ...", "Answered by Baroness Tillard
    (Parliamentary Under-Secretary of State ...)" over the answer) or a council committee's paper
    ("Question 1 – from Councillor Amanda Leigh (Ravensmoor East)" over the question, "Response
    from Helen Carver, Director of Adult Social Services" over the answer). Each runs to the next
    label or the next line that is no prose ("Share this question", "4. NOTE OF SUPPLEMENTARY
    QUESTIONS")."""
    heads: list[tuple[int, int]] = []  # (group index, end of the label line)
    labels: list[WrittenLabel] = []
    for gi, g in enumerate(grps):
        line_end = text.find("\n", g.start, g.end)
        line_end = g.end if line_end < 0 else line_end
        label, head_end = written_label(text[g.start : line_end]), line_end
        if label is None and (colon := text.find(": ", g.start, line_end)) > 0:
            # ... or a label with the words after it: "Response from Cllr X: We ..."
            label, head_end = written_label(text[g.start : colon + 1]), colon + 1
        if label is not None:
            heads.append((gi, head_end))
            labels.append(label)
    parliament = any(text.startswith("To ask", end + 1) for _, end in heads)
    committee = {lb.asked for lb in labels if not lb.parliament} == {True, False}
    if not parliament and not committee:
        return []  # every parliamentary question opens "To ask ..."; a committee's are answered
    out: list[QuoteSpan] = []
    stops = [h[0] for h in heads[1:]] + [len(grps)]
    asker = answerer = (-1, -1)  # the labels of the item's asker and answerer
    for (gi, end), stop, label in zip(heads, stops, labels, strict=True):
        if label.asked:
            asker, answerer = (grps[gi].start, end), (-1, -1)
        else:
            answerer = (grps[gi].start, end)
        rest = text[end + 1 : grps[gi].end]
        # the label's own paragraph goes on with the question, or with its addressee alone ("To
        # the Cabinet Member for Adult Social Care and Health"), who says nothing
        pieces = [(gi, end + 1)] if "\n" in rest or rest.rstrip()[-1:] in TERMINAL else []
        ended = False  # the label's own run is over: its turns may still follow
        for k in range(gi + 1, stop):
            g = grps[k]
            if (to := ADDRESSEE.fullmatch(text, g.start, g.end)) is not None:
                answerer = to.span(1)  # who is asked, and answers a "Response:" later
                continue
            turn = MINUTED_TURN.match(text, g.start, g.end)
            if turn is not None:
                ended = True
                who = asker if turn.group(1) is None else answerer
                lo = turn.end()
                if who[0] < 0 or REPORTED_TURN.match(text, lo, g.end):
                    continue  # "Response: The Chair said that he would answer it himself."
                extent = (g.start, g.end)
                out += _own_paragraphs(text, grps, [(k, lo)], "speech", who, extent, quoting)
                continue
            if _heading(text, g):
                break
            if label.parliament or not (ended or k in quoting):
                pieces.append((k, g.start))
                continue
            # after the record's labelled turns, or where it quotes someone in its own account of
            # the meeting ("She said: "We want ...""), the record's words; its turns may follow
            ended = True
        if not pieces:
            continue
        extent = (grps[gi].start, grps[pieces[-1][0]].end)
        out += _own_paragraphs(text, grps, pieces, "speech", (grps[gi].start, end), extent, quoting)
    return sorted(out, key=lambda q: q.start)


def _answers(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """The answers of a printed interview whose questions alone carry a label ("CL: You've spent
    your first six months ...?" and the answer in the paragraphs below it, unlabelled): every
    unlabelled paragraph from a labelled question to the next is the interviewee's."""
    labelled = [(gi, m) for gi, g in enumerate(grps) if (m := _turn(text, g.start)) is not None]
    if len(labelled) < MIN_TURNS or len({m.group(1).lower() for _, m in labelled}) != 1:
        return []
    asked = [gi for gi, _ in labelled]
    if not all(text[grps[gi].end - 1] == "?" for gi in asked[:-1]):
        return []
    out: list[QuoteSpan] = []
    for gi, stop in zip(asked, [*asked[1:], len(grps)], strict=True):
        last = min(stop, gi + 1 + MAX_ANSWER) - 1
        for k in range(gi + 1, last + 1):
            if (
                text[grps[k].end - 1] not in TERMINAL
                and len(text[grps[k].start : grps[k].end].split()) <= HEADING_WORDS
            ):
                last = k - 1  # a heading ("SIDEBAR") ends the interview
                break
        pieces = [(k, grps[k].start) for k in range(gi + 1, last + 1)]
        label = (grps[gi].start, grps[gi].start)
        extent = (grps[gi].start, grps[last].end)
        out += _own_paragraphs(text, grps, pieces, "answer", label, extent, quoting)
    return out


def _lettered_answers(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """The answers of a printed Q&A whose paragraphs open on the letters alone ("Q Why should
    anyone believe ...?", "A Because the difference this time is ..."): a run of at least MIN_TURNS
    questions, each with an answer right below it. The answer is the paragraph after its "A", and
    those after it up to the next question; after the last question, the "A" paragraph alone (the
    article's narrative resumes)."""
    asked = [
        gi
        for gi, g in enumerate(grps[:-1])
        if LETTER_Q.match(text, g.start, g.end)
        and text.find("?", g.start, g.end) >= 0
        and LETTER_A.match(text, grps[gi + 1].start, grps[gi + 1].end)
    ]
    if len(asked) < MIN_TURNS:
        return []
    out: list[QuoteSpan] = []
    for gi, following in zip(asked, [*asked[1:], None], strict=True):
        last = gi + 1 if following is None else min(following - 1, gi + MAX_ANSWER)
        first = LETTER_A.match(text, grps[gi + 1].start)
        assert first is not None
        pieces = [(gi + 1, first.end())] + [(k, grps[k].start) for k in range(gi + 2, last + 1)]
        label = (grps[gi].start, grps[gi].start)
        extent = (grps[gi].start, grps[last].end)
        out += _own_paragraphs(text, grps, pieces, "answer", label, extent, quoting)
    return out


def _unlabelled_questions(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """The answers of a printed interview whose questions lost their bold in the copy and carry no
    label: a run of at least MIN_QUESTIONS short paragraphs that ask something, each with its answer
    below it. Most of the questions put "you", and most of the answers speak as "I" (an FAQ answers
    "you", a report's headings ask "what did we find?" of no one); every paragraph from one
    question to the next is the interviewee's, as under a labelled question."""
    runs: list[list[tuple[int, int]]] = [[]]  # (question, its last answer paragraph)
    gi = 0
    while gi < len(grps):
        if not _asks(text, grps[gi]):
            if runs[-1] and not _heading(text, grps[gi]):
                runs.append([])  # narrative between: the Q&A (if it was one) is over
            gi += 1
            continue
        last = gi
        if gi + 1 < len(grps) and _answers_back(text, grps[gi + 1]):
            last = gi + 1  # "At national level? I'd struggle to give you a name.": an answer
            # that opens on the question it takes up
        while (
            last + 1 < len(grps)
            and last - gi < MAX_ANSWER
            and not _asks(text, grps[last + 1])
            and not _heading(text, grps[last + 1])
        ):
            last += 1
        if last == gi or text[grps[gi + 1].start] in OPENS:
            runs.append([])  # a question no answer follows, or one a quotation answers
            gi += 1
            continue
        runs[-1].append((gi, last))
        gi = last + 1
    run = max(runs, key=len)
    if len(run) < MIN_QUESTIONS:
        return []
    addressed = sum(1 for q, _ in run if YOU.search(text, grps[q].start, grps[q].end))
    speaking = sum(
        1
        for q, last in run
        if FIRST_PERSON.search(text, grps[q + 1].start, grps[last].end) is not None
    )
    # a page that says it is an interview ("she talks to Tom Ridley", "Interviews") needs fewer
    # of its questions to put "you": "What changed during Covid?", "Is that fair?"
    interview = INTERVIEW.search(text, 0, grps[run[0][0]].start) is not None
    if addressed * (3 if interview else 2) < len(run) or speaking * 2 < len(run):
        return []
    out: list[QuoteSpan] = []
    for q, last in run:
        pieces = [(k, grps[k].start) for k in range(q + 1, last + 1)]
        label = (grps[q].start, grps[q].start)
        extent = (grps[q].start, grps[last].end)
        out += _own_paragraphs(text, grps, pieces, "answer", label, extent, quoting)
    return out


def _labelled_posts(text: str, grps: list[Group], quoting: set[int]) -> list[QuoteSpan]:
    """A web page's readers' questions and an expert's answers, each under a line of its own
    naming the writer ("Gillian, 54, Leicestershire" over her question, "Aisha Rahman" over each
    answer): at least MIN_TURNS such labels, one name over MIN_ANSWERED of them (a page of
    headings over paragraphs repeats none). A post runs from the line under its label to the
    next label, a heading, or the question heading the next post (a line that asks, right
    above a label)."""
    heads: list[tuple[int, int, int]] = []  # (group index, label start, label end)
    for gi, g in enumerate(grps):
        line_end = text.find("\n", g.start, g.end)
        opener = text[line_end + 1 : line_end + 2] if line_end >= 0 else ""
        if not (opener.isupper() or (opener and opener in OPENS)):
            continue  # the post opens a sentence under its label
        label, words = text[g.start : line_end], text[line_end + 1 : g.end]
        if (
            (SPEAKER_HEADING.fullmatch(label) or is_name_label(label, words))
            and text[g.end - 1] in ENDS  # prose under it, not a masthead's lines
            and len(words.split()) >= MIN_LETTER_WORDS
        ):
            heads.append((gi, g.start, line_end))
    if len(heads) < MIN_TURNS:
        return []
    counts: dict[str, int] = {}
    for _, start, end in heads:
        key = text[start:end].partition(",")[0].strip().lower()
        counts[key] = counts.get(key, 0) + 1
    if max(counts.values()) < MIN_ANSWERED:
        return []
    out: list[QuoteSpan] = []
    starts = {h[0] for h in heads}
    for gi, start, end in heads:
        last = gi
        while (
            last + 1 < len(grps)
            and last + 1 not in starts
            and last + 1 - gi <= MAX_ANSWER
            and not _heading(text, grps[last + 1])
            and not (last + 2 in starts and _asks(text, grps[last + 1]))
        ):
            last += 1
        pieces = [(gi, end + 1)] + [(k, grps[k].start) for k in range(gi + 1, last + 1)]
        extent = (start, grps[last].end)
        out += _own_paragraphs(text, grps, pieces, "comment", (start, end), extent, quoting)
    return out


def _asks(text: str, g: Group) -> bool:
    """A paragraph that could be an interviewer's question: short, asking, not itself a quotation
    ("What about the workforce? Providers are warning ..." sets the scene after asking)."""
    return (
        text[g.start] not in OPENS
        and text.find("?", g.start, g.end) >= 0
        and len(text[g.start : g.end].split()) <= QUESTION_WORDS
    )


def _answers_back(text: str, g: Group) -> bool:
    """A paragraph right after a question that asks, but ends on a statement of its own: the
    answer taking the question up ("At national level? I'd struggle to give you a name."), not the
    next question."""
    return text[g.end - 1] in ".!" and text.find("?", g.start, g.end) >= 0


def _heading(text: str, g: Group) -> bool:
    """A line between an interview's answers that is not prose: a heading, "Advertisement"."""
    return text[g.end - 1] not in TERMINAL and len(text[g.start : g.end].split()) <= HEADING_WORDS


def _authors_say_i(
    text: str, grps: list[Group], inline: list[QuoteSpan], blocks: list[QuoteSpan]
) -> bool:
    """An "I" paragraph outside every quotation and not right after one or after a colon."""
    quotes = sorted([*inline, *blocks], key=lambda q: q.start)
    inside = _inside_quote(quotes, len(text))
    for i, g in enumerate(grps):
        if inside(g.start) or i == 0:
            continue
        prev = grps[i - 1]
        if text[prev.end - 1] in ":’'\"”" or inside(prev.end - 1) or inside(prev.end - 2):
            continue
        if _first_person(text, g, inside):
            return True
    return False


def _inline(text: str, grps: list[Group], stats: ScanStats) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    gi = 0
    while gi < len(grps):
        g = grps[gi]
        marks = [
            (m.start(), *_kind(text, m.start(), g.start, g.end))
            for m in MARKS.finditer(text, g.start, g.end)
        ]
        stats.marks += len(marks)
        open_at = -1
        open_family: str | None = None
        start_group = gi
        depth = 0  # curly quotes of the same family nested inside the open one
        for idx, (pos, kind, family) in enumerate(marks):
            if open_at < 0:
                if kind == "open" and family:
                    open_at, open_family = pos, family
                continue
            if family != open_family:
                continue
            if kind == "open" and text[pos] in "‘“":
                depth += 1
                continue
            if kind not in ("close", "both"):
                continue
            if not depth and _possessive(text, pos, g.end) and _next_is_close(marks, idx, family):
                continue
            if depth:
                depth -= 1
                continue
            out.append(
                QuoteSpan(open_at, pos + 1, "inline", start_group, open_at + 1, pos, True, gi)
            )
            open_at, open_family = -1, None
            depth = 0
        if open_at < 0:
            gi += 1
            continue
        # unclosed at the end of its paragraph: a press-release run reopens the mark in the next one
        end = g.end
        nxt = gi + 1
        while nxt < len(grps) and _reopens(text, grps[nxt], open_family):
            ng = grps[nxt]
            close = _closing_in(text, ng, open_family, stats)
            if close is not None:
                out.append(
                    QuoteSpan(
                        open_at, close + 1, "inline", start_group, open_at + 1, close, True, nxt
                    )
                )
                break
            end = ng.end
            nxt += 1
        else:
            out.append(
                QuoteSpan(open_at, end, "inline", start_group, open_at + 1, end, False, nxt - 1)
            )
            gi = nxt
            continue
        # the closing paragraph may hold more quotes after the close: rescan it from there
        gi = nxt + 1
        rest = _inline_from(text, grps[nxt], close + 1, nxt, stats)
        out.extend(rest)
    return out


def _inline_from(text: str, g: Group, start: int, gi: int, stats: ScanStats) -> list[QuoteSpan]:
    """Quotes in the rest of a paragraph after a press-release run closed in it (no further runs)."""
    sub = Group(start, g.end, g.first, g.last)
    return [q for q in _inline(text, [sub], stats)]


def _next_is_close(marks: list[tuple[int, str, str | None]], idx: int, family: str | None) -> bool:
    """A plural possessive (providers' views) is an apostrophe when the next mark of its family closes."""
    for _, kind, fam in marks[idx + 1 : idx + 9]:
        if fam == family and kind in ("open", "close", "both"):
            return kind != "open"
    return False


def _reopens(text: str, g: Group, family: str | None) -> bool:
    ch = text[g.start]
    if family == SINGLE:
        return ch in "‘'"
    return ch in '“"'


def _closing_in(text: str, g: Group, family: str | None, stats: ScanStats) -> int | None:
    """The closing mark of `family` in a reopened paragraph, or None when it stays open."""
    found = None
    marks = list(MARKS.finditer(text, g.start + 1, g.end))
    stats.marks += len(marks)
    last_close = -1
    kinds = []
    for m in marks:
        kind, fam = _kind(text, m.start(), g.start, g.end)
        kinds.append((m.start(), kind, fam))
        if fam == family and kind in ("close", "both"):
            last_close = m.start()
    depth = 0
    for pos, kind, fam in kinds:
        if fam != family:
            continue
        if kind == "open":
            depth += 1
        elif kind in ("close", "both"):
            if _possessive(text, pos, g.end) and last_close > pos:
                continue
            if depth:
                depth -= 1
                continue
            found = pos
            break
    return found


NOTE_NUMBER = re.compile(r"^\d{1,3}[ \t]+")  # a note's number glued to a closing mark: "...'5 She"
# the first person singular: a speaker's narration of a scene, not the authors' ("'Are you lost?'
# she asked me.")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b")


def _blocks(
    text: str,
    paras: list[Paragraph],
    grps: list[Group],
    inline: list[QuoteSpan],
    stats: ScanStats,
) -> list[QuoteSpan]:
    """Paragraphs introduced by a line ending in a colon, plus the first-person paragraphs that follow."""
    inside = _inside_quote(inline, len(text))
    starts = [q.start for q in inline]
    out: list[QuoteSpan] = []
    gi = 0
    while gi < len(grps) - 1:
        g = grps[gi]
        announced = (
            text[g.end - 1] == "."
            and text.find("following", g.start, g.end) >= 0  # str.find: most have none
            and FOLLOWING.search(text, g.start, g.end) is not None
        )
        colon = (
            text[g.end - 1] == ":"
            or announced
            # a note's number after the colon: "... meetings with commissioners:3"
            or (text[g.end - 1].isdigit() and NOTED_COLON.search(text, g.start, g.end) is not None)
        ) and not inside(g.end - 1)
        first = gi + 1
        if (
            CAPTION.fullmatch(text, g.start, g.end)
            and not inside(g.start)
            and _block_paragraph(text, paras, grps[first])
            and not CAPTION.fullmatch(text, grps[first].start, grps[first].end)
            and text[grps[first].start] not in "‘'“\"["
            and _turn(text, grps[first].start) is None  # "KERRY: I've got ...": a labelled turn
        ):
            # a broadcast transcript's on-screen caption over the words of the person it names
            out.append(_whole_paragraph(grps[first], first, "captioned"))
            gi = first + 1
            continue
        if (
            not colon
            and (_attribution(text, grps[first]) or _en_dashed_credit(text, grps, first))
            and _block_paragraph(text, paras, g)
            and not _attribution(text, g)
            and not inside(g.start)
            and text[g.start] not in "‘'“\""
        ):
            out.append(_whole_paragraph(g, gi, "attributed"))
            gi = first + 1
            continue
        if not colon and _credited(text, paras, g) and not inside(g.start):
            end = g.start + len(text[g.start : text.rindex("\n", g.start, g.end)].rstrip())
            out.append(QuoteSpan(g.start, end, "block", gi, g.start, end, True, gi, "credited"))
            gi += 1
            continue
        if gi == 0 and _epigraph(text, paras, None, g):
            out.append(_whole_paragraph(g, gi, "epigraph"))
        if _epigraph(text, paras, g, grps[first]):
            out.append(_whole_paragraph(grps[first], first, "epigraph"))
            gi = first + 1
            continue
        if (
            not colon
            and _ends_attributed(text, g)
            and (
                (
                    out
                    and out[-1].last_group == gi - 1
                    # (or by a credit line under it: "- Senior social worker, Wyre Vale")
                    and (_ends_attributed(text, grps[gi - 1]) or out[-1].how == "credited")
                )
                or _first_person(text, g, inside)
                or _coded_attribution(text, g)
            )
            and _block_paragraph(text, paras, g)
            and not inside(g.start)
            and text[g.start] not in "‘'“\""
            # not narrative whose own quotation the bracket closes: "One GP told us: '...' (P05,
            # primary care)"
            and not _quote_attributed(text, g, inline, starts)
        ):
            # the next of a run of comments, each closed by its own bracketed attribution; or
            # testimony in the first person closed by one, with no colon before it
            out.append(_whole_paragraph(g, gi, "attributed"))
            gi += 1
            continue
        if not colon:
            if _speech_goes_on(text, paras, g, grps[first], inside):
                # the speaker quoted last goes on - unless the paragraph closes on an attribution
                # of its own: "... thinking about the Level 5. (Blessing, SCW)"
                how = "attributed" if _ends_attributed(text, grps[first]) else "continued"
                out.append(_whole_paragraph(grps[first], first, how))
                gi = first + 1
                continue
            gi += 1
            continue
        if first + 1 < len(grps) and _page_note(text, grps[first]):
            first += 1  # a page's note between the lead and its quotation, where the page broke
        renumbered = _renumbered(text, g, grps[first])
        if not (_block_paragraph(text, paras, grps[first]) or renumbered) or _leads_into_own(
            text, grps[first], inline, starts, inside
        ):
            gi += 1
            continue
        if _label(text, grps[first]):
            gi = first  # "... it would reach home care:" then "Participant 22, registered manager:"
            continue
        how = "announced" if announced else "numbered" if renumbered else ""
        if closed := _closes_early(text, grps[first], inline, starts):
            # the quotation closes and the authors go on in its paragraph, perhaps introducing
            # the next: "'We talk about the workforce as if ... ours.' A national interviewee was
            # similarly direct:" - the block is the quotation, its paragraph's end a cue again
            start = grps[first].start
            out.append(QuoteSpan(start, closed, "block", first, start, closed, True, first, how))
            gi = first if text[grps[first].end - 1] == ":" else first + 1
            continue
        last = first
        prose = _turn(text, grps[first].start) is None  # (a block of turns is one exchange)
        while (
            last + 1 < len(grps)
            and last + 1 - first <= MAX_CONTINUATION
            and text[grps[last].end - 1] != ":"
            and not _ends_attributed(text, grps[last])  # the bracket closes this quotation
            and (
                (
                    _block_paragraph(text, paras, grps[last + 1])
                    and _first_person(text, grps[last + 1], inside)
                    # not the next speaker's turn after words read out in one: "He writes:", a
                    # listener's email, then "YEWANDE HARCOURT: Oh, Kofi. ..."
                    and not (prose and _turn(text, grps[last + 1].start) is not None)
                )
                # the quoted document's next paragraph: "3. Adult social care is ..." then "4."
                or (renumbered and _numbered_next(text, grps[last], grps[last + 1]))
            )
        ):
            last += 1
        if (
            last + 2 < len(grps)
            and last + 1 - first <= MAX_CONTINUATION
            and text[grps[last].end - 1] != ":"
            and _block_paragraph(text, paras, grps[last + 1])
            and not _attribution(text, grps[last + 1])
            and _attribution(text, grps[last + 2])
        ):
            last += 1  # the paragraph before an attribution in brackets ends the same quotation
        start, end = grps[first].start, grps[last].end
        cut = next(
            (
                (k, m.end())
                for k in range(first, last + 1)
                if (m := MID_CREDIT.search(text, grps[k].start, grps[k].end)) is not None
            ),
            None,
        )
        if cut is not None:
            # the quotation ends at its speaker's code and the authors go on in its paragraph,
            # perhaps introducing the next ("... an hour a month. (P03, mentor) Where it did not
            # work, ... One mentor reflected:")
            last, end = cut
        out.append(QuoteSpan(start, end, "block", first, start, end, True, last, how))
        stats.extra["blocks"] = stats.extra.get("blocks", 0) + 1
        gi = last if cut is not None and text[grps[last].end - 1] == ":" else last + 1
    return out


def _page_note(text: str, g: Group) -> bool:
    """Logical paragraph `g` is a note at a page's foot, numbered in plain figures and citing a
    source: "4 ADASS, Spring Survey 2024. See also ...", which a PDF's text puts between a lead
    ending in a colon and the quotation it introduces on the next page."""
    return _is_page_note(text[g.start : g.end])


def _is_page_note(note: str) -> bool:
    return len(note) <= MAX_PAGE_NOTE and "\n" not in note and plain_note(note)


def lead_end(text: str, lo: int, start: int) -> int:
    """Where the narrative text[lo:start] before a block quotation ends: before a page's note
    standing between the lead, ending in a colon, and the quotation (see `_page_note`), which
    names a source, not the speaker."""
    hi = start
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    brk = text.rfind("\n\n", lo, hi)
    if brk < 0 or not _is_page_note(text[brk + 2 : hi]):
        return start
    lead = brk
    while lead > lo and text[lead - 1].isspace():
        lead -= 1
    return brk if lead > lo and text[lead - 1] == ":" else start


def _noted(text: str, grps: list[Group], blocks: list[QuoteSpan]) -> set[int]:
    """The page notes passed over between a lead and its block quotation: a title quoted in one
    ("... see our briefing 'Who pays for care?' (2022).") is no one's words."""
    return {
        b.group - 1
        for b in blocks
        if b.kind == "block"
        and not b.how
        and b.group >= 2
        and _page_note(text, grps[b.group - 1])
        and text[grps[b.group - 2].end - 1] == ":"
    }


def _paragraph_number(text: str, g: Group) -> tuple[int, ...] | None:
    """The number a paragraph opens with ("7. " is (7,), "2.1 " is (2, 1)), if any."""
    m = PARA_NUMBER.match(text, g.start, g.end)
    return tuple(int(n) for n in m.group(1).split(".")) if m else None


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """`after` is the number next to `before`, at any level: 7 then 8 or 7.1, 2.1 then 2.2 or 3."""
    if after == (*before, 1):
        return True
    return any(after == (*before[:k], before[k] + 1) for k in range(len(before)))


def _renumbered(text: str, lead: Group, g: Group) -> bool:
    """A numbered paragraph after a numbered one leading into it with a colon, whose number does
    not go on from the lead's: another document's paragraph, quoted with its own number, as a
    committee's papers quote written evidence ("7. The council argues ...:" then "3. Adult social
    care is ..."). A document's own list goes on from its lead's number, or its lead has none, or
    it is a list: its items start lines of one paragraph ("the panel finds that:" then "1. Older
    people ...", "2. Co-production ...")."""
    before, after = _paragraph_number(text, lead), _paragraph_number(text, g)
    return (
        before is not None
        and after is not None
        and not _follows(before, after)
        and LIST_LINE.search(text, g.start + 1, g.end) is None
        # a lead announcing its own list: "6.1 The review makes the following recommendations:"
        and text.find("following", lead.start, lead.end) < 0
    )


def _numbered_next(text: str, g: Group, nxt: Group) -> bool:
    """Paragraph `nxt` carries the number after `g`'s (a quoted document's next paragraph)."""
    before, after = _paragraph_number(text, g), _paragraph_number(text, nxt)
    return before is not None and after is not None and _follows(before, after)


def _leads_into_own(
    text: str,
    g: Group,
    inline: list[QuoteSpan],
    starts: list[int],
    inside: Callable[[int], bool],
) -> bool:
    """The paragraph is narrative leading with a colon into a quotation of its own that ends it
    ("One nursing home owner from the North East said: '...'") - after "A selection:", the first
    of several such, not a block quotation. Speech in the first person stays one ("When I started,
    my manager said: '...' I wasn't.")."""
    if text[g.start] in "‘'“\"":
        return False
    k = bisect.bisect_left(starts, g.start)  # `starts`: those of `inline`
    if k == len(inline) or inline[k].start >= g.end:
        return False
    if not text[g.start : inline[k].start].rstrip().endswith(":"):
        return False
    if text[inline[k].end : g.end].strip(" .\n"):
        # the paragraph goes on after it: a post quoting a phrase, in its own words; but a log's
        # lines may each be a label and a quotation: 'F07 (daughter): "Mum's carers ..."' /
        # 'F12 (person receiving care): "As long as someone comes ..."'
        return _labelled_lines(text, g, inline, k)
    return not _first_person(text, g, inside)


def _labelled_lines(text: str, g: Group, inline: list[QuoteSpan], k: int) -> bool:
    """Each line of paragraph `g` (two or more) is a short label ending in a colon, then a
    quotation closing the line; `inline[k]` is the first quotation in the paragraph."""
    lines = 0
    at = g.start
    while at < g.end:
        end = text.find("\n", at, g.end)
        end = g.end if end < 0 else end
        if k == len(inline) or inline[k].start >= end:
            return False
        label = text[at : inline[k].start].rstrip()
        if (
            not label.endswith(":")
            or len(label) > LINE_LABEL
            or text[inline[k].end : end].strip(" .")
            or any(c in label for c in "‘'“\"")
        ):
            return False
        lines += 1
        k += 1
        at = end + 1
    return lines >= 2


LINE_LABEL = 60  # characters of a log line's label before its quotation


def _closes_early(text: str, g: Group, inline: list[QuoteSpan], starts: list[int]) -> int | None:
    """Where the quotation opening paragraph `g` closes, when the authors' narrative follows it in
    the paragraph: a new sentence not in the first person, which may introduce the next paragraph
    ("... ours.' A national interviewee was similarly direct:") or quote someone else ("...by
    2026." At the time of our assessment, 38% ... Staff told us, "...")."""
    if text[g.start] not in "‘'“\"":
        return None
    k = bisect.bisect_left(starts, g.start)
    if k == len(inline) or inline[k].start != g.start or inline[k].end >= g.end:
        return None
    pieces, at = [], inline[k].end  # the tail's own words, without what it quotes
    for j in range(k + 1, len(inline)):
        if inline[j].start >= g.end:
            break
        pieces.append(text[at : inline[j].start])
        at = max(at, inline[j].end)
    # (after a note's number on the closing mark: "... proud of that.'5 She said")
    tail = NOTE_NUMBER.sub("", " ".join([*pieces, text[at : g.end]]).strip(), count=1)
    if not tail[:1].isupper() or FIRST_PERSON_SINGULAR.search(tail):
        return None
    return inline[k].end


def _whole_paragraph(g: Group, gi: int, how: str) -> QuoteSpan:
    """A block quotation that is the whole of logical paragraph `gi`."""
    return QuoteSpan(g.start, g.end, "block", gi, g.start, g.end, True, gi, how)


def _credited(text: str, paras: list[Paragraph], g: Group) -> bool:
    """Testimony without quote marks over a short credit line: "... keep doing it.\nCare worker, X"."""
    m = CREDITED.search(text, max(g.start, g.end - 100), g.end)
    return (
        m is not None
        and m.start() > g.start
        and text[g.start] not in "‘'“\""
        and _block_paragraph(text, paras, g)
        # (its words: a dash is none)
        and len(text[text.rindex("\n", g.start, g.end) : g.end].strip(" \t\n–—-").split())
        <= MAX_CREDIT_WORDS
    )


def _label(text: str, g: Group) -> bool:
    """A short line ending in a colon, introducing what follows ("Participant 22, home care:")."""
    return (
        text[g.end - 1] == ":"
        and _word_count(text, g.start, g.end, MAX_ATTRIBUTION_WORDS + 1) <= MAX_ATTRIBUTION_WORDS
    )


def _ends_attributed(text: str, g: Group) -> bool:
    """The logical paragraph ends with an attribution in brackets after its last sentence."""
    if text[g.start : g.end].rstrip()[-1:] not in (")", "]"):
        return False
    m = ENDS_ATTRIBUTED.search(text, max(g.start, g.end - 100), g.end)
    return (
        m is not None
        and m.start() > g.start
        and ATTRIBUTION_LINE.fullmatch(f"({m.group(1)})") is not None  # not "(see Table 2)"
        and len(m.group(1).split()) <= MAX_ATTRIBUTION_WORDS
        and YEAR.search(m.group(1)) is None
    )


def _coded_attribution(text: str, g: Group) -> bool:
    """The paragraph's closing attribution gives a participant's code after words: "(Council
    officer, rural, CO08)" - a study's interviewee, whoever "we" is in their words - or alone,
    closing words that quote no one: "(DM05)"."""
    m = ENDS_ATTRIBUTED.search(text, max(g.start, g.end - 100), g.end)
    if m is None:
        return False
    if m.group(1).split()[0].lower() in NOT_SPEAKERS:
        return False  # "(Table 2, page 14)"
    return ATTRIBUTED_CODE.search(m.group(1)) is not None or (
        BARE_CODE.fullmatch(m.group(1)) is not None
        and OPENING_MARK.search(text, g.start, m.start()) is None
    )


# a code after a comma, closing the bracket: "Council officer, rural, CO08", "Registered manager, PM3"
# ... or before them: "(Int 3, ASC senior leadership)", "(P07, home care)", "(Participant 4, carer)"
ATTRIBUTED_CODE = re.compile(
    r",[ \t]*[A-Z]{1,4}[ \t]?\d{1,3}$|^(?:[A-Z]{1,4}|[A-Z][a-z]{1,11})[ \t]?\d{1,3},[ \t]"
)
# ... or the code alone, "(DM05)", closing a paragraph that quotes no one: "You've got the council,
# the CCG as it was then, public health, CQC ... (DM05)" (but not "'...,' he said. (FG7)")
BARE_CODE = re.compile(r"[A-Z]{1,4}[ \t]?\d{1,3}")
OPENING_MARK = re.compile(r"(?:^|\s)[‘“\"']")


def _attribution(text: str, g: Group) -> bool:
    """The logical paragraph is only an attribution in brackets: "(Registered manager, home care)",
    or after an em dash, as a PDF's pull quotes are credited: "— Principal social worker, London"
    (a list's items open on a hyphen or an en dash)."""
    m = ATTRIBUTION_LINE.fullmatch(text, g.start, g.end) or DASHED_ATTRIBUTION.fullmatch(
        text, g.start, g.end
    )
    return (
        m is not None
        and len(m.group(1).split()) <= MAX_ATTRIBUTION_WORDS
        and YEAR.search(m.group(1)) is None
        and any(c.isalpha() for c in m.group(1))  # not a time stamp: "[00:08:15]"
        and DIRECTION.fullmatch(text, g.start, g.end) is None
    )


def _en_dashed_credit(text: str, grps: list[Group], k: int) -> bool:
    """Logical paragraph `k` is a credit after an en dash ("– Registered manager, South West"),
    standing alone: neither the paragraph before it nor the one after opens on a dash too, as a
    list's items do."""
    m = EN_DASHED_ATTRIBUTION.fullmatch(text, grps[k].start, grps[k].end)
    return (
        m is not None
        and len(m.group(1).split()) <= MAX_ATTRIBUTION_WORDS
        and YEAR.search(m.group(1)) is None
        and text[grps[k - 1].start] not in LIST_DASHES
        and (k + 1 == len(grps) or text[grps[k + 1].start] not in LIST_DASHES)
    )


def _epigraph(text: str, paras: list[Paragraph], g: Group | None, nxt: Group) -> bool:
    """A chapter's opening quotation: a paragraph after a heading that ends with its source in brackets
    and no full stop after them - "... shaped for him by somebody else. (Aneurin Bevan 1943)"."""
    if g is not None and not (g.first == g.last and is_heading(text, paras[g.first])):
        return False
    if text[nxt.end - 1] not in ")]":
        return False
    m = EPIGRAPH_SOURCE.search(text, max(nxt.start, nxt.end - 90), nxt.end)
    return m is not None and m.start() > nxt.start + 40


def _speech_goes_on(
    text: str, paras: list[Paragraph], g: Group, nxt: Group, inside: Callable[[int], bool]
) -> bool:
    """A paragraph ending with a quotation, then one in the speaker's "I" with no marks of its own:
    the speaker goes on without quote marks (interview reports print long answers this way)."""
    tail = text[g.end - 1]
    if tail == ".":
        tail = text[g.end - 2] if g.end - 2 >= g.start else ""
    if tail not in CLOSERS or not inside(g.end - 2 if text[g.end - 1] == "." else g.end - 1):
        return False
    if text[nxt.start] in "‘'“\"" or not _block_paragraph(text, paras, nxt):
        return False
    if THAT_IS_HOW.match(text, nxt.start):
        return False  # "That's how one carer put it to me": the narrative, saying whose it was
    if text[nxt.end - 1] == ":":
        return False  # "I want to thank ... At our spring seminar, Donna Whitlock told directors:"
        # - the narrative, introducing the next quotation
    return _first_person(text, nxt, inside, cues=True)


def _block_paragraph(text: str, paras: list[Paragraph], g: Group) -> bool:
    """Could be (part of) a block quote: not a heading, not a bullet list item."""
    if g.first == g.last and is_heading(text, paras[g.first]):
        return False
    return not BULLET.match(text, g.start)


def _quote_attributed(text: str, g: Group, inline: list[QuoteSpan], starts: list[int]) -> bool:
    """The bracket closing paragraph `g` comes right after an inline quotation in it, which it
    attributes."""
    i = bisect.bisect_left(starts, g.end) - 1
    if i < 0 or inline[i].start < g.start:
        return False
    bracket = text.rfind("(", inline[i].end, g.end)
    return bracket >= 0 and not text[inline[i].end : bracket].strip(" \t\n.,;")


def _first_person(text: str, g: Group, inside: Callable[[int], bool], cues: bool = False) -> bool:
    """The paragraph speaks as "I" outside any quotation of its own (authors write "we"); with
    `cues`, outside the cues of its quotations too: "One member wrote to me: '...'" is a
    columnist's narrative, the words a member's."""
    for m in FIRST_PERSON.finditer(text, g.start, min(g.end, g.start + 2000)):
        if not inside(m.start()) and not (cues and _introduces_quote(text, m.end(), g.end, inside)):
            return True
    return False


def _introduces_quote(text: str, at: int, end: int, inside: Callable[[int], bool]) -> bool:
    """A quotation opens after a colon or a comma in the rest of the sentence from `at`: the
    words before it are its cue."""
    stop = SENTENCE_STOP.search(text, at, end)
    for k in range(at, stop.start() if stop is not None else end):
        if text[k] in ":," and inside(k + 2 if text[k + 1 : k + 2] == " " else k + 1):
            return True
    return False


def _inside_quote(quotes: list[QuoteSpan], n: int) -> Callable[[int], bool]:
    starts = [q.start for q in quotes]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and quotes[i].start <= pos < quotes[i].end

    return inside
