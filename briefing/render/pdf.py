"""PDF renderer (reportlab platypus): lays out a finished Briefing (sections in pdf_sections.py).

Built twice: the first pass counts pages and records where each heading landed, the second
writes "Page X of Y" footers and the contents' page numbers (the deferred-showPage recipe would
break the outline). Like LaTeX with its .aux file, a caller may offer the layout of an earlier
run (``render_pdf_with_layout``): when the document turns out to have exactly that layout, one
pass suffices, and the bytes are those two passes would give. ``invariant=1`` plus a
timestamp pinned to the briefing's date makes the bytes depend on the briefing and template alone.
"""

from __future__ import annotations

import calendar
import io
import time
from datetime import date
from typing import Any

from briefing.model import Briefing
from briefing.render import common
from briefing.render.fonts import families_for, register_fonts
from briefing.render.pdf_sections import MM, Ctx, Pass, story
from briefing.render.pdf_styles import make_styles
from briefing.render.text import clean
from briefing.template import Template

FOOTER_GAP_MM = 9  # footer baseline below the text frame
MIN_FIT_SCALE = 0.85  # fit_one_page shrinks text at most to 85% (7.3 pt for an 8.6 pt body)


def _page_size(template: Template) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    width, height = LETTER if template.page.size == "Letter" else A4
    return float(width), float(height)


def _build(briefing: Briefing, template: Template, previous: Pass) -> tuple[bytes, Pass]:
    from reportlab.lib import colors
    from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate

    fonts = register_fonts(families_for(template.fonts.body, template.fonts.headings))
    styles = make_styles(template, fonts)
    page_w, page_h = _page_size(template)
    p = template.page
    frame = Frame(
        p.margin_left_mm * MM,
        p.margin_bottom_mm * MM,
        page_w - (p.margin_left_mm + p.margin_right_mm) * MM,
        page_h - (p.margin_top_mm + p.margin_bottom_mm) * MM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    learned = Pass()
    footer_left = clean(f"{briefing.title} · {common.format_period(briefing)}")

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        y = p.margin_bottom_mm * MM - FOOTER_GAP_MM * MM
        canvas.setStrokeColor(colors.HexColor(template.colors.rule))
        canvas.setLineWidth(0.5)
        canvas.line(frame._x1, y + 10, frame._x1 + frame._width, y + 10)
        canvas.setFont(styles.body_font, template.fonts.small_size * 0.92)
        canvas.setFillColor(colors.HexColor(template.colors.muted))
        canvas.drawString(
            frame._x1,
            y,
            _fit(footer_left, frame._width * 0.7, styles.body_font, template.fonts.small_size * 0.92),
        )
        total = previous.pages or doc.page
        canvas.drawRightString(
            frame._x1 + frame._width, y, template.labels.page.format(page=doc.page, pages=total)
        )
        canvas.restoreState()

    class _Doc(BaseDocTemplate):  # type: ignore[misc]
        def _makeCanvas(self, *args: Any, **kwargs: Any) -> Any:
            canv = super()._makeCanvas(*args, **kwargs)
            _pin_timestamp(canv, briefing.made)
            return canv

        def afterFlowable(self, flowable: Any) -> None:
            # A page shrunk to fit (KeepInFrame) holds the headings inside it.
            inner = getattr(flowable, "_content", None) if isinstance(flowable, KeepInFrame) else None
            for item in _flatten(inner) if inner else [flowable]:
                mark = getattr(item, "_briefing_bookmark", None)
                if mark is None:
                    continue
                key, level, title = mark
                self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
                learned.key_pages.setdefault(key, self.page)

    buf = io.BytesIO()
    doc = _Doc(
        buf,
        pagesize=(page_w, page_h),
        invariant=1,
        title=clean(briefing.title),
        author="briefing",
        creator=f"briefing {clean(briefing.tool_version)}",
        subject=f"{template.labels.kicker}, {common.format_period(briefing)}",
        keywords=[name for name, _ in common.outlet_counts(briefing)][:20],
        lang=template.language,
        displayDocTitle=1,
        initialFontName=styles.body_font,
        initialFontSize=template.fonts.body_size,
        leftMargin=p.margin_left_mm * MM,
        rightMargin=p.margin_right_mm * MM,
        topMargin=p.margin_top_mm * MM,
        bottomMargin=p.margin_bottom_mm * MM,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    ctx = Ctx(
        briefing, template, fonts, styles, common.shown_articles(briefing, template), frame._width, previous
    )
    flowables = story(ctx)
    if template.fit_one_page:
        flowables = _fit_one_page(flowables, frame)
    doc.build(flowables)
    learned.pages = doc.page
    return buf.getvalue(), learned


def _flatten(flowables: list[Any]) -> list[Any]:
    """Flowables with the contents of KeepTogether groups spliced in, in story order."""
    out: list[Any] = []
    for item in flowables:
        content = getattr(item, "_content", None)
        out += _flatten(content) if isinstance(content, list) else [item]
    return out


def _fit_one_page(story: list[Any], frame: Any) -> list[Any]:
    """The story shrunk onto one page when that needs no more than MIN_FIT_SCALE, else as is."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import CondPageBreak, KeepInFrame

    # Page-flow devices mean nothing inside one frame (and KeepTogether cannot draw itself there).
    flat = [f for f in _flatten(story) if not isinstance(f, CondPageBreak)]
    box = KeepInFrame(frame._width, frame._height, flat, mode="shrink", hAlign="LEFT", vAlign="TOP")
    box.canv = Canvas(io.BytesIO())  # measuring needs a canvas; this one is thrown away
    box.wrap(frame._width, frame._height)
    # KeepInFrame's _scale is the factor the content is divided by (1.2 = drawn at 83%).
    if 1.0 / getattr(box, "_scale", 1.0) < MIN_FIT_SCALE:
        return story
    return [KeepInFrame(frame._width, frame._height, flat, mode="shrink", hAlign="LEFT", vAlign="TOP")]


def _pin_timestamp(canv: Any, made: date) -> None:
    """Date the PDF (CreationDate, ModDate and the /ID digest) by the briefing's date.

    ``invariant=1`` alone uses 2000-01-01, or SOURCE_DATE_EPOCH from the environment when it is
    set: the bytes would then depend on the environment instead of on the briefing alone.
    """
    from hashlib import md5

    from reportlab.lib.utils import TimeStamp

    seconds = calendar.timegm(made.timetuple())
    stamp = TimeStamp(invariant=1)
    stamp.t, stamp.lt = seconds, time.gmtime(seconds)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    pdf = canv._doc
    pdf._timeStamp = stamp
    signature = md5(usedforsecurity=False)
    signature.update(b"a reportlab document")  # as reportlab seeds it, with our time
    signature.update(ascii(seconds).encode())
    pdf.signature = signature


def _fit(text: str, width: float, font: str, size: float) -> str:
    """Shorten a footer text with an ellipsis so it never runs into the page number."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_pdf(briefing: Briefing, template: Template) -> bytes:
    """The briefing as PDF bytes (identical bytes for an identical briefing and template)."""
    return render_pdf_with_layout(briefing, template)[0]


def render_pdf_with_layout(briefing: Briefing, template: Template,
                           hint: Pass | None = None) -> tuple[bytes, Pass]:
    """``render_pdf``, trying the layout ``hint`` first, and the layout the document has.

    A build with the page numbers of ``hint`` that lands every heading on those pages is
    final (it is what the second of two passes produces); otherwise the hint is dropped and
    the document is built from scratch as without one.
    """
    if hint is not None and hint.pages:
        data, learned = _build(briefing, template, hint)
        if learned == hint:
            return data, learned
    _, first = _build(briefing, template, Pass())
    data, second = _build(briefing, template, first)
    if second.pages != first.pages or second.key_pages != first.key_pages:
        # The contents' page numbers moved the layout: one more pass settles it.
        data, second = _build(briefing, template, second)
    return data, second
