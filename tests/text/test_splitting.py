"""Sentence splitting: news abbreviations, quotes, lines; offsets always exact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and abbreviations that never end a sentence
        ("Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]),
        ("The vote is on Feb. 3 in St. Louis. Polls open early.",
         ["The vote is on Feb. 3 in St. Louis.", "Polls open early."]),
        # dotted abbreviations: inside a name, and at the end of a sentence
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        ("It starts at 9 a.m. The doors open at 8.", ["It starts at 9 a.m.", "The doors open at 8."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        # decimals and percentages
        ("Shares fell 1.2%. Bonds rose 0.5 points.", ["Shares fell 1.2%.", "Bonds rose 0.5 points."]),
        ("It cost $3.2bn. Nobody paid.", ["It cost $3.2bn.", "Nobody paid."]),
        # quotes: the closing mark belongs to the sentence; a lower-case verb continues it
        ('"We won." The crowd cheered.', ['"We won."', "The crowd cheered."]),
        ('"Stop!" she shouted. He stopped.', ['"Stop!" she shouted.', "He stopped."]),
        ("He said it was “over.” Then he left.", ["He said it was “over.”", "Then he left."]),
        # ellipses and questions
        ("Wait... what happened? Nobody knows.", ["Wait... what happened?", "Nobody knows."]),
        ("It ended… Then silence.", ["It ended…", "Then silence."]),
        # lines: a headline, bullets, a paragraph break
        ("Bridge opens\n\nThe bridge opened. Traffic flowed.",
         ["Bridge opens", "The bridge opened.", "Traffic flowed."]),
        ("Key facts:\n- cost rose\n- opening delayed", ["Key facts:", "- cost rose", "- opening delayed"]),
        # a hard-wrapped paragraph is rejoined
        ("The council said the bridge would\nopen in March. It did not.",
         ["The council said the bridge would\nopen in March.", "It did not."]),
        # a crawled page's headline or caption run into the next sentence without a stop
        ("The virus could become a pandemic The first cases have been confirmed in Europe.",
         ["The virus could become a pandemic", "The first cases have been confirmed in Europe."]),
        ("Prices rose sharply in 2009 It was the worst year since 1990.",
         ["Prices rose sharply in 2009", "It was the worst year since 1990."]),
        ("Murray caused the death through negligence His comments echoed an interview.",
         ["Murray caused the death through negligence", "His comments echoed an interview."]),
        # ... but not a title inside prose, nor a name
        ("She starred in the film The Social Network last year.",
         ["She starred in the film The Social Network last year."]),
        ("Fans bought tickets for his This Is It tour in London.",
         ["Fans bought tickets for his This Is It tour in London."]),
        ("He saw the film In the Mood for Love twice.", ["He saw the film In the Mood for Love twice."]),
        ("The Channel 4 show Faking It and a comedy won.", ["The Channel 4 show Faking It and a comedy won."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_splits_news_text(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  CAIRO says.  Mr. Al-Kadhimi met 25 ambassadors.\n\nThey agreed!  "
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.text for s in split_sentences(text)][-1] == "They agreed!"


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'U.S”…-1")), max_size=200))
def test_any_text_gives_ordered_exact_sentences(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end


def test_a_long_page_splits_whole() -> None:
    # ~200,000 characters; speed is measured by bench/summ_bench.py --splitters, not here.
    text = "The council met on Monday. Mr. Jones said the U.S. plan cost $3.2bn. " * 3000
    sentences = split_sentences(text)
    assert len(sentences) == 6000
    assert {s.text for s in sentences} == {"The council met on Monday.", "Mr. Jones said the U.S. plan cost $3.2bn."}


def test_a_run_in_headline_can_be_kept_with_its_lede() -> None:
    text = "Advert warns about swine flu It is too early to say."
    assert [s.text for s in split_sentences(text, glued=False)] == [text]
