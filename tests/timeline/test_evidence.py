"""Which date expressions place an event: not a date given up, not a page's or comment's stamp."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.timeline.evidence import is_aside, places_event

# (sentence, the date expression in it, whether it places an event at its date)
CASES: list[tuple[str, str, bool]] = [
    # given up
    ("Maryland moved its primary to June 2; it was originally planned for April 28.", "April 28", False),
    ("The vote, initially expected to take place on Friday, was held on Monday.", "Friday", False),
    ("The match was postponed from Saturday.", "Saturday", False),
    ("Ohio, which was planning to hold its primary on Tuesday, postponed it.", "Tuesday", False),
    ("A concert expected to take place in Vienna in September 2009 was canceled.", "September 2009", False),
    ("The vote is scheduled for Friday.", "Friday", True),
    ("The trial was delayed until March 3.", "March 3", True),
    ("Maryland moved its primary to June 2; it was originally planned for April 28.", "June 2", True),
    # stamps of the page or a comment
    ("Page last updated at 08:14 GMT, Tuesday, 8 November 2011 Propofol is a sedative.",
     "Tuesday, 8 November 2011", False),
    ("Page last updated at 08:14 GMT, Tuesday, 8 November 2011 Propofol is a sedative.", "08:14 GMT", False),
    ("8 November 2011 Last updated at 14:07 GMT Help The doctor faces prison.", "8 November 2011", False),
    ("At 12:19 26th Apr 2009, barriesingleton wrote: keep it coming.", "26th Apr 2009", False),
    ("8th November 2011 - 17:42 Justice at last.", "8th November 2011", False),
    ("GENEVA | Mon Apr 27, 2009 9:41 pm EDT GENEVA (Reuters) - The WHO met.", "Mon Apr 27, 2009", False),
    ("Last updated: 1 May, 2009 - 17:54 GMT Mexico shuts down.", "1 May, 2009", False),
    ("Re: Posted by Jason-May 1st, 2009 -- 4:59 pm GMT I agree.", "May 1st, 2009", False),
    ("This article was amended on Friday 29 May 2009.", "Friday 29 May 2009", False),
    # ... but prose with a time and a date, and reports of publishing, are events
    ("The verdict came at 10:30 on 8 November 2011, the court said.", "8 November 2011", True),
    ("The verdict came at 10:30 on 8 November 2011, the court said.", "10:30", True),
    ("He was convicted on Monday, 7 November, in Los Angeles.", "Monday, 7 November", True),
    ("The report was published on Monday.", "Monday", True),
    ("The figures were updated on Friday.", "Friday", True),
    ("The law was amended on Friday 29 May 2009.", "Friday 29 May 2009", True),
    ("The meeting starts at 10:30 tomorrow.", "tomorrow", True),
]


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 60))
def test_any_sentence_and_span_is_judged_without_error(sentence: str, start: int, length: int) -> None:
    start = min(start, len(sentence))
    assert isinstance(places_event(sentence, start, min(len(sentence), start + length)), bool)


# (sentence, a day named in it, whether it is an aside: it dates a report or names a thing)
ASIDES: list[tuple[str, str, bool]] = [
    ("Police said on Monday the attack happened on Saturday.", "Monday", True),
    ("Police said on Monday the attack happened on Saturday.", "Saturday", False),
    ("The ministry said Friday that schools shut on Thursday.", "Friday", True),
    ("On Tuesday, ALDI announced it can't run the Wednesday special.", "Wednesday", True),
    ("On Tuesday, ALDI announced it can't run the Wednesday special.", "Tuesday", False),
    ("The 8 October gig was announced on Monday.", "8 October", True),
    ("The vote was held on the Monday after the storm.", "Monday", False),
    ("He was told on Friday that the hotel would be shut on Saturday.", "Friday", False),
]


# Both judges take (sentence, start, end) of the day named: one table of cases each, one test.
JUDGED = [(places_event, *c) for c in CASES] + [(is_aside, *c) for c in ASIDES]


@pytest.mark.parametrize(("judge", "sentence", "phrase", "expected"), JUDGED,
                         ids=[f"{c[0].__name__}|{c[2]}|{c[1][:30]}" for c in JUDGED])
def test_judges_of_a_named_day(judge: Callable[[str, int, int], bool], sentence: str, phrase: str,
                               expected: bool) -> None:
    start = sentence.index(phrase)
    assert judge(sentence, start, start + len(phrase)) is expected
