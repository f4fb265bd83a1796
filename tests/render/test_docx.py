"""The DOCX read back with python-docx: contents, links, footer fields, properties, bytes."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from render_factories import ARABIC_NAME, DEVANAGARI, HOSTILE_TITLE, make_briefing

from briefing.errors import TemplateError
from briefing.model import Briefing
from briefing.render import renderer
from briefing.render.docx_styles import FIXED_ZIP_TIME, build_reference
from briefing.template import Template

render_docx = renderer("docx")


@pytest.fixture(scope="module")
def real_bytes(briefing: Briefing, weekly: Template) -> bytes:
    return render_docx(briefing, weekly)


@pytest.fixture(scope="module")
def real(real_bytes: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(real_bytes))


@pytest.fixture(scope="module")
def evil_bytes(hostile: Briefing, weekly: Template) -> bytes:
    return render_docx(hostile, weekly)


@pytest.fixture(scope="module")
def evil(evil_bytes: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(evil_bytes))


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_sections_in_order(real: docx.document.Document, briefing: Briefing) -> None:
    headings = [p.text for p in real.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Contents",
        "Key points",
        "Events and articles per day",
        "Timeline",
        "Upcoming and ongoing",
        "Articles",
        "Sources and method",
    ]
    articles = [p.text for p in real.paragraphs if p.style.name == "Heading 2"]
    assert articles == [a.article.title for a in briefing.articles]
    assert real.paragraphs[1].style.name == "Title" and real.paragraphs[1].text == briefing.title


def test_hostile_text_is_literal(evil: docx.document.Document) -> None:
    text = _all_text(evil)
    for literal in (
        HOSTILE_TITLE,
        "S&P 500 <i>fell</i>",
        "0.1 <A <0.9 holds",
        "Wire & <Co>",
        ARABIC_NAME,
        DEVANAGARI,
        "Сергей Лавров",
        "Κυριάκος Μητσοτάκης",
        "feeds/evil name.txt",
    ):
        assert literal in text, literal
    assert "\x0b" not in text


def test_an_article_in_arabic_is_a_right_to_left_paragraph(weekly: Template) -> None:
    from datetime import date

    from render_factories import _analysis

    passage = "قال رئيس الوزراء إن العراق ملتزم بحماية البعثات الدبلوماسية الأجنبية في البلاد."
    base = make_briefing(2)
    arabic = _analysis(95, "العراق يتعهد بحماية البعثات", passage, date(2020, 3, 4), source="Wire", url=None,
                       summary=(passage,))
    document = docx.Document(io.BytesIO(render_docx(replace(base, articles=(arabic, *base.articles)), weekly)))
    rtl = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None]
    assert [p.text for p in rtl] == [passage]  # in logical order: Word lays it out right to left
    english = next(p for p in document.paragraphs if p.text.startswith(base.articles[0].summary.sentences[0]))
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None


def test_timeline_table_repeats_its_header(real: docx.document.Document, briefing: Briefing) -> None:
    table = next(t for t in real.tables if t.rows[0].cells[0].text == "Date")
    assert [c.text for c in table.rows[0].cells] == ["Date", "Event", "Sources"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == len(briefing.timeline.events) + 1
    assert table.rows[1].cells[0].text == briefing.timeline.events[0].label


def test_links_external_and_internal(
    real: docx.document.Document, evil: docx.document.Document, evil_bytes: bytes
) -> None:
    links = [h for d in (real, evil) for p in d.paragraphs for h in p.hyperlinks]
    links += [
        h
        for d in (real, evil)
        for t in d.tables
        for r in t.rows
        for c in r.cells
        for p in c.paragraphs
        for h in p.hyperlinks
    ]
    external = {h.address for h in links if h.address}
    assert "https://news.example.org/00/story?id=0&lang=en" in external
    assert all(u.startswith(("http://", "https://", "mailto:")) for u in external)
    with zipfile.ZipFile(io.BytesIO(evil_bytes)) as z:
        assert not any(b"javascript" in z.read(n).lower() for n in z.namelist() if n.endswith(".rels"))
    anchors = {h.fragment for h in links if not h.address}
    bookmarks = {b.get(qn("w:name")) for b in real.element.body.iter(qn("w:bookmarkStart"))}
    assert {"art-1", "sec-timeline"} <= anchors
    assert anchors <= bookmarks | {b.get(qn("w:name")) for b in evil.element.body.iter(qn("w:bookmarkStart"))}


def test_footer_has_page_and_numpages_fields(real: docx.document.Document) -> None:
    footer = real.sections[0].footer.paragraphs[0]
    codes = [i.text.strip() for i in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Regional news briefing · 2–8 Mar 2020 (2020-W10)")
    assert "Page " in footer.text and " of " in footer.text


def test_properties_and_page(real: docx.document.Document, briefing: Briefing) -> None:
    props = real.core_properties
    assert props.title == briefing.title and props.author == "briefing"
    assert props.subject == "Weekly briefing, 2–8 Mar 2020 (2020-W10)"
    assert props.language == "en"
    made = datetime(2020, 3, 9, tzinfo=UTC)
    assert props.created == made and props.modified == made
    section = real.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_letter_template_and_picture(briefing: Briefing, onepage: Template) -> None:
    document = docx.Document(io.BytesIO(render_docx(briefing, onepage)))
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)
    assert len(document.inline_shapes) == 1  # the chart
    assert document.styles["Normal"].font.name == "DejaVu Serif"


def test_same_bytes_and_fixed_zip_times(real_bytes: bytes, briefing: Briefing, weekly: Template) -> None:
    assert render_docx(briefing, weekly) == real_bytes
    with zipfile.ZipFile(io.BytesIO(real_bytes)) as z:
        assert {i.date_time for i in z.infolist()} == {FIXED_ZIP_TIME}


def test_cap_is_announced(weekly: Template) -> None:
    document = docx.Document(io.BytesIO(render_docx(make_briefing(12), replace(weekly, article_cap=5))))
    assert len([p for p in document.paragraphs if p.style.name == "Heading 2"]) == 5
    assert "5 of 12 articles are shown; the JSON output carries all of them." in _all_text(document)


def test_reference_docx_missing_a_style_is_named(
    tmp_path: Path, briefing: Briefing, weekly: Template
) -> None:
    bare = tmp_path / "reference.docx"
    docx.Document().save(str(bare))
    with pytest.raises(TemplateError, match="Briefing Kicker"):
        render_docx(briefing, replace(weekly, reference_docx=bare))


@pytest.mark.parametrize("name", ["weekly", "onepage"])
def test_committed_reference_docx_is_up_to_date(name: str, weekly: Template, onepage: Template) -> None:
    template = {"weekly": weekly, "onepage": onepage}[name]
    assert template.reference_docx is not None, "run scripts/make_reference_docx.py"
    fresh = build_reference(replace(template, reference_docx=None))
    assert template.reference_docx.read_bytes() == fresh, "run scripts/make_reference_docx.py"


def test_footer_fields_follow_the_label_order(briefing: Briefing, weekly: Template) -> None:
    labels = replace(weekly.labels, page="{pages} pages, this is {page}")
    document = docx.Document(io.BytesIO(render_docx(briefing, replace(weekly, labels=labels))))
    footer = document.sections[0].footer.paragraphs[0]
    assert [i.text.strip() for i in footer._p.iter(qn("w:instrText"))] == ["NUMPAGES", "PAGE"]
    assert footer.text.endswith("1 pages, this is 1")


def test_paragraphs_carry_their_styles_and_no_style_name_as_text(real: docx.document.Document) -> None:
    styles = {p.style.name for p in real.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Briefing Meta"} <= styles
    text = _all_text(real)
    assert not any(name in text for name in ("Briefing Meta", "Briefing Cell", "Briefing Kicker", "List Bullet"))
    cell_styles = {p.style.name for table in real.tables for row in table.rows for cell in row.cells
                   for p in cell.paragraphs}
    assert {"Briefing Cell Head", "Briefing Cell"} <= cell_styles


@pytest.mark.parametrize(("n", "listed"), [(10, True), (20, False)])
def test_the_contents_name_the_articles_only_when_they_are_few(n: int, listed: bool, weekly: Template) -> None:
    many = make_briefing(n)
    document = docx.Document(io.BytesIO(render_docx(many, weekly)))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Contents") + 1
    contents = texts[start: texts.index("Key points", texts.index("Key points", start) + 1)]  # to its heading
    assert "Articles" in contents
    assert all((a.article.title in contents) is listed for a in many.articles)
