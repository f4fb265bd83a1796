"""Per-article summaries: what a reader is promised, for every algorithm."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import UsageError
from briefing.summarize import ALGORITHMS, summarize
from briefing.text.sentences import split_sentences

ARTICLE = "\n\n".join([
    ('The city council approved the new river bridge on Monday after a two-year dispute over its'
     ' cost.'),
    ('The bridge will cost $120m, the council said, more than twice the first estimate of $50m. '
     'Work starts in March and the bridge should open in 2023.'),
    ('"This bridge will change how people move across the city," said Mayor Ana Ruiz. "We waited'
     ' too long."'),
    ('Opponents said the council had ignored cheaper options, such as a ferry service. The '
     'council said the ferry would carry too few people.'),
    "How will it be paid for?",
    ('The council will borrow $80m and the national government will pay the rest, officials '
     'said. Local taxes will not rise, the mayor added.'),
    "Traffic on the old bridge has doubled since 2010, a council report found.",
])

TITLE = "Council approves new river bridge"


def test_default_summary_is_three_whole_sentences_in_article_order() -> None:
    s = summarize(ARTICLE, title=TITLE, article_id="a1")
    assert s.article_id == "a1" and s.algorithm == "default" and len(s.sentences) == 3
    body = " ".join(ARTICLE.split())
    positions = [body.find(x.strip('"')) for x in s.sentences]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_the_lede_opens_the_default_summary() -> None:
    assert summarize(ARTICLE, title=TITLE).sentences[0].startswith("The city council approved")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gives_readable_sentences(algorithm: str) -> None:
    s = summarize(ARTICLE, title=TITLE, sentences=3, algorithm=algorithm)
    assert len(s.sentences) == 3 and s.algorithm == algorithm
    for sentence in s.sentences:
        assert not sentence.endswith("?")  # no bare questions
        assert sentence.count('"') % 2 == 0  # no dangling quotation marks


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_long_pages_are_summarised_from_a_bounded_number_of_sentences(algorithm: str) -> None:
    # Graph methods are quadratic: only the first MAX_SENTENCES sentences are rated, so a
    # 3,000-sentence page costs a fraction of a second (timed by bench/summ_bench.py --long).
    from briefing.summarize import MAX_SENTENCES, MAX_SENTENCES_SUMY

    item = "Item {}: the council met on Monday and Mr. Lee said costs rose {}%."
    text = "\n\n".join(item.format(i, i) for i in range(3000))
    s = summarize(text, sentences=3, algorithm=algorithm)
    assert len(s.sentences) == 3
    cap = MAX_SENTENCES.get(algorithm, MAX_SENTENCES_SUMY)
    assert all(int(x.split(":")[0].removeprefix("Item ")) < cap for x in s.sentences)


def test_length_by_words_and_by_ratio() -> None:
    by_words = summarize(ARTICLE, sentences=None, words=40)
    assert 0 < sum(len(x.split()) for x in by_words.sentences) <= 40
    longer = summarize(ARTICLE, sentences=None, words=120)  # words alone decide the count
    assert len(longer.sentences) > 3 and sum(len(x.split()) for x in longer.sentences) <= 120
    n = len(split_sentences(ARTICLE))
    by_ratio = summarize(ARTICLE, sentences=None, ratio=0.5)
    assert len(by_ratio.sentences) == math.ceil(n / 2)
    assert len(summarize(ARTICLE, sentences=2, ratio=0.9).sentences) == 2  # the tightest wins


def test_an_article_no_longer_than_its_summary_is_returned_whole() -> None:
    short = "The bridge opened on Monday. Traffic flowed at once."
    expected = ("The bridge opened on Monday.", "Traffic flowed at once.")
    assert summarize(short, sentences=3).sentences == expected


def test_pre_split_sentences_give_the_same_summary() -> None:
    assert summarize(ARTICLE, split=split_sentences(ARTICLE)) == summarize(ARTICLE)


def test_a_sentence_repeating_the_headline_is_not_shown_again() -> None:
    title = "The city council approved the new river bridge on Monday after a two-year dispute over its cost"
    summary = summarize(ARTICLE, title=title).sentences
    assert not any(x.startswith("The city council approved") for x in summary)


def test_a_quote_split_across_sentences_is_closed() -> None:
    text = ('The mayor spoke at length. "We waited too long for this bridge across the river. '
            'Now the work can start at last." The council agreed. Costs rose again. Work starts soon.')
    for sentence in summarize(text, sentences=4).sentences:
        assert sentence.count('"') % 2 == 0


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"algorithm": "magic"}, "unknown summary algorithm"),
    ({"sentences": 0}, "--sentences"),
    ({"words": 0}, "--words"),
    ({"ratio": 1.5}, "--ratio"),
])
def test_bad_options_raise_usage_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        summarize(ARTICLE, **kwargs)  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_summary() -> None:
    assert summarize("", article_id="x").sentences == ()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab c.!?\n\"'”…-1U.S")), max_size=300), st.integers(1, 4))
def test_any_text_gives_sentences_of_the_text(text: str, n: int) -> None:
    summary = summarize(text, sentences=n)
    assert len(summary.sentences) <= n

    def unquoted(x: str) -> str:
        return " ".join(x.replace('"', " ").replace("“", " ").replace("”", " ").split())

    for sentence in summary.sentences:  # whole sentences of the text (a closing quote may be added)
        assert unquoted(sentence) in unquoted(text)


def test_a_lede_that_states_the_headline_is_always_shown() -> None:
    background = ("The party uses caucuses and primary elections in every state to choose the candidate "
                  "who will stand for the party in the national presidential election in November.")
    text = "\n\n".join([
        "Yesterday, Senator Ana Ruiz won the Nevada caucuses.",
        background,
        "Caucuses and primary elections in each state give the candidates delegates for the party convention.",
        "The next primary elections are in South Carolina, where the party expects a large turnout of voters.",
        "Party officials said the count of the caucuses took longer than planned in several counties.",
    ])
    title = "Ana Ruiz wins Nevada caucuses"
    assert summarize(text, title=title, sentences=2).sentences[0].startswith("Yesterday, Senator Ana Ruiz won")
    assert not summarize(text, sentences=2).sentences[0].startswith("Yesterday")  # without the headline


def test_a_caption_a_crawled_page_ran_in_gives_way_to_whole_sentences() -> None:
    caption = "The council approved the new river bridge after a dispute over the cost of the bridge"
    text = "\n\n".join([caption, ARTICLE])
    sentences = summarize(text, title=TITLE).sentences
    assert caption not in sentences and all(s.rstrip('"”').endswith((".", "?", "!")) for s in sentences)
