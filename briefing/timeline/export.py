"""The timeline for machines and terminals: jsonl rows, CSV, and a rich table.

``timeline_rows`` is the contract evaluators read (``briefing timeline --format jsonl``): only
the main timeline, one row per day-precise date, sorted by date. The table shows all three
parts for a person.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from briefing.model import Event, Granularity, Timeline

# "date" and "end" are the interval's first and last day: read "label" for how precise it is.
CSV_FIELDS = ("part", "date", "end", "label", "certainty", "text", "sources", "score")


def timeline_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """The main timeline as jsonl rows: ``{"date", "summary", "sources", "label", "score"}``."""
    rows = []
    for event in sorted(timeline.events, key=lambda e: e.interval.start):
        if event.interval.days != 1 or event.granularity not in (Granularity.DAY, Granularity.TIME):
            continue
        if timeline.period and not timeline.period.contains(event.interval.start):
            continue
        rows.append({
            "date": event.interval.start.isoformat(),
            "summary": list(event.sentences or (event.text,)),
            "sources": [_source_dict(s) for s in event.sources],
            "label": event.label,
            "certainty": event.certainty.value,
            "score": event.score,
        })
    return rows


def _source_dict(source: Any) -> dict[str, Any]:
    return {"article_id": source.article_id, "source": source.source, "title": source.title,
            "published": source.published.isoformat(), "url": source.url}


def _parts(timeline: Timeline) -> list[tuple[str, tuple[Event, ...]]]:
    return [("main", timeline.events), ("upcoming", timeline.upcoming), ("background", timeline.background)]


def timeline_csv(timeline: Timeline) -> str:
    """All three parts as CSV (one line per shown sentence), with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for part, events in _parts(timeline):
        for event in events:
            names = "; ".join(dict.fromkeys(s.source or s.article_id for s in event.sources))
            for sentence in event.sentences or (event.text,):
                writer.writerow((part, event.interval.start.isoformat(), event.interval.end.isoformat(),
                                 event.label, event.certainty.value, sentence, names, f"{event.score:g}"))
    return out.getvalue()


_TITLES = {"main": "Timeline", "upcoming": "Upcoming / ongoing", "background": "Background"}


def timeline_table(timeline: Timeline) -> Group:
    """A rich renderable: the main timeline, then upcoming / ongoing and background, when present."""
    period = timeline.period
    tables = []
    for part, events in _parts(timeline):
        if not events and part != "main":
            continue
        title = _TITLES[part]
        if part == "main" and period:
            title += f" {period.start.isoformat()} – {period.end.isoformat()}"
        table = Table(title=title, title_justify="left", show_lines=True, expand=False)
        table.add_column("Date", no_wrap=True, style="bold")
        table.add_column("What happened" if part != "upcoming" else "What is coming", ratio=1)
        table.add_column("Sources", max_width=28)
        for event in events:
            text = Text("\n".join(f"• {s}" for s in (event.sentences or (event.text,))))
            table.add_row(event.label, text, _sources_cell(event))
        if not events:
            table.add_row("—", Text("No dated events found in this period.", style="italic"), "")
        tables.append(table)
    return Group(*tables)


def _sources_cell(event: Event) -> str:
    names = list(dict.fromkeys(s.source or s.article_id for s in event.sources))
    shown = ", ".join(names[:3])
    if len(names) > 3:
        shown += f" +{len(names) - 3}"
    return f"{shown} ({len(event.sources)} art.)" if len(event.sources) > 1 else shown
