"""Test helpers: run the CLI in-process, read produced documents back as text."""

from __future__ import annotations

import io
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None) -> Run:
    """Run ``briefing ARGS`` in this process, like a user would from a shell."""
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with pytest.raises(SystemExit) as exc:
            main(args)
    finally:
        sys.stdin = old
    captured = capsys.readouterr()
    code = exc.value.code
    return Run(code if isinstance(code, int) else 1, captured.out, captured.err)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return unicodedata.normalize("NFKC", "\n".join(parts))


def squash(text: str) -> str:
    """Whitespace-insensitive form, since PDF text extraction breaks lines anywhere."""
    return "".join(text.split())
