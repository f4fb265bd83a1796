"""Render PDF pages to PNG for a look (not run in CI).

    python scripts/pdf_to_png.py reports/briefing-2020-W10.pdf            # every page, 80 dpi
    python scripts/pdf_to_png.py out.pdf --pages 1-2 --dpi 110 --out docs/

Writes <out>/<pdf stem>-<page>.png. Uses pdftoppm (poppler-utils) when it is installed, else
pypdfium2, which the test extra installs (pdfplumber depends on it).
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
    out = args.out or args.pdf.parent
    out.mkdir(parents=True, exist_ok=True)
    first, _, last = args.pages.partition("-")
    tool = shutil.which("pdftoppm")
    if tool is not None:
        cmd = [tool, "-png", "-r", str(args.dpi)]
        if args.pages:
            cmd += ["-f", first, "-l", last or first]
        subprocess.run([*cmd, str(args.pdf), str(out / args.pdf.stem)], check=True)
    else:
        _render_with_pdfium(args.pdf, out, args.dpi, first, last)
    for png in sorted(out.glob(f"{args.pdf.stem}-*.png")):
        print(png)
    return 0


def _render_with_pdfium(pdf: Path, out: Path, dpi: int, first: str, last: str) -> None:
    """Pages ``first``..``last`` (1-based, all when empty) named as pdftoppm names them."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise SystemExit("neither pdftoppm (apt-get install -y poppler-utils) nor pypdfium2 "
                         "(pip install -e '.[test]') is installed") from None
    document = pdfium.PdfDocument(str(pdf))
    count = len(document)
    lo = int(first) if first else 1
    hi = int(last or first) if first else count
    width = len(str(count))
    for number in range(lo, min(hi, count) + 1):
        image = document[number - 1].render(scale=dpi / 72).to_pil()
        image.save(out / f"{pdf.stem}-{number:0{width}d}.png")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
