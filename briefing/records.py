"""What the runner computes for one article, and the compact form the cache stores it in.

A ``Record`` is the article's analysis plus what later stages derive from that analysis alone
(the key points' body terms, the timeline's features), so workers do that work in parallel and
the cache keeps it. The stored form leaves out what the reader already has or can rebuild
exactly: the article itself (the caller holds it: the cache key covers every field that
matters), sentence and expression texts (slices of the body), and spells dates and enums
as plain numbers and strings. A warm run over 4,000 articles decoded pickled
dataclasses in ~2.5 s; this form decodes in ~1 s and takes ~10 KB an article. It is not
compressed: inflating took a quarter of the decoding time, for a cache a third the size.
"""

from __future__ import annotations

import functools
import pickle
from array import array
from dataclasses import dataclass
from datetime import date
from typing import Any

from briefing.keypoints import ArticlePoints, article_points
from briefing.model import (
    Article,
    ArticleAnalysis,
    Certainty,
    Direction,
    Granularity,
    Interval,
    Sentence,
    Summary,
    TimeExpression,
)
from briefing.timeline.features import ArticleFeatures, article_features
from briefing.timeline.termstats import TermCounts

#: Bump when the stored form changes (it is also part of every cache key).
FORMAT = 7


@dataclass(frozen=True, slots=True)
class Record:
    """One article's analysis and what is derived from it alone."""

    analysis: ArticleAnalysis
    points: ArticlePoints  # keypoints.article_points
    features: ArticleFeatures  # timeline.features.article_features
    # Why the article could not be analysed ("" when it was): an internal error, for its one
    # line on stderr (``runner._record``). Such a record is empty, never cached, and skipped.
    problem: str = ""


def make_record(analysis: ArticleAnalysis) -> Record:
    return Record(analysis, article_points(analysis), article_features(analysis))


def encode(record: Record) -> bytes:
    """The stored form of ``record`` (without its article)."""
    a, f = record.analysis, record.features
    body = a.body
    spans = array("I", (x for s in a.sentences for x in (s.start, s.end)))
    sentence_texts = tuple((i, s.text) for i, s in enumerate(a.sentences) if s.text != body[s.start:s.end])
    timexes = tuple(_timex_row(t, body) for t in a.timexes)
    summary = (a.summary.sentences, a.summary.algorithm)
    features = (f.opening, f.shingles, f.sentence_count,
                (f.sentence_terms.hashes, f.sentence_terms.counts),
                (f.opening_terms.hashes, f.opening_terms.counts), f.leads, f.placed)
    candidates = tuple((i, tuple(sorted(terms)), lede) for i, terms, lede in record.points.candidates)
    points = (record.points.body_terms, candidates, record.points.sentence_keys)
    payload = (FORMAT, body, spans.tobytes(), sentence_texts, timexes, summary, points, features)
    return pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)


def decode(blob: bytes, article: Article) -> Record:
    """The record stored as ``blob``, for ``article``; ValueError when it is not one."""
    try:
        return _decode(pickle.loads(blob), article)
    except (pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError, IndexError, KeyError) as exc:
        raise ValueError(f"not a stored analysis: {exc}") from exc


def _decode(payload: Any, article: Article) -> Record:
    form, body, spans, sentence_texts, timexes, summary, points, features = payload
    if form != FORMAT:
        raise ValueError(f"stored form {form!r}, expected {FORMAT}")
    bounds = array("I")
    bounds.frombytes(spans)
    sentences = [Sentence(s, e, body[s:e]) for s, e in zip(bounds[::2], bounds[1::2], strict=True)]
    for i, text in sentence_texts:
        sentences[i] = Sentence(sentences[i].start, sentences[i].end, text)
    analysis = ArticleAnalysis(article, body, tuple(sentences), tuple(_timex(row, body) for row in timexes),
                               Summary(article.id, summary[0], summary[1]))
    opening, shingles, sentence_count, sentence_terms, opening_terms, leads, placed = features
    body_terms, rows, sentence_keys = points
    candidates = tuple((i, frozenset(terms), lede) for i, terms, lede in rows)
    return Record(analysis, ArticlePoints(body_terms, candidates, sentence_keys),
                  ArticleFeatures(opening, shingles, sentence_count, TermCounts(*sentence_terms),
                                  TermCounts(*opening_terms), leads, placed))


_CERTAINTY = {c.value: c for c in Certainty}
_DIRECTION = {d.value: d for d in Direction}
_GRANULARITY = {g.value: g for g in Granularity}


def _timex_row(t: TimeExpression, body: str) -> tuple[Any, ...]:
    text = None if t.text == body[t.start:t.end] else t.text
    span = (t.interval.start.toordinal(), t.interval.end.toordinal()) if t.interval else None
    return (t.start, t.end, text, t.type, t.value, span, t.certainty.value, t.direction.value,
            t.granularity.value, t.anchor, t.mod)


def _timex(row: tuple[Any, ...], body: str) -> TimeExpression:
    start, end, text, kind, value, span, certainty, direction, granularity, anchor, mod = row
    interval = _interval(*span) if span else None
    return TimeExpression(start, end, body[start:end] if text is None else text, kind, value, interval,
                          _CERTAINTY[certainty], _DIRECTION[direction], _GRANULARITY[granularity], anchor, mod)


@functools.lru_cache(maxsize=1 << 14)  # news names the same days again and again
def _interval(start: int, end: int) -> Interval:
    return Interval(date.fromordinal(start), date.fromordinal(end))
