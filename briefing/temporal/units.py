"""Normalisers for calendar units relative to the DCT: "last week", "two years ago", "earlier this
year", "the third quarter", "Q3", "last summer". Quarters and seasons named without a year are the
nearest ones to the DCT unless the clause's tense points the other way."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.temporal import calc
from briefing.temporal import lexicon as lx
from briefing.temporal.context import Context, Resolved, capitalised, next_word, norm, prev_word
from briefing.temporal.durations import duration_resolved
from briefing.temporal.recognise import Hit
from briefing.temporal.tense import FUTURE, PAST
from briefing.temporal.values import edge_mod, number_value, unit_of

# How far (days) the nearest quarter may lie on the wrong side of the DCT for the clause's tense
# before the tense wins; as TENSE_OVERRIDE_DAYS in absolute.py (chosen on TBAQ, bench/dates_eval.py).
QUARTER_TENSE_OVERRIDE_DAYS = 60


def shift(base: date, n: int, unit: str) -> tuple[str, date]:
    """TIMEX3 value of ``base`` moved by ``n`` units, at that unit's precision."""
    if unit in ("day", "night"):
        d = base + timedelta(days=n)
        return d.isoformat(), d
    if unit in ("week", "weekend", "fortnight"):
        d = base + timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        return calc.fmt_week(d), d
    if unit == "month":
        d = calc.add_months(base, n)
        return calc.fmt_month(d.year, d.month), d
    if unit == "quarter":
        y, q = calc.shift_quarter(base.year, calc.quarter_of(base), n)
        return f"{y}-Q{q}", date(y, 3 * q - 2, 1)
    if unit == "decade":
        y = base.year + 10 * n
        return str(y // 10), date(y, 1, 1)
    if unit == "century":
        y = base.year + 100 * n
        return f"{y // 100:02d}", date(y, 1, 1)
    if unit in ("hour", "minute", "second"):
        return base.isoformat(), base
    d = calc.add_years(base, n)
    return str(d.year), d


def n_ago(h: Hit, cx: Context) -> list[Resolved]:
    """"two years ago", "three days later", "a year earlier"; "two days before the vote" is a duration."""
    g = h.groups
    unit = unit_of(g["unit"] or "")
    n = number_value(g["n"] or "")
    if g.get("half") and n is not None:
        n += 0.5  # "a year and a half ago"
    direction = norm(g["dir"])
    mod = lx.QUANTITY_MODIFIERS.get(norm(g.get("qm"))) if g.get("qm") else None
    dur_end = h.gstart("dir")
    while dur_end > h.start and cx.lower[dur_end - 1].isspace():
        dur_end -= 1
    if direction in ("before", "after", "since", "back", "previously") and _continues(cx, h.end):
        return duration_resolved(h, cx, h.start, dur_end, n, unit, mod)
    if direction in ("before", "after") and not _continues(cx, h.end):
        direction = "earlier" if direction == "before" else "later"
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    narrative = direction in ("earlier", "later")
    if narrative and (n is None or (cx.last_day is None and unit not in ("year", "decade", "century"))):
        # "a few days later", or "a week later" with no day to count from: no date can be placed, so
        # TimeML's reading is kept: the amount is a DURATION and "later" a signal outside the span.
        return duration_resolved(h, cx, h.start, dur_end, n, unit, mod)
    if n is None:
        return [Resolved(h.start, h.end, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod)]
    quarter = cx.quarter_context(h.start)
    if unit == "year" and n == 1 and quarter and quarter[0] >= cx.dct.year - 1:
        # Financial reports: "a year ago" compares with the same quarter of the previous year.
        y, q = quarter
        return [Resolved(h.start, h.end, "DATE", f"{y + sign}-Q{q}", mod, "narrative")]
    base = (cx.last_day or cx.dct) if narrative else cx.dct
    if narrative and unit in ("year", "decade", "century") and cx.named_year_end > cx.last_day_end:
        base = date(cx.named_year, 1, 1)  # "On March 2 ... In 2015 it began; three years later": from 2015
    elif direction == "later" and cx.last_day is None:
        # "In 2005 he joined. A year later ...": counted from the year last named; with none, "a
        # year later" is still no count from the DCT (that is "next year"): a duration, as above.
        if cx.last_year is None:
            return duration_resolved(h, cx, h.start, dur_end, n, unit, mod)
        base = date(cx.last_year, 1, 1)
    if unit in ("decade", "century"):  # "a decade ago" is a year, not a decade
        n, unit = n * (10 if unit == "decade" else 100), "year"
    if unit == "year" and n != int(n):  # "a year and a half ago" is a month, not a year
        n, unit = n * 12, "month"
    value, _ = shift(base, sign * round(n), unit)
    return [Resolved(h.start, h.end, "DATE", value, mod, "narrative" if narrative else "dct")]


def _continues(cx: Context, pos: int) -> bool:
    """Whether a noun phrase follows (so "two days before the vote" is a duration)."""
    nxt = next_word(cx, pos)
    return bool(nxt) and nxt[0].isalnum() and cx.lower[pos:pos + 1].isspace()


# How many units from the DCT each determiner points ("last week" -1, "this week" 0, "next week" +1).
_UNIT_OFFSETS: dict[str, int] = {
    "last": -1, "this": 0, "next": 1, "the current": 0, "the present": 0, "this past": -1, "this coming": 1,
    "the same": 0, "that": 0, "the full": 0, "the latest": -1, "the": 0, "last year's": -1, "this year's": 0,
    "next year's": 1,
}


_TO_DATE = re.compile(r"\s+to\s+date\b")  # "the year to date" is this year so far


def n_unit_rel(h: Hit, cx: Context) -> list[Resolved]:
    """"last week", "this year", "next month", "the quarter", "the weekend", "the past year"."""
    g = h.groups
    rel = norm(g["rel"])
    unit = g["unit"] or ""
    mod = edge_mod(g.get("edge"))
    fiscal = bool(g.get("fiscal"))
    dct = cx.dct
    if g.get("end") or cx.text[h.gstart("unit"):h.gstart("unit") + 1].isupper():
        return []  # "year-end" is another rule; "This Week" (capitalised mid-sentence) is a title
    if unit == "half":
        return []
    if rel in ("the past", "the last") and unit in ("year", "decade") and not fiscal:
        return [Resolved(h.start, h.end, "DATE", shift(dct, -1, unit)[0], mod)]
    if rel == "the following" and unit in ("year", "month", "week"):
        # The unit after the one last named ("in 2005 ... the following year": 2006); with nothing
        # named before it, a date the text does not give (a count from the DCT is "next year").
        if unit == "year" and cx.last_year is not None:
            base = date(cx.last_year, 1, 1)
        elif cx.last_day is None and cx.last_month is None:
            unknown = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit]
            return [Resolved(h.start, h.end, "DATE", unknown, mod, "narrative")]
        else:
            base = (cx.last_month if unit == "month" else None) or cx.last_day or dct
        return [Resolved(h.start, h.end, "DATE", shift(base, 1, unit)[0], mod, "narrative")]
    if rel == "the" and unit in ("year", "month", "week") and next_word(cx, h.end) in (
            "ended", "ending", "to", "through") and not _TO_DATE.match(cx.lower, h.end):
        # "the week ending March 6", "the year to March 2019": the span up to the day written after
        # it, not the current week or year ("the quarter ended Sept. 30" is that quarter in TimeBank)
        return duration_resolved(h, cx, h.start, h.end, 1, unit, None)
    if rel in ("the past", "the last", "the previous", "the coming", "the next", "the following", "the whole",
               "the entire", "a full", "all") or (rel == "the" and fiscal):
        if unit in ("quarter",) and rel in ("the last", "the past", "the previous"):
            y, q = calc.shift_quarter(dct.year, calc.quarter_of(dct), -1)
            return [Resolved(h.start, h.end, "DATE", f"{y}-Q{q}", mod)]
        if unit == "weekend" or unit == "season":
            return []
        hint: str | None = "future" if rel in ("the coming", "the next", "the following") else "past"
        if rel in ("the whole", "the entire", "a full", "all", "the"):
            hint = None
        return duration_resolved(h, cx, h.start, h.end, 1, unit, None, hint=hint)
    if unit in ("season", "fortnight"):
        return []  # "last fortnight": no calendar unit says which two weeks
    offset = _UNIT_OFFSETS.get(rel, 0)
    base = dct
    anchor = "dct"
    if rel.endswith("year's") and unit != "year":  # "last year's quarter": the same quarter, a year off
        base = calc.add_years(dct, offset)
        offset = 0
        if unit == "quarter" and (quarter := cx.quarter_context(h.start)):
            year = quarter[0] + base.year - dct.year
            return [Resolved(h.start, h.end, "DATE", f"{year}-Q{quarter[1]}", mod)]
    if rel in ("that", "the same") and unit == "year" and cx.last_year:
        return [Resolved(h.start, h.end, "DATE", str(cx.last_year), mod, "narrative")]
    if rel in ("that", "the same") and cx.last_day:
        base, anchor = cx.last_day, "narrative"
    if unit == "weekend":
        monday = base - timedelta(days=base.weekday())
        if rel in ("the", "this", "that", "the same") and cx.tense(h) == PAST and base.weekday() < 5:
            monday -= timedelta(weeks=1)  # written Monday-Friday, a past "weekend" is the one just gone
        d = monday + timedelta(weeks=offset)
        return [Resolved(h.start, h.end, "DATE", calc.fmt_week(d) + "-WE", mod, anchor)]
    quarter = cx.quarter_context(h.start) if rel == "this" else cx.last_quarter
    if unit == "quarter" and rel in ("the", "the same", "that", "this") and quarter:
        y, q = quarter  # "this quarter's loss" in a report: the quarter being reported
        return [Resolved(h.start, h.end, "DATE", f"{y}-Q{q}", mod, "narrative")]
    if unit == "quarter" and rel == "the":
        offset = -1 if cx.tense(h) == PAST else 0
    if unit == "year" and rel.endswith("year's"):
        return []
    value, _ = shift(base, offset, unit)
    return [Resolved(h.start, h.end, "DATE", value, mod, anchor)]


def n_earlier_this(h: Hit, cx: Context) -> list[Resolved]:
    """"earlier this year", "later this month", "early next year"."""
    g = h.groups
    el, rel, unit = norm(g["el"]), norm(g["rel"]), g["unit"] or ""
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}[el]
    offset = {"this": 0, "last": -1, "next": 1, "in the": 0}[rel]
    if unit in lx.SEASONS:
        y, _ = calc.season_of(cx.dct)
        return [Resolved(h.start, h.end, "DATE", f"{y + offset}-{lx.SEASONS[unit]}", mod)]
    if unit == "season":
        return []
    value, _ = shift(cx.dct, offset, unit)
    return [Resolved(h.start, h.end, "DATE", value, mod)]


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def n_quarter(h: Hit, cx: Context) -> list[Resolved]:
    """"the third quarter", "fourth-quarter", "the first half of 1999", "the year-ago period"."""
    g = h.groups
    det = norm(g.get("det"))
    start = h.start
    hyphenated = "-" in (g.get("sep") or "")
    if det in ("a", "their", "his", "her", "our") or (det == "the" and hyphenated):
        first = "owner" if g.get("owner") else "fiscal" if g.get("fiscal") else "ord"
        start = h.gstart(first)  # "a third-quarter loss": the article is not part of the expression
    ordw = norm(g["ord"])
    unit = g["unit"] or "quarter"
    dct = cx.dct
    if unit == "period" or ordw[:1].isdigit():  # "the year-ago period", "the 1988 quarter"
        if ordw[:1].isdigit():
            y = int(ordw)
            q = cx.last_quarter[1] if cx.last_quarter else None
            return [Resolved(start, h.end, "DATE", f"{y}-Q{q}" if q else str(y), anchor="narrative")]
        if ordw in ("year-ago", "year-earlier", "comparable", "corresponding") and cx.last_quarter:
            y, q = cx.last_quarter
            return [Resolved(start, h.end, "DATE", f"{y - 1}-Q{q}", anchor="narrative")]
        if ordw in ("latest", "current", "same") and cx.last_quarter:
            y, q = cx.last_quarter
            return [Resolved(start, h.end, "DATE", f"{y}-Q{q}")]
        if ordw in ("latest",):
            y, q = calc.shift_quarter(dct.year, calc.quarter_of(dct), -1)
            return [Resolved(start, h.end, "DATE", f"{y}-Q{q}")]
        return []
    year: int | None = None
    owner = norm(g.get("owner"))
    if g.get("y"):
        year = int(g["y"] or 0)
    elif g.get("yrel"):
        year = dct.year + {**lx.YEAR_SHIFT, "the year": 0}[norm(g["yrel"])]
    elif owner:
        if owner in ("year-ago", "year-earlier"):
            year = (cx.last_quarter[0] if cx.last_quarter else dct.year) - 1
        else:
            offsets = {"this year's": 0, "last year's": -1, "next year's": 1}
            year = (dct.year + offsets[owner] if owner in offsets
                    else int("".join(c for c in owner if c.isdigit())[:4]))
    if unit == "half":
        if ordw not in ("first", "second", "1st", "2nd", "last", "latter"):
            return []
        n = 1 if ordw in ("first", "1st") else 2
        if year is None:
            year = dct.year if n <= (dct.month - 1) // 6 + 1 or cx.tense(h) == FUTURE else dct.year - 1
        return [Resolved(start, h.end, "DATE", f"{year}-H{n}")]
    cur = calc.quarter_of(dct)
    if ordw in _QUARTER_ORD:
        q = _QUARTER_ORD[ordw]
        if year is None:
            year = year_for_quarter(cx, h, q)
    elif ordw in ("current",):
        year, q = dct.year, cur
    elif ordw in ("next", "coming"):
        year, q = calc.shift_quarter(dct.year, cur, 1)
    elif ordw in ("same",) and cx.last_quarter:
        year, q = cx.last_quarter
    elif ordw in ("year-ago", "year-earlier"):
        y0, q = cx.last_quarter or calc.shift_quarter(dct.year, cur, -1)
        year = y0 - 1
        return [Resolved(start, h.end, "DATE", f"{year}-Q{q}", anchor="narrative")]
    elif ordw in ("final", "last") and year is not None:
        q = 4
    else:  # latest, previous, past, prior, preceding, last
        y0, q = calc.shift_quarter(dct.year, cur, -1)
        year = year or y0
    return [Resolved(start, h.end, "DATE", f"{year}-Q{q}")]


def year_for_quarter(cx: Context, h: Hit, q: int) -> int:
    """The year of "the third quarter": the nearest such quarter, unless the tense says otherwise."""
    dct = cx.dct

    def distance(year: int) -> int:
        first = date(year, 3 * q - 2, 1)
        last = calc.add_months(first, 3) - timedelta(days=1)
        return 0 if first <= dct <= last else (first - dct).days if first > dct else (last - dct).days

    best = min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(distance(y)))
    if abs(distance(best)) > QUARTER_TENSE_OVERRIDE_DAYS:
        tense = cx.tense(h)
        if tense == PAST and distance(best) > 0:
            best -= 1
        elif tense == FUTURE and distance(best) < 0:
            best += 1
    return best


def n_qn(h: Hit, cx: Context) -> list[Resolved]:
    """"Q3", "Q3 2020"."""
    g = h.groups
    q = int(g["qn"] or 1)
    year = int(y) if (y := g.get("y")) else year_for_quarter(cx, h, q)
    return [Resolved(h.start, h.end, "DATE", f"{year}-Q{q}")]


def n_half(h: Hit, cx: Context) -> list[Resolved]:
    """"H1 2020"."""
    g = h.groups
    return [Resolved(h.start, h.end, "DATE", f"{g['y']}-{(g['h'] or 'h1').upper()}")]


def n_season(h: Hit, cx: Context) -> list[Resolved]:
    """"last summer", "the fall", "spring 2019", "this winter"."""
    g = dict(h.groups)
    if yrel := norm(g.get("yrel")):  # "the spring of next year"
        g["y"] = str(cx.dct.year + lx.YEAR_SHIFT[yrel])
    sea = g["sea"] or ""
    code = lx.SEASONS[sea]
    rel = norm(g.get("rel"))
    mod = edge_mod(g.get("edge"))
    nxt = next_word(cx, h.end)
    if not rel and not g.get("y") and not mod and (sea == "fall" or (not capitalised(cx, h.gstart("sea"))
                                                   and prev_word(cx, h.start) in _SEASON_VERBS)):
        return []
    if not rel and not g.get("y") and not mod and _modifies_noun(cx, h, nxt):
        return []  # "to combat winter flu", "sold summer tyres": a kind of thing, no season in time
    if sea == "fall" and rel == "the" and nxt in ("of", "in", "from"):
        return []
    if (rel == "the" or capitalised(cx, h.gstart("sea"))) and nxt == "of" and not g.get("y"):
        return []  # "the fall of Rome", "Spring of Life"
    if rel in ("", "the") and not g.get("y") and not mod and capitalised(cx, h.gstart("sea")) and _in_name(cx, h):
        return []  # "chief Ed Winter said", "the Summer Olympics", "Winter Park": names
    if g.get("y"):
        return [Resolved(h.start, h.end, "DATE", f"{g['y']}-{code}", mod)]
    cy, ccode = calc.season_of(cx.dct)
    cur = calc.season_key(cy, ccode)
    same_year = calc.season_key(cx.dct.year, code)
    # The same season in the year closest to the current one, then stepped strictly before/after it.
    nearest = same_year + 4 * round((cur - same_year) / 4)
    if rel in ("last", "past", "this past"):
        key = nearest if nearest < cur else nearest - 4
    elif rel in ("next", "coming", "this coming"):
        key = nearest if nearest > cur else nearest + 4
    elif rel in ("last year's", "next year's"):
        key = same_year + (-4 if rel.startswith("last") else 4)
    elif rel in ("this", "this year's"):
        key = same_year
    else:
        tense = cx.tense(h)
        key = same_year
        if tense == PAST and same_year > cur:
            key -= 4
        elif tense == FUTURE and same_year < cur:
            key += 4
    return [Resolved(h.start, h.end, "DATE", f"{key // 4}-{code}", mod)]


# Words before a bare "spring"/"fall" that make it a verb ("prices fall", "they spring").
_SEASON_VERBS = lx.words("to will would could can may might they we prices shares")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?!\s*\d)")
_PREV_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _modifies_noun(cx: Context, h: Hit, nxt: str) -> bool:
    """Whether a bare season in lower case describes the word after it: nothing puts it in time
    (no "in", "during", "the" before it) and a word follows in the same phrase ("winter flu")."""
    if capitalised(cx, h.gstart("sea")) or prev_word(cx, h.start) in lx.TIME_LEADS:
        return False
    return nxt.isalpha() and nxt not in lx.TIME_LEADS and cx.text[h.end:h.end + 1] == " "


def _in_name(cx: Context, h: Hit) -> bool:
    """Whether a capitalised season is part of a name: right after a capitalised word that does not
    put it in time ("chief Ed Winter said"), or, unless a preposition does, right before one ("the
    Summer Olympics", "Winter Park")."""
    before = _PREV_CAPITALISED.search(cx.text, max(0, h.start - 30), h.start)
    if before and before.group(1).lower() not in lx.TIME_LEADS:
        return True
    return prev_word(cx, h.start) not in lx.TIME_LEADS - {"the"} and _NAME_AFTER.match(cx.text, h.end) is not None


def n_year_adj(h: Hit, cx: Context) -> list[Resolved]:
    """ "year-earlier" (the quarter under discussion, a year before), "year-end", "midyear"."""
    word = h.groups["ya"] or ""
    dct = cx.dct
    if word in ("year-earlier", "year-ago"):
        if quarter := cx.quarter_context(h.start):
            y, q = quarter
            return [Resolved(h.start, h.end, "DATE", f"{y - 1}-Q{q}", anchor="narrative")]
        return [Resolved(h.start, h.end, "DATE", str(dct.year - 1))]
    if word in ("year-end", "yearend") or word.endswith("end"):
        return [Resolved(h.start, h.end, "DATE", str(dct.year), "END")]
    if word in ("midyear", "mid-year"):
        return [Resolved(h.start, h.end, "DATE", str(dct.year), "MID")]
    return []
