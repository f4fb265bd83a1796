"""date_weights: which days a timeline keeps, from mentions and publications over distinct stories."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefing.model import Certainty, Direction, Granularity, Interval, Period
from briefing.timeline.candidates import Mention
from briefing.timeline.rank import date_weights, top_dates

PERIOD = Period(date(2021, 3, 1), date(2021, 3, 31), "2021-03")


def _day(n: int) -> date:
    return date(2021, 3, n)


def _mention(day: int, doc: int, group: int, explicit: bool = True) -> Mention:
    d = _day(day)
    return Mention(Interval(d, d), Granularity.DAY, Certainty.EXACT, Direction.PAST, d.isoformat(), doc, group,
                   0, "A sentence long enough to be shown in the timeline.", explicit)


def _weights(mentioned: list[tuple[int, int]], published: list[int], groups: list[int] | None = None,
             relevance: list[float] | None = None) -> dict[date, float]:
    """``mentioned``: (day named, by doc); ``published``: each doc's day of publication."""
    groups = groups if groups is not None else list(range(len(published)))
    relevance = relevance if relevance is not None else [1.0] * len(published)
    mentions = [_mention(day, doc, groups[doc]) for day, doc in mentioned]
    return date_weights(mentions, [_day(p) for p in published], groups, PERIOD, relevance)


@pytest.mark.parametrize(("case", "mentioned", "published", "heavier", "lighter"), [
    # named after the fact by two stories vs named ahead by two stories, all published on day 20
    ("recalled beats scheduled", [(5, 0), (5, 1), (25, 2), (25, 3)], [20, 20, 20, 20], 5, 25),
    # three stories published on day 10, two naming it, vs day 2 named by nine later stories and
    # reported on by none: a day outlets reported on and named is not drowned by sheer volume
    ("reported days hold", [(10, 0), (10, 1)] + [(2, d) for d in range(3, 12)],
     [10, 10, 10] + [20 + i for i in range(9)], 10, 2),
    # a named day beats a day with the same publications that nobody names
    ("named beats unnamed", [(12, 0)], [12, 14], 12, 14),
])
def test_day_ranking(case: str, mentioned: list[tuple[int, int]], published: list[int], heavier: int,
                     lighter: int) -> None:
    weights = _weights(mentioned, published)
    assert weights[_day(heavier)] > weights.get(_day(lighter), 0.0), case


def test_wire_copies_count_once() -> None:
    """Four copies of one story naming day 5 weigh half as much as two stories naming day 8."""
    weights = _weights([(5, 0), (5, 1), (5, 2), (5, 3), (8, 4), (8, 5)], [20] * 6, groups=[0, 0, 0, 0, 1, 2])
    assert weights[_day(8)] == pytest.approx(2 * weights[_day(5)])


def test_scaling_all_evidence_keeps_the_order() -> None:
    """The mix is of shares of the largest count: doubling the collection changes no ranking."""
    mentioned, published = [(3, 0), (3, 1), (8, 2)], [4, 4, 9, 9, 9]
    once = _weights(mentioned, published)
    n = len(published)
    twice = _weights(mentioned + [(day, doc + n) for day, doc in mentioned], published + published)
    assert once == pytest.approx(twice)


def test_an_off_topic_story_counts_less() -> None:
    weights = _weights([(5, 0), (6, 1)], [10, 10], relevance=[1.0, 0.2])
    assert weights[_day(5)] > weights[_day(6)]


def test_publications_outside_the_period_are_not_days() -> None:
    weights = date_weights([], [date(2021, 4, 2)], [0], PERIOD, [1.0])
    assert weights == {}


def test_top_dates_breaks_ties_by_the_earlier_day_and_returns_date_order() -> None:
    weights = {_day(9): 1.0, _day(4): 1.0, _day(7): 2.0, _day(2): 0.5}
    assert top_dates(weights, 2, lambda d: True) == [_day(4), _day(7)]
    assert top_dates(weights, 2, lambda d: d != _day(7)) == [_day(4), _day(9)]
    assert top_dates(weights, 0, lambda d: True) == []


def test_leads_do_not_count_as_mentions() -> None:
    lead = _mention(5, 0, 0, explicit=False)
    weights = date_weights([lead], [_day(5) + timedelta(days=1)], [0], PERIOD, [1.0])
    assert _day(5) not in weights
