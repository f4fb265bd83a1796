"""DOCX renderer (python-docx): the same sections as the PDF, in an editable document.

Styles come from the template's reference.docx when it has one (checked for every style the
renderer uses), else they are applied to python-docx's default document from style.toml.
The zip is rewritten with fixed timestamps and the core properties carry the briefing's date,
so an identical briefing gives identical bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import count
from typing import Any

from briefing.model import Briefing, SourceRef
from briefing.render import common
from briefing.render.docx_layout import (
    add_bookmark,
    add_field,
    add_link,
    add_text,
    cell_margins,
    column_widths,
    header_row,
    keep_row_whole,
    right_to_left,
    set_page,
    shade,
    table_borders,
    text_width,
)
from briefing.render.docx_styles import apply_styles, check_styles, fixed_zip
from briefing.render.text import clean, mostly_rtl
from briefing.template import Template

TIMELINE_COLUMNS = (0.2, 0.57, 0.23)  # as in the PDF: date | event | sources


@dataclass
class _Ctx:
    doc: Any
    briefing: Briefing
    template: Template
    shown: common.Shown
    bookmarks: count[int] = field(default_factory=lambda: count(1))
    style_ids: dict[str, str] = field(default_factory=dict)

    def heading(self, text: str, level: int, key: str) -> Any:
        para = self.para(clean(text), "Title" if level == 0 else f"Heading {level}")
        add_bookmark(para, key, next(self.bookmarks))
        return para

    def meta(self) -> Any:
        return self.para(style="Briefing Meta")

    def para(self, text: str = "", style: str | None = None) -> Any:
        """``doc.add_paragraph(text, style)``, with the style looked up once per document."""
        para = self.doc.add_paragraph(text)
        if style is not None:
            self.set_style(para, style)
        return para

    def set_style(self, paragraph: Any, style: str) -> None:
        """``paragraph.style = style`` without python-docx's lookup: it scans every style of the
        document for the default one on each assignment (~4 ms, most of a long DOCX's time)."""
        style_id = self.style_ids.get(style)
        if style_id is None:
            style_id = self.style_ids[style] = self.doc.styles[style].style_id
        paragraph._p.get_or_add_pPr().style = style_id


def _sources(ctx: _Ctx, paragraph: Any, refs: tuple[SourceRef, ...], size: float | None = None) -> None:
    for name, article_id in common.source_tokens(refs, limit=common.MAX_SOURCES_SHOWN):
        key = ctx.shown.anchors.get(article_id) if article_id else None
        if key:
            add_link(paragraph, name, anchor=key, size=size)
        else:
            add_text(paragraph, name, size=size)


def _cover(ctx: _Ctx) -> None:
    t = ctx.template
    ctx.para(clean(t.labels.kicker.upper()), "Briefing Kicker")
    title = ctx.para(clean(ctx.briefing.title), "Title")
    add_bookmark(title, "cover", next(ctx.bookmarks))
    facts = common.cover_facts(ctx.briefing, t)
    table = ctx.doc.add_table(rows=1, cols=len(facts))
    table_borders(table, t.colors.rule, outer_top=True)
    cell_margins(table, top=80, bottom=100, side=0)
    for cell, (label, value) in zip(table.rows[0].cells, facts, strict=True):
        para = cell.paragraphs[0]
        ctx.set_style(para, "Briefing Cell")
        add_text(para, label, color=t.colors.muted, size=t.fonts.small_size)
        para.add_run().add_break()
        add_text(para, value, bold=True, size=t.fonts.small_size)
    width = text_width(ctx.doc)
    column_widths(table, [int(width * w) for w in (0.46, 0.18, 0.18, 0.18)])


def _contents(ctx: _Ctx) -> None:
    """A static contents list with internal links (a TOC field stays empty until Word updates it)."""
    t = ctx.template
    names = [n for n in t.sections
             if n not in ("cover", "contents") and common.section_has_content(ctx.briefing, ctx.shown, n)]
    if not names:
        return
    ctx.heading(common.section_title("contents", t, ctx.briefing), 1, "sec-contents")
    for name in names:
        para = ctx.para()
        para.paragraph_format.space_after = 0
        add_link(para, common.section_title(name, t, ctx.briefing), anchor=f"sec-{name}")
        if name == "articles":
            for i, analysis in enumerate(common.contents_articles(ctx.shown, t)):
                item = ctx.para(style="Briefing Meta")
                item.paragraph_format.left_indent = _pt(t.fonts.body_size * 1.4)
                item.paragraph_format.space_after = 0
                add_link(item, analysis.article.title, anchor=common.anchor(i))


def _pt(points: float) -> Any:
    from docx.shared import Pt

    return Pt(points)


def _key_points(ctx: _Ctx) -> None:
    t = ctx.template
    for point in ctx.briefing.key_points:
        para = ctx.para(style="List Bullet")
        add_text(para, point.text)
        tail = [common.format_day(point.date)] if point.date else []
        add_text(
            para,
            " — " + " · ".join(tail) + (" · " if tail and point.sources else ""),
            color=t.colors.muted,
            size=t.fonts.small_size,
        )
        _sources(ctx, para, point.sources, size=t.fonts.small_size)


def _chart(ctx: _Ctx) -> None:
    from docx.shared import Mm

    from briefing.render.chart import render_chart

    png = render_chart(ctx.briefing, ctx.template)
    width = min(Mm(ctx.template.chart.width_mm), text_width(ctx.doc))
    ctx.doc.add_picture(io.BytesIO(png), width=width)


def _event_table(ctx: _Ctx, section: str) -> None:
    t = ctx.template
    labels, colors = t.labels, t.colors
    events = common.section_events(ctx.briefing, section)
    if not events:
        ctx.para(clean(labels.no_events), "Briefing Meta")
        return
    table = ctx.doc.add_table(rows=1, cols=3)
    table_borders(table, colors.rule)
    cell_margins(table, top=60, bottom=80, side=100)
    head = table.rows[0]
    header_row(head)
    for cell, text in zip(head.cells, (labels.date, labels.event, labels.sources), strict=True):
        shade(cell, colors.header_fill)
        ctx.set_style(cell.paragraphs[0], "Briefing Cell Head")
        add_text(cell.paragraphs[0], text)
    for k, e in enumerate(events):
        row = table.add_row()
        keep_row_whole(row)
        date_cell, event_cell, source_cell = row.cells
        for cell in row.cells:
            ctx.set_style(cell.paragraphs[0], "Briefing Cell")
            if k % 2:
                shade(cell, colors.stripe)
        add_text(date_cell.paragraphs[0], e.label, bold=True)
        # A paragraph per sentence, as in the PDF: two reports of a day are two texts.
        for n, sentence in enumerate(clean(s) for s in common.event_sentences(e, t)):
            para = event_cell.paragraphs[0] if n == 0 else event_cell.add_paragraph()
            if n:
                ctx.set_style(para, "Briefing Cell")
                para.paragraph_format.space_before = _pt(t.fonts.body_size * 0.35)
            add_text(para, sentence)
            if mostly_rtl(sentence):
                right_to_left(para)
        _sources(ctx, source_cell.paragraphs[0], e.sources, size=t.fonts.small_size)
    width = text_width(ctx.doc)
    column_widths(table, [int(width * w) for w in TIMELINE_COLUMNS])
    if section == common.approx_note_after(ctx.briefing, t):
        ctx.para(clean(labels.approx_note), "Briefing Meta")


def _articles(ctx: _Ctx) -> None:
    t = ctx.template
    labels, compact = t.labels, t.article_layout != "full"
    for i, analysis in enumerate(ctx.shown.articles):
        art = analysis.article
        link = common.article_link(analysis)
        summary = analysis.summary.sentences
        if compact:
            para = ctx.para()
            add_bookmark(para, common.anchor(i), next(ctx.bookmarks))
            if link:
                add_link(para, art.title, url=link, bold=True)
            else:
                add_text(para, art.title, bold=True)
            add_text(
                para,
                f"  {clean(art.source)} · {common.format_day(art.published)}",
                color=t.colors.muted,
                size=t.fonts.small_size,
            )
            if t.article_layout == "compact":
                para.add_run().add_break()
                add_text(para, summary[0] if summary else labels.no_summary)
            continue
        ctx.heading(art.title, 2, common.anchor(i))
        meta = ctx.meta()
        add_text(meta, " · ".join(x for x in (clean(art.source), common.format_day(art.published)) if x))
        if link:
            add_text(meta, " · ")
            add_link(meta, common.display_url(link), url=link)
        if not summary:
            ctx.para(clean(labels.no_summary), "Briefing Meta")
        else:
            if common.shown_whole(analysis):
                ctx.para(clean(labels.full_text), "Briefing Meta")
            body = ctx.para(" ".join(clean(s) for s in summary))
            if mostly_rtl(body.text):
                right_to_left(body)
        pairs, more = common.dates_found(analysis)
        found = ctx.meta()
        add_text(found, f"{labels.dates_found}: ")
        text = " · ".join(common.date_pair(a, b) for a, b in pairs) or labels.no_dates
        add_text(found, text + (f" · +{more}" if more else ""), color=t.colors.text)
    if ctx.shown.hidden:
        ctx.para(
            clean(labels.more_articles.format(shown=len(ctx.shown.articles), total=ctx.shown.total)),
            "Briefing Meta",
        )


def _appendix(ctx: _Ctx) -> None:
    b, labels = ctx.briefing, ctx.template.labels

    def label(text: str) -> None:
        add_text(ctx.para(), text, bold=True)

    label(labels.sources_list)
    ctx.para(
        " · ".join(f"{clean(n)} ({k})" for n, k in common.outlet_counts(b)) or labels.none,
        "Briefing Meta",
    )
    label(f"{labels.skipped} ({len(b.skipped)})")
    for item in b.skipped:
        ctx.para(f"{clean(item.path)} — {clean(item.reason)}", "Briefing Meta")
    if not b.skipped:
        ctx.para(clean(labels.none), "Briefing Meta")
    if b.notes:
        label(labels.notes)
        for note in b.notes:
            ctx.para(clean(note), "Briefing Meta")
    label(labels.method)
    ctx.para(clean(labels.method_text), "Briefing Meta")
    ctx.para(
        clean(f"{labels.tool_version} {b.tool_version}, template {ctx.template.name}."), "Briefing Meta"
    )


_BUILDERS: dict[str, Callable[[_Ctx], None]] = {
    "key_points": _key_points,
    "chart": _chart,
    **{name: partial(_event_table, section=name) for name in common.EVENT_SECTIONS},
    "articles": _articles,
    "appendix": _appendix,
}




def _footer(ctx: _Ctx) -> None:
    """'title · period' on the left, 'Page X of Y' (PAGE / NUMPAGES fields) on the right."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    t = ctx.template
    footer = ctx.doc.sections[0].footer
    para = footer.paragraphs[0]
    ctx.set_style(para, "Briefing Meta")
    para.paragraph_format.tab_stops.add_tab_stop(text_width(ctx.doc), WD_TAB_ALIGNMENT.RIGHT)
    add_text(para, f"{ctx.briefing.title} · {common.format_period(ctx.briefing)}")
    para.add_run().add_tab()
    # The label may put its placeholders in any order ("{pages} pages, this is {page}").
    for piece in re.split(r"(\{page\}|\{pages\})", t.labels.page):
        if piece == "{page}":
            add_field(para, "PAGE", "1")
        elif piece == "{pages}":
            add_field(para, "NUMPAGES", "1")
        elif piece:
            add_text(para, piece.replace("{{", "{").replace("}}", "}"))


def _properties(ctx: _Ctx) -> None:
    b, t = ctx.briefing, ctx.template
    props = ctx.doc.core_properties
    props.title = clean(b.title)
    props.subject = clean(f"{t.labels.kicker}, {common.format_period(b)}")
    props.author = props.last_modified_by = "briefing"
    props.keywords = ", ".join(name for name, _ in common.outlet_counts(b)[:20])
    props.comments = clean(f"{t.labels.tool_version} {b.tool_version}, template {t.name}")
    props.language = t.language
    props.category = clean(t.labels.kicker)
    props.revision = 1
    made = datetime(b.made.year, b.made.month, b.made.day)  # the briefing's date, never the clock
    props.created = props.modified = made
    props.last_printed = made


def _document(template: Template) -> Any:
    import docx

    if template.reference_docx is not None:
        doc = docx.Document(str(template.reference_docx))
        check_styles(doc, str(template.reference_docx))
        body = doc.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
    else:
        doc = docx.Document()
        apply_styles(doc, template)
    set_page(doc, template)
    return doc


def render_docx(briefing: Briefing, template: Template) -> bytes:
    """The briefing as DOCX bytes (identical bytes for an identical briefing and template)."""
    doc = _document(template)
    ctx = _Ctx(doc, briefing, template, common.shown_articles(briefing, template))
    for name in template.sections:
        if name == "cover":
            _cover(ctx)
        elif name == "contents":
            _contents(ctx)
        elif common.section_has_content(ctx.briefing, ctx.shown, name):
            ctx.heading(common.section_title(name, template, ctx.briefing), 1, f"sec-{name}")
            _BUILDERS[name](ctx)
    _footer(ctx)
    _properties(ctx)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())
