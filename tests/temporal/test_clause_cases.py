"""Table-driven cases for what the clause around an expression decides, written from the TimeML
guidelines: the direction of bare weekdays and months (scheduled events in the present tense,
participles that are not the clause's tense), the narrative year of a month named without one,
and coordinated ranges ("two to six days": one TIMEX3 per bound)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.temporal import resolve_dates

D = date
WED = D(2020, 9, 30)  # a Wednesday

# (DCT, sentence, span text, type, value)
CASES: list[tuple[date, str, str, str, str]] = [
    # the present tense of a scheduled event points forward
    (WED, "The two leaders meet Monday in Geneva.", "Monday", "DATE", "2020-10-05"),
    (WED, "The committee meets on Friday to vote.", "Friday", "DATE", "2020-10-02"),
    (WED, "Trading resumes Monday after the holiday.", "Monday", "DATE", "2020-10-05"),
    (WED, "Parliament reconvenes on Tuesday.", "Tuesday", "DATE", "2020-10-06"),
    (WED, "The new tariff takes effect in February.", "February", "DATE", "2021-02"),
    (WED, "The loan expires in January.", "January", "DATE", "2021-01"),
    (WED, "The festival kicks off Friday.", "Friday", "DATE", "2020-10-02"),
    (WED, "The report is due on Monday.", "Monday", "DATE", "2020-10-05"),
    (WED, "Voters go to the polls Sunday.", "Sunday", "DATE", "2020-10-04"),
    (WED, "Polls close on Sunday at 8pm.", "Sunday", "DATE", "2020-10-04"),
    (WED, "Voting ends at 8pm on Thursday.", "8pm on Thursday", "TIME", "2020-10-01T20:00"),
    (WED, "The offer closes on Friday.", "Friday", "DATE", "2020-10-02"),
    # a weekday a present copula predicates is when the thing is to happen, even before "said"
    (WED, "The vote is on Tuesday, officials said.", "Tuesday", "DATE", "2020-10-06"),
    (WED, "The final is Saturday.", "Saturday", "DATE", "2020-10-03"),
    (WED, "The hearing is set for Monday.", "Monday", "DATE", "2020-10-05"),
    (WED, "The deadline is midnight on Friday.", "midnight on Friday", "TIME", "2020-10-02T24:00"),
    (WED, "The budget vote is in March, he said.", "March", "DATE", "2021-03"),
    # ... but not a past copula, nor a possessive day's event
    (WED, "The vote was on Tuesday.", "Tuesday", "DATE", "2020-09-29"),
    (WED, "The issue is Tuesday's vote, he said.", "Tuesday", "DATE", "2020-09-29"),
    (WED, "The new mayor takes office in January.", "January", "DATE", "2021-01"),
    # ... but their past forms point back, and an infinitive says nothing
    (WED, "The two leaders met Monday in Geneva.", "Monday", "DATE", "2020-09-28"),
    (WED, "The committee began on Friday.", "Friday", "DATE", "2020-09-25"),
    (D(2020, 10, 20), "Output rose, helping to meet demand in July.", "July", "DATE", "2020-07"),
    (D(2020, 10, 20), "The firm did not meet its target in July.", "July", "DATE", "2020-07"),
    (D(2020, 10, 20), "The firm didn't meet its target in July.", "July", "DATE", "2020-07"),
    (D(2020, 10, 20), "The plant struggled to meet orders through the summer.", "the summer", "DATE",
     "2020-SU"),
    # a participle after "be" or a determiner is not the clause's tense: the auxiliary decides
    (D(2020, 3, 4), "A pilot will be named commander for a mission in December.", "December", "DATE",
     "2020-12"),
    (D(2020, 10, 20), "The dividend would be paid in January.", "January", "DATE", "2021-01"),
    (D(2020, 10, 20), "The split would be paid on an unspecified date in January.", "January", "DATE",
     "2021-01"),
    (D(2020, 10, 20), "The order was signed in January.", "January", "DATE", "2020-01"),
    (D(2020, 10, 20), "The company has delayed the launch since January.", "January", "DATE", "2020-01"),
    (D(2020, 3, 4), "The town was flooded in December.", "December", "DATE", "2019-12"),
    # a plan's participle without an auxiliary modifies a noun: the main verb after it decides
    (D(2020, 3, 12), "Other games scheduled for Wednesday were still held.", "Wednesday", "DATE", "2020-03-11"),
    (D(2020, 3, 12), "The meeting scheduled for Friday will set the budget.", "Friday", "DATE", "2020-03-13"),
    (D(2020, 3, 12), "Talks scheduled for Friday", "Friday", "DATE", "2020-03-13"),
    (D(2020, 3, 12), "The vote is scheduled for Friday, officials said.", "Friday", "DATE", "2020-03-13"),
    # a month or day without a year, in a story told in a past year written just before
    (D(2020, 9, 30), "The war began in June 2009. On 25 June, troops left the city.", "25 June", "DATE",
     "2009-06-25"),
    (D(2020, 9, 30), "Talks opened on March 3, 2015, and collapsed on April 9.", "April 9", "DATE",
     "2015-04-09"),
    (D(2020, 9, 30), "In May 2012 the firm was sold; in August it was broken up.", "August", "DATE", "2012-08"),
    # ... not when only a bare year was written (often another event's), nor in the future
    (D(2020, 9, 30), "Under a plan approved in 2017, it bought shares through Sept. 25.", "Sept. 25", "DATE",
     "2020-09-25"),
    (D(2020, 9, 30), "Profits have doubled since 2010. In August, it bought a rival.", "August", "DATE",
     "2020-08"),
    (D(2020, 9, 30), "Invited in July 2017, the country will join on Dec. 12.", "Dec. 12", "DATE",
     "2020-12-12"),
    # a sentence that opens with a year sets the year of its months and days, even a bare year
    (D(2020, 3, 8), "In 2018, the festival opened on 8 March.", "8 March", "DATE", "2018-03-08"),
    (D(2020, 3, 8), "Last year, it was focused on the particular day, 8th [March] alone.", "8th [March]",
     "DATE", "2019-03-08"),
    (D(2020, 3, 8), "Back in 2019 the fair opened in May and closed on June 3.", "June 3", "DATE", "2019-06-03"),
    (D(2020, 3, 8), "In 2021, the games will open in July.", "July", "DATE", "2021-07"),
    # ... the next sentence is not in that frame
    (D(2020, 3, 8), "Last year, it rained. The fair opened on 8 March.", "8 March", "DATE", "2020-03-08"),
    # a day of the month alone, after a preposition: the month named before in the sentence, else
    # the DCT's month or the one next to it that the tense points at
    (D(2020, 3, 8), "We are soon going to open it on 14th.", "14th", "DATE", "2020-03-14"),
    (D(2020, 3, 8), "The shop opened on the 20th.", "the 20th", "DATE", "2020-02-20"),
    (D(2020, 3, 8), "The vote is due on the 3rd.", "the 3rd", "DATE", "2020-04-03"),
    (D(2020, 3, 8), "In January, the fair opened on the 14th.", "the 14th", "DATE", "2020-01-14"),
    (D(2020, 3, 8), "The deadline was extended to the 30th.", "the 30th", "DATE", "2020-03-30"),
    # ... nor when the past year is far back in the text
    (D(2020, 9, 30), "It was founded in June 1990. " + "The firm grew and grew. " * 10 + "It moved on July 1.",
     "July 1", "DATE", "2020-07-01"),
]


@pytest.mark.parametrize(("dct", "sentence", "span", "type_", "value"), CASES,
                         ids=[f"{c[2]}|{c[1][:30]}" for c in CASES])
def test_clause_decides(dct: date, sentence: str, span: str, type_: str, value: str) -> None:
    found = [t for t in resolve_dates(sentence, dct) if t.text == span]
    assert found, [(t.text, t.type, t.value) for t in resolve_dates(sentence, dct)]
    assert (found[0].type, found[0].value) == (type_, value)


# Coordinated ranges: each bound is its own TIMEX3, the unit read from the second one.
RANGES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Repairs will take two to six days.", [("two", "P2D"), ("six days", "P6D")]),
    ("The loans run for 12 and 18 months.", [("12", "P12M"), ("18 months", "P18M")]),
    ("Delivery takes three or four weeks.", [("three", "P3W"), ("four weeks", "P4W")]),
    ("Treatment lasts five to 10 years.", [("five", "P5Y"), ("10 years", "P10Y")]),
    ("The repairs took the two days.", [("the two days", "P2D")]),  # not a range: one expression
]


@pytest.mark.parametrize(("sentence", "expected"), RANGES, ids=[r[0][:30] for r in RANGES])
def test_coordinated_range_is_one_timex_per_bound(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in resolve_dates(sentence, WED) if t.type == "DURATION"]
    assert found == expected
    for t in resolve_dates(sentence, WED):
        assert sentence[t.start:t.end] == t.text


def test_range_bounds_keep_their_direction() -> None:
    found = resolve_dates("Prices will rise over the next two to three years.", WED)
    assert [t.text for t in found] == ["the next two", "three years"]
    assert all(t.direction.value == "future" for t in found), [t.direction for t in found]


# "soon" says FUTURE_REF only when it looks forward from the DCT; after a past verb it means
# "shortly after" another event and is left untagged.
SOON: list[tuple[str, bool]] = [
    ("The talks will resume soon.", True),
    ("Prosecutors said they may soon seek an indictment.", True),
    ("He was soon released from hospital.", False),
    ("The trickle soon became a flood.", False),
    ("Officials soon realised the danger.", False),
]


@pytest.mark.parametrize(("sentence", "tagged"), SOON, ids=[s for s, _ in SOON])
def test_soon_only_when_it_points_past_the_dct(sentence: str, tagged: bool) -> None:
    values = [t.value for t in resolve_dates(sentence, WED) if t.text.lower() == "soon"]
    assert values == (["FUTURE_REF"] if tagged else [])


# "N units later": a date counted from the last day named; with nothing to count from (or a vague
# amount) it stays what TimeML annotates, a DURATION with "later" outside the span.
LATER: list[tuple[str, str, str, str]] = [
    ("The law was passed on Aug. 5 and signed two days later.", "two days later", "DATE", "2020-08-07"),
    ("The storm hit on June 3. A week later, the town flooded.", "A week later", "DATE", "2020-W24"),
    ("A few days later, the minister resigned.", "A few days", "DURATION", "PXD"),
    ("Three days later, the minister resigned.", "Three days", "DURATION", "P3D"),
    ("Two years ago, the minister resigned.", "Two years ago", "DATE", "2018"),
    ("A few years ago, the minister resigned.", "A few years ago", "DATE", "PAST_REF"),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), LATER, ids=[c[1] for c in LATER])
def test_later_is_anchored_or_a_duration(sentence: str, span: str, type_: str, value: str) -> None:
    found = [(t.text, t.type, t.value) for t in resolve_dates(sentence, WED)]
    assert (span, type_, value) in found, found


@pytest.mark.parametrize(("text", "dct", "values"), [
    ("Three days of mourning, Wednesday through Friday.", date(2020, 2, 27), ["2020-02-26", "2020-02-28"]),
    ("The exhibition runs Friday to Monday.", date(2020, 2, 27), ["2020-02-21", "2020-02-24"]),
    ("Talks were held Monday-Wednesday.", date(2020, 2, 27), ["2020-02-24", "2020-02-26"]),
])
def test_the_end_of_a_weekday_range_follows_its_start(text: str, dct: date, values: list[str]) -> None:
    assert [t.value for t in resolve_dates(text, dct) if t.type == "DATE"] == values


def test_a_range_from_an_earlier_date_keeps_its_weekday() -> None:
    found = resolve_dates("Shares were bought from Sept. 14 to Thursday.", date(1989, 11, 1))
    assert [t.value for t in found] == ["1989-09-14", "1989-10-26"]
