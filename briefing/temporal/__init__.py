"""Dates stage: find temporal expressions and resolve them against the publication date.

    recognise  head-word pass + anchored rules -> hits           (recognise.py; rules as data in
                                                                  patterns.py, words in lexicon.py)
    normalise  hit -> TIMEX3 type/value, by tense and narrative  (absolute.py, days.py, units.py,
                                                                  durations.py; shared state in
                                                                  context.py, tense.py, values.py)
    describe   value -> interval, certainty, direction, grain    (intervals.py, calc.py)
    label      interval, grain, certainty -> what readers see     (labels.py: "~ late March 2020";
                                                                  the timeline and the renderers)

``resolve_dates(text, dct)`` runs them in order (resolver.py).
"""

from __future__ import annotations

from briefing.temporal.resolver import resolve_dates

__all__ = ["resolve_dates"]
