"""Where an act happened places its victims and names the country it concerns (whole pipeline)."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.model import Article
from dyad.pipeline import Pipeline

pytestmark = pytest.mark.model


def _triples(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    record = pipeline.code(Article(id="t", text=text, published=date(2012, 5, 1)))
    return [
        (e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo[:2])
        for e in record.events
        if not e.negated
    ]


def test_victims_without_a_country_are_civilians_of_the_place(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Seven civilians were killed in Russian air strikes on a market in Idlib province.")
    assert ("RUS", "SYRCVL", "19") in found or ("RUSMIL", "SYRCVL", "19") in found


def test_plain_people_killed_in_a_place_are_its_civilians(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Iraqi soldiers shot dead four people in Basra on Monday.")
    assert [t for t in found if t[2] in ("18", "19", "20")] == [(t[0], "IRQCVL", t[2]) for t in found if t[0]]


def test_a_region_is_the_place_of_an_act(pipeline: Pipeline) -> None:
    assert ("CHN", "USA", "15") in _triples(pipeline, "China held naval exercises near Alaska on Tuesday.")


def test_the_place_of_an_act_in_a_prepositional_phrase_is_its_target(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "The Canadian foreign ministry warned against travel to Mali this week.")
    assert any(t[1] == "MLI" for t in found)


def test_a_past_verb_misread_as_a_participle_is_the_main_verb(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Nurses from a Swiss charity donated and delivered blankets to a hospital in Kabul.")
    assert found and all(t[0] == "CHEHLH" and t[2] == "07" for t in found)


def test_who_holds_a_place_is_not_the_target_of_an_attack_on_it(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Rebels shelled a government-held district of Libya's capital on Sunday.")
    assert found and all(t[1] != "GOV" for t in found)
    assert any(t[1].startswith("LBY") for t in found)


def test_who_died_in_an_attack_suffered_it(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Two Yemeni fishermen died in a Saudi air strike near Hodeidah.")
    assert [t for t in found if t[2] == "19"] == [("SAU", "YEMCVL", "19")]
    assert _triples(pipeline, "Hundreds of Sudanese perished in the war.") == []


def test_who_died_in_clashes_took_part_in_them(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Four Syrian soldiers died in clashes with rebels near Homs.")
    assert ("SYRMIL", "REB", "19") in found


def test_an_unsaid_doer_is_the_place_the_force_came_from(pipeline: Pipeline) -> None:
    assert _triples(pipeline, "A rocket was fired at southern Israel from Lebanon on Sunday.") == [("LBN", "ISR", "19")]
