"""A content-hash cache of per-article records, in one SQLite file in the user's cache folder.

The key hashes the tool version, a fingerprint of the analysis code (so an edited rule or
lexicon never serves stale results, even without a version bump), the options that change a
result (``AnalysisOptions``) and the article itself, so a cached record is exactly what a
fresh one would be. Where the article was read from (``Article.origin``, a file name and line)
is not part of it: a renamed file, or lines added above an article, do not make it new. Values
are ``records.encode`` blobs. A broken or locked cache is never fatal: the analysis is simply
recomputed.

Each row remembers the day it was last read or written; a run drops the rows nobody has used
for ``KEEP_DAYS`` (articles that left the weekly folders, and every row an upgrade made
unreachable, since the tool version and code fingerprint are part of the key), so a scheduled
weekly build does not grow the file without end.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import astuple
from pathlib import Path
from typing import Any

from briefing import records
from briefing.analyse import AnalysisOptions
from briefing.model import Article
from briefing.records import Record, decode, encode

log = logging.getLogger(__name__)

#: Bump when the key's make-up or the tables change (the tool version and ``records.FORMAT`` are
#: part of every key too). A file of another schema is emptied: none of its keys can match.
SCHEMA = 4

#: Rows not read or written for this many days are dropped. A quarter: re-running any briefing
#: of the last three months stays warm, while an article seen once costs its ~18 KB for no longer.
KEEP_DAYS = 92

_TABLES = ("analysis", "layout")


def today() -> int:
    """The day number (UTC) that rows are stamped with."""
    return int(time.time() // 86400)


def default_cache_path() -> Path:
    """``$BRIEFING_CACHE_DIR`` or the platform's user cache folder, + ``analyses.sqlite``."""
    env = os.environ.get("BRIEFING_CACHE_DIR")
    if env:
        return Path(env) / "analyses.sqlite"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False)) / "analyses.sqlite"


#: What the per-article stages are made of: the code and data files whose change changes a result.
_ANALYSIS_CODE = ("analyse.py", "model.py", "keypoints.py", "records.py", "temporal", "text", "summarize",
                  "timeline")


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
    for part in (f"v{SCHEMA}.{records.FORMAT}", version, code_fingerprint(), repr(astuple(options)), article.id,
                 article.title, article.published.isoformat(), article.source, article.url or "",
                 repr(article.notes), article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Cyclic garbage collection paused while records are decoded, and what was decoded moved out
    of its reach (``gc.freeze``) before it resumes.

    Decoding builds ~100 objects per article; their sheer number set the collector off again
    and again, and it took half the decoding time at 4,000 articles, then walked them all once
    more when it resumed. They hold no reference cycles and live as long as the run, so the
    collector has nothing to find in them; reference counting still frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class AnalysisCache:
    """get_many / put_many over a SQLite table; every failure degrades to a cache miss."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._today = today()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            with db:
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
                    for table in _TABLES:
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                    db.execute(f"PRAGMA user_version = {SCHEMA}")
                for table in _TABLES:  # ``used`` before ``value``: pruning never reads a blob
                    db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, used INTEGER NOT NULL, "
                               f"value {'BLOB' if table == 'analysis' else 'TEXT'} NOT NULL)")
                    db.execute(f"CREATE INDEX IF NOT EXISTS {table}_used ON {table} (used)")
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            log.warning("cache disabled: %s: %s", path, exc)

    def stored_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` the cache has a record for (without reading the records)."""
        if self._db is None:
            return set()
        try:
            return {key for (key,) in self._select("key", list(keys))}
        except sqlite3.Error as exc:
            log.warning("cache unreadable, recomputing: %s", exc)
            return set()

    def get_records(self, articles: Mapping[str, Article]) -> dict[str, Record]:
        """The stored records of those of ``articles`` (by key) that the cache has."""
        found: dict[str, Record] = {}
        if self._db is None:
            return found
        keys = list(articles)
        try:
            with _no_cyclic_gc():
                self._read(keys, articles, found)
            self._touch(list(found))
        except sqlite3.Error as exc:
            log.warning("cache unreadable, recomputing: %s", exc)
            return {}
        return found

    def _read(self, keys: list[str], articles: Mapping[str, Article], found: dict[str, Record]) -> None:
        for key, blob in self._select("key, value", keys):
            try:
                found[key] = decode(blob, articles[key])
            except ValueError as exc:  # one bad row: recompute that article only
                log.warning("cache entry unreadable, recomputing: %s", exc)

    def _select(self, columns: str, keys: list[str]) -> Iterator[tuple[Any, ...]]:
        """``SELECT columns`` of the analysis rows with these keys, in chunks (SQLite caps the
        parameters of one statement)."""
        assert self._db is not None
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            yield from self._db.execute(f"SELECT {columns} FROM analysis WHERE key IN ({','.join('?' * len(chunk))})",
                                        chunk)

    def _touch(self, keys: list[str]) -> None:
        """Stamp these rows as used today. Rows already stamped today are not rewritten: the first
        run of a day pays for it (~0.1 s for 4,000 articles: SQLite rewrites each row), later
        runs only look."""
        assert self._db is not None
        with self._db:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                self._db.execute(f"UPDATE analysis SET used = ? WHERE used < ? AND key IN ({marks})",
                                 [self._today, self._today, *chunk])

    def put_records(self, items: Mapping[str, Record]) -> None:
        if self._db is not None and items:
            self.put_encoded((k, encode(v)) for k, v in items.items())

    def put_encoded(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Store (key, ``encode(analysis)``) rows in one transaction."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO analysis (key, used, value) VALUES (?, ?, ?)",
                                     ((key, self._today, blob) for key, blob in rows))
        except sqlite3.Error as exc:
            log.warning("cache not updated: %s", exc)

    def get_layout(self, key: str) -> str | None:
        """The document layout last stored under ``key`` (see ``pipeline._render_pdf``), if any."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM layout WHERE key = ?", (key,)).fetchone()
            if row:
                with self._db:
                    self._db.execute("UPDATE layout SET used = ? WHERE key = ? AND used < ?",
                                     (self._today, key, self._today))
        except sqlite3.Error as exc:
            log.warning("cache unreadable: %s", exc)
            return None
        return str(row[0]) if row else None

    def put_layout(self, key: str, value: str) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO layout (key, used, value) VALUES (?, ?, ?)",
                                 (key, self._today, value))
        except sqlite3.Error as exc:
            log.warning("cache not updated: %s", exc)

    def prune(self) -> int:
        """Drop the rows not used for ``KEEP_DAYS``; how many were dropped."""
        if self._db is None:
            return 0
        dropped = 0
        try:
            with self._db:
                for table in _TABLES:
                    dropped += self._db.execute(f"DELETE FROM {table} WHERE used < ?",
                                                (self._today - KEEP_DAYS,)).rowcount
        except sqlite3.Error as exc:
            log.warning("cache not pruned: %s", exc)
        return dropped

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
