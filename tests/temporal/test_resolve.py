"""Table-driven tests: (sentence, DCT) -> the expression found, its TIMEX3 type and value.

Cases are written from the TimeML guidelines (spans without the leading preposition, values at
the expression's own granularity, vague values for vague words). The default DCT is
Wednesday 2020-09-30 (third quarter, ISO week 40).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.model import Sentence
from briefing.temporal import resolve_dates

DCT = date(2020, 9, 30)


def only(sentence: str, dct: date = DCT):
    found = resolve_dates(sentence, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# (sentence, span text, type, value)
CASES: list[tuple[str, str, str, str]] = [
    ("On Sunday Times Square was packed.", "Sunday", "DATE", "2020-09-27"),  # a day, not the newspaper
    ("In the future Europe will change.", "the future", "DATE", "FUTURE_REF"),  # a noun after "in"
    ("In Spring Congress will vote.", "Spring", "DATE", "2021-SP"),  # a preposition puts it in time
    # "the following year" counts from the year last named; with none, its year is unknown
    ("He arrived in 2005. The following year he left.", "The following year", "DATE", "2006"),
    ("Completed the following year, the pieces made his name.", "the following year", "DATE", "XXXX"),
    # the first month of a pair or range takes the year written after the second
    ("A third wave ran from January to April 1919.", "January", "DATE", "1919-01"),
    ("Passengers traveled in March and April of 2008.", "March", "DATE", "2008-03"),
    ("In March and April, cases rose.", "March", "DATE", "2020-03"),
    # a month before a capitalised word is still a date after a preposition or with a year
    ("In March Congress passed the relief bill.", "March", "DATE", "2020-03"),
    # absolute dates in common forms
    ("The deal was signed on 30th September, 2020.", "30th September, 2020", "DATE", "2020-09-30"),
    ("It happened on Sept. 27.", "Sept. 27", "DATE", "2020-09-27"),
    ("It happened on September 27, 2019.", "September 27, 2019", "DATE", "2019-09-27"),
    ("The file is dated 2020-09-27.", "2020-09-27", "DATE", "2020-09-27"),
    ("The form was filed on 9/27/2020 by the firm.", "9/27/2020", "DATE", "2020-09-27"),
    ("They met on 27 September 2018 in Rome.", "27 September 2018", "DATE", "2018-09-27"),
    ("Talks resume on Oct. 5.", "Oct. 5", "DATE", "2020-10-05"),
    ("Polls close on November 3.", "November 3", "DATE", "2020-11-03"),
    ("The plant closed in June 2015.", "June 2015", "DATE", "2015-06"),
    # "the week of": the ISO week that holds the day
    ("The vote is set for the week of October 12.", "the week of October 12", "DATE", "2020-W42"),
    ("Sales in the week of 7 September 2020 fell.", "the week of 7 September 2020", "DATE", "2020-W37"),
    ("The law took effect in January.", "January", "DATE", "2020-01"),
    ("The vote will take place in November.", "November", "DATE", "2020-11"),
    ("Sales slumped in December.", "December", "DATE", "2019-12"),
    ("The firm was founded in 1998.", "1998", "DATE", "1998"),
    ("Prices rose sharply in mid-2019.", "mid-2019", "DATE", "2019"),
    ("The bridge opened in the 1990s.", "the 1990s", "DATE", "199"),
    ("Jazz flourished in the '20s.", "'20s", "DATE", "202"),
    ("It was built in the 19th century.", "the 19th century", "DATE", "18"),
    ("Results for fiscal 2019 were strong.", "fiscal 2019", "DATE", "2019"),
    ("He was born on Christmas Day 1950.", "Christmas Day 1950", "DATE", "1950-12-25"),
    # day first, as written outside the US
    ("The deal expires on 31.12.2021.", "31.12.2021", "DATE", "2021-12-31"),
    ("It began on 1.2.2021, he said.", "1.2.2021", "DATE", "2021-02-01"),
    ("The ceasefire ends on 31/12/2021.", "31/12/2021", "DATE", "2021-12-31"),
    ("Cases doubled in the past fortnight.", "the past fortnight", "DURATION", "P2W"),
    ("Monday, Oct. 5, 2020 is the deadline.", "Monday, Oct. 5, 2020", "DATE", "2020-10-05"),
    ("On Wednesday, 30 September 2020 the court ruled.", "Wednesday, 30 September 2020", "DATE",
     "2020-09-30"),
    ("It was recorded in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    # weekdays: past by default, future with a future verb
    ("The minister said on Wednesday that talks failed.", "Wednesday", "DATE", "2020-09-30"),
    ("The minister spoke on Monday.", "Monday", "DATE", "2020-09-28"),
    ("Shares fell on Friday.", "Friday", "DATE", "2020-09-25"),
    ("The board will meet on Friday.", "Friday", "DATE", "2020-10-02"),
    ("Voters go to the polls next Tuesday, officials will say.", "next Tuesday", "DATE", "2020-10-06"),
    ("He left last Thursday.", "last Thursday", "DATE", "2020-09-24"),
    ("Protesters gathered early Sunday.", "early Sunday", "DATE", "2020-09-27"),
    # relative days and parts of the day
    ("Prices fell yesterday.", "yesterday", "DATE", "2020-09-29"),
    ("The report is out today.", "today", "DATE", "2020-09-30"),
    ("The shop reopens tomorrow.", "tomorrow", "DATE", "2020-10-01"),
    ("The president speaks tonight.", "tonight", "TIME", "2020-09-30TNI"),
    ("A fire broke out last night.", "last night", "TIME", "2020-09-29TNI"),
    ("Officials met this morning.", "this morning", "TIME", "2020-09-30TMO"),
    ("She arrived Tuesday evening.", "Tuesday evening", "DATE", "2020-09-29"),
    ("Police were called yesterday afternoon.", "yesterday afternoon", "TIME", "2020-09-29TAF"),
    ("The market closed at 4 p.m. on Friday.", "4 p.m. on Friday", "TIME", "2020-09-25T16:00"),
    ("The blast happened at 10:30 a.m.", "10:30 a.m.", "TIME", "2020-09-30T10:30"),
    # last / this / next X
    ("Profits rose last year.", "last year", "DATE", "2019"),
    ("Profits will rise next year.", "next year", "DATE", "2021"),
    ("Sales are up this year.", "this year", "DATE", "2020"),
    ("Inflation slowed last month.", "last month", "DATE", "2020-08"),
    ("Rates are expected to rise this month.", "this month", "DATE", "2020-09"),
    ("The plan was announced last week.", "last week", "DATE", "2020-W39"),
    ("The summit is this week.", "this week", "DATE", "2020-W40"),
    ("A decision is due next week.", "next week", "DATE", "2020-W41"),
    ("Tourism boomed last summer.", "last summer", "DATE", "2020-SU"),
    ("Snow fell heavily last winter.", "last winter", "DATE", "2019-WI"),
    ("The project starts this spring.", "this spring", "DATE", "2020-SP"),
    ("Growth slowed in the third quarter.", "the third quarter", "DATE", "2020-Q3"),
    ("Second-quarter results were weak, they said.", "Second-quarter", "DATE", "2020-Q2"),
    ("Profit fell in the first quarter of 2019.", "the first quarter of 2019", "DATE", "2019-Q1"),
    ("Output fell in the first half.", "the first half", "DATE", "2020-H1"),
    ("The company reported earlier this year.", "earlier this year", "DATE", "2020"),
    ("It will be built early next year.", "early next year", "DATE", "2021"),
    ("The firm will close by the end of the year.", "the end of the year", "DATE", "2020"),
    ("Results are due in late October.", "late October", "DATE", "2020-10"),
    ("Talks stalled last April.", "last April", "DATE", "2020-04"),
    ("Elections are set for next March.", "next March", "DATE", "2021-03"),
    # ago / later
    ("The war ended two years ago.", "two years ago", "DATE", "2018"),
    ("He moved there three days ago.", "three days ago", "DATE", "2020-09-27"),
    ("She left six months ago.", "six months ago", "DATE", "2020-03"),
    ("It was founded a decade ago.", "a decade ago", "DATE", "2010"),
    ("The firm failed a few years ago.", "a few years ago", "DATE", "PAST_REF"),
    # durations
    ("The war lasted three years.", "three years", "DURATION", "P3Y"),
    ("He was held for 90 days.", "90 days", "DURATION", "P90D"),
    ("It took a decade to build.", "a decade", "DURATION", "P10Y"),
    ("Prices will rise over the next few months.", "the next few months", "DURATION", "PXM"),
    ("Shares fell 10% in the past three months.", "the past three months", "DURATION", "P3M"),
    ("The talks lasted two hours.", "two hours", "DURATION", "PT2H"),
    ("It signed a two-year contract.", "two-year", "DURATION", "P2Y"),
    ("He spent several weeks in hospital.", "several weeks", "DURATION", "PXW"),
    ("The strike lasted nearly two weeks.", "nearly two weeks", "DURATION", "P2W"),
    ("They negotiated for years.", "years", "DURATION", "PXY"),
    ("The reform took 1 1/2 years.", "1 1/2 years", "DURATION", "P1Y6M"),
    ("The case dragged on for two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
    ("The reform took a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
    ("The hearing ran an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
    ("The hearing ran a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
    ("The call lasted half an hour.", "half an hour", "DURATION", "PT30M"),
    ("The vote came a year and a half ago.", "a year and a half ago", "DATE", "2019-03"),
    ("The first nine months were weak.", "The first nine months", "DURATION", "P9M"),
    ("It could take two to three weeks.", "two", "DURATION", "P2W"),
    ("It could take two to three weeks.", "three weeks", "DURATION", "P3W"),
    # sets
    ("The paper is published daily.", "daily", "SET", "P1D"),
    ("The committee meets every week.", "every week", "SET", "P1W"),
    ("Elections are held every four years.", "every four years", "SET", "P4Y"),
    ("The market opens each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
    ("The family gathers each Christmas.", "each Christmas", "SET", "XXXX-12-25"),
    ("They meet every Thanksgiving.", "every Thanksgiving", "SET", "XXXX-XX-XX"),
    ("She calls her mother every morning.", "every morning", "SET", "XXXX-XX-XXTMO"),
    ("It costs $5 million a year to run.", "a year", "SET", "P1Y"),
    # vague references
    ("The company is now profitable.", "now", "DATE", "PRESENT_REF"),
    ("She recently moved to Paris.", "recently", "DATE", "PAST_REF"),
    ("Nobody knows what the future holds.", "the future", "DATE", "FUTURE_REF"),
    ("Currently, the index stands at 100.", "Currently", "DATE", "PRESENT_REF"),
    ("Unemployment fell in recent years.", "recent years", "DATE", "PAST_REF"),
    ("Things were different in the past.", "the past", "DATE", "PAST_REF"),
    ("Police studied the June killing.", "June", "DATE", "2020-06"),
    ("Growth will slow over the next couple of years.", "the next couple of years", "DURATION", "P2Y"),
    ("The shares will be sold at a later date.", "a later date", "DATE", "FUTURE_REF"),
    ("Losses will shrink in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
    ("Over the years the town grew.", "the years", "DURATION", "PXY"),
    ("The day-long meeting ended.", "day-long", "DURATION", "P1D"),
    ("The weeks ahead will be hard.", "The weeks ahead", "DURATION", "PXW"),
    # narrative anchoring
    ("The storm hit on June 3. The next day, the town flooded.", "The next day", "DATE", "2020-06-04"),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), CASES, ids=[c[1] for c in CASES])
def test_expression(sentence: str, span: str, type_: str, value: str) -> None:
    found = [t for t in resolve_dates(sentence, DCT) if t.text == span]
    assert found, [(t.text, t.type, t.value) for t in resolve_dates(sentence, DCT)]
    assert (found[0].type, found[0].value) == (type_, value)
    assert sentence[found[0].start:found[0].end] == span


def test_weekday_count_is_not_a_day_of_month() -> None:
    text = "The minister met on Wednesday 25 foreign ambassadors."
    found = resolve_dates(text, DCT)
    assert [(t.text, t.value) for t in found] == [("Wednesday", "2020-09-30")]


def test_year_range_is_two_expressions() -> None:
    found = resolve_dates("The survey covered 2009-2010.", DCT)
    assert [(t.text, t.value) for t in found] == [("2009", "2009"), ("2010", "2010")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair ran Sept. 8-10.", [("Sept. 8", "2020-09-08"), ("10", "2020-09-10")]),
    ("Talks resume on October 20 and 21 in Geneva.", [("October 20", "2020-10-20"), ("21", "2020-10-21")]),
    ("Strikes hit on 3 and 4 September.", [("3", "2020-09-03"), ("4 September", "2020-09-04")]),
    ("The March 2-4, 2021 summit was delayed.", [("March 2", "2021-03-02"), ("4, 2021", "2021-03-04")]),
    # a number after the day that counts something is no second day, and takes no part in the span
    ("On September 5 and 6 more people died.", [("September 5", "2020-09-05")]),
    # a range across months: each end keeps its own month
    ("It ran from August 31 to 1 September.", [("August 31", "2020-08-31"), ("1 September", "2020-09-01")]),
    # weekdays before the day numbers (British listings): the first day takes the month named last
    ("The series runs from Monday 21 to Friday 25 September.",
     [("Monday 21", "2020-09-21"), ("Friday 25 September", "2020-09-25")]),
])
def test_days_of_a_range_or_pair_are_each_an_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in resolve_dates(text, DCT)] == expected


def test_a_day_led_up_to_is_ahead_whatever_the_verb() -> None:
    # DCT Wednesday 2020-09-30: "ahead of Saturday's concert" is the coming Saturday, though "said"
    # is past; looking back with "had", the day is the one before.
    said = "Organisers said tickets have been sold ahead of Saturday night's concert."
    assert only(said).value == "2020-10-03"
    assert only("Police had closed roads ahead of Saturday's march.").value == "2020-09-26"
    assert only("Police closed roads on Saturday.").value == "2020-09-26"


@pytest.mark.parametrize(("sentence", "value"), [
    # DCT Wednesday 2020-09-30: a possessive weekday is an event reported, unless it names an
    # event held on a set day in a future clause
    ("Wednesday's ruling will be appealed.", "2020-09-30"),
    ("Saturday's tribute concert will raise money for charity.", "2020-10-03"),
    ("Sunday's election will decide the next president.", "2020-10-04"),
    ("Sunday's election was won by the opposition.", "2020-09-27"),
])
def test_a_possessive_weekday_is_ahead_only_for_an_event_still_to_come(sentence: str, value: str) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize(("sentence", "value"), [
    # DCT Wednesday 2020-09-30: "until" points ahead unless its own verb is past
    ("The ceasefire, agreed on Sunday night, held until Tuesday.", "2020-09-29"),
    ("The store remained closed until Monday.", "2020-09-28"),
    ("Officials said the road is closed until Friday.", "2020-10-02"),
    ("He said the curfew would last until Saturday.", "2020-10-03"),
    ("The court adjourned the case until Friday.", "2020-10-02"),
    # a sentence that opens on "until" takes the main verb after it; a trailing "said" is no verb of it
    ("Until Thursday, the police had only sought him as a witness.", "2020-09-24"),
    ("Schools stay shut until Monday, the minister announced.", "2020-10-05"),
])
def test_until_follows_the_verb_it_depends_on(sentence: str, value: str) -> None:
    assert resolve_dates(sentence, DCT)[-1].value == value


def test_month_direction_follows_tense() -> None:
    dct = date(2020, 3, 15)
    assert only("Sales collapsed in July.", dct).value == "2019-07"
    assert only("The games will open in July.", dct).value == "2020-07"


SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0af3f37a05f09378.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the bundled seed article is missing")
def test_seed_article_dates() -> None:
    """The mission's own example (published Wednesday 2020-09-30)."""
    text = SEED.read_text(encoding="utf-8")
    found = resolve_dates(text, DCT)

    def covering(phrase: str) -> list[tuple[str, str]]:
        pos = text.find(phrase)
        assert pos >= 0, phrase
        return [(t.type, t.value) for t in found if t.start < pos + len(phrase) and t.end > pos]

    assert ("DATE", "2020-09-30") in covering("said on Wednesday")
    assert ("DATE", "2020-09-27") in covering("On September 27")
    assert ("DATE", "2020-09-30") in covering("30th September, 2020")
    assert covering("the next few months") == [("DURATION", "PXM")]
    assert covering("Wednesday 25 foreign") == [("DATE", "2020-09-30")]


def test_offsets_survive_characters_that_grow_when_lower_cased() -> None:
    text = "İstanbul voted on Sunday."
    t = only(text)
    assert text[t.start:t.end] == "Sunday"


def test_tense_stays_inside_the_sentence() -> None:
    text = "Talks will resume soon. The minister spoke on Friday."
    friday = text.index("Friday")
    sentences = [Sentence(0, 23, text[:23]), Sentence(24, len(text), text[24:])]
    for given in (sentences, None):  # the shared splitter's sentences, or the resolver's own scoping
        found = [t for t in resolve_dates(text, DCT, given) if t.start == friday]
        assert [t.value for t in found] == ["2020-09-25"]


def test_a_part_of_day_takes_the_day_named_after_it_else_one_named_just_before() -> None:
    dct = date(2009, 6, 28)  # a Sunday

    def parts(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in resolve_dates(text, dct) if t.type == "TIME"]

    assert parts("Jackson collapsed at his home at about midday on Thursday.") == [("midday", "2009-06-25T12:00")]
    assert parts("On Friday the band rehearsed; the afternoon was spent on the lights.") == [
        ("the afternoon", "2009-06-26TAF")]
    # a day named paragraphs before (a fact box's birth date) is no anchor: the article's day is
    fact_box = "Born: 29 August 1958, Gary, Indiana. " + "He recorded many hit albums with his brothers. " * 4
    assert parts(fact_box + "He collapsed at home around midday.") == [("midday", "2009-06-28T12:00")]


@pytest.mark.parametrize(("text", "value"), [
    # far from where the year was written, the day named again is the day written out before
    ("Jackson died on 25 June 2009 at his home in Los Angeles, aged 50. " + "The trial heard many witnesses. " * 6
     + "In an interview, the doctor said that on the night of 25 June he gave Jackson a sedative.", "2009-06-25"),
    # the first day written is the story's: a chronology's later anniversary does not move it
    ("He died on 25 June 2009. Fans gathered on 25 June 2010 for the anniversary. "
     + "The trial heard many witnesses. " * 6 + "The doctor said that on 25 June he gave Jackson a sedative.",
     "2009-06-25"),
    # an anniversary still to come is the coming one
    ("He died on 25 June 2009. " + "The trial heard many witnesses. " * 6
     + "Fans will gather again on 25 June to remember him.", "2012-06-25"),
])
def test_a_day_named_again_without_its_year_is_the_day_written_out_before(text: str, value: str) -> None:
    last = resolve_dates(text, date(2011, 11, 30))[-1]
    assert (last.text, last.value) == ("25 June", value)


@pytest.mark.parametrize(("text", "expected"), [
    ("He joined the firm in 2005. A year later he left.", ("A year later", "DATE", "2006")),
    # nothing to count from: not a year after the article's, a length of time
    ("She found him odd, but a year later, he proposed.", ("a year", "DURATION", "P1Y")),
    ("But a decade later his work found a new audience.", ("a decade", "DURATION", "P10Y")),
    # "earlier" with nothing named before still counts from the article's date (financial news)
    ("Sales rose 5% from a year earlier.", ("a year earlier", "DATE", "2019")),
])
def test_years_later_count_from_the_year_last_named(text: str, expected: tuple[str, str, str]) -> None:
    last = resolve_dates(text, DCT)[-1]
    assert (last.text, last.type, last.value) == expected


@pytest.mark.parametrize(("text", "certainty"), [
    # quoted, "tomorrow" is the speaker's: maybe said days before the article
    ('In a statement on Twitter, he wrote, "We will conduct an election tomorrow in Ohio."', "approximate"),
    ("`` We talk again tomorrow , '' she said .", "approximate"),  # tokenised quotation marks
    ("The election is tomorrow, officials said.", "exact"),
    ('"It was a great night," he said. The vote is tomorrow.', "exact"),  # the quotation has ended
])
def test_a_day_counted_from_speaking_is_approximate_inside_a_quotation(text: str, certainty: str) -> None:
    (tomorrow,) = resolve_dates(text, DCT)
    assert (tomorrow.text, tomorrow.value, tomorrow.certainty) == ("tomorrow", "2020-10-01", certainty)
