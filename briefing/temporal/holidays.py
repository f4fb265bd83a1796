"""Normalisers for holidays: fixed ("Christmas", "Anzac Day"), on the n-th weekday of a month
("Thanksgiving"), counted from another ("Good Friday", "Black Friday") and Islamic ("Eid al-Adha",
from the Umm al-Qura calendar). The lists are data in ``lexicon``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from briefing.temporal import calc
from briefing.temporal import lexicon as lx
from briefing.temporal.context import Context, Resolved, capitalised, day_resolved, norm
from briefing.temporal.recognise import Hit
from briefing.temporal.tense import FUTURE, PAST

# A holiday this close to the DCT is the one meant, whatever the tense: a week's news about it
# ("as Easter week began", written on Easter's Monday: the one TBAQ case). Further off, the tense
# picks last year's or next year's ("we met on Thanksgiving", written in September).
HOLIDAY_NEAR_DAYS = 7

_EVERY = re.compile(r"\b(?:every|each)\s+$")


def n_holiday(h: Hit, cx: Context) -> list[Resolved]:
    """"Christmas", "Thanksgiving", "New Year's Day 1999"."""
    g = h.groups
    name = norm(g["hol"])
    if not capitalised(cx, h.start):
        return []
    every = _EVERY.search(cx.lower, max(0, h.start - 8), h.start)
    if every:  # "each Christmas": a SET, no one year's
        fixed = lx.HOLIDAYS.get(name)
        value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
        return [Resolved(every.start(), h.end, "SET", value)]
    if name in lx.ISLAMIC_HOLIDAYS:
        return _islamic_holiday(h, cx, name)

    def on(year: int, holiday: str = name) -> date:
        if holiday in lx.HOLIDAYS:
            m, d = lx.HOLIDAYS[holiday]
            return date(year, m, d)
        if holiday in lx.RELATIVE_HOLIDAYS:
            base, days = lx.RELATIVE_HOLIDAYS[holiday]
            return (calc.easter(year) if base == "easter" else on(year, base)) + timedelta(days=days)
        m, wd, n = lx.FLOATING_HOLIDAYS[holiday]
        return calc.nth_weekday(year, m, wd, n)
    d = on(int(g["y"] or 0)) if g.get("y") else _holiday_near(h, cx, [on(cx.dct.year + k) for k in (-1, 0, 1)])
    if name.endswith(" week"):
        return [Resolved(h.start, h.end, "DATE", calc.fmt_week(d))]
    return [day_resolved(cx, h, d)]


def _holiday_near(h: Hit, cx: Context, candidates: list[date]) -> date:
    """Of a holiday's dates around the DCT, the one meant. Past tense: the last one; future: the
    next one; otherwise, or when one is only days away, the nearest ("as Easter week began",
    written on its Monday, is this one)."""
    d = min(candidates, key=lambda c: abs((c - cx.dct).days))
    if abs((d - cx.dct).days) > HOLIDAY_NEAR_DAYS:
        tense = cx.tense(h)
        if tense == PAST and d > cx.dct:
            d = max(c for c in candidates if c <= cx.dct)
        elif tense == FUTURE and d < cx.dct:
            d = min(c for c in candidates if c >= cx.dct)
    return d


def _islamic_holiday(h: Hit, cx: Context, name: str) -> list[Resolved]:
    """"Eid al-Adha", "Ashura 2011": the Hijri date in the Gregorian calendar (1924-2077, the
    Umm al-Qura tables' reach), marked approximate (see lexicon.ISLAMIC_HOLIDAYS)."""
    from hijridate import Gregorian, Hijri

    month, day = lx.ISLAMIC_HOLIDAYS[name]
    year = h.groups.get("y")
    try:
        if year:  # the first one in that Gregorian year
            start = Gregorian(int(year), 1, 1).to_hijri().year
            days = [_gregorian(Hijri(y, month, day)) for y in (start, start + 1)]
            d = min(x for x in days if x.year == int(year))
        else:
            here = Gregorian(cx.dct.year, cx.dct.month, cx.dct.day).to_hijri().year
            d = _holiday_near(h, cx, [_gregorian(Hijri(here + k, month, day)) for k in (-1, 0, 1)])
    except (OverflowError, ValueError):
        return []
    return [day_resolved(cx, h, d, mod="APPROX")]


def _gregorian(hijri: Any) -> date:
    g = hijri.to_gregorian()
    return date(g.year, g.month, g.day)
