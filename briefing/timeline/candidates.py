"""Candidate events: sentences that carry a resolved date, and article leads at their publication date.

Every resolved time expression makes its sentence a candidate at the expression's interval;
an article's lead (its first readable sentence that names no other date) is a candidate at the
publication date. ``Mention.text`` is the sentence cleaned for display, so that everything
downstream compares and shows the same text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence of one article placed at one date interval."""

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
        return self.interval.days == 1 and self.granularity in DAY_GRANULARITIES


@functools.lru_cache(maxsize=1 << 16)
def shown_text(raw: str) -> str:
    """``clean_sentence`` cached: wire copies repeat the same sentences many times."""
    return clean_sentence(raw) or ""


def collect_mentions(analyses: Sequence[ArticleAnalysis], groups: Sequence[int]) -> list[Mention]:
    """Every dated sentence of every article, plus each article's lead at its publication date."""
    mentions: list[Mention] = []
    for doc, analysis in enumerate(analyses):
        mentions.extend(_article_mentions(doc, groups[doc], analysis))
    return mentions


def _article_mentions(doc: int, group: int, analysis: ArticleAnalysis) -> list[Mention]:
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    dated: set[int] = set()
    out: list[Mention] = []
    seen: set[tuple[int, Interval]] = set()
    for timex in analysis.timexes:
        if timex.interval is None:
            continue
        index = _sentence_index(starts, sentences, timex)
        if index is None or (index, timex.interval) in seen:
            continue
        seen.add((index, timex.interval))
        dated.add(index)
        out.append(Mention(timex.interval, timex.granularity, timex.certainty, timex.direction,
                           timex.value, doc, group, index, sentences[index].text, True))
    out.extend(_lead_mentions(doc, group, analysis, dated))
    return out


def _lead_mentions(doc: int, group: int, analysis: ArticleAnalysis, dated: set[int]) -> list[Mention]:
    """The first readable sentences of an article, at its publication date."""
    published = analysis.article.published
    out: list[Mention] = []
    for index, sentence in enumerate(analysis.sentences):
        if len(out) >= tuning.LEAD_SENTENCES:
            break
        if not shown_text(sentence.text):
            continue
        if index not in dated:  # a lead naming a date is already a candidate at that date
            out.append(Mention(Interval(published, published), Granularity.DAY, Certainty.EXACT,
                               Direction.PRESENT, published.isoformat(), doc, group, index, sentence.text,
                               False))
        else:
            break
    return out


def _sentence_index(starts: list[int], sentences: Sequence[Sentence], timex: TimeExpression) -> int | None:
    """The index of the sentence containing ``timex``, or None when it lies between sentences."""
    i = bisect.bisect_right(starts, timex.start) - 1
    if i >= 0 and sentences[i].start <= timex.start < sentences[i].end:
        return i
    return None
