"""`dyad actor`: a phrase's code with the dictionary entries, rules and term of office behind it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from spacy.language import Language

from dyad.actors.why import explain_phrase
from dyad.cli import main
from dyad.pipeline import Pipeline


def test_a_known_person_is_explained_by_the_term_that_covers_the_date(nlp: Language) -> None:
    explanation = explain_phrase("Russian President Vladimir Putin", date(2001, 7, 23), nlp)
    assert explanation.code == "RUSGOV"
    person = next(m for m in explanation.mentions if m.kind == "name")
    assert any(
        "2000-05-07 to 2008-05-07" in r and "people.txt" in r and "covers 2001-07-23" in r for r in person.reasons
    )
    kinds = {(m.text, m.kind) for m in explanation.matches}
    assert kinds == {("Russian", "demonym"), ("President", "role"), ("Vladimir Putin", "person")}
    assert all(m.origin.startswith("dyad/data/actors/") for m in explanation.matches)


def test_before_any_office_the_title_decides_and_says_so(nlp: Language) -> None:
    explanation = explain_phrase("Vladimir Putin", date(1995, 1, 1), nlp)
    assert explanation.code == "RUS"
    assert any("had not begun on 1995-01-01" in r for r in explanation.mentions[0].reasons)


def test_a_description_names_its_role_and_country(nlp: Language) -> None:
    explanation = explain_phrase("Iraqi soldiers", None, nlp)
    assert explanation.code == "IRQMIL"
    reasons = " ".join(explanation.mentions[0].reasons)
    assert "gives the country IRQ" in reasons and "gives the sectors MIL" in reasons


def test_a_phrase_without_an_actor(nlp: Language) -> None:
    explanation = explain_phrase("a demand", None, nlp)
    assert explanation.code is None and "no actor" in explanation.to_text()


def test_the_actor_command_prints_the_code_and_why(
    pipeline: Pipeline, user_dictionaries: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actor", "Russian President Vladimir Putin", "--date", "2001-07-23"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("'Russian President Vladimir Putin' on 2001-07-23: RUSGOV")
    assert "term RUSGOV as president" in out
    assert main(["actor", "George Bush", "--date", "1990-06-01", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["code"] == "USAGOV" and printed["mentions"][0]["name"] == "George H. W. Bush"
