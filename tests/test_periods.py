from __future__ import annotations

from datetime import date

import pytest

from briefing.errors import UsageError
from briefing.periods import parse_day, range_period, week_period, weekly_periods


@pytest.mark.parametrize(("spec", "start", "end", "label"), [
    ("2020-W11", date(2020, 3, 9), date(2020, 3, 15), "2020-W11"),
    ("2020W1", date(2019, 12, 30), date(2020, 1, 5), "2020-W01"),  # ISO week 1 starts in the old year
    ("2020-W53", date(2020, 12, 28), date(2021, 1, 3), "2020-W53"),
])
def test_week_period(spec: str, start: date, end: date, label: str) -> None:
    p = week_period(spec)
    assert (p.start, p.end, p.label) == (start, end, label)


@pytest.mark.parametrize(("spec", "label"), [
    ("last", "2020-W11"), ("LAST", "2020-W11"), ("this", "2020-W12"),
])
def test_weeks_named_relative_to_today(spec: str, label: str) -> None:
    assert week_period(spec, now=date(2020, 3, 16)).label == label  # a Monday of week 12


def test_last_week_across_the_new_year() -> None:
    assert week_period("last", now=date(2021, 1, 4)).label == "2020-W53"


@pytest.mark.parametrize("spec", ["2021-W53", "2020-11", "W11", "2020-W0", "lastweek"])
def test_bad_weeks_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError, match=spec):
        week_period(spec)


def test_range_period_fills_missing_ends_from_articles() -> None:
    pubs = [date(2020, 3, 3), date(2020, 3, 1), date(2020, 3, 9)]
    assert range_period(None, None, pubs).label == "2020-03-01_2020-03-09"
    assert range_period(date(2020, 3, 2), None, pubs).end == date(2020, 3, 9)
    assert range_period(date(2020, 3, 2), date(2020, 3, 2)).label == "2020-03-02"
    with pytest.raises(UsageError, match="after"):
        range_period(date(2020, 3, 9), date(2020, 3, 1))


def test_weekly_periods_only_weeks_with_articles() -> None:
    pubs = [date(2020, 3, 10), date(2020, 3, 11), date(2020, 3, 24)]
    assert [p.label for p in weekly_periods(pubs)] == ["2020-W11", "2020-W13"]


def test_parse_day_names_the_option() -> None:
    with pytest.raises(UsageError, match="--from '2020-02-30'"):
        parse_day("2020-02-30", "--from")
