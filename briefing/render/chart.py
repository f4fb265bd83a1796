"""The timeline chart: articles published and events dated per day across the period (PNG).

Drawn with matplotlib's object API on an Agg canvas (no pyplot, no global state), in DejaVu
Sans, and saved as an opaque PNG without metadata so the same briefing always gives the same bytes.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, timedelta

from briefing.model import Briefing, Period
from briefing.template import Template

DPI = 200  # sharp on paper at the template's size; ~60 KB for a week or a month
MM_PER_INCH = 25.4
BAR_WIDTH, BAR_SHIFT, STEM_SHIFT = 0.5, 0.12, 0.26  # in days; chosen by eye on week and month renders
MAX_DAILY_BINS = 62  # longer periods are drawn per week so the bars stay readable
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _label(day: date) -> str:
    """'3 Mar' without locale dependence (strftime %b follows the machine's locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def chart_step(period: Period) -> int:
    """Days a bar of the chart stands for: 1, or 7 over periods longer than MAX_DAILY_BINS days."""
    return 1 if (period.end - period.start).days + 1 <= MAX_DAILY_BINS else 7


def chart_series(briefing: Briefing) -> tuple[list[date], list[int], list[int], int]:
    """Bin starts, articles per bin, events per bin, and the bin width in days."""
    period = briefing.period
    days = (period.end - period.start).days + 1
    step = chart_step(period)
    starts = [period.start + timedelta(days=i) for i in range(0, days, step)]

    def bin_of(day: date) -> int:
        return (day - period.start).days // step

    articles = Counter(
        bin_of(a.article.published) for a in briefing.articles if period.contains(a.article.published)
    )
    # An event is drawn on its first day when its date is known to the day (or week); coarser
    # dates ("March", "the next few months") have no place on a daily axis.
    events = Counter(
        bin_of(e.interval.start)
        for e in briefing.timeline.events
        if period.contains(e.interval.start) and e.interval.days <= 7
    )
    return starts, [articles[i] for i in range(len(starts))], [events[i] for i in range(len(starts))], step


#: The last few charts drawn, by everything a chart depends on. One build draws the same chart
#: three times (the PDF is laid out twice for "Page X of Y", the DOCX once) and matplotlib takes
#: ~0.8 s a time; the key is the chart's data and styles, so a hit is the same bytes.
_DRAWN: dict[tuple[object, ...], bytes] = {}
_DRAWN_MAX = 4


def render_chart(briefing: Briefing, template: Template) -> bytes:
    """The chart as PNG bytes, sized by the template (``[chart] width_mm/height_mm``)."""
    starts, articles, events, step = chart_series(briefing)
    key = (tuple(starts), tuple(articles), tuple(events), step, template.colors, template.labels, template.chart)
    png = _DRAWN.get(key)
    if png is None:
        png = _draw(template, starts, articles, events, step)
        if len(_DRAWN) >= _DRAWN_MAX:
            _DRAWN.pop(next(iter(_DRAWN)))
        _DRAWN[key] = png
    return png


def _draw(template: Template, starts: list[date], articles: list[int], events: list[int], step: int) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator
    from PIL import Image

    colors, labels = template.colors, template.labels
    size = (template.chart.width_mm / MM_PER_INCH, template.chart.height_mm / MM_PER_INCH)
    fig = Figure(figsize=size, dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    xs = list(range(len(starts)))
    # Side by side within each day: the bar (articles) left, the stem (events) right, so equal
    # counts do not hide each other.
    ax.bar(
        [x - BAR_SHIFT for x in xs],
        articles,
        width=BAR_WIDTH,
        color=colors.chart_articles,
        label=labels.chart_articles,
        zorder=2,
    )
    event_x = [x + STEM_SHIFT for x, n in zip(xs, events, strict=True) if n]
    event_y = [n for n in events if n]
    ax.vlines(event_x, 0, event_y, colors=colors.chart_events, linewidth=1.1, zorder=3)
    ax.plot(
        event_x, event_y, "o", color=colors.chart_events, markersize=3.6, label=labels.chart_events, zorder=4
    )
    ax.set_xlim(-0.7, len(xs) - 0.3)
    ax.set_ylim(0, max([*articles, *events, 1]) * 1.18)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    every = max(1, len(xs) // 8)
    ticks = xs[::every]
    ax.set_xticks(ticks, [_label(starts[i]) for i in ticks])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(colors.muted)
    ax.tick_params(axis="both", labelsize=6.5, colors=colors.muted, length=0, pad=3)
    ax.grid(axis="y", color=colors.rule, linewidth=0.5, zorder=0)
    ax.legend(
        loc="upper left",
        fontsize=6.5,
        frameon=False,
        ncols=2,
        handlelength=1.2,
        bbox_to_anchor=(0, 1.16),
        borderaxespad=0,
    )
    if step > 1:
        ax.set_xlabel(labels.chart_per_week, fontsize=6.5, color=colors.muted)
    fig.subplots_adjust(left=0.04, right=0.995, top=0.84, bottom=0.16)

    drawn = io.BytesIO()
    fig.savefig(drawn, format="png", dpi=DPI)
    drawn.seek(0)
    # Opaque RGB: an alpha channel becomes a soft mask in the PDF, which some viewers tint grey.
    image = Image.open(drawn).convert("RGB")
    buf = io.BytesIO()
    # Written by Pillow with no text chunks: no software name or date, so the bytes never vary.
    image.save(buf, format="PNG", dpi=(DPI, DPI), optimize=False)
    return buf.getvalue()
