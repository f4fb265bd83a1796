"""Summarise stage: extractive summaries of one article, with sumy's algorithms or our own.

    from briefing.summarize import summarize
    summarize(body, title=..., sentences=3, algorithm="default") -> Summary

Every algorithm only *rates* sentences (``default.rate``, ``sumy_rank.rate``, or position for
``lead``); the rules for what may be shown and how much (``select``) are shared.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.errors import UsageError
from briefing.model import Sentence, Summary
from briefing.summarize import default, select
from briefing.text.sentences import ends_as_sentence, split_sentences
from briefing.text.words import content_terms

ALGORITHMS: tuple[str, ...] = (
    "default", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "lead",
)

# At most this many sentences (from the start: news puts what matters first) are rated, so
# a page of hundreds of thousands of characters costs a fraction of a second. Graph and
# greedy methods are quadratic (KL cubic) in sentences; measured with bench/summ_bench.py
# --long, these caps keep every algorithm under ~0.5 s for a 200,000-character text (the
# split itself, linear, takes ~0.1 s of that).
# sumy's LexRank computes its similarity matrix in pure Python: 0.8 s at 150 sentences.
MAX_SENTENCES: dict[str, int] = {"default": 250, "lead": 250, "lexrank": 100, "kl": 60, "sumbasic": 120}
MAX_SENTENCES_SUMY = 150


def summarize(
    text: str,
    *,
    title: str = "",
    article_id: str = "",
    sentences: int | None = 3,
    words: int | None = None,
    ratio: float | None = None,
    algorithm: str = "default",
    split: Sequence[Sentence] | None = None,
) -> Summary:
    """An extractive summary of ``text``: whole sentences of it, in the order they appear.

    ``sentences``, ``words`` (a cap on the summary's words) and ``ratio`` (a share of the
    article's sentences) limit the length; given together, the tightest wins. ``split`` is
    ``split_sentences(text)`` when the caller has it already. An article no longer than the
    summary asked for is returned whole.
    """
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown summary algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    for name, value in (("sentences", sentences), ("words", words)):
        if value is not None and value < 1:
            raise UsageError(f"--{name} must be at least 1 (got {value})")
    if ratio is not None and not 0 < ratio <= 1:
        raise UsageError(f"--ratio must be in (0, 1] (got {ratio})")

    texts = [" ".join(s.text.split()) for s in (split if split is not None else split_sentences(text))]
    count = select.budget(len(texts), sentences, ratio, words)
    if len(texts) <= count and (words is None or sum(len(t.split()) for t in texts) <= words):
        return Summary(article_id, tuple(select.close_quotes(t) for t in texts), algorithm)

    cap = MAX_SENTENCES.get(algorithm, MAX_SENTENCES_SUMY)
    texts = texts[:cap]
    title_terms = frozenset(content_terms(title))
    terms = default.term_sets(texts)
    allowed = [select.is_candidate(t, title_terms, ts) for t, ts in zip(texts, terms, strict=True)]
    if algorithm == "default":
        ratings = default.rate(texts, terms)
        # (a first "sentence" that does not end as one is a headline or caption run in, no lede)
        first = 0 if default.lede_first(terms, title_terms) and ends_as_sentence(texts[0]) else None
        chosen = select.choose(ratings, texts, allowed, count, words, terms,
                               default.REDUNDANCY, default.DANGLING, first)
    else:
        chosen = select.choose(_rate(texts, algorithm), texts, allowed, count, words)
    return Summary(article_id, tuple(select.close_quotes(texts[i]) for i in chosen), algorithm)


def _rate(texts: list[str], algorithm: str) -> list[float]:
    if algorithm == "lead":
        return [-float(i) for i in range(len(texts))]
    from briefing.summarize import sumy_rank  # sumy imports NLTK: pay for it only when asked

    return sumy_rank.rate(texts, algorithm)
