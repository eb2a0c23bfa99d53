"""Ingest survives being killed: a rerun stores every article exactly once, with the events of a clean run."""

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from dyad.ingest import ingest
from dyad.store import open_store

COUNTRIES = ["Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Turkey", "Iran", "Egypt"]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(24):
            first, second = COUNTRIES[i % 10], COUNTRIES[(i + 3) % 10]
            text = f"{first} and {second} held talks on trade in Geneva on Monday. Meeting number {i} ended late."
            out.write(json.dumps({"id": f"a{i:02d}", "text": text, "published": "2020-03-03"}) + "\n")
    return path


def _event_rows(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(
            "SELECT article_id, idx, event_id, cameo, source_code, target_code FROM events ORDER BY ALL"
        ).fetchall()


def _articles(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute("SELECT id, count(*) FROM articles GROUP BY id ORDER BY id").fetchall()


SCRIPT = """
import sys
from dyad.ingest import ingest
ingest([sys.argv[1]], sys.argv[2], batch_size=4, progress=lambda s: print(s.stored, flush=True))
"""
# The same ingest paced between batches (the store is closed then), so readers surely get turns before it ends.
PACED_SCRIPT = "import time\n" + SCRIPT.replace(
    "print(s.stored, flush=True)", "(print(s.stored, flush=True), time.sleep(0.3))"
)


def test_a_killed_ingest_resumes_without_loss_or_duplicates(corpus, tmp_path):
    clean = tmp_path / "clean.duckdb"
    ingest([str(corpus)], clean, batch_size=4)

    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-c", SCRIPT, str(corpus), str(killed)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        stored = int(process.stdout.readline())  # the first batch is committed; kill while the next is coded
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert 0 < stored < 24

    summary = ingest([str(corpus)], killed, batch_size=4)
    assert summary.skipped >= stored
    assert _articles(killed) == [(f"a{i:02d}", 1) for i in range(24)]
    assert _event_rows(killed) == _event_rows(clean)


def test_a_corrupt_write_ahead_log_is_set_aside(corpus, tmp_path):
    db = tmp_path / "store.duckdb"
    ingest([str(corpus)], db, batch_size=4)
    wal = tmp_path / "store.duckdb.wal"
    script = (
        "import duckdb, os, sys\n"
        "c = duckdb.connect(sys.argv[1]); c.execute('PRAGMA disable_checkpoint_on_shutdown')\n"
        "c.execute(\"DELETE FROM articles WHERE id >= 'a20'\"); c.execute('CHECKPOINT')\n"
        "c.execute(\"INSERT INTO times SELECT 'x', range, 'y', 0, 1, 'DATE', '2020' FROM range(5000)\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)
    data = bytearray(wal.read_bytes())
    for i in range(200, 260):
        data[i] ^= 0xFF
    wal.write_bytes(bytes(data))

    with open_store(db) as store:
        assert store.query("SELECT count(*) FROM articles") == [(20,)]
    assert (tmp_path / "store.duckdb.wal.corrupt-1").exists()
    ingest([str(corpus)], db, batch_size=4)
    assert _articles(db) == [(f"a{i:02d}", 1) for i in range(24)]


def test_a_second_writer_is_told_the_store_is_busy(tmp_path, corpus):
    db = tmp_path / "busy.duckdb"
    with open_store(db):
        script = (
            "import sys\nfrom dyad.cli import main\n"
            "sys.exit(main(['ingest', sys.argv[1], '--db', sys.argv[2], '--wait', '0.5']))"
        )
        result = subprocess.run([sys.executable, "-c", script, str(corpus), str(db)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "the store is busy" in result.stderr and "Traceback" not in result.stderr


def test_failed_articles_are_recorded_and_can_be_retried(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "ok", "text": "Russia and China held talks in Geneva on Monday."}) + "\n"
        + json.dumps({"id": "late", "text": "  "}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    db = tmp_path / "store.duckdb"
    assert ingest([str(corpus)], db).failed == 1
    with open_store(db, read_only=True) as store:
        assert store.query("SELECT article_id, stage, message FROM errors") == [
            ("late", "input", "the article has no text")
        ]
    fixed = json.dumps({"id": "late", "text": "France condemned the attack on Tuesday."})
    corpus.write_text(corpus.read_text().replace(json.dumps({"id": "late", "text": "  "}), fixed), encoding="utf-8")
    assert ingest([str(corpus)], db).stored == 0
    summary = ingest([str(corpus)], db, retry_errors=True)
    assert (summary.retried, summary.stored, summary.failed) == (1, 1, 0)
    with open_store(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM errors") == [(0,)]
        assert store.query("SELECT id, error FROM articles ORDER BY id") == [("late", None), ("ok", None)]


def test_readers_use_the_store_while_an_ingest_runs(corpus, tmp_path):
    db = tmp_path / "shared.duckdb"
    ingest([str(corpus)], db, batch_size=4)  # a first run, so the store exists
    bigger = tmp_path / "more.jsonl"
    lines = corpus.read_text().splitlines()
    renamed = [line.replace('"id": "a', '"id": "b').replace("Meeting number", "Session") for line in lines]
    bigger.write_text("\n".join(renamed) + "\n", encoding="utf-8")
    command = [sys.executable, "-c", PACED_SCRIPT, str(bigger), str(db)]
    counts = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        process.stdout.readline()  # the second ingest has written its first batch
        while process.poll() is None:
            with open_store(db, read_only=True, wait=30) as store:
                counts.append(store.query("SELECT count(*) FROM articles")[0][0])
            time.sleep(0.05)  # a reader that pauses between queries, as people and dashboards do
        process.wait()
    assert process.returncode == 0
    assert counts and min(counts) >= 28, "reads went on during the ingest and saw whole batches"
    assert any(count < 48 for count in counts), "at least one read happened before the ingest finished"
    assert _articles(db)[-1] == ("b23", 1) and len(_articles(db)) == 48
