"""Periods a briefing covers: --from/--to, --week 2020-W11, --weekly, or the span of the articles."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from briefing.errors import UsageError
from briefing.model import Period

_ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def parse_day(text: str, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD); a UsageError that says what was wrong otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what} {text!r} is not a date; use YYYY-MM-DD, e.g. 2020-03-09") from None


def today() -> date:
    """Today (UTC), or the day of SOURCE_DATE_EPOCH when it is set (reproducible builds and tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return datetime.now(tz=UTC).date()


# Weeks named relative to today: a scheduled Monday run briefs on "last" week without working
# out its number.
_RELATIVE_WEEKS = {"this": 0, "last": -1}


def week_period(spec: str, now: date | None = None) -> Period:
    """The ISO week ``spec`` ("2020-W11", or "last" / "this" relative to ``now``, default
    ``today()``) as a Monday–Sunday period."""
    shift = _RELATIVE_WEEKS.get(spec.strip().lower())
    if shift is not None:
        year, week, _ = ((now or today()) + timedelta(weeks=shift)).isocalendar()
        spec = f"{year}-W{week:02d}"
    m = _ISO_WEEK.match(spec.strip())
    if not m:
        raise UsageError(f"week {spec!r} is not an ISO week; use YYYY-Www (e.g. 2020-W11), last or this")
    year, week = int(m.group(1)), int(m.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise UsageError(f"week {spec!r} does not exist (year {year} has no week {week})") from None
    return Period(monday, monday + timedelta(days=6), f"{year}-W{week:02d}")


def range_period(start: date | None, end: date | None, published: Iterable[date] = ()) -> Period:
    """The period [start, end]; a missing end comes from the articles' publication dates."""
    days = sorted(published)
    lo = start or (days[0] if days else end)
    hi = end or (days[-1] if days else start)
    if lo is None or hi is None:
        today = date.today()
        lo = hi = today
    if hi < lo:
        raise UsageError(f"--from {lo} is after --to {hi}")
    return Period(lo, hi, lo.isoformat() if lo == hi else f"{lo.isoformat()}_{hi.isoformat()}")


def weekly_periods(published: Iterable[date]) -> list[Period]:
    """One period per ISO week that has at least one article, in order."""
    weeks = sorted({d.isocalendar()[:2] for d in published})
    return [week_period(f"{y}-W{w:02d}") for y, w in weeks]
