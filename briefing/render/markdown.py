"""Markdown renderer, for email and chat: the same sections as the PDF, as CommonMark + tables.

Article text is escaped (``md``) so that ``<b>``, ``*``, ``|`` or ``[x](y)`` in an article show
literally instead of turning into markup; only http(s)/mailto links become links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from briefing.model import Briefing, SourceRef
from briefing.render import common
from briefing.render.text import clean
from briefing.template import Template

# ASCII punctuation with a meaning somewhere in CommonMark/GFM; CommonMark lets any of them be
# backslash-escaped. '-', '+', '=' and '1.' only matter at a line start (handled below); '(' and
# '!' only next to '[', which is escaped.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|&~])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def md(text: str) -> str:
    escaped = _SPECIAL.sub(r"\\\1", clean(text))
    return _LINE_START.sub(
        lambda m: (
            m.group(1) + "\\" + m.group(2)
            if not m.group(2)[0].isdigit()
            else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1]
        ),
        escaped,
    )


def _link(text: str, url: str) -> str:
    return f"[{md(text)}](<{url.replace('>', '%3E').replace('<', '%3C')}>)"


def _sources(refs: tuple[SourceRef, ...], shown: common.Shown) -> str:
    return "".join(
        f"[{md(text)}](#{shown.anchors[aid]})" if aid in shown.anchors else md(text)
        for text, aid in common.source_tokens(refs, limit=common.MAX_SOURCES_SHOWN)
    )


def _events(briefing: Briefing, section: str, template: Template, shown: common.Shown) -> list[str]:
    labels = template.labels
    events = common.section_events(briefing, section)
    if not events:
        return [md(labels.no_events), ""]
    lines = [f"| {md(labels.date)} | {md(labels.event)} | {md(labels.sources)} |", "|---|---|---|"]
    for e in events:
        text = "<br>".join(md(s) for s in common.event_sentences(e, template))  # one line per report
        lines.append(f"| {md(e.label)} | {text} | {_sources(e.sources, shown)} |")
    if section == common.approx_note_after(briefing, template):
        lines += ["", f"*{md(labels.approx_note)}*"]
    return [*lines, ""]


def render_markdown(briefing: Briefing, template: Template) -> bytes:
    labels = template.labels
    shown = common.shown_articles(briefing, template)
    out: list[str] = []

    def key_points() -> list[str]:
        lines = []
        for p in briefing.key_points:
            tail = " · ".join(
                x for x in ((common.format_day(p.date) if p.date else ""), _sources(p.sources, shown)) if x
            )
            lines.append(f"- {md(p.text)}" + (f" — {tail}" if tail else ""))
        return [*lines, ""]

    def articles() -> list[str]:
        lines = []
        for i, a in enumerate(shown.articles):
            art, link = a.article, common.article_link(a)
            lines += [f'### <a id="{common.anchor(i)}"></a>{md(art.title)}', ""]
            meta = [md(art.source), common.format_day(art.published)]
            if link:
                meta.append(_link(common.display_url(link), link))
            lines += ["*" + " · ".join(m for m in meta if m) + "*", ""]
            summary = a.summary.sentences
            if template.article_layout == "compact":
                summary = summary[:1]
            if template.article_layout != "headlines":
                lines += [" ".join(md(s) for s in summary) if summary else f"*{md(labels.no_summary)}*", ""]
            if template.article_layout == "full":
                pairs, more = common.dates_found(a)
                found = " · ".join(f"{md(x)} → {md(y)}" for x, y in pairs) or md(labels.no_dates)
                lines += [f"*{md(labels.dates_found)}:* {found}" + (f" · +{more}" if more else ""), ""]
        if shown.hidden:
            lines += [
                f"*{md(labels.more_articles.format(shown=len(shown.articles), total=shown.total))}*",
                "",
            ]
        return lines

    def appendix() -> list[str]:
        lines = [
            f"**{md(labels.sources_list)}:** "
            + (" · ".join(f"{md(n)} ({k})" for n, k in common.outlet_counts(briefing)) or md(labels.none)),
            "",
            f"**{md(labels.skipped)}** ({len(briefing.skipped)})",
            "",
        ]
        lines += [f"- {md(s.path)} — {md(s.reason)}" for s in briefing.skipped] or [md(labels.none)]
        if briefing.notes:
            lines += ["", f"**{md(labels.notes)}**", "", *[f"- {md(n)}" for n in briefing.notes]]
        lines += [
            "",
            f"**{md(labels.method)}** {md(labels.method_text)}",
            "",
            f"*{md(labels.tool_version)} {md(briefing.tool_version)}, template {md(template.name)}.*",
            "",
        ]
        return lines

    sections: dict[str, Callable[[], list[str]]] = {
        "key_points": key_points,
        "articles": articles,
        "appendix": appendix,
        **{name: partial(_events, briefing, name, template, shown) for name in common.EVENT_SECTIONS},
    }
    has = {
        "key_points": bool(briefing.key_points),
        "upcoming": bool(briefing.timeline.upcoming),
        "background": bool(briefing.timeline.background),
        "articles": bool(shown.articles),
    }
    for name in template.sections:
        if name == "cover":
            facts = " · ".join(f"**{md(k)}:** {md(v)}" for k, v in common.cover_facts(briefing, template))
            out += [f"# {md(briefing.title)}", "", facts, ""]
        elif name in sections and has.get(name, True):
            out += [f"## {md(common.section_title(name, template, briefing))}", "", *sections[name]()]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8", "replace")
