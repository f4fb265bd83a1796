"""Paragraph and table styles for the PDF, all derived from the template (sizes, fonts, colours)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.render.fonts import FontSet
from briefing.template import Template

# Spacing in multiples of the body size: chosen by eye on A4 and Letter renders
# (scripts/pdf_to_png.py); re-check both shipped templates after changing them.
SPACE_BEFORE_H1 = 1.6
SPACE_AFTER_H1 = 0.7
SPACE_BEFORE_H2 = 1.5
SPACE_AFTER_PARA = 0.45


@dataclass(frozen=True)
class PdfStyles:
    body: Any
    small: Any
    muted: Any
    bullet: Any
    cell: Any
    cell_more: Any  # a cell's further paragraph: a timeline row's second sentence
    cell_head: Any
    cell_small: Any
    kicker: Any
    title: Any
    cover_fact: Any
    h1: Any
    h2: Any
    contents: Any
    body_font: str
    bold_font: str
    head_font: str


def make_styles(template: Template, fonts: FontSet) -> PdfStyles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f, c = template.fonts, template.colors
    body_font = fonts.regular[f.body]
    head_font = fonts.regular[f.headings]
    text, accent, muted = colors.HexColor(c.text), colors.HexColor(c.accent), colors.HexColor(c.muted)
    size, small = f.body_size, f.small_size
    body = ParagraphStyle(
        "Body",
        fontName=body_font,
        fontSize=size,
        leading=size * f.leading,
        textColor=text,
        bulletFontName=body_font,
        alignment=TA_LEFT,
        spaceAfter=size * SPACE_AFTER_PARA,
        splitLongWords=1,
        uriWasteReduce=0,
        allowWidows=0,
        allowOrphans=0,
    )
    small_style = ParagraphStyle(
        "Small", parent=body, fontSize=small, leading=small * f.leading, spaceAfter=small * 0.3
    )
    muted_style = ParagraphStyle("Muted", parent=small_style, textColor=muted)
    h1 = ParagraphStyle(
        "H1",
        parent=body,
        fontName=head_font + "-Bold",
        fontSize=f.h1_size,
        leading=f.h1_size * 1.25,
        textColor=accent,
        spaceBefore=size * SPACE_BEFORE_H1,
        spaceAfter=size * SPACE_AFTER_H1,
    )
    h2 = ParagraphStyle(
        "H2",
        parent=body,
        fontName=head_font + "-Bold",
        fontSize=f.h2_size,
        leading=f.h2_size * 1.3,
        textColor=text,
        spaceBefore=size * SPACE_BEFORE_H2,
        spaceAfter=size * 0.25,
        keepWithNext=1,
    )
    cell = ParagraphStyle("Cell", parent=body, spaceAfter=0, fontSize=size * 0.94, leading=size * 0.94 * 1.3)
    return PdfStyles(
        body=body,
        small=small_style,
        muted=muted_style,
        bullet=ParagraphStyle(
            "Bullet", parent=body, leftIndent=size * 1.4, bulletIndent=size * 0.2, spaceAfter=size * 0.55
        ),
        cell=cell,
        cell_more=ParagraphStyle("CellMore", parent=cell, spaceBefore=size * 0.35),
        cell_head=ParagraphStyle(
            "CellHead",
            parent=small_style,
            fontName=head_font + "-Bold",
            textColor=colors.HexColor(c.header_text),
            spaceAfter=0,
        ),
        cell_small=ParagraphStyle("CellSmall", parent=small_style, textColor=muted, spaceAfter=0),
        kicker=ParagraphStyle(
            "Kicker",
            parent=body,
            fontName=head_font + "-Bold",
            fontSize=small,
            leading=small * 1.3,
            textColor=accent,
            spaceAfter=size * 0.35,
        ),
        title=ParagraphStyle(
            "Title",
            parent=body,
            fontName=head_font + "-Bold",
            fontSize=f.title_size,
            leading=f.title_size * 1.18,
            textColor=text,
            spaceAfter=f.title_size * 0.45,
        ),
        cover_fact=ParagraphStyle(
            "CoverFact", parent=small_style, textColor=text, spaceAfter=0, leading=small * 1.35
        ),
        h1=h1,
        h2=h2,
        contents=ParagraphStyle("Contents", parent=body, spaceAfter=size * 0.15),
        body_font=body_font,
        bold_font=body_font + "-Bold",
        head_font=head_font,
    )


def table_style(template: Template, styles: PdfStyles, rows: int, *, header: bool = True) -> Any:
    """Grid for the timeline tables: a coloured header row, stripes, hairline rules, our font only."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    c = template.colors
    cmds: list[tuple[Any, ...]] = [
        # Every cell gets a font even though cells hold Paragraphs: reportlab otherwise
        # leaves an unembedded Helvetica in the PDF (see EXPORT.md).
        ("FONTNAME", (0, 0), (-1, -1), styles.body_font),
        ("FONTSIZE", (0, 0), (-1, -1), template.fonts.small_size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(c.rule)),
    ]
    first = 0
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(c.header_fill)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(c.accent)),
        ]
        first = 1
    for r in range(first + 1, rows, 2):
        cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(c.stripe)))
    return TableStyle(cmds)
