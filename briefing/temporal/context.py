"""What normalisers share: their result (``Resolved``), the per-text state (``Context``: the
DCT, the narrative anchors, tense) and small readers of the words around a hit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefing.temporal.recognise import Hit
from briefing.temporal.tense import Clauses

# "a year ago" compares with the same quarter of the previous year when a quarter was named at
# most this many characters before (financial reports); otherwise it is last year. Chosen on TBAQ
# (300 to unlimited all within 0.2 value F1); re-run bench/dates_eval.py after changing it.
QUARTER_CONTEXT_CHARS = 1500
# A month or day named without a year takes the year of a month or day written out in full at
# most this many characters before it ("in June 2009 ... on 25 June": 2009), when that year is
# before the DCT's and the clause is not in the future: the story is told in that year. A bare
# year does not count ("a program approved in 1987 ... through Sept. 29", "since 1980. In
# September": both about the DCT's year; measured on TBAQ) - unless the year opens the sentence
# ("In 2018, ... on 8 March": ``Context.year_of_frame``). Re-run bench/dates_eval.py.
NARRATIVE_YEAR_CHARS = 150


@dataclass(frozen=True, slots=True)
class Resolved:
    """One normalised expression: span, TIMEX3 type/value/mod, and what it was resolved against."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str = "dct"
    hint: str | None = None  # for durations and vague values: "past" / "future" relative to the DCT
    implicit_day: bool = False  # a time of day whose day the text does not give ("until after midnight")


@dataclass(slots=True)
class Context:
    """The text being resolved, its DCT, and the narrative state: the resolver updates the ``last_*``
    fields after each expression; normalisers read them ("the next day", "a year earlier")."""

    dct: date
    text: str
    lower: str
    clauses: Clauses
    last_day: date | None = None  # the last day-precise date mentioned (narrative anchor)
    last_day_end: int = -1  # where it was mentioned
    last_month: date | None = None  # the first day of the last month-or-finer date ("the following month")
    last_month_end: int = -1  # where it was mentioned
    last_year: int | None = None  # the year of the last dated expression ("later that year")
    last_quarter: tuple[int, int] | None = None  # the last (year, quarter) named that has begun
    last_quarter_end: int = -1  # where that quarter was mentioned
    named_year: int = 0  # the last year written out ("in 2015", "June 2009") ...
    named_year_end: int = -1  # ... and where
    written_year: int | None = None  # the year of the last month or day written with it ("June 2009")
    written_year_end: int = -1  # where it was written
    written_days: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> year written
    frame_year: int | None = None  # the year a sentence opens with ("In 2018, ...", "Last year, ...")
    frame_start: int = -1  # where the framed part of that sentence begins (after the year) ...
    frame_end: int = -1  # ... and ends (the sentence's end)

    def year_of_frame(self, pos: int) -> int | None:
        """The year the sentence around ``pos`` opened with, if it did: a fronted time adverbial
        sets the time of the whole sentence ("Last year, the festival ran from 8th [March]")."""
        if self.frame_year is not None and self.frame_start <= pos < self.frame_end:
            return self.frame_year
        return None

    def narrative_year(self, pos: int) -> int | None:
        """The past year a story is being told in at ``pos``, if one was written just before."""
        if (self.written_year is not None and self.written_year < self.dct.year
                and 0 <= pos - self.written_year_end <= NARRATIVE_YEAR_CHARS):
            return self.written_year
        return None

    def quarter_context(self, pos: int) -> tuple[int, int] | None:
        """The quarter a financial comparison ("a year ago") refers to, if one was named close before."""
        if self.last_quarter and 0 <= pos - self.last_quarter_end <= QUARTER_CONTEXT_CHARS:
            return self.last_quarter
        return None

    def tense(self, h: Hit) -> str:
        """PAST, PRESENT or FUTURE for the clause around ``h``."""
        return self.clauses.tense(h.start, h.end)


def day_resolved(cx: Context, h: Hit, d: date, start: int | None = None, mod: str | None = None,
                 anchor: str = "dct") -> Resolved:
    """A day-precise DATE (the resolver makes it the narrative anchor for "the next day")."""
    return Resolved(h.start if start is None else start, h.end, "DATE", d.isoformat(), mod, anchor)


# --- the words around a hit ---------------------------------------------------------------------
_WS = re.compile(r"\s+")
_PREV_WORD = re.compile(r"([\w.$'’%-]+)\W*$")
_NEXT_WORD = re.compile(r"\s*([\w'’%-]+)")


def norm(s: str | None) -> str:
    """A matched group with its whitespace collapsed ("last\n week" -> "last week")."""
    return _WS.sub(" ", s or "").strip()


def prev_word(cx: Context, pos: int) -> str:
    """The word (lower case) just before ``pos``, or ""."""
    m = _PREV_WORD.search(cx.lower, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def prev_word_original(cx: Context, pos: int) -> str:
    """The word just before ``pos`` as written (for capitalisation)."""
    m = _PREV_WORD.search(cx.text, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def next_word(cx: Context, pos: int) -> str:
    """The word (lower case) just after ``pos``, or ""."""
    m = _NEXT_WORD.match(cx.lower, pos, min(len(cx.lower), pos + 30))
    return m.group(1) if m else ""


def capitalised(cx: Context, pos: int) -> bool:
    return cx.text[pos:pos + 1].isupper()
