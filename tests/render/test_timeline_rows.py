"""A timeline row's sentences in every document: each its own paragraph, never run together."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
from pypdf import PdfReader

from briefing.model import Briefing
from briefing.render import renderer
from briefing.template import Template

FIRST = "Crews cleared the snow."
SECOND = "Yesterday, schools reopened."


def _two_reports(briefing: Briefing) -> Briefing:
    """The briefing with its first timeline row telling two reports of the day."""
    first, *rest = briefing.timeline.events
    two = replace(first, text=FIRST, sentences=(FIRST, SECOND))
    return replace(briefing, timeline=replace(briefing.timeline, events=(two, *rest)))


def test_each_sentence_of_a_row_is_its_own_paragraph(briefing: Briefing, weekly: Template) -> None:
    shown = _two_reports(briefing)
    document = docx.Document(io.BytesIO(renderer("docx")(shown, weekly)))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Date")
    assert [p.text for p in table.rows[1].cells[1].paragraphs] == [FIRST, SECOND]

    # Both sentences would fit on one line of the column: a line break between them is a new paragraph.
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(renderer("pdf")(shown, weekly))).pages)
    assert f"{FIRST}\n{SECOND}" in pdf

    markdown = renderer("md")(shown, weekly).decode()
    assert f"| {FIRST}<br>{SECOND} |" in markdown
