"""Publication dates as inputs write them: ISO dates and date-times, RFC 822 (feeds), a few variants.

A date-time with a timezone counts on its own local day: "2020-03-10T23:30:00-05:00" was
published on 10 March where it was written, so the date part is taken as written and never
converted to UTC (feedparser's ``published_parsed`` converts; we read the raw string instead).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD as in some feeds) at the start, then anything (a time, a zone).
_ISO_PREFIX = re.compile(r"^\s*(\d{4})([-/]?)(\d{1,2})\2(\d{1,2})(?![0-9])")
# What an ISO-looking string may continue with after the date: nothing, a time, or a zone.
_ISO_REST = re.compile(
    r"^(?:[T ]\d{1,2}(?::\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$",
    re.IGNORECASE,
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")

# Dates written out, as in page metadata or hand-made files ("10 March 2020", "March 10, 2020").
_WRITTEN_LAYOUTS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
                    "%a, %d %b %Y", "%A, %B %d, %Y", "%d.%m.%Y")


class DateProblem(ValueError):
    """A date that cannot be used; ``str(exc)`` names the problem in a few words."""


def parse_published(value: object) -> date:
    """The calendar day a publication date names, as written (no timezone conversion)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise DateProblem("no publication date")
    text = value.strip()
    match = _ISO_PREFIX.match(text)
    if match and _ISO_REST.match(text[match.end():]):
        return _make_date(text, int(match.group(1)), int(match.group(3)), int(match.group(4)))
    if text[:1].isalpha() or re.match(r"^\d{1,2}\s+[A-Za-z]", text):
        try:
            return parsedate_to_datetime(text).date()  # "Tue, 10 Mar 2020 23:30:00 -0500"
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    for layout in _WRITTEN_LAYOUTS:
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    if match:  # an ISO date followed by something unexpected: still the date as written
        return _make_date(text, int(match.group(1)), int(match.group(3)), int(match.group(4)))
    raise DateProblem(f"unreadable date {_quote(text)}")


def _make_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        if year < 1:
            why = "there is no year 0"
        elif 1 <= month <= 12:
            why = f"{_MONTHS[month - 1].capitalize()} {year} has no day {day}"
        else:
            why = f"there is no month {month}"
        raise DateProblem(f"impossible date {_quote(text)} ({why})") from exc


def _quote(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")
