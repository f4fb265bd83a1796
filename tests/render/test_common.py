"""What every renderer shows: periods, source lists, the cap, dates found."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from render_factories import make_briefing

from briefing.model import (
    Briefing,
    Certainty,
    Event,
    Granularity,
    Interval,
    Period,
    SourceRef,
    TimeExpression,
    Timeline,
)
from briefing.render import common, renderer
from briefing.render.markdown import md
from briefing.template import Template
from tests.helpers import docx_text, pdf_text, squash


def _ref(article_id: str, source: str, day: int) -> SourceRef:
    return SourceRef(article_id, "t", source, date(2020, 3, day))


def test_sources_group_by_outlet_with_days_in_order() -> None:
    refs = (_ref("a", "Wire", 5), _ref("b", "Ledger", 2), _ref("c", "Wire", 3), _ref("a", "Wire", 5))
    assert common.source_tokens(refs) == [
        ("Wire ", None),
        ("3\u00a0Mar", "c"),
        (", ", None),
        ("5\u00a0Mar", "a"),
        ("; ", None),
        ("Ledger", "b"),
    ]


def test_an_outlets_articles_of_one_day_show_the_day_once_counted() -> None:
    refs = (_ref("a", "Wire", 5), _ref("b", "Wire", 5), _ref("c", "Wire", 3), _ref("d", "Wire", 5))
    assert common.source_tokens(refs) == [
        ("Wire ", None), ("3\u00a0Mar", "c"), (", ", None), ("5\u00a0Mar\u00a0(3)", "a"),
    ]


def test_sources_beyond_the_limit_are_counted() -> None:
    refs = tuple(_ref(f"a{i}", f"Outlet {i}", 2) for i in range(6))
    tokens = common.source_tokens(refs, limit=4)
    assert [t for t, _ in tokens if _ is not None] == ["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3"]
    assert tokens[-1] == ("; +2", None)


@pytest.mark.parametrize(
    ("start", "end", "label", "shown"),
    [
        (date(2020, 3, 2), date(2020, 3, 8), "2020-W10", "2–8 Mar 2020 (2020-W10)"),
        (date(2020, 2, 28), date(2020, 3, 5), "custom", "28 Feb – 5 Mar 2020 (custom)"),
        (date(2019, 12, 30), date(2020, 1, 5), "2020-W01", "30 Dec 2019 – 5 Jan 2020 (2020-W01)"),
        (date(2020, 2, 10), date(2020, 9, 30), "2020-02-10_2020-09-30", "10 Feb – 30 Sep 2020"),
        (date(2020, 3, 2), date(2020, 3, 2), "", "2 Mar 2020"),
    ],
)
def test_period_wording(start: date, end: date, label: str, shown: str) -> None:
    briefing = replace(make_briefing(2), period=Period(start, end, label))
    assert common.format_period(briefing) == shown


def test_cap_and_anchors(weekly: Template) -> None:
    shown = common.shown_articles(make_briefing(12), replace(weekly, article_cap=5))
    assert (len(shown.articles), shown.total, shown.hidden) == (5, 12, 7)
    assert shown.anchors == {f"a{i:02d}": f"art-{i + 1}" for i in range(5)}


def test_dates_found_leave_out_a_year_that_resolves_to_itself() -> None:
    analysis = make_briefing(1).articles[0]
    year = TimeExpression(0, 4, "2020", "DATE", "2020", Interval(date(2020, 1, 1), date(2020, 12, 31)),
                          granularity=Granularity.YEAR)
    pairs, _ = common.dates_found(replace(analysis, timexes=(year, *analysis.timexes)))
    assert all(text != "2020" for text, _ in pairs) and pairs


def test_dates_found_show_approximation() -> None:
    pairs, more = common.dates_found(make_briefing(1).articles[0])
    assert pairs == [("Monday", "2 Mar 2020"), ("early April", "~ early April 2020")]
    assert more == 0


def _with_background(briefing: Briefing) -> Briefing:
    earlier = Event(Interval(date(2019, 12, 1), date(2019, 12, 31)), Granularity.MONTH, Certainty.APPROXIMATE,
                    "~ December 2019", "The first cases appeared in December.", (), "2019-12")
    return replace(briefing, timeline=replace(briefing.timeline, background=(earlier,)))


@pytest.mark.parametrize("fmt", ["md", "pdf", "docx"])
def test_the_note_on_approximate_dates_is_shown_once_after_the_last_table_needing_it(
        fmt: str, weekly: Template, tmp_path: Path) -> None:
    briefing = _with_background(make_briefing())
    assert [e.certainty for e in briefing.timeline.upcoming].count(Certainty.APPROXIMATE)  # every table has one
    note, last_row = squash(weekly.labels.approx_note), squash("The first cases appeared in December.")
    path = tmp_path / f"b.{fmt}"
    path.write_bytes(renderer(fmt)(briefing, weekly))
    text = squash({"md": lambda p: p.read_text(encoding="utf-8"), "pdf": pdf_text, "docx": docx_text}[fmt](path))
    if fmt == "md":
        note = squash(md(weekly.labels.approx_note))
    assert text.count(note) == 1
    if fmt != "docx":  # python-docx reads paragraphs before tables: only the count is checked there
        assert text.index(last_row) < text.index(note)
    assert common.approx_note_after(briefing, weekly) == "background"
    assert common.approx_note_after(briefing, replace(weekly, sections=("timeline", "articles"))) == "timeline"
    assert common.approx_note_after(replace(briefing, timeline=Timeline(None, ())), weekly) is None


def test_dates_found_leave_out_durations_and_frequencies() -> None:
    analysis = make_briefing(1).articles[0]
    unanchored = (TimeExpression(0, 9, "five days", "DURATION", "P5D", None),
                  TimeExpression(0, 10, "every week", "SET", "P1W", None))
    pairs, _ = common.dates_found(replace(analysis, timexes=(*unanchored, *analysis.timexes)))
    assert pairs == [("Monday", "2 Mar 2020"), ("early April", "~ early April 2020")]


def test_dates_found_write_an_approximate_day_as_the_exact_ones() -> None:
    analysis = make_briefing(1).articles[0]
    quoted = TimeExpression(0, 8, "tomorrow", "DATE", "2020-03-03", Interval(date(2020, 3, 3), date(2020, 3, 3)),
                            Certainty.APPROXIMATE, granularity=Granularity.DAY)
    now = TimeExpression(0, 8, "nowadays", "DATE", "PRESENT_REF", Interval(date(2020, 3, 2), date(2020, 3, 2)),
                         Certainty.VAGUE, granularity=Granularity.DAY)
    pairs, _ = common.dates_found(replace(analysis, timexes=(*analysis.timexes, quoted, now)))
    assert pairs[-2:] == [("tomorrow", "~ 3 Mar 2020"), ("nowadays", "~ 2 Mar 2020")]


def test_a_dates_found_pair_breaks_only_in_a_long_written_part_never_in_its_date() -> None:
    assert common.date_pair("March 17", "17 Mar 2020") == "March\u00a017\u00a0→\u00a017\u00a0Mar\u00a02020"
    long = common.date_pair("from Monday, March 2, 2020 through Friday, March 13", "2–13 Mar 2020")
    assert long == "from Monday, March 2, 2020 through Friday, March 13 →\u00a02–13\u00a0Mar\u00a02020"
