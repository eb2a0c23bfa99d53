"""The country an article's wording is written for, and what it does to bare names."""

from __future__ import annotations

from dyad.places.candidates import ToponymSpan
from dyad.places.frame import home_country, phone_states
from dyad.places.gazetteer import gazetteer
from dyad.places.resolve import resolve_all


def _spans(*names: str) -> list[ToponymSpan]:
    spans, offset = [], 0
    for name in names:
        spans.append(ToponymSpan(name, offset, offset + len(name), name, "GPE"))
        offset += len(name) + 1
    return spans


def _countries(*names: str, frame: str | None) -> list[str | None]:
    return [loc.country if loc else None for loc in resolve_all(_spans(*names), gazetteer(), frame)]


def test_american_wording_frames_the_article() -> None:
    assert home_country("Deputies of the Lamar County sheriff's office arrived.") == "USA"
    assert home_country("The senator, R-Charleston, voted no.") == "USA"
    assert home_country("He moved to Macon, Ga., in May.") == "USA"
    assert home_country("Call 903-675-5454 for details.") == "USA"


def test_weak_cues_frame_the_article_only_together() -> None:
    assert home_country("The City Council met at 7 p.m. on Monday.") == "USA"
    assert home_country("A grand jury indicted him; the Commonwealth's Attorney will prosecute.") == "USA"
    assert home_country("The mayor spoke in Paris.") is None
    assert home_country("Health ministers met in Geneva to discuss the outbreak.") is None


def test_a_bare_city_name_is_read_in_the_articles_country() -> None:
    assert _countries("Paris", frame=None) == ["FRA"]
    assert _countries("Paris", frame="USA") == ["USA"]
    # the foreign city keeps its place when the story names its country
    assert _countries("Paris", "France", frame="USA")[0] == "FRA"


def test_a_province_beats_a_namesake_city_of_the_frame() -> None:
    assert _countries("Ontario", frame="USA") == ["CAN"]


def test_provinces_without_states_make_the_frame_their_country() -> None:
    # Canadian papers write like American ones; Manitoba and no US state make Richmond the Canadian city
    assert _countries("Manitoba", "Richmond", frame="USA") == ["CAN", "CAN"]
    assert _countries("Richmond", frame="USA") == ["USA"]


def test_a_small_town_the_model_tags_as_a_place_is_read_in_the_frame_country() -> None:
    assert _countries("Byesville", frame="USA") == ["USA"]
    assert _countries("Byesville", frame=None) == [None]


def test_british_and_canadian_wording() -> None:
    assert home_country("Councillor Ruth Cadbury said the £5,000 grant helps the neighbourhood.") == "GBR"
    assert home_country("Oxford MPP Ernie Hardeman criticised the provincial budget, up 8 per cent.") == "CAN"
    assert home_country("She was walking along a footpath at 4.15am on Saturday.") == "GBR"
    assert _countries("London", frame="CAN") == ["CAN"]
    assert _countries("London", frame="GBR") == ["GBR"]


def test_a_country_is_no_small_town_of_the_frame() -> None:
    # Egypt, Alabama is a hamlet: an American story's "Egypt" is still the country, unless written "Egypt, Ala."
    assert _countries("Egypt", "Gadsden", "Alabama", frame="USA")[0] == "EGY"


def test_a_dateline_is_read_in_the_frame() -> None:
    dateline = ToponymSpan("MANSFIELD", 0, 9, "MANSFIELD", "GPE", dateline=True)
    [mansfield] = resolve_all([dateline], gazetteer(), "USA")
    assert mansfield is not None and mansfield.country == "USA"
    # and the dateline's country does not turn a country's name into a namesake town
    spans = [dateline, ToponymSpan("Mexico", 20, 26, "Mexico", "GPE")]
    assert [loc.country if loc else None for loc in resolve_all(spans, gazetteer(), "USA")] == ["USA", "MEX"]


def test_a_city_read_under_another_name_is_no_lead() -> None:
    # "Dublin City" (a council's name) is one of Dublin's other names; it must not make Ireland the context
    assert _countries("Dublin City", "Dublin", frame="USA")[1] == "USA"


def test_phone_numbers_name_their_state() -> None:
    assert phone_states("Call 903-675-5454 or (615) 555-0100; toll free 1-800-555-0199.") == ("TX", "TN")
    # Athens, Texas, when the story's phone number is a Texas one
    spans = _spans("Athens")
    [athens] = resolve_all(spans, gazetteer(), "USA", phone_states("Call 903-675-5454."))
    assert athens is not None and abs(athens.lat - 32.2) < 0.2


def test_a_state_of_the_frame_beats_a_namesake_country() -> None:
    assert _countries("Georgia", frame="USA") == ["USA"]
    assert _countries("Georgia", frame=None) == ["GEO"]


def test_a_small_city_alone_is_no_lead_on_its_country() -> None:
    # Hampton Park is a Melbourne suburb and a park in Charleston: it must not make the story Australian
    assert _countries("Hampton Park", "Charleston", frame="USA")[1] == "USA"


def test_a_region_is_no_namesake_neighbourhood() -> None:
    [east] = resolve_all(_spans("Middle East"), gazetteer(), "USA")
    assert east is not None and east.feature == "region"
