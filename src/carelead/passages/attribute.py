"""Split a cleaned document into passages and attribute every quotation to a speaker and role.

    quotes.find_quotes   quotation spans (regex scan, linear)
    cues.CueReader       tokenise the narrative next to each quotation; speech verbs, role mentions
    cues.leading/trailing  the cue of each quotation and its speaker phrase
    chain                roles of speakers named only by reference
    names                people named with their post, in lists, and named again
    segment              the authors' narrative between quotations, a passage a paragraph

The result is ordered, non-overlapping and covers every quotation and every paragraph of narrative.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from carelead.ingest.clean import CHAT_LINE, WrittenLabel, written_label
from carelead.models import PageSpan, Passage
from carelead.nlp import gc_paused
from carelead.passages.chain import (
    GENDERED_WORDS,
    PRONOUN_GENDER,
    REACH,
    Antecedent,
    Genders,
    by_name,
    given_names,
    name_initials,
    nearest,
    previous_quote,
    subject_of,
)
from carelead.passages.cues import (
    CODE_NAME,
    COLON,
    CONNECTIVES,
    DASHES,
    GOES_ON,
    MODIFIER_STOPS,
    READ_MEDIA,
    READ_OUT,
    SPEAKING_BODIES,
    UNDERTAKINGS,
    Cue,
    CueReader,
    Gap,
    break_candidates,
    continues_medium,
    leading,
    read_speaker,
    sentence_break,
    sentence_start,
    trailing,
)
from carelead.passages.names import (
    CHAIR,
    FULL_NAME,
    HONORIFICS,
    MEMBER_OF_PARLIAMENT,
    NAME_WORD,
    OLD_AGE,
    OUR_POST,
    POSSESSIVE_POST,
    POST_NOMINALS,
    POSTS,
    SENTENCE_STOP,
    LowerWords,
    Poster,
    aged_names,
    anchored,
    bare_name,
    forum_posters,
    forum_posts,
    listed_people,
    mark_names,
    mention_names,
    names_pattern,
    possessor,
    post_end,
    poster_profiles,
    re_mention,
    read_post,
    remember,
)
from carelead.passages.quotes import (
    ADDRESSEE,
    ANONYMOUS_LABELS,
    BRACKETS,
    BULLET,
    CALL_HEADINGS,
    CAPTION,
    CARD_LABEL,
    CHAMBER,
    DASHED_ATTRIBUTION,
    EXCHANGE_LABEL,
    FIRST_PERSON,
    FOLLOWING,
    INITIALS,
    MARKS,
    MIN_OWN_WORDS,
    MINUTED_TURN,
    NAMED_ASKER,
    PARTY,
    QUESTION_NUMBER,
    RESPONSE_FROM,
    SIGNATURE,
    SIGNED_APART,
    SIGNED_LINE,
    THAT_IS_HOW,
    TITLED_PERSON,
    WE,
    WORD,
    YEAR,
    QuoteSpan,
    ScanStats,
    find_quotes,
    inner_quotations,
    is_heading,
    lead_end,
    paragraphs_from,
    turn_label,
)
from carelead.passages.roles import (
    BODY_NOUNS,
    CODE,
    FORMER,
    MODIFIER_BREAKS,
    NAME_JOINERS,
    NAME_TOKENS,
    Fallback,
    RoleLexicon,
    RoleMatch,
    before_name,
    past_career,
    role_matcher,
)
from carelead.passages.segment import narrative_spans, page_finder

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_PULL_CHECKS = 50
# a speaker whose role the text withholds: "who did not give their role", "whose organisation we
# have agreed not to name", "(role not given)"
ROLE_WITHHELD = re.compile(
    r"(?i)\b(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|would\s+not|declined\s+to|chose\s+not\s+to"
    r"|preferred\s+not\s+to|asked\s+(?:us\s+)?not\s+to|agreed\s+not\s+to)\s+"
    # (or "any details of their role", "in what capacity they were writing")
    r"(?:give|say|state|share|disclose|tell\s+us|name|identify)\s+(?:\w+\s+){0,4}?"
    r"(?:role|job|job\s+title|organi[sz]ation|employer|affiliation|capacity"
    r"|what\s+(?:they|he|she)\s+do)"
    # "who asked that neither their name nor their organisation be published"
    r"|\basked\s+that\s+(?:neither\s+)?(?:their|his|her)\s+(?:name\s+(?:n?or|and)\s+(?:their|his|her)\s+)?"
    r"(?:role|job|organi[sz]ation|employer)\s+(?:not\s+)?be\s+(?:published|given|named|identified)"
    r"|\b(?:role|organi[sz]ation|affiliation)\s+(?:was\s+)?not\s+(?:given|stated|known)\b"
    r"|\bwhose\s+(?:role|job|organi[sz]ation|affiliation)\s+(?:we|I)\s+(?:have\s+agreed\s+not\s+to"
    r"|did\s+not|didn[’']t|cannot|can[’']t|will\s+not|won[’']t)\s+(?:give|name|disclose|record|catch)"
)
# a body, named by the kind it is: "The council told us", "the firm said", "the home said"
BODIES = BODY_NOUNS | frozenset(
    [
        *("firm", "company", "charity", "organisation", "home", "group"),
        # "The union describes care workers as", "The Institute calls for"
        *("union", "institute", "foundation", "alliance", "federation", "coalition", "society"),
        # ... and a body of members that reports as one: "The committee said", "the panel found"
        *("committee", "panel", "cabinet"),
    ]
)
# words of a body's name before what it does: "the Northern Care Providers Forum"
MAX_BODY_WORDS = 6
BODY_KIND_WORDS = 5  # words of an apposition up to its kind of body: "a national user-led charity"
# what may follow the kind of body an apposition names: "a coalition of", "a body established to"
AFTER_A_BODY = frozenset(
    [
        ",",
        "of",
        "for",
        "that",
        "which",
        "with",
        "in",
        "established",
        "set",
        "founded",
        "led",
        "run",
        "based",
        "working",
        "supporting",
        "representing",
        "campaigning",
    ]
)
# the last words of a body's name, which are nobody's surname: "the Integrated Discharge Team"
TEAMS = BODIES | frozenset(["team", "teams", "unit", "hub", "directorate", "programme"])
# the blocks whose quotations of someone else are lifted out of them: a speaker's own words
SPLIT_TURNS = frozenset(["answer", "speech", "turn", "post"])  # ... and a forum post
# quotations whose speaker's report of someone else's words is lifted out (`_relay`): an inline
# quotation, a block after its colon, a speaker going on (not a paragraph closed by its
# attribution, "A manager described the opposite: '...' (CHM09)", whose lead-in is the authors')
RELAYING = frozenset(["", "continued"])
# a message a broadcast's host reads out, sent to the programme ("Pauline in Immingham has
# texted:", "Kevin on our Facebook page says:", "Another text, this one unsigned:"), not to the
# speaker ("she texted me", "an email sent to her"): the sender's own words
# a host reading out a message: "a text here from", "an email now from", "Another from Mike", "This
# one's from", or the sender by name and place before the words: "Karen in Oldfield:"
MESSAGE_FROM = re.compile(
    r"\b(?i:texts?|e-?mails?|messages?|tweets?|letters?|notes?|another|this(?: one)?"
    r"(?:['’]s| is)?|one|it['’]s|it is)\b[^.!?\"“”:\n]{0,24}?\bfrom[ \t]+"
    # ... or the sender's own news of it, what the host says of them after: "Lorraine has
    # emailed - she says she's an expert by experience on her council's board:"
    r"|\b(?:has|have|['’]s)[ \t]+(?:texted|e-?mailed|messaged|written)"
    r"(?:[ \t]+(?:back[ \t]+)?in)?[ \t]*[-–—,]?[ \t]*"
    r"|(?P<placed>\b[A-Z][a-z]+ (?:in|from) [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[ \t]*(?::|,? "
    r"(?:says|writes|has texted|has e-?mailed|texts|e-?mails)))"
)
MESSAGE_REACH = 300  # characters of a host's turn before the words in which it says so
SENDER_END = re.compile(r"[.!?:;\"“”]|,? (?:and )?(?:she|he|they) (?:says|writes)\b")
# (or none: the message read out as written, a sentence of its own after its sender's)
READING_VERB = re.compile(r"\b(?:says|writes|asks|adds|texts|e-?mails)\b|:[ \t]*$|^[.!?][ \t]*$")
RECALLED_VERB = re.compile(r"\b(?:said|told|asked)\b")
MESSAGE = re.compile(
    r"\b(?:texts?|texted|e-?mails?|e-?mailed|messages?|messaged|tweets?|tweeted)\b"
    r"(?![ \t]+(?:me|us|him|her|them)\b|[ \t]+sent[ \t]+to\b)"
    r"|\bon[ \t]+(?:our|the|their)[ \t]+(?:Facebook|Twitter|Instagram|WhatsApp)\b"
    r"|\bon[ \t]+(?:Facebook|Twitter|X|Instagram|WhatsApp|social media)\b"
)
# a turn's short sentence saying what follows is messages: "Right. Texts.", "Some of your emails:"
ANNOUNCED_MESSAGES = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+)(?:[A-Za-z'’]+[ \t]+){0,3}(?:texts|e-?mails|messages)[ \t]*[.:!]",
    re.I | re.M,
)
INTRO_BREAK = re.compile(r"[.!?…][’'”\"]?[ \t]+|\n")  # a sentence's or line's end
INTRO_REACH = 300  # characters back to the start of the sentence that introduces a quotation
FIRST_PERSON_WORDS = frozenset(["i", "we", "i'd", "i’d"])
NEW_SUBJECTS = frozenset(["a", "an", "one", "another", "the", "this"])  # "... and a woman said"
INTRO_BACK = 800  # characters before an interview's first answer its introduction stands in
INTERVIEWEE_MENTIONS = 2  # times the piece names the person an unlabelled interview is with
PERSONAL_PRONOUNS = frozenset(["he", "she"])  # a person: never an organisation or a publication
CONTINUING = frozenset(["add", "continue", "go on"])  # speech verbs of the speaker who goes on
# a post set before a sentence's pronoun subject: "Now director of ..., she took over"
FRONTED = re.compile(r",[ \t]+(?:she|he)\b")
FRONTED_BACK = 400  # characters back to the sentence before: its opening name is the person
# a post held from a year, and after it another from a later one: "a field care supervisor | in
# 2017, a care co-ordinator in 2019 and branch manager in 2022"
SUPERSEDED = re.compile(
    r"[ \t]+in[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d(?:,|[ \t]+and\b)[^.;\n]{0,80}?"
    r"\bin[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d"
)
# ... or held for a spell the sentence says was over: "Pryce was her main carer | for two of them"
SPELL_AFTER = re.compile(
    r"[ \t]+(?:for[ \t]+(?:[\w-]+[ \t]+)?(?:years|months|decades|of[ \t]+them)\b|until[ \t]"
    r"|between[ \t]+(?:19|20)\d\d)"
)
WAS_BEFORE = re.compile(r"\bwas[ \t]+(?:[\w'’-]+[ \t]+){0,3}$")  # "was her main | carer"
WAS_REACH = 40  # characters before the mention that "was" and its words stand in
SUBJECT_OPENING = 24  # characters before a mention that opens its sentence: "The locality's "
# ... and a post's new holder opening it, who is the person the sentence before named: "The new
# president of ADASS talks to Tom Ellery" under "Anjali Mercer: '...'"
NEW_HOLDER = re.compile(r"The[ \t]+(?:new|newly[ \t]+appointed|incoming)[ \t]+")
HIS_HER = frozenset(["his", "her"])  # a relative after them is someone else's: "his mother"
STOPS = re.compile(r"[.!?]")  # a sentence's end between a mention and a speech verb
TO_WHOM = frozenset(["to", "for", "with", "about", "at", "from", "on"])  # after a speech verb
EN_DASHED = re.compile(r"\s*–[ \t]")  # a paragraph opening on an en dash after a quotation's end
# a clause about a place or a thing, opened after a sentence's subject (not "who ...", which says
# what the subject is: "Dan Kowalski, who organises care workers ... for the union, says")
RELATIVE_OPEN = re.compile(r",[ \t]+(?:where|which)\b")
RELATIVE_REACH = 300  # characters back from a mention to such a clause's start
COORDINATED = re.compile(r",[ \t]+(?:and|but)[ \t]+(?:\w+ly[ \t]+)?$")
ANSWERS = frozenset(["a", "answer", "a."])  # the answering label of a Q&A transcript
# a transcript excerpt's label for the person interviewed, whom the excerpt's heading describes
RESPONDENTS = frozenset(["r", "r.", "respondent"])
EXCERPT_TURNS = 12  # turns back to an excerpt's heading
EXCERPT_HEADING = 300  # characters of such a heading
# a person at an organisation, though no post or role: "Her counterpart at the ICB"
PEOPLE = frozenset(
    ["representative", "counterpart", "colleague", "people", "staff", "team", "leader", "leaders"]
)
# nouns of a group, never a "she": "independent agencies sending new staff to shadow"
COLLECTIVE = frozenset(["staff", "workforce", "personnel"])
GROUP_WORDS = frozenset(
    ["others", "those", "people", "many", "some", "several", "all", "most", "every", "each"]
)  # "Not every PSW gets that hearing. One, ..." is one of them
MIN_CITED_WORDS = 8  # a quoted passage long enough to be a publication's words, not its term
MIN_UNCUED_WORDS = (
    5  # a shorter quoted phrase with no cue is a scare quote ('fix'), left in the narrative
)
TERM_BACK = 20  # characters before a quoted phrase read for the word it follows
ANONYMOUS = frozenset(["one", "a", "an", "another"])  # "One director", "A second director"
# ... or a definite one who makes a point: "The head of a national disability rights organisation
# put the wider point:", "The chair made the same case:"
MADE_POINT = re.compile(
    r"\b(?:put|puts|putting|made|makes|making|pressed|presses)(?:[ \t\n]+[\w'’-]+){0,3}?"
    r"[ \t\n]+(?:point|case|problem|argument)s?\b"
)
# a quoted fragment of a lead-in no longer than this is read through for the speaker before it
FRAGMENT_WORDS = 4
SETS_OUT = UNDERTAKINGS | {"set out", "call for"}  # verbs before a term as often as before words
# a credit giving a first name, an age and perhaps a place: "Joan, 70, Norfolk", "Sam T, 52"
AGED_CREDIT = re.compile(
    r"([A-Z][a-z]+)(?:[ \t][A-Z]\.?)?,[ \t](?:aged[ \t])?\d{2}(?:,[ \t][A-Z][^,\n]{1,40})?"
)
# a participant's code in brackets after a trailing cue's speaker: "said one place director (NHS03)"
CODE_AFTER = re.compile(rf"\(({CODE})\)")
CODE_AFTER_REACH = 80  # characters after the quotation the cue and its code stand in
STOP_BETWEEN = re.compile(r"[.!?;:‘’“”\"\n]")
CODED = re.compile(rf"{CODE},")  # a credit opening with a participant's code: "(S09, ICB)"
# a document's leaders, named by no body: "Leaders told us", "One senior leader said" (not "the
# leader", a council's political leader)
LEADERS = re.compile(
    r"(?:(?:one|a|another|some|several|many|other|most|all)\s+)?(?:senior\s+)?leaders?", re.I
)
# a member of a group the text has named just before: "A member of the board told us" after "The
# council had an established Making It Real board of people who draw on care", or "Bev Marsh, who
# chairs the group," after "Making It Real Westerdale, a group of people with lived experience"
GROUP_NOUNS = "board|panel|group|forum|network|committee|partnership"
MEMBER_OF_THE = re.compile(
    r"(?:(?:(?:one|a|another|two|some|several|other)\s+)?(?:members?|the\s+chair|chair)\s+of"
    r"|[^,]{2,40},\s+who\s+(?:(?:co-)?chairs|sits\s+on|is\s+a\s+member\s+of))\s+the\s+"
    rf"({GROUP_NOUNS})",
    re.I,
)
# ... or says only "one member": of the group named last
ONE_MEMBER = re.compile(r"(?:one|a|another)\s+member", re.I)
# ... or of a group by its name: "one member of Harrowfield Voices"
MEMBER_OF_NAME = re.compile(
    r"(?:[Oo]ne|[Aa]|[Aa]nother)\s+member\s+of\s+((?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})"
)
NAME_CLAUSE = 240  # characters of the sentence after a group's name, read for what it is
# what follows a group's name to say what it is: an apposition, or a verb of being or having
NAME_SAYS = re.compile(
    r"(,[ \t]+|[ \t]+\()|[ \t]+(?:is|was|has|brings[ \t]together|includes)[ \t]+"
)
APPOSITION_END = re.compile(r"[,;.)]")
GROUP_WORDS_RX = rf"\b(?:{GROUP_NOUNS})\b"
GROUP_BACK = 1500  # characters back to the group's mention
GROUP_MENTION = (
    6  # words of the mention, to the group's noun: "an established Making It Real board"
)
SALIENT_MIN = 5  # mentions of a document's bodies of one role before its leaders are theirs
SALIENT_SHARE = 0.5  # ... and more than this share of all its mentions of the lexicon's bodies
POPULATION_MIN = 5  # people placed by their cue before a document's population is known
POPULATION_SHARE = 0.8  # of them holding one role
# a study's account of whom it heard from: "we interviewed 37 registered managers of care homes",
# found from its verb by str.find (names.anchored): a regex opening on "We" or "I" alone would be
# tried at every "In" and "It"
STUDIED = re.compile(
    r"\b(?:[Ww]e|I)[ \t]+(?:also[ \t]+)?(?:interviewed|surveyed|spoke[ \t]+(?:to|with)|talked[ \t]+"
    r"(?:to|with)|heard[ \t]+from)[ \t]+(\d[\d,]*|twenty|thirty|forty|fifty|dozens[ \t]+of|"
    r"hundreds[ \t]+of)[ \t]+([^.;:()\n]{3,100})"
)
STUDY_VERBS = ("interviewed", "surveyed", "spoke", "talked", "heard")
# ... or, for its respondents, a survey's account of whom it asked, uncounted: "This is the third
# year in which we have asked directors of adult social services not only about money"
ASKED = re.compile(
    r"\b(?:[Ww]e|I)[ \t]+(?:have[ \t]+)?(asked)[ \t]+(?:all[ \t]+|every[ \t]+)?"
    r"([a-z][^.;:()\n]{3,100}?)[ \t]+(?:to|whether|what|how|about|not)\b"
)
# ... or a survey the document reports: "according to a survey of more than 3,400 members of the
# Community and Care Workers' Union", "a survey of 1,200 unpaid carers"
# a count's hedge: "more than 3,400", "around 1,200"
ABOUT = r"(?:more[ \t]+than[ \t]+|over[ \t]+|almost[ \t]+|nearly[ \t]+|around[ \t]+|about[ \t]+|some[ \t]+)?"
SURVEY_OF = re.compile(rf"\bsurvey[ \t]+of[ \t]+{ABOUT}(\d[\d,]*)[ \t]+([^.;:()\n]{{3,100}})")
SURVEY_REACH = 40  # characters from "survey of" to the group
# the people a survey just reported asked: "our 2023 carers' survey", "1,106 carers told us"
SURVEY_OWNERS = re.compile(r"\b((?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*s)['’][ \t]+survey\b")
SURVEY_COUNT = re.compile(
    r"\b(\d[\d,]*)[ \t]+([a-z][^.;:()\n]{2,60}?)[ \t]+(?:told us|responded|took part|replied)\b"
)
# ... or completed it: "Our Leadership Census 2024, completed by 2,140 registered managers"
SURVEY_BY = re.compile(
    rf"\b(?:(?:completed|answered|returned|filled[ \t]+in)[ \t]+by[ \t]+{ABOUT}(\d[\d,]*)[ \t]+"
    # ... or the responses it had: "received 1,412 responses from registered social workers"
    r"|(\d[\d,]*)[ \t]+(?:responses|replies)[ \t]+from[ \t]+)([a-z][^.;:,()\n]{2,60})"
)
SURVEY_BACK = 400  # characters back from a respondent's cue to the survey
# ... or, for a respondent the cue calls a survey's, the survey the document described, counted or
# not: "findings from our online survey of registered managers (n=212)"
SURVEYED = re.compile(
    r"\bsurvey[ \t]+(?:of|for|(?:was[ \t]+)?open[ \t]+(?:only[ \t]+)?to)[ \t]+"
    rf"(?:{ABOUT}\d[\d,]*[ \t]+)?([^.;:()\n]{{3,100}})"
)  # ... or whom it was for: "a survey for people who draw on home care", "open only to carers"
STUDIED_BACK, STUDIED_AHEAD = 12, 160  # around a verb: its subject before, its group after
COUNT = re.compile(  # another group, counted: "... and six unpaid carers", ", 18 PAs"
    r"(?:,|\band|\bplus)[ \t]+(?:to[ \t]+|with[ \t]+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a dozen)\b"
)
STUDIED_GROUP_END = re.compile(
    r",|[ \t](?:and|together|as well|alongside|plus|from|in|across)[ \t]"
)
# a group discussion the narrative describes, and whom with: "focus groups with people who draw on
# care", "a discussion with six home care workers", "workshops held with 14 carers", "our
# roundtable with care staff", and a gathering of its people: "a roundtable of directors of adult
# social services", "a workshop for registered managers" (but not "a discussion of funding")
DISCUSSION = re.compile(
    r"\b(?:(?:focus[ \t]+groups?|group[ \t]+discussions?|discussion[ \t]+groups?|discussions?|"
    r"workshops?|listening[ \t]+events?|sessions?|round-?[ \t]*tables?)[ \t]+"
    r"(?:held[ \t]+|we[ \t]+held[ \t]+)?with"
    r"|(?:focus[ \t]+groups?|workshops?|listening[ \t]+events?|round-?[ \t]*tables?)[ \t]+(?:of|for))"
    r"[ \t]+"
    r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+)?"
    r"([^.;:()\n]{3,100})"
)
# a gathering a speaker phrase may place its speaker at: "One participant at our Bristol event"
GATHERING = re.compile(
    r"\b(?:events?|round-?[ \t]*tables?|focus[ \t]+groups?|workshops?|meetings?|sessions?)\b", re.I
)
GATHERING_FOR = re.compile(
    r"\b(?:events?|round-?[ \t]*tables?|focus[ \t]+groups?|workshops?|meetings?|sessions?)"
    r"[ \t]+(?:for|with)[ \t]+([^,;:.()\n]{3,60})",
    re.I,
)
# who a discussion's people are called when quoted: "one participant", "a member of the group", and
# a turn's label ("S1:")
DISCUSSANT = re.compile(r"\b(?:participants?|members?|attendees?)\b", re.I)
# a speaker whose role the text keeps back on purpose: "One interviewee, who asked that even their
# role be withheld", "whose role we have withheld", "who preferred not to give their role" - no
# group or survey supplies one
WITHHELD = re.compile(
    r"\b(?:roles?|jobs?|posts?|positions?)[ \t]+(?:[\w'’]+[ \t]+){0,3}?withheld\b"
    r"|\bnot[ \t]+(?:to[ \t]+)?(?:give|name|disclose|state|say|share|identify|reveal|specify|record)"
    r"[ \t]+(?:their|his|her)[ \t]+(?:roles?|jobs?|posts?|positions?)\b",
    re.I,
)
RESPONDENT = re.compile(r"\brespondents?\b", re.I)  # who answered a survey
INTERVIEWEE = re.compile(r"\binterviewees?\b", re.I)  # whom a study interviewed
RESPONDENTS_WERE = re.compile(
    r"\b[Rr]espondents[ \t]+(?:were|are)[ \t]+(?:mostly[ \t]+|mainly[ \t]+|all[ \t]+)?"
    r"([a-z][^.;:()\n]{3,100}?)(?=[ \t]*(?:[.;:,()\n]|$))"
)
SAME_KIND = 3  # quotations in a row by one role: a series of respondents keeps it
# words that count a group "one" may be of ("several managers"), read within COUNTED_REACH
# characters before its mention
COUNTING = frozenset(["several", "many", "some", "most", "few", "numerous", "various"])
COUNTED_REACH = 12
# the prepositions a phrase's head noun stands before: "experts by experience", "members of"
HEAD_OF = frozenset(["by", "of"])
CITATION = re.compile(r"\s*[(\[][^()\[\]\n]{0,60}\b(?:1[89]|20)\d\d[a-z]?\b[^()\[\]\n]{0,30}[)\]]")
CITATION_END = re.compile(
    r"[(\[][^()\[\]\n]{0,60}\b(?:1[89]|20)\d\d[a-z]?\b[^()\[\]\n]{0,30}[)\]]\s*$"
)
BRACKET = re.compile(r"[ \t]*[(\[]([^()\[\]\n]{2,80})[)\]]")
BRACKET_END = re.compile(r"[(\[]([^()\[\]\n]{2,80})[)\]][.]?\s*$")
# the words of a dash attribution: no quote marks or dashes, but an apostrophe inside a word and a
# bracketed description ("– Juror 14 (woman, 60s, cares for her husband)")
CREDIT_WORDS = r"(?:[^\n–—()'‘’“”\"]|(?<=\w)['’](?=\w)|\([^()\n]{1,60}\))"
# "... enough of them." – care home resident   (a dash attribution closing the line)
DASH = re.compile(
    rf"[.,]?[ \t]*[–—-]{{1,2}}[ \t]*([A-Za-z]{CREDIT_WORDS}{{1,78}}?)[.]?[ \t]*"
    # the line's end, or the next quotation of a box whose lines the copy ran together: "'...' -
    # care worker, South West '...' - commissioning manager, London"
    r"(?=\n|$|[ \t]+[‘“])"
)
BRACKET_LINE = re.compile(r"\s*[(\[]([^()\[\]\n]{2,80})[)\]][ \t]*(?=\n|$)")
DASHED_PARAGRAPH = re.compile(r"\s*" + DASHED_ATTRIBUTION.pattern + r"(?=\n|$)")
# ... or closing a block paragraph after its closing mark: '"We will hand back a third of our
# council work." - Provider, West Midlands'
WRAPPED_CREDIT = re.compile(
    r"\n[ \t]*(?:\n[ \t]*)?([A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,2})[ \t]*(?=\n[ \t]*\n|\Z)"
)
CREDIT_GOES_ON = frozenset(["and", "of", "for", "the", "&", "at", "in"])
CREDIT_INITIALS = re.compile(
    r"[A-Z]{2,5}"
)  # a body's initials ("ICB"), no heading ("THE COUNCIL ...")
DASH_END = re.compile(
    rf"(?<=[\"”’'])[ \t]*[–—-]{{1,2}}[ \t]*([A-Za-z]{CREDIT_WORDS}{{1,78}}?)[.]?[ \t]*$"
)
# a name and post, with the apostrophes of "Kent Registered Managers’ Network" in it, to the line's
# end; after a dash it may open in lower case, as listening reports credit people: "— carer, Leeds"
_CREDIT = (
    r"(?:[–—-][ \t]*(?=[A-Za-z])|(?=[A-Z]))"
    r"([A-Za-z](?:[^\n.!?:;\"“”‘’]|(?<=\w)’(?=\w)|(?<=s)’(?=[ \t])){1,160})[ \t]*(?=\n|$)"
)
# on the line under the quotation, or after it on the same line when a PDF's lines were joined
CREDIT_LINE = re.compile(r"[ \t.]*\n(?:[ \t]*\n)?[ \t]*" + _CREDIT)
# a review site's line over a reply to a review: "Response from Debbie Kavanagh (Registered
# Manager) at Oakhurst House", "Management response from ...", "Reply from the owner"
RESPONSE_LINE = re.compile(RESPONSE_FROM + r"([^\n]{2,120}?)[ \t]*")
# ... or under a review site's lines between a review and its reviewer: its stars, its scores
# ("Overall Experience ★★★★★ Excellent", "Facilities 5 · Care / Support 5 · Staff 4") and notes
# on it ("This review was written with the help of a member of staff.")
REVIEW_LINES = re.compile(
    r"(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[^\n]*[★☆][^\n]*"
    r"|[A-Z][\w /&'’-]{1,40}[ \t]+\d(?:\.\d)?(?:[ \t]+·[^\n]*)|This review was [^\n]*))+"
)
CREDIT_AFTER = re.compile(r"[ \t]+" + _CREDIT)
CREDIT_UNDER = re.compile(r"[ \t]*\n[ \t]*" + _CREDIT)  # ... or on the paragraph's next line
CAPITAL_WORD = re.compile(r"\b[A-Z]{3,}\b")
HEADING_WORDS = 2  # words in capitals of a heading under a quotation, at least
# words of a credit line's name and post: "Cllr Tom Reddaway, Cabinet Member for Adult Social Care
# and Health, Harrowfield County Council"
MAX_CREDIT_WORDS = 16
CAPTION_WORDS = ("image caption", "caption", "image source", "picture caption")
ROW_THEME = re.compile(r"[ \t]*[A-Z][\w'’&/ \t-]*")  # a table row's first cell: "Funding"
ROW_THEME_WORDS = 3
ROW_THEME_CHARS = 40
QUESTION_WORDS = frozenset(["what", "how", "why", "when", "where", "which", "who", "whose"])
ASKED_WORDS = 30  # words of an interviewer's question over the answer in quote marks
ASKED_CHARS = 400  # ... and its characters, at most, where they are looked for
CREDIT_YEAR = re.compile(r",[ \t]*(?:1[89]|20)\d\d$")  # a credit's year, after its comma
# ... and a page's age of it, with its likes and controls: " · 5 weeks ago ♥ 118 Report"
AGE_AND_CONTROLS = re.compile(
    r"[ \t]+·[ \t]+[^·\n]{1,20}?\bago\b"
    r"(?:[ \t]+(?:[♥❤👍][\ufe0f]?[ \t]*[\d,]+|Report|Reply|Like|Share|Flag))*[ \t]*$"
)
CREDIT_REACH = 180  # characters of a credit line, with where the words were said
CREDIT_POST_LINE = re.compile(r"\n[ \t]*([A-Z][^\n.!?:;\"“”‘’]{2,60}?)[ \t]*(?=\n[ \t]*\n|\Z)")
CREDIT_OCCASION = re.compile(
    r",[ \t]+(?:speaking|writing|giving evidence|interviewed|quoted|in|at|on|during|to)\b.*\Z"
)
# A reference list or notes section: quotations in it are titles of works, not speech.
REFERENCE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:references|reference list|bibliography|"
    r"works cited|sources|further reading|(?:end|foot)?notes(?: and references| to editors?)?|"
    r"editors['’]? notes)[ \t]*:?[ \t]*$"
)
# An author-year right before a quoted title: "Bailey S (2018). 'Talking leadership'"
AUTHOR_YEAR_BEFORE = re.compile(
    r"[(\[](?:1[89]|20)\d\d[a-z]?(?:,[^()\[\]\n]{1,20})?[)\]][.,:]?[ \t]*$"
)
# What follows a quoted title in a citation: a web address, "Available at", "accessed", a place
# of publication ("London: The King's Fund"), a DOI.
CITATION_AFTER = re.compile(
    r"[(\[<]?(?:https?://|www\.)|\bavailable (?:at|from|online)\b|\b(?:last )?accessed\b|"
    r"\bretrieved from\b|\bdoi:|\b(?:London|Oxford|Cambridge|Bristol|Birmingham|Manchester|Leeds|"
    r"Edinburgh|Cardiff|Abingdon|Basingstoke|Maidenhead|New York)[ \t]*:[ \t]*[A-Z]",
    re.IGNORECASE,
)
# The interviewers' own question, quoted: "when asked the question of 'Where does leadership lie?'"
QUESTION_BEFORE = re.compile(
    r"\b(?:questions?(?:[ \t]+of)?|we[ \t]+(?:asked|put)(?:[ \t]+(?:them|people|interviewees|"
    r"participants|everyone|each|leaders|respondents))?|(?:when|were|was|being|are|is)[ \t]+asked"
    r"(?:[ \t]+(?:the|a|our)[^.!?\n'‘’“”\"]{0,40}?)?)[ \t]*[:,–—-]?[ \t]*$",
    re.IGNORECASE,
)
CITATION_REACH = 160  # how far after a title its citation details may run
ASKED_ALL = re.compile(
    r"\b[Ww]e[ \t]+(?:also[ \t]+)?asked[ \t]+(?:everyone|everybody|every[ \t]+interviewee"
    r"|each[ \t]+of[ \t]+them|all[ \t]+of[ \t]+them|all[ \t]+(?:our[ \t]+)?(?:interviewees|participants))\b"
)
# a sentence closed right before a quotation that follows it (on the line or in the next paragraph)
SENTENCE_END = re.compile(r"[^\n]*[^\s,;:][.!?][ \t]*\s*", re.S)
# how such a sentence opens on its subject: a pronoun, or (where a mention may stand) a few words
OPENER = re.compile(
    r"(?:(?:But|And|Then|So|Yet|Now|Here)[ ,]+)?(?:(He|She)\b|(?:[Tt]he |[Hh]er |[Hh]is |[Tt]heir |[A-Z]))"
)
# ... or on one of a group, who they are in commas after it: "One, a director in a large shire
# county, ...", "Another, a registered manager, ..."
ONE_APPOSED = re.compile(r"(?:One|Another),[ \t]+(an?[ \t])")
AUTHORS_YEAR = re.compile(  # "Whitfield and Obi (2021)", "Pemberton (2018: 57)", "X et al. (2021)"
    r"(?:[A-Z][\w'’-]+|\bet[ \t]+al\.?)[ \t]+"
    r"[(\[](?:1[89]|20)\d\d[a-z]?(?:[:,][ \t]*(?:pp?\.?[ \t]*)?\d+(?:[-–]\d+)?)?[)\]]?[ \t]*$"
)
# what commenters say they are: "I'm a registered manager", "As a home care worker", "Social worker
# here", "I work in an ICB as director of partnerships", "My son ... I have been his carer"
# what a writer says they run, use or work in, read as "who manage ..." (see `_read_self`)
WORK_WHEN = re.compile(r"(?:nights|days|weekends|shifts|part[- ]time|full[- ]time)")
SELF_DOING = frozenset(["manage", "managed", "run", "ran", "own", "owned", "employ", "use", "work"])
SELF = re.compile(
    r"\b(?:I am|I['’]m|I was|I['’]ve been|I have been|I work as|I worked as|[Aa]s"
    # ... or the body they write for: "We're a small home care agency with about 30 staff"
    r"|We['’]re|We are)"
    r" (?:now |also |still )?(an? [^.,;:!?\n]{3,60})"
    # ... or the one post of its kind there is: "For those who don't know me I'm the Skills for
    # Care locality manager for Ribbleford"
    r"|\b(?:I am|I['’]m) (?:now |also |still )?(the [^.,;:!?\n]{3,60})"
    # "Speaking as someone who runs a small home, ..."
    r"|\b[Aa]s (someone who [^.,;:!?\n]{3,60})"
    r"|(?:(?<=[.!?:] )|(?<=\n))([A-Z][^.,;:!?\n]{2,50}) here\b"
    # (read as "who work in ..." if need be; when they work it may come between: "I work nights
    # in a nursing home in Bolton")
    rf"|\bI (work (?:{WORK_WHEN.pattern}[ \t])?(?:in|at|for) [^.,;:!?\n]{{3,60}})"
    # the writer among the team they list: "Team here: me (RM), Shaz (deputy manager), ..."
    r"|\b[Mm]e \(([^()\n]{2,40})\)"
    # what they run or use: "I manage a care home in Kingsmere", "I own a small home care agency",
    # "I use direct payments to employ my two PAs" (read as "who manage a care home ...")
    rf"|\bI (?:also |still )?((?:{'|'.join(sorted(SELF_DOING))}) "
    r"(?:an?|my|our|two|three|four|direct|\d+) [^.,;:!?\n]{3,60})"
    r"|\b(?:I am|I['’]m|I['’]ve been|I have been) (?:his|her|their|my \w+['’]s) (carer)\b"
    # an unpaid carer: "I've looked after my mum for six years", "I care for my husband"
    r"|\bI(?:['’]ve| have)? ((?:look|looked|care|cared) (?:after|for) (?:my|our) [a-z-]+)"
    # the last post of a working life: "I spent 31 years in social services, the last eight as
    # director of adult social services" (not any past post: "I spent five years as a director of
    # adult social services" from a council's new chief executive)
    r"|\bthe last (?:\w+ )?(?:years? )?as (?:an? |the )?([^.,;:!?\n]{3,60})"
)
# what a comment opens by saying its writer is, in a few words: "Registered manager here (home care,
# 60 staff)", "Retired social worker, 30 years in adult services."
SELF_OPENING = re.compile(
    r"['‘“\"]?(?:(?!(?:The|This|That|These|It|My|Our|We|I|You|Your|They|Every|Great|Thank|Please|Not)\b)"
    r"([A-Z][a-z-]*(?:[ \t][A-Za-z-]+){0,5})[ \t]*[,.(]"
    # ... or says they write as one, at more length: "Registered manager of a home care agency in
    # Lancaster here." (a phrase, no clause: not "Adding this because the reviews on here")
    r"|((?:(?!(?:this|that|because|is|are|was|were|been|on|over|from)\b)[A-Za-z-]+[ \t]){1,10})"
    r"here\b"
    # or a relative of someone who draws on care, by the family they write about first: "My mum
    # was in hospital for five weeks ..."
    # (or was: "My late mum went to the group for six years")
    r"|(?:My|Our)[ \t](?:late[ \t])?((?:mum|dad|mother|father|husband|wife|son|daughter|nan|gran"
    r"|grandmother|grandfather|sister|brother)\b))"
)
# the family someone speaks of as a relative does ("My dad (88, lives on his own) has four calls a
# day", "to find Dad somewhere else to live"): the relation in group 1 or 2
KIN_WORDS = re.compile(
    r"(?<![\w'’])(?:(?:[Mm]y|[Oo]ur)[ \t](mum|dad|mother|father|husband|wife|nan|gran)|(Mum|Dad))\b"
)
HEADLINE_PARTS = re.compile(r"[ \t]*[|·][ \t]*|(?<=[a-z])\.[ \t]+")  # of a member's headline
HANDLE_BREAKS = re.compile(r"[_.]+|(?<=[a-z])(?=[A-Z])")  # between a handle's words
BODY_REACH = 300  # characters back to the body an "Its director" belongs to
# a body by its kind, then its name: "The think tank Care Futures", "the charity Migrant Care
# Rights"
NAMED_KIND = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z'’-]+[ \t]+){0,3}?"
    r"(?:think[ \t]+tank|charity|foundation|campaign|union|institute|alliance|coalition"
    r"|federation|organi[sz]ation|association|network)[ \t]+[A-Z][\w'’&-]*(?:[ \t,]|$)"
)
SELF_REACH = 300  # characters of a post or a quotation in which its writer says who they are
PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")
# the body a document comes from, as evidence to an inquiry names it in its header
SUBMITTED_BY = re.compile(
    r"\b[Ss]ubmitted by (?:the )?([A-Z][\w'’&-]*(?:[ \t](?:[A-Z][\w'’&-]*|of|for|and|&|in|the)){0,8})"
)
AUTHOR_HEADER = 1500  # characters
WRITER_HEADER = 3000  # characters of a page's top where its byline stands, boilerplate and all
# the note on a writer, a paragraph of one sentence: "Dr Ruth Emsley is Associate Director of Policy
# at the Fernleigh Institute and lead author of ..."
WRITER_NOTE = re.compile(
    r"(?:^|\n\n)((?:(?:Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Baroness)\.?[ \t])?"
    r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})[ \t]is[ \t]([^\n.]{5,200})\.?(?=\n\n|\s*$)"
)
# ... or what the writer says they are, in the first person near the top: "For anyone new here:
# I'm the registered manager of Larkfield House", "I, Carol Anne Pritchard, Registered Manager of
# Beechcroft House, will say as follows", "I have been the registered manager of X since 2012"; or
# a blog's strapline by its name: "Tea Round Thoughts notes from a senior carer on the day shift"
WRITER_SELF = re.compile(
    r"\bI(?:['’]m|[ \t]am|(?:['’]ve|[ \t]have)[ \t]been)[ \t]+((?:the|a|an)[ \t][^\n.;:!?]{3,120})"
    r"|\bI,[ \t][A-Z][^,\n]{2,60},[ \t]([A-Z][^,\n]{3,120})"
    r"|\b(?i:notes|thoughts|reflections|musings|diary)[ \t](?:from|of|by)[ \t]"
    r"((?:a|an|the)[ \t][^\n.;:!?]{3,80})"
)
# a quotation opening before it in its paragraph: someone else's "I'm a carer"
OPENS_QUOTE = re.compile(r"(?:^|\s)['‘“\"]")
# a byline in a page's header: "Posted on 18 April 2024 by Helen Marwood"
BYLINE = re.compile(
    r"\b[Bb]y[ \t]((?:(?:Dr|Cllr|Professor|Prof)\.?[ \t])?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})"
)
# ... or the writer's name and post on a line of the header, after a byline's or a speech's label
# ("Posted by Hannah Pryce, Director of Adult Social Care, on 17 March 2025", "Speech: Cllr Sue
# Ashworth, Cabinet Member for Adult Social Care"), or alone in a speech's header ("Dr Sade
# Adeyemi, Director of Adult Social Services, Kingsmere City Council" over "Keynote address to ...")
WRITER_CREDIT = re.compile(
    r"^[ \t]*((?:(?:Posted|Written|Published)[ \t]+by|(?:Speech|Speaker|Keynote|Address|Remarks)"
    r"(?:[ \t]+by)?[ \t]*:?)[ \t]+)?"
    rf"{FULL_NAME.pattern},[ \t]+([A-Z][^\n]{{2,160}}?)(?:,[ \t]+on[ \t][^\n]*)?[ \t]*$",
    re.MULTILINE,
)
SPEECH_HEAD = re.compile(r"(?i)\bspeech\b|\bkeynote\b|check against delivery|\bremarks\b")
PUBLISHER_LINES = 12  # the lines of a page's or a release's top that may name the body it is from
PUBLISHER_WORDS = 8
# the title of the body's publication after its name on the masthead: "NHS Severnmoor Integrated
# Care Board Annual Report and Accounts 2023/24", "Oakmere Care Trust Annual Review 2024"
PUBLICATION_TAIL = re.compile(
    r"[ \t]+(?:Annual[ \t]+(?:Report(?:[ \t]+and[ \t]+Accounts)?|Review)|Local[ \t]+Account"
    r"|Quality[ \t]+Account|Impact[ \t]+Report)(?:[ \t]+\d{4}(?:[/–-]\d{2,4})?)?[ \t]*$"
    r"|[ \t]+logo[ \t]*$"  # or a site's logo, as a browser copies its text: "Fernlea Care Group logo"
)
# the speaker phrase's head is "our ...", or one of them: "One of our newest colleagues"
OUR_HEAD = re.compile(r"(?:^|,[ \t]|^(?i:one|two|some|many|several)[ \t]of[ \t])[Oo]ur[ \t]")
SELF_DESCRIBED = 3000  # characters of a page's opening in which its body says what it is ...
# words that end the noun phrase naming a body's kind: "a national charity for unpaid carers and
# their families" is a charity
KIND_ENDS = frozenset(
    [
        "of",
        "for",
        "in",
        "that",
        "which",
        "who",
        "with",
        "supporting",
        "working",
        "run",
        "led",
        "providing",
        "serving",
        "to",
        "across",
    ]
)
SELF_DESCRIBED_WORDS = 12  # ... in so many words: "is a not-for-profit provider of care"
COMPANY_WORDS = frozenset({"plc", "Ltd", "Limited", "LLP", "CIC"})
# a sentence whose subject is "he" or "she", perhaps after a short opening phrase of time or place
# ("Before that she worked for a home care agency", "In 2019 he joined the council")
PRONOUN_CLAUSE = re.compile(
    r"(?:(?:Before|After|Since|Until|Then|Later|Now|Today|Previously|Earlier|Recently|Eventually"
    r"|Soon|Last|In|At|By|Once)\b[^.,;:!?\n]{0,25}?,?[ \t]+)?(?:He|She|he|she)\b"
)
# ... unless the post is what the pronoun is now: "He became registered manager of The Willows",
# "She is now the registered manager" - a later "he says" is that manager (not what they were: "She
# had been a ward manager in Accra")
PRONOUN_POST = re.compile(
    r"(?:[ \t]+(?:is|has|been|became|becomes|now|also|still|later|then|since))+"
    r"[ \t]+(?:(?:the|a|an)[ \t]+)?"
)
# ... or what the pronoun's clause goes on to say they are now: "She has worked for a home care
# agency for fourteen years and is now a field care supervisor"
NOW_IS = re.compile(r"\b(?:is|are)[ \t]+now[ \t]+(?:an?|the)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")
NOW_REACH = 40
# a speaker phrase that is a publication and who made it: "A report to cabinet, prepared by ..."
AUTHORED = re.compile(
    r"([^,]{3,80}?),[ \t]+(?:prepared|completed|written|drafted|compiled|produced|commissioned"
    r"|published|authored|drawn[ \t]+up)[ \t]+by\b"
)
# the publication's noun within its phrase's first words ("Our Leadership Census")
AUTHORED_HEAD = 3
NAME_PART = re.compile(r"[ \t]+[–—-][ \t]+|,")  # a caption's name ends at a dash or a comma
FORMER_BACK = 40  # characters before a post its "former" may stand in ("a former assistant")
# ... and what a former post's holder went on to be: "a former director of adult social services
# who went on to chair a national disability charity", "..., now chief executive of ..."
NOW_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:who[ \t]+)?(?:is[ \t]+|has[ \t]+)?"
    r"(?:now|went[ \t]+on[ \t]+to|later|since[ \t]+became)[ \t]+([^.;:\n]{3,90})"
)
PSEUDONYM = re.compile(r"[A-Z][a-z'’-]+")  # a name alone in a bracket: "(Marion)"
LONE_SURNAME = re.compile(r"[A-Z][A-Za-z'’-]+")  # a caption's surname alone: "ADEYEMI", "Adeyemi"
CAPTION_BACK = 400  # characters above a labelled turn its caption may stand in
CREDIT = "(credit)"  # the cue verb of a credit line under a quotation
ANNOUNCED = "(announced)"  # ... and of a block a sentence announces, by the medium it names
LONE_NAME = re.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}")  # "Ruth Calloway"
CREDITED_NAME = re.compile(
    rf"((?:{NAME_WORD}\.?[ \t]+){{0,2}}{NAME_WORD}|{CODE_NAME.pattern}),"
)  # "June," "Dr Amy Lee,", a participant's code: "P7,"
# a table row's respondent before the words: "Registered manager, home care", "Team manager, local
# authority" - a few words and a comma, no sentence in them; or their name, post and place ("Ted,
# resident, Beechwood House")
ROW_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’&-]+){0,6}(?:,(?:[ \t][\w'’&()-]+){1,4}){1,2}")
RESPONDENT_CODE = re.compile(r"[ \t]*[\[(][A-Z]{1,3}-?\d{1,4}[\])][ \t]+")  # "[S-131] ", "(R0142) "
# ... or a word or a few, in a table whose rows are all a label and words in quote marks:
# "Care worker ‘Being paid for travel time. That’s it.’" under "Owner ‘A fee rate set for ...’"
SHORT_ROW_LABEL = re.compile(r"[A-Z][a-z'’-]+(?:[ \t][a-z'’-]+){0,3}")
TABLE_ROW = re.compile(r"[ \t]*[A-Z][a-z'’-]+(?:[ \t][a-z'’-]+){0,3}[ \t]+[‘“'\"]")
ROW_REACH = 300  # characters of a table's row, at most, above or below the one read
NEW_PARAGRAPH = re.compile(r"[ \t]*\n[ \t]*\n")  # a trailing cue is in the quotation's paragraph
# a sentence opening on a clause of its own: a person mentioned in it is not the sentence's subject
ASIDE_OPENER = re.compile(
    r"(?:If|When|While|Whilst|Although|Though|Whereas|Unlike|Like|After|Before|Since|Once)\b[^,.;:!?\n]*,"
)
TRAIL_REACH = 40  # how far after a trailing cue's start the speaker's name may stand
SENDER_DASH = re.compile(r"[ \t][-–—][ \t]")  # a chat's sender and post: "Lucy Brennan - CCG ..."
MEMBER = "member of parliament"  # what a debate heading with a seat and a party says of the speaker
# the relative a phrase of the lexicon ends on ("look after * husband", "whose daughter")
RELATIVES = frozenset(
    ["husband", "wife", "partner", "mother", "father", "mum", "dad", "son", "daughter", "parent"]
)
ANSWERER = "minister"  # who answers a parliamentary written question, when the label gives no post
WORDED = frozenset(["head", "phrase"])  # mentions by the lexicon's nouns and phrases
OWNERS = frozenset(["'s", "’s", "'", "’"])  # a possessive after a mention: "the agency's"
# a preposition of place, and the words between it and the mention it governs: "On a visit to a
# home care agency in Stockport"
PLACE_PREPOSITIONS = frozenset(["to", "at", "in", "from", "on", "into", "near", "across"])
DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "one", "his", "her", "their", "its", "our"]
)
MEMBER_WORD = re.compile(r"\bmembers?\b", re.IGNORECASE)
# the kinds of body a page's first lines may name as the one it comes from
PUBLISHING_BODIES = BODY_NOUNS | {
    "alliance",
    "centre",
    "society",
    "coalition",
    "organisation",
    "federation",
    "forum",
    "confederation",
    "providers",  # a provider association by its members: "Westmarch Independent Care Providers"
}
# a mention that is what someone does: "who runs two small homes", "runs a group of three homes"
# the past tenses that do not end in "-ed", of what people did before a clause says what they do
IRREGULAR_PASTS = frozenset(
    ["took", "ran", "bought", "built", "set", "made", "became", "began", "led", "held", "left"]
)
# a description the lexicon does not place, its words in lower case: "the programme lead"
DEFINITE = re.compile(r"[Tt]he ((?:[a-z]+[ \t]){0,2}[a-z]+)")
APPOSED_REACH = 6  # characters from a description's comma to the post beside it: ", an "
THE_LATE = re.compile(r"\bthe late (?:(?:Dr|Sir|Dame|Professor|Mr|Mrs|Ms|Miss|Cllr) )?[A-Z][a-z]")
# a post after the first word of a body's name: "the Ashdown chief executive"
# ... or its possessive, before the holder's name: "Greystones’ head of people, Tom Ashworth"
SHORT_NAMED_POST = re.compile(
    # (the name before it, or after it: "Nadia Kowalczyk, Ellersby's chief executive")
    r"(?:(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+, )?"
    r"(?:[Tt]he )?([A-Z][a-z]{2,})(?:['’]s?)? ((?:[a-z-]+ ){0,4}[a-z-]+)"
    r"(?:, (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)?"
)
# a member by party and seat in brackets after their name ("Priya Ghosh (Labour, Kingsley Vale)")
PARTY_AND_SEAT = re.compile(
    r"\((?:Conservative|Labour|Liberal Democrats?|Lib Dem|SNP|Scottish National Party|Green|"
    r"Plaid Cymru|Reform UK|DUP|Independent|Con|Lab|LD),[ \t][A-Z][^()\n]{1,50}(?:\)|$)"
)
MODIFIER_BACK = 60  # characters before a description's words in which ...
MODIFIER_WORDS = 2  # ... the words that make a post of them stand: "the ADASS president"
WHO_BACK = 40  # characters before "who" where the word it follows stands
WHO_DOES = re.compile(r"who[ \t]+(\w+)|(runs|owns|manages|run|own|manage)\b", re.IGNORECASE)
# phrases whose source follows them, never what comes before: "the Department has since
# diminished and, according to our interviewees, ..."
SOURCE_PHRASES = frozenset(["according to", "in the words of"])
# a speaker introduced by a first name alone, then what they do: "Kofi, who uses mental health
# services", "Grace, one of the two co-chairs" (pseudonyms, as interview studies name people)
FIRST_NAME = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s")
# a block in the voice of a group or speaking to the reader ("We were the ones...", "Fund it and
# you will see"): speech, when the line before names a person by role
SPOKEN = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Ww]e['’](?:re|ve|d|ll)|[Yy]ou['’](?:re|ve|d|ll))\b"
)
TRAIL_OPENERS = frozenset(",?!–—-")
# between a quoted phrase and the block it leads into: a colon, after a reference to where the
# words stand if any ("'transactional at best' (para 3):")
INTRODUCED = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[.,]?:[ \t\n]*")


@dataclass
class Attributed:
    quote: QuoteSpan
    cue: Cue
    role: str
    speaker: str | None
    carried_from_pos: int | None = None  # char offset of the antecedent (quote start or mention)
    carried_quote: int | None = None  # index into the attributed list


_READERS: dict[int, CueReader] = {}


def reader_for(lexicon: RoleLexicon, model: str | None) -> CueReader:
    matcher = role_matcher(lexicon, model)
    reader = _READERS.get(id(matcher))
    if reader is None or reader.roles is not matcher:
        reader = CueReader(matcher)
        _READERS[id(matcher)] = reader
    return reader


def attribute(
    text: str, pages: Sequence[PageSpan], lexicon: RoleLexicon, model: str | None = None
) -> list[Passage]:
    """Passages of `text` in reading order: quotations with speaker and role, narrative as `author`."""
    with gc_paused():
        quoted = attribute_quotes(text, lexicon, model)
        return assemble(text, pages, lexicon, quoted)


def attribute_quotes(
    text: str, lexicon: RoleLexicon, model: str | None = None, stats: ScanStats | None = None
) -> list[Attributed]:
    quotes, _ = find_quotes(text, stats)
    if not quotes:
        return []
    reader = reader_for(lexicon, model)
    roles = reader.roles
    mark_names(text, roles.nlp.vocab)
    with roles.defined(
        roles.acronyms(text), roles.participant_codes(text), roles.representing_bodies(text)
    ):
        quotes = _unnest(text, quotes, reader)
        return _attribute_quotes(text, quotes, reader, lexicon, stats)


def _unnest(text: str, quotes: list[QuoteSpan], reader: CueReader) -> list[QuoteSpan]:
    """Lift out of a speaker's turn, speech or answer the quotations they give someone else
    ("Dr Lim said to me once, '...'", "A daughter wrote in our survey, '...'"): the sentence that
    introduces one becomes narrative, its cue; the quotation is read on its own; the speaker's
    words after it go on as theirs. A quotation with no cue of its own (a phrase they stress, a
    word they borrow) stays part of their words."""
    out: list[QuoteSpan] = []
    for q in quotes:
        if not q.nested or q.how not in SPLIT_TURNS:
            out.append(q)
            continue
        label = q.label
        if q.how == "turn" and label[0] < 0:  # its speaker label, for the pieces after the first
            at = text.rfind("\n", 0, q.start) + 1
            label = (at, at)
        piece = q
        messages = False  # the turn reads out messages: "And Bev in Bridlington:" is one more
        for inner in q.nested:
            if not inner.closed or inner.start < piece.start or inner.end > piece.end:
                continue
            opened = _introduction(text, piece.start, inner.start)
            # or "Skills for Care told us in its written evidence that social care still has
            # '...'": words a placed speaker gave, reported
            fragment = opened is None
            intro = _reported_from(text, piece.start, inner.start) if fragment else opened
            # ... or a message the host reads out as written, the sentence before saying whose it
            # is: "It's from Lucy Brennan, who says she's a senior carer. '...'"
            written = (
                None
                if intro is not None or q.how != "turn"
                else _read_as_written(text, piece.start, inner.start)
            )
            if written is not None:
                intro, fragment = written, False
            if intro is None:
                continue
            message = q.how == "turn" and (
                written is not None
                or messages
                # (or the turn has said they are messages: "Right. Texts. Someone signing off as
                # ... says: '...' Bob in Okeham, on the other hand: '...'")
                or MESSAGE.search(text, intro, inner.start)
                or ANNOUNCED_MESSAGES.search(text, text.rfind("\n", 0, q.start) + 1, inner.start)
                # ... or said just before: "I've got a text here from a listener ... She says:"
                or _message_sender(text, inner, intro, piece.start) is not None
            )
            cue = (
                Cue(verb=COLON)
                if written is not None
                else _own_cue(text, intro, inner.start, reader, colon=bool(message))
            )
            if cue is None or (fragment and (cue.role is None or cue.anaphor is not None)):
                continue
            messages = messages or bool(message)
            if _that_before(text, inner.start) and (
                cue.role is None or cue.role.role != reader.roles.lexicon.fallback.cited
            ):
                continue  # "she told me that '...'": reported, her words; but a publication's
                # words are its own ("the report said that 'leaders had created ...'")
            head_end = intro
            while head_end > piece.start and text[head_end - 1].isspace():
                head_end -= 1
            if len(text[piece.start : head_end].split()) >= 1:
                out.append(replace(piece, end=head_end, inner_end=head_end, nested=()))
            out.append(replace(inner, how="message" if message else "nested"))
            rest = inner.end
            while rest < piece.end and (text[rest].isspace() or text[rest] in ",."):
                rest += 1
            piece = replace(piece, start=rest, inner_start=rest, label=label)
        if len(text[piece.start : piece.end].split()) >= MIN_OWN_WORDS:
            out.append(replace(piece, nested=()))
    return out


# what someone said or told the speaker, as they recall it within their own words ("One of my
# carers said to me last winter, '...'"), not what they wrote or asked, nor what they said to a
# public audience ("The minister told the House")
RECALLED_VERBS = frozenset({"say", "tell", "put it"})
# ... in the past: the present is a message read out ("Maureen in Halifax says"), or what someone
# always says, in their own voice
RECALLED_TENSE = re.compile(r"\b(?:said|told|(?:used[ \t]+to|would)[ \t]+(?:say|tell))\b")
RECALL_REACH = 200  # characters before the quotation its cue is read in
PUBLIC_AUDIENCE = re.compile(
    r"\b(?:told|said to|telling)[ \t]+(?:the[ \t]+)?(?:House|MPs|Parliament|peers|committee|conference"
    r"|Commons|Lords|press|BBC|media)\b|\bin[ \t]+(?:a|her|his|its|their)[ \t]+statement\b"
)


def _recalled_speech(text: str, q: QuoteSpan, cue: Cue) -> bool:
    """Words a speaker recalls someone saying to them, inside their own (see RECALLED_VERBS): the
    people they quote are quoted second-hand, whatever the cue calls them."""
    if cue.verb not in RECALLED_VERBS:
        return False
    lo = max(text.rfind("\n", 0, q.start) + 1, q.start - RECALL_REACH)
    return (
        RECALLED_TENSE.search(text, lo, q.start) is not None
        and PUBLIC_AUDIENCE.search(text, lo, q.start) is None
    )


def _relay(text: str, a: Attributed, reader: CueReader, second_hand: str) -> list[Attributed]:
    """Lift out of an attributed quotation the words its speaker reports someone else saying to
    them ("The first thing our new ICB chief executive said to me was, “Tell me what you need from
    us.” In eleven years nobody ..."): second-hand, with the cue the speaker gives them; the
    sentence introducing them and the words after them stay the speaker's. Words they give
    themselves ("I said,"), a publication's or a body's, or a phrase with no cue of its own, stay
    part of the quotation."""
    q = a.quote
    inner = inner_quotations(text, q)
    if not inner:
        return [a]
    out: list[Attributed] = []
    piece = q
    cited, heads = reader.roles.lexicon.fallback.cited, reader.roles.heads
    for i in inner:
        if i.start <= piece.inner_start or i.end >= piece.end:
            continue
        intro = _introduction(text, piece.inner_start, i.start)
        if intro is None or _that_before(text, i.start):
            continue  # "she told me that '...'": reported, in the speaker's own words
        cue = _own_cue(text, intro, i.start, reader)
        if cue is None or (cue.role is not None and cue.role.role == cited) or _body(cue, heads):
            continue
        head_end = i.start
        while head_end > piece.start and text[head_end - 1].isspace():
            head_end -= 1
        out.append(replace(a, quote=replace(piece, end=head_end, inner_end=head_end, nested=())))
        out.append(Attributed(replace(i, how="relayed"), cue, second_hand, cue.speaker))
        rest = i.end
        while rest < piece.end and (text[rest].isspace() or text[rest] in ",."):
            rest += 1
        piece = replace(piece, start=rest, inner_start=rest, nested=())
    if not out:
        return [a]
    if len(text[piece.inner_start : piece.inner_end].split()) >= MIN_OWN_WORDS:
        out.append(replace(a, quote=piece))  # the speaker goes on
    return out


def _introduction(text: str, lo: int, at: int) -> int | None:
    """Where the sentence that runs into the quotation at `at` begins, at or after `lo`; None
    if it does not end on the comma or colon that introduces a quotation."""
    k = at - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    if k < lo or (
        text[k] not in ",:"
        and not _that_before(text, at)
        # (or, with no comma, on the verb itself: 'she used to say "we're the overflow car park"';
        # not a participle's, 'a phone call saying "..."', whose thing is no speaker)
        and SAY_BEFORE.search(text, max(lo, k - SAY_REACH), k + 1) is None
    ):
        return None
    return _sentence_from(text, lo, at)


SAY_BEFORE = re.compile(  # (the bare verb after "to" or "would" only: not what a narrative says
    # someone did, "to ring all the home owners and say '...'")
    r"[ \t](?:says|said|asks|asked|tells|told|(?:to|would|'d|’d)[ \t](?:say|ask|tell))"
    r"(?:[ \t](?:me|us|him|her|them))?$"
)
SAY_REACH = 16  # characters of the verb (and its object) before the quotation's mark


def _sentence_from(text: str, lo: int, at: int) -> int | None:
    """Where the sentence running into `at` begins, at or after `lo`; None if it is longer than
    `INTRO_REACH` (not lifted)."""
    start = lo if at - lo <= INTRO_REACH else None
    for m in INTRO_BREAK.finditer(text, max(lo, at - INTRO_REACH), at):
        start = m.end()
    return start


def _read_as_written(text: str, lo: int, at: int) -> int | None:
    """Where the sentence begins, at or after `lo`, that names whose message the quotation at
    `at` is, when the quotation is a sentence of its own right after it and the sentence says a
    message is from someone ("This is from Tom Hendry, a social worker in a hospital discharge
    team."); else None."""
    k = at - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    if k < lo or text[k] not in ".!?":
        return None
    start = _sentence_from(text, lo, k)
    if start is None or (found := MESSAGE_FROM.search(text, start, k)) is None:
        return None
    return None if RECALLED_VERB.search(text, found.end(), k) else start


def _reported_from(text: str, lo: int, at: int) -> int | None:
    """Where the sentence begins that reports, in a "that" clause, the quotation at `at` that it
    runs into ("The Minister told the House that the Government would '...'"), at or after `lo`;
    None if no "that" stands in the sentence before it."""
    start = _sentence_from(text, lo, at)
    if start is None:
        return None
    return start if REPORTING_THAT.search(text, start, at) else None


REPORTING_THAT = re.compile(r"[ \t]that[ \t]")


def _that_before(text: str, at: int) -> bool:
    """The quotation at `at` runs on from "that": "the report said that '...'"."""
    return text[max(0, at - 6) : at].rstrip().endswith(" that")


def _own_cue(
    text: str, start: int, end: int, reader: CueReader, *, colon: bool = False
) -> Cue | None:
    """The cue of the narrative text[start:end] when it names a speaker other than the turn's own
    ("she said to me," not "I said,"), with a speech verb (or, if `colon`, a colon after the
    speaker: "And Bev in Bridlington:"); else None."""
    gap = reader.gaps(text, [(start, end)])[0]
    if not gap.docs:
        return None
    _, doc = gap.docs[-1]
    cue = leading(reader, doc, gap.verbs[-1], gap.mentions[-1])
    intro = " ".join(text[start:end].split())
    if colon and (not cue.found or not cue.speaker) and intro.endswith(":"):
        return Cue(speaker=intro[:-1], verb=COLON)  # one more message: "And this from Steve:"
    if not cue.found or (cue.verb == COLON and not colon) or not cue.speaker:
        return None
    words = cue.speaker.lower().split()
    # "I said to him,", "Our GP does a weekly round, and I said": the speaker's own words
    if words[-1] in FIRST_PERSON_WORDS:
        return None
    if words[0] in FIRST_PERSON_WORDS:
        # but "I was in a hall last month and a woman who cares for her husband said to me,": the
        # clause after "and" has a subject of its own, who speaks
        joins = [k for k, w in enumerate(words) if w == "and" and k + 1 < len(words)]
        if not joins or words[joins[-1] + 1] not in NEW_SUBJECTS:
            return None
    return cue


def _attribute_quotes(
    text: str,
    quotes: list[QuoteSpan],
    reader: CueReader,
    lexicon: RoleLexicon,
    stats: ScanStats | None,
) -> list[Attributed]:
    author = _author(text, reader)
    publisher = _publisher(text, reader)
    bounds = [(0, quotes[0].start)]
    bounds += [
        (q.end, nxt.start if nxt.kind == "inline" or nxt.how else lead_end(text, q.end, nxt.start))
        for q, nxt in itertools.pairwise(quotes)
    ]
    bounds.append((quotes[-1].end, len(text)))
    gaps = reader.gaps(text, bounds)
    if stats is not None:
        stats.extra["docs"] = reader.docs_made
    fb = lexicon.fallback
    ours = publisher or fb.organisation  # the role of a post at the body the document comes from
    references = reference_sections(text)
    out: list[Attributed] = []
    antecedents: list[Antecedent] = []
    known: dict[str, Antecedent] = {}  # name word -> the latest antecedent so named
    words = LowerWords(text)  # the document's lower-case words: not names
    pull_checks = 0
    turn = (-1, -1)  # the extent of the last speech or answer: what it quotes is second-hand
    # ... and of the last transcript turn that runs on over the paragraphs after its label's
    own_turn = (-1, -1)
    answerer: Antecedent | None = None  # who answers an interview's questions
    listed = listed_people(text, reader, publisher)  # "Marcus Oyelaran, President, ADASS" lines
    if profiles := poster_profiles(text, reader):  # a social network's "Relevant people"
        listed = sorted([*listed, *profiles], key=lambda a: a.pos)
    genders = Genders(text)  # "Mrs Okafor"; whom an earlier "she says" was
    # "Edna Parkin, 84,": the public, if nothing else places them (not "Mistry, 47, is a social
    # worker by background" when a line says she "took over as director of adult social services")
    aged = aged_names(text) - {
        n
        for a in listed
        if a.role not in (fb.unknown, fb.named, fb.cited, fb.lay_person)
        for n in a.names
    }
    placed: dict[str, int] = {}  # people quoted so far whose own cue named their role, by role
    studied = _studied(text, reader)  # "We interviewed 37 registered managers": their role
    # ... and an interviewee's: those the study talked to, not those its survey asked
    interviewed = _studied(text, reader, surveys=False)
    writer: str | None = None  # the role of the person writing, once a quotation needs it
    salient: str | None = None  # the role of the body the document is about, once it is needed
    unplaced: set[int] = set()  # quotations of a person by name alone, nothing placing them yet
    # a forum thread's posters, by the role their signatures give: for the posts others quote
    thread = any(q.how in ("reply", "post") for q in quotes)
    posted = forum_posts(text) if thread else []  # (handle, extent) of each post, once
    posters = forum_posters(text, posted, reader)
    posts = [span for _, span in posted]  # whose words are whose
    for i, q in enumerate(quotes):
        before, after = gaps[i], gaps[i + 1]
        _add_mentions(text, antecedents, before, reader, known, words, ours)
        if met := _meet(listed, q.start, antecedents, known, words):
            # ... named again in the narrative since: "Janet Oduya set out the position."
            for (off, doc), end_at in zip(before.docs, before.ends, strict=True):
                _met_again(doc, text[off:end_at], off, antecedents, met)
        if q.how in ("reply", "post"):
            cue, cue_pos = _replier(text, q, posters, reader), q.start
        else:
            through = _through_fragment(text, quotes[i - 1], q, gaps[i - 1], reader) if i else None
            cue, cue_pos = _cue_for(text, q, through or before, after, reader, known)
            if through is not None and cue.speaker:
                cue.speaker = _as_written(text, through, cue.speaker)
            _colon_subject(text, cue, cue_pos, known, fb)
            if not cue.found and i and quotes[i - 1].how == "turn":
                cue, cue_pos = _read_out(text, quotes[i - 1], q, reader) or (cue, cue_pos)
        if cue.trailing and cue.surname:  # "'...,' says Sam (registered manager, home care)."
            _meet(listed, cue_pos + TRAIL_REACH, antecedents, known, words)
        if q.how == "credited" and (
            cue.verb != CREDIT
            or (
                cue.role is None
                and not any(w.lower() in known for w in cue.named)
                # (a first name and an age credit someone: "- Derek, 81, Millfield")
                and AGED_CREDIT.fullmatch(cue.speaker or "") is None
            )
        ):
            continue  # a paragraph whose last line is no credit (or names no one met before):
            # the authors' own text
        if (
            q.how == "attributed"
            and (cue.role is None or cue.role.role == fb.cited)
            and EN_DASHED.match(text, q.end)
        ):
            continue  # a finding's bullet under the authors' sentence ("- Reporting lines vary by
            # council type"), which an en dash opens as it does a credit, placing no one
        inner_words = len(text[q.inner_start : min(q.inner_end, q.inner_start + 200)].split())
        cited = _cited(text, q)
        if (
            q.kind == "inline"
            and not cue.found
            and not cited
            and inner_words < MIN_UNCUED_WORDS
            and not _sentence(text, q)
        ):
            continue  # a scare quote
        if (
            q.kind == "inline"
            and inner_words < MIN_UNCUED_WORDS
            and cue.found
            and not (
                cue.role
                or cue.medium
                or cue.anaphor
                or cue.named
                # a person named before: "Oyelaran said he had spent 'two very early mornings'"
                # (but a term they used is no words of theirs: "reported on the forum's 'what
                # good looks like'", "deferred decisions until 'the green paper'")
                or (cue.surname and cue.surname.lower() in known and not _name_for(text, q))
                or cue.verb in ("according to", "in the words of")
                or cue.trailing
                or cue.colon
                or _sentence(text, q)  # "somebody at the back shouted 'Shame on you!'"
            )
        ):
            continue  # 'abolish the poor law' after "The Act boldly claimed to": a phrase, not a speaker
        if q.kind == "inline" and inner_words < MIN_UNCUED_WORDS and cue.verb in SETS_OUT:
            # "unfulfilled ministerial promises to 'fix' social care", "the repeated promise by
            # the Prime Minister to 'fix' social care": a noun before a word or two, no one's
            # words (the rare minister's "promised that it will be the government's 'first
            # priority'" is lost with them); and what a plan sets out, named in passing: "sets out
            # six priorities, including a single 'front door'"
            continue
        spoken = cue.found and cue.verb != COLON
        if q.kind == "inline" and not spoken and (_within(references, q.start) or _titled(text, q)):
            continue  # the title of a work in a reference or citation, not speech
        if q.kind == "inline" and _asked(text, q):
            continue  # the interviewers' question, quoted in their narrative
        if (
            q.kind == "block"
            and not q.how
            and not (spoken or cited or _voiced(text, q))
            and not (_person(cue, fb.cited) and SPOKEN.search(text, q.start, q.end))
            and not (out and _introduced_by(text, out[-1].quote, q))
            and not (cue.colon and _anonymous(cue, fb.cited))
            and not _announced_words(text, q)
        ):
            continue  # "The review made three recommendations:" and a paragraph of the authors' prose
        if (
            q.kind == "inline"
            and cue.verb != CREDIT  # a pull quote credited to its speaker is theirs again
            and pull_checks < MAX_PULL_CHECKS
            and _whole(text, q)
        ):
            pull_checks += 1  # each check scans the text once: bounded so the work stays linear
            if _pull_quote(text, q):
                continue  # a pull quote repeating the authors' own words
        said = _said_gender(text, cue, cue_pos)  # "he says", or "She remembers it vividly:"
        by_age = False  # the role is the one an age beside the name gives
        subject = None if cue.found else _subject_before(text, cue_pos, q, antecedents, genders)
        carried: Antecedent | None
        if q.how == "answer" and answerer is None:
            answerer = (
                _interviewee(text, q.start, antecedents, fb)
                or _introduced(text, q.start, antecedents, fb)
                or _most_quoted(antecedents, fb)
            )
        if subject is not None:  # "Okonjo was critical of the data. 'We collect ...'"
            role, carried = subject.role, subject
        elif answerer is not None and (q.how == "answer" or cue.anaphor == "answer"):
            # the interview's answers, unlabelled or each after its "A:": one person's, though
            # the prose between them or an answer itself quotes others
            role, carried = answerer.role, answerer
        elif out and out[-1].cue.medium is not None and continues_medium(cue):
            # "The statement continued" after a person's statement: still theirs
            role, carried = out[-1].role, _antecedent_of(antecedents, len(out) - 1)
        elif cue.anaphor == "body" and cue.role is not None:
            role, carried = _body_post(text, cue, cue_pos, antecedents, fb), None
        elif (
            author is not None
            and cue.role is None
            and (_a_member(cue) or _one_of_members(text, cue, q))
        ):
            # "A member who provides home care in two authorities said", "As one member put it"
            # in the written evidence of a providers' body: one of its members
            role, carried = author, None
        else:
            role, carried = _resolve(text, said, cue, cue_pos, q, antecedents, fb, genders)
            if carried is None and cue.role is not None and cue.role.kind == "unlisted":
                # "co-chair of Caldermoor Voices Together" after "Caldermoor Voices Together is a
                # panel of twelve people with lived experience": what the text says the body is
                role = _unlisted_body_kind(text, cue.speaker or "", q.start, reader) or role
            if cue.member and cue.named:
                # a member whom the record met before in a post: the post's holder
                prev = by_name(antecedents, cue.named, cue_pos)
                if prev is not None and prev.role not in (fb.unknown, fb.named, fb.cited, role):
                    role, carried = prev.role, prev
            if role == fb.cited and cue.role is None and _a_member(cue):
                # "Our reference group reviewed these findings. One member said:" - a member of
                # a group, never of the publication a chain would carry from
                role, carried = fb.unknown, None
            if (
                cue.role is None
                and _a_member(cue)
                and publisher is not None
                and publisher in (fb.lay_person, fb.employer)
                # (whoever spoke before: a member is no "another" of theirs, but a member of a
                # group the cue names may be, "Another member of the team")
                and (role == fb.unknown or " of " not in (cue.speaker or ""))
            ):
                # "one of our newest members" in a user-led organisation's annual report, "one
                # member" in a providers' association's newsletter: one of the body's members
                role = publisher
            if cue.anaphor == "ours" and (
                role in (fb.unknown, fb.named)
                # a post at the writing body is no one the text met before: "Our Chief
                # Executive, Martin Greaves, adds" after the chair's words
                or (carried is not None and reader.roles.post_words.search(cue.speaker or ""))
            ):
                if author is not None:
                    role = author  # "our chair said" in the written evidence of a providers' body
                elif fb.organisation and reader.roles.post_words.search(cue.speaker or ""):
                    # "Marcus Ellery, our chief executive, says": a post at the body that wrote
                    # the document, which the lexicon does not list
                    role = publisher or fb.organisation
                elif publisher is not None and OUR_HEAD.search(cue.speaker or ""):
                    # "Our Head of Learning and Development, Rachel Oduya, says" on the body's
                    # own page: one of its people, in a post the lexicon does not list (not
                    # "someone at our second workshop", "in our conversation she")
                    role = publisher
            elif (
                role in (fb.unknown, fb.named)
                and publisher is not None
                and cue.role is None
                and reader.roles.post_words.search(cue.speaker or "")
                # (not a post at a body named short: "Nadia Kowalczyk, Ellersby's chief
                # executive")
                and _short_named_body(text, cue.speaker or "", cue_pos, reader) is None
            ):
                # "Catherine Ashdown, Chief Executive Officer, said" in the body's own release:
                # a post at no body named, so at the one the release comes from
                role = publisher
        if (
            carried is None
            and role in (fb.unknown, fb.named)
            and cue.role is None
            and LEADERS.fullmatch(cue.speaker or "")
        ):
            # "Leaders told us" in a regulator's assessment of one council: the leaders of the
            # body the document is about
            if salient is None:
                salient = _salient_body(text, reader) or ""
            role = salient or role
        elif carried is None and role in (fb.unknown, fb.named) and cue.role is None:
            role = (
                _member_of_named(text, cue.speaker or "", cue_pos, reader)
                or _short_named_body(text, cue.speaker or "", cue_pos, reader)
                or role
            )
            described = _described_before(text, cue, cue_pos, antecedents, reader)
            if described is not None and role in (fb.unknown, fb.named):
                role, carried = described.role, described
            elif role == fb.named and q.how == "turn":
                role = _introduced_turn(text, q, cue, reader) or role
            elif role == fb.named and cue.trailing and q.kind == "inline":
                role = _reported_before(text, q, antecedents, fb) or role
        if (
            carried is None
            and role in (fb.unknown, fb.named)
            and (
                PARTY_AND_SEAT.search(cue.speaker or "") is not None
                # ... or who speaks under their name in a chamber's record: its members
                # ("Record of Proceedings" / "Plenary" / "Alun Treharne: Thank you, Minister")
                or (
                    role == fb.named
                    and q.how in ("turn", "speech")
                    and cue.named
                    and _chamber(text)
                )
            )
        ):
            # "David Orme (Conservative, North Thaxley) asked whether": a member of parliament by
            # party and seat, as a debate's summary names them
            member = reader.roles.read(MEMBER_OF_PARLIAMENT)
            role = member.role if member is not None else role
        if (
            role in (fb.unknown, fb.named)
            and fb.lay_person is not None
            and any(
                w in aged
                for w in (
                    (cue.named or _name_words(cue))
                    if carried is None
                    # ... and "he laughed" after "Stan Pickering, 94, worked at the colliery"
                    else carried.names
                    if carried.role in (fb.unknown, fb.named)
                    else ()
                )
            )
        ):
            # "Edna says", met only as "Edna Parkin, 84, a retired cook"; "Liam, 22, says:"
            role = fb.lay_person
            by_age = carried is None and bool(cue.named or cue.surname)
        elif (
            carried is None
            and role == fb.unknown
            and fb.lay_person is not None
            and _old_in_cue(cue.speaker or "")
        ):
            # "One, an 88-year-old former miner,": old, and placed by nothing else - one of the
            # public, as "a woman in her eighties" is
            role = fb.lay_person
        elif (
            (carried is None or (carried.role == fb.unknown and not carried.names))
            and role == fb.unknown
            and cue.anaphor == "pronoun"
            and fb.lay_person is not None
            and aged
            and _aged_before(text, cue_pos, aged)
        ):
            # "Stan Pickering, 94, worked at the colliery for 31 years. '...,' he laughed" - the
            # pronoun of the person the paragraph has just introduced by age, whom no post places
            role = fb.lay_person
        elif (
            carried is None
            and role == fb.named
            and (own := _says_what_they_are(text, q, reader)) is not None
        ):
            # a person the cue names but does not place, who says what they are as they begin
            # ("'I'm a care worker, not a nurse,' said Tendai Moyo")
            role = own
        elif (
            carried is None
            and role == fb.named
            and fb.lay_person is not None
            and KIN_WORDS.search(text, q.inner_start, min(q.inner_end, q.inner_start + SELF_REACH))
        ):
            # a person the press names with no post, speaking of their family ("'We were given 28
            # days to find Dad somewhere else to live,' says Carol Mitchell"): a relative
            role = fb.lay_person
        elif (
            carried is None
            and role == fb.named
            and fb.lay_person is not None
            and ANONYMISED.search(cue.speaker or "")
        ):
            # a title and a letter, as a report or a case summary keeps someone anonymous ("Mrs H
            # told us:", "In his complaint Mr P wrote"): a person who draws on care or their family
            # (staff it calls by their post)
            role = fb.lay_person
        if cue.medium is not None and carried is None and role in (fb.unknown, fb.named):
            role = cue.medium.role  # a statement from someone the document does not place
        if q.kind == "inline" and not cue.found and not cited and _term(text, q, carried):
            publication = (
                _publication_before(text, q, reader) if inner_words >= MIN_CITED_WORDS else None
            )
            if publication is None:
                continue  # "the Department's 'delivery partner on leadership'": a phrase
            # "NHS England's planning guidance asks systems to 'work with local authority
            # partners to ...'": a publication's words, though no speech verb gives them
            cue = Cue(speaker=publication[0], verb="(cited)", role=publication[1])
            role, carried = fb.cited, None
        reporter = role  # the speaker a later "they said" refers to
        if cue.second_hand or (cue.speaker and THE_LATE.search(cue.speaker)):
            # ... and the dead speak only through those who recall them: "Our founder, the late
            # Ted Ramsay, used to say"
            role, carried = fb.second_hand, None
        elif (
            cue.speaker
            and (cue.role is None or cue.role.role == fb.unknown or cue.role.kind == "lay")
            and ROLE_WITHHELD.search(cue.speaker)
        ):
            # the text says it does not know who they are: "One attendee, who did not give their
            # organisation", "Another stakeholder, whose role we have agreed not to give" - no
            # group or speaker before them places them
            role, carried = fb.unknown, None
        elif (
            cited
            and (cue.role is None or cue.role.kind == "org")
            and not cue.anaphor
            and not (cue.named and cue.role is None)
        ):
            role = fb.cited
        elif cue.speaker and cue.role is None and AUTHORS_YEAR.search(cue.speaker):
            role, carried = fb.cited, None  # "Whitfield and Obi (2021) described them as": a work
        elif (
            _body(cue, reader.roles.heads)
            or _body_statement(cue, reader)
            or _described_body(cue, reader)
            or _body_wrote(cue)
        ) and not _its_respondent(cue, carried, len(out) - 1, fb):
            role, carried = fb.cited, None  # "The LGA warned", "It concluded that": a body's words
        elif _authored(cue, reader):
            role, carried = fb.cited, None
            # the author named after "prepared by" is not the speaker: a later "said Ms Marsh"
            # finds her by name, and must find her post, not the report's role
            cue.named = ()
        if _writes_i(cue) and q.how in ("", "continued") and not turn[0] <= q.start < turn[1]:
            # "As I told full council when we set our budget: '...'" in a council leader's
            # column: the writer's own words, in the role their byline or note gives them
            if writer is None:
                writer = _writer(text, reader) or ""
            if writer:
                role, carried = writer, None
        if q.how in ("comment", "reply", "post") and role == fb.named:
            role = fb.unknown  # a reader the page does not otherwise name: not determinable
        if q.how in ("speech", "answer"):
            turn = q.extent
        elif q.how == "turn" and q.extent[0] >= 0:
            own_turn = q.extent
        elif (
            cue.anaphor == "pronoun"
            and carried is not None
            and carried.quote is not None
            and out[carried.quote].quote.how == "turn"
            and own_turn[0] <= carried.pos < q.start < own_turn[1]
            and q.how != "message"
        ):
            # "she said to me" in a speaker's turn: not the speaker, whose words around it are
            # the turn's, but someone they quote ("I had a lady I used to visit, and she said")
            role, carried = fb.second_hand, None
        elif posts and q.how not in ("reply", "post"):
            # a forum post is its poster's own words, like a speech: whom it quotes ("Mum says
            # ...", "the coordinator said ...") is second-hand
            k = bisect.bisect_right(posts, (q.start, len(text))) - 1
            turn = posts[k] if k >= 0 else (-1, -1)
        if (
            q.how == "nested"
            or (
                q.how not in ("speech", "answer", "reply", "post")
                and turn[0] <= q.start < turn[1]
                # a pull quote set between the answers, under its credit: "Ruth Calloway"
                and cue.verb != CREDIT
            )
        ) and role != fb.cited:
            # a speaker's own quotation of someone: the person's if the cue places them ("One
            # manager said to me, '...'", "A daughter wrote in our survey"), else second-hand; a
            # body's words a document
            # "One agency manager told me": a post at a kind of body, a person of its role
            post_at = (
                cue.role is not None and cue.role.kind == "org" and _holds_post(cue.speaker, reader)
            )
            someone = cue.role is None or cue.role.kind != "org" or bool(cue.named) or post_at
            placed_role = (
                cue.role is not None
                # a post at a body is the person's when the cue names them ("Aled Morgan, a
                # deputy director at an ICB, asks:")
                and (
                    cue.role.kind not in ("org", "lay")
                    or (cue.role.kind == "org" and (cue.named or post_at))
                )
                and cue.role.role not in (fb.unknown, fb.cited)
                and role == cue.role.role
            )
            sent = (
                _sent_from(text, cue_pos, reader)
                if q.how == "nested"
                and cue.anaphor == "pronoun"
                and cue.role is None
                # (what the sender said to the speaker, as they recall it, is still second-hand)
                and not _recalled_speech(text, q, cue)
                else None
            )
            if sent is not None:
                # "the council has sent us a statement from its director of adult social
                # services, Steve Okafor. He says: '...'" - a host reads out the sender's words
                role = sent
            elif (
                carried is not None
                and role not in fb.vague
                and (
                    OWN_WRITING.search(text, cue_pos, q.start) is not None
                    or cue.verb == READ_OUT
                    # (and the same writer going on: "She went on: '...'")
                    or (carried.quote == len(out) - 1 and out[-1].cue.verb == READ_OUT)
                )
            ):
                # "He wrote to me in December setting out his costs, and I will quote from his
                # letter:", "I will read what she said:" - the writer's own words, read out: the
                # person's, not second-hand
                pass
            elif not placed_role or (
                q.how == "nested"
                # (a member of a debate quoting a constituent gives the person's words in the
                # House, as they were given to them: "One agency manager told me:")
                and not (out and (out[-1].cue.member or out[-1].quote.how == "speech"))
                and _recalled_speech(text, q, cue)
            ):
                role = fb.second_hand if someone else fb.cited
            carried = None
            addressed = _addressed_turn(text, q, out, cue) if q.how == "nested" else None
            if addressed is not None:
                # "you said: '...'" to the guest of an interview: the words of the speaker the
                # turn answers, not someone they quote
                role, carried = addressed.role, _antecedent_of(antecedents, out.index(addressed))
        elif (
            (
                q.how == "message"
                # ... or read out in the narrative of a page that reports a programme: "Jean in
                # Brighouse has texted: '...'"
                or (q.how == "" and role == fb.unknown and MESSAGE.fullmatch(cue.verb or ""))
            )
            and cue.role is None
            # (a name met before is who they are; but "Another from Pete in Carrow" names a
            # new sender, whom "Another" does not make the last one)
            and not (cue.named and carried is not None and cue.anaphor is None)
        ):
            # a listener's text or email the host reads out: in the role a name met before gives
            # them, else the one the message itself does ("My mum had four agencies", "Registered
            # manager here"), like a comment's - not the last speaker's ("Another text, this one
            # unsigned:")
            # ... or the one the host's words give them: "a text here from a listener who says
            # she's a home care manager ... She says:", "an email from Councillor Brian Tuckett"
            sent = _message_sender(text, q, cue_pos, text.rfind("\n", 0, q.start) + 1)
            sender = reader.roles.read(sent) if sent else None
            if sender is None or sender.kind == "lay" or sender.role == fb.unknown:
                # (a publication's words are its own: "this one from the council's strategy.
                # I'll read it out. It says, '...'")
                sender = _self_described(text, q, reader, replace(cue), "", "").role
            if sender is not None:
                role = sender.role
            elif carried is not None or cue.anaphor or role in (fb.named, fb.second_hand, fb.cited):
                role = fb.unknown  # (but as the cue itself placed them: "from Dev in the
                # Central locality team")
            carried = None
        if (
            (
                (role in (fb.unknown, fb.named) and cue.role is None)
                # (or at a name the lexicon does not list, whose full name the page gave)
                or (cue.role is not None and cue.role.kind == "unlisted")
            )
            and (owned := OWNED_POST.match(cue.speaker or "")) is not None
            and reader.roles.post_words.match(cue.speaker or "", owned.end()) is not None
        ):
            # "Hollybrook's chair, Jonathan Pryce, says": a post at the body the page named before
            # in full ("Hollybrook Care Group"), by the first words of its name
            role = _named_body(text, owned.group(1), cue_pos, reader) or role
        if (
            not cue.anaphor
            and (kind := THE_BODYS.search(cue.speaker or "")) is not None
            # (a role the kind's word alone gives, as "association" a care association's, yields
            # to the body the text named: "the association's president" after "the Association
            # of Directors of Adult Social Services")
            and (cue.role is None or (cue.role.kind == "org" and kind.start() == 0))
            and reader.roles.post_words.match(cue.speaker or "", kind.end()) is not None
            and (at_body := _body_by_kind(text, kind.group(1), cue_pos, reader)) is not None
        ):
            # "Linda Carrow, the trust's chief executive, said": a post at the body the text last
            # named by that word ("Wellingby Community Care Trust, a charity which runs day
            # services"), whatever a mention of the phrase was given
            role, carried = at_body, None
        if (
            role == fb.unknown
            and carried is None
            and not cue.named
            and cue.speaker
            and not WITHHELD.search(cue.speaker)
            and q.how != "message"  # a listener's text: whoever sent it, none of those placed
        ):
            # "One respondent wrote" in a survey of directors: one of the people the survey the
            # narrative just reported asked ("In our carers' survey, 1,106 carers told us ...");
            # else of the people the document quotes, when nearly all it has placed are of one
            # role, or of those it says it studied
            interviewee = INTERVIEWEE.search(cue.speaker) is not None  # not a survey's
            role = (
                (
                    None
                    if interviewee
                    else _surveyed(text, cue_pos, reader, anywhere="survey" in cue.speaker.lower())
                )
                or (
                    _discussed(text, cue_pos, reader, cue.speaker)
                    if cue.verb == "(turn)" or DISCUSSANT.search(cue.speaker)
                    else None
                )
                or _population(placed, fb.unknown)
            )
            if role == fb.unknown and (
                RESPONDENT.search(cue.speaker) or _among_respondents(text, cue_pos, cue.speaker)
            ):
                role = _asked_group(text, reader) or role
            if role == fb.unknown:
                role = (interviewed if interviewee else studied) or role
        elif (
            cue.role is not None
            and cue.role.kind != "org"
            and role == cue.role.role
            and role != fb.cited  # a publication is none of the people the document quotes
        ):
            placed[role] = placed.get(role, 0) + 1
        if role == fb.unknown and not cue.surname and (own := _says_who(text, q, reader)):
            role = own  # "As a registered manager I now have ...": the words say who wrote them
        elif role == fb.unknown and q.how == "turn" and CODE_NAME.fullmatch(cue.speaker or ""):
            # "W1:" again: who the speaker's first turn said they are ("I look after my husband")
            role = next((a.role for a in reversed(out) if a.speaker == cue.speaker), role)
        elif role == fb.named and q.how in ("turn", "speech") and carried is None and cue.named:
            # a caller known by a first name: what the host said they are ("Kevin, you're a home
            # carer", "Ruth in Ashworth runs a home care agency"), else what they say they are
            # ("That's right, I'm a GP partner in Stourley")
            role = (
                _hosted(text, q, cue.named[0], reader)
                or _named_self(text, q, cue.named, reader)
                or _says_who(text, q, reader)
                or _self_said(text, q, reader)
                or _from_body(text, q, cue.named[0], reader)
                or role
            )
        if (
            (
                (role == fb.named and (cue.named or cue.surname))
                # a name placed by its age alone, which a post the narrative gives later beats:
                # "Mwangi-Carter, 52, was born in Luton" before "one of the first local
                # authority leaders to ..."
                or by_age
                or (role == fb.unknown and cue.surname)
                # a social network's poster, whom the page's profiles may place after the posts
                or (role == fb.unknown and q.how == "comment" and cue.named)
            )
            # (or carried from a name alone itself: "Imrie responds" after "Imrie: '...'", the
            # blog naming her in full only further down)
            and (carried is None or (carried.role == fb.named and cue.surname is not None))
            and cue.role is None
            and not cue.second_hand
            and not turn[0] <= q.start < turn[1]
        ):
            unplaced.add(len(out))  # a name alone ("Ogunleye says" in a live blog, latest
            # first): the narrative may say later who they are
        a = Attributed(q, cue, role, cue.speaker, None, None)
        if carried is not None:
            a.carried_from_pos = carried.pos
            a.carried_quote = carried.quote
        out.append(a)
        names = cue.named or _first_name(cue)
        if not names and carried is not None:
            names = carried.names
        if said and carried is not None and not cue.named:
            genders.learn_of(carried, said)  # "'...,' she says" was Okafor: Okafor is a she
        gender = said or (genders.of(carried) if carried is not None else _phrase_gender(cue))
        person = (
            (role != fb.cited or _titled_person(genders, cue.named))
            and (
                cue.role is None
                or cue.role.kind != "org"
                or bool(names)
                or any(w in POSTS for w in (cue.speaker or "").lower().split())
            )
            and not NAMED_KIND.match(cue.speaker or "")
        )  # "An integrated care board chief executive told us:" - a person holding a post (but
        # "The think tank Care Futures concluded" is a body, whose director a later "Its
        # director" is)
        antecedents.append(
            Antecedent(
                q.start,
                reporter if cue.second_hand else role,
                True,
                False,
                len(out) - 1,
                names,
                person=person,
                gender=gender,
            )
        )
        remember(known, antecedents[-1], words)
        if answerer is None and (q.how == "answer" or cue.anaphor == "answer"):
            answerer = antecedents[-1]
        if q.how in RELAYING:
            out[-1:] = _relay(text, out[-1], reader, fb.second_hand)
        if (
            q.how == "comment"
            and i + 1 < len(quotes)
            and "\n" not in text[q.end : quotes[i + 1].start]
        ):
            # a message or comment cut before a sentence that quotes someone ("Inspector was
            # lovely tbh. She said '...'"): whom its words mention is whom "she" is
            piece = reader.gap(text[q.start : q.end], q.start)
            _add_mentions(text, antecedents, piece, reader, known, words, ours)
    if unplaced:  # who they are may be said after the last quotation
        _add_mentions(text, antecedents, gaps[-1], reader, known, words, ours)
        _meet(listed, len(text), antecedents, known, words)
        _placed_later(out, unplaced, antecedents, fb)
    _unplaced_public(out, fb)
    return out


# the words a turn's label gives a member of the public by: "KEV (CALLER)", "FLOOR (Q2)"
PUBLIC_LABELS = frozenset(["caller", "audience", "floor"])


def _unplaced_public(out: list[Attributed], fb: Fallback) -> None:
    """A caller (or someone from the floor) whom nothing placed is someone quoted whose role the
    text does not make determinable, not a named person (`fallback.named`): "KEV (CALLER)" and
    his later turns as "KEV" take `fallback.unknown`."""
    public = {
        name
        for a in out
        if a.role == fb.named
        and a.quote.how == "turn"
        and PUBLIC_LABELS & set(WORD.findall((a.speaker or "").lower()))
        for name in a.cue.named
    }
    for a in out:
        if a.role == fb.named and a.quote.how == "turn" and public & set(a.cue.named):
            a.role = fb.unknown


def _titled_known(doc: Doc, m: RoleMatch, reader: CueReader, known: dict[str, Antecedent]) -> bool:
    """Mention `m` is a title (`titles` in the lexicon) before the name of someone met before."""
    return (
        m.kind == "head"
        and m.end < len(doc)
        and doc[m.start].norm_ in reader.roles.titles
        and doc[m.end].lower_ in known
    )


def _title_before_post(
    doc: Doc, m: RoleMatch, mentions: list[RoleMatch], reader: CueReader
) -> bool:
    """Mention `m` is a title (`titles`) before a name and a comma, another mention right after
    it: "Professor Daniel Whitlock OBE, Chief Executive of Care England"."""
    if m.kind != "head" or m.end - m.start != 1 or doc[m.start].norm_ not in reader.roles.titles:
        return False
    k = m.end
    while k < min(len(doc), m.end + TITLED_NAME) and (doc[k].is_title or doc[k].is_upper):
        k += 1
    if k == m.end or k >= len(doc) or doc[k].text != ",":
        return False
    return any(o is not m and k < o.start <= k + TITLED_POST for o in mentions)


TITLED_NAME = 5  # tokens of the name (and honours) after a title: "Daniel Whitlock OBE"
TITLED_POST = 6  # ... and of the post after its comma, up to the mention: "Chief Executive of"


def _addressed_turn(text: str, q: QuoteSpan, out: list[Attributed], cue: Cue) -> Attributed | None:
    """The turn a nested quotation cued by "you" ("you said:", "you told the council") is
    addressed to: the last turn of a speaker other than the one quoting."""
    words = (cue.speaker or "").lower().split()  # "Two years ago, in the chamber, you"
    if words[-1:] != ["you"] or not out:
        return None
    own = turn_label(text, text.rfind("\n", 0, q.start) + 1)
    if own is None:
        return None
    return next(
        (
            a
            for a in reversed(out)
            if a.quote.how == "turn" and a.speaker != own and a.speaker is not None
        ),
        None,
    )


def _antecedent_of(antecedents: list[Antecedent], quote: int) -> Antecedent | None:
    """The antecedent recorded for quotation number `quote`."""
    return next((a for a in reversed(antecedents) if a.quote == quote), None)


def _placed_later(
    out: list[Attributed], unplaced: set[int], antecedents: list[Antecedent], fb: Fallback
) -> None:
    """A person quoted by name before the narrative says who they are takes the role it then gives
    ("Pauline Henshaw says she feels 'invisible'" over a photograph, then "Pauline Henshaw has
    looked after her husband Derek ..."), and so do the quotations carried from theirs."""
    weak = {fb.named, fb.unknown, fb.cited, fb.second_hand, fb.narrative}
    placed: dict[int, str] = {}
    was: dict[int, str] = {}  # the role a quotation placed later had before
    for i, a in enumerate(out):
        if a.carried_quote is not None:
            if a.carried_quote in placed and a.role in (
                fb.named,
                fb.unknown,
                was.get(a.carried_quote),
            ):
                was[i] = a.role
                a.role = placed[i] = placed[a.carried_quote]
            continue
        if i not in unplaced:
            continue
        named = {n.lower() for n in a.cue.named or (a.cue.surname or "",)}
        enough = min(2, len(named))  # "Pauline Henshaw" is met again as "Pauline Henshaw"
        k = bisect.bisect_left(antecedents, a.quote.end, key=lambda x: x.pos)
        later = next(
            (
                x
                for x in antecedents[k:]
                if x.quote is None
                and x.person
                and x.role not in weak
                and len(named.intersection(n.lower() for n in x.names)) >= enough
            ),
            None,
        )
        if later is not None:
            was[i] = a.role
            a.role = placed[i] = later.role


def _interviewee(
    text: str, upto: int, antecedents: list[Antecedent], fb: Fallback
) -> Antecedent | None:
    """The person an interview is with, when the piece is about them: the person named most often
    before the first answer (their surname at least INTERVIEWEE_MENTIONS times), as the mention
    that places them best - the latest whose role is not a fallback."""
    counts: dict[str, int] = {}
    # a body's name is nobody's either: "chief executive of Caring Nation" is named by the charity
    # that "said in a statement"
    bodies = {a.names for a in antecedents if a.names and not a.person}
    for a in antecedents:
        surname = _surname(a)
        if (
            a.person
            and a.names not in bodies
            and surname[:1].isupper()
            and surname not in counts
            # a body's name is nobody's surname: the "Integrated Discharge Team" a newsletter
            # names throughout
            and surname.lower() not in TEAMS
        ):
            counts[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", text[:upto]))
    if not counts:
        return None
    name, most = max(counts.items(), key=lambda kv: kv[1])
    if most < INTERVIEWEE_MENTIONS or list(counts.values()).count(most) > 1:
        return None
    held = [a for a in antecedents if a.person and _surname(a) == name]
    return next((a for a in reversed(held) if a.role not in fb.vague), held[-1])


def _surname(a: Antecedent) -> str:
    """The last part of the last name word: "Pryce-Morgan" is met whole and as "Pryce" "Morgan"."""
    return a.names[-1].rpartition("-")[2] if a.names else ""


def _introduced(
    text: str, upto: int, antecedents: list[Antecedent], fb: Fallback
) -> Antecedent | None:
    """The person the paragraphs before an interview's first question place, who answers it: a
    staff newsletter's "Grace Whitmore joined us in May as Principal Social Worker for Adults"
    before "What does a principal social worker actually do?" - the latest placed person within
    INTRO_BACK characters of the answer, before the question's paragraph (whom the question names
    is not who answers)."""
    question = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, upto)))
    placed = [
        a
        for a in reversed(antecedents)
        if upto - INTRO_BACK <= a.pos < question
        and a.person
        and not a.plural
        and a.role not in fb.vague
        and not (a.names and a.names[-1].lower() in TEAMS)  # a team the piece names
    ]
    # a named person first: "the chief social worker for adults Joan Pryor", not the "social
    # worker" inside her post
    return next((a for a in placed if a.names), placed[0] if placed else None)


def _most_quoted(antecedents: list[Antecedent], fb: Fallback) -> Antecedent | None:
    """The speaker a piece has quoted most, by role, before its Q&A: whom a profile's "Q ... A
    ..." questions are put to when the profile never names them with their post ("The minister
    for care tells ...", then "she says" throughout). None on a tie or with no quotation yet."""
    quoted = [a for a in antecedents if a.quote is not None and a.role not in fb.vague]
    ranked = Counter(a.role for a in quoted).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(a for a in reversed(quoted) if a.role == ranked[0][0])


def _meet(
    listed: list[Antecedent],
    upto: int,
    antecedents: list[Antecedent],
    known: dict[str, Antecedent],
    words: LowerWords,
) -> dict[str, Antecedent]:
    """Move the people the document introduces before `upto` from `listed` to the antecedents;
    the name words of those met, each with its entry."""
    met: dict[str, Antecedent] = {}
    torn: set[str] = set()  # names a line lists in two roles: "Carers Lead, NHS Westmarch ICB"
    while listed and listed[0].pos < upto:
        entry = listed.pop(0)
        bisect.insort(antecedents, entry, key=lambda a: a.pos)
        remember(known, entry, words)
        # (and the initials minutes call them by: "GL apologised", Gareth Lomax (GL) listed)
        initials = name_initials(entry.names)
        called = (*entry.names, *([initials] if initials is not None else []))
        for word in (n.lower() for n in called if known.get(n.lower()) is entry):
            if word in met and met[word].pos == entry.pos and met[word].role != entry.role:
                torn.add(word)
            met[word] = entry
    return {word: entry for word, entry in met.items() if word not in torn}


def _title_apposed(text: str, p: QuoteSpan, lead_in: str) -> bool:
    """The fragment `p` is a title in apposition, its comma closing it: "Our 2021 report, 'Not
    Failing, Not Growing', concluded"."""
    return lead_in.startswith(",") and text[p.inner_start : p.inner_start + 1].isupper()


def _through_fragment(
    text: str, p: QuoteSpan, q: QuoteSpan, gap: Gap, reader: CueReader
) -> Gap | None:
    """The gap before `q` read on through the quoted fragment `p` in the middle of its lead-in
    ("Rachel Hume, whose council was rated 'good' in October, credited the region's peer
    support:"), the fragment's marks blanked out: the speaker stands before it. None when `p` is
    no such fragment (it ends a sentence, or is words of its own), or no speaker stands before it,
    or `q` is a fragment too: "the most common words were 'everything', 'exhausting'" lists terms.
    """
    if (
        q.how
        or (
            q.kind == "inline" and len(text[q.inner_start : q.inner_end].split()) < MIN_UNCUED_WORDS
        )
        or p.kind != "inline"
        or not p.closed
        or len(text[p.inner_start : p.inner_end].split()) > FRAGMENT_WORDS
        or not gap.docs
        or gap.ends[-1] != p.start
    ):
        return None
    lead_in = text[p.end : q.start].rstrip()
    head = text[gap.docs[-1][0] : p.start].rstrip()
    if (
        not lead_in
        # the lead-in ends on a colon or a comma, or runs straight into the words with no clause
        # of its own ("... rated 'good' described the assessment as '...'")
        # (past the comma that closes the fragment's apposition: "Our 2021 report, 'Not
        # Failing, Not Growing', concluded that '...'")
        or not (
            lead_in[-1] in ":,"
            or (
                lead_in[-1].isalpha()
                and "," not in (lead_in[1:] if _title_apposed(text, p, lead_in) else lead_in)
            )
        )
        or text[p.inner_end - 1 : p.inner_end] in (".", "!", "?")  # a sentence of its own
        or SENTENCE_STOP.search(lead_in)
        or "\n\n" in lead_in
        or not head
        or head[-1] in ".!?:;"
    ):
        return None
    start = gap.docs[-1][0]
    blank = " " * (p.inner_start - p.start), " " * (p.end - p.inner_end)
    piece = text[start : p.start] + blank[0] + text[p.inner_start : p.inner_end] + blank[1]
    piece += text[p.end : q.start]
    # the speaker is someone the sentence names before the fragment
    opens = max((m.end() for m in SENTENCE_STOP.finditer(head)), default=0)
    opens = max(opens, head.rfind("\n\n") + 1)
    through = reader.gap(piece, start)
    doc = through.docs[0][1]
    before = [m for m in through.mentions[0] if opens <= doc[m.start].idx < len(head)]
    return through if before else None


def _as_written(text: str, gap: Gap, speaker: str) -> str:
    """A speaker phrase read from a one-piece gap whose copy of the text blanked a fragment's
    marks, as the document writes it, marks and all."""
    at = gap.docs[0][1].user_data["text"].find(speaker)
    return speaker if at < 0 else text[gap.start + at : gap.start + at + len(speaker)]


def _cue_for(
    text: str,
    q: QuoteSpan,
    before: Gap,
    after: Gap,
    reader: CueReader,
    known: Mapping[str, Antecedent] | None = None,
) -> tuple[Cue, int]:
    """The quotation's cue: trailing ("..., says one.") when the quote ends on a comma, a bracketed
    attribution ("(Care home manager, site B)"), else leading."""
    if q.how == "epigraph":
        return _epigraph_source(text, q, reader), q.end
    if q.how == "turn":
        return _turn_speaker(text, q, reader, known), q.start
    if q.how == "speech":
        return _speech_speaker(text, q, reader), q.start
    if q.how == "comment":
        return _commenter(text, q, reader), q.start
    if q.how == "letter":
        return _signatory(text, q, reader), q.start
    if q.how == "answer":  # the person the interview is with
        return Cue(verb="(turn)", colon=True, anaphor="answer"), q.start
    if q.how == "captioned":
        return _caption(text, q, reader), q.start
    if q.how == "announced":
        return _announced(text, q, before, reader), q.start
    if q.how == "credited":  # no credit naming a role: not a quotation (see _attribute_quotes)
        return _credit_line(text, q, reader, named_only=True) or Cue(), q.end
    bracket = _bracketed(text, q, reader, known or ())
    if bracket is not None:
        return bracket, q.end
    response = _response_line(text, q, reader)
    if response is not None:
        return response, q.start
    town = _line_label(text, q, TOWN_LABEL)
    if town is not None and reader.roles.read(town.partition(",")[0]) is None:
        # a reader's message a live page prints under their first name and town ("Joanne,
        # Kingsway: "My mum's morning call came at 11:30 ...""): what their words say they are, as
        # a reader's comment's writer
        cue = Cue(speaker=town, verb="(label)", colon=True)
        return _self_or_kin(text, q, reader, cue, ""), q.start
    coded = _line_label(text, q, CODED_LABEL)
    if coded is not None:
        # a logged comment under the code a record gives its commenter and what they are: 'F07
        # (daughter): "Mum's carers are the only people she sees ..."'
        return Cue(
            speaker=coded, verb="(label)", colon=True, role=reader.roles.read(coded)
        ), q.start
    lead, pos = Cue(), q.start
    if before.docs and before.ends[-1] >= before.end - 1:
        off, doc = before.docs[-1]
        lead = leading(reader, doc, before.verbs[-1], before.mentions[-1])
        s = sentence_start(doc, len(doc)) if len(doc) else 0
        pos = off + doc[s].idx if s < len(doc) else before.ends[-1]
        if 0 < lead.clause < len(doc):
            pos = off + doc[lead.clause].idx  # the fronted clause's people come before its "she"
        if lead.adjacent and _over_a_line(text, q.start):
            lead.adjacent = False  # a crosshead's verb ("Workforce plan welcomed"), no colon
    if q.kind == "inline" and q.closed and after.docs and not lead.adjacent:
        inner_tail = text[max(q.inner_start, q.inner_end - 2) : q.inner_end].rstrip()
        nxt = text[q.end : q.end + 2].lstrip()[:1]
        if (inner_tail and inner_tail[-1] in TRAIL_OPENERS) or nxt in TRAIL_OPENERS:
            off, doc = after.docs[0]
            if off == after.start and not NEW_PARAGRAPH.match(text, q.end):  # not the next one's
                cue = trailing(reader, doc, after.verbs[0], after.mentions[0])
                if cue.found:
                    return _coded_speaker(text, q.end, cue, reader), q.end
    if (
        not (lead.found and (lead.colon or lead.adjacent))
        and q.closed
        and _stands_alone(text, q)
        and (body := _body_headed(text, q, reader)) is not None
    ):
        return body, q.start
    if (
        not (lead.found and (lead.colon or lead.adjacent))
        and q.closed
        and after.docs
        and _stands_alone(text, q)
    ):
        # (over a verb in the paragraph above with no colon to lead in: a headline's "told us")
        named = _named_after(text, after, reader)
        if named is not None:
            return named, q.end
    if not (lead.found and (lead.colon or lead.adjacent)) or (
        # ... or a response the lead-in only points to: "The following response, in our view,
        # speaks for many:" over its credit, "- Supported living provider, London"
        (
            lead.verb == COLON
            or (lead.role is not None and lead.role.role == reader.roles.lexicon.fallback.cited)
        )
        and _credit_below(text, q)
    ):
        # a credit line under the quotation names its speaker more surely than a verb in the
        # paragraph before ("Others described the apps. / '...' / Home care worker, Cumbria"), or
        # right under it, a colon with no verb ("the cost of releasing staff was a greater
        # barrier:")
        headed = _headed(text, q, reader)
        if headed is not None:
            return headed, q.start
        credit = _credit_line(text, q, reader)
        if credit is not None:
            return credit, q.end
    if not lead.found and before.docs and before.ends[-1] >= before.end - 1:
        row = _row_label(text, before, reader)
        if row is not None:
            return row, pos
    if not lead.found and q.kind == "inline" and _answers_question(text, q):
        # a profile's questions, each over its answer in quote marks ("What's the hardest part of
        # the job right now?" / "'Recruitment, every time.'"): the person the profile is of
        return Cue(verb="(turn)", colon=True, anaphor="answer"), q.start
    return lead, pos


def _coded_speaker(text: str, at: int, cue: Cue, reader: CueReader) -> Cue:
    """A trailing cue whose speaker the study's code names after them ("..., said one place
    director (NHS03), adding:"): the group the document's table gives the code, over what the
    phrase's words suggest - the study says who it spoke to."""
    m = CODE_AFTER.search(text, at, min(len(text), at + CODE_AFTER_REACH))
    if m is None or STOP_BETWEEN.search(text, at, m.start()):
        return cue
    found = reader.roles.read(m.group(1))
    if found is None or found.kind != "code" or found.role == reader.roles.lexicon.fallback.cited:
        return cue
    return replace(cue, role=found)


def _announced(text: str, q: QuoteSpan, before: Gap, reader: CueReader) -> Cue:
    """The cue of a block announced as what follows ("The following response was received on 3
    May 2024 from the council's Director of Adult Social Care."): a speech verb's if the sentence
    has one, else the medium's, a written response's a document's."""
    off, doc = before.docs[-1]
    cue = leading(reader, doc, before.verbs[-1], before.mentions[-1])
    if cue.found:
        return cue
    end = before.ends[-1]
    while end > off and text[end - 1].isspace():
        end -= 1
    m = FOLLOWING.search(text, off, end)
    if m is None:
        return cue
    found = reader.roles.read(m.group(1))
    if found is None:
        return cue
    return Cue(speaker=" ".join(m.group(0).split()).rstrip("."), verb=ANNOUNCED, role=found)


def _named_after(text: str, after: Gap, reader: CueReader) -> Cue | None:
    """The paragraph after a quotation standing alone, saying whose it was: "'There isn't a who.'
    / That is how one director of adult social services answered the first question we put"."""
    off, doc = after.docs[0]
    m = THAT_IS_HOW.match(text, off)
    if m is None:
        return None
    k = next((t.i for t in doc if t.idx >= m.end() - off), len(doc))
    cue = trailing(reader, doc, after.verbs[0], after.mentions[0], start=k)
    if cue.found:
        return cue
    # with a verb of any kind: "That was how an agency owner in the Midlands began when I asked"
    mention = next((x for x in after.mentions[0] if k <= x.start <= k + 2), None)
    if mention is None or mention.kind == "lay":
        return None
    cue = Cue(verb="(attribution)", trailing=True)
    read_speaker(cue, doc[k : mention.end], reader.roles, after.mentions[0])
    return cue if cue.found else None


def _row_label(text: str, before: Gap, reader: CueReader) -> Cue | None:
    """A table of comments, each row its respondent, then the words ("Registered manager, home
    care '...' Team manager, local authority '...'"): the label right before the mark, with no
    verb in it, when the lexicon places it."""
    (off, doc), end = before.docs[-1], before.ends[-1]
    while end > off and text[end - 1].isspace():
        end -= 1  # (or on the line above the words: "Kofi, night senior, Willowmead" / "'...'")
    if text.count("\n", end, before.end) > 1:
        return None
    at = max(off, text.rfind("\n", 0, end) + 1)
    if (code := RESPONDENT_CODE.match(text, at, end)) is not None:
        # a survey's code for the respondent: "[S-131] Registered manager, Eastgate"
        at = code.end()
    label = text[at:end].strip()
    if not (ROW_LABEL.fullmatch(label) or _short_row(text, at, label)) or any(
        off + doc[v[0]].idx >= at for v in before.verbs[-1]
    ):
        return None
    found = reader.roles.read(label)
    fb = reader.roles.lexicon.fallback
    if found is None or found.role in (fb.unknown, fb.cited):
        return None
    return Cue(speaker=label, verb="(attribution)", role=found)


def _short_row(text: str, at: int, label: str) -> bool:
    """`label`, opening the line at `at`, is a table's first cell of a word or a few, with no
    comma ("Care worker", "Commissioner"), when the line above or below is a row of the same
    shape: a short label, then words in quote marks."""
    if SHORT_ROW_LABEL.fullmatch(label) is None:
        return False
    # (the rows may stand a blank line apart, as a copy's paragraphs; a row is short, so the
    # lines looked at are near)
    end_above = at
    while end_above > max(0, at - ROW_REACH) and text[end_above - 1].isspace():
        end_above -= 1
    above = text.rfind("\n", max(0, end_above - ROW_REACH), end_above) + 1
    below = text.find("\n", at, at + ROW_REACH)
    while 0 <= below < min(len(text), at + 2 * ROW_REACH) and text[below].isspace():
        below += 1
    return (0 < above < end_above and TABLE_ROW.match(text, above, end_above) is not None) or (
        below >= 0 and TABLE_ROW.match(text, below, below + ROW_REACH) is not None
    )


def _over_a_line(text: str, at: int) -> bool:
    """The text before `at` ends a line of its own, with no colon or comma to join it to `at`."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and "\n" in text[k:at] and text[k] not in ":,"


def _row_theme(text: str, at: int) -> bool:
    """The words before `at` on its line are a table cell's: a word or three, no sentence in
    them ("Funding", "NHS", "Workforce and pay")."""
    start = text.rfind("\n", max(0, at - ROW_THEME_CHARS), at)
    cell = text[start + 1 : at] if start >= 0 or at <= ROW_THEME_CHARS else ""
    return 0 < len(cell.split()) <= ROW_THEME_WORDS and ROW_THEME.fullmatch(cell) is not None


def _foot_credit(text: str, q: QuoteSpan) -> re.Match[str] | None:
    """A block quotation after a colon line takes its paragraph, and the dashed credit line at its
    foot with it: "And on the bigger picture:" / "'We have had ...'" / "- Dr Helen ..."."""
    foot = text.rfind("\n", q.start, q.end) if q.kind == "block" else -1
    if foot > q.start and _dashed_at(text, foot + 1):
        return CREDIT_LINE.fullmatch(text, foot, q.end)
    return None


def _credit_line(
    text: str, q: QuoteSpan, reader: CueReader, *, named_only: bool = False
) -> Cue | None:
    """A credit line under a quotation that has no cue of its own, as case studies print them:

    "The team turned round our service in a month."
    Registered manager, domiciliary care agency

    With `named_only`, a credit naming a person but no role ("– Dr Rashid Quayle, Care Leadership
    Trust", under a pull quote) is returned too, its role left to whoever the document has met
    by that name."""
    m = _foot_credit(text, q)  # (the credit, not the heading after it: "Notes and references")
    if m is None and _whole(text, q):
        at = q.end
        if (rated := REVIEW_LINES.match(text, at)) is not None:
            at = rated.end()
        m = CREDIT_LINE.match(text, at, min(len(text), at + CREDIT_REACH))
    elif m is None and (
        q.closed
        and (
            q.start == 0
            or text.rfind("\n", max(0, q.start - 3), q.start) >= 0
            or _row_theme(text, q.start)
        )
    ):
        # a paragraph of its own but for the credit its lines were joined with: "'... and the
        # lady knows it.' Care worker, eight years in home care, focus group"; or a table's row,
        # its theme before the words: "Funding “Fee uplifts are set by ...” Director, county"
        # (or on the line under them, in the paragraph: "Featured review “...”" / "Senior Care
        # Worker, Harrogate")
        stop = min(len(text), q.end + CREDIT_REACH)
        m = CREDIT_AFTER.match(text, q.end, stop) or CREDIT_UNDER.match(text, q.end, stop)
    if m is None or (
        m.group(1).isupper()
        and len(CAPITAL_WORD.findall(m.group(1))) >= HEADING_WORDS
        and "," not in m.group(1)
        and not text[m.start() : m.start(1)].strip()
    ):
        return None  # (a heading in capitals under it, no credit: "STAFF FORUM AND DATES", but
        # "C1 / RM" is a study's code)
    # where the words were said is no part of who said them: "- Dr Ruth Kemble, president, ADASS,
    # speaking at the association's spring seminar"
    speaker = CREDIT_OCCASION.sub("", m.group(1)).strip()
    # when they said it is no part of who they are: "- Member of the families' council, 2019"
    speaker = CREDIT_YEAR.sub("", speaker)
    if (aged := AGE_AND_CONTROLS.search(speaker)) is not None:
        # a petition's signer under their reason, as the page prints them: "Tariq Hussain ·
        # Eastfield · 5 weeks ago ♥ 118 Report" - by their name's title, else what their words
        # say they are ("I'm a support worker at Fenwick")
        name, _, town = speaker[: aged.start()].partition(" · ")
        cue = Cue(speaker=name, verb=CREDIT, trailing=True)
        return _self_described(text, q, reader, cue, f"{name}, {town}", name)
    under = CREDIT_POST_LINE.match(text, m.end())
    if under is not None:  # a signature's post on the line under the name: "Andrew Pelham MP" /
        # "Minister of State for Care"
        speaker = f"{speaker}, {under.group(1)}"
    if (
        YEAR.search(speaker)
        or len(speaker.split()) > MAX_CREDIT_WORDS
        # a heading asking a question is no one's credit: "What the strategy commits to"
        or speaker.partition(" ")[0].lower() in QUESTION_WORDS
        # nor is a news page's caption under a picture: "Image caption, Harewood Care makes ..."
        or speaker.lower().startswith(CAPTION_WORDS)
    ):
        return None
    found = reader.roles.read(speaker)
    who, _, how = speaker.rpartition(",")
    if who and found is not None and found.role == reader.roles.lexicon.fallback.cited:
        # how the words came is not who said them: "Woman in her 80s, survey response"
        said_by = reader.roles.read(who)
        if said_by is not None and reader.roles.read(how) is not None:
            found = said_by
    named = _credited_name(speaker)
    # a full name alone that the page has given before: "Ruth Calloway" under a pull quote
    known = (
        not named
        and LONE_NAME.fullmatch(speaker) is not None
        and text.find(speaker, 0, q.start) >= 0
    )
    if known:
        named = tuple(speaker.split())
    credit_at = m.end() - len(m.group(0).lstrip(" \t.\n"))  # past the line break before it
    dashed = _dashed_at(text, credit_at)
    if found is None and not (
        (named_only or known or reader.roles.post_words.search(speaker)) and len(named) >= 2
    ):
        if dashed and not named and (_described(speaker) or CODED_CREDIT.match(speaker)):
            # "- Voluntary sector chief executive, Newcastle roundtable": someone the credit
            # describes, though the lexicon does not place them - not the speaker before
            return Cue(speaker=speaker, verb=CREDIT, role=None, trailing=True)
        if (aged := AGED_CREDIT.fullmatch(speaker)) is not None:
            # "Joan, 70, Norfolk" under her words: a member of the public, by first name and age
            # (the person's age makes them one of the `aged` names)
            return Cue(speaker=speaker, verb=CREDIT, trailing=True, named=(aged.group(1),))
        return None  # a person and a post at no body named ("Hannah Brightwell, Chief
        # Executive") are left to the body the page comes from
    return Cue(speaker=speaker, verb=CREDIT, role=found, trailing=True, named=named)


def _response_line(text: str, q: QuoteSpan, reader: CueReader) -> Cue | None:
    """The line a review site prints over a reply to a review, naming who replies: "Response from
    Debbie Kavanagh (Registered Manager) at Oakhurst House" over "'Dear Stephen, thank you ...'".
    A body that replies in its own name ("Response from Amberlea Home Care") writes a statement."""
    if not _whole(text, q):
        return None
    end = q.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    m = RESPONSE_LINE.fullmatch(text, text.rfind("\n", 0, end) + 1, end)
    if m is None:
        return None
    speaker = m.group(1).strip()
    found = reader.roles.read(speaker)
    if found is None and not any(c in speaker for c in "(,"):  # no person and their post
        cited = reader.roles.lexicon.fallback.cited
        found = RoleMatch(cited, "phrase", 0, 0)
    return Cue(speaker=speaker, verb=CREDIT, role=found, colon=True)


# a credit by a participant's code, after a word saying what they are to the study: "- Member R2
# (residential, 30 beds)", "- Respondent 14"
CODED_CREDIT = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z]{0,3}\d{1,3}\b")


def _described(speaker: str) -> bool:
    """A credit that describes someone in words ("Voluntary sector chief executive, Newcastle
    roundtable"), not a name ("Dr Rashid Quayle") or a label alone."""
    return sum(1 for w in speaker.split() if w[:1].islower()) >= 2


def _caption(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """The speaker a broadcast transcript's caption names over their words: "[CAPTION: Grace
    Mensah - Senior carer, Fernleigh House]" - their role, and their name for later turns."""
    if q.label[0] >= 0:  # a radio script's audio card
        return _card(text, q, reader)
    before = text[max(0, q.start - 300) : q.start].rstrip()
    found = CAPTION.fullmatch(before, before.rfind("\n") + 1)
    if found is None:
        return Cue(verb="(caption)", colon=True)
    speaker = found.group(1)
    name = NAME_PART.split(speaker, maxsplit=1)[0]
    if name.isupper():
        name = name.title()  # a radio script's "CLIP 04 - MARY HOLROYD"
    named = bare_name(name) if FULL_NAME.fullmatch(name) else ()
    if not named and LONE_SURNAME.fullmatch(name):
        named = (name.title(),)  # "[CLIP: ADEYEMI]": the person an earlier clip named in full
    return Cue(
        speaker=speaker, verb="(caption)", role=reader.roles.read(speaker), colon=True, named=named
    )


def _card(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """Who is on a radio script's clip, as its card's clip line gives them: the person and post in
    its bracket ("WHITLOCK 1 (Graham Whitlock, Director of Adult Social Services, ...)"); else,
    where the bracket says where or when it was recorded ("WHITLOCK 2 (press conference, County
    Hall, 1115)") or that an earlier bulletin played it ("CHESWICK 1 (as 0800)"), the person its
    slug names by surname, for the script to find by an earlier clip or mention."""
    card = CARD_SLUG.fullmatch(text, *q.label)
    if card is None:
        return Cue(verb="(caption)", colon=True)
    slug, who = card.group(1).title(), card.group(2) or ""
    name = NAME_PART.split(who, maxsplit=1)[0].strip()
    found = reader.roles.read(who) if who else None
    # (not a place and a time: "College Green, 1610")
    if found is not None or (FULL_NAME.fullmatch(name) and not any(c.isdigit() for c in who)):
        named = bare_name(name) if FULL_NAME.fullmatch(name) else ()
        return Cue(speaker=who, verb="(caption)", role=found, colon=True, named=named)
    named = (slug,) if LONE_SURNAME.fullmatch(slug) else ()
    return Cue(speaker=slug, verb="(caption)", colon=True, named=named)


# an audio card's slug, its take's number and its bracket: "WHITLOCK 1 (Graham Whitlock, ...)"
CARD_SLUG = re.compile(r"([A-Z][A-Z'’ -]*?)(?:[ \t]+\d{1,2})?(?:[ \t]*\(([^()\n]*)\))?")


# a line over a quotation of its own, labelling it and naming who spoke: "Question 2 – Mrs Yvonne
# Clegg, Owner and Registered Manager, Hollins Lea Care Home", "Response – Councillor Caldicott"
HEADED = re.compile(
    r"[A-Z][a-z]{2,20}(?:[ \t]+\d{1,3})?[ \t]+[–—][ \t]+(?:from[ \t]+)?([A-Z][^\n.!?:;\"“”‘’]{2,150}?)[ \t]*"
)


def _headed(text: str, q: QuoteSpan, reader: CueReader) -> Cue | None:
    """The speaker a paragraph of its own over a whole-paragraph quotation names after its label
    and a dash (see HEADED), as minutes set out the public's questions and the answers to them:
    the line under such a quotation is the next one's head, no credit of this one."""
    end = q.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if _whole(text, q):
        if end - start > HEADED_CHARS or (
            start > 0 and not text[max(0, start - 2) : start].isspace()
        ):
            return None  # (the line must be a paragraph of its own)
    elif not (start == text.rfind("\n", 0, q.start) + 1 and _ends_paragraph(text, q.end)):
        return None  # (or run into the quotation's paragraph by the copy, which ends with it)
    m = HEADED.fullmatch(text, start, end)
    if m is None:
        return None
    speaker = m.group(1)
    found = reader.roles.read(speaker)
    named = _credited_name(speaker) or bare_name(speaker)
    if found is None and not named:
        return None
    return Cue(speaker=speaker, verb="(attribution)", role=found, colon=True, named=named)


HEADED_CHARS = 200


def _credited_name(credit: str) -> tuple[str, ...]:
    """The name a credit line opens with, before its comma: "June, who cares for her husband",
    "Dr Amy Lee, GP" - so that a later "June says" is hers. "Care worker, North East" has none."""
    m = CREDITED_NAME.match(credit)
    if m is None:
        return ()
    return tuple(w for w in m.group(1).split() if w.lower().rstrip(".") not in HONORIFICS)


def _ends_paragraph(text: str, at: int) -> bool:
    """Nothing but a full stop stands between `at` and its paragraph's end."""
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)].strip() in ("", ".")


def _bracketed(
    text: str, q: QuoteSpan, reader: CueReader, known: Container[str] = ()
) -> Cue | None:
    """An attribution in brackets after a quotation or closing a block: "(Director, council A)",
    or the name of someone met before (`known`, lower-case name words): "(Marion)".

    A bracket with a year is a citation, not a speaker; one naming no role or person is left alone.
    """
    if q.kind == "block":
        m = BRACKET_END.search(text, max(q.start, q.end - 90), q.end)
        if m is None:  # the attribution as a paragraph of its own after the block
            m = BRACKET_LINE.match(text, q.end, min(len(text), q.end + 100))
        if m is None and q.how == "attributed":  # ... or after an em dash
            m = DASHED_PARAGRAPH.match(text, q.end, min(len(text), q.end + 100))
        if m is None:
            m = DASH_END.search(text, max(q.start, q.end - 90), q.end)
    else:
        m = BRACKET.match(text, q.end, min(len(text), q.end + 90))
        if m is None:
            m = DASH.match(text, q.end, min(len(text), q.end + 90))
        whole = _whole(text, q)
        if m is None and not whole:  # (a quoted paragraph's credit line makes it a block)
            m = _dash_line(text, q.end)
        if m is None and whole:  # a quoted paragraph, its attribution on the next line
            m = BRACKET_LINE.match(text, q.end, min(len(text), q.end + 100))
    if m is None or YEAR.search(m.group(1)) or m.group(1).rstrip().endswith(","):
        return None  # (a comma runs into the next words' cue: "- a phrase that produced, one
        # director recalled, '...'")
    speaker = m.group(1).strip()
    if (
        m.re is DASH
        and (wrapped := WRAPPED_CREDIT.match(text, m.end())) is not None
        and (
            CREDIT_INITIALS.fullmatch(wrapped.group(1)) is not None
            or speaker.split()[-1].lower() in CREDIT_GOES_ON
        )
    ):
        # the credit's last words wrapped to a line of their own, as a PDF's copy breaks a pull
        # quote's credit: "- Simon Achebe, Director of People, NHS Hartsmoor and Wyre" / "ICB"
        # (a body's initials, or words after one that cannot end it; not the next heading)
        speaker = f"{speaker} {wrapped.group(1)}"
    if speaker.split()[0].lower() in GOES_ON:
        return None  # the sentence goes on after a dash: "'...' – but added that the handling"
    # a consultation's verbatim comment credited by the respondent and how they responded: "(Health
    # professional, online survey)", "(Family carer, drop-in session)" - the channel no speaker
    channel = RESPONSE_CHANNEL.search(speaker)
    if channel is not None and channel.start() > 0:
        found = reader.roles.read(speaker[: channel.start()])
        return Cue(speaker=speaker, verb="(attribution)", role=found, trailing=True)
    found = reader.roles.read(speaker)
    if found is None:
        # "'...' – Sunita Rao": a person the narrative may have introduced with a role
        if m.re in (DASH, DASH_END) and FULL_NAME.fullmatch(speaker):
            return Cue(
                speaker=speaker, verb="(attribution)", trailing=True, named=bare_name(speaker)
            )
        if (m.re is DASH and ONLINE_CREDIT.fullmatch(speaker) is not None) or (
            m.re in (DASH, DASH_END) and NAME_AND_TOWN.fullmatch(speaker) is not None
        ):
            # "'...' – BrambleLaneBob", "'...' – Sandra Yates, on Facebook": a reader's comment a
            # page prints under a story, its writer as their words say they are, as a comment's
            # (of no role else: whom a name alone under a comment does not place); so too a
            # reader's question a broadcaster's page credits by first name and town ("'...' -
            # Graham, Taunton", "'My mum is 86 ...' - Deepa, Leicester")
            cue = Cue(speaker=speaker, verb="(attribution)", trailing=True)
            return _self_or_kin(text, q, reader, cue, "")
        if (
            PSEUDONYM.fullmatch(speaker)
            and speaker.lower() in known
            and (m.re is not BRACKET or _ends_paragraph(text, m.end()))
        ):
            # "'...' (Marion)": the pseudonym of someone a study's table or narrative placed, not
            # a direction ("(Laughter)") or a region ("(Eastern)")
            return Cue(speaker=speaker, verb="(attribution)", trailing=True, named=(speaker,))
        return None
    coded = CODED.match(speaker)
    if coded and found.kind == "code" and "," in speaker:
        # "(P14, ICB)": what the bracket says after the code, over what the code's prefix stands
        # for elsewhere in the document (one "participant from a care provider (P19)")
        said = reader.roles.read(speaker.partition(",")[2])
        fb = reader.roles.lexicon.fallback
        if said is not None and said.role not in (fb.unknown, fb.cited):
            found = said
    if found.kind == "org" and coded:
        # "(S09, ICB)": a participant coded by the study, at that body - a person, not its words
        found = replace(found, kind="code")
    return Cue(
        speaker=speaker,
        verb="(attribution)",
        role=found,
        trailing=True,
        named=_credited_name(speaker),
    )


# how a consultation's respondent gave their comment, closing its credit: ", online survey"
RESPONSE_CHANNEL = re.compile(
    r",[ \t]*(?:(?:online|paper|postal|telephone|phone|easy[ \t]read|staff|provider|public)[ \t]+)?"
    r"(?:survey|questionnaire|session|drop-in(?:[ \t]session)?|event|forum|workshop|meeting)[ \t]*$",
    re.IGNORECASE,
)
# a reader credited under their comment by a handle, or by name and where they posted it
ONLINE_CREDIT = re.compile(
    r"([A-Za-z][\w.'’-]*(?:[A-Z0-9_][\w.'’-]*)|[A-Z][a-z]+[ \t][A-Z][\w'’-]+)"
    r"(?:,[ \t]+(?:on|via)[ \t]+(?:Facebook|X|Twitter|Instagram|our website|the website|email))?"
)
# ... or by first name and town: "Deepa, Leicester", "Peter, Ayr", "Lewis, Milton Keynes"
NAME_AND_TOWN = re.compile(r"[A-Z][a-z'’-]+,[ \t]+[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2}")
TOWN_LABEL = re.compile(rf"({NAME_AND_TOWN.pattern})[ \t]*:[ \t]*")


def _line_label(text: str, q: QuoteSpan, label: re.Pattern[str]) -> str | None:
    """The label a line opens on before the colon over its quotation, as `label` reads it (its
    first group), if so: a first name and town (TOWN_LABEL: "Joanne, Kingsway:", or what they
    are, and where: "Nurse, The Willows:", which the cue reads as any other), a respondent's code
    and what they are (CODED_LABEL: "F23 (wife, unpaid carer):")."""
    start = text.rfind("\n", 0, q.start) + 1
    if q.kind != "inline" or q.start - start > LINE_LABEL_CHARS:
        return None
    m = label.fullmatch(text, start, q.start)
    return m.group(1) if m is not None else None


LINE_LABEL_CHARS = 60  # characters of a line's label before its quotation


# a line's respondent code and, in brackets, what they are: "F07 (daughter): ", "R12 (registered
# manager, nursing home): "
CODED_LABEL = re.compile(r"[ \t]*[A-Z]{1,3}-?\d{1,4}[ \t]*\(([^()\n]{2,50})\)[ \t]*:[ \t]*")
DASH_LINE_BACK = 600  # characters of a list item's line before its quotation's end
LIST_MARKS = DASHES | {"-", "•", "*"}


def _dash_line(text: str, at: int) -> re.Match[str] | None:
    """A dash attribution on the line under a quotation that ends its line, the last line of its
    paragraph or of a box's entry: '"It took three years ... undo it."' then "- Assistant
    director, Ravensmoor"."""
    nl = text.find("\n", at, at + 3)
    if nl < 0 or text[at:nl].strip(" \t"):
        return None
    # not a list's item, whose next item a dash opens too: "- Blue table: '...'" (its line opens
    # near: a line longer than DASH_LINE_BACK is no list's)
    line = text.rfind("\n", max(0, at - DASH_LINE_BACK), at) + 1
    if (line > 0 or at <= DASH_LINE_BACK) and text[line:at].lstrip(" \t")[:1] in LIST_MARKS:
        return None
    m = DASH.match(text, nl + 1, min(len(text), nl + 91))
    if m is None:
        return None
    after = text[m.end() : m.end() + 2]
    ends = len(after) < 2 or after == "\n\n" or after[1] in '‘“"'
    return m if ends else None


def _turn_speaker(
    text: str, q: QuoteSpan, reader: CueReader, known: Mapping[str, Antecedent] | None = None
) -> Cue:
    """A transcript turn's speaker label: a role ("Care worker", "Interviewee 3") or a name that a
    cast list or the narrative introduced with its role ("Karen Liddle, home care worker"), or
    initials no one has been called by (`known`, lower-case name words) but the person whose
    name they are the initials of, standing for a name the text gave before ("DK:" after "Q&A
    with Dawn Kerrigan")."""
    # the label opens the turn's line, or stands on its own line above it
    at = q.label[0] if q.label[0] >= 0 else text.rfind("\n", 0, q.start) + 1
    label = turn_label(text, at)
    if label is None and at > 0:  # "Ruth Amankwah  00:08:40" on the line above the words
        label = turn_label(text, text.rfind("\n", 0, at - 1) + 1)
    if label is None and q.label[0] >= 0 and (part := EXCHANGE_LABEL.match(text, at)):
        label = part.group(1)  # an exchange's part by sector: "Director of adult social services"
    # a minuted question or answer by whom: "Q - Lukasz Nowak (home carer, Eastfield):", "A - PR:"
    label = QA_BY.sub("", label or "", count=1)
    met = (known or {}).get(label.lower()) if RECORD_INITIALS.fullmatch(label) else None
    if met is not None and label in met.names:
        # the initials a record's list calls someone by ("OT Owen Tranter, Co-chair, ... (expert
        # by experience)"), whatever the letters would abbreviate ("OT", an occupational therapist)
        return Cue(speaker=label, verb="(turn)", colon=True, named=(label,))
    if (number := QUESTION_NUMBER.match(label)) is not None:
        # (after the number's full stop, as a council's record writes it: "Q4. OT:")
        return _questioner(label[number.end() :].strip(" \t."), reader, known or {})
    if "(" in label and _debate_label(label, reader):
        # a debate's speaker on the speech's own line: "Mrs Helen Marsh (Stourfield) (Con): I
        # beg to move", "The Minister for Care (Rachel Oyelaran): It is a pleasure"
        return _member_or_post(label, reader)
    if VOX_POP.match(label) or UNNAMED_SPEAKER.fullmatch(label):
        # a member of the public stopped in the street ("VOX POP (WOMAN, 70s)"): whom their own
        # words place ("I work in a care home myself", "My husband had carers"), else no one
        # the text makes determinable - not the person who draws on care an age and a sex alone
        # would make; so too a voice an automatic transcript could not name ("Speaker 7",
        # "Unknown Speaker": "Sorry, can I come in. Rachel Dunmore, I'm the cabinet member ...")
        return _self_or_kin(text, q, reader, Cue(speaker=label, verb="(turn)", colon=True), "")
    doc = reader.roles.make(label)
    cue = Cue(speaker=label or None, verb="(turn)", colon=True)
    cue.role = reader.roles.classify(doc[:], reader.roles.matches(doc))
    unplaced = cue.role is None or cue.role.role == reader.roles.lexicon.fallback.unknown
    if unplaced and NUMBERED_LABEL.fullmatch(label):
        # one of a jury or a panel by number ("JUROR 7"): what their words say they are, here or
        # in an earlier turn of theirs ("JUROR 3: ... I care for my mum"), else no one
        return _numbered_speaker(text, q, reader, label)
    if cue.role is None and label.lower() in RESPONDENTS:
        # an excerpt's "R:": the person its heading describes ("B2 N2, director of place,
        # integrated care board. Telephone, November 2023.")
        cue.role = _excerpt_heading(text, at, reader)
    if cue.role is None and label.lower() in ANSWERS:
        cue.anaphor = "answer"  # a Q&A's "A:": the person the interview is with
    elif cue.role is None or "(" in label or "," in label:
        # a name, or a name with the post in brackets ("GRAHAM HURST (DIRECTOR OF ...)"), so
        # that a later "HURST:" finds the role
        # (the name before a post after the bracket: "Sarah Kettleborough (SK), Director of ...")
        head = BRACKETS.sub("", label).partition(",")[0]
        bracket = BRACKETS.search(label)
        anonymous = head.strip().lower() in ANONYMOUS_LABELS and bracket is not None
        if anonymous and bracket is not None:
            # "CALLER (JANET, HOLLINS END)": the person is the bracket's first name, their turns
            # after labelled "JANET:"
            head = bracket.group().strip("() ").partition(",")[0]
        elif (
            bracket is not None
            and head.lstrip().startswith("The ")
            and TITLED_PERSON.fullmatch(bracket.group().strip("() "))
        ):
            # "The Chairperson (Mr Feeney)": the member in the chair, by the name the record's
            # list of members gives (and the chair's, for the turns labelled "The Chairperson:")
            head = f"{head.strip()} {bracket.group().strip('() ')}"
        else:
            # "CALLER - STEVE (Boston)": the name after the kind of turn, which names no one
            kind, _, rest = head.strip().partition(" ")
            if (
                (kind.lower() in ANONYMOUS_LABELS or NAMED_ASKER.match(head))
                and rest[:1] in "-–—"
                and rest[1:].strip()
            ):
                head = rest[1:]
        name = reader.roles.make(head)
        cue.named = tuple(
            t.text.title()
            for t in name
            if t.is_alpha and len(t.text) > 1 and t.text not in POST_NOMINALS  # "... MP, MINISTER"
        )
        initials = bracket.group().strip("() ") if bracket is not None else ""
        if INITIALS.fullmatch(initials):  # and the initials the record calls them by ("SK:")
            cue.named += (initials.title(),)
        elif (
            INITIALS.fullmatch(label)
            and (
                (met := (known or {}).get(label.lower())) is None
                or name_initials(met.names) == label
            )
            and (full := _initialled(text, label, at))
        ):
            cue.named = (*full, label.title())  # a Q&A's "DK:", Dawn Kerrigan's initials
        post = _captioned(text, at, cue.named) if cue.role is None and cue.named else None
        if post is not None:
            # the speaker is the label with the caption's post, as a credit gives a name and post
            cue.speaker, cue.role = f"{label}, {post}", reader.roles.read(post)
        elif anonymous and cue.role is None:
            # one of the audience by their first name ("DELEGATE (GILLIAN)"): what their words
            # say they are ("I'm not a professional at all, I care for my husband"), as a caller's
            cue = _self_or_kin(text, q, reader, cue, " ".join(cue.named))
    return cue


NUMBERED_LABEL = re.compile(
    r"(?:Juror|Participant|Respondent|Delegate|Attendee|Panellist|Panelist|Contributor|Caller)"
    r"[ \t]+\d{1,3}",
    re.IGNORECASE,
)
EARLIER_TURNS = 6  # of the same label, looked back at for what the speaker said they are
EARLIER_REACH = 60_000  # characters back to them


def _numbered_speaker(text: str, q: QuoteSpan, reader: CueReader, label: str) -> Cue:
    """A numbered member of a jury, a panel or an audience (see NUMBERED_LABEL): placed by their
    own words, in this turn or the nearest earlier turn of theirs that places them."""
    cue = _self_or_kin(text, q, reader, Cue(speaker=label, verb="(turn)", colon=True), "")
    at, lo = q.start, max(0, q.start - EARLIER_REACH)
    for _ in range(EARLIER_TURNS):
        if cue.role is not None:
            break
        at = text.rfind(f"\n{label}:", lo, at)
        if at < 0:
            break
        start = at + len(label) + 2
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        earlier = replace(q, start=start, end=end, inner_start=start, inner_end=end)
        cue.role = _self_or_kin(text, earlier, reader, Cue(), "").role
    return cue


VOX_POP = re.compile(r"VOX(?:[ \t]?POPS?)?\b", re.IGNORECASE)  # a broadcast's street interview
# ... and a transcription service's label for a voice it could not name, or a platform's for
# someone who asked anonymously
UNNAMED_SPEAKER = re.compile(
    r"(?:(?:Unknown[ \t]+|Unidentified[ \t]+)?Speaker(?:[ \t]+\d{1,3})?"
    # ... or a webinar platform's for an attendee who asked without their name
    r"|Anonymous(?:[ \t]+(?:Attendee|Participant|User|Guest))?"
    # ... or a conference's for one of its audience, unnamed ("DELEGATE", "AUDIENCE MEMBER")
    r"|Delegate|Questioner|Audience[ \t]+member|Member[ \t]+of[ \t]+the[ \t]+(?:audience|public)"
    # ... or a film's for a voice heard off screen: "VOICE (OFF-SCREEN)", "VOICE OFF"
    r"|Voice(?:[ \t]+(?:off|over))?)(?:[ \t]*\((?:off|unseen)[^()\n]{0,20}\))?",
    re.I,
)


def _initialled(text: str, initials: str, at: int) -> tuple[str, ...]:
    """The name the initials labelling a turn stand for, as the text before the turn first gives
    it: "DK:" in a Q&A introduced "Meet the new chair: Q&A with Dawn Kerrigan"."""
    words = r"[ \t]".join(rf"{c}[a-z'’-]+" for c in initials)
    m = re.search(rf"\b{words}\b", text[:at])
    return tuple(m.group().split()) if m is not None else ()


def _captioned(text: str, at: int, named: tuple[str, ...]) -> str | None:
    """The post an on-screen caption above a labelled turn gives the person the label names, in a
    broadcast transcript: "CAPTION: SANDEEP GILL, MANAGING DIRECTOR, GILL HOMECARE" over "SANDEEP
    GILL: We've got a waiting list" (or "KERRY:" under "CAPTION: KERRY ASHDOWN, CARE WORKER")."""
    words = {w.lower() for w in named}
    for line in reversed(text[max(0, at - CAPTION_BACK) : at].splitlines()):
        found = CAPTION.fullmatch(line)
        if found is None:
            continue
        name, *post = NAME_PART.split(found.group(1), maxsplit=1)
        if post and words <= set(name.lower().split()):
            return post[0].strip()
    return None


INTRODUCED_BACK = 3000  # characters before a turn in which the host's opening introduced them
DESCRIBES = re.compile(  # (not "Ruth Amankwah is joined by ...")
    r",|[ \t](?:is|was|has[ \t]+been)[ \t]+(?:an?|the|now|currently|standing|one|our|their)\b"
    r"|[ \t]who\b|[ \t]\("
)
INTRODUCTION_END = re.compile(r"[.;?!](?=\s)|\n")  # the end of the sentence that did


# a meeting's chair as minutes name them: the person the attendance list calls "(Chair)"
MEETING_CHAIR = frozenset([f"The {CHAIR}", f"the {CHAIR}", f"THE {CHAIR.upper()}"])
# who asks an evidence session's numbered questions, in the words the role lexicon places
QUESTIONER = "committee member"


QA_BY = re.compile(r"^[QA][ \t]+[-–—][ \t]+(?=\S)")
RECORD_INITIALS = re.compile(r"[A-Z]{2,3}")  # a label of the initials a record calls someone by


def _questioner(label: str, reader: CueReader, known: Mapping[str, Antecedent]) -> Cue:
    """The member of a committee asking a numbered question of an evidence session ("Q113 Dr
    Penhaligon:", "Q1 Chair:"), known by name to the answers that follow; but a minister on a
    bill's committee by post, the holder in brackets ("Q90 The Minister of State, Department of
    Health and Social Care (Andrea Kellaway)"), and after by the name the record met first
    ("Q91 Andrea Kellaway")."""
    if "(" in label and _debate_label(label, reader):
        return _member_or_post(label, reader)
    # "Chair": a post, and no name (but initials the record defines are someone's: "Q4. OT:")
    listed = known.get(label.lower())
    post = None if listed is not None and label in listed.names else reader.roles.read(label)
    name = (
        ()
        if post is not None  # (by name, or by the initials a record gives: "Q4. OT:")
        else tuple(w for w in label.split() if (w.istitle() or w.isupper()) and len(w) > 1)
    )
    member = reader.roles.read(QUESTIONER)
    met = known.get(name[-1].lower()) if name else None
    if met is not None and (member is None or met.role != member.role):
        return Cue(speaker=label, verb="(turn)", colon=True, named=name)
    return Cue(speaker=label, verb="(turn)", colon=True, role=member, named=name)


def _debate_label(label: str, reader: CueReader) -> bool:
    """A label as a debate record heads a speech: a name with a seat and a party, or a post with
    its holder's name in brackets (not a name with a post in brackets: "Sam Patel (Care Worker)")."""
    brackets = [b.strip("()") for b in BRACKETS.findall(label)]
    if brackets[:1] and brackets[0].startswith("@"):
        return False  # a handle: "Hannah Ross (@HannahRoss_SfC), locality manager, ..."
    if PARTY.search(label) or len(brackets) >= 2:
        return True
    bare = BRACKETS.sub("", label).strip()
    return any(
        len(b.split()) >= 2 and b.istitle() and reader.roles.read(b) is None for b in brackets
    ) and (reader.roles.read(bare) is not None)


def _excerpt_heading(text: str, at: int, reader: CueReader) -> RoleMatch | None:
    """The role the heading of a transcript excerpt gives its respondent: the first paragraph
    before the turn at `at`, back over the excerpt's other turns, that is no turn itself."""
    fb = reader.roles.lexicon.fallback
    end = at
    for _ in range(EXCERPT_TURNS):
        stop = text.rfind("\n\n", 0, end)
        if stop < 0:
            return None
        before = text.rfind("\n\n", 0, stop)
        start = before + 2 if before >= 0 else 0
        if turn_label(text, start) is None:
            if stop - start > EXCERPT_HEADING:
                return None  # narrative, not a heading
            found = reader.roles.read(text[start:stop])
            if found is None or found.role in (fb.unknown, fb.cited):
                return None
            # a person the heading describes, even by the body they work at (an ICB's director)
            return RoleMatch(found.role, "phrase", found.start, found.end)
        end = start
    return None


def _speech_speaker(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """A debate speech's speaker, from its heading: a member by name, seat and party ("Helen
    Brayshaw (Calderbridge) (Lab)"), a post and a name ("The Minister for Care (Anna Ridley)"),
    or a name alone for a member heard before."""
    label = text[q.label[0] : q.label[1]]
    written = written_label(label)
    if written is not None:
        cue = _written_speaker(label, written, reader)
        if cue.role is None and written.asked and not written.parliament:
            # a member of the public at a council's question time ("4.2 Question from Mr Tom
            # Aldous, Kingsmoor ward"): placed by their own words, as a reader's comment is, else
            # no one the record places
            cue = _self_or_kin(text, _first_question(text, q), reader, replace(cue, named=()), "")
        return cue
    if label in CALL_HEADINGS:  # a call's operator: no one the lexicon's words name ("operator"
        # is a care business's)
        return Cue(speaker=label, verb="(turn)", colon=True, named=(label,))
    if " -- " in label:  # a call's "Margaret Ellery -- Group Chief Executive": the name, then the
        # post and the firm ("Oliver Prentice -- Harcastle Securities -- Analyst")
        name, *parts = label.split(" -- ")
        cue = Cue(speaker=label, verb="(turn)", colon=True, named=tuple(name.split()))
        cue.role = next((r for part in parts if (r := reader.roles.read(part)) is not None), None)
        return cue
    return _member_or_post(label, reader)


def _first_question(text: str, q: QuoteSpan) -> QuoteSpan:
    """The question first put under a question time's label, whose words place the asker (a
    supplementary's may open on anything: "Staff networks are welcome, but ...")."""
    for para in PARAGRAPH.finditer(text, q.label[1], q.end):
        lo, hi = para.span()
        if ADDRESSEE.fullmatch(text, lo, hi) is not None:
            continue  # "To: Councillor Helen Brabazon, Cabinet Member for ..."
        turn = MINUTED_TURN.match(text, lo, hi)
        lo = turn.end() if turn is not None else lo
        if lo < hi:
            return replace(q, start=lo, end=hi, inner_start=lo, inner_end=hi)
    return q


PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _member_or_post(label: str, reader: CueReader) -> Cue:
    """The speaker a debate's label names: a member by name, seat and party, a post and its
    holder's name in brackets, or a name alone."""
    brackets = [b.strip("()") for b in BRACKETS.findall(label)]
    bare = BRACKETS.sub("", label).strip()
    cue = Cue(speaker=label, verb="(turn)", colon=True)
    names = [b for b in brackets if len(b.split()) >= 2 and b.istitle()]
    if names and reader.roles.read(bare) is not None:  # a post, and its holder ("The
        # Parliamentary Under-Secretary of State, ... (Baroness Ashdown-Rhys) (Lab)")
        post, name = bare, names[0]
    elif len(brackets) >= 2 or PARTY.search(label):  # a seat and a party, or a peer's party
        # ("Lord Ambrose (CB)"): a member of the house, by name
        post, name = MEMBER, bare
    elif names:  # a post, and the name of its holder
        post, name = bare, names[0]
    else:  # a name alone (the member heard before), or a post alone
        post, name = bare, ""
    cue.role = reader.roles.read(post)
    if name or cue.role is None:
        cue.named = tuple((name or bare).split())
    if post == MEMBER and name:
        # a member by name whom the record met before in a post ("The Parliamentary
        # Under-Secretary of State, ... (Baroness Merriden) (Lab)", later "Baroness Merriden
        # (Lab)"): the post's holder, found by the name without the title a peer or a member shares
        # with others
        cue.named = tuple(w for w in name.split() if w.lower() not in PEERAGE)
        cue.member = True
    return cue


# the titles before a member's name, which name no one: "Baroness", "Lord", "Dame"
PEERAGE = HONORIFICS | frozenset(["baron", "viscount", "earl", "countess", "duke", "bishop", "the"])


def _written_speaker(line: str, label: WrittenLabel, reader: CueReader) -> Cue:
    """A written question's asker, a member of either House ("Asked by Lord Penhallow") or of the
    council ("Question 2 – from Councillor Raj Patel"), or its answerer, by the post the label
    gives, else a minister ("Answered by Baroness Tillard") or what the name says of them ("Reply
    from the Leader of the Council")."""
    if label.parliament and label.asked:  # the brackets give a member's party and seat
        role = reader.roles.read(MEMBER)
    elif label.post:
        role = reader.roles.read(label.post) or reader.roles.read(label.name)
    else:
        role = reader.roles.read(ANSWERER if label.parliament else label.name)
    named = tuple(w for w in label.name.split() if w[:1].isupper())
    return Cue(speaker=line, verb="(turn)", colon=True, role=role, named=named)


def _sent_from(text: str, at: int, reader: CueReader) -> str | None:
    """The role of whom the sentence before `at` says a message came from, for a "he says" or
    "she writes" reading it out: "the council has sent us a statement from its director of adult
    social services, Steve Okafor.", "a question from Cllr Derek Aldous, who's an opposition
    councillor in Tarrowby." """
    lo = max(text.rfind("\n", 0, at) + 1, at - SENT_REACH)
    last = next(reversed(list(SENT_FROM.finditer(text, lo, at))), None)
    if last is None or text[last.end() : at].strip(" \t.") != "":
        return None  # the sender's sentence must end right before the cue
    found = reader.roles.read(last.group(1))
    fb = reader.roles.lexicon.fallback
    return found.role if found is not None and found.role not in fb.vague else None


# what a person wrote, as the speaker reads it out: "from his letter", "in her email"
OWN_WRITING = re.compile(
    r"\b(?:his|her|their)[ \t]+(?:e-?mail|letter|message|note|newsletter|submission)\b"
)
SENT_REACH = 300  # characters back to the sentence naming a message's sender
SENT_FROM = re.compile(
    rf"\b(?:{'|'.join(sorted(READ_MEDIA))})\b[^.!?\n]{{0,40}}?\bfrom[ \t]+([^.!?\n]{{3,160}})[.!?]?"
)


def _read_out(
    text: str, turn: QuoteSpan, q: QuoteSpan, reader: CueReader
) -> tuple[Cue, int] | None:
    """The cue at the end of a transcript's turn, for the paragraph it reads out below it: a
    podcast's mailbag ("... from a councillor. Councillor Rob Hensley, who's the lead member for
    adult social care in Marlow, says:" over "'Keep doing this.'"). A "she says" takes the role
    of the person its sentence or the one before places ("First one's an email from Shaz, who's a
    night senior at a nursing home. She says:"). With where its sentence starts."""
    if text[turn.end : q.start].strip() or not text[: turn.end].rstrip().endswith(":"):
        return None
    intro = _sentence_from(text, turn.start, turn.end)
    if intro is None:
        return None
    cue = _own_cue(text, intro, turn.end, reader, colon=True)
    if cue is not None and cue.verb in ("read", READ_OUT):
        cue.second_hand = False  # "so I'll read out what she said": the sender's own words
    if cue is None:
        return None
    if cue.role is not None:
        return cue, intro
    if cue.anaphor != "pronoun":
        return None
    before = _sentence_from(text, turn.start, max(turn.start, intro - 1))
    found = reader.roles.read(text[intro if before is None else before : turn.end])
    if found is None:
        return None
    cue.role, cue.anaphor = found, None
    return cue, intro


def _surname_label(text: str, surname: str, at: int) -> bool:
    """The surname at `at` is a label before a quotation on its line, as a live blog's round of
    answers gives them ("Imrie: 'A multi-year settlement.'", "Pryce, to laughter: '...'"), and the
    page names someone of that surname in full, before or after (latest first, a blog may place
    them further down)."""
    label = SURNAME_LABEL.match(text, at)
    return label is not None and label.group(1) == surname and surname in _surnames(text)


@functools.lru_cache(maxsize=1)
def _surnames(text: str) -> frozenset[str]:
    """The last words of the names `text` gives in full ("Rosalind Imrie"): read once a document,
    when a label first asks (a document of many such labels is not read again for each)."""
    return frozenset(m.group(1) for m in FULL_NAME_END.finditer(text))


# a surname over a quotation on its line: "Imrie: '...'", "Pryce, to laughter: '...'"
SURNAME_LABEL = re.compile(rf"({NAME_WORD})(?:,[ \t][a-z][^:\n]{{0,30}})?:[ \t]*[‘'“\"]")
FULL_NAME_END = re.compile(
    rf"\b(?={NAME_WORD}[ \t]+({NAME_WORD})\b)"
)  # each pair: "Dr Rosalind Imrie"


def _colon_subject(
    text: str, cue: Cue, cue_pos: int, known: dict[str, Antecedent], fb: Fallback
) -> None:
    """A sentence with no speech verb, closed by a colon before a block, that opens on the name of
    someone met before and placed is theirs, whoever else it mentions: "Mahal credits the
    relationship with the council's commissioners for making the change possible:" (but "Kerry
    has been a PA for eight years:" says who Kerry is)."""
    if (
        cue.speaker is None
        and cue.colon
        and cue.surname
        and not cue.trailing
        and (cue.surname.lower() in known or _surname_label(text, cue.surname, cue_pos))
    ):
        # "Helen, who had started as a home help in the 1980s, was typical:" - the name opening
        # the sentence, a clause about her before its predicate
        cue.speaker, cue.named, cue.verb = cue.surname, (cue.surname,), COLON
        return
    if cue.role is None and cue.surname and cue.speaker == cue.surname and not cue.trailing:
        # "Okafor was candid:" - the surname of someone met before speaks; anyone else's
        # sentence is left to the antecedent of the block, as before
        if not all(w.lower() in known for w in cue.named):
            cue.speaker, cue.named, cue.surname, cue.verb = None, (), None, None
        return
    if cue.verb != "(colon)" or cue.role is None or not cue.speaker:
        return
    first, _, rest = cue.speaker.partition(" ")
    prev = known.get(first.lower()) if first[:1].isupper() and rest[:1].islower() else None
    if (
        prev is not None
        and prev.pos < cue_pos
        and prev.role not in (fb.unknown, fb.named, fb.cited)
    ):
        cue.role, cue.named = None, (first,)


def _commenter(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """A reader's comment's author: the post the label gives ("Dev Sharma, home care worker"),
    else what the comment says they are ("Social worker here.", "I work in an ICB as director of
    partnerships", "Twenty years as a home carer"), else what their handle's words say
    ("Former_Elmfield_Manager"), else someone whose role is not determinable."""
    if EMBEDDED_BY.search(text, max(0, q.label[0] - EMBEDDED_BACK), q.label[0]):
        return _poster(text, q, reader)
    label = PRONOUNS.sub("", text[q.label[0] : q.label[1]])  # "Helen Rourke (she/her) - AD ..."
    cue = Cue(speaker=" ".join(label.split()), verb="(comment)", colon=True, trailing=True)
    name, _, post = label.partition(",")  # "Joan, 79, Cumbria": Joan
    # a chat's sender, among people who know each other: no "Retired social worker." to open on
    chat = CHAT_LINE.match(text, text.rfind("\n", 0, q.label[0]) + 1) is not None
    if (card := CARD_LABEL.fullmatch(label)) is not None:
        # a network's card: the first part of its headline that names a post ("Unpaid carer for
        # my son | Expert by experience | Co-chair, ...", "Daughter. Carer. Ward sister at ...")
        name, parts = card.group(1), HEADLINE_PARTS.split(card.group(2))
        post = next((p for p in parts if reader.roles.read(p) is not None), "")
    elif "\n" in label:  # a tribute's writer and who they were, on the line under the name
        # ("Sandra Okonjo" / "Colleague · Senior care assistant, Brackenfold House"): the part
        # that names a post
        name, _, post = label.partition("\n")
        parts = [p.strip() for p in post.split("·")]
        post = next((p for p in parts if reader.roles.read(p) is not None), post)
    elif " | " in label or " · " in label:  # a network's display name and what the poster is:
        # "Tom Riley | Riley Homecare", "Diane Pugh | 3 care homes in Norfolk", a comment's
        # "Marcus J · Registered manager, home care"
        name, _, post = label.partition(" | " if " | " in label else " · ")
    elif (bracket := BRACKETS.search(label)) is not None and "," not in label[: bracket.start()]:
        # a chat's "Priya Shah (carer, Stockport)"; of two posts, the first ("GP; Clinical Lead for
        # Care Homes, NHS Marlshire"); but a post's own bracket is part of it ("Michelle Arkwright,
        # Operations Manager (North)")
        name, post = label[: bracket.start()], bracket.group().strip("() ").partition(";")[0]
    elif (dash := SENDER_DASH.search(label)) is not None:  # "Gemma Holt - SW, hospital ..."
        name, post = label[: dash.start()], label[dash.end() :]
    threaded = THREAD_HANDLE.fullmatch(label) if _thread_head(text, q.label[0]) else None
    if threaded is not None:  # "mancunian_rm Registered Manager": the handle, then the flair
        name, post = threaded.group(1), threaded.group(2) or ""
    cue = _self_described(text, q, reader, cue, post, name, introduced=not chat)
    if chat and cue.role is None:
        cue.role = _introduced_to_group(text, q, name, reader)
    if threaded is not None:
        # whom their other comments are by (a deleted account's are anyone's)
        cue.speaker, cue.named = name, (() if name == DELETED else (name,))
    if chat and not cue.named:  # what her message says she is, for her other messages to find
        cue.named = tuple(w for w in name.split() if w[:1].isupper() and len(w) > 2)
        if not cue.named and PHONE_NUMBER.fullmatch(name.strip()):
            cue.named = (name.strip(),)  # a sender the export knows only by number
    if cue.role is not None and FULL_NAME.fullmatch(name.strip()):
        cue.role = cue.role.at_body()  # a person at the body, no statement of it
    if " " not in label:  # a handle: what it says, and whom the commenter's later comments are
        # by - but "Anonymous" is anyone who gave no name
        cue.role = cue.role or reader.roles.read(HANDLE_BREAKS.sub(" ", label))
        cue.named = cue.named or (() if label.lower() in UNNAMED else (label,))
    elif cue.role is None and "," not in label and not chat:
        # a body's own account: "East Coast Care Providers"
        cue.role = reader.roles.read(label)
    return cue


def _introduced_to_group(text: str, q: QuoteSpan, name: str, reader: CueReader) -> RoleMatch | None:
    """What a chat's sender says they are as they introduce themselves to the group, by their first
    name and then their post or workplace: "Dev, RM at Kestrel Home Care, 140 clients", "Siobhan,
    Meadowcroft Nursing Home (48 beds ...)", or, from a number the export cannot name, "Hi
    everyone Kerry here, RM at Willow Home Care". A workplace places them at it."""
    first = name.split()[0] if name.split() and name[:1].isalpha() else ""
    said = SELF_INTRODUCED.format(name=re.escape(first) if first else "(?!)")
    for m in re.finditer(said, text[q.inner_start : q.inner_end]):
        for part in re.split(r"[,(]", m.group(1)):
            found = reader.roles.read(part)
            if found is not None and found.kind != "lay":
                return found.at_body()
    return None


# a sender's name opening a sentence of their message, then who they are: "Dev, RM at ...",
# "Marcia btw, Ashgrove Court, ..." (or "Kerry here, RM at ...", whatever the name)
SELF_INTRODUCED = (
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:(?:Hi|Hello|Morning)[ \t]+(?:all|everyone)[ \t,!]+)?"
    r"(?:{name}(?:[ \t]+btw)?|[A-Z][a-z]+[ \t]+here),[ \t]+([^.;:!?\n]{{3,120}})"
)
# a sender the export knows only by their number: "+44 7700 900318"
PHONE_NUMBER = re.compile(r"\+?\d[\d \t-]{6,18}\d")

PRONOUNS = re.compile(r"[ \t]*\((?:she|he|they|ze|xe)/\w+(?:/\w+)?\)", re.IGNORECASE)
UNNAMED = frozenset(["anonymous", "anon", "guest", "unknown"])  # a commenter's label, no one's name
# a thread's commenter as its head gives them: the handle ("[S]" marks the thread's submitter),
# then the flair they chose
# (or, in a newer page's head, "OP" for the submitter and the age before the flair:
# "RM_in_the_Dales · 3 days ago Registered Manager")
THREAD_HANDLE = re.compile(
    r"([\w-]{3,30}|\[deleted\])(?:\[[SM]\]|[ \t]OP)?(?:[ \t]+·[ \t]+[^\n]*?\bago\b)?(?:[ \t]+(.+))?"
)
DELETED = "[deleted]"
# what stands before a newer page's thread head's handle: "level 2 ", "Posted by u/"
LEVEL_OR_USER = re.compile(r"(?:level[ \t]\d{1,2}[ \t]|[ \t]u/)$")


# before an embedded post's poster: "Skip X post by Jo Ellery", "Post on X by Cllr Gavin Stiles"
EMBEDDED_BY = re.compile(r"(?:[ \t]post|Post[ \t]on[ \t][A-Za-z]{1,12})[ \t]by[ \t]$")
EMBEDDED_BACK = 30


def _poster(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """An embedded post's poster, by the name the page's player gives: a person in the post the
    name carries ("Cllr Gavin Stiles", "Lena Hartley MP"); a body, whose words are written (a
    document's); a handle, as their words say they are ("@brackmoorbloke"); else a person the page
    may place by name ("Lorraine Keyes")."""
    name = text[q.label[0] : q.label[1]]
    cue = Cue(speaker=name, verb="(comment)", colon=True, trailing=True)
    if name.startswith("@"):
        return _self_or_kin(text, q, reader, cue, "")
    found = reader.roles.read(name)
    if (found is not None and found.kind == "org") or name.split()[-1].lower() in BODIES:
        cue.role = RoleMatch(reader.roles.lexicon.fallback.cited, "org", 0, len(name.split()))
    elif found is not None:
        cue.role = found
    else:
        cue.named = bare_name(name)
    return cue


def _thread_head(text: str, at: int) -> bool:
    """The label at `at` is a thread's comment head's ("[–]mancunian_rm ...", "level 2
    RM_in_the_Dales · 3 days ago ...") or its post's ("submitted 9 hours ago* by
    throwaway_seniorcarer", "Posted by u/tired_not_broken 3 days ago ...")."""
    return text[max(0, at - 3) : at] in ("[–]", "[-]", "by ") or bool(
        LEVEL_OR_USER.search(text, max(0, at - 9), at)
    )


def _replier(text: str, q: QuoteSpan, posters: dict[str, Poster], reader: CueReader) -> Cue:
    """The poster a forum post quotes: the role their signature gives, else what their first post
    says they are ("My dad (88, lives on his own) has four calls a day"), else someone known only
    by a handle, whose role is not determinable."""
    handle = text[q.label[0] : q.label[1]]
    cue = Cue(speaker=handle, verb="(reply)", colon=True, trailing=True, named=(handle,))
    poster = posters.get(handle)
    if poster is None:
        return cue
    if poster.role is not None:
        cue.role = poster.role
        return cue
    start, end = poster.first
    first = replace(q, start=start, end=end, inner_start=start, inner_end=end)
    return _self_or_kin(text, first, reader, cue, handle)


def _self_or_kin(text: str, q: QuoteSpan, reader: CueReader, cue: Cue, name: str) -> Cue:
    """A writer placed by what their words say they are (see `_self_described`), else by the
    family they write about first ("My dad (88, lives on his own) has four calls a day")."""
    cue = _self_described(text, q, reader, cue, "", name)
    if cue.role is None:
        kin = KIN_WORDS.search(text, q.start, min(q.end, q.start + SELF_REACH))
        cue.role = reader.roles.read(kin.group(1) or kin.group(2)) if kin else None
    return cue


def _signatory(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """A letter's writer: the post under the name ("GP partner, Sheffield"), else what the letter's
    opening says they are ("As a director of adult social services", "my 19 years as a home care
    worker"), else someone the page named, else someone whose role is not determinable."""
    m = (
        SIGNATURE.match(text, *q.label)
        or SIGNED_APART.match(text, *q.label)
        or SIGNED_LINE.match(text, *q.label)
    )
    name, post = (m.group(1), m.group(2)) if m else ("", "")
    emailed = text[max(0, q.label[0] - SENDER_BACK) : q.label[0]].rstrip(" \t").endswith("From:")
    if emailed:
        name, post = _sender(text[q.label[0] : q.label[1]])
        signed_off = EMAIL_SIGNATURE.search(text, q.extent[1], q.extent[1] + SIGNATURE_REACH)
        if not post and signed_off is not None:  # the post the signature under the email gives
            post = signed_off.group(1)
        if not post and name:  # ... or its block with no "--", after the sign-off ("Kind regards"
            # / "Sam Okoye" / "Head of Commissioning (Adults)" / "Westmere Council")
            post = _signature_block(text, q.extent[1], name)
    post = read_post(post, reader)[0]  # "Chief Executive, Carers Compass": the post at it
    signed = " ".join(text[q.label[0] : q.label[1]].split())
    cue = Cue(speaker=signed, verb="(letter)", colon=True, trailing=True)
    if q.extent[0] >= 0:  # what the letter's opening says of them, whichever paragraph this is
        q = replace(q, start=q.extent[0], inner_start=q.extent[0], end=q.extent[1])
    cue = _self_described(text, q, reader, cue, post, " ".join(bare_name(name)))
    if emailed and name and cue.role is not None:
        cue.role = cue.role.at_body()  # a person at the body the bracket names, no statement of it
    return cue


def _signature_block(text: str, at: int, name: str) -> str:
    """The post in the signature under an email's last paragraph at `at`: the line under the
    sender's name on a paragraph of its own, after the sign-off; else ""."""
    names = {w.lower() for w in name.split() if len(w) > 1}
    for m in SIGNATURE_BLOCK.finditer(text, at, at + SIGNATURE_BLOCK_REACH):
        if names and {w.lower() for w in m.group(1).split()} <= names:
            return m.group(2)
    return ""


SENDER_BACK = 8  # characters before an email's sender that hold its "From:"
# a signature's block, a paragraph: the name, then the post ("Gareth Lyle" / "Managing Director")
SIGNATURE_BLOCK = re.compile(r"\n\n([^\n]{3,60})\n([^\n]{3,120})")
SIGNATURE_BLOCK_REACH = 80  # characters after an email's words: its sign-off, then the block
# the signature under an email, after its "--": the name, then the post ("Graham Oduya" /
# "Director of Adult Care and Health (DASS)" / "Westmoor Council")
EMAIL_SIGNATURE = re.compile(r"\n--[ \t]*\n\s*[^\n]+\n([^\n]+)")
SIGNATURE_REACH = 60  # characters after an email's words its signature's "--" may stand in
# ... and what the "From:" line gives: the address after the name, the post or body in brackets
# after it ("Quayle, Bernadette (Cllr)", "Whitlock, Karen (NHS Harbridge ICB)"), and the name
# written surname first
ADDRESS = re.compile(r"[ \t]*<[^>]*>")
REDACTED = re.compile(r"\[[^\]\n]*\]")
ACRONYM = 3  # letters of a word in capitals that stays so when a post in capitals is read
POST_JOINS = frozenset(["AND", "OF", "FOR", "THE", "IN"])
SURNAME_FIRST = re.compile(r"([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?),[ \t]+([A-Z][\w'’-]*)")


def _sender(line: str) -> tuple[str, str]:
    """The name and post an email's "From:" line gives: "Kaur Bassi, Ravinder" is Ravinder Kaur
    Bassi, "[Redacted - s.40(2)] (Branch Secretary, UNISON)" a branch secretary, unnamed."""
    line = REDACTED.sub("", ADDRESS.sub("", line)).strip()  # a name withheld: no name
    post = ""
    if (bracket := BRACKETS.search(line)) is not None:
        line, post = line[: bracket.start()].strip(), bracket.group().strip("() ")
    if post.isupper():  # "NHS HARBRIDGE AND WESTDALE ICB"
        post = " ".join(
            w.lower() if w in POST_JOINS else w if len(w) <= ACRONYM else w.title()
            for w in post.split()
        )
    if (turned := SURNAME_FIRST.fullmatch(line)) is not None:
        line = f"{turned.group(2)} {turned.group(1)}"
    return line, post


def _message_sender(text: str, q: QuoteSpan, cue_pos: int, turn_start: int) -> str | None:
    """The words a host's turn gives the sender of a message it reads out at `q` - "a listener
    who says she's a home care manager" of "I've got a text here from a listener who says ...
    She says: '...'", "Mike" of "Another from Mike, who says:", "Karen in Oldfield" - when the
    turn, just before the quotation, says it reads one out and the cue reads it in the present
    ("says", "writes") or by a colon, not a recalled "she said to me"; else None."""
    hits = list(MESSAGE_FROM.finditer(text, max(turn_start, q.start - MESSAGE_REACH), q.start))
    if not hits:
        return None
    found = hits[-1]
    if found.group("placed"):
        sender, end = found.group("placed"), found.end()
    else:
        stop = SENDER_END.search(text, found.end(), q.start)
        end = stop.start() if stop else q.start
        sender = text[found.end() : end].strip()
    # the words that read it out, after what is said of its sender ("who's asked to stay
    # anonymous, and she writes:")
    tail = text[max(end, cue_pos) : q.start]
    if RECALLED_VERB.search(tail) or not READING_VERB.search(tail):
        return None
    return sender or None


def _self_described(
    text: str,
    q: QuoteSpan,
    reader: CueReader,
    cue: Cue,
    post: str,
    name: str,
    *,
    introduced: bool = True,
) -> Cue:
    """The role a writer's own words give: their stated post, else what the first lines of what
    they wrote say they are (with `introduced`, the few words they open on too: "Retired social
    worker."); else the writer is known by `name` ("Anita Ramsay" wrote the post)."""
    said = SELF.finditer(text, q.start, min(q.end, q.start + 300))
    opening = SELF_OPENING.match(text, q.inner_start, q.end) if introduced else None
    phrases = [post, next((w.strip() for w in opening.groups() if w), "") if opening else ""]
    for phrase in [*phrases, *(m.group(m.lastindex or 0) for m in said)]:
        if phrase.strip():
            cue.role = _read_self(phrase, reader)
            if cue.role is not None:
                break
    if cue.role is None:
        cue.named = tuple(w for w in name.split() if w[:1].isupper() and len(w) > 2)
    return cue


def _says_what_they_are(text: str, q: QuoteSpan, reader: CueReader) -> str | None:
    """The role a speaker's own opening words give them ("I'm a registered manager", "I run a
    small home care agency"; see SELF), in a person's role the lexicon places; else None."""
    fb = reader.roles.lexicon.fallback
    at, end = q.inner_start, min(q.inner_end, q.inner_start + SELF_REACH)
    while (m := SELF.search(text, at, end)) is not None:
        at = m.end()
        if m.group()[:3] in ("as ", "As ") and m.start() > q.inner_start:
            # "Graham now works as a consultant": someone else, unless they open on it; but
            # what follows may be theirs ("I started as a cleaner and I'm a senior carer now")
            at = m.start() + 3
            continue
        found = _read_self(m.group(m.lastindex or 0), reader)
        if found is not None and found.role not in (fb.cited, fb.unknown, fb.named):
            return found.role
    return None


def _read_self(phrase: str, reader: CueReader) -> RoleMatch | None:
    """The lexicon's reading of what a writer says they are or do: "a registered manager", "manage
    a care home in Kingsmere" (read as "who manage ...", as the lexicon's phrases are written)."""
    found = reader.roles.read(phrase)
    if (
        (found is None or found.kind == "org")
        and phrase.startswith("work ")
        and (when := WORK_WHEN.match(phrase, 5)) is not None
    ):
        # where they work, whenever they do: "work weekends at a day centre" (who work at one)
        return reader.roles.read(f"who work {phrase[when.end() :].lstrip()}") or found
    if found is None and phrase.split()[0] in SELF_DOING:
        found = reader.roles.read(f"who {phrase}")
    return found


def _named_self(text: str, q: QuoteSpan, names: Sequence[str], reader: CueReader) -> str | None:
    """The post a speaker gives after their own name as their turn opens, as a conference's
    delegates introduce themselves ("President, conference, Jo McGrath, social worker in an adult
    community team in Bolton, moving the amendment"): the first part after the name the lexicon
    places as a person's post, or None."""
    words = [re.escape(n) for n in names if len(n) > 2]
    if not words:
        return None
    named = re.compile(rf"\b(?:{'|'.join(words)})\b,[ \t]+([^.;:!?\n]{{3,150}})", re.IGNORECASE)
    m = named.search(text, q.inner_start, min(q.inner_end, q.inner_start + SELF_NAMED_REACH))
    for part in m.group(1).split(",") if m is not None else ():
        found = reader.roles.read(part)
        if found is not None and found.kind != "org":
            return found.role
    return None


SELF_NAMED_REACH = 160  # characters of a turn in which its speaker gives their name and post


def _says_who(text: str, q: QuoteSpan, reader: CueReader) -> str | None:
    """The role a quotation's opening words give its speaker, in the first person ("As a
    registered manager I now have ...", "I'm a social worker and ..."), or None."""
    m = SAYS_WHO.search(text, q.inner_start, min(q.inner_end, q.inner_start + SAYS_WHO_REACH))
    found = reader.roles.read(next(g for g in m.groups() if g)) if m is not None else None
    return found.role if found is not None else None


def _hosted(text: str, q: QuoteSpan, name: str, reader: CueReader) -> str | None:
    """The role a host's introduction gives the caller `name` whose turn `q` is, in the paragraphs
    just above it: "Kevin, you're a home carer, is that right?", "Ruth in Ashworth runs a home care
    agency"."""
    lo = max(0, q.start - HOSTED_BACK)
    for m in re.finditer(rf"\b{re.escape(name)}\b", text[lo : q.start]):
        said = HOSTED.match(text, lo + m.end(), q.start)
        found = reader.roles.read(said.group(1) or said.group(2)) if said is not None else None
        if found is not None and found.kind != "org":
            return found.role
    return None


def _self_said(text: str, q: QuoteSpan, reader: CueReader) -> str | None:
    """The role a speaker's own words give them as a commenter's would (see `SELF`): "Retired GP
    here, I looked after Fernlea for 22 years", "I manage a homecare branch ...", "I work as a
    senior carer" - for a speaker known only by name, under a heading of their name alone. In
    their own paragraph, and "as a ..." only as it opens: a host's "Graham now works as a
    consultant" is about a guest."""
    para = text.find("\n\n", q.start, q.end)
    end = para if para >= 0 else q.end
    for m in SELF.finditer(text, q.inner_start, min(end, q.inner_start + SELF_REACH)):
        if m.group(0)[:3].lower() == "as " and m.start() > q.inner_start:
            continue
        found = _read_self(m.group(m.lastindex or 0), reader)
        if found is not None and found.kind != "org":
            return found.role
    return None


@functools.lru_cache(maxsize=4)
def _chamber(text: str) -> bool:
    """The text holds a legislature's chamber's record, where whoever speaks under their name is a
    member: the Senedd's "Record of Proceedings" of a "Plenary", Holyrood's "Meeting of the
    Parliament", Hansard's "Commons Chamber" or "Westminster Hall" - opening or closing a line, as
    a heading, a link or the record's date line does ("Westminster Hall [Sir Rhodri Vaughan in the
    Chair]", "debated on Wednesday 15 October 2025 in Westminster Hall"), not inside a sentence
    ("the minister told a Westminster Hall debate that")."""
    for m in CHAMBER.finditer(text):
        if (
            m.start() == 0
            or text[m.start() - 1] == "\n"
            or text[m.end() : m.end() + 1] in ("", "\n")
        ):
            return True
    return False


def _from_body(text: str, q: QuoteSpan, name: str, reader: CueReader) -> str | None:
    """The role of the body a meeting's chair said a speaker is from, before their turn: "We've got
    Ian and Anjali from commissioning with us, Rachel from the ICB, Owen from Skills for Care" -
    Rachel's is the ICB's, Owen's Skills for Care's (commissioning is no body's name)."""
    said = re.compile(rf"\b{re.escape(name)}(?:[ \t]+and[ \t]+[A-Z][\w'’-]+)*[ \t]+from[ \t]+")
    for m in said.finditer(text, 0, q.start):
        body = FROM_BODY.match(text, m.end())
        found = reader.roles.read(body.group()) if body is not None else None
        if found is not None and found.role != reader.roles.lexicon.fallback.cited:
            return found.role
    return None


# ... and the body's name after "from": "the ICB", "Skills for Care", "Care England"
FROM_BODY = re.compile(r"(?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|for|of|and))*")
HOSTED_BACK = 400  # characters above a caller's turn the host's introduction stands in
# ... and its words after the name: ", you're a home carer", " in Ashworth runs a home care agency"
HOSTED = re.compile(
    r"(?:,[ \t]+(?:you['’]re|you[ \t]+are)[ \t]+(an?[ \t][^.,;:?!\n]{3,50})"
    r"|(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)?[ \t]+"
    r"(?:runs|manages|owns|works[ \t]+(?:as|for|in))[ \t]+([^.,;:?!\n]{3,50}))"
)
SAYS_WHO_REACH = 80  # characters of a quotation in which its speaker may say who they are
# ... and what they are now (not "I was a care worker for six years before I ever managed anyone")
SAYS_WHO = re.compile(
    r"\b(?:I am|I['’]m|I work as|As) (an? [^.,;:!?\n]{3,60})"
    # ... or what they do: "I employ two personal assistants", "I run a home care agency", "I've
    # had a direct payment for about twelve years" (not "I manage to", which places no one)
    r"|\bI (?:also |still )?((?:employ|run|own|look after|care for) [^.,;:!?\n]{3,60})"
    r"|\bI(?:['’]ve| have) (had an? (?:direct payment|personal budget)[^.,;:!?\n]{0,40})"
    # ... or the group they are one of: "I'm one of the ward councillors for Kettleby"
    r"|\bI(?: am|['’]m) one of (?:the|our|its|their|two|three|four|five) ([^.,;:!?\n]{3,60})"
    # ... or the interest they declare, then or now: "I should declare an interest, I was
    # director of social services in a neighbouring county", "I declare an interest as a
    # councillor"
    r"|\bdeclare an interest[,:;]?[ \t]+(?:as|I am|I['’]m|I was|I used to be)[ \t]+"
    r"([^.,;:!?\n]{3,60})"
    # ... or their post, after their name or none: "Marcus Hale, I'm managing director of Fernlea
    # Homecare", "I'm Bernadette, registered manager at a 58-bed nursing home"
    r"|\bI(?: am|['’]m) (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, )?((?:the )?(?:[a-z-]+ ){0,3}?"
    rf"(?:{'|'.join(sorted(POSTS))}) (?:of|at|for) [^.,;:!?\n]{{3,60}})"
)


def _dashed_at(text: str, at: int) -> bool:
    """A credit's dash at `at`: an en or em dash, or a hyphen and a space, as plain text and web
    pages type it ("- Care assistant, Birch Lodge (days)")."""
    return text[at : at + 1] in DASHES or text.startswith("- ", at)


def _credit_below(text: str, q: QuoteSpan) -> bool:
    """A line right under the quotation, with no blank line between, could credit it: the next
    line, or a dashed line at the foot of a block ("- owner, family-run group of three homes")."""
    foot = text.rfind("\n", q.start, q.end)
    dashed = foot > q.start and _dashed_at(text, foot + 1)
    return dashed or NEW_PARAGRAPH.match(text, q.end) is None


CLOSING_QUOTES = "’”'\""
# a body's name on a line of its own, in capitalised words, perhaps with what it runs in brackets:
# "Elmfield Care Group (Larchfield Court and Hollins Park)", "NHS Tarn Valley ICB"
BODY_HEADING = re.compile(
    r"(?:[A-Z][\w'’&-]*|of|and|the|for)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|the|for)){0,7}"
    r"(?:[ \t]+\([^()\n]{2,80}\))?"
)


def _body_headed(text: str, q: QuoteSpan, reader: CueReader) -> Cue | None:
    """The body a line of its own names over a quotation standing alone, as a report prints the
    responses it received, each under its sender's name ("Elmfield Care Group" / "“Elmfield Care
    Group welcomes this report ...”" / "Brookmead Nursing Home" / "“...”"): the name over it is
    its sender, not the next response's name under it. Only in such a run: the paragraph after the
    quotation is another such line, or the one before the name closes a quotation."""
    head = _heading_above(text, q.start)
    if head is None:
        return None
    name = text[head[0] : head[1]]
    found = reader.roles.read(name)
    if found is None or found.kind not in ("org", "unlisted", "phrase"):
        return None
    below = NEW_PARAGRAPH.match(text, q.end)
    after = below.end() if below is not None else -1
    line_end = text.find("\n", after) if after >= 0 else -1
    runs_on = (
        after >= 0
        and line_end > after
        and BODY_HEADING.fullmatch(text, after, line_end) is not None
        and text[line_end : line_end + 2] == "\n\n"
    )
    closes = head[0] >= 3 and text[head[0] - 3] in CLOSING_QUOTES  # (before the blank line)
    if not (runs_on or closes):
        return None
    return Cue(speaker=name, verb="(attribution)", role=found, colon=True)


def _heading_above(text: str, at: int) -> tuple[int, int] | None:
    """The extent of a paragraph of one line, a body's name, right above the paragraph at `at`."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if text[end:at].count("\n") < 2:
        return None
    start = text.rfind("\n", 0, end) + 1
    if start > 0 and text[max(0, start - 2) : start] != "\n\n":
        return None
    if BODY_HEADING.fullmatch(text, start, end) is None:
        return None
    return start, end


def _stands_alone(text: str, q: QuoteSpan) -> bool:
    """The quotation is a paragraph of its own: a blank line before it (or the text's start) and
    after it."""
    before = text.rfind("\n\n", 0, q.start)
    return (
        not text[before + 2 if before >= 0 else 0 : q.start].strip()
        and NEW_PARAGRAPH.match(text, q.end) is not None
    )


def _epigraph_source(text: str, q: QuoteSpan, reader: CueReader) -> Cue:
    """The source of an epigraph, from its closing brackets: a role, a named person, or a citation."""
    m = BRACKET_END.search(text, max(q.start, q.end - 90), q.end)
    source = YEAR.sub("", m.group(1)).strip(" ,") if m else ""
    doc = reader.roles.make(source)
    cue = Cue(speaker=source or None, verb="(epigraph)", trailing=True)
    cue.role = reader.roles.classify(doc[:], reader.roles.matches(doc))
    names = [t.text for t in doc if t.is_title and t.is_alpha]
    if cue.role is None and len(names) >= 2:
        cue.named = tuple(names)
    return cue


def _body_post(
    text: str, cue: Cue, cue_pos: int, antecedents: list[Antecedent], fb: Fallback
) -> str:
    """The role of "Its director, Dr Alan Frost": that of the body the paragraph has just named
    ("The Centre for Care Policy, an independent think tank, estimated ..."), else the post's."""
    assert cue.role is not None
    lo = max(text.rfind("\n\n", 0, cue_pos), cue_pos - BODY_REACH)
    if lo > 0 and not text[lo:cue_pos].strip():
        # "Its director" opening a paragraph: the body the paragraph before ends on
        lo = max(text.rfind("\n\n", 0, lo), cue_pos - BODY_REACH)
    # the body may be named in the cue's own sentence, before the post: "On our visit to an
    # integrated care board, its director of strategy told us:"
    at = text.find(cue.speaker, cue_pos) if cue.speaker else -1
    # (a body, not its publication: "the Care Policy Institute ... has published analysis ...
    # Its director" is the institute's)
    body = nearest(
        antecedents,
        (at if at > cue_pos else cue_pos) - 1,
        after=lo,
        body_only=True,
        agrees=lambda a: a.role != fb.cited,
    )
    if body is None or body.role in (fb.unknown, fb.named, fb.cited):
        return cue.role.role
    return body.role


# a post at a body by the kind of body it is: "the trust's chief executive", "the charity's chair"
THE_BODYS = re.compile(
    r"\bthe[ \t]+(trust|charity|association|alliance|foundation|network|federation|company"
    r"|group|organisation|partnership|cooperative|co-operative)['’]s[ \t]+"
)
BODY_KIND_BACK = 1500  # characters back to the body a "the trust's" refers to
BODY_CLAUSE = 160  # characters of the body's mention read, with what the text says it is


def _body_by_kind(text: str, kind: str, before: int, reader: CueReader) -> str | None:
    """The role of the body the text last named by the word `kind` before `before` ("Wellingby
    Community Care Trust" for "trust"), read with what its clause says it is ("..., a charity which
    runs day services"), if the lexicon places it."""
    lo = max(0, before - BODY_KIND_BACK)
    window = text[lo:before]
    # the last mention that is no other post of it ("the trust's chair")
    m = next(
        (
            m
            for m in reversed(list(re.finditer(rf"\b{kind}\b", window, re.I)))
            if window[m.end() : m.end() + 2] not in ("'s", "’s")
        ),
        None,
    )
    if m is None:
        return None
    at = lo + m.start()
    name = re.search(r"(?:[A-Z][\w'’&-]*[ \t]+){1,5}$", text[max(0, at - 80) : at])
    start = at - len(name.group()) if name is not None else at
    end = min(len(text), start + BODY_CLAUSE)
    stop = min(
        (k for k in (text.find(". ", at, end), text.find("\n", at, end)) if k >= 0), default=end
    )
    found = reader.roles.read(text[start:stop])
    fb = reader.roles.lexicon.fallback
    if found is not None and found.role not in (fb.cited, fb.unknown, fb.named):
        return found.role
    return None


def _named_body(text: str, short: str, before: int, reader: CueReader) -> str | None:
    """The role of the body whose full name, given before `before`, opens on the word `short`
    ("Hollybrook" for "Hollybrook Care Group"), if the lexicon places it as a body."""
    fb = reader.roles.lexicon.fallback
    full = re.compile(rf"\b{re.escape(short)}(?:[ \t]+[A-Z][\w'’&-]*){{1,4}}")
    for m in full.finditer(text, 0, before):
        found = reader.roles.read(m.group())
        if found is not None and found.kind == "org" and found.role not in (fb.cited, fb.unknown):
            return found.role
    return None


# someone a report keeps anonymous by a title and a letter: "Mrs H", "Mr P" (not "Mr J. Smith",
# "Mr J Smith")
ANONYMISED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t][A-Z]\b(?![.’'-]|[ \t][A-Z][a-z])")
# a post at a body by the first words of its name: "Hollybrook's chair", "Harbour Lane’s head of
# people", "Redfern’s chief executive"
OWNED_POST = re.compile(
    r"((?:[A-Z][\w-]+[ \t]){0,3}[A-Z][\w-]+)['’]s[ \t]+(?:(?:new|then|former|acting|interim)[ \t]+)?"
)


def _phrase_gender(cue: Cue) -> str:
    """The gender a speaker phrase's opening noun gives ("His grandmother gave him ...", "One
    mother told us"), for a later "he" or "she" to agree with; "" when it opens on no such word."""
    if cue.role is None or cue.named or not cue.speaker:
        return ""
    words = cue.speaker.lower().split(None, 2)
    if words and words[0] in DETERMINERS | {"my", "another"}:
        words = words[1:]
    return GENDERED_WORDS.get(words[0].strip(",:"), "") if words else ""


def _titled_person(genders: Genders, names: tuple[str, ...]) -> bool:
    """Whether a quoted publication was given by someone the text gives a gendered title ("in her
    judgment, Mrs Justice Farrant said"): a person, whom "she added" may refer to."""
    return any(n.lower() in genders.titled for n in names)


def _resolve(
    text: str,
    said: str,
    cue: Cue,
    cue_pos: int,
    q: QuoteSpan,
    antecedents: list[Antecedent],
    fb: Fallback,
    genders: Genders,
) -> tuple[str, Antecedent | None]:
    """The role of a quotation whose cue names none, and the antecedent it is carried from;
    `said` is the gender of the "he"/"she" it is given by ("m", "f", or "")."""
    unknown, named = fb.unknown, fb.named
    if cue.role is not None and cue.anaphor is None:
        if cue.role.kind == "cue" and cue.named and _honorific_name(cue.speaker):
            # "As Dr Achebe put it in evidence to the Health and Social Care Committee:" - a
            # medium's words ("in evidence to") are the person's, if the text placed them
            prev = by_name(antecedents, cue.named, cue_pos)
            if prev is not None and prev.person and prev.role not in (fb.cited, unknown, named):
                return prev.role, prev
        if (cue.titled or cue.past) and cue.named:  # "Professor Whitfield said": whom the text
            # placed before ("Ms Haddad, who trained as a social worker": what she is now), not
            # the cue's own mention of them
            prev = by_name(antecedents, cue.named, cue_pos - 1 if cue.past else cue_pos)
            if prev is not None:
                return prev.role, prev
        return cue.role.role, None
    if cue.anaphor == "answer":  # the previous answer's speaker, or the person introduced
        found = [
            a
            for a in (
                previous_quote(antecedents, cue_pos),
                nearest(antecedents, cue_pos - 1, person_only=True, named_only=True),
            )
            if a is not None and a.person  # not a statement quoted before the interview
        ]
        ante = max(found, key=lambda a: a.pos) if found else None
        ante = ante or nearest(antecedents, cue_pos - 1, person_only=True)
        return (ante.role, ante) if ante else (unknown, None)
    if cue.anaphor == "same":
        prev = previous_quote(antecedents, cue_pos)
        return (prev.role, prev) if prev is not None else (unknown, None)
    if cue.anaphor == "series":
        prev = previous_quote(antecedents, cue_pos)
        told = nearest(antecedents, cue_pos - 1, speakers_only=True, person_only=True)
        if (
            told is not None
            and told.quote is None
            and not told.plural  # "what directors themselves say. The third, ..."
            and (prev is None or told.pos > prev.pos)
        ):
            # "A home care manager told us that she had stopped expecting one. Another added:" -
            # the one whose words the narrative reported last
            prev = told
        if prev is not None and (
            cue.role is None
            or _one_kind(antecedents, prev)
            or (
                cue.role.role == unknown
                and _same_noun(text, cue, prev)
                # (and no other people mentioned since: "The review also held two sessions with
                # registered managers. Another participant said")
                and not any(prev.pos < a.pos < cue_pos and a.role != prev.role for a in antecedents)
            )
        ):
            return prev.role, prev
        return (cue.role.role if cue.role else unknown), None
    if cue.anaphor in ("pronoun", "possessive") or (
        not cue.found and cue.colon and q.kind == "block"
    ):
        personal = (cue.speaker or "").lower() in PERSONAL_PRONOUNS or bool(said)
        agrees = genders.agreeing("he" if said == "m" else "she") if said else None
        held = False
        if agrees is None and ITS_POST.search(cue.speaker or "") is not None:
            # "its chair, Tom" (or "Martin Greaves, its deputy chief executive"): a body's post,
            # and a publication's words own no post - not the written response quoted just
            # before, but the group that sent it: the body named last, if the text placed it by
            # that name before ("chief executive of Caring Nation" before "Caring Nation said in
            # a statement"), else the nearest mention that is no publication
            placed = _placed_body(antecedents, cue_pos, fb)
            if placed is not None:
                return placed.role, placed

            # "Its chief executive, Frances Okafor": a person at one body, which no publication
            # employs, nor the people of its name ("Carers Voice Network")
            held = bool(cue.named) and not personal

            def agrees(a: Antecedent) -> bool:
                return a.role != fb.cited and not (held and a.plural and a.person)

        ante = nearest(antecedents, cue_pos - 1, person_only=personal, agrees=agrees)
        if ante is not None and (cue.anaphor is not None or said):
            subject = subject_of(antecedents, ante, person_only=personal, agrees=agrees)
            # (not the publication the sentence opens on: "The strategy was developed with advice
            # from the national charity Carers Voice Network. Its chief executive, ...")
            # ... nor a review that asked the body: "The review also asked the ICB about the
            # wider context. Its head of urgent and emergency care flow told the review"
            post = not POSTS.isdisjoint((cue.speaker or "").lower().split())
            if not ((held or post) and agrees is not None and not agrees(subject)):
                ante = subject
        if (
            ante is not None
            and said
            and (cue.verb in CONTINUING or cue.owned)
            and _in_passing(ante)
        ):
            # "She adds:", "he continues": the speaker quoted last goes on, not someone the
            # narrative mentioned in passing ("posters that a care worker made") - though a
            # person who opens a sentence or is reported may ("The assistant director called the
            # gap 'embarrassing'. She added: ...")
            prev = previous_quote(antecedents, cue_pos - 1)
            if (
                prev is not None
                and prev.person
                and (agrees is None or agrees(prev))
                # "Her answer is blunt:" is the last speaker's only if the text says she is a she
                and (not cue.owned or genders.of(prev) == said)
            ):
                ante = prev
        return (ante.role, ante) if ante else (unknown, None)
    if cue.anaphor == "generic":
        ante = nearest(antecedents, cue_pos - 1, after=cue_pos - 600)
        return (ante.role, ante) if ante else (unknown, None)
    if cue.anaphor == "partitive":
        # the group may open the cue's own sentence: "Directors described a government that, in
        # the words of one, '...'"
        upto = q.start - 1 if cue.verb == "in the words of" and not cue.trailing else cue_pos - 1
        # ... or come earlier in it than "one": "When I asked a group of twenty care workers who
        # led social care, there was a long silence before one asked, '...'"
        at = text.find(cue.speaker, cue_pos, q.start) if cue.speaker and not cue.trailing else -1
        upto = max(upto, at - 1)
        ante = nearest(antecedents, upto, plural_only=True, after=cue_pos - 600)
        if ante is None:
            ante = _group_quoted_since(antecedents, upto, cue_pos - PARTITIVE_REACH)
        if ante is None or ante.quote is not None:
            return unknown, None
        if ASKED_ALL.search(text, ante.pos, cue_pos) is not None:
            # the authors asked everyone since that group: "We asked everyone what single change
            # would make the most difference. '...,' said one."
            return unknown, None

        def counted(a: Antecedent) -> bool:  # "several managers", "many directors"
            before = text[max(0, a.pos - COUNTED_REACH) : a.pos].split()
            return bool(before) and before[-1].lower() in COUNTING

        group = subject_of(antecedents, ante, plural_only=True, counted=counted)
        return _modified(text, antecedents, group, fb).role, None
    if cue.named:
        # the name may open a phrase that places it: "According to Alan Whitcombe, chief
        # executive of the charity Carers Voice, families have become '...'"
        at = text.find(cue.speaker, cue_pos, q.start) if cue.speaker and not cue.trailing else -1
        prev = by_name(antecedents, cue.named, max(cue_pos, at))
        # a mention that placed no one (a turn's "Denise:" label, a chat's sender) hides none
        # that did before it, nor does what someone of the name relayed (the email a chat's
        # sender pastes in, carried from her)
        person = FULL_NAME.fullmatch(cue.speaker or "") is not None
        while prev is not None and (
            prev.role in (named, unknown)
            or (person and prev.role == fb.cited and prev.quote is not None)
        ):
            placed = by_name(antecedents, cue.named, prev.pos - 1)
            if placed is None:
                break
            prev = placed
        return (prev.role, prev) if prev else (named, None)
    if cue.surname:
        reach = cue_pos + (TRAIL_REACH if cue.trailing else 0)  # "says Sam (manager, ...)"
        prev = by_name(antecedents, (cue.surname,), reach)
        if prev is not None:
            return prev.role, prev
    if not cue.found or cue.empty_subject:
        ante = nearest(antecedents, q.start, speakers_only=True)
        return (ante.role, ante) if ante else (unknown, None)
    if cue.speaker in MEETING_CHAIR:  # minutes' "The Chair said:": whom the attendance list
        # names "(Chair)"
        prev = by_name(antecedents, (CHAIR,), cue_pos)
        if prev is not None:
            return prev.role, prev
    return unknown, None


PARTITIVE_REACH = 2000  # characters back to a group whose members alone were quoted since


def _group_quoted_since(antecedents: list[Antecedent], upto: int, after: int) -> Antecedent | None:
    """The group a partitive "one" or "another" is of, further back than the usual reach, when
    only its members have been quoted since: "Many directors welcomed the return of assessment.
    One director of adult social services told us: '...' / '...' (Director of adult social
    services, county council) / Others were more critical ... '...,' said one." """
    group = nearest(antecedents, upto, plural_only=True, person_only=True, after=after)
    if group is None:
        return None
    since = [a for a in antecedents if group.pos < a.pos <= upto]
    members = [a for a in since if a.quote is not None or a.person]
    if not any(a.quote is not None for a in since) or any(a.role != group.role for a in members):
        return None
    return group


# a body's post, opening the speaker phrase or after the name in it
ITS_POST = re.compile(r"(?:^|,[ \t]+)[Ii]ts[ \t]")


def _modified(
    text: str, antecedents: list[Antecedent], group: Antecedent, fb: Fallback
) -> Antecedent:
    """A group of interviewees by the word the study calls them, and the role before it that says
    which: "Provider participants said ..., although several described" - the providers."""
    if group.role != fb.unknown:
        return group
    before = next((a for a in reversed(antecedents) if a.pos < group.pos), None)
    if (
        before is None
        or before.quote is not None
        or before.role in (fb.cited, fb.unknown)
        or not re.fullmatch(r"[A-Za-z-]+[ \t]", text[before.pos : group.pos])
    ):
        return group
    return before


def _placed_body(antecedents: list[Antecedent], before: int, fb: Fallback) -> Antecedent | None:
    """The body mentioned last before `before`, if it is a publication's words (a statement) and
    an earlier mention under the same name placed it: that mention (not its "unpaid carers")."""
    body = nearest(antecedents, before - 1, body_only=True)
    if body is None or not body.names or body.role != fb.cited:
        return None
    return next(
        (
            a
            for a in reversed(antecedents)
            if a.pos < body.pos
            and a.names == body.names
            and not a.plural
            and a.role not in (fb.cited, fb.unknown, fb.named)
        ),
        None,
    )


def _fronted(text: str, sentence: int, post_end: int) -> tuple[str, ...]:
    """The person a post set before a sentence's "she" or "he" belongs to: the one the sentence
    before opens with. "Nadia Kerrigan began her career on a zero-hours contract. Now director of
    adult social services at Wyvern County Council, she took over as president ..." """
    if not FRONTED.match(text, post_end):
        return ()
    lo = max(0, sentence - FRONTED_BACK)
    stop, line = text.rfind(". ", lo, sentence - 1), text.rfind("\n", lo, sentence - 1)
    before = max(stop + 2 if stop >= 0 else lo, line + 1 if line >= 0 else lo)
    m = FULL_NAME.match(text, before)
    return bare_name(m.group()) if m is not None else ()


def _named_before(text: str, sentence: int) -> tuple[str, ...]:
    """The person the sentence (or headline) before `sentence` names, if it names one and only
    one in full: whom "The new president of ADASS talks to Tom Ellery" under "Anjali Mercer:
    'Social care has to stop apologising for itself'" is about."""
    lo = max(0, sentence - FRONTED_BACK)
    stop, line = text.rfind(". ", lo, sentence - 1), text.rfind("\n", lo, sentence - 1)
    before = max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, line) + 1 if line >= 0 else lo)
    names = {m.group() for m in FULL_NAME.finditer(text, before, sentence)}
    return bare_name(names.pop()) if len(names) == 1 else ()


def _name_words(cue: Cue) -> tuple[str, ...]:
    """The words a cue may name its speaker by: its surname, or the capitalised words its speaker
    phrase opens with ("Liam, 22" -> "Liam")."""
    if cue.surname:
        return (cue.surname,)
    speaker = cue.speaker or ""
    if (last := LAST_WORD.search(speaker)) is not None:
        speaker = speaker[last.end() :]  # "We leave the last word to Margaret, 84"
    words = speaker.replace(",", " ").split()[:2]
    return tuple(w for w in words if w[:1].isupper())


# the authors handing their report's end to someone: "We leave the last word to Margaret, 84"
LAST_WORD = re.compile(r"\b(?:last|final) words?[ \t]+(?:goes[ \t]+|go[ \t]+)?to[ \t]+")


def _one_of_members(text: str, cue: Cue, q: QuoteSpan) -> bool:
    """ "one" of the members its paragraph has just spoken of: "Several members mentioned the
    regulator's portal. '...,' says one." """
    lo = max(text.rfind("\n\n", 0, q.start), q.start - INTRO_REACH)
    return cue.anaphor == "partitive" and MEMBER_WORD.search(text, lo, q.start) is not None


def _a_member(cue: Cue) -> bool:
    """The cue's speaker is a member of something, with no role of their own named."""
    return cue.speaker is not None and MEMBER_WORD.search(cue.speaker) is not None


def _first_name(cue: Cue) -> tuple[str, ...]:
    """The first name a speaker is introduced by when their cue places them: "Kofi, who uses mental
    health services" is Kofi, whom a later "said Kofi" refers to. A body places a name only as a
    person's, "who" after it: "Lowry, who founded Ashgrove Lane Care Group", not "Barchester,
    which runs 200 homes"."""
    if cue.role is None or not cue.speaker:
        return ()
    m = FIRST_NAME.match(cue.speaker)
    if m is None or m.group(1).lower() in CONNECTIVES:
        return ()
    return (
        (m.group(1),) if cue.role.kind != "org" or cue.speaker.startswith("who ", m.end()) else ()
    )


def _in_passing(a: Antecedent) -> bool:
    """A narrative mention of someone who neither speaks nor is named nor opens their sentence."""
    return (
        a.quote is None and not a.speaker and not a.names and a.pos - a.sentence > SUBJECT_OPENING
    )


def _author(text: str, reader: CueReader) -> str | None:
    """The role of the body a document says in its header that it comes from ("Written evidence
    submitted by the Association of Independent Care Providers"), whose "our chair" and "our
    members" are its own people; None when the header names none the lexicon can place."""
    m = SUBMITTED_BY.search(text, 0, AUTHOR_HEADER)
    found = reader.roles.read(m.group(1)) if m else None
    fb = reader.roles.lexicon.fallback
    return found.role if found is not None and found.role not in (fb.cited, fb.unknown) else None


def _writes_i(cue: Cue) -> bool:
    """The cue's speaker is the writer: "I" ("As I said at Cabinet", "On the radio I also said"),
    not someone placed before a clause that ends on "I" ("Precious, one of my senior carers, who
    has worked here longer than I have, said")."""
    return cue.found and cue.role is None and (cue.speaker or "").rsplit(" ", 1)[-1] == "I"


def _writer(text: str, reader: CueReader) -> str | None:
    """The role of the person who wrote the document: the note on them in a paragraph of its own
    ("Sarah Okafor is the leader of Westbridge Borough Council."), when the byline in the header
    names them ("By Sarah Okafor"), if the lexicon places the post."""
    head = text[:WRITER_HEADER]
    fb = reader.roles.lexicon.fallback
    notes = (m.group(2) for m in WRITER_NOTE.finditer(text) if m.group(1) in head)
    for post in itertools.chain(
        notes, _run_in_notes(head), _first_person_notes(head), _credit_lines(head)
    ):
        found = reader.roles.read(post)
        if found is not None and found.kind != "lay" and found.role not in (fb.unknown, fb.cited):
            return found.role
    return None


def _first_person_notes(head: str) -> Iterator[str]:
    """What the writer says they are, in the first person, outside a quotation (WRITER_SELF)."""
    for m in WRITER_SELF.finditer(head):
        para = head.rfind("\n\n", 0, m.start()) + 1
        if OPENS_QUOTE.search(head, para, m.start()) is None:
            yield m.group(1) or m.group(2) or m.group(3)


def _credit_lines(head: str) -> Iterator[str]:
    """The writer's post in a credit line of the header (WRITER_CREDIT): after a label, or alone
    in a speech's header."""
    speech = SPEECH_HEAD.search(head) is not None
    for m in WRITER_CREDIT.finditer(head):
        if m.group(1) or speech:
            yield m.group(2)


def _run_in_notes(head: str) -> Iterator[str]:
    """The post in a note on a writer run into the byline's paragraph, as a web copy's header is
    when its furniture goes: "Posted on 18 April 2024 by Helen Marwood 7 minute read ... Helen
    Marwood is Director of ..." """
    for byline in BYLINE.finditer(head):
        note = re.search(rf"\b{re.escape(byline.group(1))} is ([^\n.]{{5,200}})\.", head)
        if note is not None:
            yield note.group(1)


def _publisher(text: str, reader: CueReader) -> str | None:
    """The role of the body a page or a release comes from, named on a line of its own at its top
    ("Care Quality Commission", "Alderbrook Care plc"), if the lexicon can place it: the body
    whose officers a bare post names ("Dr Nadia Castellane, Chief Executive")."""
    lines = [line for line in text[:AUTHOR_HEADER].splitlines() if line.strip()]
    for line in lines[:PUBLISHER_LINES]:
        # "Alderbrook Care plc (“Alderbrook”, the “Group”)"; a site's title bar, "Brambleoak Care |
        # Careers"
        # (or its tagline: "Brightwater Homes & Care, care and support for later life")
        name = line.partition(" (")[0].partition(" | ")[0].partition(", ")[0]
        words = PUBLICATION_TAIL.sub("", name).split()
        if not 2 <= len(words) <= PUBLISHER_WORDS or not all(
            w[0].isupper() or w in NAME_JOINERS or w in COMPANY_WORDS for w in words
        ):
            continue
        # after "the", so that the name's first word is no sentence's opening
        found = reader.roles.read("the " + " ".join(words))
        if found is not None and (
            found.kind == "org"
            # a kind of body the lexicon lists as a phrase: "Tessford Hospitals NHS Foundation
            # Trust"
            # ... or a body of the people a phrase names: "Portmere Disabled People's Alliance"
            or (found.kind == "phrase" and words[-1].lower() in PUBLISHING_BODIES)
        ):
            return found.role
        if found is None and (described := _self_described_body(text, " ".join(words), reader)):
            return described
    return None


def _self_described_body(text: str, name: str, reader: CueReader) -> str | None:
    """The role of a body the lexicon cannot place by its name, from what the page says it is in
    its opening ("Hollybrook Care Trust is a not-for-profit provider of residential care") or in
    the notes at its end ("About Homeward Trust" / "Homeward Trust is a national charity ...")."""
    # (the name as the text writes it: a masthead in capitals, "OAKMERE CARE TRUST")
    said = re.compile(re.escape(name) + " is ", re.IGNORECASE)
    m = said.search(text, 0, SELF_DESCRIBED) or said.search(
        text, max(0, len(text) - SELF_DESCRIBED)
    )
    if m is None:
        return None
    start = m.end()
    stop = min(
        (k for k in (text.find(". ", start), text.find("\n", start)) if k >= 0),
        default=len(text),
    )
    return _body_kind(text[start:stop], reader)


def _body_kind(said: str, reader: CueReader) -> str | None:
    """The role of the body whose kind the words `said` of it open on ("a not-for-profit provider
    of residential care"), if the lexicon places them - and not by the people it serves ("a
    unitary authority serving ... 412,000 people")."""
    words = said.split()[:SELF_DESCRIBED_WORDS]
    found = reader.roles.read(" ".join(words))
    # two kinds joined, the second the closer: "a charity and not-for-profit provider of
    # residential, nursing, home care" is a provider
    kind = list(itertools.takewhile(lambda w: w.lower() not in KIND_ENDS, words))
    if "and" in kind[:-1]:
        closer = " ".join(kind).rpartition(" and ")[2]
        found = reader.roles.read(f"a {closer}") or found
    fb = reader.roles.lexicon.fallback
    if found is None or found.kind in ("cue", "lay") or found.role in fb.vague:
        return None
    return found.role


def _unlisted_body_kind(text: str, speaker: str, upto: int, reader: CueReader) -> str | None:
    """The role of the body, unlisted in the lexicon, at which the speaker phrase places someone,
    from what the text before `upto` says it is: "Caldermoor Voices Together is a panel of twelve
    people with lived experience", "Caldermoor Voices Together, our expert-by-experience panel";
    None if it says nothing the lexicon can place."""
    doc = reader.roles.make(speaker)
    body = next((m for m in reader.roles.matches(doc) if m.kind == "unlisted"), None)
    if body is None:
        return None
    name = doc[body.start : body.end].text
    found = None
    for m in re.compile(re.escape(name) + DESCRIBED_AS).finditer(text, 0, upto):
        found = _body_kind(m.group(1), reader) or found  # the last the text says
    return found


# what a text says a body is: "X is a panel of ...", "X, our expert-by-experience panel,"
DESCRIBED_AS = r"(?:[ \t]+is|,)[ \t]+((?:a|an|our|the)[ \t][^.;:()\n]{3,120})"


def _said_gender(text: str, cue: Cue, cue_pos: int) -> str:
    """The gender of the pronoun a quotation is given by: its cue ("she says"), or for a block with
    no speech verb the "He"/"She" its sentence opens with ("He took the question further:")."""
    if cue.anaphor == "pronoun":  # "she", or the clause it opens ("she gave me permission to
        # share what she")
        return PRONOUN_GENDER.get((cue.speaker or "").lower().partition(" ")[0], "")
    if not cue.found and cue.colon:
        m = PRONOUN_SUBJECT.match(text, cue_pos)
        return PRONOUN_GENDER[m.group().lower()] if m else ""
    return ""


def _studied(text: str, reader: CueReader, *, surveys: bool = True) -> str | None:
    """The role of the people a study says it heard from, when its first statement of how many
    names one group, of one role ("we talked to 34 disabled people and family carers who use
    direct payments", "We interviewed 37 registered managers of care homes", "a survey of more
    than 3,400 members of the Community and Care Workers' Union"). A mixed population
    ("11 people who use the teams' services and six unpaid carers", "42 people who employ PAs, 18
    PAs and 11 family members") or a role-less one ("41 people", "24 participants") places no one."""
    m = min(
        (
            *(
                m
                for verb in STUDY_VERBS
                if surveys or verb != "surveyed"
                for m in anchored(text, verb, STUDIED, STUDIED_BACK, STUDIED_AHEAD)
            ),
            *(
                anchored(text, "survey of", SURVEY_OF, 0, SURVEY_REACH + STUDIED_AHEAD)
                if surveys
                else ()
            ),
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if m is None:
        return None
    group = m.group(2)
    if m.re is STUDIED:  # (a survey's group is one body's members: "members of the X and Y Union")
        group = STUDIED_GROUP_END.split(group, maxsplit=1)[0]
    if COUNT.search(m.group(2), len(group)):
        return None  # a second group, counted
    found = reader.roles.read(group)
    if (
        found is None
        or found.kind in ("lay", "org")
        or found.role == reader.roles.lexicon.fallback.unknown
    ):
        return None
    return found.role


def _asked_group(text: str, reader: CueReader) -> str | None:
    """The role of the group a survey says it asked, if the first such statement names one the
    lexicon places: "we have asked directors of adult social services"."""
    m = next(anchored(text, "asked", ASKED, STUDIED_BACK, STUDIED_AHEAD), None)
    if m is not None:
        return _group_role(STUDIED_GROUP_END.split(m.group(2), maxsplit=1)[0], reader)
    # ... or says who they were: "most respondents were registered managers or owners"
    m = next(anchored(text, "espondents ", RESPONDENTS_WERE, STUDIED_BACK, STUDIED_AHEAD), None)
    if m is None:
        return None
    return _group_role(m.group(1), reader)


AGED_BACK = 400  # characters before a pronoun's cue in which the person aged stands
# an age in a speaker's phrase: "an 88-year-old former miner", "aged 81", "in his nineties"
AGE_IN_CUE = re.compile(
    r"\b(\d{2,3})-year-old\b|\baged[ \t](\d{2,3})\b|\bin[ \t](?:his|her|their)[ \t]"
    r"(seventies|eighties|nineties|[789]0s)\b"
)


def _old_in_cue(speaker: str) -> bool:
    """The speaker's phrase gives them an age of OLD_AGE or over."""
    m = AGE_IN_CUE.search(speaker)
    if m is None:
        return False
    return m.group(3) is not None or int(m.group(1) or m.group(2)) >= OLD_AGE


def _aged_before(text: str, at: int, aged: frozenset[str]) -> bool:
    """A name the text gives an age (`aged`) stands, as a whole word, in the AGED_BACK
    characters before `at` ("Stan", not "Standards")."""
    lo = max(0, at - AGED_BACK)
    for name in aged:
        k = text.find(name, lo, at)
        while k >= 0:
            end = k + len(name)
            if not (k and text[k - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                return True
            k = text.find(name, k + 1, at)
    return False


def _surveyed(text: str, at: int, reader: CueReader, *, anywhere: bool = False) -> str | None:
    """The role of the people a survey reported just before `at` asked: "our carers' survey",
    "a survey of 412 registered managers", "1,106 carers told us" - the last such group, if the
    lexicon places it (not a lay person, a body or the undeterminable). With `anywhere` (the cue
    says "One survey respondent"), the survey may have been described anywhere before."""
    lo = 0 if anywhere else max(0, at - SURVEY_BACK)
    if "survey" not in text[lo:at].lower() and not anywhere:
        if not RESPONDENT.search(text, lo, at):
            return None
        # "Respondents were asked what would help. One wrote:" - the respondents of a survey or
        # census the document described before: "Our Leadership Census, completed by 2,140
        # registered managers"
        lo = 0
    patterns = (SURVEY_OWNERS, SURVEYED if anywhere else SURVEY_OF, SURVEY_COUNT, SURVEY_BY)
    found = [m for rx in patterns for m in rx.finditer(text, lo, at)]
    if not found and anywhere:
        # a respondent quoted in a summary before the methods describe the survey: "- Survey
        # respondent, aged 81" in a box on page 1, "a survey for people who draw on home care" on
        # page 3
        found = list(itertools.islice(SURVEYED.finditer(text, at), 1))
    if not found:
        return None
    last = max(found, key=lambda m: m.start())
    return _group_role(last.group(last.re.groups), reader)  # its last group: the people


def _among_respondents(text: str, at: int, speaker: str) -> bool:
    """A bare "one", "a second", "another" in a paragraph whose narrative before the cue speaks of
    a survey's respondents: "That commitment was met with some scepticism among respondents.
    'We have heard it before,' says one." """
    if SERIES_ONLY.fullmatch(speaker.strip()) is None:
        return False
    lo = max(0, at - RESPONDENTS_BACK, text.rfind("\n", max(0, at - RESPONDENTS_BACK), at) + 1)
    return RESPONDENT.search(text, lo, at) is not None


RESPONDENTS_BACK = 300  # characters of the cue's paragraph before it that may name respondents
SERIES_ONLY = re.compile(
    r"(?i)(?:one|another|an?[ \t]+(?:second|third|fourth|fifth|sixth|other)|the[ \t]+(?:second"
    r"|third|fourth|fifth|last|other))(?:[ \t]+respondent)?"
)


def _discussed(text: str, at: int, reader: CueReader, speaker: str) -> str | None:
    """The role of the people in the group discussion the narrative described last before `at`
    ("I held three focus groups with people who draw on care and unpaid carers", "a discussion with
    six home care workers in the North West"), if the lexicon places them: "one participant" there
    is one of them - unless the speaker phrase names a gathering of its own ("One participant at
    our Bristol event")."""
    if GATHERING.search(speaker):
        # ... whose people it may name: "At our roundtable for home care providers in Bristol,
        # one participant"
        held = GATHERING_FOR.search(speaker)
        return _group_role(held.group(1), reader) if held is not None else None
    lo = max(0, at - GROUP_BACK)
    # the discussion may open the cue's own sentence: "At our roundtable with care staff, one
    # participant described ..."
    own = text.find(speaker, at, at + INTRO_REACH + len(speaker))
    last = max(
        DISCUSSION.finditer(text, lo, own if own >= 0 else at),
        key=lambda m: m.start(),
        default=None,
    )
    if last is None:
        return None
    return _group_role(STUDIED_GROUP_END.split(last.group(1), maxsplit=1)[0], reader)


def _group_role(group: str, reader: CueReader) -> str | None:
    """The role of a group of people the narrative names, if the lexicon places them: not a lay
    person ("people"), a body, or someone undeterminable."""
    match = reader.roles.read(group)
    fb = reader.roles.lexicon.fallback
    if match is None or match.kind in ("lay", "org") or match.role in (fb.unknown, fb.cited):
        return None
    return match.role


def _reported_before(
    text: str, q: QuoteSpan, antecedents: list[Antecedent], fb: Fallback
) -> str | None:
    """The role of the post a news story's sentence before a quotation reports speaking, when the
    cue after it names the speaker and nothing else: "NHS England's national director for urgent
    and emergency care admitted. \"We talk about delayed discharges ...,\" said Dr Simon
    Achebe." - the one unnamed speaker the paragraph placed before, none named."""
    cut = text.rfind("\n\n", 0, q.start)
    lo = bisect.bisect_left(antecedents, cut + 2 if cut >= 0 else 0, key=lambda a: a.pos)
    hi = bisect.bisect_left(antecedents, q.start, key=lambda a: a.pos)
    before = [a for a in antecedents[lo:hi] if a.quote is None]  # the paragraph's mentions
    speakers = [a for a in before if a.speaker and a.person and not a.plural]
    if len(speakers) != 1 or any(a.names for a in before):
        return None
    role = speakers[0].role
    return None if role in fb.vague else role


def _described_before(
    text: str, cue: Cue, cue_pos: int, antecedents: list[Antecedent], reader: CueReader
) -> Antecedent | None:
    """Whom a definite description the lexicon does not place ("The programme lead acknowledged
    the gap") refers back to: the post the document set beside the same words before it ("The
    Partnership's programme lead, an assistant director of adult social care, explained"), or
    the words before them that made a post of them ("the ADASS president, Marguerite Oduya," then
    "the president told delegates")."""
    m = DEFINITE.fullmatch(cue.speaker or "")
    if m is None:
        return None
    at = text.rfind(m.group(1) + ", ", 0, cue_pos)
    if at < 0:
        return None
    end = at + len(m.group(1)) + 2
    fb = reader.roles.lexicon.fallback
    weak = (fb.unknown, fb.named, fb.cited, fb.second_hand)
    apposed = next(
        (
            a
            for a in antecedents
            if end <= a.pos <= end + APPOSED_REACH
            and a.person
            and a.quote is None
            and not a.plural
            and a.role not in weak
        ),
        None,
    )
    if apposed is not None:
        return apposed
    words = text[max(0, at - MODIFIER_BACK) : at].split()[-MODIFIER_WORDS:]
    found = reader.roles.read(" ".join([*words, m.group(1)]))
    if found is None or found.role in weak or found.kind == "cue":
        return None
    return Antecedent(at, found.role, False, False)


def _introduced_turn(text: str, q: QuoteSpan, cue: Cue, reader: CueReader) -> str | None:
    """The role a phone-in's or a panel's host gives a speaker in the paragraph right above their
    first turn, from the name on: "Maureen's in Kilnsey Bridge. Maureen, your mum's at Elm
    Lodge?" over "MAUREEN: She is, Phil", "Sandra's a registered manager at another home" over
    "SANDRA: Hiya, Phil." - for a name the text has placed nowhere else."""
    at = q.label[0] if q.label[0] >= 0 else text.rfind("\n", 0, q.start) + 1
    above = text.rfind("\n\n", 0, max(0, at - 2))
    para = (above + 2 if above >= 0 else 0, at)
    # (a label in capitals by its words in title case, "MARTIN OYELARAN" as the host said it; not
    # initials, "RK")
    names = [w.title() if w.isupper() else w for w in cue.named if len(w) > 2 or not w.isupper()]
    first = min(
        (m.start() for w in names if (m := re.search(rf"\b{re.escape(w)}\b", text[slice(*para)]))),
        default=None,
    )
    if first is None:
        # ... or the host's opening, a few turns before, that introduced the panel: "Martin
        # Oyelaran is the Conservative candidate, a businessman ... And Bev Marsh is standing
        # as an independent" over "[00:02:30] JO TENNANT: Martin." - to that sentence's end
        lo = max(0, at - INTRODUCED_BACK)
        named = _full_name_before(text, names, lo, para[0])
        if named is None:
            return None
        stop = INTRODUCTION_END.search(text, named, para[0])
        para, first = (named, stop.start() if stop else para[0]), 0
    doc = reader.roles.make(text[para[0] + first : para[1]])
    # not whom the host turns to ("... invited Mr D. Hale to put it to the Cabinet Member")
    said = [m for m in reader.roles.matches(doc) if not _addressed(doc, m.start)]
    found = reader.roles.classify(doc[:], said)
    cited = reader.roles.lexicon.fallback.cited
    return found.role if found is not None and found.role != cited else None


def _full_name_before(text: str, names: list[str], lo: int, hi: int) -> int | None:
    """Where text[lo:hi] last gives the speaker's whole name ("Martin Oyelaran"), if it does."""
    if len(names) < 2:
        return None
    name = " ".join(names)
    at = text.rfind(name, lo, hi)
    # (saying what they are: "Martin Oyelaran is the Conservative candidate", "Bev Marsh, who
    # ran a care home", not "Ruth Amankwah asks the question ...")
    return at if at >= 0 and DESCRIBES.match(text, at + len(name)) else None


def _addressed(doc: Doc, start: int) -> bool:
    """The mention at `start` is the object of "to" ("to the Cabinet Member", "to our director")."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    return k >= 0 and doc[k].lower_ == "to"


def _member_of_named(text: str, speaker: str, at: int, reader: CueReader) -> str | None:
    """The role of the group a speaker is a member of, when the speaker phrase says only "the
    board" ("A member of the board told us", "The chair of the board") or "one member", and the
    sentence that last named such a group before `at` places it: "The council had an established
    Making It Real board of people who draw on care" (user), "a partner from the integrated care
    board" (NHS)."""
    if (named := MEMBER_OF_NAME.fullmatch(speaker)) is not None:
        return _named_group(text, named.group(1), at, reader)
    m = MEMBER_OF_THE.fullmatch(speaker)
    if m is not None:
        group, lo = rf"\b{m.group(1)}\b", max(0, at - GROUP_BACK)
    elif ONE_MEMBER.fullmatch(speaker):
        # "One member said:" after "Our reference group reviewed these findings", in its own
        # paragraph or the one before
        group = GROUP_WORDS_RX
        lo = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at) - 1)), at - GROUP_BACK)
    else:
        return None
    own = text.rfind(speaker, lo, at)  # the cue's own "the board" is no mention of it
    mentions = list(re.finditer(group, text[lo : own if own >= 0 else at], re.I))
    if not mentions:
        return None
    last = mentions[-1]
    end = lo + last.end()
    start = _sentence_from(text, max(lo, end - INTRO_REACH), end)  # the mention's sentence
    found = reader.roles.read(" ".join(text[start:end].split()[-GROUP_MENTION:]))
    fb = reader.roles.lexicon.fallback
    if found is None or found.role in (fb.cited, fb.unknown):
        return None
    return found.role


def _named_group(text: str, name: str, at: int, reader: CueReader) -> str | None:
    """The role of the group `name`, by what the text said it is where it named it before `at`, in
    the rest of that sentence: "Members of Harrowfield Voices, our group of experts by experience,
    helped us", "Harrowfield Voices ... now has 42 members: people who draw on care" (user)."""
    fb = reader.roles.lexicon.fallback
    for m in reversed(list(re.finditer(rf"\b{re.escape(name)}\b", text[:at]))):
        said = NAME_SAYS.match(text, m.end())
        if said is None:
            continue  # "two sessions with the Partnership Board and a session with staff ..."
        if said.group(1):  # an apposition, to its comma: "Harrowfield Voices, our group of ..."
            stop = APPOSITION_END.search(text, said.end(), said.end() + NAME_CLAUSE)
        else:  # what it is or has, to the sentence's end
            stop = SENTENCE_STOP.search(text, said.end(), said.end() + NAME_CLAUSE)
        found = reader.roles.read(text[said.end() : stop.start() if stop else said.end()])
        if found is not None and found.role not in fb.vague:
            return found.role
    return None


def _short_named_body(text: str, speaker: str, at: int, reader: CueReader) -> str | None:
    """The role of the body whose post a speaker holds, when the speaker phrase names it by the
    first word of a name the text gave in full before `at`: "the Ashdown chief executive" after
    "chief executive of Ashdown Care Group, which runs 22 care homes"."""
    m = SHORT_NAMED_POST.fullmatch(speaker)
    if m is None or not reader.roles.post_words.fullmatch(m.group(2)):
        return None
    full = re.compile(rf"\b{re.escape(m.group(1))}(?:[ \t][A-Z][\w&'’]*){{1,3}}")
    found = None
    for named in full.finditer(text, 0, at):
        found = reader.roles.read("the " + named.group())
    fb = reader.roles.lexicon.fallback
    if found is None or found.kind not in ("org", "phrase") or found.role in fb.vague:
        return None
    return found.role


def _salient_body(text: str, reader: CueReader) -> str | None:
    """The role of the body a document is about: the role whose organisations it names at least
    SALIENT_MIN times and in more than SALIENT_SHARE of its mentions of the lexicon's organisations
    ("the local authority" 45 times in an assessment of one council, the regulator and the ICB
    a few times each)."""
    fb = reader.roles.lexicon.fallback
    counts = {
        role: n
        for role, n in reader.roles.bodies(text).items()
        if role not in (fb.cited, fb.unknown)
    }
    if not counts:
        return None
    role, n = max(counts.items(), key=lambda kv: kv[1])
    return role if n >= SALIENT_MIN and n > SALIENT_SHARE * sum(counts.values()) else None


def _population(placed: dict[str, int], unknown: str) -> str:
    """The role of the people a document quotes, when POPULATION_SHARE of those whose cue named
    a role (at least POPULATION_MIN) held it; else `unknown`."""
    total = sum(placed.values())
    if total < POPULATION_MIN:
        return unknown
    role, n = max(placed.items(), key=lambda kv: kv[1])
    return role if n >= POPULATION_SHARE * total else unknown


def _same_noun(text: str, cue: Cue, prev: Antecedent) -> bool:
    """A series' cue names its speaker by the noun that named the one before, which said more:
    "Another participant added" after "One participant in our focus group, a wheelchair user who
    has employed personal assistants" is one more of that kind."""
    noun = (cue.speaker or "").rsplit(" ", 1)[-1]
    if not noun.isalpha():
        return False
    # the sentence that introduced the last quotation (its mention is the quotation itself)
    lo = max(0, prev.pos - SAME_NOUN_REACH)
    lo = max(lo, text.rfind(". ", lo, prev.pos) + 1)
    return re.search(rf"\b{re.escape(noun)}s?\b", text[lo : prev.pos], re.IGNORECASE) is not None


SAME_NOUN_REACH = 300  # characters before the last quotation in which its lead-in stands


def _one_kind(antecedents: list[Antecedent], prev: Antecedent) -> bool:
    """The last SAME_KIND people quoted up to `prev` all held its role: "Another respondent" is
    then one more of them (a survey of care workers), not anyone (a roundtable of all sorts)."""
    same = 0
    for a in reversed(antecedents):
        if a.pos > prev.pos or a.quote is None:
            continue
        if not a.person or a.role != prev.role:
            return False
        same += 1
        if same == SAME_KIND:
            return True
    return False


def _subject_before(
    text: str, sentence: int, q: QuoteSpan, antecedents: list[Antecedent], genders: Genders
) -> Antecedent | None:
    """The person a sentence right before an uncued quotation opens with, who is then quoted:
    "Begum opened with the line of the day. '...'", "She began with a confession. '...'" - a
    named person, or "he"/"she"."""
    if sentence >= q.start or not SENTENCE_END.fullmatch(text, sentence, q.start):
        return None
    m = OPENER.match(text, sentence)
    if m is None:
        return None
    one = ONE_APPOSED.match(text, sentence)
    if one is not None:
        # "One, a director in a large shire county, thought for a long time before answering."
        # - one of the people interviewed, the post in apposition saying who
        return next(
            (
                a
                for a in antecedents
                if a.sentence == sentence
                and a.pos >= one.start(1)
                and a.quote is None
                and a.person
                and not a.plural
            ),
            None,
        )
    if m.group(1):  # "She began with a confession"
        agrees = genders.agreeing(m.group(1))
        ante = nearest(antecedents, sentence - 1, person_only=True, agrees=agrees)
        ante = ante or nearest(antecedents, sentence - 1, person_only=True)
        return subject_of(antecedents, ante, person_only=True, agrees=agrees) if ante else None
    found = None
    for a in antecedents[::-1]:
        if a.pos < sentence:
            break
        opens = a.pos <= m.end() or (a.names and text.startswith(a.names[0], sentence))
        if a.sentence == sentence and opens and a.quote is None:
            # (the name opening the sentence, what they do after it: "Pat, from Holmby, cares
            # for her husband, who has Parkinson's.")
            # a named person only: "The carer now does the drink at teatime. '...'" describes,
            # and the quotation goes on with the speaker before
            if not (a.person and a.names and not a.plural):
                return found
            found = a  # and on, to the first mention: "Sade, a senior carer" before "carer"
    return found


def _modifier(doc: Doc, start: int, end: int) -> bool:
    """The one-word mention at `start` modifies the noun after it, with no determiner before it
    ("had used provider cost of care returns", "for carer support"): no one a "she" could be."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return (
        before.is_alpha
        and before.is_lower
        and before.lower_ not in NOT_BARE
        and after.is_alpha
        and after.is_lower
        and len(after) > 2
        and after.lower_ not in NOT_MODIFIED
        and not after.lower_.endswith(("s", "ed"))
    )


# words before a bare role noun that make it a person: a determiner or a number's ("the", "one")
NOT_BARE = frozenset(["a", "an", "the", "one", "another", "each", "every", "any", "no", "as"])
NOT_BARE |= frozenset(["this", "that", "our", "their", "his", "her", "its", "my", "your"])
# ... and words after it that are no noun it modifies: the words that end a compound
# (prepositions, conjunctions, "who", "was"), and verbs
NOT_MODIFIED = MODIFIER_STOPS | frozenset(["of", "had", "said", "told", "would", "will", "can"])
NOT_MODIFIED |= frozenset(["could", "should", "may", "might", "must", "put", "felt"])


def _closes_relative(text: str, off: int, doc: Doc, start: int, verb: int) -> bool:
    """The mention at token `start` stands in a relative clause that a comma closes before the
    speech verb at token `verb`, the clause opened after the sentence's subject: "Cllr Joan
    Tilbury, cabinet member ..., where therapists lead the council's 'front door' for people asking
    for help, said" - the verb is the subject's, not the mention's. (The doc is a piece of the
    text from `off`; the clause is looked for in the text, back to the sentence's start.)"""
    at, said = off + doc[start].idx, off + doc[verb].idx
    if not text[at:said].rstrip().endswith(","):
        return False
    begins = max(at - RELATIVE_REACH, 0)
    stop = max(text.rfind(". ", begins, at), text.rfind("\n", begins, at))
    return RELATIVE_OPEN.search(text, max(begins, stop), at) is not None


def _add_mentions(
    text: str,
    antecedents: list[Antecedent],
    gap: Gap,
    reader: CueReader,
    known: dict[str, Antecedent],
    words: LowerWords,
    ours: str | None = None,
) -> None:
    """Role mentions of a gap's narrative, marked as speakers when a speech verb shares the clause;
    and the names of people met before ("Pryce accepts the criticism"), as mentions of them.
    `known` maps a lower-cased name word to the latest antecedent so named; it is kept up to date.
    `ours` is the role of a post at the body the document comes from ("our Director of Policy,
    Dr Miriam Fenwick"), as the cue reader gives it."""
    cited, unplaced = reader.roles.lexicon.fallback.cited, reader.roles.lexicon.fallback.named
    for (off, doc), end_at, verbs, mentions in zip(
        gap.docs, gap.ends, gap.verbs, gap.mentions, strict=True
    ):
        piece = text[off:end_at]  # the doc's text (Doc.text would rebuild it from the tokens)
        if known and reader.roles.titles:
            # "Professor Whitfield" met before: the person, not the title's role
            mentions = [m for m in mentions if not _titled_known(doc, m, reader, known)]
        if reader.roles.titles:
            # "Professor Daniel Whitlock, Chief Executive of Care England, was blunt": the post
            # after the name, as a cue reads it, not the title's role
            mentions = [m for m in mentions if not _title_before_post(doc, m, mentions, reader)]
        verb_starts = [v[0] for v in verbs]
        employer = _employers(doc, mentions, cited)
        # what a post reads, but a relative it runs on to ("set up the agency in 2009 with his
        # wife")
        posted = [x for x in mentions if not _someones_relative(doc, x)]
        had = set(known)  # the names met before this piece
        spans = [(m.start, m.end, i) for i, m in enumerate(mentions)]  # i < 0: a name met before
        met: list[str] = []  # the name words of those, at -1 - i
        if known:  # tokens are visited only where a known name stands
            said = list(names_pattern(known).finditer(piece))
            if said:
                # a name right after a mention is the mention's ("Its director, Jon Baptiste"),
                # but not after a publication's: "backing in statutory guidance, Marchbank was"
                covered = {
                    k
                    for m in mentions
                    if m.role != cited
                    for k in range(m.start, _apposed_end(doc, m.end, m.end + 3))
                }
                for w in said:
                    t = doc.char_span(w.start(), w.end(), alignment_mode="expand")
                    word = w.group().lower()
                    if t is not None and re_mention(doc, t, word, known, covered):
                        # the name word, kept by index: the tokens may hold more than the word
                        # ("Director K." ends on the token "K.")
                        spans.append((t.start, t.end, -1 - len(met)))
                        met.append(word)
                spans.sort(key=lambda x: x[0])
        last_start = spans[-1][0] if spans else 0
        # the sentence start: tokens after a stop or a blank line are the only candidates, found
        # in the text (visiting every token would cost as much as the tokeniser itself)
        breaks = break_candidates(doc, piece, last_start)
        sent, b = 0, 0
        subjects: set[int] = set()  # speech verbs a mention before them is the subject of
        brackets = "(" in piece
        outer = (-1, -1, False)  # the last mention's span, and if a preposition governs it
        heads = {start for start, _, _ in spans}
        inner = _inner(mentions)
        first = len(antecedents)  # this piece's mentions are appended from here
        for start, end, i in spans:
            while b < len(breaks) and breaks[b] <= start:
                if sentence_break(doc, breaks[b]):
                    sent = breaks[b]
                b += 1
            at = doc[start].idx
            if brackets and _in_parentheses(piece, at):
                continue
            j = bisect.bisect_left(verb_starts, end)
            speaker = (
                j < len(verbs)
                and verbs[j][0] - end <= 14
                # "the Department has since diminished and, according to our interviewees,":
                # the source of "according to" follows it
                and verbs[j][2] not in SOURCE_PHRASES
                and not STOPS.search(piece, doc[end].idx, doc[verbs[j][0]].idx)
                # "She says she had never written to her MP before 2020, and admits": a verb after
                # ", and" is the sentence subject's second, not the mention's
                and not COORDINATED.search(piece, doc[end].idx, doc[verbs[j][0]].idx)
                and not _closes_relative(text, off, doc, start, verbs[j][0])
            )
            if speaker:
                subjects.add(verbs[j][0])
            elif j > 0:
                # "says one interviewee", "according to" - but not the content of a verb that has
                # its subject: "Kowalski, for the union, says Holt and Buckley are the better end"
                # ("written to her MP": whom the words went to is no speaker)
                speaker = (
                    start - verbs[j - 1][1] <= 3
                    and verbs[j - 1][0] not in subjects
                    and not any(t.lower_ in TO_WHOM for t in doc[verbs[j - 1][1] : start])
                )
            pos = off + at
            where = off + doc[sent].idx if sent < len(doc) else pos
            if i < 0:  # a name met before (whom it names now: a mention may have placed them)
                word = met[-1 - i]
                prev = known[word]
                names = prev.names
                if word not in (n.lower() for n in names):  # "MO" for "Margaret Osei"
                    names = (*names, word.upper())
                # (with the gender a title before the name gives: "someone like Mrs Pearce" is
                # a woman, whom no "he" is)
                titled = GENDERED_WORDS.get(doc[start - 1].lower_.rstrip("."), "") if start else ""
                ante = Antecedent(
                    pos,
                    prev.role,
                    speaker,
                    False,
                    names=names,
                    sentence=where,
                    person=True,
                    gender=titled,
                )
                antecedents.append(ante)
                continue
            m = mentions[i]
            after_end = doc[end - 1].idx + len(doc[end - 1])
            if (
                past_career(text, pos)
                or SUPERSEDED.match(piece, after_end)
                or (
                    SPELL_AFTER.match(piece, after_end)
                    and WAS_BEFORE.search(text, max(where, pos - WAS_REACH), pos) is not None
                )
            ):
                continue  # "after fifteen years as a district nurse", "became a field care
                # supervisor in 2017 and branch manager in 2022": what they were, not are
            if m.kind == "lay" and not speaker:
                continue  # "The man in question had complex needs": a person talked about
            if (
                not speaker
                and where < pos
                and (clause := PRONOUN_CLAUSE.match(text, where, pos))
                and not PRONOUN_POST.fullmatch(text, clause.end(), pos)
                and not NOW_IS.search(text, max(where, pos - NOW_REACH), pos)
            ):
                # "She left school and took a job as a care assistant", "Before that she worked
                # for an agency": what "she" did, not someone a later "she says" could be
                continue
            if i in inner and m.kind == "org":
                continue  # "Association" in "the Association of Directors of Adult Social Services"
            last = doc[end - 1]
            # the head of a phrase with a preposition is before it: "experts by experience",
            # "members of the board" (not "director of adult social services")
            prep = next((k2 for k2 in range(start + 1, end - 1) if doc[k2].lower_ in HEAD_OF), None)
            if prep is not None:
                last = doc[prep - 1]
            plural = (
                (m.kind != "org" or last.is_lower)
                and (  # "Social Services" names one
                    # body, "Several local authorities" several
                    (last.lower_ != last.norm_ and last.lower_.endswith("s"))
                    or (last.lower_ in COLLECTIVE and doc[start].lower_ not in ("a", "an", "one"))
                    or any(doc[k2].lower_ in GROUP_WORDS for k2 in range(max(0, start - 3), start))
                    or _counted(doc, start)
                )
                and not _one_of(doc, start)
            )
            does = WHO_DOES.match(text, pos)
            if does is not None:
                # what someone does: their number is the verb's ("who runs two small homes"),
                # or in the past tense, whom "who" follows ("Dev, who took over one of our homes")
                verb = (does.group(1) or does.group(2)).lower()
                if verb.endswith("ed") or verb in IRREGULAR_PASTS:
                    before = text[max(0, pos - WHO_BACK) : pos].rstrip(" \t,").rsplit(None, 1)
                    plural = bool(before) and before[-1].islower() and before[-1].endswith("s")
                else:
                    plural = not verb.endswith("s")
            role = employer.get(i, m.role)
            person = role != cited and (
                m.kind != "org" or _affiliated(doc, start) or _named_post(doc, end)
            )
            if person and end + 1 < len(doc) and doc[end].lower_ in OWNERS and end + 1 in heads:
                person = False  # "One of the agency's coordinators": whose they are, not who
            if person and m.kind == "head" and _modifier(doc, start, end):
                person = False  # "had used provider cost of care returns": a word for a thing
            kin = end - start == 1 and doc[start].norm_ in RELATIVES
            if (
                person
                and not speaker
                and start - 1 > sent
                and doc[start - 1].lower_ in HIS_HER
                and not (
                    kin and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title
                )
            ):
                # "Tom Reddy runs the home his parents opened. '...,' he says": "he" is the
                # possessor, not his parents ("Her manager, Sue, has run that agency" is the
                # sentence's subject)
                person = False
            # the person is named before a relation, the relative after it: "Derek Hollis, 81,
            # whose wife Maureen has", "Pauline Henshaw has looked after her husband Derek"
            related = doc[start].lower_ == "whose" or (
                end - start > 1 and doc[end - 1].norm_ in RELATIVES
            )
            # "carer" in "a senior carer": the name is the longer phrase's, which says who they are
            if person and i not in inner:
                names = mention_names(
                    doc,
                    start,
                    end,
                    org=m.kind == "org",
                    before_only=related,
                    kin=kin,
                )
                if not names and 0 <= pos - where <= SUBJECT_OPENING:
                    k = post_end(doc, end)
                    names = _fronted(text, where, off + doc[k - 1].idx + len(doc[k - 1]))
                    if not names and NEW_HOLDER.fullmatch(text, where, pos):
                        names = _named_before(text, where)
            elif (
                role != cited
                and m.kind == "org"
                and "," in piece[max(0, pos - off - 60) : pos - off]
            ):
                # "Fiona Threlkeld, Chief Executive, Brightwater Care Group": the person named
                # before the organisation speaks for it
                names = mention_names(doc, start, end, before_only=True)
                person = bool(names)
            else:
                names = ()
            if names and i not in employer:
                # the whole post names the role: "Gareth Pryce, then a deputy director of
                # commissioning at the clinical commissioning group" works for the NHS
                stop = post_end(doc, end)
                k = bisect.bisect_left(verb_starts, end)
                if k < len(verb_starts) and verb_starts[k] < stop:
                    stop = verb_starts[k]  # "MP Caroline Dunmore said she had written to the
                    # care minister": the post ends at its speech verb
                found = reader.roles.classify(doc[start:stop], posted)
                role = found.role if found is not None else role
            if names and FORMER.search(text, max(0, pos - FORMER_BACK), pos):
                # "Dame Helen Ashworth, a former director of adult social services who went on to
                # chair a national disability charity": what she is now, if the phrase goes on
                # to say so
                k = post_end(doc, end)
                now = NOW_AFTER.match(text, off + doc[k - 1].idx + len(doc[k - 1]))
                found = reader.roles.read(now.group(1)) if now is not None else None
                if found is not None and found.role != cited:
                    role = found.role
            if (
                ours is not None
                and start
                and doc[start - 1].lower_ == "our"
                and reader.roles.post_words.match(piece, at)
            ):
                role = ours  # "chaired by our Director of Policy, Dr Miriam Fenwick"
            gender = ""
            if person and not plural and not related:  # "her husband", "a woman", "Mrs Okafor"
                gender = next(
                    (
                        GENDERED_WORDS[t.lower_]
                        for t in doc[start:end]
                        if t.lower_ in GENDERED_WORDS
                    ),
                    "",
                )
            if kin and person:
                _add_possessor(
                    doc, start, spans, off, where, role, antecedents, known, words, unplaced
                )
            opener = ASIDE_OPENER.match(text, where, min(len(text), where + 200))
            aside = opener is not None and pos < opener.end()
            if not outer[0] < start < outer[1]:  # "care agency" in "a home care agency" is its
                outer = (start, end, _after_preposition(doc, start, sent))
            oblique = outer[2]
            ante = Antecedent(
                pos,
                role,
                speaker,
                plural,
                names=names,
                sentence=where,
                person=person,
                gender=gender,
                aside=aside,
                oblique=not speaker and oblique,
            )
            antecedents.append(ante)
            remember(known, ante, words, unplaced)
        _placed_in_sentence(antecedents, first, (unplaced, reader.roles.lexicon.fallback.unknown))
        if "ts " in piece or "heir " in piece:
            _possessive_posts(piece, off, antecedents, cited, known, words)
        if ours is not None and ("our " in piece or "Our " in piece):
            vague = (unplaced, reader.roles.lexicon.fallback.unknown)
            _our_posts(piece, off, antecedents, ours, vague, known, words)
        if len(known) > len(had):
            _met_again(doc, piece, off, antecedents, {w: known[w] for w in known.keys() - had})


def _placed_in_sentence(antecedents: list[Antecedent], first: int, vague: tuple[str, str]) -> None:
    """A person met before under a `vague` role whom the same sentence now places ("Anjali Mistry
    took over as director of adult social services" after a headline quoted her by name alone):
    the mention of their name takes the role the sentence gives them, from `first` on."""
    placed = {
        (a.sentence, frozenset(n.lower() for n in a.names)): a.role
        for a in antecedents[first:]
        if a.names and a.role not in vague
    }
    if not placed:
        return
    for j in range(first, len(antecedents)):
        a = antecedents[j]
        if a.role in vague and a.names and a.quote is None:
            role = placed.get((a.sentence, frozenset(n.lower() for n in a.names)))
            if role is not None:
                antecedents[j] = replace(a, role=role)


def _possessive_posts(
    piece: str,
    off: int,
    antecedents: list[Antecedent],
    cited: str,
    known: dict[str, Antecedent],
    words: LowerWords,
) -> None:
    """A person named after a post at the organisation just mentioned: "Harbourlight Care, a home
    care provider, runs its own programme. Its founder and chief executive, Adaeze Nwosu, says ..."
    - a later "Nwosu says" is the provider's."""
    for m in POSSESSIVE_POST.finditer(piece):
        pos = off + m.start(2)
        org = nearest(antecedents, off + m.start() - 1)
        if org is not None:  # the subject of its sentence: "Harbourlight Care, a home care
            org = subject_of(antecedents, org)  # provider, runs a programme for care workers"
        if org is None or org.role == cited:
            continue
        names = tuple(w for w in m.group(2).split() if w.lower().rstrip(".") not in HONORIFICS)
        for j in range(len(antecedents) - 1, -1, -1):  # the post itself is the organisation's too:
            a = antecedents[j]  # "Its director" at a home care company is no director of ...
            if a.pos < off + m.start(1):
                break
            if a.pos < off + m.end(1) and a.quote is None:
                antecedents[j] = replace(a, role=org.role, names=a.names or names)
        ante = Antecedent(pos, org.role, False, False, names=names, sentence=pos, person=True)
        bisect.insort(antecedents, ante, key=lambda a: a.pos)
        remember(known, ante, words)


def _our_posts(
    piece: str,
    off: int,
    antecedents: list[Antecedent],
    ours: str,
    vague: tuple[str, ...],
    known: dict[str, Antecedent],
    words: LowerWords,
) -> None:
    """A person named after a post at the body the document comes from ("Our Chief Executive,
    Fiona Carrick, opened the evening"), whose post the lexicon gives no role of its own: a later
    "she said" is the body's."""
    for m in OUR_POST.finditer(piece):
        lo, hi = off + m.start(1), off + m.end(2)
        k = bisect.bisect_left(antecedents, lo, key=lambda a: a.pos)
        while k < len(antecedents) and antecedents[k].pos < hi and antecedents[k].role in vague:
            k += 1
        if k < len(antecedents) and antecedents[k].pos < hi:
            continue  # the post or the name placed already: "Our Director of Operations"
        names = tuple(w for w in m.group(2).split() if w.lower().rstrip(".") not in HONORIFICS)
        pos = off + m.start(2)
        ante = Antecedent(pos, ours, False, False, names=names, sentence=pos, person=True)
        bisect.insort(antecedents, ante, key=lambda a: a.pos)
        remember(known, ante, words)


def _met_again(
    doc: Doc, piece: str, off: int, antecedents: list[Antecedent], met: dict[str, Antecedent]
) -> None:
    """The names first met in this piece, named again further on in it ("Janet Oduya (Assistant
    Director, Commissioning) ... Janet Oduya set out the council's position. She told members:"),
    as mentions of them: the names met before the piece were looked for with its mentions."""
    for w in names_pattern(met).finditer(piece):
        word = w.group().lower()
        first = met[word]
        pos = off + w.start()
        lo = bisect.bisect_left(antecedents, pos, key=lambda a: a.pos)
        hi = bisect.bisect_left(antecedents, pos + NAMED_AGAIN, key=lambda a: a.pos)
        if pos <= first.pos + len(" ".join(first.names)) or any(
            word in (n.lower() for n in a.names) for a in antecedents[lo:hi]
        ):
            # the mention that met them, or one the name already places: "Blessing, a care
            # co-ordinator, set up"
            continue
        t = doc.char_span(w.start(), w.end(), alignment_mode="expand")
        if t is None or not re_mention(doc, t, word, met, set()):
            continue
        if t.start and doc[t.start - 1].lower_ in PLACE_PREPOSITIONS | DETERMINERS:
            continue  # a place by a listed name's words ("in the Holme Road estate"), or an object
        names = first.names if word in (n.lower() for n in first.names) else (word.upper(),)
        dot, line = piece.rfind(". ", 0, w.start()), piece.rfind("\n", 0, w.start())
        where = off + max(dot + 2 if dot >= 0 else 0, line + 1)  # its sentence's start
        ante = Antecedent(pos, first.role, False, False, names=names, sentence=where, person=True)
        bisect.insort(antecedents, ante, key=lambda a: a.pos)


NAMED_AGAIN = 80  # characters after a name in which a mention may carry it: its apposition


def _apposed_end(doc: Doc, end: int, reach: int) -> int:
    """Where the words right after a mention that may name it end: at `reach`, or before the
    end of its sentence or paragraph ("a GP.\n\nJanet Oduya set out" names Janet Oduya anew)."""
    for k in range(end, min(reach, len(doc))):
        if doc[k].text in (".", "!", "?") or "\n" in doc[k].text:
            return k
    return reach


def _inner(mentions: list[RoleMatch]) -> set[int]:
    """The mentions inside a longer one of their kind - an organisation's in an organisation's
    name ("Association" in "the Association of Directors of Adult Social Services"), a noun or
    phrase in a longer phrase ("carer" in "senior carer") - by index, in one sweep."""
    out: set[int] = set()
    reach = {"org": -1, "words": -1}  # the furthest end so far of a mention of each kind
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    last: dict[str, tuple[int, int]] = {}
    for k in order:
        m = mentions[k]
        kind = "org" if m.kind == "org" else "words" if m.kind in WORDED else ""
        if not kind:
            continue
        if reach[kind] >= m.end and last[kind] != (m.start, m.end):
            out.add(k)
        if m.end > reach[kind]:
            reach[kind], last[kind] = m.end, (m.start, m.end)
    return out


# what a relative did that makes a family business, not care: the founders of a care group
FOUNDING = frozenset(
    ["founded", "co-founded", "established", "opened", "built", "bought", "ran", "started"]
)
FOUNDING_REACH = 6  # tokens either side of the possessor and the relative


def _add_possessor(
    doc: Doc,
    start: int,
    spans: list[tuple[int, int, int]],
    off: int,
    where: int,
    role: str,
    antecedents: list[Antecedent],
    known: dict[str, Antecedent],
    words: LowerWords,
    unplaced: str,
) -> None:
    """The named owner of a relative is family too: "Margaret's son Daniel, 41, moved into
    supported living in 2016. Margaret said:" - unless the name was met before in a role
    (`unplaced` is none: "Sarah Kettering says ..." under a photograph, then "Sarah Kettering's
    mother, Joan, 87"), a post stands before it ("Cllr Whitfield-Young's mother": the councillor
    is who they are), or the relative founded or ran a business (FOUNDING)."""
    at, owner = possessor(doc, start)
    if not owner or any(w.lower() in known and known[w.lower()].role != unplaced for w in owner):
        return
    if any(t.lower_ in FOUNDING for t in doc[max(0, at - FOUNDING_REACH) : start + FOUNDING_REACH]):
        return  # a business the relative founded or ran: "Hollins Care, a family-owned group,
        # founded by Richard Hollins's parents in 1986" (he is its managing director)
    if at and (doc[at - 1].text in ("-", "–") or any(end == at for _, end, _ in spans)):
        return
    ante = Antecedent(off + doc[at].idx, role, False, False, names=owner, sentence=where)
    antecedents.append(ante)
    remember(known, ante, words)


def _someones_relative(doc: Doc, m: RoleMatch) -> bool:
    """Mention `m` is a relative of someone's: "his wife", "her son"."""
    return (
        m.end - m.start == 1
        and m.start > 0
        and doc[m.start].norm_ in RELATIVES
        and doc[m.start - 1].lower_ in HIS_HER
    )


def _after_preposition(doc: Doc, start: int, sent: int) -> bool:
    """The mention at `start` is a preposition's object ("On a visit to a home care agency in
    Stockport I met Deborah"): where or with whom, not the sentence's subject."""
    j = start - 1
    while j > sent and doc[j].lower_ in DETERMINERS:
        j -= 1
    return j >= sent and doc[j].lower_ in PLACE_PREPOSITIONS


def _employers(doc: Doc, mentions: list[RoleMatch], cited: str) -> dict[int, str]:
    """Head-noun mentions of people right after an organisation take its role, as speaker phrases
    do: "An ICB director of partnerships" is NHS staff (but "the CQC's new assessments" stay
    publications). Index of the mention -> the organisation's role."""
    out: dict[int, str] = {}
    for i in range(1, len(mentions)):
        org, head = mentions[i - 1], mentions[i]
        if (
            org.kind == "org"
            and head.kind == "head"
            and head.role != cited
            and 0 <= head.start - org.end <= 2
            and not any(t.is_punct for t in doc[org.end : head.start])
        ):
            out[i] = org.role
    return out


def _affiliated(doc: Doc, i: int) -> bool:
    """An organisation named after a post and "of/at/for" stands for the person holding it: "Helen
    Okafor, chief executive of the Institute" (but not "run with support from Skills for Care")."""
    j = before_name(doc, i, 0)
    return (
        j >= 1
        and doc[j].lower_ in ("of", "at", "for")
        and (doc[j - 1].lower_ in POSTS or doc[j - 1].is_title)
    )


def _named_post(doc: Doc, end: int) -> bool:
    """An organisation ending at token `end` is a post's, the holder named after it: "SCA chief
    executive Anita Brookes paid tribute", "Care England chair Jo Marsh"."""
    k = end
    while k < len(doc) and k - end < 3 and doc[k].lower_ in POST_WORDS:
        k += 1
    return end < k < len(doc) and doc[k - 1].lower_ in POSTS and doc[k].is_title and doc[k].is_alpha


POST_WORDS = POSTS | frozenset(["chief", "deputy", "acting", "interim", "vice", "managing"])


ORDINAL = ("st", "nd", "rd", "th")  # "first", "second", "third", "fourth", "21st"


def _one_of(doc: Doc, start: int) -> bool:
    """The mention is the one of a group a sentence opens on: "One of the agency's coordinators
    described the summer", "A member of our Experts by Experience panel described", or that a
    name's apposition gives: "Marcus, one of our experts by experience," (not "not from one of
    our interviewees but from the minister")."""
    k = start - 1
    while k > 0 and start - k <= ONE_OF_REACH and doc[k].lower_ != "of":
        k -= 1
    if k <= 0 or doc[k].lower_ != "of" or not _one_before(doc, k - 1):
        return False
    # only whose they are between: "the", "its", "the agency 's" (not "One of the people the
    # inspectors spoke to")
    return all(
        doc[j].lower_ in WHOSE or doc[j].lower_ in OWNERS or doc[j + 1].lower_ in OWNERS
        for j in range(k + 1, start)
    )


def _one_before(doc: Doc, k: int) -> bool:
    """Token k opens "one of" / "a member of" a sentence starts with, or an apposition after a
    comma does."""
    if doc[k].lower_ == "member" and k > 0 and doc[k - 1].lower_ in ("a", "another"):
        k -= 1  # "A member of", "another member of"
    elif doc[k].lower_ != "one":
        return False
    return doc[k].is_title or (k > 0 and doc[k - 1].text == ",")


ONE_OF_REACH = 4  # tokens between "of" and the mention: "of the agency 's"
WHOSE = frozenset(["the", "its", "their", "our", "his", "her", "my", "your", "these", "those"])


def _counted(doc: Doc, start: int) -> bool:
    """A count stands right before the mention, or before one word before it: "about eighty
    staff", "12 experienced carers" ("one staff member" is one; "Margaret Doyle, 88, has had
    care" is no count of anyone, nor "4.8 Councillor Leigh asked" in minutes)."""
    for k in (start - 1, start - 2):
        if k < 0:
            return False
        tok = doc[k]  # once: each doc[k] makes a new Token
        word = tok.lower_
        if tok.is_punct or word in ("a", "an", "the"):
            return False  # "5.10 A nurse employed by the home": a paragraph's number
        if tok.like_num:  # spaCy's like_num takes ordinals too: "first permanent resident"
            if "." in word:  # "4.8 Councillor Barraclough asked": a paragraph's number, as
                return False  # people are counted in wholes ("4.8 million carers": the million)
            return word not in ("one", "1") and (word == "thousand" or not word.endswith(ORDINAL))
    return False


def _in_parentheses(piece: str, at: int) -> bool:
    """The character offset `at` of `piece` stands inside a bracket opened in the 60 characters
    before it."""
    window = piece[max(0, at - 60) : at]
    return window.rfind("(") > window.rfind(")")


def _cited(text: str, q: QuoteSpan) -> bool:
    """A citation right after the quotation, or closing a block: "(OSR 2020)", "(ADASS 2020, p 4)"."""
    if q.kind == "block":
        tail = text[max(q.start, q.end - 90) : q.end]
        if CITATION_END.search(tail):
            return True
    after = text[q.end : q.end + 100].replace("*", "")
    return CITATION.match(after) is not None


def reference_sections(text: str) -> list[tuple[int, int]]:
    """Spans of reference lists and notes: from a 'References' (Bibliography, Notes...) heading to
    the next heading that is not itself an entry (a short line with no year: 'Acknowledgements')."""
    out: list[tuple[int, int]] = []
    for m in REFERENCE_HEADING.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        end = len(text)
        for p in paragraphs_from(text, m.end()):
            if is_heading(text, p) and not YEAR.search(text, p.start, p.end):
                end = p.start
                break
        out.append((m.end(), end))
    return out


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _titled(text: str, q: QuoteSpan) -> bool:
    """A quoted title of a work in a citation: an author-year right before it ("Bailey S (2018).
    'Talking leadership'"), or its citation details after it in the same paragraph (a web address,
    'Available at', 'accessed', a place of publication), with no other quotation in between."""
    line_start = text.rfind("\n", max(0, q.start - 80), q.start) + 1
    if AUTHOR_YEAR_BEFORE.search(text, max(line_start, q.start - 40), q.start):
        return True
    hi = min(len(text), q.end + CITATION_REACH)
    brk = text.find("\n\n", q.end, hi)
    if brk >= 0:
        hi = brk
    m = CITATION_AFTER.search(text, q.end, hi)
    return m is not None and MARKS.search(text, q.end, m.start()) is None


def _asked(text: str, q: QuoteSpan) -> bool:
    """A quoted question put by the authors or to the speakers ("when asked the question of
    'Where does leadership lie?'", "We asked them: 'What would you change?'")."""
    if not text[q.inner_start : q.inner_end].rstrip().endswith("?"):
        return False
    return QUESTION_BEFORE.search(text, max(0, q.start - 80), q.start) is not None


def _publication_before(text: str, q: QuoteSpan, reader: CueReader) -> tuple[str, RoleMatch] | None:
    """The publication the sentence running into the quotation names before it, and nobody else
    ("Its assessment framework asks, among other things, whether a council '...'"): its phrase
    and the lexicon's match; None if it names none, or anyone the words may be (a person, a body
    other than the publication's owner)."""
    start = _sentence_from(text, max(0, q.start - INTRO_REACH), q.start)  # (a line break ends
    # a sentence too)
    if start is None:
        return None
    piece = text[start : q.start]
    doc = reader.roles.make(piece)
    cited = reader.roles.lexicon.fallback.cited
    matches = reader.roles.matches(doc, piece)
    # not whose it is: "NHS England's planning guidance"
    owners = [
        m for m in matches if m.kind == "org" and m.end < len(doc) and doc[m.end].lower_ in OWNERS
    ]
    found = [m for m in matches if m not in owners]
    if not found or any(m.role != cited for m in found):
        return None  # "The minutes record that Colin Waite, Non-Executive Director, asked"
    start = owners[0].start if owners and owners[0].end + 1 == found[0].start else found[0].start
    end = found[0].end
    for m in found[1:]:  # "planning guidance": the publication's words run on
        if m.start > end:
            break
        end = max(end, m.end)
    return doc[start:end].text, found[0]


def _term(text: str, q: QuoteSpan, carried: Antecedent | None) -> bool:
    """A cue-less quoted phrase that no one in its paragraph is saying: it opens in lower case, has
    no first person in it, and no speaker in its own paragraph comes before it ("a failure to 'fix
    the crisis in social care once and for all'"). Words a speaker of the paragraph goes on with
    ("as the owner said, ... staff who are 'just two members on duty'") stay quotations."""
    head = text[q.inner_start : min(q.inner_end, q.inner_start + 3)].lstrip(".… ")
    if not head or not head[0].islower():
        return False
    inner = text[q.inner_start : min(q.inner_end, q.inner_start + 400)]
    if FIRST_PERSON.search(inner) or WE.search(inner):
        return False
    para = text.rfind("\n\n", max(0, q.start - REACH), q.start)
    start = para if para >= 0 else max(0, q.start - REACH)
    return carried is None or carried.pos < start


def _body_statement(cue: Cue, reader: CueReader) -> bool:
    """A body's statement, the body described after it: "In a statement, Harcourt Care Group,
    which runs 11 care homes across the North of England, said" (what it runs says what kind of
    body it is, not that a person spoke)."""
    if cue.medium is None or not cue.speaker or ", which " not in cue.speaker:
        return False
    body = cue.speaker.split(", which ", 1)[0]
    return _body(replace(cue, speaker=body, role=reader.roles.read(body)), reader.roles.heads)


def _described_body(cue: Cue, reader: CueReader) -> bool:
    """A body the cue describes after its name, in a "which" clause or as a kind of body: "The
    Network, which represents around 900 unpaid carers", "Age Forward, which runs a national
    advice line for older people", "The Trust, an independent body established to ...". Whom
    it represents or serves is not who speaks; "which" (not "who") says the name is a body's, as
    "whose members" does, and what a body says is written."""
    speaker = cue.speaker or ""
    name, comma, rest = speaker.partition(", ")
    if not comma or not cue.found or cue.anaphor:
        return False
    if not (rest.startswith(("which ", "whose members ")) or _a_kind_of_body(rest)):
        return False
    words = name.split()
    if not words or len(words) > MAX_BODY_WORDS:
        return False
    # a providers' body speaks as providers do, whatever it says in ("The association, which
    # represents independent care homes")
    own = reader.roles.read(name)
    if own is not None and own.role == reader.roles.lexicon.fallback.employer:
        return False
    lower = [w.lower() for w in words]
    if lower[0] == "the" and len(words) == 2:
        return lower[1] in BODIES or lower[1] in SPEAKING_BODIES  # "The Network", "The Trust"
    heads = reader.roles.heads
    return all(w[:1].isupper() for w in words if w.lower() not in NAME_JOINERS) and not any(
        w in POSTS or w in heads or w in PEOPLE for w in lower
    )


def _body_wrote(cue: Cue) -> bool:
    """A body by its name wrote the words: "The West Marches Care Providers' Alliance wrote that",
    "The Harnford Carers' Network wrote:" - a written submission, a document's words, whatever
    the people the body is for (a providers' body that said something speaks as providers do)."""
    if cue.verb != "write" or cue.anaphor or not cue.speaker:
        return False
    words = re.findall(r"[\w'’-]+", cue.speaker)
    lower = [w.lower() for w in words]
    return (
        2 <= len(words) <= MAX_BODY_WORDS
        and lower[0] == "the"
        and (lower[-1] in BODIES or lower[-1] in SPEAKING_BODIES)
        and all(w[:1].isupper() for w in words[1:] if w.lower() not in NAME_JOINERS)
        and not any(w in POSTS or w in PEOPLE for w in lower)
    )


def _authored(cue: Cue, reader: CueReader) -> bool:
    """A publication that says something, with who wrote it after a comma: "A report to the
    council's cabinet in January, prepared by director of adult social services Helen Marsh,
    says", "Our Leadership Census 2024, completed by 2,140 registered managers, concluded that" -
    the publication's words, not its author's."""
    m = AUTHORED.match(cue.speaker or "")
    if m is None or cue.anaphor:
        return False
    read = reader.roles.read(m.group(1))
    return (
        read is not None
        and read.role == reader.roles.lexicon.fallback.cited
        and read.kind == "head"
        and read.start <= AUTHORED_HEAD
    )


def _a_kind_of_body(rest: str) -> bool:
    """An apposition naming a kind of body: "an independent body established to ...", "a
    coalition of user-led groups" (not a post at one: "a board member", "a service manager")."""
    words = re.findall(r"[\w'’-]+|,", rest.lower())[:BODY_KIND_WORDS]
    if not words or words[0] not in ("a", "an"):
        return False
    k = next((i for i, w in enumerate(words) if w in SPEAKING_BODIES), None)
    return (
        k is not None
        # the apposition's head, after its modifiers only (not "a solicitor at the charity",
        # "a member of our board")
        and not any(w in MODIFIER_BREAKS for w in words[1:k])
        and (k + 1 == len(words) or words[k + 1] in AFTER_A_BODY)
    )


def _its_respondent(cue: Cue, carried: Antecedent | None, last: int, fb: Fallback) -> bool:
    """An "It went on:" after the quotation of a body whose words are not a document's, as a
    summary of a consultation quotes its respondents: "One local authority respondent described
    the job as '...'. It went on:" - the respondent again, in its role: a body whose quotation is
    the last (`last`, its index), not a report met since ("It concluded that")."""
    return (
        (cue.speaker or "").lower() == "it"
        and carried is not None
        and carried.quote == last
        and not carried.person  # (after a person's words, "It" is a report met since)
        and carried.role not in (fb.cited, fb.unknown, fb.named)
    )


def _body(cue: Cue, heads: frozenset[str]) -> bool:
    """The cue's speaker is an organisation or a publication, with no person named or holding a
    post in it ("The LGA warned", "The Association of Independent Care Providers argued that", "It
    concluded that"): what a body says is written, so its words are a document's. A kind of body
    ("One integrated care board noted", "A regional care association said") is a respondent of the
    kind the role names."""
    speaker = (cue.speaker or "").lower()
    if speaker == "it":
        return cue.anaphor == "pronoun"
    words = speaker.split()
    if cue.found and cue.role is None and 2 <= len(words) <= 3 and words[0] == "the":
        # "The council told us that", "the firm said it was": a body the text has named
        return words[-1] in BODIES and not any(w in POSTS or w in heads for w in words)
    return (
        cue.found
        and cue.role is not None
        and cue.role.kind == "org"
        and not cue.anaphor
        # "The Local Government Association", "Brightways Homecare wrote": the name is the body's
        and (
            not cue.named
            or speaker.startswith("the ")
            or ("," not in speaker and all(w[:1].isupper() for w in (cue.speaker or "").split()))
        )
        and speaker.split(" ", 1)[0] not in ("a", "an", "one", "another")  # a type: "One ICB noted"
        # a person by their given name, from the body: "Simon from the ICB said"
        and not (len(words) > 2 and words[1] in ("from", "at") and words[0] in given_names())
        and not any(
            w in POSTS
            or w in heads
            or w in PEOPLE
            # (but a body's name may be of people: "The Association of Directors of Adult Social
            # Services said")
            or (w.removesuffix("s") in POSTS and not (w.endswith("s") and written[:1].isupper()))
            for written in re.findall(r"[A-Za-z]+", cue.speaker or "")
            if (w := written.lower())  # "who chairs a county care association"
        )
    )


def _holds_post(speaker: str | None, reader: CueReader) -> bool:
    """The speaker is someone holding a post at a kind of body, the post last ("One agency
    manager", "another home's manager") or first ("The chief executive of one integrated care
    board", "the chair of our partnership board") - a person, not the body's own words."""
    words = (speaker or "").lower().split()
    if len(words) >= 2 and words[0] in KIND_OPENERS and words[-1] in POSTS:
        return True
    rest = POST_OPENER.sub("", speaker or "", count=1)
    post = reader.roles.post_words.match(rest)
    after = rest[post.end() :].split(maxsplit=1) if post is not None else []
    return bool(after) and after[0] in AT_BODY


KIND_OPENERS = frozenset(["a", "an", "one", "another"])
POST_OPENER = re.compile(r"^(?:the|a|an|one|another|our|its|their)[ \t]+", re.I)


def _person(cue: Cue, cited: str) -> bool:
    """The cue names a person by role ("Front-line staff were blunt:"), not a body or a publication
    - or a person by their post at one ("The workforce lead from the integrated care board")."""
    return (
        cue.role is not None
        and (
            cue.role.kind in ("phrase", "head", "code")
            or (cue.role.kind == "org" and _post_at_body(cue.speaker or ""))
        )
        and cue.role.role != cited
    )


def _post_at_body(speaker: str) -> bool:
    """The speaker phrase opens on a post, then a body it is at: "The workforce lead from the
    integrated care board", "A director at Skills for Care" (not "The Care Providers Alliance")."""
    words = speaker.lower().split()
    if words[:1] and words[0] in DETERMINERS:
        words = words[1:]
    k = next((i for i, w in enumerate(words[:POST_AT_WORDS]) if w in AT_BODY), None)
    return k is not None and k > 0 and words[k - 1] in POSTS


POST_AT_WORDS = 5  # words at most from the speaker's opening to the "from" or "at" of a post
AT_BODY = frozenset(["from", "at", "for", "of", "with"])


def _name_for(text: str, q: QuoteSpan) -> bool:
    """A quoted phrase that is a noun phrase's name for something: it opens with "the", or
    follows an article or a possessive ("the forum's 'what good looks like'")."""
    inner = text[q.inner_start : q.inner_end].lstrip()
    before = text[max(0, q.start - TERM_BACK) : q.start].split()
    last = before[-1].lower() if before else ""
    return (
        inner.startswith("the ")  # ("The ..." opens a sentence of theirs)
        or last in ("the", "a", "an", "its", "their")
        or last.endswith(("'s", "’s"))
    )


def _honorific_name(speaker: str | None) -> bool:
    """The speaker is a person by title and name: "Dr Achebe", "Ms Haldane", "Cllr Rourke"."""
    words = (speaker or "").split()
    return (
        1 < len(words) <= NAME_TOKENS
        and words[0].lower().rstrip(".") in HONORIFICS
        and all(w[:1].isupper() for w in words[1:])
    )


def _anonymous(cue: Cue, cited: str) -> bool:
    """The cue names one person by role and no more, as an interview report does its interviewees
    ("A second director took a more optimistic view:", "One care home owner was blunt:"): what its
    colon sets off is their words, first person or not."""
    speaker = cue.speaker or ""
    first = speaker.split(maxsplit=1)[:1]
    if not first or not _person(cue, cited):
        return False
    word = first[0].lower()
    return word in ANONYMOUS or (word == "the" and MADE_POINT.search(speaker) is not None)


def _introduced_by(text: str, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """A block right after a colon that closes a quoted phrase: "One director described it as 'the
    best thing we've done':" - the same speaker goes on, after a reference to the paragraph
    quoted too ("'transactional at best' (para 3):")."""
    return prev.kind == "inline" and INTRODUCED.fullmatch(text, prev.end, q.start) is not None


# the line before a block saying that what follows is someone's words as they gave them: "In its
# words:", "Its conclusion is worth quoting in full:", "had identified it in plain terms:"
WORDS_FOLLOW = re.compile(
    r"(?:\b[Ii]n[ \t](?:its|their|his|her)[ \t](?:own[ \t])?words"
    r"|\bquot(?:ing|ed)(?:[ \t]it)?[ \t]in[ \t]full|\bin[ \t]plain[ \t]terms)[ \t]*:\s*\Z"
)


def _announced_words(text: str, q: QuoteSpan) -> bool:
    """The line before the block says that it gives someone's words (WORDS_FOLLOW)."""
    return WORDS_FOLLOW.search(text, max(0, q.start - WORDS_REACH), q.start) is not None


WORDS_REACH = 60  # characters before a block its announcing words are read in


def _voiced(text: str, q: QuoteSpan) -> bool:
    """A block that speaks in the first person, opens mid-speech ("...that they had") or opens
    with a quotation mark, after a list item's bullet if it has one."""
    bullet = BULLET.match(text, q.start, q.end)
    at = bullet.end() if bullet else q.start
    head = text[at : at + 3]
    if head.startswith(("...", "…", "‘", "'", "“", '"')):
        return True
    return FIRST_PERSON.search(text, q.start, min(q.end, q.start + 2000)) is not None


def _sentence(text: str, q: QuoteSpan) -> bool:
    """A quoted full sentence ('They send emails.'), not a phrase: capital first, stop inside."""
    inner = text[q.inner_start : q.inner_end].strip()
    return len(inner) > 1 and inner[0].isupper() and inner[-1] in ".!?" and " " in inner


def _answers_question(text: str, q: QuoteSpan) -> bool:
    """The quotation is a paragraph of its own under a question of the interviewer's: a short
    paragraph ending in a question mark, in no quote marks."""
    if not _whole(text, q):
        return False
    end = text.rfind("\n", max(0, q.start - ASKED_CHARS), q.start)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", max(0, end - ASKED_CHARS), max(0, end)) + 1
    asked = text[start:end]
    return (
        end > 0
        and asked.endswith("?")
        and asked[:1] not in "‘'“\""
        and len(asked.split()) <= ASKED_WORDS
    )


def _whole(text: str, q: QuoteSpan) -> bool:
    """The quotation is a paragraph of its own (as pull quotes are)."""
    before = text.rfind("\n", max(0, q.start - 3), q.start)
    return (q.start == 0 or before >= 0 or text[max(0, q.start - 1)] == "\n") and (
        q.end >= len(text)
        or text[q.end : q.end + 2].strip(" .\t") in ("", "\n")
        or text[q.end] == "\n"
    )


def _pull_quote(text: str, q: QuoteSpan) -> bool:
    """A quotation that repeats words found elsewhere in the document (a magazine-style pull quote)."""
    probe = text[q.inner_start : min(q.inner_end, q.inner_start + 80)]
    if len(probe) < 40:
        return False
    first = text.find(probe)
    if first != q.inner_start:
        return first >= 0
    return text.find(probe, q.inner_end) >= 0


def assemble(
    text: str, pages: Sequence[PageSpan], lexicon: RoleLexicon, quoted: list[Attributed]
) -> list[Passage]:
    """Quotations and the narrative between them as ordered, numbered passages."""
    pieces: list[tuple[int, int, Attributed | None]] = []
    pos = 0
    for a in quoted:
        for s, e in narrative_spans(text, pos, a.quote.start):
            pieces.append((s, e, None))
        pieces.append((a.quote.start, a.quote.end, a))
        pos = a.quote.end
    for s, e in narrative_spans(text, pos, len(text)):
        pieces.append((s, e, None))
    page_of = page_finder(pages)
    n_of_start = {s: n for n, (s, _, _) in enumerate(pieces, start=1)}
    starts = [s for s, _, _ in pieces]
    out = []
    for n, (s, e, att) in enumerate(pieces, start=1):
        page = page_of(s)
        if att is None:
            out.append(Passage(n, "narrative", lexicon.fallback.narrative, s, e, page=page))
            continue
        carried = None
        if att.carried_from_pos is not None:
            if att.carried_quote is not None:
                carried = n_of_start.get(quoted[att.carried_quote].quote.start)
            else:
                k = bisect.bisect_right(starts, att.carried_from_pos) - 1
                carried = k + 1 if k >= 0 else None
        out.append(
            Passage(
                n,
                "quote",
                att.role,
                s,
                e,
                speaker=att.speaker,
                cue_verb=att.cue.verb,
                page=page,
                carried_from=carried,
            )
        )
    return out
