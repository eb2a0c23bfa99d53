"""Names that are several places, or a person, read through the trained model and the resolver."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyad.model import Article
from dyad.pipeline import Pipeline
from dyad.places import find_places

GEORGIA_STATE = 4197000
GEORGIA_COUNTRY = 614540
MOSCOW = 524901


def _places(nlp: Language, text: str) -> dict[str, tuple[int | None, str | None, str | None]]:
    return {p.text: (p.location.geonameid, p.location.country, p.location.feature) for p in find_places(nlp(text), [])}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city before the comma says which Georgia holds it
        ("The storm hit Atlanta, Georgia, on Monday.", (GEORGIA_STATE, "USA", "admin1")),
        ("Police in Savannah, Georgia, arrested two men.", (GEORGIA_STATE, "USA", "admin1")),
        ("Protests spread from Tbilisi, Georgia, to the coast.", (GEORGIA_COUNTRY, "GEO", "country")),
        # beside another country, and alone, the country
        ("Talks between Georgia and Russia collapsed.", (GEORGIA_COUNTRY, "GEO", "country")),
        ("Georgia and Russia fought a short war.", (GEORGIA_COUNTRY, "GEO", "country")),
    ],
)
def test_georgia_the_state_and_the_country(nlp: Language, text: str, expected: tuple[int, str, str]) -> None:
    assert _places(nlp, text)["Georgia"] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Georgia Smith said the plan would fail.", "The teacher, Georgia Smith, said the plan would fail."]
)
def test_georgia_the_first_name_is_no_place(nlp: Language, text: str) -> None:
    assert "Georgia" not in _places(nlp, text)


@pytest.mark.model
def test_the_dateline_is_a_place(nlp: Language) -> None:
    places = _places(nlp, "MOSCOW (Reuters) - Russia's foreign minister met his Chinese counterpart on Monday.")
    assert places["MOSCOW"] == (MOSCOW, "RUS", "city")


@pytest.mark.model
def test_the_dateline_places_the_articles_events(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW (Reuters) - Russia accused Ukraine on Monday of shelling a border village. The Kremlin demanded talks."
    )
    record = pipeline.code(Article(id="dateline", text=text, published=None))
    assert len(record.events) >= 2
    for event in record.events:
        assert event.place is not None and event.place.geonameid == MOSCOW
        assert event.place_source == "dateline"
