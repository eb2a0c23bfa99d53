"""The `dyad` command: a thin layer over the library.

Exit status: 0 when every article was coded, 1 when some failed (each still has its record), 2 for bad
usage or unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from dyad import __version__
from dyad.errors import DyadError
from dyad.read.files import FORMATS

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
READ_WAIT = 10.0  # seconds a reading command waits while an ingest writes a batch


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except DyadError as error:
        print(f"dyad: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dyad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dyad", description="Political event data from news.")
    parser.add_argument("--version", action="version", version=f"dyad {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    code = commands.add_parser("code", help="code articles and write one JSON record per article")
    _add_input_options(code)
    code.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of standard output")
    _add_actors_option(code)
    code.set_defaults(handler=_code)

    explain = commands.add_parser("explain", help="code one article and show why each event was coded")
    explain.add_argument(
        "inputs",
        nargs=1,
        metavar="INPUT",
        help="one article's file, - for standard input, or the text itself in quotes",
    )
    explain.add_argument("--published", type=_date, help="publication date if the article has none (YYYY-MM-DD)")
    explain.add_argument("--input-format", choices=sorted(FORMATS), help="force the input format")
    which = explain.add_mutually_exclusive_group()
    which.add_argument("--event", type=_positive, metavar="N", help="explain only event N (counting from 1)")
    which.add_argument("--all", action="store_true", help="explain every event (the default)")
    explain.add_argument("--json", action="store_true", help="print the explanation as JSON")
    explain.add_argument(
        "--parse", action="store_true", help="also show the dependency parse of each sentence explained"
    )
    _add_actors_option(explain)
    explain.set_defaults(handler=_explain)

    ingest = commands.add_parser("ingest", help="code articles into a DuckDB store (idempotent)")
    _add_input_options(ingest)
    ingest.add_argument("--db", required=True, metavar="PATH", help="the DuckDB file (created when absent)")
    ingest.add_argument("--engine", choices=("local", "dask"), default="local", help="where to code (default local)")
    ingest.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a local cluster)")
    ingest.add_argument(
        "--shards", metavar="DIR", help="where Dask workers write Parquet shards (default: PATH.shards)"
    )
    ingest.add_argument("--retry-errors", action="store_true", help="code again the articles stored with an error")
    ingest.add_argument("--wait", type=float, default=30.0, metavar="SECONDS", help="how long to wait for a busy store")
    _add_actors_option(ingest)
    ingest.set_defaults(handler=_ingest)

    events = commands.add_parser("events", help="list stored events")
    events.add_argument("--db", required=True, metavar="PATH")
    events.add_argument("--actor", help="only events with this actor code prefix as source or target (RUS, USAGOV)")
    events.add_argument("--dyad", help="only events between two actors, either direction (RUS-USA)")
    events.add_argument("--negated", action="store_true", help="include negated events")
    events.add_argument("--limit", type=_positive, default=50)
    events.set_defaults(handler=_events)

    quotes = commands.add_parser("quotes", help="list stored quotes")
    quotes.add_argument("--db", required=True, metavar="PATH")
    quotes.add_argument("--speaker", help="only quotes whose speaker name or actor code contains this")
    quotes.add_argument("--limit", type=_positive, default=50)
    quotes.set_defaults(handler=_quotes)

    actors = commands.add_parser("actors", help="list stored actors by number of mentions")
    actors.add_argument("--db", required=True, metavar="PATH")
    actors.add_argument("--limit", type=_positive, default=50)
    actors.set_defaults(handler=_actors)

    evaluate = commands.add_parser("eval", help="score dyad against a gold file")
    evaluate.add_argument("kind", choices=("events", "actors", "quotes", "times", "places"))
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--errors", type=int, default=5, metavar="N", help="show the N worst errors")
    evaluate.add_argument("--limit", type=_positive, help="score only the first N gold records")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.set_defaults(handler=_eval)

    serve = commands.add_parser("serve", help="serve the HTTP API and dashboard over a store")
    serve.add_argument("--db", required=True, metavar="PATH", help="the DuckDB file")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=_positive, default=8000)
    serve.set_defaults(handler=_serve)

    series = commands.add_parser("series", help="events of a dyad per period: quad-class counts and Goldstein")
    _add_series_options(series)
    series.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    series.set_defaults(handler=_series)

    plot = commands.add_parser("plot", help="chart a dyad's series as SVG")
    _add_series_options(plot)
    plot.add_argument("-o", "--output", required=True, metavar="CHART.svg", help="the SVG file to write")
    plot.set_defaults(handler=_plot)

    export = commands.add_parser("export", help="write stored events as GDELT/ICEWS TSV, PLOVER JSON, Parquet or CSV")
    export.add_argument("--db", required=True, metavar="PATH")
    export.add_argument("--format", required=True, choices=("gdelt", "icews", "plover", "parquet", "csv"))
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=_export)

    actor = commands.add_parser(
        "actor", help="code one phrase as an actor and show which entries and rules gave the code"
    )
    actor.add_argument("phrase", help='the phrase, e.g. "Russian President Vladimir Putin"')
    actor.add_argument("--date", type=_date, help="code as of this day (YYYY-MM-DD; default: as things stand now)")
    actor.add_argument("--json", action="store_true", help="print the explanation as JSON")
    _add_actors_option(actor)
    actor.set_defaults(handler=_actor)

    info = commands.add_parser("info", help="versions and the language model in use")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=_info)
    return parser


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("inputs", nargs="+", metavar="INPUT", help="input files, or - for standard input")
    command.add_argument("--published", type=_date, help="publication date for articles without one (YYYY-MM-DD)")
    command.add_argument("--workers", type=_positive, default=1, help="processes to code with (default 1)")
    command.add_argument("--input-format", choices=sorted(FORMATS), help="force the input format")


def _add_actors_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help="your own actor dictionary (dyad's format, or PETRARCH .actors/.agents); repeatable; your entries win",
    )


def _use_actors(args: argparse.Namespace) -> None:
    """Read the user's actor dictionaries now, so that a broken one stops the command before any coding."""
    from dyad.actors.lexicon import use_dictionaries

    use_dictionaries(args.actors)


def _add_series_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", required=True, metavar="PATH")
    command.add_argument("--dyad", required=True, help="two actor code prefixes, e.g. RUS-USA (either direction)")
    command.add_argument("--freq", choices=("day", "week", "month", "year"), default="month")
    command.add_argument("--directed", action="store_true", help="only events from the first actor to the second")
    command.add_argument("--start", type=_date, help="first day (YYYY-MM-DD)")
    command.add_argument("--end", type=_date, help="last day (YYYY-MM-DD)")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {value!r}")
    return number


def _code(args: argparse.Namespace) -> int:
    from dyad.batch import code_items
    from dyad.read import read_inputs

    _use_actors(args)
    items = read_inputs(args.inputs, args.input_format, args.published)
    failed = 0
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        with _progress(shown=bool(args.output)) as bar:
            for _, record in code_items(items, workers=args.workers):
                failed += record.error is not None
                out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                bar.update(1)
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"dyad: {failed} article(s) could not be coded; see their 'error' field", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from dyad.explain import explain_article, read_article, to_text

    _use_actors(args)
    article = read_article(args.inputs, args.input_format, args.published)
    explanation = explain_article(article, number=args.event, parse=args.parse)
    print(json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False) if args.json else to_text(explanation))
    return EXIT_OK


def _actor(args: argparse.Namespace) -> int:
    from dyad.actors.why import explain_phrase

    _use_actors(args)
    explanation = explain_phrase(args.phrase, args.date)
    print(json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False) if args.json else explanation.to_text())
    return EXIT_OK


def _progress(shown: bool = True) -> Any:
    """A progress bar on standard error, only when it is a terminal (and `shown`)."""
    from tqdm import tqdm

    return tqdm(unit=" articles", disable=not (shown and sys.stderr.isatty()), file=sys.stderr, leave=False)


def _ingest(args: argparse.Namespace) -> int:
    from dyad.ingest import IngestSummary, ingest

    _use_actors(args)
    with _progress() as bar:

        def report(summary: IngestSummary) -> None:
            bar.n = summary.read
            bar.set_postfix(stored=summary.stored, refresh=True)

        summary = ingest(
            args.inputs,
            args.db,
            workers=args.workers,
            published=args.published,
            input_format=args.input_format,
            progress=report,
            engine=args.engine,
            scheduler=args.scheduler,
            shards=args.shards,
            retry_errors=args.retry_errors,
            wait=args.wait,
        )
    print(
        f"{summary.read} article(s) read, {summary.stored} stored, {summary.skipped} already stored, "
        f"{summary.failed} failed",
        file=sys.stderr,
    )
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


EVENT_COLUMNS = ("article_id", "day", "source_code", "cameo", "plover", "quad_class", "goldstein", "target_code",
                 "place_name", "negated", "trigger_text")  # fmt: skip
QUOTE_COLUMNS = ("article_id", "speaker_name", "speaker_actor", "type", "text")
ACTOR_COLUMNS = ("code", "name", "mentions", "articles")


def _events(args: argparse.Namespace) -> int:
    from dyad.web.queries import EventFilter, find_events

    where = EventFilter(actor=args.actor, dyad=args.dyad, include_negated=args.negated)
    return _listing(args.db, lambda store: find_events(store, where, args.limit), EVENT_COLUMNS)


def _quotes(args: argparse.Namespace) -> int:
    from dyad.web.queries import find_quotes

    return _listing(args.db, lambda store: find_quotes(store, speaker=args.speaker, limit=args.limit), QUOTE_COLUMNS)


def _actors(args: argparse.Namespace) -> int:
    from dyad.web.queries import find_actors

    return _listing(args.db, lambda store: find_actors(store, limit=args.limit), ACTOR_COLUMNS)


def _listing(db: str, fetch: Any, columns: tuple[str, ...]) -> int:
    """Print one page of a store query (the same queries the API and dashboard use) as a table."""
    from dyad.store import open_store
    from dyad.table import format_table

    with open_store(db, read_only=True, wait=READ_WAIT) as store:
        _, rows = fetch(store)
    print(format_table(columns, [[row.get(column) for column in columns] for row in rows]))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dyad.evaluate import evaluate

    report = evaluate(args.kind, Path(args.gold), errors=args.errors, limit=args.limit)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from dyad.web.server import serve

    serve(args.db, host=args.host, port=args.port)
    return EXIT_OK


def _read_series(args: argparse.Namespace) -> list:
    from dyad.series import dyad_series
    from dyad.store import open_store

    with open_store(args.db, read_only=True, wait=READ_WAIT) as store:
        return dyad_series(store, args.dyad, args.freq, directed=args.directed, start=args.start, end=args.end)


def _series(args: argparse.Namespace) -> int:
    from dyad.series import COLUMNS, series_csv
    from dyad.table import format_table

    points = _read_series(args)
    if args.csv:
        sys.stdout.write(series_csv(points))
    else:
        print(format_table(COLUMNS, [tuple(point.to_dict().values()) for point in points]))
    return EXIT_OK


def _plot(args: argparse.Namespace) -> int:
    from dyad.plot import write_chart

    path = write_chart(_read_series(args), args.output, title=f"{args.dyad.upper()} per {args.freq}")
    print(f"dyad: wrote {path}", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dyad.store import open_store
    from dyad.store.export import export

    with open_store(args.db, read_only=True, wait=READ_WAIT) as store:
        count = export(store, args.format, Path(args.output))
    print(f"{count} event(s) written to {args.output}", file=sys.stderr)
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    from dyad.info import describe

    details = describe()
    if args.json:
        print(json.dumps(details, indent=2))
    else:
        for key, value in details.items():
            print(f"{key}: {value}")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
