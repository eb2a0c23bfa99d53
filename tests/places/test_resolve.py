"""Choosing one place per toponym from the article's context."""

from __future__ import annotations

import pytest
import spacy

from dyad.places.candidates import ToponymSpan, toponym_spans
from dyad.places.counties import shared_state
from dyad.places.gazetteer import gazetteer
from dyad.places.resolve import resolve_all


def _spans(*names: str, state_hint: bool = False) -> list[ToponymSpan]:
    spans, offset = [], 0
    for name in names:
        spans.append(ToponymSpan(name, offset, offset + len(name), name, "GPE", state_hint=state_hint))
        offset += len(name) + 1
    return spans


def _resolve(*names: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (loc.name, loc.country, loc.feature) if loc else (None, None, None)
        for loc in resolve_all(_spans(*names), gazetteer())
    ]


@pytest.mark.parametrize(
    ("names", "index", "expected"),
    [
        (("Washington",), 0, ("Washington", "USA", "city")),
        (("Moscow", "Washington"), 1, ("Washington", "USA", "city")),
        (("Genoa", "U.S.", "Washington"), 0, ("Genoa", "ITA", "city")),
        (("Paris",), 0, ("Paris", "FRA", "city")),
        (("Paris", "Illinois"), 0, ("Paris", "USA", "city")),
        (("Georgia", "Atlanta", "Ohio"), 0, ("Georgia", "USA", "admin1")),
        (("Georgia", "Tbilisi", "Russia"), 0, ("Georgia", "GEO", "country")),
        (("Mexico",), 0, ("Mexico", "MEX", "country")),
        (("Egypt",), 0, ("Egypt", "EGY", "country")),
        # Delhi lists "Dili" among its alternate names; Timor-Leste's capital bears it as its own
        (("Dili",), 0, ("Dili", "TLS", "city")),
        (("Delhi",), 0, ("Delhi", "IND", "city")),
    ],
)
def test_context_decides(names: tuple[str, ...], index: int, expected: tuple[str, str, str]) -> None:
    assert _resolve(*names)[index] == expected


def test_washington_state() -> None:
    [location] = resolve_all(_spans("Washington", state_hint=True), gazetteer())
    assert location is not None and location.feature == "admin1" and location.country == "USA"


def test_capital_coordinates() -> None:
    [location] = resolve_all(_spans("Washington"), gazetteer())
    assert location is not None and location.geonameid == 4140963
    assert location.lat == pytest.approx(38.90, abs=0.05) and location.lon == pytest.approx(-77.04, abs=0.05)


def test_unknown_names_resolve_to_none() -> None:
    assert resolve_all(_spans("Xqzzyville"), gazetteer()) == [None]


@pytest.mark.parametrize(
    ("container", "country", "admin1"),
    [("Texas", "USA", "TX"), ("Tenn.", "USA", "TN"), ("Canada", "CAN", None)],
)
def test_city_comma_container(container: str, country: str, admin1: str | None) -> None:
    span = ToponymSpan("Paris", 0, 5, "Paris", "GPE", container=container)
    [location] = resolve_all([span], gazetteer())
    assert location is not None and location.country == country
    if admin1:
        assert any(e.geonameid == location.geonameid and e.admin1 == admin1 for e in gazetteer().lookup("Paris"))


def test_containers_are_marked_in_text() -> None:
    doc = spacy.blank("en")("He grew up in Paris, Texas.")
    doc.ents = [doc.char_span(14, 19, label="GPE"), doc.char_span(21, 26, label="GPE")]
    [paris, texas] = toponym_spans(doc, [], gazetteer().features)
    assert (paris.container, texas.container) == ("Texas", None)


def test_a_small_town_is_read_only_where_the_article_names_its_state() -> None:
    assert _resolve("Chiefland") == [(None, None, None)]
    assert _resolve("Chiefland", "Florida")[0] == ("Chiefland", "USA", "town")
    # a city of that state named elsewhere in the story is context enough
    assert _resolve("Shreveport", "Mansfield")[1] == ("Mansfield", "USA", "town")
    assert _resolve("Mansfield")[0] == ("Mansfield", "GBR", "city")


def _located(*names: str) -> list[tuple[str, float, float] | None]:
    return [(loc.feature, loc.lat, loc.lon) if loc else None for loc in resolve_all(_spans(*names), gazetteer())]


def test_a_county_lies_at_the_articles_places_in_its_state() -> None:
    [county, charleston] = _located("Kanawha County", "Charleston")
    assert county == ("admin2", charleston[1], charleston[2]) and abs(charleston[2] + 81.6) < 0.5


def test_a_county_name_many_states_share_takes_the_state_the_article_names() -> None:
    [county, _, huntsville] = _located("Madison County", "Alabama", "Huntsville")
    assert county == ("admin2", huntsville[1], huntsville[2])
    # with no state in view the county stays unread
    assert _located("Madison County") == [None]


def test_a_county_without_towns_in_its_state_sits_at_the_states_centre() -> None:
    [county, state] = _located("Kanawha County", "West Virginia")
    assert county == ("admin2", state[1], state[2])


def test_the_reading_near_the_articles_other_places_wins() -> None:
    # Gainesville, Texas lies beside Denton; alone, the bigger Gainesville (Florida) is read
    [gainesville, _] = _located("Gainesville", "Denton")
    assert abs(gainesville[1] - 33.6) < 0.2
    assert abs(_located("Gainesville")[0][1] - 29.65) < 0.2


def test_a_county_abroad_beats_a_foreign_namesake_in_its_countrys_context() -> None:
    assert _resolve("Suffolk", "England")[0] == ("Suffolk", "GBR", "admin2")
    assert _resolve("Surrey", "Britain")[0] == ("Surrey", "GBR", "admin2")


def test_the_state_an_articles_local_names_share_decides_a_bare_name() -> None:
    # each name has namesakes in many states, but only Tennessee has all four
    names = ("Paris", "Henry County", "Union City", "Murfreesboro")
    assert shared_state(names, gazetteer()) == "TN"
    assert shared_state(names[:3], gazetteer()) is None  # Georgia and Missouri have those three too: a tie
    assert shared_state(("Mexico", "China", "Norway"), gazetteer()) is None  # country names cast no vote
    assert shared_state(("Moscow", "Genoa", "Carnegie"), gazetteer()) is None  # nor do world cities
    [paris, *_] = _resolve(*names, "U.S.")
    assert paris == ("Paris", "USA", "city")
    assert _resolve("Paris")[0] == ("Paris", "FRA", "city")


def test_a_state_whose_towns_the_article_names_beats_a_namesake_country() -> None:
    assert _resolve("Georgia", "Atlanta", "Macon")[0] == ("Georgia", "USA", "admin1")
    assert _resolve("Georgia")[0] == ("Georgia", "GEO", "country")


def test_a_name_only_one_state_has_weighs_more_in_the_shared_state() -> None:
    # Decatur and DeKalb County are in Georgia and Illinois alike; Avondale Estates only in Georgia
    assert shared_state(("Decatur", "DeKalb County", "Avondale Estates"), gazetteer()) == "GA"
    # an American story lets a name shared with a world city vote
    assert shared_state(("Paris", "Henry County", "Union City", "Murfreesboro"), gazetteer(), home=True) == "TN"


def test_an_unknown_local_place_lies_at_the_articles_town() -> None:
    spans = [
        *_spans("Pittsburgh", "Pittsburgh"),
        ToponymSpan("Squirrel Hill", 40, 53, "Squirrel Hill", "GPE", known=False),
    ]
    *_, hill = resolve_all(spans, gazetteer())
    assert hill is not None and hill.feature == "vicinity" and abs(hill.lat - 40.44) < 0.1
    # a story that names no town has nowhere to put it
    assert resolve_all([ToponymSpan("Squirrel Hill", 0, 13, "Squirrel Hill", "GPE", known=False)], gazetteer()) == [
        None
    ]


def test_a_state_in_a_list_of_states_stays_the_state() -> None:
    # Ohio has a town called Oregon; named beside Ohio, "Oregon" is still the state
    assert _resolve("Ohio", "Oregon")[1] == ("Oregon", "USA", "admin1")


def test_a_list_of_countries_is_no_place_in_its_country() -> None:
    doc = spacy.blank("en")("Cases in Mexico, China, Japan and Brazil.")
    doc.ents = [doc.char_span(*span, label="GPE") for span in ((9, 15), (17, 22), (24, 29), (34, 40))]
    spans = toponym_spans(doc, [], gazetteer().features)
    assert [s.container for s in spans] == [None, None, None, None]
    assert [loc.country for loc in resolve_all(spans, gazetteer()) if loc] == ["MEX", "CHN", "JPN", "BRA"]


def test_a_river_named_after_a_town_lies_by_it() -> None:
    river = ToponymSpan("Salinas Valley", 0, 14, "Salinas Valley", "LOC", known=False)
    [valley] = resolve_all([river], gazetteer())
    assert valley is not None and abs(valley.lat - 36.68) < 0.2  # by Salinas, California: no town named
