"""Key points across articles: a multi-document extractive summary for the briefing's opening.

1. **Candidates** are the sentences of each article's summary (already whole, readable
   sentences, chosen as the article's most central), less stock background that several
   articles repeat word for word ("The party uses caucuses to select its nominee."), and a
   site's promotions that many of its pages carry (even where a page holds nothing else).
   Stock text is a site's habit, so a weekly briefing finds it over the whole run's articles
   (``stock_text``), not only over its week's few.
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

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from briefing.model import ArticleAnalysis, Certainty, Granularity, KeyPoint, SourceRef
from briefing.text.sentences import ends_as_sentence
from briefing.text.words import content_terms, stem, stop_words, words
from briefing.timeline.termstats import HASH_DTYPE, term_hash

if TYPE_CHECKING:
    from numpy.typing import NDArray

T = TypeVar("T", str, int)

# Tuned by reading key points of the seed articles (no reference data for this), and checked on
# a proxy: bench/keypoints_eval.py scores the T17 development topics' weekly key points against
# the reference timelines' summaries of their week (16 weeks; ROUGE-1 F 0.280, R2 0.096 with
# these). Each sits at its best of the values tried: LEDE_BONUS 0 / 0.6 -> R1 0.265 / 0.277,
# LENGTH_WEIGHT 0 / 0.3 -> 0.270 / 0.278, MMR_LAMBDA 0.5 / 0.9 -> 0.268 / 0.280 (R2 lower).
# Also tried there, not adopted: averaging term spreads over len(terms) ** 0.7-0.9 (R1 up to
# 0.298, but by key points a third longer), and a bonus for a sentence the main timeline shows
# (0.3-1 x its event's score: R1 +0.002-0.004, within the noise of 16 weeks).
LEDE_BONUS = 0.3  # the first sentence of an article states its news
LENGTH_WEIGHT = 0.15  # a little credit for saying more; log(words)
MMR_LAMBDA = 0.7  # weight of relevance against novelty in MMR (1 = ignore novelty)
SAME_POINT = 0.45  # Jaccard overlap of terms above which two sentences make the same point
BOILERPLATE = 2  # a non-lede sentence made again in this many other articles is stock text
FURNITURE_ARTICLES = 3  # a sentence in this many articles, mostly not first, is the site's (see _site_furniture)
# Stock text is found over the articles published this many days either side of a briefing's
# period, and at least this many articles either side where there are (not tuned; cost and
# readability). A busy archive's habits recur within weeks, and a scheduled weekly run on years
# of articles should not analyse all of them; a sparse one's recur months apart (T17 mj: a radio
# listings page every two to four months, shown as key points with 28 days alone).
STOCK_WINDOW_DAYS = 28
STOCK_WINDOW_ARTICLES = 150
MIN_TERMS = 3  # candidates with fewer content terms say too little to open a briefing
# ... and a fact box that a page's missing punctuation ran into one "sentence" ("Born: August 29,
# 1958, Gary, Indiana Also known as: ... Biggest hits: ...") is none: this many labels or more.
# (A cap on length was tried: it also dropped a well-formed 71-word Wikinews sentence.)
FACT_BOX_LABELS = 2
_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s")  # "Born: ", "Also known as: "
_SPEECH = frozenset({"said", "says", "replied", "added", "wrote", "told", "asked", "stated", "tweeted"})


def _fact_box(text: str) -> bool:
    """Whether ``text`` is labelled facts run together ("Trump said: ..." is no label)."""
    labels = [m.group().split()[-1].rstrip(":") for m in _LABEL.finditer(text)]
    return sum(word not in _SPEECH for word in labels) >= FACT_BOX_LABELS


@dataclass(frozen=True, slots=True)
class ArticlePoints:
    """What key points need of one article, from that article alone (the runner computes it in
    its workers and caches it: tokenising and stemming were most of this stage's time at
    thousands of articles). Terms are ``termstats.term_hash`` values: equal terms, equal hashes."""

    body_terms: bytes  # the body's distinct content terms, as a termstats HASH_DTYPE array
    # (summary sentence index, its content terms, whether it restates the article's lede),
    # for the summary sentences with at least MIN_TERMS terms
    candidates: tuple[tuple[int, frozenset[int], bool], ...]
    # every sentence of the body, in order, then the title run into the first (``_headed_key``),
    # as a HASH_DTYPE array of ``sentence_key`` hashes: finds site furniture that many articles
    # carry (``_site_furniture``)
    sentence_keys: bytes


@dataclass(frozen=True, slots=True)
class _Candidate:
    analysis: ArticleAnalysis
    text: str
    terms: frozenset[int]
    is_lede: bool
    rating: float = 0.0


@dataclass(frozen=True, slots=True)
class Prepared:
    """The rated candidates of some analyses: the part of the work that does not depend on
    their order, so the pipeline can do it while the timeline (which decides the order) is built."""

    analyses: tuple[ArticleAnalysis, ...]  # held so that the ids below stay theirs
    by_analysis: dict[int, list[_Candidate]]  # id(analysis) -> its candidates, in summary order


def prepare(analyses: Sequence[ArticleAnalysis], points: Mapping[str, ArticlePoints] | None = None,
            stock: frozenset[tuple[str, int]] | None = None) -> Prepared:
    """Rate the candidates of ``analyses`` for ``key_points``.

    ``points`` may give ``article_points`` of each analysis by article id (the runner computes
    them in its workers and caches them); any missing is computed here. ``stock`` may give
    ``stock_text`` found over more articles than these (a weekly briefing's few articles may
    carry a site's stock sentence once or twice, the whole run many times); by default it is
    found over ``analyses``.
    """
    unique = list({id(a): a for a in analyses}.values())
    known = points or {}
    pts = [known.get(a.article.id) or article_points(a) for a in unique]
    if stock is None:
        stock = stock_text(unique, dict(zip((a.article.id for a in unique), pts, strict=True)))
    by_analysis: dict[int, list[_Candidate]] = {id(a): [] for a in unique}
    for c in _rated(unique, pts, stock):
        by_analysis[id(c.analysis)].append(c)
    return Prepared(tuple(unique), by_analysis)


def key_points(analyses: Sequence[ArticleAnalysis], n: int = 5,
               points: Mapping[str, ArticlePoints] | None = None,
               prepared: Prepared | None = None) -> list[KeyPoint]:
    """Up to ``n`` non-redundant key points ranked across all ``analyses``, each citing its sources.

    Earlier analyses win ties. ``prepared`` (from ``prepare`` over the same analyses, in any
    order) saves rating them again; ``points`` is as for ``prepare``.
    """
    if prepared is None or {id(a) for a in analyses} != prepared.by_analysis.keys():
        prepared = prepare(analyses, points)
    candidates = [c for a in analyses for c in prepared.by_analysis[id(a)]]
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


def _rated(analyses: Sequence[ArticleAnalysis], points: Sequence[ArticlePoints],
           stock: frozenset[tuple[str, int]]) -> list[_Candidate]:
    """The candidates of ``analyses`` that are not ``stock`` text, rated. A key point is a whole
    sentence: one that does not end as one is a headline, caption or promotion that a crawled page
    ran in ("The Black Eyed Peas are not now playing the Michael Jackson tribute concert", "Our
    next generation legal research platform": 9 of 343 T17 weekly key points, all such; none in
    the seeds). Left out here, not from the cached candidates (``article_points``): such
    fragments still tell stock text, and leaving them out in the workers changed how the decoded
    analyses fell in memory, ~40 MB more held after decoding 4,000 (bench/build_bench.py)."""
    # In how many articles each term occurs (from their bodies' terms, once per article).
    bodies = [np.frombuffer(p.body_terms, dtype=HASH_DTYPE) for p in points]
    vocabulary, counts = np.unique(np.concatenate(bodies) if bodies else np.zeros(0, HASH_DTYPE), return_counts=True)
    df = dict(zip(vocabulary.tolist(), counts.tolist(), strict=True))
    rated = []
    for a, p in zip(analyses, points, strict=True):
        for i, terms, is_lede in p.candidates:
            text = a.summary.sentences[i]
            if (a.article.id, i) in stock or not ends_as_sentence(text):
                continue
            # Summed in term order (ints: the same order in every process, so the same float).
            spread = sum(math.log1p(df.get(t, 1) - 1) for t in sorted(terms)) / len(terms)
            rating = spread + LENGTH_WEIGHT * math.log(len(text.split())) + (LEDE_BONUS if is_lede else 0.0)
            rated.append(_Candidate(a, text, terms, is_lede, rating))
    return rated


def stock_text(analyses: Sequence[ArticleAnalysis],
               points: Mapping[str, ArticlePoints] | None = None) -> frozenset[tuple[str, int]]:
    """(article id, summary sentence index) of the key-point candidates that are stock text,
    not news: background that several articles repeat ("The Democratic Party uses caucuses
    ... to select its nominee"), and a site's promotions that many of its pages carry (even
    where a page holds nothing else). ``points`` is as for ``prepare``."""
    return StockText(analyses, points).around(None, None)


class StockText:
    """``stock_text`` of the articles published around a period, for one period after another.

    A site's habits show over weeks, not in one week's few articles: a briefing's stock text is
    found over the articles published from STOCK_WINDOW_DAYS before its period to as many after
    (``stock_window``). So a ``--week`` run and the same week of a ``--weekly`` run agree, and a
    scheduled run on a years-long archive analyses some weeks of it, not all. Which candidates
    make the same point is found once, over all the articles; each period only counts them.
    """

    def __init__(self, analyses: Sequence[ArticleAnalysis],
                 points: Mapping[str, ArticlePoints] | None = None) -> None:
        # in publication order, so that the articles of a window are a slice
        unique = sorted({a.article.id: a for a in analyses}.values(), key=lambda a: a.article.published)
        known = points or {}
        pts = [known.get(a.article.id) or article_points(a) for a in unique]
        self._published = [a.article.published for a in unique]
        self._keys = [np.frombuffer(p.sentence_keys, dtype=HASH_DTYPE) for p in pts]
        # each candidate: (index of its article in ``unique``, summary sentence index, candidate),
        # and where each article's candidates start in that list
        self._candidates: list[tuple[int, int, _Candidate]] = []
        self._first_candidate: list[int] = []
        for n, (a, p) in enumerate(zip(unique, pts, strict=True)):
            self._first_candidate.append(len(self._candidates))
            self._candidates += [(n, i, _Candidate(a, a.summary.sentences[i], terms, is_lede))
                                 for i, terms, is_lede in p.candidates]
        self._first_candidate.append(len(self._candidates))
        self._same = _same_point_pairs([c.terms for _, _, c in self._candidates])
        # the keys each candidate is looked up by in a window's site furniture (its text's; a
        # lede's also as run in after its title), hashed once, not once a period
        self._furniture_keys = [(sentence_key(c.text),) + ((_headed_key(c.analysis),) if c.is_lede else ())
                                for _, _, c in self._candidates]

    def around(self, first: date | None, last: date | None) -> frozenset[tuple[str, int]]:
        """The stock text of the articles published from ``first`` to ``last`` (None: open)."""
        lo = 0 if first is None else bisect.bisect_left(self._published, first)
        hi = len(self._published) if last is None else bisect.bisect_right(self._published, last)
        furniture = _site_furniture(self._keys[lo:hi])
        stock = set()
        for k in range(self._first_candidate[lo], self._first_candidate[hi]):
            n, i, c = self._candidates[k]
            elsewhere = {m for m in (self._candidates[j][0] for j in self._same[k]) if lo <= m < hi and m != n}
            repeated = not c.is_lede and len(elsewhere) >= BOILERPLATE
            site = any(key in furniture for key in self._furniture_keys[k])
            if repeated or site:
                stock.add((c.analysis.article.id, i))
        return frozenset(stock)


def stock_window(first: date | None, last: date | None, published: Sequence[date]) -> tuple[date | None, date | None]:
    """The publication days whose articles tell the stock text of the period ``first`` to
    ``last`` (None: open), among articles published on the sorted days ``published``: the
    period, STOCK_WINDOW_DAYS either side, and further out until STOCK_WINDOW_ARTICLES articles
    either side (or all there are). A wider period's window holds a narrower one's."""
    wide = timedelta(days=STOCK_WINDOW_DAYS)
    lo = hi = None
    if first is not None:
        before = bisect.bisect_left(published, first)  # articles published before the period
        lo = first - wide if before == 0 else min(first - wide, published[max(0, before - STOCK_WINDOW_ARTICLES)])
    if last is not None:
        after = bisect.bisect_right(published, last)  # the first article after the period
        hi = last + wide if after == len(published) else max(
            last + wide, published[min(len(published), after + STOCK_WINDOW_ARTICLES) - 1])
    return lo, hi


def article_points(analysis: ArticleAnalysis) -> ArticlePoints:
    """The key-point candidates of one article and its body's terms (see ``ArticlePoints``)."""
    first = _normal(analysis.sentences[0].text).strip('"“”') if analysis.sentences else ""
    candidates = []
    for i, text in enumerate(analysis.summary.sentences):
        terms = frozenset(term_hash(t) for t in content_terms(text))
        if len(terms) >= MIN_TERMS and not _fact_box(text):
            candidates.append((i, terms, _normal(text).strip('"“”') == first))
    body = np.array(sorted(term_hash(t) for t in body_terms(analysis)), dtype=HASH_DTYPE)
    keys = [sentence_key(s.text) for s in analysis.sentences]
    if analysis.sentences:
        keys.append(_headed_key(analysis))
    return ArticlePoints(body.tobytes(), tuple(candidates), np.array(keys, dtype=HASH_DTYPE).tobytes())


def _headed_key(analysis: ArticleAnalysis) -> int:
    """The ``sentence_key`` of the article's title run into its first sentence. An untitled
    page's first line is split into a title and a lede where a lede seems to open (ingest), and a
    site's promotion can look so: a page of nothing but "An ultra-low latency infrastructure for
    electronic trading A connected approach to governance ..." (T17) became a title and a
    one-sentence body that no other page carries. Joined again, it is the promotion they carry."""
    return sentence_key(f"{analysis.article.title} {analysis.sentences[0].text}")


def sentence_key(text: str) -> int:
    """A hash of a sentence's words, whatever its spacing, case and surrounding quotes."""
    return term_hash(_normal(text).strip('"“”').lower())


def _site_furniture(keys: Sequence[NDArray[np.uint64]]) -> set[int]:
    """Sentences that FURNITURE_ARTICLES or more articles carry, most of them not as their
    first sentence: a site's promotion or sign-off ("An ultra-low latency infrastructure for
    electronic trading ...", on 123 Reuters pages of T17, and the whole text of one). A wire
    story's lede is repeated as well, but as the first sentence of its copies."""
    seen: dict[int, int] = defaultdict(int)
    first: dict[int, int] = defaultdict(int)
    for article in keys:
        hashes = article.tolist()
        for h in set(hashes):
            seen[h] += 1
        if hashes:
            first[hashes[0]] += 1
    return {h for h, n in seen.items() if n >= FURNITURE_ARTICLES and 2 * first[h] < n}


def _same_point_pairs(term_sets: Sequence[frozenset[T]]) -> list[list[int]]:
    """For each term set, the indices of the others within Jaccard ``SAME_POINT`` of it.

    Exactly the pairs a comparison of every pair would find, without comparing every pair
    (thousands of articles give tens of thousands of candidates): *prefix filtering*. Order
    each set's terms rarest first; two sets with Jaccard >= t share at least ceil(t * |x|)
    terms, so they must share one of the first |x| - ceil(t * |x|) + 1 terms of each. Only
    those prefixes are indexed and probed, and only the pairs found there are compared.
    """
    # Identical sets (the same sentence in syndicated copies) are compared once, as one.
    unique: dict[frozenset[T], list[int]] = {}
    for i, terms in enumerate(term_sets):
        unique.setdefault(terms, []).append(i)
    sets = list(unique)
    freq = Counter(t for s in sets for t in s)
    index: dict[T, list[int]] = defaultdict(list)
    near: list[list[int]] = [[] for _ in sets]
    for i, terms in enumerate(sets):
        order = sorted(terms, key=lambda t: (freq[t], t))
        # the epsilon keeps float error (0.45 * 20 = 9.000000000000002) from shortening a prefix
        prefix = len(order) - math.ceil(SAME_POINT * len(order) - 1e-9) + 1
        seen: set[int] = set()
        for t in order[:prefix]:
            for j in index[t]:
                if j not in seen:
                    seen.add(j)
                    if _jaccard(terms, sets[j]) >= SAME_POINT:
                        near[i].append(j)
                        near[j].append(i)
            index[t].append(i)
    same: list[list[int]] = [[] for _ in term_sets]
    for u, terms in enumerate(sets):
        members = unique[terms]
        others = [k for v in near[u] for k in unique[sets[v]]]
        for i in members:
            same[i] = [k for k in members if k != i] + others
    return same


def body_terms(analysis: ArticleAnalysis) -> frozenset[str]:
    """The content terms of an article's body, ``frozenset(content_terms(body))`` (what ratings count).

    Tokenising every body took ~1.4 ms an article, so it is done per distinct word (and, through
    ``article_points``, once per article in the runner's workers).
    """
    stops = stop_words()
    lowered = {w.lower().replace("’", "'") for w in set(words(analysis.body))}
    return frozenset(stem(w) for w in lowered if w not in stops)


def _marginal(c: _Candidate, chosen: list[_Candidate], top: float) -> float:
    novelty = 1.0 - max((_overlap(c.terms, s.terms) for s in chosen), default=0.0)
    return MMR_LAMBDA * c.rating / top + (1 - MMR_LAMBDA) * novelty


def _jaccard(a: frozenset[T], b: frozenset[T]) -> float:
    return len(a & b) / max(1, len(a | b))


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
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
