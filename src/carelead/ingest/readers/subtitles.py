"""Subtitle and caption files (WebVTT, SubRip) as the transcript a reader would write out.

A meeting's transcript saved from Teams or Zoom is WebVTT: a cue's timing line, then its words
under the speaker's voice tag ("<v Jo Pembridge>Morning, everyone.</v>"). A film's subtitles are
SubRip: numbered cues, a timing line each, a speaker shown by a label ("RAVI: ...") or a caption
of their name and post ("BEV THORNTON" / "Registered Manager"). Cue numbers, timings and markup
say nothing a reader quotes, and a sentence runs on across cues; what a reader sees is who speaks
and what they say. So the cues become paragraphs:

- a voiced cue opens its speaker's turn, "Name: words", and the cues that follow in the same
  voice run on in it ("Raman, Anjali", as Teams lists people, is written "Anjali Raman");
- an unvoiced cue runs on in the paragraph before unless it opens on a speaker's label, is a
  caption or a sound ("[APPLAUSE]", "♪ ... ♪"), or changes between italic (a narrator, an
  off-screen question) and roman (the person on screen) - each of which starts a paragraph;
- a subtitler names a voice once: a caption of a name and a post ("BEV THORNTON" / "Registered
  Manager") labels what the person on screen says next, "BEV THORNTON (Registered Manager): ...",
  and again after an off-screen question; an unlabelled italic paragraph is the narrator's,
  "NARRATOR: ...". A caption naming no one ("FERNLEIGH" / "A Year on the Cliff Road", "JANUARY")
  stays a line of its own.

`transcript(text)` returns None for text that is no subtitle file, so callers can try it first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a cue's timing line: "00:01:03.113 --> 00:01:11.122" (WebVTT) or "00:00:04,120 --> ..." (SRT),
# hours optional in WebVTT, settings after it ("align:start")
TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
)
# the least a file must hold to be read as subtitles: this many timing lines ...
MIN_CUES = 3
# ... being at least this share of its non-blank lines' blocks
MIN_CUE_SHARE = 0.8
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")  # <i>, </v>, <c.yellow>, SSA's {\an8}
# "Surname, Forename", as Teams lists people
SURNAME_FIRST = re.compile(r"([A-Z][\w'’-]+), ([A-Z][\w'’-]+)")
# a speaker's label opening a cue: "RAVI:", "NARRATOR:", "DR OKAFOR:", "- Bev:"
LABEL = re.compile(r"^(?:-\s*)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \([^)]{1,40}\))?:\s")
# a sound or music, not words: "[ALARM BEEPING]", "(door closes)", "♪ GENTLE PIANO MUSIC ♪"
SOUND = re.compile(r"^(?:\[[^\]]*\]|\([^)]*\)|♪.*♪?)$")
ENDS = ".!?…"
# an off-screen voice that speaks on in the italic cues after it (an interviewer asks once)
NARRATION = frozenset(["NARRATOR", "VOICEOVER", "VOICE-OVER", "VOICE OVER", "COMMENTARY"])


@dataclass
class Cue:
    lines: list[str]  # its words' lines, markup removed
    voice: str | None  # the speaker a voice tag names
    italic: bool


def transcript(text: str) -> str | None:
    """The transcript a subtitle file's cues make (see the module's docstring), else None."""
    cues = _cues(text)
    if cues is None:
        return None
    paragraphs: list[str] = []
    last: Cue | None = None
    # the voice an unlabelled cue is in: in italic, the narrator's; in roman, the last label's
    voices = {True: "NARRATOR:", False: ""}
    for cue in cues:
        words = " ".join(cue.lines)
        if not words:
            continue
        if cue.voice is not None:
            if last is not None and last.voice == cue.voice:
                paragraphs[-1] += " " + words
            else:
                paragraphs.append(f"{cue.voice}: {words}")
        elif SOUND.match(words) or (_caption(cue) and not _person(cue)):
            paragraphs.append(", ".join(cue.lines))  # "[APPLAUSE]", "FERNLEIGH, A Year on ..."
            last = None
            continue
        elif _caption(cue):  # who is on screen, and speaks in roman under it
            post = f" ({cue.lines[1]})" if len(cue.lines) > 1 else ""
            voices[False] = f"{cue.lines[0]}{post}:"  # the label of what they say next
            last = None
            continue
        elif (label := LABEL.match(words)) is not None:
            if not cue.italic or label.group().strip(" -:").upper() in NARRATION:
                voices[cue.italic] = label.group().strip(" -")
            paragraphs.append(words)
        elif last is None or last.voice is not None or _breaks(last, cue):
            # a voice shown once speaks on: the narrator in italic, the person on screen in roman
            # (after an off-screen question)
            shown = voices[cue.italic]
            paragraphs.append(f"{shown} {words}" if shown else words)
        else:
            paragraphs[-1] += " " + words
        last = cue
    return "\n\n".join(paragraphs) + "\n"


def _cues(text: str) -> list[Cue] | None:
    """The cues of a WebVTT or SubRip file, in order; None for text that is neither."""
    blocks = [b.strip("\n").split("\n") for b in re.split(r"\n[ \t]*\n", text.strip())]
    timed = [b for b in blocks if any(TIMING.match(line) for line in b[:2])]
    webvtt = text.lstrip("\ufeff").startswith("WEBVTT")
    if len(timed) < MIN_CUES or (not webvtt and len(timed) < MIN_CUE_SHARE * len(blocks)):
        return None
    cues = []
    for block in timed:
        at = next(i for i, line in enumerate(block[:2]) if TIMING.match(line))
        raw = [line.strip() for line in block[at + 1 :] if line.strip()]
        voice = next((m.group(1).strip() for line in raw if (m := VOICE.search(line))), None)
        if voice is not None and (turned := SURNAME_FIRST.fullmatch(voice)) is not None:
            voice = f"{turned[2]} {turned[1]}"
        italic = bool(raw) and ("<i>" in raw[0] or "</i>" in raw[0])
        lines = [" ".join(TAG.sub("", line).split()) for line in raw]
        cues.append(Cue([line for line in lines if line], voice, italic))
    return cues


def _caption(cue: Cue) -> bool:
    """A caption of who is on screen: a name in capitals, and a post under it or none ("BEV
    THORNTON" / "Registered Manager"), with no sentence's stop."""
    first = cue.lines[0]
    return (
        len(cue.lines) <= 2
        and first.isupper()
        and len(first.split()) <= 4
        and not any(line.rstrip()[-1:] in ENDS + ":" for line in cue.lines)
        and not SOUND.match(first)
    )


def _person(cue: Cue) -> bool:
    """A caption naming who is on screen: a name of two words or more ("BEV THORNTON", "CQC
    INSPECTOR"), not a title or a month ("FERNLEIGH", "JANUARY")."""
    return _caption(cue) and len(cue.lines[0].split()) >= 2


def _breaks(last: Cue, cue: Cue) -> bool:
    """An unvoiced cue starts a paragraph: a change between italic and roman once the paragraph
    before has finished its sentence."""
    finished = last.lines[-1].rstrip("’'\"”")[-1:] in ENDS
    return finished and cue.italic != last.italic
