"""Normalisers for dates named on the calendar: "Sept. 27", "2020-09-27", "June 2015", "1998",
"the 1990s", "the 19th century", and bare months ("in July", tense decides the year). Holidays
are in ``holidays``.

Each takes a recognised ``Hit`` and the ``Context`` and returns zero or more ``Resolved`` (a hit
may be rejected — counts, names, verbs — or split, as in "1998-99").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.temporal import calc
from briefing.temporal import lexicon as lx
from briefing.temporal.context import (
    Context,
    Resolved,
    capitalised,
    day_resolved,
    next_word,
    norm,
    prev_word,
    prev_word_original,
)
from briefing.temporal.patterns import MONTH_ANY
from briefing.temporal.recognise import Hit
from briefing.temporal.tense import FUTURE, PAST, PRESENT
from briefing.temporal.values import day_number, edge_mod, month_number, year_number

# A month or day named without a year is the nearest such one to the DCT, unless that one lies
# more than this many days on the wrong side of the DCT for the clause's tense. Chosen on TBAQ
# (news): reports often name near-future dates in past-tense sentences ("was extended to
# Nov. 16"), so tense only decides the far cases. Re-run bench/dates_eval.py after changing it.
TENSE_OVERRIDE_DAYS = 100
TENSE_OVERRIDE_DAYS_MONTH = 60  # the same for a bare month (distance to its nearest edge)
# A bare month this few months after the last one named in a past year's story is in the next
# year ("began in December 2019 and peaked in February"); further on it is that year's ("in November
# 1998 ... in March" is the March before). TBAQ has no case either way.
NARRATIVE_TURN_MONTHS = 3


def year_for_month(cx: Context, h: Hit, month: int, day: int | None = None) -> int:
    """The year of a month (and day) given without one: the nearest, tense deciding far cases."""
    dct = cx.dct
    if (year := cx.year_of_frame(h.start)) is not None:
        return year
    if (year := cx.narrative_year(h.start)) is not None and cx.tense(h) != FUTURE:
        last = cx.last_month  # "began in December 2019 and peaked in February": the story went on
        if (last is not None and last.year == year and month < last.month
                and month + 12 - last.month <= NARRATIVE_TURN_MONTHS and date(year + 1, month, 1) <= dct):
            return year + 1
        return year
    # A day written out with its year earlier in the text is the same day when named again without
    # it ("died on 25 June 2009 ... on the night of 25 June"): writers do not repeat a day of
    # another year without saying so - unless the clause looks ahead (an anniversary to come).
    if day is not None and (year := cx.written_days.get((month, day))) is not None and cx.tense(h) != FUTURE:
        return year

    def distance(year: int) -> int:
        if day is not None:
            return (date(year, month, min(day, 28)) - dct).days
        first = date(year, month, 1)
        last = calc.add_months(first, 1) - timedelta(days=1)
        return 0 if first <= dct <= last else (first - dct).days if first > dct else (last - dct).days

    years = sorted((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(distance(y)))
    best = years[0]
    dist = distance(best)
    if abs(dist) > (TENSE_OVERRIDE_DAYS if day is not None else TENSE_OVERRIDE_DAYS_MONTH):
        tense = cx.tense(h)
        if tense == PAST and dist > 0:
            best = max(y for y in years if distance(y) <= 0)
        elif dist < 0 and (tense == FUTURE or (tense == PRESENT and prev_word(cx, h.start) == "by")):
            # "by" a month in the present tense is a deadline: "has deals for 90m doses by December"
            best = min(y for y in years if distance(y) >= 0)
    return best


# --- absolute dates ---------------------------------------------------------------------------
def n_iso(h: Hit, cx: Context) -> list[Resolved]:
    """"2020-09-27", "2020-09-27T10:30"."""
    g = h.groups
    y, m, d = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    if not calc.valid_day(y, m, d):
        return []
    if g.get("hh"):
        return [Resolved(h.start, h.end, "TIME", f"{y:04d}-{m:02d}-{d:02d}T{g['hh']}:{g['mi']}")]
    return [day_resolved(cx, h, date(y, m, d))]


def n_slash(h: Hit, cx: Context) -> list[Resolved]:
    """"9/27/2020", "12/25/98" (US order)."""
    g = h.groups
    y, m, d = year_number(g["y"] or "", cx.dct), int(g["m"] or 0), int(g["d"] or 0)
    return [day_resolved(cx, h, date(y, m, d))] if calc.valid_day(y, m, d) else []


def n_slash_dmy(h: Hit, cx: Context) -> list[Resolved]:
    """"31/12/2021", "31.12.2021", "1.2.2021" (day first)."""
    g = h.groups
    y = year_number(g["y"] or g["yy"] or "", cx.dct)
    m, d = int(g["m"] or g["mm"] or 0), int(g["d"] or g["dd"] or 0)
    return [day_resolved(cx, h, date(y, m, d))] if calc.valid_day(y, m, d) else []


def n_month_day(h: Hit, cx: Context) -> list[Resolved]:
    """"Sept. 27", "27 September 2020", "Wednesday, Sept. 30": the year from the DCT when missing.
    "March 3-5", "March 20 and 21", "3 and 4 April": each day its own expression."""
    g = h.groups
    key = "bmn" if g.get("bmn") else "mn"  # "8th [March]"
    mname = g[key] or ""
    if mname.rstrip(".") in lx.AMBIGUOUS_MONTHS and not capitalised(cx, h.gstart(key)):
        return []
    day = _named_day(cx, h, mname, g["d"])
    if day is None:
        return []
    m = h.match
    if m is None or not (g.get("d2") or g.get("d0")):
        return [day_resolved(cx, h, day)]
    value = day.isoformat()
    if g.get("d2"):
        after = _later_day(g["d2"], day.day, day.year, day.month)
        counted = not g.get("yrel") and _counts_after(cx, m.end("d2"))  # "May 5 and 6 more died": one day
        if after is None or counted:
            return [Resolved(h.start, m.end("d"), "DATE", value)]
        return [Resolved(h.start, m.end("d"), "DATE", value), Resolved(m.start("d2"), h.end, "DATE", after)]
    # the day before "and 4 April" is a date only when it comes first in the month
    d0 = day_number(g["d0"] or "0")
    first = [Resolved(h.start, m.end("d0"), "DATE", day.replace(day=d0).isoformat())] if 0 < d0 < day.day else []
    return [*first, Resolved(m.start("wd") if g.get("wd") else m.start("d"), h.end, "DATE", value)]


def _named_day(cx: Context, h: Hit, month_name: str, day_word: str | None) -> date | None:
    """The day a month name and a day number name (the year from the hit, else the nearest one
    that fits the tense), or None when there is no such day ("February 30")."""
    month, day = month_number(month_name), day_number(day_word or "0")
    if y := h.groups.get("y"):
        year = int(y)
    elif yrel := norm(h.groups.get("yrel")):  # "25 June last year"
        year = cx.dct.year + lx.YEAR_SHIFT[yrel]
    elif _NAMES_AN_EVENT.match(cx.lower, h.end):  # "the January 25 revolution": a day gone by
        if (month, day) == (9, 11) and cx.dct >= _SEPTEMBER_11:
            return _SEPTEMBER_11  # "the Sept. 11 attacks", whatever the year
        year = cx.dct.year if (month, day) <= (cx.dct.month, cx.dct.day) else cx.dct.year - 1
    else:
        year = year_for_month(cx, h, month, day)
    return date(year, month, day) if calc.valid_day(year, month, day) else None


# A day named as the name of an event that nobody schedules ("the January 25 revolution", "the
# Sept. 11 attacks") is the last such day, however the sentence's tense reads: the anniversary
# of "the January 25 revolution", written on January 20, is not five days ahead. Not "the March
# 3 election": that one may be ahead.
_NAMES_AN_EVENT = re.compile(r"\s+(?:terrorist\s+|terror\s+)?(?:revolution|uprising|attacks?|massacre|bombings?"
                             r"|coup|riots?|crackdown|earthquake|tsunami|hijackings?|killings|shootings?|explosion"
                             r"|blast|spill|crash|disaster)\b")
_SEPTEMBER_11 = date(2001, 9, 11)


def _later_day(word: str | None, day: int, year: int, month: int) -> str | None:
    """The date of day ``word`` of the month when it comes after ``day`` ("March 3-5")."""
    later = day_number(word) if word else 0
    if later <= day or not calc.valid_day(year, month, later):
        return None
    return date(year, month, later).isoformat()


def _counts_after(cx: Context, end: int) -> bool:
    """Whether a noun follows the second number, which then counts it: "on May 5 and 6 more died"."""
    word = next_word(cx, end)
    return bool(word) and word[0].isalpha() and cx.text[end:].lstrip()[:1].islower() and word not in _JOINTS


# Words that may follow a date without making its number a count.
_JOINTS = lx.words("and or but at in on when as so after before until till to if because with for from by")


def n_week_of(h: Hit, cx: Context) -> list[Resolved]:
    """"the week of March 23": the ISO week of that day (the year from the DCT when missing)."""
    g = h.groups
    day = _named_day(cx, h, g["mn"] or g["mn2"] or "", g["d"] or g["d2"])
    return [Resolved(h.start, h.end, "DATE", calc.fmt_week(day))] if day else []


def n_ordinal_day(h: Hit, cx: Context) -> list[Resolved]:
    """"on the 14th", "by 3rd": a day whose month goes unsaid. After a preposition only ("finished
    14th" is a rank); the month is one named earlier in the sentence, else the DCT's or the one
    before or after it, as the clause's tense says ("opened on the 20th" written on 8 March: 20 Feb)."""
    if prev_word(cx, h.start) not in _ORDINAL_DAY_PREPOSITIONS:
        return []
    day = day_number(h.groups["d"] or "0")
    start, _ = cx.clauses.bounds(h.start, h.end)
    if cx.last_month is not None and cx.last_month_end >= start:  # "in March, ... on the 14th"
        month = cx.last_month
        if not calc.valid_day(month.year, month.month, day):
            return []
        return [day_resolved(cx, h, date(month.year, month.month, day))]
    here = cx.dct.replace(day=1)
    days = [date(m.year, m.month, day) for m in (calc.add_months(here, k) for k in (-1, 0, 1))
            if calc.valid_day(m.year, m.month, day)]
    tense = cx.tense(h)
    fits = [d for d in days if (d <= cx.dct if tense == PAST else d >= cx.dct if tense == FUTURE else True)]
    # no day on the tense's side ("was extended to the 30th" on 8 March): the nearest one
    return [day_resolved(cx, h, min(fits or days, key=lambda d: abs((d - cx.dct).days)))]


_ORDINAL_DAY_PREPOSITIONS = lx.words("on by until till from since before after through to for")


def n_my(h: Hit, cx: Context) -> list[Resolved]:
    """"June 2015", "Sept. '98"."""
    g = h.groups
    mname = g["mn"] or ""
    if mname.rstrip(".") in lx.AMBIGUOUS_MONTHS and not capitalised(cx, h.gstart("mn")):
        return []
    value = calc.fmt_month(year_number(g["y"] or "", cx.dct), month_number(mname))
    return [Resolved(h.start, h.end, "DATE", value, edge_mod(g.get("edge")))]


def n_month_rel(h: Hit, cx: Context) -> list[Resolved]:
    """"July", "last April", "early December", "March last year"."""
    g = h.groups
    mname = g["mn"] or ""
    word = mname.rstrip(".")
    if not capitalised(cx, h.gstart("mn")) and (word in lx.AMBIGUOUS_MONTHS or not g.get("rel")):
        return []
    if not g.get("rel") and not g.get("edge") and prev_word(cx, h.start).rstrip(".") in _TITLES:
        return []  # "Lord March", "Ms April Jones": a name
    if word == "may" and not g.get("rel") and not g.get("edge"):
        # "Theresa May", "May I": a capitalised word before, or a verb after, means not the month.
        prev = prev_word_original(cx, h.start)
        nxt = next_word(cx, h.end)
        if (prev[:1].isupper() and prev.lower() not in lx.TIME_LEADS) or nxt in _AFTER_MODAL:
            return []
    if not g.get("rel") and not g.get("edge") and prev_word(cx, h.start) in ("the", "a", "an", "annual") and (
            next_word(cx, h.end) in ("of", "for", "madness") or capitalised(cx, h.end + 1)):
        return []  # "the March of the ...", "the annual March for Life": names ("the March vote" is a date)
    if not g.get("rel") and not g.get("edge") and capitalised(cx, h.end + 1) \
            and prev_word(cx, h.start) not in lx.TIME_LEADS and next_word(cx, h.end) not in _DATE_WORDS_AFTER:
        return []  # "its tournament, March Madness": a name ("in March Congress ..." is a date)
    month = month_number(mname)
    rel, yrel, dct = norm(g.get("rel")), norm(g.get("yrel")), cx.dct
    if yrel:
        year = dct.year + lx.YEAR_SHIFT[yrel]
    elif rel in ("last", "past"):
        # "last February" written in March means a year before: the month just ended is "last month".
        year = dct.year if month < dct.month - 1 else dct.year - 1
    elif rel == "this past":
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    elif shared := _SHARED_YEAR.match(cx.lower, h.end):  # "from January to April 1919"
        year = int(shared.group(1))
    else:
        year = year_for_month(cx, h, month)
    return [Resolved(h.start, h.end, "DATE", calc.fmt_month(year, month), edge_mod(g.get("edge")))]


# The first month of a pair or range takes the year written after the second: "in March and April
# of 2008", "from January to April 1919", "between July and September 1998".
_SHARED_YEAR = re.compile(rf"\s*(?:{lx.RANGE_JOINERS}|and|or)\s+(?:(?:early|mid|late)[\s-]*)?"
                          rf"(?:{MONTH_ANY}),?\s+(?:of\s+)?((?:1[5-9]|20)\d\d)\b")


# Capitalised words that may follow a month that is a date ("March Monday", "May Day" aside).
_DATE_WORDS_AFTER = lx.words("""
    monday tuesday wednesday thursday friday saturday sunday i
""")

# Titles before a name that may be a month's ("Lord March", "Mrs May", "Dr June Raine").
_TITLES = lx.words("lord lady sir dame mr mrs ms miss dr prof judge earl baron baroness")
_AFTER_MODAL = frozenset({"be", "have", "not", "i", "we", "you", "he", "she", "they", "it", "god"})


def n_year(h: Hit, cx: Context) -> list[Resolved]:
    """"1998", "mid-2019", "1998-99" (two expressions); not counts ("2000 people") or amounts."""
    g = h.groups
    y = int(g["y"] or 0)
    prev = prev_word(cx, h.start)
    ystart = h.gstart("y")
    yend = ystart + 4
    nxt = next_word(cx, yend)
    if nxt in lx.COUNT_NOUNS or prev.startswith("$"):
        return []
    if prev in lx.COUNT_CUES and not _ROUGH_YEAR.search(cx.lower, max(0, h.start - 30), h.start):
        return []  # "about 2000 were hurt"; but "in about 1990", "in or around 2005" are years
    if not g.get("y2") and _NAME_AFTER_YEAR.match(cx.text, yend):
        return []  # "2019-nCoV", "2020-F1": a name that starts with a year
    in_range = 1900 <= y <= cx.dct.year + 30
    if not in_range and prev not in _YEAR_PREPOSITIONS and not g.get("edge"):
        return []
    out = [Resolved(h.start, yend + (3 if g.get("poss") else 0) if not g.get("y2") else yend, "DATE", str(y),
                    edge_mod(g.get("edge")))]
    if g.get("y2"):
        y2s = g["y2"] or ""
        y2 = int(y2s) if len(y2s) == 4 else y // 100 * 100 + int(y2s)
        if y2 > y:
            out.append(Resolved(h.end - len(y2s), h.end, "DATE", str(y2)))
    return out


_ROUGH_YEAR = re.compile(r"\b(?:in|since|from|until|by|or|before|after)\s+(?:about|around|approximately|roughly)\s+$")

# A hyphen and a word with a capital after its first letter, or with digits: part of a name.
_NAME_AFTER_YEAR = re.compile(r"-(?=[A-Za-z]*\d|[A-Za-z]+[A-Z])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")

_YEAR_PREPOSITIONS = lx.words("""
    in since by of from until before after during around year to till through and mid early late the circa
""")


_SPELLED_UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}


def n_spelled_year(h: Hit, cx: Context) -> list[Resolved]:
    """ "nineteen ninety-six", "two thousand and one" (transcribed speech)."""
    words = [w for w in re.split(r"[\s-]+", norm(h.groups["sy"])) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        y = 2000 + sum(_SPELLED_UNITS.get(w, 0) for w in words[2:])
    else:
        century = lx.NUMBER_WORDS[words[0]]
        rest = sum(lx.NUMBER_WORDS.get(w, 0) for w in words[1:])
        y = int(century * 100 + rest)
    return [Resolved(h.start, h.end, "DATE", str(y))]


def n_fiscal(h: Hit, cx: Context) -> list[Resolved]:
    """"fiscal 1997", "FY 2020", "the year 2000"."""
    g = h.groups
    return [Resolved(h.start, h.end, "DATE", str(year_number(g["y"] or "", cx.dct)), edge_mod(g.get("edge")))]


def n_decade(h: Hit, cx: Context) -> list[Resolved]:
    """"the 1990s", "the '80s", "the late seventies"."""
    g = h.groups
    if g.get("dec"):
        value = (g["dec"] or "")[:3]
    elif g.get("dec2"):
        d2 = int(g["dec2"] or 0)
        century = cx.dct.year // 100 if d2 <= cx.dct.year % 100 else cx.dct.year // 100 - 1
        value = f"{century:02d}{d2 // 10}"
    else:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[g["decw"] or ""]
        value = f"19{tens}"
    return [Resolved(h.start, h.end, "DATE", value, edge_mod(g.get("edge")))]


_CENTURY_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
}


def n_century(h: Hit, cx: Context) -> list[Resolved]:
    """"the 19th century", "the twenty-first century"."""
    g = h.groups
    c = norm(g["c"])
    n = int(re.sub(r"\D", "", c)) if c[:1].isdigit() else _CENTURY_WORDS[c]
    return [Resolved(h.start, h.end, "DATE", f"{n - 1:02d}", edge_mod(g.get("edge")))]
