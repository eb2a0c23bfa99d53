"""Parquet shards: written where articles are coded, loaded by the one writer into the same rows."""

import os
import socket
import subprocess
import sys
from datetime import date

from dyad.model import Article, Record
from dyad.store import open_store
from dyad.store.shards import run_directory, write_shard

TABLES = ("articles", "entities", "events", "quotes", "times", "places", "errors")
TEXTS = (
    "Russia condemned the attack by Ukraine on Monday, Vladimir Putin said in Moscow.",
    '"We will not accept this," the French foreign minister told reporters in Paris on Friday.',
)


def _coded(pipeline):
    articles = [Article(id=f"a{i}", text=text, published=date(2022, 3, 4)) for i, text in enumerate(TEXTS)]
    coded = list(zip(articles, pipeline.code_many(articles), strict=True))
    copy = Article(id="copy", text=TEXTS[0], published=date(2022, 3, 4))
    failed = Article(id="bad", text="", published=None)
    return [*coded, (copy, coded[0][1]), (failed, Record(id="bad", published=None, title=None, error="not JSON"))]


def _dump(path):
    with open_store(path, read_only=True) as store:
        return {
            table: store.query(f"SELECT * EXCLUDE ({'coded_at' if table == 'articles' else 'failed_at'}) FROM {table}")
            if table in ("articles", "errors")
            else store.query(f"SELECT * FROM {table}")
            for table in TABLES
        }


def _sorted(dump):
    return {table: sorted(rows, key=repr) for table, rows in dump.items()}


def test_loaded_shards_hold_the_rows_a_direct_write_stores(pipeline, tmp_path):
    coded = _coded(pipeline)
    groups = {"a0": "a0", "a1": "a1"}
    with open_store(tmp_path / "direct.duckdb") as store:
        written = store.write(coded, {key: (group, None) for key, group in groups.items()})
    with run_directory(tmp_path / "shards.duckdb") as directory:
        shards = [write_shard(coded[:2], directory, "one"), write_shard(coded[2:], directory, "two")]
        with open_store(tmp_path / "shards.duckdb") as store:
            loaded = store.load_shards(shards, groups)
    assert written == loaded == 3  # the copy of a0's text is skipped by both
    direct, sharded = _sorted(_dump(tmp_path / "direct.duckdb")), _sorted(_dump(tmp_path / "shards.duckdb"))
    assert direct["events"] and direct["errors"]
    minhash_column = 9
    for table in TABLES:
        if table == "articles":  # the direct write above was given no signatures; the shards carry them
            direct[table] = [row[:minhash_column] + row[minhash_column + 1 :] for row in direct[table]]
            sharded[table] = [row[:minhash_column] + row[minhash_column + 1 :] for row in sharded[table]]
        assert sharded[table] == direct[table], table


def test_shards_skip_articles_already_stored(pipeline, tmp_path):
    coded = _coded(pipeline)[:2]
    with run_directory(tmp_path / "store.duckdb") as directory:
        shard = write_shard(coded, directory, "chunk")
        assert shard.articles[0].minhash and not shard.articles[0].failed
        with open_store(tmp_path / "store.duckdb") as store:
            assert store.load_shards([shard]) == 2
            assert store.load_shards([shard]) == 0
            assert store.query("SELECT count(*) FROM articles") == [(2,)]


def test_run_directory_is_removed_and_abandoned_ones_are_cleared(tmp_path):
    db = tmp_path / "store.duckdb"
    root = tmp_path / "store.duckdb.shards"
    dead_pid = _dead_pid()
    abandoned = root / f"run-{socket.gethostname()}-{dead_pid}"
    abandoned.mkdir(parents=True)
    (abandoned / "chunk-00000001.events.parquet").write_bytes(b"left by a killed run")
    other_host = root / "run-elsewhere-1"
    other_host.mkdir()
    with run_directory(db) as directory:
        assert directory.parent == root and str(os.getpid()) in directory.name
        assert not abandoned.exists()
        assert other_host.exists()  # another machine's run may still be going
    assert not directory.exists() and root.exists()
    other_host.rmdir()
    with run_directory(db):
        pass
    assert not root.exists()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid
