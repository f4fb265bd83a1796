#!/usr/bin/env python3
"""Key points against what the reference timelines say happened in their week: a proxy.

No reference exists for a weekly briefing's key points. The Timeline17 development topics come
with journalists' timelines, so for each ISO week of a topic's ``--weekly`` build the key points
are scored (ROUGE-1 and ROUGE-2 F, and ROUGE-1 recall) against the summaries those timelines
give for the days of that week, and averaged over the weeks with at least ``--min-articles``
articles and a reference entry. It tells whether a change to the rating picks what journalists
thought mattered, not whether the key points read well: read them too.

    python bench/keypoints_eval.py                          # h1n1 and mj, the current constants
    python bench/keypoints_eval.py --set LEDE_BONUS=0.5      # a constant of briefing.keypoints
    python bench/keypoints_eval.py --show                   # each week's key points and score

Reads ../shared/corpora (research data: scores only, nothing copied). Not run by the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
T17 = SHARED / "corpora" / "tls" / "t17"
sys.path.insert(0, str(SHARED / "eval"))


def references(topic: str) -> dict[date, list[str]]:
    """Every reference timeline of ``topic``, merged: day -> summaries."""
    import tls_eval

    merged: dict[date, list[str]] = {}
    for path in sorted((T17 / topic / "timelines").glob("*.jsonl")):
        for day, sentences in tls_eval.load_timeline(path).items():
            merged.setdefault(day, []).extend(sentences)
    return merged


def weekly_briefings(topic: str) -> list[Any]:
    from briefing.options import make_options
    from briefing.pipeline import build

    out = Path(tempfile.mkdtemp(prefix="kp-eval-"))
    options = make_options(out_dir=out, formats="json", weekly=True, jobs=2)
    return list(build([T17 / topic / "articles.jsonl"], options).briefings)


def score(topics: list[str], min_articles: int, show: bool) -> dict[str, float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    r1, r2, rec, words = [], [], [], []
    for topic in topics:
        refs = references(topic)
        for briefing in weekly_briefings(topic):
            period = briefing.period
            gold = [s for day, sentences in sorted(refs.items()) if period.contains(day) for s in sentences]
            if not gold or len(briefing.articles) < min_articles:
                continue
            predicted = [p.text for p in briefing.key_points]
            s = scorer.score(" ".join(gold), " ".join(predicted))
            r1.append(s["rouge1"].fmeasure)
            r2.append(s["rouge2"].fmeasure)
            rec.append(s["rouge1"].recall)
            words.append(sum(len(p.split()) for p in predicted))
            if show:
                print(f"{topic} {period.label}: R1 {s['rouge1'].fmeasure:.3f} R2 {s['rouge2'].fmeasure:.3f} "
                      f"({len(briefing.articles)} articles)")
                for p in predicted:
                    print(f"    - {p[:150]}")
    return {"weeks": len(r1), "R1": statistics.mean(r1), "R2": statistics.mean(r2),
            "R1 recall": statistics.mean(rec), "words": statistics.mean(words)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", default="h1n1,mj")
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a constant of briefing.keypoints")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("BRIEFING_CACHE_DIR", str(REPO / "bench" / ".cache"))
    from briefing import keypoints

    for item in args.set:
        name, value = item.split("=", 1)
        setattr(keypoints, name, type(getattr(keypoints, name))(value))
    result = score(args.topics.split(","), args.min_articles, args.show)
    print(f"{result['weeks']} weeks: key points R1 {result['R1']:.4f} R2 {result['R2']:.4f} "
          f"(R1 recall {result['R1 recall']:.4f}), {result['words']:.1f} words")


if __name__ == "__main__":
    main()
