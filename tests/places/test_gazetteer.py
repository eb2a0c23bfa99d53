"""The place name index."""

from __future__ import annotations

import pytest

from dyad.places.gazetteer import gazetteer, normalise


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The United States", "united states"),
        ("Saint Petersburg", "st. petersburg"),
        ("St Petersburg", "st. petersburg"),
        ("Québec", "quebec"),
        ("East  London", "east london"),
        ("Genoa", "genoa"),
    ],
)
def test_normalise(name: str, expected: str) -> None:
    assert normalise(name) == expected


@pytest.mark.parametrize(
    ("name", "geonameid", "country", "feature"),
    [
        ("Genoa", 3176219, "ITA", "city"),
        ("Moscow", 524901, "RUS", "city"),
        ("Beijing", 1816670, "CHN", "city"),
        ("Washington", 4140963, "USA", "city"),
        ("Russia", 2017370, "RUS", "country"),
        ("U.S.", 6252001, "USA", "country"),
        ("Britain", 2635167, "GBR", "country"),
        ("Ohio", 5165418, "USA", "admin1"),
        ("W.Va.", 4826850, "USA", "admin1"),
    ],
)
def test_lookup_holds_the_place(name: str, geonameid: int, country: str, feature: str) -> None:
    entries = gazetteer().lookup(name)
    assert any(e.geonameid == geonameid and e.country == country and e.feature == feature for e in entries)


def test_country_codes_are_alpha3() -> None:
    gaz = gazetteer()
    assert all(len(code) == 3 and code.isupper() for code in gaz.countries)
    assert all(e.country is None or len(e.country) == 3 for e in gaz.lookup("Paris"))


def test_airport_codes_are_not_names() -> None:
    assert not any(e.geonameid == 4140963 for e in gazetteer().lookup("WAS"))


def test_regions_and_seas_from_dyad_data() -> None:
    assert {e.feature for e in gazetteer().lookup("Black Sea")} == {"water"}
    assert any(e.country == "CAN" for e in gazetteer().lookup("Ontario"))


def test_us_counties_by_name_with_their_states() -> None:
    assert gazetteer().county_states("Kanawha County") == ("WV",)
    assert {"AL", "IN"} <= set(gazetteer().county_states("Madison County"))
    assert "county" in gazetteer().features("Rapides Parish")
    assert gazetteer().county_states("Madison") == ()


def test_peoples_name_their_place() -> None:
    assert gazetteer().demonym_place("Russians") == "Russia"
    assert gazetteer().demonym_place("Sri Lankan") == "Sri Lanka"
    assert gazetteer().demonym_place("Muscovite") is None


def test_second_level_regions_from_dyad_data() -> None:
    assert any(e.country == "GBR" and e.feature == "admin2" for e in gazetteer().lookup("Suffolk"))
    assert any(e.country == "IRL" for e in gazetteer().lookup("County Tipperary"))
    assert any(e.country == "CHN" and e.feature == "admin1" for e in gazetteer().lookup("Hubei"))


def test_a_city_by_its_own_name() -> None:
    assert gazetteer().city_named("Alexandria")
    assert not gazetteer().city_named("Chiefland")  # a town under 5,000 people
    assert not gazetteer().city_named("Xqzzyville")


def test_mount_and_fort_abbreviations() -> None:
    assert normalise("Mt. Pleasant") == normalise("Mount Pleasant")
    assert normalise("Ft. Worth") == normalise("Fort Worth")
