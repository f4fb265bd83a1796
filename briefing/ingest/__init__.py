"""Ingest stage: read input files and folders into ``Article`` objects.

    iter_inputs(paths)    a stream of Article | Skipped | str (a note), one file at a time
    load_articles(paths)  the whole stream collected into an ``IngestResult``
    read_article_file(p)  the articles of one file, raising ``InputError`` if it cannot be read

One reader per input kind (``registry.READERS``): text in the reference format and header variants
(``textfile``), JSON Lines and JSON (``jsonfile``), HTML pages (``htmlpage``, trafilatura),
RSS/Atom feeds (``feed``, feedparser). They share decoding (``decode``), cleaning (``cleaning``),
date reading (``dates``), XML safety (``xmlsafety``) and the finishing into articles (``records``).

What a user sees:

- ``Skipped(path, reason)``: a file, or one record of it ("feed.jsonl:12", "feed.json[3]",
  "feed.rss#item2"), that could not be read as an article; the reason is one line that names the
  problem and how to fix it. Skipped inputs change the exit code.
- notes (``str``, "path: what happened"): nothing lost that matters — an exact duplicate dropped,
  a repeated id renamed, a text truncated at ``max_chars``, an encoding assumed. Notes about one
  article are also in its ``Article.notes``.

No exception escapes for a bad input: an unexpected failure inside a reader becomes a ``Skipped``
for that file (the traceback is logged at DEBUG level for ``--debug``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.records import DEFAULT_MAX_CHARS, Draft, Finisher
from briefing.ingest.registry import ARTICLE_SUFFIXES, find_files, read_path
from briefing.model import Article, Skipped

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_CHARS",
    "IngestResult",
    "iter_inputs",
    "load_articles",
    "read_article_file",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]  # inputs that could not be read as articles (changes the exit code)
    notes: tuple[str, ...]  # lossless notes: duplicates dropped, truncations (no exit-code change)


def iter_inputs(paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS
                ) -> Iterator[Article | Skipped | str]:
    """Articles, skipped inputs and notes, file by file in a fixed order, holding only hashes and ids.

    ``max_chars`` limits an article's text (longer texts are truncated with a note).
    """
    finisher = Finisher(max_chars)
    for found in find_files(paths):
        if not isinstance(found, Path):
            yield found
            continue
        yield from _read_one(found, finisher)


def _read_one(path: Path, finisher: Finisher) -> Iterator[Article | Skipped | str]:
    produced = False
    try:
        for item in read_path(path):
            if isinstance(item, Draft):
                for finished in finisher.finish(item):
                    produced = True
                    yield finished
            else:
                produced = produced or isinstance(item, Skipped)
                yield item
    except OSError as exc:
        produced = True
        why = exc.strerror or exc
        yield Skipped(str(path), f"cannot be read ({why}): check that it exists and is readable")
    except Exception as exc:  # one bad file must never stop a run (see the module docstring)
        logger.debug("reading %s failed", path, exc_info=True)
        produced = True
        what = " ".join(str(exc).split())[:80]
        yield Skipped(str(path), f"could not be read ({type(exc).__name__}: {what}); check the file's format")
    if not produced:
        yield Skipped(str(path), "no articles found in the file")


def load_articles(paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS) -> IngestResult:
    """Read files and folders (recursively) into articles; see the module docstring."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    notes: list[str] = []
    for item in iter_inputs(paths, max_chars=max_chars):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, Skipped):
            skipped.append(item)
        else:
            notes.append(item)
    return IngestResult(tuple(articles), tuple(skipped), tuple(notes))


def read_article_file(path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[Article]:
    """The articles of one file (for ``briefing dates FILE``); ``InputError`` if any part is unreadable."""
    result = load_articles([path], max_chars=max_chars)
    if result.skipped:
        first = result.skipped[0]
        raise InputError(first.path, first.reason)
    return list(result.articles)
