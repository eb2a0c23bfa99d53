"""Regions, states and provinces: they give an actor its country, and as places the country concerned."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dyad.actors import find_mentions
from dyad.actors.lexicon import load_lexicon


def _codes(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in find_mentions(nlp(text), date(2015, 6, 1))]


def test_regions_belong_to_one_country() -> None:
    cities = load_lexicon().cities
    assert (cities["Sindh"], cities["Chechnya"], cities["Darfur"], cities["Ohio"]) == ("PAK", "RUS", "SDN", "USA")
    assert "Punjab" not in cities  # a region shared by two countries gives neither


def test_a_regions_government_is_its_countrys(nlp: Language) -> None:
    assert ("Balochistan", "PAK") in _codes(nlp, "The government of Balochistan province banned the rally.")


def test_a_region_named_as_the_place_of_an_act_codes_its_country(nlp: Language) -> None:
    assert ("Texas", "USA") in _codes(nlp, "China held naval drills near Texas on Monday.")


def test_a_region_alone_is_no_actor(nlp: Language) -> None:
    assert _codes(nlp, "Ohio voted early.") == []


def test_a_region_inside_a_longer_name_is_no_place(nlp: Language) -> None:
    assert _codes(nlp, "The road near Lake Vermont is closed.") == []
