"""`briefing build` on real seed articles plus a hostile one: PDF and DOCX pass the reader checks,
twice byte-identical (different --jobs, no cache)."""

from __future__ import annotations

import io
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing import build
from briefing.options import make_options

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO / "seeds" / "wikinews-2020-covid19-primaries"
HOSTILE = Path(__file__).parent / "fixtures" / "hostile.txt"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, bytes]]:
    src = tmp_path_factory.mktemp("in")
    for seed in sorted(SEED_DIR.glob("2020-03-0*.txt"))[:4]:
        shutil.copy(seed, src)
    shutil.copy(HOSTILE, src)
    runs = []
    for jobs in (1, 2):
        out = tmp_path_factory.mktemp(f"out{jobs}")
        options = make_options(
            out_dir=out,
            formats="pdf,docx",
            jobs=jobs,
            use_cache=False,
            start=date(2020, 3, 1),
            end=date(2020, 3, 8),
        )
        result = build([src], options)
        runs.append({p.suffix: p.read_bytes() for p in result.paths})
    return runs


def test_twice_byte_identical(outputs: list[dict[str, bytes]]) -> None:
    assert set(outputs[0]) == {".pdf", ".docx"}
    assert outputs[0] == outputs[1]


def test_pdf_reads_right(outputs: list[dict[str, bytes]]) -> None:
    reader = PdfReader(io.BytesIO(outputs[0][".pdf"]))
    text = " ".join(unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages)).split())
    for literal in (
        "AT&T and S&P 500 <b>rally</b> as 0.1 <A <0.9",
        "Сергей Лавров",
        "محمد بن سلمان",
        "Κυριάκος Μητσοτάκης",
        "[Devanagari text]",
    ):
        assert literal in text, literal
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()
        for annot in page.get("/Annots") or []:
            uri = annot.get_object().get("/A", {}).get("/URI")
            assert uri is None or uri.startswith(("https://", "http://", "mailto:"))


def test_docx_reads_right(outputs: list[dict[str, bytes]]) -> None:
    document = docx.Document(io.BytesIO(outputs[0][".docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "AT&T and S&P 500 <b>rally</b> as 0.1 <A <0.9" in text
    assert "नमस्ते दुनिया" in text  # the DOCX keeps the script the PDF cannot draw
    links = [h.address for p in document.paragraphs for h in p.hyperlinks if h.address]
    assert links and all(u.startswith(("https://", "http://", "mailto:")) for u in links)
