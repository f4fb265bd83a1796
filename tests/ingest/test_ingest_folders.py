"""Folders, the bundled seeds, missing paths, and the streaming form."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from conftest import BAD, FIXTURES, GOOD

from briefing.ingest import iter_inputs, load_articles
from briefing.model import Article, Skipped

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds():  # type: ignore[no-untyped-def]
    return load_articles([SEEDS])


def test_seed_folder_loads_all_26_articles_and_ignores_the_licence_note(seeds) -> None:  # type: ignore[no-untyped-def]
    assert len(seeds.articles) == 26
    assert seeds.skipped == () and seeds.notes == ()
    assert not any(a.origin.endswith(".md") for a in seeds.articles)


def test_seed_articles_titles_dates_and_outlets(seeds) -> None:  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in seeds.articles}
    first = by_id["000_0af3f37a05f09378"]
    assert first.published == date(2020, 9, 30)
    assert first.title.startswith("Iraq is committed to protecting foreign diplomatic missions")
    assert first.text.startswith("CAIRO (UrduPoint News / Sputnik")
    assert first.source == "seeds"
    who = by_id["2020-03-14_world-health-organization-declares-covid-19-pandemic"]
    assert who.published == date(2020, 3, 14)
    assert who.title == "World Health Organization declares COVID-19 pandemic"
    assert who.source == "en.wikinews.org"
    assert who.url is not None and who.url.startswith("https://en.wikinews.org/wiki/")
    assert not who.text.startswith("source:")


def test_folder_order_is_sorted_and_recursive(seeds) -> None:  # type: ignore[no-untyped-def]
    origins = [a.origin for a in seeds.articles]
    assert origins[0] == str(SEEDS / "000_0af3f37a05f09378.txt")
    assert origins[1:] == sorted(origins[1:])
    assert all("wikinews-2020-covid19-primaries" in o for o in origins[1:])


def test_only_article_files_in_folders_and_hidden_ones_ignored(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# readme")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.txt").write_text("not read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not read")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "A.TXT").write_text("date 2021-01-01 Upper-case suffix\n\nStill an article.")
    result = load_articles([tmp_path])
    assert [a.title for a in result.articles] == ["Upper-case suffix"]
    assert result.skipped == () and result.notes == ()


def test_a_page_saved_complete_is_read_without_the_frames_in_its_assets_folder(tmp_path: Path) -> None:
    page = ('<html><head><meta property="article:published_time" content="2021-03-04T10:00:00Z">'
            "<title>Council approves the harbour plan</title></head><body><article><p>The city council "
            "approved the harbour expansion plan on Wednesday after a long debate about its cost.</p><p>"
            "Work on the new quay is to start in the summer, the mayor said.</p></article></body></html>")
    ad = ("<html><head><meta property=\"article:published_time\" content=\"2021-03-04\"></head><body><p>Buy "
          "the new phone today and save twenty percent on every accessory in the store.</p></body></html>")
    (tmp_path / "Harbour.html").write_text(page, encoding="utf-8")
    (tmp_path / "Harbour_files").mkdir()
    (tmp_path / "Harbour_files" / "ad-frame.html").write_text(ad, encoding="utf-8")
    (tmp_path / "Harbour_files" / "style.css").write_text("p { color: red }", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no page beside it: an ordinary folder, read as usual
    (tmp_path / "notes_files" / "b.txt").write_text("date 2021-03-05 Second story\n\nIt is read.", encoding="utf-8")
    result = load_articles([tmp_path])
    assert sorted(a.title for a in result.articles) == ["Council approves the harbour plan", "Second story"]
    assert result.skipped == ()


def test_explicit_file_with_unknown_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    (tmp_path / "article").write_text("date 2021-01-01 No suffix\n\nText.")
    (tmp_path / "export.dat").write_text('{"date": "2021-01-02", "text": "JSON content."}\n')
    result = load_articles([tmp_path / "article", tmp_path / "export.dat"])
    assert [a.text for a in result.articles] == ["Text.", "JSON content."]


def test_missing_path_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = load_articles([missing, GOOD / "reference.txt"])
    assert result.skipped == (Skipped(str(missing), "no such file or folder: check the path"),)
    assert len(result.articles) == 1


def test_same_file_twice_is_read_once() -> None:
    result = load_articles([GOOD / "reference.txt", GOOD, GOOD / "reference.txt"])
    assert [a.id for a in result.articles].count("reference") == 1
    assert not any("reference.txt" in note for note in result.notes)


def test_empty_folder_gives_a_note(tmp_path: Path) -> None:
    result = load_articles([tmp_path])
    assert result.articles == () and result.skipped == ()
    assert result.notes == (
        f"{tmp_path}: no article files (.txt, .json, .jsonl, .html, .htm, .xml, .rss, .atom, .mht, .mhtml) "
        "in this folder",
    )


def test_documents_in_formats_not_read_are_named_in_a_note(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("date 2021-01-01 Story\n\nText of the story.")
    for name in ("a.pdf", "b.docx", "sub/c.PDF", "d.rtf", "photo.jpg", "notes.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["story"] and result.skipped == ()
    assert result.notes == (
        f"{tmp_path}: 4 files not read (a.pdf, b.docx, d.rtf and 1 more): articles are read from text "
        "(.txt), JSON, web pages (.html) and feeds; save the article in one of those",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("date 2021-01-01 Locked\n\nText.")
    path.chmod(0)
    (skipped,) = load_articles([path]).skipped
    assert skipped.reason == "cannot be read (Permission denied): check that it exists and is readable"


def test_streaming_form_yields_the_same_as_load_articles() -> None:
    stream = list(iter_inputs([FIXTURES]))
    result = load_articles([FIXTURES])
    assert tuple(x for x in stream if isinstance(x, Article)) == result.articles
    assert tuple(x for x in stream if isinstance(x, Skipped)) == result.skipped
    assert tuple(x for x in stream if isinstance(x, str)) == result.notes
    # every unreadable fixture is reported (the hostile feed is read, without its entities)
    reported = {Path(s.path.split("#")[0].split("[")[0].split(":")[0]) for s in result.skipped}
    assert reported >= set(BAD.iterdir()) - {BAD / "xxe.rss"}


def test_streaming_is_lazy(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(f"date 2021-01-0{number + 1} T{number}\n\nText {number}.")
    stream = iter_inputs([tmp_path])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "0"
    (tmp_path / "2.txt").unlink()  # the third file is only opened when the stream gets to it
    rest = list(stream)
    assert [x.id for x in rest if isinstance(x, Article)] == ["1"]


def test_a_reader_bug_becomes_a_skip_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.ingest import registry

    def broken_reader(text: str, display: str, path: Path):  # type: ignore[no-untyped-def]
        raise RuntimeError("reader bug\nsecond line")
        yield  # pragma: no cover - makes this a generator like the real readers

    monkeypatch.setitem(registry.READERS, "html", broken_reader)
    result = load_articles([GOOD / "article.html", GOOD / "reference.txt"])
    assert [(s.path, s.reason) for s in result.skipped] == [
        (str(GOOD / "article.html"),
         "could not be read (RuntimeError: reader bug second line); check the file's format")]
    assert [a.id for a in result.articles] == ["reference"]
