"""Reading numbers, months and units from matched words, and writing TIMEX3 duration values."""

from __future__ import annotations

import re
from datetime import date

from briefing.temporal import lexicon as lx
from briefing.temporal.context import norm


def month_number(word: str) -> int:
    """1-12 from "september", "sept." or "sep"."""
    w = word.rstrip(".")
    return lx.MONTHS.get(w) or lx.MONTH_ABBREVIATIONS[w]


def weekday_number(word: str) -> int:
    """ISO weekday (Monday = 1) from "wednesday" or "wed."."""
    w = word.rstrip(".")
    return lx.WEEKDAYS.get(w) or lx.WEEKDAY_ABBREVIATIONS[w]


def day_number(s: str) -> int:
    """The day of the month in "27", "27th"."""
    return int(re.sub(r"\D", "", s))


def year_number(s: str, dct: date) -> int:
    """A year from "1998", "'98" or "98" (two digits: the century that puts it nearest the DCT)."""
    digits = re.sub(r"\D", "", s)
    if len(digits) == 4:
        return int(digits)
    y = int(digits) + dct.year // 100 * 100
    return y - 100 if y > dct.year + 20 else y


_FRACTION = re.compile(r"(\d+)\s+(\d)/(\d)")


def number_value(s: str) -> float | None:
    """The number in "3", "1,000", "twenty-four", "a", "two and a half"; None when vague."""
    s = norm(s)
    if s in lx.VAGUE_QUANTITIES:
        return None
    if m := _FRACTION.fullmatch(s):
        return int(m[1]) + int(m[2]) / int(m[3])
    if s[:1].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    if s in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[s])
    total = 0.0
    half = s.endswith("and a half")
    if half:
        s = s[: -len("and a half")].strip()
    for w in re.split(r"[\s-]+", s):
        v = lx.NUMBER_WORDS.get(w)
        if v is None:
            return None
        total = total * v if v in (100, 1000) and total else total + v
    return total + (0.5 if half else 0)


def unit_of(word: str) -> str:
    """The singular unit ("years" -> "year")."""
    w = norm(word)
    return lx.UNIT_PLURALS.get(w, w)


# Smaller units for fractional amounts ("1 1/2 years" -> P1Y6M).
_SUBUNIT: dict[str, tuple[str, int, bool]] = {
    "Y": ("M", 12, False), "D": ("H", 24, True), "W": ("D", 7, False), "M": ("D", 30, False),
}
# The same for units of the time of day, whose codes overlap ("M" is a month above, a minute here).
_TIME_SUBUNIT: dict[str, tuple[str, int]] = {"H": ("M", 60), "M": ("S", 60)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` ``unit``s ("P3M", "PT2H", "PXY")."""
    code, is_time = lx.UNITS[unit]
    if unit == "fortnight":
        n, code = (None if n is None else n * 2), "W"
    if unit == "decade" and n is not None:
        n, code = n * 10, "Y"  # TimeBank writes "two decades" as P20Y
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{code}"
    if n == int(n):
        return f"{prefix}{int(n)}{code}"
    whole, frac = int(n), n - int(n)
    if code in _SUBUNIT and not is_time:
        sub, k, sub_time = _SUBUNIT[code]
        parts = f"{whole}{code}" if whole else ""
        rest = f"{round(frac * k)}{sub}"
        return f"P{parts}T{rest}" if sub_time else f"P{parts}{rest}"
    if is_time and code in _TIME_SUBUNIT:
        sub, k = _TIME_SUBUNIT[code]
        return f"PT{whole}{code}{round(frac * k)}{sub}" if whole else f"PT{round(frac * k)}{sub}"
    return f"{prefix}{n:g}{code}"


def edge_mod(edge: str | None) -> str | None:
    """TIMEX3 mod for "early", "mid-", "the end of"..."""
    return lx.MODIFIERS.get(norm(edge)) if edge else None


