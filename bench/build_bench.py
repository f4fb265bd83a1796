#!/usr/bin/env python3
"""Build time and peak memory at scale, against the naive analysis on the same articles.

    python bench/build_bench.py                    # 500, 1000 and 4000 articles
    python bench/build_bench.py --sizes 500 --naive-limit 200

For each size N it writes N articles (the Timeline17 development articles from ../shared,
repeated with a distinct first line per copy so none is an exact duplicate) as one JSON Lines
file in a temporary folder outside the repository, then measures, in the same run:

- cold build: ``briefing build FILE --format pdf,docx`` with an empty cache folder;
- warm re-run with 1% new articles (a copy of the cold run's cache, N/100 articles added);

``--trials K`` repeats both K times and reports the medians (and every time): on a shared
2-core machine single timings vary by 20% and more.
- the naive analysis alone: per article ``dateparser.search_dates`` (DCT as RELATIVE_BASE) +
  sumy LexRank, 3 sentences (with our offline tokenizer, since sumy's default needs NLTK data).
  ``--naive-limit`` times only the first K articles and scales the time up linearly (it is
  ~5 articles/s; the full 4,000 take about 13 minutes).

The build runs from a snapshot of ``briefing/`` and ``templates/`` copied at the start, so
edits made to the working tree while the benchmark runs neither mix code versions within one
table nor invalidate the warm cache (its keys hash the analysis code). ``--briefing CMD``
runs an installed command instead.

Peak memory is the largest sum of RSS over the build process and all its children, sampled
every 50 ms from /proc. Not a test: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
T17 = REPO.parent / "shared" / "corpora" / "tls" / "t17"


def corpus(n: int, extra: int = 0) -> list[dict[str, str]]:
    # Ids are made unique across topics (the same BBC id occurs under two topics), so the
    # build spends no time and stderr on renaming duplicates.
    base = [{**json.loads(line), "topic": f.parent.name} for f in sorted(T17.glob("*/articles.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for i in range(n + extra):
        src = base[i % len(base)]
        copy = i // len(base)
        text = src["text"] if copy == 0 else f"Copy {copy} of report {src['id']}.\n{src['text']}"
        rows.append({"id": f"{src['topic']}-{src['id']}-{copy}", "date": src["date"], "title": src.get("title", ""),
                     "text": text, "source": f"outlet{copy % 7}"})
    return rows


def tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over ``pid`` and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for child in Path(f"/proc/{p}/task").iterdir():
                kids = (child / "children").read_text().split()
                stack.extend(int(k) for k in kids)
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int]:
    """(seconds, peak MB over the process tree, exit code); run in ``cwd`` (``-m`` puts it first on sys.path)."""
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    done.set()
    th.join()
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        sys.stderr.write(err[-2000:])
    return secs, peak / 1024, proc.returncode


def naive_seconds(rows: list[dict[str, str]], limit: int | None) -> float:
    """Time the naive analysis on ``rows`` (or on the first ``limit``, scaled up)."""
    sample = rows[:limit] if limit else rows
    return _naive_sample_seconds(json.dumps(sample)) * len(rows) / len(sample)


@functools.cache  # the sizes share their first articles: time one --naive-limit sample once
def _naive_sample_seconds(sample_json: str) -> float:
    script = (
        "import json, sys, datetime\n"
        "from dateparser.search import search_dates\n"
        "from sumy.parsers.plaintext import PlaintextParser\n"
        "from sumy.summarizers.lex_rank import LexRankSummarizer\n"
        "from sumy.nlp.stemmers import Stemmer\n"
        "from briefing.text.words import SumyTokenizer\n"
        "tok = SumyTokenizer()\n"
        "lex = LexRankSummarizer(Stemmer('english'))\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    o = json.loads(line)\n"
        "    base = datetime.datetime.fromisoformat(o['date'][:10])\n"
        "    search_dates(o['text'], languages=['en'], settings={'RELATIVE_BASE': base})\n"
        "    list(lex(PlaintextParser.from_string(o['text'], tok).document, 3))\n"
    )
    sample = json.loads(sample_json)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "naive.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(path)], check=True)
        secs = time.perf_counter() - t0
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="500,1000,4000")
    ap.add_argument("--naive-limit", type=int, default=None,
                    help="time the naive analysis on K articles, scaled (0: skip it)")
    ap.add_argument("--briefing", default=None, help="a briefing command to run (default: a snapshot of this tree)")
    ap.add_argument("--trials", type=int, default=1,
                    help="run the cold build and the warm re-run this many times each; report medians")
    args = ap.parse_args()
    if not T17.is_dir():
        sys.exit(f"skipped: {T17} not found (the Timeline17 development articles)")
    snap = Path(tempfile.mkdtemp(prefix="briefing-bench-code-"))
    for name in ("briefing", "templates"):
        shutil.copytree(REPO / name, snap / name, ignore=shutil.ignore_patterns("__pycache__"))
    base_cmd = args.briefing.split() if args.briefing else [sys.executable, "-m", "briefing"]
    try:
        run_sizes(args, base_cmd, snap)
    finally:
        shutil.rmtree(snap, ignore_errors=True)


def run_sizes(args: argparse.Namespace, base_cmd: list[str], snap: Path) -> None:
    print(f"{'articles':>8} {'M chars':>8} {'cold s':>8} {'peak MB':>8} {'pages':>6} {'warm+1% s':>10} "
          f"{'warm x':>7} {'naive s':>8} {'naive/cold':>10}")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
            t = Path(tmp)
            rows = corpus(n)
            env = {**os.environ, "SOURCE_DATE_EPOCH": "1600000000"}
            if not args.briefing:
                env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(snap), os.environ.get("PYTHONPATH")]))
            cmd = [*base_cmd, "build", str(t / "in.jsonl"), "--out", str(t / "out"), "--format", "pdf,docx"]
            colds, peaks = [], []
            for _trial in range(args.trials):  # each from an empty cache; the last one's cache is kept
                shutil.rmtree(t / "cold-cache", ignore_errors=True)
                (t / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
                secs, peak, rc = timed(cmd, {**env, "BRIEFING_CACHE_DIR": str(t / "cold-cache")}, t)
                colds.append(secs)
                peaks.append(peak)
            pdfs = list((t / "out").glob("*.pdf"))
            pages = 0
            if pdfs:
                from pypdf import PdfReader

                pages = len(PdfReader(str(pdfs[0])).pages)
            more = corpus(n, max(1, n // 100))
            (t / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in more), encoding="utf-8")
            warms = []
            for _trial in range(args.trials):  # each from a copy of the cold run's cache
                shutil.rmtree(t / "cache", ignore_errors=True)
                shutil.copytree(t / "cold-cache", t / "cache")
                warms.append(timed(cmd, {**env, "BRIEFING_CACHE_DIR": str(t / "cache")}, t)[0])
            cold, warm = statistics.median(colds), statistics.median(warms)
            naive = float("nan") if args.naive_limit == 0 else naive_seconds(rows, args.naive_limit)
            chars = sum(len(r["text"]) for r in rows) / 1e6
            print(f"{n:>8} {chars:>8.1f} {cold:>8.1f} {max(peaks):>8.0f} {pages:>6} {warm:>10.1f} {cold / warm:>7.1f} "
                  f"{naive:>8.1f} {naive / cold:>10.1f}" + ("" if rc in (0, 3) else f"  (build exited {rc})"),
                  flush=True)
            if args.trials > 1:
                print(f"{'':>8} trials: cold {' '.join(f'{x:.1f}' for x in colds)}; "
                      f"warm+1% {' '.join(f'{x:.1f}' for x in warms)}", flush=True)


if __name__ == "__main__":
    main()
