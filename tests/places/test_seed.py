"""The seed article's places, through the whole pipeline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyad.model import Article
from dyad.pipeline import Pipeline


@pytest.mark.shared
@pytest.mark.model
def test_seed_must_places(pipeline: Pipeline, shared_data: Path) -> None:
    seed = shared_data / "seed"
    gold = json.loads((seed / "abm_2001.gold.json").read_text(encoding="utf-8"))
    text = (seed / "abm_2001.txt").read_text(encoding="utf-8")
    record = pipeline.code(Article(id="abm_2001", text=text, published=date(2001, 7, 23)))
    for item in gold["places"]["must"]:
        matches = [p for p in record.places if p.text == item["text"]]
        assert matches, item["text"]
        for place in matches:
            loc = place.location
            assert (loc.geonameid, loc.country) == (item["geonameid"], item["country"]), item["text"]
            assert loc.lat == pytest.approx(item["lat"], abs=0.05) and loc.lon == pytest.approx(item["lon"], abs=0.05)
    assert all(text[p.start : p.end] == p.text for p in record.places)
