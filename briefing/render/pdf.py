"""PDF renderer (reportlab platypus). STUB."""

from __future__ import annotations

import io

from briefing.model import Briefing
from briefing.template import Template


def render_pdf(briefing: Briefing, template: Template) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    buf = io.BytesIO()
    ss = getSampleStyleSheet()
    story = [Paragraph(escape(briefing.title), ss["Title"])]
    for a in briefing.articles:
        story.append(Paragraph(escape(a.article.title), ss["Heading2"]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()
