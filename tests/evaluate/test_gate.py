"""The accuracy gate: dev-set figures must not fall below the pinned floors.

`accuracy_floors.json` lists gate runs (kind, gold file under ../shared/data, record limit) and the
figures each gave when the floors were last written (`benchmarks/accuracy.py --write-floors`). This
test repeats every run with the current pipeline and fails when a figure drops more than the file's
margin below its floor. It needs ../shared and skips without it. After an intended change that moves
a figure, rewrite the floors and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.evaluate import evaluate
from dyad.evaluate.floors import drops, read_floors
from dyad.pipeline import Pipeline

FLOORS = Path(__file__).with_name("accuracy_floors.json")

pytestmark = [pytest.mark.shared, pytest.mark.model]


def test_accuracy_does_not_drop_below_the_floors(shared_data: Path, pipeline: Pipeline) -> None:
    floors, margin = read_floors(FLOORS)
    assert floors, f"{FLOORS} pins nothing"
    problems: list[str] = []
    for floor in floors:
        report = evaluate(floor.kind, shared_data / floor.gold, pipeline, errors=0, limit=floor.limit)
        problems += drops(floor, report.metrics, margin)
    assert not problems, "accuracy fell below the floors:\n" + "\n".join(problems)
