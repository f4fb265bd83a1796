"""Tense of the clause around an expression: decides which way bare weekdays and months point.

A light heuristic (HeidelTime's idea, our own code): the nearest tense cue before the expression
in the same sentence, else the first one after it. Cues are modal and auxiliary verbs, "said",
"-ed" forms and a few adverbs ("ago", "next"); no tagger is needed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from briefing.model import Sentence
from briefing.temporal import lexicon as lx

PAST, PRESENT, FUTURE = "past", "present", "future"


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_CUE = re.compile(rf"(?<![\w'])(?:(?P<future>{_words(lx.FUTURE_CUES + lx.SCHEDULE_CUES)})"
                  rf"|(?P<past>{_words(lx.PAST_CUES)}|[a-z]{{2,}}ed))\b")
_SENTENCE_END = re.compile(r"[.!?;\n]\s")
_MAX_SCAN = 200  # characters either side considered when no sentences are given
# "-ed" words that are not past-tense verbs.
_NOT_VERBS = frozenset({"need", "red", "bed", "speed", "seed", "feed", "indeed", "hundred", "shed", "united",
                        "limited", "proceed", "succeed", "exceed", "weed", "breed", "creed", "greed", "led"})


# A past form right after one of these words is a participle or an adjective, not the clause's
# tense: "will be paid", "is expected", "a revised plan", "the proposed merger". The word before
# it (the auxiliary) decides instead; "has/had + participle" stays past through "has"/"had".
_PARTICIPLE_BEFORE = lx.words("""
    be being been is are am it's he's she's that's a an the this that these those its their his her
    our your my still newly recently already not fully partly widely remain remains remained stay stays
    stayed keep keeps kept
""")
_PREV_WORD = re.compile(r"([a-z']+)\s+$")
# Cues that "until" never depends on: a reporting verb ("said the road is closed until Friday")
# and "last", a verb before "until" ("would last until Saturday"), not the adjective.
_REPORTING = frozenset({"said", "told", "last"})
# Past verbs that put what they govern later ("postponed until Tuesday"): "until" keeps its future.
_DEFERRAL = lx.words("""
    postponed delayed extended adjourned deferred suspended pushed moved put closed shut banned barred
    halted paused rescheduled
""")


# A date that a present-tense copula predicates of its subject ("the vote is on Tuesday", "the
# deadline is midnight on Friday", "the hearing is set for Monday", "the election is in November")
# is when the thing is to happen: news tells what happened in the past tense. The copula governs
# the date directly, so a reporting verb elsewhere ("..., officials said") does not turn it back.
# Not a possessive date ("the issue is Tuesday's vote"): the day's event may be over.
_COPULA = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:(?:set|slated|due|scheduled|pencilled|penciled)"
                     r"\s+(?:for|on|in)\s+|(?:on|in)\s+|(?:midnight|noon|midday)\s+on\s+)?$")

_SCHEDULE = frozenset(lx.SCHEDULE_CUES)
# Before a present-tense scheduling verb, words that make it an infinitive or put the tense on an
# auxiliary ("to meet demand", "did not meet", "could meet"): the auxiliary, if a cue, decides.
_NOT_SCHEDULING = lx.words("""
    to not n't did didn't does doesn't do don't never could can may might must should would will cannot
""")


def _prev(lower: str, start: int) -> str:
    """The word (lower case) just before ``start``, or ""."""
    m = _PREV_WORD.search(lower, max(0, start - 20), start)
    return m.group(1) if m else ""


def _ignored(lower: str, m: re.Match[str]) -> bool:
    """A cue that does not carry the clause's tense: a participle, an "-ed" non-verb, an infinitive."""
    word = m.group()
    if m.lastgroup == "past":
        return word in _NOT_VERBS or _prev(lower, m.start()) in _PARTICIPLE_BEFORE
    return word in _SCHEDULE and _prev(lower, m.start()) in _NOT_SCHEDULING


class Clauses:
    """Finds the sentence around an offset: from the shared splitter when given, else locally."""

    def __init__(self, lower: str, sentences: Sequence[Sentence] | None) -> None:
        self.lower = lower
        self.starts = [s.start for s in sentences] if sentences else None
        self.ends = [s.end for s in sentences] if sentences else None

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        if self.starts and self.ends:
            i = bisect_right(self.starts, start) - 1
            if i >= 0 and self.ends[i] >= end:
                return self.starts[i], self.ends[i]
        lo = max(0, start - _MAX_SCAN)
        left = self.lower.rfind(". ", lo, start)
        nl = self.lower.rfind("\n", lo, start)
        a = max(left + 1 if left >= 0 else lo, nl + 1 if nl >= 0 else lo)
        m = _SENTENCE_END.search(self.lower, end, min(len(self.lower), end + _MAX_SCAN))
        return a, (m.start() + 1 if m else min(len(self.lower), end + _MAX_SCAN))

    def tense(self, start: int, end: int) -> str:
        """PAST, PRESENT or FUTURE for an expression at [start, end)."""
        if _COPULA.search(self.lower, max(0, start - 40), start) and not self.lower.startswith(("'s", "’s"), end):
            return FUTURE  # "the vote is on Tuesday, officials said": the copula governs the date
        a, b = self.bounds(start, end)
        last: re.Match[str] | None = None
        for m in _CUE.finditer(self.lower, a, start):
            if not _ignored(self.lower, m):
                last = m
        after = next((m for m in _CUE.finditer(self.lower, end, b) if not _ignored(self.lower, m)), None)
        if last and after and _reduced_relative(self.lower, last):
            last = after  # "games scheduled for Wednesday were still held": the main verb decides
        if last and last.group() in _DEFERRAL and _DEFERRED_TO.fullmatch(self.lower, last.end(), start):
            return FUTURE  # "the summit was pushed back to the fall": the new date is ahead
        if last and last.group() == "until":
            governing = self._governing(a, last.start())
            if governing is None and not self.lower[a:last.start()].strip(" \"'“‘("):
                governing = self._governing(end, b, first=True)  # "Until Thursday, police had ..."
            last = governing or last
        cue = last or after
        if cue is None:
            return PRESENT
        return PAST if cue.lastgroup == "past" else FUTURE

    def _governing(self, a: int, b: int, *, first: bool = False) -> re.Match[str] | None:
        """The verb "until" depends on ("held until Tuesday", "will stay shut until Monday"): the
        nearest cue before it (in ``[a, b)``) that is not a reporting verb ("said the road is
        closed until ..."); with ``first``, the first one in ``[a, b)``: the main verb after a
        sentence that opens on "until" ("Until Thursday, police had sought him")."""
        found = None
        for m in _CUE.finditer(self.lower, a, b):
            if not _ignored(self.lower, m) and m.group() not in _REPORTING:
                found = m
                if first:
                    break
        return None if found is not None and found.group() in _DEFERRAL else found


# What joins a deferral verb to the date it defers to: "postponed to", "pushed back to the",
# "delayed the vote until next", "moved the talks to".
_DEFERRED_TO = re.compile(r"\s+(?:[a-z'’-]+\s+){0,3}?(?:back\s+)?(?:to|until|till|into)\s+(?:the\s+)?")

# A plan's participle with no auxiliary before it modifies a noun ("the games scheduled for
# Wednesday", "the vote, originally planned for May"): it is not the clause's verb.
_PLAN_PARTICIPLES = frozenset({"scheduled", "planned", "expected"})
_AUXILIARIES = lx.words("is are was were be been being am 's has have had it's that's he's she's")


def _reduced_relative(lower: str, m: re.Match[str]) -> bool:
    return m.group() in _PLAN_PARTICIPLES and _prev(lower, m.start()) not in _AUXILIARIES
