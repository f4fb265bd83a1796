"""build_timeline: events merged across articles, ranked, cut to the period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from timeline_factory import DateSpec, build_analysis, day, on

from briefing.model import Certainty, Direction, Event, Granularity, Interval, Period, TimeExpression, Timeline
from briefing.timeline import build_timeline, timeline_rows

MAY = Period(date(2021, 5, 1), date(2021, 5, 7), "2021-W18")

HARBOUR = [
    "The city council approved the harbour expansion plan on Monday after a long debate.",
    "On Monday the city council approved the expansion plan for the harbour, ending a long debate.",
    "The harbour expansion plan was approved by the city council on Monday after months of debate.",
]
FESTIVAL = "Organisers of the summer music festival announced on Monday that tickets had sold out."


def test_same_event_from_several_outlets_is_one_event_with_all_sources() -> None:
    analyses = [build_analysis(f"h{i}", "2021-05-04", [text], [on(0, "on Monday" if "on Monday" in text else
                                                                     "On Monday", "2021-05-03")])
                for i, text in enumerate(HARBOUR)]
    analyses.append(build_analysis("f", "2021-05-04", [FESTIVAL], [on(0, "on Monday", "2021-05-03")]))
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=1)
    [event] = [e for e in timeline.events if e.interval.start == date(2021, 5, 3)]
    assert "harbour" in event.text
    assert {s.article_id for s in event.sources} == {"h0", "h1", "h2"}
    assert all(s.sentence for s in event.sources)
    assert event.label == "2021-05-03"


def test_sentences_per_date_shows_distinct_stories() -> None:
    analyses = [build_analysis(f"h{i}", "2021-05-04", [text], [on(0, "on Monday" if "on Monday" in text else
                                                                     "On Monday", "2021-05-03")])
                for i, text in enumerate(HARBOUR)]
    analyses.append(build_analysis("f", "2021-05-04", [FESTIVAL], [on(0, "on Monday", "2021-05-03")]))
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=2)
    event = next(e for e in timeline.events if e.interval.start == date(2021, 5, 3))
    assert len(event.sentences) == 2
    assert "harbour" in event.sentences[0] and "festival" in event.sentences[1]
    assert event.text == event.sentences[0]


def test_a_date_named_by_many_stories_outranks_wire_copies_of_one() -> None:
    copy = "The regional airport reopened its main runway on Tuesday after repairs to the surface ended."
    analyses = [build_analysis(f"wire{i}", "2021-05-05", [copy], [on(0, "on Tuesday", "2021-05-04")])
                for i in range(4)]
    different = [
        "Rescue teams reached the flooded villages in the valley on Thursday morning.",
        "The prime minister visited the flooded valley on Thursday and promised aid to the farmers.",
        "Schools across the valley stayed closed on Thursday as the flood waters slowly receded.",
    ]
    analyses += [build_analysis(f"s{i}", "2021-05-07", [t], [on(0, "on Thursday", "2021-05-06")])
                 for i, t in enumerate(different)]
    timeline = build_timeline(analyses, period=MAY, max_dates=1)
    assert [e.interval.start for e in timeline.events] == [date(2021, 5, 6)]


def test_period_splits_main_upcoming_and_background() -> None:
    sentences = [
        "The new trade agreement between the two countries took effect on Wednesday morning.",
        "The agreement was first signed by both governments on 12 March after years of talks.",
        "Parliament will hold a final review of the agreement on 20 May this year.",
        "Officials expect tariffs on farm goods to fall further over the next few months.",
    ]
    dates = [
        on(0, "on Wednesday", "2021-05-05"),
        on(1, "on 12 March", "2021-03-12"),
        on(2, "on 20 May", "2021-05-20", Direction.FUTURE),
        (3, "the next few months", Interval(date(2021, 6, 1), date(2021, 8, 31)), Granularity.MONTH,
         Certainty.VAGUE, Direction.FUTURE),
    ]
    timeline = build_timeline([build_analysis("a", "2021-05-06", sentences, dates)], period=MAY)
    assert [e.interval.start for e in timeline.events] == [date(2021, 5, 5), date(2021, 5, 6)] or \
        [e.interval.start for e in timeline.events] == [date(2021, 5, 5)]
    assert {e.label for e in timeline.upcoming} == {"2021-05-20", "Jun–Aug 2021 (approx.)"}
    assert [e.label for e in timeline.background] == ["2021-03-12"]
    rows = timeline_rows(timeline)
    assert all(MAY.contains(date.fromisoformat(r["date"])) for r in rows)


def test_vague_future_inside_the_period_is_upcoming_not_a_fake_day() -> None:
    sentences = ["The ministry said new guidance on the rules would follow soon, without giving a date."]
    soon = (0, "soon", day("2021-05-06"), Granularity.DAY, Certainty.VAGUE, Direction.FUTURE)
    timeline = build_timeline([build_analysis("a", "2021-05-05", sentences, [soon])], period=MAY)
    assert date(2021, 5, 6) not in {e.interval.start for e in timeline.events}
    assert [e.label for e in timeline.upcoming] == ["~ 6 May 2021"]


def test_a_vague_future_that_ended_before_the_newest_article_is_not_upcoming() -> None:
    spring = Period(date(2021, 3, 1), date(2021, 9, 30), "spring-summer")
    months = "The ministry said the new border rules would take effect over the next few months."
    weeks = "The ministry said the harbour would reopen to shipping in the coming weeks."
    early = (1, "over the next few months", Interval(date(2021, 3, 11), date(2021, 6, 10)), Granularity.MONTH,
             Certainty.VAGUE, Direction.FUTURE)
    late = (1, "in the coming weeks", Interval(date(2021, 9, 21), date(2021, 10, 31)), Granularity.WEEK,
            Certainty.VAGUE, Direction.FUTURE)
    lead = "The interior ministry published its annual report on the country's ports and borders."
    timeline = build_timeline([build_analysis("march", "2021-03-10", [lead, months], [early]),
                               build_analysis("sept", "2021-09-20", [lead, weeks], [late])], period=spring)
    assert [e.text for e in timeline.upcoming] == [weeks]


def test_a_sentence_naming_two_days_is_shown_at_one_of_them() -> None:
    both = "On Tuesday the supermarket chain said stores could not run the Wednesday special offer."
    other = "The harbour authority reopened the northern dock to container ships on Wednesday morning."
    analyses = [build_analysis("a", "2021-05-06", [both], [on(0, "On Tuesday", "2021-05-04"),
                                                            on(0, "Wednesday", "2021-05-05")]),
                build_analysis("b", "2021-05-06", [other], [on(0, "on Wednesday", "2021-05-05")])]
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=2)
    shown = [text for e in timeline.events if e.interval.start.day in (4, 5) for text in e.sentences]
    assert sorted(shown) == sorted([both, other])


@pytest.mark.parametrize(("both", "reported", "own"), [
    ("On Tuesday the supermarket chain said its stores could not run the Wednesday special offer.",
     "On Tuesday", "2021-05-04"),
    ("The supermarket chain said on Tuesday its stores had run out of bread on Wednesday.", "on Tuesday",
     "2021-05-05"),
])
def test_a_sentence_naming_two_days_is_shown_at_the_day_it_tells(both: str, reported: str, own: str) -> None:
    # "the Wednesday special" names a thing and "said on Tuesday" dates a report: the sentence
    # tells its other day, and is shown there rather than at the day it names that way
    tuesday = "On Tuesday the supermarket chain cut the price of bread in all of its stores."
    wednesday = "Lorry drivers blocked the coast road to the ferry port in a protest over fuel prices."
    analyses = [build_analysis("a", "2021-05-06", [both], [on(0, reported, "2021-05-04"),
                                                            on(0, "Wednesday", "2021-05-05")]),
                build_analysis("b", "2021-05-05", [wednesday], []),
                build_analysis("c", "2021-05-06", [tuesday], [on(0, "On Tuesday", "2021-05-04")])]
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=1)
    shown = {e.interval.start.isoformat(): e.sentences for e in timeline.events}
    assert shown[own] == (both,)
    assert both not in [text for day, texts in shown.items() if day != own for text in texts]


def test_the_second_day_of_a_range_repeats_no_sentence() -> None:
    fair = "The spring book fair runs May 3-5 at the exhibition centre, its organisers said."
    pair = "The harbour authority will close the northern dock to ships on May 3 and 4."
    dock = "The harbour authority reopened the southern dock to container ships on May 5."
    analyses = [build_analysis("a", "2021-05-06", [fair], [on(0, "May 3", "2021-05-03"), on(0, "5 at", "2021-05-05")]),
                build_analysis("b", "2021-05-06", [pair], [on(0, "May 3", "2021-05-03"), on(0, "4.", "2021-05-04")]),
                build_analysis("c", "2021-05-06", [dock], [on(0, "May 5", "2021-05-05")])]
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=2)
    shown = {e.label: sorted(e.sentences) for e in timeline.events}
    assert shown["2021-05-03"] == sorted([fair, pair])
    assert shown["2021-05-05"] == [dock]
    assert "2021-05-04" not in shown


FUTURE = Direction.FUTURE


def _one_article(sentences: list[str], dates: list[DateSpec]) -> Timeline:
    return build_timeline([build_analysis("a", "2021-05-04", sentences, dates)], period=MAY)


def _shown(events: tuple[Event, ...]) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in events]


def test_a_range_of_days_is_shown_whole_in_the_upcoming_and_background_parts() -> None:
    summit = "The leaders' summit will run from May 12 to May 14 in Brussels, officials said."
    talks = "Talks between the ministers took place between 26 and 28 April in Paris."
    holiday = "Banks will be closed on May 24 and 25 for the holiday."
    timeline = _one_article([summit, talks, holiday], [
        on(0, "May 12", "2021-05-12", FUTURE), on(0, "May 14", "2021-05-14", FUTURE),
        on(1, "26", "2021-04-26"), on(1, "28 April", "2021-04-28"),
        on(2, "May 24", "2021-05-24", FUTURE), on(2, "25 for", "2021-05-25", FUTURE)])
    assert _shown(timeline.upcoming) == [("12–14 May 2021", summit), ("2021-05-24", holiday)]
    assert _shown(timeline.background) == [("26–28 Apr 2021", talks)]
    assert timeline.upcoming[0].interval == Interval(date(2021, 5, 12), date(2021, 5, 14))


def test_a_range_that_began_before_the_period_and_goes_on_is_ongoing() -> None:
    strike = "The rail strike runs from April 28 to May 12, the union said."
    timeline = _one_article([strike], [on(0, "April 28", "2021-04-28"), on(0, "May 12", "2021-05-12", FUTURE)])
    assert _shown(timeline.upcoming) == [("28 Apr – 12 May 2021", strike)]
    assert not timeline.background and all(e.interval.start >= MAY.start for e in timeline.events)


def test_a_range_begun_in_the_period_is_a_day_of_the_timeline_and_ongoing() -> None:
    strike = "The rail strike runs from May 3 to May 12, the union said."
    timeline = _one_article([strike], [on(0, "May 3", "2021-05-03"), on(0, "May 12", "2021-05-12", FUTURE)])
    assert _shown(timeline.events) == [("2021-05-03", strike)]
    assert _shown(timeline.upcoming) == [("3–12 May 2021", strike)]


def test_a_day_moved_to_another_places_the_event_at_the_new_one() -> None:
    vote = "The parliamentary vote was postponed from May 5 to May 12, the speaker said."
    timeline = _one_article([vote], [on(0, "May 5", "2021-05-05", FUTURE), on(0, "May 12", "2021-05-12", FUTURE)])
    assert _shown(timeline.upcoming) == [("2021-05-12", vote)]
    assert all(e.interval.start != date(2021, 5, 5) for e in timeline.events)


def test_upcoming_and_background_show_a_sentence_once_each() -> None:
    years = "Mubarak was the President of Egypt from 1981 until 2011, when protests forced him out."
    moved = "Maryland moved its primary races to June 2; they were originally planned for May 28."
    lead = "Former Egyptian president Hosni Mubarak died in a military hospital in Cairo."
    year = Granularity.YEAR

    def span(index: int, phrase: str, start: date, end: date, granularity: Granularity) -> tuple[
            int, str, Interval, Granularity, Certainty, Direction]:
        return (index, phrase, Interval(start, end), granularity, Certainty.EXACT, Direction.UNKNOWN)

    dates = [span(1, "1981", date(1981, 1, 1), date(1981, 12, 31), year),
             span(1, "2011", date(2011, 1, 1), date(2011, 12, 31), year),
             span(2, "June 2", date(2021, 6, 2), date(2021, 6, 2), Granularity.DAY),
             span(2, "May 28", date(2021, 5, 28), date(2021, 5, 28), Granularity.DAY)]
    timeline = build_timeline([build_analysis("a", "2021-05-04", [lead, years, moved], dates)], period=MAY)
    assert [e.text for e in timeline.upcoming] == [moved]
    assert [e.text for e in timeline.background] == [years]


def test_a_date_given_up_places_no_event() -> None:
    moved = "Maryland moved its primary races to June 2; they were originally planned for May 28."
    lead = "Election officials in Maryland met in Annapolis to plan the state's primary races."
    dates = [(1, "June 2", day("2021-06-02"), Granularity.DAY, Certainty.EXACT, Direction.FUTURE),
             (1, "May 28", day("2021-05-28"), Granularity.DAY, Certainty.EXACT, Direction.FUTURE)]
    timeline = build_timeline([build_analysis("a", "2021-05-04", [lead, moved], dates)], period=MAY)
    assert [(e.label, e.text) for e in timeline.upcoming] == [("2021-06-02", moved)]


def test_a_planned_date_in_a_sentence_that_calls_it_off_places_no_event() -> None:
    ohio = "In Ohio, which was planning to hold its primary election on Tuesday, the governor postponed it."
    kept = "Ohio will hold its primary election on Tuesday, the governor said."
    tuesday = (0, "Tuesday", day("2021-05-11"), Granularity.DAY, Certainty.EXACT, Direction.FUTURE)
    for text, shown in ((ohio, []), (kept, [kept])):
        timeline = build_timeline([build_analysis("a", "2021-05-06", [text], [tuesday])], period=MAY)
        assert [e.text for e in timeline.upcoming] == shown


def test_page_and_comment_stamps_are_no_events_but_a_time_and_date_in_prose_is() -> None:
    stamps = ["Page last updated at 08:14 GMT, Wednesday, 5 May 2021 The council approved the harbour plan.",
              "At 12:19 6th May 2021, harbourfan wrote: the council approved the harbour plan at last.",
              "GENEVA | Thu May 6, 2021 9:41 pm EDT The council approved the harbour plan after a debate.",
              "The council approved the harbour plan. This article was amended on Thursday 6 May 2021."]
    prose = "The council approved the harbour plan at 10:30 on 6 May 2021, after a long debate."
    phrases = ["Wednesday, 5 May 2021", "6th May 2021", "Thu May 6, 2021", "Thursday 6 May 2021"]
    analyses = [build_analysis(f"s{i}", "2021-05-04", [text], [on(0, phrase, f"2021-05-0{5 + (i > 0)}")])
                for i, (text, phrase) in enumerate(zip(stamps, phrases, strict=True))]
    timeline = build_timeline(analyses, period=MAY)
    assert {e.label for e in timeline.events} == {"2021-05-04"}  # the articles' leads, at publication
    with_prose = build_timeline([build_analysis("p", "2021-05-04", [prose], [on(0, "6 May 2021", "2021-05-06")])],
                                period=MAY)
    assert "2021-05-06" in {e.label for e in with_prose.events}


def test_an_off_topic_page_naming_the_day_does_not_tell_it() -> None:
    harbour = ["Fishermen fear the harbour expansion will ruin the bay and its catch.",
               "The harbour plan doubles the container quay and dredges the council's bay.",
               "Shipping firms welcomed the council's harbour expansion and its new quay.",
               "Residents near the harbour asked the council to limit night work on the quay.",
               "The council's harbour expansion will cost more than the bay's last dredging.",
               "Harbour workers said the council's new quay would bring jobs to the bay.",
               "The bay's fishermen asked the council to move the harbour's new quay.",
               "Council engineers said dredging the harbour bay would take two years.",
               "A harbour quay collapse last year led the council to plan the expansion.",
               "The harbour board backed the council's plan to dredge the bay for ships."]
    analyses = [build_analysis(f"h{i}", "2021-05-04", [text]) for i, text in enumerate(harbour)]
    analyses[0] = build_analysis("h0", "2021-05-04", [harbour[0], "Residents spoke.", "Fishermen spoke.",
                                                      "Traders spoke.", "Unions spoke.", HARBOUR[1]],
                                 [on(5, "On Monday", "2021-05-03")])
    listing = "On Monday at 10.00am the radio station plays uninterrupted live cricket commentary all day long."
    analyses.append(build_analysis("radio", "2021-05-04", [listing], [on(0, "On Monday", "2021-05-03")]))
    timeline = build_timeline(analyses, period=MAY, sentences_per_date=1)
    [monday] = [e for e in timeline.events if e.label == "2021-05-03"]
    assert monday.text == HARBOUR[1]


@pytest.mark.parametrize(("published", "named", "part"), [
    ("2021-05-07", "2021-05-14", "upcoming"),  # the day is after the period
    ("2021-05-04", "2021-05-06", "events"),  # the day is in the period: no vague "soon" ahead as well
])
def test_a_sentence_with_a_vague_and_an_exact_future_shows_at_the_exact_one(published: str, named: str,
                                                                            part: str) -> None:
    text = "The railway manager said the new station would soon open to passengers on the 14th."
    start = date.fromisoformat(published) + timedelta(days=1)
    dates = [(0, "soon", Interval(start, start + timedelta(days=89)), Granularity.UNKNOWN, Certainty.VAGUE,
              Direction.FUTURE),
             (0, "the 14th", day(named), Granularity.DAY, Certainty.EXACT, Direction.FUTURE)]
    timeline = build_timeline([build_analysis("a", published, [text], dates)], period=MAY)
    shown = {"events": timeline.events, "upcoming": timeline.upcoming}
    assert [(e.label, e.text) for e in shown[part]] == [(named, text)]
    assert all(not events for name, events in shown.items() if name != part)


def test_a_report_in_the_period_of_a_vague_future_shows_in_both_parts() -> None:
    # The report is news of 3 May; the closure it announces is what is coming.
    report = "On Monday a newspaper reported that the embassy would close within the next few months."
    dates = [on(0, "On Monday", "2021-05-03"),
             (0, "within the next few months", Interval(date(2021, 5, 5), date(2021, 8, 4)), Granularity.MONTH,
              Certainty.VAGUE, Direction.FUTURE)]
    timeline = build_timeline([build_analysis("a", "2021-05-04", [report], dates)], period=MAY)
    assert [(e.label, e.text) for e in timeline.events] == [("2021-05-03", report)]
    assert [e.text for e in timeline.upcoming] == [report]


def test_article_without_dates_stands_at_its_publication_date() -> None:
    lead = "The national library will digitise its collection of historic maps, its director announced."
    article = build_analysis("a", "2021-05-03", [lead, "Nothing else is known about the plan yet."])
    timeline = build_timeline([article], period=MAY)
    assert [(e.label, e.text) for e in timeline.events] == [("2021-05-03", lead)]


def test_a_lead_naming_a_span_still_stands_for_its_day_but_one_naming_another_day_does_not() -> None:
    # "four years" and "September" say nothing about which day the news broke; "on Monday" does.
    delayed = "A judge delayed the fraud trial of the former mayor until September, when he faces four years."
    sentences = [delayed, "His lawyers had asked for more time to prepare the defence."]
    spans = [(0, "September", Interval(date(2021, 9, 1), date(2021, 9, 30)), Granularity.MONTH,
              Certainty.EXACT, Direction.FUTURE),
             (0, "four years", Interval(date(2021, 5, 5), date(2025, 5, 4)), Granularity.YEAR,
              Certainty.EXACT, Direction.UNKNOWN)]
    monday = "The city council approved the harbour expansion plan on Monday after a long debate."
    timeline = build_timeline([build_analysis("a", "2021-05-05", sentences, spans),
                               build_analysis("b", "2021-05-06", [monday, "The plan had been debated for months."],
                                              [on(0, "on Monday", "2021-05-03")])], period=MAY)
    assert [(e.label, e.text) for e in timeline.events] == [("2021-05-03", monday), ("2021-05-05", delayed)]


def test_without_a_period_the_days_before_the_first_article_are_in_the_main_timeline() -> None:
    sentences = [
        "The prime minister received foreign ambassadors at their request on Wednesday, his office said.",
        "On September 27, a newspaper reported that the embassy could close within the next few months.",
    ]
    dates = [on(0, "on Wednesday", "2020-09-30"), on(1, "On September 27", "2020-09-27")]
    timeline = build_timeline([build_analysis("seed", "2020-09-30", sentences, dates)])
    assert [r["date"] for r in timeline_rows(timeline)] == ["2020-09-27", "2020-09-30"]


def test_no_articles_no_events() -> None:
    assert build_timeline([], period=MAY).events == ()


WORDS = ("council", "harbour", "festival", "flood", "runway", "budget", "election", "vaccine", "strike",
         "court", "bridge", "police", "minister", "school", "market")


@st.composite
def corpora(draw: st.DrawFn) -> list:
    analyses = []
    for i in range(draw(st.integers(0, 12))):
        published = date(2021, 5, 1) + timedelta(days=draw(st.integers(0, 6)))
        sentences, dates = [], []
        for j in range(draw(st.integers(1, 4))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=14))
            sentence = "The " + " ".join(words) + f" happened on day {j}."
            if draw(st.booleans()):
                when = published + timedelta(days=draw(st.integers(-20, 20)))
                dates.append(on(j, f"on day {j}", when.isoformat()))
            sentences.append(sentence)
        analyses.append(build_analysis(f"a{i}", published.isoformat(), sentences, dates))
    return analyses


@settings(max_examples=40, deadline=None)
@given(corpora(), st.integers(1, 5), st.integers(1, 3))
def test_timeline_is_well_formed(analyses: list, max_dates: int, per_date: int) -> None:
    timeline = build_timeline(analyses, period=MAY, max_dates=max_dates, sentences_per_date=per_date)
    starts = [e.interval.start for e in timeline.events]
    assert starts == sorted(starts) and len(set(starts)) == len(starts) <= max_dates
    assert all(MAY.contains(d) for d in starts)
    assert all(1 <= len(e.sentences) <= per_date and e.sources for e in timeline.events)
    assert all(e.interval.start > MAY.end or e.certainty is Certainty.VAGUE or e.interval.end > MAY.end
               for e in timeline.upcoming)
    assert all(e.interval.end < MAY.start or e.interval.start < MAY.start for e in timeline.background)
    rows = timeline_rows(timeline)
    assert [r["date"] for r in rows] == [d.isoformat() for d in starts]


def test_an_off_topic_article_does_not_decide_the_dates() -> None:
    strike = [
        ("2021-05-03", "Dock workers at the port began an indefinite strike over pay on Monday."),
        ("2021-05-04", "Port managers and striking dock workers held their first talks over pay on Tuesday."),
        ("2021-05-05", "The port strike spread to a second terminal on Wednesday as dock workers left."),
        ("2021-05-06", "Talks between the port and the dock workers' union on pay broke down on Thursday."),
    ]
    analyses = [build_analysis(f"s{i}", "2021-05-07", [text], [on(0, text.split(" on ")[-1].split()[0]
                                                                  .rstrip(",."), iso)])
                for i, (iso, text) in enumerate(strike)]
    off_topic = build_analysis("bake", "2021-05-07", [
        "A village baker won the regional cake contest on Sunday with a lemon sponge recipe."],
        [on(0, "on Sunday", "2021-05-02")])
    timeline = build_timeline([off_topic, *analyses], period=Period(date(2021, 5, 1), date(2021, 5, 6), "p"),
                              max_dates=4)
    assert [e.interval.start.isoformat() for e in timeline.events] == [iso for iso, _ in strike]


def test_reports_sharing_names_and_numbers_merge_though_worded_differently() -> None:
    texts = [
        "Flooding killed 14 people across low-lying districts of Riverton on Tuesday, rescuers said.",
        "Governor Anna Berg declared an emergency after 14 residents of Riverton drowned on Tuesday.",
        "Firefighters in Lakeside rescued three hikers from a ravine on Tuesday after a night search.",
    ]
    analyses = [build_analysis(f"a{i}", "2021-05-05", [t], [on(0, "on Tuesday", "2021-05-04")])
                for i, t in enumerate(texts)]
    event = build_timeline(analyses, period=MAY, sentences_per_date=3).events[0]
    assert len(event.sentences) == 2
    assert {s.article_id for s in event.sources} == {"a0", "a1", "a2"}
    flood = [s for s in event.sources if s.article_id in ("a0", "a1")]
    assert len(flood) == 2 and "Riverton" in event.text


def test_reports_sharing_only_their_date_are_different_events() -> None:
    texts = ["The transport union will hold a national rail strike on 20 May 2021.",
             "The film festival in Cannes opens its doors to the public on May 20, 2021."]
    analyses = [build_analysis(f"a{i}", "2021-05-05", [t], [on(0, phrase, "2021-05-20")])
                for i, (t, phrase) in enumerate(zip(texts, ["20 May 2021", "May 20, 2021"], strict=True))]
    timeline = build_timeline(analyses, period=Period(date(2021, 5, 1), date(2021, 5, 31), "May"),
                              sentences_per_date=2)
    [event] = timeline.events
    assert sorted(event.sentences) == sorted(texts)  # two stories, not one citing both


def test_timexes_without_interval_or_outside_sentences_are_ignored() -> None:
    from briefing.model import TimeExpression

    article = build_analysis("a", "2021-05-05", ["The ferry service resumed on Tuesday after the storm."],
                             [on(0, "on Tuesday", "2021-05-04")])
    odd = (TimeExpression(0, 3, "The", "DURATION", "PXD"),  # no interval
           TimeExpression(500, 510, "nowhere", "DATE", "2021-05-01", day("2021-05-01")))  # past the text
    article = type(article)(article.article, article.body, article.sentences, article.timexes + odd,
                            article.summary)
    assert [e.label for e in build_timeline([article], period=MAY).events] == ["2021-05-04"]


def test_long_spans_are_not_events_of_the_side_parts() -> None:
    sentences = [
        "Tourism to the island has grown every year since the 1990s, the new report found.",
        "This year has been the busiest on record for the island's two small airports.",
        "The island's council plans to open a third airport next year to cope with demand.",
    ]
    dates = [
        (0, "the 1990s", Interval(date(1990, 1, 1), date(1999, 12, 31)), Granularity.DECADE, Certainty.EXACT,
         Direction.PAST),
        (1, "This year", Interval(date(2021, 1, 1), date(2021, 12, 31)), Granularity.YEAR, Certainty.EXACT,
         Direction.PRESENT),
        (2, "next year", Interval(date(2022, 1, 1), date(2022, 12, 31)), Granularity.YEAR, Certainty.EXACT,
         Direction.FUTURE),
    ]
    timeline = build_timeline([build_analysis("a", "2021-05-04", sentences, dates)], period=MAY)
    assert [e.label for e in timeline.upcoming] == ["2022"]
    assert timeline.background == ()


def test_a_big_week_of_1500_articles_is_cut_to_the_asked_size() -> None:
    import random

    rnd = random.Random(7)
    vocabulary = [f"{w}{i}" for w in WORDS for i in range(40)]
    analyses = []
    for i in range(1500):
        published = date(2021, 5, 1) + timedelta(days=rnd.randint(0, 6))
        sentences, dates = [], []
        for j in range(12):
            sentences.append("The " + " ".join(rnd.choices(vocabulary, k=18)) + f" rose on day {j}.")
            if rnd.random() < 0.3:
                when = published - timedelta(days=rnd.randint(0, 3))
                dates.append(on(j, f"on day {j}", when.isoformat()))
        analyses.append(build_analysis(f"a{i}", published.isoformat(), sentences, dates))
    # Speed is measured by bench/ scripts, not here; this checks that a big week comes out whole.
    timeline = build_timeline(analyses, period=MAY, max_dates=7, sentences_per_date=3)
    assert len(timeline.events) == 7


def test_a_sentence_telling_a_day_of_the_period_is_no_background_row_for_its_older_dates() -> None:
    mayor = "The mayor, who took office in 2018, resigned on May 3 after a dispute over the budget."
    pair = "The first vote was held on 26 April, and the second one on May 4."
    earlier = "The harbour plan was first proposed in 2019 by the port authority."
    dates = [(0, "2018", Interval(date(2018, 1, 1), date(2018, 12, 31)), Granularity.YEAR, Certainty.EXACT,
              Direction.PAST),
             on(0, "on May 3", "2021-05-03"), on(1, "on 26 April", "2021-04-26"), on(1, "May 4", "2021-05-04"),
             (2, "2019", Interval(date(2019, 1, 1), date(2019, 12, 31)), Granularity.YEAR, Certainty.EXACT,
              Direction.PAST)]
    timeline = _one_article([mayor, pair, earlier], dates)
    # The mayor's 2018 is an aside of May 3; a day before the period is background all the same.
    assert _shown(timeline.background) == [("2019", earlier), ("2021-04-26", pair)]


def test_a_habit_s_seasons_are_no_upcoming_events_but_its_days_are() -> None:
    habit = "Thousands of people catch flu every year during the winter season, doctors said."
    fair = "The fair, held every year in the old port, opens on May 20 this time."
    winter = (0, "the winter", Interval(date(2021, 12, 1), date(2022, 2, 28)), Granularity.SEASON, Certainty.EXACT,
              Direction.FUTURE)
    analysis = build_analysis("a", "2021-05-04", [habit, fair], [winter, on(1, "May 20", "2021-05-20", FUTURE)])
    every_year = [TimeExpression(start, start + len("every year"), "every year", "SET", "P1Y", None,
                                 Certainty.EXACT, Direction.UNKNOWN, Granularity.YEAR)
                  for start in (s.start + s.text.index("every year") for s in analysis.sentences)]
    analysis = replace(analysis, timexes=tuple(sorted((*analysis.timexes, *every_year), key=lambda t: t.start)))
    timeline = build_timeline([analysis], period=MAY)
    assert _shown(timeline.upcoming) == [("2021-05-20", fair)]


def test_a_generic_statement_s_months_are_no_upcoming_events() -> None:
    usual = "The flu season is usually over by June, doctors said."
    plan = "The ministry will publish its flu report in June."
    june = Interval(date(2021, 6, 1), date(2021, 6, 30))
    dates = [(0, "June", june, Granularity.MONTH, Certainty.EXACT, FUTURE),
             (1, "June", june, Granularity.MONTH, Certainty.EXACT, FUTURE)]
    assert _shown(_one_article([usual, plan], dates).upcoming) == [("June 2021", plan)]


def test_background_prefers_what_bears_on_the_weeks_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Equally supported, the earlier event about the week's story is shown before an aside about
    something else (a festival founder's prize), however recent the aside."""
    monkeypatch.setattr("briefing.timeline.tuning.MAX_BACKGROUND", 1)
    related = "The harbour expansion plan was first proposed by the city council in 2019."
    aside = "The festival's founder, a retired singer, won a national music prize in 2020."

    def year(index: int, phrase: str, y: int) -> DateSpec:
        return (index, phrase, Interval(date(y, 1, 1), date(y, 12, 31)), Granularity.YEAR, Certainty.EXACT,
                Direction.PAST)

    analyses = [build_analysis(f"h{i}", "2021-05-04", [text], [on(0, "on Monday" if "on Monday" in text else
                                                                     "On Monday", "2021-05-03")])
                for i, text in enumerate(HARBOUR)]
    analyses.append(build_analysis("a", "2021-05-04", [HARBOUR[0], aside, related],
                                   [on(0, "on Monday", "2021-05-03"), year(1, "2020", 2020), year(2, "2019", 2019)]))
    timeline = build_timeline(analyses, period=MAY)
    assert _shown(timeline.background) == [("2019", related)]


def test_an_upcoming_row_is_no_sentence_that_leans_on_the_ones_before_it() -> None:
    """From an interview: "And tomorrow we have some event planned." names nothing; alone in a row
    it tells a reader nothing. A sentence naming its subject stays."""
    vague = "And tomorrow we have some event planned for the staff."
    named = "The harbour authority will open the new ferry terminal to passengers on May 20."
    timeline = _one_article([HARBOUR[0], vague, named],
                            [on(0, "on Monday", "2021-05-03"), on(1, "tomorrow", "2021-05-14", FUTURE),
                             on(2, "May 20", "2021-05-20", FUTURE)])
    assert _shown(timeline.upcoming) == [("2021-05-20", named)]


def test_a_sentence_naming_its_subject_is_preferred_to_one_opening_on_a_pronoun() -> None:
    pronoun = "They approved the harbour expansion plan on Monday after a long debate in the chamber."
    named = "The city council approved the harbour expansion plan on Monday after a long debate."
    analyses = [build_analysis("p", "2021-05-04", [pronoun], [on(0, "on Monday", "2021-05-03")]),
                build_analysis("n", "2021-05-04", [named], [on(0, "on Monday", "2021-05-03")])]
    timeline = build_timeline(analyses, period=MAY)
    [event] = timeline.events
    assert event.text == named


def test_a_whole_sentence_is_preferred_to_a_headline_run_in() -> None:
    fragment = "City council approves the harbour expansion plan on Monday after a long debate"
    whole = "The city council approved the harbour expansion plan on Monday after a long debate."
    analyses = [build_analysis("f", "2021-05-04", [fragment], [on(0, "on Monday", "2021-05-03")]),
                build_analysis("w", "2021-05-04", [whole], [on(0, "on Monday", "2021-05-03")])]
    [event] = build_timeline(analyses, period=MAY).events
    assert event.text == whole


def test_with_no_main_events_the_best_supported_upcoming_row_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing.timeline.tuning.MAX_UPCOMING", 1)
    ferry = ["The harbour authority will open the new ferry terminal to passengers on May 20.",
             "Passengers can use the new ferry terminal from May 20, the harbour authority said."]
    festival = "The city will hold its spring music festival in the old port on May 10."
    analyses = [build_analysis(f"f{i}", "2021-05-04", [text], [on(0, "May 20", "2021-05-20", FUTURE)])
                for i, text in enumerate(ferry)]
    analyses.append(build_analysis("s", "2021-05-04", [festival], [on(0, "May 10", "2021-05-10", FUTURE)]))
    timeline = build_timeline(analyses, period=MAY)
    assert not timeline.events
    assert [e.label for e in timeline.upcoming] == ["2021-05-20"]


def test_at_a_day_a_report_of_what_happened_beats_the_schedule_written_before_it() -> None:
    schedule = ["The city council is scheduled to vote on the harbour expansion plan on Thursday.",
                "Councillors will vote on the harbour expansion plan on Thursday, the mayor's office said."]
    report = "The city council approved the harbour expansion plan on Thursday by a narrow margin."
    analyses = [build_analysis(f"s{i}", "2021-05-04", [text], [on(0, "on Thursday", "2021-05-06", FUTURE)])
                for i, text in enumerate(schedule)]
    analyses.append(build_analysis("r", "2021-05-07", [report], [on(0, "on Thursday", "2021-05-06")]))
    timeline = build_timeline(analyses, period=MAY)
    [event] = [e for e in timeline.events if e.interval.start == date(2021, 5, 6)]
    assert event.text == report


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 5), st.floats(0, 1)), min_size=0, max_size=40), st.integers(1, 6))
def test_scoring_only_the_keys_that_can_make_the_cut_keeps_the_order(rows: list[tuple[float, float]],
                                                                     need: int) -> None:
    from briefing.timeline.build import _best_first

    keys = [(Interval(date(2021, 1, 1) + timedelta(days=i), date(2021, 1, 1) + timedelta(days=i)), Granularity.DAY)
            for i in range(len(rows))]
    support = {k: s for k, (s, _) in zip(keys, rows, strict=True)}
    close = {k: c for k, (_, c) in zip(keys, rows, strict=True)}
    scored: list[object] = []

    def score(k: tuple[Interval, Granularity]) -> float:
        scored.append(k)
        return support[k] * close[k]

    def order(k: tuple[Interval, Granularity], scores: dict[tuple[Interval, Granularity], float]) -> tuple[
            float, float, int, int]:
        return -scores[k], -support[k], 0, k[0].start.toordinal()

    everything = {k: support[k] * close[k] for k in keys}
    exhaustive = sorted(keys, key=lambda k: order(k, everything))
    lazily = _best_first(sorted(keys, key=lambda k: -support[k]), support, score, order, need)
    assert [next(lazily) for _ in range(min(need, len(keys)))] == exhaustive[:need]
    assert sorted(list(lazily) + exhaustive[:need], key=keys.index) == keys  # the rest follow, once each
