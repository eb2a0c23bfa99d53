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
from dyad.scale import shards_on_dask
from dyad.store import Store, open_store
from dyad.store.shards import Shard, run_directory

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
    shards: str | Path | None = None,
) -> IngestSummary:
    """Code every article not yet in the store at `db` and store it; each batch is written as one transaction.

    A run stopped at any moment (even by SIGKILL) leaves whole batches only; running it again codes
    and stores exactly the articles that are missing. With `retry_errors`, articles stored with an error
    are removed first and coded again. The store is open only while a batch is written, so readers
    (`dyad events`, a read-only `dyad serve`) can use it in between; a busy store is waited for up to
    `wait` seconds. With the Dask engine the workers write Parquet shards (under `shards`, default
    `DB.shards` beside the store; a directory the workers can reach) that this process loads.
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
        with run_directory(db, shards) as directory:
            coded_shards = shards_on_dask(fresh, directory, scheduler=scheduler, workers=workers)
            for shard_batch in _shard_batches(coded_shards, batch_size):
                with open_store(db, wait=wait) as store:
                    _load(store, shard_batch, duplicates, summary)
                for shard in shard_batch:
                    shard.remove()
                if progress:
                    progress(summary)
        return summary
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


def _shard_batches(shards: Iterable[Shard], articles: int) -> Iterator[list[Shard]]:
    """Shards gathered until they hold at least `articles` articles (the last batch may hold fewer)."""
    batch: list[Shard] = []
    for shard in shards:
        batch.append(shard)
        if sum(len(s.articles) for s in batch) >= articles:
            yield batch
            batch = []
    if batch:
        yield batch


def _load(store: Store, batch: list[Shard], duplicates: DuplicateIndex, summary: IngestSummary) -> None:
    articles = [article for shard in batch for article in shard.articles]
    groups = {a.id: duplicates.assign(a.id, a.minhash) for a in articles if a.minhash is not None}
    loaded = store.load_shards(batch, groups)
    summary.stored += loaded
    summary.skipped += len(articles) - loaded
    summary.failed += sum(1 for article in articles if article.failed)
