"""The server's connection: reads through cursors go on during a write, and writes go through one writer."""

from __future__ import annotations

import threading

import pytest

from dyad.errors import StoreError
from dyad.web.database import ServerStore

from .conftest import genoa, sanctions


def test_a_reader_sees_a_snapshot_while_a_write_is_open(tmp_path):
    server = ServerStore(tmp_path / "s.duckdb", writable=True)
    server.write([sanctions()])
    with server.reader() as writer_view:
        writer_view.connection.execute("BEGIN TRANSACTION")
        writer_view.connection.execute("INSERT INTO articles (id, text) VALUES ('pending', 'x')")
        with server.reader() as reader:
            assert reader.query("SELECT count(*) FROM articles") == [(1,)]
        writer_view.connection.execute("COMMIT")
    with server.reader() as reader:
        assert reader.query("SELECT count(*) FROM articles") == [(2,)]
    server.close()


def test_concurrent_writes_store_each_article_once(tmp_path):
    server = ServerStore(tmp_path / "s.duckdb", writable=True)
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(server.write([genoa()]))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [0, 0, 0, 1]
    with server.reader() as reader:
        assert reader.query("SELECT count(*) FROM events") == [(3,)]
    server.close()
    with server.reader() as reader:  # reopened on demand after close
        assert reader.query("SELECT count(*) FROM articles") == [(1,)]


def test_a_read_only_server_refuses_writes(built_store):
    server = ServerStore(built_store)
    with pytest.raises(StoreError):
        server.write([sanctions()])
    server.close()


def test_a_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        ServerStore(tmp_path / "absent.duckdb")
