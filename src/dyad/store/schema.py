"""The store's tables, created and changed by numbered migrations recorded in `schema_migrations`.

Columns mirror the output record in model.py: one table per kind of finding, each row keyed by
`article_id` and the finding's position `idx` in its record. `rows.py` fills them in the order of
`COLUMNS`: the first migration's columns followed by those later migrations added.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

_INITIAL_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR PRIMARY KEY"),
        ("published", "DATE"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("source", "VARCHAR"),
        ("text", "VARCHAR"),
        ("error", "VARCHAR"),
        ("content_hash", "VARCHAR"),
    ),
    "entities": (
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("text", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("label", "VARCHAR"),
        ("actor_code", "VARCHAR"),
        ("actor_country", "VARCHAR"),
        ("actor_sector", "VARCHAR"),
        ("actor_name", "VARCHAR"),
    ),
    "events": (
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("event_id", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("cameo_root", "VARCHAR"),
        ("plover", "VARCHAR"),
        ("plover_mode", "VARCHAR"),
        ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"),
        ("source_code", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_name", "VARCHAR"),
        ("source_text", "VARCHAR"),
        ("target_code", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_name", "VARCHAR"),
        ("target_text", "VARCHAR"),
        ("date", "VARCHAR"),
        ("date_source", "VARCHAR"),
        ("place_name", "VARCHAR"),
        ("place_geonameid", "BIGINT"),
        ("place_country", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("place_source", "VARCHAR"),
        ("trigger_text", "VARCHAR"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("negated", "BOOLEAN"),
        ("hypothetical", "BOOLEAN"),
        ("rule", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ),
    "quotes": (
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("type", "VARCHAR"),
        ("segments", "VARCHAR"),
        ("speaker_text", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_actor", "VARCHAR"),
        ("cue_text", "VARCHAR"),
    ),
    "times": (
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("text", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("type", "VARCHAR"),
        ("value", "VARCHAR"),
    ),
    "places": (
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("text", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("name", "VARCHAR"),
        ("geonameid", "BIGINT"),
        ("country", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("feature", "VARCHAR"),
    ),
}


# (migration, table, column, type) for columns added after the first migration; `written` ones are in COLUMNS.
_ADDED_COLUMNS: tuple[tuple[int, str, str, str, bool], ...] = (
    (2, "articles", "coded_at", "TIMESTAMP DEFAULT current_timestamp", False),
    (3, "articles", "dup_group", "VARCHAR", True),
    (3, "articles", "minhash", "UINTEGER[]", True),
    (4, "events", "source_start", "INTEGER", True),
    (4, "events", "source_end", "INTEGER", True),
    (4, "events", "target_start", "INTEGER", True),
    (4, "events", "target_end", "INTEGER", True),
    (4, "quotes", "speaker_start", "INTEGER", True),
    (4, "quotes", "speaker_end", "INTEGER", True),
    (4, "quotes", "cue_start", "INTEGER", True),
    (4, "quotes", "cue_end", "INTEGER", True),
    (5, "articles", "warnings", "VARCHAR[]", True),
)

_ERROR_COLUMNS = (("article_id", "VARCHAR"), ("stage", "VARCHAR"), ("message", "VARCHAR"))

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    table: columns + tuple((name, kind) for _, t, name, kind, written in _ADDED_COLUMNS if t == table and written)
    for table, columns in _INITIAL_COLUMNS.items()
} | {"errors": _ERROR_COLUMNS}

# Copies of one wire story (one `dup_group`) report an event once: NumArticles and NumSources as GDELT counts
# them. `daily_events` counts an event once a day whatever the story, as the Phoenix pipeline does.
_EVENT_VIEWS = """
CREATE VIEW unique_events AS
SELECT min(e.event_id) AS event_id, coalesce(a.dup_group, a.id) AS dup_group, e.date, e.source_code,
       e.target_code, e.cameo, any_value(e.cameo_root) AS cameo_root, any_value(e.plover) AS plover,
       any_value(e.quad_class) AS quad_class, any_value(e.goldstein) AS goldstein,
       count(*) AS num_mentions, count(DISTINCT e.article_id) AS num_articles,
       count(DISTINCT a.source) AS num_sources, min(e.article_id) AS first_article_id
FROM events e JOIN articles a ON a.id = e.article_id
WHERE NOT e.negated
GROUP BY coalesce(a.dup_group, a.id), e.date, e.source_code, e.target_code, e.cameo;

CREATE VIEW daily_events AS
SELECT min(event_id) AS event_id, date, source_code, target_code, cameo, any_value(cameo_root) AS cameo_root,
       any_value(plover) AS plover, any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,
       sum(num_articles) AS num_articles
FROM unique_events
GROUP BY date, source_code, target_code, cameo;
"""


def _create(table: str) -> str:
    columns = ", ".join(f'"{name}" {sql_type}' for name, sql_type in _INITIAL_COLUMNS[table])
    return f"CREATE TABLE {table} ({columns});"


def _added(version: int) -> str:
    return "\n".join(
        f'ALTER TABLE {table} ADD COLUMN "{name}" {kind};' for v, table, name, kind, _ in _ADDED_COLUMNS if v == version
    )


def column_types(table: str) -> str:
    """The columns written to `table` with their types and no constraints, for a table of the same shape."""
    return ", ".join(f'"{name}" {_bare(kind)}' for name, kind in COLUMNS[table])


def insert_rows(connection: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """Insert `rows` (in the order of COLUMNS[table]) with one statement: a list parameter per column.

    Column lists unnested side by side load many times faster than a statement per row.
    """
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
    values = ", ".join(f"unnest(?::{_bare(kind)}[])" for _, kind in COLUMNS[table])
    connection.execute(
        f"INSERT INTO {table} ({names}) SELECT {values}", [list(column) for column in zip(*rows, strict=True)]
    )


def _bare(kind: str) -> str:
    return kind.replace(" PRIMARY KEY", "")


MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, "\n".join(_create(table) for table in _INITIAL_COLUMNS)),
    (2, _added(2)),
    (3, _added(3) + _EVENT_VIEWS),
    (4, _added(4)),
    (5, _added(5)),
    (
        6,
        "CREATE TABLE errors ("
        + ", ".join(f"{name} {kind}" for name, kind in _ERROR_COLUMNS)
        + ", failed_at TIMESTAMP DEFAULT current_timestamp);",
    ),
)
