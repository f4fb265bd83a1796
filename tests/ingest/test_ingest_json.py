"""JSON Lines and JSON: good records kept, each bad one skipped with its line or index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import GOOD

from briefing.ingest import load_articles

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
FEED = GOOD / "feed.jsonl"


@pytest.fixture(scope="module")
def feed():  # type: ignore[no-untyped-def]
    return load_articles([FEED])


def test_good_lines_are_kept_in_order(feed) -> None:  # type: ignore[no-untyped-def]
    assert [a.id for a in feed.articles] == ["a1", "a2", "a1-2"]
    first = feed.articles[0]
    assert first.title == "Bridge closes for repairs"
    assert first.source == "Riverside Post"
    assert first.url == "https://www.riverside-post.com/bridge"
    assert first.origin == f"{FEED}:1"


def test_each_bad_line_is_skipped_with_its_number_and_fix(feed) -> None:  # type: ignore[no-untyped-def]
    assert [(s.path, s.reason) for s in feed.skipped] == [
        (f"{FEED}:3", "broken JSON on line 3 (Expecting ',' delimiter at column 54): fix or remove the line"),
        (
            f"{FEED}:6",
            "impossible date '2019-02-30' (February 2019 has no day 30): fix the 'date' field (YYYY-MM-DD)",
        ),
        (f"{FEED}:7", "no publication date: add a 'date' field (YYYY-MM-DD)"),
        (f"{FEED}:8", "no article text: add a 'text' field"),
    ]


def test_repeated_id_renamed_and_duplicate_text_dropped_with_notes(feed) -> None:  # type: ignore[no-untyped-def]
    assert feed.notes == (
        f"{FEED}:4: id 'a1' is already used by {FEED}:1; renamed to 'a1-2'",
        f"{FEED}:5: same text as {FEED}:1; duplicate dropped",
    )
    assert feed.articles[2].notes == (f"id 'a1' is already used by {FEED}:1; renamed to 'a1-2'",)


def test_missing_title_is_the_lead_sentence_and_source_the_domain(feed) -> None:  # type: ignore[no-untyped-def]
    budget = feed.articles[1]
    assert budget.title == "Late-night vote passes the budget."
    assert budget.source == "riverside-post.com"


def test_time_with_timezone_counts_on_its_own_local_day(feed) -> None:  # type: ignore[no-untyped-def]
    # 23:30 at UTC-5 is already the next day in UTC; the article still belongs to 1 July.
    assert feed.articles[1].published == date(2021, 7, 1)


def test_json_object_with_articles_list_and_aliases() -> None:
    path = GOOD / "list.json"
    result = load_articles([path])
    museum, beach = result.articles
    assert (museum.id, museum.title, museum.published) == ("17", "Museum opens new wing", date(2021, 7, 5))
    assert museum.text == "The museum opened its new wing on Monday.\n\nEntry is free for the first month."
    assert museum.source == "museum-news.example.net"
    assert (beach.id, beach.source, beach.origin) == ("list-1", "Coast Weekly", f"{path}[1]")
    assert [(s.path, s.reason) for s in result.skipped] == [
        (f"{path}[2]", "record 2 is a JSON string, not an object with 'date' and 'text' fields")
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[{"date": "2021-01-05", "text": "A list of one."}]', ["A list of one."]),
        ('{"date": "2021-01-05", "text": "A single record."}', ["A single record."]),
        (
            '{"date": "2021-01-05", "text": "One per line."}\n{"date": "2021-01-06", "text": "Second."}\n',
            ["One per line.", "Second."],
        ),
        ('{"DATE": 1609804800, "Body": "Epoch seconds, any case."}', ["Epoch seconds, any case."]),
    ],
)
def test_json_shapes(load_file, content: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = load_file("x.json", content)
    assert [a.text for a in result.articles] == expected
    assert not result.skipped


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            "{not json",
            "not valid JSON (Expecting property name enclosed in double quotes at column 2): fix the file",
        ),
        ('{"meta": 1}', 'no articles in the JSON: expected a list of objects or {"articles": [...]}'),
        ("[]", "no articles in the JSON (the list is empty)"),
        ("\n\n", "empty file"),
    ],
)
def test_unreadable_json_files(load_file, content: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    result = load_file("x.json", content)
    assert [s.reason for s in result.skipped] == [reason]


@pytest.mark.parametrize(("text", "title"), [
    ("GENEVA | Wed Apr 29 , 2009 7:31 pm EDT GENEVA -LRB- Reuters -RRB- - The World Health Organization "
     "raised its alert on Wednesday . \nMore followed .",
     "The World Health Organization raised its alert on Wednesday."),
    ("Page last updated at 07:48 GMT, Tuesday, 8 November 2011 The trial took place on the ninth floor.\nMore.",
     "The trial took place on the ninth floor."),
    ("By Jane Doe, Health Editor WASHINGTON (AP) - Senators passed the health bill late on Monday.\nMore.",
     "Senators passed the health bill late on Monday."),
    # a crawled page's headline run into its lede: the headline is the title
    ("Advert warns about the dangers of swine flu It is too early to assume the outbreak is mild, "
     "the chief medical officer says.\nMore.", "Advert warns about the dangers of swine flu"),
    ("An editor at The Lancet answered questions about the virus on Monday.\nMore.",
     "An editor at The Lancet answered questions about the virus on Monday."),
    # links to other stories that a crawled page opens on are not its headline
    # a lede may open on a capitalised word the article writes in lower case ("People": "people")
    ("Michael Jackson died in June 2009 People who could become jurors in the trial are being asked "
     "unusual questions.\nMany people applied.", "Michael Jackson died in June 2009"),
    # ... not on a name ("Christina"), nor inside one ("Mexico City" though it says "city")
    ("Stars are expected at the benefit Christina Aguilera will sing at the concert in the city.\nMore.",
     "Stars are expected at the benefit Christina Aguilera will sing at the concert in the city."),
    ("Health officials in Mexico City said the outbreak was slowing across the city.\nMore.",
     "Health officials in Mexico City said the outbreak was slowing across the city."),
    # a web server's failed include (tokenised in a crawl) is no part of the headline
    ("Page last updated at 08:03 GMT, Tuesday, 26 July 2011 -LRB- an error occurred while processing this "
     "directive -RRB- Katherine Jackson has announced a tribute concert in Cardiff .\nMore .",
     "Katherine Jackson has announced a tribute concert in Cardiff."),
    ("Helicopter crashes into crane on London tower, kills two.\nFull Article Egypt ordered a cull of all "
     "pigs on Wednesday.\nMore.", "Egypt ordered a cull of all pigs on Wednesday."),
])
def test_an_untitled_article_is_titled_by_its_lead_without_dateline_or_stamp(
        load_file, text: str, title: str) -> None:  # type: ignore[no-untyped-def]
    (article,) = load_file("x.jsonl", json.dumps({"date": "2021-01-05", "text": text})).articles
    assert article.title == title


def test_the_run_in_headline_of_an_untitled_page_leaves_its_lede_whole(load_file) -> None:  # type: ignore[no-untyped-def]
    from briefing.analyse import analyse_article

    text = ("Swine flu closes London schools A third school in London has closed after eight more people "
            "were diagnosed with swine flu.\nThe school will reopen next week.")
    (article,) = load_file("x.jsonl", json.dumps({"date": "2009-05-05", "text": text})).articles
    assert article.title == "Swine flu closes London schools"
    assert analyse_article(article).sentences[0].text == (
        "A third school in London has closed after eight more people were diagnosed with swine flu.")


def test_lone_surrogates_and_controls_in_json_strings_are_cleaned(load_file) -> None:  # type: ignore[no-untyped-def]
    line = json.dumps(
        {"date": "2021-01-05", "title": "Bad\\ud800 title", "text": "Text\u0000 with\u0007 junk\ud800."}
    )
    (article,) = load_file("x.jsonl", line.replace("\\\\ud800", "\\ud800")).articles
    assert article.text == "Text with junk."
    assert article.title == "Bad title"
    article.text.encode("utf-8")  # would raise on a lone surrogate


def test_jsonl_line_in_another_encoding_is_read_with_a_note(load_file) -> None:  # type: ignore[no-untyped-def]
    data = '{"date": "2021-01-05", "text": "Caf\u00e9 opens."}\n'.encode("cp1252")
    result = load_file("x.jsonl", data)
    assert [a.text for a in result.articles] == ["Café opens."]
    assert result.notes[0].endswith("x.jsonl: line 1 is not UTF-8 (byte 35); read as Windows-1252")


def test_utf16_jsonl(load_file) -> None:  # type: ignore[no-untyped-def]
    data = '{"date": "2021-01-05", "text": "Wide text."}\n'.encode("utf-16")
    assert [a.text for a in load_file("x.jsonl", data).articles] == ["Wide text."]


def test_large_jsonl_of_normal_articles_loads_whole(tmp_path: Path) -> None:
    # 4,000 normal articles of ~7,000 characters each (28 M characters), as in the scale goal.
    paragraph = "The committee met again on Tuesday to discuss the budget for the coming year. " * 90
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(4000):
            record = {
                "id": f"n{number}",
                "date": "2021-03-01",
                "title": "",
                "text": f"Item {number}. {paragraph}",
            }
            out.write(json.dumps(record) + "\n")
    # Speed is measured by bench/build_bench.py, not here.
    result = load_articles([path])
    assert len(result.articles) == 4000
    assert sum(len(a.text) for a in result.articles) > 28_000_000
    assert not result.skipped and not result.notes


@pytest.mark.skipif(
    not (CORPORA / "tls" / "t17").is_dir(), reason="Timeline17 corpus not beside the repository"
)
def test_timeline17_articles_load_with_empty_titles_filled() -> None:
    path = CORPORA / "tls" / "t17" / "h1n1" / "articles.jsonl"
    result = load_articles([path])
    assert len(result.articles) > 300
    assert not result.skipped
    assert all(a.title and a.source for a in result.articles)
    assert all(a.published.year >= 2009 for a in result.articles)


def test_a_javascript_source_is_never_taken_for_an_outlet(tmp_path: Path) -> None:
    path = tmp_path / "wire" / "x.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"id": "j", "date": "2021-01-05", "text": "Some text here.",
                                "source": "javascript:alert(1)"}) + "\n", encoding="utf-8")
    (art,) = load_articles([path]).articles
    assert art.source == "wire"
