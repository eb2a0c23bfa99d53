"""Opening the store, applying migrations, and writing records once each."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import StoreError
from dyad.model import Article, Record
from dyad.store.rows import Row, fingerprint, record_rows
from dyad.store.schema import MIGRATIONS, insert_rows
from dyad.store.shards import Shard

log = logging.getLogger(__name__)


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
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [article.id, fingerprint(article.text)]
        ).fetchone()
        return row is not None

    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT id FROM articles").fetchall()}

    def write(
        self, coded: Iterable[tuple[Article, Record]], duplicates: Mapping[str, tuple[str, list[int]]] | None = None
    ) -> int:
        """Store each (article, record) pair not stored yet, all in one transaction; the number written.

        `duplicates` gives an article's near-duplicate group and MinHash signature by article id (see dedup.py).
        """
        duplicates = duplicates or {}
        coded = list(coded)
        keys = [(article.id, fingerprint(article.text)) for article, _ in coded]
        try:
            self.connection.execute("BEGIN TRANSACTION")
            fresh = set(self._unstored(keys))
            tables: dict[str, list[Row]] = {}
            for article, record in coded:
                if article.id not in fresh:
                    continue
                fresh.discard(article.id)  # the same id twice in `coded`: only the first is judged
                group, minhash = duplicates.get(article.id, (None, None))
                for table, rows in record_rows(article, record, group, minhash).items():
                    tables.setdefault(table, []).extend(rows)
            for table, rows in tables.items():
                insert_rows(self.connection, table, rows)
            self.connection.execute("COMMIT")
        except duckdb.Error as error:
            self.connection.execute("ROLLBACK")
            raise StoreError(f"could not write to the store: {error}") from error
        return len(tables.get("articles", []))

    def load_shards(self, shards: Sequence[Shard], groups: Mapping[str, str] | None = None) -> int:
        """Load the Parquet shards' rows of the articles not stored yet, in one transaction; the number loaded.

        `groups` gives an article's near-duplicate group by id. An article is skipped, as by `write`, when
        its id or its text is stored already or comes earlier in the shards.
        """
        groups = groups or {}
        loaded = 0
        try:
            self.connection.execute("BEGIN TRANSACTION")
            for shard in shards:
                fresh = self._unstored([(article.id, article.content_hash) for article in shard.articles])
                loaded += len(fresh)
                if fresh:
                    self._load(shard, fresh, [groups.get(article_id) for article_id in fresh])
            self.connection.execute("COMMIT")
        except duckdb.Error as error:
            self.connection.execute("ROLLBACK")
            raise StoreError(f"could not load shards into the store: {error}") from error
        return loaded

    def _unstored(self, keys: Sequence[tuple[str, str | None]]) -> list[str]:
        """The ids of the (id, text fingerprint) pairs to store: neither stored already nor given earlier."""
        known = self.connection.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
            "OR content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [[article_id for article_id, _ in keys], [text_hash for _, text_hash in keys if text_hash]],
        ).fetchall()
        seen = {value for row in known for value in row if value}
        fresh = []
        for article_id, text_hash in keys:
            duplicate = article_id in seen or (text_hash and text_hash in seen)
            seen.add(article_id)  # an id is judged once: a later pair with the same id never replaces it
            if not duplicate:
                seen.update([text_hash] if text_hash else [])
                fresh.append(article_id)
        return fresh

    def _load(self, shard: Shard, ids: list[str], groups: list[str | None]) -> None:
        for table, path in shard.files.items():
            if table == "articles":
                self.connection.execute(
                    "INSERT INTO articles BY NAME SELECT s.* EXCLUDE (dup_group), k.dup_group FROM read_parquet(?) s "
                    "JOIN (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS dup_group) k ON s.id = k.id",
                    [path, ids, groups],
                )
            else:
                self.connection.execute(
                    f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?) "
                    "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [path, ids],
                )

    def forget_failed(self) -> int:
        """Remove the articles whose coding failed (and their error rows), so they are coded again."""
        try:
            self.connection.execute("BEGIN TRANSACTION")
            failed = self.connection.execute("SELECT id FROM articles WHERE error IS NOT NULL").fetchall()
            for table in ("entities", "events", "quotes", "times", "places", "errors"):
                self.connection.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM articles WHERE error IS NOT NULL)"
                )
            self.connection.execute("DELETE FROM articles WHERE error IS NOT NULL")
            self.connection.execute("COMMIT")
        except duckdb.Error as error:
            self.connection.execute("ROLLBACK")
            raise StoreError(f"could not clear the failed articles: {error}") from error
        return len(failed)

    def signatures(self) -> Iterator[tuple[str, str, list[int]]]:
        """(id, near-duplicate group, MinHash signature) of every stored article that has one."""
        cursor = self.connection.execute(
            "SELECT id, dup_group, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY coded_at, id"
        )
        while rows := cursor.fetchmany(10_000):
            yield from rows

    def query(self, sql: str, parameters: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of a read query with bound parameters."""
        try:
            return self.connection.execute(sql, parameters or []).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"query failed: {error}") from error


def open_store(path: str | Path, read_only: bool = False, wait: float = 0.0) -> Store:
    """Open (and create, unless read-only) the store at `path`, bringing its schema up to date.

    DuckDB lets one process write a file, or several read it. When another process holds it, opening is
    tried again for up to `wait` seconds before the store is reported busy. A write-ahead log that
    cannot be replayed (a crash in the middle of writing it) is set aside as `PATH.wal.corrupt-N` and
    the store opened without it: only the batch being written is lost, and
    `dyad ingest` codes those articles again because they are not stored.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `dyad ingest ... --db {path}`")
    deadline = time.monotonic() + wait
    while True:
        try:
            connection = _connect(path, read_only)
            break
        except duckdb.Error as error:
            if "Conflicting lock" not in str(error):
                raise StoreError(f"{path}: cannot open the store ({error})") from error
            if time.monotonic() >= deadline:
                raise StoreError(f"{path}: the store is busy: another process is using it") from error
            time.sleep(0.05)
    if not read_only:
        _migrate(connection)
    return Store(connection, read_only=read_only)


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        wal = path.with_name(path.name + ".wal")
        if "replaying WAL" not in str(error) or read_only or not wal.exists():
            raise
        aside = _free_name(wal)
        wal.rename(aside)
        log.warning("%s: the write-ahead log could not be replayed (%s); set aside as %s", path, error, aside.name)
        return duckdb.connect(str(path))


def _free_name(wal: Path) -> Path:
    number = 1
    while (candidate := wal.with_name(f"{wal.name}.corrupt-{number}")).exists():
        number += 1
    return candidate


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
