"""Speed of the dates stage against ``dateparser.search_dates`` on the same ~800 news texts.

    python bench/dates_bench.py                       # full run (dateparser takes minutes)
    python bench/dates_bench.py --dateparser-docs 80  # dateparser on a sample, extrapolated

Inputs, as ``../shared/eval/dev_check.py dates-speed`` builds them: the TBAQ texts (exported by
the shared scorer) plus the Timeline17 development articles, each with its publication date as
DCT. Reported:
  * ``briefing dates --jsonl`` as a whole process (start-up included, no cache), the figure the
    issue's 5x goal is about;
  * dateparser.search_dates with the DCT as RELATIVE_BASE, also a whole process;
  * resolve_dates in-process, in characters per second (no start-up).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

PEER = """\
import json, sys, datetime
from dateparser.search import search_dates
limit = int(sys.argv[2])
for i, line in enumerate(open(sys.argv[1], encoding='utf-8')):
    if i >= limit:
        break
    o = json.loads(line)
    base = datetime.datetime.fromisoformat(o['dct'][:10])
    hits = search_dates(o['text'], languages=['en'], settings={'RELATIVE_BASE': base}) or []
    print(json.dumps({'id': o['id'], 'n': len(hits)}))
"""


def build_inputs(tmp: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for part in ("TimeBank", "AQUAINT"):
        out = tmp / part
        subprocess.run([sys.executable, str(SHARED / "eval/timex_eval.py"), "export", "--gold",
                        str(SHARED / "corpora/timex/tbaq" / part), "--out", str(out)],
                       check=True, capture_output=True)
        for line in (out / "manifest.jsonl").read_text().splitlines():
            m = json.loads(line)
            body = (out / m["file"]).read_text(encoding="utf-8").split("\n", 1)[1]
            rows.append({"id": m["doc"], "dct": m["dct"], "text": body})
    for f in sorted((SHARED / "corpora/tls/t17").glob("*/articles.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            rows.append({"id": f"{f.parent.name}/{o['id']}", "dct": o["date"], "text": o["text"]})
    return rows


def timed(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return time.perf_counter() - t0, r.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--briefing", default=f"{sys.executable} -m briefing", help="how to call the tool")
    ap.add_argument("--dateparser-docs", type=int, default=0,
                    help="run dateparser on the first N texts only and extrapolate (0: all)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dates-bench-"))
    rows = build_inputs(tmp)
    chars = sum(len(r["text"]) for r in rows)
    (tmp / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} texts, {chars / 1e6:.2f} M characters")

    ours, out = timed([*args.briefing.split(), "dates", "--jsonl", str(tmp / "in.jsonl")])
    n_lines = sum(1 for line in out.splitlines() if line.strip())
    print(f"briefing dates --jsonl (whole process): {ours:6.2f} s  ({chars / ours / 1e6:.2f} M chars/s, "
          f"{n_lines} output lines)")

    from briefing.temporal import resolve_dates

    t0 = time.perf_counter()
    n_tx = sum(len(resolve_dates(r["text"], date.fromisoformat(r["dct"][:10]))) for r in rows)
    lib = time.perf_counter() - t0
    print(f"resolve_dates in-process:               {lib:6.2f} s  ({chars / lib / 1e6:.2f} M chars/s, "
          f"{n_tx} expressions)")

    limit = args.dateparser_docs or len(rows)
    (tmp / "peer.py").write_text(PEER)
    theirs, _ = timed([sys.executable, str(tmp / "peer.py"), str(tmp / "in.jsonl"), str(limit)])
    sample_chars = sum(len(r["text"]) for r in rows[:limit])
    estimate = theirs * chars / sample_chars if limit < len(rows) else theirs
    note = f" (measured on {limit} texts, extrapolated by characters)" if limit < len(rows) else ""
    print(f"dateparser.search_dates (whole process): {estimate:6.2f} s{note}")
    print(f"speed-up, whole process: {estimate / ours:.1f}x (goal 5x)")


if __name__ == "__main__":
    main()
