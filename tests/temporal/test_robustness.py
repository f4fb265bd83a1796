"""Any text: no crash, well-formed output (offsets point at the text, in order, intervals sane)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.temporal import resolve_dates

WORDS = ["the", "last", "next", "week", "May", "march", "Wednesday", "25", "2020", "1998-99", "$27", "%",
         "ago", "two", "years", "early", "mid-", "Q3", "a.m.", "10:30", "'90s", "İ", "\n", ",", ".", "few",
         "months", "Sept.", "27th", "of", "every", "daily", "now", "-", "/", "12/25/98", "tonight", "century",
         "2,500", "9999", "later", "earlier", "Christmas", "winter", "quarter", "fourth", "a", "year",
         "9", "p.m.", "Tomorrow", "Today", "Friday", "Saturday's", "show", "noon", "midnight", "at", "on", "each",
         "Thanksgiving", "morning", "to", "expected", "pushed", "back", "by", "December", "Lord", "hours",
         "ending", "spring", "around", "circa", "in", "or", "about", "1890", "were", "will", "BST", "16:00",
         "said", "Eid", "al-Adha", "weekend", "half", "fiscal", "three", "later", "that", "day"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.dates())
def test_well_formed_on_word_salad(words: list[str], dct: date) -> None:
    text = " ".join(words)
    _check(text, dct)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.dates())
def test_well_formed_on_any_text(text: str, dct: date) -> None:
    _check(text, dct)


def _check(text: str, dct: date) -> None:
    found = resolve_dates(text, dct)
    last = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last
        last = t.start
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.interval is not None:
            assert t.interval.start <= t.interval.end


def test_a_large_date_dense_article_is_tagged_whole() -> None:
    # ~200 k characters of date-dense text (speed is measured by bench/dates_bench.py, not here).
    sentence = "On Wednesday, 30 September 2020 the minister said prices rose 3% in the past three months. "
    text = sentence * 2200
    found = resolve_dates(text, date(2020, 9, 30))
    assert len(found) == 2 * 2200
    assert {t.value for t in found} == {"2020-09-30", "P3M"}
