"""The Dask backend: code articles on a Dask cluster and hand the records back in input order.

Each worker loads the language model once (a worker plugin); chunks of articles go out, plain
Records (dataclasses, never spaCy objects) come back, and the caller's single writer stores them.
Without a scheduler address a LocalCluster of `workers` (at least two) single-threaded processes is
started, bound to 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from dyad.batch import chunks
from dyad.errors import DyadError
from dyad.model import Article, Record
from dyad.nlp import DEFAULT_MODEL
from dyad.read import Unreadable

Item = Article | Unreadable
CHUNK = 16
IN_FLIGHT = 8  # chunks submitted ahead per worker, so memory stays bounded on long corpora


class DaskError(DyadError):
    """The Dask cluster could not be reached or started."""


def code_on_dask(
    items: Iterable[Item], scheduler: str | None = None, workers: int = 2, model: str = DEFAULT_MODEL
) -> Iterator[tuple[Article, Record]]:
    """(article, record) for every item in order, coded on Dask workers."""
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
        yield from _ordered_results(client, items, model, max(1, workers) * IN_FLIGHT)


def _ordered_results(client: Any, items: Iterable[Item], model: str, window: int) -> Iterator[tuple[Article, Record]]:
    from dyad.dask_worker import code_chunk_on_worker as _code_chunk_on_worker

    pending_chunks = chunks(items, CHUNK)
    pending = [
        client.submit(_code_chunk_on_worker, chunk, model, pure=False) for chunk in islice(pending_chunks, window)
    ]
    while pending:
        future = pending.pop(0)
        yield from future.result()
        future.release()
        for chunk in islice(pending_chunks, 1):
            pending.append(client.submit(_code_chunk_on_worker, chunk, model, pure=False))
