"""The pipeline: one function runs the named stages in order.

    1. ingest     read files and folders into Articles (unreadable inputs become Skipped)
    2. dates      resolve every temporal expression against its article's publication date
    3. summarise  an extractive summary of each article
                  (2 and 3 are the per-article stages: run together, in parallel, cached)
    4. timeline   events across articles, merged, ranked, cut to the period
    5. assemble   key points, article order, stats: a finished Briefing
    6. render     PDF / DOCX / JSON / Markdown bytes, written atomically

Each stage is a function you can call on its own; ``build`` strings them together.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from briefing import __version__
from briefing.cache import AnalysisCache, default_cache_path
from briefing.errors import BriefingError
from briefing.ingest import IngestResult, load_articles
from briefing.keypoints import Prepared, StockText, key_points, prepare, stock_window
from briefing.model import (
    Article,
    ArticleAnalysis,
    Briefing,
    Period,
    Skipped,
    Stats,
    Timeline,
)
from briefing.options import Options
from briefing.outputs import check_output_dir, write_atomic
from briefing.periods import range_period, today, week_period, weekly_periods
from briefing.records import Record
from briefing.render import renderer
from briefing.runner import Progress, analyse_records, start_forked
from briefing.timeline import build_timeline


@dataclass(frozen=True)
class BuildResult:
    """What a build did: files written, briefings made, inputs skipped, lossless notes."""

    paths: tuple[Path, ...]
    briefings: tuple[Briefing, ...]
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]


def build(inputs: Sequence[str | Path], options: Options, *,
          progress: Callable[[int, int], Progress] | None = None) -> BuildResult:
    """Run ingest → dates → summarise → timeline → assemble → render; return what was written.

    ``progress(total, done_so_far)`` may return a callback advanced once per analysed article.
    """
    check_output_dir(options.out_dir)  # refuse an unusable --out before any work
    ingested = ingest(inputs, options)  # 1
    articles = ingested.articles
    start, end = options.start, options.end
    if options.week:  # the week is the period
        week = week_period(options.week)
        start, end = week.start, week.end
    days = sorted(a.published for a in articles)
    if start or end:  # the period's articles, and those around it that tell its stock text
        first, last = stock_window(start, end, days)
        articles = tuple(a for a in articles if _within(a.published, first, last))
    records, failed = analyse(articles, options, progress)  # 2 + 3
    # (an article analysed only for the stock text around the period is not the period's loss)
    failed = [r for r in failed if _within(r.analysis.article.published, start, end)]
    if failed:
        ingested = replace(ingested, skipped=(*ingested.skipped, *skipped(failed)))
    with _long_lived():
        return _brief(records, ingested, options, start, end, days)


def _within(day: date, first: date | None, last: date | None) -> bool:
    """Whether ``day`` lies from ``first`` to ``last`` (None: open on that side)."""
    return (first is None or day >= first) and (last is None or day <= last)


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """The garbage collector told to skip the objects alive now (``gc.freeze``) until the block ends.

    The records (~100 objects an article) live to the end of the build and hold no cycles, but
    every full collection would walk them all again: at 4,000 articles that was about a fifth of
    a warm run's time. Unfrozen afterwards, so a library caller's process collects as usual.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _brief(records: Sequence[Record], ingested: IngestResult, options: Options,
           start: date | None, end: date | None, days: Sequence[date]) -> BuildResult:
    """Stages 4–6 for each period: of ``records`` published from ``start`` to ``end`` (the others
    are around the period, for its stock text; ``days``: every input article's day, sorted)."""
    analyses = [r.analysis for r in records]
    points = {r.analysis.article.id: r.points for r in records}  # per-article parts of the key points
    periods = choose_periods([a for a in analyses if _within(a.article.published, start, end)], options)
    # Stock text is a site's habit, seen over weeks of articles, not one week's few.
    stock_of = StockText(analyses, points)
    made = today()  # the 'date made': SOURCE_DATE_EPOCH's day when set (reproducible builds)
    paths: list[Path] = []
    briefings: list[Briefing] = []
    for period in periods:
        chosen = [r for r in records if period.contains(r.analysis.article.published)]
        in_period = [r.analysis for r in chosen]
        timeline_of = start_forked(partial(make_timeline, chosen, period, options),  # 4
                                   enabled=options.jobs > 1)
        # Meanwhile (with --jobs > 1, the timeline is built in a forked process): the part of the
        # key points that does not depend on the timeline, and the renderers' start-up.
        prepared = prepare(in_period, points, stock_of.around(*stock_window(period.start, period.end, days)))
        _warm_up_renderers(options)
        timeline = timeline_of()
        briefing = assemble(in_period, timeline, period, ingested, options, made, prepared)  # 5
        paths.extend(render(briefing, options))  # 6
        briefings.append(briefing)
    return BuildResult(tuple(paths), tuple(briefings), ingested.skipped, ingested.notes)


def ingest(inputs: Sequence[str | Path], options: Options) -> IngestResult:
    """Stage 1: read the inputs; fail only when nothing at all can be read."""
    result = load_articles(inputs, max_chars=options.max_chars)
    if not result.articles:  # the error says why, as the skipped lines would have (one line)
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in result.skipped[:2])
        more = f"; and {len(result.skipped) - 2} more" if len(result.skipped) > 2 else ""
        why = f" ({len(result.skipped)} skipped: {reasons}{more})" if result.skipped else ""
        raise BriefingError(f"no articles found in {', '.join(map(str, inputs)) or 'the input'}{why}")
    return result


def analyse(articles: Sequence[Article], options: Options,
            progress: Callable[[int, int], Progress] | None = None) -> tuple[list[Record], list[Record]]:
    """Stages 2 and 3: dates and summaries for every article (parallel, cached), each with what
    later stages derive from it alone; and apart, the articles an internal error met analysing
    (empty records whose ``problem`` says why: one bug must not cost a scheduled run)."""
    tick = progress(len(articles), 0) if progress else None
    records = analyse_records(articles, options.analysis, jobs=options.jobs, use_cache=options.use_cache,
                              progress=tick)
    failed = [r for r in records if r.problem]
    return ([r for r in records if not r.problem] if failed else records), failed


def skipped(failed: Sequence[Record]) -> tuple[Skipped, ...]:
    """The articles of ``failed`` records as skipped inputs, each named with its problem."""
    return tuple(Skipped(r.analysis.article.origin or r.analysis.article.id, r.problem) for r in failed)


def make_timeline(records: Sequence[Record], period: Period | None, options: Options) -> Timeline:
    """Stage 4: the timeline of ``records`` (``period`` None: the articles' own span)."""
    return build_timeline([r.analysis for r in records], period=period, max_dates=options.max_dates,
                          sentences_per_date=options.sentences_per_date, features=[r.features for r in records])


def choose_periods(analyses: Sequence[ArticleAnalysis], options: Options) -> list[Period]:
    """The periods to brief on: one per ISO week with --weekly, else exactly one."""
    published = [a.article.published for a in analyses]
    if options.weekly:
        return weekly_periods(published)
    if options.week:
        return [week_period(options.week)]
    return [range_period(options.start, options.end, published)]


def rank_articles(analyses: Sequence[ArticleAnalysis], timeline: Timeline) -> list[ArticleAnalysis]:
    """Most important first: articles cited by more timeline events (an event whose date weighs
    more counts a little more), then the newest. (Events come in date order: counting the earlier
    ones more, as this once did, favoured the period's first days.)"""
    top = max((ev.score for ev in timeline.events), default=0.0) or 1.0
    cited: dict[str, float] = {}
    for ev in timeline.events:
        for ref in ev.sources:
            cited[ref.article_id] = cited.get(ref.article_id, 0.0) + 1.0 + ev.score / top
    return sorted(analyses, key=lambda a: (-cited.get(a.article.id, 0.0), -a.article.published.toordinal(),
                                           a.article.id))


def assemble(analyses: Sequence[ArticleAnalysis], timeline: Timeline, period: Period,
             ingested: IngestResult, options: Options, made: date,
             prepared: Prepared | None = None) -> Briefing:
    """Stage 5: key points, article order and stats into a finished Briefing."""
    ordered = rank_articles(analyses, timeline)
    kps = tuple(key_points(ordered, options.key_points, prepared=prepared)) if ordered else ()
    sources = {a.article.source for a in analyses if a.article.source}
    pubs = [a.article.published for a in analyses]
    stats = Stats(articles=len(analyses), sources=len(sources), skipped=len(ingested.skipped),
                  events=len(timeline.events) + len(timeline.upcoming) + len(timeline.background),
                  first_published=min(pubs) if pubs else None, last_published=max(pubs) if pubs else None)
    title = options.title or default_title(period)
    return Briefing(title=title, period=period, made=made, key_points=kps, timeline=timeline,
                    articles=tuple(ordered), skipped=ingested.skipped, notes=ingested.notes, stats=stats,
                    tool_version=__version__, template=options.template.name)


def default_title(period: Period) -> str:
    """'Weekly briefing: week 11, 2020' for an ISO week, else 'News briefing' (the documents show
    the dates themselves, so the title does not repeat them)."""
    if "-W" in period.label:
        year, week = period.label.split("-W")
        return f"Weekly briefing: week {int(week)}, {year}"
    return "News briefing"


def output_stem(period: Period) -> str:
    return f"briefing-{period.label}"


def render(briefing: Briefing, options: Options) -> list[Path]:
    """Stage 6: every requested format, rendered to bytes first, then each file written atomically."""
    stem = output_stem(briefing.period)
    rendered = _render_formats(briefing, options)
    blobs = [(options.out_dir / f"{stem}.{fmt}", rendered[fmt]) for fmt in options.formats]
    for path, data in blobs:
        write_atomic(path, data)
    return [p for p, _ in blobs]


def _render_formats(briefing: Briefing, options: Options) -> dict[str, bytes]:
    """Each format's bytes. With --jobs > 1 the DOCX is rendered in a forked process while the PDF
    is laid out here (the DOCX takes a third of the PDF's time); the bytes are the same either
    way, since each renderer depends on the briefing and template alone."""
    formats = list(dict.fromkeys(options.formats))
    if _draws_chart(briefing, options):
        # Drawn once, here, before the DOCX is forked: both documents then take it from the
        # chart module's memo instead of each spending ~0.5 s in matplotlib.
        from briefing.render.chart import render_chart

        render_chart(briefing, options.template)
    parallel = options.jobs > 1 and "pdf" in formats and "docx" in formats
    docx = start_forked(lambda: renderer("docx")(briefing, options.template)) if parallel else None
    out = {fmt: _render_pdf(briefing, options) if fmt == "pdf" else renderer(fmt)(briefing, options.template)
           for fmt in formats if not (docx and fmt == "docx")}
    if docx:
        out["docx"] = docx()
    return out


def _render_pdf(briefing: Briefing, options: Options) -> bytes:
    """The PDF, offered the layout the last PDF of this period, title and template had (kept in
    the cache): a re-run whose pages come out the same is laid out once instead of twice."""
    from briefing.render.pdf import render_pdf_with_layout
    from briefing.render.pdf_sections import Pass

    if not options.use_cache:
        return render_pdf_with_layout(briefing, options.template)[0]
    key = hashlib.sha256(repr((__version__, briefing.period.label, briefing.title, options.template))
                         .encode("utf-8", "surrogatepass")).hexdigest()
    cache = AnalysisCache(default_cache_path())
    try:
        stored = cache.get_layout(key)
        data, layout = render_pdf_with_layout(briefing, options.template, Pass.from_json(stored) if stored else None)
        cache.put_layout(key, layout.to_json())
    finally:
        cache.close()
    return data


def _draws_chart(briefing: Briefing | None, options: Options) -> bool:
    """Whether a document of this build shows the chart (``briefing`` None: may show it)."""
    return ("chart" in options.template.sections and bool({"pdf", "docx"} & set(options.formats))
            and (briefing is None or bool(briefing.articles)))


def _warm_up_renderers(options: Options) -> None:
    """Import the renderers and matplotlib, and register the PDF fonts (~2 s in all), while the
    timeline is built elsewhere."""
    for fmt in options.formats:
        renderer(fmt)
    if "pdf" in options.formats:
        from briefing.render.fonts import families_for, register_fonts

        register_fonts(families_for(options.template.fonts.body, options.template.fonts.headings))
    if _draws_chart(None, options):
        import matplotlib.backends.backend_agg
        import matplotlib.figure  # noqa: F401
