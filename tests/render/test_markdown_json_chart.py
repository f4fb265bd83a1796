"""Markdown escapes article text, JSON carries every article, the chart PNG is stable."""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import replace

from render_factories import HOSTILE_URL, make_briefing

from briefing.model import Briefing
from briefing.render import FORMATS, renderer
from briefing.render.chart import DPI, chart_series, render_chart
from briefing.template import Template


def test_formats() -> None:
    assert FORMATS == ("pdf", "docx", "json", "md")


def test_markdown_escapes_and_links(hostile: Briefing, weekly: Template) -> None:
    text = renderer("md")(hostile, weekly).decode()
    assert "AT\\&T and S\\&P 500 \\<b\\>rally\\</b\\> as 0.1 \\<A \\<0.9" in text
    assert "<b>" not in text and HOSTILE_URL not in text and "\x0b" not in text
    assert "[news.example.org/00/story](<https://news.example.org/00/story?id=0&lang=en>)" in text
    assert "[Wire \\& \\<Co\\>](#art-1)" in text  # key point source links to the article


def test_markdown_has_the_timeline_table(briefing: Briefing, weekly: Template) -> None:
    text = renderer("md")(briefing, weekly).decode()
    assert "| Date | Event | Sources |" in text
    assert "| \\~ early March 2020 | Crews cleared snow overnight. |" in text


def test_json_carries_all_articles(weekly: Template) -> None:
    big = make_briefing(12)
    data = json.loads(renderer("json")(big, replace(weekly, article_cap=3)))
    assert len(data["articles"]) == 12
    assert data["period"] == {"start": "2020-03-02", "end": "2020-03-08", "label": "2020-W10"}
    assert data["timeline"]["events"][0]["certainty"] == "approximate"


def test_json_survives_hostile_text(hostile: Briefing, weekly: Template) -> None:
    raw = renderer("json")(hostile, weekly)
    assert json.loads(raw)["title"] == "Hostile <briefing> & friends"
    assert raw == renderer("json")(hostile, weekly)


def _png_chunks(png: bytes) -> list[bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        assert (
            zlib.crc32(png[pos + 4 : pos + 8 + length])
            == struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])[0]
        )
        chunks.append(kind)
        pos += 12 + length
    return chunks


def test_chart_is_stable_and_sized(briefing: Briefing, weekly: Template) -> None:
    png = render_chart(briefing, weekly)
    assert png == render_chart(briefing, weekly)
    chunks = _png_chunks(png)
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(chunks)  # no software name, no time
    width, height = struct.unpack(">II", png[16:24])
    assert abs(width - weekly.chart.width_mm / 25.4 * DPI) <= 2
    assert abs(height - weekly.chart.height_mm / 25.4 * DPI) <= 2


def test_chart_counts(briefing: Briefing) -> None:
    starts, articles, events, step = chart_series(briefing)
    assert step == 1 and len(starts) == 7
    assert sum(articles) == len(briefing.articles)
    assert sum(events) == 8  # the day-dated events; "~ early March" spans ten days and is left out
