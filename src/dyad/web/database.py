"""The server's one DuckDB connection: concurrent reads through cursors, writes through one writer.

DuckDB lets one process hold a file either read-only or read-write, and a read-write holder locks other
processes out. When writes are disabled, the server opens the store read-only for each request and
closes it afterwards, so `dyad ingest` in another process can write its batches in between (each side
waits briefly while the other holds the file). When `POST /v1/articles` is enabled the server keeps one
read-write connection: each request reads through its own cursor (DuckDB gives every cursor a consistent
snapshot, so reads go on while a write is under way), and every write goes through `write`, which holds
one lock, so writes never interleave.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import StoreError
from dyad.model import Article, Record
from dyad.store import Store, open_store

READ_WAIT = 5.0  # seconds a read-only request waits while another process writes a batch


class ServerStore:
    """The store as the server uses it: a cursor per reader, one writer at a time."""

    def __init__(self, path: str | Path, writable: bool = False) -> None:
        self.path = Path(path)
        self.writable = writable
        self._write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()
        self._root: Store | None = open_store(self.path, read_only=not writable, wait=READ_WAIT)
        if not writable:
            self.close()  # it opens; each request opens it again

    def close(self) -> None:
        """Close the connection; the next request opens it again (an app may be started more than once)."""
        with self._cursor_lock:
            if self._root is not None:
                self._root.close()
                self._root = None

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        with self._cursor_lock:  # the root connection is not thread-safe; creating cursors from it is cheap
            if self._root is None:
                self._root = open_store(self.path, read_only=not self.writable)
            try:
                return self._root.connection.cursor()
            except duckdb.Error as error:
                raise StoreError(f"cannot read the store: {error}") from error

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A Store over a fresh cursor (read-only server: a fresh connection), closed afterwards."""
        if not self.writable:
            with open_store(self.path, read_only=True, wait=READ_WAIT) as own:
                yield own
            return
        store = Store(self._cursor(), read_only=True)
        try:
            yield store
        finally:
            store.close()

    def write(self, coded: Iterable[tuple[Article, Record]]) -> int:
        """Store the pairs not stored yet through the single writer; the number written."""
        if not self.writable:
            raise StoreError("the store is open read-only")
        with self._write_lock:
            store = Store(self._cursor())
            try:
                return store.write(coded)
            finally:
                store.close()

    def has_article(self, article: Article) -> bool:
        with self.reader() as store:
            return store.has_article(article)


def dict_rows(store: Store, sql: str, parameters: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows of a read query as dicts keyed by column name (bound parameters only)."""
    try:
        cursor = store.connection.execute(sql, parameters or [])
        names = [column[0] for column in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except duckdb.Error as error:
        raise StoreError(f"query failed: {error}") from error
