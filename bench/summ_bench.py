"""Summary benchmark: ROUGE, length and speed of every algorithm on the BBC development set.

    python bench/summ_bench.py                  # table for every algorithm (3 sentences)
    python bench/summ_bench.py -a default lead  # some algorithms only
    python bench/summ_bench.py --splitters      # our splitter against pysbd: speed, agreement
    python bench/summ_bench.py --long           # worst-case time per algorithm on a huge text

Reads ../shared/corpora/summ/bbc_news_summary/dev.jsonl and scores with
../shared/eval/summ_eval.py (rouge-score, Porter stemmer), exactly as dev_check does, but calls
the library in-process: articles/s here excludes start-up (dev_check's figure includes it).
Each article goes through ``clean_body(text, title)`` and ``summarize`` like the CLI does.
Skips cleanly (exit 0) when the shared corpus is absent. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "corpora/summ/bbc_news_summary/dev.jsonl"
sys.path.insert(0, str(ROOT))

from briefing.summarize import ALGORITHMS, summarize  # noqa: E402
from briefing.text.clean import clean_body  # noqa: E402
from briefing.text.sentences import split_sentences  # noqa: E402

WARM_UP = "One sentence. Another sentence. A third one. A fourth one loads the algorithm."


def load_rows() -> list[dict[str, Any]] | None:
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found (the shared corpora live next to the project)")
        return None
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: list[dict[str, Any]], predictions: dict[str, list[str]]) -> dict[str, float]:
    sys.path.insert(0, str(SHARED / "eval"))
    import summ_eval  # the shared scorer, so figures match dev_check exactly

    pred_rows = [{"id": k, "summary": "\n".join(v)} for k, v in predictions.items()]
    result, _ = summ_eval.evaluate(rows, pred_rows)
    return dict(result)


def run_algorithm(rows: list[dict[str, Any]], algorithm: str, n: int) -> tuple[dict[str, list[str]], float]:
    summarize(WARM_UP, sentences=1, algorithm=algorithm)
    t0 = time.perf_counter()
    out = {}
    for r in rows:
        body = clean_body(r["article"], r.get("title", ""))
        s = summarize(body, title=r.get("title", ""), article_id=r["id"], sentences=n, algorithm=algorithm)
        out[r["id"]] = list(s.sentences)
    return out, len(rows) / (time.perf_counter() - t0)


def table(rows: list[dict[str, Any]], algorithms: list[str], n: int) -> None:
    print(f"BBC dev ({len(rows)} articles), {n} sentences per summary")
    print(f"{'algorithm':<10} {'R1':>6} {'R2':>6} {'RL':>6} {'words':>6} {'art/s':>7}")
    for algorithm in algorithms:
        predictions, speed = run_algorithm(rows, algorithm, n)
        s = score(rows, predictions)
        print(f"{algorithm:<10} {s['rouge1']:6.2f} {s['rouge2']:6.2f} {s['rougeL']:6.2f} "
              f"{s['mean_words']:6.1f} {speed:7.0f}", flush=True)


def splitters(rows: list[dict[str, Any]]) -> None:
    """Our splitter against pysbd: speed, boundary agreement, reference sentences recovered."""
    import pysbd

    texts = [r["article"] for r in rows]
    t0 = time.perf_counter()
    ours = [[s.text for s in split_sentences(t)] for t in texts]
    ours_speed = len(texts) / (time.perf_counter() - t0)
    seg = pysbd.Segmenter(language="en", clean=False)
    t0 = time.perf_counter()
    theirs = [[s.strip() for line in t.split("\n") if line.strip() for s in seg.segment(line) if s.strip()]
              for t in texts]
    pysbd_speed = len(texts) / (time.perf_counter() - t0)
    same = sum(a == b for a, b in zip(ours, theirs, strict=True))
    print(f"ours  {ours_speed:7.0f} articles/s   pysbd {pysbd_speed:5.0f} articles/s   "
          f"identical splits: {same}/{len(texts)} articles")
    for name, split in (("ours", ours), ("pysbd", theirs)):
        # The references are extracts: a reference sentence found whole among a splitter's
        # sentences is one it split the same way (the references split "said: \"" apart, so
        # neither splitter can reach 100%).
        found = total = 0
        for r, sents in zip(rows, split, strict=True):
            have = {" ".join(s.split()) for s in sents}
            for ref in r["reference"].split("\n"):
                if ref.strip():
                    total += 1
                    found += " ".join(ref.split()) in have
        print(f"{name:<6} reference sentences recovered whole: {found}/{total} ({100 * found / total:.1f}%)")
    shown = 0
    for a, b in zip(ours, theirs, strict=True):
        if a != b and shown < 5:
            only_ours = [s for s in a if s not in b][:2]
            only_theirs = [s for s in b if s not in a][:2]
            print("  ours :", only_ours, "\n  pysbd:", only_theirs)
            shown += 1


def long_text(algorithms: list[str]) -> None:
    """Seconds per algorithm for one 200,000-character article (the worst case the cap bounds)."""
    para = ("The council said on Monday that the new bridge would open in March. Officials expect "
            "heavy traffic, and the mayor, Ms Jones, said the cost had risen to $3.2bn. ")
    text = "\n\n".join(f"{para} Item {i} was noted." for i in range(200_000 // (len(para) + 20)))
    for algorithm in algorithms:
        summarize(WARM_UP, sentences=1, algorithm=algorithm)
        t0 = time.perf_counter()
        summarize(text, sentences=3, algorithm=algorithm)
        print(f"{algorithm:<10} {time.perf_counter() - t0:6.3f} s for {len(text):,} characters")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-a", "--algorithms", nargs="*", default=list(ALGORITHMS))
    ap.add_argument("-n", "--sentences", type=int, default=3)
    ap.add_argument("--splitters", action="store_true")
    ap.add_argument("--long", action="store_true")
    args = ap.parse_args()
    if args.long:
        long_text(args.algorithms)
        return
    rows = load_rows()
    if rows is None:
        return
    if args.splitters:
        splitters(rows)
    else:
        table(rows, args.algorithms, args.sentences)


if __name__ == "__main__":
    main()
