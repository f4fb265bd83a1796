"""Dates stage: find temporal expressions and resolve them against the publication date.

    recognise  head-word pass + anchored rules -> hits           (recognise.py; rules as data in
                                                                  patterns.py, words in lexicon.py)
    normalise  hit -> TIMEX3 type/value, by tense and narrative  (absolute.py, days.py, units.py,
                                                                  durations.py; shared state in
                                                                  context.py, tense.py, values.py)
    describe   value -> interval, certainty, direction, grain    (intervals.py, calc.py)
    label      interval, grain, certainty -> what readers see     (labels.py: "~ late March 2020";
                                                                  the timeline and the renderers)

``resolve_dates(text, dct)`` runs them in order (resolver.py). It is imported on first use: the
renderers read ``labels`` in processes that resolve nothing (a warm re-run), and compiling the
resolver's patterns would cost them a third of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.temporal.resolver import resolve_dates

__all__ = ["resolve_dates"]


def __getattr__(name: str) -> Any:
    if name == "resolve_dates":
        from briefing.temporal.resolver import resolve_dates

        return resolve_dates
    raise AttributeError(f"module 'briefing.temporal' has no attribute {name!r}")
