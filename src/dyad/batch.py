"""Coding streams of input items, in this process or across worker processes, in input order."""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from dyad.model import Article, Record
from dyad.nlp import DEFAULT_MODEL
from dyad.pipeline import Pipeline, default_pipeline
from dyad.read import Unreadable

Item = Article | Unreadable
_CHUNK = 8


def code_items(items: Iterable[Item], workers: int = 1, model: str = DEFAULT_MODEL) -> Iterator[tuple[Article, Record]]:
    """(article, record) for every item in order; unreadable items get a record with `error` set."""
    if workers <= 1:
        pipeline = default_pipeline(model)
        for chunk in chunks(items, _CHUNK):
            yield from code_chunk(pipeline, chunk)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        for coded in pool.imap(functools.partial(_code_in_worker, model=model), chunks(items, _CHUNK)):
            yield from coded


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """`items` in lists of `size` (the last one shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_chunk(pipeline: Pipeline, chunk: list[Item]) -> list[tuple[Article, Record]]:
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


def _start_worker(model: str) -> None:
    # Each worker process loads the language model once, here, and keeps it for every chunk it codes.
    default_pipeline(model)


def _code_in_worker(chunk: list[Item], model: str) -> list[tuple[Article, Record]]:
    return code_chunk(default_pipeline(model), chunk)
