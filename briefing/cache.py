"""A content-hash cache of per-article analyses, in one SQLite file in the user's cache folder.

The key hashes the tool version, a fingerprint of the analysis code (so an edited rule or
lexicon never serves stale results, even without a version bump), the options that change a
result (``AnalysisOptions``) and the article itself, so a cached analysis is exactly what a
fresh one would be. Values are pickled
``ArticleAnalysis`` objects, zlib-compressed. A broken or locked cache is never fatal: the
analysis is simply recomputed.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import astuple
from pathlib import Path

from briefing.analyse import AnalysisOptions
from briefing.model import Article, ArticleAnalysis

log = logging.getLogger(__name__)

#: Bump when the stored format changes (the tool version is part of every key too).
SCHEMA = 1


def default_cache_path() -> Path:
    """``$BRIEFING_CACHE_DIR`` or the platform's user cache folder, + ``analyses.sqlite``."""
    env = os.environ.get("BRIEFING_CACHE_DIR")
    if env:
        return Path(env) / "analyses.sqlite"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False)) / "analyses.sqlite"


#: What the per-article stages are made of: the code and data files whose change changes a result.
_ANALYSIS_CODE = ("analyse.py", "model.py", "temporal", "text", "summarize")


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
        found: dict[str, ArticleAnalysis] = {}
        if self._db is None:
            return found
        keys = list(keys)
        try:
            for i in range(0, len(keys), 500):  # SQLite caps bound parameters per statement
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, value FROM analysis WHERE key IN ({marks})"
                for key, blob in self._db.execute(query, chunk):
                    found[key] = pickle.loads(zlib.decompress(blob))
        except (sqlite3.Error, zlib.error, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("cache unreadable, recomputing: %s", exc)
            return {}
        return found

    def put_many(self, items: Mapping[str, ArticleAnalysis]) -> None:
        if self._db is None or not items:
            return
        rows = [(k, zlib.compress(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL), 1))
                for k, v in items.items()]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO analysis (key, value) VALUES (?, ?)", rows)
        except sqlite3.Error as exc:
            log.warning("cache not updated: %s", exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
