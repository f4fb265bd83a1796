"""Render stage: lay out a finished ``Briefing`` as PDF, DOCX, JSON or Markdown bytes.

Renderers return bytes; the pipeline writes them atomically. They never re-parse text or
compute dates. STUB — the export work replaces the bodies.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Briefing
from briefing.template import Template

FORMATS = ("pdf", "docx", "json", "md")


def render_json(briefing: Briefing, template: Template) -> bytes:
    import dataclasses
    import json

    return json.dumps(dataclasses.asdict(briefing), default=str, indent=2, ensure_ascii=False).encode()


def render_markdown(briefing: Briefing, template: Template) -> bytes:
    lines = [f"# {briefing.title}", ""]
    for a in briefing.articles:
        lines += [f"## {a.article.title}", "", *a.summary.sentences, ""]
    return "\n".join(lines).encode()


def renderer(fmt: str) -> Callable[[Briefing, Template], bytes]:
    """The renderer for ``fmt`` (imported lazily: reportlab and python-docx are heavy)."""
    if fmt == "pdf":
        from briefing.render.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from briefing.render.docx import render_docx

        return render_docx
    return {"json": render_json, "md": render_markdown}[fmt]
