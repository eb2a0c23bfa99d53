"""A Record flattened into the rows of each table of the store."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from dyad.model import Article, Event, Participant, Record

Row = tuple[Any, ...]


def content_hash(text: str) -> str:
    """A stable fingerprint of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(text: str) -> str | None:
    """The content hash an article is known by in the store; none for an article without text."""
    return content_hash(text) if text.strip() else None


def event_id(article_id: str, event: Event) -> str:
    """A deterministic id for an event: the same article and findings always give the same id."""
    key = "|".join(
        map(
            str,
            (article_id, event.cameo, _code(event.source), _code(event.target), *event.sentence, event.trigger.start),
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def record_rows(
    article: Article, record: Record, dup_group: str | None = None, minhash: list[int] | None = None
) -> dict[str, list[Row]]:
    """Rows for every table, keyed by table name, in the column order of schema.COLUMNS."""
    published = record.published or article.published
    rows: dict[str, list[Row]] = {
        "articles": [
            (
                article.id,
                published,
                article.title,
                article.url,
                article.source,
                article.text,
                record.error,
                fingerprint(article.text),
                dup_group,
                minhash,
                list(record.warnings),
            )
        ],
        "entities": [
            (article.id, i, e.text, e.start, e.end, e.label, *(_actor(e.actor))) for i, e in enumerate(record.entities)
        ],
        "events": [_event_row(article.id, i, e) for i, e in enumerate(record.events)],
        "quotes": [
            (
                article.id,
                i,
                q.start,
                q.end,
                q.text,
                q.type,
                json.dumps([list(s) for s in q.segments]),
                q.speaker.text if q.speaker else None,
                q.speaker.name if q.speaker else None,
                q.speaker.actor if q.speaker else None,
                q.cue.text if q.cue else None,
                *_offsets(q.speaker),
                *_offsets(q.cue),
            )
            for i, q in enumerate(record.quotes)
        ],
        "times": [(article.id, i, t.text, t.start, t.end, t.type, t.value) for i, t in enumerate(record.times)],
        "places": [
            (
                article.id,
                i,
                p.text,
                p.start,
                p.end,
                p.location.name,
                p.location.geonameid,
                p.location.country,
                p.location.lat,
                p.location.lon,
                p.location.feature,
            )
            for i, p in enumerate(record.places)
        ],
        "errors": [(article.id, "code" if article.text.strip() else "input", record.error)] if record.error else [],
    }
    return rows


def _actor(actor: Any) -> tuple[Any, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.code, actor.country, actor.sector, actor.name)


def _code(participant: Participant | None) -> str | None:
    return participant.actor.code if participant else None


def _offsets(span: Any) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _participant(participant: Participant | None) -> tuple[Any, ...]:
    if participant is None:
        return (None, None, None, None)
    return (participant.actor.code, participant.actor.country, participant.actor.name, participant.text)


def _event_row(article_id: str, index: int, event: Event) -> Row:
    place = event.place
    return (
        article_id,
        index,
        event_id(article_id, event),
        event.cameo,
        event.cameo_root,
        event.plover,
        event.plover_mode,
        event.quad_class,
        event.goldstein,
        *_participant(event.source),
        *_participant(event.target),
        event.date,
        event.date_source,
        place.name if place else None,
        place.geonameid if place else None,
        place.country if place else None,
        place.lat if place else None,
        place.lon if place else None,
        event.place_source,
        event.trigger.text,
        event.trigger.start,
        event.trigger.end,
        event.sentence[0],
        event.sentence[1],
        event.negated,
        event.hypothetical,
        event.rule,
        event.confidence,
        *_offsets(event.source),
        *_offsets(event.target),
    )
