"""Opening the store, applying migrations, and writing records once each."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import StoreError
from dyad.model import Article, Record
from dyad.store.rows import content_hash, record_rows
from dyad.store.schema import MIGRATIONS, insert_sql

TABLES = ("articles", "entities", "events", "quotes", "times", "places")


class Store:
    """A DuckDB database holding coded articles; every write goes through `write`."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, read_only: bool = False) -> None:
        self.connection = connection
        self.read_only = read_only

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article: Article) -> bool:
        """True when an article with the same id, or with the same text, is stored already."""
        fingerprint = content_hash(article.text) if article.text.strip() else None
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [article.id, fingerprint]
        ).fetchone()
        return row is not None

    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT id FROM articles").fetchall()}

    def write(self, coded: Iterable[tuple[Article, Record]]) -> int:
        """Store each (article, record) pair not stored yet, all in one transaction; the number written."""
        written = 0
        try:
            self.connection.execute("BEGIN TRANSACTION")
            for article, record in coded:
                if self.has_article(article):
                    continue
                for table, rows in record_rows(article, record).items():
                    if rows:
                        self.connection.executemany(insert_sql(table), rows)
                written += 1
            self.connection.execute("COMMIT")
        except duckdb.Error as error:
            self.connection.execute("ROLLBACK")
            raise StoreError(f"could not write to the store: {error}") from error
        return written

    def query(self, sql: str, parameters: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of a read query with bound parameters."""
        try:
            return self.connection.execute(sql, parameters or []).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"query failed: {error}") from error


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (and create, unless read-only) the store at `path`, bringing its schema up to date."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `dyad ingest ... --db {path}`")
    try:
        connection = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(f"{path}: cannot open the store ({error})") from error
    if not read_only:
        _migrate(connection)
    return Store(connection, read_only=read_only)


def _migrate(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP "
        "DEFAULT current_timestamp)"
    )
    applied = {row[0] for row in connection.execute("SELECT version FROM schema_migrations").fetchall()}
    for version, sql in MIGRATIONS:
        if version in applied:
            continue
        connection.execute("BEGIN TRANSACTION")
        connection.execute(sql)
        connection.execute("INSERT INTO schema_migrations (version) VALUES (?)", [version])
        connection.execute("COMMIT")
