"""RSS and Atom feeds (feedparser): one article per item, named ``feed.rss#item3`` (counting from 1).

Safety: the document is decoded here, its DOCTYPE removed and checked (``xmlsafety``), and only
then handed to feedparser as *bytes*. Bytes matter: given a ``str``, feedparser treats it as a
URL or a file name when it looks like one, and would fetch it.

Dates: the item's raw ``published``/``updated`` string is parsed here so that a time with a
timezone stays on its own local day (feedparser's ``*_parsed`` fields are converted to UTC). An
item without a date takes the feed's own date (its metadata) with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from briefing.ingest.cleaning import clean_text
from briefing.ingest.dates import DateProblem, parse_published
from briefing.ingest.htmltext import html_to_text
from briefing.ingest.records import Draft
from briefing.ingest.xmlsafety import UnsafeXml, check_no_dtd, strip_doctype
from briefing.model import Skipped

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DATE_KEYS = ("published", "updated", "created")
_NO_DATE = "no publication date: add <pubDate> (RSS) or <published> (Atom) to the item"


def read_feed(text: str, origin: str, path: Path) -> Iterator[Draft | Skipped | str]:
    """Articles from a decoded RSS or Atom document."""
    import feedparser

    text, declared = strip_doctype(clean_text(text))
    if declared:
        yield f"{origin}: entity declarations in the DOCTYPE ignored (they could read local files)"
    # The text is already decoded: re-declare it as UTF-8 so feedparser does not re-guess.
    data = ('<?xml version="1.0" encoding="utf-8"?>' + _XML_DECLARATION.sub("", text, count=1)).encode(
        "utf-8", "replace")
    try:
        check_no_dtd(data)
    except UnsafeXml as exc:
        yield Skipped(origin, f"unsafe XML ({exc}): remove the <!DOCTYPE> and <!ENTITY> declarations")
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries: list[Any] = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and problem is not None and not parsed.get("feed"):
            why = str(problem).split("\n")[0][:80]
            yield Skipped(origin, f"not a readable RSS/Atom feed ({why}): check that the file is a feed")
        else:
            yield Skipped(origin, "no items in the feed: it holds no <item> or <entry> to read")
        return
    channel: Any = parsed.get("feed") or {}
    outlet = _plain(channel.get("title_detail"), channel.get("title"))
    feed_date = _feed_date(channel)
    folder = path.resolve().parent.name
    for number, entry in enumerate(entries, start=1):
        item_origin = f"{origin}#item{number}"
        published, note = _entry_date(entry, feed_date)
        if isinstance(published, DateProblem):
            yield Skipped(item_origin, f"{published}: fix the item's <pubDate> (RSS) or <published> (Atom)")
            continue
        if published is None:
            yield Skipped(item_origin, _NO_DATE)
            continue
        if note:
            yield f"{item_origin}: {note}"
        source = entry.get("source") or {}
        yield Draft(
            origin=item_origin,
            published=published,
            text=_entry_text(entry),
            title=_plain(entry.get("title_detail"), entry.get("title")),
            id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}"),
            url=str(entry.get("link") or "") or None,
            source=str(source.get("title") or "") or outlet,
            folder=folder,
            fix_text="give the item a <description> (RSS) or <content> (Atom)",
        )


def _entry_date(entry: Any, feed_date: date | None) -> tuple[date | DateProblem | None, str | None]:
    """(the item's day, a note) — or the problem with its date, or None when it has none."""
    for key in _DATE_KEYS:
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_published(str(raw)), None
        except DateProblem as problem:
            parsed = entry.get(f"{key}_parsed")  # feedparser reads more layouts than we do: its UTC day
            if parsed and not str(problem).startswith("impossible"):
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), None
            return problem, None
    if feed_date is not None:
        return feed_date, f"no date in the item; used the feed's date {feed_date.isoformat()}"
    return None, None


def _feed_date(channel: Any) -> date | None:
    for key in (*_DATE_KEYS, "date"):
        raw = channel.get(key)
        if raw:
            try:
                return parse_published(str(raw))
            except DateProblem:
                continue
    return None


def _entry_text(entry: Any) -> str:
    """The item's fullest text: Atom/RSS content, else the summary/description."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((str(content.get("value") or ""), str(content.get("type") or "")))
    detail = entry.get("summary_detail") or {}
    candidates.append((str(entry.get("summary") or ""), str(detail.get("type") or "text/html")))
    texts = [_as_text(value, kind) for value, kind in candidates if value.strip()]
    return max(texts, key=len, default="")


def _plain(detail: Any, value: Any) -> str:
    kind = str((detail or {}).get("type") or "text/plain")
    return _as_text(str(value or ""), kind)


def _as_text(value: str, kind: str) -> str:
    return html_to_text(value) if "html" in kind else value
