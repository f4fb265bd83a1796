"""Score the timeline step on T17 the way the project is measured (news-tls protocol).

For each reference timeline of each topic: the articles published within the reference's
first and last date, ``max_dates`` = its number of dates, ``sentences_per_date`` = its mean
sentences per date (rounded), then date F1 and align+ m:1 ROUGE with the shared scorer,
averaged as news-tls does. Mirrors ``shared/eval/dev_check.py check_timeline`` but calls the
library directly (articles read through ingest, as the CLI reads them) and caches the
per-article analyses (keyed by the analysis code), so tuning the timeline takes seconds.

    python bench/timeline_eval.py [--topics h1n1,mj] [--show] [--no-cache] [--set NAME=VALUE ...]

``--set`` overrides a constant of ``briefing.timeline.tuning`` for this run (to try values).
``--grid NAME=V1,V2,...`` (repeatable) scores every combination of the listed values and checks
them leave-one-topic-out: for each topic, the settings that score best on the other topics
(mean date F1, then align R1), and what those score on the held-out topic (a range when the
other topics cannot tell the settings apart).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import itertools
import pickle
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.analyse import analyse_article  # noqa: E402
from briefing.model import Article, ArticleAnalysis, Period, Summary  # noqa: E402
from briefing.text.clean import clean_body  # noqa: E402
from briefing.text.sentences import split_sentences  # noqa: E402
from briefing.timeline import build_timeline, timeline_rows, tuning  # noqa: E402

SHARED = ROOT.parent / "shared"
T17 = SHARED / "corpora/tls/t17"
sys.path.insert(0, str(SHARED / "eval"))
import tls_eval  # noqa: E402

CACHE = Path("/tmp/timeline_eval_cache")


def code_hash() -> str:
    """A hash of the code the analyses depend on: a cached analysis is reused only while it holds."""
    h = hashlib.sha256()
    for folder in ("briefing/temporal", "briefing/text", "briefing/ingest"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            h.update(path.read_bytes())
    h.update((ROOT / "briefing/analyse.py").read_bytes())
    return h.hexdigest()[:16]


def load_articles(path: Path) -> list[Article]:
    """The topic's articles read as ``briefing timeline`` reads them (ingest: ids, derived titles)."""
    return list(ingest.load_articles([path]).articles)


def _without_dates(article: Article) -> ArticleAnalysis:
    body = clean_body(article.text, article.title)
    return ArticleAnalysis(article, body, tuple(split_sentences(body)), (), Summary(article.id, ()))


def analyses_for(topic: str, use_cache: bool, pinned: bool = False) -> list[ArticleAnalysis]:
    cache = CACHE / f"{topic}-{'pinned' if pinned else code_hash()}.pkl"
    if use_cache and cache.exists():
        return cast(list[ArticleAnalysis], pickle.loads(cache.read_bytes()))
    started = time.perf_counter()
    analyses, failed = [], 0
    for article in load_articles(T17 / topic / "articles.jsonl"):
        try:
            analyses.append(analyse_article(article))
        except Exception:  # the resolver is work in progress: score the rest, say how many failed
            failed += 1
            analyses.append(_without_dates(article))
    if failed:
        print(f"{topic}: analysis failed on {failed} articles (kept without dates)", file=sys.stderr)
    took = time.perf_counter() - started
    print(f"{topic}: analysed {len(analyses)} articles in {took:.1f} s", file=sys.stderr)
    CACHE.mkdir(exist_ok=True)
    cache.write_bytes(pickle.dumps(analyses))
    return analyses


def run(topics: list[str], use_cache: bool, show: bool, pinned: bool = False) -> dict[str, Any]:
    return _average(_scores(topics, use_cache, show, pinned))


def _scores(topics: list[str], use_cache: bool, show: bool, pinned: bool) -> list[tuple[str, dict[str, Any]]]:
    """(topic, scorer result) per reference timeline, printing one line each."""
    results: list[tuple[str, dict[str, Any]]] = []
    for topic in topics:
        analyses = analyses_for(topic, use_cache, pinned)
        for ref_path in sorted((T17 / topic / "timelines").glob("*.jsonl")):
            ref = tls_eval.load_timeline(ref_path)
            dates = sorted(ref)
            k = max(1, round(sum(len(v) for v in ref.values()) / len(ref)))
            period = Period(dates[0], dates[-1], "eval")
            in_period = [a for a in analyses if period.contains(a.article.published)]
            started = time.perf_counter()
            timeline = build_timeline(in_period, period=period, max_dates=len(dates), sentences_per_date=k)
            took = time.perf_counter() - started
            pred = {date.fromisoformat(r["date"]): r["summary"] for r in timeline_rows(timeline)}
            res = tls_eval.evaluate(pred, [ref])
            results.append((topic, res))
            hits = len(set(pred) & set(ref))
            print(f"{topic}/{ref_path.stem}: date F1 {res['date_f1']['f_score']:.3f} ({hits}/{len(ref)}), "
                  f"align R1 {res['align_m1']['rouge_1']['f_score']:.3f} "
                  f"R2 {res['align_m1']['rouge_2']['f_score']:.3f}"
                  f"  [{len(in_period)} articles, k={k}, {took:.2f} s]")
            if show:
                for d in sorted(set(pred) | set(ref)):
                    mark = "=" if d in pred and d in ref else ("+" if d in pred else "-")
                    print(f"  {mark} {d}  {(pred.get(d) or ['-'])[0][:110]}")
    return results


def _average(results: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    av = tls_eval.average([res for _, res in results])
    print(f"T17 dev, {av['n_runs']} timelines: date F1 {av['date_f1']['f_score']:.3f}, "
          f"align+ m:1 R1 {av['align_m1']['rouge_1']['f_score']:.3f}, "
          f"R2 {av['align_m1']['rouge_2']['f_score']:.3f}")
    return cast(dict[str, Any], av)


def _set(name: str, value: str) -> None:
    setattr(tuning, name, type(getattr(tuning, name))(value))


def grid(axes: dict[str, list[str]], topics: list[str], use_cache: bool, pinned: bool) -> None:
    """Every combination of ``axes``, then leave-one-topic-out over ``topics``."""
    table: list[tuple[dict[str, str], dict[str, tuple[float, float]]]] = []
    for values in itertools.product(*axes.values()):
        setting = dict(zip(axes, values, strict=True))
        for name, value in setting.items():
            _set(name, value)
        with contextlib.redirect_stdout(io.StringIO()):
            results = _scores(topics, use_cache, False, pinned)
        per_topic = {}
        for topic in topics:
            av = tls_eval.average([res for t, res in results if t == topic])
            per_topic[topic] = (av["date_f1"]["f_score"], av["align_m1"]["rouge_1"]["f_score"])
        overall = tls_eval.average([res for _, res in results])
        table.append((setting, per_topic))
        print(f"{setting}: " + ", ".join(f"{t} {f:.3f}/{r:.3f}" for t, (f, r) in per_topic.items())
              + f"; all {overall['date_f1']['f_score']:.3f}/{overall['align_m1']['rouge_1']['f_score']:.3f}")
    for held in topics:
        others = [t for t in topics if t != held]

        def fit(row: tuple[dict[str, str], dict[str, tuple[float, float]]],
                others: list[str] = others) -> tuple[float, float]:
            return (round(sum(row[1][t][0] for t in others) / len(others), 6),
                    round(sum(row[1][t][1] for t in others) / len(others), 6))

        best = max(fit(row) for row in table)
        chosen = [row for row in table if fit(row) == best]
        held_out = sorted(row[1][held][0] for row in chosen)
        print(f"leave out {held}: best on {','.join(others)} date F1 {best[0]:.3f} ({len(chosen)} settings) "
              f"-> {held} date F1 {held_out[0]:.3f}–{held_out[-1]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="h1n1,mj")
    ap.add_argument("--show", action="store_true", help="print predicted and reference dates")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--pinned", action="store_true",
                    help="reuse one snapshot of the analyses while the analysis code changes under you")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a constant of briefing.timeline.tuning")
    ap.add_argument("--grid", action="append", default=[], metavar="NAME=V1,V2,...",
                    help="score every combination of these values, with leave-one-topic-out")
    args = ap.parse_args()
    for assignment in args.set + args.grid:
        name = assignment.partition("=")[0]
        if not hasattr(tuning, name):
            ap.error(f"briefing.timeline.tuning has no constant {name}")
    for assignment in args.set:
        _set(*assignment.split("=", 1))
    topics = args.topics.split(",")
    if args.grid:
        axes = {a.partition("=")[0]: a.partition("=")[2].split(",") for a in args.grid}
        grid(axes, topics, not args.no_cache, args.pinned)
    else:
        run(topics, not args.no_cache, args.show, args.pinned)


if __name__ == "__main__":
    main()
