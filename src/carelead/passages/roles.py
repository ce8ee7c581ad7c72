"""The role lexicon: a validated YAML model, and the classifier that reads a speaker phrase into a role.

Every role comes from `codebooks/roles.yaml`; the code knows no role by name. A speaker phrase is matched
with one spaCy PhraseMatcher over normalised tokens (the lemma of the lower-cased word, so "Directors"
matches "director" and "GPs" matches "GP"), and the match that names the speaker best decides:

    phrase  >  organisation after of/at/for/from  >  head noun  >  any other organisation

with the earliest match winning among equals. "Professor X, Chief Executive of Care England" is therefore
Care England's role, "the proprietor of one such agency" the proprietor's, and "One service user who has
chaired support groups that cross local authority boundaries" a service user.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from spacy.lang.en.stop_words import STOP_WORDS

from carelead.nlp import lemma_table
from carelead.yamlconf import load_model

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

PREPOSITIONS = frozenset({"of", "at", "for", "from", "with"})
# a move out of a place, not work there: "Daughter, following discharge from Greyminster Royal
# Hospital"; or a regulator's register, not its staff: "Another manager, registered with CQC for
# nine years"; or where the author met them: "A carer I met at a carers’ centre in Stoke"
MOVES = frozenset(
    {"discharge", "discharged", "transfer", "transferred", "moved", "referred", "released"}
    | {"home", "registered", "met"}
)
# a career behind the person: "set up the agency after fifteen years as a district nurse"
# "who had come up through the home's own care staff", "who started out as a care assistant"
PAST_CAREER = re.compile(
    r"\b(?:(?:years|decades?|career|spell|stint)\s+(?:working\s+)?as"
    r"|(?:started|began|starting|beginning)(?:\s+[\w'’-]+){0,4}?\s+as"  # "started work at 17 as"
    # "trained as a nurse in Ghana", "took a job as a home care worker while she studied"
    r"|(?:trained|qualified|retrained)\s+as|(?:took|taking)\s+(?:up\s+)?an?\s+(?:job|post)\s+as"
    # "trained and worked as a nurse in Kochi" (but "she worked as a care assistant" is, to the
    # annotators, what she speaks as: 4 gained, 7 lost)
    r"|(?:trained|qualified)\s+and\s+worked\s+as"
    r"|(?:come|came|coming|rose|risen|worked\s+(?:her|his|their)\s+way)\s+up\s+(?:through|from)"
    # "who came to the UK from Nigeria as a nurse in 2009": how they arrived, not what they are
    r"|(?:came|arrived|moved)\s+(?:to|in)\s+(?:the\s+)?(?:UK|England|Britain|this\s+country)"
    r"(?:\s+[\w'’-]+){0,3}?\s+as"
    # a time clause of what a person was then: "When Carmel Okoro was a newly qualified social
    # worker in a Leeds team in the late 1990s, her first team manager ..."
    r"|\b(?:[Ww]hen|[Bb]efore)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:was|had\s+been))"
    r"\s+(?:an?\s+|the\s+)?(?:(?!and\b|but\b|now\b)[\w'’-]+\s+){0,3}$"  # not "... and now runs"
)
CAREER_REACH = 60  # characters before a role word that may say it is a past career


def past_career(text: str, at: int) -> bool:
    """The role word at character `at` is what someone was, not what they are: "who trained as
    a social worker", "after fifteen years as a district nurse"."""
    lo = max(0, at - CAREER_REACH)
    if text.find("as", lo, at) < 0 and text.find("up", lo, at) < 0:
        return False  # every reading has "as" or "up" in it: most windows have neither
    return PAST_CAREER.search(text, lo, at) is not None


# the last words of the lexicon's phrases for a place of care ("nursing home"), where people work
ESTABLISHMENTS = frozenset(["home", "homes"])
# tokens after "whose" that the speaker's possession may take: "whose 91-year-old mother"
WHOSE_REACH = 4
# whose publication a speaker reads or quotes from ("from its interim report", "from the white paper")
FROM_WHOSE = frozenset(["the", "its", "their", "her", "his", "a", "an", "our"])
# a role the speaker held before ("a former care home owner", "a retired nurse", "ex-GP")
FORMER = re.compile(r"\b(?:(?:former|retired)[ \t]+|ex-[ \t]*)(?:[\w'’-]+[ \t]+){0,2}$", re.I)
SPENT_AS = re.compile(
    r"\b(?:(?:spent|served)\s+(?:[\w'’-]+\s+){0,3}?(?:years|decades?)\s+as"
    r"|(?:trained|qualified|retrained)\s+as|(?:took|taking)\s+(?:up\s+)?an?\s+(?:job|post)\s+as)"
    r"\s+(?:an?\s+|the\s+)?(?:(?!and\b|but\b|now\b)[\w'’-]+\s+){0,3}$"
)
# the last words of the lexicon's phrases for a kind of body ("foundation trust", "ambulance
# service", "campaign group"), not a person
BODY_NOUNS = frozenset(
    [
        "trust",
        "trusts",
        "board",
        "council",
        "authority",
        "service",
        "partnership",
        "network",
        "association",
        "department",
        "body",
        "group",
        "forum",
        "commission",
    ]
)
# posts held "for" an organisation: "director for the integrated care board"
# nouns for a business that a head noun before them describes: "a family company", "a
# family business" (not a person of the family)
BUSINESS_NOUNS = frozenset(["company", "companies", "business", "businesses", "firm", "firms"])
POSTS_FOR = frozenset({"director", "lead", "manager", "officer", "head", "chair", "executive"})
# tokens from "which represents" to the members: "more than 2,000 care providers"
REPRESENTED_REACH = 8
# tokens from a publication's "of" to the people it is about: "a survey of 400 care workers"
TOPIC_REACH = 4
# the words after a post's remit, before where the post is held: "director of care and support at"
REMIT_ENDS = frozenset(["at", "of", "for", "in", "with"])
# "a commissioner working for an ICB" works there ("having worked for two agencies" is what they
# did before)
WORKS = frozenset({"work", "works", "working"})
# words between two head nouns that keep them apart: "director of care", "carers and workers"
MODIFIER_BREAKS = frozenset(
    ["of", "for", "at", "in", "on", "with", "by", "from", "to", "and", "or", "who", "as", "than"]
)
HYPHENS = frozenset("-‐‑")  # a head noun before one is a modifier ("family-run homes")
# name words that, after these words, name the field rather than a body: "Social Care", the kinds
# of care a post is for ("Director for Urgent and Emergency Care", "Head of Intermediate Care")
SECTOR_WORDS = {
    "care": frozenset(
        {
            "social",
            "community",
            "adult",
            "emergency",
            "urgent",
            "primary",
            "secondary",
            "intermediate",
            "integrated",
            "palliative",
            "acute",
            "continuing",
        }
    )
}
# what someone who answered a survey did with it: "One person who completed our survey"
ANSWERING = frozenset(["completed", "answered", "filled", "responded", "returned", "took"])
INTERVIEWING = frozenset(["spoke", "talked", "interviewed"])  # "One person we spoke to"
# words after a publication that introduce who made it ("a study by researchers at ..."; not
# "from": "Response from Councillor Treadwell" is the councillor's own answer)
MADE_BY = frozenset(["by", "commissioned", "published", "carried"])
# what one person sends another: "from" a person, it carries that person's words
PERSONAL_MEDIA = frozenset(["letter", "email", "message", "note", "reply", "card", "postcard"])
NAME_TOKENS = 4  # capitalised words of a person's name ("Dr Sue Brennan")
TITLE_POST_WORDS = 4  # tokens before a title's comma in which a post stands: "the Chair, Professor"
NAME_ARTICLES = frozenset({"the", "a", "an", "one", "its", "and", "&"})  # before a body's name
MEDIUM_WORDS = 5  # words after "In its" in which its publication is named ("most recent survey")
NAME_JOINERS = frozenset({"for", "of", "and", "&", "in", "on"})  # "Centre for Ageing", "Age UK"
MAX_NAME_WORDS = 5  # words a name runs back over: "Independent Care Homes Forum"
HEADING_JOINERS = frozenset({"for", "of", "on"})  # after the word a name opens on: "Centre for"
# words the writer puts before a body's name, no part of it: "chair of the independent Commission
# on the Future of Care", "director of the new Centre for Care Leadership", "at the local
# integrated care board"
NAME_EPITHETS = frozenset(
    {"independent", "new", "newly-formed", "influential", "respected", "local", "regional"}
)
# "unlisted": a post at an organisation the lexicon does not list - the last resort
# a participant code ("P19") ranks below the role words beside it: "(FG3, P19, care worker)"
# terms that do not name what a speaker is, so a relative clause after them may: "a woman, who
# cares for her husband"; "chair of Aldermoor Carers’ Forum" (a body the lexicon does not list, its
# kind known by its name), "who cares for her husband"
UNNAMING = frozenset(["lay", "unlisted"])
_RANK = {
    "cue": -1,
    "phrase": 0,
    "org_of": 1,
    "head": 2,
    "code": 3,
    "org": 4,
    "unlisted": 5,
    "lay": 6,
}
# "the Independent Care Providers' Alliance (ICPA)": a run of capitalised words (with the small
# words of names between them) and the acronym it defines
ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
# an acronym and then its name, as mastheads and image captions give it: "AICP – Association of
# Independent Care Providers"
ACRONYM_DASHED = re.compile(
    r"\b([A-Z]{2,8})[ \t]+[–—-][ \t]+((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|in|on|&)[ \t]+)?)"
    r"{1,8}[A-Z][\w'’-]*)"
)
DASHES = (" – ", " — ", " - ")  # where such a definition may stand: found with str.find
# ... or as a table's key gives it, after an "=" found with str.find: "Source: study interviews.
# DASS = director of adult social services; AD = assistant director; SCW = senior care worker."
KEY_MEANING = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’ -]{2,60}?)[ \t]*(?:[;,.)\n]|$)")
# ... or as a key set out a line each under the sentence that introduces it: "we give a code for
# the roundtable and the participant's sector:" / "DAS  director or assistant director of adult
# social services" / "LEX  person who draws on care and support" (the columns closed up)
KEY_LINES = re.compile(r":[ \t]*\n\s*((?:[^\n]{3,160}(?:\n|$)){2,})")
KEY_LINE = re.compile(r"([A-Z]{2,6})[ \t]+([A-Za-z][^\n]{2,150})")
MIN_KEY_LINES = 2  # lines of such a key
KEY_NAME = re.compile(r"(?:Dr|Mr|Mrs|Ms|Cllr|Professor)\b|[A-Z][a-z]+[ \t]+(?!NHS\b)[A-Z]")
ACRONYM_NAME = re.compile(
    r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|in|on|&)[ \t]+)?){1,8}[A-Z][\w'’-]*)[ \t]*$"
)
# a body's name, or the acronym it is given, as the subject of what it represents: "ICN
# represents around 1,900 ... providers", "The Brackenshire Care Association, which represents"
REPRESENTS = " represents "
REPRESENTING = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]+)?((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|in|&)[ \t]+)?){0,7}"
    r"[A-Z][\w'’&-]*)(?:[ \t]*\([A-Z]{2,8}\))?(?:,[ \t]*which)?[ \t]*$"
)
ACRONYM_WORD = re.compile(r"[A-Z]{2,8}")
REPRESENTING_BACK = 120  # characters of a body's name before "represents"
REPRESENTED_CHARS = 160  # ... and of the members after it, to the clause's end


def _acronym_of(text: str, acronym: str) -> str | None:
    """The name the document gives in full before `acronym` in brackets ("the Independent Care
    Network (ICN)"): its last capitalised words, one for each letter."""
    at = text.find(f"({acronym})")
    m = ACRONYM_NAME.search(text, max(0, at - 160), at) if at >= 0 else None
    if m is None:
        return None
    tail = _capitals_tail(m.group(1).split(), len(acronym))
    return " ".join(tail) if tail is not None else None


def _capitals_tail(words: list[str], n: int) -> list[str] | None:
    """The shortest tail of a name's `words` holding `n` capitalised ones (its acronym's letters:
    "Independent Care Network" of "... of the Independent Care Network"), or None if it has fewer."""
    caps = 0
    k = len(words)
    while k > 0 and caps < n:
        k -= 1
        caps += words[k][0].isupper()
    return words[k:] if caps == n else None


# an acronym and then, in brackets, the post it stands for, as a study's key gives it: "RM
# (registered manager), DM (deputy manager) or SC (senior carer or team leader ...)"
# (found from the bracket, a literal the regex engine searches for fast; the capitals before it
# are checked after)
ACRONYM_POST = re.compile(r"\(([a-z][a-z'’-]*(?:[ \t][a-z][a-z'’-]*){1,4})")
ACRONYM_BEFORE = re.compile(r"(?<![\w'’-])([A-Z]{2,5})[ \t]\Z")
# a body's name, its acronym perhaps, before the clause saying whom it represents
# the clause before "represents" ("represent" found first, a literal): ", which", or a sentence
# saying what the body is: " is a membership body" (+ "representing", "that represents")
REPRESENTS = "represent"
REPRESENTS_AFTER = re.compile(r"(?:s|ing)[ \t]+")
REPRESENTS_BEFORE = re.compile(
    r"(?:, which|[ \t](?:is|are)[ \t]+an?(?:[ \t]+[a-z-]+){1,4}?(?:[ \t]+(?:that|which))?)[ \t]+$"
)
REPRESENTS_REACH = 60  # characters of that clause
# a body's full name, ending in the word its short name keeps: "the Independent Care Alliance"
FULL_NAME = r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|in|on|&)[ \t]+)?){1,6})"
REPRESENTED_BODY = re.compile(
    r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|in|on|&)[ \t]+)?){1,8}[A-Z][\w'’-]*)"
    r"(?:[ \t]+\(([A-Z][A-Za-z]{1,7})\))?[ \t]*$"
)
MEMBERS_REACH = 120  # characters of the members after "which represents"
MEMBERS_END = re.compile(r"[;:()]|[,.](?!\d)")  # (not a number's: "1,400 care homes")
# participant codes a study defines for a group: "nine directors of adult social services (D01-D09)",
# "six care workers (Carer 1 to Carer 6)", "two NHS discharge leads (N01, N02)", "24 care home
# managers (coded CHM01–CHM24)"
POSSESSIVE = ("'s", "’s")  # the token that makes the words before it a possessor
PLURAL_POSSESSIVE = ("'", "’")  # ... and after a plural: "The Carers' Alliance"
OWNED_REACH = (
    4  # tokens from a possessive to the publication it owns: "'s published grants strategy"
)
CODE = r"[A-Z][A-Za-z]{0,11} ?\d{1,3}"
CODE_LEGEND = re.compile(
    rf"\((?:(?:coded|codes?|labelled|referred to as|hereafter)[ \t]+)?"
    rf"({CODE}(?:[ \t]*(?:[–—-]|to|and|,)[ \t]*{CODE})*)\)"
)
LEGEND_GROUP = re.compile(r"[^,;:.()\n]{3,120}$")  # the group named right before the codes
GROUP_WORDS = 4  # the words of a legend's group that may stand for it in the text
ANSWERED_REACH = 3  # tokens from "respondents to" to the survey: "to our annual survey"
MASTHEAD_CHARS = 400  # the top of a page where its body's name may stand on a line of its own
MASTHEAD_LINES = 3
MASTHEAD_JOINERS = NAME_JOINERS | {"the"}  # "Association of Directors of Adult Social Services"


BULLETS = " \t•·▪*-–"
LEGEND_DEFINITION = re.compile(
    r"[ \t]*:[ \t]*([^,;:.()\n]{3,120})"
)  # what the group is, after them
# ... or said in a sentence, the groups after the first sharing its verb: "Directors are coded D01
# to D24, other interviewees S01 to S11, and ..."
CODE_RUN = rf"{CODE}(?:[ \t]*(?:[–—-]|to|and|,)[ \t]*{CODE})*"
# The group may carry an apposition saying what all of them are: "Programme participants, all
# registered managers when they enrolled, are identified as RM-01 to RM-26"
CODED_AS = re.compile(
    rf"(?<![\w'’])([A-Za-z][^,;:.()\n]{{2,80}}?"
    rf"(?:,[ \t]+(?:all|both|each|who|most|mostly|mainly)[ \t][^,;:.()\n]{{2,80}}?,)?)"
    rf"\s+(?:are|were|have\s+been)\s+"
    rf"(?:coded|labelled|numbered|referred\s+to\s+as|identified\s+as)\s+({CODE_RUN})"
)
CODE_RUN_AT = re.compile(rf"({CODE_RUN})\b")  # the codes right after a legend's verb
LEGEND_CLAUSE = 200  # characters of the group a legend describes before ", referred to as P1"
CODED_TOO = re.compile(rf",?\s+(?:and\s+)?([A-Za-z][^,;:.()\n]{{2,80}}?)\s+({CODE_RUN})\b")
CODED_VERBS = (" coded ", " labelled ", " numbered ", " referred to as ", " identified as ")
# ... or the codes first, then a verb and the group, the groups after sharing it: "FG1 to FG11
# denote focus groups and I1 to I22 individual interviews", "L1 to L9 are line managers and
# provider owners, F1 to F4 programme facilitators and S1 to S6 wider stakeholders"
CODES_FIRST = re.compile(
    rf"(?<![\w'’])({CODE_RUN})[ \t]+(?:are|were|denotes?|indicates?|refers?[ \t]+to"
    rf"|stands?[ \t]+for)[ \t]+"
)
CODES_TOO_FIRST = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)({CODE_RUN})[ \t]+")
GROUP_AFTER = re.compile(
    rf"([a-z][^,;:.()\n]{{2,80}}?)(?=[ \t]*(?:[,;:.)\n]|\Z|and[ \t]+{CODE}\b))"
)
CODES_FIRST_VERBS = (" are ", " were ", " denote", " indicate", " refer", " stand")
CODES_BACK = 40  # characters of the first codes before their verb: "FG1 to FG11"
CODES_VERB_CHARS = 16  # ... and of the verb after them: " stand for "
# ... or a key after a colon, its prefixes each before what they stand for: "interviewees are
# identified by a code: DAS for directors of adult social services; C for commissioners; ...;
# and N for national stakeholders"
CODE_KEY = re.compile(r"[Cc]ode[sd]?\b[^:\n.]{0,60}:([^\n]{10,1000})")
KEY_ITEM = re.compile(
    r"\s*(?:and[ \t]+)?([A-Z][A-Za-z]{0,5})[ \t]+(?:for|=|[–—-])[ \t]+([^,;.]{3,120})"
)
# ... or a table of them, a row a group and its codes: "ICB leaders ICB1–ICB3 3"
CODE_ROW = re.compile(
    rf"^([A-Za-z][^\n]{{2,80}}?)[ \t]+({CODE}[ \t]*[–—-][ \t]*{CODE})(?:[ \t]+\d+)?[ \t]*$", re.M
)
# ... or with the codes first, as many legends print them, the rows closed up into one paragraph
# when the table was copied without its lines: "RM01–RM16 Registered manager 16 Residential (9),
# nursing (7) DM01–DM05 Deputy manager 5 ..." (the group up to its count)
TIGHT_CODE = r"[A-Z]{1,4}\d{1,3}"
CODE_FIRST_ROW = re.compile(
    rf"(?:^|(?<=[ \t)]))({TIGHT_CODE}(?:[ \t]*[–—-][ \t]*{TIGHT_CODE})?)"
    # (a group may open on an acronym: "NHS01–NHS12 NHS leaders: ICB place directors ... 12")
    r"[ \t]+([A-Z](?:[a-z]|[A-Z]{1,4}[ \t])[^\n\d–—]{1,80}?)[ \t]+\d{1,3}(?=[ \t]|$)",
    re.M,
)
# ... or a table of the prefixes, under a header row that opens on "Code": "Code  Participant group
# Number" / "DAS  Directors and assistant directors of adult social services  9" / "RM  ..."
# ... or of the codes themselves: "FG5  People who draw on care and support  Harnford  31 Jan 2024"
PREFIX_TABLE = re.compile(
    # (or a transcript's list of its participants under a heading of that word alone:
    # "Participants" over "D1  Director of Adult Social Services, large shire county", or under
    # a sentence saying what follows: "Participants are identified by code as follows:" over "P1 -
    # woman in her late seventies who ...")
    r"(?:(?:Code|Prefix)[ \t][^\n]{3,80}|Participants:?[ \t]*"
    r"|Participants[ \t][^\n]{0,60}\bcode[^\n]{0,40}:[ \t]*\n)\n"
    r"((?:[A-Z]{1,5}\d{0,3}(?:[ \t]+[–—=:-])?[ \t][^\n]{3,150}(?:\n|\Z))+)"
)
GROUP_PREFIX_TABLE = re.compile(
    r"^[^\n]{0,40}\bCode[ \t]+(?:Number|Count|No\.?|n|N|Interviews)\b[^\n]{0,40}\n"
    r"((?:[A-Za-z][^\n\d]{2,80}?[ \t]+[A-Z]{1,5}[ \t]+\d{1,3}[ \t]*(?:\n|\Z))+)",
    re.M,
)
GROUP_PREFIX_ROW = re.compile(r"([A-Za-z][^\n\d]{2,80}?)[ \t]+([A-Z]{1,5})[ \t]+\d{1,3}[ \t]*")
PREFIX_ROW = re.compile(r"([A-Z]{1,5}\d{0,3})(?:[ \t]+[–—=:-])?[ \t]+(.+?)(?:[ \t]+\d+)?")
# ... or such a table closed up into one line when it was copied without its line breaks: "Code
# Participant group Interviews SL Senior leaders (directors ...) 4 EM Elected members 2 SW, OT
# Social workers and occupational therapists 31": a row its prefixes, its group and its count
CLOSED_PREFIX_ROW = re.compile(
    r"[ \t]+([A-Z]{1,5}(?:,[ \t][A-Z]{1,5})*)[ \t]+([A-Z][a-z][^\d\n]{2,100}?)[ \t]+\d{1,3}(?=[ \t]|$)",
    re.M,
)
MIN_CLOSED_ROWS = 3  # rows of a closed-up table, one after another
# ... or a table whose rows list each group's codes one by one: "Care workers 10 P17, P19-P26"
CODE_LIST_ROW = re.compile(
    rf"^([A-Za-z][^\n\d]{{2,80}}?)[ \t]+(?:\d+[ \t]+)?"
    rf"({CODE}(?:[ \t]*(?:,|[–—-]|to|and)[ \t]*{CODE})*)[ \t]*$",
    re.M,
)
MIN_CODE_ROWS = 2  # rows of such a table
# a row of a participants table closed up into a paragraph: the code, then what the row says of
# them, up to the next code (the next row's, or the row's group: "P2 Deputy manager Nursing home
# FG1 P3 ...")
CODE_CELL = re.compile(
    r"(?<![\w-])([A-Z]{1,4}\d{1,3})[ \t]+([A-Z][a-z][^\n\d]{2,120}?)"
    r"(?:[ \t]+\d{1,2})?(?=[ \t]+[A-Z]{1,4}\d{1,3}\b)"  # (perhaps a last column of numbers)
)
# ... or a legend's sentence saying who each code is: "S04 is an ADASS regional lead, S05 works
# for Skills for Care and S06 is a member of the Lived Experience Panel"
CODE_IS = re.compile(
    r"(?<![\w-])([A-Z]{1,4}\d{1,3}(?:[ \t]*[–—-][ \t]*[A-Z]{1,4}\d{1,3})?)[ \t]+"
    # (not a verdict on what they said: "E-D2 was blunter: 'The ICB wants ...'")
    r"(?:is|are|was|were|works?[ \t]+(?:for|at|in))[ \t]+([^.;:‘“\n]{3,120}?)"
    r"(?=,[ \t]+(?:and[ \t]+)?[A-Z]{1,4}\d|[ \t]+and[ \t]+[A-Z]{1,4}\d|[.;]|$)",
    re.M,
)
CODE_RUN_MIN = 3  # rows of one prefix's codes in turn, before they are taken for a table
# ... or a list of the codes a line each, under no heading, a dash after each: "HC1 - care worker,
# 18 months, rural round" / "HC2 - care worker, 9 years" (not a transcript's "HC1: ..." turns), or
# a column's gap, which cleaning closes to a space: "W1 Daughter of a resident" / "W2 Care worker
# (days), Larchfield House" (the codes going up one by one, line after line, make the table)
CODE_LINE = re.compile(
    r"^([A-Z]{1,4}\d{1,3})(?:[ \t]+[–—-][ \t]+(?=[^\n]{3})|[ \t]+(?=[A-Z][^\n]{2}))([^\n]{3,150})$",
    re.M,
)
CODE_RANGE = re.compile(rf"({CODE})[ \t]*(?:[–—-]|to)[ \t]*({CODE})")
CODE_PARTS = re.compile(r"([A-Z][A-Za-z]{0,11}) ?(\d{1,3})")
GLUED_CODE = re.compile(r"([A-Z][A-Za-z]{0,11}?)(\d{1,3})")
# what an inquiry numbers its submissions by: "in written evidence (WE012)", "submission S14"
WRITTEN_EVIDENCE = re.compile(r"\bwritten (?:evidence|submissions?)\b|\bsubmissions?\b", re.I)
# the hyphen of a code as the rest of the genre writes it, glued: "SL-04", "RM-22" (one to four
# capitals behind it, after a word boundary, and one to three digits ahead) ...
_CAPITALS_BEHIND = "|".join(rf"(?<=\b[A-Z]{{{n}}}-)" for n in range(1, 5))
HYPHENED_CODE = re.compile(rf"-(?:{_CAPITALS_BEHIND})(?=\d{{1,3}}\b)")
# ... or after a site's or a nation's letter, before the group's code: "S-D1", "E-P2" (Scotland,
# England)
SITED_CODE = re.compile(r"-(?:(?<=\b[A-Z]-)|(?<=\b[A-Z]{2}-))(?=[A-Z]{1,3}\d{1,3}\b)")
# (both open on the hyphen, a literal the engine scans for: a word boundary first would make it
# try every character)
# a sited code's parts: "MC-F2", the home's letters and the group's
SITE_PARTS = re.compile(r"-(?:(?<=\b([A-Z])-)|(?<=\b([A-Z]{2})-))([A-Z]{1,3})\d{1,3}\b")
# a key in a sentence, each letter before what it means, the verb said once: "R means a resident,
# F a relative or friend, and S a member of staff" (in a paragraph that speaks of a code)
_MEANS = r"(?:means|stands[ \t]+for)[ \t]+"
_MEANT = r"((?:an?|the)[ \t][^,;.]{3,80})"  # the group: "a relative or friend"
MEANS_KEY = re.compile(rf"(?<![\w-])([A-Z]{{1,3}})[ \t]+{_MEANS}{_MEANT}")
MEANS_ITEM = re.compile(rf"[ \t]*[,;][ \t]*(?:and[ \t]+)?([A-Z]{{1,3}})[ \t]+(?:{_MEANS})?{_MEANT}")
# a participant's code in the bracket after their words: "(RM04)", "(SW-12, home care)"
BRACKETED_CODE = re.compile(r"\(([A-Z]{2,3})-?\d{1,3}\b")
LABEL_CODE = re.compile(r"^([A-Z]{2,3})-?\d{1,3}:", re.MULTILINE)  # ... or a turn's label: "RM3:"
# a study's account of whom it heard, a count and a group: "We conducted semi-structured
# interviews with 20 people who were, or had recently been, directors of adult social services"
# (found from "with", a literal the regex engine scans for fast, the verb checked behind it)
POPULATION = re.compile(
    r"with[ \t\n]+(\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t\n]+([^.;:()\n]{3,100}(?:\n[^.;:()\n]{1,100})?)"
)
HEARD = re.compile(r"\b(?:[Ii]nterview(?:s|ed)?|spoke|talked|[Cc]onversations)[ \t\n]+\Z")
HEARD_BACK = 20  # characters before "with" in which the verb stands
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty"
)
COUNT_WORDS = {w: n for n, w in enumerate(NUMBER_WORDS.split())}
# "and" before a count, opening the next group of a list: "two elected members and six team members"
NEXT_GROUP = re.compile(rf"\band[ \t]+(?=(?:\d+|{'|'.join(NUMBER_WORDS.split()[1:])})[ \t])")
# a code word and number with the speaker's post after it, in a credit: "(Participant 12, registered
# manager, residential care)", "Participant 5 (registered manager, dementia care home)"
# (a post, not a clause: "Participant 8, who owns and manages two small homes")
CREDITED_CODE = re.compile(
    r"\b([A-Z][a-z]{2,11}) \d{1,3}(?:,[ \t]*| \()(?![ \t]|wh)([^()\n;]{3,80})"
)
MIN_CREDITS = 3
STANDALONE_CODE = re.compile(r"(?<![\w-])([A-Z]{1,3})-?(\d{1,3})(?![\w-])")


def _means_key(text: str) -> Iterator[tuple[str, str]]:
    """The letters and groups of a key in a sentence (see MEANS_KEY), where the text speaks of
    codes."""
    at = text.find(" means ") if "code" in text else -1
    while at >= 0:
        m = MEANS_KEY.search(text, max(0, at - 4), at + 80)
        at = text.find(" means ", at + 1)
        if m is None:
            continue
        yield m.group(1), m.group(2)
        while (item := MEANS_ITEM.match(text, m.end())) is not None:
            yield item.group(1), item.group(2)
            m = item


def _code_pattern(rest: str) -> str:
    """A whole code's regex after its first letter, a hyphen allowed before its number ("L04" of
    "SL04" finds "SL-04" too)."""
    m = re.fullmatch(r"([A-Za-z]*?)(\d+)", rest)
    if m is None:
        return re.escape(rest)
    # ... and after the first letter, where more letters follow ("D1" of "SD1" finds "S-D1")
    site = "-?" if m.group(1) else ""
    return rf"{site}{re.escape(m.group(1))}-?{m.group(2)}"


# verbs whose object is the people a speaker employs or speaks for, not the speaker ("who employs
# two personal assistants", "which represents independent providers")
EMPLOYING = frozenset(["employ", "hire", "recruit", "pay", "supervise", "represent", "serve"])
HIRING = frozenset(["employ", "hire", "recruit"])  # the people one's business employs
# words before an employing verb's form that make it a noun: "an international recruit", "their pay"
NOUN_MARKS = frozenset(["a", "an", "the", "international", "new", "their", "his", "her", "our"])
OBJECT_FILLERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "own", "several", "some"]
)


class Fallback(BaseModel):
    """Roles for passages and speakers that no term places. Each must be a role id of the lexicon."""

    model_config = ConfigDict(extra="forbid")

    narrative: str = "author"
    unknown: str = "interviewee"
    named: str = "other"
    second_hand: str = "other"
    cited: str = "document"
    # the holder of a post at an organisation the lexicon does not list ("chief executive of Ability
    # Forward"); None leaves such a speaker to `named`
    organisation: str | None = None
    # someone the text calls only a woman, a man, a couple (`lay_people`), when nothing else in
    # the phrase names a role; None leaves them to `unknown`
    lay_person: str | None = None
    # someone the phrase places only by the people they employ ("Sandra Whitcombe, who founded
    # Kettlesby Home Support and employs 48 care workers"); None leaves them to those people's role
    employer: str | None = None

    @property
    def vague(self) -> frozenset[str]:
        """The fallbacks that say nothing of who a person is: an interview's, a name's, a
        second-hand report's, a publication's."""
        return frozenset((self.unknown, self.named, self.second_hand, self.cited))


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_-]*$")
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    head_nouns: list[str] = []
    phrases: list[str] = []
    organisations: list[str] = []
    name_words: list[str] = []
    member_words: list[str] = []
    cue_phrases: list[str] = []
    # how an unnamed spokesperson for a body of this role speaks: giving the body's statement
    # (`fallback.cited`, the default: "A Department of Health and Social Care spokesperson said"),
    # or as one of the role ("A spokesperson for the Homecare Association said" is a provider's)
    spokespeople: Literal["statement", "person"] = "statement"

    @field_validator("head_nouns")
    @classmethod
    def _single_words(cls, value: list[str]) -> list[str]:
        for noun in value:
            if not noun.strip() or len(noun.split()) != 1:
                raise ValueError(f"{noun!r}: a head noun is one word (put longer terms in phrases)")
        return value

    @field_validator("name_words", "member_words")
    @classmethod
    def _capitalised_words(cls, value: list[str]) -> list[str]:
        for word in value:
            if len(word.split()) != 1 or not word[:1].isupper():
                raise ValueError(
                    f"{word!r}: a name word is one capitalised word (Care, Centre, NHS)"
                )
        return value

    @field_validator("phrases", "organisations", "cue_phrases")
    @classmethod
    def _not_blank(cls, value: list[str]) -> list[str]:
        for term in value:
            if not term.strip():
                raise ValueError("an empty term")
        return value


class RoleLexicon(BaseModel):
    """The whole `roles.yaml`: fallback roles and the list of roles with their terms."""

    model_config = ConfigDict(extra="forbid")

    fallback: Fallback = Fallback()
    # posts held at an organisation ("chief executive", "chair"): "<post> of <Name>" names a speaker
    # from an organisation even when the lexicon does not list it (see `fallback.organisation`)
    organisation_posts: list[str] = []
    # words for a person that name no role ("woman", "couple"): see `fallback.lay_person`
    lay_people: list[str] = []
    # head nouns that, as a title before a name, yield to the post the phrase gives after it
    # ("Professor Nadia Whitfield, Chief Executive of ...")
    titles: list[str] = []
    roles: list[Role] = Field(min_length=1)

    @field_validator("organisation_posts", "lay_people", "titles")
    @classmethod
    def _posts_not_blank(cls, value: list[str]) -> list[str]:
        if any(not post.strip() for post in value):
            raise ValueError("an empty post")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> RoleLexicon:
        ids = [r.id for r in self.roles]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"role ids must be unique: {', '.join(dupes)}")
        for name, value in self.fallback.model_dump().items():
            if value is not None and value not in ids:
                raise ValueError(f"fallback.{name}: {value!r} is not a role id of this lexicon")
        return self

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.roles]

    @property
    def voiced_by_spokespeople(self) -> frozenset[str]:
        """The roles whose bodies' unnamed spokespeople speak as one of them (`Role.spokespeople`)."""
        return frozenset(r.id for r in self.roles if r.spokespeople == "person")


def load_lexicon(path: Path) -> RoleLexicon:
    """Read and validate a role lexicon; errors come as `file:line: field: message` (ConfigError)."""
    return load_model(path, RoleLexicon)


# -- matching -----------------------------------------------------------------------------------------


WILDCARD = "*"  # in a phrase, up to WILDCARD_WORDS words: "who own * home"
WILDCARD_WORDS = 4
# a post headed "Head of" / "Director of" and a field in capitals, before "at"/"of" and a body
HEADED_POST = re.compile(
    r"\b(?:Head|Professor|(?:(?:Deputy|Assistant|Associate|Executive)[ \t]+)?Director)[ \t]+of[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][a-z]+){0,2}(?=[ \t]+(?:at|of)[ \t])"
)
# ... and one at the body whose document it is, no body named: "Our Director of Policy and
# Campaigns, Nadia Whitcombe, said" (a field the lexicon names, "our Director of Adult Social
# Services", keeps its role)
OUR_HEADED_POST = re.compile(
    r"\b[Oo]ur[ \t]+(?:(?:Deputy|Assistant|Associate|Executive)[ \t]+)?(?:Head|Director)[ \t]+of"
    r"[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][a-z]+){0,3}"
)
# words ending a company's name that say nothing of its kind: "Pennant Housing Group Ltd",
# "Tierney Care Services"
# a label the document defines in quotation marks, by the people it comprises
GLOSSED_LABEL = re.compile(
    r"[‘'“\"]([A-Z][\w'’-]*(?:[ \t\n][\w'’-]+){0,4})[’'”\"][ \t\n]+"
    # (the people a group is made of, not what a term means: "'Cost of care' means ...")
    r"(?:comprises|includes|covers|consists[ \t\n]+of|is[ \t\n]+made[ \t\n]+up[ \t\n]+of)[ \t\n]+"
    r"([^.;:()]{3,120})"
)
COMPANY_WORDS = frozenset(["Group", "Ltd", "Limited", "plc", "PLC", "LLP", "CIC", "Services"])
COUNCIL_AFTER = re.compile(
    r"[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,6}(?:Council|Authority)\b"
)
POST_WORDS = 3  # words of an organisation's post ("chief executive officer")
# words of a body's name before its officer's post: "Age Forward chief executive"
NAME_BEFORE_POST = 4
HYPHENATED_WORDS = 4  # the longest phrase also matched written with hyphens
_NORMED: dict[int, int] = {}  # id(vocab) -> id(table) its lexemes take their NORM from


def whole_words(words: list[str], *, joiners: str = "") -> re.Pattern[str]:
    """A regex for any of `words` as a whole word, case as given; `joiners` are characters that
    join a longer word ("-" and apostrophes for names: "Bennett" is not met in "Osei-Bennett")."""
    return _opening_on_letters([(w[0], re.escape(w[1:])) for w in words if w], joiners)


def _opening_on_letters(alternatives: list[tuple[str, str]], joiners: str = "") -> re.Pattern[str]:
    """ "\\b(?:w1|w2|...)\\b" for alternatives given as (first character, regex for the rest),
    written to open on a class of first characters, which lets the regex engine skip ahead fast
    (three times faster over running text than a leading \\b and an alternation)."""
    if not alternatives:
        return re.compile(r"(?!)")
    firsts = re.escape("".join(sorted({first for first, _ in alternatives})))
    rests = "|".join(f"(?<={re.escape(first)}){rest}" for first, rest in alternatives)
    word = rf"[\w{re.escape(joiners)}]"
    end = rf"(?!{word})" if joiners else r"\b"
    return re.compile(rf"[{firsts}](?<!{word}[{firsts}])(?:{rests}){end}")


NOTED_WORD = re.compile(r"([^\W\d]{2,})[.!?][’”'\"]?\d{1,3}")


def norm_of(word: str, table: Any) -> str:
    """The lemma of the lower-cased word ("GPs" -> "gp", "says" -> "say", "People’s" -> the NORM of
    "people's", so a term written with either apostrophe matches both); of a word glued to
    its sentence's stop and a note's number in a PDF's copy, the word's ("board.6" -> "board")."""
    noted = NOTED_WORD.fullmatch(word)
    if noted is not None:
        word = noted.group(1)
    low = word.lower().replace("’", "'")  # a typeset apostrophe is the typed one: "people’s"
    norm = table.get(low, None) if table is not None else None
    if norm is None:
        plural_acronym = len(word) > 2 and word.endswith("s") and word[:-1].isupper()
        norm = low[:-1] if plural_acronym else low  # GPs, CCGs, ICSs
    return str(norm)


def _legend_sentence(text: str, at: int, verb: str) -> list[tuple[str, str]]:
    """The groups and codes of the legend whose verb stands at `at`: the group before it and its
    codes, then each further "other interviewees S01 to S11" sharing the verb."""
    line = text.rfind("\n\n", 0, at) + 1  # the paragraph's start, or the text's
    stop = text.rfind(". ", line, at)
    sentence = max(line, stop + 2 if stop >= 0 else 0, at - 100)
    m = CODED_AS.search(text, sentence, at + len(verb) + 40)
    if m is None or m.start(2) < at:
        return []
    out = [(m.group(1), m.group(2))]
    while (m := CODED_TOO.match(text, m.end())) is not None:
        out.append((m.group(1), m.group(2)))
    return out


def _legend_clause(text: str, at: int, verb: str) -> list[tuple[str, str]]:
    """The group and codes of a legend whose group is described first, the verb after a comma:
    "Participants: eight people working in home care for four agencies, referred to as P1 to
    P8." - the group from the sentence's start (or a label's colon) to the comma."""
    m = CODE_RUN_AT.match(text, at + len(verb))
    if m is None:
        return []
    back = max(0, at - LEGEND_CLAUSE)
    lo = max(
        back - 1, *(text.rfind(c, back, at) for c in ("\n", ":")), text.rfind(". ", back, at) + 1
    )
    group = text[lo + 1 : at - 1].strip()
    return [(group, m.group(1))] if len(group) > 2 else []


def _legends(text: str) -> Iterator[tuple[str | None, str, str | None]]:
    """Each legend of codes in brackets: the group named before them, the codes, and what the
    legend says the group is after them ("Council officers (CO01-CO08): directors and ...")."""
    for m in CODE_LEGEND.finditer(text):
        before = LEGEND_GROUP.search(text, max(0, m.start() - 120), m.start())
        after = LEGEND_DEFINITION.match(text, m.end())
        # the last of the groups a list counts: "two elected members and six team members (TM1-
        # TM6)" codes the team members
        group = NEXT_GROUP.split(before.group(0))[-1] if before else None
        if text[: m.start()].rstrip().endswith(("’", "”", '"')):
            group = None  # a quotation's reference, no group: "'... most at risk of harm' (Q88)"
        yield group, m.group(1), (after.group(1) if after else None)


def _codes_first(text: str) -> Iterator[tuple[str, str]]:
    """The groups and codes of a legend that gives the codes first ("S1 to S6 wider
    stakeholders"), found where a code's digit meets the verb (str.find: a verb after a digit is
    rare, and the regex is not run over the rest)."""
    for verb in CODES_FIRST_VERBS:
        hit = text.find(verb)
        while hit >= 0:
            if hit and text[hit - 1].isdigit():
                yield from _codes_first_at(text, hit)
            hit = text.find(verb, hit + 1)


def _codes_first_at(text: str, hit: int) -> Iterator[tuple[str, str]]:
    """The legend whose first codes end right before the verb at `hit`, if one does."""
    m = CODES_FIRST.search(text, max(0, hit - CODES_BACK), hit + CODES_VERB_CHARS)
    if m is not None and m.start(1) < hit <= m.end(1):
        at = m.end()
        codes = m.group(1)
        while (group := GROUP_AFTER.match(text, at)) is not None:
            yield group.group(1), codes
            at = group.end()
            more = CODES_TOO_FIRST.match(text, at)
            if more is None:
                break
            codes, at = more.group(1), more.end()


def _expand_codes(run: str) -> list[str]:
    """Each code of a list with ranges: "P17, P19-P26, P28" -> P17, P19, ..., P26, P28."""
    out: list[str] = []
    for item in re.split(r"[ \t]*(?:,|\band\b)[ \t]*", run):
        rng = CODE_RANGE.fullmatch(item.strip())
        ends = [CODE_PARTS.fullmatch(c.replace(" ", "")) for c in (rng.groups() if rng else [item])]
        first, last = ends[0], ends[-1]
        if first is None or last is None or first.group(1) != last.group(1):
            continue
        lo, hi = int(first.group(2)), int(last.group(2))
        if 0 <= hi - lo <= MAX_CODE_RANGE:
            width = len(first.group(2)) if first.group(2).startswith("0") else 1  # "S01"
            out.extend(f"{first.group(1)}{n:0{width}d}" for n in range(lo, hi + 1))
    return out


MAX_CODE_RANGE = 60  # codes one range may stand for


def _prefix_rows(text: str) -> list[tuple[str, str]]:
    """Each prefix and group of a table of prefixes ("Code  Participant group  Number" over "RM
    Registered managers (care homes and home care)  14"), found where a line opens on its header's
    word (str.find: few documents have one), when it has two rows or more; or each code and
    group of such a table of codes ("FG5  People who draw on care and support  Harnford")."""
    return list(_prefix_table_rows(text))


def _prefix_table_rows(text: str) -> Iterator[tuple[str, str]]:
    # the group first, then its prefix and a count, under a header naming the columns so ("Group
    # Code Number" over "General practitioners GP 5": "GP" the prefix, 5 how many)
    for grouped in GROUP_PREFIX_TABLE.finditer(text) if "Code" in text else ():
        cells = [GROUP_PREFIX_ROW.fullmatch(line) for line in grouped.group(1).splitlines()]
        found = [m for m in cells if m is not None]
        if len(found) >= MIN_CODE_ROWS:
            yield from ((m.group(2), m.group(1)) for m in found)
    for word in ("Code", "Prefix", "Participants"):
        at = text.find(word)
        while at >= 0:
            table = PREFIX_TABLE.match(text, at) if at == 0 or text[at - 1] == "\n" else None
            lines = table.group(1).split("\n") if table is not None else []
            rows = [m for line in lines if (m := PREFIX_ROW.fullmatch(line)) is not None]
            if len(rows) >= MIN_CODE_ROWS:
                yield from ((m.group(1), m.group(2)) for m in rows)
            elif word == "Code":
                yield from _closed_prefix_rows(text, at + len(word))
            at = text.find(word, at + len(word))


def _closed_prefix_rows(text: str, at: int) -> Iterator[tuple[str, str]]:
    """Each prefix and group of a table of prefixes closed up into one line after its header at
    `at` (CLOSED_PREFIX_ROW), when MIN_CLOSED_ROWS rows or more follow one another."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    m = CLOSED_PREFIX_ROW.search(text, at, min(line_end, at + HEADER_CHARS + ROW_CHARS))
    if m is not None and m.start() - at > HEADER_CHARS:
        return
    rows: list[re.Match[str]] = []
    while m is not None:
        rows.append(m)
        m = CLOSED_PREFIX_ROW.match(text, m.end(), line_end)
    if len(rows) >= MIN_CLOSED_ROWS:
        for row in rows:
            for prefix in row.group(1).split(", "):
                yield prefix, row.group(2)


HEADER_CHARS = 80  # characters of a closed-up table's header before its first row
ROW_CHARS = 130  # ... and of the row


def _numbered_runs(cells: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The runs of CODE_RUN_MIN cells or more whose codes share a prefix and go up one by one
    ("P1", "P2", "P3", ...): a table's rows, not codes met here and there in the text."""
    runs: list[list[tuple[str, str]]] = []
    run: list[tuple[str, str]] = []
    for code, group in cells:
        m, last = GLUED_CODE.fullmatch(code), GLUED_CODE.fullmatch(run[-1][0]) if run else None
        if (
            m is not None
            and last is not None
            and m.group(1) == last.group(1)
            and int(m.group(2)) == int(last.group(2)) + 1
        ):
            run.append((code, group))
            continue
        if len(run) >= CODE_RUN_MIN:
            runs.append(run)
        run = [(code, group)] if m is not None else []
    if len(run) >= CODE_RUN_MIN:
        runs.append(run)
    return runs


def _closed_up(cells: list[re.Match[str]]) -> list[list[tuple[str, str]]]:
    """The chains of TABLE_CELLS cells or more that follow one another with nothing between them:
    a participants table closed up into a paragraph, whatever its codes."""
    chains: list[list[re.Match[str]]] = []
    for m in cells:
        if chains and not m.string[chains[-1][-1].end() : m.start()].strip():
            chains[-1].append(m)
        else:
            chains.append([m])
    return [[(m.group(1), m.group(2)) for m in c] for c in chains if len(c) >= TABLE_CELLS]


TABLE_CELLS = 6  # cells of a closed-up table, one after another


def _legend_rows(text: str) -> list[tuple[str, str]]:
    """The groups and codes of a legend set as a table, a row a line: "ICB leaders ICB1–ICB3 3"
    (the cleaner has closed up the columns), or codes first: "RM01–RM16 Registered manager 16".
    Only where the text says "code" somewhere, as such a table's heading does ("Group Codes n"):
    most documents have none."""
    if "code" not in text and "Code" not in text:
        return []
    rows = [(m.group(1), m.group(2)) for m in CODE_ROW.finditer(text)]
    return rows + [(m.group(2).strip(), m.group(1)) for m in CODE_FIRST_ROW.finditer(text)]


def normalise(doc: Doc, table: Any) -> Doc:
    """Give every word of `doc` the NORM of the lemma of its lower-cased form ("GPs" -> "gp").

    The NORM lives on the vocabulary's lexeme, which every token of that word reads. The first
    call for a vocabulary sets it on every lexeme there is and installs `norm_of` as the
    vocabulary's NORM getter, so each word spaCy meets later gets its NORM once, when its lexeme is
    made, and no document is visited word by word. (Tokens the tokenizer's special cases give a
    NORM of their own, "n't" -> "not", keep it, in terms and texts alike.)"""
    vocab = doc.vocab
    if _NORMED.get(id(vocab)) != id(table):
        from spacy.attrs import NORM

        getters: dict[int, Any] = vocab.lex_attr_getters  # type: ignore[attr-defined]
        getters[NORM] = lambda word: norm_of(word, table)
        for lex in vocab:
            lex.norm_ = norm_of(lex.orth_, table)
        _NORMED[id(vocab)] = id(table)
    return doc


@dataclass(frozen=True)
class RoleMatch:
    role: str
    kind: str  # "phrase" | "org" | "head" | "code" | "cue" | "unlisted" | "lay"
    start: int  # token offsets in the span's doc
    end: int

    def at_body(self) -> RoleMatch:
        """A person at the body this match names, not the body speaking: a chat's "Lucy Brennan -
        CCG discharge commissioning", a forum poster's "NHS – ICB workforce"."""
        return replace(self, kind="phrase") if self.kind == "org" else self


def _person_named(doc: Doc, k: int, end: int) -> bool:
    """Tokens from k are a person's name and then who they are, after a comma: "Sue Brennan,
    who chairs ...", "Sue Brennan, chair of ..." (not a body's: "Kent County Council, which")."""
    j = k
    while j < end and j - k < NAME_TOKENS and doc[j].is_title and doc[j].is_alpha:
        j += 1
    return (
        k < j
        and j + 1 < end
        and doc[j].text == ","
        and doc[j + 1].is_lower
        and (doc[j + 1].lower_ not in ("which", "that", "and"))
    )


def plural(token: Token) -> bool:
    """A noun in the plural: "commissioners" (its NORM, the lemma, "commissioner")."""
    return token.lower_ != token.norm_ and token.lower_.endswith("s")


class RoleMatcher:
    """The lexicon compiled into a PhraseMatcher over normalised tokens, for one spaCy pipeline."""

    def __init__(self, lexicon: RoleLexicon, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.lexicon = lexicon
        self.nlp = nlp
        self.table = lemma_table(nlp)
        self.matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.keys: dict[int, tuple[str, str]] = {}
        wild: list[tuple[str, tuple[str, str]]] = []  # phrases with a "*", as regexes
        for role in lexicon.roles:
            for kind, terms in (
                ("phrase", role.phrases),
                ("org", role.organisations),
                ("head", role.head_nouns),
                ("cue", role.cue_phrases),
            ):
                if not terms:
                    continue
                label = f"{role.id}\x1f{kind}"
                self.keys[nlp.vocab.strings.add(label)] = (role.id, kind)
                fixed = [t for t in terms if WILDCARD not in t.split()]
                if kind == "phrase":  # written hyphenated too: "experts-by-experience panel"
                    fixed += [h for t in fixed if (h := _hyphenated(t))]
                if fixed:
                    self.matcher.add(label, [self.make(t) for t in fixed])
                wild.extend((t, (role.id, kind)) for t in terms if t not in fixed)
        # phrases with a "*" ("who own * home"): one regex over the text, in which group k is the
        # k-th phrase, so that they cost a pass of the regex engine and no token is visited; it
        # is tried only where a word such a phrase starts with stands
        # (one regex for each first word, so that a hit of "care" tries only the phrases
        # starting with it)
        self._wild: dict[str, tuple[re.Pattern[str], list[tuple[str, str]]]] = {}
        for first in sorted({t.split()[0].lower() for t, _ in wild}):
            these = [(t, key) for t, key in wild if t.split()[0].lower() == first]
            patterns = "|".join(f"({self._pattern(t)})" for t, _ in these)
            self._wild[first] = (re.compile(patterns, re.I), [key for _, key in these])
        # where any of those first words starts a word, found in one pass (longest first, so
        # that "running" is not cut to "run"); each hit tries every first word standing there
        firsts = "|".join(re.escape(f) for f in sorted(self._wild, key=len)[::-1])
        self._first_words = re.compile(rf"(?<!\w)(?:{firsts})" if firsts else r"(?!)")
        self._by_initial: dict[str, list[str]] = {}
        for first in self._wild:
            self._by_initial.setdefault(first[0], []).append(first)
        heads = {h.lower() for role in lexicon.roles for h in role.head_nouns}
        # the head nouns written with "-ing" ("briefing", "hearing") or "-ed": another word's form
        # in them is a verb's, which the lemma folds to the noun ("shadowing" to "shadow")
        self._ing_heads = frozenset(h for h in heads if h.endswith("ing"))
        self._ed_heads = frozenset(h for h in heads if h.endswith("ed"))
        # the head nouns listed in the plural alone ("figures", "minutes"): their singular is
        # another word ("a senior figure at a national body", "a minute"), so only the plural is
        # one of them
        self._plural_heads = {
            lemma: h
            for h in heads
            if h.endswith("s") and (lemma := norm_of(h, self.table)) != h and lemma not in heads
        }
        self.name_words: dict[str, str] = {}
        self.member_words: dict[str, str] = {}
        for role in lexicon.roles:  # a word two roles list is the first one's
            for word in role.name_words:
                self.name_words.setdefault(word, role.id)
            for word in role.member_words:
                self.member_words.setdefault(word, role.id)
        self._name_words_rx = whole_words(sorted(self.name_words))
        # the organisations, lower-cased, by role: what bodies a whole document talks about
        self._bodies: dict[str, str] = {}
        for role in lexicon.roles:
            for org in role.organisations:
                self._bodies.setdefault(org.lower(), role.id)
        self._bodies_rx: re.Pattern[str] | None = None  # compiled on first use
        # acronym -> (role, kind), defined by the document at hand
        self.aliases: dict[str, tuple[str, str]] = {}
        self.codes: dict[str, str] = {}  # participant code prefix -> role, likewise
        self.representing: dict[str, str] = {}  # a body's name -> its members' role, likewise
        self._defined: re.Pattern[str] | None = None
        self.posts = bool(lexicon.fallback.organisation and lexicon.organisation_posts)
        # the posts as words in a phrase, for the writing body's own ("our chief executive")
        posts = "|".join(re.escape(p) for p in lexicon.organisation_posts)
        self.post_words = re.compile(rf"\b(?:{posts})\b", re.I)
        # ... ending a phrase: a credit line's post before its body ("chief executive, Care England")
        self.post_at_end = re.compile(rf"\b(?:{posts})\Z", re.I)
        # head nouns that are also posts held at an organisation ("director"): a short phrase on
        # one ("deputy director") names the post, and the organisation it is held at the sector
        heads = {self.make(h)[0].norm_ for role in lexicon.roles for h in role.head_nouns}
        self.heads = frozenset(heads)  # the lexicon's head nouns, normalised: words for a person
        self.titles = frozenset(self.make(t)[0].norm_ for t in lexicon.titles if t.strip())
        # ... and a manager's or a lead's post too: "a commissioning manager at one integrated
        # care board" is the board's
        self.post_heads = (
            {doc[-1].norm_ for p in lexicon.organisation_posts if (doc := self.make(p))}
            | {"manager", "lead"}
        ) & heads
        if lexicon.fallback.lay_person and lexicon.lay_people:
            self.keys[nlp.vocab.strings.add("\x1flay")] = (lexicon.fallback.lay_person, "lay")
            self.matcher.add("\x1flay", [self.make(t) for t in lexicon.lay_people])
        if self.posts:  # in the same matcher: one pass over each phrase
            self.keys[nlp.vocab.strings.add("\x1fpost")] = ("", "post")
            self.matcher.add("\x1fpost", [self.make(t) for t in lexicon.organisation_posts])

    def make(self, text: str) -> Doc:
        doc = normalise(self.nlp.make_doc(text), self.table)
        doc.user_data["text"] = text  # Doc.text would rebuild it from the tokens, at each ask
        return doc

    def _pattern(self, phrase: str) -> str:
        """A regex for a phrase with wildcards: "*" stands for up to WILDCARD_WORDS words, each
        perhaps with a comma after it (a name's apposition: "owns * care home" reads "owns
        Elmfield House, a 32-bed care home"); a word in its dictionary form matches its regular
        inflections ("own": owns, owned; "agency": agencies), any other only as written
        ("running")."""
        out = []
        for word in phrase.split():
            if word == WILDCARD:
                # (not an infinitive's "to": "used to run adult social services" uses none)
                out.append(rf"(?!to\s)(?:[\w'’-]+,?\s+){{0,{WILDCARD_WORDS}}}?")
                continue
            low = word.lower()
            doc = self.make(low)
            in_dictionary_form = len(doc) == 1 and doc[0].norm_ == low
            written = _inflections(low) if in_dictionary_form else re.escape(low)
            out.append(written.replace("'", "['’]"))  # either apostrophe: "people’s", "people's"
            out.append(r"\s+")
        return r"\b" + "".join(out[:-1]) + r"\b"

    def read(self, text: str) -> RoleMatch | None:
        """The role a phrase on its own names: a post, a bracketed attribution, a label."""
        doc = self.make(text)
        return self.classify(doc[:], self.matches(doc))

    def acronyms(self, text: str) -> dict[str, tuple[str, str]]:
        """Acronyms a document defines for organisations the lexicon can place: "The Independent
        Care Providers' Alliance (ICPA)" (or, in a masthead, "ICPA – Independent Care Providers'
        Alliance") makes a later "Chair of ICPA" a provider. The acronym's letters must be the
        initials of the name's capitalised words (or of its last ones), or of as many words in
        lower case ("principal social worker (PSW)")."""
        out: dict[str, tuple[str, str]] = {}
        for a in ACRONYM.finditer(text):
            acronym = a.group(1)
            letters = "".join(c for c in acronym if c.isupper())
            if acronym in out:
                continue
            m = ACRONYM_NAME.search(text, max(0, a.start() - 160), a.start())
            if m is None:
                # a post in lower case: "principal social worker (PSW)", each letter a word's
                words = text[max(0, a.start() - 80) : a.start()].split()[-len(letters) :]
                if "".join(w[0] for w in words).upper() != letters or not all(
                    w.isalpha() for w in words
                ):
                    continue
                name = words
            else:
                words = m.group(1).split()
                initials = "".join(w[0] for w in words if w[0].isupper())
                if not initials.endswith(letters):
                    continue
                name = _capitals_tail(words, len(letters)) or words
            self._define(out, acronym, name)
        for dash in DASHES:
            at = text.find(dash)
            while at >= 0:
                i = at  # the capitals right before the dash, if any
                while i > 0 and at - i < 8 and text[i - 1].isupper():
                    i -= 1
                d = ACRONYM_DASHED.match(text, i) if at - i >= 2 else None
                if d is not None and d.group(1) not in out:
                    words = d.group(2).split()
                    if "".join(w[0] for w in words if w[0].isupper()) == d.group(1):
                        self._define(out, d.group(1), words)
                at = text.find(dash, at + len(dash))
        for a in ACRONYM_POST.finditer(text):
            upper = ACRONYM_BEFORE.search(text, max(0, a.start() - 7), a.start())
            if upper is None or upper.group(1) in out:
                continue
            acronym = upper.group(1)
            words = a.group(1).split()[: len(acronym)]
            if "".join(w[0] for w in words).upper() == acronym:
                self._define(out, acronym, words)
        at = text.find("=")
        while at >= 0:
            i = at  # the capitals before the sign, and a space or two
            while i > 0 and at - i < 2 and text[i - 1] in " \t":
                i -= 1
            j = i
            while j > 0 and i - j < 7 and text[j - 1].isupper():
                j -= 1
            if 2 <= i - j <= 6 and (j == 0 or not text[j - 1].isalnum()) and text[j:i] not in out:
                meaning = KEY_MEANING.match(text, at + 1)
                if meaning is not None:
                    self._define(out, text[j:i], meaning.group(1).split())
            at = text.find("=", at + 1)
        if ":" in text:
            for key in KEY_LINES.finditer(text):
                rows = [KEY_LINE.fullmatch(line.strip()) for line in key.group(1).splitlines()]
                # what a group is (or opening on the code itself: "NHS  NHS trust"), not a
                # person's name after their initials ("CW  Carol Whitlock"); other lines of the
                # key stand among them ("C3 / C4  Cohort 3 / Cohort 4")
                keyed = [
                    (row.group(1), row.group(2))
                    for row in rows
                    if row is not None and not KEY_NAME.match(row.group(2))
                ]
                for code, group in keyed if len(keyed) >= MIN_KEY_LINES else ():
                    if code not in out:
                        self._define(out, code, group.split())
        # ... or a body's name atop its own page, whose initials the page then uses alone:
        # "Severnvale Care Association" over "SCA chief executive Anita Brookes paid tribute"
        for line in text[:MASTHEAD_CHARS].splitlines()[:MASTHEAD_LINES]:
            words = line.split()
            if not 2 <= len(words) <= 6 or not all(
                w[0].isupper() or w in MASTHEAD_JOINERS for w in words
            ):
                continue
            letters = "".join(w[0] for w in words if w[0].isupper())
            if (
                len(letters) >= 2
                and letters not in out
                and whole_words([letters]).search(text, len(line))
            ):
                self._define(out, letters, words)
        # ... and a body the document says represents employers, by its name and acronym: "The
        # Rural and Coastal Care Alliance (RCCA), which represents more than 600 independent care
        # homes" makes a later "Chief Executive of the Rural and Coastal Care Alliance" a provider
        # (or says in a sentence of its own: "The Independent Care Alliance is a membership body
        # representing independent providers"; and by its short name once the page has given the
        # full one: "The Alliance, which represents more than 1,400 care home and home care
        # providers")
        employer = self.lexicon.fallback.employer
        for at, whom in _represents(text):
            lead = REPRESENTED_BODY.search(text, max(0, at - 160), at)
            members = text[whom : whom + MEMBERS_REACH]
            found = self.read(MEMBERS_END.split(members, maxsplit=1)[0]) if lead else None
            if lead is not None and found is not None and found.role == employer:
                name = lead.group(1).split()
                if name[0] in ("The", "the"):
                    name = name[1:]
                if len(name) == 1 and (full := _full_name(text, name[0], lead.start())):
                    name = full[1:] if full[0] == "The" else full
                # (over what the name's own words made of it: "Alliance")
                if len(name) >= 2:
                    out[" ".join(name)] = (employer, "org")
                if lead.group(2):
                    out[lead.group(2)] = (employer, "org")
        # ... and a legend's group the lexicon cannot place, as the legend defines it after its
        # codes: "Council officers (CO01-CO08): directors and assistant directors of adult social
        # services" makes a later "one council officer told us" a director
        for before, _, after in _legends(text):
            group = " ".join(before.strip(BULLETS).split()) if before else ""
            if not (after and 1 <= len(group.split()) <= GROUP_WORDS and group.isascii()):
                continue
            if self.read(group) is None and (found := self.read(after)) is not None:
                for alias in (group, group[:1].lower() + group[1:]):
                    out.setdefault(alias, (found.role, "head"))
        # ... and a label in quotation marks the document says it uses for a group of people:
        # "'ASC senior leadership' comprises the Director of Adult Social Services and two assistant
        # directors" makes a later "(Int 3, ASC senior leadership)" a director
        for gloss in GLOSSED_LABEL.finditer(text):
            label = " ".join(gloss.group(1).split())
            if (
                label not in out
                and self.read(label) is None
                and (found := self.read(gloss.group(2))) is not None
            ):
                out[label] = (found.role, "head")
        return out

    def _define(self, out: dict[str, tuple[str, str]], acronym: str, name: list[str]) -> None:
        """The acronym stands for what its name's words are, if the lexicon can place them: a body
        ("... Providers' Alliance") or a post ("Director of ...")."""
        doc = self.make(" ".join(name))
        found = self.classify(doc[:], self.matches(doc))
        if found is not None:
            last = doc[found.end - 1]
            body = (
                found.kind in ("org", "unlisted")
                or found.end < len(doc)
                # a name ending in its members, capitalised: "United Care and Support Workers"
                or (len(doc) >= 3 and last.is_title and plural(last))
            )
            out[acronym] = (found.role, "org" if body else "head")

    def participant_codes(self, text: str) -> dict[str, str]:
        """The code prefixes a study's legend gives each group of participants ("D" for "nine
        directors ... (D01-D09)", "Carer" for "six care workers (Carer 1 to Carer 6)", or a key:
        "identified by a code: DAS for directors ...; N for national stakeholders"): a code in a
        speaker phrase - "D08 said", "Carer 3 explained" - then names that group's role, over what
        the prefix's own word would say. A prefix two groups share defines nothing."""
        # "SL-01 to SL-28", "RM-22": the codes as the rest of the genre writes them, glued (what is
        # read here is a dict of codes, no offsets into the text); "S-D1": "SD1"
        sited = text
        text = SITED_CODE.sub("", HYPHENED_CODE.sub("", text))
        out: dict[str, str] = {}
        clash: set[str] = set()
        legend: list[tuple[str, str]] = []  # (the group, its codes)
        defined: dict[str, str] = {}  # the codes, what the legend says the group is after them
        bracketed = False  # codes in brackets anywhere: "(FG2, registered manager)", "(S1)"
        for before, run, after in _legends(text):
            bracketed = True
            if before is not None:
                legend.append((before, run))
            if after is not None:
                defined[run] = after
        sentences = self._coded_as(text)
        legend.extend(sentences)
        table = _legend_rows(text)
        tabled: dict[str, str] = {}  # what a table of the groups says, over what speakers say
        for name, run in [*legend, *table]:
            prefixes = {p for p, _ in CODE_PARTS.findall(run)}
            if len(prefixes) != 1 or WRITTEN_EVIDENCE.search(name):
                continue  # (an inquiry's numbers for its written evidence: "Estimate supplied
                # by ADASS in written evidence (WE012)" codes a submission, no group of people)
            doc = self.make(name)
            found = self.classify(doc[:], self.matches(doc))
            if found is None and run in defined:
                # a group the lexicon cannot place, by what the legend says it is: "Council
                # officers (CO01-CO08): directors and assistant directors of adult social services"
                doc = self.make(defined[run])
                found = self.classify(doc[:], self.matches(doc))
            if found is None:
                continue
            prefix = prefixes.pop()
            if out.get(prefix, found.role) != found.role:
                clash.add(prefix)
            out[prefix] = found.role
            if (name, run) in table:
                # the table's row, whatever one coded speaker's phrase says ("said one place
                # director (NHS03)" of a group of NHS leaders)
                tabled[prefix] = found.role if tabled.get(prefix, found.role) == found.role else ""
        codes = {p: r for p, r in out.items() if p not in clash}
        codes |= {p: r for p, r in tabled.items() if r}
        # "other interviewees S01 to S11" names no role: the speaker's own phrase may ("S11, an
        # expert by experience")
        vague = self.lexicon.fallback.unknown
        # a key says what each prefix stands for, over what one coded speaker's phrase suggests
        # ("Another interviewee (N4)")
        keyed: dict[str, str] = {}
        # ... and so does a legend's sentence ("Programme participants, all registered managers
        # when they enrolled, are identified as RM-01 to RM-26"), over the phrases of the
        # speakers it codes ("Several participants described ... (RM-24)"), when it names a role
        for name, run in sentences:
            prefixes = {p for p, _ in CODE_PARTS.findall(run)}
            found = self.read(name) if len(prefixes) == 1 else None
            if found is not None and found.role != vague:
                keyed.setdefault(prefixes.pop(), found.role)
        at = text.find("ode")  # str.find: most documents have no key, and the regex is not run
        while at > 0:
            line = CODE_KEY.match(text, at - 1)
            at = text.find("ode", at + 3)
            if line is None or text[line.start() - 1 : line.start()].isalpha():
                continue  # not "barcode"
            for item in line.group(1).split(";"):
                key = KEY_ITEM.match(item)
                if key is None:
                    continue
                doc = self.make(key.group(2))
                found = self.classify(doc[:], self.matches(doc))
                if found is not None:
                    keyed.setdefault(key.group(1), found.role)
        for letter, group in _means_key(text):
            found = self.read(group)
            if found is not None and found.role != vague:
                keyed.setdefault(letter, found.role)
        rows = _prefix_rows(text)
        for prefix, group in rows:
            found = self.read(group)
            if not prefix[-1].isdigit():
                # (a group the lexicon cannot place, "Focus groups (mixed)", is placed by no
                # sentence's guess either: by the coded speaker's own phrase, if any)
                keyed.setdefault(prefix, found.role if found is not None else vague)
        # a legend giving the codes first says what each prefix is, though the lexicon places no
        # one by it ("S1 to S6 wider stakeholders"): not what one coded speaker's phrase suggests
        # ("An integrated care board quality lead (S2)"); looked for only where codes stand in
        # brackets, as the quotations such a legend explains carry them
        for name, run in _codes_first(text) if bracketed else ():
            prefixes = {p for p, _ in CODE_PARTS.findall(run)}
            if len(prefixes) == 1:
                found = self.read(name)
                keyed.setdefault(prefixes.pop(), found.role if found is not None else vague)
        defined = {p: r for p, r in (codes | keyed).items() if r != vague}
        # a table giving each group its own codes under one prefix ("Owners, directors and
        # nominated individuals 3 P3, P5, P6", "Care coordinators 7 P9-P15"): each code by itself
        # (over what the prefix of a coded speaker's phrase suggests, when its groups differ)
        listed = self._listed_codes(text, vague)
        for code, group in rows:  # "FG5  People who draw on care and support": the code itself
            found = self.read(group) if code[-1].isdigit() else None
            if found is not None and found.role != vague:
                listed.setdefault(code, found.role)
        for code, role in listed.items():
            prefix = GLUED_CODE.fullmatch(code)
            if prefix is not None and prefix.group(1) not in keyed:
                defined.pop(prefix.group(1), None)
                defined[code] = role
        # a legend saying who each code is outranks what it says of their prefix ("stakeholders
        # S01-S08, where ... S05 works for Skills for Care")
        for code, role in self._codes_one_by_one(text, vague).items():
            prefix = GLUED_CODE.fullmatch(code)
            if prefix is not None:
                defined.pop(prefix.group(1), None)
            defined[code] = role
        # a prefix no legend explains, made of the initials of a post the text names: "(RM04)"
        # in the evaluation of a programme "for registered managers", "RM3:" over the answers
        # of a dissertation's interview on "registered managers' experiences"
        coded = {m.group(1) for m in BRACKETED_CODE.finditer(text)}
        coded |= {m.group(1) for m in LABEL_CODE.finditer(text)}
        for prefix in coded - set(defined):
            spelt = self._initials_post(text, prefix, vague)
            if spelt is not None:
                defined[prefix] = spelt
        defined.update(self._population_codes(text, defined, vague))
        defined.update(self._credited_codes(text, defined, vague))
        # a key's group letter behind a site's ("MC-F2", F a relative, at the home MC): the
        # site's codes of that group
        if keyed and "-" in sited:
            for m in SITE_PARTS.finditer(sited):
                group = m.group(3)
                if group in keyed:
                    defined.setdefault((m.group(1) or m.group(2)) + group, keyed[group])
        return defined

    def _population_codes(self, text: str, defined: dict[str, str], vague: str) -> dict[str, str]:
        """A prefix no legend explains whose codes run from 1 to the number of people the study
        says it interviewed, with that group's role: "interviews with 20 people who were ...
        directors of adult social services", then P1 to P20 (the codes of all it heard, so of
        that group). A group the lexicon places only as the public ("40 people") places no one;
        the codes are looked for only where the text gives such a count."""
        counts: dict[int, str] = {}
        for m in POPULATION.finditer(text):
            if HEARD.search(text, max(0, m.start() - HEARD_BACK), m.start()) is None:
                continue
            word = m.group(1)
            n = int(word) if word.isdigit() else COUNT_WORDS.get(word, 0)
            if n < CODE_RUN_MIN or n in counts:
                continue
            found = self.read(" ".join(m.group(2).split()))
            if found is not None and found.role != vague and found.kind != "lay":
                counts[n] = found.role
        if not counts:
            return {}
        numbers: dict[str, set[int]] = {}
        for m in STANDALONE_CODE.finditer(text):
            if m.group(1) not in defined:
                numbers.setdefault(m.group(1), set()).add(int(m.group(2)))
        return {
            prefix: counts[len(seen)]
            for prefix, seen in numbers.items()
            if len(seen) in counts and seen == set(range(1, len(seen) + 1))
        }

    def _credited_codes(self, text: str, defined: dict[str, str], vague: str) -> dict[str, str]:
        """A code word that names no role ("Participant", "Respondent"), whose credited codes all
        name one post's role ("(Participant 12, registered manager, residential care)",
        "Participant 5 (registered manager, dementia care home)"), MIN_CREDITS of them or more:
        its codes that come uncredited ("Participant 14 was candid:") are of that group too."""
        credits: dict[str, list[str]] = {}  # each code word's credited posts
        for m in CREDITED_CODE.finditer(text):
            if m.group(1) not in defined:
                credits.setdefault(m.group(1), []).append(m.group(2))
        out: dict[str, str] = {}
        for prefix, posts in credits.items():
            if len(posts) < MIN_CREDITS:
                continue
            said = self.read(prefix)
            if said is None or said.role != vague:
                continue  # a word that places its codes itself ("Carer 3"), or no person's
            roles = {found.role if (found := self.read(post)) else vague for post in posts}
            if len(roles) == 1 and vague not in roles:
                out[prefix] = roles.pop()
        return out

    def _initials_post(self, text: str, prefix: str, vague: str) -> str | None:
        """The role of the post, in lower case in the text, whose words' initials the code prefix
        is ("registered managers" for RM), the post the text names most often if several."""
        words = r"[ \t\n]+".join(rf"{c.lower()}[a-z]+" for c in prefix)
        counts: dict[str, int] = {}
        for m in re.finditer(rf"\b{words}\b", text):
            phrase = " ".join(m.group().split())
            if any(word in STOP_WORDS for word in phrase.split()):
                continue  # no post's initials: "the manager" for TM
            counts[phrase] = counts.get(phrase, 0) + 1
        for phrase in sorted(counts, key=lambda k: -counts[k]):
            found = self.read(phrase)
            if found is not None and found.role != vague and found.kind != "org":
                return found.role
        return None

    def _codes_one_by_one(self, text: str, vague: str) -> dict[str, str]:
        """The codes a legend says one by one who they stand for ("S01-S03 are sponsoring
        directors of adult social services, S04 is an ADASS regional lead, S05 works for Skills
        for Care"), each with that role, when it says so of two codes or more (str.find: few
        documents say "code")."""
        # (a list a line each needs no word "code": its lines going up one by one are the key,
        # "I refer to them by role and a number (W1 to W12)"; each line opening on what the
        # person is, not a table's columns, "P18 Female 7 County Nursing")
        lines = [(m.group(1), m.group(2)) for m in CODE_LINE.finditer(text)]
        out = {
            code: found.role
            for run in _numbered_runs(lines)
            for code, group in run
            if (found := self.read(group)) is not None
            and found.role != vague
            and found.start <= 1  # (after "A", "The")
        }
        if "code" not in text and "Code" not in text:
            return out
        rows = [(m.group(2), m.group(1)) for m in CODE_IS.finditer(text)]
        return out | (self._code_roles(rows, vague) if len(rows) >= MIN_CODE_ROWS else {})

    def _code_roles(self, rows: list[tuple[str, str]], vague: str) -> dict[str, str]:
        """Each code of each (group, codes) row with the role the lexicon reads in its group; a
        code whose group it places in no role (`vague`, or none) gets none."""
        out: dict[str, str] = {}
        for group, run in rows:
            found = self.read(group)
            if found is not None and found.role != vague:
                out.update((code, found.role) for code in _expand_codes(run))
        return out

    def _listed_codes(self, text: str, vague: str) -> dict[str, str]:
        """The codes a participants table lists row by row, each with its group's role (the
        lexicon's reading of the group), when the table has two rows or more (str.find: few
        documents say "code")."""
        if "Code" not in text and "code" not in text:
            return {}
        rows = [(m.group(1), m.group(2)) for m in CODE_LIST_ROW.finditer(text)]
        if len(rows) < MIN_CODE_ROWS:
            # ... or the code first in each row, the table closed up into one paragraph: "Code
            # Role Service Group P1 Registered manager Residential (older people) FG1 P2 Deputy
            # manager Nursing home FG1 ..." - a run of one prefix's codes, numbered in turn
            found = list(CODE_CELL.finditer(text))
            cells = [(m.group(1), m.group(2)) for m in found]
            runs = _numbered_runs(cells)
            # ... or the rows of groups of a few each, one after another: "S-D1 Scotland Director
            # / chief officer Chief officer, ... S-D2 ... S-U1 Scotland Person / carer ..." (a
            # run within such a chain counted once)
            listed = [cell for run in [*runs, *_closed_up(found)] for cell in run]
            rows = [(group, code) for code, group in dict.fromkeys(listed)]
        return self._code_roles(rows, vague) if len(rows) >= MIN_CODE_ROWS else {}

    @staticmethod
    def _coded_as(text: str) -> list[tuple[str, str]]:
        """The groups and codes of a legend written as a sentence ("Directors are coded D01 to
        D24, other interviewees S01 to S11"), found where its verb stands (str.find: few
        documents have one)."""
        out: list[tuple[str, str]] = []
        for verb in CODED_VERBS:
            at = text.find(verb)
            while at >= 0:
                if text.endswith(("are", "were", "been"), at - 4, at):  # not "risks identified as"
                    out.extend(_legend_sentence(text, at, verb))
                elif text.endswith(",", at - 1, at):
                    out.extend(_legend_clause(text, at, verb))
                at = text.find(verb, at + len(verb))
        return out

    @contextmanager
    def defined(
        self,
        aliases: dict[str, tuple[str, str]],
        codes: dict[str, str] | None = None,
        representing: dict[str, str] | None = None,
    ) -> Iterator[None]:
        """Match the acronyms and participant codes a document defines (see `acronyms`,
        `participant_codes`), and place the bodies it says whom they represent (see
        `representing_bodies`), while reading that document."""
        before = self.aliases, self.codes, self._defined, self.representing
        self.representing = representing or {}
        aliases = {
            **aliases,
            **{
                name: (role, "org")
                for name, role in self.representing.items()
                if ACRONYM_WORD.fullmatch(name)
            },
        }
        # a plural defines the singular and the singular the plural: "principal social workers
        # (PSWs)" makes a later "one PSW in a county council" a social worker
        aliases = {**{_plural_or_singular(a): found for a, found in aliases.items()}, **aliases}
        self.aliases, self.codes = aliases, codes or {}
        # one regex finds them in a phrase's text, so the tokens are visited only where they are
        words = [
            *((a[0], re.escape(a[1:])) for a in self.aliases if a),
            *(
                # a whole code a table defines ("P6"), or a prefix and its numbers ("D" of "D04"),
                # a hyphen between them or not ("SL-04")
                (
                    p[0],
                    _code_pattern(p[1:])
                    if p[-1].isdigit()
                    # (a site's letters before the group's: "C-?F" of "MCF" finds "MC-F2")
                    else rf"{'-?'.join(map(re.escape, p[1:]))}[ -]?\d{{1,3}}",
                )
                for p in self.codes
                if p
            ),
        ]
        self._defined = _opening_on_letters(words) if words else None
        try:
            yield
        finally:
            self.aliases, self.codes, self._defined, self.representing = before

    def representing_bodies(self, text: str) -> dict[str, str]:
        """Bodies the document says represent employers, by their name and the acronym it gives
        them: after "the Independent Care Network (ICN)", "ICN represents around 1,900 small and
        medium-sized care home and home care providers" makes both a providers' body, as trade
        bodies are, whatever "Network" would say of it (`_represented` reads the same clause
        where it follows the name in a speaker's phrase)."""
        out: dict[str, str] = {}
        employer = self.lexicon.fallback.employer
        at = text.find(REPRESENTS)
        while at >= 0:
            subject = REPRESENTING.search(text, max(0, at - REPRESENTING_BACK), at)
            stop = at + len(REPRESENTS) + REPRESENTED_CHARS
            members = re.split(r"[.;:\n]", text[at + len(REPRESENTS) : stop], maxsplit=1)[0]
            found = self.read(members) if subject is not None else None
            name = subject.group(1) if subject is not None else ""
            # (a name of two words or more, or an acronym: not "This", nor "A" of "A director")
            acronym = ACRONYM_WORD.fullmatch(name) is not None
            if (
                (acronym or " " in name)
                and found is not None
                and found.role == employer
                and found.kind != "lay"
            ):
                out[name] = employer
                if acronym and (full := _acronym_of(text, name)) is not None:
                    out[full] = employer  # (the name it stands for: "... Network (ICN)")
            at = text.find(REPRESENTS, at + len(REPRESENTS))
        return out

    def _document_terms(self, doc: Doc, text: str) -> Iterator[RoleMatch]:
        """The document's acronyms ("ICPA") and participant codes ("D04", "Carer 3")."""
        assert self._defined is not None
        for m in self._defined.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            found = m.group(0)
            if found in self.aliases:
                yield RoleMatch(*self.aliases[found], span.start, span.end)
                continue
            whole = found.replace(" ", "").replace("-", "")
            if whole in self.codes:  # a code a table of participants defines by itself
                yield RoleMatch(self.codes[whole], "code", span.start, span.end)
                continue
            code = GLUED_CODE.fullmatch(whole)
            if code is not None and code.group(1) in self.codes:
                yield RoleMatch(self.codes[code.group(1)], "code", span.start, span.end)

    def matches(self, doc: Doc, text: str | None = None) -> list[RoleMatch]:
        """Every term match in `doc` (whose text is `text`, if the caller has it), longest first
        at each position, in reading order."""
        out = []
        posts: list[tuple[int, int]] = []
        cited = self.lexicon.fallback.cited
        if text is None:
            text = doc.user_data.get("text") or doc.text
        if self._wild:
            out.extend(self._wild_matches(doc, text))
        for match_id, start, end in self.matcher(doc):
            role, kind = self.keys[match_id]
            if kind == "post":
                posts.append((start, end))
            elif kind == "lay" and start > 0 and doc[start - 1].lower_ == "per":
                continue  # "£9,000 per person": a rate, no one
            elif (
                kind == "head"
                and role != cited
                and doc[start].lower_.endswith("ing")
                and doc[start].lower_ not in self._ing_heads
            ):
                # a verb's form, not a person: "shadowing Jordan", "the staffing crisis" (a
                # publication's, "planning guidance", is one still)
                continue
            elif (
                kind == "head"
                and doc[start].lower_.endswith("ed")
                and doc[start].lower_ not in self._ed_heads
            ):
                continue  # a verb's past, which the lemma folds to the noun: "who reviewed this"
            elif kind == "head" and end < len(doc) and doc[end].lower_ in BUSINESS_NOUNS:
                continue  # a business's kind, no person: "a small family company"
            elif (
                kind == "head"
                and (plural := self._plural_heads.get(doc[start].norm_)) is not None
                and doc[start].lower_ != plural
            ):
                continue  # "a senior figure", not the "figures" a publication gives
            elif not (
                kind == "head"
                and end < len(doc)
                and doc[end].text in HYPHENS
                and not doc[end - 1].whitespace_  # a dash between spaces is no compound's
            ):
                out.append(RoleMatch(role, kind, start, end))  # not "family-run", "user-led"
        if self.name_words:
            covered = {i for m in out for i in range(m.start, m.end)}
            out.extend(
                m
                for m in self._named_organisations(doc, text)
                if m.start not in covered and not self._represents_others(doc, m.end, out)
            )
        if self._defined is not None:
            covered = {i for m in out for i in range(m.start, m.end)}
            out.extend(
                m
                for m in self._document_terms(doc, text)
                if m.kind in ("phrase", "code") or m.start not in covered  # over a lexicon word
            )
        if "Director of" in text or "Head of" in text or "Professor of" in text:  # (str.find)
            headed = self._headed_posts(doc, text)
            posts += headed
            # the field's words are no one's: "Professor of Gerontological Nursing at Kelsford
            # University" names no nursing home's owner
            out = [m for m in out if not any(p + 2 <= m.start < e for p, e in headed)]
        if posts:
            # a post's own words name no one: "head of people" is no member of the public
            out = [
                m for m in out if not (m.kind == "lay" and any(p < m.start < e for p, e in posts))
            ]
            out = self._unlisted_organisations(doc, out, posts)
        if "ur Director of" in text or "ur Head of" in text:  # (str.find)
            out = self._our_headed_posts(doc, text, out)
        out.sort(key=lambda m: (m.start, -(m.end - m.start), _RANK[m.kind]))
        # a term that only begins a longer one is no mention of its own: "Foundation" in
        # "Foundation Trust" (an NHS trust, not a foundation)
        return [
            m
            for i, m in enumerate(out)
            if not (
                i
                and out[i - 1].start == m.start
                and out[i - 1].end > m.end
                and out[i - 1].kind in ("phrase", "org")
                and m.kind in ("phrase", "org")
            )
        ]

    def _wild_matches(self, doc: Doc, text: str) -> list[RoleMatch]:
        """The phrases with a "*", tried where a word they start with stands at a word's start
        (one pass of a regex of the first words: most narrative has few, and the phrases' own
        regexes are not run over the rest), each first word's alone."""
        out = []
        low = text.lower()
        for hit in self._first_words.finditer(low):
            at = hit.start()
            for first in self._by_initial[low[at]]:
                if not low.startswith(first, at):
                    continue
                pattern, keys = self._wild[first]
                m = pattern.match(text, at)
                if m is not None:
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    if span is not None:
                        role, kind = keys[m.lastindex - 1]  # type: ignore[operator]
                        out.append(RoleMatch(role, kind, span.start, span.end))
        return out

    def _headed_posts(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        """A post written "Head of <field>" or "Director of <field>" in capitals, held at a body
        ("Head of Research at the Homeward Trust", "Director of Programmes at the Carrington
        Foundation"): the field is no one's role ("research" is a publication's word), the body
        speaks. A field the lexicon names as a phrase ("Director of Adult Social Services") keeps
        its role: the phrase outranks the body. A council's posts are left to their words."""
        out = []
        for m in HEADED_POST.finditer(text):
            if COUNCIL_AFTER.match(text, m.end()):
                continue  # a council's officers are no national body's (the fallback's role)
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                out.append((span.start, span.end))
        return out

    def _our_headed_posts(self, doc: Doc, text: str, out: list[RoleMatch]) -> list[RoleMatch]:
        """A post at the body that wrote the document, in a field the lexicon does not name ("Our
        Director of Policy and Campaigns"), is a post at an organisation the lexicon does not
        list (`fallback.organisation`), not the role of its head noun."""
        organisation = self.lexicon.fallback.organisation
        assert organisation is not None
        for m in OUR_HEADED_POST.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(
                r.kind == "phrase" and r.start < span.end and r.end > span.start for r in out
            ):
                continue
            heads = [r for r in out if r.kind == "head" and span.start <= r.start < span.end]
            if heads:
                out = [r for r in out if r not in heads]
                out.append(RoleMatch(organisation, "unlisted", heads[0].start, heads[0].end))
        return out

    def _unlisted_organisations(
        self, doc: Doc, out: list[RoleMatch], posts: list[tuple[int, int]]
    ) -> list[RoleMatch]:
        """ "chief executive of Ability Forward" (or, as the press writes it, "Age Forward chief
        executive Marcus Oyelaran"): a post at a name the lexicon does not list is a speaker from
        an organisation (`fallback.organisation`); words of the name are not terms
        ("Carers" in "Carers Voice England" names no carer), nor is a head noun of the post itself
        ("Director of Policy at the Carrick Trust" is no director of adult social services)."""
        assert self.lexicon.fallback.organisation is not None
        cited = self.lexicon.fallback.cited
        for post, end in posts:
            if any(p <= post and e > end for p, e in posts):
                continue  # a longer post holds it: "Chair of Trustees" is no chair of a body
                # called "Trustees"
            if end < len(doc) and doc[end].lower_ in ("of", "at", "for"):
                start = end + 1
                if start < len(doc) and doc[start].lower_ == "the":
                    start += 1
                if start + 1 < len(doc) and doc[start].text in NAME_EPITHETS:
                    start += 1
                stop = start
                while stop < len(doc) and (
                    doc[stop].is_title
                    or (doc[stop].is_upper and doc[stop].is_alpha)
                    or (stop > start and doc[stop].lower_ in NAME_JOINERS)
                    or plural_possessive(doc, stop)
                ):
                    stop += 1
                while stop > start and doc[stop - 1].lower_ in NAME_JOINERS:
                    stop -= 1
            elif (named := _named_before(doc, post)) is not None:
                start, stop = named  # "Age Forward chief executive Marcus Oyelaran"
            else:
                continue
            if stop - start == 1 and doc[start].is_upper:
                continue  # no name: a lone acronym, "the NHS", "DWP"
            known = [m for m in out if m.kind == "org" and m.start < stop and m.end > start]
            if known:
                # a name the lexicon knows, whole ("Care England") or by a word of it: the words
                # before that are no terms ("Unpaid Carers" in "the Unpaid Carers Network" names no
                # carer; but "the Forum of Care Providers" is a forum of providers)
                head = min(m.start for m in known)
                out = [
                    m
                    for m in out
                    if not (m.kind in ("head", "phrase") and start <= m.start and m.end <= head)
                ]
                continue
            covered = {i for m in out for i in range(m.start, m.end)}
            if all(i in covered for i in range(start, stop)):
                continue  # a name in the lexicon's terms
            if any(
                (m.kind == "phrase" or (m.kind == "head" and m.start > start and m.role != cited))
                and start <= m.start
                and m.end == stop
                for m in out
            ):
                continue  # a phrase ending the name names its kind: "Hollinshire Community
                # Health NHS Trust" is an NHS trust, "the Carrington Foundation" a foundation;
                # so does a person's head noun: "Wrenfield Hospice" is a hospice (a publication's
                # is not: the chair of "the Care Data Taskforce" is no document)
            out = [
                m
                for m in out
                if not (m.kind in ("head", "phrase") and start <= m.start < stop)
                and not (m.kind == "head" and post <= m.start and m.end <= end)
            ]
            by_name = next(
                (self.member_words[t.text] for t in doc[start:stop] if t.text in self.member_words),
                None,
            ) or next(
                (
                    self.name_words[t.text]
                    for t in doc[start:stop]
                    if t.text in self.name_words
                    and (
                        t.text in self.member_words
                        or all(w.text in COMPANY_WORDS for w in doc[t.i + 1 : stop])
                        or (t.i + 1 < stop and doc[t.i + 1].lower_ in HEADING_JOINERS)
                    )
                ),
                None,
            )  # "the Independent Homecare Providers Network" is a providers' body, "Pennant
            # Housing Group" a housing provider, "the Commission on Care at Home" a commission;
            # "Care" in "the Black Leaders in Care Network" is its sector, not its kind
            if by_name is not None and self._represents_others(doc, stop, out):
                by_name = None  # whom it represents says what it is, not its name
            role = (
                by_name or self._represented(doc, stop, out) or self.lexicon.fallback.organisation
            )
            out.append(RoleMatch(role, "unlisted", start, stop))  # below any term the phrase has
        return out

    def _members_named(self, doc: Doc, stop: int, out: list[RoleMatch]) -> list[RoleMatch] | None:
        """The terms that name a body's members in the "which represents" clause after its name
        (which ends at token `stop`), or None where no such clause follows."""
        if not (
            stop + 2 < len(doc)
            and doc[stop].text == ","
            and doc[stop + 1].lower_ == "which"
            and doc[stop + 2].lower_ in ("represents", "represent")
        ):
            return None
        return [
            m
            for m in out
            if stop + 2 < m.start <= stop + 2 + REPRESENTED_REACH
            and m.kind in ("head", "phrase", "lay")
        ]

    def _represents_others(self, doc: Doc, stop: int, out: list[RoleMatch]) -> bool:
        """A body whose "which represents" clause names members who employ no one: its name's
        word says nothing of it ("the Independent Care Sector Federation, which represents older
        people" speaks for them, and is no provider)."""
        members = self._members_named(doc, stop, out) or []
        employer = self.lexicon.fallback.employer
        return bool(members) and all(m.role != employer for m in members)

    def _represented(self, doc: Doc, stop: int, out: list[RoleMatch]) -> str | None:
        """The role of the members an unlisted body's "which represents" clause names, when they
        are employers (`fallback.employer`) or bodies: "the Independent Care Sector Federation,
        which represents more than 2,000 care providers" is a providers' body, as trade bodies are,
        and one which represents hospital trusts the NHS's (a charity for older people is not
        older people)."""
        employer = self.lexicon.fallback.employer
        members = self._members_named(doc, stop, out) or []
        if any(m.role == employer and m.kind != "lay" for m in members):
            return employer
        # ... and so are bodies of the kind they represent: "the NHS Leaders Network, which
        # represents hospital trusts" speaks for the NHS
        return next(
            (m.role for m in members if m.kind == "phrase" and doc[m.end - 1].lower_ in BODY_NOUNS),
            None,
        )

    def _named_organisations(self, doc: Doc, text: str) -> list[RoleMatch]:
        """Organisations the lexicon does not list, known by a word of their name: "Pennine Vale
        Care" (a provider), "the Centre for Ageing Policy" (a national body). The word counts at the
        end of a run of capitalised words, or at its start before "for"/"of" and a capital. (A regex
        over the text finds the name words, so only their tokens are visited.)"""
        out = []
        for found in self._name_words_rx.finditer(text):
            span = doc.char_span(found.start(), found.end())
            if span is None or len(span) != 1:
                continue
            tok = span[0]
            role = self.name_words.get(tok.text)
            if role is None or tok.i == 0:
                continue
            prev = doc[tok.i - 1]
            if prev.lower_ in SECTOR_WORDS.get(tok.lower_, ()):
                continue  # "Assistant Director for Adult Social Care": the sector, not a body
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # a company's legal form closes its name: "Ellison Care Homes Ltd"
            legal = after is not None and after.text.rstrip(".") in COMPANY_WORDS
            ends_name = (
                (prev.is_title or prev.is_upper)
                # (a sentence's first word is capitalised whatever it is, but not before a legal
                # form: "Brightwell Homecare Ltd")
                and (not prev.is_sent_start or legal)
                and not (after is not None and (after.is_title or after.is_upper) and not legal)
            )
            title_at = (
                tok.i + 3 if tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "the" else tok.i + 2
            )
            heads_name = (
                after is not None
                and after.lower_ in HEADING_JOINERS  # "the Commission on the Future of Care"
                and title_at < len(doc)
                and doc[title_at].is_title
            )
            if ends_name or heads_name:
                members = self._members(doc, tok.i) if ends_name else None
                if ends_name and self.representing:
                    members = self._representing(doc, tok.i) or members
                out.append(RoleMatch(members or role, "org", tok.i, tok.i + 1))
        return out

    def _representing(self, doc: Doc, i: int) -> str | None:
        """The role of the members the document says the body whose name ends at token i
        represents (see `representing_bodies`), or None."""
        k = i
        while k > 0 and i - k < MAX_NAME_WORDS and (doc[k - 1].is_title or doc[k - 1].is_upper):
            k -= 1
        name = doc[k : i + 1].text
        return self.representing.get(name.removeprefix("The ").removeprefix("the "))

    def _members(self, doc: Doc, i: int) -> str | None:
        """The role of the members a name before token i says its body has: "Independent Care
        Homes Forum" is a forum of care homes, a providers' body."""
        k = i - 1
        while (
            k >= 0
            and i - k <= MAX_NAME_WORDS
            and (doc[k].is_title or doc[k].is_upper or plural_possessive(doc, k))
        ):
            if doc[k].text in self.member_words:
                return self.member_words[doc[k].text]
            k -= 1
        return None

    def _post_before(self, doc: Doc, comma: int) -> bool:
        """The words before the comma at token `comma` end an organisation's post: "Professor
        Daniel Osei OBE, chief executive, Care England" holds the post at Care England."""
        if not self.posts:
            return False
        before = doc[max(0, comma - POST_WORDS) : comma]
        return self.post_at_end.search(before.text) is not None

    def medium(self, span: Span, matches: list[RoleMatch]) -> RoleMatch | None:
        """A cue phrase anywhere in the cue ("In a statement, ...", "In written evidence, ..."): the
        words come from a document whoever is named, so its role decides."""
        for m in matches:
            if m.kind == "cue" and m.start >= span.start and m.end <= span.end:
                return m
        # "In its annual report, ...", "In their most recent survey of directors, ADASS said": a
        # publication of the body's own, a few words after "in its" (in code: the lexicon's
        # phrases have no wildcard this cheap, and "in" opens too many)
        # ... or one a speaker reads or quotes from: "She read from its interim report:", "he
        # quoted from the white paper"
        doc, i = span.doc, span.start
        if span.end - i > 2 and (
            (doc[i].lower_ == "in" and doc[i + 1].lower_ in ("its", "their"))
            or (doc[i].lower_ == "from" and doc[i + 1].lower_ in FROM_WHOSE)
        ):
            cited = self.lexicon.fallback.cited
            for m in matches:
                if m.kind == "head" and m.role == cited and i + 2 <= m.start <= i + MEDIUM_WORDS:
                    return m
        return None

    def bodies(self, text: str) -> dict[str, int]:
        """How often the text names an organisation of each role, counting the lexicon's
        organisations as whole words in any case ("the local authority", "CQC")."""
        if self._bodies_rx is None:
            # the longest first: "association of directors of adult social services" is not
            # "association"
            self._bodies_rx = whole_words(sorted(self._bodies, key=lambda w: (-len(w), w)))
        counts: dict[str, int] = {}
        for m in self._bodies_rx.finditer(text.lower()):
            role = self._bodies[m.group()]
            counts[role] = counts.get(role, 0) + 1
        return counts

    @staticmethod
    def _apposed(doc: Doc, title: int, lo: int) -> bool:
        """The title at token `title` opens an apposition after the phrase's first words."""
        return title - 2 >= lo and doc[title - 1].text == ","

    def _post_beside_title(self, doc: Doc, title: int, lo: int) -> bool:
        """A post in apposition right before the title at token `title`: "the Chair, Professor"."""
        if not self._apposed(doc, title, lo):
            return False
        before = doc[max(lo, title - 1 - TITLE_POST_WORDS) : title - 1].text
        return self.post_words.search(before) is not None

    def classify(self, span: Span, matches: list[RoleMatch]) -> RoleMatch | None:
        """The role the speaker phrase `span` names, from `matches` over its doc, or None."""
        doc = span.doc
        inside = [
            m for m in matches if m.start >= span.start and m.end <= span.end and m.kind != "cue"
        ]
        if not inside:
            return None
        # what a person may be, in an open question about them, is not what they are: "One
        # respondent, who did not tell us whether they used services or cared for someone"
        whether = next((t.i for t in span if t.lower_ == "whether"), None)
        if whether is not None and any(t.lower_ == "who" for t in doc[span.start : whether]):
            inside = [m for m in inside if m.start < whether]
            if not inside:
                return None
        # someone who answered a survey, whatever a "person" would otherwise be: "One person who
        # completed our survey" (as "Respondents to our survey" are)
        fb = self.lexicon.fallback
        for m in inside:
            if (
                m.kind == "lay"
                and m.end + 1 < span.end
                and doc[m.end].lower_ == "who"
                and doc[m.end + 1].lower_ in ANSWERING
                and any(
                    o.role == fb.cited and 0 < o.start - m.end <= ANSWERED_REACH + 2 for o in inside
                )
            ):
                return RoleMatch(fb.unknown, "head", m.start, m.end)
        # ... and someone the authors interviewed, whom nothing else places: "One person we spoke
        # to", "one woman I interviewed" (not the public the press calls "a woman")
        if all(m.kind == "lay" for m in inside) and any(
            m.end + 1 < span.end
            and doc[m.end].lower_ in ("we", "i")
            and doc[m.end + 1].lower_ in INTERVIEWING
            for m in inside
        ):
            return RoleMatch(fb.unknown, "head", inside[0].start, inside[0].end)
        # the people a speaker employs or represents do not name the speaker when anything else does:
        # "David Kerr, who employs two personal assistants through a direct payment" is a user
        kept = [m for m in inside if not _employed(doc, m.start, span.start)]
        employer = self.lexicon.fallback.employer
        if not kept and employer is not None:
            # nothing but the people they employ: "who employs 48 care workers" runs a business
            hired = next(
                (m for m in inside if _employed(doc, m.start, span.start, hired=True)), None
            )
            if hired is not None:
                return RoleMatch(employer, "head", hired.start, hired.end)
        inside = kept or inside
        # a relative clause describes a speaker the phrase has already named: "Tom Riddell MP, who
        # cared for his father" is an MP ("Participant 37, who has used home care" a user)
        rel = _relative_clause(doc, span.start, span.end)
        if rel is not None and any(
            m.end <= rel and m.role not in (fb.unknown, fb.cited) and m.kind not in UNNAMING
            for m in inside
        ):
            before = [m for m in inside if m.end <= rel]
            # ... though a relation alone says only whose they are, and what the clause says
            # they are is their role: "His daughter, Siobhan Halloran, who has been the home's
            # registered manager since 2014" (the owner's daughter, no family of a resident)
            post = [
                m
                for m in inside
                if m.start > rel
                and m.kind == "phrase"
                and m.role not in (fb.unknown, fb.cited, fb.lay_person)
            ]
            if not (
                post
                and all(m.kind == "head" and doc[m.start].lower_ in KIN_HEADS for m in before)
                and _being(doc, rel + 1)
            ):
                inside = before
        elif rel is not None and doc[rel].lower_ == "who":
            # what the person did with a publication is not what they are: "Linda Marsh, who
            # organised the petition", "the resident who wrote the report" (nor whose it was:
            # "Mr Ellison, who gave evidence to a Healthwatch survey")
            cited_at = {m.start for m in inside if m.role == fb.cited}
            inside = [
                m
                for m in inside
                if m.start < rel
                or (m.role != fb.cited and not (m.kind == "org" and m.end in cited_at))
            ]
        elif rel is None and (which := _which_clause(doc, span.start, span.end)) is not None:
            # what a body does says what it is in the lexicon's phrases ("which runs 22 care
            # homes"), not in the words of what it does: "Chief Executive of Hartsmere Carers'
            # Centre, which the council funds to provide carers' assessments"
            inside = [
                m for m in inside if m.start < which or (m.role != fb.cited and m.kind != "head")
            ] or inside
        elif rel is not None and doc[rel].lower_ == "whose":
            # what is theirs names them ("whose son", "whose staff team"), not what that has or
            # does: "Arthur, 84, whose home had had four managers in two years"
            inside = [m for m in inside if m.start <= rel + WHOSE_REACH]
        # what the speaker was ("after fifteen years as a district nurse") yields to what they are
        text = doc.user_data.get("text") or doc.text  # the cue reader keeps it on the doc
        now = [m for m in inside if not past_career(text, doc[m.start].idx)]
        if not now:
            # ... unless it is all the phrase says: "Judith Penhaligon, who spent 14 years as
            # director of adult social services at Hollinshire" is known as what she was
            now = [
                m
                for m in inside
                if SPENT_AS.search(text, max(0, doc[m.start].idx - CAREER_REACH), doc[m.start].idx)
            ]
            if not now:
                return None
        # ... and so does what they were before, if the phrase says what they are now: "One
        # county councillor, a former care home owner", "a former nurse who cares for her parents"
        # (a person's post, not the body they were at: "a former senior official in the
        # department" is no department)
        current = [
            m
            for m in now
            if not FORMER.search(text, max(0, doc[m.start].idx - 40), doc[m.start].idx)
        ]
        person = [
            m
            for m in current
            if m.kind in ("phrase", "head") and m.role not in (fb.cited, fb.unknown)
        ]
        inside = current if person else now
        # where a person works is not what they are: "A nurse who had been a unit lead in a 70-bed
        # nursing home" (but "A woman who lives in a care home" names nobody before it)
        inside = [
            m
            for m in inside
            if not (
                m.kind == "phrase"
                and doc[m.end - 1].lower_ in ESTABLISHMENTS
                and any(
                    t.lower_ in ("in", "at") for t in doc[max(span.start, m.start - 5) : m.start]
                )
                and any(
                    o.kind == "head" and o.end <= m.start and o.role not in (fb.unknown, fb.cited)
                    for o in inside
                )
            )
        ]
        # the people a place or a service is for are not who speaks: "Hollins Court, a 32-bed
        # residential home for older people" is no person, "a charity for disabled people" no user
        inside = [m for m in inside if not (m.kind == "lay" and _served(doc, m.start, span.start))]
        if not inside:
            return None
        # a relation by a possessive says only whose they are, and a post in apposition what they
        # are: "His son, Dr Richard Ormerod, a GP in Harrogate" (the founder's son, no family of
        # someone in care)
        related = [m for m in inside if m.kind == "head" and doc[m.start].lower_ in KIN_HEADS]
        if (
            related
            and related[0].start == span.start + 1  # the phrase opens on it
            and doc[span.start].lower_ in ("his", "her", "their")
            and (
                post_apposed := [
                    m
                    for m in inside
                    if m.start > related[-1].end
                    and m.kind in ("phrase", "head")
                    and doc[m.start].lower_ not in KIN_HEADS
                    and m.role not in (fb.unknown, fb.cited, fb.lay_person)
                ]
            )
            and "," in doc[related[-1].end : post_apposed[0].start].text
        ):
            inside = post_apposed
        # ... and so does the group someone is one of to the title their name carries after it:
        # "One of the panel members, Cllr Tom Whitlock" (a councillor on a scrutiny panel)
        if (
            span.end - span.start > 3
            and doc[span.start].lower_ == "one"
            and doc[span.start + 1].lower_ == "of"
            and (
                titled := [
                    m
                    for m in inside
                    if m.kind == "head"
                    and doc[m.start - 1].text == ","
                    and m.end < span.end
                    and doc[m.end].is_title  # a title before the name: "Cllr Tom Whitlock"
                ]
            )
        ):
            inside = titled[:1]
        # "a woman", "a couple" name a role only when nothing else does: "A woman who runs three
        # care homes" is a provider, "A man in his fifties who employs two PAs" a user
        if any(m.kind != "lay" for m in inside):
            inside = [m for m in inside if m.kind != "lay"]
        # a term inside a longer one is part of it: "Association of Directors of Adult Social Services"
        # names the association, not a director
        # ... and so is one that runs into an organisation's name: "the Department" of "at the
        # Department of Health and Social Care"
        inside = [
            m
            for m in inside
            if not any(
                o is not m
                and (o.end - o.start) > (m.end - m.start)
                and (
                    (o.start <= m.start and m.end <= o.end)
                    or (o.kind == "org" and m.start < o.start < m.end < o.end)
                )
                for o in inside
            )
        ]
        # a kind of body yields to what the phrase right after it says the body does: "a charity
        # running residential care and supported living" is a provider
        # (or "that runs", "which provides": "a charity that runs supported living services")
        doing = set()
        for m in inside:
            if m.kind != "phrase":
                continue
            if doc[m.start].lower_.endswith("ing"):
                doing.add(m.start)
            elif m.start > span.start and doc[m.start - 1].lower_ in ("that", "which"):
                doing.add(m.start - 1)  # the body's phrase ends at "that"
        if doing:
            inside = [m for m in inside if not (m.kind == "phrase" and m.end in doing)]
        # a body known by a word of its name yields to the kind of body its apposition names:
        # "the Norfolk and Suffolk Independent Care Alliance, a local provider association"
        apposed = {
            m.start
            for m in inside
            if m.kind == "org"
            and m.end - m.start == 1
            and doc[m.start].is_title
            and m.end + 2 < span.end
            and doc[m.end].text == ","
            and doc[m.end + 1].lower_ in ("a", "an")
            and any(
                o.kind == "org" and doc[o.start].is_lower and 0 <= o.start - m.end - 2 <= 2
                for o in inside
            )
        }
        if apposed:
            inside = [m for m in inside if m.start not in apposed]
        # a title (`titles`) before a name yields to the post the phrase then gives: "Professor
        # Nadia Whitfield OBE, Chief Executive of the Community Care Providers Federation" speaks
        # for the federation
        titled = [
            m
            for m in inside
            if m.kind == "head"
            and doc[m.start].norm_ in self.titles
            and m.end < span.end
            and doc[m.start].is_title
            and doc[m.end].is_title
            and doc[m.end].is_alpha
            and (
                self._apposed(doc, m.start, span.start)
                or not any(o.start < m.start and o.kind != "lay" for o in inside)
            )
        ]
        if titled and (
            any(
                (o.start > m.end or (o.end <= m.start and self._apposed(doc, m.start, span.start)))
                and o.kind not in ("lay", "cue")
                and o.role not in (fb.cited, fb.unknown)
                and o not in titled
                for m in titled
                for o in inside
            )
            # ... or the post right before it, at no body named: "the Chair, Professor Michael
            # Aldous" in an ICB's board minutes is the board's chair
            or (
                self.posts
                and any(self._post_beside_title(doc, m.start, span.start) for m in titled)
            )
        ):
            inside = [m for m in inside if m not in titled]
            if not inside:
                return None
        # a credit that opens on what the person is, then where: "Resident, nursing home,
        # Hartsfield", "Relative, nursing home, Marlbridge town" (the setting is no provider's)
        first = min(inside, key=lambda m: m.start)
        if (
            first.kind == "head"
            and first.role not in (fb.unknown, fb.cited)
            and first.start == span.start
            and first.end < span.end
            and doc[first.end].text == ","
            and all(m.role == fb.employer and m.kind == "phrase" for m in inside if m is not first)
        ):
            return first
        # a relative names the speaker before whom they are related to: "The son of a woman who
        # moved into a nursing home"
        # (after a participant's code: "(FM02, daughter of resident, nursing home, North West)")
        kin = min(inside, key=lambda m: (m.kind == "code", m.start))
        if (
            kin.kind == "head"
            and kin.role == fb.lay_person
            and kin.end < span.end
            and doc[kin.end].lower_ == "of"
        ):
            return kin
        unknown = self.lexicon.fallback.unknown
        cited = self.lexicon.fallback.cited
        # what a person sent is their words: "A letter from a daughter in Leeds", "a message
        # from one care worker", "An email from Sue Brennan, who chairs the Eastvale Care
        # Association" (but "A report from the King's Fund" is the report's)
        sent = next(
            (
                m
                for m in inside
                if m.role == cited
                and m.kind == "head"
                and m.end < span.end
                and doc[m.end].lower_ == "from"
                and doc[m.start].norm_ in PERSONAL_MEDIA
            ),
            None,
        )
        if sent is not None and _person_named(doc, sent.end + 1, span.end):
            inside = [m for m in inside if m.role != cited]  # who they are, after their name
            if not inside:
                return None
        # a publication outranks the body behind it ("Research commissioned from the Institute",
        # "The King's Fund report", "The charity's annual report"); a person named by a role
        # outranks both
        works = [m for m in inside if m.role == cited and m.kind in ("head", "phrase")]
        # ... and so do the people who answered it: "Respondents to our survey told us:"
        answered = next(
            (
                m
                for m in inside
                if m.role == unknown
                and m.kind == "head"
                and m.end < span.end
                and doc[m.end].lower_ in ("to", "in")
                and any(0 < w.start - m.end <= ANSWERED_REACH for w in works)
            ),
            None,
        )
        if answered is not None and all(m.role in (cited, unknown) for m in inside):
            return answered
        if works and doc[span.start].lower_ == "in":
            # ... or after it, the occasion theirs: "In the service's first joint staff survey
            # (response rate 61 per cent), one respondent"
            comma = next((k for k in range(span.start, span.end) if doc[k].text == ","), span.end)
            after = [m for m in inside if m.start > comma]
            if after and all(m.role == unknown and m.kind == "head" for m in after):
                return after[0]
        if works and not any(
            m.role not in (cited, unknown)
            and m.kind in ("head", "phrase", "code")
            and not (
                m.end < span.end
                and doc[m.end].lower_ in POSSESSIVE
                and any(0 < w.start - m.end <= OWNED_REACH for w in works)
            )
            and not _topic_of(doc, m, works)
            for m in inside
        ):
            inside = [m for m in inside if m.role == cited]
        if sent is not None and any(
            m.start > sent.end and m.role not in (cited, unknown) and m.kind in ("head", "phrase")
            for m in inside
        ):
            inside = [m for m in inside if m is not sent]
        # a body someone was moved out of is none of theirs: "Harold Bamforth, 81, who was
        # discharged from Northmoor General Hospital in March"
        inside = [m for m in inside if not (m.kind == "org" and _moved_from(doc, m, span))]
        if not inside:
            return None
        first = min(inside, key=lambda m: m.start)
        if (
            first.role == cited
            and first.kind in ("head", "phrase")
            and first.end < span.end
            and (
                doc[first.end].lower_ in MADE_BY
                # "The report, published on Tuesday by the Centre for Care Futures, a think tank"
                or (
                    first.end + 1 < span.end
                    and doc[first.end].text == ","
                    and doc[first.end + 1].lower_ in MADE_BY
                )
            )
        ):
            return first  # "A 2024 study by researchers at the University": the study's words

        # a short phrase on a post ("deputy director", "director of operations") is a post like
        # its head noun, so an organisation before or after it is where the post is held
        posts = {
            m.start
            for m in inside
            if m.kind == "phrase"
            and (
                (m.end - m.start <= 2 and doc[m.end - 1].norm_ in self.post_heads)
                or (
                    m.end - m.start >= 3
                    and doc[m.start].norm_ in self.post_heads
                    and doc[m.start + 1].lower_ == "of"
                )
            )
        }
        # a publication's head noun is no post: "a difficult CQC assessment" is no CQC post
        heads = {m.start for m in inside if m.kind == "head" and m.role != cited} | posts
        head_ends = {m.end for m in inside if m.kind == "head" or m.start in posts}
        head_ends |= {_complement_end(doc, e, span.end) for e in head_ends}

        head_starts = sorted(m.start for m in inside if m.kind == "head")
        modifiers = {a for a, b in pairwise(head_starts) if _modifies(doc, a, b)}

        def rank(m: RoleMatch) -> tuple[bool, int, bool, int]:
            kind = m.kind
            if m.start in posts and any(
                (o.kind == "org" or (o.kind == "phrase" and doc[o.end - 1].lower_ in BODY_NOUNS))
                and (
                    # not a second post's body: "Director of Adult Social Services at Westshire
                    # County Council and ADASS spokesperson on workforce"
                    (o.start >= m.end and not _second_post(doc, m.end, o.start))
                    or _before_head(doc, o.end, {m.start}, span.end)
                )
                for o in inside
            ):
                # "deputy director of commissioning at the CCG", "an ICB deputy director",
                # "director of operations at an acute trust": the organisation's
                kind = "head"
            if kind == "org":
                j = before_name(doc, m.start, span.start)
                if (
                    (
                        j >= span.start
                        and doc[j].lower_ in PREPOSITIONS
                        and not (j > span.start and doc[j - 1].lower_ in MOVES)
                    )
                    # "commissioners employed by integrated care boards"
                    or (j > span.start and doc[j].lower_ == "by" and doc[j - 1].norm_ in EMPLOYING)
                    or _before_head(doc, m.end, heads, span.end)
                    or (j >= span.start and doc[j].text == "," and j in head_ends)
                    or (j > span.start and doc[j].text == "," and self._post_before(doc, j))
                ):
                    # "chair of Care England", "an ICB director", and in credit lines
                    # "Commissioning manager, NHS Ashvale Integrated Care Board"
                    kind = "org_of"
            # the undeterminable role ("interviewee") yields to any role the phrase also names:
            # "One interviewee, a former director," is a director; a head noun that only modifies
            # the next one yields to it ("a young carers' worker", "one carers' centre manager")
            return (m.role == unknown, _RANK[kind], m.start in modifiers, m.start)

        best = min(inside, key=rank)
        if (
            best.role == cited
            and best.kind == "org"
            and fb.organisation is not None
            and rank(best)[1] == _RANK["org_of"]
            and any(m.start in heads for m in inside)  # a post, not "Section 5 of the Care Act"
        ):
            # a post at a body that speaks only in writing is a person's: "Dr Alison Moffat,
            # Director for Social Care Strategy at the Scottish Government"
            return replace(best, role=fb.organisation, kind="phrase")
        return best


def _moved_from(doc: Doc, m: RoleMatch, span: Span) -> bool:
    """The body `m` follows a move out of it and its preposition: "discharged from", "moved
    from", "transferred to" (see MOVED)."""
    j = before_name(doc, m.start, span.start)
    return (
        j > span.start
        and doc[j].lower_ in ("from", "to", "into", "out")
        and doc[j - 1].lower_ in MOVED
    )


# a person moved out of (or into) a place, not working there: a narrower MOVES (not "head of
# discharge at NHS ... ICB", nor "referred to the Healthwatch report")
MOVED = frozenset({"discharged", "transferred", "moved", "released"})


def _named_before(doc: Doc, post: int) -> tuple[int, int] | None:
    """The capitalised name right before a post in lower case that a name follows, as the press
    writes a body's officer: "Age Forward chief executive Marcus Oyelaran" - (start, end) of
    "Age Forward" - or before "'s" and the post, or None."""
    if post == 0 or not doc[post].is_lower or post + 2 > len(doc):
        return None
    if post >= 3 and doc[post - 1].lower_ in ("'s", "’s"):
        # ... or the body's name before "'s": "Common Ground's chief executive, Dele Adebayo"
        start = post - 1
        while start > 0 and post - 1 - start < NAME_BEFORE_POST and doc[start - 1].is_title:
            start -= 1
        while start < post - 1 and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        return (start, post - 1) if post - 1 - start >= 2 else None
    end_post = post
    while end_post < len(doc) and doc[end_post].is_lower:
        end_post += 1
    if end_post >= len(doc) or not doc[end_post].is_title:
        return None  # no name after the post: "the Age Forward chief executive said"
    start = post
    while start > 0 and post - start < NAME_BEFORE_POST and doc[start - 1].is_title:
        start -= 1
    if start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper):
        return None
    while start < post and doc[start].lower_ in ("the", "a", "an", "its", "their", "our"):
        start += 1
    # two words at least: one may be a sentence's first ("Campaign founder Sunita Rahman")
    return (start, post) if post - start >= 2 else None


def joins_name(tok: Token) -> bool:
    """A hyphen inside a name, with no space either side ("Osei-Bonsu", "Mid-Shire")."""
    return (
        tok.text in HYPHENS
        and tok.i > 0
        and not tok.whitespace_
        and not tok.doc[tok.i - 1].whitespace_
    )


def plural_possessive(doc: Doc, k: int) -> bool:
    """Token k is the apostrophe of a capitalised plural inside a name, a word of the name
    itself: "Carers' Alliance", "Directors’ Forum"."""
    return (
        doc[k].text in PLURAL_POSSESSIVE
        and 0 < k < len(doc) - 1
        and doc[k - 1].is_title
        and doc[k - 1].text.endswith("s")
        and doc[k + 1].is_title
    )


def _plural_or_singular(acronym: str) -> str:
    """ "PSWs" -> "PSW", "PSW" -> "PSWs"."""
    return acronym[:-1] if acronym.endswith("s") else f"{acronym}s"


def _topic_of(doc: Doc, m: RoleMatch, works: list[RoleMatch]) -> bool:
    """Role term m is what a publication is about, not who wrote it: "a review of co-production
    boards in twelve councils", "A study of registered managers" - "of" right after the work's
    noun, and at most TOPIC_REACH words, none of them punctuation, before the term."""
    return any(
        w.end < m.start
        and doc[w.end].lower_ == "of"
        and m.start - w.end <= TOPIC_REACH
        and not any(doc[k].is_punct for k in range(w.end, m.start))
        for w in works
    )


def _served(doc: Doc, i: int, start: int) -> bool:
    """The lay word at token i follows "for" and at most two words that describe the people:
    "for older people", "for disabled people", "for people"."""
    j = i - 1
    while j >= start and i - j <= 3 and doc[j].is_lower and doc[j].lower_ != "for":
        j -= 1
    return j >= start and doc[j].lower_ == "for"


def _second_post(doc: Doc, start: int, end: int) -> bool:
    """An "and" between tokens start and end that joins two posts, not two words of one name
    ("at NHS Northmoor and Dales ICB") or two nouns of one post's remit before where it is held
    ("director of care and support at one housing association"): what follows it is held by
    another post."""
    return any(
        doc[k].lower_ == "and"
        and not (doc[k - 1].is_title and doc[k + 1].is_title)
        and not (doc[k + 1].is_lower and k + 2 < len(doc) and doc[k + 2].lower_ in REMIT_ENDS)
        for k in range(start, end)
    )


def _modifies(doc: Doc, a: int, b: int) -> bool:
    """The head noun at token a is a modifier of the one at token b: at most two words between,
    with no punctuation (a possessive's apostrophe aside), preposition or conjunction, nor a name
    and a word of what they did ("Cllr Oduya thanked providers")."""
    between = doc[a + 1 : b]
    return (
        0 < b - a <= 3
        and all(
            t.lower_ in ("'", "’", "'s", "’s")
            or (not t.is_punct and t.lower_ not in MODIFIER_BREAKS)
            for t in between
        )
        and not (
            doc[a].is_title
            and any(t.is_title for t in between)
            and any(t.is_lower for t in between)
        )
    )


def before_name(doc: Doc, i: int, lo: int) -> int:
    """The token before the organisation name that ends with token i, back over articles and the
    rest of the name ("at NHS Northmoor and Dales ICB" -> "at"), at most six tokens, not before lo."""
    j = i - 1
    while j > lo and i - j <= 6:
        tok = doc[j]  # once: doc[j] makes a new Token
        if not (
            tok.lower_ in NAME_ARTICLES
            or tok.lower_ in NAME_EPITHETS  # "director of the new Centre for Care Leadership"
            or joins_name(tok)  # "at the Mid-Shire Integrated Care Board"
            or tok.is_title
            or tok.is_upper
            or plural_possessive(doc, j)  # "the Thornbury Vale Carers’ Forum"
        ):
            break
        j -= 1
    return j


def _inflections(word: str) -> str:
    """A regex for an English word and its regular inflections: own(s|ed|ing), manag(e|es|ed|ing),
    agenc(y|ies), run(s|ning)."""
    w = re.escape(word)
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return rf"{w[:-1]}(?:y|ies|ied|ying)"
    if word.endswith("e"):
        return rf"{w[:-1]}(?:e|es|ed|ing)"
    doubled = (
        rf"|{re.escape(word[-1])}(?:ed|ing)"
        if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", word)
        else ""
    )
    return rf"{w}(?:s|es|ed|ing{doubled})?"


def _titled_bracket_end(doc: Doc, k: int, end: int, words: int) -> int | None:
    """Where the bracket opening at token k ends, when it holds up to `words` capitalised words and
    nothing else ("(Haldane)", "(Adult Social Care)"): the token after its ")", or None."""
    close = next((j for j in range(k + 1, min(end, k + words + 1)) if doc[j].text == ")"), None)
    if close is not None and close > k + 1 and all(doc[j].is_title for j in range(k + 1, close)):
        return close + 1
    return None


def _complement_end(doc: Doc, i: int, end: int) -> int:
    """Where a post's title ends, its head ending at token i: "Director of Place Partnerships",
    "Head of Adult Social Care and Health" (capitalised words after "of" or "for", a place after
    a dash); in a credit
    line, words of any case up to its comma ("Director of integration, integrated care board");
    and a bracket of capitalised words right after it ("Director of Operations (Adult Social
    Care), Care Quality Commission")."""
    if i < end and doc[i].text == "(":
        return _titled_bracket_end(doc, i, end, 5) or i
    if i >= end:
        return i
    if doc[i].lower_ in ("and", "&") and i > 0 and doc[i - 1].is_title:
        # ... and a title going on past the post the lexicon names: "Director of Policy and
        # Public Affairs, Care England"
        if not (i + 1 < end and doc[i + 1].is_title):
            return i
    elif doc[i].lower_ not in ("of", "for"):
        return i
    k = i + 1
    while (
        k < end
        and k - i <= 8
        and (
            doc[k].is_title
            or doc[k].lower_ in NAME_JOINERS
            # "Director of Place – Wyvernshire": the place a post covers
            or (doc[k].text in ("–", "—") and k + 1 < end and doc[k + 1].is_title)
        )
    ):
        k += 1
    if k > i + 1 and k < end and doc[k].text == "(":  # "Director of Place (Haldane)"
        k = _titled_bracket_end(doc, k, end, 4) or k
    words = i + 1
    while words < end and words - i <= 4 and doc[words].is_alpha:
        words += 1
    if words > k and words < end and doc[words].text == ",":
        return words
    return k


def _hyphenated(phrase: str) -> str | None:
    """A phrase of two to four plain words joined by hyphens, as compounds are often written
    ("expert-by-experience", "front-line"); None for any other phrase."""
    words = phrase.split()
    if not 2 <= len(words) <= HYPHENATED_WORDS or not all(w.isalpha() for w in words):
        return None
    return "-".join(words)


def _before_head(doc: Doc, i: int, heads: set[int], end: int) -> bool:
    """A head noun starts at token i or after at most three modifiers, hyphens joining them: "an ICB
    director", "ICB place-based manager"."""
    for k in range(i, min(end, i + 4)):
        if k in heads:
            return True
        if doc[k].is_punct and doc[k].text not in HYPHENS:
            return False
    return False


# relations, which say whose someone is, not what (the lexicon's `user` heads for family)
KIN_HEADS = frozenset(
    [
        *("daughter", "son", "wife", "husband", "mother", "father", "mum", "dad", "brother"),
        *("sister", "grandson", "granddaughter", "niece", "nephew", "stepson", "stepdaughter"),
        *("son-in-law", "daughter-in-law"),
    ]
)
# a clause's verb saying what someone is: "who has been the home's registered manager", "who now
# runs the agency" (not "who now receives two visits a day from a home care agency")
BEING = frozenset(["is", "was", "became", "runs", "ran", "manages", "managed", "owns", "owned"])


def _being(doc: Doc, k: int) -> bool:
    """The clause from token k says what someone is: "is", "has been", "now runs"."""
    if k >= len(doc):
        return False
    if doc[k].lower_ in ("has", "had", "now") and k + 1 < len(doc):
        return doc[k + 1].lower_ == "been" or (
            doc[k].lower_ == "now" and doc[k + 1].lower_ in BEING
        )
    return doc[k].lower_ in BEING


def _relative_clause(doc: Doc, start: int, end: int) -> int | None:
    """Where a relative clause starts in the phrase (", who ...", ", whose ...", "in a council
    where ..."), or None."""
    for k in range(start + 1, end):
        word = doc[k].lower_
        if word in ("where", "whose") or (word == "who" and doc[k - 1].text == ","):
            return k
    return None


def _which_clause(doc: Doc, start: int, end: int) -> int | None:
    """Where a ", which ..." clause about a body starts in the phrase, or None."""
    text = doc.user_data.get("text")
    if text is not None and ", which" not in text:
        return None  # (the doc's text: most phrases have none, and no token is visited)
    for k in range(start + 1, end):
        if doc[k].lower_ == "which" and doc[k - 1].text == ",":
            return k
    return None


def _employed(doc: Doc, i: int, lo: int, *, hired: bool = False) -> bool:
    """The term at token i is the object of an employing verb ("who employs two personal assistants",
    "which represents independent providers", not "employed by the ICB") or of "for" after
    something else ("a provider of supported living for people with learning disabilities"): it
    names the people the speaker employs, speaks for or serves, not the speaker ("working for"
    names the employer: "a commissioner working for an ICB"). The verb or "for"
    stands at most three words before, with no punctuation between. With `hired`, only the people
    the speaker employs, hires or recruits count."""
    verbs = HIRING if hired else EMPLOYING
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if doc[j].is_punct:
            return False
        if (
            doc[j].norm_ in verbs
            and doc[j + 1].lower_ != "by"
            and not (j > lo and doc[j - 1].lower_ in NOUN_MARKS)  # "an international recruit"
        ) or (
            not hired
            and doc[j].lower_ == "for"
            and j > lo
            # not "Skills for Care", nor a post's body: "director of urgent care for NHS England",
            # "a director of workforce for the ICS"
            and not (
                doc[_past_the(doc, j + 1, i)].is_title or doc[_past_the(doc, j + 1, i)].is_upper
            )
            and doc[j - 1].lower_ not in POSTS_FOR  # "place director for the ICB" works there
            and doc[j - 1].lower_ not in WORKS
        ):
            return True  # "... who employs two PAs", "a provider of supported living for people"
    return False


def _past_the(doc: Doc, k: int, i: int) -> int:
    """Token k, or the one after it if k is "the" ("the ICS" -> "ICS"), not past i: a named body
    (not "waiting for an OT assessment")."""
    return k + 1 if k < i and doc[k].lower_ == "the" else k


def classify_text(text: str, lexicon: RoleLexicon, model: str | None = None) -> str | None:
    """The role a speaker phrase names, e.g. "One highly experienced owner of care homes" -> provider."""
    found = role_matcher(lexicon, model).read(text)
    return found.role if found else None


_MATCHERS: dict[tuple[int, str | None], tuple[RoleLexicon, RoleMatcher]] = {}


def role_matcher(lexicon: RoleLexicon, model: str | None = None) -> RoleMatcher:
    """A RoleMatcher for `lexicon`, built once per lexicon object and pipeline."""
    from carelead.nlp import load_nlp

    key = (id(lexicon), model)
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, RoleMatcher(lexicon, load_nlp(model)))
        _MATCHERS[key] = cached
    return cached[1]


def _represents(text: str) -> Iterator[tuple[int, int]]:
    """Where a clause saying whom a body represents starts, and where its members do."""
    at = text.find(REPRESENTS)
    while at >= 0:
        end = at + len(REPRESENTS)
        after = REPRESENTS_AFTER.match(text, end)
        clause = REPRESENTS_BEFORE.search(text, max(0, at - REPRESENTS_REACH), at)
        # (", which representing" is no clause)
        if (
            after is not None
            and clause is not None
            and (text[end] == "s" or not clause.group().startswith(","))
        ):
            yield clause.start(), after.end()
        at = text.find(REPRESENTS, end)


def _full_name(text: str, short: str, before: int) -> list[str] | None:
    """The full name ending in `short` the page gave before `before`: "Independent Care Alliance"."""
    m = re.search(FULL_NAME + re.escape(short) + r"\b", text[:before])
    return m.group(0).split() if m is not None else None
