"""Key points across articles: a multi-document extractive summary for the briefing's opening.

1. **Candidates** are the sentences of each article's summary (already whole, readable
   sentences, chosen as the article's most central), less stock background that several
   articles repeat word for word ("The party uses caucuses to select its nominee.").
2. **Rating**: what many articles talk about matters. A candidate's rating is the mean, over
   its content terms, of log(1 + the number of *other* articles that use the term), plus a
   bonus for an article's lede, plus a small length term (as in the per-article default).
3. **Selection** is Maximal Marginal Relevance: take the best candidate, then prefer ones
   that share little with those taken. A candidate that says much the same as one taken is
   not shown; its article is cited by that key point instead, so each key point lists every
   article it comes from.

Dates: a key point carries the day its sentence names when it names exactly one exact day
(from the dates stage), else the article's publication date.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefing.model import ArticleAnalysis, Certainty, Granularity, KeyPoint, SourceRef
from briefing.text.words import content_terms

# Tuned by reading key points of the seed articles (no reference data for this):
LEDE_BONUS = 0.3  # the first sentence of an article states its news
LENGTH_WEIGHT = 0.15  # a little credit for saying more; log(words)
MMR_LAMBDA = 0.7  # weight of relevance against novelty in MMR (1 = ignore novelty)
SAME_POINT = 0.45  # Jaccard overlap of terms above which two sentences make the same point
BOILERPLATE = 2  # a non-lede sentence made again in this many other articles is stock text
MIN_TERMS = 3  # candidates with fewer content terms say too little to open a briefing


@dataclass(frozen=True, slots=True)
class _Candidate:
    analysis: ArticleAnalysis
    text: str
    terms: frozenset[str]
    is_lede: bool
    rating: float = 0.0


def key_points(analyses: Sequence[ArticleAnalysis], n: int = 5) -> list[KeyPoint]:
    """Up to ``n`` non-redundant key points ranked across all ``analyses``, each citing its sources."""
    candidates = _candidates(analyses)
    if not candidates or n < 1:
        return []
    chosen: list[_Candidate] = []
    cited: list[list[_Candidate]] = []
    pool = sorted(candidates, key=lambda c: -c.rating)
    top = pool[0].rating or 1.0
    while pool and len(chosen) < n:
        best = max(pool, key=lambda c: _marginal(c, chosen, top))
        pool.remove(best)
        chosen.append(best)
        cited.append([best])
        rest = []
        for c in pool:  # the same point from other articles: cite them, do not repeat it
            if _jaccard(c.terms, best.terms) >= SAME_POINT:
                if all(c.analysis.article.id != s.analysis.article.id for s in cited[-1]):
                    cited[-1].append(c)
            else:
                rest.append(c)
        pool = rest
    return [KeyPoint(c.text, tuple(_ref(s) for s in sources), _date(c))
            for c, sources in zip(chosen, cited, strict=True)]


def _candidates(analyses: Sequence[ArticleAnalysis]) -> list[_Candidate]:
    raw: list[_Candidate] = []
    for a in analyses:
        first = _normal(a.sentences[0].text) if a.sentences else ""
        for text in a.summary.sentences:
            terms = frozenset(content_terms(text))
            if len(terms) >= MIN_TERMS:
                raw.append(_Candidate(a, text, terms, _normal(text).strip('"“”') == first.strip('"“”')))
    # In how many articles each term occurs (from their bodies' terms, once per article).
    article_terms = {a.article.id: frozenset(content_terms(a.body)) for a in analyses}
    df = Counter(t for terms in article_terms.values() for t in terms)
    rated = []
    for c in raw:
        if not c.is_lede and _repeated_elsewhere(c, raw) >= BOILERPLATE:
            continue  # "The Democratic Party uses caucuses ... to select its nominee": background
        spread = sum(math.log1p(df[t] - 1) for t in c.terms) / len(c.terms)
        rating = spread + LENGTH_WEIGHT * math.log(len(c.text.split())) + (LEDE_BONUS if c.is_lede else 0.0)
        rated.append(_Candidate(c.analysis, c.text, c.terms, c.is_lede, rating))
    return rated


def _repeated_elsewhere(c: _Candidate, candidates: list[_Candidate]) -> int:
    """In how many other articles a sentence making the same point appears."""
    others = {o.analysis.article.id for o in candidates
              if o.analysis.article.id != c.analysis.article.id and _jaccard(o.terms, c.terms) >= SAME_POINT}
    return len(others)


def _marginal(c: _Candidate, chosen: list[_Candidate], top: float) -> float:
    novelty = 1.0 - max((_overlap(c.terms, s.terms) for s in chosen), default=0.0)
    return MMR_LAMBDA * c.rating / top + (1 - MMR_LAMBDA) * novelty


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _ref(c: _Candidate) -> SourceRef:
    art = c.analysis.article
    return SourceRef(art.id, art.title, art.source, art.published, art.url, c.text)


def _date(c: _Candidate) -> date:
    """The one exact day the sentence names, else the article's publication date."""
    a = c.analysis
    key = _normal(c.text).strip('"“”')
    span = next((s for s in a.sentences if _normal(s.text).strip('"“”') == key), None)
    if span is not None:
        days = {t.interval.start for t in a.timexes
                if span.start <= t.start and t.end <= span.end and t.interval is not None
                and t.granularity is Granularity.DAY and t.certainty is Certainty.EXACT}
        if len(days) == 1:
            return days.pop()
    return a.article.published


def _normal(text: str) -> str:
    return " ".join(text.split())
