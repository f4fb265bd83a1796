"""Candidate events: sentences that carry a resolved date, and article leads at their publication date.

Every resolved time expression makes its sentence a candidate at the expression's interval;
an article's lead (its first readable sentence that names no other date) is a candidate at the
publication date. ``Mention.text`` is the sentence cleaned for display, so that everything
downstream compares and shows the same text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from briefing.model import (
    ArticleAnalysis,
    Certainty,
    Direction,
    Granularity,
    Interval,
    Sentence,
    TimeExpression,
)
from briefing.timeline import tuning
from briefing.timeline.sentences import clean_sentence

# Granularities precise enough for the main timeline's day rows.
DAY_GRANULARITIES = frozenset({Granularity.DAY, Granularity.TIME})


class Mention(NamedTuple):
    """One sentence of one article placed at one date interval.

    A named tuple rather than a frozen dataclass: a period of thousands of articles has
    ~30 mentions an article, and a frozen dataclass's ``__init__`` made their creation most
    of the time of this stage.
    """

    interval: Interval
    granularity: Granularity
    certainty: Certainty
    direction: Direction
    value: str
    doc: int  # index of the article in the analyses
    group: int  # its near-duplicate group: a story counts once
    position: int  # index of the sentence in the article (0 = lead)
    raw: str  # the sentence as the article has it
    explicit: bool  # the sentence names the date (False: a lead standing for its publication date)

    @property
    def text(self) -> str:
        """The sentence cleaned for display, or "" when it is not fit to show (cleaned lazily:
        most dated sentences are never shown)."""
        return shown_text(self.raw)

    @property
    def is_day(self) -> bool:
        return is_day(self.interval, self.granularity)


@functools.lru_cache(maxsize=1 << 16)
def shown_text(raw: str) -> str:
    """``clean_sentence`` cached: wire copies repeat the same sentences many times."""
    return clean_sentence(raw) or ""


def collect_mentions(analyses: Sequence[ArticleAnalysis], groups: Sequence[int],
                     placed: Sequence[Sequence[tuple[int, int]]], leads: Sequence[Sequence[int]]) -> list[Mention]:
    """Every dated sentence of every article, plus each article's lead at its publication date.

    ``placed`` and ``leads`` give each article's ``placements`` and ``lead_indices`` (computed
    with its timeline features, which the runner caches).
    """
    mentions: list[Mention] = []
    for doc, analysis in enumerate(analyses):
        mentions.extend(_article_mentions(doc, groups[doc], analysis, placed[doc], leads[doc]))
    return mentions


def _article_mentions(doc: int, group: int, analysis: ArticleAnalysis, placed: Sequence[tuple[int, int]],
                      leads: Sequence[int]) -> list[Mention]:
    sentences, timexes = analysis.sentences, analysis.timexes
    out: list[Mention] = []
    for index, t in placed:
        timex = timexes[t]
        assert timex.interval is not None
        out.append(Mention(timex.interval, timex.granularity, timex.certainty, timex.direction,
                           timex.value, doc, group, index, sentences[index].text, True))
    published = analysis.article.published
    day = Interval(published, published)
    for index in leads:
        out.append(Mention(day, Granularity.DAY, Certainty.EXACT, Direction.PRESENT, published.isoformat(),
                           doc, group, index, sentences[index].text, False))
    return out


def placements(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """(sentence index, expression index) for each resolved expression, once per sentence and
    interval; not for a date the sentence says was given up ("originally planned for May 28")."""
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, Interval]] = set()
    for t, timex in enumerate(analysis.timexes):
        if timex.interval is None:
            continue
        index = _sentence_index(starts, sentences, timex)
        if index is None or (index, timex.interval) in seen:
            continue
        sentence = sentences[index]
        before = sentence.text[max(0, timex.start - sentence.start - _SUPERSEDED_REACH):timex.start - sentence.start]
        if _SUPERSEDED.search(before) or (_PLANNED.search(before) and _CALLED_OFF.search(sentence.text)):
            continue
        if _is_stamp(sentence.text, timex.start - sentence.start, timex.end - sentence.start):
            continue
        seen.add((index, timex.interval))
        out.append((index, t))
    return out


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


def _is_stamp(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at ``[start, end)`` of ``sentence`` stamps the page or a comment."""
    lo, hi = max(0, start - _STAMP_REACH), min(len(sentence), end + _STAMP_REACH)
    if _STAMP_LABEL.search(sentence, lo, start) or _LABEL_AFTER.match(sentence, end, hi):
        return True
    if _YEAR.search(sentence, start, end):  # a written date, with a clock time beside it
        return bool(_CLOCK_BEFORE.search(sentence, lo, start) or _CLOCK_AFTER.match(sentence, end, hi))
    return bool(_DATE_AFTER.match(sentence, end, hi))  # a clock time, a written date after it


def lead_indices(analysis: ArticleAnalysis, placed: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """The first readable sentences of an article (up to ``LEAD_SENTENCES``, stopping at one that
    names another day: that one is already a candidate at its own date): they stand for its
    publication date.

    Only a day stops the lead. A lead that mentions a duration ("faces four years in prison"),
    a year or a month ("trial delayed until September") still reports the day's news.
    """
    published = analysis.article.published
    other_day = {index for index, t in placed if _names_day(analysis.timexes[t], published)}
    out: list[int] = []
    for index, sentence in enumerate(analysis.sentences):
        if len(out) >= tuning.LEAD_SENTENCES:
            break
        if not shown_text(sentence.text):
            continue
        if index in other_day:
            break
        out.append(index)
    return tuple(out)


def _names_day(timex: TimeExpression, published: date) -> bool:
    """Whether ``timex`` is a day (or a time of one) other than ``published``."""
    iv = timex.interval
    return iv is not None and is_day(iv, timex.granularity) and iv.start != published


def is_day(interval: Interval, granularity: Granularity) -> bool:
    """Whether an interval of this granularity is one day, precise enough for a main-timeline row."""
    return interval.days == 1 and granularity in DAY_GRANULARITIES


def _sentence_index(starts: list[int], sentences: Sequence[Sentence], timex: TimeExpression) -> int | None:
    """The index of the sentence containing ``timex``, or None when it lies between sentences."""
    i = bisect.bisect_right(starts, timex.start) - 1
    if i >= 0 and sentences[i].start <= timex.start < sentences[i].end:
        return i
    return None
