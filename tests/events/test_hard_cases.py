"""Hard cases for the events stage on sentences of our own, with hand-built actor mentions.

Negation, passives with and without an agent, compound actors, control verbs, reported and claimed
events, hypotheticals and conditions, and sentences that report no event.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from dyad.events import EventContext, find_events
from dyad.model import Actor, Event, Mention

pytestmark = pytest.mark.model

ACTORS = {
    "Russia": "RUS", "China": "CHN", "Syria": "SYR", "Iran": "IRN", "Putin": "RUSGOV", "Bush": "USAGOV",
    "Kenya": "KEN", "Uganda": "UGA", "rebels": "SYRREB", "Russian troops": "RUSMIL", "President Assad": "SYRGOV",
    "the government": "GOV", "Moscow": "RUSGOV", "Asia Cooperation Council": "IGOACC", "Russian students": "RUSEDU",
}  # fmt: skip
PRONOUNS = {"he": "RUSGOV"}


def _actor(code: str) -> Actor:
    if len(code) == 3 and code != "GOV":
        return Actor(code, code, None)
    return Actor(code, None, code) if code == "GOV" else Actor(code, code[:3], code[3:6])


def _mentions(text: str) -> list[Mention]:
    found = []
    for name, code in ACTORS.items():
        label = "GPE" if len(code) == 3 and code != "GOV" else "ORG"
        found += [Mention(name, m.start(), m.end(), _actor(code), label) for m in re.finditer(rf"\b{name}\b", text)]
    for word, code in PRONOUNS.items():
        found += [
            Mention(word, m.start(), m.end(), _actor(code), "PRON", "pronoun", False)
            for m in re.finditer(rf"\b{word}\b", text)
        ]
    return sorted(found, key=lambda m: m.start)


def events(nlp: Language, text: str) -> list[Event]:
    return find_events(nlp(text), EventContext(_mentions(text), [], [], [], date(2001, 7, 23)))


def triples(found: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo)
        for e in found
        if not e.negated
    }


def test_never_negates_the_event(nlp: Language) -> None:
    found = events(nlp, "Russia never attacked Syria.")
    assert found and all(e.negated for e in found)


def test_passive_without_agent_keeps_its_target(nlp: Language) -> None:
    assert triples(events(nlp, "The rebels were attacked on Sunday.")) == {(None, "SYRREB", "190")}


def test_a_participle_naming_a_state_is_no_event(nlp: Language) -> None:
    assert triples(events(nlp, "The rebels held in Syria spoke to Putin.")) == set()


def test_passive_kill_takes_the_code_of_its_means(nlp: Language) -> None:
    found = triples(events(nlp, "Russian troops were killed in a car bomb explosion."))
    assert found == {("UAF", "RUSMIL", "1832")}  # a bombing whose doer is unsaid: unidentified attackers


def test_an_attack_by_an_agent_gives_the_killing_its_source(nlp: Language) -> None:
    found = triples(events(nlp, "Russian troops were killed in an attack by the rebels."))
    assert ("SYRREB", "RUSMIL", "190") in found and len(found) == 1


def test_compound_object_gives_one_event_per_target(nlp: Language) -> None:
    assert triples(events(nlp, "Russia condemned Syria and Iran.")) == {("RUS", "SYR", "111"), ("RUS", "IRN", "111")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia agreed to meet China.", ("RUS", "CHN", "036")),  # intent to meet
        ("Russia promised to provide aid to Syria.", ("RUS", "SYR", "033")),  # intent to give aid
        ("Putin refused to meet Bush.", ("RUSGOV", "USAGOV", "125")),
    ],
)
def test_control_verbs_code_their_content(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert triples(events(nlp, text)) == {expected}


def test_pressure_to_act_is_not_the_act(nlp: Language) -> None:
    assert triples(events(nlp, "Bush pressured Putin to attack Syria.")) == {("USAGOV", "RUSGOV", "170")}


def test_what_an_appeal_asks_for_is_one_appeal(nlp: Language) -> None:
    found = events(nlp, "Kenya asked Uganda to help finance the construction of a railway.")
    assert [(e.source.actor.code, e.target.actor.code, e.cameo_root) for e in found if e.source and e.target] == [
        ("KEN", "UGA", "02")
    ]


def test_a_claim_that_another_attacked_is_an_accusation(nlp: Language) -> None:
    assert triples(events(nlp, "Russia claimed that the rebels attacked Syria.")) == {("RUS", "SYRREB", "112")}


def test_claiming_ones_own_attack_is_claiming_responsibility(nlp: Language) -> None:
    assert triples(events(nlp, "Putin claimed that he had attacked the rebels.")) == {("RUSGOV", "SYRREB", "015")}


def test_a_modal_makes_it_hypothetical(nlp: Language) -> None:
    found = events(nlp, "Russia may attack Syria.")
    assert triples(found) == {("RUS", "SYR", "190")} and all(e.hypothetical for e in found)


def test_an_if_clause_event_is_hypothetical_and_the_main_one_planned(nlp: Language) -> None:
    found = {e.cameo_root: e for e in events(nlp, "If Russia invades Syria, China will condemn it.")}
    assert found["19"].hypothetical
    assert not found["11"].hypothetical


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Russia may halt talks with Syria if the rebels attack.", "13"),
        ("Russia will withdraw its troops from Syria unless China agrees.", "13"),
    ],
)
def test_an_act_on_a_condition_is_a_threat(nlp: Language, text: str, root: str) -> None:
    first = events(nlp, text)[0]
    assert (first.source.actor.code if first.source else None, first.cameo_root) == ("RUS", root)


def test_not_ending_a_strike_unless_is_a_refusal(nlp: Language) -> None:
    found = events(nlp, "The rebels will not end their attacks on Syria unless Russia withdraws.")
    assert all(e.cameo_root != "13" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Moscow was cold on Sunday.",
        "Russia is a large country with many rivers.",
        "Putin said the economy of Russia grew by three percent.",
    ],
)
def test_sentences_without_an_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_an_actor_without_its_country_does_not_repeat_an_event(nlp: Language) -> None:
    found = triples(events(nlp, "Russia attacked President Assad and the government."))
    assert found == {("RUS", "SYRGOV", "190")}


def test_an_act_in_a_foreign_country_targets_it(nlp: Language) -> None:
    assert triples(events(nlp, "Russia held military exercises in Syria.")) == {("RUS", "SYR", "150")}


def test_a_reported_must_is_a_demand_of_the_reporter(nlp: Language) -> None:
    found = triples(events(nlp, "Putin said that Syria must hand over the rebels."))
    assert {(s, t, c[:2]) for s, t, c in found} == {("RUSGOV", "SYR", "10")}


def test_a_reported_should_is_an_appeal(nlp: Language) -> None:
    assert triples(events(nlp, "Putin said that Syria should release the rebels.")) == {("RUSGOV", "SYR", "0253")}


def test_what_a_charge_asserts_is_not_an_event(nlp: Language) -> None:
    found = triples(events(nlp, "Syria denied charges by Russia that the rebels had attacked Iran."))
    assert all(not code.startswith("19") for _, _, code in found)


def test_an_act_told_again_in_a_when_clause_is_one_act(nlp: Language) -> None:
    found = events(nlp, "The rebels killed ten people when they attacked Syria.")
    assert len([e for e in found if e.cameo_root in ("18", "19", "20")]) == 1


def test_a_protest_to_show_disapproval_is_one_protest(nlp: Language) -> None:
    found = events(nlp, "Russian students blocked a road to show their disapproval of Syria.")
    assert [e.cameo_root for e in found] == ["14"]


def test_a_word_of_an_actors_name_is_no_event(nlp: Language) -> None:
    found = triples(events(nlp, "The Asia Cooperation Council condemned Syria."))
    assert found == {("IGOACC", "SYR", "111")}


def test_talks_still_ahead_are_hypothetical(nlp: Language) -> None:
    found = events(nlp, "Putin called on Bush to forge ties ahead of talks expected to be held in Moscow.")
    assert all(e.hypothetical for e in found if e.cameo_root == "04")


def test_announcing_one_would_act_is_an_intent_not_a_supposition(nlp: Language) -> None:
    found = events(nlp, "Russia announced it would release the rebels.")
    assert [(e.cameo_root, e.hypothetical) for e in found] == [("03", False)]


def test_an_allegation_without_a_named_accuser_targets_the_accused(nlp: Language) -> None:
    found = triples(events(nlp, "A report alleged that Russian troops helped the rebels."))
    assert found == {(None, "RUSMIL", "112")}


def test_permission_to_act_is_not_the_act(nlp: Language) -> None:
    found = events(nlp, "Putin would not give permission to Syria to help Iran.")
    assert all(e.cameo_root != "07" for e in found)


def test_urging_others_to_reach_an_agreement_is_one_appeal_per_addressee(nlp: Language) -> None:
    found = triples(events(nlp, "Putin urged Iran and China to reach an agreement in their talks on trade."))
    assert found == {("RUSGOV", "IRN", "027"), ("RUSGOV", "CHN", "027")}


def test_preparing_to_attack_is_one_show_of_force_against_the_target(nlp: Language) -> None:
    found = triples(events(nlp, "The Russian troops prepared to resume shelling the rebels."))
    assert found == {("RUSMIL", "SYRREB", "150")}
