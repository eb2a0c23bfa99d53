"""Events from parsed sentences, with hand-built actor mentions standing in for the actors stage."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyad.events import EventContext, find_events
from dyad.model import Actor, Event, Location, Mention, Place, TimeRef

pytestmark = pytest.mark.model

ACTORS = {
    "Russia": "RUS", "China": "CHN", "Syria": "SYR", "Iran": "IRN", "Israel": "ISR", "Putin": "RUSGOV",
    "Bush": "USAGOV", "Jiang Zemin": "CHNGOV", "Moscow": "RUSGOV", "Washington": "USAGOV", "rebels": "SYRREB",
    "the United States": "USA", "Uganda": "UGA", "Kenya": "KEN", "analysts": "RUSMED", "Russian troops": "RUSMIL",
}  # fmt: skip
PRONOUNS = {"he": "RUSGOV", "his": "RUSGOV"}


def mentions(doc: Doc, pronouns: bool = False) -> list[Mention]:
    found = []
    for name, code in ACTORS.items():
        for hit in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            found.append(Mention(name, hit.start(), hit.end(), Actor(code, code[:3], code[3:6] or None), "GPE"))
    if pronouns:
        for word, code in PRONOUNS.items():
            for hit in re.finditer(rf"\b{word}\b", doc.text):
                actor = Actor(code, code[:3], code[3:6] or None)
                found.append(Mention(word, hit.start(), hit.end(), actor, "PRON", "pronoun", False))
    return sorted(found, key=lambda m: m.start)


def code(nlp: Language, text: str, **context: object) -> list[Event]:
    doc = nlp(text)
    found = mentions(doc, pronouns=bool(context.pop("pronouns", False)))
    return find_events(
        doc,
        EventContext(
            mentions=found,
            quotes=[],
            times=context.get("times", []),  # type: ignore[arg-type]
            places=context.get("places", []),  # type: ignore[arg-type]
            published=date(2001, 7, 23),
        ),
    )


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo)
        for e in events
        if not e.negated
    }


def test_no_mentions_no_events(nlp: Language) -> None:
    doc = nlp("Russia attacked Syria.")
    assert find_events(doc, EventContext([], [], [], [], None)) == []


def test_subject_verb_object(nlp: Language) -> None:
    events = code(nlp, "Russia attacked Syria on Sunday.")
    assert triples(events) == {("RUS", "SYR", "190")}
    event = events[0]
    assert event.trigger.text == "attacked"
    assert event.rule == "fight.attack"
    assert event.plover == "ASSAULT" and event.quad_class == 4
    assert event.date == "2001-07-23" and event.date_source == "published"


def test_passive_with_agent(nlp: Language) -> None:
    assert triples(code(nlp, "Syria was attacked by Russia.")) == {("RUS", "SYR", "190")}


def test_compound_subject_gives_one_event_per_pair(nlp: Language) -> None:
    assert triples(code(nlp, "Russia and China condemned Syria.")) == {("RUS", "SYR", "111"), ("CHN", "SYR", "111")}


def test_symmetric_event_with_both_actors_in_the_subject(nlp: Language) -> None:
    found = triples(code(nlp, "Putin and Jiang Zemin met in Moscow."))
    assert ("RUSGOV", "CHNGOV", "040") in found


def test_verb_with_preposition_and_object(nlp: Language) -> None:
    assert triples(code(nlp, "Washington imposed sanctions on Iran.")) == {("USAGOV", "IRN", "163")}


def test_nominal_event_under_a_light_verb(nlp: Language) -> None:
    found = triples(code(nlp, "Putin held talks with Jiang Zemin in Beijing."))
    assert ("RUSGOV", "CHNGOV", "046") in found


def test_nominal_event_in_a_prepositional_phrase(nlp: Language) -> None:
    found = triples(code(nlp, "Putin said after talks with Jiang Zemin that the talks went well."))
    assert ("RUSGOV", "CHNGOV", "046") in found


def test_possessor_of_a_nominal_event(nlp: Language) -> None:
    events = code(nlp, "Putin said his meeting with Bush had failed to produce a breakthrough.", pronouns=True)
    assert ("RUSGOV", "USAGOV", "040") in triples(events)
    assert not any(e.cameo_root == "03" for e in events)


def test_refusal_frames_the_content(nlp: Language) -> None:
    events = code(nlp, "Putin refused to meet Bush.")
    assert triples(events) == {("RUSGOV", "USAGOV", "125")}
    assert events[0].rule == "reject.refuse+consult.meet"


def test_appeal_targets_the_addressee(nlp: Language) -> None:
    assert triples(code(nlp, "Kenya urged Uganda to release the prisoners.")) == {("KEN", "UGA", "0253")}


def test_failure_negates_the_agreement(nlp: Language) -> None:
    events = code(nlp, "Russia and China failed to reach an agreement.")
    assert events and all(e.negated for e in events if e.cameo_root == "03")


def test_explicit_negation(nlp: Language) -> None:
    events = code(nlp, "Russia did not attack Syria.")
    assert events and all(e.negated for e in events)


def test_modal_makes_it_hypothetical(nlp: Language) -> None:
    events = code(nlp, "Russia could attack Syria if talks fail.")
    assert events and all(e.hypothetical for e in events)


def test_refusal_of_future_cooperation_is_a_rejection(nlp: Language) -> None:
    assert ("RUSGOV", "SYR", "122") in triples(code(nlp, "Putin said he would not provide aid to Syria."))


def test_reported_event_is_coded_between_its_own_actors(nlp: Language) -> None:
    found = triples(code(nlp, "Analysts in Russia said the rebels attacked Syria."))
    assert found == {("SYRREB", "SYR", "190")}


def test_saying_alone_is_no_event(nlp: Language) -> None:
    assert code(nlp, "Russian analysts said Moscow and Washington disagree about missile defence.") == []


def test_date_and_place_attached_to_the_clause(nlp: Language) -> None:
    text = "Putin met Bush in Genoa on Sunday."
    genoa = Location("Genoa", 3176219, "ITA", 44.40478, 8.94439, "city")
    start = text.index("Genoa")
    sunday = text.index("Sunday")
    events = code(
        nlp,
        text,
        times=[TimeRef("Sunday", sunday, sunday + 6, "DATE", "2001-07-22")],
        places=[Place("Genoa", start, start + 5, genoa)],
    )
    meeting = next(e for e in events if e.source and e.source.actor.code == "RUSGOV")
    assert meeting.date == "2001-07-22" and meeting.date_source == "text"
    assert meeting.place == genoa and meeting.place_source == "text"


def test_output_is_deduplicated_and_in_text_order(nlp: Language) -> None:
    events = code(nlp, "Russia attacked Syria. Russia attacked Syria. Then Israel attacked Iran.")
    assert [e.target.actor.code for e in events if e.target] == ["SYR", "IRN"]
    assert [e.trigger.start for e in events] == sorted(e.trigger.start for e in events)


def test_topic_narrows_an_appeal(nlp: Language) -> None:
    assert triples(code(nlp, "Kenya urged Uganda to respect human rights.")) == {("KEN", "UGA", "0243")}


def test_topic_narrows_aid(nlp: Language) -> None:
    assert ("RUS", "SYR", "073") in triples(code(nlp, "Russia sent food and medicine to Syria."))


def test_future_cooperation_is_an_intent(nlp: Language) -> None:
    events = code(nlp, "Russia will release the prisoners.")
    assert [(e.cameo, e.hypothetical) for e in events] == [("0353", False)]


def test_receiving_reverses_the_roles(nlp: Language) -> None:
    assert triples(code(nlp, "The rebels received weapons from Iran.")) == {("IRN", "SYRREB", "072")}


def test_targetless_rejection_aims_at_the_one_foreign_actor(nlp: Language) -> None:
    events = code(nlp, "Moscow rejected the idea that Bush raised.")
    assert triples(events) == {("RUSGOV", "USAGOV", "120")}
    assert events[0].rule.endswith("+sentence_target")


def test_a_summit_told_in_two_sentences_shares_date_and_place(nlp: Language) -> None:
    text = "Putin met Bush in Genoa on Sunday. Putin said his talks with Bush went well."
    genoa = Location("Genoa", 3176219, "ITA", 44.40478, 8.94439, "city")
    start, sunday = text.index("Genoa"), text.index("Sunday")
    events = code(
        nlp,
        text,
        pronouns=True,
        times=[TimeRef("Sunday", sunday, sunday + 6, "DATE", "2001-07-22")],
        places=[Place("Genoa", start, start + 5, genoa)],
    )
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and all(e.date == "2001-07-22" and e.date_source == "episode" and e.place == genoa for e in talks)


def test_no_hope_that_it_happens_is_no_event(nlp: Language) -> None:
    events = code(nlp, "There is no hope that Russia will release the prisoners.")
    assert events and all(e.negated and e.hypothetical for e in events)


def test_will_hold_no_talks_is_a_rejection(nlp: Language) -> None:
    assert ("RUSGOV", "CHN", "125") in triples(code(nlp, "Putin said Moscow would hold no talks with China."))


def test_an_order_to_ones_own_forces_is_the_act(nlp: Language) -> None:
    events = code(nlp, "Putin ordered Russian troops to attack Syria.")
    assert triples(events) == {("RUSGOV", "SYR", "190")}
    assert events[0].rule.endswith("+own_forces")


def test_an_order_to_another_country_is_a_demand(nlp: Language) -> None:
    assert triples(code(nlp, "Putin ordered Syria to release the prisoners.")) == {("RUSGOV", "SYR", "1053")}


def test_dateline_places_events_without_their_own_place(nlp: Language) -> None:
    text = "MOSCOW, July 22 - Russia condemned Syria."
    moscow = Location("Moscow", 524901, "RUS", 55.75222, 37.61556, "city")
    events = code(nlp, text, places=[Place("MOSCOW", 0, 6, moscow)])
    assert events and all(e.place == moscow and e.place_source == "dateline" for e in events)


def test_words_used_for_no_event_are_ignored(nlp: Language) -> None:
    assert code(nlp, "Russia released a statement on Syria.") == []
    assert triples(code(nlp, "Russia released the prisoners.")) == {("RUS", None, "0841")}


@pytest.mark.parametrize(
    ("city", "country", "expected"),
    [("Genoa", "ITA", {("RUSGOV", "USAGOV", "044"), ("USAGOV", "RUSGOV", "044")}),
     ("Moscow", "RUS", {("RUSGOV", "USAGOV", "043"), ("USAGOV", "RUSGOV", "042")})],
)  # fmt: skip
def test_the_venue_decides_the_kind_of_meeting(nlp: Language, city: str, country: str, expected: set) -> None:
    text = f"Putin met Bush in {city}."
    start = text.index(city)
    place = Place(city, start, start + len(city), Location(city, 1, country, 0.0, 0.0, "city"))
    found = triples(code(nlp, text, places=[place]))
    assert expected <= found


def test_warning_against_an_act_is_a_threat_not_the_act(nlp: Language) -> None:
    assert triples(code(nlp, "Iran warned Israel against attacking Syria.")) == {("IRN", "ISR", "130")}


def test_call_for_a_ceasefire(nlp: Language) -> None:
    assert ("IRN", "SYR", "0256") in triples(code(nlp, "Iran called on Syria to declare a ceasefire."))


def test_a_protest_is_coded_by_its_aim(nlp: Language) -> None:
    assert ("SYRREB", None, "1412") in triples(code(nlp, "The rebels demonstrated against the new tax law."))


def test_threat_to_cut_off_supplies(nlp: Language) -> None:
    assert ("IRN", "SYR", "131") in triples(code(nlp, "Iran threatened to cut off electricity to Syria."))


def test_a_passive_controller_is_the_source(nlp: Language) -> None:
    assert ("RUSGOV", "CHNGOV", "040") in triples(code(nlp, "Putin is scheduled to meet Jiang Zemin."))
