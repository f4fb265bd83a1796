"""Hand-made analysed articles for the timeline tests (no resolver, no corpus text).

``build_analysis`` builds an ArticleAnalysis from sentences and the dates they name, with
offsets computed as the real stages would produce them, so the timeline is tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefing.model import (
    Article,
    ArticleAnalysis,
    Certainty,
    Direction,
    Granularity,
    Interval,
    Sentence,
    Summary,
    TimeExpression,
)

# (sentence index, phrase in that sentence, interval, granularity, certainty, direction)
DateSpec = tuple[int, str, Interval, Granularity, Certainty, Direction]


def day(iso: str) -> Interval:
    d = date.fromisoformat(iso)
    return Interval(d, d)


def on(index: int, phrase: str, iso: str, direction: Direction = Direction.PAST) -> DateSpec:
    """A day-precise exact date named by ``phrase`` in sentence ``index``."""
    return (index, phrase, day(iso), Granularity.DAY, Certainty.EXACT, direction)


def build_analysis(article_id: str, published: str, sentences: Sequence[str],
                   dates: Sequence[DateSpec] = (), source: str = "") -> ArticleAnalysis:
    body = ""
    spans: list[Sentence] = []
    for text in sentences:
        if body:
            body += " "
        spans.append(Sentence(len(body), len(body) + len(text), text))
        body += text
    timexes = []
    for index, phrase, interval, granularity, certainty, direction in dates:
        offset = spans[index].text.index(phrase) + spans[index].start
        value = interval.start.isoformat() if interval.days == 1 else "XXXX"
        timexes.append(TimeExpression(offset, offset + len(phrase), phrase, "DATE", value, interval,
                                      certainty, direction, granularity))
    timexes.sort(key=lambda t: t.start)
    article = Article(article_id, f"Title of {article_id}", date.fromisoformat(published), body,
                      source or f"Outlet {article_id}")
    return ArticleAnalysis(article, body, tuple(spans), tuple(timexes),
                           Summary(article_id, tuple(sentences[:2])))
