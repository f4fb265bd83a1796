"""Key points across articles: a multi-document extractive summary. STUB."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import ArticleAnalysis, KeyPoint, SourceRef


def key_points(analyses: Sequence[ArticleAnalysis], n: int = 5) -> list[KeyPoint]:
    """Up to ``n`` non-redundant key points ranked across all ``analyses``, each citing its sources."""
    out = []
    for a in analyses[:n]:
        if a.summary.sentences:
            art = a.article
            ref = SourceRef(art.id, art.title, art.source, art.published, art.url, a.summary.sentences[0])
            out.append(KeyPoint(a.summary.sentences[0], (ref,), art.published))
    return out
