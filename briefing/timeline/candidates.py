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
from briefing.timeline.evidence import continues_range, ends_range, is_aside, places_event
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
    aside: bool = False  # the sentence names another day too, and tells that one (evidence.is_aside)
    until: date | None = None  # the last day of a range the sentence names ("March 12-14"): see ``span``

    @property
    def span(self) -> Interval:
        """The days the sentence's event takes: its range ("from March 12 to March 14"), else its
        interval. The main timeline places an event at its first day; the upcoming and background
        parts show the whole range."""
        return Interval(self.interval.start, self.until) if self.until else self.interval

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
    asides = _asides(analysis, placed)
    for index, t in placed:
        timex = timexes[t]
        assert timex.interval is not None
        out.append(Mention(timex.interval, timex.granularity, timex.certainty, timex.direction,
                           timex.value, doc, group, index, sentences[index].text, True, t in asides,
                           _range_end(analysis, index, t)))
    published = analysis.article.published
    day = Interval(published, published)
    for index in leads:
        out.append(Mention(day, Granularity.DAY, Certainty.EXACT, Direction.PRESENT, published.isoformat(),
                           doc, group, index, sentences[index].text, False))
    return out


def _range_end(analysis: ArticleAnalysis, index: int, t: int) -> date | None:
    """The last day of the range that expression ``t`` (in sentence ``index``) begins, if it
    begins one ("from March 12 to March 14", "March 5-7", "between 20 and 22 March")."""
    timexes, sentence = analysis.timexes, analysis.sentences[index]
    if t + 1 >= len(timexes):
        return None
    first, second = timexes[t], timexes[t + 1]
    if (first.interval is None or second.interval is None or second.end > sentence.end
            or not is_day(first.interval, first.granularity) or not is_day(second.interval, second.granularity)
            or second.interval.start <= first.interval.start):
        return None
    offset = sentence.start
    if not ends_range(sentence.text, first.start - offset, first.end - offset, second.start - offset):
        return None
    return second.interval.start


def _asides(analysis: ArticleAnalysis, placed: Sequence[tuple[int, int]]) -> set[int]:
    """The placed expressions (by index) that are asides in a sentence naming several days:
    the sentence is told at its other days (``evidence.is_aside``)."""
    days: dict[int, list[int]] = {}
    for index, t in placed:
        timex = analysis.timexes[t]
        if timex.interval is not None and is_day(timex.interval, timex.granularity):
            days.setdefault(index, []).append(t)
    out: set[int] = set()
    for index, ts in days.items():
        if len({analysis.timexes[t].interval for t in ts}) < 2:
            continue
        sentence = analysis.sentences[index]
        aside = {t for t in ts if is_aside(sentence.text, analysis.timexes[t].start - sentence.start,
                                            analysis.timexes[t].end - sentence.start)}
        if len(aside) < len(ts):  # some day is the sentence's own
            out |= aside
    return out


def placements(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """(sentence index, expression index) for each resolved expression, once per sentence and
    interval; not for expressions that place no event (``evidence.places_event``)."""
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, Interval]] = set()
    # A sentence telling a habit ("every year", "usually") names seasons and months as its pattern,
    # not as dates: "people die of flu every year during the winter flu season", "flu season is
    # usually over by May" are no news of the coming winter or May. Its days still place events
    # ("held every year, this time on May 12").
    with_set = {index for t in analysis.timexes if t.type == "SET"
                and (index := _sentence_index(starts, sentences, t)) is not None}

    @functools.cache
    def habitual(index: int) -> bool:  # asked only of sentences naming a season or month: most name none
        return index in with_set or _GENERIC.search(sentences[index].text) is not None

    day_end = (-1, -1)  # (sentence, offset) where the last day named ended
    for t, timex in enumerate(analysis.timexes):
        if timex.interval is None:
            continue
        index = _sentence_index(starts, sentences, timex)
        if index is None or (index, timex.interval) in seen:
            continue
        sentence = sentences[index]
        start, end = timex.start - sentence.start, timex.end - sentence.start
        is_day_here = is_day(timex.interval, timex.granularity)
        if not is_day_here and habitual(index):
            continue
        if day_end[0] == index and is_day_here and continues_range(sentence.text, day_end[1], start):
            day_end = (index, end)  # a range's second day: the event is placed at its first
            continue
        if not places_event(sentence.text, start, end):
            # A day given up does not begin a range: in "postponed from March 3 to March 10",
            # March 10 is the event's day.
            continue
        day_end = (index, end) if is_day_here else day_end
        seen.add((index, timex.interval))
        out.append((index, t))
    return out


# Adverbs that make a statement generic: what usually happens, not what happened or will.
_GENERIC = re.compile(r"\b(?:usually|often|normally|typically|generally|traditionally|always|rarely|seldom"
                      r"|tends?\s+to)\b", re.IGNORECASE)


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
