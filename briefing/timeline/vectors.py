"""Sparse TF-IDF sentence vectors and cosine similarity.

Sentences are the documents (IDF over every sentence of the period's articles), as in the
centroid summarisers news-tls builds on. Vectors are dicts from term to weight, L2-normalised.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
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


def weigh(toks: Iterable[str], idf: Callable[[str], float]) -> Vector:
    """The normalised TF-IDF vector of a token sequence."""
    return normalise({t: c * idf(t) for t, c in Counter(toks).items()})


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
