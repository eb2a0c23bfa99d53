"""Sub-codes and triggers on sentences of our own, with hand-built actor mentions.

What is ended, renounced, given, asked or refused decides the leaf; scene-setting clauses, conditions and
goals are no events of their own beside a main event; accidents kill nobody in the event data.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from dyad.events import EventContext, find_events
from dyad.model import Actor, Mention

pytestmark = pytest.mark.model

ACTORS = {
    "Russia": "RUS", "China": "CHN", "Syria": "SYR", "Iran": "IRN", "Kenya": "KEN", "Putin": "RUSGOV",
    "Moscow": "RUSGOV", "the rebels": "SYRREB", "Russian students": "RUSEDU", "Russian police": "RUSCOP",
    "Russian troops": "RUSMIL", "the parliament": "RUSLEG", "the EU": "IGOEUREEC",
}  # fmt: skip


def _actor(code: str) -> Actor:
    return Actor(code, code, None) if len(code) == 3 else Actor(code, code[:3], code[3:6])


def _mentions(text: str) -> list[Mention]:
    found = []
    for name, code in ACTORS.items():
        label = "GPE" if len(code) == 3 else "ORG"
        found += [
            Mention(name, m.start(), m.end(), _actor(code), label) for m in re.finditer(rf"\b{name}\b", text, re.I)
        ]
    return sorted(found, key=lambda m: m.start)


def triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    found = find_events(nlp(text), EventContext(_mentions(text), [], [], [], date(2010, 5, 4)))
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo)
        for e in found
        if not e.negated
    }


def codes(nlp: Language, text: str) -> set[str]:
    return {code for _, _, code in triples(nlp, text)}


def test_handing_over_bombers_is_judicial_cooperation(nlp: Language) -> None:
    assert ("RUS", "SYR", "063") in triples(nlp, "Russia handed over the bombers to Syria on Monday.")


def test_asking_for_information_is_an_appeal_for_intelligence(nlp: Language) -> None:
    assert ("IRN", "RUS", "0214") in triples(nlp, "Iran asked Russia to provide information about the attack.")


def test_shared_expertise_is_material_cooperation_not_intelligence(nlp: Language) -> None:
    assert codes(nlp, "Russia has been sharing expertise with China.") == {"060"}


def test_what_is_ended_decides_the_concession(nlp: Language) -> None:
    assert "082" in codes(nlp, "Russian students ended their strike on Friday.")
    assert "0256" in codes(nlp, "Russia appealed to China for an end to the fighting.")


def test_renouncing_violence_is_de_escalation(nlp: Language) -> None:
    assert ("RUS", "SYRREB", "1056") in triples(nlp, "Russia demanded that the rebels renounce violence.")


def test_a_threat_to_secede_breaks_relations_and_its_condition_is_no_event(nlp: Language) -> None:
    found = codes(nlp, "The parliament threatened to secede from Russia unless Moscow withdrew its troops.")
    assert found == {"1313"}


def test_a_right_to_do_something_is_no_event(nlp: Language) -> None:
    assert not codes(nlp, "Russia declared its right to secede from China.")


def test_fighting_until_control_is_gained_threatens_occupation(nlp: Language) -> None:
    assert codes(nlp, "The rebels have sworn to fight until they gain control of the city.") == {"1382"}
    assert "192" in codes(nlp, "The rebels gained control of the town on Sunday.")


def test_pressure_received_comes_from_its_source(nlp: Language) -> None:
    assert ("CHN", "RUSGOV", "100") in triples(nlp, "Putin faces pressure from China to help Iran.")


def test_refused_permission_is_a_refusal_to_yield(nlp: Language) -> None:
    assert ("RUSGOV", "CHN", "124") in triples(nlp, "Putin said he would not give permission to China to help Syria.")


def test_ties_forged_are_diplomatic_cooperation(nlp: Language) -> None:
    assert "022" in codes(nlp, "Russia called on China to forge closer ties with Iran.")


def test_deaths_in_a_crash_are_no_attack(nlp: Language) -> None:
    assert not codes(nlp, "Twelve people were killed by a plane crash in Russia.")


def test_help_to_finance_is_economic(nlp: Language) -> None:
    assert ("RUS", "CHN", "0231") in triples(nlp, "Russia asked China to help finance a new pipeline.")


def test_scene_setting_clauses_are_no_events(nlp: Language) -> None:
    assert codes(nlp, "Russia condemned the rebels who attacked Syria last month.") == {"111"}
    found = codes(nlp, "Russia expelled the inspectors after China accused Moscow of spying.")
    assert not any(code.startswith("11") for code in found)


def test_the_members_named_in_brackets_are_no_extra_targets(nlp: Language) -> None:
    found = triples(nlp, "Putin urged Iran and the EU trio (China, Syria and Kenya) to reach an agreement.")
    assert {target for _, target, _ in found} == {"IRN", "IGOEUREEC"}


def test_protest_aims_give_the_last_digit(nlp: Language) -> None:
    assert "1412" in codes(nlp, "Russian students staged demonstrations to demand political reforms.")
    assert "1433" in codes(nlp, "Russian students organized a general strike in protest of the arrest of activists.")


def test_a_rejected_call_is_coded_by_what_it_asks(nlp: Language) -> None:
    assert "123" in codes(nlp, "Russia rejected calls by China to adopt reforms.")
    assert codes(nlp, "Russia rejected a request by China to interrogate detainees.") == {"121"}


def test_demands_not_met_are_coded_by_what_they_ask(nlp: Language) -> None:
    assert "1243" in codes(nlp, "Russia said it would not meet the rebels' demands to release prisoners.")


def test_symbolic_acts(nlp: Language) -> None:
    assert "017" in codes(nlp, "Putin attended the funeral of the victims in Syria.")
    assert "017" in codes(nlp, "Putin laid a wreath at the memorial.")


def test_repression_of_protesters(nlp: Language) -> None:
    assert "175" in codes(nlp, "Russian police clashed with protesters in Moscow.")
    assert "175" in codes(nlp, "Russian police fired tear gas at protesters on Sunday.")


def test_unconventional_violence_and_pardons(nlp: Language) -> None:
    assert "180" in codes(nlp, "The rebels launched a terrorist attack on Russia.")
    assert "1823" in codes(nlp, "Russian police beat the protester to death.")
    assert "193" in codes(nlp, "Russian troops opened fire on the rebels.")
    assert "0841" in codes(nlp, "Putin pardoned the prisoners on Monday.")


def test_appreciation_for_assistance_is_one_event(nlp: Language) -> None:
    assert codes(nlp, "Russia expressed appreciation for China's assistance.") == {"051"}


def test_an_event_told_only_in_a_when_clause_stays(nlp: Language) -> None:
    assert "190" in codes(nlp, "Eight people were injured when the rebels attacked Syria.")


def test_bringing_an_end_to_sanctions_or_fighting(nlp: Language) -> None:
    assert ("IRN", "CHN", "0254") in triples(nlp, "Iran appealed to China to bring an end to the trade embargo.")
    assert "087" in codes(nlp, "The rebels put an end to the fighting.")


def test_readiness_to_meet_demands_is_an_intent(nlp: Language) -> None:
    assert "034" in codes(nlp, "Russia is prepared to meet the rebels' demands.")
    assert codes(nlp, "Russia rejected the demands.") == {"120"}


def test_returning_anything_but_fire_or_a_verdict_is_a_release(nlp: Language) -> None:
    assert ("RUS", "CHN", "084") in triples(nlp, "Russia returned the paintings to China on Monday.")
    assert "190" in codes(nlp, "Russian troops returned fire.")
    assert not codes(nlp, "Russia returned a verdict on Monday.")


def test_calling_on_others_to_unite_against_a_target_rallies_opposition(nlp: Language) -> None:
    assert "113" in codes(nlp, "Russia called on China to unite against Syria.")


def test_joint_projects_are_material_cooperation(nlp: Language) -> None:
    assert "031" in codes(nlp, "Russia and China agreed to set up an energy research centre.")
    assert "0311" in codes(nlp, "Russia and China agreed to expand trade.")


def test_a_participle_describing_a_participant_is_no_second_event(nlp: Language) -> None:
    assert codes(nlp, "Russia released the activists jailed last year.") == {"0841"}


def test_a_scene_is_dropped_only_beside_a_told_main_event(nlp: Language) -> None:
    assert "190" in codes(nlp, "The protest came a day after Russian troops raided the camp.")
    found = codes(nlp, "Russia launched an air strike on the rebels who attacked Syria.")
    assert "195" in found and "190" not in found


def test_attending_a_summit_held_in_a_country_visits_it(nlp: Language) -> None:
    assert ("RUSGOV", "SYR", "042") in triples(nlp, "Putin attended a summit in Syria.")
    assert "042" not in codes(nlp, "Putin attended a summit on the unrest in Syria.")


def test_what_aid_is_for_names_its_kind(nlp: Language) -> None:
    assert "1222" in codes(nlp, "Russia refused to commit to any assistance to the war against Syria.")
    assert "0233" in codes(nlp, "Russia called on China to help the victims of the famine.")


def test_determination_to_mend_ties_is_an_intent(nlp: Language) -> None:
    assert ("RUS", "CHN", "032") in triples(nlp, "Russia said it was determined to mend ties with China.")
