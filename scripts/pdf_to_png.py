"""Render PDF pages to PNG for a look (not run in CI; needs pdftoppm from poppler-utils).

    python scripts/pdf_to_png.py reports/briefing-2020-W10.pdf            # every page, 80 dpi
    python scripts/pdf_to_png.py out.pdf --pages 1-2 --dpi 110 --out docs/

Writes <out>/<pdf stem>-<page>.png. Install pdftoppm with: apt-get install -y poppler-utils
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdf", type=Path)
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for the PNGs (default: beside the PDF)"
    )
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--pages", default="", help="a range like 1-3 (default: all)")
    args = parser.parse_args(argv)
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm not found: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    out = args.out or args.pdf.parent
    out.mkdir(parents=True, exist_ok=True)
    cmd = [tool, "-png", "-r", str(args.dpi)]
    if args.pages:
        first, _, last = args.pages.partition("-")
        cmd += ["-f", first, "-l", last or first]
    subprocess.run([*cmd, str(args.pdf), str(out / args.pdf.stem)], check=True)
    for png in sorted(out.glob(f"{args.pdf.stem}-*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
