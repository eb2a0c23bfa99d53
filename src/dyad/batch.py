"""Coding streams of input items, in this process or across worker processes, in input order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from dyad.model import Article, Record
from dyad.nlp import DEFAULT_MODEL
from dyad.pipeline import Pipeline
from dyad.read import Unreadable

Item = Article | Unreadable
_CHUNK = 8


def code_items(items: Iterable[Item], workers: int = 1, model: str = DEFAULT_MODEL) -> Iterator[tuple[Article, Record]]:
    """(article, record) for every item in order; unreadable items get a record with `error` set."""
    if workers <= 1:
        pipeline = Pipeline(model)
        for chunk in _chunks(items, _CHUNK):
            yield from _code_chunk(pipeline, chunk)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        for coded in pool.imap(_code_in_worker, _chunks(items, _CHUNK)):
            yield from coded


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _code_chunk(pipeline: Pipeline, chunk: list[Item]) -> list[tuple[Article, Record]]:
    articles = [item for item in chunk if isinstance(item, Article)]
    records = iter(pipeline.code_many(articles))
    coded = []
    for item in chunk:
        if isinstance(item, Article):
            coded.append((item, next(records)))
        else:
            article = Article(id=item.id, text="", published=item.published)
            coded.append((article, Record(id=item.id, published=item.published, title=None, error=item.error)))
    return coded


_worker_pipeline: list[Pipeline] = []


def _start_worker(model: str) -> None:
    # Each worker process loads the language model once and keeps it for every chunk it codes.
    _worker_pipeline.append(Pipeline(model))


def _code_in_worker(chunk: list[Item]) -> list[tuple[Article, Record]]:
    return _code_chunk(_worker_pipeline[0], chunk)
