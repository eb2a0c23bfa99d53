"""The only wiring: load the language model once and run every stage over articles.

Article -> layout (mask boilerplate) -> spaCy Doc -> actors -> quotes, times, places -> events
        -> Record
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyad import actors, events, places, quotes, time
from dyad.errors import ArticleError
from dyad.model import Article, Entity, Record
from dyad.nlp import DEFAULT_MODEL, load_language
from dyad.read.language import foreign_language
from dyad.read.layout import mask_layout

log = logging.getLogger(__name__)


class Pipeline:
    """Codes articles into Records; loads the language model once, on creation."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16, check_language: bool = True) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.check_language = check_language
        self.nlp: Language = load_language(model)

    def code(self, article: Article) -> Record:
        """Code one article."""
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[Record]:
        """Code articles in order, parsing them in batches; a failing article gives an error record."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[Record]:
        ready: list[tuple[Article, str]] = []
        failed: dict[str, str] = {}
        for article in batch:
            try:
                ready.append((article, _prepare_text(article, self.check_language)))
            except ArticleError as error:
                failed[article.id] = str(error)
        docs = iter(self.nlp.pipe(text for _, text in ready))
        ready_ids = {id(article) for article, _ in ready}
        for article in batch:
            if id(article) not in ready_ids:
                yield _error_record(article, failed[article.id])
                continue
            doc = next(docs)
            try:
                yield code_doc(doc, article)
            except Exception as error:
                log.exception("article %s failed", article.id)
                yield _error_record(article, f"internal error while coding: {type(error).__name__}: {error}")


def _prepare_text(article: Article, check_language: bool) -> str:
    if not isinstance(article.text, str) or not article.text.strip():
        raise ArticleError("the article has no text")
    if check_language and (language := foreign_language(article.text)):
        raise ArticleError(
            f"skipped: the text is in {language.name} ({language.code}, p={language.probability:.2f}); "
            "dyad codes English"
        )
    return mask_layout(article.text)


def code_doc(doc: Doc, article: Article) -> Record:
    """Run every stage after parsing on one parsed article."""
    published: date | None = article.published
    mentions = actors.find_mentions(doc, published)
    entities = [
        Entity(text=m.text, start=m.start, end=m.end, label=m.label, actor=m.actor) for m in mentions if m.is_entity
    ]
    found_quotes = quotes.find_quotes(doc, mentions)
    found_times = time.find_times(doc, published)
    found_places = places.find_places(doc, mentions)
    found_events = events.find_events(
        doc,
        events.EventContext(
            mentions=mentions, quotes=found_quotes, times=found_times, places=found_places, published=published
        ),
    )
    return Record(
        id=article.id,
        published=published,
        title=article.title,
        entities=entities,
        events=found_events,
        quotes=found_quotes,
        times=found_times,
        places=found_places,
    )


def _error_record(article: Article, message: str) -> Record:
    return Record(id=article.id, published=article.published, title=article.title, error=message)


@functools.cache
def default_pipeline(model: str = DEFAULT_MODEL) -> Pipeline:
    """The process-wide pipeline for `model` (behind `dyad.code()`), created on first use and kept."""
    return Pipeline(model)


def code(
    text: str, published: date | str | None = None, title: str | None = None, id: str = "0", **metadata: Any
) -> Record:
    """Code one article's text; the language model is loaded on first use and kept for later calls."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return default_pipeline().code(Article(id=id, text=text, published=published, title=title, **metadata))
