"""Tests of `evaluate()`: its refusals, and a run of the real pipeline over tiny gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad.errors import InputError
from dyad.evaluate import KINDS, EvalReport, evaluate
from dyad.pipeline import Pipeline


def write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_unknown_kind_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown evaluation kind"):
        evaluate("sentiment", write(tmp_path, []))


def test_missing_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        evaluate("times", tmp_path / "absent.jsonl")


def test_kinds() -> None:
    assert KINDS == ("events", "actors", "quotes", "times", "places")


TEXT = 'Russia condemned the United States on Friday in Moscow. "We will not accept this," Putin said.'
GOLD: dict[str, dict[str, object]] = {
    "events": {
        "id": "e",
        "text": TEXT,
        "date": "2014-03-03",
        "events": [{"source": "RUS", "target": "USA", "code": "111"}],
    },
    "actors": {"test": "a", "args": ["Russia"], "expected": {"cc": "RUS"}},
    "quotes": {
        "id": "q",
        "text": TEXT,
        "date": "2014-03-03",
        "quotes": [{"quote_segments": [[56, 83]], "speaker_span": [85, 90], "type": "direct"}],
    },
    "times": {
        "id": "t",
        "text": TEXT,
        "dct": "2014-03-03",
        "timexes": [{"start": 38, "end": 44, "type": "DATE", "value": "2014-02-28", "text": "Friday"}],
    },
    "places": {
        "id": "p",
        "text": TEXT,
        "toponyms": [{"start": 48, "end": 54, "text": "Moscow", "lat": 55.75, "lon": 37.62}],
    },
}
HEADLINE = {
    "events": "root.f1",
    "actors": "country.accuracy",
    "quotes": "all.gg03.f1",
    "times": "value.f1",
    "places": "acc161.all",
}


@pytest.mark.model
@pytest.mark.parametrize("kind", KINDS)
def test_evaluate_runs_the_pipeline(kind: str, tmp_path: Path, pipeline: Pipeline) -> None:
    report = evaluate(kind, write(tmp_path, [GOLD[kind]]), pipeline, errors=1)
    assert isinstance(report, EvalReport) and report.kind == kind and report.gold == "gold.jsonl"
    assert 0.0 <= report.metrics[HEADLINE[kind]] <= 1.0
    assert report.metrics["failed"] == 0
    assert len(report.errors) <= 1
    json.dumps(report.to_dict())
    assert HEADLINE[kind].split(".")[0] in report.to_text()


def test_gold_file_of_another_kind_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, [{"id": "t", "text": "x", "timexes": [{"end": 1}]}])
    with pytest.raises(InputError, match="not a times gold file"):
        evaluate("times", path, pipeline=object())  # type: ignore[arg-type]
