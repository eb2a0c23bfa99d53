"""What runs inside Dask workers; imported only by the Dask engine (it needs `distributed`)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from dyad.batch import Item, code_chunk
from dyad.model import Article, Record
from dyad.pipeline import default_pipeline


class ModelPlugin(WorkerPlugin):
    """Loads the language model once when a worker starts."""

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        default_pipeline(self.model)


def code_chunk_on_worker(chunk: list[Item], model: str) -> list[tuple[Article, Record]]:
    """Code one chunk with the worker's pipeline."""
    return code_chunk(default_pipeline(model), chunk)
