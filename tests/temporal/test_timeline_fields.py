"""What the timeline reads besides the TIMEX3 value: interval, certainty, direction,
granularity and anchor."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.model import Certainty, Direction, Granularity, Interval
from briefing.temporal import resolve_dates

DCT = date(2020, 9, 30)
D = date


def only(sentence: str, dct: date = DCT):
    found = resolve_dates(sentence, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "interval", "granularity"), [
    ("It happened on Sept. 27.", Interval(D(2020, 9, 27), D(2020, 9, 27)), Granularity.DAY),
    ("The plan was announced last week.", Interval(D(2020, 9, 21), D(2020, 9, 27)), Granularity.WEEK),
    ("Inflation slowed last month.", Interval(D(2020, 8, 1), D(2020, 8, 31)), Granularity.MONTH),
    ("Growth slowed in the third quarter.", Interval(D(2020, 7, 1), D(2020, 9, 30)), Granularity.QUARTER),
    ("Output fell in the first half.", Interval(D(2020, 1, 1), D(2020, 6, 30)), Granularity.HALF),
    ("Tourism boomed last summer.", Interval(D(2020, 6, 1), D(2020, 8, 31)), Granularity.SEASON),
    ("Snow fell last winter.", Interval(D(2019, 12, 1), D(2020, 2, 29)), Granularity.SEASON),
    ("Profits rose last year.", Interval(D(2019, 1, 1), D(2019, 12, 31)), Granularity.YEAR),
    ("The bridge opened in the 1990s.", Interval(D(1990, 1, 1), D(1999, 12, 31)), Granularity.DECADE),
    ("It was built in the 19th century.", Interval(D(1800, 1, 1), D(1899, 12, 31)), Granularity.CENTURY),
    ("The weekend was quiet, they said.", Interval(D(2020, 9, 26), D(2020, 9, 27)), Granularity.WEEK),
    ("Officials met this morning.", Interval(D(2020, 9, 30), D(2020, 9, 30)), Granularity.TIME),
])
def test_interval_and_granularity(sentence: str, interval: Interval, granularity: Granularity) -> None:
    t = only(sentence)
    assert (t.interval, t.granularity) == (interval, granularity)


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Shares fell yesterday.", Direction.PAST),
    ("The report is out today.", Direction.PRESENT),
    ("The shop reopens tomorrow.", Direction.FUTURE),
    ("Growth slowed in the third quarter.", Direction.PRESENT),
    ("Profits will rise next year.", Direction.FUTURE),
    ("She recently moved to Paris.", Direction.PAST),
    ("The company is now profitable.", Direction.PRESENT),
    ("Prices will rise over the next few months.", Direction.FUTURE),
    ("Shares fell 10% in the past three months.", Direction.PAST),
])
def test_direction(sentence: str, direction: Direction) -> None:
    assert only(sentence).direction == direction


@pytest.mark.parametrize(("sentence", "certainty"), [
    ("It happened on Sept. 27.", Certainty.EXACT),
    ("Profits rose last year.", Certainty.EXACT),
    ("Results are due in late October.", Certainty.APPROXIMATE),
    ("Prices rose sharply in mid-2019.", Certainty.APPROXIMATE),
    ("She recently moved to Paris.", Certainty.VAGUE),
    ("Prices will rise over the next few months.", Certainty.VAGUE),
    ("He spent several weeks in hospital.", Certainty.VAGUE),
    ("The war lasted three years.", Certainty.EXACT),
    ("Results are expected on or around October 20.", Certainty.APPROXIMATE),  # a day, roughly
    ("The mill was built circa 1890.", Certainty.APPROXIMATE),
    ("The mill was built in or around 1890.", Certainty.APPROXIMATE),
])
def test_certainty(sentence: str, certainty: Certainty) -> None:
    assert only(sentence).certainty == certainty


def test_next_few_months_is_a_vague_future_span() -> None:
    t = only("Prices will rise in the next few months.")
    assert (t.type, t.value) == ("DURATION", "PXM")
    assert t.interval == Interval(D(2020, 10, 1), D(2020, 12, 31))
    assert (t.certainty, t.direction, t.granularity) == (Certainty.VAGUE, Direction.FUTURE, Granularity.MONTH)


def test_past_duration_ends_at_the_dct() -> None:
    t = only("Shares fell 10% in the past three months.")
    assert t.interval == Interval(D(2020, 7, 1), DCT)


def test_duration_without_direction_has_no_interval() -> None:
    t = only("The war lasted three years.")
    assert t.interval is None and t.direction == Direction.UNKNOWN


def test_late_month_is_its_last_third() -> None:
    t = only("Results are due in late October.")
    assert t.mod == "END"
    assert t.interval == Interval(D(2020, 10, 21), D(2020, 10, 31))


def test_sets_and_unknown_years_have_no_interval() -> None:
    assert only("The market opens each Thursday.").interval is None
    assert only("The paper is published daily.").interval is None


def test_anchor_says_what_a_date_is_relative_to() -> None:
    found = resolve_dates("The storm hit on June 3. The next day, the town flooded.", DCT)
    assert [t.anchor for t in found] == ["dct", "narrative"]
    assert only("The war lasted three years.").anchor == "none"


def test_a_duration_after_the_verb_last_is_no_span_of_the_calendar() -> None:
    """ "expected to last five weeks" says how long, not which weeks: it placed the trial's coming
    weeks in the five weeks before the article (a Background row)."""
    t = only("The trial is expected to last about five weeks.")
    assert (t.text, t.value, t.interval) == ("about five weeks", "P5W", None)


def test_days_around_an_event_the_text_names_are_no_span_before_the_article() -> None:
    """ "in the days leading up to his death" (a court report of 2011 on a death in 2009) made a
    Background row of the days before the report."""
    for text in ("He appeared unwell in the days leading up to his death.",
                 "In the weeks ahead of the vote, polls tightened.",
                 "Police arrested five men in the days following the attack."):
        t = only(text)
        assert (t.type, t.interval) == ("DURATION", None), text


def test_the_weeks_ahead_are_after_the_article() -> None:
    t = only("Prices will keep rising in the weeks ahead.")
    assert t.value == "PXW" and t.interval is not None and t.interval.start > DCT
