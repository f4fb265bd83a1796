"""From rated sentences to a summary: which sentences may be shown, how many, in what form.

Shared by every algorithm, so ``--algorithm`` changes only the ratings, never the rules a
reader relies on: no fragments, no bare questions, no repeat of the headline, quotes closed,
sentences in article order, the length asked for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from briefing.text.quotes import close_quotes as close_quotes  # re-exported for callers
from briefing.text.words import content_terms, words

# A sentence shorter than this (in words) is a fragment: a caption, a label, "He said:".
MIN_WORDS = 4
# A sentence sharing this share of its content terms with the headline repeats it; the
# briefing prints the headline above the summary, so the summary does not say it again.
HEADLINE_OVERLAP = 0.8
# Headlines shorter than this (in content terms) are too short to be repeated by a sentence.
MIN_HEADLINE_TERMS = 4

# Openers that point back to the sentence before ("It", "He", "But", ...): shown without
# that sentence, the reader cannot tell who or what they mean.
DEPENDENT_OPENERS: frozenset[str] = frozenset({
    "it", "he", "she", "they", "this", "these", "those", "his", "her", "their", "its", "but",
    "however", "and", "also", "such",
})

_FIRST_WORD = re.compile(r"[\"“‘']?([A-Za-z]+)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_candidate(sentence: str, title_terms: frozenset[str], terms: frozenset[str] | None = None) -> bool:
    """True when ``sentence`` (whose content ``terms`` may be given) can stand alone in a summary."""
    n = len(words(sentence))
    if n < MIN_WORDS:
        return False
    stripped = sentence.rstrip()
    if stripped.endswith((":", ",", ";", "-", "—")) or stripped.endswith(("?", '?"', "?”")):
        return False  # a lead-in to a quote or list, or an interviewer's question
    if not _ENDS_SENTENCE.search(stripped) and n < 12:
        return False  # a heading or caption line
    if len(title_terms) >= MIN_HEADLINE_TERMS:
        terms = terms if terms is not None else frozenset(content_terms(sentence))
        if terms and len(terms & title_terms) / len(terms) >= HEADLINE_OVERLAP:
            return False
    return True


def budget(n_sentences: int, sentences: int | None, ratio: float | None, words: int | None = None) -> int:
    """How many sentences the caller asked for (at least one; three when nothing was asked).

    With only a word budget, the sentence count is left open and the words decide.
    """
    if ratio is not None:
        by_ratio = max(1, math.ceil(ratio * n_sentences))
        return min(by_ratio, sentences) if sentences is not None else by_ratio
    if sentences is not None:
        return max(1, sentences)
    return max(1, n_sentences) if words is not None else 3


def choose(
    ratings: Sequence[float],
    texts: Sequence[str],
    allowed: Sequence[bool],
    count: int,
    max_words: int | None,
    terms: Sequence[frozenset[str]] | None = None,
    redundancy: float = 0.0,
    dangling: float = 0.0,
    first: int | None = None,
) -> list[int]:
    """Indices of the best-rated sentences within the budget, in article order.

    Greedy: each step takes the best rating less ``redundancy`` times the candidate's overlap
    with a sentence already chosen (shared ``terms`` over the shorter one's), so two sentences
    saying the same thing are not both shown. Sentences that may not stand alone are used only
    when too few others exist; with ``max_words`` a sentence that would overflow is skipped.
    ``dangling`` is taken off a sentence opening on a word that points back (``DEPENDENT_OPENERS``)
    while the sentence before it is not chosen. ``first``, when allowed, is chosen before all.
    """
    dependent = [_opens_dependent(t) for t in texts] if dangling else [False] * len(texts)
    pool = [i for i in range(len(texts)) if allowed[i]]
    rest = [i for i in range(len(texts)) if not allowed[i]]
    chosen: list[int] = []
    used = 0
    if first is not None and first in pool and count > 0:
        pool.remove(first)
        chosen.append(first)
        used = len(words(texts[first]))
    for group in (pool, rest):
        candidates = list(group)
        while candidates and len(chosen) < count:
            best = max(candidates, key=lambda i: (
                _value(i, ratings, chosen, terms, redundancy)
                - (dangling if dependent[i] and i - 1 not in chosen else 0.0), -i))
            candidates.remove(best)
            n = len(words(texts[best]))
            if max_words is not None and chosen and used + n > max_words:
                continue
            chosen.append(best)
            used += n
    return sorted(chosen)


def _opens_dependent(sentence: str) -> bool:
    m = _FIRST_WORD.match(sentence)
    return m is not None and m.group(1).lower() in DEPENDENT_OPENERS


def _value(
    i: int, ratings: Sequence[float], chosen: list[int], terms: Sequence[frozenset[str]] | None, weight: float
) -> float:
    if not weight or not chosen or terms is None or not terms[i]:
        return ratings[i]
    overlap = max(len(terms[i] & terms[j]) / max(1, min(len(terms[i]), len(terms[j]))) for j in chosen)
    return ratings[i] - weight * overlap
