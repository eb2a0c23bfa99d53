"""The Dask backend: code articles on a Dask cluster into Parquet shards, handed back in input order.

Each worker loads the language model once (a worker plugin); chunks of articles go out, each worker
writes its chunk's store rows as Parquet files in a directory it shares with the caller (store/shards.py)
and sends back only their description, and the caller's single writer loads them. Without a scheduler
address a LocalCluster of `workers` (at least two) single-threaded processes is started, bound to
127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import Any

from dyad.batch import chunks
from dyad.errors import DyadError
from dyad.model import Article
from dyad.nlp import DEFAULT_MODEL
from dyad.read import Unreadable
from dyad.store.shards import Shard

Item = Article | Unreadable
CHUNK = 16
IN_FLIGHT = 8  # chunks submitted ahead per worker, so memory stays bounded on long corpora


class DaskError(DyadError):
    """The Dask cluster could not be reached or started."""


def shards_on_dask(
    items: Iterable[Item],
    directory: Path,
    scheduler: str | None = None,
    workers: int = 2,
    model: str = DEFAULT_MODEL,
) -> Iterator[Shard]:
    """The shards of `items`, chunk by chunk in input order, coded and written to `directory` by Dask workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskError("the Dask engine needs dask[distributed]: pip install 'dyad[dask]'") from error
    with ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            else:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=max(workers, 2),
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        silence_logs=40,
                    )
                )
                client = stack.enter_context(Client(cluster))
        except OSError as error:
            raise DaskError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {error}") from error
        from dyad.dask_worker import ModelPlugin

        client.register_plugin(ModelPlugin(model), name="dyad-model")
        yield from _ordered_shards(client, items, directory, model, max(1, workers) * IN_FLIGHT)


def _ordered_shards(client: Any, items: Iterable[Item], directory: Path, model: str, window: int) -> Iterator[Shard]:
    from dyad.dask_worker import shard_on_worker

    numbered = enumerate(chunks(items, CHUNK))

    def submit(number: int, chunk: list[Item]) -> Any:
        return client.submit(shard_on_worker, chunk, model, str(directory), f"chunk-{number:08d}", pure=False)

    pending = [submit(number, chunk) for number, chunk in islice(numbered, window)]
    while pending:
        future = pending.pop(0)
        yield future.result()
        future.release()
        for number, chunk in islice(numbered, 1):
            pending.append(submit(number, chunk))
