"""Plain-text articles: the reference format and simple header variants.

The reference format (the seed articles)::

     date 2020-09-30 Iraq is committed to protecting foreign diplomatic missions ...

    source: https://en.wikinews.org/wiki/...

    Body paragraphs, separated by blank lines.

White space or a byte-order mark before ``date`` is accepted; the ``source:`` line is optional.
The header variant is a block of ``key: value`` lines (``title:``, ``date:``, ``source:``, also
``url:``/``link:`` and ``id:``) ended by a blank line. A file without a date is skipped with a
reason that shows the line to add: guessing a date would put the article on the wrong day.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.ingest.cleaning import clean_text
from briefing.ingest.dates import DateProblem, parse_published
from briefing.ingest.records import Draft
from briefing.model import Skipped

REFERENCE_LINE = "date YYYY-MM-DD <headline>"
# A header value longer than this is not a header but body text that happens to contain a colon.
HEADER_VALUE_MAX_CHARS = 300
HEADER_KEYS = {"title": "title", "headline": "title", "date": "date", "published": "date",
               "source": "source", "outlet": "source", "url": "url", "link": "url", "id": "id"}

# A source, link or id header is a few words (an outlet name, a URL), never a sentence.
SHORT_HEADER_MAX_WORDS = 6
_SHORT_FIELDS = frozenset({"source", "url", "id"})

_DATE_LINE = re.compile(r"^date\s+(\S+)(?:\s+(.*))?$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^([A-Za-z]+)\s*:\s*(.*)$")
# What may follow a date inside a "date:" header value without being a headline.
_TIME_REST = re.compile(r"^(?:T?\d{1,2}:\d{2}\S*|Z|UTC|GMT|[+-]\d{2}:?\d{2})", re.IGNORECASE)


def read_text_article(text: str, origin: str, path: Path) -> Draft | Skipped:
    """One article from the text of a ``.txt`` file (already decoded)."""
    text = clean_text(text)
    if not text:
        return Skipped(origin, "empty file")
    lines = text.split("\n")
    fields: dict[str, str] = {}
    first = _DATE_LINE.match(lines[0].strip())
    if first:
        fields["date"] = first.group(1)
        fields["title"] = first.group(2) or ""
        where = f"fix the first line '{REFERENCE_LINE}'"
        body_start = _read_headers(lines, 1, fields, allow_blank=True)
    elif _header(lines[0]):
        body_start = _read_headers(lines, 0, fields, allow_blank=False)
        where = "fix the 'date: YYYY-MM-DD' header line"
        if "date" not in fields:
            return Skipped(origin, "no publication date: add a header line 'date: YYYY-MM-DD'")
        _split_headline(fields)
    else:
        return Skipped(origin, f"no publication date: add a first line '{REFERENCE_LINE}'")
    try:
        published = parse_published(fields["date"])
    except DateProblem as problem:
        return Skipped(origin, f"{problem}: {where}")
    source = fields.get("source", "")
    url = fields.get("url")
    if url is None and "://" in source:
        url = source
    return Draft(
        origin=origin,
        published=published,
        text="\n".join(lines[body_start:]),
        title=fields.get("title", ""),
        id=fields.get("id", "") or path.stem,
        url=url,
        source=source,
        folder=path.resolve().parent.name,
        fix_text="write the article's text after the header and a blank line",
    )


def _header(line: str) -> tuple[str, str] | None:
    """(field, value) for a known ``key: value`` header line, else None."""
    match = _HEADER_LINE.match(line.strip())
    if not match or len(match.group(2)) > HEADER_VALUE_MAX_CHARS:
        return None
    field = HEADER_KEYS.get(match.group(1).lower())
    value = match.group(2).strip()
    sentence_like = len(value.split()) > SHORT_HEADER_MAX_WORDS or value.endswith((".", "!", "?"))
    if field in _SHORT_FIELDS and sentence_like:
        return None  # "Source: officials close to the talks said ..." is the body's first sentence
    return (field, value) if field else None


def _read_headers(lines: list[str], start: int, fields: dict[str, str], *, allow_blank: bool) -> int:
    """Consume header lines from ``start`` into ``fields``; return the index of the body's first line.

    After the reference first line, blank lines may separate the headers (the seeds put one before
    ``source:``); in the variant, the first blank line ends the header block.
    """
    index = start
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            if not allow_blank:
                return index + 1
            index += 1
            continue
        header = _header(line)
        if header is None or fields.get(header[0]):
            break  # a repeated header is body text, not a second value
        fields[header[0]] = header[1]
        index += 1
    # Body starts at the first non-header line (blank lines before it are stripped later).
    return index


def _split_headline(fields: dict[str, str]) -> None:
    """``date: 2020-03-10 Headline`` in the variant: the words after the date are the headline."""
    parts = fields["date"].split(None, 1)
    if len(parts) == 2 and not fields.get("title") and not _TIME_REST.match(parts[1]):
        try:
            parse_published(parts[0])
        except DateProblem:
            return
        fields["date"], fields["title"] = parts
