"""Table-driven cases that need their own publication date: year boundaries, weekdays,
seasons and quarters relative to the DCT, holidays, narrative anchoring."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.temporal import resolve_dates

D = date

# (DCT, sentence, span text, type, value)
CASES: list[tuple[date, str, str, str, str]] = [
    # year boundaries
    (D(2021, 1, 5), "Sales slumped in December.", "December", "DATE", "2020-12"),
    (D(2021, 1, 5), "Inflation slowed last month.", "last month", "DATE", "2020-12"),
    (D(2021, 1, 5), "Profit fell in the fourth quarter.", "the fourth quarter", "DATE", "2020-Q4"),
    (D(2021, 1, 5), "The plan was announced last week.", "last week", "DATE", "2020-W53"),
    (D(2021, 1, 5), "Snow fell last winter.", "last winter", "DATE", "2019-WI"),
    (D(2021, 1, 5), "The firm will report next month.", "next month", "DATE", "2021-02"),
    (D(2021, 1, 5), "The deal was agreed last year.", "last year", "DATE", "2020"),
    (D(2021, 1, 5), "The vote happened on Dec. 30.", "Dec. 30", "DATE", "2020-12-30"),
    (D(2020, 12, 20), "The law takes effect in January.", "January", "DATE", "2021-01"),
    (D(2020, 12, 20), "Parliament will vote on Jan. 12.", "Jan. 12", "DATE", "2021-01-12"),
    (D(2020, 12, 20), "The summit is next week.", "next week", "DATE", "2020-W52"),
    (D(2020, 12, 30), "The summit was this week.", "this week", "DATE", "2020-W53"),
    (D(2020, 12, 31), "Markets reopen tomorrow.", "tomorrow", "DATE", "2021-01-01"),
    (D(2021, 1, 1), "Fireworks lit the sky yesterday.", "yesterday", "DATE", "2020-12-31"),
    # weekdays around the DCT (Monday 2020-09-28)
    (D(2020, 9, 28), "The strike began on Monday.", "Monday", "DATE", "2020-09-28"),
    (D(2020, 9, 28), "The strike began on Friday.", "Friday", "DATE", "2020-09-25"),
    (D(2020, 9, 28), "Talks will resume on Friday.", "Friday", "DATE", "2020-10-02"),
    (D(2020, 9, 28), "Talks are expected to resume on Thursday.", "Thursday", "DATE", "2020-10-01"),
    (D(2020, 9, 28), "The vote is set for next Monday.", "next Monday", "DATE", "2020-10-05"),
    (D(2020, 9, 28), "He quit last Monday.", "last Monday", "DATE", "2020-09-21"),
    (D(2020, 9, 28), "Lawyers said Saturday's ruling was unfair.", "Saturday", "DATE", "2020-09-26"),
    (D(2020, 9, 28), "They met on Sunday, Sept. 27.", "Sunday, Sept. 27", "DATE", "2020-09-27"),
    # seasons and quarters
    (D(2020, 7, 15), "Sales rose this summer.", "this summer", "DATE", "2020-SU"),
    (D(2020, 7, 15), "Sales rose last summer.", "last summer", "DATE", "2019-SU"),
    (D(2020, 7, 15), "Prices will rise next spring.", "next spring", "DATE", "2021-SP"),
    (D(2020, 7, 15), "The vote is due in the fall.", "the fall", "DATE", "2020-FA"),
    (D(2020, 7, 15), "Profit rose in the second quarter.", "the second quarter", "DATE", "2020-Q2"),
    (D(2020, 7, 15), "Profit will rise in the fourth quarter.", "the fourth quarter", "DATE", "2020-Q4"),
    (D(2020, 7, 15), "Sales fell in the first quarter.", "the first quarter", "DATE", "2020-Q1"),
    (D(2020, 7, 15), "The deal closes in Q4.", "Q4", "DATE", "2020-Q4"),
    (D(2020, 7, 15), "Revenue rose in H1 2020.", "H1 2020", "DATE", "2020-H1"),
    (D(2020, 7, 15), "Costs rose in the second half of 2019.", "the second half of 2019", "DATE", "2019-H2"),
    (D(2020, 7, 15), "The quarter ended badly, the firm said.", "The quarter", "DATE", "2020-Q2"),
    (D(2020, 7, 15), "Profit was flat last quarter.", "last quarter", "DATE", "2020-Q2"),
    (D(2020, 7, 15), "Profit rose a year ago.", "a year ago", "DATE", "2019"),
    (D(2020, 10, 20), "Third-quarter profit rose 5% from $2 million a year earlier.", "a year earlier",
     "DATE", "2019-Q3"),
    (D(2020, 10, 20), "Third-quarter sales rose 3% from last year's quarter.", "last year's quarter", "DATE",
     "2019-Q3"),
    (D(1998, 3, 1), "Two helicopters crashed last February.", "last February", "DATE", "1997-02"),
    (D(2020, 9, 30), "Shares fell by mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME",
     "2020-09-29TAF"),
    # holidays
    (D(2020, 9, 30), "We met on Thanksgiving.", "Thanksgiving", "DATE", "2019-11-28"),
    (D(2020, 9, 30), "Stores will close on Christmas Day.", "Christmas Day", "DATE", "2020-12-25"),
    (D(2020, 9, 30), "The museum reopens on New Year's Day.", "New Year's Day", "DATE", "2021-01-01"),
    (D(2020, 9, 30), "Crowds gathered on Christmas Eve 2019.", "Christmas Eve 2019", "DATE", "2019-12-24"),
    (D(2020, 10, 14), "Talks resume after Easter.", "Easter", "DATE", "2021-04-04"),
    (D(2021, 5, 10), "Churches filled on Good Friday.", "Good Friday", "DATE", "2021-04-02"),
    (D(2020, 10, 14), "Shops shut on Easter Monday 2019.", "Easter Monday 2019", "DATE", "2019-04-22"),
    (D(2020, 12, 3), "Black Friday sales rose.", "Black Friday", "DATE", "2020-11-27"),
    (D(2021, 4, 27), "Crowds marked Anzac Day.", "Anzac Day", "DATE", "2021-04-25"),
    (D(2009, 4, 30), "Mexico cancelled Cinco de Mayo parades.", "Cinco de Mayo", "DATE", "2009-05-05"),
    (D(2011, 9, 2), "Fighting continued through Eid al-Fitr.", "Eid al-Fitr", "DATE", "2011-08-30"),
    (D(2011, 10, 20), "Protests are expected after Eid al-Adha.", "Eid al-Adha", "DATE", "2011-11-06"),
    (D(2020, 1, 1), "Ashura 2011 passed quietly.", "Ashura 2011", "DATE", "2011-12-05"),
    (D(2020, 11, 9), "On Remembrance Sunday wreaths were laid.", "Remembrance Sunday", "DATE", "2020-11-08"),
    (D(2021, 1, 22), "He was sworn in on Inauguration Day.", "Inauguration Day", "DATE", "2021-01-20"),
    (D(2020, 12, 3), "Sales on Cyber Monday rose.", "Cyber Monday", "DATE", "2020-11-30"),
    (D(2000, 4, 17), "Protesters prayed as Easter week began.", "Easter week", "DATE", "2000-W16"),
    (D(2021, 1, 10), "Sales will rise at Christmas.", "Christmas", "DATE", "2021-12-25"),
    (D(2020, 12, 20), "The shops that opened on Christmas Eve", "Christmas Eve", "DATE", "2020-12-24"),
    # narrative anchoring
    (D(2020, 9, 30), "On June 3 the storm hit. Two days later the river rose.", "Two days later", "DATE",
     "2020-06-05"),
    (D(2020, 9, 30), "The storm hit on June 3. The day before, officials warned residents.", "The day before",
     "DATE", "2020-06-02"),
    (D(2020, 9, 30), "He was arrested on March 2. The following day he was released.", "The following day",
     "DATE", "2020-03-03"),
    # ... a time of day with no day of its own does not move the story to the DCT
    (D(2020, 9, 30), "On June 3 he worked until after midnight. The next day he was found ill.", "The next day",
     "DATE", "2020-06-04"),
    (D(2020, 9, 30), "She moved in June 2015 and returned later that year.", "later that year", "DATE",
     "2015"),
    (D(2020, 9, 30), "He quit last August.", "last August", "DATE", "2019-08"),
    (D(2020, 9, 30), "The talks began earlier that day.", "earlier that day", "DATE", "2020-09-30"),
    # a day with a part of day, as TimeBank annotates it: the day ("Friday night", "that night")
    (D(2020, 9, 30), "The attack came on May 5. That night, troops moved in.", "That night", "DATE",
     "2020-05-05"),
    # a set event in the present tense: the nearer day when it is much the nearer; the clock
    # time before it takes the same day
    (D(2011, 10, 7), "Doors open at 16:00 for Saturday's show.", "Saturday", "DATE", "2011-10-08"),
    (D(2011, 10, 7), "Doors open at 16:00 BST for Saturday's show.", "16:00 BST", "TIME", "2011-10-08T16:00"),
    (D(2011, 10, 7), "Monday's vote shows a split.", "Monday", "DATE", "2011-10-03"),
    # the future seen from the past: "were to" plans it ahead of the article
    (D(2010, 6, 24), "Prisoners were to mark the anniversary on Saturday.", "Saturday", "DATE", "2010-06-26"),
    # "by" a month in the present tense: a deadline, ahead; in the past tense, behind
    (D(2009, 6, 10), "The deal gives 90m doses by December.", "December", "DATE", "2009-12"),
    (D(2009, 6, 10), "Cases had doubled by December.", "December", "DATE", "2008-12"),
    (D(2009, 6, 10), "He has predicted that a pandemic is likely to strike in the autumn.", "the autumn", "DATE",
     "2009-FA"),
    # a date something is put off to is ahead, whatever the verb's tense
    (D(2020, 3, 11), "The summit was pushed back to the fall.", "the fall", "DATE", "2020-FA"),
    (D(2020, 3, 11), "The game was moved to Sunday.", "Sunday", "DATE", "2020-03-15"),
    (D(2020, 3, 11), "The family moved to the city in the fall.", "the fall", "DATE", "2019-FA"),
    (D(2020, 3, 11), "Elections are due in the spring of next year.", "the spring of next year", "DATE", "2021-SP"),
    (D(2020, 3, 11), "The outbreak began in December 2019 and peaked in February.", "February", "DATE", "2020-02"),
    (D(2020, 3, 11), "In November 1998 he left; in March he had quit.", "March", "DATE", "1998-03"),
    (D(2020, 3, 11), "The new rules come into force on Monday.", "Monday", "DATE", "2020-03-16"),
    # years counted from the year last written out, after a day named earlier
    (D(2020, 3, 11), "On March 2 the firm said: we were founded in 2015; three years later we went public.",
     "three years later", "DATE", "2018"),
    # a span up to a day written after it: no current week or year
    (D(2020, 3, 11), "The deal closed in the week ending March 6.", "the week", "DURATION", "P1W"),
    (D(2020, 3, 11), "Profit in the year to March 2019 fell.", "the year", "DURATION", "P1Y"),
    (D(2020, 3, 11), "Sales in the year to date rose.", "the year", "DATE", "2020"),
    # a day that names an event nobody schedules: the last such day, not the one ahead
    (D(2012, 1, 20), "Egyptians will mark the anniversary of the January 25 revolution.", "January 25", "DATE",
     "2011-01-25"),
    (D(2003, 3, 20), "Since the Sept. 11 attacks, security has tightened.", "Sept. 11", "DATE", "2001-09-11"),
    (D(2012, 1, 20), "The January 28 vote will be close.", "January 28", "DATE", "2012-01-28"),
    # "last" as a verb: a duration with no place in time, not "the last five weeks"
    (D(2011, 9, 30), "The trial is expected to last about five weeks.", "about five weeks", "DURATION", "P5W"),
    (D(2011, 9, 30), "Sales fell over the last five weeks.", "the last five weeks", "DURATION", "P5W"),
    # clock times
    (D(2020, 9, 30), "The results are expected at 9 a.m. tomorrow.", "9 a.m. tomorrow", "TIME",
     "2020-10-01T09:00"),
    (D(2020, 9, 30), "The meeting is at 14:30 GMT.", "14:30 GMT", "TIME", "2020-09-30T14:30"),
    (D(2020, 9, 30), "The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "TIME",
     "2020-11-09T17:00"),
    (D(2020, 9, 30), "The ceasefire began at midnight.", "midnight", "TIME", "2020-09-30T24:00"),
    (D(2020, 9, 30), "The talks will resume at noon Thursday.", "noon Thursday", "TIME", "2020-10-01T12:00"),
    (D(2020, 9, 30), "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "TIME",
     "2020-09-25T10:35"),
    (D(2020, 9, 30), "The strike began on Sept. 12. At 10 p.m., police moved in.", "10 p.m.", "TIME",
     "2020-09-12T22:00"),
    # a relative day opening the next sentence is its own, not the clock time's
    (D(2020, 9, 30), "On Monday he arrived at 9 a.m. Tomorrow he leaves.", "9 a.m.", "TIME", "2020-09-28T09:00"),
    (D(2020, 9, 30), "On Monday he arrived at 9 a.m. Tomorrow he leaves.", "Tomorrow", "DATE", "2020-10-01"),
    # noon takes the day just named, as clock times do; a day in the next sentence is not theirs
    (D(2020, 9, 30), "Voting closed on Friday at noon.", "noon", "TIME", "2020-09-25T12:00"),
    (D(2020, 9, 30), "Results came Tuesday at 3pm. On Friday, the count ended.", "3pm", "TIME",
     "2020-09-29T15:00"),
    (D(2020, 9, 30), "Officials met yesterday afternoon.", "yesterday afternoon", "TIME", "2020-09-29TAF"),
    (D(2020, 9, 30), "Fighting resumed overnight and this evening.", "this evening", "TIME", "2020-09-30TEV"),
    # old and far dates
    (D(2020, 9, 30), "The treaty was signed in 1648 in Westphalia.", "1648", "DATE", "1648"),
    (D(2020, 9, 30), "In the 21st century, things changed.", "the 21st century", "DATE", "20"),
    (D(2020, 9, 30), "The ban lasts until 2025.", "2025", "DATE", "2025"),
    (D(2020, 9, 30), "The firm was founded in the late 1980s.", "the late 1980s", "DATE", "198"),
    (D(2020, 9, 30), "In the '90s the company grew.", "'90s", "DATE", "199"),
    (D(2020, 9, 30), "The film is set in the year 2000.", "the year 2000", "DATE", "2000"),
    (D(2020, 9, 30), "He was born on 4 July 1976.", "4 July 1976", "DATE", "1976-07-04"),
    (D(2020, 9, 30), "The law dates from 12/25/98.", "12/25/98", "DATE", "1998-12-25"),
    (D(2020, 9, 30), "The school year ends in the summer of 2021.", "the summer of 2021", "DATE", "2021-SU"),
    (D(2020, 9, 30), "The firm posted a loss for fiscal 2020.", "fiscal 2020", "DATE", "2020"),
    (D(2020, 9, 30), "The election will be held in May 2021.", "May 2021", "DATE", "2021-05"),
    (D(2020, 9, 30), "Shares peaked in March last year.", "March last year", "DATE", "2019-03"),
    # a day with its year said relative to today's: one date, never this year's day
    (D(2010, 6, 26), "He died at his home on 25 June last year.", "25 June last year", "DATE", "2009-06-25"),
    (D(2010, 6, 26), "The trial opens on March 3 next year.", "March 3 next year", "DATE", "2011-03-03"),
    (D(2010, 6, 26), "Fans met on June 25 this year.", "June 25 this year", "DATE", "2010-06-25"),
    (D(2020, 9, 30), "It was cold in early February.", "early February", "DATE", "2020-02"),
    (D(2020, 9, 30), "The works run until mid-November.", "mid-November", "DATE", "2020-11"),
    (D(2020, 9, 30), "Talks stalled in the spring of 2019.", "the spring of 2019", "DATE", "2019-SP"),
]


@pytest.mark.parametrize(("dct", "sentence", "span", "type_", "value"), CASES, ids=[c[2] for c in CASES])
def test_expression_against_its_dct(dct: date, sentence: str, span: str, type_: str, value: str) -> None:
    found = resolve_dates(sentence, dct)
    hit = [t for t in found if t.text == span]
    assert hit, [(t.text, t.type, t.value) for t in found]
    assert (hit[0].type, hit[0].value) == (type_, value)


def test_year_range_with_two_digit_end() -> None:
    found = resolve_dates("The firm was hit hard in 2008-09.", D(2020, 9, 30))
    assert [t.value for t in found] == ["2008", "2009"]


def test_coordinated_dates_are_separate() -> None:
    found = resolve_dates("Markets rallied on Oct. 1 and Oct. 2.", D(2020, 9, 30))
    assert [(t.text, t.value) for t in found] == [("Oct. 1", "2020-10-01"), ("Oct. 2", "2020-10-02")]
