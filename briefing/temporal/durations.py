"""Normalisers for durations ("three years", "the next few months"), sets ("every week",
"daily", "$5 million a year") and vague references ("now", "recently", "soon").

A duration carries a hint ("past"/"future") when its words place it ("the past three months",
"the next few months"); intervals.py turns that into a span before or after the DCT."""

from __future__ import annotations

import re

from briefing.temporal import lexicon as lx
from briefing.temporal.context import Context, Resolved, next_word, norm, prev_word
from briefing.temporal.recognise import Hit
from briefing.temporal.values import duration_value, month_number, number_value, unit_of, weekday_number

_PAST_WORDS = frozenset({"past", "last", "previous", "preceding", "recent", "first", "initial"})
_FUTURE_WORDS = frozenset({"next", "coming", "following", "remaining", "ensuing", "subsequent", "additional"})
_MODALS = lx.words("will would could might may can shall should must")
# Words before "last" that make it the verb ("to last", "will last", "did not last").
_VERB_LAST_BEFORE = _MODALS | lx.words("to not never did does do")
# A number or amount just before "a year" makes it a rate: "$5 million a year" is a SET.
_RATE_BEFORE = re.compile(r"(?:\d|million|billion|trillion|times|once|twice|percent|%|cents?|dollars?|hours?|"
                          r"days?|miles|people|cases|each)\W*$")


def duration_resolved(h: Hit, cx: Context, start: int, end: int, n: float | None, unit: str, mod: str | None,
                      hint: str | None = None) -> list[Resolved]:
    """A DURATION of ``n`` ``unit``s (``n`` None: an unknown number, "PXY")."""
    if unit not in lx.UNITS:
        return []
    return [Resolved(start, end, "DURATION", duration_value(n, unit), mod, "none", hint)]


def n_duration(h: Hit, cx: Context) -> list[Resolved]:
    """ "three years", "the past few months", "a two-year contract", "nearly two weeks", "a year" (rate)."""
    g = h.groups
    unit = unit_of(g["unit"] or "")
    nword = norm(g["n"])
    det, pl = norm(g.get("det")), norm(g.get("pl"))
    n = number_value(nword)  # "two to three weeks": TimeBank keeps the first number (the lower bound)
    if g.get("half") and n is not None and not g.get("n2"):
        n += 0.5  # "a year and a half", "an hour and a half"
    if (g.get("suf") == "-old" or next_word(cx, h.end) == "old") and unit == "year" and n is not None:
        return []  # an age ("a 45-year-old", "52 years old"), not a time
    if unit in ("quarter", "half") and next_word(cx, h.end) == "of" and n is not None and n <= 3:
        return []  # "three quarters of", a fraction
    if n is not None and n > 10000:
        return []
    if cx.text[h.gstart("unit"):h.gstart("unit") + 1].isupper() and not cx.text[h.start:h.end].isupper():
        return []  # "60 Minutes", "Four Weddings": a title
    if nword == "one" and unit == "day" and not det and prev_word(cx, h.start) in _MODALS:
        return [Resolved(h.start, h.end, "DATE", "FUTURE_REF", hint="future")]  # "will one day be"
    if nword in ("a", "an") and not pl and not det:
        before = cx.lower[max(0, h.start - 25):h.start]
        if _RATE_BEFORE.search(before) or prev_word(cx, h.start) in ("per", "a"):
            return [Resolved(h.start, h.end, "SET", duration_value(1, unit))]
        if unit == "day" and prev_word(cx, h.start) == "one":
            return []
    if unit == "night" and n is None:
        return []
    if unit == "second" and nword in ("a", "an"):
        return []  # "a second group": the ordinal
    start = h.start
    if pl == "last" and not det and prev_word(cx, h.start) in _VERB_LAST_BEFORE:
        # "expected to last five weeks", "will last two days": the verb, not "the last five weeks"
        start, pl = h.gstart("qm") if g.get("qm") else h.gstart("n"), ""
    if det == "the" and not pl and "-" in (g.get("sep") or ""):
        start = h.gstart("qm") if g.get("qm") else h.gstart("n")  # "the 30-day rate": an adjective
    elif det in ("a", "an", "its", "their", "his", "her", "our", "this", "that") and not pl and not (
            det in ("a", "an") and nword in ("few", "couple of")):  # but "a few days" keeps its article
        start = h.gstart("qm") if g.get("qm") else h.gstart("n")
    mod = lx.QUANTITY_MODIFIERS.get(norm(g.get("qm"))) if g.get("qm") else None
    hint = "past" if pl in _PAST_WORDS else "future" if pl in _FUTURE_WORDS else None
    if nword in ("the next few",):
        hint = "future"
    if g.get("n2") and h.match is not None and unit in lx.UNITS:
        # "two to six days", "12 and 18 months": TimeML tags each bound ("two" = P2D, "six days" = P6D)
        n2 = number_value(norm(g["n2"]))
        return [Resolved(start, h.match.end("n"), "DURATION", duration_value(n, unit), mod, "none", hint),
                Resolved(h.gstart("n2"), h.end, "DURATION", duration_value(n2, unit), None, "none", hint)]
    return duration_resolved(h, cx, start, h.end, n, unit, mod, hint)


_BEFORE_EVENT = re.compile(r"\s+(?:leading|running)\s+up\s+to\b|\s+(?:ahead\s+of|prior\s+to|up\s+to|until|till"
                           r"|preceding|following)\b")


# Words before a bare plural that make it a noun phrase, not a duration ("those days", "working hours").
_NOT_BEFORE_PLURAL = lx.words("""
    the these those of early working business school man light opening happy old good bad glory dog
    golden final last
""")


def n_bare_plural(h: Hit, cx: Context) -> list[Resolved]:
    """ "years", "for months", "in recent years", "the coming weeks", "over the years"."""
    g = h.groups
    pl = norm(g.get("pl"))
    unit = unit_of(g["unit"] or "")
    prev = prev_word(cx, h.start)
    if pl in ("over the", "in the", "during the", "throughout the"):
        if next_word(cx, h.end) in ("of", "before", "after", "since"):
            return []
        start = h.start + (h.groups["pl"] or "").index("the")  # TimeML: no leading preposition
        # "in the days leading up to his death", "the weeks ahead of the vote": days around an
        # event the text names, not the ones before the article was written
        if _BEFORE_EVENT.match(cx.lower, h.end):
            return duration_resolved(h, cx, start, h.end, None, unit, None)
        ahead = next_word(cx, h.end) == "ahead"  # "in the weeks ahead" ("ahead of the vote" is above)
        return duration_resolved(h, cx, start, h.end, None, unit, None, "future" if ahead else "past")
    if not pl and prev in _NOT_BEFORE_PLURAL:
        return []
    if unit == "hour" and pl == "the early":
        return []  # "in the early hours of Thursday": a part of the night, not a span anyone measures
    if unit in ("night", "weekend", "fortnight", "second") or (unit in ("quarter", "minute") and not pl):
        # "minutes apart", "minutes later": a manner of speaking, not a duration anyone annotates
        return []
    if pl == "recent" and unit == "year":
        return [Resolved(h.start, h.end, "DATE", "PAST_REF", hint="past")]
    if pl == "future":
        return [Resolved(h.start, h.end, "DATE", "FUTURE_REF", hint="future")]
    if pl in ("coming", "the coming", "in the coming"):
        start = h.start + (g["pl"] or "").index("the") if pl == "in the coming" else h.start
        return duration_resolved(h, cx, start, h.end, None, unit, None, "future")
    hint = "future" if pl in ("the next",) else "past" if pl else None
    return duration_resolved(h, cx, h.start, h.end, None, unit, None, hint)


def n_every(h: Hit, cx: Context) -> list[Resolved]:
    """ "every week", "each Thursday", "every other year", "per day", "every morning": a SET."""
    g = h.groups
    word = norm(g["unit"])
    nword = g.get("n")
    if word in lx.WEEKDAYS or word.rstrip(".") in lx.WEEKDAY_ABBREVIATIONS:
        return [Resolved(h.start, h.end, "SET", f"XXXX-WXX-{weekday_number(word)}")]
    if word in lx.MONTHS:
        return [Resolved(h.start, h.end, "SET", f"XXXX-{month_number(word):02d}")]
    if word in lx.SEASONS:
        return [Resolved(h.start, h.end, "SET", f"XXXX-{lx.SEASONS[word]}")]
    if word in ("morning", "afternoon", "evening"):  # "night" is a unit: "every night" is P1D
        return [Resolved(h.start, h.end, "SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[word]}")]
    unit = unit_of(word)
    if unit not in lx.UNITS:
        return []
    if norm(g["ev"]) == "each" and next_word(cx, h.end) == "of":
        return []
    n = number_value(nword) if nword else 1.0
    if g.get("other"):
        n = 2.0
    if n is None:
        return []
    return [Resolved(h.start, h.end, "SET", duration_value(n, unit))]


def n_freq(h: Hit, cx: Context) -> list[Resolved]:
    """ "daily", "weekly": a SET."""
    if cx.text[h.start:h.start + 1].isupper() and prev_word(cx, h.start) not in ("", ".", "!", "?"):
        return []  # "The Daily Mail": a name
    return [Resolved(h.start, h.end, "SET", lx.FREQUENCIES[h.groups["fq"] or ""])]


def n_unit_long(h: Hit, cx: Context) -> list[Resolved]:
    """ "day-long", "decades-long", "years-old": a duration used as an adjective."""
    word = norm(h.groups["unit"])
    unit = unit_of(word)
    if unit not in lx.UNITS or unit in ("second", "night"):
        return []
    return duration_resolved(h, cx, h.start, h.end, None if word != unit else 1, unit, None)


def n_ahead(h: Hit, cx: Context) -> list[Resolved]:
    """ "the weeks ahead": an unknown number of units after the DCT."""
    unit = unit_of(h.groups["unit"] or "")
    return duration_resolved(h, cx, h.start, h.end, None, unit, None, hint="future")


_PAST_AUX = lx.words("was were had did")
_PAST_FORMS = frozenset(lx.PAST_CUES)


def _is_past_form(word: str) -> bool:
    """A verb in the past tense, as far as a word list and the "-ed" ending tell."""
    return word in _PAST_FORMS or (len(word) > 4 and word.endswith("ed") and word not in ("need", "indeed"))


# After "the future", a title or a role makes it an adjective: "the future Prime Minister, Benazir
# Bhutto", "his meeting with the future president" (TBAQ tags "the future" only as a noun).
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]")
_ROLES = lx.words("""
    president king queen prince princess emperor pope minister premier chancellor leader chairman chief
    wife husband bride son-in-law daughter-in-law mayor governor senator champion star owner manager
    generation generations
""")


def n_vague(h: Hit, cx: Context) -> list[Resolved]:
    """ "now", "currently", "recently", "the future", "soon": PRESENT_REF / PAST_REF / FUTURE_REF."""
    key = norm(h.groups["vg"])
    value = lx.VAGUE_REFERENCES[key]
    if key == "soon" and (cx.lower.startswith(" as", h.end) or next_word(cx, h.end) in ("after", "afterwards",
                                                                                         "thereafter")):
        return []  # "as soon as", "soon after": a conjunction or relative to another event
    if key == "soon" and (prev_word(cx, h.start) in _PAST_AUX or _is_past_form(next_word(cx, h.end))):
        return []  # "was soon released", "soon became": shortly after another event, not after the DCT
    if key == "current" and next_word(cx, h.end) in ("account", "accounts", "affairs", "events"):
        return []  # "current account": economics, not time
    if key == "the future" and prev_word(cx, h.start) not in ("in", "into") and (
            _TITLE_AFTER.match(cx.text, h.end) or next_word(cx, h.end) in _ROLES):
        return []  # "the future Prime Minister", "the future king": who someone became, not when
    hint = {"PAST_REF": "past", "FUTURE_REF": "future", "PRESENT_REF": None}[value]
    return [Resolved(h.start, h.end, "DATE", value, hint=hint)]

