"""Calendar arithmetic and TIMEX3 value formatting (pure functions over ``datetime.date``)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER: tuple[str, ...] = ("WI", "SP", "SU", "FA")  # in calendar order within a year (WI = Dec–Feb)


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months (day clamped to the month's length)."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] and 1 <= y <= 9999


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + q - 1 + n
    return k // 4, k % 4 + 1


def season_of(d: date) -> tuple[int, str]:
    """The season containing ``d`` as (year, code); winter belongs to the year it starts in."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


def season_key(y: int, code: str) -> int:
    """A sortable index of a season (SP < SU < FA < WI within a year)."""
    return y * 4 + ("SP", "SU", "FA", "WI").index(code)


def weekday_on_or_before(d: date, weekday: int) -> date:
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.isoweekday()) % 7)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (n = -1: the last one)."""
    if n > 0:
        return weekday_on_or_after(date(y, m, 1), weekday) + timedelta(weeks=n - 1)
    return weekday_on_or_before(date(y, m, calendar.monthrange(y, m)[1]), weekday)


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (dateutil's computus: the Gregorian church rule)."""
    from dateutil.easter import easter as western_easter

    day: date = western_easter(year)
    return day
