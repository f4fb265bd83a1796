"""Words, stems and the tokenizer sumy uses: no NLTK data needed."""

from __future__ import annotations

import pytest

from briefing.text.words import SumyTokenizer, content_terms, stem, words


def test_words_keep_numbers_and_contractions_whole() -> None:
    assert words("Pernod's 1.8bn euros, fast-food and 10,000 jobs.") == [
        "Pernod's", "1.8bn", "euros", "fast-food", "and", "10,000", "jobs"]


@pytest.mark.parametrize(("word", "expected"), [
    ("talks", "talk"), ("talked", "talk"), ("talking", "talk"), ("companies", "company"),
    ("class", "class"), ("news", "news"), ("bus", "bus"), ("is", "is"),
])
def test_light_stemmer(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_content_terms_drop_stop_words_and_fold_case() -> None:
    assert content_terms("The Talks were held in London") == ["talk", "held", "london"]


def test_sumy_parses_with_our_tokenizer_without_nltk_data() -> None:
    from sumy.parsers.plaintext import PlaintextParser

    text = "Mr. Smith left. He came back on Feb. 3.\n\nThen he won."
    doc = PlaintextParser.from_string(text, SumyTokenizer()).document
    assert [str(s) for s in doc.sentences] == ["Mr. Smith left.", "He came back on Feb. 3.", "Then he won."]
    assert doc.sentences[0].words == ("Mr", "Smith", "left")
