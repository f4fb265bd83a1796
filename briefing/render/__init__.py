"""Render stage: lay out a finished ``Briefing`` as PDF, DOCX, JSON or Markdown bytes.

Renderers return bytes (the pipeline writes them atomically), read a finished Briefing and
never re-parse text or compute dates. Heavy libraries (reportlab, python-docx, matplotlib) are
imported only when a renderer is asked for, so ``briefing dates`` stays light.

    pdf.py, pdf_sections.py,   reportlab platypus (document, sections, styles)
      pdf_styles.py
    docx.py, docx_layout.py,   python-docx (+ the WordprocessingML it has no API for)
      docx_styles.py
    json.py, markdown.py       for machines, for email and chat
    chart.py                   the timeline chart (matplotlib, PNG)
    common.py                  what every document shows, decided once
    text.py                    cleaning, escaping, safe links, right-to-left shaping
    fonts.py                   DejaVu TTF families for the PDF
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Briefing
from briefing.template import Template

FORMATS = ("pdf", "docx", "json", "md")

Renderer = Callable[[Briefing, Template], bytes]


def renderer(fmt: str) -> Renderer:
    """The renderer for ``fmt`` (one of FORMATS), imported on first use."""
    if fmt == "pdf":
        from briefing.render.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from briefing.render.docx import render_docx

        return render_docx
    if fmt == "json":
        from briefing.render.json import render_json

        return render_json
    if fmt == "md":
        from briefing.render.markdown import render_markdown

        return render_markdown
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
