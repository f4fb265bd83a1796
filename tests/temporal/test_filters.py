"""False positives: words and numbers that look like dates but are not (money, percentages,
ages, counts, scores, versions, names, and pronouns or verbs spelt like days and months)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.temporal import resolve_dates

DCT = date(2020, 9, 30)

NOT_DATES: list[str] = [
    "Version 1.2.3 shipped with fixes.",
    "He left last fortnight.",
    "It was a black Friday for the markets.",
    "We are ready, the spokesman said.",
    "Prices may rise, analysts warned.",
    "Prices may fall.",
    "Thousands march through the capital.",
    "We will march on Washington.",
    "The shares cost $27 each.",
    "Revenue was $2019 million.",
    "The US$2020 bill passed.",
    "Turnout was 27%.",
    "The rate was 1998 percent, a typo.",
    "A 45-year-old man was arrested.",
    "The victim, 52 years old, was a teacher.",
    "Police said the man, 34, was arrested.",
    "Police arrested 2000 people.",
    "She won 2,500 votes.",
    "He scored 2010 points in his career.",
    "Shares closed at 2,019 points.",
    "It sold 1.5 million copies.",
    "He ran the 1500 metres.",
    "Room 2019 is on the second floor.",
    "Route 2020 is closed.",
    "Call 555-2020 for details.",
    "The team won 3-1 in extra time.",
    "The score was 21-14.",
    "Version 2.1 fixes the bug.",
    "The temperature hit 30 degrees.",
    "They sat down to talk.",
    "Sat on the bench, he waited.",
    "The sun rose over the hills.",
    "Sun Microsystems rose.",
    "Theresa May met the ambassadors.",
    "Brian May played guitar.",
    "Mar Roxas spoke in Manila.",
    "Jan Kowalski won the race.",
    "The March for Life drew crowds.",
    "Prices fall when demand drops.",
    "The fall in prices hurt.",
    "The fall of the city shocked the world.",
    "The second wave arrived.",
    "It is a second-hand car.",
    "He is the first.",
    "A quarter of voters agreed.",
    "Three quarters of the budget went to defence.",
    "Half the country voted.",
    "Police raided the flat in the early hours.",  # a part of the night, not a duration
    "About 2000 were hurt in the blast.",  # a count after "about", not a year
    "The film about 1968 won a prize.",
    "Those days are gone.",
    "The Daily Mail reported it.",
    "She told the Sunday Times she was leaving.",  # newspapers named after their day
    "The Mail on Sunday reported it.",
    "He wrote for the Sunday Telegraph.",
    "He married the future Prime Minister, Benazir Bhutto.",  # who someone became, not when
    "She met the future president at college.",
    "County coroner assistant chief Ed Winter did not discuss the delay.",  # a season in a name
    "The Summer Olympics opened in Beijing.",
    "Winter Park is in Florida.",
    "Manufacturers are producing vaccine to combat winter flu.",  # a kind of flu, not a season in time
    "The shop sold winter coats and boots.",
    "Watch 60 Minutes at home.",
    "For the people of Poland, high noon has come.",
    "The blasts went off minutes apart.",
    "Troops will stay for the foreseeable future.",
    "Women of today are no less than men, be it in any field.",
    "Schools must train the leaders of tomorrow.",
    'The WHO replaced its temporary designation "2019-nCoV" with COVID-19.',
    "The NCAA cancelled its own tournament, March Madness, for both leagues.",
    "The festival was founded by Wayne Hemingway and Lord March.",  # a title before a month's name
    "Dr June Raine heads the agency.",
    "The Today programme's Nicola Stanbridge is in Kenilworth.",  # a broadcast's name
    "She told NBC's Today show she was fine.",
    "He finished 14th in the race.",  # a rank, not a day
    "They live on the 14th floor.",
    "The firm ranked 3rd, behind its rivals.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence: str) -> None:
    assert [(t.text, t.value) for t in resolve_dates(sentence, DCT)] == []


def test_count_after_weekday_is_not_a_day() -> None:
    text = "The minister met on Wednesday 25 foreign ambassadors."
    assert [(t.text, t.value) for t in resolve_dates(text, DCT)] == [("Wednesday", "2020-09-30")]


@pytest.mark.parametrize(("sentence", "span"), [
    ("The talks ended on Friday.", "Friday"),
    ("Shares rose in 2019.", "2019"),
    ("Prices rose since March.", "March"),
    ("It rained during the summer.", "the summer"),
    ("The law changed at 5 p.m.", "5 p.m."),
])
def test_spans_exclude_the_preposition(sentence: str, span: str) -> None:
    assert [t.text for t in resolve_dates(sentence, DCT)] == [span]


@pytest.mark.parametrize(("sentence", "span"), [
    ("The harvest ended as winter approached.", "winter"),
    ("Prices rise in spring markets.", "spring"),
])
def test_a_season_put_in_time_stays_a_date(sentence: str, span: str) -> None:
    assert [t.text for t in resolve_dates(sentence, DCT)] == [span]
