"""Property tests: whatever bytes a file holds, ingestion answers with articles or reasons, never raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest import load_articles
from briefing.model import Article

SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".rss", ".atom", ".xml", "")
# Any code point, lone surrogates included (JSON "\ud800" escapes produce them).
# Awkward characters are mixed in often: hypothesis draws them rarely on its own.
AWKWARD = st.sampled_from(
    ["\ud800", "\udfff", "\x00", "\r", "\x0b", "\x0c", "\ufeff", "\u2028", "&", "<", "]", ">"]
)
ANY_TEXT = st.text(st.one_of(st.characters(codec=None, exclude_categories=()), AWKWARD), max_size=300)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# Arbitrary bytes and text, and arbitrary text inside each format's skeleton (so the readers'
# inner paths, not only their "not this format" exits, see hostile content).
CONTENT = st.one_of(
    st.binary(max_size=400),
    ANY_TEXT.map(_utf8),
    ANY_TEXT.map(lambda t: _utf8(f" date 2021-01-01 {t[:20]}\n\n{t}")),
    ANY_TEXT.map(lambda t: _utf8(json.dumps({"date": "2021-01-01", "title": t[:9], "text": t}) + "\n" + t)),
    ANY_TEXT.map(
        lambda t: _utf8(
            f'<html><head><meta name="pubdate" content="2021-01-01"></head>'
            f"<body><article><p>{t * 5}</p></article></body></html>"
        )
    ),
    ANY_TEXT.map(
        lambda t: _utf8(
            f"<rss><channel><title>{t[:9]}</title><item><pubDate>2021-01-01</pubDate>"
            f"<description>{t}</description></item></channel></rss>"
        )
    ),
    st.builds(
        lambda t, encoding: t.encode(encoding, "replace"), ANY_TEXT, st.sampled_from(["utf-16", "cp1252"])
    ),
)



@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ingest-properties")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUFFIXES), data=CONTENT)
def test_any_file_gives_articles_or_skip_reasons_never_an_exception(
    scratch: Path, suffix: str, data: bytes
) -> None:
    path = scratch / f"input{suffix}"
    path.write_bytes(data)
    result = load_articles([path])
    assert result.articles or result.skipped
    for skipped in result.skipped:
        assert skipped.path.startswith(str(path))
        assert skipped.reason and "\n" not in skipped.reason
        assert "could not be read (" not in skipped.reason  # the catch-all is for bugs only
    for article in result.articles:
        _assert_clean(article)


def _assert_clean(article: Article) -> None:
    for value in (article.text, article.title, article.id, article.source):
        value.encode("utf-8")  # no lone surrogates
        assert "\r" not in value and "\x00" not in value
        assert not any(ord(c) < 32 and c not in "\n\t" for c in value)
    assert article.text.strip() == article.text and article.text
    assert "\n" not in article.title


WHITE = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u3000", " \n\n "])


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.text(st.characters(codec=None, exclude_categories=("Zs", "Zl", "Zp", "Cc")), min_size=1,
                              max_size=40), min_size=1, max_size=60),
       gaps=st.lists(WHITE, min_size=61, max_size=61), other=st.lists(WHITE, min_size=61, max_size=61))
def test_texts_equal_but_for_white_space_share_the_cheap_dedup_key(words: list[str], gaps: list[str],
                                                                    other: list[str]) -> None:
    # Dedup compares full content keys only among texts with equal ends keys: the cheap key must
    # never tell apart two texts the full key calls the same.
    from briefing.ingest.cleaning import content_key, ends_key

    a = gaps[0] + "".join(w + g for w, g in zip(words, gaps[1:], strict=False))
    b = "".join(w + g for w, g in zip(words, other, strict=False))
    assert content_key(a) == content_key(b)
    assert ends_key(a) == ends_key(b)
