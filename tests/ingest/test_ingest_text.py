"""Plain-text articles: the reference format, header variants, and what makes a file unreadable."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from conftest import BAD, GOOD

from briefing.errors import InputError
from briefing.ingest import load_articles, read_article_file


def test_reference_format_with_leading_space_and_source_line() -> None:
    (article,) = read_article_file(GOOD / "reference.txt")
    assert article.title == "Harbour ferry service resumes after storm repairs"
    assert article.published == date(2021, 6, 2)
    assert article.url == "https://www.example-harbour-news.org/ferry-resumes"
    assert article.source == "example-harbour-news.org"  # the link's domain without www.
    assert article.id == "reference"
    assert article.text.startswith("The harbour ferry resumed")
    assert "source:" not in article.text
    assert "\n\nOperators said" in article.text  # paragraphs kept


def test_byte_order_mark_before_date_is_accepted() -> None:
    (article,) = read_article_file(GOOD / "bom_reference.txt")
    assert (article.title, article.published) == ("Library extends opening hours", date(2021, 6, 3))
    assert article.source == "good"  # no name, no link: the folder's name


def test_header_variant_with_outlet_name() -> None:
    (article,) = read_article_file(GOOD / "header_variant.txt")
    assert article.title == "Bakery wins regional bread prize"
    assert article.published == date(2021, 6, 4)
    assert article.source == "Valley Gazette"
    assert article.url is None
    assert (
        article.text
        == "A family bakery in the old town won the regional bread prize on Friday for its rye loaf."
    )


@pytest.mark.parametrize(
    ("content", "title", "day"),
    [
        ("date: 2021-06-04 Headline after the date\n\nBody.", "Headline after the date", date(2021, 6, 4)),
        ("Date: 2021-06-04T22:00:00+02:00\nTitle: Late edition\n\nBody.", "Late edition", date(2021, 6, 4)),
        ("DATE 2021-06-04 Upper-case keyword\n\nBody.", "Upper-case keyword", date(2021, 6, 4)),
        ("date 2021-06-04\ntitle: Title on its own line\n\nBody.", "Title on its own line", date(2021, 6, 4)),
        (
            "date 2021-06-04\n\nThe lead sentence becomes the title. Then more.",
            "The lead sentence becomes the title.",
            date(2021, 6, 4),
        ),
        ("\n\n  date 2021-06-04 Blank lines first\n\nBody.", "Blank lines first", date(2021, 6, 4)),
    ],
)
def test_header_variants(load_file, content: str, title: str, day: date) -> None:  # type: ignore[no-untyped-def]
    result = load_file("a.txt", content)
    assert not result.skipped
    (article,) = result.articles
    assert (article.title, article.published) == (title, day)


def test_body_starting_with_a_colon_line_is_not_a_header(load_file) -> None:  # type: ignore[no-untyped-def]
    result = load_file(
        "a.txt", "date 2021-06-04 Talks\n\nSource: officials close to the talks said on Monday."
    )
    (article,) = result.articles
    assert article.text == "Source: officials close to the talks said on Monday."


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file (PNG image), not text: remove it, or save the article as .txt"),
        (
            "impossible_date.txt",
            "impossible date '2019-02-30' (February 2019 has no day 30): "
            "fix the first line 'date YYYY-MM-DD <headline>'",
        ),
        ("missing_header.txt", "no publication date: add a first line 'date YYYY-MM-DD <headline>'"),
    ],
)
def test_unreadable_text_files_are_skipped_with_one_line_reason(name: str, reason: str) -> None:
    result = load_articles([BAD / name])
    assert result.articles == ()
    (skipped,) = result.skipped
    assert skipped.path == str(BAD / name)
    assert skipped.reason == reason
    assert "\n" not in skipped.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("   \n\n\t\n", "empty file"),
        ("title: Only a title\n\nBody.", "no publication date: add a header line 'date: YYYY-MM-DD'"),
        (
            "date: next Tuesday\n\nBody.",
            "unreadable date 'next Tuesday': fix the 'date: YYYY-MM-DD' header line",
        ),
        (
            "date 2021-13-01 Month thirteen\n\nBody.",
            "impossible date '2021-13-01' (there is no month 13): "
            "fix the first line 'date YYYY-MM-DD <headline>'",
        ),
        (
            "date 2021-06-04 Header only\n\n",
            "no article text: write the article's text after the header and a blank line",
        ),
    ],
)
def test_more_unreadable_texts(load_file, content: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    result = load_file("a.txt", content)
    assert [s.reason for s in result.skipped] == [reason]


def test_read_article_file_raises_input_error_naming_the_file() -> None:
    with pytest.raises(InputError) as caught:
        read_article_file(BAD / "missing_header.txt")
    assert caught.value.path == str(BAD / "missing_header.txt")
    assert "add a first line" in str(caught.value)


def test_random_bytes_are_a_binary_file_but_a_few_stray_controls_are_cleaned(tmp_path: Path) -> None:
    noise = random.Random(3).randbytes(3000)  # 0.4% NUL, 9.7% other control bytes
    (tmp_path / "noise.txt").write_bytes(noise)
    (tmp_path / "bell.txt").write_bytes(b"date 2020-03-02 Bells\x07 ring\n\nThe bell\x07 rang on Monday\x07.\n")
    result = load_articles([tmp_path])
    (skipped,) = result.skipped
    assert skipped.reason == "binary file (control bytes), not text: remove it, or save the article as .txt"
    (article,) = result.articles
    assert article.title == "Bells ring" and "\x07" not in article.text
