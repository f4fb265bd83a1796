"""How an event's date is shown to readers: precise where the date is precise, never more.

    exact day            2020-03-11
    approximate day      ~ 11 March 2020
    range of days        12–14 Mar 2020, 30 Mar – 2 Apr 2020
    week                 week of 9 March 2020
    weekend              weekend of 25–26 Apr 2009
    month                March 2020            (~ March 2020 when approximate)
    part of a month      ~ late March 2020     (an interval inside one month)
    part of a year       ~ early 2010, ~ mid-2009, ~ late winter 2009/10
    season / quarter     summer 2020, Q3 2020  (~ ... when approximate)
    other spans          Oct–Dec 2020, 29 Apr – 27 Jul 2009   (+ " (approx.)" when not exact)
    year, decade         2020, the 2010s, the 21st century
    no end given         after 29 Apr 2009 ("soon"), before 29 Apr 2009 ("recently")

The certainty decides the marks: approximate and vague dates always carry "~" or "(approx.)",
so a reader never mistakes "the next few months" for a fixed day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from briefing.model import Certainty, Granularity, Interval

MONTHS = tuple(calendar.month_name)[1:]
MONTHS_SHORT = tuple(calendar.month_abbr)[1:]

# Thirds of a month: the part named by an interval that lies inside one month ("late March").
_PARTS = ((1, 10, "early"), (11, 20, "mid-"), (21, 31, "late"))

_SEASONS = {(3, 5): "spring", (6, 8): "summer", (9, 11): "autumn", (12, 2): "winter"}


def date_label(interval: Interval, granularity: Granularity, certainty: Certainty, value: str = "") -> str:
    """The reader-facing label of a resolved date (see the module docstring for the forms);
    ``value`` is its TIMEX3 value, which says when no end was given ("soon": FUTURE_REF)."""
    if value == "FUTURE_REF":  # "soon", "in the future": the resolver's window is no date the text gave
        return f"after {_short_day(interval.start - timedelta(days=1))}"
    if value == "PAST_REF":  # "recently", "in the past"
        return f"before {_short_day(interval.end + timedelta(days=1))}"
    exact = certainty is Certainty.EXACT
    if not exact and interval.days == 1:  # "~ 11 March 2020": an ISO date would read as exact
        return f"~ {_long_day(interval.start)}"
    text, is_span = _plain_label(interval, granularity)
    if exact:
        return text
    if is_span:
        return f"{text} (approx.)"
    return f"~ {text}"


def _plain_label(iv: Interval, granularity: Granularity) -> tuple[str, bool]:
    """The label without certainty marks, and whether it names a span (which takes "(approx.)")."""
    start, end = iv.start, iv.end
    if start == end:
        if granularity in (Granularity.DAY, Granularity.TIME, Granularity.UNKNOWN):
            return start.isoformat(), False
        return _long_day(start), False
    if granularity in (Granularity.DAY, Granularity.TIME):  # a range of days: "12–14 Mar 2020"
        return _day_range(start, end), True
    if granularity is Granularity.WEEK and iv.days == 7:
        return f"week of {_long_day(start)}", False
    if granularity is Granularity.WEEK and iv.days == 2 and start.weekday() == 5:  # Saturday and Sunday
        return f"weekend of {_day_range(start, end)}", False
    if granularity is Granularity.WEEK:  # part of a week ("earlier this week"): its days, not a month's part
        return _day_range(start, end), True
    if granularity in (Granularity.YEAR, Granularity.SEASON):
        unit = _year_of(iv.start) if granularity is Granularity.YEAR else _season_of(iv.start)
        part = _part(iv, unit)
        if part and iv.end <= unit.end:  # "early 2010", "mid-2009", "late winter 2009/10"
            name = str(unit.start.year) if granularity is Granularity.YEAR else _season(unit)
            return f"{part}{'' if part.endswith('-') else ' '}{name}", False
    if _is_whole_month(iv):
        return f"{MONTHS[start.month - 1]} {start.year}", False
    if start.year == end.year and start.month == end.month:
        part = _month_part(start.day, end.day)
        if part:
            sep = "" if part.endswith("-") else " "
            return f"{part}{sep}{MONTHS[start.month - 1]} {start.year}", False
        return f"{start.day}–{end.day} {MONTHS_SHORT[start.month - 1]} {start.year}", True
    if _is_whole_months(iv):
        season = _season(iv) if granularity is Granularity.SEASON else None
        if season:
            return season, False
        if granularity is Granularity.QUARTER and start.month % 3 == 1 and _months(iv) == 3:
            return f"Q{(start.month - 1) // 3 + 1} {start.year}", False
        if _months(iv) == 12 and start.month == 1:
            return str(start.year), False
        if _months(iv) == 1200 and start.month == 1 and start.year % 100 == 0:
            return f"the {_ordinal(start.year // 100 + 1)} century", False
        if _months(iv) == 120 and start.month == 1 and start.year % 10 == 0:
            return f"the {start.year}s", False
        if _months(iv) % 12 == 0 and start.month == 1:
            return f"{start.year}–{end.year}", True
        if start.year == end.year:
            return f"{MONTHS_SHORT[start.month - 1]}–{MONTHS_SHORT[end.month - 1]} {end.year}", True
        return (f"{MONTHS_SHORT[start.month - 1]} {start.year}–"
                f"{MONTHS_SHORT[end.month - 1]} {end.year}"), True
    return _day_range(start, end), True


def _day_range(start: date, end: date) -> str:
    """"12–14 Mar 2020", "30 Mar – 2 Apr 2020", "30 Dec 2020 – 2 Jan 2021"."""
    if start.year != end.year:
        return f"{_short_day(start)} – {_short_day(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS_SHORT[start.month - 1]} – {_short_day(end)}"
    return f"{start.day}–{_short_day(end)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _long_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _short_day(day: date) -> str:
    return f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _is_whole_month(iv: Interval) -> bool:
    return iv.start.day == 1 and iv.end == _month_end(iv.start)


def _is_whole_months(iv: Interval) -> bool:
    return iv.start.day == 1 and iv.end == _month_end(iv.end) and iv.end > iv.start


def _months(iv: Interval) -> int:
    return (iv.end.year - iv.start.year) * 12 + iv.end.month - iv.start.month + 1


def _month_part(first: int, last: int) -> str | None:
    """"early"/"mid-"/"late" when [first, last] lies within one third of a month."""
    for lo, hi, name in _PARTS:
        if lo <= first and last <= hi:
            return name
    return None


def _part(iv: Interval, unit: Interval) -> str | None:
    """"early"/"mid-"/"late" when ``iv`` lies within one third of ``unit`` (a day's slack: the
    resolver cuts the thirds by days, "early 2010" ending on 1 May)."""
    length = unit.days
    first = (iv.start - unit.start).days / length
    last = ((iv.end - unit.start).days + 1) / length
    slack = 1.5 / length
    for lo, hi, name in ((0.0, 1 / 3, "early"), (1 / 3, 2 / 3, "mid-"), (2 / 3, 1.0, "late")):
        if first >= lo - slack and last <= hi + slack:
            return name
    return None


def _year_of(day: date) -> Interval:
    return Interval(date(day.year, 1, 1), date(day.year, 12, 31))


def _season_of(day: date) -> Interval:
    """The meteorological season (Mar–May, Jun–Aug, Sep–Nov, Dec–Feb) containing ``day``."""
    first = day.month - day.month % 3  # 3, 6, 9, 12 (0 for Jan and Feb: last year's December)
    start = date(day.year, first, 1) if first else date(day.year - 1, 12, 1)
    end = _month_end(date(start.year + (start.month + 2) // 13, (start.month + 1) % 12 + 1, 1))
    return Interval(start, end)


def _season(iv: Interval) -> str | None:
    """"summer 2020" for Jun–Aug 2020; winter takes the year of its December."""
    for (first, last), name in _SEASONS.items():
        if iv.start.month == first and iv.end.month == last and _months(iv) == 3:
            if first == 12:
                return f"winter {iv.start.year}/{iv.end.year % 100:02d}"
            return f"{name} {iv.start.year}"
    return None


def day_interval(day: date) -> Interval:
    """The one-day interval of ``day`` (the unit of the main timeline)."""
    return Interval(day, day)


def week_interval(day: date) -> Interval:
    """The Monday–Sunday week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, monday + timedelta(days=6))
