"""What runs inside Dask workers; imported only by the Dask engine (it needs `distributed`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from dyad.batch import Item, code_chunk
from dyad.pipeline import default_pipeline
from dyad.store.shards import Shard, write_shard


class ModelPlugin(WorkerPlugin):
    """Loads the language model once when a worker starts."""

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        default_pipeline(self.model)


def shard_on_worker(chunk: list[Item], model: str, directory: str, name: str) -> Shard:
    """Code one chunk with the worker's pipeline and write its rows as a shard named `name` in `directory`."""
    return write_shard(code_chunk(default_pipeline(model), chunk), Path(directory), name)
