"""Date labels: as precise as the date, never more."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Certainty, Granularity, Interval
from briefing.temporal.labels import date_label

D = date
E, A, V = Certainty.EXACT, Certainty.APPROXIMATE, Certainty.VAGUE


@pytest.mark.parametrize(("start", "end", "granularity", "certainty", "label"), [
    (D(2020, 3, 11), D(2020, 3, 11), Granularity.DAY, E, "2020-03-11"),
    (D(2020, 3, 11), D(2020, 3, 11), Granularity.DAY, A, "~ 11 March 2020"),
    (D(2020, 3, 9), D(2020, 3, 15), Granularity.WEEK, E, "week of 9 March 2020"),
    (D(2009, 4, 25), D(2009, 4, 26), Granularity.WEEK, E, "weekend of 25–26 Apr 2009"),  # "last weekend"
    (D(2020, 2, 29), D(2020, 3, 1), Granularity.WEEK, A, "~ weekend of 29 Feb – 1 Mar 2020"),
    (D(2020, 3, 9), D(2020, 3, 10), Granularity.WEEK, A, "9–10 Mar 2020 (approx.)"),  # "earlier this week"
    (D(2020, 3, 1), D(2020, 3, 31), Granularity.MONTH, E, "March 2020"),
    (D(2020, 3, 1), D(2020, 3, 31), Granularity.MONTH, A, "~ March 2020"),
    (D(2020, 3, 21), D(2020, 3, 31), Granularity.MONTH, A, "~ late March 2020"),
    (D(2020, 3, 1), D(2020, 3, 10), Granularity.MONTH, A, "~ early March 2020"),
    (D(2020, 3, 11), D(2020, 3, 20), Granularity.MONTH, A, "~ mid-March 2020"),
    (D(2020, 10, 1), D(2020, 12, 31), Granularity.MONTH, V, "Oct–Dec 2020 (approx.)"),
    (D(2020, 10, 1), D(2020, 12, 31), Granularity.MONTH, E, "Oct–Dec 2020"),
    (D(2020, 11, 1), D(2021, 2, 28), Granularity.MONTH, V, "Nov 2020–Feb 2021 (approx.)"),
    (D(2020, 7, 1), D(2020, 9, 30), Granularity.QUARTER, E, "Q3 2020"),
    (D(2020, 6, 1), D(2020, 8, 31), Granularity.SEASON, E, "summer 2020"),
    (D(2020, 12, 1), D(2021, 2, 28), Granularity.SEASON, A, "~ winter 2020/21"),
    (D(2020, 1, 1), D(2020, 12, 31), Granularity.YEAR, E, "2020"),
    # a part of a year or season ("early 2010", "the start of winter"): the part, not its days
    (D(2010, 1, 1), D(2010, 5, 1), Granularity.YEAR, A, "~ early 2010"),
    (D(2010, 5, 2), D(2010, 8, 31), Granularity.YEAR, A, "~ mid-2010"),
    (D(2008, 9, 1), D(2008, 12, 31), Granularity.YEAR, A, "~ late 2008"),
    (D(2009, 12, 1), D(2009, 12, 30), Granularity.SEASON, A, "~ early winter 2009/10"),
    (D(2009, 8, 1), D(2009, 8, 31), Granularity.SEASON, A, "~ late summer 2009"),
    (D(2010, 1, 1), D(2019, 12, 31), Granularity.DECADE, E, "the 2010s"),
    (D(2000, 1, 1), D(2099, 12, 31), Granularity.CENTURY, E, "the 21st century"),
    (D(2000, 1, 1), D(2019, 12, 31), Granularity.DECADE, A, "2000–2019 (approx.)"),
    (D(2020, 3, 3), D(2020, 3, 14), Granularity.UNKNOWN, V, "3–14 Mar 2020 (approx.)"),
    (D(2020, 3, 20), D(2020, 4, 5), Granularity.UNKNOWN, E, "20 Mar – 5 Apr 2020"),
    (D(2009, 4, 29), D(2009, 7, 27), Granularity.UNKNOWN, V, "29 Apr – 27 Jul 2009 (approx.)"),
    (D(2020, 12, 20), D(2021, 1, 5), Granularity.UNKNOWN, A, "20 Dec 2020 – 5 Jan 2021 (approx.)"),
    # a range of days ("from March 12 to March 14"): the days, never a part of the month
    (D(2020, 3, 12), D(2020, 3, 14), Granularity.DAY, E, "12–14 Mar 2020"),
    (D(2020, 3, 30), D(2020, 4, 2), Granularity.DAY, E, "30 Mar – 2 Apr 2020"),
    (D(2020, 12, 30), D(2021, 1, 2), Granularity.DAY, E, "30 Dec 2020 – 2 Jan 2021"),
    (D(2020, 3, 12), D(2020, 3, 14), Granularity.DAY, A, "12–14 Mar 2020 (approx.)"),
])
def test_label_forms(start: date, end: date, granularity: Granularity, certainty: Certainty,
                     label: str) -> None:
    assert date_label(Interval(start, end), granularity, certainty) == label


@pytest.mark.parametrize(("value", "label"), [("FUTURE_REF", "after 29 Apr 2009"), ("PAST_REF", "before 30 Apr 2009")])
def test_a_time_with_no_end_given_is_shown_without_the_resolvers_window(value: str, label: str) -> None:
    # "soon" / "recently": the resolver's 90-day window is no date the text gave
    window = Interval(D(2009, 4, 30), D(2009, 7, 28)) if value == "FUTURE_REF" else Interval(D(2009, 1, 29),
                                                                                            D(2009, 4, 29))
    assert date_label(window, Granularity.UNKNOWN, V, value) == label


@pytest.mark.parametrize("certainty", [A, V])
@pytest.mark.parametrize(("start", "end", "granularity"), [
    (D(2020, 3, 11), D(2020, 3, 11), Granularity.DAY),
    (D(2020, 3, 1), D(2020, 3, 31), Granularity.MONTH),
    (D(2020, 10, 1), D(2020, 12, 31), Granularity.MONTH),
    (D(2020, 3, 9), D(2020, 3, 15), Granularity.WEEK),
])
def test_uncertain_dates_are_never_shown_as_exact(start: date, end: date, granularity: Granularity,
                                                  certainty: Certainty) -> None:
    label = date_label(Interval(start, end), granularity, certainty)
    assert label.startswith("~ ") or label.endswith("(approx.)")
    assert label != start.isoformat()


@settings(max_examples=300, deadline=None)
@given(start=st.dates(min_value=D(1800, 1, 1), max_value=D(2200, 12, 31)), days=st.integers(0, 4000),
       granularity=st.sampled_from(list(Granularity)), certainty=st.sampled_from([E, A, V]))
def test_any_interval_gets_a_label_marked_as_uncertain_as_it_is(start: date, days: int, granularity: Granularity,
                                                                certainty: Certainty) -> None:
    label = date_label(Interval(start, start + timedelta(days=days)), granularity, certainty)
    assert label.strip() == label and label
    if certainty is not E:
        assert label.startswith("~ ") or label.endswith("(approx.)")
