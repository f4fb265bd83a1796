"""Sparse TF-IDF sentence vectors and cosine similarity, without third-party dependencies.

Sentences are the documents (IDF over every sentence of the period's articles), as in the
centroid summarisers news-tls builds on. Vectors are dicts from term to weight, L2-normalised.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

Vector = dict[str, float]

_TOKEN = re.compile(r"[a-z0-9]+")

# Function words carry no content; a short list suffices because IDF discounts the rest.
STOPWORDS = frozenset(
    line.strip() for line in resources.files("briefing.timeline").joinpath("stopwords.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def tokens(text: str) -> list[str]:
    """Content tokens of ``text``: lower-case words and numbers, stop words removed."""
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS]


class Vectorizer:
    """TF-IDF with IDF learnt from ``documents`` (smoothed: unseen terms get the maximum)."""

    def __init__(self, documents: Iterable[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            n += 1
            df.update(set(doc))
        self._n = n
        self._idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self._unseen = math.log(1 + n) + 1.0

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._unseen)

    def vector(self, toks: Sequence[str]) -> Vector:
        tf = Counter(toks)
        vec = {t: c * self.idf(t) for t, c in tf.items()}
        return normalise(vec)


def normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two L2-normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    """The normalised mean of ``vectors``."""
    total: Counter[str] = Counter()
    for vec in vectors:
        total.update(vec)
    return normalise(dict(total))
