"""The assemble stage's choices that readers see: which articles come first."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from briefing.model import Certainty, Event, Granularity, Interval, SourceRef, Timeline
from briefing.pipeline import rank_articles

sys.path.insert(0, str(Path(__file__).parent / "timeline"))
from timeline_factory import build_analysis


def _event(iso: str, article_id: str, score: float) -> Event:
    day = date.fromisoformat(iso)
    ref = SourceRef(article_id, article_id, "outlet", day)
    return Event(Interval(day, day), Granularity.DAY, Certainty.EXACT, iso, "text", (ref,), iso, score)


def test_an_article_behind_a_weightier_event_comes_first_whatever_the_dates() -> None:
    early = build_analysis("early", "2021-05-03", ["The council met on Monday."])
    heavy = build_analysis("heavy", "2021-05-03", ["The mayor resigned on Friday."])
    uncited = build_analysis("uncited", "2021-05-07", ["A festival opened."])
    timeline = Timeline(None, (_event("2021-05-03", "early", 0.2), _event("2021-05-07", "heavy", 1.0)))
    ranked = rank_articles([uncited, early, heavy], timeline)
    assert [a.article.id for a in ranked] == ["heavy", "early", "uncited"]
