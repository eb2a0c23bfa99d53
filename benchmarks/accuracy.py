"""Measure dyad on every development gold set and rewrite docs/accuracy.md (the script behind `make accuracy`).

    .venv/bin/python benchmarks/accuracy.py [--shared PATH] [--out docs/accuracy.md]
                                            [--floors tests/evaluate/accuracy_floors.json --write-floors]
                                            [--floors-only] [--limit N] [--errors N]

`--floors-only` skips the page and only re-pins the gate's figures (about a minute).

Without ../shared/data it says so and exits 0 without touching anything.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import dyad
from dyad.evaluate import EvalReport, baseline_ids, evaluate, score_petrarch2
from dyad.evaluate import floors as gate
from dyad.evaluate.markdown import render
from dyad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
COMMAND = "`make accuracy` (`.venv/bin/python benchmarks/accuracy.py`)"

# (kind, gold file under ../shared/data, PETRARCH2's recorded output on it or None)
EVALUATIONS: tuple[tuple[str, str, str | None], ...] = (
    ("events", "events/cameo_manual_dev.jsonl", None),
    ("events", "events/plover_cameo_dev.jsonl", None),
    ("events", "events/petrarch2_gsr.jsonl", "baselines/petrarch2_on_gsr48_ptb.jsonl"),
    ("events", "events/petrarch_unit_tests.jsonl", "baselines/petrarch2_on_unittest284_validate_dicts.jsonl"),
    ("actors", "events/actor_tests_dev.jsonl", None),
    ("quotes", "quotes/polnear_dev.jsonl", None),
    ("times", "time/te3_timebank_aquaint.jsonl", None),
    ("places", "places/lgl.jsonl", None),
    ("places", "places/geovirus.jsonl", None),
)


def main(argv: list[str] | None = None) -> int:
    """Run every evaluation, print the reports, rewrite the page and, if asked, the floors."""
    args = _parser().parse_args(argv)
    data = args.shared / "data"
    if not data.is_dir():
        print(f"skipping the accuracy run: {data} is absent (the development data is not beside this checkout)")
        return 0
    write_floors = args.write_floors or args.floors_only
    if write_floors and gate.missing(data):
        # partial floors would silently stop guarding the absent runs
        print(f"cannot write floors: gate files absent: {', '.join(gate.missing(data))}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pipeline = Pipeline()
    run = _cached_runner(pipeline, {}, args.errors)
    if not args.floors_only:
        _write_page(args, data, pipeline, run, started)
    if write_floors:
        floors = gate.measure(data, run)
        gate.write_floors(args.floors, floors, dyad.__version__)
        print(f"wrote {args.floors} ({time.perf_counter() - started:.0f} s in all)")
    return 0


def _write_page(
    args: argparse.Namespace,
    data: Path,
    pipeline: Pipeline,
    run: Callable[[str, Path, int | None], EvalReport],
    started: float,
) -> None:
    reports: list[EvalReport] = []
    skipped: list[str] = []
    for kind, gold, baseline in EVALUATIONS:
        path = data / gold
        if not path.is_file():
            skipped.append(f"{gold} is absent")
            print(f"skipping {kind} on {gold}: the file is absent", file=sys.stderr)
            continue
        report = run(kind, path, args.limit)
        reports.append(report)
        print(report.to_text(), end="\n\n", flush=True)
        if baseline and (data / baseline).is_file() and args.limit is None:
            # dyad and PETRARCH2 side by side on exactly the sentences PETRARCH2's output covers
            ids = baseline_ids(data / baseline)
            if len(ids) < report.metrics.get("sentences", 0):
                same = evaluate(kind, path, pipeline, errors=0, ids=ids)
                reports.append(same)
                print(same.to_text(), end="\n\n", flush=True)
            reference = score_petrarch2(path, data / baseline, errors=0)
            reports.append(reference)
            print(reference.to_text(), end="\n\n", flush=True)
    seconds = time.perf_counter() - started
    if args.limit is not None:
        skipped.append(f"every gold file was cut to its first {args.limit} records (--limit)")
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = render(reports, dyad.__version__, generated, COMMAND, seconds, skipped)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out} ({seconds:.0f} s)")


def _cached_runner(
    pipeline: Pipeline, cache: dict[tuple[str, Path, int | None], EvalReport], errors: int
) -> Callable[[str, Path, int | None], EvalReport]:
    """`evaluate` with one pipeline, remembering results so the floors reuse whole-file runs."""

    def run(kind: str, path: Path, limit: int | None) -> EvalReport:
        key = (kind, path, limit)
        if key not in cache:
            cache[key] = evaluate(kind, path, pipeline, errors=errors, limit=limit)
        return cache[key]

    return run


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared directory")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy.md", help="the page to rewrite")
    parser.add_argument(
        "--floors", type=Path, default=ROOT / "tests" / "evaluate" / "accuracy_floors.json", help="the floors file"
    )
    parser.add_argument("--write-floors", action="store_true", help="also rewrite the floors file")
    parser.add_argument(
        "--floors-only", action="store_true", help="only measure the gate runs and rewrite the floors file (quick)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N records of each gold file")
    parser.add_argument("--errors", type=int, default=5, help="how many of the worst errors to print per file")
    return parser


if __name__ == "__main__":
    sys.exit(main())
