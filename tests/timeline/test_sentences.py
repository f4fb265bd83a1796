"""Sentences shown in a timeline: furniture removed, whole, readable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.timeline.sentences import clean_sentence, detokenise


@pytest.mark.parametrize(("raw", "shown"), [
    ("PARIS (Reuters) - The council approved the new budget for the coming year on Tuesday.",
     "The council approved the new budget for the coming year on Tuesday."),
    ("SPRINGFIELD, Illinois (AP) — Voters lined up early outside the polling stations on Monday.",
     "Voters lined up early outside the polling stations on Monday."),
    ("Lakeside Town -LRB- Reuters -RRB- - Firefighters contained the blaze near the old mill overnight .",
     "Firefighters contained the blaze near the old mill overnight."),
    ("By Jane Doe , Science Editor OSLO -LRB- Reuters -RRB- - The agency approved the vaccine for children .",
     "The agency approved the vaccine for children."),
    ("RIVERTON (Daily Courier / Wire - 3rd May, 2021) The mayor opened the new bridge to traffic on Friday.",
     "The mayor opened the new bridge to traffic on Friday."),
    ("3 May 2021 Last updated at 14:59 GMT Help The museum reopened its doors to visitors this morning.",
     "The museum reopened its doors to visitors this morning."),
    ("Page last updated at 07:02 GMT, Friday, 7 May 2021 08:02 UK The strike at the port ended on Friday.",
     "The strike at the port ended on Friday."),
    ("ROADS CLOSED AFTER STORM Council workers cleared fallen trees from the main road on Sunday.",
     "Council workers cleared fallen trees from the main road on Sunday."),
    ("Sunday 2 May 2021 11.25 BST A view of the new bridge from the northern bank of the river.",
     "A view of the new bridge from the northern bank of the river."),
    ("Jane Doe | 18:00 UK time , Saturday , 1 May 2021 The council has finally approved the budget .",
     "The council has finally approved the budget."),
    # a byline a flattened page runs into its lede, up to a word that opens one
    ("By Peter Bowes BBC News, Los Angeles The trial in Los Angeles has attracted crowds on Monday.",
     "The trial in Los Angeles has attracted crowds on Monday."),
    ("Newsbeat US reporter in Los Angeles It had just gone 11am on the ninth floor of the courthouse.",
     "It had just gone 11am on the ninth floor of the courthouse."),
    ("An editor at The Lancet answered questions about the virus on Monday.",
     "An editor at The Lancet answered questions about the virus on Monday."),
    ("MARY JONES: We will keep the library open through the summer months.",
     "We will keep the library open through the summer months."),
    ("The minister said it was n't the time to relax the rules , officials said .",
     "The minister said it wasn't the time to relax the rules, officials said."),
    ("Residents described `` chaotic '' scenes -LRB- see below -RRB- at the station .",
     "Residents described “chaotic” scenes (see below) at the station."),
])
def test_clean_sentence_removes_furniture(raw: str, shown: str) -> None:
    assert clean_sentence(raw) == shown


@pytest.mark.parametrize("raw", [
    "Click here to sign up for our daily newsletter about the election.",
    "Too short to say much.",
    "MARKETS CLOSE HIGHER AS TRADERS RETURN FROM THE LONG WEEKEND",
    "and then the committee adjourned until the following week without a vote.",
    "Read the full statement at https://example.org/statement for more details.",
    "At 10:02 on 4 May, reader99 wrote: the council should have acted much sooner on this matter.",
    "“We will not give up on the harbour plan, whatever the council decides on Monday.",
    '"We will not give up on the harbour plan, whatever the council decides on Monday.',
    "What will the council decide about the new budget next week?",
    " ".join(["word"] * 80) + ".",
])
def test_clean_sentence_rejects_what_is_not_a_readable_sentence(raw: str) -> None:
    assert clean_sentence(raw) is None


def test_a_date_that_is_the_subject_is_kept() -> None:
    text = "12 March 2021 will be remembered as the day the old bridge finally reopened."
    assert clean_sentence(text) == text


def test_plain_text_is_left_alone() -> None:
    text = "The index rose 5 % (or more) on Friday, traders said."
    assert clean_sentence(text) == text


def test_detokenise_possessives_and_brackets() -> None:
    text = "Mexico 's capital -LRB- pop. 9m -RRB- , they said ."
    assert detokenise(text) == "Mexico's capital (pop. 9m), they said."


def test_detokenise_single_quotes_and_plural_possessives() -> None:
    text = "The family was ` speechless and devastated ' , the players ' union said ."
    assert detokenise(text) == "The family was ‘speechless and devastated’, the players' union said."


@given(st.text(max_size=400))
def test_clean_sentence_never_crashes_and_returns_whole_text(text: str) -> None:
    out = clean_sentence(text)
    assert out is None or (out == out.strip() and out and "\n" not in out)
