"""Tests of acts at home on hand-built mentions: police, courts and protesters are placed where they act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyad.events.arguments import ActorIndex, Arguments
from dyad.events.domestic import place_domestic_sources, place_protesters
from dyad.model import Actor, Mention

pytestmark = pytest.mark.model


def _mention(doc_text: str, word: str, actor: Actor, label: str = "ORG") -> Mention:
    start = doc_text.index(word)
    return Mention(word, start, start + len(word), actor, label)


@pytest.mark.parametrize(
    ("source", "expected_source", "expected_target"),
    [
        (Actor("COP", None, "COP"), "SENCOP", "SENOPP"),
        (Actor("JUD", None, "JUD"), "SENJUD", "SENOPP"),
        # an army acts abroad too: not placed, and its targets keep what they had
        (Actor("MIL", None, "MIL"), "MIL", "OPP"),
        (Actor("GHACOP", "GHA", "COP"), "GHACOP", "GHAOPP"),
    ],
)
def test_bare_domestic_bodies_take_the_country_of_the_place(
    nlp: Language, source: Actor, expected_source: str, expected_target: str
) -> None:
    text = "Police arrested protesters in Dakar."
    doc = nlp(text)
    police = _mention(text, "Police", source)
    protesters = _mention(text, "protesters", Actor("OPP", None, "OPP"), "NORP")
    dakar = _mention(text, "Dakar", Actor("SEN", "SEN", None), "GPE")
    index = ActorIndex(doc, [police, protesters, dakar])
    placed = place_domestic_sources(doc[1], Arguments((police,), (protesters,)), index)
    assert [m.actor.code for m in placed.sources] == [expected_source]
    assert [m.actor.code for m in placed.targets] == [expected_target]


@pytest.mark.parametrize(
    ("code", "source", "expected"),
    [
        ("145", Actor("EDU", None, "EDU"), "IRNEDU"),
        ("141", Actor("LAB", None, "LAB"), "IRNLAB"),
        # protesters with a country of their own protest abroad too
        ("145", Actor("IRQEDU", "IRQ", "EDU"), "IRQEDU"),
        # an army's act in a city says nothing of where the army is from
        ("145", Actor("MIL", None, "MIL"), "MIL"),
        # only protests place their protesters
        ("190", Actor("EDU", None, "EDU"), "EDU"),
    ],
)
def test_bare_protesters_are_people_of_the_place(nlp: Language, code: str, source: Actor, expected: str) -> None:
    text = "Students rioted in Tehran."
    doc = nlp(text)
    students = _mention(text, "Students", source, "NORP")
    tehran = _mention(text, "Tehran", Actor("IRN", "IRN", None), "GPE")
    index = ActorIndex(doc, [students, tehran])
    placed = place_protesters(doc[1], code, Arguments((students,), ()), index)
    assert [m.actor.code for m in placed.sources] == [expected]
