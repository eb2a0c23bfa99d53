"""Tests of the accuracy-gate machinery (not the gate itself: see test_gate.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.errors import InputError
from dyad.evaluate import floors
from dyad.evaluate.report import EvalReport


def test_drops_flags_only_falls_beyond_the_margin() -> None:
    floor = floors.Floor("times", "time/te3.jsonl", 50, {"value.f1": 0.70, "relaxed.f1": 0.90})
    assert floors.drops(floor, {"value.f1": 0.695, "relaxed.f1": 0.95}, margin=0.01) == []
    problems = floors.drops(floor, {"value.f1": 0.68}, margin=0.01)
    assert len(problems) == 2
    assert "value.f1: 0.6800 < floor 0.7000" in problems[0]
    assert "relaxed.f1: no longer measured" in problems[1]


def test_measure_write_read_round_trip(tmp_path: Path) -> None:
    runs = (floors.GateRun("times", "time/te3.jsonl", 5, ("value.f1",)),)
    calls = []

    def run(kind: str, path: Path, limit: int | None) -> EvalReport:
        calls.append((kind, path, limit))
        return EvalReport(kind, path.name, {"value.f1": 0.5, "other": 1})

    measured = floors.measure(tmp_path, run, runs)
    assert calls == [("times", tmp_path / "time/te3.jsonl", 5)]
    path = tmp_path / "floors.json"
    floors.write_floors(path, measured, "0.1.0", margin=0.02)
    read, margin = floors.read_floors(path)
    assert read == measured and margin == 0.02


def test_gate_runs_name_known_kinds() -> None:
    from dyad.evaluate import KINDS

    assert {run.kind for run in floors.GATE_RUNS} <= set(KINDS)
    assert all(run.keys for run in floors.GATE_RUNS)


def test_unreadable_floors_file(tmp_path: Path) -> None:
    bad = tmp_path / "floors.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError):
        floors.read_floors(bad)


def test_missing_gate_files(tmp_path: Path) -> None:
    runs = (floors.GateRun("times", "time/a.jsonl", 5, ("value.f1",)), floors.GateRun("times", "b.jsonl", 5, ("x",)))
    (tmp_path / "b.jsonl").write_text("", encoding="utf-8")
    assert floors.missing(tmp_path, runs) == ["time/a.jsonl"]
