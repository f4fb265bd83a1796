"""Near-duplicate articles (wire copies, re-publications) so that a story counts once.

Articles share sampled word 5-gram shingles; two articles whose smaller shingle set is mostly
contained in the other belong to one group. Containment rather than Jaccard, because a copy is
often cut short or given an extra paragraph. Sampling by a stable hash keeps this linear in the
text and identical from run to run.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from briefing.timeline import tuning

if TYPE_CHECKING:
    from numpy.typing import NDArray

SHINGLE_DTYPE = np.dtype("<u4")

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


def shingle_array(words: Sequence[str], word_hashes: dict[str, int] | None = None) -> bytes:
    """``shingles(words)`` as the sorted little-endian uint32 array ``group_fingerprints`` reads."""
    return np.array(sorted(shingles(words, word_hashes)), dtype=SHINGLE_DTYPE).tobytes()


def duplicate_groups(texts: Sequence[str]) -> list[int]:
    """A group id per text: near-duplicates share the id of their earliest member."""
    word_hashes: dict[str, int] = {}
    openings = [opening_words(t) for t in texts]
    return group_fingerprints([" ".join(words) for words in openings],
                              [shingle_array(words, word_hashes) for words in openings])


def group_fingerprints(openings: Sequence[str], shingle_arrays: Sequence[bytes]) -> list[int]:
    """``duplicate_groups`` from a key per text (equal for equal ``opening_words``) and its
    ``shingle_array`` (which ``features.article_features`` computes, and the runner caches)."""
    parent = list(range(len(shingle_arrays)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with_text: dict[str, int] = {}
    for doc, key in enumerate(openings):  # identical texts, however short (too short to sample)
        if key in first_with_text:
            parent[doc] = first_with_text[key]
        else:
            first_with_text[key] = doc
    for earlier, later in _contained_pairs([np.frombuffer(b, dtype=SHINGLE_DTYPE) for b in shingle_arrays]):
        a, b = find(earlier), find(later)
        parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(shingle_arrays))]


def _contained_pairs(sets: Sequence[NDArray[np.uint32]]) -> list[tuple[int, int]]:
    """Pairs of docs (earlier, later) whose smaller shingle set is mostly in the other.

    Shingles in more than ``SHINGLE_MAX_DOCS`` docs are boilerplate and not counted. Counted
    with arrays: (shingle, doc) entries sorted by shingle; every pair of docs within a shingle's
    run is one shared shingle; runs of equal length are expanded together.
    """
    n = len(sets)
    sizes = np.fromiter((len(x) for x in sets), dtype=np.int64, count=n)
    if n < 2 or not sizes.any():
        return []
    shingle = np.concatenate(sets)
    doc = np.repeat(np.arange(n, dtype=np.int64), sizes)
    order = np.lexsort((doc, shingle))
    shingle, doc = shingle[order], doc[order]
    starts = np.flatnonzero(np.r_[True, shingle[1:] != shingle[:-1]])
    runs = np.diff(np.r_[starts, len(shingle)])
    firsts, seconds = [], []
    for k in range(2, tuning.SHINGLE_MAX_DOCS + 1):
        at = starts[runs == k]
        if len(at):
            block = doc[at[:, None] + np.arange(k)]  # one row per shingle: its docs, ascending
            i, j = np.triu_indices(k, 1)
            firsts.append(block[:, i].ravel())
            seconds.append(block[:, j].ravel())
    if not firsts:
        return []
    pairs, shared = np.unique(np.concatenate(firsts) * n + np.concatenate(seconds), return_counts=True)
    earlier, later = pairs // n, pairs % n
    smaller = np.minimum(sizes[earlier], sizes[later])
    keep = shared / smaller >= tuning.DUPLICATE_CONTAINMENT
    return list(zip(earlier[keep].tolist(), later[keep].tolist(), strict=True))
