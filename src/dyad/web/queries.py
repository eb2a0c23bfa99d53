"""Read queries for the API, the dashboard and the listing commands: events with filters, quotes, actors, tallies.

Every filter is a bound parameter; only fixed SQL fragments chosen here are joined into the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dyad.series import EVENT_DAY_SQL, dyad_clause
from dyad.store import Store
from dyad.web.database import dict_rows

SENTENCE_SQL = (
    "CASE WHEN e.sentence_end > e.sentence_start THEN "
    "substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) END"
)
EVENT_SELECT = (
    f"SELECT e.*, {EVENT_DAY_SQL} AS day, a.title AS article_title, a.published AS article_published, "
    f"{SENTENCE_SQL} AS sentence_text FROM events e JOIN articles a ON a.id = e.article_id"
)


@dataclass(frozen=True)
class EventFilter:
    """What `GET /v1/events` and the events page filter on; None means no filter."""

    actor: str | None = None
    dyad: str | None = None
    directed: bool = False
    cameo: str | None = None
    root: str | None = None
    quad: int | None = None
    start: date | None = None
    end: date | None = None
    q: str | None = None
    article_id: str | None = None
    include_negated: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (possibly empty) and its parameters."""
        conditions: list[str] = []
        parameters: list[Any] = []
        if not self.include_negated:
            conditions.append("NOT coalesce(e.negated, false)")
        if self.actor:
            conditions.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
            parameters += [self.actor.upper()] * 2
        if self.dyad:
            condition, values = dyad_clause(self.dyad, self.directed)
            conditions.append(condition)
            parameters += values
        if self.cameo:
            conditions.append("starts_with(e.cameo, ?)")
            parameters.append(self.cameo)
        if self.root:
            conditions.append("e.cameo_root = ?")
            parameters.append(self.root)
        if self.quad is not None:
            conditions.append("e.quad_class = ?")
            parameters.append(self.quad)
        if self.start:
            conditions.append(f"{EVENT_DAY_SQL} >= ?")
            parameters.append(self.start)
        if self.end:
            conditions.append(f"{EVENT_DAY_SQL} <= ?")
            parameters.append(self.end)
        if self.q:
            conditions.append(f"contains(lower({SENTENCE_SQL}), lower(?))")
            parameters.append(self.q)
        if self.article_id is not None:
            conditions.append("e.article_id = ?")
            parameters.append(self.article_id)
        return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), parameters


def find_events(store: Store, where: EventFilter, limit: int = 100, offset: int = 0) -> tuple[int, list[dict]]:
    """The number of matching events and one page of them, newest first."""
    clause, parameters = where.where()
    total = store.query(f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id {clause}", parameters)[
        0
    ][0]
    rows = dict_rows(
        store,
        f"{EVENT_SELECT} {clause} ORDER BY day DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return int(total), rows


def article_events(store: Store, article_id: str) -> list[dict]:
    """Every event of one article, negated ones included, in text order."""
    return dict_rows(store, f"{EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.idx", [article_id])


def find_quotes(
    store: Store, speaker: str | None = None, q: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[int, list[dict]]:
    """Quotes whose speaker name or actor code contains `speaker` and whose text contains `q`."""
    conditions, parameters = [], []
    if speaker:
        conditions.append("(contains(lower(speaker_name), ?) OR contains(lower(speaker_actor), ?))")
        parameters += [speaker.lower()] * 2
    if q:
        conditions.append("contains(lower(text), ?)")
        parameters.append(q.lower())
    clause = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    total = store.query(f"SELECT count(*) FROM quotes {clause}", parameters)[0][0]
    rows = dict_rows(
        store,
        f"SELECT * EXCLUDE (segments) FROM quotes {clause} ORDER BY article_id, idx LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return int(total), rows


def find_actors(store: Store, prefix: str | None = None, limit: int = 100, offset: int = 0) -> tuple[int, list[dict]]:
    """Coded actors by number of mentions, optionally only codes starting with `prefix`."""
    clause, parameters = "WHERE actor_code IS NOT NULL", []
    if prefix:
        clause += " AND starts_with(actor_code, ?)"
        parameters.append(prefix.upper())
    total = store.query(f"SELECT count(DISTINCT actor_code) FROM entities {clause}", parameters)[0][0]
    rows = dict_rows(
        store,
        "SELECT actor_code AS code, min(actor_name) AS name, count(*) AS mentions, "
        f"count(DISTINCT article_id) AS articles FROM entities {clause} GROUP BY actor_code "
        "ORDER BY mentions DESC, code LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return int(total), rows


def totals(store: Store) -> dict[str, int]:
    """How many articles, events (not negated), quotes and coded actors the store holds."""
    row = store.query(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events WHERE NOT coalesce(negated, false)), "
        "(SELECT count(*) FROM quotes), (SELECT count(DISTINCT actor_code) FROM entities)"
    )[0]
    return dict(zip(("articles", "events", "quotes", "actors"), map(int, row), strict=True))


def top_dyads(store: Store, limit: int = 10) -> list[dict]:
    """The country pairs with the most events (either direction), as `AAA-BBB` with AAA < BBB."""
    return dict_rows(
        store,
        "SELECT least(source_country, target_country) || '-' || greatest(source_country, target_country) AS dyad, "
        "count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean FROM events "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        "AND NOT coalesce(negated, false) GROUP BY dyad ORDER BY events DESC, dyad LIMIT ?",
        [limit],
    )


def top_event_actors(store: Store, limit: int = 10) -> list[dict]:
    """The actor codes taking part in the most events, as source or target."""
    return dict_rows(
        store,
        "SELECT code, count(*) AS events FROM (SELECT source_code AS code, negated FROM events UNION ALL "
        "SELECT target_code, negated FROM events) WHERE code IS NOT NULL AND NOT coalesce(negated, false) "
        "GROUP BY code ORDER BY events DESC, code LIMIT ?",
        [limit],
    )


def latest_articles(store: Store, limit: int = 10) -> list[dict]:
    """The most recently published articles, with their number of events."""
    return dict_rows(
        store,
        "SELECT a.id, a.published, a.title, a.source, a.error, (SELECT count(*) FROM events e "
        "WHERE e.article_id = a.id AND NOT coalesce(e.negated, false)) AS events FROM articles a "
        "ORDER BY a.published DESC NULLS LAST, a.id LIMIT ?",
        [limit],
    )


def search_articles(store: Store, q: str, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """Articles whose title or text contains `q` (case-insensitive), newest first, with a snippet."""
    clause = "WHERE contains(lower(text), ?) OR contains(lower(coalesce(title, '')), ?)"
    parameters = [q.lower()] * 2
    total = store.query(f"SELECT count(*) FROM articles {clause}", parameters)[0][0]
    rows = dict_rows(
        store,
        f"SELECT id, published, title, text FROM articles {clause} ORDER BY published DESC NULLS LAST, id "
        "LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    for row in rows:
        row["snippet"] = snippet(row.pop("text") or "", q)
    return int(total), rows


def snippet(text: str, q: str, reach: int = 90) -> str:
    """The text around the first occurrence of `q`, whitespace squeezed."""
    at = text.lower().find(q.lower())
    if at < 0:
        return " ".join(text[: 2 * reach].split())
    start, end = max(0, at - reach), min(len(text), at + len(q) + reach)
    return ("… " if start else "") + " ".join(text[start:end].split()) + (" …" if end < len(text) else "")


def mapped_places(store: Store, where: EventFilter) -> list[dict]:
    """Places of the matching events that have coordinates, with how many events each."""
    clause, parameters = where.where()
    clause = f"{clause} AND" if clause else "WHERE"
    return dict_rows(
        store,
        "SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, count(*) AS events, "
        "round(avg(e.goldstein), 2) AS goldstein_mean FROM events e JOIN articles a ON a.id = e.article_id "
        f"{clause} e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY ALL ORDER BY events DESC, name",
        parameters,
    )


def article_row(store: Store, article_id: str) -> dict | None:
    """One stored article's row, or None."""
    rows = dict_rows(store, "SELECT * FROM articles WHERE id = ?", [article_id])
    return rows[0] if rows else None
