"""WordprocessingML pieces python-docx has no API for: hyperlinks, bookmarks, fields, table looks.

Every string passes through ``text.clean`` first: python-docx refuses XML-incompatible
characters (a vertical tab from a Word line break raises ValueError).
"""

from __future__ import annotations

from typing import Any

from briefing.render.text import clean
from briefing.template import Template

# What may follow <w:bidi/> in a paragraph's properties, in schema order (ECMA-376 CT_PPr).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
               "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def right_to_left(paragraph: Any) -> None:
    """Make ``paragraph`` a right-to-left one (an article in Arabic): Word then starts its lines
    at the right margin. The letters stay in logical order; Word lays them out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def set_page(doc: Any, template: Template) -> None:
    from docx.shared import Inches, Mm

    p = template.page
    for section in doc.sections:
        if p.size == "Letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(p.margin_top_mm), Mm(p.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(p.margin_left_mm), Mm(p.margin_right_mm)
        section.footer_distance = Mm(max(5.0, p.margin_bottom_mm - 10))


def text_width(doc: Any) -> Any:
    section = doc.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def add_text(
    paragraph: Any, text: str, *, bold: bool = False, color: str | None = None, size: float | None = None
) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(clean(text))
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
    if size:
        run.font.size = Pt(size)
    return run


def add_link(
    paragraph: Any,
    text: str,
    *,
    url: str | None = None,
    anchor: str | None = None,
    bold: bool = False,
    size: float | None = None,
) -> None:
    """A real hyperlink: external (``url``, already checked by safe_url) or to a bookmark."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    if url is not None:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    else:
        link.set(qn("w:anchor"), anchor or "")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if size:
        for tag in ("w:sz", "w:szCs"):
            el = OxmlElement(tag)
            el.set(qn("w:val"), str(round(size * 2)))
            rpr.append(el)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = clean(text)
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_bookmark(paragraph: Any, name: str, number: int) -> None:
    """Mark the paragraph as the target ``name`` of internal links (``number``: unique per document,
    counted by the caller so that every render numbers the same way)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ident = str(number)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), ident)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), ident)
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def add_field(paragraph: Any, instruction: str, placeholder: str) -> None:
    """A field (PAGE, NUMPAGES) Word and LibreOffice fill in; ``placeholder`` shows until then."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(child: Any) -> Any:
        run = OxmlElement("w:r")
        run.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = placeholder
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for child in (begin, instr, separate, shown, end):
        paragraph._p.append(run_with(child))


def shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def table_borders(
    table: Any, color: str, *, outer_top: bool = False, outer_bottom: bool = True, inside_v: bool = False
) -> None:
    """Hairlines between rows only (no boxes): the look of the PDF tables."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        visible = (
            edge == "insideH"
            or (edge == "bottom" and outer_bottom)
            or (edge == "top" and outer_top)
            or (edge == "insideV" and inside_v)
        )
        el.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), color.lstrip("#").upper())
        borders.append(el)
    tbl_pr.append(borders)


def cell_margins(table: Any, *, top: int, bottom: int, side: int) -> None:
    """Inner cell padding in twentieths of a point (Word's default rows are cramped)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top), ("left", side), ("bottom", bottom), ("right", side)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def header_row(row: Any) -> None:
    """Repeat this row at the top of every page the table spans."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def keep_row_whole(row: Any) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def column_widths(table: Any, widths: list[Any]) -> None:
    """Fixed widths, set on the grid (LibreOffice reads it) and on every cell (Word reads those)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
