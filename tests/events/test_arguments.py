"""Argument picking on sentences of our own with hand-built actor mentions: misparsed agents, datelines,
relative pronouns, bare infinitives, vague groups, act subjects, mediation parties and placed victims."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from dyad.events import EventContext, find_events
from dyad.model import Actor, Mention

pytestmark = pytest.mark.model

ACTORS = {
    "Kenya": "KEN", "Uganda": "UGA", "Russia": "RUS", "Syria": "SYR", "Iran": "IRN",
    "Ugandan officials": "UGAGOV", "Russian troops": "RUSMIL", "rebels": "SYRREB", "Kenyan police": "KENCOP",
    "Ugandan militias": "UGAMIL", "Kenyan troops": "KENMIL", "Somali militants": "SOMREB",
    "Ugandan soldiers": "UGAMIL", "envoys": "GOV", "African Union": "IGOAFU", "civilian population": "CVL",
}  # fmt: skip


def _mentions(text: str) -> list[Mention]:
    found = []
    for name, code in ACTORS.items():
        actor = Actor(code, None, code) if code in ("CVL", "GOV") else Actor(code, code[:3], code[3:] or None)
        label = "GPE" if len(code) == 3 else "ORG"
        found += [Mention(name, m.start(), m.end(), actor, label) for m in re.finditer(rf"\b{name}\b", text)]
    return sorted(found, key=lambda m: m.start)


def triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    found = find_events(nlp(text), EventContext(_mentions(text), [], [], [], date(2010, 5, 1)))
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo) for e in found
    }


def test_a_passive_takes_the_agent_the_parser_hung_on_a_later_clause(nlp: Language) -> None:
    text = "Kenya has been accused of stealing funds, much of it believed to have been hidden, by Ugandan officials."
    found = triples(nlp, text)
    assert found and all(source == "UGAGOV" for source, _, _ in found)


def test_a_dateline_read_as_a_subject_is_no_source(nlp: Language) -> None:
    found = triples(nlp, "KAMPALA, Uganda: Kenyan police arrested two Syrian rebels on Monday.")
    assert {(s, t) for s, t, _ in found} == {("KENCOP", "SYRREB")}


def test_a_relative_pronoun_object_stands_for_its_noun(nlp: Language) -> None:
    found = triples(nlp, "The rebels whom Russian troops attacked on Monday fled to Iran.")
    assert ("RUSMIL", "SYRREB") in {(s, t) for s, t, _ in found}


def test_a_passive_relative_subject_is_the_target(nlp: Language) -> None:
    found = triples(nlp, "The rebels who were arrested by Kenyan police had fled from Uganda.")
    assert ("KENCOP", "SYRREB", "173") in found


def test_mediation_is_aimed_at_the_parties_it_is_among(nlp: Language) -> None:
    found = triples(nlp, "Russia may halt its mediation efforts among Syria's feuding factions.")
    assert {(s, t) for s, t, _ in found} == {("RUS", "SYR")}


def test_victims_are_placed_where_the_verb_governing_the_act_says(nlp: Language) -> None:
    text = "Ugandan militias were engaged in ethnic cleansing in Kenya against the civilian population of the region."
    found = triples(nlp, text)
    assert {(s, t) for s, t, _ in found} == {("UGAMIL", "KENCVL")}


def test_an_act_as_subject_is_done_by_its_agent_not_its_aim(nlp: Language) -> None:
    found = triples(nlp, "The raid on Kenyan troops by Somali militants killed twelve soldiers.")
    assert found and all(source == "SOMREB" for source, _, _ in found)


def test_a_participle_read_as_past_tense_is_still_passive(nlp: Language) -> None:
    found = triples(nlp, "Kenya freed two Ugandan soldiers captured near the border.")
    assert all(source != "UGAMIL" for source, _, _ in found)
    assert ("KEN", "UGAMIL") in {(s, t) for s, t, _ in found}


def test_whom_one_helps_do_something_is_the_target(nlp: Language) -> None:
    found = triples(nlp, "Russia promised to help Syria rebuild its economy.")
    assert ("RUS", "SYR") in {(s, t) for s, t, _ in found}


def test_a_vague_group_stands_for_the_body_it_comes_from(nlp: Language) -> None:
    found = triples(nlp, "Two envoys from the African Union visited Kenya on Monday.")
    assert ("IGOAFU", "KEN") in {(s, t) for s, t, _ in found}


def test_victims_of_an_act_without_a_doer_are_placed_in_the_capital_named(nlp: Language) -> None:
    text = "A local journalist was killed in a bomb blast in a busy district of Nairobi."
    start = text.index("journalist")
    journalist = Mention("journalist", start, start + 10, Actor("MED", None, "MED"), "NORP", "description", False)
    start = text.index("Nairobi")
    capital = Mention("Nairobi", start, start + 7, Actor("KENGOV", "KEN", "GOV"), "GPE", "metonym")
    found = find_events(nlp(text), EventContext([journalist, capital], [], [], [], date(2010, 5, 1)))
    assert found and {e.target.actor.code for e in found if e.target} == {"KENMED"}


def test_condemning_an_act_condemns_whoever_did_it(nlp: Language) -> None:
    found = triples(nlp, "Uganda condemned the killing of Kenyan troops by Somali militants.")
    assert {(s, t) for s, t, _ in found} == {("UGA", "SOMREB")}
