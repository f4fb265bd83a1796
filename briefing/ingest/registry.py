"""Which reader reads a file: by suffix, by content when the suffix does not say; and finding files.

Folders are walked recursively in sorted order (the same input always gives the same articles in
the same order); only files with an article suffix (``ARTICLE_SUFFIXES``) are read and everything
else (README, licence notes, images) is passed over silently, as are hidden files and folders and
the folder of assets a browser saves beside a page ("Story_files" next to "Story.html"). A file
named explicitly is read whatever its suffix: its content decides the reader.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from briefing.ingest.decode import SNIFF_BYTES, BinaryFile, binary_kind, decode_bytes
from briefing.ingest.feed import read_feed
from briefing.ingest.htmlpage import read_html_page
from briefing.ingest.jsonfile import read_json, read_jsonl
from briefing.ingest.mhtml import read_mhtml
from briefing.ingest.records import Draft
from briefing.ingest.textfile import read_text_article
from briefing.model import Skipped

Item = Draft | Skipped | str

ARTICLE_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".mht": "mhtml",  # a web page saved as one file (MIME)
    ".mhtml": "mhtml",
}
_BINARY = "binary file ({kind}), not text: remove it, or save the article as .txt"
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)


def find_files(paths: Sequence[str | Path]) -> Iterator[Path | Skipped | str]:
    """Every article file under ``paths`` once, in order; a ``Skipped`` for a path that is not there."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = 0
            unread: list[Path] = []
            for file in _walk(path, unread):
                key = file.resolve()
                if key not in seen:
                    seen.add(key)
                    found += 1
                    yield file
            if unread:
                yield _unread_note(path, unread)
            if not found:
                kinds = ", ".join(ARTICLE_SUFFIXES)
                yield f"{path}: no article files ({kinds}) in this folder"
        elif path.exists():
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path
        else:
            yield Skipped(str(path), "no such file or folder: check the path")


def _walk(folder: Path, unread: list[Path]) -> Iterator[Path]:
    """Article files under ``folder``; documents in formats not read are added to ``unread``."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _saved_page_assets(d, files))
        for name in sorted(files):
            if name.startswith("."):
                continue
            suffix = Path(name).suffix.lower()
            if suffix in ARTICLE_SUFFIXES:
                yield Path(root, name)
            elif suffix in UNREAD_DOCUMENTS:
                unread.append(Path(root, name))


def _saved_page_assets(folder: str, files: Sequence[str]) -> bool:
    """Whether ``folder`` holds the assets a browser saved beside a page ("Story_files" next to
    "Story.html"): its scripts, styles and ad or widget frames (.html too) are no articles."""
    stem = folder.removesuffix("_files")
    return stem != folder and any(f"{stem}{suffix}" in files for suffix in (".html", ".htm"))


# Formats analysts also save articles in, which are not read: a folder walk says it passed them
# over (a note, not a skipped input: the folder may well hold other documents on purpose), so an
# article saved as PDF is not silently missing from the briefing. Other files (images, notes in
# Markdown, our own reports) pass unremarked.
UNREAD_DOCUMENTS = frozenset({".pdf", ".docx", ".doc", ".odt", ".rtf", ".eml", ".msg",
                              ".epub", ".pages"})
_NAMES_SHOWN = 3


def _unread_note(folder: Path, unread: Sequence[Path]) -> str:
    names = ", ".join(p.relative_to(folder).as_posix() for p in unread[:_NAMES_SHOWN])
    more = f" and {len(unread) - _NAMES_SHOWN} more" if len(unread) > _NAMES_SHOWN else ""
    files = "file" if len(unread) == 1 else "files"
    return (f"{folder}: {len(unread)} {files} not read ({names}{more}): articles are read from text (.txt), "
            "JSON, web pages (.html) and feeds; save the article in one of those")


def kind_of(path: Path, head: bytes) -> str:
    """The reader for a file: its suffix, else (or for ambiguous .xml) a look at its first bytes."""
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if kind == "feed" and not _FEED_ROOT.search(head) and _HTML_ROOT.search(head):
        return "html"  # an XHTML page saved as .xml
    if kind == "mhtml" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "html"  # a plain page saved under the single-file name
    if kind:
        return kind
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        return "jsonl" if b"\n{" in start else "json"
    if start.startswith(b"<"):
        return "feed" if _FEED_ROOT.search(head) else "html"
    return "text"


def read_path(path: Path) -> Iterator[Item]:
    """Everything one file holds: drafts, skipped records, notes. Raises only ``OSError``."""
    display = str(path)
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if not head:
            yield Skipped(display, "empty file")
            return
        binary = binary_kind(head)
        if binary:
            yield Skipped(display, _BINARY.format(kind=binary))
            return
        kind = kind_of(path, head)
        if kind == "jsonl":
            stream.seek(0)
            yield from read_jsonl(stream, path, display)
            return
        data = head + stream.read()
    if kind == "json":
        yield from read_json(data, path, display)
        return
    if kind == "mhtml":  # MIME: its parts say their own encodings
        yield from read_mhtml(data, display, path)
        return
    try:
        decoded = decode_bytes(data, honour_declaration=kind != "text")
    except BinaryFile as exc:
        yield Skipped(display, _BINARY.format(kind=exc))
        return
    if decoded.note:
        yield f"{display}: {decoded.note}"
    if not decoded.text.strip():
        yield Skipped(display, "empty file")
        return
    yield from READERS[kind](decoded.text, display, path)


def _read_text(text: str, display: str, path: Path) -> Iterator[Item]:
    yield read_text_article(text, display, path)


READERS: dict[str, Callable[[str, str, Path], Iterator[Item]]] = {
    "text": _read_text,
    "html": read_html_page,
    "feed": read_feed,
}
