"""The same articles give the same timeline, whatever the process (hash seeds differ per run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from timeline_factory import build_analysis, on
from briefing.model import Period
from briefing.timeline import build_timeline, timeline_rows
from datetime import date
texts = [
    "The regional council approved the new tram line on Monday after a long debate.",
    "On Monday the council approved the tram line, ending a debate that lasted two years.",
    "Tram line approved: the council voted for the project on Monday evening, officials said.",
    "Shops near the old station reported record sales on Monday as the holiday began.",
    "The tram line will open to passengers on 1 June next year, the council said on Tuesday.",
]
analyses = [build_analysis(f"a{i}", "2021-05-04", [t, "Residents have mixed views about the change."],
                           [on(0, "Monday" if "Monday" in t else "Tuesday",
                               "2021-05-03" if "Monday" in t else "2021-05-04")])
            for i, t in enumerate(texts)]
timeline = build_timeline(analyses, period=Period(date(2021, 5, 1), date(2021, 5, 7), "w"), sentences_per_date=3)
print(json.dumps(timeline_rows(timeline)))
"""


def test_timeline_does_not_depend_on_the_hash_seed() -> None:
    here = Path(__file__).parent
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", SCRIPT, str(here)], capture_output=True, text=True,
                             env=env, check=True, timeout=60)
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])  # and it is a non-empty timeline
