"""The seed article's times, through the whole pipeline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyad.model import Article
from dyad.pipeline import Pipeline


@pytest.mark.shared
@pytest.mark.model
def test_seed_must_times(pipeline: Pipeline, shared_data: Path) -> None:
    seed = shared_data / "seed"
    gold = json.loads((seed / "abm_2001.gold.json").read_text(encoding="utf-8"))
    text = (seed / "abm_2001.txt").read_text(encoding="utf-8")
    record = pipeline.code(Article(id="abm_2001", text=text, published=date(2001, 7, 23)))
    found = {(t.text, t.value) for t in record.times}
    for item in gold["times"]["must"]:
        assert (item["text"], item["value"]) in found
    assert all(text[t.start : t.end] == t.text for t in record.times)
