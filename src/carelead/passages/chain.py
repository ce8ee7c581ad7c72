"""Chains: the role of a speaker the cue names only by reference.

    series       "Another says:", "A second says", "A fifth"  -> the previous speaker
    pronoun      "he says", "they continue", "It noted that"  -> the nearest antecedent (for a
                 mention in the narrative, the subject of its sentence); "he" and "she" only
                 a person, never an organisation or a publication
    possessive   "Its chair says"                             -> the nearest antecedent
    partitive    "One or two argue", "'A vacuum,' says one"   -> a group named just before
    no cue       no cue of its own, "Adding, '...'"           -> the nearest speaker
    named        "Martin Green continues"                     -> the earlier speaker so named

An antecedent is either an earlier quotation's speaker or a role mention in the narrative (excluding the
cue's own sentence for pronouns, so "The CQC, it said," does not make the CQC the speaker). A cue-less
quotation prefers a speaker - a mention in a clause with a speech verb ("as the owner said") - over a
mere mention, so "But the CCG would not agree to that. 'They wanted ...'" stays with the owner who was
talking. When nothing in reach names a role, the lexicon's `fallback.unknown` role applies.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from carelead import resources

REACH = 2000  # characters back that an antecedent may lie
# a named speaker ("Martin Green continues") may have been introduced further back: in a long
# report, chapters back ("Dr Achebe said:" near its end, of the chief inspector its opening quoted)
NAME_REACH = 60_000


@dataclass(frozen=True)
class Antecedent:
    """A role-bearing mention in the text before a quotation."""

    pos: int  # char offset of the mention
    role: str
    speaker: bool  # in a clause with a speech verb
    plural: bool
    quote: int | None = None  # index of the quotation whose speaker this is
    names: tuple[str, ...] = ()
    sentence: int = -1  # char offset of the sentence holding a narrative mention
    person: bool = True  # a person ("one director"), not an organisation or a publication
    gender: str = ""  # "m" or "f" when the text says ("her husband", "Mrs Okafor"), else ""
    aside: bool = False  # in a sentence's opening clause: "If the minister was cautious, X was not"
    oblique: bool = False  # a preposition's object: "On a visit to a home care agency, I met ..."


def subject_of(
    antecedents: list[Antecedent],
    found: Antecedent,
    *,
    person_only: bool = False,
    plural_only: bool = False,
    agrees: Callable[[Antecedent], bool] | None = None,
    counted: Callable[[Antecedent], bool] | None = None,
) -> Antecedent:
    """For a narrative mention, its sentence's subject: the first mention in that sentence with a
    speech verb, else the first mention. "Sunita Rao, managing director of a home care company which
    employs 240 care workers, welcomed it. 'We can plan,' she said" - she is the managing director.
    With `plural_only`, a group the sentence counts (`counted`: "several managers") comes first."""
    if found.quote is not None or found.sentence < 0:
        return found
    k = len(antecedents) - 1  # from the end: `found` lies within REACH, so the scan stays short
    while antecedents[k] is not found:
        k -= 1
    same = [found]
    while (  # the sentence's mentions, with a person a list introduced there ("Its director, Jon
        # Baptiste, said": its antecedent marks its own position as its sentence)
        k > 0
        and antecedents[k - 1].quote is None
        and (
            antecedents[k - 1].sentence == found.sentence
            or found.sentence <= antecedents[k - 1].pos < found.pos
        )
    ):
        k -= 1
        same.append(antecedents[k])
    same.reverse()
    same = [a for a in same if not a.aside] or same
    same = [a for a in same if not a.oblique] or same
    if person_only:  # "he"/"she": one person, so not "one of our interviewees" before them
        same = [a for a in same if a.person and not a.plural and (agrees is None or agrees(a))] or [
            found
        ]
    if plural_only:  # "'...,' says one": one of the sentence's subject group, not of those it
        # serves ("Managers of services for people with learning disabilities were blunter"); a
        # group it counts is the one "one" is of ("homes take council-funded residents, and
        # several managers linked staffing to fees. One said:")
        plural = [a for a in same if a.plural]
        if counted is not None:
            plural = [a for a in plural if counted(a)] or plural
        return plural[0] if plural else found
    return next((a for a in same if a.speaker), same[0])


def nearest(
    antecedents: list[Antecedent],
    before: int,
    *,
    speakers_only: bool = False,
    plural_only: bool = False,
    person_only: bool = False,
    named_only: bool = False,
    body_only: bool = False,
    after: int | None = None,
    agrees: Callable[[Antecedent], bool] | None = None,
) -> Antecedent | None:
    """The last antecedent at or before `before` (and after `after`), within REACH; with `agrees`
    (a "he" or a "she"), one person whose gender the text does not contradict; with `body_only`,
    a mention of a body, no person."""
    lo = before - REACH if after is None else after
    for a in reversed(antecedents):
        if a.pos > before:
            continue
        if a.pos < lo:
            break
        if speakers_only and not (a.speaker or a.quote is not None):
            continue
        if plural_only and not a.plural:
            continue
        if person_only and not a.person:
            continue
        if body_only and a.person:
            continue
        if named_only and not a.names:
            continue
        if agrees is not None and (a.plural or not agrees(a)):
            continue
        return a
    return None


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
MALE_WORDS = "mr sir lord man gentleman husband father dad son brother grandfather uncle"
FEMALE_WORDS = (
    "mrs ms miss dame lady baroness woman wife mother mum daughter sister grandmother aunt"
)
GENDERED_WORDS = {
    **dict.fromkeys(MALE_WORDS.split(), "m"),
    **dict.fromkeys(FEMALE_WORDS.split(), "f"),
}
# an honorific and the name after it; the first letter is matched on its own, which lets the regex
# engine skip ahead fast ("Mrs Okafor", "Sir Tom Reddy"; "Dr" and the like are checked away after)
HONORIFIC_NAME = re.compile(
    r"[MSDLB](?<![\w][MSDLB])(rs?|s|iss|ir|ame|ord|ady|aroness)\.?[ \t]+"
    r"((?:[A-Z][\w'’-]*\.?[ \t]+){0,2}[A-Z][\w'’-]+)"
)


def _mention_key(a: Antecedent) -> tuple[int, str]:
    """A narrative mention's sentence and role; a quotation's speaker, its quotation."""
    return (a.sentence, a.role) if a.quote is None else (-2 - a.quote, "")


class Genders:
    """What the text tells of named people's gender, for "he" and "she" to agree with: an honorific
    ("Mrs Okafor", "Sir Tom Reddy"), or an earlier "she says" that was resolved to them. A name
    told both ways is left unknown."""

    def __init__(self, text: str) -> None:
        self.by_name: dict[str, str] = {}
        # a mention with no name that a "he" or "she" was, by its sentence and role (the sentence's
        # "social care minister", "care minister" and "minister" are one person)
        self.by_mention: dict[tuple[int, str], str] = {}
        self.titled: set[str] = set()  # name words the text gives a gendered title
        for m in HONORIFIC_NAME.finditer(text):
            gender = GENDERED_WORDS.get((text[m.start()] + m.group(1)).lower())
            if gender is not None:
                self.learn(tuple(m.group(2).split()), gender)
                self.titled.update(n.lower() for n in m.group(2).split())

    def learn(self, names: tuple[str, ...], gender: str) -> None:
        for n in names:
            key = n.lower().rstrip(".")
            if len(key) > 1:
                self.by_name[key] = gender if self.by_name.get(key, gender) == gender else "?"

    def learn_of(self, a: Antecedent, gender: str) -> None:
        """`a` was the one a "he" or "she" referred to."""
        self.learn(a.names, gender)
        self.by_mention.setdefault(_mention_key(a), gender)

    def of(self, a: Antecedent) -> str:
        if a.gender:
            return a.gender
        for n in a.names:
            g = self.by_name.get(n.lower(), "")
            if g and g != "?":
                return g
        return self.by_mention.get(_mention_key(a), "") or given_gender(a.names)

    def agreeing(self, pronoun: str) -> Callable[[Antecedent], bool] | None:
        """For "he" or "she", a test that an antecedent may be them; None for any other word."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        if gender is None:
            return None
        return lambda a: self.of(a) in ("", gender)


GIVEN_NAMES = "given-names.tsv"  # in the package's data (written by eval/given_names.py)
# words before a given name that are no part of it: "Councillor Rhys Pennant", "Dr Aisha Bello"
NOT_GIVEN = frozenset(
    ["councillor", "cllr", "dr", "prof", "professor", "rev", "revd", "the", "rt", "hon"]
)


@functools.cache
def given_names() -> dict[str, str]:
    """Given names and the gender most people who bear them have ("m" or "f"); a name given to both
    is not in it."""
    out: dict[str, str] = {}
    path = resources.DATA_DIR / GIVEN_NAMES
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line[:1] not in ("#", "\n"):
                name, _, gender = line.rstrip("\n").partition("\t")
                out[name] = gender
    return out


def given_gender(names: tuple[str, ...]) -> str:
    """The gender a full name's given name suggests ("Karen Whitlow": "f"), where the text says
    nothing of it; "" for a surname alone ("Whitlow said"), which may be anyone's."""
    words = [n for n in names if n.lower().rstrip(".") not in NOT_GIVEN]
    if len(words) < 2:
        return ""
    return given_names().get(words[0].lower(), "")


def previous_quote(antecedents: list[Antecedent], before: int) -> Antecedent | None:
    for a in reversed(antecedents):
        if a.pos > before:
            continue
        if a.pos < before - REACH:
            break
        if a.quote is not None:
            return a
    return None


# the titles before a name, which are no one's name: "Mr" is met in "Mr Bassi" and "Mr Dobbin"
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "cllr",
        "councillor",
        "professor",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "baroness",
    ]
)


def by_name(
    antecedents: list[Antecedent], names: tuple[str, ...], before: int
) -> Antecedent | None:
    """An earlier speaker or narrative mention that shares a name word ("Martin Green" ~ "Professor
    Martin Green", "Pettifer" ~ "Councillor Graham Pettifer, who has led the council"): the latest
    that shares the most, so that "Elin Rhys-Davies" is not the "Rhys Jenkins" met since."""
    wanted = {n.lower() for n in names} - HONORIFICS
    # initials stand for a full name met before ("MO said" after "Cllr Margaret Osei (...)")
    initials = next((n for n in names if n.isupper() and 2 <= len(n) <= 4), None)
    best, shared = None, 0
    for a in reversed(antecedents):
        if a.pos > before:
            continue
        if a.pos < before - NAME_REACH:
            break
        own = {n.lower() for n in a.names}
        # (a hyphenated name's parts too: a cue's name words are split at its hyphens)
        share = len(wanted & (own | {p for n in own if "-" in n for p in n.split("-")}))
        if not share and initials is not None and name_initials(a.names) == initials:
            share = 1
        if share > shared:
            best, shared = a, share
            if share == len(wanted):
                break
    return best


def name_initials(names: tuple[str, ...]) -> str | None:
    """The initials of a full name of two or three words, as minutes write them ("Margaret
    Osei" -> "MO", "Helen Marsh-Kirby" -> "HMK"); None for any other name."""
    if not 2 <= len(names) <= 3 or not all(n[:1].isupper() and n[1:2].islower() for n in names):
        return None
    return "".join(part[0] for n in names for part in n.split("-") if part)
