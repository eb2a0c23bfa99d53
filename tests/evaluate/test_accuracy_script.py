"""Tests of benchmarks/accuracy.py (the script behind `make accuracy`) on a tiny stand-in for ../shared."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_shared_data_it_skips_and_writes_nothing(script: ModuleType, tmp_path: Path, capsys) -> None:
    out = tmp_path / "accuracy.md"
    assert script.main(["--shared", str(tmp_path / "nowhere"), "--out", str(out)]) == 0
    assert "skipping" in capsys.readouterr().out
    assert not out.exists()


def test_refuses_to_write_partial_floors(script: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    floors = tmp_path / "floors.json"
    args = ["--shared", str(tmp_path), "--out", str(tmp_path / "a.md"), "--floors", str(floors), "--write-floors"]
    assert script.main(args) == 2
    assert not floors.exists()


@pytest.mark.model
def test_writes_the_page_from_the_files_present(script: ModuleType, tmp_path: Path) -> None:
    timex = {"start": 3, "end": 9, "type": "DATE", "value": "1998-01-09", "text": "Friday"}
    record = {"id": "t", "text": "On Friday prices fell.", "dct": "1998-01-08", "timexes": [timex]}
    (tmp_path / "data" / "time").mkdir(parents=True)
    (tmp_path / "data" / "time" / "te3_timebank_aquaint.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "accuracy.md"
    assert script.main(["--shared", str(tmp_path), "--out", str(out), "--limit", "1"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "## Times" in page and "| dyad | te3_timebank_aquaint.jsonl |" in page
    assert "skipped: events/cameo_manual_dev.jsonl is absent" in page
