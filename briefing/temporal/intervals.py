"""What the timeline needs: a calendar interval, granularity, certainty and direction for a
resolved TIMEX3 value.

Vague references get conventional spans (``VAGUE_SPAN_DAYS``); "the next few months" counts
"few" as ``VAGUE_COUNT`` units. These are presentation choices, not evaluated by the TIMEX3
scorer; change them with the timeline engineer (re-run tests/temporal).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from briefing.model import Certainty, Direction, Granularity, Interval
from briefing.temporal import calc

# How far "recently" / "soon" reach from the DCT (days): a quarter either way.
VAGUE_SPAN_DAYS = 90
# How many units "a few" / "several" months stand for on a timeline.
VAGUE_COUNT = 3

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-(Q|H)(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDQH])")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def date_interval(value: str) -> tuple[Interval | None, Granularity]:
    """The calendar interval a DATE/TIME value denotes ("2020-Q3" -> Jul 1 – Sep 30)."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Interval(d, d), Granularity.TIME if m[4] else Granularity.DAY
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return Interval(monday + timedelta(days=5), monday + timedelta(days=6)), Granularity.WEEK
            return Interval(monday, monday + timedelta(days=6)), Granularity.WEEK
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return Interval(date(y, mo, 1), _month_end(y, mo)), Granularity.MONTH
        if m := _QUARTER.match(value):
            y, n = int(m[1]), int(m[3])
            months = 3 if m[2] == "Q" else 6
            first = (n - 1) * months + 1
            return (Interval(date(y, first, 1), _month_end(y, first + months - 1)),
                    Granularity.QUARTER if m[2] == "Q" else Granularity.HALF)
        if m := _SEASON.match(value):
            y, start_month = int(m[1]), calc.SEASON_START_MONTH[m[2]]
            start = date(y, start_month, 1)
            end = calc.add_months(start, 3) - timedelta(days=1)
            return Interval(start, end), Granularity.SEASON
        if value.isdigit():
            if len(value) == 4:
                y = int(value)
                return Interval(date(y, 1, 1), date(y, 12, 31)), Granularity.YEAR
            if len(value) == 3:
                y = int(value) * 10
                return Interval(date(max(1, y), 1, 1), date(y + 9, 12, 31)), Granularity.DECADE
            if len(value) == 2:
                y = int(value) * 100
                return Interval(date(max(1, y), 1, 1), date(y + 99, 12, 31)), Granularity.CENTURY
    except ValueError:
        return None, Granularity.UNKNOWN
    return None, Granularity.UNKNOWN


_MOD_PARTS = {"START": (0.0, 1 / 3), "EARLY": (0.0, 1 / 3), "MID": (1 / 3, 2 / 3), "END": (2 / 3, 1.0),
              "LATE": (2 / 3, 1.0)}


def _narrow(iv: Interval, mod: str | None) -> Interval:
    if mod not in _MOD_PARTS:
        return iv
    a, b = _MOD_PARTS[mod]
    n = iv.days
    return Interval(iv.start + timedelta(days=int(a * n)), iv.start + timedelta(days=max(0, int(b * n) - 1)))


_UNIT_GRANULARITY = {
    "Y": Granularity.YEAR, "M": Granularity.MONTH, "W": Granularity.WEEK, "D": Granularity.DAY,
    "Q": Granularity.QUARTER, "DE": Granularity.DECADE, "CE": Granularity.CENTURY, "WE": Granularity.WEEK,
    "H": Granularity.TIME,
}
_UNIT_MONTHS = {"Y": 12, "M": 1, "Q": 3, "DE": 120, "CE": 1200}
_UNIT_DAYS = {"W": 7, "D": 1, "WE": 2}


def duration_interval(value: str, dct: date, hint: str | None) -> tuple[Interval | None, Granularity]:
    """A duration placed before or after the DCT ("the past three months", "the next few months")."""
    m = _DURATION.match(value)
    if not m:
        return None, Granularity.UNKNOWN
    unit = m[2]
    if value.startswith("PT"):
        unit = "H"
    gran = _UNIT_GRANULARITY.get(unit, Granularity.UNKNOWN)
    if hint not in ("past", "future"):
        return None, gran
    n = VAGUE_COUNT if m[1] == "X" else max(1, round(float(m[1])))
    if unit in _UNIT_MONTHS:
        k = n * _UNIT_MONTHS[unit]
        if hint == "future":
            first = calc.add_months(dct.replace(day=1), 1)
            last = calc.add_months(first, k) - timedelta(days=1)
            return Interval(first, last), gran
        return Interval(calc.add_months(dct, -k) + timedelta(days=1), dct), gran
    if unit in _UNIT_DAYS:
        k = n * _UNIT_DAYS[unit]
        if hint == "future":
            return Interval(dct + timedelta(days=1), dct + timedelta(days=k)), gran
        return Interval(dct - timedelta(days=k - 1), dct), gran
    return Interval(dct, dct), gran


def describe(type_: str, value: str, mod: str | None, dct: date, hint: str | None
             ) -> tuple[Interval | None, Certainty, Direction, Granularity]:
    """Interval, certainty, direction and granularity of one resolved expression."""
    if type_ == "SET":
        m = _DURATION.match(value)
        gran = _UNIT_GRANULARITY.get(m[2], Granularity.UNKNOWN) if m else Granularity.UNKNOWN
        return None, Certainty.EXACT, Direction.UNKNOWN, gran
    if type_ == "DURATION":
        iv, gran = duration_interval(value, dct, hint)
        certainty = Certainty.VAGUE if "X" in value else (Certainty.APPROXIMATE if mod else Certainty.EXACT)
        direction = {"past": Direction.PAST, "future": Direction.FUTURE}.get(hint or "", Direction.UNKNOWN)
        return iv, certainty, direction, gran
    if value == "PRESENT_REF":
        return Interval(dct, dct), Certainty.VAGUE, Direction.PRESENT, Granularity.DAY
    if value == "PAST_REF":
        return (Interval(dct - timedelta(days=VAGUE_SPAN_DAYS), dct - timedelta(days=1)), Certainty.VAGUE,
                Direction.PAST, Granularity.UNKNOWN)
    if value == "FUTURE_REF":
        return (Interval(dct + timedelta(days=1), dct + timedelta(days=VAGUE_SPAN_DAYS)), Certainty.VAGUE,
                Direction.FUTURE, Granularity.UNKNOWN)
    iv, gran = date_interval(value)
    if iv is None:
        return None, Certainty.EXACT, Direction.UNKNOWN, gran
    iv = _narrow(iv, mod)
    certainty = Certainty.APPROXIMATE if mod else Certainty.EXACT
    direction = Direction.PAST if iv.end < dct else Direction.FUTURE if iv.start > dct else Direction.PRESENT
    return iv, certainty, direction, gran
