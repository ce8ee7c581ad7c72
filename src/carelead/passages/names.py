"""Named people: how a document names a person with their post, and names them again.

    "Karen Liddle, home care worker"            a name before a post, after a comma
    "Marcus Oyelaran, President, ADASS"         a name, a post, the organisation
    "Grace Mensah has been registered manager"  a copula between name and post
    "Councillor Graham Pettifer"                a title before the name
    a list of witnesses, guests, contributors   one name and post a line (`listed_people`)
    "Pryce accepts the criticism"               a person met before, named again (`re_mention`)

`attribute` makes antecedents of these (see `chain`), so that "says Pryce", "Oyelaran told MPs" or
"he" after "Pryce accepts" find the role. Every scan here is a regex over the text or a short walk
over a few tokens, so the work stays linear in the length of the document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carelead.ingest.clean import (
    CARD_JOINED,
    CARD_RANK,
    CARD_TAIL,
    HANDLE,
    POST_COUNT,
    POST_RANK,
    POST_STAMP,
    POSTED_AT,
    card_handle,
)
from carelead.passages.chain import (
    GENDERED_WORDS,
    HONORIFICS,
    Antecedent,
    given_gender,
    name_initials,
)
from carelead.passages.roles import (
    BODY_NOUNS,
    POSSESSIVE,
    REMIT_ENDS,
    RoleMatch,
    before_name,
    past_career,
    whole_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

    from carelead.passages.cues import CueReader

# the last word of a post held at an organisation ("chief executive of", "national officer at")
POSTS = frozenset(
    [
        "executive",
        "ceo",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "director",
        "officer",
        "lead",
        "head",
        "president",
        "founder",
        "secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "trustee",
        "fellow",
        "adviser",
        "advisor",
        "manager",
        "member",
        "organiser",
    ]
)
COPULAS = frozenset(["is", "was", "been", "became", "becomes"])
# verbs (by lemma) that, right after a name, take a post: "Delyth Carraway took up the post of
# principal social worker", "Jo Hart joined as registered manager", "Sam Reid served as chair"
TAKING_POST = frozenset(
    ["take", "join", "start", "begin", "serve", "work", "step", "return", "be", "move", "rise"]
)
# ... or rising to one: "Siân stepped up from deputy to registered manager of Elmfield Lodge", "was
# promoted to", "rose to" (not "went to", "wrote to")
RISING = frozenset(["up", "promoted", "rose", "moved"])
ASIDE_WORDS = 5  # words of a bracketed aside after a name: "(not her real name)"
POST_OF = frozenset(["post", "role", "job", "position"])  # "the post of", "the role of"
HOLDING_ROLE = frozenset(["hold", "combine", "fill", "take", "share", "do", "have"])  # "the X role"
AUXILIARIES = frozenset(["has", "had", "have", "also", "still", "now"])  # "has long cared for"

# small words that open a sentence before a name, capitalised only for that: "For Holt, ...",
# "Like Pryce, ..."
SENTENCE_OPENERS = frozenset(
    [
        "for",
        "to",
        "with",
        "by",
        "as",
        "like",
        "unlike",
        "but",
        "and",
        "so",
        "when",
        "if",
        "while",
        "although",
        "though",
        "because",
        "after",
        "before",
        "since",
        "from",
        "at",
        "on",
        "in",
        "of",
    ]
)


# a name word, hyphenated or not: "Pryce", "Osei-Bonsu", "O'Neill", "McBride"
NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:a?c[A-Z]|['’][A-Z])?[a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ'’]+)*"
# a surname with a capital inside it, which str.istitle (and so spaCy's is_title) does not call a
# title-case word: "McBride", "MacDonald" ("O'Neill" it does)
# (a literal first, so the regex engine scans for it, not for a word boundary at every character)
CAPITAL_INSIDE = re.compile(r"M(?<![\w'’-]M)a?c[A-Z][a-z]+\b")

# letters after a name: a seat, an honour, a profession
POST_NOMINALS = frozenset(["MP", "MEP", "MBE", "OBE", "CBE", "KC", "QC", "FRCP", "FRCN", "PhD"])
TITLE = r"(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss)\.?"
# a person's whole name, as a credit or a signature gives it: "Dr Imran Siddiqui", "Janet Cole",
# "Gareth Lloyd-Evans", "Cllr Ann Hale MBE"
# ... and one given with a title, which names the person, not a post: "Councillor Rob Cartwright"
TITLED_NAME = re.compile(rf"{TITLE}[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}")
FULL_NAME = re.compile(
    rf"(?:{TITLE}[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}"
    rf"(?:,?[ \t]+(?:{'|'.join(sorted(POST_NOMINALS))}))*"
)


def mark_names(text: str, vocab: Vocab) -> None:
    """Make the vocabulary's words "McBride", "MacDonald" in `text` title-case words, so the
    token-level scans here take them for the names they are (one regex over the text; the flag is
    the word's, kept for every document after)."""
    for word in set(CAPITAL_INSIDE.findall(text)):
        vocab[word].is_title = True


def bare_name(name: str) -> tuple[str, ...]:
    """The words of a person's name without its title and letters: "Dr Imran Siddiqui MBE" ->
    ("Imran", "Siddiqui")."""
    return tuple(
        w
        for w in name.replace(",", " ").split()
        if w.lower().rstrip(".") not in HONORIFICS and w not in POST_NOMINALS
    )


# an item of a list of witnesses, speakers or guests: "Marcus Oyelaran, President, ADASS",
# "Guests: Cllr Ray Dunmore, cabinet member for adult social care; Karen Liddle, home care worker",
# "II: Rachel Thornbury MP, Minister of State for Care, Department of Health and Social Care",
# "A day in the life: Danielle, Registered Manager, Willow House", or
# with a dash: "Yvonne Tranter (chair) - Director, The Compass Network"; a bullet may stand before
# it ("• Fiona Dacre – assistant director, ...", a podcast's guests)
LISTED = re.compile(
    r"[ \t]*(?:[•▪●◦*][ \t]+)?"
    # a heading's number and label: "4. Staff spotlight: Grace Adeyemi, senior care assistant"
    rf"(?:\d{{1,2}}\.[ \t]+)?"
    # (or a cast line's part: "Note-taker: Sam, carers support worker, Brackenshire Carers Centre")
    rf"(?:(?:[A-Z][a-z]*(?:-[a-z]+)?(?:[ \t][A-Za-z][a-z]+){{0,5}}|[IVX]{{1,4}}):[ \t]*)?(?:{TITLE}[ \t]+)?"
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})"
    # the initials a transcript calls them by: "Guests: Mark Denholm (MD), Director of ..."
    r"(?:[ \t]\((?P<initials>[A-Z]{2,4})\))?"
    rf"(?:[ \t](?:{'|'.join(sorted(POST_NOMINALS))}))*"
    r"(?:,|(?:[ \t]\([a-z][a-z -]{1,20}\))?[ \t]+[-–—])[ \t]+(?P<post>.{3,150})"
)
# ... or a post as the label of its holder's name, alone on a line or between bars: a newsletter's
# masthead "Registered Manager: Sandra Whitlock  |  Deputy Manager: Tom Ferreira"
POST_LABEL = re.compile(
    rf"(?:^|(?<=\|))[ \t]*([A-Z][a-z]+(?:[ \t](?:[A-Za-z][a-z]+)){{0,5}}):[ \t]+(?:{TITLE}[ \t]+)?"
    # (or a note after a comma: "Registered manager: Denise Okafor, in post since 2015")
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})[ \t]*(?=\||$|,[ \t][a-z])",
    re.M,
)
# ... or names each with the post in brackets after it, behind a line's label and between commas:
# "In attendance for item 41/24: Dr Farah Siddiqui (Director of Place, NHS Wyvern and Avon
# Integrated Care Board)", "Officers: Jane Ainsworth (Director of Adult Social Services), Tom
# Bexley (Assistant Director – Commissioning)"; the initials the minutes call them by may close the
# bracket, or be all of it ("Present (board): Bernadette Kiely (Chair, BK), ..., Tom Akers (TA)")
LISTED_BRACKETS = re.compile(
    rf"(?:^[ \t]*(?:[A-Z][^:\n]{{0,40}}:[ \t]*)?|(?<=\),[ \t]))(?:{TITLE}[ \t]+)?"
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})"
    rf"(?:[ \t](?:{'|'.join(sorted(POST_NOMINALS))}))*[ \t]+"
    r"\((?:(?P<post>[^()\n]{3,150}?)(?:,[ \t]*(?P<initials>[A-Z]{2,4}))?|[A-Z]{2,4})\)(?=,|[ \t.]*$)"
)
# a social network's card over a post, as a browser copies it (see clean.split_post_cards): the
# poster's name, their handle, then a dot, the date or "Follow": "Helen Okafor @MarshHouseHelen ·
# May 17", "Claire Hendry MP @ClaireHendryMP · Follow"
POSTER_CARD = re.compile(
    # (not a news page's line over a post it embeds: "Post on X by @brackmoorbloke")
    rf"(?!Replying[ \t]to\b|Post[ \t]on[ \t])([^\n@:]{{2,60}}?)[ \t]+{HANDLE}(?:[ \t]+{CARD_TAIL})*[ \t]*"
)
# ... and what ends the post: its counts ("18 97 611 14K", "61.4K Views") or when it was posted
# ("12:19 PM · Mar 13, 2025 86"), or a dot alone
POST_FURNITURE = re.compile(rf"{POST_COUNT}(?:\s+{POST_COUNT})*|·|{POSTED_AT}[^\n]{{3,80}}")
REPLYING = re.compile(rf"Replying[ \t]to[ \t]{HANDLE}(?:[ \t](?:and|,)[ \t]@?\w{{1,15}})*")
# the label of a minutes' attendance list, at a paragraph's start: "PRESENT:", "IN ATTENDANCE:",
# "Also present:", "Officers present:"
ATTENDANCE_WORDS = (
    "PRESENT",
    "resent",
    "ATTENDANCE",
    "ttendance",
    "OFFICERS",
    "Officers",
    "PANEL",
    "Panel",
)
# ... and an event's panel, each panellist with a dash before the post: "Panel: Maureen Achterberg
# - Director of Adult Social Services, Westmarch County Council Dr Helen Coyle - ..."
ATTENDANCE = re.compile(
    r"(?:PRESENT|ALSO PRESENT|IN ATTENDANCE|OFFICERS(?: PRESENT)?|(?:Also p|P)resent"
    r"|MEMBERS PRESENT|(?:Committee m|M)embers present"
    r"|In attendance|Officers(?: present)?|PANEL(?:LISTS)?|Panel(?:lists)?)"
    r"(?:[ \t]+for[ \t]+items?[ \t]+[\w.,& -]{1,20}?)?[ \t]*:[ \t]*"  # "In attendance for item 3:"
)
MAX_ATTENDANCE = 1500  # characters of an attendance list
# the name of a group whose meeting the record is of, on a line of its own at the record's head:
# "Tuesday Carers' Support Group", "Westbrook Registered Managers' Network"
GROUP_NAME = re.compile(
    r"^[ \t]*((?:[A-Z][\w'’-]*[ \t]+){1,5}(?:Group|Forum|Network|Circle|Café|Cafe|Club))[ \t]*$",
    re.M,
)
GROUP_HEAD = 600  # characters of the record's head in which its group's name stands
# ... or a label on a line of its own, over a line for each person, a dash between the name and
# the part they came in ("PRESENT" / "Marcus – Co-chair; expert by experience" / "Tom –
# Commissioning Manager, Learning Disability and Autism, Brackwater Council")
LABEL_LINE = re.compile(
    r"^[ \t]*(?:PRESENT|ALSO PRESENT|IN ATTENDANCE|ATTENDEES|APOLOGIES|(?:Also p|P)resent"
    r"|In attendance|Attendees|Apologies"
    # ... or the group the list is of before the words ("Committee members in attendance",
    # "Others in attendance", "Members present"), as a legislature's record heads its lists
    # (the other language's words may come first on the line)
    r"|(?:[^\n]{0,80}?[ \t])??"
    r"([A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,3})[ \t]+(?:in[ \t]attendance|present)"
    # (and for which business: "Members present for all or part of the proceedings:", as the
    # Northern Ireland Assembly's record heads its list)
    r"(?:[ \t]+for[ \t][\w'’ \t-]{1,40})?)"
    # (and which of them, in brackets: "Present (voting members)", "In attendance (non-voting)")
    r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*:?[ \t]*$",
    re.M,
)
# ... or in columns, the name, the post after it, which may go on over the lines below (a bilingual
# record gives each post in both languages, a line each: "Huw Rowlands   Cadeirydd, Fforwm Gofal
# Cymru" / "Chair, Care Forum Wales"); a member's name may stand alone, the list's group then
# saying what they are. The copy may have closed the columns up to one space.
COLUMNED_ATTENDEE = re.compile(
    rf"[ \t]*(?:({TITLE})[ \t]+)?({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?=[ \t]|$)"
)
DASHED_ATTENDEE = re.compile(
    rf"[ \t]*(?:({TITLE})[ \t]+)?({NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})"
    # (perhaps their part in the meeting in brackets first: "Margaret Doyle (Chair) - carer
    # representative"; not their initials, "Alan Pryce (AP) – ...", another list's form)
    r"(?:[ \t]+\((?![A-Z]{2,4}\))([^()\n]{1,40})\))?[ \t]+[-–—][ \t]+(\S.{2,200})"
)
LABEL_REACH = 20  # characters from a paragraph's start to its label's word ("ALSO PRESENT")
# one of its people: a title, a name (initials allowed), and perhaps the post in brackets, up to the
# comma or "and" before the next
ATTENDEE = re.compile(
    rf"(?:({TITLE})[ \t]+)?((?:[A-Z]\.?[ \t]+)*{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})"
    # a member of a legislature, by the letters after the name: "Dr Owen Tegg MP"
    r"(?:[ \t]+(MP|MSP|MS|MLA))?"
    r"(?:[ \t]+\(([^()]{3,150})\))?(?=,|[ \t]+and[ \t]|[ \t.]*$)",
    re.M,
)
# a member in the attendance list of minutes, with the initials the minutes then call them by:
# "Karen Ashdown - Director of Adult Social Services, Wealdmoor County Council (KA)", "Cllr Helen
# Marsh-Kirby (Chair) - Cabinet Member for Adult Social Care (HMK)"; a list's lines may have been
# joined into one paragraph, so each member runs from the end of the one before
INITIALS_END = re.compile(r"\(([A-Z]{2,4})\)(?=\s|$)")
# a cast list's line in a transcript: a name in capitals, a dash, the post ("DAN HOLLIS - presenter")
CAPS_BEFORE_DASH = re.compile(
    r"[ \t]*([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,3})(?=[ \t]+[-–—][ \t])"
)
# an attendance list's line: a name, the initials the notes use, a dash, the post
INITIALS_DASH = re.compile(r"[ \t]*[A-Z][^\n()]{2,60}[ \t]\([A-Z]{2,4}\)[ \t]+[-–—][ \t]+\S")
MEMBER = re.compile(
    rf"[ \t]*(?:[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]*)?(?:{TITLE}[ \t]+)?"  # "Present: Cllr"
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})(?:[ \t]\([^()\n]{{2,20}}\))?"  # "(Vice-Chair)"
    rf"[ \t]*(?:[-–—]|,)[ \t]*([^\n]{{3,150}}?)[ \t]*\Z"
)
MAX_MEMBER = 220  # characters of a member's name and post
# ... or set out in columns, closed up by the copy: a name, its initials, the post with nothing
# between - "Claire Tolland (CT) Chief Nursing Officer", "Karen Whitby (KW) Partner Member - Local
# Authorities (Director of Adult Social Services, Dene County Council)"
INITIALLED_ROW = re.compile(
    rf"^[ \t]*(?:{TITLE}[ \t]+)?({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})[ \t]+\(([A-Z]{{2,4}})\)"
    r"[ \t]+([A-Z][^\n]{2,150}?)[ \t]*$",
    re.M,
)
# ... or the initials first, a dash, the name and post: "JT – Jane Tully, Chair, Hartfield Care
# Association (HCA)", "KP – Cllr Kevin Price, Cabinet Member for Adult Care"
INITIALS_FIRST = re.compile(
    rf"[ \t]*([A-Z]{{2,4}})[ \t]+[-–—][ \t]+(?:{TITLE}[ \t]+)?"
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}}),[ \t]*([^\n]{{3,150}})$"
)
# a heading naming a group, then its members' names a line each, a bracket after one allowed
LISTED_UNDER = re.compile(
    r"^([A-Z][^:\n]{2,60}):[ \t]*\n((?:[ \t]*[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\n|$)){2,30})",
    re.M,
)
LISTED_NAME = re.compile(r"^[ \t]*([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)", re.M)
# an interview record's header: the interviewee by name (and the initials the transcript calls them
# by), and a field below it that says what they do or did - "Interviewee: Ruth Kendall (RK)" over
# "Career summary: ...; Director of Adult Social Services, 2006-11."
INTERVIEWEE_FIELD = re.compile(
    rf"^Interviewee(?:['’]s name)?:[ \t]+({NAME_WORD}(?:[ \t]\({NAME_WORD}\))?"  # "Patricia (Pat)"
    rf"(?:[ \t]{NAME_WORD}){{1,3}})"
    r"(?:[ \t]+\(([A-Z]{2,4})\))?(?:,[ \t]+(?:born|b\.)[^\n]*)?[ \t]*$",  # ", born 1947"
    re.MULTILINE,
)
# ... or a research interview's header: the participant by the study's code or a name, the letter
# the transcript labels their turns by, and their post after a dash on the same line -
# "Participant: RM11 (A) - registered manager, 38-bed residential care home" (the post up to the
# next field, which the cleaner may have run on to the same line: "... since 2016 Transcribed by:")
PARTICIPANT_FIELD = re.compile(
    r"(?<![\w'’])(?:Participant|Interviewee|Respondent):[ \t]+"
    rf"([A-Z]{{1,4}}-?\d{{1,3}}|{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,3}})"
    r"(?:[ \t]+\([A-Z]{1,4}\))?[ \t]*[-–—,][ \t]*"
    r"([^\n;]{3,200}?)(?=[;\n]|$|[ \t][A-Z][a-z]+(?:[ \t][a-z]+){0,2}:)"
)
PERSON_FIELD = re.compile(
    r"(?:Career(?: summary)?|Role|Current role|Post|Position|Job title|Occupation|Profession"
    r"|Biography|Background):[ \t]+([^\n]+)"
)
HEADER_FIELDS = 12  # lines of the header below the interviewee's that may describe them
# ... or a summary of their life under a heading of its own or after a field's label, in prose or
# a line a post: "BIOGRAPHICAL NOTE" / "... She was Director of Social Services from 1999 to 2006
# and Director of Adult Social Services and Housing from 2006 until she retired in 2012. ..."
LIFE_SUMMARY = re.compile(
    r"^(?:Biograph(?:y|ical[ \t]+(?:note|summary|details))|Career(?:[ \t]+summary)?"
    r"|About[ \t]+the[ \t]+(?:interviewee|narrator))\b[^\n:]{0,40}(?::[ \t]*|[ \t]*\n+)"
    r"((?:[^\n]+\n?)+)",  # up to the blank line
    re.MULTILINE | re.IGNORECASE,
)
# where a life's working years end: what it says after is what they did in retirement ("Retired
# March 2019. Trustee of a local carers' charity 2019-2022.")
RETIRED = re.compile(r"\b(?:retir|stood[ \t]+down)", re.IGNORECASE)
LIFE_PARTS = re.compile(r"(?<=[.;])[ \t]+|\n|,[ \t]+(?:and[ \t]+)?(?=[a-z])")
INITIALS_BEFORE_POST = re.compile(r"\(([A-Z]{2,4})\)[ \t]+[A-Z]")
# ... or between the name and a dash before the post: "Martin Haigh (MH) - Director, Haigh ..."
# (the bracket first, a literal the engine scans for; the space before it, after a lower-case
# letter, checked behind it)
INITIALS_AFTER_NAME = re.compile(r"\(([A-Z]{2,4})\)[ \t]+[-–—][ \t]+(?=\S)")
SPACE_AFTER_WORD = re.compile(r"(?<=[a-z'’])[ \t]+\Z")
NAME_RUN = re.compile(rf"(?:{NAME_WORD}[ \t]+){{0,3}}{NAME_WORD}\Z")  # the words before it
MAX_NAME_RUN = 80  # characters of them
MAX_SPACE = 20  # characters of space between the name and its bracket
TITLE_BEFORE = re.compile(rf"(?<![\w'’])({TITLE})[ \t]+\Z")
MAX_TITLE = 14
LAST_BRACKET = re.compile(r"\(([^()]{3,150})\)(?:[ \t]*\([^()]{1,20}\))?[ \t]*$")  # "... (item 7)"
# a post at the organisation just mentioned, and the name of its holder in commas after it: "Its
# founder and chief executive, Adaeze Nwosu, says", "their registered manager, Precious Ndlovu,"
POSSESSIVE_POST = re.compile(
    rf"[IiTt](?<!\w[IiTt])(?:(?<=[Ii])ts|(?<=[Tt])heir)[ \t]"  # "Its", "their": on the letter first
    rf"((?:[a-z-]+[ \t]){{0,4}}?(?:{'|'.join(sorted(POSTS))})),[ \t]"
    rf"((?:(?:Dr|Professor|Prof|Sir|Dame|Mr|Mrs|Ms)\.?[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}}),"
)
# ... or at the body the document comes from: "Our Chief Executive, Fiona Carrick, opened the
# evening"
OUR_POST = re.compile(
    rf"\b[Oo]ur[ \t]((?:[A-Za-z-]+[ \t]){{0,4}}?(?i:{'|'.join(sorted(POSTS))})),[ \t]"
    rf"((?:(?:Dr|Professor|Prof|Sir|Dame|Mr|Mrs|Ms)\.?[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}}),"
)
# a person introduced in the narrative with their post: "Amara Okeke, who is Director of Adult
# Social Services at Tamesbury Council", "Michael Osei-Bonsu, director of adult social services at
# ..." - found from a capitalised word before a comma, then the whole name before it and the post
# after it; the post stops before a relative clause ("a GP partner in Calderbrook who runs ...")
INTRODUCING = re.compile(
    rf"({NAME_WORD})(?:, (?:who is |who's |who was |now |then )?(?=[a-zA-Z])"
    # ... or a relative clause with no comma, as speech has it: "and Janet Moss who cares for
    # her husband"
    r"|[ \t](?=who[ \t](?!is|was|are|were|has|had)[a-z]+s[ \t]))"
)
NAME_BEFORE = re.compile(rf"\b({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})\Z")
STAMP_BEFORE = re.compile(r"\d:\d\d[ \t]+\Z")  # a time before a name: a transcript's label
PLACE_BEFORE = re.compile(r"\b(?:the|at|in)[ \t]\Z")  # before capitalised words: no person's name
# a person introduced by their name, "is" and their post: "Funmi Adeyemi is the registered manager of
# Larchfield" (the post found after it, and read only if it opens the predicate), or with their part
# in brackets: "Rachel Odum (chair) is chief executive of the Care Leaders Network"
NAME_IS_POST = re.compile(
    rf"\b({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})(?:[ \t]\([a-z][a-z -]{{1,20}}\))?[ \t](?:is|was)[ \t]"
)
# ... nor a comparison: "An adult alone in Calder Town is as much our patient as anyone"
COMPARED = re.compile(r"as[ \t]")
# ... but not a passive's agent: "Rachel Odum was joined by a director of adult social services"
PASSIVE_BY = re.compile(r"(?:[a-z]+ed|[a-z]+en)[ \t]by[ \t]")
# the post before the body it is held at: "managing director" of "managing director of Brightwater
# Home Care"
POST_BEFORE_BODY = re.compile(r"[^,]*?(?=[ \t](?:of|at|for|with)[ \t]|$)")
POST_OPENING = 3  # tokens of the predicate before the post's role word: "the registered manager"
# a person's age in commas after their name ("Edna Parkin, 84,", "Margaret and Dennis Ellery, aged
# 81 and 84,"): found by the age, then the name
# (or closing a trailing cue: "'...,' said Frank, 77.")
AGE = re.compile(r",[ \t](?:aged[ \t])?\d{2,3}(?:[ \t]and[ \t]\d{2,3})?(?:,|\.(?=\s|$))")
YEAR_OLD = "-year-old "  # "91-year-old Edna", "86-year-old Albert Crossley"
# or a profile that opens on it: "Delroy is 52 and lives in Brackley", "Edna Ferris is 97."
AGE_IS = (" is ", " was ", " will be ", " turns ", " turned ")  # "Winnie, who will be 98 in May"
AGE_IS_END = re.compile(
    r"(\d{2,3})(?:,|\.|[ \t]and[ \t]|[ \t]years[ \t]old|[ \t](?:in|on|this|next|last)[ \t][A-Z]?[a-z])"
)
NAME_AFTER_AGE = re.compile(rf"({NAME_WORD}(?:[ \t]{NAME_WORD})?)\b")
NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w'’-])((?:{NAME_WORD}[ \t]and[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD})?)"
    r"(?:[ \t]\([a-z][a-z ]{2,30}\))?\Z"  # and an aside: "Margaret (a pseudonym) is 84"
)
# ... or in a relative clause, of someone old: "Gwen, who is 91 and was a school secretary",
# "Dorothy*, who is 91" (a profile gives a professional's age so too: "Mercer, who is 56, retires")
OLD_AGE = 65
NAME_WHO_IS = re.compile(rf"(?<![\w'’-])({NAME_WORD}(?:[ \t]{NAME_WORD})?)\*?,[ \t]who\Z")
# someone introduced by their relation or post to a person just named, and their first name: "Her
# daughter, Sue, lives forty minutes away", "Margaret's regular care worker, Bernadette, has worked"
# (found from the name in commas, which opens on a literal, then the words before it: one regex
# for both would be tried at every capital letter)
KIN_NAME = re.compile(  # ... or a title and a letter, as ombudsmen anonymise people: "Mr Y"
    rf", ({TITLE}[ \t]+[A-Z]|{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}),[ \t]"
)
KIN = re.compile(
    rf"(?:\b[HhTt](?:er|is|heir)|{NAME_WORD}['’]s)[ \t]((?:[a-z-]+[ \t]){{0,3}}?[a-z]+)\Z"
)
KIN_BACK = 60  # characters before the name in which the relation or post stands
# a participant known by a first name (a pseudonym) and their post in brackets, as evaluations
# quote them: "Kwame (registered manager, supported living) described ...", "says Sam (deputy
# manager, home care)"
PSEUDONYM = re.compile(r"\b([A-Z][a-z]{1,15}) \(([a-z][^()\n]{2,80})\)")
# ... or a full name and the post in brackets after it, in a sentence's list of a panel
NAME_POST_BRACKET = re.compile(
    rf"(?:{TITLE}[ \t]+)?({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}}) \(([A-Za-z][^()\n]{{2,120}})\)"
)
NAME_POST_BACK = 50  # characters of a title and a name before the bracket
# a study's participants listed by group, their pseudonyms in brackets after each: "care workers
# (Amira, Bev, Carl and Jas); registered managers (Sue, Rajesh) and the owner of the family-run
# agency (Lorraine); council staff (Paul, an assistant director of adult social care, and Nadia, a
# commissioning officer)" - the bracket's names, the group before it back to a list's delimiter
NAMES_BRACKET = re.compile(r" \(((?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][a-z]{1,15}\b[^()\n]{0,300})\)")
# where the group opens: after a list's delimiter or the verb or conjunction before it
GROUP_OPENS = re.compile(
    r".*(?:[;:().]|\b(?:were|was|are|included|including|comprised|and|with))[ \t]+", re.S
)
GROUP_REACH = 80  # characters of the group before its bracket
ITEMS_APART = re.compile(r";[ \t]*(?:and[ \t]+)?|,[ \t]+and[ \t]+")  # "Paul, an ..., and Nadia, a"
BARE_APART = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")  # "Amira, Bev and Jas"
APPOSED = re.compile(r"((?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][a-z]{1,15}),[ \t]+(.{3,120})")
BARE_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][a-z]{1,15}")
# a pseudonym the writer gives someone just described: "a home care worker I will call Precious",
# "The one manager who stayed - I'll call her Lisa -"
CALLED = re.compile(
    r"\b(?:I|[Ww]e)(?:['’]ll|[ \t]will|[ \t]shall)?[ \t]call[ \t](?:her[ \t]|him[ \t])?([A-Z][a-z]{1,15})\b"
)
# a person who complains - to an ombudsman, a council, a provider - about their own or a relative's
# care, known by name or, as ombudsmen anonymise them, by a title and a letter: "Mrs X complains,
# with the help of her son, that ...", "Mr Dunn complained to the council in May"; they are
# whatever the lexicon makes of COMPLAINANT
COMPLAINED = re.compile(
    rf"((?:{TITLE}[ \t]+)?(?:[A-Z]|{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})) complain(?:s|ed)\b"
)
COMPLAINANT = "complainant"
# what a person named in the sentences before now is, after a career told from its start: "Delia
# Whitcombe started as a home care worker in 2009. ... since 2021 she has been the registered
# manager of a home care agency" (found from the verb, str.find)
NOW = ("he has been ", "he is now ", "he became ", "he has become ")
NOW_POST = re.compile(
    # (not the post someone comes from: "joins Homeward from Eastholme Borough Council, where he
    # has been Director of Adult Social Services since 2019")
    r"(?<!where )\b[Ss]?he (?:has been|is now|became|has become) "
    # ... or a body's own: "he became Westmoor's first Director of Adult Social Services"
    # (or the post alone, as a title: "She has been director of adult social services at
    # Kirkhaven City Council since 2019")
    rf"(?:the |an? |{NAME_WORD}['’]s (?:first |new |last )?)?([^,.;:()\n]{{3,80}})"
)
SIGNED_POST = 100  # characters of the post line under a signature's name
SIGNED_NAME = 60  # ... and of the name's line above it
NOW_BACK = 700  # characters before the pronoun in which its person opens a sentence
OPENING_NAME = re.compile(rf"(?:^|(?<=[.!?] ))({NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})\b", re.M)
# a person appointed to a post, and the post: "Anjali Varma took over as director of adult social
# services at Westmoor County Council in April", "Tom Reid was appointed chief executive" - found
# from the verb (str.find), the name right before it
APPOINTMENTS = (
    " took over as ",
    " appointed as ",
    " was appointed ",
    " has been appointed ",
    # ... or the body they took over: "Dr Miriam Okonjo took over at one of England's biggest
    # older people's charities in January"
    " took over at ",
    " took the helm at ",
)
APPOINTED = re.compile(rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})(?:,[^,\n]{{1,40}},)?\Z")
# ... or a body naming someone to a post, the name after the verb: "Larchmont Care appoints
# Daniel Whitcombe as Chief Executive", "announced the appointment of Dr Jo Hart as its new chief
# executive", "has named Sam Reid as interim director"
APPOINTING = re.compile(
    rf"(?:appoints|appointed|names|named|the[ \t]appointment[ \t]of)[ \t]+(?:{TITLE}[ \t]+)?"
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})[ \t]+as[ \t]+(?:(?:its|their|our)[ \t]+)?"
    r"(?:(?:new|interim|acting|permanent)[ \t]+)?"
)
# a person who took up a post, and the post: "Grace Mensah joined Ashcroft House as a bank care
# assistant in 2019", "Tom Reid started as an apprentice", "Kasia has worked as one of Delroy's PAs"
AS_A = re.compile(r" as (?:a|an|one of (?:the|his|her|their|[A-Z][a-z]+['’]s)) ")
JOINED = re.compile(
    rf"({NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}) (?:first )?(?:joined|started|began|came|worked|works"
    r"|arrived|has worked|had worked|was taken on|was employed|is employed)\b"
    r"[^.;:\n]*\Z"
)
# ... but not the start of a career, what they were: "began her career as a care assistant"
CAREER = re.compile(r"\bcareers?\b")
POST_AFTER = re.compile(
    r"(?!which[ \t]|that[ \t])"  # "Brightside Home Care, which supports 140 people": a thing
    # a question put to the person named, no apposition: "Councillor Ennis, is Jean's mum ...?"
    r"(?!(?:is|are|do|does|did|can|could|will|would|should)[ \t])"
    r"(?:(?:the|a|an|our|their|its)[ \t])?"
    r"(?:(?![ \t](?:who|which|that)[ \t])[^,.;:()\n]){3,90}"
    # or what the person does: "Neil Ashworth, who draws on care and employs his own PAs"
    r"|who[ \t][^,.;:()\n]{3,90}"
)
# ... and the kind of body the post is at, in apposition to its name: ", a user-led organisation",
# or what it does: ", which runs supported living services across the North West"
BODY_KIND_AFTER = re.compile(r",[ \t](?:a|an|which[ \t](?=[a-z]+s[ \t]))[ \t]?[^,.;:()\n]{3,80}")
# a forum post's head: the poster's handle (and rank) on its line, then its date and number
# ("Deb_RM Well-known member / 2 Apr 2025 #3"); a signature's parts ("Senior carer · nights")
POST_HEAD = re.compile(
    # (the poster's card may run on: "NightOwl_RM Registered Manager Joined Mar 12, 2021 Messages
    # 388 Reaction score 412 Location East Midlands")
    r"^([\w.'’-]{2,30})(?:[ \t][^\n]{0,160})?\n\s*\n[^\n#]{4,30}#\d{1,5}[ \t]*$",
    re.M,
)
# ... or copied a line an item, each its own paragraph: the handle, the card's lines, the date,
# the number ("NightOwl_RM" / "Registered Manager" / "Joined" / ... / "12 Feb 2025" / "#7"), or
# the date and number on one line ("Jo_Larkfield_RM" / "Verified AMA guest" / "Joined: Feb 2025"
# / "Messages: 41" / "11 Feb 2025 #2")
CARD_HEAD = re.compile(
    r"^([\w.'’-]{2,30})\n\s*\n?(?:[^\n#]{1,40}\n\s*\n?){1,14}?(?:[^\n#]{4,30})?#\d{1,5}[ \t]*$",
    re.M,
)
NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
CARD_RANKS = re.compile(rf"{CARD_RANK.pattern}(?:\s+{CARD_RANK.pattern})*", re.IGNORECASE)
# ... or its number first, the handle, card and date after it on one line ("#4
# Karen_cares_for_Mum Member · 46 posts Wed 5 Mar 2025, 12:31"): the line ends on the post's time,
# its year or how long ago it was
NUMBERED_HEAD = re.compile(
    r"^#\d{1,5}[ \t]+([\w.'’-]{2,30})[ \t][^\n]{0,160}?"
    r"(?:\b\d{1,2}[:.]\d{2}(?:[ \t]?[ap]m)?|\b(?:19|20)\d{2}|\bago)[ \t]*$(?=\n\s*\n)",
    re.M,
)
# ... or, as phpBB prints it, "by" the handle, "»" and the post's date and time, after the topic's
# "Re: ..." line ("by OakleighRM » Tue Mar 04, 2025 9:38 pm"; the cleaner may join the lines)
BY_HEAD = re.compile(
    r"(?:^|[ \t])by[ \t]+([\w.'’-]{2,30})[ \t]+»[ \t]+[^\n»]{0,40}?"
    r"\b\d{1,2}:\d{2}(?:[ \t]?[ap]m)?[ \t]*$(?=\n\s*\n)",
    re.M,
)
# ... or the handle, the rank and counts and the date and time, each a paragraph, as the cleaner
# sets out a thread copied without blank lines ("Bernadette_W" / "Member · 3,212 posts · Carer for
# my son" / "3 March 2025, 23:15"; see clean.split_post_stamps)
STAMPED_HEAD = re.compile(
    rf"^([\w.'’-]{{2,30}})[ \t]*\n[ \t]*\n[ \t]*{POST_RANK}\n[ \t]*\n[ \t]*{POST_STAMP}[ \t]*$"
    r"(?=\n[ \t]*\n)",
    re.M,
)
CARD_STATS = re.compile(r"\s(?:Joined|Messages|Posts|Reaction score|Location)\b")
SIGNATURE_PARTS = re.compile(r"[ \t][·|][ \t]")
RUN_ON_FIELD = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]")
SENTENCE_STOP = re.compile(r"[.!?…][’'”\"]?\s+(?=\S)")
MAX_SIGNATURE = 200
# capitalised words that open a sentence or a clause, not a name ("In March, the director ...")
NOT_FIRST_NAMES = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "after",
        "before",
        "since",
        "during",
        "as",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "when",
        "where",
        "while",
        "if",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "last",
        "next",
        "every",
        "each",
        "one",
        "two",
        "three",
    ]
)
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "who", "everyone", "nobody"])
# a sentence's first word that is no person's name, where one is looked for
NOT_OPENING_NAMES = (
    NOT_FIRST_NAMES
    | PRONOUNS
    | frozenset(["now", "her", "his", "its", "our", "their", "my", "your", "then"])
)
NOUN_BEFORE = frozenset(["of", "the", "a"])  # a speech verb's word after these is a noun
INITIALS = 4  # letters at most of the initials a person may be known by ("KA", "HMK")
MAX_LINE = 400
STAMP_REACH = 12  # characters of a time before a name ("1:02:15 ")
MAX_HEADING = 120  # characters of a heading in capitals that may name someone and their post
MAX_LISTED = 200
NAME_ENDS = frozenset([",", ".", "–", "—"])  # what follows a name in commas after a post
KIN_NAME_ENDS = NAME_ENDS | {";", ")"}  # ... or a first name after a relative, in a list
POST_WORDS = 4  # lower-case words of a post after a body's possessive: "'s chief executive,"
# capitalised words that open the next sentence or clause, no part of the name before them: a
# headline run on into its standfirst ("new ADASS president Corinne Halloway As she begins")
NOT_NAME_WORDS = frozenset(
    [
        "as",
        "when",
        "while",
        "if",
        "after",
        "before",
        "since",
        "because",
        "though",
        "although",
        "the",
        "this",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "at",
        "on",
        "but",
        "and",
        "so",
    ]
)


def aged_names(text: str) -> frozenset[str]:
    """The names the text gives an age in commas after ("Edna Parkin, 84,"), or before
    ("86-year-old Albert Crossley"), or a profile opens on ("Delroy is 52 and lives in ..."), as
    the press and people's stories introduce a member of the public."""
    out: set[str] = set()
    for c in AGE.finditer(text):
        m = NAME_BEFORE_AGE.search(text, max(0, c.start() - 40), c.start())
        if m is not None and m.group(1).split()[0].lower() not in NOT_FIRST_NAMES:
            out.update(w for w in m.group(1).split() if w != "and")
    at = text.find(YEAR_OLD)  # str.find: a regex for the age would be tried at every digit
    while at >= 0:
        m = NAME_AFTER_AGE.match(text, at + len(YEAR_OLD))
        if m is not None and at >= 2 and text[at - 2 : at].isdigit():
            out.update(m.group(1).split())
        at = text.find(YEAR_OLD, at + 1)
    for verb in AGE_IS:
        at = text.find(verb)  # str.find, as above: the age is checked only after the verb
        while at >= 0:
            end = at + len(verb)
            if text[end : end + 1].isdigit() and (aged := AGE_IS_END.match(text, end)):
                m = NAME_BEFORE_AGE.search(text, max(0, at - 40), at)
                if m is None and int(aged.group(1)) >= OLD_AGE:
                    m = NAME_WHO_IS.search(text, max(0, at - 40), at)
                if (
                    m is not None
                    and m.group(1).split()[0].lower() not in NOT_FIRST_NAMES | PRONOUNS
                ):
                    out.update(m.group(1).split())
            at = text.find(verb, at + 1)
    return frozenset(out)


@dataclass
class Poster:
    """A forum thread's poster: the role their signature gives, and their first post."""

    role: RoleMatch | None
    first: tuple[int, int]  # text[a:b], after the post's date and number


def forum_posts(text: str) -> list[tuple[str, tuple[int, int]]]:
    """A forum thread's posts in order: each poster's handle, and the post's text after its date
    and number up to the next post's head. A post opens on its handle's line and, after a blank
    line, its date and number ("2 Apr 2025 #3"), on its number, handle and date ("#3 Deb_RM
    Member · 40 posts 2 Apr 2025, 09:12"), on "by", its handle and date ("by Deb_RM » Wed Apr
    02, 2025 9:12 am"), or on its handle, rank and date, a paragraph each (`STAMPED_HEAD`)."""
    numbered = "#" in text  # every such head ends on, or opens with, its number
    ranked = " · " in text or " | " in text
    if not numbered and not ranked and "»" not in text:
        return []
    found = {
        h.start(): (h.start(), h.group(1), h.end())
        for h in [
            *(POST_HEAD.finditer(text) if numbered else ()),
            *(NUMBERED_HEAD.finditer(text) if numbered else ()),
            *(STAMPED_HEAD.finditer(text) if ranked else ()),
            *BY_HEAD.finditer(text),
        ]
    }
    for h in CARD_HEAD.finditer(text) if numbered else ():
        head = _card(text, h)
        found[head[0]] = head
    heads = [found[at] for at in sorted(found)]
    if not heads:
        return []
    ends = [*(at for at, _, _ in heads[1:]), len(text)]
    return [(handle, (body, end)) for (_, handle, body), end in zip(heads, ends, strict=True)]


def _card(text: str, head: re.Match[str]) -> tuple[int, str, int]:
    """A card head's start, handle and end: where its lines have a "Joined", the handle over the
    member's title (clean.card_handle), not the last post's buttons the match may open on
    ("Reply" / "Report" / "MandyRM" / "Registered Manager · Home Care" / "Joined" / ...)."""
    lines = [(m.start(), m.group()) for m in NONBLANK_LINE.finditer(text, head.start(), head.end())]
    joined = next((k for k, (_, ln) in enumerate(lines) if CARD_JOINED.fullmatch(ln)), None)
    k = card_handle([ln for _, ln in lines], joined) if joined is not None else None
    if k is None:
        return head.start(), head.group(1), head.end()
    at, line = lines[k]
    handle = line.split()[-1]
    return at + line.rindex(handle), handle, head.end()


def forum_posters(
    text: str, posts: list[tuple[str, tuple[int, int]]], reader: CueReader
) -> dict[str, Poster]:
    """Each poster of a forum thread's `posts` (from `forum_posts`), by handle, with the role they
    give themselves in the signature under their posts ("Registered Manager · 40-bed residential,
    West Yorks", "mikey | support worker | 22"): the first separated part of a signature the
    lexicon places names it (a publication's words - "Reply Like Report" - do not)."""
    cited = reader.roles.lexicon.fallback.cited
    out: dict[str, Poster] = {}
    for handle, (body, nxt) in posts:
        poster = out.setdefault(handle, Poster(None, (body, nxt)))
        if poster.role is not None:
            continue
        for line in text[body:nxt].splitlines():
            parts = SIGNATURE_PARTS.split(line)
            if len(parts) < 2 or len(line) > MAX_SIGNATURE or SENTENCE_STOP.search(parts[0]):
                continue  # (not the page's footer: "CarersLink is moderated by the Carers
                # Together team. Posts reflect ... About | Privacy")
            roles = (reader.roles.read(part) for part in parts if part.strip())
            poster.role = next((r for r in roles if r is not None and r.role != cited), None)
            if poster.role is not None:
                break
        if poster.role is None:
            # ... else the title on the poster's card, before the software's counts: "NightOwl_RM
            # Registered Manager Joined Mar 12, 2021 ..." (not a rank: "Well-known member")
            at = text.rfind(handle, 0, body)
            card = CARD_STATS.split(text[at + len(handle) : body], maxsplit=1)[0]
            # (nor the forum's own staff, by their banners alone: "Moderator Staff member")
            ranks = CARD_RANKS.fullmatch(card.strip())
            found = reader.roles.read(card) if card.strip() and ranks is None else None
            poster.role = found if found is not None and found.role != cited else None
        if poster.role is not None:
            poster.role = poster.role.at_body()  # a poster is a person, at the body they name
    return out


# the fields of a recording's header, as an oral history or a research interview prints them:
# "Narrator: Doreen Ashworth (born 1946)", "Narrator's background: Former owner and ...", "Also
# present: Geoff Ashworth (...)" (the cleaner may run the lines together)
HEADER_FIELD = re.compile(
    r"(?<![\w'’])(Narrator|Interviewee|Also[ \t]present|Participant|Speaker)"
    r"(?:['’]s[ \t](?:background|role|occupation|post))?:[ \t]+"
    r"|(?<![\w'’])[A-Z][a-z]+(?:[ \t][a-z]+){0,2}:[ \t]+"
)
HEADER_NAME = re.compile(
    rf"((?:(?:Dr|Professor|Prof|Sir|Dame|Mr|Mrs|Ms|Cllr)\.?[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})"
    r"[ \t]*(?:\(([^()]{3,200})\))?"
)
HEADER_BACKGROUND = re.compile(r"['’]s[ \t](?:background|role|occupation|post):")
# a part of a bracket saying whose kin someone is: "narrator's husband"
KIN_OF = re.compile(
    r"\b(?:narrator|interviewee|speaker|his|her|their)['’]?s?[ \t]+"
    r"(?:husband|wife|partner|son|daughter|mother|father|brother|sister)\b",
    re.I,
)
HEADER_REACH = 4000  # characters at the document's start where such a header stands


# a person addressed by first name and asked to say what they are or do, as a phone-in's presenter
# puts it to a caller: "Gary, you own a care home?", "I'm told, Graham, that you used to run
# adult social services?"
ADDRESSED = re.compile(
    rf"(?:^|(?<=[.?!:,][ \t]))({NAME_WORD}),[ \t]+(?:that[ \t]+)?you[ \t]?(?:used[ \t]+to[ \t]+)?"
    r"(['’]re|are|own|run|manage|work|get|receive|care|look|employ|draw)[ \t]+"
    r"([^?.!\n]{3,80})\?",  # (a question asking them to say so, not a remark: "Karen, you're the
    # one actually going into people's homes.")
    re.M,
)


def _transcript_header(text: str) -> Iterator[tuple[tuple[str, ...], list[str], int]]:
    """The people a recording's header names (see HEADER_FIELD), each with the parts of what it
    says they are: their bracket's parts, and the background field after their name's."""
    head = text[:HEADER_REACH]
    if "Narrator:" not in head and "Interviewee:" not in head:
        return
    fields = list(HEADER_FIELD.finditer(head))
    for k, f in enumerate(fields):
        if f.group(1) is None or HEADER_BACKGROUND.search(f.group()):
            continue
        end = fields[k + 1].start() if k + 1 < len(fields) else head.find("\n", f.end())
        m = HEADER_NAME.match(head, f.end(), end if end >= 0 else len(head))
        if m is None:
            continue
        parts = [p.strip() for p in (m.group(2) or "").split(";") if p.strip()]
        nxt = fields[k + 1] if k + 1 < len(fields) else None
        if nxt is not None and HEADER_BACKGROUND.search(nxt.group()):
            stop = fields[k + 2].start() if k + 2 < len(fields) else len(head)
            parts.insert(0, head[nxt.end() : stop].strip())
        names = tuple(w for w in m.group(1).split() if w.lower().rstrip(".") not in HONORIFICS)
        if parts:
            yield names, parts, m.start(1)


def listed_people(text: str, reader: CueReader, publisher: str | None = None) -> list[Antecedent]:
    """People a list introduces with their post - a witness list, the guests of a programme, the
    contributors to a report - as antecedents that a later "Oyelaran told MPs" finds by name. Only
    lines that are nothing but a name and a post the lexicon can place count, or a post at no
    body named ("Chief Executive") on the page of the body `publisher` is the role of."""
    out: list[Antecedent] = []
    cited = reader.roles.lexicon.fallback.cited
    for item, at in _list_items(text):
        if (row := INITIALS_FIRST.match(item)) is not None:
            # "JT – Jane Tully, Chair, Hartfield Care Association (HCA)": the initials the notes
            # call them by, then the name and the post
            initials, name, post = row.groups()
            found = _read_post_at_body(post, reader)
            if _initials_of(name) == initials and found is not None and found.role != cited:
                pos = at + row.start(2)
                names = (*name.split(), initials)
                out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
            continue
        signed = _signed_above(text, item, at)
        listed = None if signed is not None else LISTED.fullmatch(_title_caps(item))
        if signed is not None:  # "Margaret Adeyemi-Hall" / "Chief Executive, Carers Compass"
            found = read_post(item, reader)[1]
            if found is not None and found.role != cited:
                names = bare_name(signed.group())
                pos = signed.start()
                out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
            continue
        for entry in [listed] if listed is not None else _bracketed(item):
            post = (entry.group("post") or "").strip()
            if not post:
                continue  # a member by initials alone: "Tom Akers (TA)"
            initials = entry.group("initials")
            if (
                entry.re is LISTED_BRACKETS
                and initials
                and _initials_of(entry.group(1)) != initials
            ):
                post, initials = f"{post}, {initials}", None  # a body's: "(Director, LGA)"
            if entry.group(1).lower() in NOT_FIRST_NAMES:
                continue  # "However, ...", "Background, ..."
            if post[-1:] == "." and text[at - 1 : at] == ";":
                post = post[:-1]  # the stop that closes a list: "...; Dr Aisha Bello, Director
                # of Workforce Development, Skills for Care."
            if post[-1:] in ".!?:" or len(post.split()) > 20:
                continue  # a sentence of narrative, not a post
            if (run_on := SENTENCE_STOP.search(post)) is not None:
                # the list's last item, the next list run on to it when its lines were joined:
                # "Tom Aldridge, Chief Executive, Brightwater Homecare. II: Daniel Fenwick MP, ..."
                post = post[: run_on.start()]
            if (field := RUN_ON_FIELD.search(post)) is not None:
                # the header's next field run on to it: "Speaker: Helen Cartwright, Chief
                # Executive, the Living Well Trust Chair: Tom Ridley, Director of ..."
                post = post[: field.start()]
            found = _read_body_first(post, reader) or _read_post_at_body(post, reader)
            role = found.role if found is not None else None
            if role is None and publisher is not None and reader.roles.post_words.search(post):
                role = publisher
            if role is None or role == cited:
                continue
            names = tuple(entry.group(1).split())
            # a post run into the name, the columns closed up: "Lorraine Bishop Chair, ..."
            names = next(
                (
                    names[:k]
                    for k in range(2, len(names))
                    if reader.roles.post_words.match(" ".join(names[k:]))
                ),
                names,
            )
            if initials:
                names += (initials,)  # "MD:" later
            pos = at + entry.start(1)
            out.append(Antecedent(pos, role, False, False, names=names, sentence=pos))
            if len(out) >= MAX_LISTED:
                return out
    labels = list(_paragraph_labels(text))  # "Present:", "IN ATTENDANCE:"
    for names, post, at in _attendance(
        text, labels
    ):  # "IN ATTENDANCE: Ms F Haldane (Corporate ...)"
        found = reader.roles.read(post)
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
            if len(out) >= MAX_LISTED:
                return out
    for label in POST_LABEL.finditer(text):  # a masthead's "Registered Manager: Sandra Whitlock"
        found = reader.roles.read(label.group(1))
        if found is not None and found.role not in (cited, reader.roles.lexicon.fallback.unknown):
            at = label.start(2)
            out.append(
                Antecedent(
                    at, found.role, False, False, names=tuple(label.group(2).split()), sentence=at
                )
            )
    for names, role, at in _listed_under(text, reader):  # "Experts by experience:" / "Dev"
        out.append(Antecedent(at, role, False, False, names=names, sentence=at))
    for names, post, at in itertools.chain(
        _grouped_members(text, labels),  # "Care workers: Precious Moyo (PM), ..."
        _initialled_members(text, labels),  # "Present: AK - Manager, Seaview Lodge ..."
        _initials_column(text),  # "AB Cllr Aisha Begum (Chair)" / "KL Karin Lindqvist, Director"
    ):
        found = reader.roles.read(post)
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    for names, role, at in _group_members(text, labels, reader):  # "Carers' Support Group" /
        # "Present: Pat, Derek, Amira"
        out.append(Antecedent(at, role, False, False, names=names, sentence=at))
    for names, post, at in _cast_list(text):  # "DENISE, fifties. Home care worker."
        found = reader.roles.read(post) or reader.roles.read(f"who {post[:1].lower()}{post[1:]}")
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    record: bool | None = None  # whether the text is a legislature's record, once asked
    for names, post, group, at in _attendance_lines(text, reader):  # "Marcus – Co-chair; expert by
        # experience"; "Committee members in attendance" / "Carys Maddocks" (a member by the group)
        if group == "Members" and record is None:
            head = text[:RECORD_HEAD]
            record = LEGISLATURE_RECORD.search(head) is not None
        found = (reader.roles.read(post) if post else None) or (
            # a legislature's record's "Members present": its elected members
            reader.roles.read(MEMBER_OF_PARLIAMENT if record and group == "Members" else group)
            if group
            else None
        )
        role = found.role if found is not None else None
        if role is None and publisher is not None and reader.roles.post_words.search(post):
            role = publisher  # "Dr Hannah Okonjo  Chief Executive" on the board's own minutes
        named = reader.roles.read("the " + " ".join(names))
        if named is not None and named.kind == "org":
            continue  # a body sending its apologies, no person: "Healthwatch Kingsmere"
        if role is not None and role != cited:
            out.append(Antecedent(at, role, False, False, names=names, sentence=at))
            if len(out) >= MAX_LISTED:
                return out
    for names, parts, at in _transcript_header(text):
        # "Narrator: Doreen Ashworth (born 1946) Narrator's background: Former owner and
        # registered manager of Larkfield House"; "Also present: Geoff Ashworth (narrator's
        # husband; co-proprietor of Larkfield House)": what they are over whose kin they are
        found = None
        for part in sorted(parts, key=lambda p: KIN_OF.search(p) is not None):
            found = reader.roles.read(part)
            if found is not None and found.role != cited:
                break
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    for asked in ADDRESSED.finditer(text) if ", you" in text or ", that you" in text else ():
        # a presenter putting to a caller what they are: "Gary, you own a care home?", "Maureen,
        # you get care at home yourself?", "Dev, you're a home care worker?"
        verb, rest = asked.group(2), asked.group(3)
        found = reader.roles.read(rest if verb in ("'re", "’re", "are") else f"who {verb} {rest}")
        if found is not None and found.role not in (cited, reader.roles.lexicon.fallback.unknown):
            at = asked.start(1)
            names = (asked.group(1),)
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    chair = meeting_chair(text, reader)
    if chair is not None:
        out.append(chair)
    run_in: list[tuple[int, int]] = []  # where those names are
    for names, post, at in _run_in_attendance(text, labels, reader):  # "Present: Dr Sunil Raman
        # Chief Executive, NHS Severnmoor ICB Claire Hollis Executive Director of ..."
        found = reader.roles.read(post)
        run_in.append((at, at + len(" ".join(names[-2:]))))
        role = found.role if found is not None else None
        if role is None and publisher is not None and reader.roles.post_words.search(post):
            role = publisher  # "Chief Executive" on the minutes of the board it is the post of
        if chair is None and post == CHAIR:
            names = (CHAIR, *names)  # "Professor Elaine Hartley Chair": whom "The Chair said" is
        if role is not None and role != cited:
            out.append(Antecedent(at, role, False, False, names=names, sentence=at))
            if len(out) >= MAX_LISTED:
                return out
    for listed_name, group, pos in _grouped_pseudonyms(text, reader):  # "care workers (Jas)"
        known_as = tuple(listed_name.split()[-1:])  # "Mr Ellis" as "Ellis"
        out.append(Antecedent(pos, group, False, False, names=known_as, sentence=pos))
    for pseudonym, role_at_start, at in _table_rows(text):  # "Grace  Registered manager, ..."
        found = reader.roles.read(role_at_start)
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=(pseudonym,), sentence=at))
    for member, initials in _members(text):
        found = reader.roles.read(member.group(2))
        if found is None or found.role == cited:
            continue
        names = (*member.group(1).split(), initials)  # known by the initials too: "KA said"
        at = member.start(1)
        out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    interviewee = _interviewee_header(text, reader)
    if interviewee is not None:
        out.append(interviewee)
    placed = {a.pos for a in out}  # (by the readings above, which know more of the post)
    for names, post, at in _initials_before_dash(text):  # "Rukhsana Ali (RA) - Registered ..."
        found = reader.roles.read(post) if at not in placed else None
        if found is not None and found.role != cited:
            out.append(Antecedent(at, found.role, False, False, names=names, sentence=at))
    for name, initials, post, pos in _initialled_rows(text):
        if _initials_of(name) != initials:
            continue
        # the post a bracket closing the row gives ("Partner Member - Local Authorities (Director
        # of Adult Social Services, ...)"), else the row's; at no body named, the publisher's
        inner = LAST_BRACKET.search(post)
        found = (reader.roles.read(inner.group(1)) if inner else None) or _read_post_at_body(
            post, reader
        )
        role = found.role if found is not None else None
        if role is None and publisher is not None and reader.roles.post_words.search(post):
            role = publisher
        elif publisher is not None and _board_post(LAST_BRACKET.sub("", post), reader):
            # a board's own posts, at the body whose minutes these are: "Non-Executive
            # Director", "Chair, Independent Non-Executive Director", "Company Secretary"
            role = publisher
        if role is not None and role != cited:
            names = (*name.split(), initials)  # known by the initials too: "CT said"
            out.append(Antecedent(pos, role, False, False, names=names, sentence=pos))
    seen = {a.pos for a in out}
    unknown = reader.roles.lexicon.fallback.unknown
    for c in INTRODUCING.finditer(text):  # "... are Amara Okeke, who is Director of ..."
        k = c.end(1)
        m = NAME_BEFORE.search(text, max(0, k - 40), k)
        if m is None or m.group(1).split()[0].lower() in NOT_FIRST_NAMES:
            continue
        name, pos = m.group(1), m.start(1)
        if text[max(0, pos - 2) : pos] == ", ":
            continue  # "The council's director, Mark Ellery, told councillors": a predicate follows
        if STAMP_BEFORE.search(text, max(0, pos - STAMP_REACH), pos):
            continue  # a transcript's label run on into the turn's first words, no apposition:
            # "00:12:40 Rachel Odum Denise, you co-chair Making It Real"
        if PLACE_BEFORE.search(text, max(0, pos - 4), pos):
            continue  # a place or a body: "homes across West Yorkshire and the North East, employs
            # around 900 people", "a ward at Kirklow General, and I"
        if any(a <= pos < b for a, b in run_in):
            continue  # "Sunil Raman Chief Executive, NHS ...": a run-in list's name and post
        found = None
        at = c.end()
        for _ in range(2):  # the post, or what the second apposition says the employer is:
            # "Gemma Thwaite, managing director of Thwaite Home Support, a home care agency"
            post = POST_AFTER.match(text, at)
            if post is None or pos in seen or TITLED_NAME.fullmatch(post.group(0).rstrip()):
                break  # "Janet Moss, Councillor Rob Cartwright, thank you both": two people
            opening = post.group(0).lower().split()
            if opening[0] != "who" and any(w in CLAUSE_VERBS for w in opening):
                break  # a clause of its own, no post: "According to Ms Rao, the more people
                # will reach ...", "Mr Ashdown, self-funders are paying"
            doc = reader.roles.make(post.group(0))
            if any(
                start == 0 or doc[start - 1].lower_ not in NOUN_BEFORE
                for _, start, _ in reader.matcher(doc)
            ):
                break  # "Jo Bell, told MPs": a speech verb, so a predicate, not a post (but
                # "Minister of State for Care", "Secretary of State": a noun after "of")
            matches = reader.roles.matches(doc)
            if matches and _more_names(doc, min(m.start for m in matches)):
                break  # "Angela Dorsey, Robert Keane and Professor Farouk": the post is Farouk's
            found = reader.roles.classify(doc[:], matches)
            if found is not None or not text.startswith(", ", post.end()):
                break
            at = post.end() + 2
        if found is None or found.role in (cited, unknown):
            continue
        names = tuple(name.split())
        out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
        if len(out) >= MAX_LISTED:
            break
    for c in _named_subjects(text):  # "Funmi Adeyemi is the registered manager of Larchfield":
        # a host introducing a guest, a profile its subject
        names = tuple(c.group(1).split())
        if names[0].lower() in NOT_FIRST_NAMES:  # "And Funmi Adeyemi is"
            names = names[1:]
        pos = c.end(1) - len(" ".join(names))
        post = POST_AFTER.match(text, c.end())
        if (
            len(names) < 2
            or pos in seen
            or post is None
            or past_career(text, c.end())  # "When Carmel Okoro was a newly qualified social
            # worker in the late 1990s": what she was then
            or PASSIVE_BY.match(post.group(0))
            or COMPARED.match(post.group(0))
        ):
            continue
        post_text = post.group(0)
        kind = (
            BODY_KIND_AFTER.match(text, post.end()) if post_text.split()[-1][:1].isupper() else None
        )
        # the body's kind after its name: "chief executive of Access Together, a user-led
        # organisation of disabled people"; or what it does, which places a post at it ("chief
        # executive of Hearthstone Support, which runs supported living services")
        found = reader.roles.read(post_text + (kind.group(0) if kind is not None else ""))
        does = reader.roles.read(kind.group(0)) if kind is not None else None
        if does is not None and does.kind == "phrase" and _post_at(post_text, reader):
            found = does
        elif (
            found is None
            or found.role in (cited, unknown)
            # a post at a body is the body's ("Martin Greaves was Chief Executive of Harrowfield
            # Care Group"), where the predicate opens on the post - or the post's own reading is
            # the same ("Sunita Rao is managing director of Brightwater Home Care")
            or (
                found.start > POST_OPENING
                and not _post_at_body(post_text, found, reader)
                and not _post_head_is(post_text, found.role, reader)
            )
        ):
            continue
        out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
        if len(out) >= MAX_LISTED:
            break
    for c in _joined_as(text):  # "Ruth Adeyemi joined Oakhurst in January as operations
        # director": a newsletter or a release introducing someone in a new post
        names = tuple(c.group(1).split())
        pos = c.start(1)
        post = POST_AFTER.match(text, c.end())
        found = reader.roles.read(post.group(0)) if post is not None and pos not in seen else None
        if found is not None and found.role not in (cited, unknown):
            out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
    for c in _running(text):  # "Gareth Pryce owns Bramblegate House, a 42-bed nursing home": a
        # host introducing a guest, a profile its subject, by the business they own or run
        names, pos = tuple(c.group(1).split()), c.start(1)
        if names[0].lower() in NOT_FIRST_NAMES or pos in seen:
            continue
        what = RUN_WHAT.match(text, c.end())
        found = reader.roles.read(f"{c.group(2)} {what.group(0)}") if what else None
        # (a phrase of the lexicon's that opens on the verb: "owns * nursing home", not "staff"
        # in "owns Larkfield Care, three care homes with about 140 staff")
        if found is not None and found.start == 0 and found.role not in (cited, unknown):
            out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
    for names, role, pos in _aged_people(text, reader):  # "Mr D, 79, lives alone in Harwood"
        if pos not in seen:
            out.append(Antecedent(pos, role, False, False, names=names, sentence=pos))
    for names, business, pos in _owners(text):  # "a residential home owned by Imran Siddiqui"
        found = reader.roles.read(f"who runs {business}")  # the lexicon's runner of that business
        if found is not None and found.role not in (cited, unknown) and pos not in seen:
            out.append(Antecedent(pos, found.role, False, False, names=names, sentence=pos))
    for c in anchored(
        text, " (", PSEUDONYM, 16, 84
    ):  # "Kwame (registered manager, supported living)"
        if c.group(1).lower() in NOT_FIRST_NAMES or c.start(1) in seen:
            continue
        found = reader.roles.read(c.group(2))
        if found is None or found.role in (cited, unknown):
            continue
        out.append(Antecedent(c.start(1), found.role, False, False, names=(c.group(1),)))
        if len(out) >= MAX_LISTED:
            break
    for c in anchored(text, " (", NAME_POST_BRACKET, NAME_POST_BACK, 124):
        # "Panellists were Helen Marsh (Chair, Mid-Anglia Care Providers' Alliance), Tomasz
        # Nowak (Principal Social Worker, Ouseley City Council) and ..."
        names = tuple(c.group(1).split())
        if names[0].lower() in NOT_FIRST_NAMES or c.start(1) in seen:
            continue
        if not any(ch.islower() for ch in c.group(2)):
            continue  # a body's initials: "the Care Quality Commission (CQC)"
        found = reader.roles.read(c.group(2))
        if found is None or found.role in (cited, unknown):
            continue
        out.append(Antecedent(c.start(1), found.role, False, False, names=names))
        if len(out) >= MAX_LISTED:
            break
    for n in KIN_NAME.finditer(text):
        kin = KIN.search(text, max(0, n.start() - KIN_BACK), n.start())
        if kin is None or n.start(1) in seen:
            continue
        found = reader.roles.read(kin.group(1))
        if found is None or found.role in (cited, unknown):
            continue
        names = tuple(n.group(1).split())
        out.append(Antecedent(n.start(1), found.role, False, False, names=names))
        if len(out) >= MAX_LISTED:
            break
    for c in anchored(text, " call ", CALLED, 12, 30):  # "a home care worker I will call Precious"
        lo = max(0, c.start() - 100)
        said = max(text.rfind(". ", lo, c.start()), text.rfind("\n", lo, c.start()))
        found = reader.roles.read(text[max(lo, said + 1) : c.start()])
        if found is None or found.role in (cited, unknown) or c.start(1) in seen:
            continue
        out.append(Antecedent(c.start(1), found.role, False, False, names=(c.group(1),)))
    complainant = reader.roles.read(COMPLAINANT)
    if complainant is not None and complainant.role not in (cited, unknown):
        for c in anchored(text, " complain", COMPLAINED, 60, 20):
            words = c.group(1).split()
            if (
                words[0].lower() in NOT_FIRST_NAMES
                or c.start(1) in seen
                or reader.roles.read(c.group(1)) is not None
            ):
                continue  # "The family complained", "Westmarsh County Council complained"
            out.append(Antecedent(c.start(1), complainant.role, False, False, names=tuple(words)))
    for needle in NOW:
        for c in anchored(text, needle, NOW_POST, 2, 100):
            found = reader.roles.read(c.group(1))
            if found is None or found.role in (cited, unknown):
                continue
            lo = max(0, c.start() - NOW_BACK, text.rfind("\n", 0, c.start()) + 1)
            name = None
            for m in OPENING_NAME.finditer(text, lo, c.start()):
                first = m.group(1).split()[0].lower()
                if first not in NOT_OPENING_NAMES:
                    name = m  # the last person a sentence of the paragraph opens with
            if name is not None:
                words = tuple(name.group(1).split())
                out.append(Antecedent(c.start(), found.role, False, False, names=words))
    for needle in APPOINTMENTS:
        at = text.find(needle)
        while at >= 0:
            m = APPOINTED.search(text, max(0, at - 80), at)
            post = POST_AFTER.match(text, at + len(needle))
            if m is not None and post is not None and m.start(1) not in seen:
                found = reader.roles.read(post.group(0))
                if found is not None and found.role not in (cited, unknown):
                    names = tuple(m.group(1).split())
                    out.append(Antecedent(m.start(1), found.role, False, False, names=names))
            at = text.find(needle, at + len(needle))
    for c in APPOINTING.finditer(text):
        post = POST_AFTER.match(text, c.end())
        if post is None or c.start(1) in seen or text[c.start() - 1 : c.start()].isalnum():
            # (a word's end, "renamed": the word's start is checked here, not by the regex,
            # which would then try every character)
            continue
        found = reader.roles.read(post.group(0))
        role = found.role if found is not None else None
        if role is None and publisher is not None and reader.roles.post_words.match(post.group(0)):
            role = publisher  # a post at no body named, in the appointing body's own release
        if role is not None and role not in (cited, unknown):
            names = tuple(c.group(1).split())
            out.append(Antecedent(c.start(1), role, False, False, names=names))
    for c in AS_A.finditer(text):  # "Grace Mensah joined Ashcroft House as a bank care assistant"
        lo = max(0, c.start() - 160)  # the sentence the post ends: after a stop or a line break
        stop = text.rfind(". ", lo, c.start())
        start = max(lo, text.rfind("\n", lo, c.start()) + 1, stop + 2 if stop >= 0 else 0)
        m = JOINED.match(text, start, c.start())
        post = POST_AFTER.match(text, c.end())
        if (
            m is None
            or post is None
            or m.group(1).split()[0].lower() in NOT_FIRST_NAMES
            or m.group(1).lower() in PRONOUNS
        ):
            continue
        found = reader.roles.read(post.group(0))
        if found is None or found.role in (cited, unknown) or m.start(1) in seen:
            continue
        if CAREER.search(text, start, c.start()):
            continue  # what they were: "Denise Okafor began her career as a care assistant"
        names = tuple(m.group(1).split())
        out.append(Antecedent(m.start(1), found.role, False, False, names=names, sentence=start))
        if len(out) >= MAX_LISTED:
            break
    return sorted(out, key=lambda a: a.pos)


def _initials_before_dash(text: str) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people of an attendance list that gives the initials after each name and the post
    after a dash ("Martin Haigh (MH) - Director, Haigh Family Care Homes"), a line each or its
    lines run together into one paragraph ("... Hallam Vale Council - Chair Daniel Okoro (DO) -
    Assistant Director, ..."): the name's words and its initials, the post up to the next
    person's name or the line's end, and where the name is. The name is the capitalised words
    before the bracket whose initials the bracket gives (found from the brackets, str.find:
    most documents have none)."""
    if ") -" not in text and ") –" not in text and ") —" not in text:
        return
    # where the name is, where its entry opens (a title before it), its words, where its post is
    starts: list[tuple[int, int, tuple[str, ...], int]] = []
    for m in INITIALS_AFTER_NAME.finditer(text):
        space = SPACE_AFTER_WORD.search(text, max(0, m.start() - MAX_SPACE), m.start())
        if space is None:
            continue
        words = NAME_RUN.search(text, max(0, space.start() - MAX_NAME_RUN), space.start())
        if words is None:
            continue
        parts = words.group(0).split()
        for n in range(min(len(parts), 3), 1, -1):  # "Chair Daniel Okoro (DO)": "Daniel Okoro"
            if _initials_of(" ".join(parts[-n:])) == m.group(1):
                at = words.end() - len(" ".join(parts[-n:]))
                titled = TITLE_BEFORE.search(text, max(0, at - MAX_TITLE), at)
                begin = titled.start() if titled is not None else at  # "Cllr Alan Brearley"
                title = (titled.group(1),) if titled is not None else ()
                starts.append((at, begin, (*title, *parts[-n:], m.group(1)), m.end()))
                break
    for k, (at, _, names, begin) in enumerate(starts):
        stop = starts[k + 1][1] if k + 1 < len(starts) else len(text)
        end = min(stop, begin + MAX_MEMBER)
        line_end = text.find("\n", begin, end)  # (bounded: a post is short)
        yield names, text[begin : line_end if line_end >= 0 else end].strip(" \t-–—"), at


def _members(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """A member of an attendance list and their initials, for each "(KA)" that ends a member: the
    name and post before it, from the line's start or the last member's end."""
    last = 0
    for m in INITIALS_END.finditer(text):
        start = max(last, text.rfind("\n", 0, m.start()) + 1)
        last = m.end()
        if m.start() - start <= MAX_MEMBER:
            member = MEMBER.match(text, start, m.start())
            if member is not None and _initials_of(member.group(1)) == m.group(1):
                yield member, m.group(1)


def _attendance(
    text: str, labels: list[re.Match[str]]
) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people a minutes' attendance list gives with their post in brackets, a paragraph behind
    its label that may run over several lines ("IN ATTENDANCE: Ms F Haldane (Corporate Director,
    Adult Social Care and Health), Mr G Lloyd-Pearce (Assistant Director ...) and ..."): the
    title and surname each is called by after ("Ms Haldane"), the post, and where the name is."""
    for label in labels:
        end = text.find("\n\n", label.end())
        end = len(text) if end < 0 else end
        if end - label.end() > MAX_ATTENDANCE:
            continue
        flat = text[label.end() : end].replace("\n", " ")  # the lines joined, offsets kept
        for entry in ATTENDEE.finditer(flat):
            title, name, member, post = entry.groups()
            # "Siobhan Marr MP (Chair)": the seat says who they are, the bracket their part
            post = member or post
            if post:
                words = (*([title] if title else []), name.split()[-1])
                yield words, post, label.end() + entry.start(2)


# a member of a confidential group's notes, by the initials the notes call them by, a dash and what
# they are, the members run on in the paragraphs under the label ("Present: AK - Manager, Seaview
# Lodge (38 beds, residential). In post 5 months. JT - Manager, Oakfield Nursing Home ..."), and
# a part in the meeting on a line of its own ("Facilitator / notes: MD (Leadership and Workforce
# Lead, Bayside Care Association)")
INITIALLED_MEMBER = re.compile(
    r"(?<![\w'’])([A-Z]{2,3})[ \t]+[-–—][ \t]+([^.\n()]{2,150}(?:\([^()\n]{0,150}\)[^.\n()]{0,60})?)"
)
INITIALLED_PART = re.compile(
    r"^[ \t]*[A-Z][\w /&-]{2,40}:[ \t]+([A-Z]{2,3})[ \t]+\(([^()\n]{3,150})\)[ \t]*$", re.M
)


def _initialled_members(
    text: str, labels: list[re.Match[str]]
) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The members an attendance list gives by initials (see INITIALLED_MEMBER), and the parts in
    the meeting the record's head gives so: the initials, what they are, and where."""
    for label in labels:
        at, stop = label.end(), label.end() + MAX_ATTENDANCE
        while at < min(stop, len(text)) and INITIALLED_MEMBER.match(text, at):
            end = text.find("\n\n", at)
            end = len(text) if end < 0 else end
            for entry in INITIALLED_MEMBER.finditer(text, at, end):
                yield (entry.group(1),), entry.group(2), entry.start(1)
            at = end + 2
    if labels:
        for part in INITIALLED_PART.finditer(text, 0, min(len(text), RECORD_HEAD)):
            yield (part.group(1),), part.group(2), part.start(1)


def _initials_column(text: str) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people a record's head lists a line each, the initials it calls them by first: "AB Cllr
    Aisha Begum (Chair)", "KL Karin Lindqvist, Director of Adult Social Care" - their initials,
    the line after them (a title or a post saying what they are), and where. Only a run of at
    least `MIN_INITIALLED` lines whose initials are their names': a line or two opening on
    capitals is no list."""
    head = text[: min(len(text), RECORD_HEAD)]
    run: list[re.Match[str]] = []
    for m in INITIALS_COLUMN.finditer(head):
        if _initials_of(m.group(2)) != m.group(1):
            continue
        if run and head.count("\n", run[-1].end(), m.start()) > INITIALLED_GAP:
            yield from _initialled_run(run)
            run = []
        run.append(m)
    yield from _initialled_run(run)


def _initialled_run(run: list[re.Match[str]]) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """Each line of a run of INITIALS_COLUMN's, if it is long enough to be a list."""
    if len(run) >= MIN_INITIALLED:
        for m in run:
            yield (m.group(1),), m.group(0).strip()[len(m.group(1)) :].strip(), m.start(1)


# a line of a record's list of those present, their initials before the name, no dash between:
# "TW Cllr Tom Whitlock (Vice-Chair)", "OT Owen Tranter, Co-chair, Medbourne Learning Disability
# Partnership Board (expert by experience)"
INITIALS_COLUMN = re.compile(
    rf"^[ \t]*([A-Z]{{2,3}})[ \t]+(?:{TITLE}[ \t]+)?({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
    r"(?:,[ \t][^\n]{3,150}|[ \t]*\([^()\n]{2,60}\))?[ \t]*$",
    re.M,
)
MIN_INITIALLED = 3
INITIALLED_GAP = 4  # line breaks between two of a list's lines (a sub-heading's, blank lines)


# ... or a group of them under the group's name, each with the initials the minutes call them by:
# "Care workers: Precious Moyo (PM), Dan Whitby (DW), ..."
GROUPED_MEMBERS = re.compile(
    r"(?<![\w'’])([A-Z][a-z]+(?:[ \t][a-z]+){0,2}):[ \t]+"
    r"((?:[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2}[ \t]+\([A-Z]{2,4}\)(?:,[ \t]*|[ \t]+and[ \t]+)?){2,})"
)
GROUPED_MEMBER = re.compile(r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})[ \t]+\(([A-Z]{2,4})\)")


def _grouped_members(
    text: str, labels: list[re.Match[str]]
) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The members an attendance list gives under their group's name (see GROUPED_MEMBERS): the
    name's words and initials, the group, and where the name is."""
    for label in labels:
        end = text.find("\n\n", label.end())
        end = len(text) if end < 0 else end
        if end - label.end() > MAX_ATTENDANCE:
            continue
        for group in GROUPED_MEMBERS.finditer(text, label.end(), end):
            for member in GROUPED_MEMBER.finditer(text, group.start(2), group.end(2)):
                words = (*member.group(1).split(), member.group(2))
                yield words, group.group(1), member.start(1)


def _group_members(
    text: str, labels: list[re.Match[str]], reader: CueReader
) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people an attendance list names with no post, at a meeting of a group whose name, at
    the head of the record, says who its members are ("Tuesday Carers' Support Group" over
    "Present: Pat, Derek, Amira, Maureen (first time)"): the members, in the role of a "member
    of" the group. The list's own line only: the facilitator and the guests on the lines under
    it are no members."""
    cited = reader.roles.lexicon.fallback.cited
    for label in labels:
        group = GROUP_NAME.search(text, 0, min(label.start(), GROUP_HEAD))
        if group is None:
            continue
        found = reader.roles.read(f"member of the {group.group(1)}")
        if found is None or found.role == cited:
            continue
        line_end = text.find("\n", label.end())
        line = text[label.end() : line_end if line_end >= 0 else len(text)]
        for entry in ATTENDEE.finditer(line):
            title, name, member, post = entry.groups()
            if title or member or (post and reader.roles.read(post) is not None):
                continue  # a titled or posted person: the lists above read them
            yield tuple(name.split()), found.role, label.end() + entry.start(2)


# a play's cast list: each character's name in capitals, their age, then a sentence of who they
# are ("DENISE, fifties. Home care worker. Nineteen years in the job. AMIR, late twenties. Senior
# care assistant at Beechcroft.", "PAUL, seventies. Looks after his wife, Jan.")
CAST = re.compile(
    r"(?:(?<=\n)|(?<=[.!?] )|^)((?:THE )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}),[ \t]+"
    r"(?:(?:early|mid|late)[ -])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties|\d{2}s?)\.[ \t]+([A-Z][^.\n]{2,100})\."
)


# ... the age after the comma, a literal the engine scans for: a page with none has no cast list
CAST_AGE = re.compile(
    r",[ \t]+(?:(?:early|mid|late)[ -])?(?:twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties|\d{2}s?)\.[ \t]"
)


def _cast_list(text: str) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """A play's characters as its cast list introduces them (see CAST): their names as the
    script's labels give them (title-cased), the sentence after their age, where it stands."""
    if CAST_AGE.search(text) is None:
        return  # (CAST opens on a line start or a stop, which the engine tries everywhere)
    for m in CAST.finditer(text):
        yield tuple(w.title() for w in m.group(1).split()), m.group(2), m.start()


def _listed_under(text: str, reader: CueReader) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people an attendance list names a line each under a heading that says what they are
    ("Experts by experience:" over "Maureen (Co-chair)", "Dev", "Priya"): each in the heading's
    role, where the lexicon places it."""
    cited, unknown = reader.roles.lexicon.fallback.cited, reader.roles.lexicon.fallback.unknown
    colon = text.find(":\n")  # str.find: the heading's line ends on its colon
    while colon >= 0:
        block = LISTED_UNDER.match(text, text.rfind("\n", 0, colon) + 1)
        colon = text.find(":\n", colon + 2)
        if block is None:
            continue
        found = reader.roles.read(block.group(1))
        if found is None or found.role in (cited, unknown):
            continue
        for line in LISTED_NAME.finditer(text, block.start(2), block.end(2)):
            yield tuple(line.group(1).split()), found.role, line.start(1)


def _interviewee_header(text: str, reader: CueReader) -> Antecedent | None:
    """The interviewee an interview record's header names, with the role of the post a field of
    the header gives - the latest, where a career summary lists them in order ("Child care
    officer, ... 1969-71; ... Director of Adult Social Services, 2006-11. Retired 2011.")."""
    head = INTERVIEWEE_FIELD.search(text)
    if head is None:
        return _participant_header(text, reader)
    cited = reader.roles.lexicon.fallback.cited
    lines = text[head.end() + 1 :].split("\n", HEADER_FIELDS)[:HEADER_FIELDS]
    parts = None
    for line in lines:
        if (field := PERSON_FIELD.match(line)) is not None:
            parts = field.group(1).split(";")
            break
    if parts is None and (life := LIFE_SUMMARY.search(text, head.end(), HEADER_REACH)):
        parts = _working_life(life.group(1))
    if parts is None:
        return None
    posts = (reader.roles.read(part) for part in reversed(parts))
    found = next((r for r in posts if r is not None and r.role != cited), None)
    if found is None:
        return None
    initials = (head.group(2),) if head.group(2) else ()
    names = (*head.group(1).replace("(", "").replace(")", "").split(), *initials)  # "RK:" later
    at = head.start(1)
    return Antecedent(at, found.role, False, False, names=names, sentence=at)


def _working_life(summary: str) -> list[str]:
    """A life summary's parts, a sentence, a clause or a line each, up to where it says they
    retired ("... from 2006 until she retired in 2012"; "Retired March 2019. Trustee of ...")."""
    end = RETIRED.search(summary)
    return [p for p in LIFE_PARTS.split(summary[: end.start() if end else None]) if p.strip()]


def _participant_header(text: str, reader: CueReader) -> Antecedent | None:
    """The participant a research interview's header names with their post on the same line
    (PARTICIPANT_FIELD), at the document's head: the person whose answers the transcript's "A:"
    labels - the latest placed before the first."""
    field = PARTICIPANT_FIELD.search(text, 0, HEADER_REACH)
    if field is None:
        return None
    found = reader.roles.read(field.group(2).partition(";")[0])
    if found is None or found.role == reader.roles.lexicon.fallback.cited:
        return None
    at = field.start(1)
    return Antecedent(
        at, found.role, False, False, names=tuple(field.group(1).split()), sentence=at
    )


def _board_post(post: str, reader: CueReader) -> bool:
    """The post is nothing but a body's own posts, one or more: "Chair, Independent Non-Executive
    Director", "Company Secretary" - no post the lexicon places by what it is of."""
    parts = [p.strip() for p in post.split(",")]
    return all(reader.roles.post_words.fullmatch(p) for p in parts if p) and any(parts)


def _attendance_lines(
    text: str, reader: CueReader
) -> Iterator[tuple[tuple[str, ...], str, str | None, int]]:
    """The people an attendance list gives a line each under its label on a line of its own
    ("PRESENT" / "Marcus – Co-chair; expert by experience", or "Committee members in attendance" /
    "Gwenllian Pryse   Committee Chair"): the words they are called by after (the title and
    surname, or the first name alone), the part they came in, the group the label names if any,
    and where the name is. Found where such a label stands (str.find: most documents have none)."""
    if "resent" not in text and "RESENT" not in text and "ttendance" not in text:
        return
    for label in LABEL_LINE.finditer(text):
        group = label.group(1)
        at = label.end() + 1
        if text.startswith("\n", at):
            at += 1  # a record's list, a paragraph under its label's
        columned: list[tuple[tuple[str, ...], list[str], int]] = []
        first = at
        while at < len(text):
            end = _line_end(text, at)
            entry = DASHED_ATTENDEE.fullmatch(text, at, end)
            if entry is not None and not columned:
                title, name, part, post = entry.groups()
                # (the whole name too: "Joanne Pike responded" is met again at its first word)
                words = (*([title] if title else []), *name.split())
                yield words, f"{post} ({part})" if part else post, group, entry.start(2)
            elif at == end or at - first > MAX_COLUMNED:
                break  # the list ends at the first line that is no one's
            elif (row := _columned_row(text, at, end, reader)) is not None:
                columned.append(row)
            elif columned:
                columned[-1][1].append(text[at:end].strip())  # the post goes on
            else:
                break
            at = end + 1
        for words, posts, pos in columned:
            yield words, "; ".join(p for p in posts if p), group, pos


# a legislature's record of its proceedings, as its head calls it; its "Members present" are the
# legislature's elected members, read as the lexicon reads MEMBER_OF_PARLIAMENT
LEGISLATURE_RECORD = re.compile(r"\b(?:Official Report|Hansard|Minutes of Evidence)\b")
RECORD_HEAD = 2000  # characters of a record's head
MEMBER_OF_PARLIAMENT = "member of parliament"
MAX_COLUMNED = 3000  # characters of a columned attendance list (each row looks its name up)


def _columned_row(
    text: str, at: int, end: int, reader: CueReader
) -> tuple[tuple[str, ...], list[str], int] | None:
    """A columned attendance list's line that opens on a person: a name the record uses again,
    whole (the longest such of two or three words) or by its surname, or any name after a title
    ("Sir Peter Lyle Chair"); not a post in capitals ("Chief Executive, ..."). The name's words,
    the post after it, and where it is."""
    entry = COLUMNED_ATTENDEE.match(text, at, end)
    if entry is None or reader.roles.post_words.match(entry.group(2)):
        return None
    title, name = entry.groups()
    words = name.split()
    n = next((k for k in range(len(words), 1, -1) if text.find(" ".join(words[:k]), end) >= 0), 0)
    if not n and (title or re.compile(rf"\b{re.escape(words[1])}\b").search(text, end)):
        n = 2  # "Ms Claire Halloran Partner Member - ..." met again as "Ms Halloran"
    if not n:
        return None
    post_at = entry.start(2)
    for word in words[:n]:
        post_at = text.index(word, post_at) + len(word)
    called = (*([title] if title else []), *words[:n])
    return called, [text[post_at:end].strip()], entry.start(2)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _joined_as(text: str) -> Iterator[re.Match[str]]:
    """`JOINED_AS`'s matches, tried only where one of its verbs stands (str.find)."""
    for verb in JOINED_VERBS:
        at = text.find(verb)
        while at >= 0:
            m = JOINED_AS.search(text, max(0, at - NAME_REACH), at + JOINED_REACH)
            if m is not None and m.start(2) == at + 1:
                yield m
            at = text.find(verb, at + len(verb))


def _aged_people(text: str, reader: CueReader) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The old people a report's story or the press introduces by age ("Mr D, 79, lives alone in
    Harwood", "Bill, 88, a retired care home owner"): each with their name's words, the role of
    what the rest of the sentence opens on, else a lay person's, and where the name stands. (A
    profile gives a professional's age too, "Kershaw, 52, took the job": under OLD_AGE, none.)"""
    fb = reader.roles.lexicon.fallback
    if fb.lay_person is None:
        return
    for c in AGE.finditer(text):
        if max(map(int, re.findall(r"\d+", c.group()))) < OLD_AGE:
            continue
        m = NAME_BEFORE_AGE.search(text, max(0, c.start() - 40), c.start()) or ANONYMISED.search(
            text, max(0, c.start() - 12), c.start()
        )
        if m is None or m.group(1).split()[0].lower() in NOT_FIRST_NAMES:
            continue
        what = RUN_WHAT.match(text, c.end())
        found = reader.roles.read(what.group(0)) if what else None
        # (what opens the rest of the sentence, not whom it describes: "Joan, 78, described the
        # manager of the agency")
        if found is None or found.start > POST_OPENING or found.role in (fb.cited, fb.unknown):
            role = fb.lay_person
        else:
            role = found.role
        yield tuple(w for w in m.group(1).split() if w != "and"), role, m.start(1)


def _running(text: str) -> Iterator[re.Match[str]]:
    """`NAME_RUNS`'s matches, tried only where one of its verbs stands after a capitalised word."""
    for verb in RUN_VERBS:
        at = text.find(verb)
        while at >= 0:
            if text[text.rfind(" ", 0, at) + 1 : at + 1][:1].isupper():
                m = NAME_RUNS.search(text, max(0, at - NAME_REACH), at + len(verb))
                if m is not None and m.start(2) == at + 1:
                    yield m
            at = text.find(verb, at + len(verb))


# a person by the business they own, run or founded: "Gareth Pryce owns and manages a nursing home
# in Ludbridge", "Sharon Pettifer set up Brightwell Home Care in 2009" (what they run is read with
# the verb, by the lexicon's phrases that open on it: "owns * nursing home")
RUN_VERBS = (" owns ", " runs ", " manages ", " founded ", " co-founded ", " set up ")
NAME_RUNS = re.compile(
    rf"\b({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})[ \t]"
    r"(owns(?:[ \t]and[ \t](?:runs|manages))?|runs|manages|founded|co-founded|set[ \t]up)[ \t]"
)
# a person a report anonymises by their initial: "Mr D, 79,", "Mrs H, 84,"
ANONYMISED = re.compile(r"(?<![\w'’-])((?:Mr|Mrs|Ms|Miss)[ \t][A-Z])\Z")
RUN_WHAT = re.compile(r"[^.;:?!()\n]{3,100}")  # ... to the sentence's end


# a person taking up a post: "Ruth Adeyemi joined Oakhurst in January as operations director",
# "Dr Sam Okoro was appointed in May as chief executive", "Anjali Mistry took over as director of
# adult social services" (the post found after "as")
JOINED_VERBS = (
    " joined ",
    " joins ",
    " appointed ",
    " became ",
    " took over ",
    " takes over ",
    " stepped up ",
    " steps up ",
)
JOINED_AS = re.compile(
    rf"\b({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})[ \t](?:has[ \t]|was[ \t]|has[ \t]been[ \t])?"
    r"(joined|joins|appointed|became|took[ \t]over|takes[ \t]over|stepped[ \t]up|steps[ \t]up)"
    r"[ \t](?:[^.;:\n]{0,60}?[ \t])?as[ \t]"
)
JOINED_REACH = 90  # characters from the verb to "as"


def _named_subjects(text: str) -> Iterator[re.Match[str]]:
    """`NAME_IS_POST`'s matches, tried only where the word before "is" or "was" is capitalised
    (most follow a lower-case word, and the regex costs more than that test)."""
    for verb in (" is ", " was "):
        at = text.find(verb)
        while at >= 0:
            k = end = at
            if text[at - 1 : at] == ")":  # "Rachel Odum (chair) is": the name before the bracket
                k = end = max(text.rfind("(", max(0, at - MAX_PART), at) - 1, 0)
            while k > 0 and end - k < MAX_NAME_WORD and text[k - 1].isalpha():
                k -= 1
            if text[k : k + 1].isupper():
                m = NAME_IS_POST.search(text, max(0, end - NAME_REACH), at + len(verb))
                if m is not None and m.end() == at + len(verb):
                    yield m
            at = text.find(verb, at + len(verb))


MAX_NAME_WORD = 20  # letters of a name's last word
MAX_PART = 24  # characters of a part in brackets between a name and its "is"
NAME_REACH = 40  # characters of a name before its "is"


def _post_head_is(post: str, role: str, reader: CueReader) -> bool:
    """The post before the body it is held at, read alone, opens on a phrase of `role`."""
    head = POST_BEFORE_BODY.match(post)
    found = reader.roles.read(head.group(0)) if head is not None and head.group(0) else None
    return found is not None and found.role == role and found.start <= POST_OPENING


def _post_at_body(post: str, found: RoleMatch, reader: CueReader) -> bool:
    """`post` opens on a post the lexicon lists, and the role `found` in it is a body's."""
    return found.kind == "org" and _post_at(post, reader)


def _post_at(post: str, reader: CueReader) -> bool:
    """`post` opens on a post the lexicon lists: "chief executive of ..."."""
    return reader.roles.post_words.match(post.removeprefix("the ").removeprefix("The ")) is not None


def meeting_chair(text: str, reader: CueReader) -> Antecedent | None:
    """The person the head of minutes or an evidence session names "(Chair)" ("Councillor Margaret
    Lowther (Chair)", "Present: Cllr Andrew Lister Leader, Severnmoor County Council (Chair)"), as
    an antecedent named "Chair" too, whom "The Chair said:" is; None if the head names none or
    the lexicon cannot place them."""
    at = text.find(f"({CHAIR})", 0, CHAIR_HEAD)
    if at >= 0:
        start = max(text.rfind(c, 0, at) for c in ENTRY_BREAKS) + 1
    elif (chaired := IN_THE_CHAIR.search(text, 0, CHAIR_HEAD)) is not None:
        # ... or a transcript's label: "CLLR PATRICIA ONSLOW (Leader of the Council, in the
        # Chair):", read with the bracket's post
        at = chaired.start()
        start = text.rfind("\n", 0, at) + 1
    else:
        return None
    entry = text[start:at].strip()
    found = reader.roles.read(entry)
    if not entry or found is None or found.role == reader.roles.lexicon.fallback.cited:
        return None
    name = FULL_NAME.search(entry)
    names = (CHAIR, *(bare_name(name.group()) if name is not None else ()))
    pos = start + (len(text[start:at]) - len(text[start:at].lstrip()))
    return Antecedent(pos, found.role, False, False, names=names, sentence=pos)


CHAIR = "Chair"
CHAIR_HEAD = 4000  # characters at a record's head in which its chair is named
IN_THE_CHAIR = re.compile(rf"[ \t,]in[ \t]+the[ \t]+{CHAIR}\)")  # "(Leader, in the Chair)"
ENTRY_BREAKS = ("\n", ";", ":", ")")  # what ends the entry before a person's


def _run_in_attendance(
    text: str, labels: list[re.Match[str]], reader: CueReader
) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people of an attendance list printed as a table of names and posts, its columns run
    together into one paragraph ("Present: Cllr Andrew Lister Leader, Severnmoor County Council
    (Chair) Dame Fiona Ashworth Chair, NHS ..."): each entry opens on a (titled) name of two words
    that a post the lexicon places follows at once. The name's words, the post, where the name is."""
    for label in labels:
        end = text.find("\n\n", label.end())
        end = len(text) if end < 0 else end
        if end - label.end() > MAX_ATTENDANCE:
            continue
        lines = _lined(text, label.end(), end)
        if lines:
            # a line each, the columns closed up: "Dr Rob Kinsella Chief Executive"
            for line, at in lines:
                names = (*([line.group(1)] if line.group(1) else []), *line.group(2).split())
                yield names, line.string[line.end() :].strip(), at + line.start(2)
            continue
        flat = text[label.end() : end].replace("\n", " ")
        bracketed = ATTENDEE.match(flat)
        if bracketed is not None and (bracketed.group(3) or bracketed.group(4)):
            continue  # names with their posts in brackets (`_attendance`)
        initialled = list(_initialled(flat))
        if initialled:
            # each name after the initials the minutes call them by: "JM Julie Marsden (Chair)
            # Managing Director, Marsden Home Care Ltd AK Amir Khalid Registered Manager, ..."
            for (_, at, name, initials, post_at), after in itertools.zip_longest(
                initialled, initialled[1:]
            ):
                post = flat[post_at : after[0] if after is not None else len(flat)]
                yield (*name, initials), post.strip(), label.end() + at  # "JM said" later
            continue
        entries: list[re.Match[str]] = []
        for start in RUN_IN_START.finditer(flat):
            head = RUN_IN_HEAD.match(flat, start.start())
            if head is None or (entries and start.start() < entries[-1].end()):
                continue
            words = head.group(2).split()
            if any(w.lower() in BODY_NOUNS or reader.roles.read(w) for w in words):
                continue  # "County Council" before "Cllr Jo Brennan"
            if _post_opens(flat, head.end(), reader) and not _post_opens(
                flat, head.start(2) + len(words[0]) + 1, reader
            ):  # the post opens at once after the name ("Claire Hollis Executive Director"), and
                # not already at its second word ("Principal Social Worker")
                entries.append(head)
        for head, after in itertools.zip_longest(entries, entries[1:]):
            post = flat[head.end() : after.start() if after is not None else len(flat)]
            names = (*([head.group(1)] if head.group(1) else []), *head.group(2).split())
            yield names, post.strip(), label.end() + head.start(2)


def _lined(text: str, start: int, end: int) -> list[tuple[re.Match[str], int]]:
    """The lines of an attendance list between `start` and `end` when there are at least
    MIN_LINED and each opens on a (titled) name of two words and then more words: each line's
    name match and where the line starts; else nothing."""
    out = []
    at = text.find("\n", start, end) + 1
    while 0 < at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        head = RUN_IN_HEAD.match(text[at:stop])
        if head is None or head.end() == stop - at:
            return []
        out.append((head, at))
        at = stop + 1
    return out if len(out) >= MIN_LINED else []


MIN_LINED = 3  # lines of names and posts that make an attendance list a line each


def _initialled(flat: str) -> Iterator[tuple[int, int, tuple[str, ...], str, int]]:
    """The entries of a run-in attendance list that give each person's initials before their name
    ("JM Julie Marsden (Chair) Managing Director, ..."): where the entry and its name are, the
    name's words, the initials and where the post opens. The name is the words the initials are
    the initials of."""
    for m in INITIALLED.finditer(flat):
        words = m.group(2).split()
        for n in range(len(words), 1, -1):
            name = " ".join(words[:n])
            if _initials_of(name) == m.group(1):
                end = m.start(2) + len(name)
                aside = INITIALLED_ASIDE.match(flat, end)
                post_at = aside.end() if aside else end
                yield m.start(1), m.start(2), tuple(words[:n]), m.group(1), post_at
                break


def _post_opens(text: str, at: int, reader: CueReader) -> bool:
    """A post the lexicon places opens text[at:]: a role's head noun or phrase ("Cabinet Member
    for ...", "Unpaid carer") or a post held at an organisation ("Chief Executive, ...")."""
    rest = text[at : at + RUN_IN_POST]
    if reader.roles.post_words.match(rest):
        return True
    doc = reader.roles.make(rest)
    return any(m.start == 0 and m.kind != "org" for m in reader.roles.matches(doc, rest))


# where such an entry may open, and its title and two-word name
RUN_IN_START = re.compile(r"(?<![\w'’-])(?=[A-Z])")
RUN_IN_HEAD = re.compile(
    rf"(?:({TITLE})[ \t]+)?({NAME_WORD}[ \t]{NAME_WORD})[ \t]+(?:[-–—][ \t]+(?=[A-Za-z])|(?=[A-Z]))"
)
RUN_IN_POST = 60  # characters of the words after a name in which its post must open
# ... or its initials, a (titled) name they are the initials of, and an aside in brackets
INITIALLED = re.compile(
    rf"(?<![\w'’-])([A-Z]{{2,4}})[ \t]+(?:{TITLE}[ \t]+)?({NAME_WORD}(?:[ \t]{NAME_WORD}){{1,3}})"
)
INITIALLED_ASIDE = re.compile(r"[ \t]*\([^()]{2,30}\)")  # "(Chair)" after the name


def _paragraph_labels(text: str) -> Iterator[re.Match[str]]:
    """Attendance labels opening a paragraph, tried only where one of their words stands (str.find
    is much faster than a regex scan of the whole text)."""
    starts = set()
    for word in ATTENDANCE_WORDS:
        at = text.find(word)
        while at >= 0:  # the label opens its paragraph: a blank line just before the word
            para = text.rfind("\n\n", max(0, at - LABEL_REACH), at)
            if para >= 0 or at <= LABEL_REACH:
                starts.add(para + 2 if para >= 0 else 0)
            at = text.find(word, at + len(word))
    for start in sorted(starts):
        label = ATTENDANCE.match(text, start)
        if label is not None:
            yield label


def _initials_of(name: str) -> str:
    """ "Helen Marsh-Kirby" -> "HMK"."""
    return "".join(part[0] for part in re.split(r"[ \t-]+", name) if part)


# whoever owns or runs a business the sentence names: "Larkspur Court is a 38-bed residential
# home ..., owned since 2011 by Imran and Nadia Siddiqui", "an agency run by Tom Reed"
OWNED_BY = re.compile(
    r"\b(?:owned|run|managed)(?:[ \t]+(?:since|from|in)[ \t]+\d{4})?[ \t]+by[ \t]+"
    rf"((?:{TITLE}[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD})?"
    rf"(?:[ \t]+and[ \t]+(?:{TITLE}[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD})?)?)\b"
)
OWNED_BACK = 160  # characters of the sentence before "owned by" that may name the business
IS_A = re.compile(r"\b(?:is|was|are|were)[ \t]+(?=an?\b)")


def _owners(text: str) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """The people a sentence says own, run or manage the business it names, each with the words
    that name them (a couple's shared surname for both: "Imran and Nadia Siddiqui"), the sentence
    up to the verb (what the business is) and where their names are."""
    for m in anchored(text, " by ", OWNED_BY, 40, 80):
        lo = max(0, m.start() - OWNED_BACK)
        stop = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()))
        business = text[stop + 1 if stop >= 0 else lo : m.start()]
        # what the sentence says the business is ("Larkspur Court is a 38-bed residential home")
        business = IS_A.split(business)[-1].strip(" ,")
        people = m.group(1).split(" and ")
        surname = people[-1].split()[-1] if len(people[-1].split()) > 1 else ""
        at = m.start(1)
        for person in people:
            words = tuple(w for w in person.split() if w.rstrip(".") not in HONORIFICS)
            if len(words) == 1 and surname:
                words = (*words, surname)
            if words:
                yield words, business, at
            at += len(person) + len(" and ")


def anchored(
    text: str, needle: str, pattern: re.Pattern[str], back: int, ahead: int
) -> Iterator[re.Match[str]]:
    """`pattern`'s matches that hold a `needle`, found from each occurrence of the needle with
    str.find and searched for in the characters around it (str.find is much faster than a regex
    that opens on a character class)."""
    at = text.find(needle)
    while at >= 0:
        m = pattern.search(text, max(0, at - back), min(len(text), at + ahead))
        if m is not None and m.start() <= at < m.end():
            yield m
        at = text.find(needle, at + len(needle))


def _bracketed(item: str) -> list[re.Match[str]]:
    """The names of a list item that each carry their post in brackets, when that is all it is."""
    if "(" not in item:
        return []
    found = list(LISTED_BRACKETS.finditer(item))
    if not found or found[0].start() or found[-1].end() < len(item.rstrip(" \t.")):
        return []
    if any(item[a.end() : b.start()].strip() != "," for a, b in itertools.pairwise(found)):
        return []  # names in brackets here and there in a sentence, not a list
    return found


BODY_FIRST = re.compile(r"([A-Z][^,;()]{2,80}?)[ \t]*(?:,|\()[ \t]*([a-zA-Z][^,;()]{2,80})")


def _read_post_at_body(post: str, reader: CueReader) -> RoleMatch | None:
    """A list's post whose last part after a comma names the body it is held at ("Deputy Director,
    Adult Social Care Delivery, DHSC (items 3-4, Teams)"), read as the post at that body ("...
    at DHSC"), as a credit's "<post> at <body>" is; else the post as it stands."""
    head, comma, body = TRAILING_BRACKETS.sub("", post).rpartition(", ")
    at_body = reader.roles.read(body) if comma else None
    if at_body is not None and at_body.kind == "org":
        found = reader.roles.read(f"{head} at {body}")
        if found is not None:
            return found
    return reader.roles.read(post)


TRAILING_BRACKETS = re.compile(r"(?:[ \t]*\([^()\n]*\))+[ \t]*$")  # "(items 3-4, Teams)"


def _read_body_first(post: str, reader: CueReader) -> RoleMatch | None:
    """A list's post that names the body first and then the post held there ("Skills for Care
    (locality manager, Three Rivers)", "Westmere County Council, Assistant Director"), read as the
    post at the body, as "locality manager at Skills for Care" is; None if the post names no body
    first ("Chief Executive, Carers Compass") or the reading places no one."""
    m = BODY_FIRST.match(post)
    if m is None:
        return None
    body = reader.roles.read(m.group(1))
    if body is not None and body.kind != "org":
        return None  # a post or a person first, not a body
    found = reader.roles.read(f"{m.group(2).strip()} at {m.group(1).strip()}")
    fb = reader.roles.lexicon.fallback
    return found if found is not None and found.role not in (fb.cited, fb.unknown) else None


def poster_profiles(text: str, reader: CueReader) -> list[Antecedent]:
    """People a social network's page profiles (its "Relevant people": a poster's card, then a
    paragraph of what they are - "Helen Okafor @MarshHouseHelen Follow" over "Owner & manager,
    Marsh House Care Home. 38 residents, ..."), as antecedents their posts find by name: a card
    whose next paragraph is no post's (no counts after it) and whose first sentence the lexicon
    places as a person's post."""
    if " @" not in text and "\n@" not in text:  # most documents have no handle at all (an
        # email address's "@" follows a letter)
        return []
    out: list[Antecedent] = []
    cited = reader.roles.lexicon.fallback.cited
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    for i, (lo, hi) in enumerate(paragraphs[:-1]):
        card = POSTER_CARD.fullmatch(text, lo, hi)
        if card is None:
            continue
        blo, bhi = paragraphs[i + 1]
        after = paragraphs[i + 2] if i + 2 < len(paragraphs) else None
        if after is not None and POST_FURNITURE.fullmatch(text, *after):
            continue  # a post, its counts under it
        first = re.split(r"(?<=[.!?])\s", text[blo:bhi], maxsplit=1)[0]
        found = read_post(first.rstrip("."), reader)[1]
        if found is None or found.role == cited:
            continue
        if found.kind == "org" and not _person_at_body(first, reader):
            continue  # a body's own profile, no person's ("Wensmoor Carers Forum. Support ...")
        names = tuple(w for w in card.group(1).split() if w[:1].isupper())
        out.append(Antecedent(lo, found.role, False, False, names=names, sentence=lo))
    return out


def _person_at_body(post: str, reader: CueReader) -> bool:
    """The words before a post's body name a person's post: "Owner" of "Owner, Ellery Care Homes",
    "Chief Executive" of "Chief Executive, Carers Compass"."""
    head = post.partition(",")[0].partition(" of ")[0]
    found = reader.roles.read(head)
    return bool(reader.roles.post_words.search(head)) or (found is not None and found.kind != "org")


def read_post(post: str, reader: CueReader) -> tuple[str, RoleMatch | None]:
    """A signature's or a credit's post, and what the lexicon makes of it: read first as a post
    at the body after its comma ("Chief Executive, Carers Compass" as "Chief Executive of Carers
    Compass", a body the lexicon may not list), else as written ("Carers" alone would make her a
    carer)."""
    if ", " in post:
        at_body = post.replace(", ", " of ", 1)
        found = reader.roles.read(at_body)
        if found is not None:
            return at_body, found
    return post, reader.roles.read(post)


def _signed_above(text: str, item: str, at: int) -> re.Match[str] | None:
    """The name on the line above a post, as a letter or a foreword is signed: the whole line a
    person's name, the post's line whole and no sentence ("Chief Executive, Carers Compass")."""
    if at < 2 or text[at - 1] != "\n" or len(item) > SIGNED_POST or item.rstrip()[-1:] in ".!?:":
        return None
    above = text.rfind("\n", max(0, at - 1 - SIGNED_NAME), at - 1) + 1
    if above == 0 and at - 1 > SIGNED_NAME:
        return None  # the line above is no name: longer than one can be
    if not text.startswith(item, at):
        return None  # an item after the line's first ";"
    return FULL_NAME.fullmatch(text, above, at - 1)


def _more_names(doc: Doc, role_at: int) -> bool:
    """The words after a name's comma, up to the role word at `role_at`, are more names and an
    "and" ("Robert Keane and Professor Farouk"): a list of people, the role the last one's."""
    for j in range(2, role_at):
        if doc[j].lower_ == "and":
            return doc[j + 1].is_title and all(t.is_title or t.text == "," for t in doc[:j])
    return False


def _names_brackets(text: str) -> Iterator[re.Match[str]]:
    """NAMES_BRACKET's matches after a word in lower case, tried only at each " (" (str.find: a
    regex looking behind every character costs more than the brackets are worth)."""
    at = text.find(" (")
    while at >= 0:
        if at and text[at - 1].islower() and (m := NAMES_BRACKET.match(text, at)) is not None:
            yield m
        at = text.find(" (", at + 2)


def _initialled_rows(text: str) -> Iterator[tuple[str, str, str, int]]:
    """The name, initials, post and the name's place of each of a list's members set out in
    columns (see INITIALLED_ROW), tried only on the lines where initials in brackets stand before
    a capital ("(CT) Chief"): most documents have none. A list whose lines the copy joined into one
    gives a member from each bracket to the next member's name: "Officers Dennis Mulhearn (DM)
    Branch Chair; reablement support worker ... Angela Fairbrother (AF) Branch Secretary; ..."."""
    marks: dict[int, list[re.Match[str]]] = {}  # the marks on each line, by the line's start
    for mark in INITIALS_BEFORE_POST.finditer(text):
        marks.setdefault(text.rfind("\n", 0, mark.start()) + 1, []).append(mark)
    for start, on_line in marks.items():
        if len(on_line) == 1:
            if (row := INITIALLED_ROW.match(text, start)) is not None:
                yield row.group(1), row.group(2), row.group(3), row.start(1)
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        named = [_named_before(text, start, m) for m in on_line]
        for k, (mark, name) in enumerate(zip(on_line, named, strict=True)):
            if name is None:
                continue
            stop = next((n[1] for n in named[k + 1 :] if n is not None), end)
            post = text[mark.end() - 1 : stop].strip()
            yield name[0], mark.group(1), post, name[1]


def _named_before(text: str, start: int, mark: re.Match[str]) -> tuple[str, int] | None:
    """The name right before a member's initials in brackets, on the line from `start`, whose
    initials they are ("Dennis Mulhearn" of "Officers Dennis Mulhearn (DM)"), and where it is."""
    end = mark.start()
    while end > start and text[end - 1] in " \t":
        end -= 1
    m = NAME_BEFORE.search(text, max(start, end - MAX_MEMBER), end)
    if m is None:
        return None
    words, at = m.group(1).split(), m.start(1)
    for k in range(len(words) - 1):
        if _initials_of(" ".join(words[k:])) == mark.group(1):
            return " ".join(words[k:]), at + len(" ".join(words[:k])) + (1 if k else 0)
    return None


def _grouped_pseudonyms(text: str, reader: CueReader) -> Iterator[tuple[str, str, int]]:
    """The participants a study lists by group, their pseudonyms in brackets (NAMES_BRACKET): each
    bare name with its group's role, a name with a post after it ("Paul, an assistant director of
    adult social care") with the post's, else the group's. Yields (name, role, where the name
    is); a bracket whose words the lexicon places itself ("(Relative, Willowmere)") is no list."""
    roles = reader.roles
    cited = roles.lexicon.fallback.cited
    for m in _names_brackets(text):
        lead = text[max(0, m.start() - GROUP_REACH) : m.start()]
        opens = GROUP_OPENS.match(lead)
        group = lead[opens.end() :] if opens is not None else lead
        if not group.split() or not group.split()[-1][:1].islower():
            continue  # a name's bracket: "Cllr Dunmore (Labour, Northgate)"
        content, at = m.group(1), m.start(1)
        bare = BARE_APART.split(content)
        listed: list[tuple[str, RoleMatch | None, int]] = []  # each name, its own post, where
        if all(BARE_NAME.fullmatch(w) for w in bare):
            if any(w.lower() in NOT_FIRST_NAMES for w in bare):
                continue
            pos = at
            for name in bare:
                pos = text.find(name, pos)
                listed.append((name, None, pos))
        else:
            pos = at
            for item in ITEMS_APART.split(content):
                pos = text.find(item, pos)
                apposed = APPOSED.fullmatch(item.strip())
                if (
                    apposed is None
                    or not apposed.group(2)[:1].islower()  # "(Ashdown, Mensah and ..., 2023)"
                    or roles.read(apposed.group(1)) is not None  # "(Director, county council)"
                ):
                    listed = []
                    break  # not a list of names
                listed.append((apposed.group(1), roles.read(apposed.group(2)), pos))
        if not listed:
            continue
        found = roles.read(group)  # the group's role, for the names no post of their own places
        group_role = found.role if found is not None and found.role != cited else None
        for name, post, pos in listed:
            role = post.role if post is not None and post.role != cited else group_role
            if role is not None:
                yield name, role, pos


def _table_rows(text: str) -> Iterator[tuple[str, str, int]]:
    """The rows of a table of participants under its header ("Pseudonym  Role at start of
    programme  Sector  Cohort"): a row a line, the name first ("Grace  Registered manager, care
    home  Independent provider  1"); or, where the cleaner has closed up a table whose rows carry
    a code, each row opening on its name and code ("Adaeze DASS Director of adult social services
    Metropolitan borough, North West Rajinder DASS ..."). Yields (name, post, where the name is);
    found where a header word stands (str.find: few documents have such a table)."""
    for word in TABLE_HEADER_WORDS:
        at = text.find(word)
        while at >= 0:
            header = TABLE_HEADER.match(text, at)
            at = text.find(word, at + len(word))
            if header is None or (header.start() and text[header.start() - 1] != "\n"):
                continue
            body = header.end()  # the rows' paragraph, after the blank line
            end = text.find("\n\n", body)
            end = len(text) if end < 0 else end
            rows = text[body:end].split("\n")
            if len(rows) == 1 and "Code" in header.group(0):
                rows = JOINED_ROW.split(rows[0])
            pos = body
            for row in rows:
                pos = text.find(row, pos)
                m = TABLE_ROW.match(row)
                if m is not None and m.group(1).lower() not in NOT_FIRST_NAMES:
                    # the post with the code before it: a role's own abbreviation may stand as
                    # the code ("Priya  DASS  Metropolitan borough", "Sian  RM  Home care agency")
                    yield m.group(1), row[m.end(1) :].strip(), pos
                pos += len(row)


# a participants table's header row, and its rows: a name, maybe a code, the post
TABLE_HEADER_WORDS = ("Pseudonym", "Participant", "Interviewee")
TABLE_HEADER = re.compile(
    r"(?:Pseudonym|Participant|Interviewee)[ \t][^\n]{0,80}?\bRole\b[^\n]*\n\n?"
)
TABLE_ROW = re.compile(r"[ \t]*([A-Z][a-z'’-]+)[ \t]+(?:[A-Z]{2,5}[ \t]+)?[A-Z][^\n]{3,150}")
JOINED_ROW = re.compile(r"[ \t]+(?=[A-Z][a-z'’-]+[ \t][A-Z]{2,5}[ \t])")


def _title_caps(item: str) -> str:
    """A cast list's name in capitals before its dash, in title case, the rest as written:
    "TREVOR - owner of two residential care homes, Longton" (a transcript's labels are its
    names in capitals too). The same length, so offsets hold."""
    m = CAPS_BEFORE_DASH.match(item)
    if m is None and len(item) <= MAX_HEADING and item.isupper():
        return item.title()  # a heading in capitals: "STAFF SPOTLIGHT: GRACE ADEYEMI, SENIOR CARER"
    return item if m is None else m.group(1).title() + item[m.end(1) :]


def _list_items(text: str) -> Iterator[tuple[str, int]]:
    """The short lines of `text` (and their ';' items) with a comma, and where each starts; and
    whole, the lines of a member known by initials, a dash before their post ("Linda Hargreaves
    (LH) – Brookfield Care Homes (owner; three residential homes)")."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= MAX_LINE and INITIALS_DASH.match(text, start, end):
            yield text[start:end], start
        elif end - start <= MAX_LINE and ", " in text[start:end]:
            at = start
            for item in text[start:end].split(";"):
                yield item, at
                at += len(item) + 1
        start = end + 1


POST_STOPS = frozenset([",", ".", ";", ":", "(", ")", "!", "?", "who", "which", "that", "and"])


def _hyphen_in_name(doc: Doc, k: int) -> bool:
    """Token k is the hyphen of a double-barrelled name, no space either side: "Pryce-Ellis"."""
    return (
        doc[k].text == "-"
        and k + 1 < len(doc)
        and not doc[k].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k + 1].is_title
        and doc[k + 1].is_alpha
    )


def _name_in_post(doc: Doc, end: int, stop: int) -> tuple[str, ...]:
    """The name that closes a post's words without a comma, before its verb: "Chief social worker
    for adults Matthew Ogunleye opens the session" - two or three capitalised words after a
    lower-case word that is no stop word (after a preposition or an article they name a place or
    a body: "director of adult social services at Wyvern County Council said")."""
    k = end + 1
    while k < stop and not doc[k].is_title:
        k += 1
    if k >= stop or doc[k - 1].is_stop or not doc[k - 1].is_lower:
        return ()
    name: list[str] = []
    while k < stop and len(name) < 4:
        if name and _hyphen_in_name(doc, k):
            name[-1] += "-" + doc[k + 1].text
            k += 2
        elif doc[k].is_title and doc[k].is_alpha:
            name.append(doc[k].text)
            k += 1
        else:
            break
    if not 2 <= len(name) <= 3 or not (k < len(doc) and doc[k].is_lower and doc[k].is_alpha):
        return ()
    return tuple(name)


def post_end(doc: Doc, end: int) -> int:
    """Where the post that a role mention opens ends: at the clause's next comma, stop, relative
    pronoun or "and" ("deputy director of commissioning at the clinical commissioning group"),
    but not an "and" inside the post's name or its remit ("director of strategy and partnerships
    at the ICB")."""
    k = end
    while (
        k < len(doc)
        and k - end < 20
        and (doc[k].lower_ not in POST_STOPS or _joins_name(doc, k) or _joins_remit(doc, k))
    ):
        k += 1
    return k


def _joins_remit(doc: Doc, k: int) -> bool:
    """Token k is "and" between two lower-case nouns of a post's remit, the second followed by the
    preposition the post goes on with: "strategy and partnerships at", "quality and safety for"."""
    return (
        doc[k].lower_ == "and"
        and 0 < k < len(doc) - 2
        and doc[k - 1].is_lower
        and doc[k + 1].is_lower
        and doc[k + 1].is_alpha
        and not doc[k + 1].is_stop
        and doc[k + 2].lower_ in REMIT_ENDS
    )


def _joins_name(doc: Doc, k: int) -> bool:
    """Token k ("and", "&") joins two capitalised words of one name: "NHS Fennmoor and Wyre ICB"."""
    return (
        doc[k].lower_ in ("and", "&")
        and 0 < k < len(doc) - 1
        and doc[k - 1].is_title
        and doc[k + 1].is_title
    )


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def names_pattern(known: dict[str, Antecedent]) -> re.Pattern[str]:
    """One regex for the capitalised forms of the known name words (it changes only as people are
    met, so it is compiled once per set of names)."""
    key = tuple(sorted(known))
    pattern = _PATTERNS.get(key)
    if pattern is None:
        if len(_PATTERNS) > 256:
            _PATTERNS.clear()
        # the words as the text wrote them too, for capitals inside a name: "McEvoy", "DeSouza"
        written = {
            n for a in known.values() for n in a.names if not n.istitle() and n.lower() in known
        }
        # capitalised as names are, each part of a hyphenated one too ("Osei-Bennett"); a hyphen
        # or an apostrophe joins a longer name, so "Bennett" is not met in "Osei-Bennett"
        forms = sorted(
            {f for w in known for f in (w[:1].upper() + w[1:], _capitalised(w))} | written
        )
        forms += sorted(w.upper() for w in known if len(w) <= INITIALS)  # "KA", a member's initials
        pattern = _PATTERNS[key] = whole_words(forms, joiners="'’-")
    return pattern


def _capitalised(word: str) -> str:
    """ "osei-bennett" -> "Osei-Bennett", "o'neill" -> "O'Neill"."""
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


class LowerWords:
    """Whether a document writes a word in lower case ("care" in "Wearmouth Care Providers
    Forum" is; "pryce" is not), found when first asked and remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = self._written(word)
        return found

    def written_as(self, word: str) -> bool:
        """Whether the document writes `word` as it is given (a person's initials, "MO")."""
        key = "\x00" + word  # apart from the lower-case words
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = self._written(word)
        return found

    def _written(self, word: str) -> bool:
        """The word stands on its own somewhere (str.find: most names never occur in lower case,
        and a common word's first occurrence usually settles it)."""
        text, n = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1 : at] if at else ""
            after = text[at + n : at + n + 1]
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                return True
            at = text.find(word, at + 1)
        return False


def remember(
    known: dict[str, Antecedent], ante: Antecedent, words: LowerWords, unplaced: str = ""
) -> None:
    """Index a named person's antecedent by each of their name words - those the document never
    writes in lower case ("Pryce", not the "Care" of "Wearmouth Care Providers Forum"). A role a
    person was quoted in is not undone by a later mention in the narrative ("Okonkwo came into
    social care as a residential support worker") - unless it was `unplaced`, the role of a name
    the cue gave nothing else of ("Pauline Henshaw says she feels 'invisible'" before "Pauline
    Henshaw has looked after her husband Derek")."""
    if ante.person and ante.names:
        names = ante.names
        initials = name_initials(names)
        if initials is not None and words.written_as(initials):
            # "Cllr Margaret Osei (HCC, Cabinet Member ...)" then "MO said": minutes call people
            # met by name by their initials
            names = (*names, initials)
        for name in names:
            low = name.lower()
            prev = known.get(low)
            if (
                low == "i"
                or low in HONORIFICS
                or (
                    prev is not None
                    and prev.quote is not None
                    and ante.quote is None
                    and (prev.role != unplaced or ante.role == unplaced)
                )
            ):
                continue  # "I" is nobody's name, nor is a title ("Mr Bassi" is no "Mr Dobbin")
            # (initials that spell a common word are theirs too: "AS (ICB) gave an update", in
            # capitals only - see re_mention)
            if low not in words or (name.isupper() and 2 <= len(name) <= INITIALS):
                known[low] = ante
                if "-" in low:  # "Osei-Bonsu" is met again as its first token, "Osei"
                    known[low.split("-")[0]] = ante


def is_initials(token: Token) -> bool:
    """A person's initials standing for them, as minutes write them: "KA", "HMK"."""
    return token.is_upper and token.is_alpha and len(token) <= INITIALS


def re_mention(
    doc: Doc, span: Span, word: str, known: dict[str, Antecedent], covered: set[int]
) -> bool:
    """The tokens `span` (the name word `word`: "Pryce", or "Osei-Bennett" in three tokens) name a
    person met before: a capitalised word of their name, alone or opening their name ("Pryce
    accepts", "Mr Bellamy", "Dr Anjali Raman offered"), not inside a longer capitalised name
    ("Ashvale Care Homes") nor a possessive ("Mahal's agency")."""
    t = span[0]
    if not ((t.is_title or is_initials(t)) and word in known and t.i not in covered):
        return False
    called = known[word].names
    if not is_initials(t) and (word.upper() in called or name_initials(called) == word.upper()):
        return False  # a person's initials in capitals only: "As a result" is no "AS"
    before = doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.lower_ == "the":
        return False  # a place by a name's words: "on the Holme Road estate"
    titled = GENDERED_WORDS.get(before.lower_.rstrip(".")) if before is not None else None
    if titled is not None and _gender_of(called) not in ("", titled):
        return False  # "Mr Halloran" after "Ann Halloran": her husband, not her
    if (
        before is not None
        and before.is_title
        and before.lower_ not in HONORIFICS
        and not (before.lower_ in SENTENCE_OPENERS and _opens_sentence(before))
    ):
        return False  # "Sunita Mahal" once, at its first word; but "For Holt, the change means"
    k = span.end
    while k < len(doc) and (doc[k].is_title or doc[k].is_upper) and k - t.i < 4:
        if known.get(doc[k].lower_) is not known[word] and doc[k].text not in known[word].names:
            return False  # the name runs on into words that are not this person's
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in POSTS and doc[k + 1].is_title:
        return False  # a place before a post and a name: "Hazel Lodge manager Paul Whitlock"
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in ("and", "&")
        and doc[k + 1].is_title
        and doc[k + 1].lower_ not in known
    ):
        return False  # a body's name, joined: "Wyvern and Borders Integrated Care Board"
    return not (k < len(doc) and doc[k].lower_ in POSSESSIVE)


def _gender_of(names: tuple[str, ...]) -> str:
    """The gender a title among `names` gives ("Mr Pearce": "m"), else the given name's."""
    for n in names:
        if (g := GENDERED_WORDS.get(n.lower().rstrip("."))) is not None:
            return g
    return given_gender(names)


def _met(tok: Token) -> bool:
    """The token is the person met or spoken to, whom the words after it describe: "I met Karen,
    whose dad has been at Larchfield", "we talked to Joy, one of the senior carers"."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in MET


def _opens_sentence(tok: Token) -> bool:
    """The token stands first in its sentence: after a full stop, a line break, or nothing."""
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.text in (".", "!", "?", ":", ";")


def mention_names(
    doc: Doc,
    start: int,
    end: int,
    *,
    before_only: bool = False,
    org: bool = False,
    kin: bool = False,
) -> tuple[str, ...]:
    """The name beside a role mention in the narrative: "Councillor Graham Pettifer, who has led
    the council", "Gail Summers, Assistant Director", "council leader Ann Bell", and in a list of
    witnesses or guests "Marcus Oyelaran, President, Association of Directors of Adult Social
    Services" - so that a later "Pettifer says" or "Oyelaran told MPs" finds the role."""
    after: list[str] = []
    k = end
    if not before_only and k < len(doc) and doc[k].lower_ in ("of", "for", "at"):
        # the rest of the post: "director of place for Wendham, Gareth Lowe,"
        k = post_end(doc, end)
        named = _name_in_post(doc, end, k)
        if named:
            return named
    # the name right after the post, or in commas after it: "Its registered manager, Precious
    # Ndlovu, has been in post since 2016"
    if not before_only and k < len(doc) and doc[k].lower_ in POSSESSIVE:
        # a body and its post: "the Foundation's chief executive, Dr Samuel Okonjo"
        j = k + 1
        while j < len(doc) and j - k <= POST_WORDS and doc[j].is_lower and doc[j].is_alpha:
            j += 1
        if j > k + 1 and j < len(doc) and doc[j].text == ",":
            k = j
    comma = not before_only and k + 2 < len(doc) and doc[k].text == ","
    at = k  # where the post ends
    k += comma
    if not (before_only or comma) and k + 1 < len(doc) and doc[k].lower_ in ("called", "named"):
        k += 1  # the post, then the name it goes by: "a care worker called Marion"
    if not (before_only or comma) and k + 2 < len(doc) and doc[k].lower_ == "is":
        # the post, then who holds it: "One of those senior carers is Lacey Whitmore, 29, who"
        named = _name_after(doc, k + 1)
        if named:
            return named
    while not before_only and k < len(doc) and len(after) < 3:
        tok = doc[k]
        if after and _hyphen_in_name(doc, k):
            after[-1] += "-" + doc[k + 1].text  # "Care minister Joanne Pryce-Ellis"
            k += 2
            continue
        if not (tok.is_title and tok.is_alpha) or tok.lower_ in NOT_NAME_WORDS:
            break
        after.append(tok.text)
        k += 1
    while comma and after and k < len(doc) and doc[k].text in POST_NOMINALS:
        k += 1  # "the Minister of State for Care, Caroline Ashdown MP, and officials"
    if kin and comma and len(after) == 1 and k < len(doc) and doc[k].text in KIN_NAME_ENDS:
        return tuple(after)  # a relative, then their first name: "his son, Mark;"
    if comma and not (len(after) >= 2 and k < len(doc) and doc[k].text in NAME_ENDS):
        # "the director, Norfolk's ..." is no name: two words, and a comma after them, a dash
        # opening an aside, or the sentence's end ("chaired by the Foundation's chief executive,
        # Dr Samuel Okonjo.", "The home's registered manager, Bernadette Cullane - Bernie to
        # everyone - has run the place")
        after, k = [], at
    if after and not (k < len(doc) and doc[k].text == ":"):  # not the next label of a cast list
        return tuple(after)
    if not org and (named := _named_as(doc, start)):
        return named
    k = start - 1
    if org:  # the rest of the organisation's name: "chief executive of Brookvale Care"
        while k >= 0 and start - k <= 3 and doc[k].is_title:
            k -= 1
        start = k + 1
    while k >= 0 and start - k <= 5:
        # "Karen Liddle, home care worker", "X has been the government's chief ...", "Gary
        # Pollitt was Brightwell's registered manager" (each token fetched once: doc[k] makes a
        # new Token)
        tok = doc[k]
        if not (
            (tok.is_lower and tok.is_alpha)
            or tok.lower_ in POSSESSIVE
            or (tok.is_title and doc[k + 1].lower_ in POSSESSIVE)
        ):
            break
        k -= 1
    left = doc[k] if k >= 0 else None  # the token before the mention and its words
    at_comma = left is not None and left.text == ","
    name_end = k + 1  # where the name before a verb phrase ends
    if left is not None and left.text == ")" and (opened := _aside_open(doc, k)) is not None:
        # a name and an aside in brackets: "Tom (a pseudonym) uses a direct payment"
        name_end, left = opened, doc[opened - 1]
    if (
        left is not None
        and left.is_title
        and (
            _copula_after(doc, k + 1, start)
            or _takes_post(doc, k + 1, start)
            or _holds_role(doc, k + 1, start, end)
            or (
                all(doc[j].lower_ in AUXILIARIES for j in range(k + 1, start))
                and doc[start].is_lower
            )
        )
    ):
        # "Grace Mensah has been registered manager of ...", "Jane Cole is a care worker", or a
        # verb phrase right after the name: "Malcolm Reid cares for his wife", "Pauline Henshaw
        # has looked after her husband"
        name = _title_words_before(doc, name_end, comma_required=False)
        if len(name) >= 2 or (name and not left.is_stop and left.lower_ not in PRONOUNS):
            return name  # a surname alone too: "Desai became director of adult social services"
    if k >= 3 and at_comma and doc[k - 1].like_num and doc[k - 2].text == ",":
        # "Dev, 44, cares for his son", "Mark Ellery, 52, is registered manager": a name, an age
        aged = _title_words_before(doc, k - 2)
        if aged:
            return aged
    if k >= 3 and at_comma and doc[k - 1].is_title:
        # "Pat, from Holmby, cares for her husband": a name, where they are from; or a caller
        # and their town: "Let's go to Kelly in Lowerby, who works in a care home"
        j = k - 1
        while j > k - 4 and doc[j - 1].is_title:
            j -= 1
        placed: tuple[str, ...] = ()
        if doc[j - 1].lower_ == "from" and j >= 3 and doc[j - 2].text == ",":
            placed = _title_words_before(doc, j - 2)
        elif doc[j - 1].lower_ == "in" and j >= 2 and doc[k + 1].lower_ in ("who", "a", "an"):
            placed = _title_words_before(doc, j - 1, comma_required=False)
        if placed:
            return placed
    if left is not None and not at_comma:
        k = before_name(doc, start, 0)  # the rest of an organisation's name: "NHS Severn Vale ICB"
    first = _title_words_before(doc, k)
    if (
        len(first) == 1
        and doc[k].text == ","
        and (
            # "Helen, whose mother ...", "Raman, now operations director and nominated
            # individual at Cedarfield Care, is one of"
            doc[k + 1].lower_ in ("a", "an", "who", "whose", "now")
            # "Joy, one of my senior carers, has worked here for eleven years"
            or (doc[k + 1].lower_ == "one" and doc[k + 2].lower_ == "of")
        )
        and (_opens_sentence(doc[k - 1]) or _met(doc[k - 1]))
        and first[0].lower() not in NOT_FIRST_NAMES | PRONOUNS
    ):
        # a first name opening its sentence, then who they are: "Sade, a senior carer", "Gary,
        # who has worked as a care worker for 12 years,", "Joy, one of my senior carers,"
        return first
    post = len(first) < 2 or any(w.lower() in POSTS for w in first)
    if post and k - len(first) - 1 >= 0 and doc[k - len(first) - 1].text == ",":
        # "Name, Post, Organisation": the post ("President", "Chief Executive") stands between
        second = _title_words_before(doc, k - len(first) - 1)
        if len(second) >= 2:
            return second
    opens = k - len(first) - 2 * sum(w.count("-") for w in first)  # the name's first token
    if opens > 0 and doc[opens - 1].lower_ == "the":
        # a place or a body, not a person: "runs 14 homes across West Yorkshire and the North
        # East, employs around 900 people"
        return ()
    if end < len(doc) and doc[end].lower_ in CLAUSE_VERBS and doc[k].text == ",":
        # no apposition but the subject of a clause of its own: "According to Mr Ashdown,
        # self-funders are paying ..."
        return ()
    return first if len(first) >= 2 and not post else ()


# verbs after a plural or a bare noun that make it a clause's subject, no apposition
CLAUSE_VERBS = frozenset(["are", "were", "have", "had", "will", "would", "can", "could", "must"])
MET = frozenset(["met", "meet", "meeting", "to", "with"])  # before a first name it introduces
AS_POST_WORDS = frozenset(["interim", "acting", "new", "permanent", "its", "their", "our", "the"])


def _named_as(doc: Doc, start: int) -> tuple[str, ...]:
    """The whole name of someone appointed to the post at token `start`: "appointed Dr Sunil
    Mehra as Interim Executive Director of Adult Social Care", "named Jo Hart as its new chief
    executive"."""
    j = start - 1
    while j > 0 and start - j <= 2 and doc[j].lower_ in AS_POST_WORDS:
        j -= 1
    if j < 1 or doc[j].lower_ != "as":
        return ()
    name = _title_words_before(doc, j, comma_required=False)
    return name if len(name) >= 2 else ()


def _takes_post(doc: Doc, i: int, end: int) -> bool:
    """Tokens i..end, lower-case words right after a name, take the post at `end`: a verb of
    taking one, then "as" or "the post of" ("took up the post of", "was appointed as interim"),
    or of rising to it ("stepped up from deputy to")."""
    if i >= end or doc[i].norm_ not in TAKING_POST:
        return False
    j = end
    while j > i + 1 and doc[j - 1].lower_ in AS_POST_WORDS | {"a", "an"}:
        j -= 1
    return (
        doc[j - 1].lower_ == "as"
        or (doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in POST_OF and j - 2 > i)
        or (doc[j - 1].lower_ == "to" and any(doc[k].lower_ in RISING for k in range(i, j - 1)))
    )


def _aside_open(doc: Doc, close: int) -> int | None:
    """The opening bracket of a short aside in lower case closing at token `close`, after a
    name: "(a pseudonym)", "(not her real name)"; or of the initials the text calls them by:
    "Dr Niamh Corrigan (NC) became Director of Adult Social Services"."""
    if (
        close >= 3
        and doc[close - 2].text == "("
        and INITIALS_WORD.fullmatch(doc[close - 1].text)
        and doc[close - 3].is_title
    ):
        return close - 2
    j = close - 1
    while j > 0 and close - j <= ASIDE_WORDS and doc[j].is_lower and doc[j].is_alpha:
        j -= 1
    return j if j > 0 and j < close - 1 and doc[j].text == "(" and doc[j - 1].is_title else None


INITIALS_WORD = re.compile(r"[A-Z]{2,4}")


def _holds_role(doc: Doc, i: int, start: int, end: int) -> bool:
    """Tokens i..start, lower-case words right after a name, hold the post doc[start:end] as a
    role: "Priya Ramnarine combines the PSW role with ...", "Sam holds the registered manager
    post"."""
    return (
        start - i >= 2
        and end < len(doc)
        and doc[end].lower_ in POST_OF
        and doc[i].norm_ in HOLDING_ROLE
        and all(
            doc[j].lower_ in ("the", "a", "an", "her", "his", "their") for j in range(i + 1, start)
        )
    )


def _copula_after(doc: Doc, i: int, end: int) -> bool:
    """Tokens i..end open with a copula right after a name: "is", "was", "has been", "became"."""
    if i >= end:
        return False
    if doc[i].lower_ in ("has", "had") and i + 1 < end:
        i += 1
    return doc[i].lower_ in COPULAS


def _title_words_before(doc: Doc, comma: int, *, comma_required: bool = True) -> tuple[str, ...]:
    """Up to three capitalised words ending right before the comma at token `comma` (or right
    before token `comma`, whatever it is, when no comma is required)."""
    if comma < 0 or (comma_required and doc[comma].text != ","):
        return ()
    words: list[str] = []
    k = comma - 1
    while k >= 0 and doc[k].text in POST_NOMINALS:
        k -= 1  # "Rachel Thornbury MP, Minister of State", "Jane Cole OBE, chief executive"
    while k >= 0 and len(words) < 3 and doc[k].is_title and doc[k].is_alpha:
        word, k = _hyphenated_before(doc, k)
        if word.lower() not in HONORIFICS:
            words.insert(0, word)
    return tuple(words)


def _hyphenated_before(doc: Doc, k: int) -> tuple[str, int]:
    """The name word ending at token k, with the parts a hyphen joins to it ("Osei-Bonsu" is three
    tokens), and the token before it."""
    word = doc[k].text
    k -= 1
    while (
        k >= 1
        and doc[k].text == "-"
        and not doc[k].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k - 1].is_alpha
        and doc[k - 1].text[:1].isupper()
    ):
        word = doc[k - 1].text + "-" + word
        k -= 2
    return word, k


def possessor(doc: Doc, start: int) -> tuple[int, tuple[str, ...]]:
    """The name owning the relative at token `start` and the token it begins at: "Margaret" in
    "Margaret's son Daniel", "Paul Wren" in "Paul Wren's mother" (honorifics left out: "Mrs Pask's
    daughter"); (start, ()) when no name owns it ("her son", "the home's manager")."""
    k = start - 1
    if k < 1 or doc[k].lower_ not in POSSESSIVE:
        return start, ()
    j = k
    while j > 0 and k - j < 3 and doc[j - 1].is_title and doc[j - 1].is_alpha:
        j -= 1
    words = [t.text for t in doc[j:k] if t.lower_.rstrip(".") not in HONORIFICS]
    return j, tuple(words)


def _name_after(doc: Doc, k: int) -> tuple[str, ...]:
    """A whole name of two or three capitalised words from token k, ending its clause ("Lacey
    Whitmore," "Dr Anjali Raman."); () for anything else ("is Fernlea House's manager")."""
    while k < len(doc) and doc[k].lower_.rstrip(".") in HONORIFICS:
        k += 1
    words: list[str] = []
    while k < len(doc) and len(words) < 3 and doc[k].is_title and doc[k].is_alpha:
        words.append(doc[k].text)
        k += 1
    if len(words) >= 2 and k < len(doc) and doc[k].text in NAME_ENDS:
        return tuple(words)
    return ()
