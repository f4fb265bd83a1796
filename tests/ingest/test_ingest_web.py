"""HTML pages and RSS/Atom feeds: main text, metadata dates, and nothing pulled in from outside."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from conftest import BAD, GOOD

from briefing.ingest import load_articles

PASSWD = Path("/etc/passwd")


def test_html_main_text_date_and_outlet_from_metadata() -> None:
    result = load_articles([GOOD / "article.html"])
    (article,) = result.articles
    assert article.title == "Tram line extended to the airport"
    # 23:45 at UTC-7 is 3 August in UTC; the page says 2 August, and that is the day.
    assert article.published == date(2021, 8, 2)
    assert article.source == "Metro Courier"
    assert article.url == "https://www.metro-courier.example.com/tram-airport"
    assert "reached the airport on Monday" in article.text
    assert "\n\nPassengers can now travel" in article.text
    for boilerplate in ("never run", "Copyright", "Home"):
        assert boilerplate not in article.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "no_article.html",
            "no article text found in the page (only navigation or too short): "
            "save the article's own page, or give its text as .txt",
        ),
        (
            "no_date.html",
            "no publication date in the page's metadata: add "
            '<meta property="article:published_time" content="YYYY-MM-DD"> to its <head>',
        ),
        ("not_a_feed.xml", "no items in the feed: it holds no <item> or <entry> to read"),
    ],
)
def test_pages_and_feeds_without_an_article(name: str, reason: str) -> None:
    result = load_articles([BAD / name])
    assert [(s.path, s.reason) for s in result.skipped] == [(str(BAD / name), reason)]


@pytest.mark.parametrize(
    "meta",
    [
        '<script type="application/ld+json">'
        '{"@graph": [{"datePublished": "2021-08-02T21:00:00-09:00"}]}</script>',
        '<meta name="pubdate" content="2021-08-02">',
        '<meta itemprop="datePublished" content="2021-08-02T10:00:00+14:00">',
    ],
)
def test_html_date_from_other_metadata(load_file, meta: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        "<p>" + "The new ferry terminal opened to passengers this week after years of delays. " * 6 + "</p>"
    )
    page = f"<html><head>{meta}</head><body><article>{body}</article></body></html>"
    (article,) = load_file("page.html", page).articles
    assert article.published == date(2021, 8, 2)


def test_rss_items_with_local_day_feed_date_fallback_and_bad_date() -> None:
    path = GOOD / "feed.rss"
    result = load_articles([path])
    ferry, festival = result.articles
    assert (ferry.id, ferry.title, ferry.source) == ("ferry-1", "Ferry timetable changes", "Lakeside Radio")
    assert ferry.published == date(2021, 8, 10)  # "Tue, 10 Aug 2021 23:30:00 -0500": 11 Aug in UTC
    assert ferry.text == "The ferry will leave earlier from Monday.\n\nThe last crossing is at ten."
    assert ferry.url == "https://lakeside-radio.example.org/ferry"
    assert festival.published == date(2021, 8, 9)
    assert result.notes == (f"{path}#item2: no date in the item; used the feed's date 2021-08-09",)
    assert [(s.path, s.reason) for s in result.skipped] == [
        (
            f"{path}#item3",
            "impossible date '2021-02-30' (February 2021 has no day 30): "
            "fix the item's <pubDate> (RSS) or <published> (Atom)",
        )
    ]


def test_atom_entry() -> None:
    (entry,) = load_articles([GOOD / "feed.atom"]).articles
    assert (entry.title, entry.source) == ("Snow closes mountain pass", "Northern Wire")
    assert entry.published == date(2021, 8, 11)  # 06:15 at UTC+10 is still 10 August in UTC
    assert entry.text == "Heavy snow closed the mountain pass early on Wednesday."


def _passwd_lines() -> list[str]:
    lines = [line for line in PASSWD.read_text(errors="replace").splitlines() if line.count(":") >= 5]
    return lines or ["root:x:0:0:"]


def _everything(result) -> str:  # type: ignore[no-untyped-def]
    return repr([astuple(a) for a in result.articles]) + repr(result.skipped) + repr(result.notes)


@pytest.mark.skipif(not PASSWD.exists(), reason="needs /etc/passwd as the local file an entity points at")
def test_xxe_feed_never_pulls_in_a_local_file() -> None:
    path = BAD / "xxe.rss"
    result = load_articles([path])
    everything = _everything(result)
    for line in _passwd_lines():
        assert line not in everything
        assert line.split(":")[0] + ":x:" not in everything
    (item,) = result.articles  # the item itself is still read
    assert item.title == "Harmless headline"  # the reference to the dropped entity goes too
    assert "lollollol" not in item.text  # internal entities are not expanded either
    assert result.notes == (
        f"{path}: entity declarations in the DOCTYPE ignored (they could read local files)",
    )


@pytest.mark.skipif(not PASSWD.exists(), reason="needs /etc/passwd as the local file an entity points at")
@pytest.mark.parametrize("suffix", [".html", ".xml", ".atom"])
def test_xxe_in_pages_and_atom_never_pulls_in_a_local_file(load_file, suffix: str) -> None:  # type: ignore[no-untyped-def]
    doctype = '<!DOCTYPE x [<!ENTITY a "]>"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    words = "The harbour reopened to ships on Monday after the storm. " * 6
    if suffix == ".html":
        document = (
            f'{doctype}<html><head><meta name="pubdate" content="2021-01-01"></head>'
            f"<body><article><p>{words} &xxe;</p></article></body></html>"
        )
    else:
        document = (
            f'<?xml version="1.0"?>{doctype}<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
            f"<title>&xxe;</title><published>2021-01-01</published><content>{words} &xxe;</content>"
            "</entry></feed>"
        )
    everything = _everything(load_file("hostile" + suffix, document))
    for line in _passwd_lines():
        assert line not in everything


@pytest.mark.skipif(not PASSWD.exists(), reason="needs /etc/passwd as the local file an entity points at")
def test_xxe_fixture_is_a_real_attack_and_stripping_defuses_it() -> None:
    """The hostile feed does read /etc/passwd with an entity-resolving parser; after
    ``strip_doctype`` even that parser finds nothing to resolve (defence in depth: feedparser
    and lxml's HTML parser already refuse external entities today)."""
    from lxml import etree

    from briefing.ingest.xmlsafety import strip_doctype

    unsafe = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=True, recover=True)
    raw = (BAD / "xxe.rss").read_text(encoding="utf-8")
    first = _passwd_lines()[0]
    leaked = etree.tostring(etree.fromstring(raw.encode(), unsafe), encoding="unicode")
    assert first in leaked
    stripped, declared = strip_doctype(raw)
    assert declared
    tree = etree.fromstring(stripped.encode(), unsafe)
    assert tree is None or first not in etree.tostring(tree, encoding="unicode")


@pytest.mark.parametrize(
    ("feed", "reason"),
    [
        ("<rss><channel><item><title>T</title><pubDate>2021-01-01</pubDate></item></channel></rss>",
         "no article text: give the item a <description> (RSS) or <content> (Atom)"),
        ("<rss><channel><item><title>T</title><description>Text.</description></item></channel></rss>",
         "no publication date: add <pubDate> (RSS) or <published> (Atom) to the item"),
        ("<rss><channel><title>Empty</title></channel></rss>",
         "no items in the feed: it holds no <item> or <entry> to read"),
    ],
)
def test_unreadable_feed_items(load_file, feed: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert [s.reason for s in load_file("f.rss", feed).skipped] == [reason]


def _mhtml(html: str | None, *, charset: str = "utf-8") -> bytes:
    """A page saved as one file, as Chrome writes it: a multipart/related MIME message."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = "https://news.example.org/harbour-plan"
    message["Date"] = "Sat, 1 Jan 2022 09:00:00 -0000"  # when it was saved: never the article's date
    message.make_related()
    if html is not None:
        part = EmailMessage()
        part.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
        message.attach(part)
    image = EmailMessage()
    image.set_content(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png")
    message.attach(image)
    return message.as_bytes()


SAVED_PAGE = ('<html><head><meta property="article:published_time" content="2021-03-04T10:00:00Z">'
              "<title>Council approves the harbour plan</title></head><body><article><p>The city council "
              "approved the harbour expansion plan on Wednesday after a long debate about its cost to "
              "the town’s residents.</p><p>Work on the new quay is to start in the summer, the mayor said, "
              "and should be finished within two years.</p></article></body></html>")


@pytest.mark.parametrize("suffix", [".mhtml", ".mht"])
def test_a_page_saved_as_one_file_is_read_as_its_html(load_file, suffix: str) -> None:  # type: ignore[no-untyped-def]
    result = load_file(f"saved{suffix}", _mhtml(SAVED_PAGE))
    (article,) = result.articles
    assert article.title == "Council approves the harbour plan"
    assert article.published == date(2021, 3, 4)  # the page's own date, not the day it was saved
    assert article.url == "https://news.example.org/harbour-plan"
    assert "the town’s residents" in article.text  # quoted-printable and UTF-8 undone
    assert result.skipped == () and result.notes == ()


def test_a_saved_page_without_a_web_page_inside_is_skipped_with_the_fix(load_file) -> None:  # type: ignore[no-untyped-def]
    result = load_file("saved.mhtml", _mhtml(None))
    assert [s.reason for s in result.skipped] == [
        "no web page inside this saved page: save the article as .html (Webpage, HTML only) or .txt"]


def test_a_plain_page_saved_under_the_single_file_name_is_read_as_html(load_file) -> None:  # type: ignore[no-untyped-def]
    (article,) = load_file("saved.mht", SAVED_PAGE).articles
    assert article.title == "Council approves the harbour plan"


@pytest.mark.parametrize(
    ("note", "url", "outlet"),
    [
        ("<!-- saved from url=(0042)https://www.harbour-news.example/plan -->\n",
         "https://www.harbour-news.example/plan", "harbour-news.example"),
        ("<!--\n Page saved with SingleFile \n url: https://port.example.org/news/plan?id=7 \n"
         " saved date: Sat Jan 01 2022 09:00:00 GMT+0000\n-->\n", "https://port.example.org/news/plan?id=7",
         "port.example.org"),
        ("", None, "pages"),  # no note and no link in the page: the folder's name is the outlet
    ],
)
def test_a_browser_saved_page_links_to_the_address_it_was_saved_from(  # type: ignore[no-untyped-def]
        load_file, note: str, url: str | None, outlet: str) -> None:
    (article,) = load_file("pages/plan.html", "<!DOCTYPE html>\n" + note + SAVED_PAGE).articles
    assert (article.url, article.source) == (url, outlet)


def test_a_page_s_own_canonical_link_comes_before_the_saved_from_note(load_file) -> None:  # type: ignore[no-untyped-def]
    page = SAVED_PAGE.replace("<title>", '<link rel="canonical" href="https://canonical.example/plan"><title>')
    (article,) = load_file("plan.html", "<!-- saved from url=(0026)https://mirror.example/x -->\n" + page).articles
    assert article.url == "https://canonical.example/plan"
