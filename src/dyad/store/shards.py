"""Parquet shards: the store rows of a chunk of articles, written where the chunk was coded.

A Dask worker turns its records into the rows of every table (rows.py) and writes them as Parquet
files, one per table, with an in-memory DuckDB; it sends back only a `Shard`: the file names and each
article's id, fingerprint and MinHash signature. The one process that writes the store assigns the
near-duplicate groups in input order and loads the files (`Store.load_shards`). The shard files live in
a run directory beside the store (or under a directory every worker can reach) and are removed once
loaded; a run killed before that leaves its directory, which the next run on the same host removes.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dyad.dedup import signature
from dyad.model import Article, Record
from dyad.store.rows import Row, fingerprint, record_rows
from dyad.store.schema import COLUMNS, column_types, insert_rows

_RUN_PREFIX = "run-"


@dataclass(frozen=True)
class ShardArticle:
    """What the writer needs of one article of a shard to decide whether and how to store it."""

    id: str
    content_hash: str | None
    minhash: list[int] | None
    failed: bool


@dataclass(frozen=True)
class Shard:
    """A chunk's rows as Parquet files (table -> path; tables without rows have none) and its articles."""

    files: dict[str, str]
    articles: tuple[ShardArticle, ...]

    def remove(self) -> None:
        for path in self.files.values():
            Path(path).unlink(missing_ok=True)


def write_shard(coded: Sequence[tuple[Article, Record]], directory: Path, name: str) -> Shard:
    """Write the rows of `coded` as `directory/name.TABLE.parquet` files and describe them."""
    tables: dict[str, list[Row]] = {table: [] for table in COLUMNS}
    articles = []
    for article, record in coded:
        minhash = signature(article.text) if record.error is None else None
        for table, rows in record_rows(article, record, None, minhash).items():
            tables[table].extend(rows)
        articles.append(ShardArticle(article.id, fingerprint(article.text), minhash, record.error is not None))
    files = {}
    with duckdb.connect() as connection:
        for table, rows in tables.items():
            if not rows:
                continue
            connection.execute(f"CREATE TABLE {table} ({column_types(table)})")
            insert_rows(connection, table, rows)
            path = directory / f"{name}.{table}.parquet"
            partial = path.with_suffix(".partial")
            connection.execute(f"COPY {table} TO '{_sql_string(partial)}' (FORMAT PARQUET)")
            partial.replace(path)
            files[table] = str(path)
    return Shard(files, tuple(articles))


@contextmanager
def run_directory(db: str | Path, root: str | Path | None = None) -> Iterator[Path]:
    """A fresh directory for one run's shards under `root` (default `DB.shards` beside the store).

    Directories of earlier runs on this host whose process is gone are removed first; the run's own
    directory is removed at the end, and `root` too when that leaves it empty.
    """
    db = Path(db)
    root = Path(root) if root else db.with_name(db.name + ".shards")
    root.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname()
    _remove_abandoned(root, host)
    directory = root / f"{_RUN_PREFIX}{host}-{os.getpid()}"
    directory.mkdir(exist_ok=True)
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)
        if not any(root.iterdir()):
            root.rmdir()


def _remove_abandoned(root: Path, host: str) -> None:
    prefix = f"{_RUN_PREFIX}{host}-"
    for directory in root.glob(f"{prefix}*"):
        pid = directory.name.removeprefix(prefix)
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(directory, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")
