"""HTML pages: the main text with trafilatura, the publication date from the page's own metadata.

The date comes from markup meant for it (``<meta property="article:published_time">``, JSON-LD
``datePublished``, ``<time itemprop="datePublished">``), read here so that a time with a
timezone keeps its own local day; then from htmldate restricted to markup (no guessing from the
body text, where the first date found is as often an event as the publication). A page with no
such date is skipped with the tag to add. The page's link is its canonical address, else the one a
browser noted in the file when saving it. trafilatura is imported on first use: it costs a third
of a second and most runs read no HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefing.ingest.cleaning import clean_text
from briefing.ingest.dates import DateProblem, parse_published
from briefing.ingest.records import Draft
from briefing.ingest.xmlsafety import strip_doctype
from briefing.model import Skipped

# A page whose main text has fewer words is navigation or a teaser, not an article. The shortest
# seed article has 124 words; a menu-only page extracts to under 20. Re-check on the html fixtures.
MIN_ARTICLE_WORDS = 30
# <meta name|property|itemprop="..."> keys that carry the publication date, most specific first.
META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "publishdate", "publish-date", "published-date", "pubdate", "parsely-pub-date", "sailthru.date",
    "citation_publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
)
_DATE_RANK = {key: rank for rank, key in enumerate(META_DATE_KEYS)}
_NO_DATE = ("no publication date in the page's metadata: add "
            "<meta property=\"article:published_time\" content=\"YYYY-MM-DD\"> to its <head>")
# Where a browser or an extension notes the address a page was saved from, at the top of the file:
# Chrome and Internet Explorer's "<!-- saved from url=(0049)https://... -->", SingleFile's
# "<!-- Page saved with SingleFile \n url: https://... -->". The page's own canonical link, when it
# has one, comes first (trafilatura reads it).
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://[^\s>]+)",
                         re.IGNORECASE)
_SAVED_FROM_REACH = 2000  # characters: the note is at the top, before <html> or just inside it
_NO_ARTICLE = ("no article text found in the page (only navigation or too short): "
               "save the article's own page, or give its text as .txt")


def read_html_page(text: str, origin: str, path: Path) -> Iterator[Draft | Skipped | str]:
    """One article from a decoded HTML page."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    text, declared = strip_doctype(clean_text(text))
    if declared:
        yield f"{origin}: entity declarations in the DOCTYPE ignored (they could read local files)"
    if not text:
        yield Skipped(origin, "empty file")
        return
    tree = load_html(text)
    if tree is None:
        yield Skipped(origin, "not a readable HTML page: check that the file is HTML")
        return
    raw_date = metadata_date(tree)
    document = bare_extraction(
        tree, with_metadata=True, include_comments=False, include_images=False, include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    fields: dict[str, Any] = {}
    if isinstance(document, dict):
        fields = document
    elif document is not None:
        fields = document.as_dict()
    body = str(fields.get("text") or "")
    if len(body.split()) < MIN_ARTICLE_WORDS:
        yield Skipped(origin, _NO_ARTICLE)
        return
    raw_date = raw_date or fields.get("date")
    if not raw_date:
        yield Skipped(origin, _NO_DATE)
        return
    try:
        published = parse_published(raw_date)
    except DateProblem as problem:
        yield Skipped(origin, f"{problem} in the page's metadata: correct its article:published_time")
        return
    yield Draft(
        origin=origin,
        published=published,
        # trafilatura puts one paragraph per line; the rest of the tool reads blank-line paragraphs.
        text=body.replace("\n", "\n\n"),
        title=str(fields.get("title") or ""),
        id=path.stem,
        url=str(fields.get("url") or "") or saved_from(text),
        source=str(fields.get("sitename") or ""),
        folder=path.resolve().parent.name,
    )


def saved_from(text: str) -> str | None:
    """The address the page was saved from, as the browser noted it in the file, or None."""
    found = _SAVED_FROM.search(text, 0, _SAVED_FROM_REACH)
    return found.group(1).rstrip("-") if found else None


def metadata_date(tree: Any) -> str | None:
    """The publication date as the page's markup states it (the raw string), or None."""
    best: tuple[int, str] | None = None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in _DATE_RANK and content and (best is None or _DATE_RANK[key] < best[0]):
            best = (_DATE_RANK[key], content)
    if best is not None and best[0] < _DATE_RANK["date"]:
        return best[1]
    for time in tree.iter("time"):
        if (time.get("itemprop") or "").lower() == "datepublished" or time.get("pubdate") is not None:
            stamp = (time.get("datetime") or time.text_content() or "").strip()
            if stamp:
                return stamp
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    return best[1] if best else None


def _json_ld_date(payload: str) -> str | None:
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and value.strip():
                return value.strip()
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None
