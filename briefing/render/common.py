"""What every document shows, decided once: which articles, in which words, with which anchors.

The renderers (PDF, DOCX, Markdown) only lay these out. Nothing here re-parses article text or
resolves dates: it formats the dates the Briefing already holds, without locale dependence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from briefing.model import ArticleAnalysis, Briefing, Event, SourceRef, TimeExpression
from briefing.render.chart import chart_step
from briefing.render.text import clean, safe_url
from briefing.template import Template
from briefing.temporal.labels import date_label

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_DATES_SHOWN = 12  # "dates found" per article; more are counted, not listed
MAX_URL_SHOWN = 64  # characters of a link's text; the link itself stays whole
MAX_SOURCES_SHOWN = 4  # articles per timeline row or key point; the rest are counted ("+3")
# The contents list names each article only when the briefing shows at most this many: more would
# put pages of titles before the key points (26 articles took the PDF's first page and a half).
# Every article stays a bookmark in the PDF's outline and a link target in the DOCX. Readability.
MAX_CONTENTS_ARTICLES = 15


def format_day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_period(briefing: Briefing) -> str:
    """'2–8 Mar 2020 (2020-W10)', '28 Feb – 5 Mar 2020', '30 Dec 2019 – 5 Jan 2020'."""
    p = briefing.period
    if p.start == p.end:
        text = format_day(p.start)
    elif (p.start.year, p.start.month) == (p.end.year, p.end.month):
        text = f"{p.start.day}–{format_day(p.end)}"
    elif p.start.year == p.end.year:
        text = f"{p.start.day} {_MONTHS[p.start.month - 1]} – {format_day(p.end)}"
    else:
        text = f"{format_day(p.start)} – {format_day(p.end)}"
    label = clean(p.label).strip()
    # A label made of the dates themselves ("2020-02-10_2020-09-30") would only repeat them.
    named = label and p.start.isoformat() not in label and label not in text
    return f"{text} ({label})" if named else text


def anchor(index: int) -> str:
    """The internal link target of the article shown at ``index`` (0-based)."""
    return f"art-{index + 1}"


@dataclass(frozen=True)
class Shown:
    """The articles that get a section, and how to link to them."""

    articles: tuple[ArticleAnalysis, ...]
    total: int
    anchors: dict[str, str]  # article id -> anchor, for shown articles only

    @property
    def hidden(self) -> int:
        return self.total - len(self.articles)


def shown_articles(briefing: Briefing, template: Template) -> Shown:
    articles = briefing.articles[: template.article_cap]
    return Shown(articles, len(briefing.articles), {a.article.id: anchor(i) for i, a in enumerate(articles)})


def source_tokens(refs: tuple[SourceRef, ...], *, limit: int = 4) -> list[tuple[str, str | None]]:
    """The sources of an event or key point as (text, article id or None) pieces to lay out.

    One article per outlet shows the outlet's name ("Reuters"); several articles from one outlet
    show it once with each article's publication day ("Reuters 3 Mar, 5 Mar"; "Reuters 3 Mar (2)"
    for two that day). The article id lets a renderer link the piece to that article's section.
    Beyond ``limit`` articles a last piece counts the rest ("+3").
    """
    distinct: dict[str, SourceRef] = {}
    for ref in refs:
        distinct.setdefault(ref.article_id, ref)
    shown = list(distinct.values())[:limit]
    groups: dict[str, list[SourceRef]] = {}
    for ref in shown:
        name = clean(ref.source).strip() or clean(ref.title).strip() or ref.article_id
        groups.setdefault(name, []).append(ref)
    tokens: list[tuple[str, str | None]] = []
    for name, group in groups.items():
        if tokens:
            tokens.append(("; ", None))
        if len(group) == 1:
            tokens.append((name, group[0].article_id))
            continue
        tokens.append((name + " ", None))
        by_day: dict[date, list[SourceRef]] = {}
        for ref in sorted(group, key=lambda r: (r.published, r.article_id)):
            by_day.setdefault(ref.published, []).append(ref)
        for k, (day, same) in enumerate(by_day.items()):
            if k:
                tokens.append((", ", None))
            # A no-break space: "6 Mar" never splits across lines in a narrow column. Several
            # articles of one day show the day once, counted ("27 Apr (3)"), linked to the first.
            count = f"\u00a0({len(same)})" if len(same) > 1 else ""
            tokens.append((f"{day.day}\u00a0{_MONTHS[day.month - 1]}{count}", same[0].article_id))
    if len(distinct) > limit:
        tokens.append((f"; +{len(distinct) - limit}", None))
    return tokens


def display_url(url: str) -> str:
    """A link's visible text: host and path, shortened for the page (the link stays whole)."""
    parts = urlsplit(url)
    text = (parts.netloc + parts.path).rstrip("/") if parts.scheme in ("http", "https") else url
    text = text.removeprefix("www.")
    return text if len(text) <= MAX_URL_SHOWN else text[: MAX_URL_SHOWN - 1] + "…"


def article_link(analysis: ArticleAnalysis) -> str | None:
    return safe_url(analysis.article.url)


def contents_articles(shown: Shown, template: Template) -> tuple[ArticleAnalysis, ...]:
    """The articles the contents list names (see MAX_CONTENTS_ARTICLES), in the order shown."""
    if template.article_layout != "full" or len(shown.articles) > MAX_CONTENTS_ARTICLES:
        return ()
    return shown.articles


def shown_whole(analysis: ArticleAnalysis) -> bool:
    """True when the summary is the whole article (it has no more sentences than the summary)."""
    summary = analysis.summary.sentences
    return bool(summary) and len(analysis.sentences) <= len(summary)


def _date_text(tx: TimeExpression) -> str:
    """What an expression resolved to, as the timeline labels dates ("December 2019", "week of 2
    March 2020", "after 29 Apr 2009"), a day written out ("3 Mar 2020")."""
    assert tx.interval is not None
    if tx.interval.days == 1 and tx.certainty == "exact":
        return format_day(tx.interval.start)
    if tx.interval.days == 1 and tx.value not in ("FUTURE_REF", "PAST_REF"):
        # approximate or vague ("nowadays"), written as the exact days beside it: "~ 6 Mar 2020"
        return f"~ {format_day(tx.interval.start)}"
    return date_label(tx.interval, tx.granularity, tx.certainty, tx.value)


def unbroken(text: str) -> str:
    """``text`` with no-break spaces: a date ("17 Mar 2020") is not split across lines."""
    return text.replace(" ", "\u00a0")


#: A "Dates found" pair up to this many characters is kept on one line whole; a longer one (a
#: long range as written) may break in its written part, never in its date. (About a third of a
#: line of the small type the pairs are set in on A4, so no unbreakable run nears the margin.)
UNBROKEN_PAIR_CHARS = 40


def date_pair(text: str, resolved: str) -> str:
    """ "March 17 → 17 Mar 2020", for a "Dates found" list that wraps between its pairs."""
    pair = f"{text} → {resolved}"
    return unbroken(pair) if len(pair) <= UNBROKEN_PAIR_CHARS else f"{text} →\u00a0{unbroken(resolved)}"


def dates_found(analysis: ArticleAnalysis) -> tuple[list[tuple[str, str]], int]:
    """(text as written, resolved date) for the first distinct expressions, and how many more;
    not an expression that resolves to itself ("2020 → 2020" tells nothing), nor one that names
    no stretch of the calendar: a duration or a frequency ("five days", "every week") would only
    show its TIMEX3 value ("P5D"), which means nothing to a reader (the JSON briefing has it)."""
    seen: dict[tuple[str, str], None] = {}
    for tx in analysis.timexes:
        if tx.interval is None:
            continue
        text, resolved = clean(tx.text), _date_text(tx)
        if text.casefold() != resolved.casefold():
            seen.setdefault((text, resolved), None)
    pairs = list(seen)
    return pairs[:MAX_DATES_SHOWN], max(0, len(pairs) - MAX_DATES_SHOWN)


def outlet_counts(briefing: Briefing) -> list[tuple[str, int]]:
    counts = Counter(clean(a.article.source) or "unknown" for a in briefing.articles)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def cover_facts(briefing: Briefing, template: Template) -> list[tuple[str, str]]:
    labels, stats = template.labels, briefing.stats
    return [
        (labels.period, format_period(briefing)),
        (labels.made, briefing.made.isoformat()),
        (labels.articles, str(stats.articles)),
        (labels.sources, str(stats.sources)),
    ]


def timeline_events(briefing: Briefing) -> tuple[Event, ...]:
    """The main timeline (the pipeline already capped it by the options' ``max_dates``)."""
    return briefing.timeline.events


def section_events(briefing: Briefing, name: str) -> tuple[Event, ...]:
    """The events of the event table ``name`` ("timeline", "upcoming" or "background")."""
    parts = {"timeline": timeline_events(briefing), "upcoming": briefing.timeline.upcoming,
             "background": briefing.timeline.background}
    return parts[name]


EVENT_SECTIONS = ("timeline", "upcoming", "background")


def approx_note_after(briefing: Briefing, template: Template) -> str | None:
    """The event table that the note on approximate dates follows: the last one the template
    shows that has an approximate date (one note for the document, not one per table)."""
    marked = [name for name in template.sections if name in EVENT_SECTIONS
              and any(e.certainty != "exact" for e in section_events(briefing, name))]
    return marked[-1] if marked else None


def event_sentences(event: Event, template: Template) -> tuple[str, ...]:
    """The sentences a timeline row shows: up to the template's ``sentences_per_date``, else its text."""
    return event.sentences[: template.sentences_per_date] or (event.text,)


def section_title(name: str, template: Template, briefing: Briefing) -> str:
    labels = template.labels
    return {
        "contents": labels.contents,
        "key_points": labels.key_points,
        # a long period's chart has a bar a week ("Events and articles per week")
        "chart": labels.chart if chart_step(briefing.period) == 1 else labels.chart_weekly,
        "timeline": labels.timeline,
        "upcoming": labels.upcoming,
        "background": labels.background,
        "articles": labels.articles_section,
        "appendix": labels.appendix,
    }.get(name, name)


def section_has_content(briefing: Briefing, shown: Shown, name: str) -> bool:
    """Optional sections with nothing to say are left out rather than shown empty."""
    return {
        "key_points": bool(briefing.key_points),
        "upcoming": bool(briefing.timeline.upcoming),
        "background": bool(briefing.timeline.background),
        "articles": bool(shown.articles),
        "chart": bool(briefing.articles),
    }.get(name, True)
