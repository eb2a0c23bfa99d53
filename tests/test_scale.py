"""The Dask engine (workers writing Parquet shards, one writer loading them) stores the same rows as a local run."""

import json

import duckdb
import pytest

from dyad.ingest import ingest

pytest.importorskip("distributed")


def _rows(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        events = connection.execute(
            "SELECT article_id, idx, event_id, cameo, source_code, target_code, date FROM events ORDER BY ALL"
        ).fetchall()
        articles = connection.execute("SELECT id, dup_group, error, minhash FROM articles ORDER BY id").fetchall()
        errors = connection.execute("SELECT article_id, stage, message FROM errors ORDER BY ALL").fetchall()
    return events, articles, errors


def test_dask_and_local_ingests_store_identical_rows(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = [
        "Russia and China held talks in Beijing on Monday.",
        "The United States condemned the attack on its embassy in Baghdad on Tuesday.",
        "France and Germany signed an agreement on energy in Paris.",
        "{not json",
        "Turkey accused Greece of violating its airspace on Wednesday.",
    ]
    lines = [t if t.startswith("{") else json.dumps({"id": f"a{i}", "text": t, "published": "2020-03-03"})
             for i, t in enumerate(texts)]  # fmt: skip
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, distributed = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest([str(corpus)], local)
    summary = ingest([str(corpus)], distributed, engine="dask", workers=2)
    assert summary.stored == 5 and summary.failed == 1
    assert _rows(distributed) == _rows(local)
    assert _rows(local)[0], "the corpus should give events to compare"
    assert not (tmp_path / "dask.duckdb.shards").exists(), "loaded shards are removed"
