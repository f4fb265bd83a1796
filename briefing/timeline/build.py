"""Build a Timeline from analysed articles: the stages of the timeline step, in order.

    1. period      the given one, else the articles' publication span (reaching back a week)
    2. stories     near-duplicate articles grouped so a wire copy counts once
    3. candidates  dated sentences and article leads (candidates.py)
    4. partition   day-precise dates in the period → main; later or vague-future → upcoming;
                   earlier → background
    5. rank        date weights pick the main dates; sentences merged into stories and ranked
    6. events      one Event per main date (its best ``sentences_per_date`` stories), one per
                   upcoming / background interval
"""

from __future__ import annotations

import functools
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta

import numpy as np

from briefing.model import (
    ArticleAnalysis,
    Certainty,
    Direction,
    Event,
    Granularity,
    Interval,
    Period,
    SourceRef,
    Timeline,
)
from briefing.temporal.labels import date_label
from briefing.timeline import tuning
from briefing.timeline.candidates import Mention, collect_mentions
from briefing.timeline.duplicates import group_fingerprints
from briefing.timeline.features import ArticleFeatures, features_of
from briefing.timeline.rank import (
    Story,
    anchor_terms,
    article_relevance,
    context_factor,
    date_weights,
    rank_stories,
    top_dates,
)
from briefing.timeline.termstats import Bags, HashedIdf
from briefing.timeline.vectors import Vector, centroid, cosine, tokens, weigh


def build_timeline(analyses: Sequence[ArticleAnalysis], *, period: Period | None = None,
                   max_dates: int | None = None, sentences_per_date: int = 1,
                   features: Sequence[ArticleFeatures] | None = None) -> Timeline:
    """The timeline of ``analyses``: main events in ``period``, plus upcoming and background.

    ``period`` restricts the main timeline to events dated in it (the caller restricts the
    articles); without one, the main timeline covers the articles' publication span and the
    ``tuning.DEFAULT_LOOKBACK_DAYS`` before it. ``max_dates`` caps the main timeline's dates
    (default ``tuning.DEFAULT_MAX_DATES``); each date shows up to ``sentences_per_date`` sentences.
    ``features`` may give each analysis's ``article_features`` (the runner caches them).
    """
    if not analyses:
        return Timeline(period, ())
    period = period or default_period(a.article.published for a in analyses)
    n_dates = tuning.DEFAULT_MAX_DATES if max_dates is None else max(0, max_dates)
    per_date = max(1, sentences_per_date)

    feats = features_of(analyses) if features is None else features
    groups = group_fingerprints([f.opening for f in feats], [f.shingles for f in feats])  # 2
    mentions = collect_mentions(analyses, groups, [f.placements() for f in feats], [f.leads for f in feats])  # 3
    published = [a.article.published for a in analyses]
    sentence_bags = Bags.of([f.sentence_terms for f in feats])
    vectors = _Vectors(sentence_bags, sum(f.sentence_count for f in feats))

    main, upcoming, background = partition(mentions, period, published)  # 4
    by_day: dict[date, list[Mention]] = defaultdict(list)
    for m in main:
        by_day[m.interval.start].append(m)
    # Opening terms are sentence terms: the sentences' vocabulary holds them all.
    relevance = article_relevance([f.opening_terms for f in feats], groups, sentence_bags.vocabulary)
    weights = date_weights(main, published, groups, period, relevance)  # 5
    days = top_dates(weights, n_dates, lambda d: any(m.text for m in by_day.get(d, ())))

    topic = centroid(vectors(m.text) for d in days for m in by_day[d] if m.text)
    ranked = {day: rank_stories(by_day[day], vectors, topic, relevance) for day in days}
    events = [_event(Interval(day, day), Granularity.DAY, stories, analyses, weights[day])  # 6
              for day, stories in _share_out(ranked, weights, per_date).items()]
    side = functools.partial(_side_events, analyses=analyses, vectors=vectors, relevance=relevance,
                             topic=topic)
    ahead = side(upcoming, limit=tuning.MAX_UPCOMING, latest_first=False)
    behind = side(background, limit=tuning.MAX_BACKGROUND, latest_first=True)
    return Timeline(period, tuple(events), ahead, behind)


def _share_out(ranked: dict[date, list[Story]], weights: dict[date, float],
               per_date: int) -> dict[date, list[Story]]:
    """Up to ``per_date`` stories for each date (in date order), a sentence naming two dates
    ("on Tuesday ... the Wednesday special") shown at one of them only.

    Each date's lead story first, the dates with the fewest candidates choosing first (a date
    whose one sentence is shared keeps it; it repeats only when it is all the date has); then
    the further stories, the heavier dates first.
    """
    shown: set[str] = set()
    chosen: dict[date, list[Story]] = {day: [] for day in sorted(ranked)}
    for day in sorted(ranked, key=lambda d: (len(ranked[d]), -weights[d], d)):
        if not ranked[day]:
            continue
        lead = next((s for s in ranked[day] if s.text not in shown), ranked[day][0])
        chosen[day].append(lead)
        shown.add(lead.text)
    for day in sorted(ranked, key=lambda d: (-weights[d], d)):
        for story in ranked[day]:
            if len(chosen[day]) >= per_date:
                break
            if story.text not in shown:
                chosen[day].append(story)
                shown.add(story.text)
    return chosen


def default_period(published: Iterable[date]) -> Period:
    """The articles' publication span, reaching back ``tuning.DEFAULT_LOOKBACK_DAYS`` before the first."""
    days = sorted(published)
    start, end = days[0] - timedelta(days=tuning.DEFAULT_LOOKBACK_DAYS), days[-1]
    return Period(start, end, f"{start.isoformat()}_{end.isoformat()}")


def partition(mentions: Sequence[Mention], period: Period,
              published: Sequence[date]) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """Split mentions into the main timeline's, the upcoming / ongoing part's and the background's."""
    main: list[Mention] = []
    upcoming: list[Mention] = []
    background: list[Mention] = []
    # A vague future ("soon", "the next few months") is still to come only if it reaches past
    # the newest article: March's "next few months" are over in a briefing that runs to September.
    as_of = max(published, default=period.end)
    # Sentences that name a day ahead of their article: "we will soon open it on the 14th" is
    # coming on the 14th, not at some vague "soon" as well.
    dated_ahead = {(m.doc, m.position) for m in mentions if m.explicit and m.is_day
                   and m.certainty is Certainty.EXACT and m.interval.start > published[m.doc]}
    # Sentences that tell a day of the period: their coarser earlier dates are asides ("The mayor,
    # who took office in 2018, resigned on March 1"; "On Tuesday, the WHO named the disease first
    # recognised about two months ago"), not background rows of their own.
    tells_period_day = {(m.doc, m.position) for m in mentions if m.explicit and m.is_day and not m.aside
                        and m.certainty is Certainty.EXACT and period.contains(m.interval.start)}
    for m in mentions:
        iv = m.span  # a range ("March 12-14") is placed by its first day but shown whole
        vague_future = m.certainty is Certainty.VAGUE and iv.end > as_of and (
            m.direction is Direction.FUTURE or iv.start > published[m.doc])
        if iv.days > tuning.MAX_SIDE_DAYS:  # "the 21st century", "the 1990s": no event to show
            continue
        if vague_future and (m.doc, m.position) in dated_ahead:
            continue
        if vague_future or iv.start > period.end:
            upcoming.append(m)
        elif iv.end < period.start:
            if m.is_day or (m.doc, m.position) not in tells_period_day:
                background.append(m)
        elif m.is_day and m.certainty is not Certainty.VAGUE and period.contains(iv.start):
            main.append(m)
            if iv.end > period.end:  # a range begun in the period and still going on after it
                upcoming.append(m)
        elif iv.days > tuning.MAX_ONGOING_DAYS:  # "this year" says nothing about the coming weeks
            continue
        elif iv.end > period.end:  # began in or before the period and goes on after it
            upcoming.append(m)
        elif iv.start < period.start and (m.doc, m.position) not in tells_period_day:
            background.append(m)  # a span reaching into the period from before
        # otherwise a coarse span inside the period ("this week"): no day to place it on
    return main, upcoming, background


def _side_events(mentions: Sequence[Mention], *, analyses: Sequence[ArticleAnalysis],
                 vectors: _Vectors, relevance: Sequence[float], topic: Vector, limit: int,
                 latest_first: bool) -> tuple[Event, ...]:
    """Upcoming or background events: one per interval, the best-supported first, then by date.

    Support counts stories, each as much as it is on topic, like the main timeline's weights,
    times how close the interval's sentences come to the main timeline's events (the best cosine
    with their centroid), less for a sentence that leans on the ones before it
    (rank.context_factor). Readability: most rows have one story, and by support alone the choice
    among them fell to the date; in the T17 weeks this took off-topic asides out ("the Leapfrog
    fund announced last week", a photo caption) for rows on the week's story. A sentence that
    leans on the ones before it and names nothing ("And tomorrow we have some event planned.",
    from an interview) is no row at all: alone it tells a reader nothing.
    A sentence is shown once in a part: "Mubarak was President from 1981 until 2011" is one
    background row, not two. (It may show in another part: "reported on September 27 that the
    embassy would close within months" is a main-timeline report and an upcoming closure.)
    """
    by_interval: dict[_Key, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.explicit:
            by_interval[(m.span, m.granularity)].append(m)

    support: dict[_Key, float] = {}
    for key, members in by_interval.items():
        per_story: dict[int, float] = {}
        for m in members:
            per_story[m.group] = max(per_story.get(m.group, 0.0), relevance[m.doc])
        support[key] = sum(per_story.values())

    surest = {key: min(_CERTAINTY_ORDER.index(m.certainty) for m in members) for key, members in by_interval.items()}

    @functools.cache  # asked by the score and again by the row
    def shown(key: _Key) -> tuple[Mention, ...]:
        """The interval's sentences fit for a row: not one that leans on the sentences before it
        and names nothing ("And tomorrow we have some event planned.")."""
        return tuple(m for m in by_interval[key] if m.text and (context_factor(m.text) == 1 or anchor_terms(m.text)))

    def score(key: _Key) -> float:
        """Support times closeness to the main events: at most the support (cosine <= 1)."""
        close = max((vectors.similarity(m.text, topic) * context_factor(m.text) for m in shown(key)), default=0.0)
        return support[key] * close

    def order(key: _Key, scores: dict[_Key, float]) -> tuple[float, float, int, int]:
        """Most-supported and on-topic first (with no main events to be on: most-supported);
        among equals the surest (a sentence saying "soon ... on the 14th" shows at the 14th, not
        "soon"), then the nearest to the period."""
        start = key[0].start.toordinal()
        return -scores[key], -support[key], surest[key], -start if latest_first else start

    events: list[Event] = []
    seen: set[str] = set()
    for key in _best_first(sorted(by_interval, key=lambda k: -support[k]), support, score, order, 3 * limit):
        if len(events) >= limit or support[key] <= 0:
            break
        stories = [s for s in rank_stories(shown(key), vectors, topic, relevance) if s.text not in seen]
        if stories:
            events.append(_event(key[0], key[1], stories[:1], analyses, support[key]))
            seen.add(stories[0].text)
    return tuple(sorted(events, key=lambda e: (e.interval.start, e.interval.end)))


_Key = tuple[Interval, Granularity]


def _best_first(keys: Sequence[_Key], support: dict[_Key, float], score: Callable[[_Key], float],
                order: Callable[[_Key, dict[_Key, float]], tuple[float, float, int, int]],
                need: int) -> Iterator[_Key]:
    """``keys`` (most-supported first) in ``order`` of their ``score``, scoring only as many as
    can reach the first ``need``: a score is at most its support, so once ``need`` keys score
    more than the next key's support, no key after it can come before them. (Scoring cleans
    and weighs every sentence of a key; a period's thousands of dated sentences mostly never
    show.) The rest are scored and yielded only if the caller asks for more."""
    scores: dict[_Key, float] = {}
    best: list[float] = []  # the ``need`` highest scores so far, a min-heap
    cut = len(keys)
    for i, key in enumerate(keys):
        if len(best) >= need and support[key] < best[0]:
            cut = i
            break
        scores[key] = score(key)
        if len(best) < need:
            heapq.heappush(best, scores[key])
        else:
            heapq.heappushpop(best, scores[key])
    yield from sorted(scores, key=lambda k: order(k, scores))
    rest = {key: score(key) for key in keys[cut:]}
    yield from sorted(rest, key=lambda k: order(k, rest))


def _event(interval: Interval, granularity: Granularity, stories: Sequence[Story],
           analyses: Sequence[ArticleAnalysis], score: float) -> Event:
    """An Event showing ``stories`` (best first), with every article that reported them."""
    certainty = min((s.certainty for s in stories), key=_CERTAINTY_ORDER.index)  # the surest report
    sources: dict[str, SourceRef] = {}
    for story in stories:
        for m in sorted(story.members, key=lambda m: (analyses[m.doc].article.published, m.doc)):
            article = analyses[m.doc].article
            if article.id not in sources:
                sources[article.id] = SourceRef(article.id, article.title, article.source, article.published,
                                                article.url, m.text)
    value = interval.start.isoformat() if granularity is Granularity.DAY else stories[0].members[0].value
    return Event(interval, granularity, certainty, date_label(interval, granularity, certainty, value),
                 stories[0].text, tuple(sources.values()), value, round(score, 4),
                 tuple(s.text for s in stories))


_CERTAINTY_ORDER = (Certainty.EXACT, Certainty.APPROXIMATE, Certainty.VAGUE)


class _Vectors:
    """TF-IDF vectors of shown sentences, with IDF over all ``n_sentences`` sentences of the
    articles (``bags``: their ``sentence_terms``); calling it keeps the vector for the next call."""

    def __init__(self, bags: Bags, n_sentences: int) -> None:
        df = np.bincount(bags.term, weights=bags.count, minlength=len(bags.vocabulary)).astype(np.float64)
        self._idf = HashedIdf(n_sentences, bags.vocabulary, df)
        self._cache: dict[str, Vector] = {}

    def __call__(self, text: str) -> Vector:
        vec = self._cache.get(text)
        if vec is None:
            vec = self._cache[text] = weigh(tokens(text), self._idf)
        return vec

    def similarity(self, text: str, other: Vector) -> float:
        """Cosine of ``text``'s vector with ``other``, keeping no vector: the upcoming and
        background parts weigh many sentences they never show (keeping those vectors cost 20 MB
        at 4,000 articles)."""
        vec = self._cache.get(text)
        return cosine(vec if vec is not None else weigh(tokens(text), self._idf), other)
