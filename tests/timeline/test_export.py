"""The timeline's jsonl rows, CSV and terminal table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from rich.console import Console
from timeline_factory import build_analysis, on

from briefing.model import Certainty, Direction, Granularity, Interval, Period
from briefing.timeline import build_timeline, timeline_csv, timeline_rows, timeline_table

WEEK = Period(date(2021, 5, 3), date(2021, 5, 9), "2021-W18")


def _timeline():  # type: ignore[no-untyped-def]
    sentences = [
        "The central bank raised its main interest rate by half a point on Thursday.",
        "Markets had already fallen sharply on Tuesday as investors expected the rise.",
        "The bank first warned about rising prices on 2 February in its annual report.",
        "Economists expect further rises in the rate over the coming months.",
        "The finance minister welcomed the decision in a short statement to reporters.",
    ]
    dates = [
        on(0, "on Thursday", "2021-05-06"),
        on(1, "on Tuesday", "2021-05-04"),
        on(2, "on 2 February", "2021-02-02"),
        (3, "the coming months", Interval(date(2021, 6, 1), date(2021, 8, 31)), Granularity.MONTH,
         Certainty.VAGUE, Direction.FUTURE),
    ]
    other = build_analysis("b", "2021-05-06", [
        "The central bank increased interest rates on Thursday for the first time in years.",
        "Shops reported a quiet week as shoppers waited for the decision on rates."],
        [on(0, "on Thursday", "2021-05-06")], source="Daily Ledger")
    return build_timeline([build_analysis("a", "2021-05-07", sentences, dates, source="Wire"), other],
                          period=WEEK, max_dates=5, sentences_per_date=2)


def test_rows_are_the_main_timeline_by_day() -> None:
    rows = timeline_rows(_timeline())
    assert [r["date"] for r in rows] == ["2021-05-04", "2021-05-06"]  # 05-07: its lead names another day
    thursday = rows[1]
    assert "interest rate" in thursday["summary"][0]
    assert {s["article_id"] for s in thursday["sources"]} == {"a", "b"}
    assert all(1 <= len(r["summary"]) <= 2 for r in rows)
    for row in rows:  # what the scorer reads: one JSON object per line with a date and a summary list
        back = json.loads(json.dumps(row))
        assert date.fromisoformat(back["date"]) and isinstance(back["summary"], list)


def test_rows_leave_out_upcoming_and_background() -> None:
    timeline = _timeline()
    assert timeline.upcoming and timeline.background
    dates = {r["date"] for r in timeline_rows(timeline)}
    assert "2021-02-02" not in dates and not any(d.startswith("2021-06") for d in dates)


def test_csv_has_all_parts_and_reads_back() -> None:
    text = timeline_csv(_timeline())
    records = list(csv.DictReader(io.StringIO(text)))
    assert {r["part"] for r in records} == {"main", "upcoming", "background"}
    upcoming = next(r for r in records if r["part"] == "upcoming")
    assert upcoming["label"] == "Jun–Aug 2021 (approx.)" and upcoming["certainty"] == "vague"
    assert (upcoming["date"], upcoming["end"]) == ("2021-06-01", "2021-08-31")
    thursday = [r for r in records if r["date"] == "2021-05-06"]
    assert "Daily Ledger" in thursday[0]["sources"] and "Wire" in thursday[0]["sources"]


def test_table_shows_the_three_parts() -> None:
    console = Console(record=True, width=140, color_system=None)
    console.print(timeline_table(_timeline()))
    out = console.export_text()
    for expected in ("Timeline 2021-05-03 – 2021-05-09", "Upcoming / ongoing", "Background",
                     "2021-05-06", "Jun–Aug 2021 (approx.)", "2021-02-02", "Daily Ledger"):
        assert expected in out


def test_table_of_an_empty_timeline_says_so() -> None:
    console = Console(record=True, width=100, color_system=None)
    console.print(timeline_table(build_timeline([], period=WEEK)))
    assert "No dated events" in console.export_text()
