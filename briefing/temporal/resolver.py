"""The dates stage end to end: recognise -> normalise (in text order, keeping narrative state)
-> describe (interval, certainty, direction, granularity)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from briefing.model import Certainty, Direction, Granularity, Sentence, TimeExpression
from briefing.temporal import absolute as ab
from briefing.temporal import days, holidays, units
from briefing.temporal import durations as du
from briefing.temporal.context import Context, Resolved
from briefing.temporal.intervals import describe
from briefing.temporal.patterns import RULES
from briefing.temporal.recognise import Hit, find_hits
from briefing.temporal.tense import Clauses

Normaliser = Callable[[Hit, Context], list[Resolved]]

# One normaliser per rule of patterns.RULES (several rules share one).
NORMALISERS: dict[str, Normaliser] = {
    # calendar dates
    "iso": ab.n_iso, "slash": ab.n_slash, "slash_dmy": ab.n_slash_dmy, "week_of": ab.n_week_of,
    "wd_mdy": ab.n_month_day, "wd_dmy": ab.n_month_day,
    "mdy": ab.n_month_day, "dmy": ab.n_month_day, "ordday": ab.n_ordinal_day, "my": ab.n_my,
    "month_rel": ab.n_month_rel,
    "year": ab.n_year, "fiscal": ab.n_fiscal, "spelled_year": ab.n_spelled_year, "decade": ab.n_decade,
    "century": ab.n_century, "holiday": holidays.n_holiday,
    # days and times of day
    "weekday": days.n_weekday, "rel_day": days.n_rel_day, "pod": days.n_pod, "named_rel": days.n_named_rel,
    "clock": days.n_clock, "clock24": days.n_clock, "clock_day": days.n_clock,
    "clock_date": days.n_clock_date,
    "noon": days.n_noon, "pod_alone": days.n_pod_alone, "in_the_day": days.n_in_the_day,
    # calendar units relative to the DCT
    "unit_rel": units.n_unit_rel, "ago": units.n_ago, "earlier_this": units.n_earlier_this,
    "quarter": units.n_quarter, "qn": units.n_qn, "half": units.n_half, "season": units.n_season,
    # durations, sets, vague references
    "duration": du.n_duration, "bare_plural": du.n_bare_plural, "unit_long": du.n_unit_long,
    "ahead": du.n_ahead, "every": du.n_every, "freq": du.n_freq, "year_adj": units.n_year_adj,
    "vague": du.n_vague,
}
assert set(NORMALISERS) == {name for name, _ in RULES}, "every rule needs a normaliser"

_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])")
_UNPLACED = (None, Certainty.EXACT, Direction.UNKNOWN, Granularity.UNKNOWN)


# Words that may come before a year that opens a sentence and still leave it the sentence's frame:
# "In 2018, ...", "Back in 2009 ...", "Last year, ..." ("Under a program approved in 1987 ..." is not).
_FRAME_LEAD = re.compile(r"\W*(?:(?:and|but|so|back|earlier|later|early|late|in|by|during|throughout|"
                         r"for|of|around)\W+)*", re.IGNORECASE)


# Words before a date that make it approximate (the words stay outside the expression, as in TimeML).
# Not "about" alone: "a film about 1968", "talk about 2019" name a topic.
_ABOUT = re.compile(r"(?:\b(?:in|on|at|from|since|until|by|or)\s+about|\baround|\bcirca|\bc\.|\bapproximately"
                    r"|\broughly)\s+$")

# Days counted from the moment of speaking. Inside a quotation that moment is the speaker's, which
# may be days before the article ("he wrote on Twitter: '... an election tomorrow'", quoted four
# days later): the day resolved against the DCT is kept, marked approximate rather than exact.
_DEICTIC_DAY = re.compile(r"\b(?:today|tomorrow|yesterday|tonight)\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]|``|''")  # also the tokenised `` and '' of crawled corpora
_QUOTE_REACH = 1500  # characters back searched for the quotation's opening mark (a paragraph)


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a double-quoted passage of its paragraph."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - _QUOTE_REACH)
    inside = False
    for mark in _QUOTE_MARKS.finditer(text, start, pos):
        inside = mark.group() in ("“", "``") or (mark.group() == '"' and not inside)
    return inside


def _open_frame(cx: Context, r: Resolved) -> None:
    """Make a year that opens its sentence the year of the sentence's months and days without one."""
    start, end = cx.clauses.bounds(r.start, r.end)
    if _FRAME_LEAD.fullmatch(cx.text, start, r.start):
        cx.frame_year, cx.frame_start, cx.frame_end = int(r.value), r.end, end


def _lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets preserved (a few characters, e.g. "İ", grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def resolve_dates(text: str, dct: date, sentences: Sequence[Sentence] | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, resolved against ``dct``, in text order."""
    lower = _lower_same_length(text)
    cx = Context(dct, text, lower, Clauses(lower, sentences))
    out: list[TimeExpression] = []
    for hit in find_hits(lower):
        try:
            resolved = NORMALISERS[hit.rule](hit, cx)
        except (ValueError, OverflowError):
            continue  # calendar arithmetic left datetime's range ("2,500 years ago", "year 9999 + 1")
        for r in resolved:
            if r.end <= r.start:
                continue
            if r.mod is None and r.type in ("DATE", "TIME") and _ABOUT.search(lower, max(0, r.start - 20), r.start):
                r = replace(r, mod="APPROX")  # "on or around March 20", "circa 1990": that day, roughly
            if r.type in ("DATE", "TIME") and r.value[:4].isdigit():
                cx.last_year = int(r.value[:4])
                if r.type == "DATE" and len(r.value) == 4:
                    _open_frame(cx, r)
                year_written = r.value[:4] in text[r.start:r.end]  # "in 2015", "June 2009"
                if year_written:
                    cx.named_year, cx.named_year_end = cx.last_year, r.end
                if _MONTH.match(r.value) and year_written:  # "June 2009", written
                    cx.written_year, cx.written_year_end = cx.last_year, r.end
                    if _DAY.match(r.value):  # "25 June 2009": a later "25 June" is that day (the first
                        # written: a story's key day comes first; a chronology's "25 June 2010" is its anniversary)
                        cx.written_days.setdefault((int(r.value[5:7]), int(r.value[8:10])), cx.last_year)
                if _DAY.match(r.value) and not r.implicit_day:
                    cx.last_day, cx.last_day_end = date.fromisoformat(r.value[:10]), r.end
                if _MONTH.match(r.value):
                    cx.last_month = date(int(r.value[:4]), int(r.value[5:7]), 1)
                    cx.last_month_end = r.end
            if _QUARTER.match(r.value) and r.anchor != "narrative":
                year, quarter = int(r.value[:4]), int(r.value[-1])
                if date(year, 3 * quarter - 2, 1) <= dct:  # a reported quarter, not a forecast one
                    cx.last_quarter, cx.last_quarter_end = (year, quarter), r.end
            try:
                described = describe(r.type, r.value, r.mod, dct, r.hint)
            except (ValueError, OverflowError):  # the span would leave the calendar (DCT near year 9999)
                described = _UNPLACED
            interval, certainty, direction, granularity = described
            if certainty is Certainty.EXACT and _DEICTIC_DAY.search(text, r.start, r.end) and _quoted(text, r.start):
                certainty = Certainty.APPROXIMATE  # "tomorrow" in a quotation: the speaker's, maybe not the DCT's
            out.append(TimeExpression(r.start, r.end, text[r.start:r.end], r.type, r.value, interval,
                                      certainty, direction, granularity, r.anchor, r.mod))
    return out
