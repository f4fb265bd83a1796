"""The default sentence rating: centrality, length and the lede, in pure Python.

    rating = log(centrality) + LENGTH_WEIGHT * log(words) + LEAD_BONUS (first sentence only)
    centrality(i) = Σ_j common_terms(i, j) / sqrt(terms_i * terms_j)

Centrality is how much a sentence shares with the rest of the article (the idea of sumy's
Reduction, with a cosine normalisation), computed over an inverted index instead of all pairs,
with our light stemmer and without NLTK: about 1 ms per BBC article, so start-up dominates a
batch run. The length term buys ROUGE-1 (a longer central sentence says more); the lede bonus
puts the journalist's first sentence in three summaries of four instead of one in two, for
under a point of ROUGE. The selection (``select.choose``) then skips sentences that repeat one
already chosen (``REDUNDANCY``) and avoids a sentence opening on "It"/"He"/"But" whose
antecedent is not shown (``DANGLING``: 131 such sentences in 1,500 without it, 83 with).

Figures that chose the constants (500 BBC dev articles, 3 sentences, summ_eval.py; the first
rows use Reduction's normalisation, log(1 + terms_i) + log(1 + terms_j)):

    centrality  LENGTH  LEAD  REDUNDANCY  DANGLING   R1     R2     words  lede kept
    reduction   0.0     0.0   0           0          60.86  57.71  73.2   -
    reduction   0.4     0.0   0           0          62.89  59.14  80.1   52%
    reduction   0.4     0.3   0           0          62.31  58.53  79.1   73%
    reduction   0.4     0.3   0.5         0          62.52  58.58  80.2   75%
    reduction   0.8     0.8   0           0          61.24  56.50  81.8   89%
    cosine      0.6     0.3   0.5         0          62.90  59.02  79.7   73%
    cosine      0.6     0.5   0.5         0          62.18  58.19  78.8   84%
    cosine      0.6     0.3   0.5         0.15       62.65  58.74  79.4   74%

and with the lede always shown when it states at least LEDE_COVERAGE of the headline's terms
(the headline and the lede agree on what the news is; 158 of 500 BBC articles, and most
Wikinews seeds, whose ledes the centrality alone passed over for stock background):

    LEDE_COVERAGE  LEAD  DANGLING   R1     R2     words  lede kept
    0.6            0.2   0.15       62.21  58.13  79.2   75%
    0.6            0.1   0.15       62.44  58.40  79.5   70%
    2/3            0.2   0.15       62.36  58.31  79.3   74%   <- chosen
    2/3            0.0   0.15       62.73  58.73  79.8   63%

Re-run ``python bench/summ_bench.py -a default`` after changing any of them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from briefing.text.sentences import ends_as_sentence
from briefing.text.words import content_terms, words

LENGTH_WEIGHT = 0.6
LEAD_BONUS = 0.2
# The lede is always shown when its content terms include this share of the headline's.
LEDE_COVERAGE = 2 / 3
# Passed to ``select.choose``: how much a candidate's overlap with a sentence already chosen
# (shared terms / terms of the shorter) lowers its rating.
REDUNDANCY = 0.5
# Passed to ``select.choose``: taken off a sentence that opens on a word pointing back
# ("It", "He", "But", ...) when the sentence before it is not in the summary.
DANGLING = 0.15
# Taken off the rating of a "sentence" that does not end as one: a headline, standfirst or caption
# a crawled page ran in, shown in an article's summary as a run-on fragment. ln 2 halves its
# centrality, like the timeline's FRAGMENT_FACTOR. BBC dev: R1 62.37, R2 58.33 (62.36, 58.31
# without; 1.5: 62.33, 58.29); T17 summaries: 17 fragments of 1,597 sentences (24 without), 12
# when a fragment first is no lede either (``summarize``; BBC dev unchanged by that).
FRAGMENT_PENALTY = math.log(2)
# Below this centrality a sentence shares nothing with the article; log() needs a floor.
_FLOOR = 1e-3


def term_sets(sentences: Sequence[str]) -> list[frozenset[str]]:
    """Each sentence's content terms (lower case, stemmed, no stop words)."""
    return [frozenset(content_terms(s)) for s in sentences]


def lede_first(terms: Sequence[frozenset[str]], title_terms: frozenset[str]) -> bool:
    """True when the first sentence states the headline's news (and so must be shown)."""
    if not terms or not title_terms:
        return False
    return len(terms[0] & title_terms) / len(title_terms) >= LEDE_COVERAGE - 1e-9


def rate(sentences: Sequence[str], terms: Sequence[frozenset[str]] | None = None) -> list[float]:
    """The default rating of each sentence (higher is better), in the order given."""
    sets = list(terms) if terms is not None else term_sets(sentences)
    norms = [math.sqrt(len(s)) for s in sets]
    holders: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for t in s:
            holders[t].append(i)
    ratings = []
    for i, s in enumerate(sets):
        common: dict[int, int] = defaultdict(int)
        for t in s:
            for j in holders[t]:
                common[j] += 1
        common.pop(i, None)
        centrality = sum(c / (norms[i] * norms[j]) for j, c in common.items())
        length = max(1, len(words(sentences[i])))
        rating = math.log(max(centrality, _FLOOR)) + LENGTH_WEIGHT * math.log(length)
        if not ends_as_sentence(sentences[i]):  # a headline or caption a crawled page ran in
            rating -= FRAGMENT_PENALTY
        ratings.append(rating + (LEAD_BONUS if i == 0 else 0.0))
    return ratings
