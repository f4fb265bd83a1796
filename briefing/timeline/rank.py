"""Ranking: which dates matter, and which sentences tell each date best.

Date weight (news-tls "mention count", made story-aware): over distinct stories (wire copies
count once), the stories naming the date and those published on it, each scaled by how
on-topic the article is; the two counts are put on one scale (divided by their largest) and
mixed. Within a date, sentences are ranked by centrality (TF-IDF cosine to the centroid of
the date's candidates, mixed with the whole timeline's) and merged into stories when they say
the same thing; a story reported by more outlets ranks higher.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from briefing.model import Certainty, Direction, Period
from briefing.text.sentences import ends_as_sentence
from briefing.timeline import tuning
from briefing.timeline.candidates import Mention
from briefing.timeline.termstats import Bags, HashedIdf, TermCounts
from briefing.timeline.vectors import Vector, centroid, cosine

if TYPE_CHECKING:
    from numpy.typing import NDArray


def date_weights(day_mentions: Iterable[Mention], published: Sequence[date], groups: Sequence[int],
                 period: Period, relevance: Sequence[float]) -> dict[date, float]:
    """The weight of every day in ``period`` that is named, or on which a story was published.

    Two kinds of evidence, counted over distinct stories and scaled by how on-topic the article
    is (``relevance``, per article: an off-topic page naming many dates should not decide the
    timeline): stories naming the day (those naming it ahead of time, a scheduled event, count
    ``FUTURE_MENTION_WEIGHT`` of one naming it after the fact), and stories published on it.
    Each kind is divided by its largest value in the period before they are mixed
    (``MENTION_WEIGHT``, ``PUBLICATION_WEIGHT``): the mix then means the same in a collection
    dominated by one huge day (a death every later story recalls) as in a steady stream of
    daily reports, and neither kind drowns the other by sheer volume.
    """
    after: dict[tuple[date, int], float] = {}
    before: dict[tuple[date, int], float] = {}
    for m in day_mentions:
        if not m.explicit:
            continue
        day = m.interval.start
        evidence = before if published[m.doc] < day else after
        key = (day, m.group)
        evidence[key] = max(evidence.get(key, 0.0), relevance[m.doc])
    published_on: dict[tuple[date, int], float] = {}
    for doc, group in enumerate(groups):
        if period.contains(published[doc]):
            key = (published[doc], group)
            published_on[key] = max(published_on.get(key, 0.0), relevance[doc])
    named = _per_day(after)
    for day, value in _per_day(before).items():  # ahead of time: a share of an after-the-fact mention
        named[day] = named.get(day, 0.0) + tuning.FUTURE_MENTION_WEIGHT * value
    weights: dict[date, float] = defaultdict(float)
    for totals, share in ((named, tuning.MENTION_WEIGHT), (_per_day(published_on), tuning.PUBLICATION_WEIGHT)):
        for day, total in _normalised(totals).items():
            weights[day] += share * total
    return dict(weights)


def _per_day(per_story: dict[tuple[date, int], float]) -> dict[date, float]:
    totals: dict[date, float] = defaultdict(float)
    for (day, _), weight in per_story.items():
        totals[day] += weight
    return totals


def _normalised(totals: dict[date, float]) -> dict[date, float]:
    """``totals`` divided by the largest (0..1); empty or all-zero stays as it is."""
    top = max(totals.values(), default=0.0)
    return {day: value / top for day, value in totals.items()} if top > 0 else dict(totals)


def article_relevance(term_counts: Sequence[TermCounts], groups: Sequence[int],
                      vocabulary: NDArray[np.uint64] | None = None) -> list[float]:
    """How on-topic each article is: TF-IDF cosine to the collection's centroid, relative to the median.

    ``term_counts`` are the articles' opening terms (``ArticleFeatures.opening_terms``);
    ``vocabulary`` may give sorted hashes that include all of them (``Bags.vocabulary``). The
    centroid and the median are taken over stories (one article per near-duplicate group),
    so that a story copied many times does not define the topic.

    1.0 for an article as central as the median one, falling linearly to 0 at
    ``RELEVANCE_FLOOR`` times the median and rising to at most ``RELEVANCE_CAP`` above it, raised
    to ``RELEVANCE_POWER`` (0 turns relevance off).
    """
    if not term_counts:
        return []
    first_of_group = {g: doc for doc, g in reversed(list(enumerate(groups)))}
    scores = _centrality(Bags.of(term_counts, vocabulary), sorted(first_of_group.values()))
    story_scores = sorted(scores[doc] for doc in first_of_group.values())
    median = story_scores[len(story_scores) // 2]
    if median <= 0:
        return [1.0] * len(term_counts)
    floor = tuning.RELEVANCE_FLOOR
    scaled = (max(0.0, (score / median - floor) / (1.0 - floor)) for score in scores)
    return [min(tuning.RELEVANCE_CAP, x) ** tuning.RELEVANCE_POWER for x in scaled]


def _centrality(bags: Bags, stories: Sequence[int]) -> list[float]:
    """Each bag's TF-IDF cosine to the centroid of the ``stories`` bags (IDF over those too)."""
    is_story = np.zeros(bags.n_bags, dtype=bool)
    is_story[list(stories)] = True
    in_story = is_story[bags.bag]
    df = np.bincount(bags.term[in_story], minlength=len(bags.vocabulary))  # a bag holds a term once
    idf = HashedIdf(len(stories), bags.vocabulary, df.astype(np.float64)).idf_array()
    weight = bags.count * idf[bags.term]
    norm = np.sqrt(np.bincount(bags.bag, weights=weight * weight, minlength=bags.n_bags))
    unit = weight / np.where(norm > 0, norm, 1.0)[bags.bag]
    center = np.bincount(bags.term[in_story], weights=unit[in_story], minlength=len(bags.vocabulary))
    size = math.sqrt(float(center @ center))
    if size == 0:
        return [0.0] * bags.n_bags
    scores = np.bincount(bags.bag, weights=unit * (center / size)[bags.term], minlength=bags.n_bags)
    return [float(x) for x in scores]


def top_dates(weights: dict[date, float], n: int, usable: Callable[[date], bool]) -> list[date]:
    """The ``n`` heaviest usable dates (ties: the earlier date first), in date order."""
    ranked = sorted(weights, key=lambda d: (-weights[d], d))
    return sorted(itertools.islice((d for d in ranked if usable(d)), n))


@dataclass
class Story:
    """Sentences at one date that report the same thing; ``members[0]`` is the clearest."""

    members: list[Mention]
    score: float = 0.0
    groups: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.members[0].text

    @property
    def certainty(self) -> Certainty:
        order = (Certainty.EXACT, Certainty.APPROXIMATE, Certainty.VAGUE)
        return min((m.certainty for m in self.members), key=order.index)


def rank_stories(mentions: Sequence[Mention], vectors: Callable[[str], Vector],
                 topic: Vector | None = None, relevance: Sequence[float] | None = None) -> list[Story]:
    """The mentions at one date, merged into stories, best first; ``relevance`` (per article)
    scores down sentences of articles off the collection's topic (relevance 0: a listings page
    that names the day)."""
    shown = [m for m in mentions if m.text]
    if not shown:
        return []
    unique: dict[str, Mention] = {}
    for m in shown:  # an explicit mention of a text beats the same text as a lead
        if m.text not in unique or (m.explicit and not unique[m.text].explicit):
            unique[m.text] = m
    center = centroid(vectors(text) for text in unique)
    mix = tuning.TOPIC_MIX if topic else 0.0

    def on_topic(m: Mention) -> float:
        return tuning.OFF_TOPIC_SHOWN if relevance is not None and relevance[m.doc] <= 0 else 1.0

    central = {text: ((1 - mix) * cosine(vectors(text), center) + mix * cosine(vectors(text), topic or {}))
               * _form_factor(m) * on_topic(m) for text, m in unique.items()}
    if len(central) > tuning.MAX_CANDIDATES:  # only the most central can win; keeps big dates fast
        keep = set(sorted(central, key=central.__getitem__, reverse=True)[: tuning.MAX_CANDIDATES])
        shown = [m for m in shown if m.text in keep]
    stories: list[Story] = []
    reps: list[tuple[Vector, frozenset[str]]] = []
    # A text's story, once found: a repeated text (wire copies) would meet the same stories in
    # the same order and stop at the same one, so it skips the comparisons (and a story's own
    # text always finds it here).
    story_of: dict[str, Story] = {}
    for m in sorted(shown, key=lambda m: (-central[m.text], m.doc, m.position)):
        story = story_of.get(m.text)
        if story is None:
            vec, anchors = vectors(m.text), anchor_terms(m.text)
            for candidate, (rep, rep_anchors) in zip(stories, reps, strict=True):
                if _same_story(vec, anchors, rep, rep_anchors):
                    story = candidate
                    break
        if story is None:
            story = Story([m], groups={m.group})
            stories.append(story)
            reps.append((vec, anchors))
        else:
            story.members.append(m)
            story.groups.add(m.group)
        story_of[m.text] = story
    for story in stories:
        story.score = central[story.text] * (1.0 + tuning.SUPPORT_WEIGHT * math.log(len(story.groups)))
    return sorted(stories, key=lambda s: (-s.score, s.members[0].doc, s.members[0].position))


_ANCHOR = re.compile(r"(?<=\S )[A-Z][\w'’-]+|\b\d[\d.,]*\b")


# Every sentence at one date shares its date's words: they say nothing about the story.
_CALENDAR_WORDS = frozenset(
    [name.lower() for name in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if name]
    + ["today", "yesterday", "tomorrow", "sept"])


# The figures of a date ("March 20", "20-22 March", "2009") are not the story's: every sentence
# placed at a date tends to write its date, and two events of the same day would share them.
_MONTH = "|".join(name for name in (*calendar.month_name, *calendar.month_abbr, "Sept") if name)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS = rf"{_DAY}(?:\s*(?:[-–]|to|and|or|through|until)\s*{_DAY})?"
_DATE_FIGURES = re.compile(rf"\b(?:{_DAYS}\s+(?:of\s+)?(?:{_MONTH})\b\.?|(?:{_MONTH})\b\.?\s+{_DAYS}\b)"
                           rf"|\b(?:1[89]|20)\d\d\b")


@functools.lru_cache(maxsize=1 << 16)
def anchor_terms(text: str) -> frozenset[str]:
    """Names and numbers of a sentence (capitalised words after its first, figures other than
    its dates'): two reports of one event share them even when their wording differs."""
    terms = (t.lower().rstrip(".,") for t in _ANCHOR.findall(_DATE_FIGURES.sub(" ", text)))
    return frozenset(t for t in terms if t not in _CALENDAR_WORDS)


def _same_story(vec: Vector, anchors: frozenset[str], rep: Vector, rep_anchors: frozenset[str]) -> bool:
    """Lexical similarity, raised by the share of names and numbers the two sentences have in common."""
    similarity = cosine(vec, rep)
    if similarity >= tuning.MERGE_SIMILARITY:
        return True
    if anchors and rep_anchors:
        similarity += tuning.ANCHOR_WEIGHT * len(anchors & rep_anchors) / len(anchors | rep_anchors)
    return similarity >= tuning.MERGE_SIMILARITY


def _form_factor(m: Mention) -> float:
    """Prefer sentences that name the date, and short complete statements over long ones."""
    factor = 1.0 if m.explicit else tuning.LEAD_FACTOR
    if m.aside:  # told better at the other day it names
        factor *= tuning.ASIDE_FACTOR
    if m.direction is Direction.FUTURE:  # written before the day: the plan, not what happened
        factor *= tuning.AHEAD_FACTOR
    factor *= 1.0 + tuning.POSITION_BONUS / (1.0 + m.position)  # news puts the main event first
    words = len(m.text.split())
    if words > tuning.LONG_WORDS:
        factor *= tuning.LONG_WORDS / words
    if not ends_as_sentence(m.text):  # a headline or caption run in
        factor *= tuning.FRAGMENT_FACTOR
    return factor * context_factor(m.text)


def context_factor(text: str) -> float:
    """``tuning.CONTEXT_FACTOR`` for a sentence that leans on the ones before it ("And we are
    soon going to open it on 14th": who, what?), else 1."""
    return tuning.CONTEXT_FACTOR if _LEANS_ON_CONTEXT.match(text) else 1.0


# A sentence opening on a personal pronoun (after "And", "But", "Whether" ...) means whom the
# sentences before it named: shown alone in a timeline row, its subject is lost. Not "It" and
# "There" alone, mostly no reference back ("It is too early to say", "There were 10 cases").
_LEANS_ON_CONTEXT = re.compile(r"(?:(?:And|But|So|Or|Yet|Whether|Now|Then|Also),?\s+)?"
                               r"(?:They|We|He|She|I|You|These|Those)\b"
                               r"|(?:And|But|So|Or|Yet|Whether),?\s+(?:[a-z]+,?\s+)?"  # "And tomorrow we ..."
                               r"(?:it|they|we|he|she|i|you|this|that|these|those)\b")
