"""Cues: the words that introduce or follow a quotation and name its speaker.

Only the narrative text next to the quotations is tokenised: for each gap between two quotations its
first TRAIL and last LEAD characters (the whole gap when it is short). Each gap becomes one spaCy Doc
from `nlp.make_doc`, with every token's NORM set to its lemma; one Matcher finds the speech verbs and
cue phrases and the role lexicon's PhraseMatcher finds the role mentions, once per gap. So the cost grows
with the number of quotations, not with the length of the document, and the quoted words themselves are
never tokenised.

Grammar of a cue, as this genre writes it:

    leading:   SPEAKER VERB [that] [:|,] 'quote'          One director says: / The NAO reported that
               As SPEAKER puts it [:|,]                    As one director puts it:
               In the words of SPEAKER, / According to SPEAKER,
               SPEAKER, APPOSITION, VERB, 'quote'          Cllr X, chair of the Y board, said,
               VERB-ing [,]                                 Adding, 'quote'
    trailing:  'quote,' VERB SPEAKER.                       'A vacuum,' says one.
               'quote,' SPEAKER VERB.                       'Money has won ...,' the agency owner says.
    second-hand: SPEAKER VERB, according to REPORTER:       The GP said, according to this interviewee:

The speaker phrase is kept as written; `chain.py` turns pronouns and series ("Another", "A fifth", "he",
"Its chair") into the role they refer to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carelead.passages.names import HONORIFICS, POSTS, is_initials
from carelead.passages.quotes import BULLET_MARKS, QUESTION_NUMBER
from carelead.passages.roles import (
    BODY_NOUNS,
    RoleMatch,
    RoleMatcher,
    joins_name,
    normalise,
    past_career,
    plural,
    plural_possessive,
)

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

COLON = "(colon)"
# a participant's code, which a study's text uses as a name: "(P7, registered manager)", "P7 went on"
CODE_NAME = re.compile(r"[A-Z]{1,3}\d{1,3}")
# characters of narrative read before a quotation: its cue, and the people mentioned on the way to
# it. Chosen by measurement over the seed and every genre set: 560 reads them as 700 did; 480 loses
# cues on the seed. The tokeniser's work, the larger part of attribution's, is in proportion.
LEAD = 560
# footnote marks ("says.²") become spaces, same length, so offsets hold and "says" stays a word
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUPERSCRIPTS = re.compile(f"[{SUPERSCRIPT_DIGITS}]")  # a regex: str.translate is 17x slower
TRAIL = 160
TRAIL_TOKENS = 30
STOPS = frozenset({".", "!", "?", ";", ":", "(", "'", "‘", "’", "“", "”", '"', "\n\n"})

SPEECH_VERBS = [
    "say",
    "agree",
    "disagree",
    "tell",
    "argue",
    "add",
    "warn",
    "continue",
    "note",
    "report",
    "describe",
    "recall",
    "explain",
    "comment",
    "observe",
    "remark",
    "state",
    "suggest",
    "insist",
    "claim",
    "cite",
    "write",
    "reply",
    "answer",
    "respond",
    "admit",
    "acknowledge",
    "conclude",
    "recommend",
    "propose",
    "show",
    "find",
    "stress",
    "emphasise",
    "emphasize",
    "complain",
    "lament",
    "declare",
    "announce",
    "urge",
    "paraphrase",
    "muse",
    "quip",
    "concede",
    "predict",
    "caution",
    "laugh",  # "one interviewee simply laughed. 'Is that a serious question?'"
    "sigh",
    "read",
    "accept",
    "welcome",
    "criticise",
    "accuse",  # "accused the Conservative administration of 'running Beechcroft down'"
    "defend",
    "reject",
    "praise",
    "reflect",
    "recognise",
    "dismiss",
    "confirm",
    "reiterate",
    "assert",
    "remind",  # "Healthwatch England reminded us that people ... notice turnover first:"
    "advise",  # "The Director of Finance advised the committee in February that the ICB '...'"
    "chant",  # a protest's words: "Some carers chanted 'Save our centres' as councillors arrived"
    "shout",
    "estimate",  # "The HR director of a home care provider estimated that '...'"
    # an author's account of a term, as a study cites it: "Petrakis (2015, p. 38) defines
    # distributed leadership as '...'", "Holloway's characterisation of home care as '...'"
    "define",
    "characterise",
    "characterize",
    # what someone put on social media: "One delegate posted: '...'" (its past only: "a post",
    # "the post of director")
    "post",
]
# the messages a listener or a reader sends, read out or printed: "Pauline in Immingham has
# texted:", "Sheila in Stroud emailed to say" ("texted" is no lemma the lookup tables know)
MESSAGE_VERBS = frozenset(["text", "texted", "email", "message", "tweet"])
SPEECH_VERBS += sorted(MESSAGE_VERBS)
# speech verbs whose present forms are more often nouns: only their past is a cue ("she answered",
# not "my first answer was 'me'", "interviewees' answers were short"; "an email", "the text")
NOUN_FIRST = frozenset(["answer", "text", "email", "message", "tweet", "estimate", "post"])
NOUN_FIRST_VERBS = frozenset(["answered", "emailed", "messaged", "tweeted", "estimated", "posted"])
PASSIVE = frozenset(["being", "been"])  # "described being told by", "had been told by"
# what a publication or a body undertakes, in its own words ("The strategy commits the council to
# '...'", "The charter promises that '...'"): speech verbs too, but nouns as often ("ministerial
# promises to 'fix' social care"), so before a word or two in quotes they introduce a scare quote,
# not anyone's words
UNDERTAKINGS = frozenset(["commit", "promise", "pledge", "require"])
SPEECH_VERBS += sorted(UNDERTAKINGS)
# a speech verb's participle whose agent follows "by" a phrase or two later: "written to the
# review by", "sent in by" (not a past tense in "-ed": "A third described the network run by her
# local authority as" is hers)
PARTICIPLES_ONLY = frozenset(["written", "sent"])
AGENT_REACH = 6
# verbs that are a cue only with their particle: "puts it", "went on", "pointed out", "summed up"
PARTICLE_VERBS = {
    "put": {"it", "the problem", "the point", "the case"},  # "put the problem plainly:"
    "go": {"on"},
    "point": {"out"},
    "sum": {"up", "it up"},
    "speak": {"for", "of"},
    "call": {"it", "them", "this", "that", "on", "for"},  # "Its manifesto called for"
    "cut": {"in"},
    "chip": {"in"},
    "butt": {"in"},
    "set": {"out"},  # a publication's words: "The white paper set out a vision in which '...'"
    "make": {"the point", "a point", "the case"},  # "The Hewlett review made the point that"
}
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "annual",
        "recent",
        "new",
    ]
)
# "In written evidence", "by reported cases": a participle used as an adjective
PREPOSITIONS_BEFORE = frozenset(["in", "of", "by", "with", "from", "on", "for", "under", "into"])
# a cue word in its base form before these, with another cue verb after it in the same stretch of
# narrative, is a noun: "The inspection report for one home, published in June, noted that", "The
# interim report of the review notes"
NOUN_OF = frozenset(["of", "for", "from", "into"])
# what words come in, before a participle describing it ("a statement read to the court")
MEDIUM_WORDS = 4  # words of "her witness statement" as a speaker
# what a person writes themselves ("her statement said"), unlike the records kept about them
# ("Her discharge summary says")
OWN_MEDIA = frozenset(
    [
        "statement",
        "letter",
        "reply",
        "email",
        "message",
        "speech",
        "foreword",
        "submission",
        "blog",
        "diary",
    ]
)
MEDIUM_NOUNS = frozenset(
    [
        "statement",
        "letter",
        "evidence",
        "submission",
        "email",
        "message",
        "note",
        "speech",
        "briefing",  # "In a separate written briefing for MPs, the LGA said"
        "response",
        "release",  # "In the council's press release announcing the strategy, Councillor ..."
        "comment",  # "In a subsequent written comment, the trust stated"
        "answer",  # "a written answer"
        "question",  # "in a written question"
    ]
)
SUBJECTS = frozenset(["i", "we", "you", "they"])  # who says in the base form
PRONOUNS = frozenset(["he", "she", "they", "it"])  # "we" and "I" in narrative are the authors
THIRD_PERSONS = frozenset(["he", "she", "they"])  # a person's pronouns, as a subject
BE = frozenset(["be", "is", "was", "were", "been", "being", "are", "'s", "’s"])
# verbs that make a clause of the words before them: "recruitment had", "the council would"
FINITE = BE - {"be", "been", "being"} | frozenset(
    ["had", "has", "have", "would", "could", "will", "should", "might", "must", "can"]
)
# words before "set out" that make it a participle or an infinitive, no cue: "those set out in",
# "was set out", "would set out its plans"
SET_OUT_BEFORE = BE | frozenset(["those", "that", "as", "to", "would", "will", "should", "must"])
# "A registered manager was more blunt." before a quotation: the manner of what the subject says next
MANNER = frozenset(
    [
        "blunt",
        "blunter",
        "bluntest",
        "candid",
        "frank",
        "franker",
        "direct",
        "emphatic",
        "scathing",
        "cautious",
        "sceptical",
        "skeptical",
        "forthright",
        "succinct",
        "upbeat",
        "gloomy",
        "philosophical",
        "damning",
        "explicit",
        "stark",
        "critical",
        "optimistic",
        "pessimistic",
        "positive",
        "negative",
        "scornful",
        "angry",
        "angrier",
        "furious",
        "resigned",
        "wry",
        "guarded",
        "measured",
        "circumspect",
        "clear",
        "unequivocal",
        "adamant",
        "firm",
        "insistent",
        "forceful",
        "passionate",
        "reflective",
        "pragmatic",
        "withering",
        "hopeful",
        "downbeat",
        "honest",
        # "He is less forgiving about the regulator:", "was more sanguine about integration"
        "forgiving",
        "sanguine",
        "ambivalent",
        "outspoken",
        "defiant",
        "dismissive",
        "enthusiastic",
        "realistic",
        "uncompromising",
        "sharp",
        "sharper",
        "terse",
    ]
)
MANNER_AFTER = frozenset(["in", "on", "about", "at", "with"])  # "blunt about the money"
MANNER_REACH = 20  # tokens of what follows: "blunt about where he thought responsibility lay:"
MANNER_SENTENCE = 40  # tokens of the sentence, its subject's post and the topic after it
MANNER_DEGREE = frozenset(
    ["more", "less", "even", "still", "far", "much", "rather", "equally", "as"]
)
# "the CCG would not agree to that", "nobody could say": no words are being quoted
NOT_SAID = frozenset(
    ["not", "n't", "never", "would", "could", "should", "might", "may", "must", "cannot"]
)
NEGATIONS = frozenset(["not", "n't", "never"])  # right before a verb: no one says it
GAINSAYING = frozenset(["disagree", "dispute", "deny"])  # ... but "did not disagree" assents
# a saying someone had, told again: "Her mother used to tell her", "as my gran would always say"
HABITUAL = re.compile(
    r"\b(?:used to|would always|would often)\s+(?:say|tell|ask)\b|\bhad a saying\b"
)
HABIT_WORDS = frozenset(["would", "always", "often"])  # see HABITUAL
PERFECT = frozenset(["has", "have", "had", "'s", "’s", "'ve", "’ve"])  # before a participle
PARENTS = frozenset(
    [
        "mother",
        "mum",
        "father",
        "dad",
        "gran",
        "granny",
        "grandma",
        "grandmother",
        "grandad",
        "grandfather",
        "nan",
        "nana",
    ]
)
# Someone recalling what another person said: the words are that person's, reported second-hand -
# "recalled the words of the ward sister", "remembered what her father used to say", "recalled a ward
# manager telling her", "recalled the message she had received from the discharge hub"
RECALLED_SPEECH = re.compile(
    r"(?i)\b(?:recall|remember|recount|relay|repeat|read)\w*\b[^.;:!?]{0,40}?(?:"
    r"\bthe (?:exact )?words of\b"
    # "One mentor recalled the advice her own first manager had given her": another's words
    r"|\badvice\b"
    r"|\bwhat\s+(?:[\w’'-]+\s+){1,5}?(?:said|told|say|says|wrote|used to say|would say)\b"
    r"|\b(?:a|an|the|her|his|their|one)\s+[^.;:!?]{0,80}?"
    r"\b(?:telling|saying|asking|warning|explaining)\b"
    r"|\b(?:message|letter|email|e-mail|text|note|call|phone call|words)\b[^.;:!?]{0,40}?\b(?:from|by)\b"
    r"|\bbeing told\b"
    r")"
    # "when the manager who took her on told her: '...'": told to someone the text is about
    # (not what the writer told them: "Doris put it better when I told her about the rating:")
    # (but not what no one said: "before anyone told her officially")
    r"|(?<!\bI )(?<!\b[Ww]e )(?<!anyone )(?<!anybody )(?<!nobody )(?<!no one )\btold (?:her|him)\b"
    # "she was told by a duty social worker that '...'" (but a committee told by a witness hears
    # the witness at first hand)
    r"|(?<!committee )(?<!inquiry )(?<!panel )(?<!review )(?<!commission )(?<!house )(?<!meeting )"
    r"(?<!conference )(?<!hearing )(?<!members )(?<!MPs )(?<!chamber )(?<!audience )"
    r"\b(?:was|were|had been) (?:told|informed)\b"
    # (not told to do something: "who asked not to be named because staff had been told not to
    # speak to the press" gives an order, not the words)
    r"(?![ \t]+(?:not[ \t]+)?to\b)"
    # (unless the clause already says what they were told: "said the family had been told three
    # times that his provider was pulling out:" - what follows is the speaker's own)
    r"(?![^.;!?]*\bthat\s+(?:\S+\s+){2,}\S+:\s*$)"
)
# a full stop with a footnote number, alone (".16") or glued to the word, percentage or bracket
# before it ("stood.16", "was 23%.54"), not a decimal ("23.54")
FOOTNOTED_STOP = re.compile(r"(?:^|[^\W\d]|[%)\]])[.!?][’”'\"]?\d{1,3}$")
# ... and a relative clause of place or time, whose own subject speaks: "I visited a home care
# agency in Leeds, where a care worker called Janice said to me:", "Campaigners point out that it
# was rated good in 2023, when inspectors described staff as"
CLAUSE_JOINS = frozenset(
    ["and", "but", "while", "whilst", "whereas", "yet", "where", "when", "though", "although"]
)
# a fronted subordinate clause, its own verb no cue of the main clause's: "When I asked her, ..."
SUBORDINATE_OPENERS = frozenset(["when", "as", "after", "before", "once", "if", "because", "since"])
RELATIVES = frozenset(["who", "whose", "whom", "which"])
# prepositions that open a sentence on where or when it happened, before its subject: "On a visit
# to ..., its director said", "At the event, one manager told us", "During the pandemic, she says"
# ("In" opens media as often: "In written evidence, the Alliance said" is the Alliance's document)
FRONTED_PLACES = frozenset(["on", "at", "during"])
# a speaker who withheld who they are: "who did not give her name", "who asked not to be named"
WITHHELD = re.compile(
    r"\b(?:did not|didn['’]t|would not|wouldn['’]t)[ \t](?:want[ \t]to[ \t])?give[ \t]"
    r"(?:her|his|their)[ \t](?:name|role)|\basked[ \t]not[ \t]to[ \t]be[ \t](?:named|identified)"
)
# ... and on what the words are about: "Of the CQC's assessments, one director said"
FRONTED_TOPICS = frozenset(["of", "about", "regarding"])
DASHES = frozenset(["–", "—"])
# capitalised words that are no part of a name: "When I asked him" names nobody
NOT_NAMES = frozenset(
    ["the", "one", "a", "an", "another", "i", "when", "where", "while", "if", "after", "before"]
)
# "..., and he says", "when she says": words after which a pronoun starts a clause as its subject
SUBORDINATORS = CLAUSE_JOINS | frozenset(
    ["when", "as", "where", "because", "so", "then", "if", "though", "although", "until", "after"]
)
POSSESSIVES = frozenset(["his", "her", "its", "their"])
# words before "of" that make it part of who someone is: "one of our carers", "a member of her
# group", "chair of our partnership"
HOLDERS_OF = frozenset(
    ["one", "member", "members", "trustee", "chair", "leader", "head", "director", "manager"]
)
WHO = frozenset(["who", "whose"])  # a relative clause about the speaker: "Priya, who has worked"
# prepositions opening a phrase on how or when words were said, after the speaker and a comma
HOW_SAID = frozenset(["to", "with", "during", "after", "before", "amid"])  # not "in a statement"
SERIES = frozenset(
    [
        "another",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "other",
        "others",
        "further",
        "also",
    ]
)
QUANTIFIERS = frozenset(
    [
        "one",
        "some",
        "several",
        "many",
        "few",
        "two",
        "three",
        "four",
        "others",
        "most",
        "all",
        "both",
    ]
)
CONNECTIVES = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "yet",
        "still",
        "thus",
        "indeed",
        "however",
        "as",
        "then",
        "also",
        "meanwhile",
        "equally",
        "similarly",
        "likewise",
        "instead",
        "again",
        "while",
        "whilst",
    ]
)
# a time before the subject, with no comma: "Afterwards she emailed the team:", "Later he added"
# (with one it is a clause of its own: "Later, writing on LinkedIn, one director ...")
TIMES_BEFORE = frozenset(
    ["afterwards", "afterward", "later", "finally", "subsequently", "eventually", "recently"]
)
SPOKESPEOPLE = frozenset(["spokesperson", "spokesman", "spokeswoman"])
PARTICIPLES = frozenset(["asked", "pressed", "questioned", "interviewed", "speaking", "writing"])
# people named by a bare noun take the role of the group or body just mentioned:
# "As one man put it", "A spokesperson said:" after "The Department of Health and Social Care said"
GENERIC = frozenset(
    [
        "man",
        "woman",
        "person",
        "individual",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "source",
        "member",
        "colleague",
        "resident",
        "figure",
    ]
)
GENERIC_MODIFIERS = frozenset(
    ["a", "an", "the", "one", "another", "older", "younger", "young", "senior", "local"]
)
FRONTED = frozenset(["what", "how", "why", "whatever", "where", "when", "whether", "if"])
HYPHENATED = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)+")  # one name: "Osei-Bonsu"
TITLES = frozenset(
    [
        "professor",
        "prof",
        "lord",
        "lady",
        "dame",
        "sir",
        "dr",
        "cllr",
        "councillor",
        "mr",
        "mrs",
        "ms",
        "baroness",
        "minister",
    ]
)


@dataclass
class Cue:
    """What the words around one quotation say about its speaker."""

    speaker: str | None = None  # the speaker phrase as written
    verb: str | None = None  # the cue verb's lemma ("say", "put it", "in the words of")
    role: RoleMatch | None = None  # the lexicon's reading of the speaker phrase
    anaphor: str | None = None  # "pronoun" | "possessive" | "body" | "series" | "same" |
    # "partitive" | None
    named: tuple[str, ...] = ()  # capitalised name words in the speaker phrase
    second_hand: bool = False  # "X said, according to Y": X's words reported by Y
    trailing: bool = False
    colon: bool = False  # the quotation follows a colon (block or inline)
    empty_subject: bool = False  # "Adding, '...'": a verb with no speaker of its own
    adjacent: bool = False  # the cue verb (or "in the words of") ends right before the quotation
    surname: str | None = None  # a lone capitalised word as the speaker ("Pettifer says")
    # the medium of a person's own words ("In a statement, Lyall said"): their role if the document
    # places them, else the medium's
    medium: RoleMatch | None = None
    titled: bool = False  # the role is a title (`titles`) before a name: "Professor Whitfield"
    member: bool = False  # a debate's member by name and party: "Baroness Merriden (Lab)"
    past: bool = False  # the role is only what the speaker was: "Ms Haddad, who trained as a social
    # worker" (a named person placed before is what the text said they are now)
    # the token where the main clause starts, after a fronted clause whose people the subject may
    # refer to ("When we read the words to one cabinet member, | she replied:"); -1 if none
    clause: int = -1
    # the cue is what the speaker said, by whose it is: "Her verdict:", "Imran's answer was"
    owned: bool = False

    @property
    def found(self) -> bool:
        return self.verb is not None


@dataclass
class Gap:
    """The narrative between two quotations, tokenised at its ends."""

    start: int  # char offsets of the whole gap in the document
    end: int
    docs: list[tuple[int, Doc]] = field(default_factory=list)  # (char offset, doc) pieces
    ends: list[int] = field(default_factory=list)  # char offset where each piece ends
    verbs: list[list[tuple[int, int, str]]] = field(
        default_factory=list
    )  # per doc: (start, end, lemma)
    mentions: list[list[RoleMatch]] = field(default_factory=list)


class CueReader:
    """The speech-verb Matcher and the role PhraseMatcher for one lexicon and pipeline."""

    def __init__(self, roles: RoleMatcher) -> None:
        from spacy.matcher import PhraseMatcher

        self.roles = roles
        self.nlp = roles.nlp
        # one PhraseMatcher over NORM (the lemma): C-speed, no Python predicate per token
        self.matcher: PhraseMatcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.matcher.add("VERB", [roles.make(v) for v in SPEECH_VERBS])
        for verb, particles in PARTICLE_VERBS.items():
            self.matcher.add(
                f"PARTICLE_{verb}", [roles.make(f"{verb} {p}") for p in sorted(particles)]
            )
        self.matcher.add(
            "WORDS_OF",
            [
                roles.make(p)
                for p in (
                    "in the words of",
                    "words of",
                    "in his words",
                    "in her words",
                    "in his own words",
                    "in her own words",
                )
            ],
        )
        # ... and a possessive's: "in RM11's words", "in one director's words", "in Marcus's own
        # words" (made in context: the tokeniser reads "’s" alone as another word)
        self.matcher.add(
            "POSS_WORDS",
            [
                roles.make(f"x{mark}s{own} words")[1:].as_doc()
                for mark in "'’"
                for own in ("", " own")
            ],
        )
        # ... and a source the comments it introduces come from: "Comments from people and
        # relatives included:", "Feedback from carers included:"
        self.matcher.add(
            "ACCORDING",
            [
                roles.make(p)
                for p in ("according to", "comments from", "comment from", "feedback from")
            ],
        )
        # what a law or a guidance document lays down: "The Care Act 2014 is clear that the first
        # duty of a local authority is 'to promote ...'"; people too ("He is clear that ...")
        self.matcher.add("CLEAR", [roles.make("be clear that")])
        # "ask" introduces words only with a colon right after it ("Sam asks: '...'"): alone it
        # is as often a request ("asked the council to 'think again'") or a question reported;
        # so does a comma right before the words ("before one asked, 'Is it the King?'"), with
        # at most whom it asks and how between ("one of them asked, quite reasonably, '...'",
        # "asked me quietly:"): see `_asks`
        self.matcher.add("ASK", [roles.make("ask")])
        # "remember" is a cue only where it ends its clause, after the words or before a colon
        # ("'... everybody knew what a care home was,' one care home manager remembered."): "I
        # remember the chief executive saying" is what someone else said
        self.matcher.add("REMEMBER", [roles.make("remember")])
        # "what one director called '...'": the words are the speaker's name for something
        self.matcher.add("CALLED", [roles.make("call")])
        # ... and so do a message's nouns as verbs: "Gill, who says she's a social worker, texts:"
        self.matcher.add("SENDS", [roles.make(f"{v} :") for v in ("text", "email", "message")])
        self.matcher_calls = 0
        self.docs_made = 0

    def gaps(self, text: str, bounds: list[tuple[int, int]]) -> list[Gap]:
        """Tokenise the ends of every gap (start, end) with the pipeline's tokenizer (no other
        component runs: the cue rules read tokens and lemmas)."""
        gaps = [Gap(s, e) for s, e in bounds]
        pieces: list[tuple[int, int, int]] = []  # (gap index, start, end)
        for i, g in enumerate(gaps):
            if g.end - g.start <= LEAD + TRAIL:
                pieces.append((i, g.start, g.end))
                continue
            head_end = _cut(text, g.start + TRAIL, forward=False, lo=g.start)
            tail_start = _cut(text, g.end - LEAD, forward=True, hi=g.end)
            pieces.append((i, g.start, head_end))
            pieces.append((i, tail_start, g.end))
        superscripts = any(c in text for c in SUPERSCRIPT_DIGITS)  # translate only if needed
        strings = [
            SUPERSCRIPTS.sub(" ", text[s:e]) if superscripts else text[s:e] for _, s, e in pieces
        ]
        for (i, s, e), piece, doc in zip(
            pieces, strings, (self.nlp.make_doc(t) for t in strings), strict=True
        ):
            self._add_piece(gaps[i], s, e, piece, doc)
        return gaps

    def gap(self, piece: str, start: int) -> Gap:
        """A gap of one piece: `piece`, standing at `start` in the document (the caller's copy of
        its text, of the same length: a quotation's marks blanked out)."""
        out = Gap(start, start + len(piece))
        self._add_piece(out, start, out.end, piece, self.nlp.make_doc(piece))
        return out

    def _add_piece(self, gap: Gap, start: int, end: int, piece: str, doc: Doc) -> None:
        normalise(doc, self.roles.table)
        doc.user_data["text"] = piece  # Doc.text would rebuild it from the tokens
        self.docs_made += 1
        gap.docs.append((start, doc))
        gap.ends.append(end)
        gap.verbs.append(self._verbs(doc))
        gap.mentions.append(self.roles.matches(doc, piece))

    def _verbs(self, doc: Doc) -> list[tuple[int, int, str]]:
        self.matcher_calls += 1
        out = []
        strings = self.nlp.vocab.strings
        for match_id, start, end in self.matcher(doc):
            label = strings[match_id]
            if label == "VERB":
                prev = doc[start - 1].lower_ if start else ""
                if _label(doc, start - 1):
                    prev = ""  # "a director in Site A said": the letter names a place, not "a"
                if (
                    prev in DETERMINERS
                    # (but a gerund after "by" speaks: "opened by saying that")
                    or (prev in PREPOSITIONS_BEFORE and not _by_gerund(doc, start))
                    or (
                        start
                        and doc[start - 1].text.isdigit()
                        and not _coded(doc, start - 1)
                        # a past tense after a year is a verb: "A peer challenge in 2018 described",
                        # "in 2023 said" (a plural is a noun: "its 2019 reports")
                        and not (
                            doc[start].lower_ != doc[start].norm_
                            and not doc[start].lower_.endswith("s")
                        )
                    )
                    or (doc[start].text[0].isupper() and start and prev not in ",")
                    or _possessed(doc, start)
                    or _compound(doc, start)
                    or _after_hyphened(doc, start)
                    or _modifies_medium(doc, start, end)
                ):
                    continue  # "a report", "the review", "Care Review" are nouns
                if (
                    start
                    and (
                        _before_verb(doc, start, 0) in NOT_SAID
                        or doc[start - 1].lower_ in NEGATIONS
                    )
                    and doc[start].norm_ not in GAINSAYING
                ):
                    continue  # "would not agree", "could never say", "who did not tell us" (but
                    # "did not disagree:" agrees, and speaks)
                if doc[start].norm_ in NOUN_FIRST and doc[start].lower_ not in NOUN_FIRST_VERBS:
                    continue  # "my first answer was", "the underlying answer": the noun
                out.append((start, end, doc[start].norm_))
            elif label.startswith("PARTICLE_"):
                if label == "PARTICLE_set" and start and doc[start - 1].lower_ in SET_OUT_BEFORE:
                    continue  # "the risks are those set out in the annual report": a participle
                out.append((start, end, f"{label[9:]} {doc[end - 1].lower_}"))
            elif label == "WORDS_OF":
                out.append((start, end, "in the words of"))
            elif label == "POSS_WORDS":
                opening = next(
                    (
                        j
                        for j in range(start - 1, max(-1, start - POSSESSOR), -1)
                        if doc[j].lower_ == "in"
                    ),
                    None,
                )
                if opening is not None:
                    out.append((opening, end, "in the words of"))
            elif label == "CLEAR":
                out.append((start, end, "be clear"))
            elif label == "ASK":
                if _asks(doc, end):
                    out.append((start, start + 1, "ask"))
            elif label == "REMEMBER":
                if (end < len(doc) and doc[end].text in (".", ":")) or _remembers_before(
                    doc, start, end
                ):
                    out.append((start, end, "remember"))
            elif label == "CALLED":
                if (start + 1 == len(doc) and _what_before(doc, start) is not None) or _names_the(
                    doc, start
                ):
                    out.append((start, end, "call"))  # right before the quotation
            elif label == "SENDS":
                if not start or doc[start - 1].lower_ not in DETERMINERS:  # "the email:"
                    out.append((start, start + 1, doc[start].norm_))
            else:
                out.append((start, end, "according to"))
        out.sort()
        finite = [not _infinitive(doc, v) for v in out]
        out = [
            v
            for i, v in enumerate(out)
            if i + 1 == len(out)
            or not (
                _noun_of(doc, v)
                or _describes_medium(doc, v)
                or (not finite[i] and any(finite[i + 1 :]))
            )
        ]
        # "the annual workforce report notes", "the review found": a cue word right before another
        # cue verb is the subject's head noun
        starts = {v[0] for v in out}
        out = [v for v in out if not (v[1] - v[0] == 1 and v[1] in starts and " " not in v[2])]
        # keep the longest match at each start ("in the words of" over "words of")
        kept: list[tuple[int, int, str]] = []
        for v in out:
            if kept and v[0] < kept[-1][1]:
                continue
            kept.append(v)
        return kept


def _possessed(doc: Doc, start: int) -> bool:
    """A speech verb's base form after a possessive is a noun: "the Care Act's promise", "Mr
    Hartley's reply, sent the following morning, was brief:" (not "she's said", "the council's
    warned": a "has" and a past tense). A noun that says what its words were is still their cue,
    lacking a verb: "recorded one relative's comment that", "The committee's report called"."""
    after = doc[start + 1] if start + 1 < len(doc) else None
    return (
        start >= 2
        and doc[start - 1].lower_ in ("'s", "’s")
        and (after is None or (after.lower_ != "that" and not after.lower_.endswith("ed")))
        and doc[start - 2].lower_ not in NOT_POSSESSORS
        and (doc[start].lower_ == doc[start].norm_ or doc[start].lower_.endswith("s"))
    )


# words whose "'s" is "has" or "is": "she's said", "that's what they told us"
NOT_POSSESSORS = PRONOUNS | frozenset(
    [
        "that",
        "there",
        "here",
        "who",
        "what",
        "where",
        "everyone",
        "someone",
        "nobody",
        "this",
        "let",
    ]
)


def _after_hyphened(doc: Doc, i: int) -> bool:
    """A cue word's participle after a hyphened word modifies the noun after it with it: "head of
    all-age continuing care and end of life commissioning" (no "continuing:" that speaks; but "the
    discharge co-ordinator telling her" does)."""
    return (
        3 <= i < len(doc) - 1
        and doc[i].lower_.endswith("ing")
        and doc[i - 2].text == "-"
        and not doc[i - 3].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i + 1].is_alpha
        and doc[i + 1].is_lower
        and doc[i + 1].lower_ not in NOT_MODIFIED
    )


def _compound(doc: Doc, i: int) -> bool:
    """The cue word at token i ends a compound noun after "a", "one", "its", "our" or "their": "A
    case note from 29 July records", "She read from its interim report", "In one inspection report
    on a nursing home", "In a subsequent written comment", "In its most recent State of Care
    report" - no verb in its base form follows a singular subject (but "a director notes", "its
    members report")."""
    if i < 2 or doc[i].lower_ != doc[i].norm_ or not doc[i - 1].is_alpha or plural(doc[i - 1]):
        return False
    if doc[i - 2].lower_ in ("a", "an", "its", "our", "their"):
        return doc[i - 1].is_lower  # "a case note", "its interim report"
    if doc[i].lower_ not in NOUN_VERBS:
        return False  # a longer compound only on a noun: not "at a Wexcombe care home say"
    k = i - 1
    while k > 0 and i - k <= COMPOUND_WORDS:
        tok = doc[k]
        if tok.lower_ in COMPOUND_OWNERS:
            return k < i - 1
        if tok.lower_ == "of":
            if not (doc[k - 1].is_title and doc[k + 1].is_title):
                return False  # "of" only inside a title: "State of Care"
        elif not (tok.is_alpha and (tok.is_title or (tok.is_lower and not plural(tok)))):
            return False
        elif tok.lower_ in MODIFIER_STOPS:
            return False  # a clause, not a compound: "Families of residents at a care home say"
        k -= 1
    return False


COMPOUND_WORDS = 6  # words from the owner to the head: "its most recent State of Care (report)"
COMPOUND_OWNERS = frozenset(["a", "an", "one", "its", "our", "their"])
# cue words that are nouns as often as verbs: "In one inspection report", "a written comment"
NOUN_VERBS = frozenset(["report", "comment", "note", "reply", "answer", "response", "statement"])
MODIFIER_STOPS = frozenset(["in", "at", "on", "for", "to", "from", "with", "by", "and", "or"])
MODIFIER_STOPS |= frozenset(["who", "that", "which", "is", "are", "was", "were", "has", "have"])
# words after a participle that make it a verb: its object or clause ("telling her", "saying that")
NOT_MODIFIED = DETERMINERS | MODIFIER_STOPS | frozenset(["me", "us", "him", "them", "you", "it"])
NOT_MODIFIED |= frozenset(["how", "what", "why", "whether", "when", "where", "so", "anyone"])


def _modifies_medium(doc: Doc, start: int, end: int) -> bool:
    """The cue word is a participle describing the medium right after it: "provided the
    following written statement:", "a published response" (not "what he wrote was")."""
    return (
        end == start + 1
        and end < len(doc)
        and doc[start].lower_ != doc[start].norm_
        and doc[start].lower_.endswith(("en", "ed"))
        and (doc[end].norm_ in MEDIUM_NOUNS or doc[end].lower_ in MEDIUM_NOUNS)  # "briefing"
    )


def _noun_of(doc: Doc, verb: tuple[int, int, str]) -> bool:
    """The cue word is a noun with its complement ("report of", "review into") or an apposition
    after it ("The inspection report, published in June, found"), not a verb."""
    start, end, lemma = verb
    if not (end - start == 1 and end < len(doc) and doc[start].lower_ == lemma):
        return False
    if doc[end].lower_ in NOUN_OF:
        return True
    # "The inspection report, published in June 2024, found": a singular subject's verb would be
    # "reports"; "Managers report, anecdotally, that" and "they report," are verbs
    before = doc[start - 1].lower_ if start else ""
    return (
        doc[end].text == "," and before.isalpha() and before not in SUBJECTS and before[-1] != "s"
    )


def _infinitive(doc: Doc, verb: tuple[int, int, str]) -> bool:
    """The cue word is an infinitive ("Among the first to respond was Sarah Okafor, director of ...,
    who wrote on LinkedIn:"): a finite cue verb after it is the speaker's."""
    start, end, lemma = verb
    return (
        end - start == 1
        and start > 0
        and doc[start - 1].lower_ == "to"
        and doc[start].lower_ == lemma
    )


def _describes_medium(doc: Doc, verb: tuple[int, int, str]) -> bool:
    """The cue word describes the medium named before it, another cue verb after it giving the
    speaker's: "In a statement read to the court, Bethany Hirst ... said", "a letter written to"."""
    start, end, _ = verb
    return end - start == 1 and start > 0 and doc[start - 1].lower_ in MEDIUM_NOUNS


def _cut(text: str, pos: int, *, forward: bool, lo: int = 0, hi: int | None = None) -> int:
    """Move `pos` to a whitespace boundary (at most 40 chars) so no word is cut in two."""
    hi = len(text) if hi is None else hi
    for step in range(40):
        p = pos + step if forward else pos - step
        if p <= lo or p >= hi:
            break
        if text[p].isspace():
            return p
    return pos


def sentence_start(doc: Doc, end: int) -> int:
    """Token index where the sentence holding token `end - 1` begins (sentence or paragraph break).
    The cue rules ask it of the same narrative more than once, so the answer is kept on the doc."""
    key = f"sentence_start:{end}"
    found: int | None = doc.user_data.get(key)
    if found is not None:
        return found
    piece = doc.user_data.get("text")
    if piece is None or end < 2:
        i = end - 1
        while i > 0 and not sentence_break(doc, i):
            i -= 1
        found = max(i, 0)
    else:  # only tokens after a stop or a blank line can start a sentence: found in the text
        found = next(
            (k for k in reversed(break_candidates(doc, piece, end - 1)) if sentence_break(doc, k)),
            0,
        )
    doc.user_data[key] = found
    return found


# what a single capital letter may label, so that its stop ends a sentence ("Appendix A.")
LABELLED = re.compile(r"[A-Z]\.")
LABELS = frozenset(
    [
        "appendix",
        "annex",
        "annexe",
        "table",
        "figure",
        "chapter",
        "part",
        "section",
        "schedule",
        "box",
        "area",
        "plan",
        "option",
        "item",
        "phase",
        "stage",
        "tier",
        "group",
        "category",
    ]
)
# a stop, or a blank line; or a line break after a stop or before a list item's bullet, where the
# token after the break may open a sentence ("... given late.\n• The deputy manager told us, ...")
_STOPPED = "[.!?…’'”\"]"
MAY_END = re.compile(
    r"[.!?…]|\n[ \t]*\n"
    # (the line break itself, once: a blank line is the alternative before)
    rf"|(?:(?<={_STOPPED})|(?<={_STOPPED}[ \t])|(?<={_STOPPED}[ \t]{{2}}))\n(?![ \t]*\n)"
    r"|\n(?=[ \t]*[•▪◦*–—-][ \t])"
    r"|\](?=[ \t]+[A-Z‘“'\"])"  # (a picture's description in brackets: see `_after_picture`)
)
BULLETS = frozenset("•▪◦*–—-")


def break_candidates(doc: Doc, piece: str, last: int) -> list[int]:
    """Tokens 1..last that follow a token holding a stop or a blank line: where `sentence_break`
    may find a sentence start ("stood.16" holds one too). `piece` is the doc's text; the doc's
    candidates are found once and kept on it."""
    found: list[int] | None = doc.user_data.get("breaks")
    if found is None:
        found = []
        chars = [m.start() for m in MAY_END.finditer(piece)]
        if chars:
            from spacy.attrs import IDX

            idx = doc.to_array(IDX).tolist()  # each token's offset
            k = 0
            for char in chars:  # in order: each search starts where the last ended
                k = bisect.bisect_right(idx, char, k)  # the token after the one holding it
                if 1 <= k < len(idx) and (not found or found[-1] != k):
                    found.append(k)
        doc.user_data["breaks"] = found
    return found[: bisect.bisect_right(found, last)]


def sentence_break(doc: Doc, i: int) -> bool:
    """A sentence begins at token i > 0: after a paragraph break, or after a full stop (also inside a
    closing quote mark) before a capital, digit or quote mark."""
    prev, tok = doc[i - 1], doc[i]
    if prev.is_space and prev.text.count("\n") >= 2:
        return True
    if prev.is_space and "\n" in prev.text:
        # a line break: before a list item's bullet, or after a stop before a capital
        if tok.text in BULLETS:
            return True
        before = doc[i - 2].text if i >= 2 else ""
        stopped = before in {".", "!", "?", "…", ".'", ".’", '."', ".”"}
        return stopped and (tok.is_title or tok.is_quote or tok.is_digit or tok.is_upper)
    if prev.text in {".", "!", "?", "…"} and (
        tok.is_title or tok.is_quote or tok.is_digit or tok.is_upper
    ):
        return True
    if (
        LABELLED.fullmatch(prev.text)
        and i > 1
        and doc[i - 2].lower_ in LABELS
        and (tok.is_title or tok.is_quote)
    ):
        return True  # "set out at Appendix A. The report stated": a label's letter, no initial
    if prev.text == "]" and (tok.is_title or tok.is_quote) and _after_picture(doc, i - 1):
        return True
    return prev.text in {".'", ".’", '."', ".”"} or (
        FOOTNOTED_STOP.search(prev.text) is not None
        and (prev.text[0] in ".!?" or tok.is_title or tok.is_upper)
    )


# the tag of a web copy's picture, in brackets with its description, run into the next paragraph:
# "[Image: A woman with close-cropped grey hair stands ...] Founder Dawn Okafor-Reid: '...'"
PICTURE_TAGS = frozenset(["image", "photo", "photograph", "picture", "pictures", "photographs"])
PICTURE_REACH = 80  # tokens of a picture's description


def _after_picture(doc: Doc, close: int) -> bool:
    """The bracket closing at token `close` opened on a picture's tag: what follows is no part of
    the description's sentence."""
    for k in range(close - 1, max(-1, close - PICTURE_REACH), -1):
        if doc[k].text == "[":
            return k + 1 < close and doc[k + 1].lower_ in PICTURE_TAGS
        if doc[k].text == "]":
            return False
    return False


def sentence_end(doc: Doc, start: int) -> int:
    i = start
    while i < len(doc):
        tok = doc[i]
        if (
            tok.text in {".", "!", "?", "…"}
            or (tok.is_space and tok.text.count("\n") >= 2)
            or (tok.text[-1:].isdigit() and FOOTNOTED_STOP.search(tok.text) is not None)
        ):  # "employers.48 He pointed to ...": the stop glued to its footnote number
            return i
        i += 1
    return len(doc)


# adverbs between a speaker and the speech verb, not part of the speaker phrase
SPEAKER_ADVERBS = frozenset(
    [
        "simply",
        "also",
        "then",
        "later",
        "once",
        "recently",
        "quickly",
        "flatly",
        "bluntly",
        "candidly",
        "frankly",
        "openly",
        "publicly",
        "privately",
        "memorably",
        "succinctly",
        "wryly",
        "drily",
        "dryly",
        "firmly",
        "quietly",
        "sharply",
        "tellingly",
        "pointedly",
        "honestly",
        "still",
        "often",
        "previously",
        "subsequently",
        "herself",
        "himself",
        "themselves",
    ]
)


# "asked," before a question in its words: what someone asked, not what one can ask ("I can ask,
# 'What does this look like for the person?'")
ASKED = frozenset(["asked", "asks"])
# what may stand between "ask" and the words it asks: whom, and how ("asked me, quite reasonably,")
ASKED_WHOM = frozenset(["me", "us", "him", "her", "them", "you"])
ASKED_HOW = frozenset(["quite", "not", "simply", "again", "then", "just", "once", "finally"])
ASK_TAIL = 5  # tokens of those, with their commas


def _remembers_before(doc: Doc, start: int, end: int) -> bool:
    """The verb "remember" and what is remembered close the sentence before a block, on a colon:
    "Tom Birkett, who chaired the committee, remembers a council that ran its own services:" - the
    rememberer's words follow; not "I remember the chief executive saying:", someone else's."""
    last = len(doc) - 1
    while last > end and doc[last].is_space:
        last -= 1
    return (
        doc[last].text == ":"
        and start > 0
        and doc[start - 1].lower_ != "i"
        and not any(t.lower_ in REMEMBERED_SPEECH for t in doc[end:last])
    )


REMEMBERED_SPEECH = frozenset(
    ["saying", "said", "telling", "told", "asking", "asked", "say", "tell"]
)


def _asks(doc: Doc, end: int) -> bool:
    """Whether "ask" ending at `end` introduces the quotation `doc` runs up to: a colon after it,
    or a comma right before the words, with at most whom it asks and how between ("asked me,",
    "asked, not unreasonably,"); a request ("asked the council to 'think again'") is no cue."""
    last = _content_end(doc)
    if last - end > ASK_TAIL or last == end:
        return False
    tail = doc[end:last]
    if not all(
        t.text in (",", ":")
        or t.lower_ in ASKED_WHOM
        or t.lower_ in ASKED_HOW
        or (t.lower_.endswith("ly") and t.is_lower and len(t) > 4)
        for t in tail
    ):
        return False
    if tail[-1].text == ":":
        return True
    return tail[-1].text == "," and doc[end - 1].lower_ in ASKED


POSSESSOR = 6  # tokens of "in one registered manager's words" before the "'s"
# a clause of time after a main clause, its subject the speaker: "There was a long silence before
# one asked,", "It was an hour until the manager said:" (a few words: the subject and its verb's
# helpers)
UNTIL = frozenset(["before", "until", "till"])
UNTIL_SUBJECT = 6
SUBJECT_OPENERS = frozenset(
    ["one", "a", "an", "the", "another", "someone", "somebody", "she", "he", "they", "i", "we"]
)
# the words a short clause before the speaker opens on ("In another example, one political lead")
CLAUSE_OPENERS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "by",
        "for",
        "against",
        "from",
        "with",
        "after",
        "before",
        "elsewhere",
        "locally",
        "nationally",
        "here",
        "there",
        "now",
        "finally",
        "first",
        "again",
        "back",  # "Back in Stoke, Clarke said"
        "earlier",
        "separately",
    ]
)
# a date opening the sentence, its subject a pronoun right after it with no comma: "In March 2020
# I remember saying", "In 2019 she told the committee"
DATED = frozenset(["in", "by", "since", "during"])
DATE_WORDS = 3
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "spring", "summer", "autumn", "winter"}
)
SUBJECT_PRONOUNS = frozenset(["i", "we", "he", "she", "they"])


def _dated_subject(doc: Doc, start: int, end: int) -> int | None:
    """The subject pronoun after a date opening doc[start:end] ("In March 2020 I"), or None."""
    for j in range(start + 1, min(end, start + 2 + DATE_WORDS)):
        if doc[j].lower_ in SUBJECT_PRONOUNS:
            before = doc[j - 1]
            return j if j > start + 1 and (before.is_digit or before.lower_ in MONTHS) else None
        if not (doc[j].is_digit or doc[j].lower_ in MONTHS or doc[j].lower_ == "the"):
            return None
    return None


# openings of an occasion, which may run on for a while before its comma: "At a meeting of ...,",
# "During the evidence session,", "In a statement read to the court,"
OCCASIONS = frozenset(["at", "during", "in"])
OCCASION_REACH = 16
PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}")  # "4.2", "3.1.5"
# a list item's mark before its closing bracket: "(5)", "d)", "(iv)" in numbered minutes
LIST_MARK = re.compile(r"\d{1,3}|[a-z]|[ivx]{1,5}")


# past tenses that take a person as object, before a speech verb after "and" (see read_speaker)
OBJECT_VERBS = frozenset(
    [
        "thanked",
        "welcomed",
        "congratulated",
        "introduced",
        "invited",
        "praised",
        "reminded",
        "asked",
        "urged",
        "acknowledged",
    ]
)


OCCASION_TIMES = frozenset(["last", "this", "next"])  # "last year", "this week"
OCCASION_SUBJECTS = frozenset(["a", "an", "the", "one", "another", "our", "their", "its"])


def _occasion_then(doc: Doc, start: int, end: int) -> int | None:
    """Where the subject starts after an occasion that a time closes, with no comma ("At our
    carers' summit last year a minister told"): after the time, if a determiner opens it."""
    for j in range(start + 1, min(end - 2, start + OCCASION_REACH)):
        if (
            doc[j].lower_ in OCCASION_TIMES
            and doc[j + 1].lower_ in TIME_NOUNS
            and doc[j + 2].lower_ in OCCASION_SUBJECTS
        ):
            return j + 2
    return None


THIRD_PERSON_SUBJECTS = frozenset(["he", "she", "they"])  # never an object


def _pronoun_after(doc: Doc, start: int, end: int) -> int | None:
    """A subject pronoun after the phrase that opens at `start` ("On the CQC's new single
    assessment framework he"), within OCCASION_REACH tokens: where the subject starts."""
    for k in range(start + 1, min(end, start + OCCASION_REACH)):
        if doc[k].lower_ in BE:
            return None  # a clause, not a phrase: "Here are some of the things they wrote"
        if k > start + 1 and doc[k].lower_ in THIRD_PERSON_SUBJECTS:
            return k
    return None


CAPTIONED = frozenset(["image", "video", "media", "picture"])  # "Video caption, ..."


def _strip_speaker(span: Span, *, occasions: bool = True) -> Span:
    """Drop leading connectives and short adverbial clauses ("Indeed,", "In another example,")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end:
        tok = doc[start]
        if (
            tok.is_punct
            or tok.is_space
            or tok.lower_ in CONNECTIVES
            or PARAGRAPH_NUMBER.fullmatch(tok.text)
            or (tok.lower_ in TIMES_BEFORE and start + 1 < end and not doc[start + 1].is_punct)
        ):
            start += 1  # a numbered paragraph's number ("4.2 LB said"), a time ("Later she")
            continue
        if (
            tok.is_digit
            and (start == 0 or (not doc[start - 1].whitespace_ and doc[start - 1].is_punct))
            and start + 1 < end
            and doc[start + 1].is_title
        ):
            start += 1  # a note's marker glued to the quotation before: "...fast-tracked.'103 She"
            continue
        if start + 1 < end and doc[start + 1].text == ")" and LIST_MARK.fullmatch(tok.text):
            start += 2  # a list item's mark: "(5) In response, Ms Haldane said"
            continue
        if tok.lower_ in CAPTIONED and start + 1 < end and doc[start + 1].lower_ == "caption":
            start += 2  # a news page's label: "Video caption, Rachel Dunmore MP said"
            continue
        if tok.lower_ in ("i", "we") and end == start + 2 and doc[start + 1].lower_ in RECALLING:
            end = start + 1  # their own words: "I remember saying to my senior team,"
            break
        if tok.lower_ in ("i", "we") and end - start > 3 and doc[start + 1].lower_ in RECALLING:
            start += 2  # whom a speaker remembers speaking: "I remember the chief executive
            # coming into my office and saying,", "I remember when we first asked, one of the
            # senior managers told me,"
            continue
        label = (
            _label_end(doc, start, end)
            if tok.is_title or tok.is_upper or tok.text[:1] == "Q"
            else None
        )
        if label is not None:
            start = label  # a transcript's speaker label: "Q2 Priya Desai: Skills for Care told us"
            continue
        # a participial opening: "Asked what good leadership looked like, a woman who ...", or
        # a fronted clause the quotation completes: "What changed, Thwaite said, was ..."
        reach = 25 if tok.lower_ in PARTICIPLES else 12 if tok.lower_ in FRONTED else 0
        after = _after_comma(doc, start, end, reach) if reach else None
        if after is not None:
            start = after
            continue
        if (
            tok.lower_ == "what"
            and end - start > 1
            and _subject_opens(doc[start + 1])
            and not any(t.lower_ in BE for t in doc[start + 1 : end])
        ):
            # the subject of a free relative the speech verb ends: "What he said next has stayed
            # with me:" (not "What I rarely see is a council saying": the clause after its "is")
            start += 1
            continue
        # a short clause closed by a comma before the speaker: "In another example, one political
        # lead"; an occasion may be longer ("At a meeting of the council's health and adult social
        # care scrutiny committee, the director ...": the committee is where, not who)
        word = tok.lower_
        if word in DATED and (j := _dated_subject(doc, start, end)) is not None:
            start = j  # a date with no comma before the subject: "In March 2020 I remember saying"
            continue
        if word in CLAUSE_OPENERS:  # (tested first: most phrases open on none of them)
            reach = OCCASION_REACH if occasions and word in OCCASIONS else 6
            j = start
            while j < end and j - start <= reach and doc[j].text != ",":
                j += 1
            if j < end - 1 and doc[j].text == "," and j - start <= reach:
                start = j + 1
                continue
            if occasions and word in OCCASIONS and (k := _occasion_then(doc, start, end)):
                start = k  # no comma, a time closing it: "At our summit last year a minister"
                continue
            if (k := _pronoun_after(doc, start, end)) is not None:
                start = k  # or a subject pronoun: "On the CQC's new framework he is less forgiving"
                continue
        break
    # a participial aside after the subject: "Malhotra, asked by Arkwright what good leadership
    # looked like from where he sat, (replied)" - the subject is the speaker
    # (but after "Later in the session, asked about budgets, he" the subject follows the aside)
    for k in range(start + 1, end - 1):
        if doc[k].text == "," and doc[k + 1].lower_ in PARTICIPLES:
            close = next((j for j in range(k + 2, end) if doc[j].text == ","), end)
            if close < end - 1:
                start = close + 1
            else:
                end = k
            break
    while end > start:
        last = doc[end - 1]  # once: doc[k] makes a new Token
        if not (
            last.is_punct
            or last.is_space
            or last.lower_ in {"that", "who", "which"}
            or last.lower_ in SPEAKER_ADVERBS  # "one interviewee simply (laughed)"
            or last.lower_ in PERFECT  # "Pauline in Immingham has (texted)"
        ):
            break
        end -= 1
    for k in range(max(start + 1, end - UNTIL_SUBJECT), end - 1):  # "There was a long silence
        # before one (asked)": the clause of time has the speaker as its subject
        if (
            doc[k].lower_ in UNTIL
            and _subject_opens(doc[k + 1])
            and not any(t.is_punct for t in doc[start:end])
        ):  # (not "The annual report, circulated before the meeting": an aside)
            start = k + 1
            break
    if end - start > 3 and doc[end - 1].lower_ == "to" and doc[end - 3].lower_ in BE:
        end -= 3  # "though she was quick to (add)", "he was keen to (stress)": the subject before
    if end - start > 2 and doc[end - 1].lower_ == "to" and doc[end - 2].lower_ == "used":
        end -= 2  # "Her mother used to (tell her)"
    while end - start > 1 and doc[end - 1].lower_ in HABIT_WORDS:
        end -= 1  # "as my gran would always (say)"
    if end - start > 2 and doc[end - 1].lower_ == "by":
        # "Professor Whitlock, the convenor, opened (the meeting) by (saying)": what they did by
        # speaking is no part of who they are
        k = next(
            (
                k
                for k in range(end - 2, max(start, end - 2 - FRAMED_WORDS) - 1, -1)
                if doc[k].lower_ in FRAMING
            ),
            None,
        )
        if k is not None and k > start:
            end = k
            while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].text == ","):
                end -= 1
    return doc[start:end]


# what a speaker did by speaking, before "by saying": "opened the meeting by", "began by"
FRAMING = frozenset(
    [
        "opened",
        "opens",
        "closed",
        "closes",
        "began",
        "begins",
        "started",
        "starts",
        "ended",
        "ends",
        "concluded",
        "concludes",
        "finished",
        "finishes",
        "responded",
        "responds",
        "replied",
        "replies",
    ]
)
FRAMED_WORDS = 5  # words between the framing verb and "by": "opened the national conference by"


def _subject_opens(tok: Token) -> bool:
    """`tok` can open a clause's subject: a determiner, "one", a pronoun or a name."""
    return tok.lower_ in SUBJECT_OPENERS or (tok.is_title and tok.lower_ not in NOT_NAMES)


def _label_end(doc: Doc, start: int, end: int) -> int | None:
    """The token after a speaker label's colon opening doc[start:end] ("Q2 Priya Desai:", "Dr
    Aisha Bello:", "DAN HOLLIS:"): capitalised words or a question's number, and nothing else,
    before it."""
    k = start
    while (
        k < end
        and k - start < LABEL_WORDS
        and (doc[k].is_title or doc[k].is_upper or QUESTION_NUMBER.fullmatch(doc[k].text))
    ):
        k += 1
    return k + 1 if k > start and k + 1 < end and doc[k].text == ":" else None


LABEL_WORDS = 5
# what a speaker remembers another doing, the other's words after it ("I remember one of them
# saying to me,")
RECALLING = frozenset(["remember", "remembered", "recall", "recalled", "heard", "overheard"])


def _not_the_asker(match: RoleMatch | None, full: Span, span: Span, cited: str) -> RoleMatch | None:
    """`match`, unless it stands in an opening participle, its agent: "Asked by the coroner whether
    she had raised her concerns, Mrs Dawes said" - the coroner asks, Mrs Dawes speaks - or the
    occasion's publication before a speaker who is a name and nothing more: "In response to my
    draft decision, Mr Y said" (no response speaks; "the care minister, Kathryn Ledbury" does),
    or one that is the speaker's own ("In her foreword to the report, Carrow writes")."""
    doc = full.doc
    if match is None or match.start >= span.start:
        return match
    if span.start - full.start > 2 and doc[full.start].lower_ in PARTICIPLES:
        return None  # ... or whom they were asked about: "Asked what she would want a young
        # Black care worker starting out today to have, Adaeze said"
    if match.role == cited and _names(span) and not any(t.is_lower for t in span):
        return None
    if match.role == cited and doc[full.start + 1].lower_ in ("her", "his", "my"):
        return None  # a person's own publication: "In her foreword to the report, Carrow writes"
    return match


def _after_comma(doc: Doc, start: int, end: int, reach: int) -> int | None:
    """The token after the first comma within `reach` tokens of `start` (and before `end`)."""
    j = start
    while j < end and j - start <= reach and doc[j].text != ",":
        j += 1
    return j + 1 if j < end - 1 and doc[j].text == "," else None


def _before_relative(span: Span) -> list[str]:
    """The words of a speaker phrase before a relative clause in commas: what "One, who works in a
    shire county and asked not to be named," is - or right after "one" with no comma ("one whose
    council was among the first to be assessed")."""
    doc = span.doc
    if len(span) > 1 and span[0].lower_ in QUANTIFIERS and span[1].lower_ in WHO:
        return [span[0].lower_]
    end = next(
        (
            k
            for k in range(span.start, span.end - 1)
            if doc[k].text == "," and doc[k + 1].lower_ in RELATIVES
        ),
        span.end,
    )
    return [t.lower_ for t in doc[span.start : end] if not t.is_punct]


INITIALS_WORD = re.compile(r"[A-Z]{2,4}")


def _names(span: Span) -> tuple[str, ...]:
    """Capitalised name words of a speaker phrase (two or more in a row, or after a title); a
    speaker heading's name in capitals ("SUNITA RAO (assistant director, ...):") in title case,
    as the later turns' labels ("SUNITA RAO:") are read."""
    if len(span) > 1 and span[1].text == "(" and INITIALS_WORD.fullmatch(span[0].text):
        return (span[0].text,)  # minutes' initials, their body in brackets: "TH (Kingsmere ...)"
    caps = []
    for word in span[:4]:
        if not (word.is_alpha and word.is_upper and len(word) > 1):
            break
        caps.append(word.text.title())
    if 2 <= len(caps) <= 3 and (len(caps) == len(span) or span[len(caps)].text in ("(", ",")):
        return tuple(caps)
    out: list[str] = []
    owners: list[str] = []  # a name before "'s": whose the speaker is, if the phrase names them too
    run: list[str] = []
    toks: list[Token | None] = [*span, None]
    for tok in toks:
        if run and tok is not None and joins_name(tok):
            continue  # the hyphen of "Osei-Bonsu": the next part joins the run's last word
        if (
            tok is not None
            and tok.is_title
            and tok.is_alpha
            and tok.lower_ not in CONNECTIVES | NOT_NAMES
        ):
            if tok.i > 0 and joins_name(tok.doc[tok.i - 1]) and run:
                run[-1] += "-" + tok.text
            else:
                run.append(tok.text)
            continue
        if (len(run) >= 2 or (run and out == [] and run[0].lower() in TITLES)) and not _placed(
            span, tok, len(run)
        ):
            owned = tok is not None and tok.lower_ in ("'s", "’s")
            (owners if owned else out).extend(w for w in run if w.lower() not in TITLES)
        run = []
    # "Harbour Lane Care’s operations director, Gillian Shaw" is Gillian Shaw (but "Tom Riddell's"
    # alone is Tom Riddell: "In Tom Riddell's words")
    out = out or owners
    first = span[0] if len(span) > 2 else None
    if (
        not out
        and first is not None
        and first.is_title
        and first.is_alpha
        and first.lower_ not in CONNECTIVES | NOT_NAMES | TITLES
        and span[1].text == ","
        and span[2].lower_ in ("a", "an")
    ):
        out.append(first.text)  # a first name and who they are: "Rajinder, a director of ..."
    return tuple(out)


PLACE_WORDS = frozenset(["in", "from", "at", "across", "near"])


def _placed(span: Span, after: Token | None, n: int) -> bool:
    """The run of n capitalised words ending before `after` names a place, after "in (the)",
    "from", "at": "a director of adult social services in the West Midlands"."""
    end = after.i if after is not None else span.end
    k = end - n - 1
    if k >= span.start and span.doc[k].lower_ == "the":
        k -= 1
    return k >= span.start and span.doc[k].lower_ in PLACE_WORDS


def _unread(cue: Cue) -> None:
    """Take back what `read_speaker` set, when the span it read proved not to be the speaker."""
    cue.speaker, cue.role, cue.anaphor, cue.named, cue.empty_subject = None, None, None, (), False


def _relative_subject(span: Span, mentions: list[RoleMatch], cited: str) -> bool:
    """The phrase ends on a relative clause's pronoun subject ("..., which he", or with no
    relative pronoun, "a remark she", "advice he") and names no person before it - a person
    named there ("the minister's speech, in which she") is the speaker the phrase's own reading
    finds."""
    doc = span.doc
    return (
        (
            len(span) > 2
            and doc[span.end - 1].lower_ in THIRD_PERSONS
            and doc[span.end - 2].lower_ in ("which", "that")
        )
        or _contact_relative(span)
    ) and not any(
        span.start <= m.start < span.end - 2 and m.role != cited and m.kind != "lay"
        for m in mentions
    )


# words before a pronoun that are no noun the pronoun's clause could describe: "then she", "and
# later he"
NOT_NOUNS = frozenset(["then", "now", "later", "so", "also", "again", "yet", "still", "once"])
NOT_NOUNS |= frozenset(["since", "and", "but", "or", "nor", "today", "here", "there", "as"])


def _contact_relative(span: Span) -> bool:
    """A noun phrase and the pronoun subject of a relative clause with no relative pronoun: "a
    remark she", "the advice he", "advice he" - what was said, which the pronoun's verb goes on
    to describe ("..., a remark she says sat on her shoulder")."""
    words = span[:-1]
    return (
        len(words) > 0
        and span[-1].lower_ in THIRD_PERSONS
        and all(t.is_alpha and t.is_lower for t in words)
        and (words[0].lower_ in DETERMINERS or len(words) == 1)
        and words[-1].lower_ not in NOT_NOUNS | DETERMINERS
        and not words[-1].lower_.endswith("ly")
    )


def read_speaker(cue: Cue, span: Span, roles: RoleMatcher, mentions: list[RoleMatch]) -> None:
    """Fill `cue` from the speaker phrase `span`: its text, role reading, anaphora and names."""
    full = span
    span = _strip_speaker(span)
    relative = _relative_subject(span, mentions, roles.lexicon.fallback.cited)
    if relative:
        # "Kevin has since been invited to join a working group on data, which he describes as":
        # the relative clause's own subject speaks, and its person is in this sentence
        span = span.doc[span.end - 1 : span.end]
        cue.clause = span.start
    if span.start - full.start > 6 and not relative:
        # a long occasion dropped ("At a meeting of the council's scrutiny committee, the
        # director") must leave a speaker the lexicon places; else the group it names places them
        # ("At a session facilitated by Speak Up Harrowden, one member")
        role = roles.classify(span, mentions)
        if (role is None or role.role == roles.lexicon.fallback.unknown) and not _personal(
            span, role
        ):  # ("In a statement issued on Tuesday afternoon, Lyall said": a person, placed or not)
            span = _strip_speaker(full, occasions=False)
    if len(span) == 0:
        cue.empty_subject = True
        return
    if (
        len(span) > 3
        and span[0].lower_ in PRONOUNS
        and span[1].lower_ in BE
        and span[-1].lower_ == "and"
    ):
        # "It is short - two pages - and commits the partners to": the verb after "and" shares
        # the pronoun subject, which is all the speaker phrase is
        span = span[:1]
    elif len(span) > 3 and span[-1].lower_ == "and":
        span = _coordinated_subject(span)
    elif (
        len(span) > 3
        and span[0].lower_ in THIRD_PERSON_SUBJECTS
        and span[1].is_lower
        and span[2].lower_ == "that"
    ):
        # "He asked that the minutes record:": the pronoun asks, whatever the clause names
        span = span[:1]
    if len(span) > 3 and span[-1].lower_ == "and":
        # the verb before "and" takes a person as object: "The Chair thanked the panel and (summed
        # up)" - the subject before it speaks, and the people thanked place no one
        doc = span.doc
        cut = next(
            (k for k in range(span.start + 1, span.end - 1) if doc[k].lower_ in OBJECT_VERBS), 0
        )
        if cut:
            span = full = doc[span.start : cut]
    cue.speaker = span.text
    own = roles.classify(span, mentions)
    if own is not None and own.kind == "lay" and WITHHELD.search(span.text):
        # "One woman at the protest, who did not give her name, said": a person the text says
        # it cannot place, not one of the public who draw on care
        own = RoleMatch(roles.lexicon.fallback.unknown, "lay", own.start, own.end)
    cue.role = own or _not_the_asker(
        roles.classify(full, mentions), full, span, roles.lexicon.fallback.cited
    )
    medium = roles.medium(full, mentions)
    words = [t.lower_ for t in span if not t.is_punct]
    if (
        medium is not None
        and words[-1:] in (["he"], ["she"])
        and (
            len(words) == 1
            or full.doc[span[-1].i - 1].is_punct
            or medium.end == span[-1].i  # "in a statement she said"
        )
    ):
        medium = None  # "In a statement issued through his solicitors, he said": his own words
    if (
        words[:1] in (["he"], ["she"])
        and cue.role is not None
        and cue.role.kind == "head"
        and span.doc[cue.role.start].norm_ in OWN_MEDIA
        and span.doc[cue.role.start - 1].lower_ == ("his" if words[0] == "he" else "her")
    ):
        # "He ends his submission:", "She closes her letter with a plea:" - what "he" or "she"
        # wrote is theirs, whom the pronoun refers to
        cue.speaker, cue.medium, cue.role, cue.anaphor = words[0], cue.role, None, "pronoun"
        return
    if medium is not None and _personal(span, own):
        # "In a statement, Cllr Amina Rahman said", "In a statement, Lyall said": a person's own
        # words, whoever the document says they are (the medium's, if it does not say)
        cue.medium, medium, cue.role = medium, None, own
    if medium is not None and not _person(cue.role, medium, roles, full.doc):
        # "In a statement, the department said": the words are a document's - unless a person named
        # by a role speaks ("In a statement to the House, the Secretary of State said")
        cue.role = medium
        cue.named = _names(span)
        return
    first = words[0] if words else ""
    last = span[-1]
    aside = next((i for i, t in enumerate(span) if t.text == ","), len(span))  # "His reply, when
    # it came in August, said": the medium before an aside
    if (
        first in ("her", "his")
        and aside <= MEDIUM_WORDS
        and cue.role is not None
        and cue.role.kind == "head"
        and span.doc[cue.role.start].norm_ in OWN_MEDIA
    ):
        # "her statement said", "his letter reads": what a person wrote is theirs
        cue.speaker = "she" if first == "her" else "he"
        cue.medium, cue.role = cue.role, None
        cue.anaphor = "pronoun"
        return
    if (
        first in POSSESSIVES
        and cue.role is not None
        and cue.role.kind == "head"
        and cue.role.end < span.end
        and span.doc[cue.role.start].is_title
        and span.doc[cue.role.end].is_title
    ):
        # "Its chief executive, Professor Hilary Stanton": a head noun as a title before a
        # name places no one; the post at the body "Its" refers to does
        cue.role = None
    elif (
        words[:1] == ["its"]
        and cue.role is not None
        and cue.role.kind == "head"
        and cue.role.start == span.start + 1
        and cue.role.role != roles.lexicon.fallback.cited  # "Its report" is the body's
    ):
        # "Its director, Dr Alan Frost": the post at the body "Its" refers to, if the narrative
        # has just placed one (a think tank's director is no council's)
        cue.anaphor = "body"
    if (
        cue.role is not None
        and cue.role.role == roles.lexicon.fallback.unknown
        and any(w in SERIES for w in words[:2])
    ):
        cue.anaphor = "series"  # "Another respondent said": the next of the people quoted before
    if (words[:2] == ["the", "same"] or _of_the_same(words)) and (
        cue.role is None or cue.role.role == roles.lexicon.fallback.unknown
    ):
        # "The same participant went on": the one quoted last; "A member of the same committee
        # added": one of theirs
        cue.anaphor = "same"
    if (
        last.lower_ in PRONOUNS
        and span.end - span.start > 1
        and (
            span.doc[last.i - 1].is_punct
            or span.doc[last.i - 1].lower_ in SUBORDINATORS
            # "in a statement she said", "In her letter he wrote": the medium, then its writer
            or (
                first == "in"
                and cue.role is not None
                and cue.role.end == last.i
                and cue.role.role == roles.lexicon.fallback.cited
            )
        )
    ):
        # "One authority, he says", "One speaks for many when she says": the pronoun is the subject
        # ("the MP who hosted it said": after a verb it is the object)
        cue.speaker = last.text
        cue.role = None
        cue.anaphor = "pronoun"
        return
    if first in PRONOUNS and (
        cue.role is None
        or len(words) <= 3
        or (cue.verb is not None and len(span) > 1 and not span[1].is_punct)
    ):  # the subject of a speech verb: "She read the papers, listened and then said" (the papers
        # are no speaker); "She, a former nurse, said" is read by its apposition
        cue.role = None
        cue.anaphor = "pronoun"
        return
    if (
        first == "its"
        and cue.role is not None
        and cue.role.kind == "head"
        and roles.post_words.match(span[1:].text) is not None
    ):
        cue.role = None  # "Its policy director, Iain McVicar": a post at the body, whatever its
        # head noun names elsewhere
    if cue.role is None:
        head = _before_relative(span)
        if first in {"this", "these", "that", "those"} and len(words) <= 3:
            cue.anaphor = "pronoun"  # "according to this interviewee"
        elif any(w in POSSESSIVES for w in words):
            cue.anaphor = "possessive"  # "Its chair", "one of its instigators"
        elif "our" in words:
            cue.anaphor = "ours"  # "our chair", "one of our members": the writing body's
        elif any(w in SERIES for w in words[:3]):
            cue.anaphor = "series"
        elif (
            head
            and head[-1] in GENERIC
            and all(w in GENERIC or w in GENERIC_MODIFIERS for w in head)
        ):
            cue.anaphor = "generic"
        elif head and all(
            w in QUANTIFIERS or w in {"of", "or", "and", "them", "us", "a"} for w in head
        ):
            cue.anaphor = "partitive"  # "One", "One or two", "Several", "One, who asked not to
            # be named,"
    # the names before a relative clause: "Priya, who has worked at Larch House" is no "Larch House"
    cut = next(
        (i for i in range(1, len(span) - 1) if span[i].text == "," and span[i + 1].lower_ in WHO),
        len(span),
    )
    if cue.role is not None and cue.role.kind in ("head", "phrase") and cue.role.start > span.start:
        # "Cllr Janet Pardoe, Cabinet Member for Adult Social Care and Public Health": the name is
        # before the comma that opens the post, and the post's capitals name no one
        comma = next(
            (i for i in range(cue.role.start - 1, span.start, -1) if span.doc[i].text == ","),
            None,
        )
        if comma is not None and _names(span.doc[span.start : comma]):
            cut = min(cut, comma - span.start)
    cue.named = _names(span[:cut])
    cited = roles.lexicon.fallback.cited
    if (
        cue.named
        and cue.role is not None
        and cue.role.role == cited
        and span.doc[cue.role.start].lower_ in SPOKESPEOPLE
        and span[0].text == cue.named[0]  # the phrase opens on the name
    ):
        # a spokesperson named is a person, in the post the phrase gives them too: "Mark
        # Oyelaran, ADASS spokesperson for carers and Director of Adult Social Services at ..."
        # (no named person is a statement; "A council spokesperson said", "a spokesperson for
        # care minister Stephen Kinnaird" are)
        person = roles.classify(span, [m for m in mentions if m.role != cited])
        if person is not None and person.role != roles.lexicon.fallback.unknown:
            cue.role = person
    elif (
        cue.role is not None
        and cue.role.role == cited
        and span.doc[cue.role.start].lower_ in SPOKESPEOPLE
        and roles.lexicon.voiced_by_spokespeople
    ):
        # ... and so is one for a body whose spokespeople the lexicon gives its role: "A
        # spokesperson for the Homecare Association, which represents home care providers"
        body = roles.classify(span, [m for m in mentions if m.role != cited])
        if body is not None and body.role in roles.lexicon.voiced_by_spokespeople:
            cue.role = body
    cue.titled = (
        cue.role is not None
        and cue.role.kind == "head"
        and cue.role.start == span.start
        and span.doc[span.start].norm_ in roles.titles
        and cue.role.end < span.end
        and all(t.is_title and t.is_alpha for t in span.doc[cue.role.end : span.end])
    )
    if cue.role is not None:
        at = span.doc[cue.role.start].idx
        text = span.doc.user_data.get("text") or span.doc.text
        lone = None if cue.named else _lone_name(span, cut)
        if (cue.named or lone) and past_career(text, at):
            # what a person named was, "Fortune, who trained as a nurse in Ghana", yields to the
            # post the text gave them before (by their surname alone, too)
            cue.past = True
            cue.named = cue.named or ((lone,) if lone else ())
    if not cue.named and cue.role is None and cue.anaphor is None:
        cue.surname = _lone_name(span, cut) or cue.surname  # (a cue read twice keeps the first)


def _by_gerund(doc: Doc, start: int) -> bool:
    """The cue word at `start` is a gerund after "by": how someone did something, by speaking
    ("Professor Whitlock opened by saying that the morning was ...")."""
    return doc[start - 1].lower_ == "by" and doc[start].lower_.endswith("ing")


def _of_the_same(words: list[str]) -> bool:
    """The speaker is one of a body named before: "A member of the same committee" (not "Owen,
    from the same council", whose post may differ, nor "somebody at the same conference")."""
    return any(words[k : k + 3] == ["of", "the", "same"] for k in range(1, len(words) - 3))


def _lone_name(span: Span, cut: int) -> str | None:
    """The one name word of a speaker phrase that names no role and no full name, to look up
    among the people met before; `cut` is where a relative clause starts ("..., who ...")."""
    first, last = span[0], span[-1]
    if (
        (first.is_title or is_initials(first))
        and first.is_alpha
        and (len(span) == 1 or HYPHENATED.fullmatch(span.text))
    ):
        return span.text  # "Pettifer says", "KA said", "Osei-Bonsu added"
    if len(span) == 1 and CODE_NAME.fullmatch(first.text):
        return first.text  # "P7 went on": the participant a credit gave that code ("(P7, ...)")
    name_first = (first.is_title or is_initials(first)) and first.is_alpha
    if is_initials(first) and first.is_alpha and len(span) > 1 and span[1].text == "(":
        return first.text  # "IS (Teams) welcomed the offer": the initials, then an aside
    if name_first and (cut == 1 or HYPHENATED.fullmatch(span[:cut].text)):
        # "says Shanice, who has worked at Fernhill for four years": the name (one word, or
        # "Adebayo-Lewis" in three tokens), then what the clause adds about them
        return span[:cut].text
    not_a_word = first.lower_ not in CONNECTIVES | NOT_NAMES
    if (
        name_first
        and not_a_word
        and len(span) > 2
        and span[1].text == ","
        and not any(t.is_title for t in span[2:])
    ):
        return first.text  # "Sam, true to form, just said": the name, then an aside
    if (
        3 <= len(span) <= 4
        and first.lower_ in ("a", "an", "the")
        and all(t.is_lower and t.is_alpha for t in span[1:-1])
        and last.is_title
        and last.is_alpha
    ):
        return last.text  # "an emotional Okoro said", "a visibly tired Mensah added"
    if (
        len(span) >= 3
        and span[-2].text == ","
        and last.is_title
        and last.is_alpha
        and last.lower_ not in CONNECTIVES | NOT_NAMES
        and not any(t.is_title for t in span[1:-1])
    ):
        return last.text  # "Two months in, Priya said": a time, then the name
    if (
        name_first
        and not_a_word
        and len(span) >= 3
        and span[1].is_lower
        and span[1].is_alpha
        and span[1].lower_.endswith("ed")
    ):
        # "Doreen looked at me over her glasses and said": the name, then what they did first
        return first.text
    return None


def leading(
    reader: CueReader, doc: Doc, verbs: list[tuple[int, int, str]], mentions: list[RoleMatch]
) -> Cue:
    """The cue in the last sentence of `doc` (the narrative right before a quotation)."""
    cue = _leading(reader, doc, verbs, mentions)
    if cue.found and not cue.second_hand and cue.verb != READ_OUT:
        end = _content_end(doc)
        sentence = doc[sentence_start(doc, end) : end].text
        cue.second_hand = (
            RECALLED_SPEECH.search(sentence) is not None
            or _reports_another(sentence)
            or QUOTING_ANOTHER.search(sentence) is not None
            or (HABITUAL.search(sentence) is not None and _remembered(cue.speaker))
        )
    return cue


# words reported as someone else's, inside the speaker's own: "She said a social worker had told
# her on the phone", "One woman told us her late husband, a retired GP, used to say that" - the
# quotation is the second person's, heard through the first (not "She said she had told the
# council": her own words)
REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told\s+(?:us|me|them|him|her)|recalled|recalls|remembered|remembers|explained)"
    r"\s+(?:that\s+)?(?!(?:she|he|they|I|we|it|you|what)\b)[^.;:!?\"“‘]{3,80}?"
    r"\b(?:had|would|used\s+to)\s+(?:(?:once|eventually|always|often|repeatedly|later|then)\s+)?"
    # (asked a person, not asked for something: "members had asked for a meeting")
    r"(?:(?:said|say|told|tell|assured|warned)\b|asked\s+(?:her|him|me|them|us|my|his)\b)"
)


# ... and so are the words a person quotes: "He quoted Dame Cicely Saunders, the founder of the
# modern hospice movement:", "Sefton quotes one director who described their job as" (a report's
# own participants are its words: "It quotes a registered manager who")
QUOTING_ANOTHER = re.compile(
    r"\b(?!(?:It|This|That|The|Our|Their|Its)\b)(?:[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:also\s+|then\s+)?"
    r"quot(?:ed|es)\s+(?!above|earlier|here|directly|at\b|in\b|from\b|as\b|by\b)"
)


STOP_MARK = re.compile(r"[.!?](?:\s|$)")


def _reports_another(sentence: str) -> bool:
    """The cue's sentence reports another's words (REPORTED_SPEECH) that run on to the quotation:
    not "said that was the first time anyone had told the board.", a sentence closed before it."""
    last = max((m.end() for m in REPORTED_SPEECH.finditer(sentence)), default=None)
    return last is not None and STOP_MARK.search(sentence, last) is None


REFERENCE_TOKENS = 10  # "(para 2)", "(p. 14)", "(2019)": a bracket opening a sentence's cue


def _past_reference(doc: Doc, s: int, end: int) -> int:
    """Past a bracket opening the sentence, a reference to where the quotation before it stands:
    "'the people least consulted' (para 2) and argues that ...:" - no part of the next cue's
    speaker, whose "and" goes on from the quotation's."""
    k = s
    while k < end and doc[k].is_space:
        k += 1
    if k < end and doc[k].text == "(":
        close = next(
            (j for j in range(k + 1, min(end, k + REFERENCE_TOKENS)) if doc[j].text == ")"), None
        )
        if close is not None:
            return close + 1
    return s


def _remembered(speaker: str | None) -> bool:
    """Whether a speaker phrase is a pronoun or a parent, as a habitual saying's is: "Her
    mother used to tell her", "she used to say" - remembered words, second-hand."""
    words = (speaker or "").lower().split()
    return bool(words) and ((len(words) == 1 and words[0] in THIRD_PERSONS) or words[-1] in PARENTS)


def _content_end(doc: Doc) -> int:
    """Where the narrative before a quotation ends: before the white space, and before the marker
    of a list item the quotation opens ("... relatives included:\n\no '...'")."""
    end = len(doc)
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    if end >= 2 and doc[end - 1].text in BULLET_MARKS and "\n" in doc[end - 2].text:
        end -= 1
        while end > 0 and doc[end - 1].is_space:
            end -= 1
    if end >= 2 and doc[end - 1].text in DASHES:
        # an aside between dashes right before the words is none of the cue's: "She said - and I
        # wrote it down - '...'" (the minister's, not the writer's)
        for k in range(end - 2, max(0, end - 2 - ASIDE_WORDS), -1):
            if doc[k].text in ".!?:;":
                break
            if doc[k].text == doc[end - 1].text:
                end = k
                while end > 0 and doc[end - 1].is_space:
                    end -= 1
                break
    return end


ASIDE_WORDS = 12  # tokens of an aside between dashes, at most


def _leading(
    reader: CueReader, doc: Doc, verbs: list[tuple[int, int, str]], mentions: list[RoleMatch]
) -> Cue:
    cue = Cue()
    end = _content_end(doc)
    if end == 0:
        return cue
    cue.colon = doc[end - 1].text in (":", "):", "]:")  # the tokenizer keeps "(D04):" as "):"
    s = _past_reference(doc, sentence_start(doc, end), end)
    if cue.colon and s + 2 < end and doc[s].text in ("Q", "A") and doc[s + 1].text in "-–—":
        s += 2  # notes' "Q - Dave Ellison (Ellison Care Homes Ltd):", "A - LB:": who asks, answers
    in_sentence = [v for v in verbs if v[0] >= s and v[1] <= end]
    roles = reader.roles
    if not in_sentence:
        be = _manner(doc, s, end)
        if (be is not None or cue.colon) and _said_by_owner(cue, doc, s, end, roles):
            # "Her advice to anyone thinking about management:", "Dorota's verdict:", "Mr
            # Hartley's reply, sent the following morning, was brief:" - what someone said is theirs
            cue.verb = COLON if be is None else doc[be : end - 1].text
            return cue
        if be is not None:
            # "A registered manager with twenty years in the sector was more blunt. 'Nobody asks.'",
            # "An ICB director was more guarded:" - the manner of speech is the cue
            read_speaker(cue, doc[s:be], roles, mentions)
            placed = (
                cue.role is not None
                or cue.anaphor in ("series", "same", "generic")
                # a body's post: "Its chair, Deborah Quayle, was more hopeful in interview:" (not
                # "Her answer is blunt:", whose speaker the quotation before gives)
                or (cue.anaphor == "possessive" and doc[s].lower_ in ("its", "their"))
            )
            if not placed and be - 1 >= s and doc[be - 1].lower_ in ("he", "she"):
                # "He was blunt about where he thought responsibility lay:", "On the relationship
                # with the NHS he was more positive:" - the pronoun right before it is the
                # subject, when what opens the sentence places no one
                read_speaker(cue, doc[be - 1 : be], roles, mentions)
                placed = cue.anaphor == "pronoun"
            if placed:
                cue.verb = doc[be : end - 1].text
            elif _lone_subject(doc, (named := _after_participle_clause(doc, s, be)), be + 1) == be:
                # "Okafor was candid:" - someone met before, maybe (after an opening participle's
                # clause: "Asked what had changed, Gail Summers was blunt:")
                _name_subject(cue, doc[named:be])
                cue.verb = doc[be : end - 1].text
            else:
                _unread(cue)
            return cue
        if cue.colon:
            # "A registered manager of a nursing home was more cautious:" - the subject speaks
            read_speaker(cue, doc[s : end - 1], roles, mentions)
            if cue.speaker and doc[end - 1].text == "):":
                cue.speaker += ")"  # "Director, county council (D04):"
            if (
                cue.role is None
                and cue.anaphor is None
                and doc[s].lower_ in QUANTIFIERS
                and s + 1 < end
                and doc[s + 1].is_lower
                and doc[s + 1].lower_.endswith("ed")
            ):
                # "Directors were divided. One welcomed the pathway:" - one of the group speaks
                read_speaker(cue, doc[s : s + 1], roles, mentions)
            if (
                cue.role is not None
                or cue.anaphor in ("series", "same", "generic", "partitive")
                or (cue.anaphor == "pronoun" and cue.medium is not None)  # "He ends his letter:"
                # a body's post: "Its chief executive, Imogen Tate, developed the point in oral
                # evidence:" (as the manner's "Its chair ... was more hopeful:")
                or (
                    cue.anaphor == "possessive"
                    and doc[s].lower_ in ("its", "their")
                    and roles.post_words.match(doc[s + 1 : end].text) is not None
                )
            ):
                cue.verb = COLON
            elif (j := _lone_subject(doc, s, end - 1)) is not None:
                # "Okafor ended with a challenge:" - someone met before, if the text has met them
                _name_subject(cue, doc[s:j])
                cue.verb = COLON
            elif end - 1 - s == 1 and is_initials(doc[s]):
                # "A - LB:" - the initials of someone met before, if the text has met them
                _name_subject(cue, doc[s : end - 1])
                cue.verb = COLON
            elif _full_name(doc, s, end - 1):
                # a headline's "Ruth Calloway: 'We can't lead from County Hall'" - whom the page
                # names, before or after (not left, like a lone surname, to someone met before)
                _name_subject(cue, doc[s : end - 1])
                cue.surname, cue.verb = doc[end - 2].text, COLON
            else:  # "Her motivation ... was:" - left to the antecedent of the block
                _unread(cue)
        return cue
    # "it should be said that", "as is often noted": impersonal passives name no speaker
    in_sentence = [
        v
        for v in in_sentence
        if not (
            v[0] > s
            and _before_verb(doc, v[0], s) in BE
            and not (v[1] < end and doc[v[1]].lower_ == "by")
        )
    ]
    if not in_sentence:
        return cue
    # "One director called it 'a mess', while ... said": a cue ending right at the quote is its own
    # (not after a stop, nor one glued to its footnote number: "wrote one.5 'Tick box,'")
    last = doc[end - 1].text
    cue.adjacent = (
        end - max(v[1] for v in in_sentence) <= 3
        and last not in {".", "!", "?"}
        and FOOTNOTED_STOP.search(last) is None
    )
    words_of = [v for v in in_sentence if v[2] == "in the words of"]
    according = [v for v in in_sentence if v[2] == "according to"]
    plain = [v for v in in_sentence if v[2] not in ("according to", "in the words of")]
    if words_of:
        a = words_of[-1]
        cue.verb = a[2]
        owner = a[1] - 3 if doc[a[1] - 2].lower_ == "own" else a[1] - 2
        if doc[a[1] - 1].lower_ == "words" and doc[owner].lower_ in ("his", "her") and a[0] == s:
            # "In her words:" opening its sentence: hers, whom the narrative has just named (in
            # a sentence's course, "One director acknowledged that ..., in her words," is its
            # subject's, as a cue with no speaker reads it)
            cue.speaker, cue.anaphor = doc[owner].text, "pronoun"
            return cue
        read_speaker(cue, _words_source(doc, a, end), roles, mentions)
        return cue
    if according and plain and plain[0][0] < according[0][0]:
        # "The GP said, according to this interviewee:" - second-hand
        v = plain[0]
        cue.verb = v[2]
        read_speaker(cue, doc[s : v[0]], roles, mentions)
        cue.second_hand = True
        return cue
    if according and (not plain or according[0][0] < plain[0][0]):
        a = according[0]
        cue.verb = a[2]
        read_speaker(cue, _np_after(doc, a[1], end), roles, mentions)
        return cue
    recalled = _as_recalled(doc, s, end, plain)
    if recalled is not None:
        # "a consultant cut in, as she recalls it: '...'": the consultant's words, as she tells it
        plain = [p for p in plain if p[0] < recalled]
        cue.second_hand = True
    opening = _recalled_opening(doc, s, end)
    if opening is not None and any(p[0] >= opening for p in plain):
        # "As she remembers it, the minister said: '...'"
        s, plain = opening, [p for p in plain if p[0] >= opening]
        cue.second_hand = True
    v = plain[0]
    if plain[-1][2] == "call":
        # "Several witnesses described what one director called '...'": the name is the speaker's
        # after "what", not the sentence subject's
        v = plain[-1]
        what = _what_before(doc, v[0])
        s = max(s, what + 1) if what is not None else s
        cue.clause = s  # the sentence's people before it come before its "she": "Kettering is
        # keen to talk about ... what she calls"
    if len(plain) > 1 and v[0] > s and doc[v[0] - 1].lower_ == "who":
        # "Gill, who says she's a social worker, texts:" - the relative clause's verb is not the
        # cue's: the main clause's, after the comma that closes it
        close = next((k for k in range(v[1], plain[-1][0]) if doc[k].text == ","), None)
        v = next((p for p in plain if close is not None and p[0] > close), v)
    later = _later_clause(doc, s, plain, roles, mentions)
    if later is not None:
        # "Managers described X as ..., and a director said the networks had done '...'": the
        # quotation belongs to the clause that ends at it
        v, s = later
    first = next((k for k in range(s, v[0] + 1) if not (doc[k].is_space or doc[k].is_punct)), s)
    if len(plain) > 1 and first == v[0] and _participle(doc[first]):
        v = plain[1]  # "Responding to the report, X said:" - the participle is not the cue verb
    elif doc[first].lower_ in FRONTING:
        # "When we read the words to one cabinet member, she replied:" - the fronted clause's
        # verb is not the cue's: the main clause's, after its comma
        comma = next((k for k in range(first, plain[-1][0]) if doc[k].text == ","), None)
        main = next((p for p in plain if comma is not None and p[0] > comma), None)
        if (
            comma is not None
            and main is not None
            and comma + 1 < main[0]
            and not any(t.lower_ in ("that", "which", "and") for t in doc[comma + 1 : main[0]])
            # (not an aside on the clause's own subject: "while the director, interviewed
            # separately, said that" - the director speaks)
            and not (
                doc[comma + 1].lower_ in PARTICIPLES
                or _parenthetical_participle(doc, comma + 1, main[0])
            )
        ):
            v, s = main, comma + 1
            # whom the fronted clause addresses may be the subject's "she" ("When I asked one
            # director about it, she said") - one person the lexicon places, no group
            cited = roles.lexicon.fallback.cited
            if any(
                first <= m.start < comma
                and m.kind != "lay"
                and m.role != cited
                and not (plural(doc[m.end - 1]) or doc[m.end - 1].lower_ in MANY)
                and (_addressed(doc, m.start, first) or _fronted_subject(doc, m, first))
                for m in mentions
            ) or any(t.lower_ in ("its", "their") for t in doc[s : main[0]]):
                # ... and "its" the body it names: "When the Care Quality Commission was given
                # that power, one of its senior leaders told a Lords committee"
                cue.clause = s
        elif (
            comma is None
            and len(plain) > 1
            and doc[first + 1].lower_ in ("i", "we")
            and (pronoun := plain[-1][0] - 1) > first + 1
            and doc[pronoun].lower_ in THIRD_PERSON_SUBJECTS
        ):
            # no comma closes the writer's fronted clause: its end is the pronoun before the last
            # verb ("When I told her about the fee uplift she said:"; not the fronted subject's own
            # "he": "When William Beveridge set out his plan he described want as")
            v, s = plain[-1], pronoun
    if first < v[0] and _participle(doc[first]):
        # "Commenting on the figures, X, chief executive of Care England, said:" - X after the comma
        comma = next((k for k in range(first, v[0]) if doc[k].text == ","), None)
        if comma is not None:
            s = comma + 1
            if doc[s].lower_ in ("its", "their") and any(
                first <= m.start < comma and m.kind == "org" and doc[m.end - 1].is_title
                for m in mentions  # a body by its name, not "the association's seminar"
            ):
                # "Responding for the Association of Directors of Adult Social Services, its
                # President, Marcus Reid, said:" - the body the participle's clause names
                cue.clause = s
            # "Speaking on a visit to Brookvale Care, a home care provider in Stockport, the
            # minister added": the clause ends with a name's apposition
            again = next((k for k in range(s, v[0]) if doc[k].text == ","), None)
            if (
                again is not None
                and again + 1 < v[0]
                and doc[comma - 1].is_title
                and doc[s].lower_ in ("a", "an")
            ):
                s = again + 1
    if first < v[0] and doc[first].is_title and doc[first].lower_ in FRONTED_PLACES:
        # "On our visit to an integrated care board in the South West, its director of strategy
        # told us:" - the subject follows the fronted phrase's comma
        comma = next((k for k in range(first, v[0]) if doc[k].text == ","), None)
        if (
            comma is not None
            and comma + 1 < v[0]
            and doc[comma + 1].lower_ not in ("our", "my")  # "At the ADASS seminar, our
            # president said": the author's body, which the fronted phrase names
            and roles.medium(doc[first:comma], mentions) is None
        ):
            s = comma + 1
    if first < v[0] and doc[first].is_title and doc[first].lower_ in FRONTED_TOPICS:
        # "Of the CQC's new assessments of councils, one director said": what the words are
        # about, before a subject that names its own role (not "Of the directors we met, one
        # said", whose subject is one of them)
        comma = next((k for k in range(first, v[0]) if doc[k].text == ","), None)
        if (
            comma is not None
            and comma + 1 < v[0]
            and any(m.start > comma and m.end <= v[0] and m.kind != "cue" for m in mentions)
        ):
            s = max(s, comma + 1)
    if v[2] == "put it":
        # "a part of the public realm that is, as one interviewee put it, '...'": the manner
        # clause's subject speaks, not the sentence's
        k = next(
            (k for k in range(v[0] - 1, max(s, v[0] - 12) - 1, -1) if doc[k].lower_ == "as"), None
        )
        if k is not None and k > s and doc[k - 1].text in (",", "–", "—"):
            s = k + 1
    cue.verb = v[2]
    if _reported(doc, v, plain, end):
        cue.second_hand = True
    if v[0] == s or all(t.is_punct or t.lower_ in CONNECTIVES for t in doc[s : v[0]]):
        # "Adding, '...'" or "Says one: '...'"
        after = _np_after(doc, v[1], end)
        # (the verb's content is no speaker: "... and argues that leadership failed:", "..., and
        # said recruitment had '...'")
        if (
            len(after)
            and not after[0].is_punct
            and after[0].lower_ != "that"
            and not _clause(after)
            and v[2] != "tell"  # "..., told us:": whom the words were for
            # a verb joined to the clause before keeps its subject: "..., but warned the Board
            # against reading too much into it:" - whom it addresses is no speaker
            and not any(t.lower_ in ("and", "but") for t in doc[s : v[0]])
        ):
            read_speaker(cue, after, roles, mentions)
        else:
            cue.empty_subject = True
        return cue
    if v[1] < end and doc[v[1]].lower_ == "by":
        # passive: "The view of many was summed up by one director who says:"
        read_speaker(cue, _np_after(doc, v[1] + 1, end), roles, mentions)
        return cue
    agent = _agent(doc, v, end)
    if agent is not None:
        # "words from a letter written to the review by a woman whose husband ...:" - the writer
        read_speaker(cue, _np_after(doc, agent, end), roles, mentions)
        return cue
    clause = _clause_start(doc, s, v[0])
    if clause > s:
        # "..., and in 2020 the Office for Statistics Regulation (OSR) reported that:" - the subject is
        # in the last clause when that clause names one
        read_speaker(cue, doc[clause : v[0]], roles, mentions)
        if cue.role is not None or cue.anaphor is not None or cue.named:
            return _medium_after(cue, doc[v[1] : end], roles, mentions)
        _unread(cue)
    if (
        v[0] - 2 > s
        and doc[v[0] - 1].lower_ in ("he", "she")
        and doc[v[0] - 2].lower_ in ("when", "as")
    ):
        # "Amy Chadwick, a care worker in Bolton, drew the loudest applause when she asked:" -
        # the pronoun is the sentence's own subject, named before it
        read_speaker(cue, doc[s : v[0] - 2], roles, mentions)
        if cue.anaphor is None and (cue.role is not None or cue.named):
            return _medium_after(cue, doc[v[1] : end], roles, mentions)
        _unread(cue)
    if v[2] == "read" and (sender := _sender(doc, v[1], end)) is not None:
        # "Simon read out a message that Cllr Rourke had sent him", "Fenwick then read out a
        # question sent in online by a care worker in Sunderland": the words are the sender's
        read_speaker(cue, sender, roles, mentions)
        if cue.found:
            cue.verb, cue.second_hand = READ_OUT, False  # read out, the sender's own words
            return cue
        _unread(cue)
        cue.verb = v[2]
    read_speaker(cue, doc[s : v[0]], roles, mentions)
    return _medium_after(cue, doc[v[1] : end], roles, mentions)


READ_OUT = "read out"  # the cue verb of words read out from their sender's message
# what one person reads out of another's: "a message", "a question", "the following comment"
READ_MEDIA = frozenset(
    ["message", "question", "comment", "statement", "letter", "email", "text", "note", "tweet"]
)
SENDER_WORDS = 4  # words between "read out" and the medium noun: "a short written statement"
SENT = frozenset(["sent", "submitted", "written", "posted", "emailed", "texted"])
TO_READER = frozenset(["her", "him", "me", "us", "them"])  # whom a message is sent or words told to


WROTE = frozenset(["said", "says", "wrote", "writes"])
WROTE_AFTER = 3  # words after "what she wrote" before the words: "to me", "in her letter"


def _sender(doc: Doc, k: int, end: int) -> Span | None:
    """Whom the medium read out after token k comes from: "a message that Cllr Rourke had sent
    him", "a question sent in online by a care worker", "a statement from the union"; or whose
    words are read: "(read) what she said"."""
    if k < end and doc[k].lower_ == "out":
        k += 1
    if k < end and doc[k].lower_ == "what":
        # "I will read what she said:", "let me read you what he wrote": the writer's own words
        verb = next(
            (x for x in range(k + 2, min(end, k + 2 + SENDER_WORDS)) if doc[x].lower_ in WROTE),
            None,
        )
        rest = sum(1 for t in doc[verb + 1 : end] if t.is_alpha) if verb is not None else 0
        return doc[k + 1 : verb] if verb is not None and rest <= WROTE_AFTER else None
    noun = next(
        (j for j in range(k, min(end, k + SENDER_WORDS)) if doc[j].lower_ in READ_MEDIA), None
    )
    if noun is None:
        return None
    j = noun + 1
    if any(
        doc[x].lower_ in SENT
        and x + 2 < end
        and doc[x + 1].lower_ == "to"
        and doc[x + 2].lower_ in TO_READER
        for x in range(j, min(end, j + 3))
    ):
        return None  # "an email sent to her by a constituent": a message the reader relays
    if j < end and doc[j].lower_ == "that":  # "that Cllr Rourke had sent him"
        stop = next(
            (
                x
                for x in range(j + 1, end)
                if doc[x].lower_ in ("had", "has", "have") or doc[x].lower_ in SENT
            ),
            None,
        )
        return doc[j + 1 : stop] if stop is not None and stop > j + 1 else None
    while j < end and (doc[j].lower_ in SENT or doc[j].lower_ in ("in", "online")):
        j += 1
    if j < end and doc[j].lower_ in ("from", "by"):
        np = _np_after(doc, j + 1, end)
        return np if len(np) else None
    return None


AS_RECALLED = frozenset(["recall", "remember", "recalls", "remembers", "recalled", "remembered"])


def _as_recalled(doc: Doc, s: int, end: int, plain: list[tuple[int, int, str]]) -> int | None:
    """Token index of a closing "as she recalls (it)" after another speech verb in the sentence:
    the words are that other speaker's, reported second-hand. Alone ("As she recalls:") the
    speaker recalls their own words, and this is None."""
    k = end - 1
    while k > s and (doc[k].is_punct or doc[k].lower_ == "it"):
        k -= 1
    if k - 2 < s or doc[k].lower_ not in AS_RECALLED or doc[k - 2].lower_ != "as":
        return None
    if doc[k - 1].lower_ not in ("he", "she", "they", "i", "we"):
        return None
    return k - 2 if any(p[0] < k - 2 for p in plain) else None


def _recalled_opening(doc: Doc, s: int, end: int) -> int | None:
    """Token index after an opening "As she remembers it," - where the reported clause begins."""
    k = s
    if k + 3 >= end or doc[k].lower_ != "as" or doc[k + 1].lower_ not in THIRD_PERSONS:
        return None
    if doc[k + 2].lower_ not in AS_RECALLED:
        return None
    k += 3
    if doc[k].lower_ == "it":
        k += 1
    return k + 1 if k < end and doc[k].text == "," else None


def _coded(doc: Doc, i: int) -> bool:
    """Token i is the number of a participant code ("Carer 1 said", "Participant 12 told us"), not
    a year or a count before a noun ("its 2023 report", "the 2 reviews")."""
    return i > 0 and len(doc[i].text) <= 3 and doc[i - 1].is_title


def _label(doc: Doc, i: int) -> bool:
    """Token i is a capital letter labelling the name before it ("Site A", "Council B", "Home C")."""
    return (
        i > 0
        and len(doc[i].text) == 1
        and doc[i].text.isupper()
        and doc[i - 1].is_title
        and not doc[i - 1].is_sent_start
    )


def _later_clause(
    doc: Doc,
    s: int,
    plain: list[tuple[int, int, str]],
    roles: RoleMatcher,
    mentions: list[RoleMatch],
) -> tuple[tuple[int, int, str], int] | None:
    """The last cue verb and its clause start, when that clause (after ", and", ", but", ";" or ":")
    follows the first cue verb and names a speaker of its own; else None."""
    if len(plain) < 2:
        return None
    v = plain[-1]
    clause = _clause_start(doc, s, v[0], colons=True)
    first = next((k for k in range(s, v[0]) if not (doc[k].is_space or doc[k].is_punct)), s)
    if clause <= plain[0][1] and doc[first].lower_ in SUBORDINATE_OPENERS:
        # "When I explained why I was there, Doreen looked at me and said:": the main clause
        # begins after the fronted one's comma
        clause = next((k + 1 for k in range(plain[0][1], v[0]) if doc[k].text == ","), clause)
    if clause <= plain[0][1]:
        return None
    probe = Cue()
    read_speaker(probe, doc[clause : v[0]], roles, mentions)
    if (
        probe.role is None
        and probe.anaphor in (None, "pronoun")
        and not probe.named
        and not probe.surname
    ):
        return None
    return v, clause


def _manner(doc: Doc, s: int, end: int) -> int | None:
    """The token index of 'was' in a sentence ending "... was (more) blunt (still)." or ":" - the
    manner of what its subject says next - or None."""
    if doc[end - 1].text not in {".", ":"} or end - s > MANNER_SENTENCE:
        return None
    j = end - 2
    while j > s and doc[j].lower_ in {"still", "again", "yet", "too"}:
        j -= 1
    if doc[j].lower_ not in MANNER:
        # ... with where or about what after it: "was more hopeful in interview:", "was blunt
        # about the money:", "was frank about the limits of her own organisation's grip:"
        k = next(
            (
                k
                for k in range(j, max(s, j - MANNER_REACH), -1)
                if doc[k].lower_ in MANNER_AFTER and doc[k - 1].lower_ in MANNER
            ),
            None,
        )
        if k is None:
            return None
        j = k - 1
    j -= 1
    while j > s and doc[j].lower_ in MANNER_DEGREE:
        j -= 1
    return j if j > s and doc[j].lower_ in BE else None


def _participle(tok: Token) -> bool:
    """A sentence-opening participle ("Responding", "Commenting", "Speaking"), not the first word
    of a post ("Managing director Gary Pemberton, who founded the business, said:", "Nursing
    director", "Commissioning manager")."""
    return (
        tok.is_title
        and tok.lower_.endswith("ing")
        and not tok.lower_.endswith("thing")
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in POSTS)
    )


def _medium_after(cue: Cue, rest: Span, roles: RoleMatcher, mentions: list[RoleMatch]) -> Cue:
    """A medium named after the verb decides the role as one before it does: "Care England said in a
    statement that", "it said in written evidence:"."""
    medium = roles.medium(rest, mentions) if len(rest) else None
    if (
        medium is not None
        and not cue.empty_subject
        and not _person(cue.role, medium, roles, rest.doc)
    ):
        cue.role, cue.anaphor = medium, None
    return cue


# the nouns for a body that speaks through a statement or a submission
SPEAKING_BODIES = BODY_NOUNS | frozenset(
    ["organisation", "organization", "charity", "alliance", "federation", "coalition", "union"]
)


SURVEY_MEDIA = frozenset(["survey", "questionnaire", "consultation"])


def _person(match: RoleMatch | None, medium: RoleMatch, roles: RoleMatcher, doc: Doc) -> bool:
    """The speaker is a person named by a role ("the Secretary of State", "one councillor"), not an
    organisation or a publication: their words are theirs whatever the medium. A plural role word
    inside a name names the body's members ("the Care and Support Workers Union")."""
    return (
        match is not None
        and match.kind in ("phrase", "head", "code")
        and match.role != medium.role
        # one whose role is not given speaks as themselves only in a survey's answers: "In the
        # service's first joint staff survey, one respondent wrote"
        and (
            match.role != roles.lexicon.fallback.unknown
            or doc[medium.end - 1].norm_ in SURVEY_MEDIA
        )
        and not (
            match.kind in ("head", "phrase")
            and (_members_in_name(doc, match.end - 1) or _members_of_body(doc, match))
        )
        # a phrase for a kind of body: "In a statement, Westmarch Hospitals NHS Foundation Trust",
        # "In its submission, Voices for Independent Living, a user-led organisation"
        and doc[match.end - 1].lower_ not in SPEAKING_BODIES
        # people in the plural speak in the medium as one body: "In their final report, the
        # commissioners said"
        and not (match.kind == "head" and plural(doc[match.end - 1]))
        # ... and a body's members, in the clause about it: "The Westmarch Care Association,
        # which represents around 140 care homes, said in its written submission"
        and not _in_which_clause(doc, match.start)
    )


def _in_which_clause(doc: Doc, i: int) -> bool:
    """Token i stands in a ", which" clause, a few words after its opening: about a thing or a
    body, no person."""
    return any(
        doc[k].lower_ == "which" and doc[k - 1].text == ","
        for k in range(max(1, i - WHICH_REACH), i)
    )


WHICH_REACH = 8  # tokens from ", which" to the role word in its clause


def continues_medium(cue: Cue) -> bool:
    """The cue goes on with the statement, letter or email just quoted: "The statement continued",
    "the letter adds"."""
    words = (cue.speaker or "").lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in OWN_MEDIA


def _personal(span: Span, match: RoleMatch | None) -> bool:
    """The speaker phrase is a person's name: after a title ("Cllr Amina Rahman, chair of ...",
    "Dr Ruth Amble"), before a post in commas, or a lone capitalised word the lexicon does not place
    ("Lyall"), whom the document may have named before; not an empty phrase."""
    if not len(span):
        return False
    first = span[0]
    if first.lower_.rstrip(".") in HONORIFICS:
        return len(span) > 1 and span[1].is_title
    # "Simon Cartwright, Deputy Director for ... at the Department of Health and Social Care": a
    # name, then the post in apposition
    comma = next((t.i for t in span[:4] if t.text == ","), None)
    if comma is not None and comma - span.start >= 2:
        name = span.doc[span.start : comma]
        return all(t.is_title and t.is_alpha for t in name) and (
            match is None or match.start > comma
        )
    return match is None and len(span) == 1 and first.is_title and first.is_alpha


def _members_of_body(doc: Doc, match: RoleMatch) -> bool:
    """The role's words, capitalised and plural, end a body's name after its "of": "the
    Association of Care Home Owners", "the National Federation of Carers"."""
    last = doc[match.end - 1]
    return (
        match.start >= 2
        and doc[match.start - 1].lower_ in ("of", "for")
        and doc[match.start - 2].is_title
        and last.is_title
        and plural(last)
    )


def _members_in_name(doc: Doc, i: int) -> bool:
    """Token i is a plural word inside a capitalised name: "Workers" in "Care Workers Union", or
    before its apostrophe: "Carers" in "Calderbrook Carers' Centre"."""
    tok = doc[i]
    nxt = i + 1
    if nxt < len(doc) and doc[nxt].text in ("'", "’"):
        nxt += 1
    return (
        tok.is_title
        and tok.lower_.endswith("s")
        and nxt < len(doc)
        and doc[nxt].is_title
        and not doc[nxt].is_sent_start
    )


def _before_verb(doc: Doc, i: int, s: int) -> str:
    """The word before token i, skipping adverbs ending in -ly and "also", "often", "not"."""
    j = i - 1
    while j > s and (
        doc[j].lower_.endswith("ly") or doc[j].lower_ in {"also", "often", "not", "widely"}
    ):
        j -= 1
    return doc[j].lower_ if j >= s else ""


def _parenthetical_participle(doc: Doc, i: int, v: int) -> bool:
    """Whether token i opens a participle phrase set off by commas before the verb at v: a second
    description of the subject, no clause of its own ("A report published by one council, and
    shared with us by its director, acknowledged that")."""
    return (
        doc[i].is_lower
        and doc[i].lower_.endswith("ed")
        and doc[v - 1].text == ","
        and not any(doc[k].text == "," for k in range(i, v - 1))
    )


def _clause_start(doc: Doc, s: int, v: int, *, colons: bool = False) -> int:
    """Start of the last coordinated clause before token v (after ", and", ", but", ";", and with
    `colons` ":"), else s. A second relative clause is no new clause: "One woman who draws on care,
    and who sits on her council's co-production board, told us"."""
    j = v - 1
    while j > s:
        t = doc[j].lower_
        if t == ";" or (colons and t == ":"):
            return j + 1
        if t in DASHES and doc[j - 1].whitespace_:
            opening = next((k for k in range(j - 1, s, -1) if doc[k].text in DASHES), None)
            if opening is None:
                return j + 1  # "it isn't just care homes – one director told me this week"
            j = opening  # an aside between dashes: "the first lady – I'll call her Mrs H – said"
        if (
            t in CLAUSE_JOINS
            and doc[j - 1].text == ","
            and doc[j + 1].lower_ not in RELATIVES
            and not _parenthetical_participle(doc, j + 1, v)
        ):
            if t == "where":  # a clause on the place, then a name after its comma: "Outside
                # the town hall, where staff gathered with placards, Linda Haworth, who owns ..."
                comma = next((k for k in range(j + 2, v - 1) if doc[k].text == ","), None)
                if comma is not None and doc[comma + 1].is_title and doc[comma + 1].is_alpha:
                    return comma + 1
            return j + 1
        j -= 1
    return s


GOES_ON = frozenset(["but", "and"])  # after a quotation, the sentence going on


def trailing(
    reader: CueReader,
    doc: Doc,
    verbs: list[tuple[int, int, str]],
    mentions: list[RoleMatch],
    start: int = 0,
) -> Cue:
    """A cue right after a quotation: "..., says one." / "..., one council lead says."; from token
    `start` on ("That is how | one director answered")."""
    cue = Cue(trailing=True)
    i = start
    while i < len(doc) and (doc[i].is_space or doc[i].text in {",", "–", "—", "-"}):
        i += 1
    if i >= len(doc) or (doc[i].is_punct and doc[i].text not in {"(", "["}):
        return cue
    if doc[i].lower_ in GOES_ON and any(v[0] == i + 1 for v in verbs):
        return cue  # "'...' - but added that the handling had been": the speaker before goes on
    end = min(sentence_end(doc, i), i + TRAIL_TOKENS)
    for v in verbs:
        if v[0] < i or v[0] >= end or (v[2] == "in the words of" and v[0] != i):
            continue
        if v[2] == "according to" and v[0] != i:
            continue
        cue.verb = v[2]
        if v[0] == i and v[2] == "in the words of":
            # "... came 'with more strings than a harp', in the words of one provider."
            read_speaker(cue, _words_source(doc, v, end), reader.roles, mentions)
        elif v[0] == i and v[2] != "according to" and _goes_on(doc, v):
            # "..., adding that the difference had to be shared leadership": the speaker before
            # the quotation goes on, in reported speech; nobody new speaks
            cue.verb = None
            continue
        elif v[0] == i:
            # "says one.", "said Jane Smith, director of policy at Age UK.", "according to the report."
            stop = v[1]
            while stop < len(doc) and stop - v[1] < TRAIL_TOKENS and not _stops(doc, stop):
                if stop > v[1] and FOOTNOTED_STOP.search(doc[stop].text) is not None:
                    stop += 1  # "says the head of analytics at one ICB.6 The ...": its note's
                    break  # number glued to the stop that ends the cue
                if (
                    doc[stop].text == ","
                    and stop + 1 < len(doc)
                    and doc[stop + 1].lower_ in HOW_SAID
                ):
                    break  # "said Reid, to laughter": how it was said, not who said it
                if (
                    stop > v[1]
                    and doc[stop].lower_ == "of"
                    and stop + 1 < len(doc)
                    and doc[stop + 1].lower_ in POSSESSIVES | {"my", "our"}
                    and not any(doc[k].text == "," for k in range(v[1], stop))
                    and doc[stop - 1].lower_ not in HOLDERS_OF
                ):
                    break  # "said CW07 of her manager": whom it was said of (not "said Amy,
                    # one of our support workers", "a trustee of her support provider")
                stop += 1
            read_speaker(cue, doc[v[1] : stop], reader.roles, mentions)
            _bracketed_role(cue, doc, stop, reader.roles, mentions)
        else:
            # "one council lead says.", "Jane Smith, chief executive of the Homecare Association, said."
            if _as_put_it(doc, i, v):
                # "..., as a senior care worker in Yorkshire put it, after ...": the speaker
                read_speaker(cue, doc[i + 1 : v[0]], reader.roles, mentions)
                return cue
            if (
                doc[i].lower_
                in CLAUSE_JOINS
                | {
                    "although",
                    "though",
                    "whereas",
                    "as",
                    "when",
                    "if",
                    "because",  # "..., because providers are independent employers": a reason
                }
                or any(t.text in {";", ":"} or t.lower_ in {"that", "which"} for t in doc[i : v[0]])
                # "..., a remark she says": what the words were, which a clause of hers goes on
                # to describe (her words, if any, come after)
                or _contact_relative(doc[i : v[0]])
                or _parenthetical(doc, i, v)
                # "..., asked to endorse plans already agreed": a participle's clause, no subject
                # (but "'Delivery of what?' asked one, when we read it aloud" asks)
                or (
                    doc[i].is_lower
                    and doc[i].lower_.endswith(("ed", "ing"))
                    and not (doc[i].lower_ in ASKED and doc[i + 1].lower_ != "to")
                )
            ):
                cue.verb = None
                continue
            read_speaker(cue, doc[i : v[0]], reader.roles, mentions)
        cue.trailing = True
        return cue
    return cue


def _parenthetical(doc: Doc, i: int, v: tuple[int, int, str]) -> bool:
    """The verb v is "she said" set inside a sentence of its own that opens at token i, about
    something else: "'... are you?' She believed him, she said, for six years." - no cue of
    the quotation before it (its words are the sentence's)."""
    k = v[0] - 1
    return (
        k - 1 > i
        and doc[k].lower_ in THIRD_PERSONS
        and doc[k - 1].text == ","
        and doc[i].lower_ in THIRD_PERSONS
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
    )


def _goes_on(doc: Doc, v: tuple[int, int, str]) -> bool:
    """The verb v, right after a quotation, continues its speaker's sentence: a participle, or a
    verb whose object is a "that" clause ("adding that ...", "warning that ...")."""
    return doc[v[0]].lower_.endswith("ing") or (v[1] < len(doc) and doc[v[1]].lower_ == "that")


def _bracketed_role(
    cue: Cue, doc: Doc, k: int, roles: RoleMatcher, mentions: list[RoleMatch]
) -> None:
    """A speaker the cue does not place, and who they are in brackets at token k: "said P9
    (registered manager, nursing home)", "says one participant (care worker)"."""
    fb = roles.lexicon.fallback
    if k >= len(doc) or doc[k].text != "(" or (cue.role and cue.role.role != fb.unknown):
        return
    close = next(
        (j for j in range(k + 1, min(len(doc), k + TRAIL_TOKENS)) if doc[j].text == ")"), 0
    )
    found = roles.classify(doc[k + 1 : close], mentions) if close else None
    if found is not None and found.role not in (fb.unknown, fb.cited):
        cue.role = found


def _said_by_owner(cue: Cue, doc: Doc, s: int, end: int, roles: RoleMatcher) -> bool:
    """Read the sentence doc[s:end] as what its opening possessor said, when it opens on one and a
    word for what was said: "Her own verdict on the episode", "Raghunathan's answer" (not a body's:
    "The ICB's response", which the lexicon reads)."""
    k = s
    while k < end and k - s < OWNER_WORDS and doc[k].is_title and doc[k].is_alpha:
        k += 1
    pronoun = doc[s].lower_ in ("her", "his")
    if pronoun:
        k = s + 1
    elif k == s or k >= end or doc[k].lower_ not in ("'s", "’s") or doc[s].lower_ in NOT_NAMES:
        return False
    said = k + (0 if pronoun else 1)
    if said < end and doc[said].lower_ == "own":
        said += 1
    if said >= end or doc[said].lower_ not in SAID_THINGS:
        return False
    if pronoun:
        cue.speaker, cue.anaphor = ("she" if doc[s].lower_ == "her" else "he"), "pronoun"
    else:
        owner = roles.read(doc[s:k].text)
        if owner is not None and owner.kind == "org":
            return False  # "Skills for Care's answer": a body's
        _name_subject(cue, doc[s:k])
    cue.owned = True
    return True


OWNER_WORDS = 3  # words of a possessor's name: "Mr Hartley's", "Grace Adeyemi's"
# words for what a person said, after whose it is: "Her verdict:", "Imran's conclusion is stark:"
SAID_THINGS = frozenset(
    [
        "advice",
        "answer",
        "conclusion",
        "message",
        "plea",
        "point",
        "question",
        "reaction",
        "reply",
        "response",
        "summary",
        "verdict",
        "view",
        "warning",
        "words",
    ]
)


def _after_participle_clause(doc: Doc, s: int, end: int) -> int:
    """Where the sentence's subject opens after a participle's clause ("Asked what had changed,")
    that doc[s:end] opens on; else `s`."""
    if doc[s].lower_ not in PARTICIPLES:
        return s
    after = _after_comma(doc, s, end, PARTICIPLE_CLAUSE)
    return after if after is not None else s


PARTICIPLE_CLAUSE = 25  # tokens of an opening participle's clause, up to its comma


def _lone_subject(doc: Doc, s: int, end: int) -> int | None:
    """The end of a lone surname opening the sentence doc[s:end], a verb in lower case after it
    ("Okafor was candid", "Osei-Bonsu made the national point"), or None. The surname may follow
    a title or a first name ("Dr Tegg pressed the point", "Rachel Fenwick challenged the
    timetable")."""
    if s + 1 < end and doc[s].lower_.rstrip(".") in TITLES:
        s += 2 if doc[s + 1].text == "." else 1
    first = doc[s] if s < end else None
    if first is None or not (first.is_title and first.is_alpha and first.lower_ not in NOT_NAMES):
        return None
    j = s + 1
    if j + 1 < end and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in NOT_NAMES:
        j += 1  # a first name, then the surname
    while j + 1 < end and doc[j].text == "-" and doc[j + 1].is_title:
        j += 2  # a double-barrelled surname: "Osei-Bonsu"
    return j if j < end and doc[j].is_lower and doc[j].is_alpha else None


def _full_name(doc: Doc, s: int, end: int) -> bool:
    """doc[s:end] is a full name and nothing else: two capitalised words ("Ruth Calloway",
    "Mary-Jane Osei-Bonsu"), not a heading's words ("Key Findings") - and not three, which may
    be a page's section joined to its headline ("Interview Jo Kettering:")."""
    words = [t for t in doc[s:end] if t.text != "-"]
    names = [t for t in words if t.i == s or doc[t.i - 1].text != "-"]  # "Mary-Jane" is one
    return (
        len(names) == 2
        and all(t.is_title and t.is_alpha for t in words)
        and not any(t.lower_ in NOT_NAMES for t in words)
    )


# words of a time before a clause's subject: "Last month Joy sat down ..."
TIME_OPENERS = frozenset(["last", "next", "this", "that", "one", "earlier", "later", "then"])
TIME_NOUNS = frozenset(["week", "month", "year", "day", "morning", "afternoon", "evening", "night"])


def _coordinated_subject(span: Span) -> Span:
    """The name a clause opens with, when the cue verb is its second, after "and": "Last month Joy
    sat down in my office, shut the door, and (said)" - Joy, not the whole clause."""
    k = span.start
    doc = span.doc
    if doc[k].lower_ in TIME_OPENERS and k + 1 < span.end and doc[k + 1].lower_ in TIME_NOUNS:
        k += 2
    j = k
    while j < span.end and j - k < 2 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    if j == k or j >= span.end or not (doc[j].is_lower and doc[j].is_alpha):
        return span
    if doc[k].lower_ in NOT_NAMES or doc[k].lower_ in TIME_OPENERS:
        return span
    return doc[k:j]


def _name_subject(cue: Cue, name: Span) -> None:
    """The cue's speaker is the name `name`, known by its surname (its last word; a title before
    it is no name); attribution keeps it only for someone met before."""
    _unread(cue)
    k = name.start
    while k < name.end - 1 and (name.doc[k].lower_ in TITLES or name.doc[k].text == "."):
        k += 1  # "Dr Tegg"
    if k + 1 < name.end and name.doc[k + 1].is_title:
        k += 1  # "Rachel Fenwick": the surname after the first name
    cue.speaker, cue.surname = name.text, name.doc[k : name.end].text
    cue.named = tuple(t.text for t in name if t.is_alpha and t.lower_ not in TITLES)


REFLEXIVES = frozenset(["himself", "herself", "themselves", "themself", "it"])
# words opening a fronted clause before the sentence's subject: "When we read the words to one
# cabinet member, she replied:"
FRONTING = frozenset(["when", "after", "before", "while", "once", "if", "although", "though"])


ADDRESSING = frozenset(
    ["to", "asked", "pressed", "challenged", "told", "showed", "met", "interviewed", "visited"]
)


def _addressed(doc: Doc, k: int, lo: int) -> bool:
    """The mention at token k is whom the clause addresses: "(read the words) to one cabinet
    member", "asked one director", "met the then Minister for Care" - not its subject ("When the
    minister's account posted")."""
    j = k - 1
    while j > lo and (doc[j].lower_ in DETERMINERS or doc[j].lower_ in ("one", "then")):
        j -= 1
    return j >= lo and doc[j].lower_ in ADDRESSING


def _what_before(doc: Doc, i: int) -> int | None:
    """The "what" opening the clause whose verb is token i ("what one director called"), a few
    words before it with no punctuation between; or None."""
    for k in range(i - 1, max(-1, i - WHAT_REACH - 1), -1):
        if doc[k].is_punct:
            return None
        if doc[k].lower_ == "what":
            return k if k < i - 1 else None
    return None


WHAT_REACH = 6  # words between "what" and the verb: "what one of the directors we met called"
NAMED_WORDS = 2  # words after "called the" before the quotation: "the day job"


def _names_the(doc: Doc, i: int) -> bool:
    """The verb at token i calls something by the words quoted right after it: "One manager
    called the role '...'", "she calls their approach '...'" (not "called for", "called on")."""
    end = len(doc)
    while end > i and doc[end - 1].is_space:
        end -= 1
    if end <= i + 1 or not all(t.is_alpha and t.is_lower for t in doc[i + 1 : end]):
        return False
    if doc[i + 1].lower_ in OBJECT_DETERMINERS:
        return i + 2 < end <= i + 2 + NAMED_WORDS
    # ... or a plural, bare, and what it is of: "to call waiting lists for care '...'"
    return doc[i + 1].lower_ not in NOT_OBJECTS and i + 1 < end <= i + 2 + NAMED_WORDS + 1


# the words after "call" that make it another verb: "called for", "called on ministers to"
NOT_OBJECTS = frozenset(["for", "on", "upon", "in", "out", "up", "off", "back", "it", "to", "at"])


OBJECT_DETERMINERS = frozenset(["the", "this", "that", "its", "their", "his", "her", "our"])


def _fronted_subject(doc: Doc, m: RoleMatch, first: int) -> bool:
    """The mention m is the subject of the fronted clause opening at token `first`: "When the
    Chief Social Worker for Adults spoke at our conference, she said" (but not what is theirs:
    "When the minister's account posted", "When his care agency handed back his package")."""
    j = first + 1
    while j < m.start and doc[j].lower_ in ("the", "a", "an", "one", "then", "our"):
        j += 1
    return j == m.start and not (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))


# words for many that `roles.plural` does not see: no "-s", or a collective
MANY = frozenset(["people", "staff", "workforce", "public", "men", "women", "children"])


def _as_put_it(doc: Doc, i: int, verb: tuple[int, int, str]) -> bool:
    """A trailing "as <speaker> put it" / "as one director said," at token i: the manner clause names
    who spoke the words before it - unlike "as costs rise" or "as providers say they are", where the
    verb has a complement of its own."""
    start, end, lemma = verb
    if doc[i].lower_ != "as" or start - i < 2 or start - i > 12:
        return False
    if any(t.is_punct and t.text not in {"’", "'", "-", ","} for t in doc[i + 1 : start]):
        return False  # (an apposition's commas: "as Devon, a director of adult social services,")
    if end < len(doc) and doc[end].lower_ in REFLEXIVES:
        end += 1  # "as Devon ... described himself:"
    elif lemma == "tell":
        while end < len(doc) and doc[end].is_space:
            end += 1
        if end < len(doc) and doc[end].lower_ in TO_READER:
            end += 1  # whom it was told to: "as one lead member told us."
    return lemma == "put it" or end >= len(doc) or doc[end].text in {",", ".", ";", ":", "–", "—"}


def _stops(doc: Doc, k: int) -> bool:
    """Token k ends a trailing cue's speaker phrase: a stop or a quote mark, but not the apostrophe
    of a plural possessive ("says Aisha Begum, one of our carers’ support workers"), in a name too
    ("chair of the Marlshire Care Providers’ Association")."""
    tok = doc[k]
    if tok.text not in STOPS:
        return False
    return not (
        tok.text in ("'", "’")
        and 0 < k < len(doc) - 1
        and not doc[k - 1].whitespace_
        and doc[k - 1].lower_.endswith("s")
        and tok.whitespace_
        and (doc[k + 1].is_lower or plural_possessive(doc, k))
    )


# the verbs of what someone had once told or asked another, as a speaker reports it
REPORTED_TELLING = frozenset(["tell", "ask", "promise", "warn"])


def _reported(
    doc: Doc, v: tuple[int, int, str], plain: list[tuple[int, int, str]], end: int
) -> bool:
    """The words are someone's told to the person the text is about, reported by them: "an agency
    nurse said to her on a night shift", "One deputy manager described being told by her area
    manager", "recalled a service manager telling her", "a GP had told the family" - second-hand,
    whoever first said them."""
    if v[2] == "tell" and v[0] > 0 and doc[v[0] - 1].lower_ == "had":
        # "a consultant psychiatrist had told the family in 2019": what was once said to
        # someone, in the past of the text's own time
        return True
    if any(
        p[0] > v[0] + 1
        and doc[p[0] - 1].lower_ == "had"
        and p[2] in REPORTED_TELLING
        and not any(t.text in (".", "!", "?") for t in doc[p[1] : end])  # up to the words
        for p in plain
    ):
        # ... and so is what the speaker reports someone had said: "She said her father had
        # asked her on Wednesday morning", "the home's manager had told families"
        return True
    return any(
        p[0] >= v[0]
        and p[1] + 1 < end
        and (
            # (not a point put to someone there and then: "Cllr Aisha Mensah ... put it to her from
            # the floor:"; but "As her daughter had put it to her")
            (
                doc[p[1]].lower_ == "to"
                and doc[p[1] + 1].lower_ in ("her", "him")
                and (p[2] != "put it" or (p[0] > 0 and doc[p[0] - 1].lower_ == "had"))
            )
            # "One social worker recalled a daughter telling her at the end of a meeting"
            or (doc[p[0]].lower_ == "telling" and doc[p[1]].lower_ in ("her", "him"))
            or (
                p[2] == "tell"
                and doc[p[1]].lower_ == "by"
                and p[0] > 0
                and doc[p[0] - 1].lower_ in PASSIVE
            )
        )
        for p in plain
    )


def _clause(span: Span) -> bool:
    """`span` after a verb is a clause, its subject first ("recruitment had"), not the speaker
    after an inverted verb ("says one director who has run homes for twenty years")."""
    for k, tok in enumerate(span):
        if tok.lower_ in RELATIVES or tok.lower_ == "that":
            return False
        if k and tok.lower_ in FINITE:
            return True
    return False


def _agent(doc: Doc, v: tuple[int, int, str], end: int) -> int | None:
    """Where the agent of a speech verb's participle starts, a phrase or two after it ("written to
    the review by a woman ...", "sent in last week by one manager"), or None."""
    if doc[v[0]].lower_ not in PARTICIPLES_ONLY:
        return None
    for k in range(v[1], min(end - 1, v[1] + AGENT_REACH)):
        if doc[k].is_punct:
            return None
        if doc[k].lower_ == "by":
            return k + 1
    return None


def _words_source(doc: Doc, v: tuple[int, int, str], end: int) -> Span:
    """Whose words "in the words of ..." gives: the phrase after it, or the possessor of "in
    RM11's words" and "in Marcus's own words"."""
    mark = v[1] - 3 if doc[v[1] - 2].lower_ == "own" else v[1] - 2
    if mark - v[0] > 1 and doc[v[1] - 1].lower_ == "words" and doc[mark].lower_ in ("'s", "’s"):
        return doc[v[0] + 1 : mark]
    return _np_after(doc, v[1], end)


def _np_after(doc: Doc, start: int, end: int) -> Span:
    """The noun phrase after "according to" / "in the words of" / a fronted verb, up to a comma."""
    stop = start
    while stop < end and doc[stop].text not in {",", ";", ":", "(", "–", "—"}:
        stop += 1
    return doc[start:stop]
