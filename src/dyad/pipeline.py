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
from dyad.limits import DEFAULT_LIMITS, Budget, Limits, PreparedText, prepare_text
from dyad.model import Article, Entity, Mention, Record
from dyad.nlp import DEFAULT_MODEL, load_language
from dyad.read.language import foreign_language
from dyad.read.layout import mask_layout

log = logging.getLogger(__name__)


class Pipeline:
    """Codes articles into Records; loads the language model once, on creation."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        batch_size: int = 16,
        check_language: bool = True,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.check_language = check_language
        self.limits = limits
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
        ready: list[tuple[Article, PreparedText]] = []
        failed: dict[int, str] = {}
        for article in batch:
            try:
                ready.append((article, self._prepare(article)))
            except ArticleError as error:
                failed[id(article)] = str(error)
        docs = iter(self.nlp.pipe(prepared.text for _, prepared in ready))
        warnings = {id(article): prepared.warnings for article, prepared in ready}
        for article in batch:
            if id(article) in failed:
                yield _error_record(article, failed[id(article)])
                continue
            doc = next(docs)
            try:
                record = code_doc(doc, article, Budget(self.limits.seconds_per_article))
            except ArticleError as error:
                yield _error_record(article, str(error))
                continue
            except Exception as error:
                log.debug("article %s failed", article.id, exc_info=True)
                yield _error_record(article, f"internal error while coding: {type(error).__name__}: {error}")
                continue
            record.warnings.extend(warnings[id(article)])
            yield record

    def _prepare(self, article: Article) -> PreparedText:
        if not isinstance(article.text, str) or not article.text.strip():
            raise ArticleError("the article has no text")
        if self.check_language and (language := foreign_language(article.text)):
            raise ArticleError(
                f"skipped: the text is in {language.name} ({language.code}, p={language.probability:.2f}); "
                "dyad codes English"
            )
        return prepare_text(mask_layout(article.text), self.limits)


def code_doc(doc: Doc, article: Article, budget: Budget | None = None) -> Record:
    """Run every stage after parsing on one parsed article, within the time `budget` when one is given."""
    budget = budget or Budget(None)
    published: date | None = article.published
    mentions = actors.find_mentions(doc, published)
    budget.check("actors")
    found_times = time.find_times(doc, published)
    found_places = places.find_places(doc, mentions)
    budget.check("times and places")
    # "Lebanon Police" in an Indiana story: the places stage read the whole article's geography
    mentions = actors.relocate(mentions, found_places)
    entities = _entities(doc, mentions)
    found_quotes = quotes.find_quotes(doc, mentions)
    budget.check("quotes")
    found_events = events.find_events(
        doc,
        events.EventContext(
            mentions=mentions, quotes=found_quotes, times=found_times, places=found_places, published=published
        ),
    )
    budget.check("events")
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


_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _entities(doc: Doc, mentions: list[Mention]) -> list[Entity]:
    """Coded actor mentions, plus the names the model found that code to no actor (with `actor` null)."""
    entities = [Entity(m.text, m.start, m.end, m.label, m.actor) for m in mentions if m.is_entity]
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for ent in doc.ents:
        if ent.label_ not in _NAMED_LABELS or not ent.text.strip():
            continue
        if not covered.isdisjoint(range(ent.start_char, ent.end_char)):
            continue
        entities.append(Entity(ent.text, ent.start_char, ent.end_char, ent.label_, None))
    return sorted(entities, key=lambda e: (e.start, e.end))


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
