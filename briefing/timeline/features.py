"""What the timeline needs of one article, computed from that article alone.

Most of the timeline's work is per article: tokenising every sentence, shingling the opening,
finding the lead. ``article_features`` does that work once, as a pure function of an
``ArticleAnalysis``, so the runner can compute it in its workers and cache it with the
analysis; the timeline then only combines features across articles (a warm re-run over
thousands of articles spends its time there, not on re-tokenising).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefing.model import ArticleAnalysis
from briefing.timeline import tuning
from briefing.timeline.candidates import lead_indices, placements
from briefing.timeline.duplicates import opening_words, shingle_array
from briefing.timeline.termstats import TermCounts
from briefing.timeline.vectors import tokens

PLACED_DTYPE = np.dtype("<u4")


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """One article's share of the timeline's work (see the module's docstring)."""

    opening: str  # a hash of the opening words: identical copies, however short
    shingles: bytes  # duplicates.shingle_array of the opening: near-duplicate copies
    sentence_count: int  # sentences of the article: the documents of the sentence IDF
    sentence_terms: TermCounts  # per term, how many of the article's sentences contain it
    opening_terms: TermCounts  # term frequencies of the article's first RELEVANCE_TOKENS tokens
    leads: tuple[int, ...]  # the sentences standing for the publication date (candidates.lead_indices)
    placed: bytes  # candidates.placements, flattened into a little-endian uint32 array

    def placements(self) -> list[tuple[int, int]]:
        flat = np.frombuffer(self.placed, dtype=PLACED_DTYPE).tolist()
        return list(zip(flat[::2], flat[1::2], strict=True))


def article_features(analysis: ArticleAnalysis) -> ArticleFeatures:
    """The timeline features of one analysed article."""
    words = opening_words(analysis.body)
    placed = placements(analysis)
    sentence_df: Counter[str] = Counter()
    opening: list[str] = []
    for sentence in analysis.sentences:
        toks = tokens(sentence.text)
        sentence_df.update(set(toks))
        if len(opening) < tuning.RELEVANCE_TOKENS:
            opening.extend(toks[: tuning.RELEVANCE_TOKENS - len(opening)])
    return ArticleFeatures(
        opening=hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest(),
        shingles=shingle_array(words),
        sentence_count=len(analysis.sentences),
        sentence_terms=TermCounts.of(sentence_df),
        opening_terms=TermCounts.of(Counter(opening)),
        leads=lead_indices(analysis, placed),
        placed=np.array(placed, dtype=PLACED_DTYPE).tobytes(),
    )


def features_of(analyses: Sequence[ArticleAnalysis]) -> list[ArticleFeatures]:
    return [article_features(a) for a in analyses]
