"""Run the per-article stages over many articles: cached, in parallel, in input order; and run
one later stage in a forked process while the main process does other work (``start_forked``)."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import TypeVar

from briefing import __version__
from briefing.analyse import STRICT_ENV, AnalysisOptions, analyse_article
from briefing.cache import AnalysisCache, cache_key, default_cache_path
from briefing.model import Article, ArticleAnalysis, Summary
from briefing.records import Record, decode, encode, make_record

#: Below this many articles to analyse, worker start-up costs more than it saves
#: (measured on the 26 seed articles: one process is faster than two below ~40 articles).
PARALLEL_MIN_ARTICLES = 40
#: Articles per task sent to a worker: large enough to amortise pickling, small enough to balance.
CHUNK = 16
#: Seconds per article, measured on the Timeline17 articles (bench/build_bench.py, 2 cores):
#: analysing one (one core), decoding its cached record, and a worker's start (its imports).
ANALYSE_SECONDS = 0.013
DECODE_SECONDS = 0.0004
WORKER_START_SECONDS = 0.4

Progress = Callable[[int], None]
T = TypeVar("T")


#: Encoded analyses held before they are written to the cache in one transaction.
FLUSH_ROWS = 256


def _analyse_chunk(batch: list[Article], options: AnalysisOptions) -> list[tuple[bytes, str]]:
    # Workers return analyses already encoded as the cache stores them: the pickling is done
    # in parallel, once, and the main process only decodes (it would otherwise pickle every
    # analysis again to cache it: ~1 ms an article, 4 s at 4,000).
    return [(encode(record), record.problem) for record in (_record(a, options) for a in batch)]


def _record(article: Article, options: AnalysisOptions) -> Record:
    """``make_record(analyse_article(article))``. An internal error costs this article, not the
    run: the record is empty and says the problem (the pipeline skips the article, naming it,
    and the cache does not keep it, so the next run tries again). With ``STRICT_ENV`` set (the
    tests, ``--debug``) it raises, to be seen with its traceback."""
    try:
        return make_record(analyse_article(article, options))
    except Exception as exc:
        if os.environ.get(STRICT_ENV):
            raise
        empty = ArticleAnalysis(article, "", (), (), Summary(article.id, (), options.algorithm))
        return replace(make_record(empty), problem=(f"internal error {type(exc).__name__} analysing it: {exc} "
                                                    "(please report it; --debug shows where)"))


def analyse_all(articles: Sequence[Article], options: AnalysisOptions, *, jobs: int = 1,
                use_cache: bool = True, progress: Progress | None = None) -> list[ArticleAnalysis]:
    """``analyse_article`` for every article, reusing cached results; results in input order."""
    return [r.analysis for r in analyse_records(articles, options, jobs=jobs, use_cache=use_cache,
                                                 progress=progress)]


def analyse_records(articles: Sequence[Article], options: AnalysisOptions, *, jobs: int = 1,
                    use_cache: bool = True, progress: Progress | None = None) -> list[Record]:
    """``analyse_all``, each analysis with what is derived from it alone (``records.Record``).

    With workers, the new articles are sent to them first and the cached ones are decoded
    meanwhile: on a re-run with a few new articles each side hides the other's time.
    """
    keys = [cache_key(a, options, __version__) for a in articles]
    by_key = dict(zip(keys, articles, strict=True))  # equal keys: equal analyses
    cache = AnalysisCache(default_cache_path()) if use_cache else None
    stored = cache.stored_keys(by_key) if cache else set()
    todo = [(k, a) for k, a in by_key.items() if k not in stored]
    workers = _workers(len(todo), len(stored), jobs)
    batches = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)] if workers else []
    pool = ProcessPoolExecutor(max_workers=min(workers, len(batches))) if workers else None
    try:
        futures = [pool.submit(_analyse_chunk, [a for _, a in b], options) for b in batches] if pool else []
        done: dict[str, Record] = cache.get_records({k: by_key[k] for k in stored}) if cache else {}
        if progress and done:
            progress(len(done))
        pending: list[tuple[str, bytes]] = []

        def keep(key: str, blob: bytes | None, record: Record) -> None:
            done[key] = record
            if cache is not None and not record.problem:
                pending.append((key, blob if blob is not None else encode(record)))
                if len(pending) >= FLUSH_ROWS:
                    cache.put_encoded(pending)
                    pending.clear()

        for batch, fut in zip(batches, futures, strict=True):
            for (k, a), (blob, problem) in zip(batch, fut.result(), strict=True):
                record = decode(blob, a)
                keep(k, blob, replace(record, problem=problem) if problem else record)
            if progress:
                progress(len(batch))
        for k, a in by_key.items():  # without workers; or a stored record that did not decode
            if k not in done:
                keep(k, None, _record(a, options))
                if progress:
                    progress(1)
        if cache:
            cache.put_encoded(pending)
            cache.prune()
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
        if cache:
            cache.close()
    return [_for(done[k], a) for k, a in zip(keys, articles, strict=True)]


def _workers(new: int, cached: int, jobs: int) -> int:
    """How many worker processes analyse ``new`` articles (0: this process does, after decoding).

    This process decodes the ``cached`` records meanwhile. When that takes longer than one
    worker needs for all the new articles (a re-run with a few added), one worker does them
    and leaves the other cores to the decoding; otherwise every core analyses, once there are
    enough new articles to repay the workers' start.
    """
    cores = min(jobs, os.cpu_count() or 1)
    if cores < 2 or not new:
        return 0
    if cached * DECODE_SECONDS >= new * ANALYSE_SECONDS + WORKER_START_SECONDS:
        return 1
    return cores if new >= PARALLEL_MIN_ARTICLES else 0


def _for(record: Record, article: Article) -> Record:
    """``record`` as the analysis of ``article``: one key can stand for two inputs that differ only
    in where they were read from (``Article.origin`` is not part of the key)."""
    if record.analysis.article is article:
        return record
    return replace(record, analysis=replace(record.analysis, article=article))


#: The call a forked process runs: inherited through fork, never pickled (its inputs are
#: every analysis of the period, which would take seconds to pickle at thousands of articles).
_INHERITED: Callable[[], object] | None = None


def _call_inherited() -> object:
    assert _INHERITED is not None
    # A forked child lives for one call: what it allocates is freed when it exits, so the cyclic
    # collector (walking the many objects a timeline builds, again and again) is only overhead.
    gc.disable()
    return _INHERITED()


def start_forked(fn: Callable[[], T], *, enabled: bool = True) -> Callable[[], T]:
    """Start ``fn()`` in a forked process now; return a function that waits for its result.

    Only the result is pickled (back). Where fork is unavailable or not ``enabled``, and when
    the child fails for any reason, ``fn`` runs in this process when the result is asked
    for, so an error is raised here exactly as without the fork.
    """
    global _INHERITED
    if not enabled or "fork" not in multiprocessing.get_all_start_methods():
        return fn
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    _INHERITED = fn
    try:
        future = pool.submit(_call_inherited)  # with "fork", the child is forked inside submit
    finally:
        _INHERITED = None

    def result() -> T:
        try:
            return future.result()  # type: ignore[return-value]
        except Exception:  # run it here, so that the real error surfaces as is
            return fn()
        finally:
            pool.shutdown()

    return result
