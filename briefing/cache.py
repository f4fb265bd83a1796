"""A content-hash cache of per-article analyses, in one SQLite file in the user's cache folder.

The key hashes the tool version, a fingerprint of the analysis code (so an edited rule or
lexicon never serves stale results, even without a version bump), the options that change a
result (``AnalysisOptions``) and the article itself, so a cached analysis is exactly what a
fresh one would be. Values are pickled
(``ArticleAnalysis``, its body's content terms) pairs, zlib-compressed: the terms feed the key
points and cost as much to find again as to unpickle. A broken or locked cache is never fatal: the
analysis is simply recomputed.
"""

from __future__ import annotations

import copyreg
import dataclasses
import functools
import hashlib
import io
import logging
import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import astuple
from pathlib import Path
from typing import Any

from briefing import model
from briefing.analyse import AnalysisOptions
from briefing.model import Article, ArticleAnalysis

log = logging.getLogger(__name__)

#: Bump when the stored format changes (the tool version is part of every key too).
SCHEMA = 2


def default_cache_path() -> Path:
    """``$BRIEFING_CACHE_DIR`` or the platform's user cache folder, + ``analyses.sqlite``."""
    env = os.environ.get("BRIEFING_CACHE_DIR")
    if env:
        return Path(env) / "analyses.sqlite"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False)) / "analyses.sqlite"


#: What the per-article stages are made of: the code and data files whose change changes a result.
_ANALYSIS_CODE = ("analyse.py", "model.py", "keypoints.py", "temporal", "text", "summarize")

#: What the cache stores per article: the analysis and ``keypoints.body_terms`` of it.
Record = tuple[ArticleAnalysis, frozenset[str]]


@functools.cache
def code_fingerprint() -> str:
    """A hash of the analysis code and data files (a few dozen small files: ~1 ms)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in _ANALYSIS_CODE:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.suffix in (".py", ".txt", ".json", ".toml")) \
            if path.is_dir() else [path]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def cache_key(article: Article, options: AnalysisOptions, version: str) -> str:
    h = hashlib.sha256()
    for part in (f"v{SCHEMA}", version, code_fingerprint(), repr(astuple(options)), article.id, article.title,
                 article.published.isoformat(), article.source, article.url or "", article.origin,
                 repr(article.notes), article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def encode(record: Record) -> bytes:
    """A record as the cache stores it (workers encode, so the main process never pickles)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump(record)
    return zlib.compress(buf.getvalue(), 1)


@functools.cache
def _dispatch_table() -> dict[type, Callable[[Any], Any]]:
    """Pickle the model's dataclasses as ``cls(*fields)``.

    By default a slotted dataclass is restored through a Python ``__setstate__`` that looks up
    its fields for every object; an analysis holds ~85 of them, so a warm run over 4,000
    articles spent ~3 s in it. Calling the constructor is ~30% faster and gives an equal object
    (the model's dataclasses take every field in ``__init__`` and check nothing there).
    """
    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
            table[cls] = functools.partial(_as_call, names)
    return table


def _as_call(names: tuple[str, ...], obj: Any) -> tuple[Any, ...]:
    return type(obj), tuple(getattr(obj, n) for n in names)


def decode(blob: bytes) -> Record:
    analysis, terms = pickle.loads(zlib.decompress(blob))
    if not isinstance(analysis, ArticleAnalysis) or not isinstance(terms, frozenset):
        raise pickle.UnpicklingError("not an analysis record")
    return analysis, terms


def make_record(analysis: ArticleAnalysis) -> Record:
    from briefing.keypoints import body_terms

    return analysis, body_terms(analysis)


class AnalysisCache:
    """get_many / put_many over a SQLite table; every failure degrades to a cache miss."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            log.warning("cache disabled: %s: %s", path, exc)

    def get_many(self, keys: Iterable[str]) -> dict[str, ArticleAnalysis]:
        return {k: analysis for k, (analysis, _) in self.get_records(keys).items()}

    def get_records(self, keys: Iterable[str]) -> dict[str, Record]:
        found: dict[str, Record] = {}
        if self._db is None:
            return found
        keys = list(keys)
        try:
            for i in range(0, len(keys), 500):  # SQLite caps bound parameters per statement
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, value FROM analysis WHERE key IN ({marks})"
                for key, blob in self._db.execute(query, chunk):
                    found[key] = decode(blob)
        except (sqlite3.Error, zlib.error, pickle.UnpicklingError, EOFError, AttributeError,
                TypeError, ValueError) as exc:
            log.warning("cache unreadable, recomputing: %s", exc)
            return {}
        return found

    def put_many(self, items: Mapping[str, ArticleAnalysis]) -> None:
        if self._db is not None and items:
            self.put_encoded((k, encode(make_record(v))) for k, v in items.items())

    def put_encoded(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Store (key, ``encode(analysis)``) rows in one transaction."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO analysis (key, value) VALUES (?, ?)", rows)
        except sqlite3.Error as exc:
            log.warning("cache not updated: %s", exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
