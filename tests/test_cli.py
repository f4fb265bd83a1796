"""The command line as a user meets it: exit codes, messages, files written, batch interfaces."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import EXIT_SKIPPED, main
from tests.conftest import SEED_ARTICLE, SEEDS
from tests.helpers import docx_text, pdf_text, run_cli, squash

COMMANDS = ("build", "dates", "summarize", "timeline")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder laid out like a fresh clone: seeds/ and an empty reports/."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "reports").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seed_titles() -> list[str]:
    titles = []
    for f in sorted(SEEDS.rglob("*.txt")):
        first = f.read_text(encoding="utf-8-sig").lstrip().splitlines()[0]
        titles.append(first.split(" ", 2)[2])
    return titles


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["--version"], capsys)
    assert r.code == 0 and r.out.startswith("briefing, version ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli([command, "--help"], capsys)
    assert r.code == 0
    assert "Usage: briefing " + command in r.out
    assert "Example" in r.out  # every command shows how it is used


def test_build_without_arguments_reads_seeds_into_reports(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["build", "--jobs", "1"], capsys)
    assert r.code == 0, r.err
    written = [Path(line) for line in r.out.splitlines()]
    assert {p.suffix for p in written} == {".pdf", ".docx"}
    assert all(p.parent == Path("reports") and (workdir / p).is_file() for p in written)
    pdf = squash(pdf_text(workdir / next(p for p in written if p.suffix == ".pdf")))
    docx = docx_text(workdir / next(p for p in written if p.suffix == ".docx"))
    for title in seed_titles():
        assert squash(title) in pdf, title
        assert title in docx, title


def test_rerun_replaces_the_same_files_and_leaves_nothing_else(workdir: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    first = run_cli(["build", "--week", "2020-W11", "--format", "pdf,docx,json,md"], capsys)
    second = run_cli(["build", "--week", "2020-W11", "--format", "pdf,docx,json,md"], capsys)
    assert first.code == second.code == 0
    assert first.out == second.out
    names = sorted(p.name for p in (workdir / "reports").iterdir() if p.name != ".gitkeep")
    assert names == [f"briefing-2020-W11.{ext}" for ext in ("docx", "json", "md", "pdf")]


def test_week_restricts_articles_to_the_week(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["build", "--week", "2020-W11", "--format", "json"], capsys)
    assert r.code == 0, r.err
    data = json.loads((workdir / "reports/briefing-2020-W11.json").read_text(encoding="utf-8"))
    published = {a["article"]["published"] for a in data["articles"]}
    assert published and all("2020-03-09" <= d <= "2020-03-15" for d in published)
    assert data["period"]["start"] == "2020-03-09" and data["period"]["end"] == "2020-03-15"


def test_weekly_makes_one_briefing_per_iso_week(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["build", "--weekly", "--format", "md"], capsys)
    assert r.code == 0, r.err
    names = sorted(Path(p).name for p in r.out.split())
    # six Wikinews weeks (W07..W12) and the seed article's week (2020-W40)
    assert names == [f"briefing-2020-W{w:02d}.md" for w in (7, 8, 9, 10, 11, 12, 40)]


def test_week_last_briefs_the_week_before_today(workdir: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1584345600")  # Monday 16 March 2020, in ISO week 12
    r = run_cli(["build", "--week", "last", "--format", "md"], capsys)
    assert r.code == 0, r.err
    assert [Path(p).name for p in r.out.split()] == ["briefing-2020-W11.md"]
    assert "9–15 Mar 2020" in (workdir / "reports/briefing-2020-W11.md").read_text(encoding="utf-8")


def test_a_week_without_articles_is_said_on_the_terminal(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["build", "--week", "2021-W01", "--format", "md"], capsys)
    assert r.code == 0, r.err
    assert "no articles were published in 2021-W01" in r.err
    assert "No dated events" in (workdir / "reports/briefing-2021-W01.md").read_text(encoding="utf-8")


def test_skipped_input_is_named_and_sets_exit_code_3(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = workdir / "seeds" / "broken.txt"
    bad.write_text("no header here\n\njust text\n", encoding="utf-8")
    r = run_cli(["build", "--format", "md"], capsys)
    assert r.code == 3
    assert "broken.txt" in r.err and "skipped" in r.err
    assert len(r.out.splitlines()) == 1 and Path(r.out.strip()).exists()


def test_out_that_is_a_file_is_refused_before_any_work(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = workdir / "afile"
    target.write_text("keep me", encoding="utf-8")
    r = run_cli(["build", "--out", str(target)], capsys)
    assert r.code == 1
    assert r.err.strip().count("\n") == 0 and "afile" in r.err and "not a folder" in r.err
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(("args", "message"), [
    (["build", "--format", "pdf,xls"], "unknown format 'xls'"),
    (["build", "--week", "2020-W99"], "2020-W99"),
    (["build", "--from", "2020-02-30"], "not a date"),
    (["build", "--week", "2020-W11", "--weekly"], "choose one period option"),
    (["build", "--template", "no-such-template"], "no-such-template"),
])
def test_usage_errors_exit_2_with_one_clear_line(args: list[str], message: str, workdir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(args, capsys)
    assert r.code == 2
    assert message in r.err
    assert "Traceback" not in r.err


def test_no_articles_at_all_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    r = run_cli(["build", str(tmp_path / "empty"), "--out", str(tmp_path / "out")], capsys)
    assert r.code == 1
    assert "no articles found" in r.err
    assert not list((tmp_path / "out").iterdir())


def test_no_articles_says_why_each_input_was_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("just some notes\n", encoding="utf-8")
    r = run_cli(["build", str(tmp_path / "missing"), str(tmp_path / "notes.txt"), "--out", str(tmp_path / "out")],
                capsys)
    assert r.code == 1
    [line] = [line for line in r.err.splitlines() if "no articles found" in line]
    assert "missing: no such file or folder" in line and "notes.txt: no publication date" in line


def test_dates_jsonl_one_line_per_input_in_order_even_on_errors(capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a", "dct": "2020-09-30", "text": "The minister spoke on Wednesday."},
        "this is not json",
        {"id": "c", "dct": "yesterday", "text": "x"},
        {"id": "d", "dct": "2020-09-30T10:00:00+02:00", "text": "Nothing dated here."},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    r = run_cli(["dates", "--jsonl", "-"], capsys, stdin)
    assert r.code == 0
    out = [json.loads(line) for line in r.out.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d"]
    assert "error" in out[1] and "line 2" in out[1]["error"]
    assert "error" in out[2] and "dct" in out[2]["error"]
    assert "error" not in out[0] and "error" not in out[3]
    wed = [t for t in out[0]["timexes"] if t["text"] == "Wednesday"]
    assert wed and wed[0]["value"] == "2020-09-30" and wed[0]["type"] == "DATE"
    assert {"start", "end", "text", "type", "value", "interval", "certainty"} <= set(wed[0])
    assert lines[0]["text"][wed[0]["start"]:wed[0]["end"]] == "Wednesday"


def test_dates_table_for_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["dates", str(SEED_ARTICLE)], capsys)
    assert r.code == 0
    assert "2020-09-27" in r.out and "2020-09-30" in r.out


@pytest.mark.parametrize(("columns", "width"), [("90", 90), (None, 160)])
def test_tables_fit_the_width_columns_gives_else_160(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, columns: str | None,
                                                     width: int) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    r = run_cli(["timeline", str(SEED_ARTICLE)], capsys)
    assert r.code == 0
    assert max(len(line) for line in r.out.splitlines()) == width


def test_summarize_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    text = ("The council approved the new budget on Monday after a long debate. "
            "Spending on schools rises by a tenth. Critics said the plan ignores roads. "
            "The mayor will sign it next week. Opposition members walked out in protest.")
    stdin = json.dumps({"id": "x1", "title": "Budget passes", "text": text}) + "\n"
    r = run_cli(["summarize", "--jsonl", "-", "--sentences", "2"], capsys, stdin)
    assert r.code == 0
    out = json.loads(r.out)
    assert out["id"] == "x1" and len(out["summary"]) == 2
    assert all(s in text for s in out["summary"])


def test_timeline_jsonl_for_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["timeline", str(SEED_ARTICLE), "--format", "jsonl"], capsys)
    assert r.code == 0, r.err
    rows = [json.loads(line) for line in r.out.splitlines()]
    dates = [row["date"] for row in rows]
    assert "2020-09-27" in dates and "2020-09-30" in dates
    assert dates == sorted(dates)
    assert all(isinstance(row["summary"], list) and row["summary"] for row in rows)


def test_timeline_respects_from_to_and_max_dates(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["timeline", str(SEEDS), "--from", "2020-03-01", "--to", "2020-03-20", "--max-dates", "4",
                 "--sentences-per-date", "1", "--format", "jsonl"], capsys)
    assert r.code == 0, r.err
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert 1 <= len(rows) <= 4
    assert all("2020-03-01" <= row["date"] <= "2020-03-20" and len(row["summary"]) == 1 for row in rows)


def test_timeline_week_takes_that_iso_weeks_articles_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    r = run_cli(["timeline", str(SEEDS), "--week", "2020-W11", "--format", "jsonl"], capsys)
    assert r.code == 0, r.err
    dates = [json.loads(line)["date"] for line in r.out.splitlines()]
    assert dates and all("2020-03-09" <= d <= "2020-03-15" for d in dates)
    both = run_cli(["timeline", str(SEEDS), "--week", "2020-W11", "--from", "2020-03-01"], capsys)
    assert both.code == 2 and "choose one period option" in both.err


def test_the_console_entry_point_flushes_everything_before_it_exits(workdir: Path) -> None:
    # `python -m briefing` ends through cli.run, which skips interpreter teardown: what it
    # printed, its exit code and the files it wrote must all still be complete.
    import subprocess
    import sys

    (workdir / "seeds" / "broken.txt").write_text("no header here\n\njust text\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing", "build", "--format", "md,docx", "--no-cache"],
                          cwd=workdir, capture_output=True, text=True, timeout=300)
    assert done.returncode == 3
    assert "broken.txt" in done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert [p.suffix for p in written] == [".md", ".docx"]
    assert all(p.exists() for p in written)
    assert "Timeline" in written[0].read_text(encoding="utf-8")
    assert "Timeline" in docx_text(written[1])


def test_an_internal_error_of_the_dates_stage_costs_that_articles_dates_not_the_briefing(
        workdir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.temporal import resolver

    real = resolver.resolve_dates

    def fails_on_mubarak(text: str, *args: Any, **kwargs: Any) -> Any:
        if "Mubarak" in text:
            raise IndexError("no such group")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(resolver, "resolve_dates", fails_on_mubarak)
    monkeypatch.delenv("BRIEFING_STRICT")  # as users run it
    r = run_cli(["build", "--format", "md", "--jobs", "1", "--no-cache"], capsys)
    assert r.code == 0, r.err
    text = Path(r.out.strip()).read_text(encoding="utf-8")
    assert "Mubarak" in text and "Super Tuesday" in text  # the article is there, and the others' events
    [warning] = [rec.getMessage() for rec in caplog.records if "dates are left out" in rec.getMessage()]
    assert "mubarak-dies" in warning and "IndexError: no such group" in warning
    # with --debug the error stops the run, with its traceback, to be seen and fixed
    with pytest.raises(IndexError, match="no such group"):
        main(["--debug", "build", "--format", "md", "--jobs", "1", "--no-cache"])


def test_an_internal_error_analysing_an_article_skips_that_article_not_the_briefing(
        workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.summarize

    real = briefing.summarize.summarize

    def fails_on_mubarak(text: str, *args: Any, **kwargs: Any) -> Any:
        if "Mubarak" in text:
            raise ValueError("bad state")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(briefing.summarize, "summarize", fails_on_mubarak)
    monkeypatch.delenv("BRIEFING_STRICT")  # as users run it
    for _ in range(2):  # the failure is not cached: the next run tries again, and says so again
        r = run_cli(["build", "--format", "md", "--jobs", "1"], capsys)
        assert r.code == EXIT_SKIPPED, r.err
        [line] = [line for line in r.err.splitlines() if "bad state" in line]
        assert line.startswith("skipped: ") and "mubarak-dies.txt: internal error ValueError" in line
        text = Path(r.out.strip()).read_text(encoding="utf-8")
        assert "Super Tuesday" in text and "Hosni Mubarak dies" not in text  # the others are briefed
        assert "mubarak-dies.txt" in text.split("Inputs skipped")[1]  # and the reader learns what is missing
    r = run_cli(["timeline", "seeds", "--jobs", "1", "--no-cache", "--format", "jsonl"], capsys)
    assert r.code == EXIT_SKIPPED and "mubarak-dies.txt: internal error ValueError" in r.err
    # the week after: the article (27 February) is analysed only for the stock text around the
    # week, and its failure is not that week's loss
    r = run_cli(["build", "--format", "md", "--jobs", "1", "--week", "2020-W10"], capsys)
    assert r.code == 0 and "bad state" not in r.err
    with pytest.raises(ValueError, match="bad state"):
        main(["--debug", "build", "--format", "md", "--jobs", "1", "--no-cache"])
