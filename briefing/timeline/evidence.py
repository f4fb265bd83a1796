"""Which date expressions are evidence of an event on their date, and which are not.

A date the sentence says was given up ("originally planned for May 28", "the vote scheduled for
Friday was cancelled") and a stamp of the page or of a reader's comment ("Page last updated at
08:14 GMT, Tuesday, 8 November 2011") name a day on which nothing in the story happened.
"""

from __future__ import annotations

import re

from briefing.temporal.lexicon import RANGE_JOINERS


def places_event(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at ``[start, end)`` of ``sentence`` places an event at its date."""
    before = sentence[max(0, start - _SUPERSEDED_REACH):start]
    if _SUPERSEDED.search(before) or (_PLANNED.search(before) and _CALLED_OFF.search(sentence)):
        return False
    return not is_stamp(sentence, start, end)


# Words just before a date that say it no longer holds: the event moved away from it.
_SUPERSEDED = re.compile(
    r"(?:\b(?:(?:originally|initially|previously|first)\s+(?:been\s+)?|had\s+been\s+)"
    r"(?:planned|scheduled|set|slated|due|expected|intended|meant)(?:\s+to\s+\w+(?:\s+\w+)?)?"
    r"|\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|put\s+off)\s+from"
    r"|\b(?:instead\s+of|rather\s+than)"
    r")\s+(?:(?:for|on|in|at|until)\s+)?(?:the\s+)?$", re.IGNORECASE)
_SUPERSEDED_REACH = 60  # characters before the date searched for those words
# ... or a plan for the date in a sentence that calls it off: "Ohio, which was planning to hold
# its primary on Tuesday, postponed it"; "the vote scheduled for Friday was cancelled".
_PLANNED = re.compile(r"\b(?:planning|planned|scheduled|slated|set|due|expected)\s+(?:to\s+\w+(?:\s+\w+){0,3}\s+)?"
                      r"(?:(?:for|on|in|at)\s+)?(?:the\s+)?$", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:postponed?|postponing|cancel(?:l?ed|s|ling)?|called\s+off|scrapped|delayed"
                         r"|put\s+off|pushed\s+back|rescheduled)\b", re.IGNORECASE)


# The second day of a range or pair ("March 3-5", "Monday to Wednesday", "March 20 and 21"):
# the sentence is already an event at the first day, and a second row with the same sentence
# would only repeat it.
_PAIR_JOIN = re.compile(rf"\s*(?:{RANGE_JOINERS}|and|or)\s*", re.IGNORECASE)


def continues_range(sentence: str, previous_end: int, start: int) -> bool:
    """Whether the expression at ``start`` is the second day of a range or pair whose first day
    ends at ``previous_end`` (offsets in ``sentence``)."""
    return 0 <= previous_end <= start and _PAIR_JOIN.fullmatch(sentence, previous_end, start) is not None


# ... of which a range ("March 3-5", "from Monday to Wednesday", "between 2 and 4 March") is one
# span of days; a pair ("March 20 and 21", "Monday or Tuesday") is not.
_RANGE_JOIN = re.compile(rf"\s*(?:{RANGE_JOINERS})\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*and\s*", re.IGNORECASE)


def ends_range(sentence: str, first_start: int, first_end: int, start: int) -> bool:
    """Whether the day at ``start`` ends a range that the day at ``[first_start, first_end)``
    begins (offsets in ``sentence``)."""
    if not 0 <= first_end <= start:
        return False
    if _RANGE_JOIN.fullmatch(sentence, first_end, start):
        return True
    joined_by_and = _AND.fullmatch(sentence, first_end, start) is not None
    return joined_by_and and _BETWEEN.search(sentence, max(0, first_start - 20), first_start) is not None


# In a sentence naming several days, a day that only dates the report of the news ("police said
# on Monday the attack happened on Saturday") or names a thing rather than when the sentence's
# event happened ("On Tuesday, ALDI announced it can't run the Wednesday special") is an aside:
# the sentence still counts as evidence of that day, but is told better at its other day.
_REPORTED_ON = re.compile(r"\b(?:said|says|reported|added|stated)\s+(?:on\s+|late\s+|early\s+)?$",
                          re.IGNORECASE)
_NAMES_A_THING = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ASIDE_REACH = 60  # characters before the day searched for the reporting verb
# ... a lower-case word after the day, unless it goes on saying when ("the Monday after the storm")
_NOUN_AFTER = re.compile(r"\s+(?!(?:after|before|following|prior|of|in|at|on|when|that|which|and|or|to|until|through"
                         r"|morning|afternoon|evening|night)\b)[a-z]")


def is_aside(sentence: str, start: int, end: int) -> bool:
    """Whether the day at ``[start, end)`` of ``sentence`` dates a report or names a thing
    (see above); meaningful only when the sentence names another day as well."""
    before = sentence[max(0, start - _ASIDE_REACH):start]
    if _REPORTED_ON.search(before):
        return True
    return bool(_NAMES_A_THING.search(before) and _NOUN_AFTER.match(sentence, end))


# Page furniture: "Last updated at 14:07 GMT", "Page last updated at 08:14 GMT, Tuesday, 8 November
# 2011", "GENEVA | Mon Apr 27, 2009 9:41 pm EDT", readers' comments "At 12:19 26th Apr 2009, jo
# wrote:" and "8th November 2011 - 17:42". They date the page or a comment, not an event: a
# comment posted the day after would otherwise count as news of that day. A date and a clock time
# written side by side (no "on" or "at" between) is the mark of a stamp; prose says "at 10:30 on
# 8 November".
_CLOCK = r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|gmt|bst|utc|uk|[ecmp][sd]t))*"
_STAMP_LABEL = re.compile(
    rf"(?:last\s+updated\s*(?:at|on|:|-)?|(?:published|posted|updated)\s*:|posted\s+by\s+[^,.]{{1,40}}?\s*(?:-+|on|,)"
    rf"|posted\s+by\s+\S+|this\s+(?:article|story|page)\s+was\s+(?:amended|updated|corrected)\s+on)"
    rf"\s*(?:{_CLOCK}\s*,?\s*)?(?:\w+day,?\s*)?$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(rf"{_CLOCK}\s*,?\s*(?:\w+day,?\s*)?$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"\s*(?:-+|,|\|)?\s*{_CLOCK}", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\s*,?\s*(?:\w+day,?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s*,?\s*(?:\S+\s+wrote\s*:|(?:last\s+)?updated\b)", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_STAMP_REACH = 60


def is_stamp(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at ``[start, end)`` of ``sentence`` stamps the page or a comment."""
    lo, hi = max(0, start - _STAMP_REACH), min(len(sentence), end + _STAMP_REACH)
    if _STAMP_LABEL.search(sentence, lo, start) or _LABEL_AFTER.match(sentence, end, hi):
        return True
    if _YEAR.search(sentence, start, end):  # a written date, with a clock time beside it
        return bool(_CLOCK_BEFORE.search(sentence, lo, start) or _CLOCK_AFTER.match(sentence, end, hi))
    return bool(_DATE_AFTER.match(sentence, end, hi))  # a clock time, a written date after it
