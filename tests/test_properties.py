"""Arbitrary text never crashes a build and always yields a valid PDF and DOCX."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.options import make_options
from briefing.pipeline import build

# Letters from several scripts, markup characters, digits and date-ish words, control characters.
# NUL is left out: a text file holding NUL bytes is read as binary and skipped (tests/ingest cover it).
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00")
WORDS = st.sampled_from(["AT&T", "<b>", "S&P 500", "0.1 <A <0.9", "Москва", "القاهرة", "Αθήνα", "on Monday",
                         "May 5", "2019-02-30", "\x0b", "\x1b", "\u200f", "javascript:alert(1)", "€", "\t", "\n\n"])
TEXT = st.lists(st.one_of(st.text(ALPHABET, min_size=1, max_size=30), WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(ALPHABET, min_size=1, max_size=80), body=TEXT,
       day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_any_article_text_gives_valid_documents(title: str, body: str, day: date) -> None:
    from docx import Document
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        header_title = " ".join(title.split()) or "Untitled"
        (src / "a.txt").write_text(f"date {day.isoformat()} {header_title}\n\n{body}\nThe end.\n",
                                   encoding="utf-8", errors="surrogatepass")
        out = Path(tmp) / "out"
        result = build([src], make_options(out_dir=out, formats="pdf,docx", jobs=1, use_cache=False))
        pdf = next(p for p in result.paths if p.suffix == ".pdf")
        docx = next(p for p in result.paths if p.suffix == ".docx")
        assert len(PdfReader(str(pdf)).pages) >= 1
        assert Document(str(docx)).paragraphs
