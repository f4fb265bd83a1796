"""JSON Lines and JSON articles: ``{"id","date","title","text","url","source"}`` per record.

JSON Lines are read line by line from the open file (memory stays flat however long the file);
a broken line is skipped with its number (``feed.jsonl:12``) and the good lines are kept. A JSON
file holds a list of records, ``{"articles": [...]}``, or a single record; its records are named
by their index in the list (``feed.json[3]``). Field names are matched without regard to case,
and a few common aliases are accepted (``FIELDS``), so exports from other tools load as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from briefing.ingest.dates import DateProblem, parse_published
from briefing.ingest.decode import BinaryFile, bom_encoding, decode_bytes, decode_legacy
from briefing.ingest.records import Draft
from briefing.model import Skipped

# Accepted names for each field, in order of preference (lower case).
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "uuid", "doc_id"),
    "date": ("date", "published", "pubdate", "publication_date", "published_at", "datepublished", "dct",
             "date_publish", "timestamp"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "maintext", "article"),
    "url": ("url", "link", "href"),
    "source": ("source", "outlet", "publisher", "site_name", "sitename"),
}
# Epoch timestamps are accepted between these years; other numbers are not dates.
EPOCH_YEARS = (1970, 2100)

Item = Draft | Skipped | str
_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "boolean",
               type(None): "null"}


def read_jsonl(stream: IO[bytes], path: Path, display: str) -> Iterator[Item]:
    """Articles from a JSON Lines file, one per non-blank line."""
    head = stream.read(4)
    stream.seek(0)
    marked = bom_encoding(head)
    lines: Iterable[tuple[int, str, str | None]]
    if marked and marked[0] != "utf-8":  # UTF-16/32: decode whole, as lines are not byte lines
        text = decode_bytes(stream.read()).text
        lines = ((number, line, None) for number, line in enumerate(text.split("\n"), start=1))
    else:
        lines = _utf8_lines(stream)
    folder = path.resolve().parent.name
    found = False
    for number, line, note in lines:
        if note:
            yield f"{display}: {note}"
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        found = True
        origin = f"{display}:{number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            why = _json_error(exc)
            yield Skipped(origin, f"broken JSON on line {number} ({why}): fix or remove the line")
            continue
        yield record_to_draft(record, origin, folder, f"{path.stem}-{number}", what=f"line {number}")
    if not found:
        yield Skipped(display, "empty file")


def _utf8_lines(stream: IO[bytes]) -> Iterator[tuple[int, str, str | None]]:
    """(number, line, note) decoding each line as UTF-8, a line that is not UTF-8 as Windows-1252."""
    for number, raw in enumerate(stream, start=1):
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            decoded = decode_legacy(raw, f"line {number} is not UTF-8 (byte {exc.start})")
            yield number, decoded.text, decoded.note


def read_json(data: bytes, path: Path, display: str) -> Iterator[Item]:
    """Articles from a JSON file: a list of records, {"articles": [...]}, or one record."""
    try:
        decoded = decode_bytes(data)
    except BinaryFile as exc:
        yield Skipped(display, f"binary file ({exc}), not JSON: remove it or export the articles as JSON")
        return
    if decoded.note:
        yield f"{display}: {decoded.note}"
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        yield Skipped(display, "empty file")
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield f"{display}: holds one JSON object per line; read as JSON Lines"
            yield from _jsonl_from_text(text, path, display)
            return
        yield Skipped(display, f"not valid JSON ({_json_error(exc)}): fix the file")
        return
    except (ValueError, RecursionError) as exc:
        yield Skipped(display, f"not valid JSON ({_json_error(exc)}): fix the file")
        return
    records = _records(document)
    if records is None:
        yield Skipped(display, 'no articles in the JSON: expected a list of objects or {"articles": [...]}')
        return
    if not records:
        yield Skipped(display, "no articles in the JSON (the list is empty)")
        return
    folder = path.resolve().parent.name
    for index, record in enumerate(records):
        yield record_to_draft(record, f"{display}[{index}]", folder, f"{path.stem}-{index}",
                              what=f"record {index}")


def _jsonl_from_text(text: str, path: Path, display: str) -> Iterator[Item]:
    import io

    yield from read_jsonl(io.BytesIO(text.encode("utf-8", "surrogatepass")), path, display)


def _records(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        lowered = {str(k).lower(): v for k, v in document.items()}
        if isinstance(lowered.get("articles"), list):
            return list(lowered["articles"])
        if any(name in lowered for name in FIELDS["text"]):
            return [document]
    return None


def record_to_draft(record: Any, origin: str, folder: str, default_id: str, *, what: str) -> Draft | Skipped:
    """A ``Draft`` from one JSON object, or a ``Skipped`` saying which field to fix."""
    if not isinstance(record, dict):
        kind = _JSON_KINDS.get(type(record), type(record).__name__)
        return Skipped(origin, f"{what} is a JSON {kind}, not an object with 'date' and 'text' fields")
    fields = {str(key).lower(): value for key, value in record.items()}
    raw_date = _first(fields, "date")
    if raw_date is None or raw_date == "":
        return Skipped(origin, "no publication date: add a 'date' field (YYYY-MM-DD)")
    try:
        published = _date_value(raw_date)
    except DateProblem as problem:
        return Skipped(origin, f"{problem}: fix the 'date' field (YYYY-MM-DD)")
    text = _text_value(_first(fields, "text"))
    return Draft(
        origin=origin,
        published=published,
        text=text,
        title=_scalar(_first(fields, "title")),
        id=_scalar(_first(fields, "id")) or default_id,
        url=_scalar(_first(fields, "url")) or None,
        source=_source_value(_first(fields, "source")),
        folder=folder,
        fix_text="add a 'text' field",
    )


def _first(fields: dict[str, Any], name: str) -> Any:
    for alias in FIELDS[name]:
        value = fields.get(alias)
        if value is not None and value != "":
            return value
    return None


def _date_value(value: Any) -> Any:
    if isinstance(value, bool):
        raise DateProblem(f"unreadable date {value!r}")
    if isinstance(value, int | float):
        low, high = (datetime(year, 1, 1, tzinfo=UTC).timestamp() for year in EPOCH_YEARS)
        if low <= value < high:
            return datetime.fromtimestamp(value, UTC).date()  # an instant: its UTC day
        raise DateProblem(f"unreadable date {value!r}")
    return parse_published(value)


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _text_value(value: Any) -> str:
    """The text, also when given as a list of paragraphs."""
    if isinstance(value, list):
        return "\n\n".join(_scalar(part) for part in value)
    return _scalar(value)


def _source_value(value: Any) -> str:
    """The outlet's name, also from ``{"name": ...}`` objects (NewsAPI-style exports)."""
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        return _scalar(lowered.get("name") or lowered.get("title") or lowered.get("id"))
    return _scalar(value)


def _json_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}" if exc.lineno == 1 else f"{exc.msg}, line {exc.lineno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split("\n")[0][:80]
