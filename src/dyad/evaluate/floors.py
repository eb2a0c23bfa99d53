"""The accuracy gate: which figures are pinned, how they are measured, and how a drop is found.

The floors file lists runs (kind, gold file under ../shared/data, record limit) with the figures they
gave when the floors were written. The gate test repeats each run with the current pipeline and fails
when a figure falls more than `margin` below its floor. Runs use the quick gold files whole and the
first records of the long ones, so the gate stays well under a minute and a half.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dyad.errors import InputError
from dyad.evaluate.report import EvalReport

DEFAULT_MARGIN = 0.01
FLOORS_VERSION = 1


@dataclass(frozen=True)
class GateRun:
    """One evaluation the gate repeats, and the metrics of it that are pinned."""

    kind: str
    gold: str
    limit: int | None
    keys: tuple[str, ...]


GATE_RUNS: tuple[GateRun, ...] = (
    GateRun("events", "events/cameo_manual_dev.jsonl", None, ("root.f1", "code.f1")),
    GateRun(
        "events",
        "events/plover_cameo_dev.jsonl",
        None,
        ("root.f1", "code.f1", "plover.f1", "plover_crosswalk.f1", "triple.f1", "actors.code"),
    ),
    GateRun(
        "events",
        "events/petrarch2_gsr.jsonl",
        None,
        ("root.f1", "code.f1", "triple.f1", "triple_root.f1", "actors.code"),
    ),
    GateRun("actors", "events/actor_tests_dev.jsonl", None, ("country.accuracy", "sector.accuracy")),
    GateRun(
        "quotes",
        "quotes/polnear_dev.jsonl",
        15,
        ("all.gg03.f1", "quoted.gg03.f1", "all.gg03.speaker", "speech_verb.gg03.f1"),
    ),
    GateRun("times", "time/te3_timebank_aquaint.jsonl", 40, ("relaxed.f1", "strict.f1", "value.f1")),
    GateRun("places", "places/lgl.jsonl", 40, ("detection.r", "acc161.detected", "acc161.all")),
    GateRun("places", "places/geovirus.jsonl", 20, ("detection.r", "acc161.all")),
)


@dataclass(frozen=True)
class Floor:
    """A gate run with the figures it is held to."""

    kind: str
    gold: str
    limit: int | None
    metrics: dict[str, float]


def missing(shared_data: Path, runs: Sequence[GateRun] = GATE_RUNS) -> list[str]:
    """The gold files of gate runs that are absent under `shared_data`."""
    return sorted({run.gold for run in runs if not (shared_data / run.gold).is_file()})


def measure(
    shared_data: Path, run: Callable[[str, Path, int | None], EvalReport], runs: Sequence[GateRun] = GATE_RUNS
) -> list[Floor]:
    """Repeat every gate run through `run(kind, gold_path, limit)` and keep its pinned figures."""
    floors = []
    for gate in runs:
        report = run(gate.kind, shared_data / gate.gold, gate.limit)
        floors.append(Floor(gate.kind, gate.gold, gate.limit, {key: float(report.metrics[key]) for key in gate.keys}))
    return floors


def write_floors(path: Path, floors: Sequence[Floor], version: str, margin: float = DEFAULT_MARGIN) -> None:
    """Write the floors file (sorted keys, one stable layout, so diffs show only changed figures)."""
    data: dict[str, Any] = {
        "format": FLOORS_VERSION,
        "written": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "dyad_version": version,
        "margin": margin,
        "runs": [{"kind": f.kind, "gold": f.gold, "limit": f.limit, "metrics": f.metrics} for f in floors],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_floors(path: Path) -> tuple[list[Floor], float]:
    """The floors and the noise margin from a floors file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        floors = [
            Floor(r["kind"], r["gold"], r["limit"], {k: float(v) for k, v in r["metrics"].items()})
            for r in data["runs"]
        ]
        return floors, float(data.get("margin", DEFAULT_MARGIN))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"cannot read the floors file {path}: {error}") from error


def drops(floor: Floor, metrics: dict[str, float | int], margin: float = DEFAULT_MARGIN) -> list[str]:
    """Each pinned figure that fell more than `margin` below its floor (or vanished), as a message."""
    problems = []
    for key, pinned in floor.metrics.items():
        where = f"{floor.kind} {floor.gold} (limit {floor.limit}) {key}"
        if key not in metrics:
            problems.append(f"{where}: no longer measured (floor {pinned:.4f})")
        elif metrics[key] < pinned - margin:
            problems.append(f"{where}: {metrics[key]:.4f} < floor {pinned:.4f} - {margin}")
    return problems
