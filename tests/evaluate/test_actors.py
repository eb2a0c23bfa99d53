"""Tests of the actor scorer."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dyad.evaluate.actors import ActorCase, ActorGuess, country_correct, phrase_actor, score_actors, sector_correct
from dyad.model import Actor, Mention

CASES = [
    ActorCase("a", "a US destroyer", country="USA"),
    ActorCase("b", "soldiers", country="", sectors=("MIL",)),
    ActorCase("c", "Hezbollah", country="LBN", sectors=("PTY", "REB")),
    ActorCase("d", "a demand", expect_none=True),
]
RIGHT = [
    ActorGuess("USAMIL", "USA", "MIL"),
    ActorGuess("MIL", None, "MIL"),
    ActorGuess("LBNREB", "LBN", "REB"),
    None,
]


def test_right_guesses_score_one() -> None:
    metrics = score_actors(CASES, RIGHT).metrics
    assert metrics["country.accuracy"] == 1.0 and metrics["country.n"] == 3
    assert metrics["sector.accuracy"] == 1.0 and metrics["sector.n"] == 2
    assert metrics["none.accuracy"] == 1.0 and metrics["none.n"] == 1
    assert metrics["coded"] == 3


def test_no_guesses_get_only_the_no_country_and_no_actor_cases() -> None:
    scored = score_actors(CASES, [None] * 4)
    assert scored.metrics["country.accuracy"] == round(1 / 3, 4)
    assert scored.metrics["sector.accuracy"] == 0.0
    assert scored.metrics["none.accuracy"] == 1.0
    assert {e.doc_id for e in scored.errors} == {"a", "b", "c"}


def test_organisation_code_inside_the_actor_code_counts_as_its_country() -> None:
    assert country_correct(ActorCase("x", "the UN", country="UNO"), ActorGuess("IGOUNO", None, "IGO"))
    assert not country_correct(ActorCase("x", "the UN", country="UNO"), ActorGuess("USAGOV", "USA", "GOV"))


def test_unknown_sector_accepts_no_sector() -> None:
    assert sector_correct(ActorCase("x", "a group of men", sectors=("UNK",)), ActorGuess("CVL", None, None))
    assert not sector_correct(ActorCase("x", "police", sectors=("COP",)), ActorGuess("USA", "USA", None))


def _mention(text: str, start: int, code: str) -> Mention:
    return Mention(
        text, start, start + len(text), Actor(code, code[:3] or None, code[3:6] or None, None), "ORG", "name"
    )


def test_the_phrase_actor_is_the_mention_nearest_the_syntactic_head() -> None:
    # "the President of the United States": President heads the phrase, the country hangs below it
    words = ["the", "President", "of", "the", "United", "States"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 5, 5, 2],
        deps=["det", "ROOT", "prep", "det", "compound", "pobj"],
    )
    president, country = _mention("President", 4, "USAGOV"), _mention("United States", 25, "USA")
    assert phrase_actor(doc, [president, country]) is president
    assert phrase_actor(doc, [country]) is country
    assert phrase_actor(doc, []) is None


def test_without_a_parse_the_longest_mention_wins() -> None:
    doc = spacy.blank("en")("Russian President Vladimir Putin")
    title, name = _mention("Russian President", 0, "RUSGOV"), _mention("Vladimir Putin", 18, "RUSGOV")
    assert phrase_actor(doc, [title, name]) is title
