"""Tests of the actor scorer."""

from __future__ import annotations

from dyad.evaluate.actors import ActorCase, ActorGuess, country_correct, score_actors, sector_correct

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
