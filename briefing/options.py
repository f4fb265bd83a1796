"""One options object, built in one place from CLI flags over the template's defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefing.analyse import AnalysisOptions
from briefing.errors import UsageError
from briefing.ingest import DEFAULT_MAX_CHARS
from briefing.periods import week_period
from briefing.render import FORMATS
from briefing.template import Template, load_template


@dataclass(frozen=True)
class Options:
    """Everything a build needs to know, already validated."""

    template: Template
    out_dir: Path = Path("reports")
    formats: tuple[str, ...] = ("pdf", "docx")
    start: date | None = None
    end: date | None = None
    week: str | None = None
    weekly: bool = False
    title: str | None = None
    jobs: int = 1
    use_cache: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    analysis: AnalysisOptions = field(default_factory=AnalysisOptions)
    max_dates: int | None = None
    sentences_per_date: int = 2
    key_points: int = 5


def parse_formats(spec: str) -> tuple[str, ...]:
    """``"pdf,docx"`` → ("pdf", "docx"); unknown formats are a usage error naming them."""
    wanted = tuple(dict.fromkeys(f.strip().lower().lstrip(".") for f in spec.split(",") if f.strip()))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or spec!r}; choose from {', '.join(FORMATS)}")
    return wanted


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def make_options(
    *,
    template: str = "weekly",
    out_dir: Path | str = "reports",
    formats: str | tuple[str, ...] = ("pdf", "docx"),
    start: date | None = None,
    end: date | None = None,
    week: str | None = None,
    weekly: bool = False,
    title: str | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    summary_sentences: int | None = None,
    algorithm: str = "default",
    max_dates: int | None = None,
    sentences_per_date: int | None = None,
) -> Options:
    """Merge explicit choices over the template's defaults and check they fit together."""
    tpl = load_template(template)
    if ((start or end) and (week or weekly)) or (week and weekly):
        raise UsageError("choose one period option: --from/--to, --week or --weekly")
    if max_chars < 1000:
        raise UsageError(f"--max-chars {max_chars} is too small; use at least 1000")
    if week:  # checked before any work; "last" is fixed once, at the start of the run
        week = week_period(week).label
    fmts = parse_formats(formats) if isinstance(formats, str) else parse_formats(",".join(formats))
    return Options(
        template=tpl,
        out_dir=Path(out_dir),
        formats=fmts,
        start=start,
        end=end,
        week=week,
        weekly=weekly,
        title=title,
        jobs=jobs if jobs and jobs > 0 else default_jobs(),
        use_cache=use_cache,
        max_chars=max_chars,
        analysis=AnalysisOptions(summary_sentences=summary_sentences or tpl.summary_sentences,
                                 algorithm=algorithm),
        max_dates=max_dates if max_dates is not None else tpl.max_dates,
        sentences_per_date=sentences_per_date or tpl.sentences_per_date,
        key_points=tpl.key_points,
    )
