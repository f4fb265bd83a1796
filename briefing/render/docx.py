"""DOCX renderer (python-docx). STUB."""

from __future__ import annotations

import io

from briefing.model import Briefing
from briefing.template import Template


def render_docx(briefing: Briefing, template: Template) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(briefing.title, 0)
    for a in briefing.articles:
        d.add_heading(a.article.title, 2)
        for s in a.summary.sentences:
            d.add_paragraph(s)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
