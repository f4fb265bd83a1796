"""The cache's stored form of a record gives back exactly the record."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefing.analyse import analyse_article
from briefing.ingest import load_articles
from briefing.model import Article, Sentence
from briefing.records import FORMAT, decode, encode, make_record
from briefing.timeline import build_timeline
from briefing.timeline.features import features_of

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    return list(load_articles([SEEDS]).articles)


def test_stored_records_decode_to_the_fresh_ones(seed_articles: list[Article]) -> None:
    for article in seed_articles:
        record = make_record(analyse_article(article))
        assert decode(encode(record), article) == record


def test_a_sentence_that_is_not_a_slice_of_the_body_survives() -> None:
    article = Article("x", "Talks", date(2020, 3, 2), "Talks began on Monday. They ended on Friday.")
    record = make_record(analyse_article(article))
    first = Sentence(0, 22, "Talks began on Monday!")
    odd = replace(record.analysis, sentences=(first, *record.analysis.sentences[1:]))
    changed = replace(record, analysis=odd)
    assert decode(encode(changed), article).analysis.sentences[0].text == "Talks began on Monday!"


@pytest.mark.parametrize("payload", [b"garbage", pickle.dumps((FORMAT, "body", b"", (), (("bad",),), ((), "x"),
                                                                      (b"", ()), ("", b"", 0, (b"", b""), (b"", b""),
                                                                                  (), b""))),
                                     pickle.dumps((FORMAT - 1,) + (None,) * 7), pickle.dumps([1, 2])])
def test_decode_refuses_what_is_not_a_record(payload: bytes) -> None:
    article = Article("x", "t", date(2020, 1, 1), "text")
    with pytest.raises(ValueError, match="not a stored analysis"):
        decode(payload, article)


def test_timeline_from_cached_features_equals_one_computed_afresh(seed_articles: list[Article]) -> None:
    analyses = [analyse_article(a) for a in seed_articles]
    stored = [decode(encode(make_record(a)), a.article) for a in analyses]
    fresh = build_timeline(analyses, max_dates=12, sentences_per_date=2)
    assert fresh.events
    assert build_timeline(analyses, max_dates=12, sentences_per_date=2, features=features_of(analyses)) == fresh
    assert build_timeline([r.analysis for r in stored], max_dates=12, sentences_per_date=2,
                          features=[r.features for r in stored]) == fresh
