"""The command line: parse arguments, call one library function, format the result, exit.

This is the only module that prints or exits. Exceptions map to exit codes in one place
(``EXIT_CODES``); library modules are imported inside the commands so that the batch date
tagger starts fast.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from briefing import __version__
from briefing.analyse import STRICT_ENV
from briefing.errors import BriefingError, OutputError, TemplateError, UsageError

if TYPE_CHECKING:
    from briefing.model import TimeExpression

# Exit codes, documented in README.md ("Exit codes"). One place, on purpose.
EXIT_OK = 0
EXIT_FAILURE = 1  # nothing was written
EXIT_USAGE = 2  # bad command line or options (Click uses 2 as well)
EXIT_SKIPPED = 3  # the outputs were written, but some inputs could not be read as articles

EXIT_CODES: dict[type[BaseException], int] = {
    UsageError: EXIT_USAGE,
    TemplateError: EXIT_USAGE,
    OutputError: EXIT_FAILURE,
    BriefingError: EXIT_FAILURE,
}

DEFAULT_INPUT = Path("seeds")


def _err(message: str) -> None:
    click.echo(message, err=True)


def _parse_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Click callback for --from/--to: the library's parser, naming the option in its error."""
    from briefing.periods import parse_day

    return None if value is None else parse_day(value, param.opts[0])


def _report_inputs(skipped: Any, notes: Any) -> None:
    """Skipped inputs and lossless notes, one line each, on stderr."""
    for note in notes:
        _err(f"note: {note}")
    for s in skipped:
        _err(f"skipped: {s.path}: {s.reason}")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging (for bug reports).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn dated news articles into a weekly briefing: a timeline of what happened and what is
    coming, and a short summary of each article, as PDF and DOCX (also JSON and Markdown)."""
    ctx.obj = {"debug": debug}
    if debug:
        os.environ[STRICT_ENV] = "1"  # an internal error of an article's analysis stops the run, with its traceback
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")


# --------------------------------------------------------------------------------------- build
@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="reports", show_default=True, type=click.Path(path_type=Path),
              help="Folder to write the briefing files into.")
@click.option("--format", "formats", default="pdf,docx", show_default=True,
              help="Comma-separated formats: pdf, docx, json, md.")
@click.option("--from", "start", callback=_parse_date, help="First publication day to include (YYYY-MM-DD).")
@click.option("--to", "end", callback=_parse_date, help="Last publication day to include (YYYY-MM-DD).")
@click.option("--week", help="One ISO week, e.g. 2020-W11; or last (the week before this one) or this.")
@click.option("--weekly", is_flag=True, help="One briefing per ISO week of the articles.")
@click.option("--template", default="weekly", show_default=True,
              help="Template name (in templates/) or path to a template folder or style.toml.")
@click.option("--title", help="Title of the briefing (default: from the period).")
@click.option("--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the analysis cache.")
@click.option("--max-chars", type=int, default=None,
              help="Truncate longer article texts to this many characters (with a note).")
@click.option("--sentences", "summary_sentences", type=click.IntRange(min=1), help="Summary length per article.")
@click.option("--algorithm", default="default", show_default=True, help="Summariser (see `briefing summarize -h`).")
@click.option("--max-dates", type=click.IntRange(min=1), help="At most this many dates in the timeline.")
@click.option("--sentences-per-date", type=click.IntRange(min=1), help="Events shown per timeline date.")
def build(inputs: tuple[Path, ...], out_dir: Path, formats: str, start: date | None, end: date | None,
          week: str | None, weekly: bool, template: str, title: str | None, jobs: int, no_cache: bool,
          max_chars: int | None, summary_sentences: int | None, algorithm: str, max_dates: int | None,
          sentences_per_date: int | None) -> None:
    """Build the briefing from INPUT files and folders (default: seeds/) into --out (default: reports/).

    \b
    Examples:
      briefing build
      briefing build articles/ --week 2020-W11 --format pdf,docx,json
      briefing build articles/ --week last        # a scheduled Monday run
      briefing build feed.jsonl --weekly --template onepage --out weekly/
    """
    from briefing.ingest import DEFAULT_MAX_CHARS
    from briefing.options import make_options
    from briefing.pipeline import build as run_build

    if not inputs:
        if not DEFAULT_INPUT.is_dir():
            raise UsageError("no INPUT given and no seeds/ folder here; name the article files or folders")
        inputs = (DEFAULT_INPUT,)
    options = make_options(template=template, out_dir=out_dir, formats=formats, start=start, end=end, week=week,
                           weekly=weekly, title=title, jobs=jobs, use_cache=not no_cache,
                           max_chars=max_chars or DEFAULT_MAX_CHARS, summary_sentences=summary_sentences,
                           algorithm=algorithm, max_dates=max_dates, sentences_per_date=sentences_per_date)
    with _progress_bar("Analysing articles") as progress:
        result = run_build(list(inputs), options, progress=progress)
    _report_inputs(result.skipped, result.notes)
    for briefing in result.briefings:
        if not briefing.articles:  # written all the same: a scheduled run's reader learns the week was quiet
            _err(f"note: no articles were published in {briefing.period.label}; its briefing says so")
    for path in result.paths:
        click.echo(str(path))
    if result.skipped:
        _err(f"{len(result.skipped)} input(s) skipped; the briefing was written without them")
        sys.exit(EXIT_SKIPPED)


class _progress_bar:
    """A rich progress bar on stderr, only when stderr is a terminal (silent in scripts and CI)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._progress: Any = None

    def __enter__(self) -> Callable[[int, int], Callable[[int], None]] | None:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress

        self._progress = Progress(console=Console(stderr=True), transient=True)
        self._progress.start()

        def start(total: int, done: int) -> Callable[[int], None]:
            task = self._progress.add_task(self.label, total=total, completed=done)
            return lambda n: self._progress.advance(task, n)

        return start

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


# --------------------------------------------------------------------------------------- dates
def _timex_json(t: TimeExpression) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval": [t.interval.start.isoformat(), t.interval.end.isoformat()] if t.interval else None,
            "certainty": str(t.certainty), "direction": str(t.direction), "granularity": str(t.granularity),
            "anchor": t.anchor, "mod": t.mod}


def _jsonl_lines(path: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a JSON Lines file or stdin ("-"), blank lines left out."""
    stream: IO[str]
    if path == "-":
        stream = sys.stdin
    else:
        try:
            stream = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise BriefingError(f"{path}: cannot open ({exc.strerror or exc})") from exc
    try:
        for n, line in enumerate(stream, 1):
            if line.strip():
                yield n, line
    finally:
        if stream is not sys.stdin:
            stream.close()


def _batch(path: str, work: Callable[[dict[str, Any]], dict[str, Any]], empty: dict[str, Any]) -> None:
    """Run ``work`` on each JSON line; one output line per input line, in order, even on failure."""
    out = sys.stdout
    for n, line in _jsonl_lines(path):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            out.write(json.dumps({"id": None, **empty, "error": f"line {n}: not a JSON object ({exc})"}) + "\n")
            continue
        try:
            result = {"id": obj.get("id"), **work(obj)}
        except Exception as exc:  # one bad record never stops a batch; the error travels with it
            result = {"id": obj.get("id"), **empty, "error": f"line {n}: {type(exc).__name__}: {exc}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()


def _dct(value: Any) -> date:
    if not isinstance(value, str) or len(value) < 10:
        raise ValueError(f"dct {value!r} is not an ISO date or date-time")
    return date.fromisoformat(value[:10])


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--jsonl", "jsonl_path", metavar="PATH|-",
              help='Batch mode: read {"id","dct","text"} lines, write {"id","timexes":[...]} lines.')
def dates(file: Path | None, jsonl_path: str | None) -> None:
    """Show every date expression in FILE and what it resolves to.

    \b
    Examples:
      briefing dates seeds/000_0af3f37a05f09378.txt
      briefing dates --jsonl texts.jsonl > timexes.jsonl
    """
    from briefing.temporal import resolve_dates

    if jsonl_path:
        _batch(jsonl_path, lambda o: {"timexes": [_timex_json(t) for t in resolve_dates(str(o["text"]),
                                                                                         _dct(o.get("dct")))]},
               {"timexes": []})
        return
    if file is None:
        raise UsageError("give a FILE or --jsonl PATH|-")
    from rich.table import Table

    from briefing.ingest import load_articles

    loaded = load_articles([file])
    _report_inputs(loaded.skipped, loaded.notes)
    console = _console()
    for art in loaded.articles:
        table = Table(title=f"{art.title} — published {art.published:%a %Y-%m-%d}", title_justify="left")
        table.add_column("expression", overflow="fold", ratio=2)
        for col in ("type", "value", "interval", "certainty", "direction"):
            table.add_column(col, no_wrap=True)
        table.add_column("context", overflow="fold", ratio=3)
        for t in resolve_dates(art.text, art.published):
            ctx = " ".join(art.text[max(0, t.start - 30): t.end + 30].split())
            interval = "" if t.interval is None else (
                t.interval.start.isoformat() if t.interval.start == t.interval.end
                else f"{t.interval.start} … {t.interval.end}")
            table.add_row(t.text, t.type, t.value, interval, str(t.certainty), str(t.direction), f"…{ctx}…")
        console.print(table)
    if loaded.skipped:
        sys.exit(EXIT_SKIPPED)


def _console() -> Any:
    """A rich console on stdout: as wide as the terminal, or as ``COLUMNS`` says (rich reads it);
    160 columns when output goes to a file or pipe with no width given."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit() else Console(width=160)


# ----------------------------------------------------------------------------------- summarize
ALGORITHMS = ("default", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "lead")


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--jsonl", "jsonl_path", metavar="PATH|-",
              help='Batch mode: read {"id","title"?,"text"} lines, write {"id","summary":[...]} lines.')
@click.option("--sentences", type=click.IntRange(min=1), default=None, help="Summary length in sentences (default 3).")
@click.option("--words", type=click.IntRange(min=1), default=None, help="Summary length in words (at most).")
@click.option("--ratio", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="Summary length as a share of the article's sentences.")
@click.option("--algorithm", type=click.Choice(ALGORITHMS), default="default", show_default=True,
              help="default is our tuned extractive method; the others are sumy's algorithms (and lead-N).")
def summarize(file: Path | None, jsonl_path: str | None, sentences: int | None, words: int | None,
              ratio: float | None, algorithm: str) -> None:
    """Summarise each article in FILE (extractive: sentences of the article, in article order).

    \b
    Examples:
      briefing summarize seeds/000_0af3f37a05f09378.txt --sentences 3
      briefing summarize --jsonl articles.jsonl --sentences 3 > summaries.jsonl
    """
    from briefing.summarize import summarize as run_summary
    from briefing.text.clean import clean_body

    if sentences is None and words is None and ratio is None:
        sentences = 3

    def one(text: str, title: str, ident: str) -> tuple[str, ...]:
        body = clean_body(text, title)
        return run_summary(body, title=title, article_id=ident, sentences=sentences, words=words, ratio=ratio,
                           algorithm=algorithm).sentences

    if jsonl_path:
        _batch(jsonl_path, lambda o: {"summary": list(one(str(o.get("text") or ""), str(o.get("title") or ""),
                                                          str(o.get("id"))))}, {"summary": []})
        return
    if file is None:
        raise UsageError("give a FILE or --jsonl PATH|-")
    from briefing.ingest import load_articles

    loaded = load_articles([file])
    _report_inputs(loaded.skipped, loaded.notes)
    for art in loaded.articles:
        click.secho(f"{art.title} ({art.published})", bold=True)
        for s in one(art.text, art.title, art.id):
            click.echo(f"  • {s}")
        click.echo()
    if loaded.skipped:
        sys.exit(EXIT_SKIPPED)


# ------------------------------------------------------------------------------------ timeline
@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--from", "start", callback=_parse_date, help="First day (YYYY-MM-DD) of articles and events.")
@click.option("--to", "end", callback=_parse_date, help="Last day (YYYY-MM-DD) of articles and events.")
@click.option("--week", help="One ISO week of articles and events, e.g. 2020-W11; or last or this.")
@click.option("--max-dates", type=click.IntRange(min=1), help="At most this many dates.")
@click.option("--sentences-per-date", type=click.IntRange(min=1), help="At most this many sentences per date.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the analysis cache.")
def timeline(inputs: tuple[Path, ...], start: date | None, end: date | None, week: str | None,
             max_dates: int | None, sentences_per_date: int | None, fmt: str, jobs: int, no_cache: bool) -> None:
    """Print the timeline of the articles in INPUT files and folders.

    \b
    Examples:
      briefing timeline seeds/
      briefing timeline feed.jsonl --from 2020-03-09 --to 2020-03-15 --format jsonl
      briefing timeline articles/ --week 2020-W11
    """
    from briefing.options import make_options
    from briefing.periods import range_period, week_period
    from briefing.pipeline import analyse, ingest, make_timeline, skipped
    from briefing.timeline import timeline_csv, timeline_rows, timeline_table

    options = make_options(start=start, end=end, week=week, jobs=jobs, use_cache=not no_cache, formats="json",
                           max_dates=max_dates, sentences_per_date=sentences_per_date)
    if options.week:
        iso_week = week_period(options.week)
        start, end = iso_week.start, iso_week.end
    loaded = ingest(list(inputs), options)
    _report_inputs(loaded.skipped, loaded.notes)
    articles = [a for a in loaded.articles
                if (start is None or a.published >= start) and (end is None or a.published <= end)]
    with _progress_bar("Analysing articles") as progress:
        records, failed = analyse(articles, options, progress)
    _report_inputs(skipped(failed), ())
    # Without --from/--to the timeline chooses its own span (the articles' days and the week before).
    period = range_period(start, end, [a.published for a in articles]) if (start or end) else None
    result = make_timeline(records, period, options)
    if fmt == "jsonl":
        for row in timeline_rows(result):
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(timeline_csv(result), nl=False)
    else:
        _console().print(timeline_table(result))
    if loaded.skipped or failed:
        sys.exit(EXIT_SKIPPED)


# ---------------------------------------------------------------------------------------- main
def run() -> NoReturn:
    """The console script: ``main``, then leave without tearing the interpreter down.

    After a build over thousands of articles, freeing its objects one by one and the final
    garbage collection took ~2 s (measured at 4,000 articles), longer than writing the
    documents. By then every output is written, closed and moved into place, so once the
    streams and logs are flushed the process ends at once (``os._exit``).
    """
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, str):
            _err(exc.code)
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_FAILURE)
    else:  # main always exits; kept for the type checker
        code = EXIT_OK
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: run the CLI and map every outcome to a documented exit code."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _err("briefing: aborted")
        sys.exit(EXIT_FAILURE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except BriefingError as exc:
        if debug:
            raise
        _err(f"briefing: error: {exc}")
        sys.exit(next(code for cls, code in EXIT_CODES.items() if isinstance(exc, cls)))
    except KeyboardInterrupt:
        _err("briefing: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as exc:  # the user never sees a traceback without --debug
        if debug:
            raise
        _err(f"briefing: internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(EXIT_FAILURE)
    sys.exit(EXIT_OK)
