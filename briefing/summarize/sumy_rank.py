"""Sentence ratings from sumy's summarisers, fed with our sentences, words and stemmer.

sumy picks its top sentences itself; we need every sentence's rating (to apply our length
budget and filters the same way for every algorithm), so ``rate`` passes sumy a "count"
callable that records the ranked list sumy hands it. Imported only when a sumy algorithm is
asked for: sumy's summarisers import NLTK, which alone takes over a second to load.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from briefing.text.words import SumyTokenizer, stop_words

# The summariser class for each algorithm name, by module and class.
SUMY_CLASSES: dict[str, tuple[str, str]] = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}


@cache
def _summarizer(algorithm: str) -> Any:
    import importlib

    from sumy.nlp.stemmers import Stemmer  # NLTK's Snowball stemmer: needs no NLTK data

    module, name = SUMY_CLASSES[algorithm]
    cls = getattr(importlib.import_module(module), name)
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = stop_words()
    return summarizer


def rate(sentences: Sequence[str], algorithm: str) -> list[float]:
    """sumy's rating of each sentence (higher is better), in the order given."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    document = ObjectDocumentModel([Paragraph([SumySentence(s, tokenizer) for s in sentences])])
    ranked: list[Any] = []

    def record(infos: Sequence[Any]) -> Sequence[Any]:
        ranked.extend(infos)
        return infos

    count: Callable[[Sequence[Any]], Sequence[Any]] = record
    with warnings.catch_warnings():
        # LSA warns when a text has fewer distinct words than sentences; it still rates them.
        warnings.filterwarnings("ignore", message="Number of words", category=UserWarning)
        _summarizer(algorithm)(document, count)
    # sumy hands the list over best first; KL and SumBasic rate by (negated) selection round.
    ratings = [float("-inf")] * len(sentences)
    for info in ranked:
        ratings[info.order] = float(info.rating)
    return ratings
