"""Run the per-article stages over many articles: cached, in parallel, in input order."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from briefing import __version__
from briefing.analyse import AnalysisOptions, analyse_article
from briefing.cache import AnalysisCache, cache_key, default_cache_path
from briefing.model import Article, ArticleAnalysis

#: Below this many articles to analyse, worker start-up costs more than it saves
#: (measured on the 26 seed articles: one process is faster than two below ~40 articles).
PARALLEL_MIN_ARTICLES = 40
#: Articles per task sent to a worker: large enough to amortise pickling, small enough to balance.
CHUNK = 16

Progress = Callable[[int], None]


def _analyse_chunk(batch: list[Article], options: AnalysisOptions) -> list[ArticleAnalysis]:
    return [analyse_article(a, options) for a in batch]


def analyse_all(articles: Sequence[Article], options: AnalysisOptions, *, jobs: int = 1,
                use_cache: bool = True, progress: Progress | None = None) -> list[ArticleAnalysis]:
    """``analyse_article`` for every article, reusing cached results; results in input order."""
    keys = [cache_key(a, options, __version__) for a in articles]
    cache = AnalysisCache(default_cache_path()) if use_cache else None
    done: dict[str, ArticleAnalysis] = cache.get_many(keys) if cache else {}
    if progress and done:
        progress(sum(1 for k in keys if k in done))
    todo = [(k, a) for k, a in zip(keys, articles, strict=True) if k not in done]
    fresh: dict[str, ArticleAnalysis] = {}
    if len(todo) >= PARALLEL_MIN_ARTICLES and jobs > 1:
        batches = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        workers = min(jobs, len(batches), os.cpu_count() or 1)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_analyse_chunk, [a for _, a in b], options) for b in batches]
            for batch, fut in zip(batches, futures, strict=True):
                for (k, _), res in zip(batch, fut.result(), strict=True):
                    fresh[k] = res
                if progress:
                    progress(len(batch))
    else:
        for k, a in todo:
            fresh[k] = analyse_article(a, options)
            if progress:
                progress(1)
    if cache:
        cache.put_many(fresh)
        cache.close()
    done.update(fresh)
    return [done[k] for k in keys]
