"""The store's tables, created and changed by numbered migrations recorded in `schema_migrations`.

Columns mirror the output record in model.py: one table per kind of finding, each row keyed by
`article_id` and the finding's position `idx` in its record. `rows.py` fills them in this order.
"""

from __future__ import annotations

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
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


def _create(table: str) -> str:
    columns = ", ".join(f'"{name}" {sql_type}' for name, sql_type in COLUMNS[table])
    return f"CREATE TABLE {table} ({columns});"


def insert_sql(table: str) -> str:
    """The INSERT statement for one row of `table`, with a bound parameter per column."""
    names = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
    marks = ", ".join("?" for _ in COLUMNS[table])
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, "\n".join(_create(table) for table in COLUMNS)),
    (2, "ALTER TABLE articles ADD COLUMN coded_at TIMESTAMP DEFAULT current_timestamp;"),
)
