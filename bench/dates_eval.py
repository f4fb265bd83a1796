"""Score the date resolver on TBAQ by calling the library directly (quick iteration; the
official figure comes from ``../shared/eval/dev_check.py dates`` through the CLI).

    python bench/dates_eval.py [--corpus ../shared/corpora/timex/tbaq] [--out /tmp/dates-eval]

Exports each part with the shared scorer, resolves every text against its DCT, scores it and
prints the scorer's report per part and the gold-weighted totals dev_check reports.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from briefing.temporal import resolve_dates

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpora/timex/tbaq")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval/timex_eval.py")
    ap.add_argument("--out", type=Path, default=Path("/tmp/dates-eval"))
    args = ap.parse_args()
    total: dict[str, float] = {"n_gold": 0}
    for part in ("TimeBank", "AQUAINT"):
        exported = args.out / part
        if not (exported / "manifest.jsonl").exists():
            subprocess.run([sys.executable, str(args.scorer), "export", "--gold", str(args.corpus / part),
                            "--out", str(exported)], check=True, capture_output=True)
        preds = []
        for line in (exported / "manifest.jsonl").read_text().splitlines():
            m = json.loads(line)
            body = (exported / m["file"]).read_text(encoding="utf-8").split("\n", 1)[1]
            tx = resolve_dates(body, date.fromisoformat(m["dct"][:10]))
            preds.append({"doc": m["doc"], "timexes": [{"start": t.start, "end": t.end, "text": t.text,
                                                        "type": t.type, "value": t.value} for t in tx]})
        pred_path = args.out / f"{part}.pred.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds))
        res = subprocess.run([sys.executable, str(args.scorer), "score", "--gold", str(args.corpus / part),
                              "--pred", str(pred_path), "--json", str(args.out / f"{part}.json"),
                              "--errors", str(args.out / f"{part}.errors.tsv")],
                             check=True, capture_output=True, text=True)
        print(f"== {part}\n{res.stdout.strip()}")
        s = json.loads((args.out / f"{part}.json").read_text())
        for k in ("strict", "relaxed", "value", "type"):
            total[k] = total.get(k, 0.0) + 100 * s[k]["F1"] * s["n_gold"]
        total["n_gold"] += s["n_gold"]
    n = total["n_gold"]
    print(f"TBAQ weighted: value {total['value'] / n:.1f}  relaxed {total['relaxed'] / n:.1f}  "
          f"strict {total['strict'] / n:.1f}  type {total['type'] / n:.1f}  "
          f"(errors in {args.out}/*.errors.tsv)")


if __name__ == "__main__":
    main()
