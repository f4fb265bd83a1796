"""Briefings built by hand for the renderer tests: a realistic week and a hostile one.

Imported by conftest.py and the tests (a unique module name: tests/ has no packages).

All text here is invented for the tests.
"""

from __future__ import annotations

from datetime import date, timedelta

from briefing.model import (
    Article,
    ArticleAnalysis,
    Briefing,
    Certainty,
    Event,
    Granularity,
    Interval,
    KeyPoint,
    Period,
    Sentence,
    Skipped,
    SourceRef,
    Stats,
    Summary,
    TimeExpression,
    Timeline,
)

START = date(2020, 3, 2)
OUTLETS = ("Harbour Gazette", "Northern Wire", "City Ledger", "Valley Times")
TOPICS = (
    (
        "Port authority approves harbour expansion",
        "The port authority approved a harbour expansion on Monday. Work starts in May. "
        "The plan adds two berths and a rail spur. Local fishers asked for a review of the dredging.",
    ),
    (
        "Council delays vote on bus fares",
        "The city council delayed its vote on bus fares until next week. Members asked for more data. "
        "Fares have not changed since 2018. A public hearing is planned for March 12.",
    ),
    (
        "Hospital opens new ward ahead of flu season",
        "The regional hospital opened a new ward on Tuesday. It has forty beds. "
        "Staff were hired in January. The ward will be fully staffed by early April.",
    ),
    (
        "Storm closes mountain road for three days",
        "A late winter storm closed the mountain road on Wednesday. Crews cleared snow overnight. "
        "The road reopened on Saturday. Officials warned of more snow in the coming weeks.",
    ),
    (
        "University announces new research centre",
        "The university announced a research centre for coastal science. It opens in September. "
        "Funding comes from a national grant awarded last year.",
    ),
    (
        "Local team wins regional final",
        "The local team won the regional final on Sunday. The match ended 3–1. "
        "The national round begins on 21 March.",
    ),
    (
        "Water utility plans price review",
        "The water utility will review prices in the second quarter. Customers can comment until 30 April. "
        "The last review took place in 2017.",
    ),
    (
        "Library extends opening hours",
        "The central library extended its opening hours from Monday. It now closes at 21:00. "
        "The change follows a survey held in February.",
    ),
    (
        "Airport reports record passenger numbers",
        "The airport reported record passenger numbers for February. Traffic grew by eight per cent. "
        "A new terminal is due in 2022.",
    ),
    (
        "Farmers protest over land rules",
        "Farmers protested in the capital on Thursday over new land rules. The ministry said talks continue. "
        "A decision is expected by the end of March.",
    ),
)


def _analysis(
    i: int,
    title: str,
    text: str,
    published: date,
    *,
    source: str,
    url: str | None,
    summary: tuple[str, ...] | None = None,
) -> ArticleAnalysis:
    sentences = []
    pos = 0
    for part in text.split(". "):
        s = part if part.endswith(".") else part + "."
        start = text.find(part, pos)
        sentences.append(Sentence(start, start + len(part), s))
        pos = start + len(part)
    chosen = summary if summary is not None else tuple(s.text for s in sentences[:3])
    timexes = (
        TimeExpression(
            0,
            6,
            "Monday",
            "DATE",
            published.isoformat(),
            Interval(published, published),
            Certainty.EXACT,
            granularity=Granularity.DAY,
        ),
        TimeExpression(
            10,
            20,
            "early April",
            "DATE",
            "2020-04",
            Interval(date(2020, 4, 1), date(2020, 4, 10)),
            Certainty.APPROXIMATE,
            granularity=Granularity.MONTH,
            mod="START",
        ),
    )
    article = Article(
        id=f"a{i:02d}",
        title=title,
        published=published,
        text=text,
        source=source,
        url=url,
        origin=f"feeds/week.jsonl:{i + 1}",
    )
    return ArticleAnalysis(article, text, tuple(sentences), timexes, Summary(article.id, chosen))


def _ref(a: ArticleAnalysis, sentence: str = "") -> SourceRef:
    art = a.article
    return SourceRef(art.id, art.title, art.source, art.published, art.url, sentence)


def make_briefing(n_articles: int = 10, *, template: str = "weekly") -> Briefing:
    """A realistic week: ``n_articles`` articles from four outlets, events, upcoming, key points."""
    analyses = []
    for i in range(n_articles):
        title, text = TOPICS[i % len(TOPICS)]
        if i >= len(TOPICS):
            title = f"{title} ({i // len(TOPICS) + 1})"
        published = START + timedelta(days=i % 7)
        analyses.append(
            _analysis(
                i,
                title,
                text,
                published,
                source=OUTLETS[i % 4],
                url=f"https://news.example.org/{i:02d}/story?id={i}&lang=en",
            )
        )
    events = []
    for k, a in enumerate(analyses[:8]):
        day = a.article.published
        events.append(
            Event(
                Interval(day, day),
                Granularity.DAY,
                Certainty.EXACT,
                day.isoformat(),
                a.summary.sentences[0],
                (_ref(a, a.summary.sentences[0]),),
                day.isoformat(),
                score=1.0 - k / 10,
            )
        )
    events.append(
        Event(
            Interval(date(2020, 3, 1), date(2020, 3, 10)),
            Granularity.MONTH,
            Certainty.APPROXIMATE,
            "~ early March 2020",
            "Crews cleared snow overnight.",
            (_ref(analyses[-1]),),
            "2020-03",
        )
    )
    events.sort(key=lambda e: e.interval.start)
    upcoming = (
        Event(
            Interval(date(2020, 3, 12), date(2020, 3, 12)),
            Granularity.DAY,
            Certainty.EXACT,
            "2020-03-12",
            "A public hearing is planned for March 12.",
            (_ref(analyses[min(1, n_articles - 1)]),),
            "2020-03-12",
        ),
        Event(
            Interval(date(2020, 4, 1), date(2020, 4, 10)),
            Granularity.MONTH,
            Certainty.APPROXIMATE,
            "~ early April 2020",
            "The ward will be fully staffed by early April.",
            (_ref(analyses[min(2, n_articles - 1)]),),
            "2020-04",
        ),
    )
    period = Period(START, START + timedelta(days=6), "2020-W10")
    key_points = tuple(
        KeyPoint(a.summary.sentences[0], (_ref(a),), a.article.published) for a in analyses[:5]
    )
    return Briefing(
        title="Regional news briefing",
        period=period,
        made=date(2020, 3, 9),
        key_points=key_points,
        timeline=Timeline(period, tuple(events), upcoming, ()),
        articles=tuple(analyses),
        skipped=(Skipped("feeds/broken.html", "no text found after removing markup"),),
        notes=("1 duplicate article dropped (same title and date)",),
        stats=Stats(
            n_articles,
            len({a.article.source for a in analyses}),
            1,
            len(events),
            START,
            START + timedelta(days=6),
        ),
        tool_version="0.1.0",
        template=template,
    )


HOSTILE_TITLE = "AT&T and S&P 500 <b>rally</b> as 0.1 <A <0.9"
ARABIC_NAME = "محمد بن سلمان"
DEVANAGARI = "नमस्ते दुनिया"  # no embedded font has Devanagari
HOSTILE_URL = "javascript:alert(document.cookie)"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller" * 2
LONG_URL = "https://example.org/" + "a-very-long-path-segment/" * 12 + "?q=1&x=<y>"


def make_hostile_briefing() -> Briefing:
    """Markup characters, three scripts, a javascript: link, control characters, no events."""
    base = make_briefing(3)
    text = (
        f"Shares of AT&T rose while the S&P 500 fell. Analysts said 0.1 <A <0.9 holds. "
        f"Minister Сергей Лавров met {ARABIC_NAME} and Κυριάκος Μητσοτάκης.\x0bThe tag <b> "
        f"stays literal. {LONG_WORD} appears at {LONG_URL} today."
    )
    hostile = _analysis(
        90,
        HOSTILE_TITLE,
        text,
        date(2020, 3, 4),
        source="Wire & <Co>",
        url=HOSTILE_URL,
        summary=(
            "Shares of AT&T rose while the S&P 500 fell.",
            "Analysts said 0.1 <A <0.9 holds.",
            f"Minister Сергей Лавров met {ARABIC_NAME} and Κυριάκος Μητσοτάκης.",
            f"A banner read {DEVANAGARI} in Delhi.",
            f"The tag <b> stays literal.\x0b{LONG_WORD} at {LONG_URL}.",
        ),
    )
    empty = _analysis(
        91, "Short note with no sentences", "", date(2020, 3, 5), source="Valley Times", url=None, summary=()
    )
    articles = (hostile, empty, *base.articles)
    return Briefing(
        title="Hostile <briefing> & friends",
        period=base.period,
        made=base.made,
        key_points=(
            KeyPoint(f"S&P 500 <i>fell</i>; {ARABIC_NAME} met Лавров.", (_ref(hostile),), date(2020, 3, 4)),
        ),
        timeline=Timeline(base.period, (), (), ()),
        articles=articles,
        skipped=(Skipped("feeds/evil\x0bname.txt", "not UTF-8 <text> & binary"),),
        notes=("link javascript:alert(1) not linked",),
        stats=Stats(len(articles), 3, 1, 0, base.period.start, base.period.end),
        tool_version="0.1.0",
    )
