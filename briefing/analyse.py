"""The per-article stages, together: clean → sentences → dates → summarise.

``analyse_article`` is a pure function of one article and the options that change its result,
which is what lets the pipeline run it in parallel and cache it by content hash.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from briefing.model import Article, ArticleAnalysis

log = logging.getLogger(__name__)

#: Set (to anything) in the environment to let an internal error of the per-article stages stop
#: the run (else it costs that article its dates, or its analysis: ``runner._record``): the tests
#: and ``briefing --debug`` do, so a bug shows with its traceback.
STRICT_ENV = "BRIEFING_STRICT"


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """The options that change a per-article result (and so belong in the cache key)."""

    summary_sentences: int = 3
    algorithm: str = "default"


def analyse_article(article: Article, options: AnalysisOptions = AnalysisOptions()) -> ArticleAnalysis:
    """Clean the body, split sentences, resolve dates and summarise one article."""
    # Imported here: compiling the date patterns takes ~0.25 s, which a re-run whose articles
    # are all cached need not spend (and workers import them once each, in parallel).
    from briefing.summarize import summarize
    from briefing.temporal import resolve_dates
    from briefing.text.clean import clean_body
    from briefing.text.sentences import split_sentences

    body = clean_body(article.text, article.title)
    sentences = tuple(split_sentences(body))
    try:
        timexes = tuple(resolve_dates(body, article.published, sentences))
    except Exception as exc:  # a bug in one of the many date rules must not cost a scheduled run
        if os.environ.get(STRICT_ENV):
            raise
        log.warning("%s: its dates are left out: internal error %s: %s (please report it; --debug shows where)",
                    article.origin or article.id, type(exc).__name__, exc)
        timexes = ()
    summary = summarize(body, title=article.title, article_id=article.id,
                        sentences=options.summary_sentences, algorithm=options.algorithm, split=sentences)
    return ArticleAnalysis(article, body, sentences, timexes, summary)
