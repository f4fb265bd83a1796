"""Encodings, control characters, huge texts and duplicates: cleaned once, nothing lost silently."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import GOOD

from briefing.errors import UsageError
from briefing.ingest import load_articles
from briefing.ingest.cleaning import clean_text, lead_sentence
from briefing.ingest.dates import DateProblem, parse_published


def test_latin1_file_is_read_with_a_note() -> None:
    path = GOOD / "latin1.txt"
    result = load_articles([path])
    (article,) = result.articles
    assert article.title == "Café reopens on the quay"
    assert "façade" in article.text
    assert result.notes == (f"{path}: not UTF-8 (byte 19); read as Windows-1252",)


def test_utf16_file_with_byte_order_mark() -> None:
    (article,) = load_articles([GOOD / "utf16.txt"]).articles
    assert (article.title, article.published) == ("Choir performs at the cathedral", date(2021, 6, 6))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_other_unicode_encodings(load_file, encoding: str) -> None:  # type: ignore[no-untyped-def]
    data = "date 2021-06-06 Wide\n\nBody in a wide encoding.".encode(encoding)
    (article,) = load_file("a.txt", data).articles
    assert article.text == "Body in a wide encoding."


def test_declared_html_charset_is_honoured(load_file) -> None:  # type: ignore[no-untyped-def]
    words = "Die Brücke über den Fluss wurde am Montag nach langen Reparaturen wieder geöffnet. " * 5
    page = (
        f'<html><head><meta charset="iso-8859-15"><meta name="pubdate" content="2021-06-06"></head>'
        f"<body><article><p>{words} Preis: 5 €.</p></article></body></html>"
    )
    result = load_file("page.html", page.encode("iso-8859-15"))
    (article,) = result.articles
    assert "Brücke über" in article.text and "5 €" in article.text
    assert result.notes == ()


def test_control_characters_are_cleaned_once_here() -> None:
    (article,) = load_articles([GOOD / "control_chars.txt"]).articles
    assert article.title == "Market stalls return to the square"
    # \x00 \x1b dropped, \v a line break, \f a paragraph break, \r\n normalised
    assert (
        article.text
        == "Traders set up their stalls on Monday.\nThe market runs every week.\n\nIt closes at noon."
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("tab\tkept\x7f\x85next", "tab\tkept\nnext"),
        ("zero\ufeffwidth\u2028line\u2029para", "zerowidth\nline\n\npara"),
        ("gap\n\n\n\n \nend", "gap\n\nend"),
        ("  \x00 ", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_huge_article_is_truncated_with_a_note_never_skipped(load_file) -> None:  # type: ignore[no-untyped-def]
    body = "A sentence about the long inquiry report and its many findings. " * 5000  # 320,000 characters
    result = load_file("long.txt", f"date 2021-06-08 Long report\n\n{body}", max_chars=100_000)
    (article,) = result.articles
    assert 99_000 < len(article.text) <= 100_000
    assert article.text.endswith("findings.")  # cut at a word, not inside one
    assert not result.skipped
    (note,) = result.notes
    assert note.endswith("long.txt: text truncated at 100000 characters (it had 319999)")
    assert article.notes == ("text truncated at 100000 characters (it had 319999)",)


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(UsageError):
        load_articles([GOOD / "reference.txt"], max_chars=0)


def test_exact_duplicate_across_files_dropped_with_a_note(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("date 2021-06-09 First copy\n\nThe same text, word for word.")
    (tmp_path / "b.txt").write_text("date 2021-06-10 Second copy\n\nThe  same text,\nword for word.\n")
    (tmp_path / "c.txt").write_text("date 2021-06-10 Different\n\nThe same text, word for word, and more.")
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["a", "c"]
    assert result.notes == (f"{tmp_path / 'b.txt'}: same text as {tmp_path / 'a.txt'}; duplicate dropped",)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2020-03-10", date(2020, 3, 10)),
        ("2020-03-10T23:30:00-05:00", date(2020, 3, 10)),
        ("2020-03-10 00:30+09:00", date(2020, 3, 10)),
        ("2020-03-10T23:59:59.5Z", date(2020, 3, 10)),
        ("Tue, 10 Mar 2020 23:30:00 -0500", date(2020, 3, 10)),
        ("20200310", date(2020, 3, 10)),
        ("10 March 2020", date(2020, 3, 10)),
        ("March 10, 2020", date(2020, 3, 10)),
    ],
)
def test_publication_dates_as_written(value: str, day: date) -> None:
    assert parse_published(value) == day


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2019-02-30", "impossible date '2019-02-30' (February 2019 has no day 30)"),
        ("2021-00-10", "impossible date '2021-00-10' (there is no month 0)"),
        ("soon", "unreadable date 'soon'"),
        ("", "no publication date"),
    ],
)
def test_unusable_dates(value: str, problem: str) -> None:
    with pytest.raises(DateProblem) as caught:
        parse_published(value)
    assert str(caught.value) == problem


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The U.S. Senate voted on Monday. Then it adjourned.", "The U.S. Senate voted on Monday."),
        ("Mr. Smith resigned on Friday. He had served ten years.", "Mr. Smith resigned on Friday."),
        ("First line without a stop\nSecond line.", "First line without a stop"),
        ("word " * 60, ("word " * 23).strip() + "…"),
    ],
)
def test_lead_sentence_title(text: str, title: str) -> None:
    assert lead_sentence(text) == title


def test_texts_that_share_only_their_ends_are_both_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Dedup first buckets texts by their first and last characters: that must never be enough.
    opening, closing = "Officials met in Geneva on Monday. " * 4, " The talks resume next week." * 4
    (tmp_path / "a.txt").write_text(f"date 2021-06-09 One\n\n{opening}The vote passed.{closing}")
    (tmp_path / "b.txt").write_text(f"date 2021-06-09 Two\n\n{opening}The vote failed.{closing}")
    (tmp_path / "c.txt").write_text(f"date 2021-06-09 Three\n\n{opening}The  vote\npassed.{closing}")
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.notes == (f"{tmp_path / 'c.txt'}: same text as {tmp_path / 'a.txt'}; duplicate dropped",)
