"""Timeline stage: events across articles, merged, ranked, cut to the period. STUB."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import ArticleAnalysis, Period, Timeline


def build_timeline(analyses: Sequence[ArticleAnalysis], *, period: Period | None = None,
                   max_dates: int | None = None, sentences_per_date: int = 1) -> Timeline:
    """The timeline of ``analyses``: main events in ``period``, plus upcoming and background."""
    return Timeline(period, ())
