"""Summarise stage: extractive summaries with sumy. STUB — the summaries work replaces this."""

from __future__ import annotations

from briefing.model import Summary
from briefing.text.sentences import split_sentences


def summarize(text: str, *, title: str = "", article_id: str = "", sentences: int | None = 3,
              words: int | None = None, ratio: float | None = None, algorithm: str = "default") -> Summary:
    """An extractive summary of ``text``: sentences of the text, in text order."""
    sents = [s.text for s in split_sentences(text)]
    return Summary(article_id, tuple(sents[: sentences or 3]), algorithm)
