"""Ingest stage: read input files and folders into ``Article`` objects.

STUB — the ingestion work replaces this with one reader per input kind and a registry by suffix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefing.model import Article, Skipped


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]  # inputs that could not be read as articles (changes the exit code)
    notes: tuple[str, ...]  # lossless notes: duplicates dropped, truncations (no exit-code change)


DEFAULT_MAX_CHARS = 200_000


def load_articles(paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS) -> IngestResult:
    arts: list[Article] = []
    skipped: list[Skipped] = []
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    for f in files:
        raw = f.read_text(encoding="utf-8-sig").lstrip()
        head, _, body = raw.partition("\n")
        parts = head.split(" ", 2)
        if len(parts) < 3 or parts[0] != "date":
            skipped.append(Skipped(str(f), "no 'date YYYY-MM-DD <headline>' first line"))
            continue
        arts.append(Article(id=f.stem, title=parts[2], published=date.fromisoformat(parts[1]),
                            text=body.strip(), source=f.parent.name, origin=str(f)))
    return IngestResult(tuple(arts), tuple(skipped), ())
