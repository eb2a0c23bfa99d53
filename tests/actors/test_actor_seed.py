"""The seed article's must-have entities, checked on dyad's own output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyad.actors import find_mentions
from dyad.model import Article, Record
from dyad.pipeline import Pipeline
from dyad.read.layout import mask_layout


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, shared_data: Path) -> tuple[Record, list[dict]]:
    folder = shared_data / "seed"
    gold = json.loads((folder / "abm_2001.gold.json").read_text(encoding="utf-8"))
    text = (folder / "abm_2001.txt").read_text(encoding="utf-8")
    record = pipeline.code(Article(id="abm_2001", text=text, published=date.fromisoformat(gold["published"])))
    return record, gold["entities"]["must"]


def test_seed_must_entities_have_the_right_codes(seed: tuple[Record, list[dict]]) -> None:
    record, must = seed
    assert record.error is None
    for item in must:
        allowed = {item["actor"]} if "actor" in item else set(item["actor_alternatives"])
        found = [e for e in record.entities if e.text == item["text"]]
        assert found, f"{item['text']} is not among the entities"
        codes = [e.actor.code if e.actor else None for e in found]
        assert set(codes) <= allowed, f"{item['text']}: {codes} not in {allowed}"


def test_seed_surnames_resolve_to_full_names(seed: tuple[Record, list[dict]]) -> None:
    record, _ = seed
    names = {(e.text, e.actor.name) for e in record.entities if e.actor and e.text in ("Putin", "Bush")}
    assert names == {("Putin", "Vladimir Putin"), ("Bush", "George W. Bush")}


def test_seed_entities_point_into_the_text(seed: tuple[Record, list[dict]], shared_data: Path) -> None:
    record, _ = seed
    text = (shared_data / "seed" / "abm_2001.txt").read_text(encoding="utf-8")
    assert all(text[e.start : e.end] == e.text for e in record.entities)


def test_seed_pronouns_resolve(pipeline: Pipeline, shared_data: Path) -> None:
    text = (shared_data / "seed" / "abm_2001.txt").read_text(encoding="utf-8")
    mentions = find_mentions(pipeline.nlp(mask_layout(text)), date(2001, 7, 23))
    pronouns = {(m.text, m.actor.name, m.actor.code) for m in mentions if m.kind == "pronoun"}
    assert ("his", "Vladimir Putin", "RUSGOV") in pronouns
    assert ("he", "Leonid Ivashov", "RUSMIL") in pronouns
    assert all(not m.is_entity for m in mentions if m.kind in ("pronoun", "title"))
