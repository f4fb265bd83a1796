"""The data model: frozen dataclasses that flow one way through the pipeline.

    ingest     -> Article
    dates      -> TimeExpression (per article)
    summarise  -> Summary (per article)
    (analyse   =  the per-article stages together -> ArticleAnalysis)
    timeline   -> Event, Timeline
    assemble   -> Briefing
    render     -> files

Every stage after ingest reads these types and returns new ones; nothing mutates them.
Renderers read a finished ``Briefing`` and never re-parse text or compute dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Certainty(StrEnum):
    """How sure a resolved date is: decides how it is shown ("~ Oct–Dec 2020")."""

    EXACT = "exact"  # "September 27", "2020-09-27", "last year" (the year is known exactly)
    APPROXIMATE = "approximate"  # "late March", "mid-2020", "around 2010"
    VAGUE = "vague"  # "recently", "the next few months", "soon"


class Direction(StrEnum):
    """Where an expression lies relative to the publication date (DCT)."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


class Granularity(StrEnum):
    """The precision of an expression's interval, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed calendar interval [start, end] (both days inclusive)."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: clean text (control characters already removed)."""

    id: str
    title: str
    published: date
    text: str
    source: str = ""  # the outlet's name ("Reuters"), else the link's domain, else the folder
    url: str | None = None
    origin: str = ""  # where it came from, for messages: "feeds/week.jsonl:12"
    notes: tuple[str, ...] = ()  # lossless notes, e.g. "text truncated at 200000 characters"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a text and resolved against the DCT.

    ``start``/``end`` are Python string offsets into the text that was tagged; ``type`` and
    ``value`` follow TimeML TIMEX3 (DATE/TIME/DURATION/SET; "2020-09-27", "P3M", "PAST_REF").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    interval: Interval | None = None
    certainty: Certainty = Certainty.EXACT
    direction: Direction = Direction.UNKNOWN
    granularity: Granularity = Granularity.UNKNOWN
    anchor: str = "dct"  # "dct", "narrative" (the last mentioned date) or "none"
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's text, with its offsets into that text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: sentences of the article, in article order."""

    article_id: str
    sentences: tuple[str, ...]
    algorithm: str = "default"


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything the per-article stages learn about one article (cacheable, pure)."""

    article: Article
    body: str  # the cleaned body that sentences and time expressions point into
    sentences: tuple[Sentence, ...]
    timexes: tuple[TimeExpression, ...]
    summary: Summary


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an event or key point comes from: one article (and the sentence it said)."""

    article_id: str
    title: str
    source: str
    published: date
    url: str | None = None
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or will happen) at a resolved date, with all its sources."""

    interval: Interval
    granularity: Granularity
    certainty: Certainty
    label: str  # how the date is shown: "2020-03-11", "~ late March 2020", "Oct–Dec 2020 (approx.)"
    text: str  # the clearest sentence reporting it
    sources: tuple[SourceRef, ...]
    value: str = ""  # the TIMEX3 value it came from
    score: float = 0.0
    sentences: tuple[str, ...] = ()  # all sentences shown for this date (text first)


@dataclass(frozen=True, slots=True)
class Period:
    """The period a briefing covers (both days inclusive); ``label`` names files ("2020-W11")."""

    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Timeline:
    period: Period | None
    events: tuple[Event, ...]  # the main timeline, sorted by date
    upcoming: tuple[Event, ...] = ()  # after the period, or vague and future ("the next few months")
    background: tuple[Event, ...] = ()  # before the period, referenced by its articles


@dataclass(frozen=True, slots=True)
class KeyPoint:
    text: str
    sources: tuple[SourceRef, ...]
    date: date | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read as an article, and why (one line, for people)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    sources: int
    skipped: int
    events: int
    first_published: date | None = None
    last_published: date | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    """The finished briefing: everything a renderer needs, nothing it must compute."""

    title: str
    period: Period
    made: date  # a date, not a time: from SOURCE_DATE_EPOCH when set
    key_points: tuple[KeyPoint, ...]
    timeline: Timeline
    articles: tuple[ArticleAnalysis, ...]  # all of them, most important first; documents show template.article_cap
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]  # lossless notes: duplicates dropped, links not linked, truncations
    stats: Stats
    tool_version: str
    template: str = "weekly"
    extra: dict[str, str] = field(default_factory=dict)
