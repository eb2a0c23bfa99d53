"""Names read through the words around them: organisations that start with a state, towns written of as towns."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyad.places import find_places
from dyad.places.candidates import toponym_spans
from dyad.places.frame import wording_states
from dyad.places.gazetteer import gazetteer
from dyad.places.span import worded_as_town

_NLP = spacy.blank("en")


def _doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = _NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    return doc


def _names(doc: Doc) -> list[str]:
    gaz = gazetteer()
    return [s.name for s in toponym_spans(doc, [], gaz.features, gaz.demonym_place, gaz.city_named, gaz.big_city)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Officers of the Lebanon police said", "Lebanon", True),
        ("a Palestine man was hurt", "Palestine", True),
        ("She lived at 508 Cumberland St., Lebanon.", "Lebanon", True),
        ("residents of the City of Oxford", "Oxford", True),
        ("the war in Lebanon killed hundreds", "Lebanon", False),
        ("Jordan's king met the envoy", "Jordan", False),
    ],
)
def test_worded_as_town(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert worded_as_town(text, start, start + len(name)) is expected


def test_qualified_state_after_of_keeps_its_qualifier() -> None:
    doc = _doc("He starred at the University of North Carolina.", [("the University of North Carolina", "ORG")])
    assert _names(doc) == ["North Carolina"]


def test_a_qualifier_that_names_no_place_is_dropped() -> None:
    doc = _doc(
        "The Kennel Association of Western Pennsylvania met.",
        [("The Kennel Association of Western Pennsylvania", "ORG")],
    )
    assert _names(doc) == ["Pennsylvania"]


def test_a_city_named_after_its_state_inside_an_organisation() -> None:
    doc = _doc("Flights leave Kansas City International daily.", [("Kansas City International", "ORG")])
    assert _names(doc) == ["Kansas City"]


def test_a_repeated_state_name_that_starts_a_city_is_the_city() -> None:
    doc = _doc(
        "Storms hit Kansas on Monday. Kansas City Power & Light lost lines.",
        [("Kansas", "GPE")],
    )
    assert _names(doc) == ["Kansas", "Kansas City"]


def _place(text: str, ents: list[tuple[str, str]], name: str) -> tuple[str | None, str | None]:
    places = [p for p in find_places(_doc(text, ents), []) if p.text == name]
    assert places, name
    return places[0].location.country, places[0].location.feature


def test_a_foreign_country_name_written_of_as_an_american_town() -> None:
    text = "Lebanon police arrested a man on Main Street. Sheriff Tom Ray said the Lebanon man paid $500 bail."
    assert _place(text, [("Lebanon", "GPE")], "Lebanon") == ("USA", "city")


def test_a_country_in_an_american_story_without_local_wording_stays_the_country() -> None:
    text = "Sheriff Tom Ray said the county sent $500 to families in Lebanon after the war."
    assert _place(text, [("Lebanon", "GPE")], "Lebanon") == ("LBN", "country")


def test_a_state_written_of_as_a_town_stays_the_state() -> None:
    text = "Sheriff Tom Ray said a California man paid $500 bail on Main Street."
    assert _place(text, [("California", "GPE")], "California") == ("USA", "admin1")


def test_local_government_names_its_states() -> None:
    assert wording_states("The Walker County Commissioners Court voted 5-0.") == ("TX",)
    assert "CT" in wording_states("First Selectman William Fritz said the town would pay.")
    assert wording_states("The city council met on Monday.") == ()


def test_a_texan_county_government_picks_the_texan_namesake() -> None:
    text = "Huntsville council members asked the Walker County Commissioners Court for help."
    ents = [("Huntsville", "GPE"), ("Walker County", "GPE")]
    places = {p.text: p.location for p in find_places(_doc(text, ents), [])}
    assert places["Huntsville"].country == "USA" and places["Huntsville"].lat < 32.0  # Texas, not Alabama


def test_a_town_that_names_a_disease_is_the_disease_throughout() -> None:
    text = "The Marburg virus spread in Angola. Because Marburg kills slowly, doctors in Luanda have time."
    doc = _doc(text, [("Marburg", "GPE"), ("Angola", "GPE"), ("Luanda", "GPE")])
    assert _names(doc) == ["Angola", "Luanda"]


def test_a_disease_town_written_with_its_state_is_the_town() -> None:
    text = "The Reston ebolavirus was first found in monkeys shipped to Reston, Virginia."
    doc = _doc(text, [("Reston", "GPE"), ("Virginia", "GPE")])
    assert [s.text for s in toponym_spans(doc, [], gazetteer().features)][-2:] == ["Reston", "Virginia"]


def test_a_country_that_names_a_virus_stays_the_country() -> None:
    doc = _doc("The Sudan virus killed four in Sudan.", [("Sudan", "GPE")])
    assert _names(doc) == ["Sudan", "Sudan"]


def test_lower_case_words_are_no_places() -> None:
    doc = _doc("The swan was found dead near Berlin.", [("swan", "GPE"), ("Berlin", "GPE")])
    assert _names(doc) == ["Berlin"]


def test_town_province_country_is_a_chain_not_a_list() -> None:
    text = "The firm Plant Architect of Toronto, Ontario, Canada won the bid."
    doc = _doc(text, [("Toronto", "GPE"), ("Ontario", "GPE"), ("Canada", "GPE")])
    spans = toponym_spans(doc, [], gazetteer().features)
    assert [s.container for s in spans] == ["Ontario", None, None]


def test_three_countries_stay_a_list() -> None:
    doc = _doc("Envoys from Mexico, China, Japan met.", [("Mexico", "GPE"), ("China", "GPE"), ("Japan", "GPE")])
    assert [s.container for s in toponym_spans(doc, [], gazetteer().features)] == [None, None, None]


def test_a_province_holds_its_towns() -> None:
    doc = _doc("He works in London, Ontario, for a bank.", [("London", "GPE"), ("Ontario", "GPE")])
    places = {p.text: p.location for p in find_places(doc, [])}
    assert places["London"].country == "CAN"


def test_great_lakes_are_places() -> None:
    [entry] = [e for e in gazetteer().lookup("Lake Ontario") if e.feature == "water"]
    assert 43.0 < entry.lat < 44.5 and -80.0 < entry.lon < -76.0


def test_kentucky_county_government() -> None:
    assert wording_states("The Madison County Fiscal Court approved the budget.") == ("KY",)


def test_a_small_foreign_namesake_in_a_local_story_is_put_by_the_story_town() -> None:
    text = (
        "Charleston police said the mayor closed the street by Hampton Park on Monday. "
        "Charleston council members met at 6 p.m. to discuss $400 in repairs."
    )
    ents = [("Charleston", "GPE"), ("Hampton Park", "LOC")]
    places = {p.text: p.location for p in find_places(_doc(text, ents), [])}
    assert places["Hampton Park"].country == "USA" and places["Hampton Park"].feature == "vicinity"


def test_a_foreign_town_whose_country_is_named_stays_abroad() -> None:
    text = (
        "Charleston police said the mayor flew to Australia on Monday to visit Hampton Park. "
        "Charleston council members met at 6 p.m. to discuss $400 in repairs."
    )
    ents = [("Charleston", "GPE"), ("Australia", "GPE"), ("Hampton Park", "LOC")]
    places = {p.text: p.location for p in find_places(_doc(text, ents), [])}
    assert places["Hampton Park"].country == "AUS"
