"""Normalisers for days and times of day: weekdays, "yesterday", "this morning", "the next day",
clock times, "noon". A bare weekday is the same-or-last such day before the DCT, or the next one
when the clause is in the future tense ("will meet on Friday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.temporal import calc
from briefing.temporal import lexicon as lx
from briefing.temporal.absolute import n_month_day
from briefing.temporal.context import Context, Resolved, capitalised, day_resolved, next_word, norm, prev_word
from briefing.temporal.recognise import Hit
from briefing.temporal.tense import FUTURE, PRESENT
from briefing.temporal.units import shift
from briefing.temporal.values import weekday_number

# A clock time or part of the day with no day of its own is on the day named at most this many
# characters before (else on the DCT): about a sentence. TBAQ has too few clock times to tune it
# (0-300 all equal).
CLOCK_DAY_CONTEXT_CHARS = 150

_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "nights": "NI",
        "mornings": "MO"}


# "Wednesday through Friday", "Monday to Wednesday": the second day follows the first
# (while "from Sept. 14 to Thursday" keeps its Thursday: that one already comes after).
_RANGE_JOIN = re.compile(rf"\s*(?:{lx.RANGE_JOINERS})\s*")
# How far back (in characters) the first day of such a range may end: just the joining word.
RANGE_JOIN_MAX_CHARS = 12


def range_start(cx: Context, h: Hit) -> date | None:
    """The day a range starts on when ``h`` names its end ("Wednesday through Friday")."""
    if cx.last_day is None or not 0 <= h.start - cx.last_day_end <= RANGE_JOIN_MAX_CHARS:
        return None
    return cx.last_day if _RANGE_JOIN.fullmatch(cx.lower, cx.last_day_end, h.start) else None


def weekday_date(cx: Context, h: Hit, weekday: int, rel: str) -> date:
    """The date of a weekday named without a date: "last Friday", "on Wednesday", "next Monday"."""
    day = _weekday_date(cx, h, weekday, rel)
    start = range_start(cx, h) if not rel else None
    if start is not None and day < start:  # the end of a range never comes before its start
        return calc.weekday_on_or_after(start, weekday)
    return day


def _weekday_date(cx: Context, h: Hit, weekday: int, rel: str) -> date:
    dct = cx.dct
    if rel in ("last", "this past", "past"):
        return calc.weekday_on_or_before(dct - timedelta(days=1), weekday)
    if rel in ("next", "this coming", "coming"):
        return calc.weekday_on_or_after(dct + timedelta(days=1), weekday)
    if _LEAD_UP.search(cx.lower, max(0, h.start - 40), h.start) and not _RETROSPECT.search(
            cx.lower, cx.clauses.bounds(h.start, h.end)[0], h.start):
        return calc.weekday_on_or_after(dct, weekday)  # "tickets have sold ahead of Saturday's concert"
    possessive = cx.lower.startswith(("'s", "’s"), h.end)  # "Wednesday's ruling": an event reported
    scheduled = possessive and _scheduled_after(cx, h.end + 2)
    tense = cx.tense(h)
    if (not possessive or scheduled) and tense == FUTURE:
        return calc.weekday_on_or_after(dct, weekday)
    before = calc.weekday_on_or_before(dct, weekday)
    if scheduled and tense == PRESENT:  # "doors open at 16:00 for Saturday's show" (written on Friday)
        after = calc.weekday_on_or_after(dct, weekday)
        # News reports what happened: the day ahead only when it is much the nearer ("Monday's
        # vote shows a split", written on Friday, is last Monday's). TBAQ has no case either way.
        return after if 2 * (after - dct).days < (dct - before).days else before
    return before


def _scheduled_after(cx: Context, pos: int) -> bool:
    """Whether a possessive weekday names an event held on a set day ("Saturday's concert will
    raise money"), which a future clause places ahead, unlike a decision reported ("Wednesday's
    ruling will be appealed")."""
    m = _WORDS_AFTER.match(cx.lower, pos)  # the noun, or an adjective and the noun ("tribute concert")
    return m is not None and not _SCHEDULED_EVENTS.isdisjoint(m.group(1, 2))


_WORDS_AFTER = re.compile(r"\s+([a-z-]+)(?:\s+([a-z]+))?")
_SCHEDULED_EVENTS = lx.words("""
    concert concerts match matches game games vote votes election elections referendum summit meeting
    meetings final race rally hearing debate ceremony parade launch deadline opening premiere show
    tournament fixture primary primaries caucus caucuses poll polls strike march protest talks
""")


# Words that put the day after what the clause reports, whatever the verb's tense ("said ... ahead
# of Saturday's vote" is written before the vote) unless the sentence looks back with "had".
_LEAD_UP = re.compile(r"\b(?:ahead\s+of|in\s+the\s+(?:run|build|lead)-up\s+to|on\s+the\s+eve\s+of|in\s+advance\s+of"
                      r"|in\s+time\s+for|in\s+preparation\s+for)\s+$")
_RETROSPECT = re.compile(r"\bhad\b")


# Newspapers named after their day of issue: "the Sunday Times reported", "the Mail on Sunday".
# They date nothing (UK news names them often: 35 times in the BBC summary and T17 texts, never in TBAQ).
_PAPER_AFTER = re.compile(r"\s+(?:Times(?!\s+Square)|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent"
                          r"|People|Mail|Sport|Star|Observer|Record|Journal|Business|Sun)\b")
_PAPER_BEFORE = re.compile(r"\bMail\s+on\s+$")


def n_weekday(h: Hit, cx: Context) -> list[Resolved]:
    """"Wednesday", "last Friday", "Monday morning", "Tuesday nights" (a set)."""
    g = h.groups
    ws = h.gstart("wd")
    word = g["wd"] or ""
    if not capitalised(cx, ws):
        return []
    if h.end == h.gstart("wd") + len(word) and (
            _PAPER_AFTER.match(cx.text, h.end) or _PAPER_BEFORE.search(cx.text, max(0, ws - 12), ws)):
        return []
    wd = weekday_number(word)
    rel = norm(g.get("rel"))
    pod = norm(g.get("pod"))
    if g.get("pl") or pod in ("nights", "mornings"):
        value = f"XXXX-WXX-{wd}" + (f"T{_POD[pod]}" if pod else "")
        return [Resolved(h.start, h.end, "SET", value)]
    # TimeBank annotates "Friday night" as the day (DATE) more often than as a TIME with a part of day
    # (measured: the TIME form loses 0.3 value F1 on TBAQ, 1.2 on AQUAINT, whose gold splits evenly).
    return [day_resolved(cx, h, weekday_date(cx, h, wd, rel))]


_GENERIC_AFTER_TODAY = lx.words("""
    world society youth generation generations children kids young leaders standards technology economy
    people computers families parents students
""")
# ... and before "of today" / "of tomorrow": "the women of today", "the leaders of tomorrow".
_GENERIC_BEFORE_OF_TODAY = _GENERIC_AFTER_TODAY | lx.words("women men girls boys workers")
_OF_BEFORE = re.compile(r"([a-z]+)\s+of\s+$")


def n_rel_day(h: Hit, cx: Context) -> list[Resolved]:
    """"yesterday", "today", "tomorrow", "tonight", "late yesterday afternoon"."""
    g = h.groups
    rd = g["rd"] or ""
    possessive = cx.lower.startswith(("'s ", "’s "), h.end)
    if rd in ("today", "tomorrow") and possessive and next_word(cx, h.end + 3) in _GENERIC_AFTER_TODAY:
        return []  # "today's world", "tomorrow's leaders": the present or future in general, not a day
    if rd in ("today", "tomorrow") and (m := _OF_BEFORE.search(cx.lower, max(0, h.start - 40), h.start)) \
            and m.group(1) in _GENERIC_BEFORE_OF_TODAY:
        return []
    if rd == "today" and capitalised(cx, h.start) and not g.get("pod") and not g.get("edge") and (
            prev_word(cx, h.start) == "the" or next_word(cx, h.end + (3 if possessive else 0)) in _SHOW_WORDS):
        return []  # "the Today programme", "Today show": a broadcast's name
    d = cx.dct + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[rd])
    pod = norm(g.get("pod"))
    if rd == "tonight" and not pod:
        pod = "night"
    edge = norm(g.get("edge"))
    mod = {"early": "START", "late": "END"}.get(edge)
    if pod:
        return [Resolved(h.start, h.end, "TIME", f"{d.isoformat()}T{_POD[pod]}", mod)]
    return [day_resolved(cx, h, d, mod=mod)]


_SHOW_WORDS = frozenset({"program", "programme", "show", "presenter", "host", "interview"})


def n_pod(h: Hit, cx: Context) -> list[Resolved]:
    """"this morning", "last night", "tomorrow evening"."""
    g = h.groups
    dem = norm(g["dem"]).split()[-1]
    pod = norm(g["pod"])
    d = cx.dct + timedelta(days={"this": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[dem])
    if dem == "last" and pod not in ("night", "evening"):
        d = cx.dct - timedelta(days=1)
    return [Resolved(h.start, h.end, "TIME", f"{d.isoformat()}T{_POD.get(pod, 'NI')}")]


def n_named_rel(h: Hit, cx: Context) -> list[Resolved]:
    """"the next day", "the day before", "that night", "the following Monday" (narrative)."""
    p = norm(h.groups["np"])
    if p == "the day before yesterday":
        return [day_resolved(cx, h, cx.dct - timedelta(days=2))]
    if p == "the day after tomorrow":
        return [day_resolved(cx, h, cx.dct + timedelta(days=2))]
    base = cx.last_day or cx.dct
    words = p.split()
    last = words[-1]
    if last in lx.WEEKDAYS:
        wd = lx.WEEKDAYS[last]
        forward = words[1] in ("next", "following")
        d = (calc.weekday_on_or_after(base + timedelta(days=1), wd) if forward
             else calc.weekday_on_or_before(base - timedelta(days=1), wd))
        return [day_resolved(cx, h, d, anchor="narrative")]
    if "next" in words or "following" in words or "after" in words:
        d = base + timedelta(days=1)
    elif "previous" in words or "preceding" in words or "before" in words:
        d = base - timedelta(days=1)
    else:
        d = base
    return [day_resolved(cx, h, d, anchor="narrative")]


def _clock(h: Hit) -> str | None:
    g = h.groups
    hour = int(g["h"] or 0)
    minute = int(g["mi"] or 0) if g.get("mi") else 0
    ap = (g.get("ap") or "").replace(".", "")
    if ap.startswith("p") and hour < 12:
        hour += 12
    if ap.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return f"T{hour:02d}:{minute:02d}"


def _dayref(cx: Context, h: Hit, word: str | None) -> date:
    if not word:
        return cx.dct
    w = norm(word)
    if w in ("today", "yesterday", "tomorrow", "tonight"):
        return cx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))
    return weekday_date(cx, h, weekday_number(w), "")


def n_clock(h: Hit, cx: Context) -> list[Resolved]:
    """"10:30 a.m.", "5 p.m. Friday", "14:30 GMT"."""
    t = _clock(h)
    if t is None:
        return []
    if h.match is not None and h.groups.get("dayref") and _NEW_SENTENCE_DAY.match(cx.text, h.gstart("dayref") - 2):
        # "He left at 9 a.m. Tomorrow he returns": the day opens the next sentence, on its own
        day_start = h.gstart("dayref")
        word = Hit("rel_day", day_start, h.end, {"rd": h.groups["dayref"]})
        end = h.match.end("tz") if h.groups.get("tz") else h.match.end("ap")
        clock = Hit("clock", h.start, end, {**h.groups, "dayref": None})
        return [*n_clock(clock, cx), *n_rel_day(word, cx)]
    told = _day_told(cx, h)
    d = told or _day_just_named(cx, h) or cx.dct
    qm = norm(h.groups.get("qm"))
    mod = "APPROX" if qm in ("about", "around", "at about") else None
    start = h.gstart("h") if qm.startswith(("shortly", "just", "at")) else h.start
    return [Resolved(start, h.end, "TIME", f"{d.isoformat()}{t}", mod, implicit_day=told is None)]


_REL_DAYS = ("today", "yesterday", "tomorrow", "tonight")
# A capitalised "Today", "Tomorrow" ... after "a.m." / "p.m.": a new sentence's first word.
_NEW_SENTENCE_DAY = re.compile(r"\. (?:Today|Tomorrow|Yesterday|Tonight)\b")


def _day_just_named(cx: Context, h: Hit) -> date | None:
    """The day named just before a time of day ("On Friday ... at 10 p.m."), if it is close enough
    to be its day: a day named paragraphs before (a fact box's birth date) is not."""
    if cx.last_day is not None and 0 <= h.start - cx.last_day_end <= CLOCK_DAY_CONTEXT_CHARS:
        return cx.last_day
    return None


def _day_told(cx: Context, h: Hit) -> date | None:
    """The day a time of day gives itself ("5 p.m. Friday") or that is named just after it."""
    word = h.groups.get("dayref")
    if word:
        return _dayref(cx, h, word)
    near = _day_after(cx, h)  # resolved where it stands: "18:00 BST for Saturday's show"
    return _dayref(cx, near, near.groups["wd"]) if near else None


def _day_after(cx: Context, h: Hit) -> Hit | None:
    """A day named just after a time of day, in the same clause: "at 10:35 a.m. (0735 GMT) Friday",
    "at about midday on Thursday"."""
    near = _NEAR_DAY.search(cx.lower, h.end, min(len(cx.lower), h.end + 25))
    if near is None or _SENTENCE_END.search(cx.lower, h.end, near.start()) or \
            _NEW_SENTENCE_DAY.match(cx.text, near.start() - 2):
        return None  # "results came Tuesday at 3pm. On Friday, ...": the next sentence's day
    if capitalised(cx, near.start()) or near.group() in _REL_DAYS:
        return Hit("weekday", near.start(), near.end(), {"wd": near.group()})
    return None


_SENTENCE_END = re.compile(r"[.!?;]")


_NEAR_DAY = re.compile(r"(?<=[\s(),])(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday"
                       r"|friday|saturday|sunday)\b")


def n_in_the_day(h: Hit, cx: Context) -> list[Resolved]:
    """ "later in the day": the day (week, ...) last mentioned; the span is "the day"."""
    unit = h.groups["unit"] or "day"
    base = cx.last_day or cx.dct
    value, _ = shift(base, 0, unit)
    return [Resolved(h.gstart("x"), h.end, "DATE", value, anchor="narrative" if cx.last_day else "dct")]


def n_noon(h: Hit, cx: Context) -> list[Resolved]:
    """"noon", "midnight Friday"."""
    g = h.groups
    if prev_word(cx, h.start) == "high":
        return []  # "high noon": an idiom (and a film)
    told = _day_told(cx, h)
    d = told or _day_just_named(cx, h) or cx.dct
    t = "T12:00" if g["nn"] == "noon" else "T24:00"
    return [Resolved(h.start, h.end, "TIME", f"{d.isoformat()}{t}", implicit_day=told is None)]


def n_clock_date(h: Hit, cx: Context) -> list[Resolved]:
    """ "5 p.m. EST Nov. 9": a clock time on a date."""
    t = _clock(h)
    days = n_month_day(h, cx)
    if t is None or not days:
        return []
    return [Resolved(h.start, h.end, "TIME", f"{days[0].value}{t}")]


def n_pod_alone(h: Hit, cx: Context) -> list[Resolved]:
    """ "the morning", "midday": a part of the day last mentioned (else of the DCT)."""
    words = norm(h.groups["pa"]).replace("-", " ").split()
    told = _day_told(cx, h)
    if told:  # "mid-afternoon yesterday", "at about midday on Thursday"
        d, anchor = told, "dct"
    else:
        named = _day_just_named(cx, h)
        d, anchor = (named, "narrative") if named else (cx.dct, "dct")
    last = words[-1]
    if last in ("midday", "day"):
        return [Resolved(h.start, h.end, "TIME", f"{d.isoformat()}T12:00", anchor=anchor)]
    return [Resolved(h.start, h.end, "TIME", f"{d.isoformat()}T{_POD[last]}", anchor=anchor)]
