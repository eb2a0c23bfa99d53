"""Read queries over the store, with bound parameters only."""

from __future__ import annotations

from typing import Any

from dyad.errors import InputError
from dyad.store.database import Store

EVENT_COLUMNS = (
    "article_id",
    "date",
    "source_code",
    "cameo",
    "plover",
    "quad_class",
    "goldstein",
    "target_code",
    "place_name",
    "negated",
    "trigger_text",
)
QUOTE_COLUMNS = ("article_id", "speaker_name", "speaker_actor", "type", "text")
ACTOR_COLUMNS = ("actor_code", "actor_name", "mentions", "articles")


def parse_dyad(dyad: str) -> tuple[str, str]:
    """The two actor prefixes of a dyad written `RUS-USA`."""
    parts = dyad.upper().split("-")
    if len(parts) != 2 or not all(parts):
        raise InputError(f"a dyad is written as two actor codes joined by '-', e.g. RUS-USA (got {dyad!r})")
    return parts[0], parts[1]


def find_events(
    store: Store, actor: str | None = None, dyad: str | None = None, include_negated: bool = False, limit: int = 50
) -> list[tuple[Any, ...]]:
    """Stored events, newest first, optionally for one actor or one dyad (in either direction)."""
    where, parameters = [], []
    if not include_negated:
        where.append("NOT negated")
    if actor:
        where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        parameters += [actor.upper(), actor.upper()]
    if dyad:
        first, second = parse_dyad(dyad)
        where.append(
            "((starts_with(source_code, ?) AND starts_with(target_code, ?)) OR "
            "(starts_with(source_code, ?) AND starts_with(target_code, ?)))"
        )
        parameters += [first, second, second, first]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events {clause} ORDER BY date DESC, article_id, idx LIMIT ?"
    return store.query(sql, [*parameters, limit])


def find_quotes(store: Store, speaker: str | None = None, limit: int = 50) -> list[tuple[Any, ...]]:
    """Stored quotes, optionally by a speaker whose name or code contains `speaker`."""
    clause, parameters = "", []
    if speaker:
        clause = "WHERE lower(speaker_name) LIKE ? OR lower(speaker_actor) LIKE ?"
        pattern = f"%{speaker.lower()}%"
        parameters = [pattern, pattern]
    sql = f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes {clause} ORDER BY article_id, idx LIMIT ?"
    return store.query(sql, [*parameters, limit])


def find_actors(store: Store, limit: int = 50) -> list[tuple[Any, ...]]:
    """Coded actors with how often and in how many articles they are mentioned."""
    sql = (
        "SELECT actor_code, any_value(actor_name) AS name, count(*) AS mentions, count(DISTINCT article_id) "
        "FROM entities WHERE actor_code IS NOT NULL GROUP BY actor_code ORDER BY mentions DESC, actor_code LIMIT ?"
    )
    return store.query(sql, [limit])
