"""Per-article analysis over many articles: parallel and cached results equal fresh ones."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from briefing import __version__, runner
from briefing import cache as cache_module
from briefing.analyse import AnalysisOptions, analyse_article
from briefing.cache import KEEP_DAYS, AnalysisCache, cache_key, default_cache_path
from briefing.model import Article
from briefing.options import make_options
from briefing.pipeline import build


def make_articles(n: int) -> list[Article]:
    base = date(2020, 3, 1)
    return [Article(id=f"a{i}", title=f"Story {i}", published=base + timedelta(days=i % 20),
                    text=(f"Officials met on Monday to discuss plan {i}. The plan costs {i} million dollars. "
                          f"A vote is expected next week. Critics said on March {1 + i % 28} that it was rushed."),
                    source="Test Wire", origin=f"t/{i}.txt") for i in range(n)]


def test_parallel_and_cached_results_equal_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = make_articles(60)
    opts = AnalysisOptions()
    fresh = [analyse_article(a, opts) for a in arts]
    monkeypatch.setattr(runner, "PARALLEL_MIN_ARTICLES", 10)
    parallel = runner.analyse_all(arts, opts, jobs=2, use_cache=True)
    assert parallel == fresh
    calls: list[int] = []
    monkeypatch.setattr(runner, "analyse_article", lambda a, o: calls.append(1) or analyse_article(a, o))
    warm = runner.analyse_all(arts, opts, jobs=1, use_cache=True)
    assert warm == fresh
    assert calls == []  # everything came from the cache


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_whose_analysis_fails_is_marked_and_not_cached(monkeypatch: pytest.MonkeyPatch,
                                                                   jobs: int) -> None:
    arts = make_articles(20)

    def fails_on_seven(article: Article, options: AnalysisOptions) -> Any:
        if article.id == "a7":
            raise ValueError("bad state")
        return analyse_article(article, options)

    monkeypatch.setattr(runner, "PARALLEL_MIN_ARTICLES", 10)
    monkeypatch.setattr(runner, "analyse_article", fails_on_seven)  # workers are forked: they see it too
    monkeypatch.delenv("BRIEFING_STRICT")
    records = runner.analyse_records(arts, AnalysisOptions(), jobs=jobs, use_cache=True)
    assert [r.analysis.article.id for r in records if r.problem] == ["a7"]
    assert records[7].problem.startswith("internal error ValueError analysing it: bad state")
    assert records[7].analysis.sentences == () and records[8].analysis.sentences
    monkeypatch.setattr(runner, "analyse_article", analyse_article)  # the bug fixed: the next run redoes it
    again = runner.analyse_records(arts, AnalysisOptions(), jobs=1, use_cache=True)
    assert not any(r.problem for r in again) and again[7].analysis == analyse_article(arts[7], AnalysisOptions())


def test_only_new_articles_are_analysed_on_a_rerun(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = make_articles(12)
    runner.analyse_all(arts[:10], AnalysisOptions(), jobs=1)
    seen: list[str] = []
    monkeypatch.setattr(runner, "analyse_article", lambda a, o: seen.append(a.id) or analyse_article(a, o))
    runner.analyse_all(arts, AnalysisOptions(), jobs=1)
    assert seen == ["a10", "a11"]


def test_a_moved_article_is_not_analysed_again_and_keeps_its_new_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    # Lines added above an article in a JSON Lines file, or a renamed file, change only the origin.
    arts = make_articles(3)
    runner.analyse_all(arts, AnalysisOptions(), jobs=1)
    moved = [replace(a, origin=f"renamed/{a.id}.txt:7") for a in arts]
    monkeypatch.setattr(runner, "analyse_article", lambda a, o: pytest.fail(f"{a.id} analysed again"))
    again = runner.analyse_all(moved, AnalysisOptions(), jobs=1)
    assert [a.article.origin for a in again] == [a.origin for a in moved]
    monkeypatch.undo()
    assert again == [analyse_article(a) for a in moved]


def test_options_that_change_results_change_the_key() -> None:
    a = make_articles(1)[0]
    three, two = AnalysisOptions(summary_sentences=3), AnalysisOptions(summary_sentences=2)
    assert cache_key(a, three, "1") != cache_key(a, two, "1")
    assert cache_key(a, AnalysisOptions(), "1") != cache_key(a, AnalysisOptions(), "2")


def test_corrupt_cache_file_is_not_fatal() -> None:
    path = default_cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not sqlite" * 100)
    arts = make_articles(3)
    assert runner.analyse_all(arts, AnalysisOptions(), jobs=1) == [analyse_article(a) for a in arts]


def test_rows_unused_for_keep_days_are_dropped_and_used_ones_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    kept, dropped = make_articles(6)[:3], make_articles(6)[3:]
    options = AnalysisOptions()

    def run_on(day: int, articles: list[Article]) -> set[str]:
        monkeypatch.setattr(cache_module, "today", lambda: day)
        runner.analyse_all(articles, options, jobs=1)
        store = AnalysisCache(default_cache_path())
        try:
            return store.stored_keys(cache_key(a, options, __version__) for a in kept + dropped)
        finally:
            store.close()

    keys = {a.id: cache_key(a, options, __version__) for a in kept + dropped}
    assert len(run_on(1000, kept + dropped)) == 6
    assert len(run_on(1000 + KEEP_DAYS, kept)) == 6  # reading the first three stamps them anew
    assert run_on(1001 + KEEP_DAYS, kept) == {keys[a.id] for a in kept}


def test_a_cache_file_of_an_older_schema_is_emptied_and_reused() -> None:
    path = default_cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE analysis (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    old.execute("INSERT INTO analysis VALUES ('stale', x'00')")
    old.commit()
    old.close()
    arts = make_articles(2)
    assert runner.analyse_all(arts, AnalysisOptions(), jobs=1) == [analyse_article(a) for a in arts]
    store = AnalysisCache(path)
    try:
        wanted = [cache_key(a, AnalysisOptions(), __version__) for a in arts]
        assert store.stored_keys([*wanted, "stale"]) == set(wanted)
    finally:
        store.close()


def test_cache_in_unwritable_place_degrades_to_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = AnalysisCache(blocker / "sub" / "analyses.sqlite")
    assert cache.get_records({"k": make_articles(1)[0]}) == {}
    cache.put_records({})
    cache.close()


def test_output_bytes_do_not_depend_on_jobs_or_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Parallel analysis (workers) and parallel rendering (a forked DOCX) against one process.
    monkeypatch.setattr(runner, "PARALLEL_MIN_ARTICLES", 10)
    folder = tmp_path / "in"
    folder.mkdir()
    for a in make_articles(24):
        (folder / f"{a.id}.txt").write_text(f"Title: {a.title}\nDate: {a.published}\n\n{a.text}\n")
    outputs = []
    for jobs, use_cache in ((1, False), (2, True), (2, True)):  # the last one is served by the cache
        out = tmp_path / f"out{len(outputs)}"
        result = build([folder], make_options(out_dir=out, formats="pdf,docx", jobs=jobs, use_cache=use_cache))
        outputs.append({p.name: p.read_bytes() for p in result.paths})
    assert len(outputs[0]) == 2
    assert outputs[0] == outputs[1] == outputs[2]


def test_workers_for_a_rerun_leave_a_core_to_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner.os, "cpu_count", lambda: 2)
    assert runner._workers(4000, 0, jobs=2) == 2  # cold: every core analyses
    assert runner._workers(40, 4000, jobs=2) == 1  # 1% new: one worker, while the rest is decoded
    assert runner._workers(2000, 2000, jobs=2) == 2  # many new: every core again
    assert runner._workers(10, 0, jobs=2) == 0  # too few to repay a worker's start
    assert runner._workers(4000, 0, jobs=1) == 0
    assert runner._workers(0, 4000, jobs=2) == 0


def test_a_rebuild_lays_the_pdf_out_once_with_the_stored_layout(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.render import pdf

    folder = tmp_path / "in"
    folder.mkdir()
    for a in make_articles(6):
        (folder / f"{a.id}.txt").write_text(f"Title: {a.title}\nDate: {a.published}\n\n{a.text}\n")
    builds: list[int] = []
    real = pdf._build
    monkeypatch.setattr(pdf, "_build", lambda *a: builds.append(1) or real(*a))
    written = []
    for run in range(2):
        result = build([folder], make_options(out_dir=tmp_path / f"out{run}", formats="pdf", jobs=1))
        written.append(result.paths[0].read_bytes())
    assert len(builds) == 3  # two passes the first time, one with the stored layout the second
    assert written[0] == written[1]
    builds.clear()
    build([folder], make_options(out_dir=tmp_path / "out2", formats="pdf", jobs=1, use_cache=False))
    assert len(builds) == 2  # --no-cache: no stored layout
