"""Words without NLTK data: a word tokenizer, a light stemmer, English stop words, and the
tokenizer object sumy expects (``to_sentences``, ``to_words``).

sumy's own ``Tokenizer("english")`` needs NLTK's punkt data, which is not installed and must
not be downloaded at run time; ``SumyTokenizer`` gives sumy our sentence splitter instead.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from briefing.text.sentences import split_sentences

# Letters/digits with inner apostrophes, hyphens, periods or commas kept together
# ("don't", "fast-food", "1.8bn", "10,000", "U.S"), so numbers stay one token.
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")

# Suffixes the light stemmer strips, longest first, with the shortest stem it leaves.
# Enough to make "talks/talked/talking" and "company/companies" one term. On the BBC
# development set (default summariser, 3 sentences) it scores R1/R2 62.52/58.58, NLTK's
# Porter stemmer 62.28/58.13 and no stemming 62.26/58.38, and Porter costs NLTK's 1.5 s import.
_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("ies", "y", 3),
    ("ied", "y", 3),
    ("ing", "", 4),
    ("ed", "", 4),
    ("es", "", 4),
    ("s", "", 3),
)


# Words the suffix rules would wrongly shorten ("news" is not the plural of "new").
_UNSTEMMED: frozenset[str] = frozenset({"news", "series", "species", "always", "perhaps", "during", "thus"})


def words(text: str) -> list[str]:
    """The words of ``text`` in order, as written (no punctuation tokens)."""
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem of a lower-cased word: plural and -ed/-ing endings removed."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ss") or word in _UNSTEMMED:
        return word
    for suffix, replacement, shortest in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)] + replacement
    return word


@cache
def stop_words() -> frozenset[str]:
    """English stop words (sumy's list, which ships with the sumy package; lower case)."""
    data = resources.files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


def content_terms(text: str) -> list[str]:
    """Lower-cased, stemmed words of ``text`` that are not stop words (what summarisers count)."""
    stops = stop_words()
    out = []
    for w in _WORD.findall(text):
        low = w.lower().replace("’", "'")
        if low not in stops:
            out.append(stem(low))
    return out


class SumyTokenizer:
    """The tokenizer interface sumy calls, backed by our splitter and word tokenizer."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
