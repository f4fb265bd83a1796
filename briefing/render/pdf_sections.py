"""The PDF's sections as platypus flowables, built from a finished Briefing and the template.

Every article-derived string goes through ``Ctx.t`` (escaping, shaping, font fallback); only
this module adds markup tags. Headings carry a bookmark so the document can build the outline.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from briefing.model import Briefing, SourceRef
from briefing.render import common
from briefing.render.fonts import FontSet
from briefing.render.pdf_styles import PdfStyles, table_style
from briefing.render.text import Faces, clean, href, markup, mostly_rtl, rtl_chars
from briefing.template import Template

MM = 72 / 25.4
MIN_LINES_AFTER_H1 = 5  # body lines that must fit below a section heading on the same page
TIMELINE_COLUMNS = (0.2, 0.57, 0.23)  # date | event | sources, as fractions of the frame width
CELL_PADDING = 12  # points a table cell takes off its column's width (pdf_styles pads 5 + 5), and a margin


@dataclass
class Pass:
    """What the first build learns and the second uses."""

    pages: int = 0
    key_pages: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"pages": self.pages, "key_pages": self.key_pages}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Pass | None:
        """The layout ``to_json`` wrote, or None for anything else."""
        try:
            data = json.loads(text)
            pages, key_pages = data["pages"], data["key_pages"]
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(pages, int) or not isinstance(key_pages, dict):
            return None
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in key_pages.items()):
            return None
        return cls(pages, key_pages)


@dataclass
class Ctx:
    briefing: Briefing
    template: Template
    fonts: FontSet
    styles: PdfStyles
    shown: common.Shown
    width: float
    previous: Pass  # what the previous build learned (page numbers)

    def t(self, text: str, *, bold: bool = False, width: float | None = None, size: float | None = None) -> str:
        """Article-derived text as escaped, shaped markup (the only door into a Paragraph).

        ``bold``: the text sits in a bold style, so runs in other faces take their bold too.
        ``width`` and ``size``: the column's width and the font size, when a long right-to-left
        passage may fill it (else its lines are kept short enough for any column).
        """
        if width is None or size is None:
            return markup(text, self.faces[bold])
        return markup(text, self.faces[bold], rtl_line=rtl_chars(width, size))

    @cached_property
    def faces(self) -> dict[bool, Faces]:
        body = self.fonts.regular[self.template.fonts.body]
        sans = self.fonts.regular["sans"]
        out = {}
        for bold in (False, True):
            suffix = "-Bold" if bold else ""
            out[bold] = Faces(
                covered=self.fonts.covered[body + suffix],
                fallback=sans + suffix,
                fallback_covered=self.fonts.covered[sans + suffix],
                rtl=self.fonts.rtl + suffix,
                rtl_path=str(self.fonts.rtl_path),
                missing_color=self.template.colors.muted,
                missing_label=self.template.labels.missing_script,
            )
        return out

    def color(self, name: str) -> str:
        return str(getattr(self.template.colors, name))


def _heading(text: str, style: Any, key: str, level: int, outline: str) -> Any:
    """A Paragraph (markup ``text``) that is also a link target and an outline entry titled by
    the plain text ``outline`` (see _Doc.afterFlowable)."""
    from reportlab.platypus import Paragraph

    para = Paragraph(f'<a name="{key}"/>{text}', style)
    para._briefing_bookmark = (key, level, clean(outline))
    return para


def _sources_markup(ctx: Ctx, refs: tuple[SourceRef, ...]) -> str:
    """Outlet names (or days), each linked to its article's section when that article is shown."""
    parts = []
    for text, article_id in common.source_tokens(refs, limit=common.MAX_SOURCES_SHOWN):
        key = ctx.shown.anchors.get(article_id) if article_id else None
        parts.append(
            f'<a href="#{key}" color="{ctx.color("accent")}">{ctx.t(text)}</a>' if key else ctx.t(text)
        )
    return "".join(parts)


# --- sections ----------------------------------------------------------------------------------


def _cover(ctx: Ctx) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle

    s, labels = ctx.styles, ctx.template.labels
    out: list[Any] = [
        HRFlowable(width="100%", thickness=2.2, color=colors.HexColor(ctx.color("accent")), spaceAfter=8),
        Paragraph(ctx.t(labels.kicker.upper()), s.kicker),
        _heading(ctx.t(ctx.briefing.title, bold=True), s.title, "cover", 0, ctx.briefing.title),
    ]
    facts = common.cover_facts(ctx.briefing, ctx.template)
    cells = [
        [
            Paragraph(
                f'<font color="{ctx.color("muted")}">{ctx.t(k)}</font><br/><b>{ctx.t(v)}</b>', s.cover_fact
            )
            for k, v in facts
        ]
    ]
    widths = [ctx.width * w for w in (0.46, 0.18, 0.18, 0.18)]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.body_font),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.HexColor(ctx.color("rule"))),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor(ctx.color("rule"))),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    out += [Spacer(1, 4), table, Spacer(1, 6)]
    return out


def _contents(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import Paragraph, Table

    s, accent = ctx.styles, ctx.color("accent")
    rows: list[list[Any]] = []
    for name in ctx.template.sections:
        if name in ("cover", "contents") or not common.section_has_content(ctx.briefing, ctx.shown, name):
            continue
        key = f"sec-{name}"
        title = common.section_title(name, ctx.template, ctx.briefing)
        rows.append(
            [
                Paragraph(f'<a href="#{key}" color="{accent}">{ctx.t(title)}</a>', s.contents),
                _page_cell(ctx, key),
            ]
        )
        if name == "articles":
            for i, a in enumerate(common.contents_articles(ctx.shown, ctx.template)):
                key = common.anchor(i)
                rows.append(
                    [
                        Paragraph(
                            f'<a href="#{key}">{ctx.t(a.article.title)}</a>',
                            _indented(s.contents, s.body.fontSize * 1.4, s.small),
                        ),
                        _page_cell(ctx, key),
                    ]
                )
    if not rows:
        return []
    table = Table(rows, colWidths=[ctx.width - 40, 40], hAlign="LEFT")
    table.setStyle(table_style(ctx.template, s, len(rows), header=False))
    title = common.section_title("contents", ctx.template, ctx.briefing)
    return [_heading(ctx.t(title), s.h1, "sec-contents", 0, title), table]


def _indented(style: Any, indent: float, size_from: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        style.name + "Indented",
        parent=style,
        leftIndent=indent,
        fontSize=size_from.fontSize,
        leading=size_from.leading,
    )


def _aligned(style: Any, text: str) -> Any:
    """``style``, aligned right for a paragraph of mostly right-to-left text (an article in Arabic)."""
    if not mostly_rtl(text):
        return style
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def _page_cell(ctx: Ctx, key: str) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    page = ctx.previous.key_pages.get(key)
    style = ParagraphStyle("PageNo", parent=ctx.styles.small, alignment=TA_RIGHT)
    return Paragraph(str(page) if page else "", style)


def _key_points(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import Paragraph

    s, muted = ctx.styles, ctx.color("muted")
    out = []
    for point in ctx.briefing.key_points:
        # No-break spaces keep "— 6 Mar 2020" together when the line wraps.
        meta = [common.unbroken(common.format_day(point.date))] if point.date else []
        sources = _sources_markup(ctx, point.sources)
        tail = " · ".join([*meta, sources] if sources else meta)
        suffix = f' <font color="{muted}" size="{s.small.fontSize}">—\u00a0{tail}</font>' if tail else ""
        text = ctx.t(point.text, width=ctx.width - s.bullet.leftIndent, size=s.bullet.fontSize)
        # left-aligned even when right-to-left: the bullet and the dated sources are set left to right
        out.append(Paragraph(text + suffix, s.bullet, bulletText="•"))
    return out


def _chart(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import Image

    from briefing.render.chart import render_chart

    png = render_chart(ctx.briefing, ctx.template)
    width = min(ctx.template.chart.width_mm * MM, ctx.width)
    height = width * ctx.template.chart.height_mm / ctx.template.chart.width_mm
    return [Image(io.BytesIO(png), width=width, height=height, hAlign="LEFT")]


def _event_table(ctx: Ctx, section: str) -> list[Any]:
    from reportlab.platypus import Paragraph, Table

    s, labels = ctx.styles, ctx.template.labels
    events = common.section_events(ctx.briefing, section)
    if not events:
        return [Paragraph(ctx.t(labels.no_events), s.muted)]
    rows: list[list[Any]] = [
        [Paragraph(ctx.t(h), s.cell_head) for h in (labels.date, labels.event, labels.sources)]
    ]
    width = ctx.width * TIMELINE_COLUMNS[1] - CELL_PADDING
    for e in events:
        # A paragraph per sentence: two reports of a day, often from different articles, must not
        # read as one text ("Yesterday" in the second is the second article's yesterday).
        told = [Paragraph(ctx.t(sentence, width=width, size=s.cell.fontSize),
                          _aligned(s.cell_more if k else s.cell, sentence))
                for k, sentence in enumerate(common.event_sentences(e, ctx.template))]
        rows.append(
            [
                Paragraph(f"<b>{ctx.t(e.label, bold=True)}</b>", s.cell),
                told,
                Paragraph(_sources_markup(ctx, e.sources), s.cell_small),
            ]
        )
    table = Table(rows, colWidths=[ctx.width * w for w in TIMELINE_COLUMNS], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(ctx.template, s, len(rows)))
    out: list[Any] = [table]
    if section == common.approx_note_after(ctx.briefing, ctx.template):
        out.append(Paragraph(ctx.t(labels.approx_note), s.muted))
    return out


def _articles(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    s, labels, out = ctx.styles, ctx.template.labels, []
    compact = ctx.template.article_layout != "full"
    cells: list[Any] = []  # compact layout: one cell per article, two columns
    for i, analysis in enumerate(ctx.shown.articles):
        art = analysis.article
        link = common.article_link(analysis)
        meta = [ctx.t(art.source) if art.source else "", common.format_day(art.published)]
        if link and not compact:
            meta.append(
                f'<a href={href(link)} color="{ctx.color("accent")}">{ctx.t(common.display_url(link))}</a>'
            )
        meta_text = " · ".join(m for m in meta if m)
        summary = analysis.summary.sentences
        if compact:
            title = ctx.t(art.title, bold=True)
            if link:
                title = f"<a href={href(link)}>{title}</a>"
            body = ""
            if ctx.template.article_layout == "compact":
                body = "<br/>" + (ctx.t(summary[0]) if summary else ctx.t(labels.no_summary))
            cells.append(
                Paragraph(
                    f'<a name="{common.anchor(i)}"/><b>{title}</b><br/>'
                    f'<font color="{ctx.color("muted")}" size="{s.small.fontSize}">'
                    f"{meta_text}</font>{body}",
                    s.cell,
                )
            )
            continue
        block: list[Any] = [
            _heading(ctx.t(art.title, bold=True), s.h2, common.anchor(i), 1, art.title),
            Paragraph(f'<font color="{ctx.color("muted")}">{meta_text}</font>', s.small),
        ]
        if not summary:
            block.append(Paragraph(ctx.t(labels.no_summary), s.muted))
        else:
            if common.shown_whole(analysis):
                block.append(Paragraph(ctx.t(labels.full_text), s.muted))
            joined = " ".join(summary)
            text = ctx.t(joined, width=ctx.width, size=s.body.fontSize)  # one run: lines in order
            block.append(Paragraph(text, _aligned(s.body, joined)))
        pairs, more = common.dates_found(analysis)
        found = " · ".join(ctx.t(common.date_pair(text, value)) for text, value in pairs) or ctx.t(
            labels.no_dates
        )
        if more:
            found += f" · +{more}"
        block.append(
            Paragraph(
                f'<font color="{ctx.color("muted")}">{ctx.t(labels.dates_found)}:</font> {found}', s.small
            )
        )
        # An article's section stays on one page unless it is longer than a page.
        out.append(KeepTogether(block))
    if cells:
        out += _grid(ctx, cells)
    if ctx.shown.hidden:
        out.append(
            Paragraph(
                ctx.t(labels.more_articles.format(shown=len(ctx.shown.articles), total=ctx.shown.total)),
                s.muted,
            )
        )
    return out


def _grid(ctx: Ctx, cells: list[Any]) -> list[Any]:
    """Compact articles in two columns, read row by row (cells are anchors, not outline entries)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), ctx.styles.body_font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 10),
            ("LEFTPADDING", (1, 0), (1, -1), 10),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBEFORE", (1, 0), (1, -1), 0.4, colors.HexColor(ctx.color("rule"))),
        ]
    )
    # One table per row so that rows flow across pages one by one.
    tables = []
    for i in range(0, len(cells), 2):
        row = cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2]))
        tables.append(Table([row], colWidths=[ctx.width / 2] * 2, hAlign="LEFT", style=style))
    return tables


def _appendix(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    s, labels, b = ctx.styles, ctx.template.labels, ctx.briefing

    def block(title: str, lines: list[str], *, bullets: bool = False) -> Any:
        """A label and its lines, kept on one page (unless longer than a page)."""
        items = [Paragraph(line, s.small, bulletText="–" if bullets else None) for line in lines]
        return KeepTogether([Paragraph(f"<b>{title}</b>", s.body), *items])

    outlets = " · ".join(f"{ctx.t(name)} ({n})" for name, n in common.outlet_counts(b))
    out = [
        block(ctx.t(labels.sources_list), [outlets or ctx.t(labels.none)]),
        block(
            f"{ctx.t(labels.skipped)} ({len(b.skipped)})",
            [f"{ctx.t(item.path)} — {ctx.t(item.reason)}" for item in b.skipped] or [ctx.t(labels.none)],
            bullets=bool(b.skipped),
        ),
    ]
    if b.notes:
        out.append(block(ctx.t(labels.notes), [ctx.t(note) for note in b.notes], bullets=True))
    out.append(
        block(
            ctx.t(labels.method),
            [
                ctx.t(labels.method_text),
                f'<font color="{ctx.color("muted")}">'
                f"{ctx.t(f'{labels.tool_version} {b.tool_version}, template {ctx.template.name}.')}</font>",
            ],
        )
    )
    return out


_BUILDERS: dict[str, Callable[[Ctx], list[Any]]] = {
    "key_points": _key_points,
    "chart": _chart,
    **{name: partial(_event_table, section=name) for name in common.EVENT_SECTIONS},
    "articles": _articles,
    "appendix": _appendix,
}




def story(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Image, KeepTogether, Table

    story: list[Any] = []
    for name in ctx.template.sections:
        if name == "cover":
            story += _cover(ctx)
        elif name == "contents":
            story += _contents(ctx)
        elif common.section_has_content(ctx.briefing, ctx.shown, name):
            title = common.section_title(name, ctx.template, ctx.briefing)
            # Instead of keepWithNext (which drags a whole table to the next page and leaves a
            # hole), start a new page only when a heading would sit alone at the bottom.
            story.append(CondPageBreak(ctx.styles.h1.leading + ctx.styles.body.leading * MIN_LINES_AFTER_H1))
            heading = _heading(ctx.t(title, bold=True), ctx.styles.h1, f"sec-{name}", 0, title)
            body = _BUILDERS[name](ctx)
            if body and (
                isinstance(body[0], (KeepTogether, Image))
                or (isinstance(body[0], Table) and len(body[0]._cellvalues) == 1)
            ):
                # The first block (an article, a row of compact articles, the chart) moves to the
                # next page whole when it does not fit: the section heading goes with it. A block
                # that is a KeepTogether itself is unpacked: reportlab's KeepTogether reports an
                # endless height to its parent, which then always moved to a new page.
                first = body.pop(0)
                content = first._content if isinstance(first, KeepTogether) else [first]
                story.append(KeepTogether([heading, *content]))
            else:
                story.append(heading)
            story += body
    return story
