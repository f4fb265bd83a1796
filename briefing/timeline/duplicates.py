"""Near-duplicate articles (wire copies, re-publications) so that a story counts once.

Articles share sampled word 5-gram shingles; two articles whose smaller shingle set is mostly
contained in the other belong to one group. Containment rather than Jaccard, because a copy is
often cut short or given an extra paragraph. Sampling by a stable hash keeps this linear in the
text and identical from run to run.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.timeline import tuning

_WORD = re.compile(r"\w+")


def opening_words(text: str) -> list[str]:
    """The first ``SHINGLE_WORDS`` words of ``text``, case-folded: copies share their opening."""
    return _WORD.findall(text[: tuning.SHINGLE_WORDS * 12].lower())[: tuning.SHINGLE_WORDS]


def shingles(words: Sequence[str], word_hashes: dict[str, int] | None = None) -> set[int]:
    """Sampled hashes of the ``SHINGLE_SIZE``-grams of ``words``.

    A shingle is kept when the hash of its first word is divisible by ``SHINGLE_SAMPLE``: the
    same n-gram is kept in every text, so shared counts stay comparable, and only the kept
    ones are hashed.
    """
    cache = {} if word_hashes is None else word_hashes
    size = tuning.SHINGLE_SIZE
    out: set[int] = set()
    for i in range(len(words) - size + 1):
        h = cache.get(words[i])
        if h is None:
            h = cache[words[i]] = zlib.crc32(words[i].encode())
        if h % tuning.SHINGLE_SAMPLE == 0:
            out.add(zlib.crc32(" ".join(words[i:i + size]).encode()))
    return out


def duplicate_groups(texts: Sequence[str]) -> list[int]:
    """A group id per text: near-duplicates share the id of their earliest member."""
    word_hashes: dict[str, int] = {}
    openings = [opening_words(t) for t in texts]
    sets = [shingles(words, word_hashes) for words in openings]
    index: dict[int, list[int]] = defaultdict(list)  # shingle -> the docs that have it, ascending
    for doc, shingle_set in enumerate(sets):
        for h in shingle_set:
            index[h].append(doc)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with_text: dict[str, int] = {}
    for doc, words in enumerate(openings):  # identical texts, however short (too short to sample)
        key = " ".join(words)
        if key in first_with_text:
            parent[doc] = first_with_text[key]
        else:
            first_with_text[key] = doc
    for doc, shingle_set in enumerate(sets):
        earlier: list[int] = []
        for h in shingle_set:
            docs = index[h]
            if len(docs) <= tuning.SHINGLE_MAX_DOCS:
                earlier.extend(docs[: bisect.bisect_left(docs, doc)])
        for other, count in Counter(earlier).items():
            smaller = min(len(shingle_set), len(sets[other]))
            if smaller and count / smaller >= tuning.DUPLICATE_CONTAINMENT:
                a, b = find(doc), find(other)
                parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(texts))]
