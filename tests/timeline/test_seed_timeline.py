"""The bundled seeds' timeline: what the README's demo shows (a regression guard on real text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyse import analyse_article
from briefing.ingest import load_articles
from briefing.model import Timeline
from briefing.timeline import build_timeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    analyses = [analyse_article(a) for a in load_articles([SEEDS]).articles]
    return build_timeline(analyses, max_dates=30, sentences_per_date=2)


def test_a_less_common_story_tells_its_own_day(timeline: Timeline) -> None:
    # Argentina's abortion bill is far from the seeds' main topics (COVID-19, US primaries): its
    # day still shows its own event first, not another article's aside about March 1.
    [march_1] = [e for e in timeline.events if e.label == "2020-03-01"]
    assert march_1.text.startswith("On Sunday in Argentina's National Congress")


def test_the_embassy_closure_is_upcoming_and_never_a_fake_day(timeline: Timeline) -> None:
    labels = {e.label: e.text for e in timeline.upcoming}
    assert "close the embassy during the next few months" in labels["Oct–Dec 2020 (approx.)"]
    assert all(not e.text.startswith("On September 27") for e in timeline.events if e.label != "2020-09-27")
