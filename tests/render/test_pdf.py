"""The PDF read back like a reader would: text, fonts, links, outline, metadata, footers, bytes."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from render_factories import ARABIC_NAME, HOSTILE_TITLE, LONG_URL, make_briefing

from briefing.model import Briefing
from briefing.render import renderer
from briefing.render.pdf_sections import Pass
from briefing.template import Template

render_pdf = renderer("pdf")


def _text(reader: PdfReader) -> str:
    """All text, NFKC-normalised, line breaks and runs of spaces as single spaces."""
    return " ".join(unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages)).split())


def _annotations(reader: PdfReader) -> list[Any]:
    return [a.get_object() for page in reader.pages for a in (page.get("/Annots") or [])]


def _outline_titles(items: list[Any], depth: int = 0) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for item in items:
        if isinstance(item, list):
            out += _outline_titles(item, depth + 1)
        else:
            out.append((depth, item.title))
    return out


@pytest.fixture(scope="module")
def real_pdf(briefing: Briefing, weekly: Template) -> bytes:
    return render_pdf(briefing, weekly)


@pytest.fixture(scope="module")
def hostile_pdf(hostile: Briefing, weekly: Template) -> bytes:
    return render_pdf(hostile, weekly)


@pytest.fixture(scope="module")
def real(real_pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(real_pdf))


@pytest.fixture(scope="module")
def evil(hostile_pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(hostile_pdf))


def test_sections_and_articles_are_there(real: PdfReader, briefing: Briefing) -> None:
    text = _text(real)
    for heading in (
        "WEEKLY BRIEFING",
        "Regional news briefing",
        "2–8 Mar 2020 (2020-W10)",
        "2020-03-09",
        "Contents",
        "Key points",
        "Timeline",
        "Date Event Sources",
        "Upcoming and ongoing",
        "Articles",
        "Sources and method",
        "Inputs skipped",
        "feeds/broken.html",
        "Made with briefing 0.1.0",
        "~ early March 2020",
        "Dates found",
    ):
        assert heading in text, heading
    for analysis in briefing.articles:
        assert analysis.article.title in text
        assert analysis.summary.sentences[0] in text


def test_hostile_text_shows_literally(evil: PdfReader) -> None:
    text = _text(evil)
    for literal in (
        HOSTILE_TITLE,
        "Hostile <briefing> & friends",
        "S&P 500 <i>fell</i>",
        "0.1 <A <0.9 holds",
        "The tag <b> stays literal",
        "Wire & <Co>",
        "Сергей Лавров",
        "Κυριάκος Μητσοτάκης",
        "(no summary",
        "No dated events",
    ):
        assert literal in text, literal
    assert ARABIC_NAME in text  # shaped glyphs map back to the letters, in reading order
    assert "S&P;" not in text and "\x0b" not in text
    assert "A banner read [Devanagari text] in Delhi." in text  # named, not a row of boxes


def test_an_article_in_arabic_reads_in_order_line_after_line() -> None:
    from datetime import date

    from render_factories import _analysis

    passage = ("قال رئيس الوزراء مصطفى الكاظمي يوم الأربعاء إن العراق ملتزم بحماية البعثات الدبلوماسية "
               "الأجنبية. وأضاف أن الهجمات الصاروخية تمثل محاولة لتقويض الاستقرار والعلاقات مع الشركاء.")
    base = make_briefing(2)
    arabic = _analysis(95, "العراق يتعهد بحماية البعثات", passage, date(2020, 3, 4), source="Wire", url=None,
                       summary=(passage,))
    reader = PdfReader(io.BytesIO(render_pdf(replace(base, articles=(arabic, *base.articles)), Template())))
    text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
    lines = [line.strip() for line in text.splitlines() if any("\u0600" <= ch <= "\u06ff" for ch in line)]
    body = [line for line in lines if line != "العراق يتعهد بحماية البعثات"]
    assert len(body) >= 2  # a passage longer than a line: each line shaped apart, in reading order
    assert " ".join(body) == passage


def test_every_font_is_embedded_truetype(real: PdfReader, evil: PdfReader) -> None:
    for reader in (real, evil):
        fonts = {}
        for page in reader.pages:
            for font in page["/Resources"].get_object().get("/Font", {}).values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts
        for name, font in fonts.items():
            assert font["/Subtype"] == "/TrueType", name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            assert "DejaVu" in name


def test_links_are_http_and_internal_only(real: PdfReader, evil: PdfReader) -> None:
    uris = [a["/A"]["/URI"] for r in (real, evil) for a in _annotations(r) if "/A" in a and "/URI" in a["/A"]]
    assert "https://news.example.org/00/story?id=0&lang=en" in uris
    assert all(u.startswith(("http://", "https://", "mailto:")) for u in uris)
    assert not any("javascript" in u.lower() for u in uris)
    assert LONG_URL not in uris  # a URL inside article text is never made a link


def test_internal_links_land_on_the_article_page(real: PdfReader, briefing: Briefing) -> None:
    dests = [a["/Dest"] for a in _annotations(real) if "/Dest" in a]
    assert len(dests) >= len(briefing.articles)  # contents + key points + timeline sources
    pages = {p.indirect_reference.idnum: i for i, p in enumerate(real.pages)}
    last_title = briefing.articles[-1].article.title
    target_pages = {pages[d[0].idnum] for d in dests}
    holder = next(i for i, p in enumerate(real.pages) if last_title in p.extract_text())
    assert holder in target_pages


def test_outline_has_sections_and_articles(real: PdfReader, briefing: Briefing) -> None:
    titles = _outline_titles(real.outline)
    assert (0, "Regional news briefing") in titles and (0, "Timeline") in titles
    assert (0, "Sources and method") in titles
    assert [t for d, t in titles if d == 1] == [a.article.title for a in briefing.articles]
    dest_pages = {real.get_destination_page_number(o) for o in real.outline if not isinstance(o, list)}
    assert len(dest_pages) > 1  # the outline points at real pages, not all at page 1


def test_metadata(evil: PdfReader, weekly: Template) -> None:
    meta = evil.metadata
    assert meta is not None
    assert meta.title == "Hostile <briefing> & friends"
    assert meta.author == "briefing"
    assert meta.subject == "Weekly briefing, 2–8 Mar 2020 (2020-W10)"
    assert evil.trailer["/Root"]["/Lang"] == weekly.language
    assert evil.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


def test_footers_say_page_x_of_y_with_the_period(real: PdfReader) -> None:
    total = len(real.pages)
    assert total >= 3
    for number, page in enumerate(real.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        assert "2–8 Mar 2020 (2020-W10)" in unicodedata.normalize("NFKC", text)


def test_same_briefing_same_bytes(real_pdf: bytes, briefing: Briefing, weekly: Template) -> None:
    assert render_pdf(briefing, weekly) == real_pdf


def test_page_sizes_follow_the_template(real: PdfReader, briefing: Briefing, onepage: Template) -> None:
    a4 = real.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = PdfReader(io.BytesIO(render_pdf(briefing, onepage))).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_beyond_the_cap_the_document_says_how_many_more(weekly: Template) -> None:
    from dataclasses import replace

    big = make_briefing(14)
    reader = PdfReader(io.BytesIO(render_pdf(big, replace(weekly, article_cap=9))))
    text = _text(reader)
    assert "9 of 14 articles are shown; the JSON output carries all of them." in text
    assert len([t for d, t in _outline_titles(reader.outline) if d == 1]) == 9
    assert big.articles[9].article.title not in text  # not shown anywhere, not even in the contents


def test_onepage_template_is_a_brief(briefing: Briefing, onepage: Template) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(briefing, onepage)))
    text = _text(reader)
    assert "BRIEF" in text and "In short" in text and "Main dates" in text and "Read more" in text
    assert "Contents" not in text and "Dates found" not in text and "Sources and method" not in text
    shown = [a.article.title for a in briefing.articles[: onepage.article_cap]]
    assert all(title in text for title in shown)
    fonts = {f.get_object()["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("DejaVuSerif" in str(f) for f in fonts)  # serif body: visibly different from weekly


def test_onepage_shrinks_a_little_but_never_a_lot(briefing: Briefing, onepage: Template) -> None:
    from dataclasses import replace

    def with_long_key_points(repeat: int) -> Briefing:
        points = tuple(replace(k, text=" ".join([k.text] * repeat)) for k in briefing.key_points[:3])
        return replace(
            briefing,
            key_points=points,
            timeline=replace(briefing.timeline, events=briefing.timeline.events[:6]),
        )

    def pages(b: Briefing, template: Template) -> PdfReader:
        return PdfReader(io.BytesIO(render_pdf(b, template)))

    assert onepage.fit_one_page
    slightly_long = with_long_key_points(12)
    assert len(pages(slightly_long, replace(onepage, fit_one_page=False)).pages) == 2
    shrunk = pages(slightly_long, onepage)
    assert len(shrunk.pages) == 1 and "Page 1 of 1" in shrunk.pages[0].extract_text()
    assert [t for _, t in _outline_titles(shrunk.outline)][:2] == ["Regional news briefing", "In short"]
    # Far too long for one page: it flows on at full size rather than shrinking to illegibility.
    assert len(pages(with_long_key_points(30), onepage).pages) == 2


def test_a_right_layout_hint_saves_a_pass_and_changes_no_byte(briefing: Briefing, weekly: Template,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.render import pdf

    plain, layout = pdf.render_pdf_with_layout(briefing, weekly)
    assert plain == pdf.render_pdf(briefing, weekly)
    assert layout.pages == len(PdfReader(io.BytesIO(plain)).pages)
    builds: list[int] = []
    real = pdf._build
    monkeypatch.setattr(pdf, "_build", lambda *a: builds.append(1) or real(*a))
    again, _ = pdf.render_pdf_with_layout(briefing, weekly, Pass.from_json(layout.to_json()))
    assert again == plain
    assert len(builds) == 1


@pytest.mark.parametrize("stored", ['{"pages": 99, "key_pages": {"cover": 7}}', '{"pages": 3}', "not json", "[]"])
def test_a_wrong_or_broken_layout_hint_changes_no_byte(briefing: Briefing, weekly: Template, stored: str) -> None:
    from briefing.render import pdf

    hint = Pass.from_json(stored)
    assert pdf.render_pdf_with_layout(briefing, weekly, hint)[0] == pdf.render_pdf(briefing, weekly)


@pytest.mark.parametrize(("points", "padding"), [(1, 16), (2, 8), (3, 0), (5, 0), (8, 0)])
def test_the_chart_heading_never_ends_a_page_without_its_chart(briefing: Briefing, weekly: Template,
                                                                points: int, padding: int) -> None:
    # More or longer key points move the chart down until it no longer fits under its heading.
    point = replace(briefing.key_points[0], text=briefing.key_points[0].text + " More words here." * padding)
    reader = PdfReader(io.BytesIO(render_pdf(replace(briefing, key_points=(point,) * points), weekly)))
    # The last page naming the section: the heading, not the contents' entry.
    heading_page = [p for p in reader.pages if "Events and articles per day" in p.extract_text()][-1]
    images = [x for x in (heading_page["/Resources"].get("/XObject") or {}).values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images, "the chart's heading sits alone at the bottom of a page"



def test_a_long_periods_chart_is_titled_per_week_as_it_is_drawn(briefing: Briefing, weekly: Template) -> None:
    from datetime import timedelta

    from docx import Document as docx_document

    from briefing.model import Period
    from briefing.render import renderer

    start = briefing.period.start
    long = replace(briefing, period=Period(start, start + timedelta(days=200), "long"))
    text = _text(PdfReader(io.BytesIO(render_pdf(long, weekly))))
    assert "Events and articles per week" in text and "per day" not in text
    word = docx_document(io.BytesIO(renderer("docx")(long, weekly)))
    assert "Events and articles per week" in [p.text for p in word.paragraphs]
    assert "Events and articles per day" in _text(PdfReader(io.BytesIO(render_pdf(briefing, weekly))))


def test_the_articles_start_under_the_last_table_when_the_first_fits_there(briefing: Briefing,
                                                                           weekly: Template) -> None:
    # A short briefing: the upcoming table leaves most of its page free, so the Articles heading
    # and the first article go there rather than to a new page (a hole a reader notices).
    short = replace(briefing, key_points=briefing.key_points[:1], articles=briefing.articles[:2],
                    timeline=replace(briefing.timeline, events=briefing.timeline.events[:2]))
    reader = PdfReader(io.BytesIO(render_pdf(short, replace(weekly, sections=tuple(
        s for s in weekly.sections if s not in ("contents", "chart"))))))
    pages = [p.extract_text() for p in reader.pages]

    def page_of(heading: str) -> int:
        return max(i for i, text in enumerate(pages) if heading in text)

    assert page_of("Articles") == page_of("Upcoming and ongoing")
    assert short.articles[0].article.title in pages[page_of("Articles")]


@pytest.mark.parametrize(("n", "listed"), [(10, True), (20, False)])
def test_the_contents_name_the_articles_only_when_they_are_few(n: int, listed: bool, weekly: Template) -> None:
    """Twenty titles would put pages of contents before the key points; the outline keeps them all."""
    many = make_briefing(n)
    reader = PdfReader(io.BytesIO(render_pdf(many, weekly)))
    first_page = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "Contents" in first_page and "Key points" in first_page
    titles = [a.article.title for a in many.articles]
    assert all((" ".join(t.split()) in first_page) is listed for t in titles[:3])
    assert len([t for d, t in _outline_titles(reader.outline) if d == 1]) == n


def test_a_resolved_date_is_never_split_across_lines(tmp_path: Path) -> None:
    from docx import Document as docx_document

    from briefing.options import make_options
    from briefing.pipeline import build

    days = ", ".join(f"on March {d}" for d in range(1, 29))
    (tmp_path / "many.txt").write_text(f"date 2020-03-30 Council meets often\n\nThe council met {days} "
                                       "to discuss the budget.\n", encoding="utf-8")
    result = build([tmp_path / "many.txt"], make_options(out_dir=tmp_path / "out", formats="pdf,docx", jobs=1,
                                                         use_cache=False))
    pdf, docx = sorted(result.paths, key=lambda p: p.suffix, reverse=True)
    found_in_word = [p.text for p in docx_document(str(docx)).paragraphs if p.text.startswith("Dates found")]
    assert found_in_word and "March\u00a05\u00a0→\u00a05\u00a0Mar\u00a02020 ·" in found_in_word[0]  # kept whole
    reader = PdfReader(pdf)
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    found = [line.removeprefix("Dates found:") for line in lines if "→" in line]
    assert len(found) >= 3  # the "Dates found" list wraps over several lines...
    for line in found:  # ...but only between its pairs, never inside "March 5 → 5 Mar 2020"
        pieces = [piece.strip() for piece in line.split("·")]
        assert all(re.fullmatch(r"March\s\d+\s→\s\d+\sMar\s2020|\+\d+|", piece) for piece in pieces), line
