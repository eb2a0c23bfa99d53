"""Negation and modality through the whole pipeline, on sentences of our own.

Each case names the trigger word and the flags its event must carry: denied events ("None of the villagers
were killed"), supposed or owed ones ("will respond to a Libyan attack", "needs to resume talks"), and the
look-alikes that must stay facts ("did not just attack", "until Monday", "until Iraq paid").
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyad.events.modality import is_question
from dyad.model import Article, Event
from dyad.pipeline import Pipeline

pytestmark = pytest.mark.model


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.code(Article(id="modality", text=text, published=date(2000, 1, 1))).events)


def _flags(pipeline: Pipeline, text: str, trigger: str) -> set[tuple[bool, bool]]:
    """The (negated, hypothetical) flags of the events whose trigger is `trigger`; fails when there is none."""
    found = {(e.negated, e.hypothetical) for e in _events(pipeline, text) if e.trigger.text == trigger}
    assert found, f"no event on {trigger!r} in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("None of the Kurdish villagers were killed by Iraqi troops.", "killed"),  # a "none of" subject
        ("No Chechen fighters were arrested by Russian police.", "arrested"),  # a "no" subject
        ("Iraq released no Kuwaiti prisoners.", "released"),  # a "no" object
        ("Neither Russia nor China condemned the NATO air strikes.", "condemned"),  # neither/nor subjects
        ("Russia neither condemned nor supported the NATO air strikes.", "condemned"),  # neither/nor verbs
        ("Russia neither condemned nor supported the NATO air strikes.", "supported"),
        ("Iraq did not attack or threaten Kuwait.", "threaten"),  # a "not" reaches across "or"
        ("The embargo will not cause Serbia to back down or retreat.", "back"),  # a denied cause
        ("The embargo will not cause Serbia to back down or retreat.", "retreat"),
    ],
)
def test_denied_events_are_negated(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert {negated for negated, _ in _flags(pipeline, text, trigger)} == {True}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Egypt will respond firmly to a Libyan attack on Sudan.", "attack"),  # what a future response answers
        ("Kuwait prepared for a possible Iraqi attack.", "attack"),
        ("India needs to resume talks with Pakistan.", "talks"),  # an obligation
        ("India has to resume talks with Pakistan.", "talks"),
        ("Japan has yet to sign the treaty with Russia.", "sign"),
        ("China stressed the need to strengthen cooperation with Russia.", "cooperation"),
        ("The European Union will maintain the embargo until Belgrade releases the prisoners.", "releases"),
        ("The bombing could cause Iraq to back down.", "back"),  # the effect of a possible cause
    ],
)
def test_supposed_or_owed_events_are_hypothetical(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _flags(pipeline, text, trigger) == {(False, True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iraq did not just attack Kuwait but also blockaded its ports.", "attack"),  # "not just": it attacked
        ("Iraq did not just attack Kuwait but also blockaded its ports.", "blockaded"),
        ("Iraq did not attack Kuwait but threatened Saudi Arabia.", "threatened"),  # no "not" across "but"
        ("Hamas had no leader in Gaza and blamed Israel for the war.", "blamed"),  # a "no" object denies its verb only
        ("None of the Serbian attacks on Albanian villages caused casualties.", "attacks"),  # the attacks happened
        ("The talks between Israel and Syria continued until Monday.", "talks"),  # "until" a time
        ("Kuwait kept sanctions until Iraq paid reparations.", "paid"),  # "until" in the past: it came about
        ("Egypt will respond to the Libyan attack on Sudan.", "attack"),  # a known attack
        ("Egypt retaliated for the Libyan attack on Sudan.", "attack"),
        ("Israeli troops had to fire on the Palestinian protesters.", "fire"),  # a past obligation was met
    ],
)
def test_look_alikes_stay_facts(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _flags(pipeline, text, trigger) == {(False, False)}


def test_a_demand_met_by_none_is_denied(pipeline: Pipeline) -> None:
    # the meeting of the demands is what did not happen; the demands themselves are no event of the sentence
    found = _events(pipeline, "None of the Palestinian demands were met by Israel.")
    assert [(e.trigger.text, e.negated) for e in found] == [("met", True)]


def test_not_just_is_no_refusal(pipeline: Pipeline) -> None:
    # "will not just release" promises the release and more; "will not release" refuses it
    promised = _events(pipeline, "Iraq will not just release the hostages but also pay reparations.")
    refused = _events(pipeline, "Iraq will not release the hostages.")
    assert [e.cameo_root for e in promised if e.trigger.text == "release"] == ["03"]
    assert [e.cameo_root for e in refused if e.trigger.text == "release"] == ["12"]


def _clause(nlp: Language, text: str, dep: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.dep_ == dep and t.head.lemma_ == "ask")


@pytest.mark.parametrize(
    ("text", "dep", "expected"),
    [
        ("Clinton asked how Russia could help Iraq.", "ccomp", True),
        ("Yeltsin asked why NATO had bombed Serbia.", "ccomp", True),
        ("The senator asked whether the United States would attack Iraq.", "ccomp", True),
        ("The United Nations asked Iran to release the prisoners.", "xcomp", False),  # an appeal
        ("Clinton asked that Russia send aid to Iraq.", "ccomp", False),  # an appeal with "that"
    ],
)
def test_indirect_questions_are_told_from_appeals(nlp: Language, text: str, dep: str, expected: bool) -> None:
    assert is_question(_clause(nlp, text, dep)) is expected


def test_a_question_is_no_appeal_for_what_it_asks_about(pipeline: Pipeline) -> None:
    asked = [e.cameo for e in _events(pipeline, "The senator asked how Russia could help Syria.")]
    assert asked and not any(code.startswith("02") for code in asked)
    assert any(e.cameo.startswith("02") for e in _events(pipeline, "The senator asked Russia to help Syria."))
