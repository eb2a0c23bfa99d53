"""Code input files into the store, skipping articles it holds already."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from dyad.batch import Item, code_items
from dyad.dedup import DuplicateIndex, signature
from dyad.model import Article, Record
from dyad.read import read_inputs
from dyad.scale import code_on_dask
from dyad.store import Store, open_store

WRITE_BATCH = 64


@dataclass
class IngestSummary:
    """What an ingest run did."""

    read: int = 0
    skipped: int = 0
    stored: int = 0
    failed: int = 0
    retried: int = 0


def ingest(
    paths: Iterable[str],
    db: str | Path,
    workers: int = 1,
    published: date | None = None,
    input_format: str | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    batch_size: int = WRITE_BATCH,
    engine: str = "local",
    scheduler: str | None = None,
    retry_errors: bool = False,
    wait: float = 30.0,
) -> IngestSummary:
    """Code every article not yet in the store at `db` and store it; each batch is written as one transaction.

    A run stopped at any moment (even by SIGKILL) leaves whole batches only; running it again codes
    and stores exactly the articles that are missing. With `retry_errors`, articles stored with an error
    are removed first and coded again. The store is open only while a batch is written, so readers
    (`dyad events`, a read-only `dyad serve`) can use it in between; a busy store is waited for up to
    `wait` seconds.
    """
    summary = IngestSummary()
    items = read_inputs(paths, input_format, published)
    with open_store(db, wait=wait) as store:
        if retry_errors:
            summary.retried = store.forget_failed()
        stored = store.stored_ids()
        duplicates = DuplicateIndex()
        duplicates.load(store.signatures())
    fresh = _unstored(items, stored, summary)
    if engine == "dask":
        coded = code_on_dask(fresh, scheduler=scheduler, workers=workers)
    else:
        coded = code_items(fresh, workers=workers)
    while batch := list(islice(coded, batch_size)):
        with open_store(db, wait=wait) as store:
            _write(store, batch, duplicates, summary)
        if progress:
            progress(summary)
    return summary


def _unstored(items: Iterable[Item], stored: set[str], summary: IngestSummary) -> Iterator[Item]:
    for item in items:
        summary.read += 1
        if item.id in stored:
            summary.skipped += 1
            continue
        stored.add(item.id)
        yield item


def _write(
    store: Store, batch: list[tuple[Article, Record]], duplicates: DuplicateIndex, summary: IngestSummary
) -> None:
    groups = {}
    for article, record in batch:
        if record.error is None:
            minhash = signature(article.text)
            groups[article.id] = (duplicates.assign(article.id, minhash), minhash)
    written = store.write(batch, groups)
    summary.stored += written
    summary.skipped += len(batch) - written
    summary.failed += sum(1 for _, record in batch if record.error)
