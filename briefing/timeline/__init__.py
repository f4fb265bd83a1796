"""Timeline stage: events across articles, merged, ranked, cut to the period.

    from briefing.timeline import build_timeline, timeline_rows, timeline_csv, timeline_table

The modules, in the order the step uses them: ``duplicates`` (wire copies count once),
``candidates`` (dated sentences, cleaned by ``sentences``; ``evidence`` says which dates place
no event: plans given up, page stamps), ``rank`` (date weights, stories
within a date, with ``vectors``), ``build`` (the parts of a timeline, ``labels`` for dates),
``export`` (jsonl rows, CSV, terminal table). Tuned constants live in ``tuning``.
"""

from __future__ import annotations

from briefing.temporal.labels import date_label
from briefing.timeline.build import build_timeline
from briefing.timeline.export import timeline_csv, timeline_rows, timeline_table

__all__ = ["build_timeline", "date_label", "timeline_csv", "timeline_rows", "timeline_table"]
