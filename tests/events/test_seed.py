"""The seed article: the events its hand annotation says a correct system must find, and must not."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.model import Article, Event, Record
from dyad.pipeline import Pipeline

pytestmark = [pytest.mark.model, pytest.mark.shared]


@dataclass(frozen=True)
class Seed:
    text: str
    gold: dict[str, Any]
    record: Record


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, shared_data: Path) -> Seed:
    text = (shared_data / "seed" / "abm_2001.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_data / "seed" / "abm_2001.gold.json").read_text(encoding="utf-8"))
    record = pipeline.code(Article(id="abm_2001", text=text, published=date.fromisoformat(gold["published"])))
    assert record.error is None
    return Seed(text, gold, record)


def _matches(event: Event, item: dict[str, Any]) -> bool:
    if event.negated or event.source is None or event.target is None:
        return False
    pair = (event.source.actor.code, event.target.actor.code)
    wanted = (item["source"], item["target"])
    if pair != wanted and not (item.get("symmetric") and pair == wanted[::-1]):
        return False
    roots = {item["cameo_root"], *(code[:2] for code in item.get("cameo_alternatives", []))}
    return event.cameo_root in roots


def test_every_must_event_is_found(seed: Seed) -> None:
    must = seed.gold["events"]["must"]
    missing = [item["what"] for item in must if not any(_matches(e, item) for e in seed.record.events)]
    assert missing == []


def test_genoa_meeting_has_its_date_and_place(seed: Seed) -> None:
    item = seed.gold["events"]["must"][0]
    meetings = [e for e in seed.record.events if _matches(e, item) and e.cameo_root == "04"]
    assert any(e.date == item["date"] and e.place is not None and e.place.country == item["country"] for e in meetings)


def test_no_agreement_from_a_failed_breakthrough(seed: Seed) -> None:
    for event in seed.record.events:
        sentence = seed.text[event.sentence[0] : event.sentence[1]]
        if "failed to produce a breakthrough" in sentence:
            assert event.cameo_root not in ("03", "05", "06") or event.negated


def test_no_events_between_analysts_and_governments(seed: Seed) -> None:
    for event in seed.record.events:
        for side in (event.source, event.target):
            assert side is None or ("analyst" not in side.text.lower() and "expert" not in side.text.lower())


def test_no_flood_of_plain_statements(seed: Seed) -> None:
    assert sum(e.cameo == "010" for e in seed.record.events) <= 1


def test_events_carry_their_evidence(seed: Seed) -> None:
    assert seed.record.events
    for event in seed.record.events:
        assert seed.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence[0] <= event.trigger.start < event.sentence[1]
        assert event.rule


def test_every_dated_must_event_has_its_date(seed: Seed) -> None:
    wrong = [
        item["what"]
        for item in seed.gold["events"]["must"]
        if "date" in item and not any(_matches(e, item) and e.date == item["date"] for e in seed.record.events)
    ]
    assert wrong == []
