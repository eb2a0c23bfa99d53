"""Where toponyms are found: entities, mentions, organisation names and datelines."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dyad.model import Actor, Mention
from dyad.places import find_places
from dyad.places.candidates import toponym_spans
from dyad.places.gazetteer import gazetteer

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


def _known(name: str) -> frozenset[str]:
    return gazetteer().features(name)


def _texts(doc: Doc, mentions: list[Mention] | None = None) -> list[str]:
    return [s.text for s in toponym_spans(doc, mentions or [], _known)]


def test_gpe_and_loc_entities() -> None:
    doc = _doc("Leaders met in Genoa near the Mediterranean.", [("Genoa", "GPE"), ("the Mediterranean", "LOC")])
    assert _texts(doc) == ["Genoa", "the Mediterranean"]


def test_persons_are_not_places() -> None:
    doc = _doc(
        "George Washington and Jordan Peterson spoke.", [("George Washington", "PERSON"), ("Jordan Peterson", "PERSON")]
    )
    assert _texts(doc) == []


def test_a_one_word_person_after_a_locative_preposition_is_a_place() -> None:
    doc = _doc("The fire in Alexandria spread.", [("Alexandria", "PERSON")])
    assert _texts(doc) == ["Alexandria"]


def test_place_inside_a_local_institution_name() -> None:
    doc = _doc("The Mansfield Police Department said so.", [("The Mansfield Police Department", "ORG")])
    assert _texts(doc) == ["Mansfield"]


def test_county_is_not_its_namesake_town() -> None:
    doc = _doc("The Laurel County Sheriff said so.", [("The Laurel County Sheriff", "ORG")])
    assert _texts(doc) == ["Laurel County"]


def test_city_comma_state_and_possessive() -> None:
    doc = _doc(
        "He moved to Springfield, Ill. after Russia's move.", [("Springfield, Ill.", "GPE"), ("Russia's", "GPE")]
    )
    assert _texts(doc) == ["Springfield", "Ill.", "Russia"]


def test_dateline() -> None:
    doc = _doc("MOSCOW (Reuters) - Officials said so.", [])
    [span] = toponym_spans(doc, [], _known)
    assert (span.text, span.start, span.dateline) == ("MOSCOW", 0, True)


def test_metonym_mentions_are_places() -> None:
    doc = _doc("Moscow was sticking to the treaty.", [])
    mention = Mention("Moscow", 0, 6, Actor("RUSGOV", "RUS", "GOV"), "GPE", kind="metonym")
    places = find_places(doc, [mention])
    assert [(p.text, p.location.geonameid) for p in places] == [("Moscow", 524901)]


def test_find_places_in_text_order_with_offsets() -> None:
    text = "Talks in Beijing, then Moscow and Washington."
    doc = _doc(text, [("Beijing", "GPE"), ("Moscow", "GPE"), ("Washington", "GPE")])
    places = find_places(doc, [])
    assert [p.location.geonameid for p in places] == [1816670, 524901, 4140963]
    assert all(text[p.start : p.end] == p.text for p in places)


def test_qualified_region_gives_its_place() -> None:
    doc = _doc("Schools in Northeast Georgia closed.", [("Northeast Georgia", "LOC")])
    [span] = toponym_spans(doc, [], _known)
    assert (span.text, span.start) == ("Georgia", doc.text.index("Georgia"))


def test_states_and_countries_inside_organisation_names() -> None:
    doc = _doc(
        "The Texas Forest Service and the University of Georgia agreed.",
        [("The Texas Forest Service", "ORG"), ("the University of Georgia", "ORG")],
    )
    assert _texts(doc) == ["Texas", "Georgia"]


def test_a_surname_is_not_a_town() -> None:
    doc = _doc("Obama said so. Barack Obama spoke.", [("Obama", "GPE"), ("Barack Obama", "PERSON")])
    assert _texts(doc) == []


def test_a_place_named_once_is_a_place_wherever_its_name_recurs() -> None:
    text = "Waters rose in Fargo. Fargo raised its goal. The Fargo Police said. Wells Fargo said. fargo is lower case."
    doc = _doc(text, [("Fargo", "GPE"), ("The Fargo Police", "ORG"), ("Wells Fargo", "ORG")])
    spans = [s.start for s in toponym_spans(doc, [], _known)]
    assert spans == [text.index("Fargo"), text.index("Fargo raised"), text.index("Fargo Police")]


def test_a_peoples_name_is_read_as_its_place() -> None:
    doc = _doc("Sudanese troops crossed the border.", [("Sudanese", "NORP")])
    [span] = toponym_spans(doc, [], _known, gazetteer().demonym_place)
    assert (span.text, span.name, span.start) == ("Sudanese", "Sudan", 0)
    assert [p.location.country for p in find_places(doc, [])] == ["SDN"]


def test_a_nationality_in_a_persons_title_is_no_place() -> None:
    text = "Egyptian President Hosni Mubarak left."
    doc = _doc(text, [("Egyptian", "NORP"), ("Hosni Mubarak", "PERSON")])
    mention = Mention(text[:32], 0, 32, Actor("EGYGOV", "EGY", "GOV"), "PERSON", kind="title")
    assert toponym_spans(doc, [mention], _known, gazetteer().demonym_place) == []


def test_a_county_name_is_a_toponym() -> None:
    doc = _doc("Deputies in Kanawha County searched.", [("Kanawha County", "GPE")])
    assert _texts(doc) == ["Kanawha County"]


def test_a_county_inside_an_organisations_name_is_a_toponym() -> None:
    text = "Officers of the Walker County Sheriff's Office and the Laurel County Detention Center said so."
    doc = _doc(text, [("the Walker County Sheriff's Office", "ORG"), ("the Laurel County Detention Center", "ORG")])
    assert _texts(doc) == ["Walker County", "Laurel County"]
    # a capitalised word before a known county name does not widen it
    assert _texts(_doc("Yesterday Laurel County voted.", [])) == ["Laurel County"]


def _lone(doc: Doc) -> list[str]:
    gaz = gazetteer()
    return [s.text for s in toponym_spans(doc, [], gaz.features, gaz.demonym_place, gaz.city_named, gaz.big_city)]


def test_a_lone_word_the_model_calls_a_person_or_organisation_may_be_a_city() -> None:
    doc = _doc("Shreveport police said so. Later Alexandria agreed.", [("Shreveport", "ORG"), ("Alexandria", "PERSON")])
    assert _lone(doc) == ["Shreveport", "Alexandria"]


def test_a_lone_word_stays_a_person_when_a_full_name_uses_it() -> None:
    doc = _doc("Alexandria left. Ann Alexandria spoke.", [("Alexandria", "PERSON"), ("Ann Alexandria", "PERSON")])
    assert _lone(doc) == []
    # acronyms are organisations, whatever a city may also be called
    assert _lone(_doc("The UN met.", [("UN", "ORG")])) == []


def test_a_city_opening_a_company_name_is_not_a_place() -> None:
    # Toyota is a city of 400,000 people, and "Toyota Motor" a company: only local institutions count
    assert _lone(_doc("Toyota Motor raised prices.", [("Toyota Motor", "ORG")])) == []
    assert _lone(_doc("The Dublin Police said so.", [("The Dublin Police", "ORG")])) == ["Dublin"]


def test_a_city_the_model_calls_a_nationality() -> None:
    assert _lone(_doc("The Sochi mayoral race opened.", [("Sochi", "NORP")])) == ["Sochi"]


def test_a_dateline_after_the_headline() -> None:
    doc = _doc("Council trims budget. TORRINGTON — The council voted.", [])
    [span] = toponym_spans(doc, [], _known)
    assert (span.text, span.dateline) == ("TORRINGTON", True)
    # a wire tag alone, without a dash, closes the dateline too
    assert [s.text for s in toponym_spans(_doc("CHATTANOOGA (AP) Officials said so.", []), [], _known)] == [
        "CHATTANOOGA"
    ]


def test_counties_named_in_a_list() -> None:
    doc = _doc("Schools in Walton and Oconee counties closed.", [])
    spans = toponym_spans(doc, [], _known)
    assert [(s.text, s.name) for s in spans] == [("Walton", "Walton County"), ("Oconee", "Oconee County")]


def test_a_legislators_party_tag_names_his_home() -> None:
    doc = _doc("House Speaker Bobby Harrell, R-Charleston, agreed.", [("Bobby Harrell", "PERSON")])
    assert _texts(doc) == ["Charleston"]


def test_cities_joined_by_a_hyphen() -> None:
    assert _lone(_doc("Floods hit Fargo-Moorhead today.", [("Fargo-Moorhead", "ORG")])) == ["Fargo", "Moorhead"]
    # lower-case words and newspapers' names are no cities
    assert _lone(_doc("A 40-acre farm was sold.", [("40-acre", "CARDINAL")])) == []
    assert _lone(_doc("The Post-Gazette said so.", [("The Post-Gazette", "ORG")])) == []


def test_a_city_ending_a_name_after_of() -> None:
    doc = _doc("He taught at the University of Rochester.", [("the University of Rochester", "ORG")])
    assert _lone(doc) == ["Rochester"]
    # a small town's name that is an everyday word stays part of the name
    assert _lone(_doc("He joined the Chamber of Commerce.", [("the Chamber of Commerce", "ORG")])) == []
    doc = _doc("She leaves a son, Ali Moayyad of Southlake.", [("Ali Moayyad of Southlake", "PERSON")])
    assert _lone(doc) == ["Southlake"]


def test_a_common_word_is_no_town() -> None:
    assert _texts(_doc("The Liberal government fell.", [("Liberal", "GPE")])) == []


def test_a_state_cut_off_a_longer_place_name_is_no_state() -> None:
    doc = _doc("A fire near Tennessee Colony spread.", [("Tennessee", "GPE")])
    assert [(s.text, s.known) for s in toponym_spans(doc, [], _known)] == [("Tennessee Colony", False)]
    assert _texts(_doc("Floods in Tennessee spread.", [("Tennessee", "GPE")])) == ["Tennessee"]


def test_a_place_the_model_calls_a_person_is_found_where_its_name_recurs() -> None:
    text = "Sri Lanka voted. Sri Lanka's president spoke."
    doc = _doc(text, [("Sri Lanka", "GPE"), ("Sri Lanka's", "PERSON")])
    assert _texts(doc) == ["Sri Lanka", "Sri Lanka"]


def test_a_word_tagged_a_place_after_in_is_no_surname() -> None:
    text = "Shops in Greer opened. Greer Station is busy."
    doc = _doc(text, [("Greer", "GPE"), ("Greer Station", "PERSON")])
    assert "Greer" in _lone(doc)


def test_party_tags_with_state_abbreviations_and_bare_counties() -> None:
    doc = _doc("Sen. Byron Dorgan, D-N.D., and Delegate Brent Boggs, D-Braxton, agreed.", [])
    spans = toponym_spans(doc, [], _known)
    assert [(s.text, s.name) for s in spans] == [("N.D.", "N.D."), ("Braxton", "Braxton County")]


def test_a_dateline_after_a_bylines_date() -> None:
    doc = _doc("By Abbey Roy Advocate Reporter March 30, 2009 HANOVER -- The students read.", [])
    assert [s.text for s in toponym_spans(doc, [], _known) if s.dateline] == ["HANOVER"]


def test_a_city_the_model_missed_after_a_locative_word() -> None:
    doc = _doc("Her sister, Kalena Horhn of Grand Prairie, said so in March.", [("Kalena Horhn", "PERSON")])
    assert _lone(doc) == ["Grand Prairie"]
    # everyday words, months and names starting a longer name are left alone
    assert _lone(_doc("He believed in God and in Union Pacific.", [])) == []


def test_places_the_gazetteer_lacks_are_kept_when_their_words_say_place() -> None:
    text = "Shops in Squirrel Hill and a home in Harwinton burned; Farrin said so."
    doc = _doc(text, [("Squirrel Hill", "GPE"), ("Harwinton", "GPE"), ("Farrin", "GPE")])
    spans = toponym_spans(doc, [], _known)
    assert [(s.text, s.known) for s in spans] == [("Squirrel Hill", False), ("Harwinton", False)]


def test_a_two_word_city_the_model_calls_a_person() -> None:
    doc = _doc("A fire in Tega Cay spread. The Tega Cay chief spoke.", [("Tega Cay", "PERSON")])
    assert _lone(doc)[:1] == ["Tega Cay"]
    assert _lone(_doc("The White House said so.", [("The White House", "ORG")])) == []


def test_a_qualified_place_inside_an_organisations_name() -> None:
    doc = _doc(
        "She chairs the Western Pennsylvania Kennel Association.",
        [("the Western Pennsylvania Kennel Association", "ORG")],
    )
    assert _lone(doc) == ["Pennsylvania"]
    doc = _doc("He heads the West Virginia Lottery Commission.", [("the West Virginia Lottery Commission", "ORG")])
    assert _lone(doc) == ["West Virginia"]


def test_an_institution_the_model_calls_a_person() -> None:
    doc = _doc("Huntsville Fire Chief Tom Grisham spoke.", [("Huntsville Fire", "PERSON"), ("Tom Grisham", "PERSON")])
    assert _lone(doc) == ["Huntsville"]
    # a surname that is also an institution's word leaves a person's name alone
    assert _lone(_doc("Linda Daily spoke.", [("Linda Daily", "PERSON")])) == []


def test_a_place_the_model_calls_a_person_after_of() -> None:
    doc = _doc("Allison Grodin of Squirrel Hill came.", [("Allison Grodin", "PERSON"), ("Squirrel Hill", "PERSON")])
    assert [(s.text, s.known) for s in toponym_spans(doc, [], _known)] == [("Squirrel Hill", False)]
    # banks and people's names stay what the model says
    doc = _doc("Employees at First Bank and Angela Hill said so.", [("First Bank", "ORG"), ("Angela Hill", "PERSON")])
    assert toponym_spans(doc, [], _known) == []


def test_a_dateline_the_gazetteer_lacks_and_its_repeats() -> None:
    doc = _doc("Lamont visits. HARWINTON — Lamont came to the Harwinton Senior Center.", [])
    spans = toponym_spans(doc, [], _known)
    assert [(s.text, s.known) for s in spans] == [("HARWINTON", False), ("Harwinton", False)]
    # a heading is no dateline
    assert toponym_spans(_doc("NOTICE: the office is closed.", []), [], _known) == []


def test_a_qualified_city_the_model_calls_an_organisation() -> None:
    assert _lone(_doc("Metro Vancouver officials agreed.", [("Metro Vancouver", "ORG")])) == ["Vancouver"]
    assert _lone(_doc("Metro Police said so.", [("Metro Police", "ORG")])) == []
