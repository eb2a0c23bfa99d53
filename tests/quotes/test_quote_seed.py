"""The seed article's four direct quotations and their speakers, on dyad's own output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dyad.model import Article, Quote
from dyad.pipeline import Pipeline

Seed = tuple[str, list[Quote], dict[str, Any]]


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, shared_data: Path) -> Seed:
    text = (shared_data / "seed" / "abm_2001.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_data / "seed" / "abm_2001.gold.json").read_text(encoding="utf-8"))
    record = pipeline.code(Article(id="abm_2001", text=text, published=date(2001, 7, 23)))
    assert record.error is None
    return text, record.quotes, gold["quotes"]


def test_four_direct_quotes_once_each(seed: Seed) -> None:
    text, quotes, gold = seed
    direct = [q for q in quotes if q.type == "direct"]
    assert sorted(q.text for q in direct) == sorted(g["text"] for g in gold["must"])
    for quote in direct:
        assert text[quote.start : quote.end] == quote.text


def test_direct_quote_speakers_and_cues(seed: Seed) -> None:
    _, quotes, gold = seed
    direct = {q.text: q for q in quotes if q.type == "direct"}
    for expected in gold["must"]:
        quote = direct[expected["text"]]
        assert quote.speaker is not None
        surname = expected["speaker"].split()[-1]
        assert surname in quote.speaker.text
        if quote.speaker.name is not None and quote.speaker.actor is not None:
            assert quote.speaker.name == expected["speaker"]
        if "cue" in expected:
            assert quote.cue is not None and quote.cue.text == expected["cue"]


def test_indirect_quotes_found(seed: Seed) -> None:
    _, quotes, gold = seed
    indirect = {q.text for q in quotes if q.type == "indirect"}
    found = [g["text"] for g in gold["should"] if g["text"] in indirect]
    assert len(found) >= 5
